//! `/admin/templates`: the organisation's own library. Editors import an
//! XLSForm (checked like every template; every problem listed with its
//! sheet, row and column) and start a draft consultation from any version;
//! analysts read. Every change is audited.

use super::{AdminError, Officer, html};
use crate::store::templates;
use crate::views::Page;
use crate::views::admin::templates as views;
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn page(
    state: &AppState,
    officer: &Officer,
    status: StatusCode,
    problems: &[String],
    notice: Option<String>,
) -> Result<HttpResponse, AdminError> {
    let saved = templates::list(&state.db, officer.user.organisation_id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let shipped: Vec<(String, String)> = state
        .library
        .iter()
        .map(|t| {
            let s = t.survey();
            let lang =
                if s.languages.contains(&officer.lang) { officer.lang.as_str() } else { s.default_language.as_str() };
            (s.id.clone(), t.texts.text(lang, "title", None))
        })
        .collect();
    let ix = views::Index { saved: &saved, shipped: &shipped, problems, notice: notice.as_deref() };
    Ok(html(status, views::index(&page, officer, &ix)))
}

/// Problems of an import listed on the page (the rest are counted).
const MAX_PROBLEMS_SHOWN: usize = 100;

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    page(&state, &officer, StatusCode::OK, &[], None).await
}

pub async fn import(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let parts = officer.posted_upload(&req, payload).await?;
    let file = parts.iter().find(|(k, _)| k == "file").map(|(_, v)| v.as_slice()).unwrap_or_default();
    // Reading a workbook is work for a blocking thread, not for the workers
    // that answer children.
    let bytes = file.to_vec();
    let result = web::block(move || crate::library::import(&bytes, "imported")).await.map_err(anyhow::Error::from)?;
    let imported = match result {
        Ok(i) => i,
        Err(mut problems) => {
            if problems.len() > MAX_PROBLEMS_SHOWN {
                let more = problems.len() - MAX_PROBLEMS_SHOWN;
                problems.truncate(MAX_PROBLEMS_SHOWN);
                problems.push(format!("… and {more} more"));
            }
            return page(&state, &officer, StatusCode::UNPROCESSABLE_ENTITY, &problems, None).await;
        }
    };
    let t = &imported.template;
    let title = if t.texts.contains_key(&t.survey.default_language) {
        crate::domain::texts::SurveyTexts::from_checked(&t.survey, &t.texts).text(
            &t.survey.default_language,
            "title",
            None,
        )
    } else {
        t.survey.id.clone()
    };
    let today = chrono::Utc::now().date_naive();
    let saved = templates::save(&state.db, officer.user.organisation_id, t, &title, imported.format, today).await?;
    officer
        .audit(&state.db, None, "template-imported", format!("{} · version {}", saved.template_id, saved.version))
        .await?;
    let p = Page { locales: state.locales, lang: &officer.lang };
    let mut args = crate::views::arg("template", saved.title.clone());
    args.set("version", saved.version);
    let mut notice = p.t_args("admin-templates-imported", &args);
    for w in &imported.warnings {
        notice.push_str(&format!(" {w}."));
    }
    if !imported.missing_pictures.is_empty() {
        notice.push(' ');
        notice.push_str(&p.t_args(
            "admin-templates-pictures-needed",
            &crate::views::arg("options", imported.missing_pictures.join(", ")),
        ));
    }
    page(&state, &officer, StatusCode::OK, &[], Some(notice)).await
}

/// Starts a draft consultation from a version of the library.
pub async fn use_template(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    officer.posted_form(&req, payload).await?;
    let (saved, template) = templates::get(&state.db, officer.user.organisation_id, *id)
        .await?
        .ok_or_else(|| officer.error(ErrorKind::NotFound))?;
    // A version with problems (an unfinished translation, say) is kept, but
    // no consultation starts from it until they are fixed.
    if let Err(problems) = template.check(&saved.template_id, &|lang| state.locales.rules(lang)) {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return page(&state, &officer, StatusCode::UNPROCESSABLE_ENTITY, &listed, None).await;
    }
    let source = format!("{} · {} · version {}", officer.user.organisation_name, saved.template_id, saved.version);
    super::consultations::draft_from(&state, &officer, &template, &saved.title, &source).await
}

/// The shipped template to copy.
#[derive(serde::Deserialize)]
struct CopyForm {
    #[serde(default)]
    from: String,
}

/// Copies a shipped template into the organisation's library, to adapt.
pub async fn copy_shipped(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let form: CopyForm = officer.posted(&req, payload).await?;
    let from = form.from.as_str();
    let live = state.template(from).cloned().ok_or_else(|| officer.error(ErrorKind::BadRequest))?;
    let title = live.texts.text(&live.survey().default_language, "title", None);
    let today = chrono::Utc::now().date_naive();
    let saved = templates::save(
        &state.db,
        officer.user.organisation_id,
        &live.template,
        &title,
        &format!("shipped {from}"),
        today,
    )
    .await?;
    officer
        .audit(&state.db, None, "template-copied", format!("{} · version {}", saved.template_id, saved.version))
        .await?;
    Ok(super::see_other(crate::paths::template(saved.id, "texts")))
}

async fn owned(
    state: &AppState,
    officer: &Officer,
    id: i32,
) -> Result<(templates::Saved, crate::domain::Template), AdminError> {
    templates::get(&state.db, officer.user.organisation_id, id).await?.ok_or_else(|| officer.error(ErrorKind::NotFound))
}

/// Edits build on the newest version only: a change made in an old tab
/// would otherwise drop everything saved since. The newest version, if another.
async fn newer(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
) -> Result<Option<templates::Saved>, AdminError> {
    let newest = templates::list(&state.db, officer.user.organisation_id)
        .await?
        .into_iter()
        .find(|s| s.template_id == saved.template_id);
    Ok(newest.filter(|n| n.version != saved.version))
}

fn stale(page: &Page, saved: &templates::Saved, newest: &templates::Saved) -> String {
    let mut args = crate::views::arg("version", saved.version);
    args.set("newest", newest.version);
    page.t_args("admin-templates-stale", &args)
}

/// Saves an edit of `saved` as the next version, audited as `what`.
async fn save_edit(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
    t: &crate::domain::Template,
    what: &str,
) -> Result<templates::Saved, AdminError> {
    let today = chrono::Utc::now().date_naive();
    let next = templates::save(&state.db, officer.user.organisation_id, t, &saved.title, what, today).await?;
    officer
        .audit(&state.db, None, "template-edited", format!("{} · version {} · {what}", next.template_id, next.version))
        .await?;
    Ok(next)
}

/// The questions page saying the edit was refused, when `saved` is no longer the newest.
async fn stale_questions(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
    t: &crate::domain::Template,
) -> Result<Option<HttpResponse>, AdminError> {
    match stale_message(state, officer, saved).await? {
        Some(message) => Ok(Some(
            questions_page(state, officer, saved, t, StatusCode::CONFLICT, vec![(String::new(), message)], None)
                .await?,
        )),
        None => Ok(None),
    }
}

/// The message when an edit was made on a version that is no longer the newest.
async fn stale_message(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
) -> Result<Option<String>, AdminError> {
    Ok(newer(state, officer, saved)
        .await?
        .map(|newest| stale(&Page { locales: state.locales, lang: &officer.lang }, saved, &newest)))
}

/// `?language=`: the language whose words are edited (the page's own is `?lang=`).
#[derive(serde::Deserialize)]
pub struct EditedLanguage {
    language: Option<String>,
}

fn lang_of(q: &EditedLanguage, t: &crate::domain::Template) -> String {
    q.language.clone().filter(|l| t.survey.languages.contains(l)).unwrap_or_else(|| t.survey.default_language.clone())
}

/// The preview's screen: `?audience=&language=&page=&nav=`.
#[derive(serde::Deserialize)]
pub struct PreviewQuery {
    audience: crate::domain::Audience,
    language: Option<String>,
    page: Option<String>,
    nav: Option<String>,
}

async fn texts_page(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
    t: &crate::domain::Template,
    lang: &str,
    notice: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, AdminError> {
    let texts = crate::domain::texts::SurveyTexts::from_checked(&t.survey, &t.texts);
    let fields = crate::domain::editor::fields(&t.survey, &texts, lang);
    // With no error, the warnings (standard instruments' long sentences) are shown.
    let problems: Vec<(String, String)> = match t.check(&saved.template_id, &|l| state.locales.rules(l)) {
        Ok(texts) => texts
            .warnings()
            .iter()
            .filter(|e| e.file.ends_with(&format!("{lang}.ftl")))
            .map(|e| (e.key.clone(), e.message.clone()))
            .collect(),
        Err(errors) => errors
            .into_iter()
            .filter(|e| e.file.ends_with(&format!("{lang}.ftl")) || !e.file.ends_with(".ftl"))
            .map(|e| (e.key, e.message))
            .collect(),
    };
    let progress = t.translation_status();
    let page = Page { locales: state.locales, lang: &officer.lang };
    let p = views::TextsPage {
        saved,
        lang,
        default_language: &t.survey.default_language,
        progress: &progress,
        fields: &fields,
        problems: &problems,
        notice: notice.as_deref(),
        audiences: &t.survey.audiences,
    };
    Ok(html(status, views::texts(&page, officer, &p)))
}

/// The words of a version, one language beside the default one.
pub async fn texts(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    q: web::Query<EditedLanguage>,
) -> Result<HttpResponse, AdminError> {
    let (saved, t) = owned(&state, &officer, *id).await?;
    let lang = lang_of(&q, &t);
    texts_page(&state, &officer, &saved, &t, &lang, None, StatusCode::OK).await
}

/// Saves one language's words as a new version.
pub async fn save_texts(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
    q: web::Query<EditedLanguage>,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (saved, mut t) = owned(&state, &officer, *id).await?;
    let lang = lang_of(&q, &t);
    let posted = officer.posted_form(&req, payload).await?;
    if let Some(message) = stale_message(&state, &officer, &saved).await? {
        return texts_page(&state, &officer, &saved, &t, &lang, Some(message), StatusCode::CONFLICT).await;
    }
    let texts = crate::domain::texts::SurveyTexts::from_checked(&t.survey, &t.texts);
    let entries: Vec<crate::domain::editor::Entry> = crate::domain::editor::fields(&t.survey, &texts, &lang)
        .into_iter()
        .map(|f| {
            let base = super::field(&posted, &format!("t:{}", f.key)).trim().to_owned();
            let variants = f
                .variants
                .iter()
                .map(|a| (*a, super::field(&posted, &format!("v:{}:{}", f.key, a.as_str())).trim().to_owned()))
                .collect();
            (f.key, base, variants)
        })
        .collect();
    t.texts.insert(lang.clone(), crate::domain::editor::ftl(&entries));
    let next = save_edit(&state, &officer, &saved, &t, &format!("texts ({lang})")).await?;
    Ok(super::see_other(format!("{}/texts?language={lang}", crate::paths::template_version(next.id))))
}

/// What changed from the version before.
pub async fn diff(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AdminError> {
    let (saved, t) = owned(&state, &officer, *id).await?;
    let previous = templates::list(&state.db, officer.user.organisation_id)
        .await?
        .into_iter()
        .find(|s| s.template_id == saved.template_id && s.version == saved.version - 1);
    let changes = match previous {
        Some(p) => {
            let (_, old) = owned(&state, &officer, p.id).await?;
            let changes =
                crate::domain::editor::diff(&crate::domain::editor::lines(&old), &crate::domain::editor::lines(&t));
            Some(if changes.iter().all(|c| matches!(c, crate::domain::editor::Change::Same(_))) {
                vec![]
            } else {
                changes
            })
        }
        None => None,
    };
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::diff(&page, &officer, &saved, changes.as_deref())))
}

async fn questions_page(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
    t: &crate::domain::Template,
    status: StatusCode,
    problems: Vec<(String, String)>,
    draft: Option<(&str, &crate::domain::editor::Item)>,
) -> Result<HttpResponse, AdminError> {
    let items = crate::domain::editor::items(&t.survey);
    let mut lists: Vec<String> = t.survey.questions.iter().filter_map(|q| q.list.clone()).collect();
    lists.sort();
    lists.dedup();
    // Besides what is passed in, what `surveys check` finds in this version.
    let mut problems = problems;
    if let Err(errors) = t.check(&saved.template_id, &|l| state.locales.rules(l)) {
        problems.extend(
            errors.into_iter().map(|e| (e.key, format!("{}: {}", e.file.rsplit('/').next().unwrap_or(""), e.message))),
        );
    }
    let pictured: Vec<String> = t.pictures.keys().chain(t.images.keys()).cloned().collect();
    let words = crate::domain::texts::SurveyTexts::from_checked(&t.survey, &t.texts);
    let lang = if t.survey.languages.contains(&officer.lang) {
        officer.lang.clone()
    } else {
        t.survey.default_language.clone()
    };
    let labels: std::collections::BTreeMap<String, String> = t
        .survey
        .questions
        .iter()
        .filter_map(|q| words.get(&lang, &format!("q-{}", q.id), None).map(|w| (q.id.clone(), w)))
        .collect();
    let answerable: Vec<String> =
        t.survey.questions.iter().filter(|q| q.is_answered() && q.other_of.is_none()).map(|q| q.id.clone()).collect();
    let page = Page { locales: state.locales, lang: &officer.lang };
    let p = views::QuestionsPage {
        pictured: &pictured,
        answerable: &answerable,
        labels: &labels,
        saved,
        items: &items,
        lists: &lists,
        problems: &problems,
        draft,
        audiences: &t.survey.audiences,
    };
    Ok(html(status, views::questions(&page, officer, &p)))
}

/// The questions of a version, to reorder, change, delete and add.
pub async fn questions(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AdminError> {
    let (saved, t) = owned(&state, &officer, *id).await?;
    questions_page(&state, &officer, &saved, &t, StatusCode::OK, vec![], None).await
}

/// The question editor's form: what to do (`up`, `down`, `delete`, `save`,
/// `add`) to which question, and the question as typed. Lists of words
/// (options, statements, values) are typed separated by spaces or commas;
/// check boxes send `yes`. The condition's rows come as repeated `show_if`
/// and `any_of` fields, paired in order; a row with no question is no clause.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct QuestionForm {
    action: String,
    id: String,
    kind: String,
    list: String,
    options: String,
    statements: String,
    audiences: Vec<String>,
    required: String,
    new_page: String,
    validated_wording: String,
    join: String,
    show_if: Vec<String>,
    any_of: Vec<String>,
    min: String,
    max: String,
    exclusive: String,
    other: String,
    indicator: String,
}

impl QuestionForm {
    fn target(&self) -> String {
        self.id.trim().to_lowercase()
    }

    fn item(&self) -> crate::domain::editor::Item {
        let words = |v: &str| -> Vec<String> {
            v.split(|c: char| c.is_whitespace() || c == ',').filter(|s| !s.is_empty()).map(str::to_owned).collect()
        };
        let number = |v: &str| v.trim().parse::<i64>().ok();
        let optional = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
        let kind = self.kind.trim().to_owned();
        let list = optional(&self.list);
        let clauses: Vec<crate::domain::Clause> = self
            .show_if
            .iter()
            .enumerate()
            .filter_map(|(n, q)| {
                let values = self.any_of.get(n).map_or(vec![], |v| words(v));
                optional(q).map(|question| crate::domain::Clause { question, any_of: values })
            })
            .collect();
        let join = if self.join == "any" { crate::domain::Join::Any } else { crate::domain::Join::All };
        crate::domain::editor::Item {
            id: self.target(),
            options: if list.is_some() { vec![] } else { words(&self.options) },
            list,
            statements: if kind == "grid" { words(&self.statements) } else { vec![] },
            audiences: self.audiences.iter().filter_map(|a| a.parse().ok()).collect(),
            required: self.required == "yes",
            new_page: self.new_page == "yes",
            show_if: (!clauses.is_empty()).then_some(crate::domain::Condition { join, clauses }),
            min: if kind == "number" { number(&self.min) } else { None },
            max: if matches!(kind.as_str(), "number" | "multiple" | "place") { number(&self.max) } else { None },
            max_length: None,
            exclusive: if kind == "multiple" { words(&self.exclusive) } else { vec![] },
            other: if matches!(kind.as_str(), "single" | "multiple") { optional(&self.other) } else { None },
            indicator: optional(&self.indicator),
            validated_wording: self.validated_wording == "yes",
            kind,
        }
    }
}

/// One change to the questions, saved as a new version when the structure
/// it gives passes the checks; otherwise shown again, as typed, with them.
pub async fn edit_questions(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (saved, t) = owned(&state, &officer, *id).await?;
    let posted: QuestionForm = officer.posted(&req, payload).await?;
    if let Some(conflict) = stale_questions(&state, &officer, &saved, &t).await? {
        return Ok(conflict);
    }
    let mut items = crate::domain::editor::items(&t.survey);
    let target = posted.target();
    let at = items.iter().position(|i| i.id == target);
    let action = posted.action.as_str();
    let mut edited: Option<crate::domain::editor::Item> = None;
    match (action, at) {
        ("up", Some(i)) if i > 0 => items.swap(i, i - 1),
        ("down", Some(i)) if i + 1 < items.len() => items.swap(i, i + 1),
        ("delete", Some(i)) => {
            items.remove(i);
        }
        ("save", Some(i)) => {
            let mut item = posted.item();
            item.id = items[i].id.clone();
            // Settings the form does not show are kept (while the type allows them).
            if item.kind == "text" {
                item.max_length = items[i].max_length;
            }
            items[i] = item.clone();
            edited = Some(item);
        }
        ("add", None) if !target.is_empty() => {
            let item = posted.item();
            items.push(item.clone());
            edited = Some(item);
        }
        ("add", Some(_)) => {
            let problem = vec![("question.id".to_owned(), format!("question id '{target}' is used twice"))];
            let item = posted.item();
            return questions_page(
                &state,
                &officer,
                &saved,
                &t,
                StatusCode::UNPROCESSABLE_ENTITY,
                problem,
                Some(("", &item)),
            )
            .await;
        }
        _ => return Err(officer.error(ErrorKind::BadRequest)),
    }
    let toml = crate::domain::editor::survey_toml(&t.survey, &items);
    let parsed = crate::domain::survey::parse_survey(&t.survey.id, "survey.toml", &toml);
    let survey = match parsed {
        Ok(s) => s,
        Err(errors) => {
            let problems: Vec<(String, String)> = errors.into_iter().map(|e| (e.key, e.message)).collect();
            let draft_key = if action == "add" { "" } else { target.as_str() };
            return questions_page(
                &state,
                &officer,
                &saved,
                &t,
                StatusCode::UNPROCESSABLE_ENTITY,
                problems,
                edited.as_ref().map(|e| (draft_key, e)),
            )
            .await;
        }
    };
    // Each language keeps its words for the questions that remain; the words
    // of a question deleted go with it, so no language is left with unknown keys.
    let kept = crate::domain::texts::SurveyTexts::from_checked(&survey, &t.texts);
    let texts = survey
        .languages
        .iter()
        .map(|lang| {
            let entries: Vec<crate::domain::editor::Entry> = crate::domain::editor::fields(&survey, &kept, lang)
                .into_iter()
                .map(|f| (f.key, f.text, f.text_variants))
                .collect();
            (lang.clone(), crate::domain::editor::ftl(&entries))
        })
        .collect();
    let next_template = crate::domain::Template { survey, texts, ..t };
    let next = save_edit(&state, &officer, &saved, &next_template, &format!("questions ({action} {target})")).await?;
    let anchor = if action == "delete" { String::new() } else { format!("#q-{target}") };
    Ok(super::see_other(format!("{}/questions{anchor}", crate::paths::template_version(next.id))))
}

/// A picture for an option (shown to children aged 5-8): an SVG drawing that
/// passes the safety rule, or a PNG, JPEG or WebP made small and re-encoded.
pub async fn upload_picture(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (saved, mut t) = owned(&state, &officer, *id).await?;
    let parts = officer.posted_upload(&req, payload).await?;
    if let Some(conflict) = stale_questions(&state, &officer, &saved, &t).await? {
        return Ok(conflict);
    }
    let text = |name: &str| {
        parts
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| String::from_utf8_lossy(v).trim().to_owned())
            .unwrap_or_default()
    };
    let option = text("option");
    let question = text("question");
    if !t.survey.questions.iter().any(|q| q.kind.options().contains(&option)) {
        return Err(officer.error(ErrorKind::BadRequest));
    }
    let file = parts.iter().find(|(k, _)| k == "file").map(|(_, v)| v.as_slice()).unwrap_or_default();
    match crate::pictures::prepare(file) {
        Ok(crate::pictures::Prepared::Svg(svg)) => {
            t.images.remove(&option);
            t.pictures.insert(option.clone(), svg);
        }
        Ok(crate::pictures::Prepared::Png(png)) => {
            t.pictures.remove(&option);
            t.images.insert(option.clone(), png);
        }
        Err(reason) => {
            let problem = vec![(format!("pictures/{option}"), reason)];
            return questions_page(&state, &officer, &saved, &t, StatusCode::UNPROCESSABLE_ENTITY, problem, None).await;
        }
    }
    let next = save_edit(&state, &officer, &saved, &t, &format!("picture ({option})")).await?;
    Ok(super::see_other(format!("{}/questions#q-{question}", crate::paths::template_version(next.id))))
}

/// A version as a respondent of `audience` sees it in `language`, screen by
/// screen, before any consultation starts from it. The buttons only move
/// between screens: nothing is sent or stored. Follow-up questions show as
/// they would with no answers given (their conditions are listed on the
/// questions page).
pub async fn preview(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    q: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AdminError> {
    let (saved, t) = owned(&state, &officer, *id).await?;
    let audience = q.audience;
    if !t.survey.audiences.contains(&audience) {
        return Err(officer.error(ErrorKind::BadRequest));
    }
    let language =
        q.language.clone().filter(|l| t.survey.languages.contains(l)).unwrap_or(t.survey.default_language.clone());
    let survey = t.survey.clone();
    let texts = crate::domain::texts::SurveyTexts::from_checked(&survey, &t.texts);
    let live = crate::domain::template::LiveSurvey { template: t, texts, map: None };
    let consultation = crate::domain::Consultation::preview_of(&survey);
    let layout = crate::domain::pages::pages(&survey, audience, &crate::domain::Answers::default());
    let last = layout.len().saturating_sub(1);
    let at: usize = q.page.as_deref().and_then(|p| p.parse().ok()).unwrap_or(0);
    let index = match q.nav.as_deref().unwrap_or_default() {
        "next" | "submit" => at + 1,
        "back" => at.saturating_sub(1),
        _ => at,
    }
    .min(last);
    let raw = crate::domain::RawAnswers::default();
    let no_errors = std::collections::BTreeMap::new();
    let screen = crate::views::form::FormScreen {
        consultation: &consultation,
        live: &live,
        audience,
        token: "",
        page_index: index,
        page_count: layout.len(),
        questions: layout.get(index).map_or(&[], Vec::as_slice),
        raw: &raw,
        errors: &no_errors,
        notice: None,
        kiosk: false,
        preview: Some((crate::paths::template(saved.id, "preview"), crate::paths::template(saved.id, "questions"))),
    };
    let page = Page { locales: state.locales, lang: &language };
    Ok(html(StatusCode::OK, crate::views::form::screen(&page, &screen)))
}

/// A template as an XLSForm workbook (to edit in a spreadsheet or take to
/// another tool) or as its folder in a zip (to keep, or to upload again):
/// a shipped template by its id, a version of the organisation's library by
/// its number. Both read back through the import form and `surveys import`.
pub async fn download(
    state: web::Data<AppState>,
    officer: Officer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AdminError> {
    let (id, file) = path.into_inner();
    let (template, name) = match id.parse::<i32>() {
        Ok(number) => {
            let (saved, t) = owned(&state, &officer, number).await?;
            (t, format!("{}-v{}", saved.template_id, saved.version))
        }
        Err(_) => {
            let live = state.template(&id).ok_or_else(|| officer.error(ErrorKind::NotFound))?;
            (live.template.clone(), live.survey().id.clone())
        }
    };
    let (bytes, mime, ext) = match file.as_str() {
        "xlsform.xlsx" => {
            let texts = crate::domain::texts::SurveyTexts::from_checked(&template.survey, &template.texts);
            let bytes = web::block(move || crate::xlsform::export(&template, &texts))
                .await
                .map_err(anyhow::Error::from)?
                .map_err(|e| officer.unexpected(anyhow::anyhow!(e)))?;
            (bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
        }
        "folder.zip" => {
            let bytes = crate::library::to_zip(&template).map_err(|e| officer.unexpected(anyhow::anyhow!(e)))?;
            (bytes, "application/zip", "zip")
        }
        _ => return Err(officer.error(ErrorKind::NotFound)),
    };
    Ok(HttpResponse::Ok()
        .insert_header(("content-type", mime))
        .insert_header(("content-disposition", format!("attachment; filename=\"{name}.{ext}\"")))
        .insert_header(("cache-control", "no-store"))
        .body(bytes))
}

/// The new-template and settings forms: check boxes of languages and
/// audiences, the language written first, areas one per line (and, for a
/// new template, its title and id).
#[derive(serde::Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    default_language: String,
    #[serde(default)]
    audiences: Vec<String>,
    #[serde(default)]
    areas: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    id: String,
}

/// The settings a form asks for, in the interface's order of languages and audiences.
fn settings_from(state: &AppState, form: &SettingsForm) -> crate::domain::editor::Settings {
    crate::domain::editor::Settings {
        languages: state
            .locales
            .languages()
            .filter(|l| form.languages.iter().any(|v| v == l))
            .map(str::to_owned)
            .collect(),
        default_language: form.default_language.clone(),
        audiences: crate::domain::Audience::ALL
            .into_iter()
            .filter(|a| form.audiences.iter().any(|v| v == a.as_str()))
            .collect(),
        areas: form.areas.split_whitespace().map(str::to_lowercase).collect(),
    }
}

/// Why these settings cannot be saved, before the structure is checked.
fn settings_problems(s: &crate::domain::editor::Settings) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    if s.languages.is_empty() {
        problems.push(("languages".to_owned(), "choose at least one language".to_owned()));
    } else if !s.languages.contains(&s.default_language) {
        problems.push((
            "default_language".to_owned(),
            "the language the template is written in first must be one of its languages".to_owned(),
        ));
    }
    if s.audiences.is_empty() {
        problems.push(("audiences".to_owned(), "choose at least one audience".to_owned()));
    }
    problems
}

/// Starts a template from scratch: one question, its title, and the chosen
/// languages and audiences; the editor takes it from there.
pub async fn new_template(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let form: SettingsForm = officer.posted(&req, payload).await?;
    let title = form.title.trim().to_owned();
    let settings = settings_from(&state, &form);
    let typed = form.id.trim().to_lowercase();
    let id = if typed.is_empty() { crate::domain::setup::suggest_slug(&title, "template") } else { typed };
    let mut problems: Vec<String> =
        settings_problems(&settings).into_iter().map(|(k, m)| format!("{k}: {m}")).collect();
    if title.is_empty() || title.chars().count() > 120 {
        problems.push("title: write a title of at most 120 characters".into());
    }
    if !crate::domain::survey::is_valid_id(&id) {
        problems.push(format!("id: {}", crate::domain::survey::id_rule("template", &id)));
    }
    let existing = templates::list(&state.db, officer.user.organisation_id).await?;
    if existing.iter().any(|s| s.template_id == id) {
        problems.push(format!("id: '{id}' is already in your library: choose another id, or edit that template"));
    }
    if !problems.is_empty() {
        return page(&state, &officer, StatusCode::UNPROCESSABLE_ENTITY, &problems, None).await;
    }
    let template = match crate::domain::editor::blank(&id, &title, &settings) {
        Ok(t) => t,
        Err(errors) => {
            let listed: Vec<String> = errors.iter().map(|e| format!("{}: {}", e.key, e.message)).collect();
            return page(&state, &officer, StatusCode::UNPROCESSABLE_ENTITY, &listed, None).await;
        }
    };
    let today = chrono::Utc::now().date_naive();
    let saved = templates::save(&state.db, officer.user.organisation_id, &template, &title, "new", today).await?;
    officer
        .audit(&state.db, None, "template-created", format!("{} · version {}", saved.template_id, saved.version))
        .await?;
    Ok(super::see_other(crate::paths::template(saved.id, "questions")))
}

async fn settings_page(
    state: &AppState,
    officer: &Officer,
    saved: &templates::Saved,
    s: &crate::domain::editor::Settings,
    status: StatusCode,
    problems: &[(String, String)],
) -> Result<HttpResponse, AdminError> {
    let page = Page { locales: state.locales, lang: &officer.lang };
    let values = views::SettingsValues {
        languages: &s.languages,
        default_language: &s.default_language,
        audiences: &s.audiences,
        areas: &s.areas,
    };
    Ok(html(status, views::settings(&page, officer, saved, &values, problems)))
}

/// A version's languages, audiences and areas.
pub async fn settings(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AdminError> {
    let (saved, t) = owned(&state, &officer, *id).await?;
    let s = &t.survey;
    let current = crate::domain::editor::Settings {
        languages: s.languages.clone(),
        default_language: s.default_language.clone(),
        audiences: s.audiences.clone(),
        areas: s.areas.clone(),
    };
    settings_page(&state, &officer, &saved, &current, StatusCode::OK, &[]).await
}

/// Saves other settings as the next version; refused (422, shown again as
/// chosen) when the questions would not hold, and (409) on an older version.
pub async fn save_settings(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (saved, t) = owned(&state, &officer, *id).await?;
    let form: SettingsForm = officer.posted(&req, payload).await?;
    let chosen = settings_from(&state, &form);
    if let Some(message) = stale_message(&state, &officer, &saved).await? {
        return settings_page(&state, &officer, &saved, &chosen, StatusCode::CONFLICT, &[(String::new(), message)])
            .await;
    }
    let mut problems = settings_problems(&chosen);
    let next = if problems.is_empty() {
        match crate::domain::editor::with_settings(&t, &chosen) {
            Ok(next) => Some(next),
            Err(errors) => {
                problems.extend(errors.into_iter().map(|e| (e.key, e.message)));
                None
            }
        }
    } else {
        None
    };
    let Some(next) = next else {
        return settings_page(&state, &officer, &saved, &chosen, StatusCode::UNPROCESSABLE_ENTITY, &problems).await;
    };
    let saved_next = save_edit(&state, &officer, &saved, &next, "settings").await?;
    Ok(super::see_other(crate::paths::template(saved_next.id, "settings")))
}

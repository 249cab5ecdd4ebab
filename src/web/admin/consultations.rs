//! Consultations of the officer's organisation: list, create from a template,
//! settings, lifecycle (draft → open → closed) and channels.

use super::{AdminError, Officer, field, html, see_other};
use crate::domain::consultation::{Refused, Transition};
use crate::domain::setup::{self, FieldErrors, suggest_slug};
use crate::domain::template::LiveSurvey;
use crate::domain::{Consultation, ConsultationId, State};
use crate::store::{channels, consultations};
use crate::views::Page;
use crate::views::admin::consultations::{self as views, SettingsDraft};
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use std::sync::Arc;

/// The consultation with this id if it belongs to the officer's organisation.
pub(super) async fn owned(
    state: &AppState,
    officer: &Officer,
    id: ConsultationId,
) -> Result<(Consultation, Arc<LiveSurvey>), AdminError> {
    let c = consultations::in_organisation(&state.db, id, officer.user.organisation_id)
        .await?
        .ok_or_else(|| officer.error(ErrorKind::NotFound))?;
    let live = state.live_survey(&c).await?;
    Ok((c, live))
}

/// The prologue of every editor's form post on a consultation: the role, the
/// consultation (of the officer's organisation), then the form as `T` with
/// its CSRF token checked. Forms whose fields depend on the consultation (a
/// text per language) are read as [`Fields`].
pub(super) async fn edited<T: serde::de::DeserializeOwned>(
    req: &HttpRequest,
    state: &AppState,
    officer: &Officer,
    id: ConsultationId,
    payload: web::Payload,
) -> Result<(Consultation, Arc<LiveSurvey>, T), AdminError> {
    officer.require_editor()?;
    let (c, live) = owned(state, officer, id).await?;
    let form = officer.posted(req, payload).await?;
    Ok((c, live, form))
}

/// A form's fields in the order sent, for forms whose field names depend on
/// the consultation (`title-en`, `statement-fr`…).
pub(super) type Fields = Vec<(String, String)>;

/// The lifecycle move asked for (see [`Transition::between`]).
#[derive(serde::Deserialize)]
struct StateForm {
    #[serde(default)]
    to: String,
}

/// A new channel's name.
#[derive(serde::Deserialize)]
struct ChannelForm {
    #[serde(default)]
    name: String,
}

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    let list = consultations::list(&state.db, officer.user.organisation_id).await?;
    let mut rows = Vec::new();
    for (c, n) in list {
        let live = state.live_survey(&c).await?;
        rows.push((c, live, n));
    }
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::index(&page, &officer, &rows)))
}

/// The area sets an officer may give a consultation: the newest version of
/// each, and the version it already has.
async fn set_choices(
    state: &AppState,
    officer: &Officer,
    current: Option<i32>,
) -> Result<(Vec<setup::AreaSetChoice>, Vec<(i32, String)>), AdminError> {
    let all = crate::store::areas::list(&state.db, officer.user.organisation_id).await?;
    let mut choices = Vec::new();
    let mut labels = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for info in all {
        let newest = seen.insert(info.slug.clone());
        if !newest && current != Some(info.id) {
            continue;
        }
        let Some((_, set)) = crate::store::areas::get(&state.db, info.id).await? else {
            continue;
        };
        let areas = crate::domain::consultation::Area::all_of(&set);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("title", info.title.clone());
        args.set("version", info.version);
        args.set("areas", info.areas);
        labels.push((info.id, crate::i18n::locales().t_args(&officer.lang, "admin-area-set-choice", Some(&args))));
        choices.push(setup::AreaSetChoice { id: info.id, areas });
    }
    Ok((choices, labels))
}

/// A free slug close to `wanted`.
async fn free_slug(state: &AppState, wanted: &str) -> Result<String, AdminError> {
    for n in 1..100 {
        let candidate = if n == 1 { wanted.to_owned() } else { format!("{wanted}-{n}") };
        if !consultations::slug_taken(&state.db, &candidate).await? {
            return Ok(candidate);
        }
    }
    Ok(format!("{wanted}-{}", &crate::auth::random_token()[..6].to_lowercase()))
}

/// `?template=` of the new-consultation page.
#[derive(serde::Deserialize)]
pub struct NewQuery {
    template: Option<String>,
}

pub async fn new_page(
    state: web::Data<AppState>,
    officer: Officer,
    q: web::Query<NewQuery>,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let Some(live) = q.template.as_deref().and_then(|id| state.template(id).cloned()) else {
        return Ok(html(StatusCode::OK, views::templates(&page, &officer, &state.library)));
    };
    let survey = live.survey();
    let lang =
        if survey.languages.contains(&officer.lang) { officer.lang.clone() } else { survey.default_language.clone() };
    let slug = free_slug(&state, &suggest_slug(&live.texts.text(&lang, "title", None), &survey.id)).await?;
    let mut draft = SettingsDraft::from_template(&live, slug);
    draft.set_choices = set_choices(&state, &officer, None).await?.1;
    Ok(html(StatusCode::OK, views::settings_form(&page, &officer, &live, None, &draft, &FieldErrors::new())))
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let fields = officer.posted_form(&req, payload).await?;
    let template_id = field(&fields, "template");
    let live = state.template(template_id).cloned().ok_or_else(|| officer.error(ErrorKind::BadRequest))?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let mut errors = FieldErrors::new();
    let (choices, labels) = set_choices(&state, &officer, None).await?;
    let parsed = setup::parse(&fields, &live, &choices).map_err(|e| errors = e).ok();
    if let Some(s) = &parsed
        && consultations::slug_taken(&state.db, &s.slug).await?
    {
        errors.insert("slug".into(), "admin-error-slug-taken");
    }
    let Some(settings) = parsed.filter(|_| errors.is_empty()) else {
        let mut draft = SettingsDraft::from_fields(&fields, &live);
        draft.set_choices = labels;
        return Ok(html(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::settings_form(&page, &officer, &live, None, &draft, &errors),
        ));
    };
    let today = chrono::Utc::now().date_naive();
    let id =
        consultations::create_draft(&state.db, officer.user.organisation_id, &live.template, &settings, today).await?;
    officer.audit(&state.db, Some(id), "consultation-created", settings.slug.clone()).await?;
    Ok(see_other(crate::paths::consultation(id)))
}

pub async fn detail(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    let (c, live) = owned(&state, &officer, *id).await?;
    consultation_page(&state, &officer, &c, &live, None).await
}

/// The consultation page, with an error under the new-channel form if any.
async fn consultation_page(
    state: &AppState,
    officer: &Officer,
    c: &Consultation,
    live: &LiveSurvey,
    channel_error: Option<&'static str>,
) -> Result<HttpResponse, AdminError> {
    let channels = channels::of(&state.db, c.id).await?;
    // The same published figures as the dashboard's unfiltered view.
    let report = super::report(state, c, live, &crate::domain::results::Filter::default()).await?;
    let codes = crate::store::codes::counts(&state.db, c.id).await?;
    let networks = super::networks::sharing_of(state, officer, c.id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let d = views::Detail {
        networks: &networks,
        consultation: c,
        live,
        channels: &channels,
        report: &report,
        public_url: &state.public_url,
        channel_error,
        codes: &codes,
    };
    let status = if channel_error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(html(status, views::detail(&page, officer, &d)))
}

pub async fn edit_page(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (c, live) = owned(&state, &officer, *id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let mut draft = SettingsDraft::from_consultation(&c, &live);
    draft.set_choices = set_choices(&state, &officer, c.area_set_id).await?.1;
    Ok(html(StatusCode::OK, views::settings_form(&page, &officer, &live, Some(&c), &draft, &FieldErrors::new())))
}

pub async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (c, live, mut fields) = edited::<Fields>(&req, &state, &officer, *id, payload).await?;
    if c.state != State::Draft {
        // What shapes the live form cannot change after launch: keep it as it is.
        let current = SettingsDraft::from_consultation(&c, &live);
        fields.retain(|(k, _)| {
            !matches!(
                k.as_str(),
                "slug"
                    | "languages"
                    | "audiences"
                    | "areas"
                    | "requires_code"
                    | "area_set"
                    | "grid_shape"
                    | "grid_metres"
            )
        });
        fields.extend(current.locked_fields());
    }
    let page = Page { locales: state.locales, lang: &officer.lang };
    let mut errors = FieldErrors::new();
    let (choices, labels) = set_choices(&state, &officer, c.area_set_id).await?;
    let parsed = setup::parse(&fields, &live, &choices).map_err(|e| errors = e).ok();
    if let Some(s) = &parsed
        && s.slug != c.slug
        && consultations::slug_taken(&state.db, &s.slug).await?
    {
        errors.insert("slug".into(), "admin-error-slug-taken");
    }
    if let Some(s) = &parsed
        && let Some(e) = setup::k_change_error(c.k_threshold, s.k_threshold, c.state != State::Draft)
    {
        // Once launched, whether or not anyone answered yet (that must not show either).
        errors.insert("k".into(), e);
    }
    let Some(settings) = parsed.filter(|_| errors.is_empty()) else {
        let mut draft = SettingsDraft::from_fields(&fields, &live);
        draft.set_choices = labels;
        return Ok(html(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::settings_form(&page, &officer, &live, Some(&c), &draft, &errors),
        ));
    };
    consultations::update_settings(&state.db, &c, &settings).await?;
    state.forget(&c.slug);
    officer.audit(&state.db, Some(c.id), "settings-changed", c.slug.clone()).await?;
    Ok(see_other(crate::paths::consultation(c.id)))
}

pub async fn change_state(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (c, _, form) = edited::<StateForm>(&req, &state, &officer, *id, payload).await?;
    let to = form.to.as_str();
    // Reopening depends on whether anyone has answered; nothing else does.
    let responses = if (c.state, to) == (State::Closed, "open") {
        crate::store::results::responses_per(&state.db, vec![c.id]).await?.get(&c.id).map_or(0, |n| n.n)
    } else {
        0
    };
    let transition = Transition::between(c.state, to, responses).map_err(|refused| {
        officer.error(match refused {
            Refused::HasAnswers => ErrorKind::NoReopen,
            Refused::NoSuchMove => ErrorKind::BadRequest,
        })
    })?;
    let (next, action) = (transition.to(), transition.audit_action());
    let txn = sea_orm::TransactionTrait::begin(&state.db).await?;
    if c.state == State::Draft
        && c.copied_from.is_none()
        && let Some(current) = state.template(&c.template_id)
        && fits(&c, current)
    {
        // Launch takes the template as it is now; from here on it never changes.
        consultations::resnapshot(&txn, &c, &current.template).await?;
    }
    consultations::set_state(&txn, c.id, next).await?;
    let first_close = next == State::Closed && c.state == State::Open && c.closed_on.is_none();
    if first_close {
        crate::store::results::set_closed_on(&txn, c.id, chrono::Utc::now().date_naive()).await?;
    }
    officer.audit(&txn, Some(c.id), action, c.slug.clone()).await?;
    txn.commit().await?;
    state.forget(&c.slug);
    if first_close {
        crate::emails::send_close_summary(state.clone(), Consultation { state: next, ..c.clone() });
    }
    if next == State::Published {
        // A retention of 0 months deletes response-level data on publication.
        crate::jobs::apply_retention(&state).await;
    }
    Ok(see_other(crate::paths::consultation(c.id)))
}

/// Whether a template still offers everything a draft was set up with.
fn fits(c: &Consultation, t: &LiveSurvey) -> bool {
    let s = t.survey();
    c.languages.iter().all(|l| s.languages.contains(l))
        && c.audiences.iter().all(|a| s.audiences.contains(a))
        && c.areas.iter().all(|a| a.name.is_some() || !a.names.is_empty() || s.areas.contains(&a.id))
}

pub async fn add_channel(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (c, live, form) = edited::<ChannelForm>(&req, &state, &officer, *id, payload).await?;
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return consultation_page(&state, &officer, &c, &live, Some("admin-error-channel-name")).await;
    }
    let today = chrono::Utc::now().date_naive();
    let channel = channels::create(&state.db, c.id, name, today).await?;
    officer.audit(&state.db, Some(c.id), "channel-created", format!("{} ({})", channel.name, channel.code)).await?;
    Ok(see_other(crate::paths::consultation(c.id) + "#channels"))
}

/// The channel of a consultation of the officer's organisation.
async fn owned_channel(
    state: &AppState,
    officer: &Officer,
    id: ConsultationId,
    channel: i32,
) -> Result<(Consultation, Arc<LiveSurvey>, channels::Channel), AdminError> {
    let (c, live) = owned(state, officer, id).await?;
    let ch = channels::of(&state.db, c.id)
        .await?
        .into_iter()
        .find(|ch| ch.id == channel)
        .ok_or_else(|| officer.error(ErrorKind::NotFound))?;
    Ok((c, live, ch))
}

pub async fn make_codes(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    path: web::Path<(ConsultationId, i32)>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (id, channel) = path.into_inner();
    let (c, _, ch) = owned_channel(&state, &officer, id, channel).await?;
    let form: CodesForm = officer.posted(&req, payload).await?;
    let count = form.count.trim().parse::<usize>().ok();
    let Some(count) = count.filter(|n| (1..=crate::store::codes::MAX_BATCH).contains(n)) else {
        return Err(officer.error(ErrorKind::BadRequest));
    };
    crate::store::codes::generate(&state.db, c.id, ch.id, count).await?;
    officer.audit(&state.db, Some(c.id), "codes-created", format!("{count} · {}", ch.name)).await?;
    Ok(see_other(format!("{}/channels/{}/codes", crate::paths::consultation(c.id), ch.id)))
}

/// A printable sheet of cut-out cards: each code of the channel with a QR code
/// that carries it. Used codes stay on the sheet: the sheet must not tell which
/// child has answered.
/// How many one-use codes to make.
#[derive(serde::Deserialize)]
pub struct CodesForm {
    #[serde(default)]
    count: String,
}

/// `?lang=` of a printable page: the language it is printed in.
#[derive(serde::Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

pub async fn code_cards(
    state: web::Data<AppState>,
    officer: Officer,
    path: web::Path<(ConsultationId, i32)>,
    q: web::Query<LangQuery>,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (id, channel) = path.into_inner();
    let (c, live, ch) = owned_channel(&state, &officer, id, channel).await?;
    let codes = crate::store::codes::of_channel(&state.db, ch.id).await?;
    let lang = q.lang.clone().filter(|l| c.languages.contains(l)).unwrap_or_else(|| {
        if c.languages.contains(&officer.lang) { officer.lang.clone() } else { c.default_language.clone() }
    });
    let mut cards = Vec::new();
    for code in codes {
        let url = format!("{}/c/{}?k={code}", state.public_url, ch.code);
        let svg = crate::qr::svg(&url).map_err(anyhow::Error::from)?;
        cards.push((code, svg));
    }
    let page = Page { locales: state.locales, lang: &lang };
    let short = format!("{}/c/{}", state.public_url.split("://").nth(1).unwrap_or(&state.public_url), ch.code);
    Ok(html(StatusCode::OK, views::code_cards(&page, &c.title(&live, &lang), &short, &cards)))
}

/// A new draft consultation from a template of a library (the organisation's
/// own, or a network's), with the template's languages, audiences and areas;
/// it keeps the template and its `source` as attribution, and launch does not
/// replace it with a shipped one. Audited; the officer goes on to its settings.
pub(super) async fn draft_from(
    state: &AppState,
    officer: &Officer,
    template: &crate::domain::Template,
    title: &str,
    source: &str,
) -> Result<HttpResponse, AdminError> {
    use crate::domain::setup::{ConsultationSettings, DEFAULT_RETENTION_MONTHS};
    let s = &template.survey;
    let slug = free_slug(state, &suggest_slug(title, &s.id)).await?;
    let settings = ConsultationSettings {
        slug,
        titles: Default::default(),
        languages: s.languages.clone(),
        default_language: s.default_language.clone(),
        audiences: s.audiences.clone(),
        areas: s.areas.iter().map(|a| crate::domain::consultation::Area::new(a.clone(), None)).collect(),
        opens_on: None,
        closes_on: None,
        k_threshold: crate::domain::consultation::DEFAULT_K,
        help_text: Default::default(),
        requires_code: false,
        retention_months: DEFAULT_RETENTION_MONTHS,
        area_set_id: None,
        grid_shape: crate::domain::map::GridShape::Hex,
        grid_metres: crate::domain::map::DEFAULT_CELL_M,
    };
    let today = chrono::Utc::now().date_naive();
    let txn = sea_orm::TransactionTrait::begin(&state.db).await?;
    let id = consultations::create_draft(&txn, officer.user.organisation_id, template, &settings, today).await?;
    consultations::set_copied_from(&txn, id, source).await?;
    officer.audit(&txn, Some(id), "consultation-created", format!("{} ({source})", settings.slug)).await?;
    txn.commit().await?;
    Ok(see_other(crate::paths::consultation_page(id, "edit")))
}

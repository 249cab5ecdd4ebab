//! Results of a consultation for every role of its organisation: the
//! dashboard, exports, free texts, and what is published to children.

use super::consultations::{Fields, edited, owned};
use super::{AdminError, Officer, html, see_other};
use crate::domain::results::{self, Filter, Report};
use crate::domain::template::LiveSurvey;
use crate::domain::{Audience, Consultation, ConsultationId};
use crate::store::{channels, results as store};
use crate::views::Page;
use crate::views::admin::results as views;
use crate::views::pages::ErrorKind;
use crate::views::results::Labels;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use std::collections::BTreeMap;

/// A filter value the consultation does not have: which parameter, and the values it may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadFilter {
    pub parameter: &'static str,
    pub value: String,
    pub allowed: Vec<String>,
}

impl std::fmt::Display for BadFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "'{}' is not a value of {}; it may be one of: {}",
            self.value,
            self.parameter,
            self.allowed.join(", ")
        )
    }
}

/// The filter a query string asks for. An empty value means no condition; a
/// value the consultation does not have is an error naming the values it has
/// (never silently the unfiltered figures).
pub fn filter_of(query: &str, c: &Consultation, channels: &[(i32, String)]) -> Result<Filter, BadFilter> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let get = |name: &str| pairs.iter().find(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v.clone());
    fn pick<T>(
        parameter: &'static str,
        value: Option<String>,
        allowed: Vec<String>,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, BadFilter> {
        match value {
            None => Ok(None),
            Some(v) if allowed.contains(&v) => parse(&v).map(Some).ok_or(BadFilter { parameter, value: v, allowed }),
            Some(v) => Err(BadFilter { parameter, value: v, allowed }),
        }
    }
    Ok(Filter {
        audience: pick(
            "audience",
            get("audience"),
            c.audiences.iter().map(|a| a.as_str().to_owned()).collect(),
            |v| v.parse().ok(),
        )?,
        language: pick("language", get("language"), c.languages.clone(), |v| Some(v.to_owned()))?,
        area: pick("area", get("area"), c.areas.iter().map(|a| a.id.clone()).collect(), |v| Some(v.to_owned()))?,
        channel: pick("channel", get("channel"), channels.iter().map(|(id, _)| id.to_string()).collect(), |v| {
            v.parse().ok()
        })?,
    })
}

/// Channel ids and names of a consultation.
pub async fn channel_names(state: &AppState, c: &Consultation) -> Result<Vec<(i32, String)>, sea_orm::DbErr> {
    Ok(channels::of(&state.db, c.id).await?.into_iter().map(|ch| (ch.id, ch.name)).collect())
}

/// The report of a consultation under a filter, from its tallies.
pub async fn report(
    state: &AppState,
    c: &Consultation,
    live: &LiveSurvey,
    filter: &Filter,
) -> Result<Report, sea_orm::DbErr> {
    let tallies = state.tallies(c.id).await?;
    let k = c.k();
    let full = results::report(&tallies, live.survey(), &c.audiences, &c.area_ids(), filter, k);
    Ok(if c.figures_final() { full } else { full.total_only() })
}

/// What the dashboard and the exports show: the officer's consultation, its
/// channels, and its report under the filter the query string asks for.
struct Filtered {
    consultation: Consultation,
    live: std::sync::Arc<LiveSurvey>,
    channels: Vec<(i32, String)>,
    report: Report,
}

impl Filtered {
    async fn load(
        req: &HttpRequest,
        state: &AppState,
        officer: &Officer,
        id: ConsultationId,
    ) -> Result<Self, AdminError> {
        let (consultation, live) = owned(state, officer, id).await?;
        let channels = channel_names(state, &consultation).await?;
        let filter = filter_of(req.query_string(), &consultation, &channels)
            .map_err(|_| officer.error(ErrorKind::BadRequest))?;
        if !consultation.figures_final() && !filter.is_empty() {
            return Err(officer.error(ErrorKind::NotYet));
        }
        let report = report(state, &consultation, &live, &filter).await?;
        Ok(Filtered { consultation, live, channels, report })
    }

    fn labels<'a>(&'a self, page: &'a Page<'a>) -> Labels<'a> {
        Labels { page, consultation: &self.consultation, live: &self.live, channels: &self.channels }
    }
}

pub async fn dashboard(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    let f = Filtered::load(&req, &state, &officer, *id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::dashboard(&page, &officer, &f.labels(&page), &f.report)))
}

/// One export of the published figures under the filter, as `{slug}-results.{format}`:
/// only once answers have stopped, and always audited. `render` gives `None`
/// when the consultation has nothing of that kind (no map, for GeoJSON).
async fn export(
    req: &HttpRequest,
    state: &AppState,
    officer: &Officer,
    id: ConsultationId,
    format: &str,
    content_type: &str,
    render: impl FnOnce(&Labels, &Report) -> Option<String>,
) -> Result<HttpResponse, AdminError> {
    let f = Filtered::load(req, state, officer, id).await?;
    if !f.consultation.figures_final() {
        return Err(officer.error(ErrorKind::NotYet));
    }
    let page = Page { locales: state.locales, lang: &officer.lang };
    let body = render(&f.labels(&page), &f.report).ok_or_else(|| officer.error(ErrorKind::NotFound))?;
    officer.audit(&state.db, Some(f.consultation.id), "results-exported", format.into()).await?;
    Ok(download(&format!("{}-results.{format}", f.consultation.slug), content_type, body))
}

/// Aggregated results under the filter, in long format, for spreadsheets.
pub async fn export_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    export(&req, &state, &officer, *id, "csv", "text/csv; charset=utf-8", |labels, report| {
        Some(crate::views::export::long_csv(labels, report))
    })
    .await
}

/// Aggregated results under the filter, as the API gives them, with labels.
pub async fn export_json(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    export(&req, &state, &officer, *id, "json", "application/json", |labels, report| {
        Some(crate::views::export::json(labels, report).to_string())
    })
    .await
}

/// Published counts per area and grid cell as GeoJSON (RFC 7946), under the filter.
pub async fn export_geojson(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    export(&req, &state, &officer, *id, "geojson", "application/geo+json", |labels, report| {
        crate::views::export::geojson(labels, report).map(|doc| doc.to_string())
    })
    .await
}

/// Responses read per query of the response-level export.
const EXPORT_PAGE: u64 = 5000;

/// One row per response, free texts left out, in a random order, k-anonymous
/// over every column that could single someone out. Only owners and analysts,
/// only once the consultation has closed (a file taken while children answer
/// would show, next to an earlier one, which row is new), every download
/// audited. Read twice in pages (once to count combinations, once to write),
/// and sent as it is written.
pub async fn export_responses(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    let (c, live) = owned(&state, &officer, *id).await?;
    if officer.user.role == crate::domain::account::Role::Editor {
        return Err(officer.error(ErrorKind::Forbidden));
    }
    if !matches!(c.state, crate::domain::State::Closed | crate::domain::State::Published)
        || c.responses_deleted_on.is_some()
    {
        return Err(officer.error(ErrorKind::NotYet));
    }
    let header = crate::views::export::responses_header(live.survey());
    let (ready, pages) = low_priority_pages(state.database_url.clone(), c.id, live, c.k());
    // The export's plan (which combinations must be withheld) is made before
    // anything is sent, so that a database away is a 503 page, not a cut file.
    if !matches!(ready.await, Ok(true)) {
        return Err(officer.error(ErrorKind::Unavailable));
    }
    officer.audit(&state.db, Some(c.id), "results-exported", "responses-csv".into()).await?;
    let body = futures_util::stream::once(std::future::ready(Ok::<_, actix_web::Error>(web::Bytes::from(header))))
        .chain(pages);
    Ok(HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .insert_header(("content-disposition", format!("attachment; filename=\"{}-responses.csv\"", c.slug)))
        .content_type("text/csv; charset=utf-8")
        .streaming(body))
}

/// The pages of the response-level export, and whether its plan is ready,
/// read and written on a thread of their own at the lowest CPU priority,
/// through a connection of their own opened on that thread (SQLite's
/// connection thread inherits the priority). The plan counts the identifying
/// combinations first: one grouped query over every response.
/// An export reads every response: at normal priority it took a core from
/// the pages children are answering, whose p99 went from 0.3 ms to 4 ms
/// during one. A chunk goes out as each page is written; if the download
/// stops, the thread stops at its next page.
fn low_priority_pages(
    database_url: crate::config::Secret,
    consultation: ConsultationId,
    live: std::sync::Arc<LiveSurvey>,
    k: u64,
) -> (tokio::sync::oneshot::Receiver<bool>, impl futures_util::Stream<Item = Result<web::Bytes, actix_web::Error>>) {
    /// The database failed before the export's end (the download is then cut short).
    struct Stopped;
    type Chunk = Result<web::Bytes, Stopped>;
    let (tx, rx) = tokio::sync::mpsc::channel::<Chunk>(2);
    let (ready_tx, ready) = tokio::sync::oneshot::channel::<bool>();
    let run = move || {
        if let Err(e) = thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min) {
            tracing::warn!(error = ?e, "the response export runs at normal priority");
        }
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "response export not started");
                let _ = ready_tx.send(false);
                return;
            }
        };
        runtime.block_on(async move {
            let area_questions = crate::views::export::area_question_ids(live.survey());
            let planned = async {
                let db = crate::store::connect(database_url.expose()).await?;
                let counts: std::collections::HashMap<_, _> =
                    store::identifying_counts(&db, consultation, &area_questions).await?.into_iter().collect();
                Ok::<_, sea_orm::DbErr>((db, crate::views::export::export_plan(live.survey(), &counts, k)))
            };
            let (db, plan) = match planned.await {
                Ok(planned) => planned,
                Err(e) => {
                    tracing::warn!(error = %e, "response export not started: database error");
                    let _ = ready_tx.send(false);
                    return;
                }
            };
            if ready_tx.send(true).is_err() {
                return;
            }
            let (mut after, mut n) = (None, 0u64);
            loop {
                let chunk = match store::response_page(&db, consultation, after, EXPORT_PAGE).await {
                    Err(e) => {
                        tracing::warn!(error = %e, "response export stopped: database error");
                        Some(Err(Stopped))
                    }
                    Ok((_, None)) => None,
                    Ok((rows, Some(last))) => {
                        after = Some(last);
                        let mut chunk = String::new();
                        for r in &rows {
                            if let Some(line) = crate::views::export::response_line(live.survey(), &plan, n + 1, r) {
                                n += 1;
                                chunk.push_str(&line);
                            }
                        }
                        Some(Ok(web::Bytes::from(chunk)))
                    }
                };
                let Some(chunk) = chunk else { break };
                let last = chunk.is_err();
                if tx.send(chunk).await.is_err() || last {
                    break;
                }
            }
            db.close().await.ok();
        });
    };
    if let Err(e) = std::thread::Builder::new().name("response-export".into()).spawn(run) {
        tracing::error!(error = %e, "response export not started");
    }
    let pages = futures_util::stream::unfold(rx, |mut rx| async move {
        let chunk =
            rx.recv().await?.map_err(|Stopped| actix_web::error::ErrorServiceUnavailable("database unavailable"));
        Some((chunk, rx))
    });
    (ready, pages)
}

pub(super) fn download(name: &str, content_type: &str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .insert_header(("content-disposition", format!("attachment; filename=\"{name}\"")))
        .content_type(content_type)
        .body(body)
}

/// Free texts per page.
const TEXTS_PER_PAGE: u64 = 50;

/// The query of the free-texts page.
#[derive(Debug, Default, serde::Deserialize)]
pub struct TextsQuery {
    #[serde(default)]
    audience: String,
    #[serde(default)]
    q: String,
    /// `question~reference` of the last text of the previous page.
    #[serde(default)]
    after: String,
}

pub async fn texts(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
    query: web::Query<TextsQuery>,
) -> Result<HttpResponse, AdminError> {
    let (c, live) = owned(&state, &officer, *id).await?;
    let tallies = state.tallies(c.id).await?;
    let k = c.k();
    let page = Page { locales: state.locales, lang: &officer.lang };
    let labels = Labels { page: &page, consultation: &c, live: &live, channels: &[] };
    let search: String = query.q.trim().chars().take(100).collect();
    let mut v = views::TextsView {
        not_yet: false,
        too_few: None,
        by_audience: Err(k),
        audience: None,
        search: &search,
        later_page: false,
        texts: &[],
        next: None,
    };
    if !c.figures_final() {
        v.not_yet = true;
        return Ok(html(StatusCode::OK, views::texts(&page, &officer, &labels, &v)));
    }
    if tallies.published_total(k).shown().is_none_or(|n| n < k) {
        v.too_few = Some(k);
        return Ok(html(StatusCode::OK, views::texts(&page, &officer, &labels, &v)));
    }
    // Texts say their audience, and can be filtered by it, only when no
    // audience is a group smaller than k.
    let mut per_audience: BTreeMap<Audience, u64> = BTreeMap::new();
    for (g, n) in results::group_sizes(&tallies) {
        *per_audience.entry(g.audience).or_default() += n;
    }
    if per_audience.values().all(|n| *n >= k) {
        v.by_audience = Ok(());
        v.audience = query.audience.parse().ok().filter(|a| c.offers(*a));
    }
    // A question asked of a group smaller than k would tie its texts to that
    // group: its texts are left out.
    let questions: Vec<String> = live
        .survey()
        .questions
        .iter()
        .filter(|q| matches!(q.kind, crate::domain::QuestionKind::Text { .. }))
        .filter(|q| {
            let asked: u64 =
                c.audiences.iter().filter(|a| q.is_for(**a)).map(|a| per_audience.get(a).copied().unwrap_or(0)).sum();
            asked >= k
        })
        .map(|q| q.id.clone())
        .collect();
    let after = query.after.split_once('~').map(|(q, r)| (q.to_owned(), r.to_owned()));
    let text_query = store::TextQuery {
        questions,
        audience: v.audience,
        search: Some(search.clone()),
        after: after.clone(),
        with_hidden: officer.user.role.can_edit(),
    };
    let mut list = store::free_texts(&state.db, c.id, &text_query, TEXTS_PER_PAGE + 1).await?;
    let more = list.len() as u64 > TEXTS_PER_PAGE;
    list.truncate(TEXTS_PER_PAGE as usize);
    v.next = list.last().filter(|_| more).map(|t| {
        let mut pairs: Vec<(&str, String)> = vec![("after", format!("{}~{}", t.question, t.text_ref))];
        if let Some(a) = v.audience {
            pairs.push(("audience", a.as_str().to_owned()));
        }
        if !search.is_empty() {
            pairs.push(("q", search.clone()));
        }
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    });
    v.later_page = after.is_some();
    v.texts = &list;
    Ok(html(StatusCode::OK, views::texts(&page, &officer, &labels, &v)))
}

/// Hide (`yes`) or show a free text.
#[derive(serde::Deserialize)]
struct HideForm {
    #[serde(default)]
    hidden: String,
}

pub async fn hide_text(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    path: web::Path<(ConsultationId, String)>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (id, text_ref) = path.into_inner();
    let (c, _, form) = edited::<HideForm>(&req, &state, &officer, id, payload).await?;
    let hidden = form.hidden == "yes";
    if !store::set_hidden(&state.db, c.id, &text_ref, hidden).await? {
        return Err(officer.error(ErrorKind::NotFound));
    }
    officer.audit(&state.db, Some(c.id), if hidden { "text-hidden" } else { "text-shown" }, text_ref).await?;
    Ok(see_other(crate::paths::consultation_page(c.id, "texts")))
}

pub async fn publication(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
) -> Result<HttpResponse, AdminError> {
    let (c, live) = owned(&state, &officer, *id).await?;
    let updates = store::updates(&state.db, c.id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let labels = Labels { page: &page, consultation: &c, live: &live, channels: &[] };
    Ok(html(StatusCode::OK, views::publication(&page, &officer, &c, &labels, &updates)))
}

/// Texts per language from fields named `{prefix}-{lang}`, trimmed, empty ones left out.
fn per_language(fields: &[(String, String)], prefix: &str, c: &Consultation, max: usize) -> BTreeMap<String, String> {
    c.languages
        .iter()
        .filter_map(|l| {
            let v = super::field(fields, &format!("{prefix}-{l}")).replace("\r\n", "\n");
            let v = v.trim();
            (!v.is_empty()).then(|| (l.clone(), v.chars().take(max).collect()))
        })
        .collect()
}

pub async fn save_publication(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (c, _, fields) = edited::<Fields>(&req, &state, &officer, *id, payload).await?;
    let statements = per_language(&fields, "statement", &c, 5000);
    let expected = super::field(&fields, "expected").trim().parse().ok();
    store::set_statements(&state.db, c.id, &statements, expected).await?;
    state.forget(&c.slug);
    officer.audit(&state.db, Some(c.id), "statement-changed", c.slug.clone()).await?;
    Ok(see_other(crate::paths::consultation_page(c.id, "publication")))
}

pub async fn add_update(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<ConsultationId>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (c, _, fields) = edited::<Fields>(&req, &state, &officer, *id, payload).await?;
    let texts = per_language(&fields, "update", &c, 1000);
    let day = super::field(&fields, "happened").trim().parse().ok();
    let (Some(day), false) = (day, texts.is_empty()) else {
        return Err(officer.error(ErrorKind::BadRequest));
    };
    store::add_update(&state.db, c.id, day, &texts).await?;
    officer.audit(&state.db, Some(c.id), "update-added", day.to_string()).await?;
    Ok(see_other(crate::paths::consultation_page(c.id, "publication")))
}

pub async fn delete_update(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    path: web::Path<(ConsultationId, i32)>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let (id, update) = path.into_inner();
    let (c, _, _) = edited::<Fields>(&req, &state, &officer, id, payload).await?;
    if !store::delete_update(&state.db, c.id, update).await? {
        return Err(officer.error(ErrorKind::NotFound));
    }
    officer.audit(&state.db, Some(c.id), "update-deleted", update.to_string()).await?;
    Ok(see_other(crate::paths::consultation_page(c.id, "publication")))
}

//! The form: GET shows the assent screen with a fresh signed token; every POST
//! carries all answers so far, moves between screens, and the final "send"
//! stores the response once and redirects (303) to the thanks page.

use super::{Resolved, resolve};
use crate::domain::answers::{field_name, validate_on_map};
use crate::domain::map::{ConsultationMap, Tap};
use crate::domain::pages::{pages_on_map, unseen_follow_up};
use crate::domain::redaction::scrub;
use crate::domain::{AnswerValue, Answers, Audience, RawAnswers};
use crate::domain::{QuestionKind, Survey};
use crate::metrics::Outcome;
use crate::store::codes;
use crate::store::responses::{NewResponse, Stored, Submission, token_used};
use crate::token::{FormToken, LIFETIME_SECS};
use crate::views::Page;
use crate::views::form::{AssentExtras, FormScreen, assent as assent_view, screen};
use crate::views::pages::{ErrorKind, closed};
use crate::web::form_body::read_form;
use crate::web::{AppState, PageError, lang_cookie};
use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, RETRY_AFTER};
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

/// The audience in the URL, if the consultation offers it; otherwise "not found".
fn audience_of(r: &Resolved, raw: &str) -> Result<Audience, PageError> {
    raw.parse::<Audience>()
        .ok()
        .filter(|a| r.consultation.offers(*a))
        .ok_or_else(|| PageError::new(ErrorKind::NotFound, &r.lang))
}

/// The form field that carries a one-use access code through the screens.
pub const CODE_FIELD: &str = "access_code";

/// The honeypot field's name: hidden from people, tempting to form-filling scripts.
pub const HONEYPOT: &str = "website";

/// Form pages must never be cached: a shared tablet must not show a previous
/// child's answers through the back button.
fn page_response(req: &HttpRequest, status: StatusCode, lang: &str, markup: maud::Markup) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    res.insert_header(("cache-control", "no-store"));
    if let Some(cookie) = lang_cookie(req, lang) {
        res.cookie(cookie);
    }
    res.content_type("text/html; charset=utf-8").body(markup.into_string())
}

/// When the consultation does not take answers today, the page that says so.
fn not_answerable(req: &HttpRequest, state: &AppState, r: &Resolved, status: StatusCode) -> Option<HttpResponse> {
    let today = Utc::now().date_naive();
    if r.preview || r.consultation.is_answerable(today) {
        return None;
    }
    let page = Page { locales: state.locales, lang: &r.lang };
    let markup = closed(&page, &r.consultation, &r.live, !r.consultation.has_closed(today));
    Some(page_response(req, status, &r.lang, markup))
}

pub async fn assent(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, audience) = path.into_inner();
    let r = resolve(&req, &state, &slug).await?;
    let audience = audience_of(&r, &audience)?;
    if let Some(res) = not_answerable(&req, &state, &r, StatusCode::OK) {
        return Ok(res);
    }
    let channel = super::channel_of(&req, &state, &r).await.map(|c| c.id);
    let token =
        FormToken::new(r.consultation.id.0, audience, channel, Utc::now().timestamp()).encode(state.secret.expose());
    let page = Page { locales: state.locales, lang: &r.lang };
    let q = super::pages::RespondentQuery::of(&req);
    let code = q.k.as_deref().map(codes::normalise);
    let kiosk = q.kiosk.as_deref() == Some("1");
    let extras = AssentExtras { code: code.as_deref(), code_error: None, kiosk };
    let markup = assent_view(&page, &r.consultation, &r.live, audience, &token, extras);
    Ok(page_response(&req, StatusCode::OK, &r.lang, markup))
}

/// What a POST of the form asks for: the `nav` button pressed (a tap on a map
/// shows the same screen again).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Nav {
    /// From the assent screen to the first question (spends a one-use code).
    Start,
    /// The same screen again, after a map changed its answers.
    Stay,
    Back,
    /// The next screen, once this one's answers are valid.
    Next,
    /// Store the response, once every screen's answers are valid.
    Submit,
}

impl Nav {
    fn of(field: Option<&str>) -> Nav {
        match field {
            Some("start") => Nav::Start,
            Some("back") => Nav::Back,
            Some("submit") => Nav::Submit,
            Some("stay") => Nav::Stay,
            _ => Nav::Next,
        }
    }
}

/// One POST of the form: everything a screen is drawn from, every answer so far.
struct Posted<'a> {
    req: &'a HttpRequest,
    state: &'a web::Data<AppState>,
    r: &'a Resolved,
    audience: Audience,
    page: Page<'a>,
    token: FormToken,
    /// The posted token was missing or expired: a new one was made.
    renewed: bool,
    kiosk: bool,
    now: chrono::DateTime<Utc>,
    raw: RawAnswers,
    validated: crate::domain::answers::Validated,
    layout: Vec<Vec<&'a crate::domain::Question>>,
}

impl Posted<'_> {
    fn last(&self) -> usize {
        self.layout.len().saturating_sub(1)
    }

    /// Screen `index` with every answer so far, whatever the outcome.
    fn render(&self, index: usize, show_errors: bool, status: StatusCode, notice: Option<&str>) -> HttpResponse {
        let index = index.min(self.last());
        let questions: &[&crate::domain::Question] = self.layout.get(index).map_or(&[], Vec::as_slice);
        let token = self.token.encode(self.state.secret.expose());
        let notice =
            notice.map(|key| self.page.t(key)).or_else(|| self.renewed.then(|| self.page.t("form-token-renewed")));
        let no_errors = Default::default();
        let screen_data = FormScreen {
            consultation: &self.r.consultation,
            live: &self.r.live,
            audience: self.audience,
            token: &token,
            page_index: index,
            page_count: self.layout.len(),
            questions,
            raw: &self.raw,
            errors: if show_errors { &self.validated.errors } else { &no_errors },
            notice,
            kiosk: self.kiosk,
            preview: None,
        };
        page_response(self.req, status, &self.r.lang, screen(&self.page, &screen_data))
    }

    /// Screen `index` again, with "too many at once" and when to retry.
    fn busy(&self, index: usize, wait: std::time::Duration) -> HttpResponse {
        let mut res = self.render(index, false, StatusCode::TOO_MANY_REQUESTS, Some("form-busy"));
        if let Ok(v) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
            res.headers_mut().insert(RETRY_AFTER, v);
        }
        res
    }

    /// The assent screen with a fresh token (and a code's problem, if any).
    fn fresh_assent(&self, code_error: Option<&str>, code: Option<&str>, status: StatusCode) -> HttpResponse {
        let c = &self.r.consultation;
        let token = FormToken::new(c.id.0, self.audience, self.token.channel_id, self.now.timestamp())
            .encode(self.state.secret.expose());
        let extras = AssentExtras { code, code_error, kiosk: self.kiosk };
        let markup = assent_view(&self.page, c, &self.r.live, self.audience, &token, extras);
        page_response(self.req, status, &self.r.lang, markup)
    }

    /// The first screen with an invalid answer, if any.
    fn first_page_with_error(&self) -> Option<usize> {
        self.layout.iter().position(|qs| qs.iter().any(|q| self.validated.errors.contains_key(&q.id)))
    }

    /// "Send": stores the response once every screen is valid and nothing the
    /// respondent has not seen would be left out; then the thanks page.
    async fn submit(&self, current: usize, honeypot: bool) -> HttpResponse {
        let (state, r, last) = (self.state, self.r, self.last());
        if let Some(index) = self.first_page_with_error() {
            return self.render(index, true, StatusCode::UNPROCESSABLE_ENTITY, None);
        }
        // An answer on this page opened a question on a later one: show it
        // before storing, or the form would be stored without it.
        if let Some(index) = unseen_follow_up(&self.layout, current, &self.raw) {
            return self.render(index, false, StatusCode::OK, None);
        }
        if self.renewed {
            // Without a valid token we cannot tell a resubmission from a first
            // send: show the last screen again with a fresh token.
            return self.render(last, false, StatusCode::OK, None);
        }
        let location = format!(
            "/s/{}/thanks?a={}&lang={}{}",
            r.consultation.slug,
            self.audience.as_str(),
            r.lang,
            if self.kiosk { "&kiosk=1" } else { "" }
        );
        let thanks = |location: &str| {
            HttpResponse::SeeOther()
                .insert_header(("location", location.to_owned()))
                .insert_header(("cache-control", "no-store"))
                .finish()
        };
        if r.preview {
            return thanks(&location);
        }
        // A field people never see: only scripts fill it in. They are thanked and forgotten.
        if honeypot {
            state.metrics.submission(Outcome::Honeypot);
            return thanks(&location);
        }
        if self.now.timestamp() - self.token.issued_at < state.min_form_seconds {
            state.metrics.submission(Outcome::TooFast);
            return self.render(last, false, StatusCode::OK, Some("form-check-again"));
        }
        if let Err(wait) = state.submit_limiter.check(state.client_address(self.req)) {
            state.metrics.rate_limited("submit");
            state.metrics.submission(Outcome::RateLimited);
            return self.busy(last, wait);
        }
        if r.consultation.requires_code && !self.token.coded {
            state.metrics.submission(Outcome::BadCode);
            return self.fresh_assent(Some("code-unknown"), None, StatusCode::UNPROCESSABLE_ENTITY);
        }
        let submission = self.submission();
        let flagged = !submission.response.flagged.is_empty();
        match state.writer.store(submission).await {
            Ok(Stored::New(_)) => {
                // Counted, not logged: a log line would time-stamp a respondent.
                state.metrics.submission(Outcome::Accepted);
                if flagged {
                    state.metrics.flagged();
                    crate::emails::notify_safeguarding_leads(state.clone(), r.consultation.organisation_id);
                    return thanks(&format!("{location}&care=1"));
                }
                thanks(&location)
            }
            Ok(Stored::AlreadyStored) => {
                state.metrics.submission(Outcome::Duplicate);
                thanks(&location)
            }
            Ok(Stored::Closed) => {
                state.metrics.submission(Outcome::Closed);
                state.forget(&r.consultation.slug);
                let markup = closed(&self.page, &r.consultation, &r.live, false);
                page_response(self.req, StatusCode::GONE, &r.lang, markup)
            }
            Err(e) => {
                state.metrics.submission(Outcome::Unavailable);
                tracing::error!(error = %e, "could not store a response; the form is shown again");
                let mut res = self.render(last, false, StatusCode::SERVICE_UNAVAILABLE, Some("form-unavailable"));
                res.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("30"));
                res
            }
        }
    }

    /// The response to store: words read for risk before contact details are
    /// removed from them, and a token that can be spent once.
    fn submission(&self) -> Submission {
        let r = self.r;
        let flagged: Vec<String> = self
            .validated
            .answers
            .0
            .iter()
            .filter_map(|(q, v)| match v {
                AnswerValue::Text(t) if self.state.phrases.flags(t) => Some(q.clone()),
                _ => None,
            })
            .collect();
        let response = NewResponse {
            organisation_id: r.consultation.organisation_id,
            consultation_id: r.consultation.id,
            audience: self.audience,
            language: r.lang.clone(),
            area: first_area(r.live.survey(), &self.validated.answers),
            channel_id: self.token.channel_id,
            submitted_on: self.now.date_naive(),
            answers: scrubbed(self.validated.answers.clone()),
            flagged,
        };
        let expires_on = chrono::DateTime::from_timestamp(self.token.issued_at + LIFETIME_SECS, 0)
            .map_or(self.now.date_naive(), |d| d.date_naive())
            + chrono::Days::new(1);
        Submission { response, nonce: self.token.nonce.clone(), token_expires_on: expires_on }
    }
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let (slug, audience) = path.into_inner();
    let r = resolve(&req, &state, &slug).await?;
    let audience = audience_of(&r, &audience)?;
    let mut pairs = read_form(&req, payload).await.map_err(|kind| PageError::new(kind, &r.lang))?;
    // A tap on a map (or a place picked from the list) changes this page's
    // answers and shows it again; the tap's exact point goes no further.
    let map_action = match &r.live.map {
        Some(map) => apply_map(map, r.live.survey(), audience, &mut pairs),
        None => MapAction::None,
    };
    if let Some(res) = not_answerable(&req, &state, &r, StatusCode::GONE) {
        state.metrics.submission(Outcome::Closed);
        return Ok(res);
    }
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let now = Utc::now();
    let survey = r.live.survey();
    let raw = RawAnswers::from_pairs(survey, audience, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let map = r.live.map.as_deref();
    let validated = validate_on_map(survey, audience, &raw, &r.consultation.area_ids(), map);
    let layout = pages_on_map(survey, audience, &validated.answers, map.is_some());
    let current = field("page").and_then(|p| p.parse::<usize>().ok()).unwrap_or(0).min(layout.len().saturating_sub(1));
    let nav = match map_action {
        MapAction::None => Nav::of(field("nav")),
        _ => Nav::Stay,
    };
    let secret = state.secret.expose();
    let (token, renewed) =
        match field("token").map(|t| FormToken::verify(secret, t, r.consultation.id.0, audience, now.timestamp())) {
            Some(Ok(t)) => (t, false),
            _ => (FormToken::new(r.consultation.id.0, audience, None, now.timestamp()), true),
        };
    let mut posted = Posted {
        req: &req,
        state: &state,
        r: &r,
        audience,
        page: Page { locales: state.locales, lang: &r.lang },
        token,
        renewed,
        kiosk: field("kiosk") == Some("1"),
        now,
        raw,
        validated,
        layout,
    };
    // A form whose response is already stored never shows its answers again:
    // on a shared tablet, Back then "resubmit" must not reveal the last child's words.
    if nav != Nav::Submit && !renewed && token_used(&state.db, &posted.token.nonce).await.unwrap_or(false) {
        return Ok(posted.fresh_assent(None, None, StatusCode::OK));
    }
    // A one-use code is spent when the form starts, in its own transaction, long
    // before (and never beside) the transaction that stores the response.
    if nav == Nav::Start && r.consultation.requires_code && !r.preview {
        let code = field(CODE_FIELD).map(codes::normalise).unwrap_or_default();
        let problem = match codes::consume(&state.db, r.consultation.id, &code).await {
            Ok(true) => None,
            // Used or unknown: the same answer, so that trying a code never
            // tells whether someone has answered with it.
            Ok(false) => Some("code-unknown"),
            Err(e) => return Err(e.into()),
        };
        if let Some(problem) = problem {
            state.metrics.submission(Outcome::BadCode);
            return Ok(posted.fresh_assent(Some(problem), Some(&code), StatusCode::UNPROCESSABLE_ENTITY));
        }
        posted.token.coded = true;
    }
    if let Err(wait) = state.page_limiter.check(state.client_address(&req)) {
        state.metrics.rate_limited("pages");
        return Ok(posted.busy(current, wait));
    }
    Ok(match nav {
        Nav::Start => posted.render(0, false, StatusCode::OK, None),
        Nav::Stay => posted.render(current, false, StatusCode::OK, map_action.notice()),
        Nav::Back => posted.render(current.saturating_sub(1), false, StatusCode::OK, None),
        Nav::Submit => posted.submit(current, field(HONEYPOT).is_some_and(|v| !v.is_empty())).await,
        Nav::Next => match posted.layout.get(current) {
            Some(qs) if qs.iter().any(|q| posted.validated.errors.contains_key(&q.id)) => {
                posted.render(current, true, StatusCode::UNPROCESSABLE_ENTITY, None)
            }
            _ => posted.render(current + 1, false, StatusCode::OK, None),
        },
    })
}

/// What a map did to the page's answers.
#[derive(Debug, PartialEq, Eq)]
enum MapAction {
    None,
    Changed,
    Outside,
    Full,
}

impl MapAction {
    fn notice(&self) -> Option<&'static str> {
        match self {
            MapAction::Outside => Some("form-map-outside"),
            MapAction::Full => Some("form-place-full"),
            _ => None,
        }
    }
}

/// Applies a tap on a map (`map.{question}.x` and `.y`, as an image button
/// sends them) or a place picked from the list (`mark.{question}` with
/// `nav=mark`) to the posted answers, and removes the tap's coordinates, so
/// no exact point is kept anywhere. A tap at (0, 0) is a keyboard's Enter,
/// not a place: it is ignored and the form moves on as usual.
fn apply_map(
    map: &ConsultationMap,
    survey: &Survey,
    audience: crate::domain::Audience,
    pairs: &mut Vec<(String, String)>,
) -> MapAction {
    let coordinate = |pairs: &[(String, String)], suffix: &str| -> Option<(String, f64)> {
        pairs.iter().find_map(|(k, v)| {
            let qid = k.strip_prefix("map.")?.strip_suffix(suffix)?;
            Some((qid.to_owned(), v.trim().parse::<f64>().ok()?))
        })
    };
    let tap = match (coordinate(pairs, ".x"), coordinate(pairs, ".y")) {
        (Some((q, x)), Some((q2, y))) if q == q2 && (x, y) != (0.0, 0.0) => Some((q, map.tap(x, y))),
        _ => None,
    };
    let marking = pairs.iter().any(|(k, v)| k == "nav" && v == "mark");
    let picked: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, v)| marking && k.starts_with("mark.") && !v.is_empty())
        .filter_map(|(k, v)| Some((k.strip_prefix("mark.")?.to_owned(), v.clone())))
        .collect();
    pairs.retain(|(k, _)| !k.starts_with("map.") && !k.starts_with("mark."));
    let mut action = MapAction::None;
    let mut marks: Vec<(String, Tap)> = tap.into_iter().collect();
    for (qid, area_id) in picked {
        // A place picked from the list is the cell at the middle of its area.
        let tap = map.set.area(&area_id).and_then(|a| map.frame.label_at(&a.shape)).map(|(px, py)| map.tap(px, py));
        marks.push((qid, tap.unwrap_or(Tap::Outside)));
    }
    if marking && marks.is_empty() {
        return MapAction::Changed;
    }
    for (qid, tap) in marks {
        let Some(q) = survey.question(&qid).filter(|q| q.is_for(audience)) else { continue };
        let field = field_name(&q.id);
        match (&q.kind, tap) {
            (_, Tap::Outside) => action = MapAction::Outside,
            (QuestionKind::Area, Tap::Inside { area, .. }) => {
                pairs.retain(|(k, _)| *k != field);
                pairs.push((field, area));
                action = MapAction::Changed;
            }
            (QuestionKind::Place { max }, Tap::Inside { cell, .. }) => {
                let marked: Vec<&String> = pairs.iter().filter(|(k, _)| *k == field).map(|(_, v)| v).collect();
                if marked.iter().any(|v| **v == cell) {
                    action = MapAction::Changed;
                } else if marked.len() >= *max as usize {
                    action = MapAction::Full;
                } else {
                    pairs.push((field, cell));
                    action = MapAction::Changed;
                }
            }
            _ => {}
        }
    }
    action
}

/// The area a response is counted under: the answer to the first area question.
fn first_area(survey: &crate::domain::Survey, answers: &Answers) -> Option<String> {
    survey.questions.iter().find_map(|q| match answers.0.get(&q.id) {
        Some(AnswerValue::Area(a)) => Some(a.clone()),
        _ => None,
    })
}

/// Contact details never reach the database.
fn scrubbed(mut answers: Answers) -> Answers {
    for v in answers.0.values_mut() {
        if let AnswerValue::Text(t) = v {
            *t = scrub(t);
        }
    }
    answers
}

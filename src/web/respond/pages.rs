//! Landing, thanks and public results pages of a consultation.

use super::resolve;
use crate::domain::Audience;
use crate::views::{Page, pages as views};
use crate::web::{AppState, PageError, lang_cookie};
use actix_web::{HttpRequest, HttpResponse, web};

fn html(req: &HttpRequest, lang: &str, markup: maud::Markup) -> HttpResponse {
    let mut res = HttpResponse::Ok();
    if let Some(cookie) = lang_cookie(req, lang) {
        res.cookie(cookie);
    }
    res.content_type("text/html; charset=utf-8").body(markup.into_string())
}

/// What respondent pages read from their query string (`?lang=` is read
/// with the language): a one-use code `k` from a card, `kiosk=1` on a shared
/// tablet, the audience `a` and `care` after sending.
#[derive(serde::Deserialize, Default)]
pub(super) struct RespondentQuery {
    pub k: Option<String>,
    pub kiosk: Option<String>,
    pub a: Option<String>,
    pub care: Option<String>,
}

impl RespondentQuery {
    /// Read leniently: a child's link with something odd in it still opens.
    pub(super) fn of(req: &HttpRequest) -> Self {
        web::Query::<RespondentQuery>::from_query(req.query_string()).map(web::Query::into_inner).unwrap_or_default()
    }
}

pub async fn landing(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = resolve(&req, &state, &slug).await?;
    let q = RespondentQuery::of(&req);
    let page = Page { locales: state.locales, lang: &r.lang };
    let today = chrono::Utc::now().date_naive();
    if !r.preview && !r.consultation.is_answerable(today) {
        let markup = views::closed(&page, &r.consultation, &r.live, !r.consultation.has_closed(today));
        return Ok(html(&req, &r.lang, markup));
    }
    let mut via = super::channel_of(&req, &state, &r).await.map_or_else(String::new, |c| format!("&c={}", c.code));
    if let Some(card) = q.k.as_deref().map(crate::store::codes::normalise).filter(|k| !k.is_empty() && k.len() <= 20) {
        via.push_str(&format!("&k={card}"));
    }
    if q.kiosk.as_deref() == Some("1") {
        via.push_str("&kiosk=1");
    }
    Ok(html(&req, &r.lang, views::landing(&page, &r.consultation, &r.live, &via)))
}

pub async fn thanks(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = resolve(&req, &state, &slug).await?;
    let q = RespondentQuery::of(&req);
    let audience = q.a.as_deref().and_then(|v| v.parse::<Audience>().ok()).filter(|a| r.consultation.offers(*a));
    let care = q.care.is_some();
    let kiosk = q.kiosk.as_deref() == Some("1");
    let page = Page { locales: state.locales, lang: &r.lang };
    Ok(html(&req, &r.lang, views::thanks(&page, &r.consultation, &r.live, audience, care, kiosk)))
}

pub async fn results(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = resolve(&req, &state, &slug).await?;
    let q = RespondentQuery::of(&req);
    let page = Page { locales: state.locales, lang: &r.lang };
    if r.consultation.state != crate::domain::State::Published {
        return Ok(html(&req, &r.lang, views::results_pending(&page, &r.consultation, &r.live)));
    }
    let c = &r.consultation;
    let report = state.published_report(c, &r.live).await?;
    let updates = crate::store::results::updates(&state.db, c.id).await?;
    let audience = q.a.as_deref().and_then(|v| v.parse::<Audience>().ok()).filter(|a| c.offers(*a));
    let p = crate::views::results::PublicResults {
        labels: crate::views::results::Labels { page: &page, consultation: c, live: &r.live, channels: &[] },
        report: &report,
        updates: &updates,
        audience,
    };
    Ok(html(&req, &r.lang, crate::views::results::public(&p)))
}

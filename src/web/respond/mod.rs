//! The respondent journey: `/s/{slug}` (landing), `/s/{slug}/{audience}`
//! (assent, then the form), `/s/{slug}/thanks` and `/s/{slug}/results`.

mod form;
mod pages;

use super::{AppState, PageError, request_lang};
use crate::domain::template::LiveSurvey;
use crate::domain::{Consultation, State};
use crate::views::pages::ErrorKind;
use actix_web::{HttpRequest, web};
use std::sync::Arc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(crate::web::resource("/s/{slug}", &["GET"]).route(web::get().to(pages::landing)))
        .service(crate::web::resource("/s/{slug}/thanks", &["GET"]).route(web::get().to(pages::thanks)))
        .service(crate::web::resource("/s/{slug}/results", &["GET"]).route(web::get().to(pages::results)))
        .service(
            crate::web::resource("/s/{slug}/{audience:age-5-8|age-9-12|age-13-17|parent}", &["GET", "POST"])
                .route(web::get().to(form::assent))
                .route(web::post().to(form::submit)),
        );
}

/// A consultation as a respondent may see it, with the negotiated language.
pub struct Resolved {
    pub consultation: Consultation,
    pub live: Arc<LiveSurvey>,
    pub lang: String,
    /// A draft seen by its own organisation: answerable, never stored.
    pub preview: bool,
}

/// The channel code of a request (`?c=`), if it names one of this consultation's channels.
pub async fn channel_of(req: &HttpRequest, state: &AppState, r: &Resolved) -> Option<crate::store::channels::Channel> {
    let code = serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "c")?
        .1;
    match crate::store::channels::by_code(&state.db, &code.to_ascii_lowercase()).await {
        Ok(Some(ch)) if ch.consultation_id == r.consultation.id => Some(ch),
        Ok(_) => None,
        Err(e) => {
            tracing::warn!(error = %e, "channel lookup failed; the response will have no channel");
            None
        }
    }
}

/// Finds the consultation of a respondent URL. Drafts and unknown slugs are
/// "not found" in the language the visitor asked for.
pub async fn resolve(req: &HttpRequest, state: &AppState, slug: &str) -> Result<Resolved, PageError> {
    let not_found = || PageError::for_request(req, ErrorKind::NotFound);
    if !Consultation::slug_is_valid(slug) {
        return Err(not_found());
    }
    let (read, cached) = match state.recent(slug) {
        Some(c) => (Ok(Some(c)), true),
        None => (crate::store::consultations::by_slug(&state.db, slug).await, false),
    };
    let consultation = match read {
        Ok(Some(c)) if c.state != State::Draft => {
            if !cached {
                state.remember(&c);
            }
            c
        }
        Ok(Some(c)) if previewer_of(req, state, &c).await => c,
        Ok(_) => return Err(not_found()),
        Err(crate::store::consultations::LoadError::Db(e)) => match state.last_known(slug) {
            // The database is away: carry on from memory; storing will say 503.
            Some(c) => {
                tracing::warn!(error = %e, "database unavailable; serving the consultation from memory");
                c
            }
            None => return Err(PageError::from(e)),
        },
        Err(e) => return Err(PageError { cause: Some(e.into()), ..PageError::for_request(req, ErrorKind::Server) }),
    };
    let lang = request_lang(req, &consultation.languages, &consultation.default_language);
    // An error from here on is written in the page's language.
    actix_web::HttpMessage::extensions_mut(req).insert(super::errors::PageLang(lang.clone()));
    let live = state.live_survey(&consultation).await.map_err(|e| match e {
        crate::store::consultations::LoadError::Db(e) => PageError::from(e),
        e => PageError::unexpected(&lang, e),
    })?;
    let preview = consultation.state == State::Draft;
    Ok(Resolved { consultation, live, lang, preview })
}

/// Whether the request comes from someone signed in to the consultation's organisation.
async fn previewer_of(req: &HttpRequest, state: &AppState, c: &Consultation) -> bool {
    matches!(super::admin::current(req, state).await, Ok(Some(o)) if o.user.organisation_id == c.organisation_id)
}

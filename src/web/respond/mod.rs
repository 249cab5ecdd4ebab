//! The respondent journey: `/s/{slug}` (landing), `/s/{slug}/{audience}`
//! (assent, then the form), `/s/{slug}/thanks` and `/s/{slug}/results`.

mod body;
mod form;
mod pages;

use super::{AppState, PageError, request_lang};
use crate::domain::template::LiveSurvey;
use crate::domain::{Consultation, State};
use crate::views::pages::ErrorKind;
use actix_web::{HttpRequest, web};
use std::sync::Arc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/s/{slug}", web::get().to(pages::landing))
        .route("/s/{slug}/thanks", web::get().to(pages::thanks))
        .route("/s/{slug}/results", web::get().to(pages::results))
        .route("/s/{slug}/{audience}", web::get().to(form::assent))
        .route("/s/{slug}/{audience}", web::post().to(form::submit));
}

/// A consultation as a respondent may see it, with the negotiated language.
pub struct Resolved {
    pub consultation: Consultation,
    pub live: Arc<LiveSurvey>,
    pub lang: String,
}

/// Finds the consultation of a respondent URL. Drafts and unknown slugs are
/// "not found" in the language the visitor asked for.
pub async fn resolve(
    req: &HttpRequest,
    state: &AppState,
    slug: &str,
) -> Result<Resolved, PageError> {
    let not_found = || PageError::for_request(req, ErrorKind::NotFound);
    if !Consultation::slug_is_valid(slug) {
        return Err(not_found());
    }
    let consultation = match crate::store::consultations::by_slug(&state.db, slug).await {
        Ok(Some(c)) if c.state != State::Draft => c,
        Ok(_) => return Err(not_found()),
        Err(crate::store::consultations::LoadError::Db(e)) => {
            let lang = PageError::for_request(req, ErrorKind::Server).lang;
            return Err(super::errors::from_db(&lang, e));
        }
        Err(e) => {
            return Err(PageError {
                cause: Some(e.into()),
                ..PageError::for_request(req, ErrorKind::Server)
            });
        }
    };
    let lang = request_lang(req, &consultation.languages, &consultation.default_language);
    let live = state
        .live_survey(&consultation)
        .await
        .map_err(|e| match e {
            crate::store::consultations::LoadError::Db(e) => super::errors::from_db(&lang, e),
            e => PageError::unexpected(&lang, e),
        })?;
    Ok(Resolved {
        consultation,
        live,
        lang,
    })
}

//! `/admin/api`: owners make and revoke the organisation's API tokens.

use super::{AdminError, Officer, html};
use crate::store::api_tokens;
use crate::views::Page;
use crate::views::admin::api_tokens as views;
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn page(state: &AppState, officer: &Officer, new_token: Option<&str>) -> Result<HttpResponse, AdminError> {
    let tokens = api_tokens::list(&state.db, officer.user.organisation_id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::index(&page, officer, &tokens, new_token, &state.public_url)))
}

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    page(&state, &officer, None).await
}

/// The form that names a new token.
#[derive(serde::Deserialize)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    let form: NameForm = officer.posted(&req, payload).await?;
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(officer.error(ErrorKind::BadRequest));
    }
    let today = chrono::Utc::now().date_naive();
    let token = api_tokens::create(&state.db, officer.user.organisation_id, name, today).await?;
    officer.audit(&state.db, None, "api-token-created", name.to_owned()).await?;
    // Shown once, in this response only: never stored, never in a URL.
    page(&state, &officer, Some(&token)).await
}

pub async fn revoke(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    officer.posted_form(&req, payload).await?;
    let today = chrono::Utc::now().date_naive();
    let Some(name) = api_tokens::revoke(&state.db, officer.user.organisation_id, *id, today).await? else {
        return Err(officer.error(ErrorKind::NotFound));
    };
    officer.audit(&state.db, None, "api-token-revoked", name).await?;
    Ok(HttpResponse::SeeOther().insert_header(("location", "/admin/api")).finish())
}

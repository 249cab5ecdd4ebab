//! Signing in and out, forgotten passwords, and accepting invitations.

use super::html;
use super::session::{Officer, SESSION_COOKIE, current};
use crate::auth::{dummy_hash, hash_password, random_token, verify_password};
use crate::domain::account::{Email, password_is_acceptable};
use crate::store::accounts::{self, Purpose};
use crate::store::audit::{self, Entry};
use crate::token::{signed_stamp, verify_stamp};
use crate::views::Page;
use crate::views::admin::auth as views;
use crate::views::pages::ErrorKind;
use crate::web::errors::from_db;
use crate::web::form_body::read_typed;
use crate::web::{AppState, PageError, request_lang, ui_languages};
use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use tracing::Instrument;

/// How long a sign-in lasts.
const SESSION_HOURS: i64 = 12;
/// How long an invitation or reset link works.
pub const LINK_HOURS: i64 = 72;

fn lang(req: &HttpRequest) -> String {
    request_lang(req, &ui_languages(), crate::i18n::DEFAULT_LANGUAGE)
}

fn session_cookie(state: &AppState, value: String, max_age: CookieDuration) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(state.public_url.starts_with("https://"))
        .same_site(SameSite::Strict)
        .max_age(max_age)
        .finish()
}

/// Starts a session and sends the officer to their consultations.
async fn sign_in(state: &AppState, user_id: i32) -> Result<HttpResponse, PageError> {
    let session = random_token();
    let expires = Utc::now().timestamp() + SESSION_HOURS * 3600;
    accounts::create_session(&state.db, &session, user_id, &random_token(), expires).await?;
    Ok(HttpResponse::SeeOther()
        .cookie(session_cookie(state, session, CookieDuration::hours(SESSION_HOURS)))
        .insert_header(("location", "/admin"))
        .finish())
}

/// The cookie that binds a sign-in form to the browser it was shown in, so
/// that another site cannot sign a visitor in to an account of its choosing
/// (login CSRF): the form's token is signed over this cookie's random value.
const LOGIN_COOKIE: &str = "childvoice_login";

fn login_cookie(state: &AppState, nonce: &str) -> Cookie<'static> {
    Cookie::build(LOGIN_COOKIE, nonce.to_owned())
        .path("/admin")
        .http_only(true)
        .secure(state.public_url.starts_with("https://"))
        .same_site(SameSite::Strict)
        .max_age(CookieDuration::hours(24))
        .finish()
}

/// The purpose a sign-in token is signed for: sign-in, in this browser.
fn login_purpose(nonce: &str) -> String {
    format!("login:{nonce}")
}

pub async fn login_page(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    if current(&req, &state).await?.is_some() {
        return Ok(HttpResponse::SeeOther().insert_header(("location", "/admin")).finish());
    }
    let lang = lang(&req);
    let page = Page { locales: state.locales, lang: &lang };
    let nonce = random_token();
    let stamp = signed_stamp(state.secret.expose(), &login_purpose(&nonce), Utc::now().timestamp());
    let mut res = html(StatusCode::OK, views::login(&page, "", None, &stamp));
    res.add_cookie(&login_cookie(&state, &nonce)).map_err(|e| PageError::unexpected(&lang, anyhow::anyhow!("{e}")))?;
    Ok(res)
}

/// The sign-in form; `login_token` is signed over the browser's login cookie.
#[derive(serde::Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    login_token: String,
}

/// "Forgot your password?": the address to send a link to.
#[derive(serde::Deserialize)]
struct ForgotForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    login_token: String,
}

/// A new password, twice.
#[derive(serde::Deserialize)]
struct PasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = lang(&req);
    let form: LoginForm = read_typed(&req, payload).await.map_err(|k| PageError::new(k, &lang))?;
    let now = Utc::now().timestamp();
    let page = Page { locales: state.locales, lang: &lang };
    // Only the browser that was shown the form holds the cookie its token is signed over.
    let Some(nonce) = req.cookie(LOGIN_COOKIE).map(|c| c.value().to_owned()).filter(|n| !n.is_empty()) else {
        return Err(PageError::new(ErrorKind::Forbidden, &lang));
    };
    let purpose = login_purpose(&nonce);
    let stamp = signed_stamp(state.secret.expose(), &purpose, now);
    let email_raw = form.email.as_str();
    if !verify_stamp(state.secret.expose(), &purpose, &form.login_token, now, 24 * 3600) {
        return Err(PageError::new(ErrorKind::Forbidden, &lang));
    }
    if let Err(wait) = state.login_limiter.check(state.client_address(&req)) {
        state.metrics.rate_limited("login");
        let mut res = html(
            StatusCode::TOO_MANY_REQUESTS,
            views::login(&page, email_raw, Some("admin-too-many-attempts"), &stamp),
        );
        res.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from(wait.as_secs().max(1)),
        );
        return Ok(res);
    }
    let found = match Email::parse(email_raw) {
        Ok(email) => accounts::by_email(&state.db, &email).await?,
        Err(_) => None,
    };
    let password = form.password.as_str();
    let ok = match &found {
        Some((user, Some(hash))) => verify_password(password, hash) && user.active,
        _ => {
            verify_password(password, dummy_hash());
            false
        }
    };
    match found {
        Some((user, _)) if ok => sign_in(&state, user.id).await,
        _ => Ok(html(StatusCode::UNAUTHORIZED, views::login(&page, email_raw, Some("admin-login-failed"), &stamp))),
    }
}

pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, super::AdminError> {
    officer.posted_form(&req, payload).await?;
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        accounts::end_session(&state.db, cookie.value()).await?;
    }
    Ok(HttpResponse::SeeOther()
        .cookie(session_cookie(&state, String::new(), CookieDuration::ZERO))
        .insert_header(("location", "/admin/login"))
        .finish())
}

pub async fn forgot_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let lang = lang(&req);
    let page = Page { locales: state.locales, lang: &lang };
    let stamp = signed_stamp(state.secret.expose(), "forgot", Utc::now().timestamp());
    html(StatusCode::OK, views::forgot(&page, false, &stamp))
}

/// Always answers the same, so the page never tells whether an account exists.
pub async fn forgot(
    req: HttpRequest,
    state: web::Data<AppState>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = lang(&req);
    let form: ForgotForm = read_typed(&req, payload).await.map_err(|k| PageError::new(k, &lang))?;
    let now = Utc::now().timestamp();
    if !verify_stamp(state.secret.expose(), "forgot", &form.login_token, now, 24 * 3600) {
        return Err(PageError::new(ErrorKind::Forbidden, &lang));
    }
    let page = Page { locales: state.locales, lang: &lang };
    if state.login_limiter.check(state.client_address(&req)).is_ok()
        && let Ok(email) = Email::parse(&form.email)
    {
        // Everything that depends on whether the account exists happens after
        // the answer, so the answer takes as long either way.
        let state = state.clone();
        tokio::spawn(
            async move {
                if let Err(e) = send_reset_link(&state, &email, now).await {
                    tracing::error!(error = %e, "password reset request failed");
                }
            }
            .in_current_span(),
        );
    }
    Ok(html(StatusCode::OK, views::forgot(&page, true, "")))
}

/// Emails a reset link to the account of `email`, if there is an active one.
async fn send_reset_link(state: &AppState, email: &Email, now: i64) -> anyhow::Result<()> {
    let Some((user, _)) = accounts::by_email(&state.db, email).await? else { return Ok(()) };
    if !user.active {
        return Ok(());
    }
    let token = random_token();
    accounts::create_link_token(&state.db, &token, user.id, Purpose::Reset, now + LINK_HOURS * 3600).await?;
    audit::record(
        &state.db,
        Entry {
            organisation_id: user.organisation_id,
            user_id: Some(user.id),
            consultation_id: None,
            action: "password-reset-requested",
            detail: String::new(),
        },
    )
    .await?;
    let link = format!("{}/admin/reset/{token}", state.public_url);
    let message = crate::emails::link_email(
        state,
        &user.email,
        &user.language,
        Purpose::Reset,
        &link,
        &user.organisation_name,
        "",
    );
    state.mailer.send(message).await?;
    Ok(())
}

/// An invitation or reset page speaks the language chosen for its person
/// (unless they pick another with `?lang=`), not their browser's.
fn link_lang(req: &HttpRequest, user: Option<&accounts::User>, negotiated: String) -> String {
    if crate::web::query_lang(req).is_some() {
        return negotiated;
    }
    user.map(|u| u.language.clone()).filter(|l| crate::i18n::locales().has_language(l)).unwrap_or(negotiated)
}

async fn link_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: String,
    purpose: Purpose,
) -> Result<HttpResponse, PageError> {
    let lang = lang(&req);
    let user = accounts::peek_link_token(&state.db, &token, purpose, Utc::now().timestamp()).await?;
    let lang = link_lang(&req, user.as_ref(), lang);
    let page = Page { locales: state.locales, lang: &lang };
    let status = if user.is_some() { StatusCode::OK } else { StatusCode::GONE };
    Ok(html(status, views::set_password(&page, req.path(), user.as_ref().map(|u| u.email.as_str()), None)))
}

async fn set_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: String,
    purpose: Purpose,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let lang = lang(&req);
    let form: PasswordForm = read_typed(&req, payload).await.map_err(|k| PageError::new(k, &lang))?;
    let now = Utc::now().timestamp();
    let user = accounts::peek_link_token(&state.db, &token, purpose, now).await?;
    let lang = link_lang(&req, user.as_ref(), lang);
    let page = Page { locales: state.locales, lang: &lang };
    let db_err = |e| from_db(&lang, e);
    let Some(user) = user else {
        return Ok(html(StatusCode::GONE, views::set_password(&page, req.path(), None, None)));
    };
    let (password, confirm) = (form.password.as_str(), form.confirm.as_str());
    let problem = if !password_is_acceptable(password) {
        Some("admin-password-too-short")
    } else if password != confirm {
        Some("admin-password-mismatch")
    } else {
        None
    };
    if let Some(problem) = problem {
        return Ok(html(
            StatusCode::UNPROCESSABLE_ENTITY,
            views::set_password(&page, req.path(), Some(&user.email), Some(problem)),
        ));
    }
    let hash = hash_password(password).map_err(|e| PageError::unexpected(&lang, anyhow::anyhow!("{e}")))?;
    let txn = sea_orm::TransactionTrait::begin(&state.db).await.map_err(db_err)?;
    if !accounts::consume_link_token(&txn, &token, now).await.map_err(db_err)? {
        return Ok(html(StatusCode::GONE, views::set_password(&page, req.path(), None, None)));
    }
    accounts::set_password(&txn, user.id, hash).await.map_err(db_err)?;
    audit::record(
        &txn,
        Entry {
            organisation_id: user.organisation_id,
            user_id: Some(user.id),
            consultation_id: None,
            action: "password-set",
            detail: String::new(),
        },
    )
    .await
    .map_err(db_err)?;
    txn.commit().await.map_err(db_err)?;
    sign_in(&state, user.id).await
}

pub async fn invite_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    link_page(req, state, token.into_inner(), Purpose::Invite).await
}

pub async fn accept_invite(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    set_password(req, state, token.into_inner(), Purpose::Invite, payload).await
}

pub async fn reset_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    link_page(req, state, token.into_inner(), Purpose::Reset).await
}

pub async fn reset(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    set_password(req, state, token.into_inner(), Purpose::Reset, payload).await
}

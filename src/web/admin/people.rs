//! People of the organisation (owners only): invitations by email, and the
//! audit log of everything that changed.

use super::auth::LINK_HOURS;
use super::{AdminError, Officer};
use crate::auth::random_token;
use crate::domain::account::{Email, Role};
use crate::store::accounts::{self, CreateUserError, NewUser, Purpose};
use crate::store::audit;
use crate::views::Page;
use crate::views::admin::people as views;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

fn page(
    state: &AppState,
    officer: &Officer,
    status: StatusCode,
    form: views::InviteForm,
) -> Result<HttpResponse, AdminError> {
    Ok(HttpResponse::build(status)
        .insert_header(("cache-control", "no-store"))
        .content_type("text/html; charset=utf-8")
        .body(views::people(&Page { locales: state.locales, lang: &officer.lang }, officer, &form).into_string()))
}

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    let people = accounts::people(&state.db, officer.user.organisation_id).await?;
    page(&state, &officer, StatusCode::OK, views::InviteForm { people, ..Default::default() })
}

/// Whom to invite, with which role, writing to them in which language.
#[derive(serde::Deserialize)]
struct InviteFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    language: String,
}

pub async fn invite(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    let posted: InviteFields = officer.posted(&req, payload).await?;
    let org = officer.user.organisation_id;
    let (email, role) = (posted.email.trim(), posted.role.trim());
    let mut form = views::InviteForm { email: email.to_owned(), role: role.to_owned(), ..Default::default() };
    let role = role.parse::<Role>().unwrap_or(Role::Editor);
    let language = Some(posted.language.trim())
        .filter(|l| crate::i18n::locales().has_language(l))
        .unwrap_or(&officer.lang)
        .to_owned();
    let today = chrono::Utc::now().date_naive();

    let user = match Email::parse(email) {
        Err(_) => {
            form.error = Some("admin-error-email".into());
            None
        }
        Ok(email) => match accounts::by_email(&state.db, &email).await? {
            // Invited before but never accepted: send a fresh link.
            Some((u, None)) if u.organisation_id == org => Some(u),
            Some(_) => {
                form.error = Some("admin-error-email-taken".into());
                None
            }
            None => {
                let new = NewUser {
                    organisation_id: org,
                    email: &email,
                    role,
                    language: &language,
                    password_hash: None,
                    today,
                    network_role: None,
                };
                match accounts::create_user(&state.db, new).await {
                    Ok(u) => Some(u),
                    Err(CreateUserError::Taken) => {
                        form.error = Some("admin-error-email-taken".into());
                        None
                    }
                    Err(CreateUserError::Db(e)) => return Err(e.into()),
                }
            }
        },
    };
    if let Some(user) = user {
        let token = random_token();
        let expires = chrono::Utc::now().timestamp() + LINK_HOURS * 3600;
        accounts::create_link_token(&state.db, &token, user.id, Purpose::Invite, expires).await?;
        officer.audit(&state.db, None, "user-invited", format!("{} ({})", user.email, user.role)).await?;
        let link = format!("{}/admin/invite/{token}", state.public_url);
        let role_name = state.locales.t(&user.language, &format!("role-{}", user.role.as_str()));
        let message = crate::emails::link_email(
            &state,
            &user.email,
            &user.language,
            Purpose::Invite,
            &link,
            &officer.user.organisation_name,
            &role_name,
        );
        match state.mailer.send(message).await {
            Ok(_) => {
                form = views::InviteForm { invited: Some(user.email.clone()), ..Default::default() };
            }
            Err(e) => {
                tracing::error!(error = %e, "invitation email failed");
                form.mail_failed = Some(e.to_string());
            }
        }
    }
    form.people = accounts::people(&state.db, org).await?;
    let status = if form.error.is_some() || form.mail_failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page(&state, &officer, status, form)
}

/// For translators: how complete each language is (every role).
pub async fn languages(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    let page = Page { locales: state.locales, lang: &officer.lang };
    let markup = crate::views::admin::languages::languages(&page, &officer, &state.library);
    Ok(HttpResponse::Ok().content_type("text/html; charset=utf-8").body(markup.into_string()))
}

pub async fn audit(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    let org = officer.user.organisation_id;
    let entries = audit::recent(&state.db, org, 500).await?;
    let people = accounts::people(&state.db, org).await?;
    let markup = views::audit(&Page { locales: state.locales, lang: &officer.lang }, &officer, &entries, &people);
    Ok(HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string()))
}

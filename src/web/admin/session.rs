//! The signed-in officer of a request, and the admin error style: not signed
//! in → the sign-in page; wrong organisation → 404; wrong role or a missing
//! CSRF token → 403; all pages localized.

use crate::store::accounts::session_user;
use crate::views::pages::ErrorKind;
use crate::web::{AppState, PageError, request_lang, ui_languages};
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};
use std::fmt;

pub const SESSION_COOKIE: &str = "cv_admin";

#[derive(Debug)]
pub enum AdminError {
    SignIn,
    Page(PageError),
}

impl From<PageError> for AdminError {
    fn from(e: PageError) -> Self {
        AdminError::Page(e)
    }
}

/// `?` on a database error: 503 when a retry may help, else 500.
impl From<sea_orm::DbErr> for AdminError {
    fn from(e: sea_orm::DbErr) -> Self {
        AdminError::Page(e.into())
    }
}

impl From<crate::store::consultations::LoadError> for AdminError {
    fn from(e: crate::store::consultations::LoadError) -> Self {
        AdminError::Page(e.into())
    }
}

/// `?` on any other failure (see [`PageError`]'s own conversion).
impl From<anyhow::Error> for AdminError {
    fn from(e: anyhow::Error) -> Self {
        AdminError::Page(e.into())
    }
}

impl From<ErrorKind> for AdminError {
    fn from(kind: ErrorKind) -> Self {
        AdminError::Page(kind.into())
    }
}

impl fmt::Display for AdminError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AdminError::SignIn => f.write_str("not signed in"),
            AdminError::Page(p) => p.fmt(f),
        }
    }
}

impl ResponseError for AdminError {
    fn status_code(&self) -> StatusCode {
        match self {
            AdminError::SignIn => StatusCode::SEE_OTHER,
            AdminError::Page(p) => p.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AdminError::SignIn => HttpResponse::SeeOther().insert_header(("location", "/admin/login")).finish(),
            AdminError::Page(p) => p.error_response(),
        }
    }
}

pub use crate::auth::Officer;

impl Officer {
    pub fn error(&self, kind: ErrorKind) -> AdminError {
        AdminError::Page(PageError::new(kind, &self.lang))
    }

    pub fn unexpected(&self, cause: impl Into<anyhow::Error>) -> AdminError {
        AdminError::Page(PageError::unexpected(&self.lang, cause))
    }

    /// Editors and owners only.
    pub fn require_editor(&self) -> Result<(), AdminError> {
        if self.user.role.can_edit() { Ok(()) } else { Err(self.error(ErrorKind::Forbidden)) }
    }

    pub fn require_owner(&self) -> Result<(), AdminError> {
        if self.user.role.can_manage_people() { Ok(()) } else { Err(self.error(ErrorKind::Forbidden)) }
    }

    /// The fields of a posted admin form, once its CSRF token has been checked.
    pub async fn posted_form(
        &self,
        req: &HttpRequest,
        payload: web::Payload,
    ) -> Result<Vec<(String, String)>, AdminError> {
        let fields = crate::web::form_body::read_form(req, payload).await.map_err(|k| self.error(k))?;
        self.check_csrf(&fields)?;
        Ok(fields)
    }

    /// A posted admin form as `T`, once its CSRF token has been checked and
    /// its text cleaned as in [`Self::posted_form`]; repeated fields (check
    /// boxes) fill a `Vec`. A form that does not fit `T` is the 400 page.
    pub async fn posted<T: serde::de::DeserializeOwned>(
        &self,
        req: &HttpRequest,
        payload: web::Payload,
    ) -> Result<T, AdminError> {
        let fields = self.posted_form(req, payload).await?;
        crate::web::form_body::typed(&fields).map_err(|k| self.error(k))
    }

    /// The parts of a posted form with a file, once its CSRF token has been
    /// checked; text parts are cleaned as in [`Self::posted_form`].
    pub async fn posted_upload(
        &self,
        req: &HttpRequest,
        payload: web::Payload,
    ) -> Result<Vec<(String, Vec<u8>)>, AdminError> {
        let parts = crate::web::form_body::read_multipart(req, payload).await.map_err(|k| self.error(k))?;
        let csrf: Vec<(String, String)> = parts
            .iter()
            .filter(|(k, _)| k == "csrf")
            .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
            .collect();
        self.check_csrf(&csrf)?;
        Ok(parts)
    }

    /// Records what this officer did in the organisation's audit log.
    pub async fn audit(
        &self,
        db: &impl sea_orm::ConnectionTrait,
        consultation_id: Option<crate::domain::ConsultationId>,
        action: &str,
        detail: String,
    ) -> Result<(), AdminError> {
        let entry = crate::store::audit::Entry {
            organisation_id: self.user.organisation_id,
            user_id: Some(self.user.id),
            consultation_id,
            action,
            detail,
        };
        Ok(crate::store::audit::record(db, entry).await?)
    }

    /// Every state-changing form carries the session's CSRF token.
    pub fn check_csrf(&self, fields: &[(String, String)]) -> Result<(), AdminError> {
        let sent = fields.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str());
        if sent == Some(self.csrf.as_str()) { Ok(()) } else { Err(self.error(ErrorKind::Forbidden)) }
    }
}

/// The officer behind the request's session cookie, if any.
pub async fn current(req: &HttpRequest, state: &AppState) -> Result<Option<Officer>, PageError> {
    let Some(cookie) = req.cookie(SESSION_COOKIE) else {
        return Ok(None);
    };
    let now = chrono::Utc::now().timestamp();
    let found = session_user(&state.db, cookie.value(), now).await?;
    Ok(found.map(|(user, csrf)| {
        let lang = request_lang(req, &ui_languages(), &user.language);
        // Error pages of this request are in the officer's language.
        actix_web::HttpMessage::extensions_mut(req).insert(crate::web::errors::PageLang(lang.clone()));
        Officer { user, csrf, lang }
    }))
}

impl FromRequest for Officer {
    type Error = AdminError;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = req.app_data::<web::Data<AppState>>().ok_or(AdminError::SignIn)?.clone();
            current(&req, &state).await?.ok_or(AdminError::SignIn)
        })
    }
}

//! One error style for pages: a kind that maps to a status and a localized
//! page; the cause goes to the log, never into the response.

use crate::i18n;
use crate::views::pages::{ErrorKind, error};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use std::fmt;

#[derive(Debug)]
pub struct PageError {
    pub kind: ErrorKind,
    pub lang: String,
    pub cause: Option<anyhow::Error>,
}

impl PageError {
    pub fn new(kind: ErrorKind, lang: impl Into<String>) -> Self {
        PageError { kind, lang: lang.into(), cause: None }
    }

    pub fn unexpected(lang: impl Into<String>, cause: impl Into<anyhow::Error>) -> Self {
        PageError { kind: ErrorKind::Server, lang: lang.into(), cause: Some(cause.into()) }
    }

    /// A page error in the language the request prefers among interface languages.
    pub fn for_request(req: &HttpRequest, kind: ErrorKind) -> Self {
        PageError::new(kind, super::request_lang(req, &super::ui_languages(), i18n::DEFAULT_LANGUAGE))
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cause {
            Some(cause) => write!(f, "{:?}: {cause:#}", self.kind),
            None => write!(f, "{:?}", self.kind),
        }
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::Server => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::NotYet => StatusCode::CONFLICT,
            ErrorKind::TimedOut => StatusCode::REQUEST_TIMEOUT,
            ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::NoReopen => StatusCode::CONFLICT,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Some(cause) = &self.cause {
            tracing::error!(error = %format!("{cause:#}"), "request failed");
        }
        let mut builder = HttpResponse::build(self.status_code());
        builder.insert_header(("cache-control", "no-store"));
        if self.kind == ErrorKind::Unavailable {
            builder.insert_header(("retry-after", "30"));
        }
        builder
            .content_type("text/html; charset=utf-8")
            .body(error(i18n::locales(), &self.lang, self.kind).into_string())
    }
}

/// Database trouble that a retry may fix is "unavailable"; the rest is a bug.
pub fn from_db(lang: &str, e: sea_orm::DbErr) -> PageError {
    let kind = match &e {
        sea_orm::DbErr::ConnectionAcquire(_) | sea_orm::DbErr::Conn(_) => ErrorKind::Unavailable,
        _ => ErrorKind::Server,
    };
    PageError { kind, lang: lang.to_owned(), cause: Some(e.into()) }
}

/// Fallback for every URL no route matches.
pub async fn not_found(req: HttpRequest) -> HttpResponse {
    PageError::for_request(&req, ErrorKind::NotFound).error_response()
}

/// A route's resource: requests with a method it does not take get 405, with
/// `Allow`, whatever resources come after it (not a 404, and never another
/// resource's handler).
pub fn resource(path: &str, allow: &'static [&'static str]) -> actix_web::Resource {
    actix_web::web::resource(path).default_service(actix_web::web::to(move |req: HttpRequest| async move {
        let mut res = PageError::for_request(&req, ErrorKind::MethodNotAllowed).error_response();
        if let Ok(v) = actix_web::http::header::HeaderValue::from_str(&allow.join(", ")) {
            res.headers_mut().insert(actix_web::http::header::ALLOW, v);
        }
        res
    }))
}

//! One error style for pages: a kind that maps to a status and a localized
//! page; the cause goes to the log, never into the response. Handlers return
//! errors (`?` on a database error gives 503 or 500); one middleware,
//! [`render`], writes every error page, in the language the request was
//! being answered in ([`PageLang`], set by the signed-in officer's extractor
//! and the respondent's pages) or else the one it prefers.

use crate::i18n;
use crate::views::pages::{ErrorKind, error};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use std::fmt;

#[derive(Debug)]
pub struct PageError {
    pub kind: ErrorKind,
    /// The page's language, where the code that failed knows it better than the request.
    pub lang: Option<String>,
    pub cause: Option<anyhow::Error>,
}

/// The language of the page a request was answered in, for its error page.
#[derive(Clone, Debug)]
pub struct PageLang(pub String);

/// What [`render`] needs to write an error page: left on the response by
/// [`PageError::error_response`].
#[derive(Clone, Debug)]
struct ErrorPage {
    kind: ErrorKind,
    lang: Option<String>,
}

impl PageError {
    pub fn new(kind: ErrorKind, lang: impl Into<String>) -> Self {
        PageError { kind, lang: Some(lang.into()), cause: None }
    }

    pub fn unexpected(lang: impl Into<String>, cause: impl Into<anyhow::Error>) -> Self {
        PageError { kind: ErrorKind::Server, lang: Some(lang.into()), cause: Some(cause.into()) }
    }

    /// A failure whose cause goes to the log, in the request's language.
    pub fn failed(cause: impl Into<anyhow::Error>) -> Self {
        PageError { kind: ErrorKind::Server, lang: None, cause: Some(cause.into()) }
    }

    /// A page error in the language the request prefers among interface languages.
    pub fn for_request(req: &HttpRequest, kind: ErrorKind) -> Self {
        PageError::new(kind, super::request_lang(req, &super::ui_languages(), i18n::DEFAULT_LANGUAGE))
    }
}

impl From<ErrorKind> for PageError {
    fn from(kind: ErrorKind) -> Self {
        PageError { kind, lang: None, cause: None }
    }
}

/// Database trouble that a retry may fix is "unavailable" (503); the rest is a bug (500).
impl From<sea_orm::DbErr> for PageError {
    fn from(e: sea_orm::DbErr) -> Self {
        let kind = if retry_may_help(&e) { ErrorKind::Unavailable } else { ErrorKind::Server };
        PageError { kind, lang: None, cause: Some(e.into()) }
    }
}

/// A stored consultation that cannot be read: the database's trouble as
/// above, or damaged data (500).
impl From<crate::store::consultations::LoadError> for PageError {
    fn from(e: crate::store::consultations::LoadError) -> Self {
        match e {
            crate::store::consultations::LoadError::Db(db) => db.into(),
            corrupt => PageError { kind: ErrorKind::Server, lang: None, cause: Some(corrupt.into()) },
        }
    }
}

/// `?` on any other failure: 500, or 503 when it is database trouble that a
/// retry may fix; the cause goes to the log.
impl From<anyhow::Error> for PageError {
    fn from(e: anyhow::Error) -> Self {
        let kind = match e.downcast_ref::<sea_orm::DbErr>() {
            Some(db) if retry_may_help(db) => ErrorKind::Unavailable,
            _ => ErrorKind::Server,
        };
        PageError { kind, lang: None, cause: Some(e) }
    }
}

/// Whether a database error is the database being away or overloaded (no
/// connection, a connection lost, the server shutting down) rather than a bug.
pub fn retry_may_help(e: &sea_orm::DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    match e {
        sea_orm::DbErr::ConnectionAcquire(_) | sea_orm::DbErr::Conn(_) => true,
        sea_orm::DbErr::Exec(sea_orm::RuntimeErr::SqlxError(s))
        | sea_orm::DbErr::Query(sea_orm::RuntimeErr::SqlxError(s)) => match s.as_ref() {
            Sqlx::Io(_)
            | Sqlx::PoolTimedOut
            | Sqlx::PoolClosed
            | Sqlx::WorkerCrashed
            | Sqlx::Tls(_)
            | Sqlx::Protocol(_) => true,
            // SQLSTATE 08 (connection exception), 57 (operator intervention:
            // the server shutting down), 53300 (too many connections); SQLite busy or locked.
            Sqlx::Database(d) => d
                .code()
                .is_some_and(|c| c.starts_with("08") || c.starts_with("57") || c == "53300" || c == "5" || c == "6"),
            _ => false,
        },
        _ => false,
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
        // The page itself is written by `render`, which knows the request.
        let mut res = builder.content_type("text/html; charset=utf-8").finish();
        res.extensions_mut().insert(ErrorPage { kind: self.kind, lang: self.lang.clone() });
        res
    }
}

/// [`PageError::from`] a database error, in `lang`.
pub fn from_db(lang: &str, e: sea_orm::DbErr) -> PageError {
    PageError { lang: Some(lang.to_owned()), ..PageError::from(e) }
}

/// Writes every error page: in the error's language, else the page's
/// ([`PageLang`]), else the one the request prefers.
pub async fn render(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let res = next.call(req).await?;
    let Some(page) = res.response().extensions().get::<ErrorPage>().cloned() else {
        return Ok(res.map_into_boxed_body());
    };
    let lang = page.lang.unwrap_or_else(|| {
        let from_page = actix_web::HttpMessage::extensions(res.request()).get::<PageLang>().map(|l| l.0.clone());
        from_page.unwrap_or_else(|| super::request_lang(res.request(), &super::ui_languages(), i18n::DEFAULT_LANGUAGE))
    });
    let body = error(i18n::locales(), &lang, page.kind).into_string();
    Ok(res.map_body(|_, _| actix_web::body::BoxBody::new(body)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::consultations::LoadError;
    use sea_orm::{ConnAcquireErr, DbErr};

    #[test]
    fn every_failure_handlers_pass_on_with_a_question_mark_gets_the_same_status() {
        let away = || DbErr::ConnectionAcquire(ConnAcquireErr::Timeout);
        let bug = || DbErr::Custom("no such column".into());
        // The database away: 503 however it arrives.
        assert_eq!(PageError::from(away()).kind, ErrorKind::Unavailable);
        assert_eq!(PageError::from(LoadError::Db(away())).kind, ErrorKind::Unavailable);
        assert_eq!(PageError::from(anyhow::Error::from(away())).kind, ErrorKind::Unavailable);
        // A bug or damaged data: 500.
        assert_eq!(PageError::from(bug()).kind, ErrorKind::Server);
        assert_eq!(PageError::from(LoadError::Db(bug())).kind, ErrorKind::Server);
        let corrupt = LoadError::Corrupt { id: 1, what: "languages", cause: "EOF".into() };
        assert_eq!(PageError::from(corrupt).kind, ErrorKind::Server);
        assert_eq!(PageError::from(anyhow::anyhow!("a picture could not be encoded")).kind, ErrorKind::Server);
    }
}

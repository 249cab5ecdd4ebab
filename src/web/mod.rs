//! HTTP handlers, one folder per area. Handlers turn requests into domain
//! types, call `store/`, and render `views/`.

pub mod access_log;
pub mod admin;
pub mod api;
pub mod assets;
pub mod errors;
pub mod form_body;
pub mod guard;
pub mod health;
pub mod home;
pub mod links;
pub mod networks;
pub mod respond;
pub mod state;

pub use errors::{PageError, resource};
pub use state::AppState;

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};

/// Name of the cookie that remembers a chosen language (a preference, not an id).
pub const LANG_COOKIE: &str = "lang";

/// `?lang=`, which every page reads to choose its language.
#[derive(serde::Deserialize)]
struct LangParam {
    lang: Option<String>,
}

/// The `?lang=` parameter of a request, if any (a query string that cannot
/// be read has none).
pub fn query_lang(req: &HttpRequest) -> Option<String> {
    actix_web::web::Query::<LangParam>::from_query(req.query_string()).ok().and_then(|q| q.into_inner().lang)
}

/// Negotiates the language of a request among `available`.
pub fn request_lang(req: &HttpRequest, available: &[String], default: &str) -> String {
    let query = query_lang(req);
    let cookie = req.cookie(LANG_COOKIE).map(|c| c.value().to_owned());
    let accept = req.headers().get("accept-language").and_then(|h| h.to_str().ok());
    crate::i18n::negotiate(query.as_deref(), cookie.as_deref(), accept, available, default)
}

/// The interface languages, for pages outside any consultation.
pub fn ui_languages() -> Vec<String> {
    crate::i18n::locales().languages().map(str::to_owned).collect()
}

/// Remembers a language picked with `?lang=` for the next pages.
pub fn lang_cookie(req: &HttpRequest, lang: &str) -> Option<Cookie<'static>> {
    (query_lang(req).as_deref() == Some(lang)).then(|| {
        Cookie::build(LANG_COOKIE, lang.to_owned())
            .path("/")
            .max_age(Duration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .finish()
    })
}

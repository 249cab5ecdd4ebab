//! The stylesheets and the read-aloud script, compiled in and served under a content-hashed path so
//! phones cache it for good and fetch it again only when it changes.

use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

const CSS: &str = include_str!("app.css");
const POSTER_CSS: &str = include_str!("poster.css");
const LISTEN_JS: &str = include_str!("listen.js");

fn hashed(name: &str, content: &str) -> String {
    let hash = Sha256::digest(content.as_bytes());
    let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("/assets/{name}-{short}")
}

static CSS_PATH: LazyLock<String> = LazyLock::new(|| hashed("app", CSS) + ".css");
static POSTER_CSS_PATH: LazyLock<String> = LazyLock::new(|| hashed("poster", POSTER_CSS) + ".css");
static LISTEN_JS_PATH: LazyLock<String> = LazyLock::new(|| hashed("listen", LISTEN_JS) + ".js");

/// The read-aloud script: the only JavaScript respondents get.
pub fn listen_js_path() -> &'static str {
    &LISTEN_JS_PATH
}

pub fn css_path() -> &'static str {
    &CSS_PATH
}

pub fn poster_css_path() -> &'static str {
    &POSTER_CSS_PATH
}

async fn css(path: web::Path<String>) -> HttpResponse {
    let requested = format!("/assets/{}", path.as_str());
    let (body, content_type) = if requested == *CSS_PATH {
        (CSS, "text/css; charset=utf-8")
    } else if requested == *POSTER_CSS_PATH {
        (POSTER_CSS, "text/css; charset=utf-8")
    } else if requested == *LISTEN_JS_PATH {
        (LISTEN_JS, "text/javascript; charset=utf-8")
    } else {
        return HttpResponse::NotFound().finish();
    };
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("cache-control", "public, max-age=31536000, immutable"))
        .body(body)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(crate::web::resource("/assets/{file}", &["GET"]).route(web::get().to(css)));
}

//! The one stylesheet, compiled in and served under a content-hashed path so
//! phones cache it for good and fetch it again only when it changes.

use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

const CSS: &str = include_str!("app.css");
const POSTER_CSS: &str = include_str!("poster.css");

fn hashed(name: &str, content: &str) -> String {
    let hash = Sha256::digest(content.as_bytes());
    let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("/assets/{name}-{short}.css")
}

static CSS_PATH: LazyLock<String> = LazyLock::new(|| hashed("app", CSS));
static POSTER_CSS_PATH: LazyLock<String> = LazyLock::new(|| hashed("poster", POSTER_CSS));

pub fn css_path() -> &'static str {
    &CSS_PATH
}

pub fn poster_css_path() -> &'static str {
    &POSTER_CSS_PATH
}

async fn css(path: web::Path<String>) -> HttpResponse {
    let requested = format!("/assets/{}", path.as_str());
    let body = if requested == *CSS_PATH {
        CSS
    } else if requested == *POSTER_CSS_PATH {
        POSTER_CSS
    } else {
        return HttpResponse::NotFound().finish();
    };
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("cache-control", "public, max-age=31536000, immutable"))
        .body(body)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/assets/{file}", web::get().to(css));
}

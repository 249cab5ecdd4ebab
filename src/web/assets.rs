//! The one stylesheet, compiled in and served under a content-hashed path so
//! phones cache it for good and fetch it again only when it changes.

use actix_web::{HttpResponse, web};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

const CSS: &str = include_str!("app.css");

static CSS_PATH: LazyLock<String> = LazyLock::new(|| {
    let hash = Sha256::digest(CSS.as_bytes());
    let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("/assets/app-{short}.css")
});

pub fn css_path() -> &'static str {
    &CSS_PATH
}

async fn css(path: web::Path<String>) -> HttpResponse {
    if format!("/assets/{}", path.as_str()) != *CSS_PATH {
        return HttpResponse::NotFound().finish();
    }
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header(("cache-control", "public, max-age=31536000, immutable"))
        .body(CSS)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/assets/{file}", web::get().to(css));
}

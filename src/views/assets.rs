//! The stylesheets and the read-aloud script, compiled in, named by a hash of
//! their content so phones cache them for good and fetch them again only when
//! they change (`web::assets` serves them).

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

/// The asset at `path` (as the pages name it): its content and type.
pub fn at(path: &str) -> Option<(&'static str, &'static str)> {
    if path == *CSS_PATH {
        Some((CSS, "text/css; charset=utf-8"))
    } else if path == *POSTER_CSS_PATH {
        Some((POSTER_CSS, "text/css; charset=utf-8"))
    } else if path == *LISTEN_JS_PATH {
        Some((LISTEN_JS, "text/javascript; charset=utf-8"))
    } else {
        None
    }
}

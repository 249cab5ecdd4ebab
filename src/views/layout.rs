//! The page shell: `lang` and `dir` from the negotiated locale, one small
//! stylesheet, no script, and a skip link.

use super::Page;
use super::assets;
use maud::{DOCTYPE, Markup, html};

/// What a page adds to the shell.
#[derive(Default)]
pub struct Extras {
    /// Offer read-aloud buttons (young audiences): loads the one small script.
    pub listen: bool,
    /// Load the script without read-aloud (the kiosk countdown uses it).
    pub script: bool,
}

pub fn layout(page: &Page, title: &str, body: Markup) -> Markup {
    layout_with(page, title, body, Extras::default())
}

pub fn layout_with(page: &Page, title: &str, body: Markup, extras: Extras) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(page.lang) dir=(page.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · " (page.t("site-name")) }
                link rel="stylesheet" href=(assets::css_path());
                link rel="icon" href="data:,";
                @if extras.listen || extras.script {
                    script src=(assets::listen_js_path()) defer {}
                }
            }
            body {
                a.skip href="#main" { (page.t("skip-link")) }
                main #main data-listen=[extras.listen.then(|| page.t("listen"))] { (body) }
            }
        }
    }
}

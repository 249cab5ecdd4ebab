//! The page shell: `lang` and `dir` from the negotiated locale, one small
//! stylesheet, no script, and a skip link.

use super::Page;
use crate::web::assets;
use maud::{DOCTYPE, Markup, html};

pub fn layout(page: &Page, title: &str, body: Markup) -> Markup {
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
            }
            body {
                a.skip href="#main" { (page.t("skip-link")) }
                main #main { (body) }
            }
        }
    }
}

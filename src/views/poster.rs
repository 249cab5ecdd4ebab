//! A printable A4 poster: a big QR code, the title, a call to action for
//! children in the poster's language, and the short address written out.

use super::Page;
use maud::{DOCTYPE, Markup, PreEscaped, html};

pub fn poster(page: &Page, title: &str, qr_svg: &str, url: &str) -> Markup {
    let shown = url.split("://").nth(1).unwrap_or(url);
    html! {
        (DOCTYPE)
        html lang=(page.lang) dir=(page.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                link rel="icon" href="data:,";
                link rel="stylesheet" href=(super::assets::poster_css_path());
            }
            body {
                main {
                    h1 { (title) }
                    p.call { (page.t("poster-call")) }
                    div.qr role="img" aria-label=(url) { (PreEscaped(qr_svg)) }
                    p.or { (page.t("poster-or-visit")) }
                    p.url { bdi { (shown) } }
                    p.free { (page.t("poster-free")) }
                }
            }
        }
    }
}

//! A printable A4 poster: a big QR code, the title, a call to action for
//! children in the poster's language, and the short address written out.

use super::Page;
use maud::{DOCTYPE, Markup, PreEscaped, html};

const PRINT_CSS: &str = "@page{size:A4;margin:15mm}*{box-sizing:border-box}body{margin:0;font-family:system-ui,\"Noto Sans\",\"Noto Sans Arabic\",sans-serif;color:#111;text-align:center}\
main{max-width:180mm;margin:0 auto;padding:10mm 0}h1{font-size:30pt;line-height:1.15;margin:0 0 8mm}.call{font-size:22pt;font-weight:700;margin:0 0 8mm}\
.qr{width:120mm;height:120mm;margin:0 auto 8mm}.qr svg{width:100%;height:100%}.or{font-size:14pt;margin:0}.url{font-size:22pt;font-weight:700;direction:ltr;unicode-bidi:isolate;word-break:break-all;margin:2mm 0 6mm}\
.free{font-size:14pt}@media screen{body{background:#eee}main{background:#fff;margin:10mm auto;padding:15mm;box-shadow:0 2px 8px #0003}}";

pub fn poster(page: &Page, title: &str, qr_svg: &str, url: &str) -> Markup {
    let shown = url.split("://").nth(1).unwrap_or(url);
    html! {
        (DOCTYPE)
        html lang=(page.lang) dir=(page.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(PRINT_CSS)) }
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

//! The HTML part of every email: a whole document in the recipient's language
//! and direction, titled with its subject (mail clients and validators need
//! both).

use maud::{DOCTYPE, Markup, html};

pub fn document(lang: &str, title: &str, body: Markup) -> String {
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(crate::i18n::direction(lang)) {
            head {
                meta charset="utf-8";
                title { (title) }
            }
            body style="font-family:sans-serif;line-height:1.5" { (body) }
        }
    }
    .into_string()
}

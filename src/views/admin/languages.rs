//! For translators: how complete each language is, for the interface and for
//! each template of the library.

use super::{admin_layout, scroll_table};
use crate::auth::Officer;
use crate::domain::template::LiveSurvey;
use crate::views::Page;
use maud::{Markup, html};
use std::sync::Arc;

fn progress(page: &Page, caption: &str, rows: &[(String, usize, usize)]) -> Markup {
    scroll_table(
        caption,
        html! { table {
            caption { (caption) }
            thead { tr {
                th scope="col" { (page.t("admin-languages-language")) }
                th.num scope="col" { (page.t("admin-languages-translated")) }
                th scope="col" { (page.t("admin-languages-progress")) }
            } }
            tbody {
                @for (code, have, all) in rows {
                    @let percent = (have * 100).checked_div(*all).unwrap_or(100);
                    tr {
                        th scope="row" {
                            span lang=(code) dir=(crate::i18n::direction(code)) { (page.locales.t(code, "language-name")) }
                            " " code { (code) }
                        }
                        td.num { (have) " / " (all) }
                        td { progress max="100" value=(percent) { (percent) "%" } " " (percent) "%" }
                    }
                }
            }
        } },
    )
}

pub fn languages(page: &Page, officer: &Officer, library: &[Arc<LiveSurvey>]) -> Markup {
    let title = page.t("admin-languages-title");
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p.field-help { (page.t("admin-languages-help")) }
            h2 { (page.t("admin-languages-interface")) }
            (progress(page, &page.t("admin-languages-interface"), &page.locales.status()))
            @for t in library {
                @let s = t.survey();
                @let name = t.texts.text(if s.languages.iter().any(|l| l == page.lang) { page.lang } else { &s.default_language }, "title", None);
                h2 { (name) " " code { (s.id) } }
                (progress(page, &name, &t.template.translation_status()))
            }
        },
    )
}

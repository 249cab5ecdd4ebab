//! The safeguarding review queue.

use super::{admin_layout, csrf, scroll_table};
use crate::auth::Officer;
use crate::store::safeguarding::FlaggedText;
use crate::views::Page;
use maud::{Markup, html};

pub fn queue(page: &Page, officer: &Officer, items: &[(FlaggedText, String)]) -> Markup {
    let title = page.t("admin-safeguarding-title");
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p.field-help { (page.t("admin-safeguarding-help")) }
            @if items.is_empty() {
                p { (page.t("admin-safeguarding-none")) }
            } @else {
                (scroll_table(&page.t("admin-safeguarding-title"), html! { table {
                    thead { tr {
                        th { (page.t("admin-col-day")) } th { (page.t("admin-nav-consultations")) } th { (page.t("admin-col-question")) }
                        th { (page.t("admin-col-text")) } th { (page.t("admin-col-status")) }
                    } }
                    tbody {
                        @for (item, question) in items {
                            tr {
                                td { (item.submitted_on) }
                                td { (item.consultation_slug) br; small { (page.t(&format!("admin-audience-{}", item.audience))) " · " (page.locales.t(&item.language, "language-name")) } }
                                td { (question) }
                                td lang=(item.language) dir=(crate::i18n::direction(&item.language)) { (item.text) }
                                td {
                                    @if item.reviewed {
                                        (page.t("admin-reviewed-done"))
                                    } @else {
                                        form.inline method="post" action=(crate::paths::admin_item("safeguarding", item.id) + "/reviewed") {
                                            (csrf(officer))
                                            button.secondary.small type="submit" { (page.t("admin-reviewed")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                } }))
            }
        },
    )
}

//! The organisation's API tokens.

use super::{admin_layout, csrf, scroll_table};
use crate::auth::Officer;
use crate::store::api_tokens::ApiToken;
use crate::views::Page;
use maud::{Markup, html};

pub fn index(page: &Page, officer: &Officer, tokens: &[ApiToken], new_token: Option<&str>, public_url: &str) -> Markup {
    let title = page.t("api-title");
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("api-help")) }
            p { (page.t("api-docs")) " " a href="/api/openapi.json" { (public_url) "/api/openapi.json" } }
            @if let Some(t) = new_token {
                div.notice role="status" {
                    p { strong { (page.t("api-token-created")) } }
                    p { code.token #new-token { (t) } }
                }
            }
            form.admin-form method="post" action="/admin/api" {
                (csrf(officer))
                label for="token-name" { (page.t("api-token-name")) }
                input #token-name name="name" maxlength="100" required;
                div.nav { button.primary type="submit" { (page.t("api-token-create")) } }
            }
            @if tokens.is_empty() {
                p { (page.t("api-tokens-none")) }
            } @else {
                (scroll_table(&title, html! { table {
                    thead { tr { th scope="col" { (page.t("api-col-name")) } th scope="col" { (page.t("api-col-created")) } th scope="col" { (page.t("api-col-state")) } th {} } }
                    tbody {
                        @for t in tokens {
                            tr {
                                td { (t.name) }
                                td { (t.created_on.to_string()) }
                                td { @match t.revoked_on {
                                    Some(d) => (page.t_args("api-token-revoked", &crate::views::arg("date", d.to_string()))),
                                    None => (page.t("api-token-active")),
                                } }
                                td { @if t.revoked_on.is_none() {
                                    form.inline method="post" action=(crate::paths::admin_item("api", t.id) + "/revoke") {
                                        (csrf(officer))
                                        button.secondary.small type="submit" { (page.t("api-token-revoke")) }
                                    }
                                } }
                            }
                        }
                    }
                } }))
            }
        },
    )
}

//! Administration pages: one layout with the navigation, and a module per area.

pub mod api_tokens;
pub mod areas;
pub mod auth;
pub mod consultations;
pub mod languages;
pub mod people;
pub mod results;
pub mod safeguarding;
pub mod templates;

use super::Page;
use super::layout::layout;
use crate::auth::Officer;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

/// An admin page: navigation, who is signed in, and a sign-out button.
pub fn admin_layout(page: &Page, officer: &Officer, title: &str, body: Markup) -> Markup {
    let mut who = FluentArgs::new();
    who.set("email", officer.user.email.clone());
    who.set("org", officer.user.organisation_name.clone());
    who.set("role", page.t(&format!("role-{}", officer.user.role.as_str())));
    layout(
        page,
        title,
        html! {
            header.admin {
                nav aria-label=(page.t("admin-title")) {
                    a href="/admin" { (page.t("admin-nav-consultations")) }
                    a href="/admin/templates" { (page.t("admin-nav-templates")) }
                    a href="/admin/areas" { (page.t("admin-nav-areas")) }
                    a href="/admin/languages" { (page.t("admin-nav-languages")) }
                    a href="/admin/networks" { (page.t("admin-nav-networks")) }
                    @if officer.user.safeguarding_lead {
                    a href="/admin/safeguarding" { (page.t("admin-nav-safeguarding")) }
                }
                @if officer.user.role.can_manage_people() {
                        a href="/admin/people" { (page.t("admin-nav-people")) }
                        a href="/admin/audit" { (page.t("admin-nav-audit")) }
                        a href="/admin/api" { (page.t("admin-nav-api")) }
                    }
                }
                p.who { (page.t_args("admin-signed-in-as", &who)) }
                form method="post" action="/admin/logout" {
                    input type="hidden" name="csrf" value=(officer.csrf);
                    button.secondary.small type="submit" { (page.t("admin-sign-out")) }
                }
            }
            (body)
        },
    )
}

/// A table that may scroll sideways on a phone: a labelled, focusable region,
/// so keyboard users can scroll it too.
pub fn scroll_table(label: &str, table: Markup) -> Markup {
    html! { div.table-scroll role="region" tabindex="0" aria-label=(label) { (table) } }
}

/// The hidden CSRF field every admin form carries.
pub fn csrf(officer: &Officer) -> Markup {
    html! { input type="hidden" name="csrf" value=(officer.csrf); }
}

/// A message under a field, when it has an error.
pub fn field_error(page: &Page, id: &str, message_id: Option<&str>) -> Markup {
    html! {
        @if let Some(m) = message_id {
            span.field-error #(id) { (page.t(m)) }
        }
    }
}

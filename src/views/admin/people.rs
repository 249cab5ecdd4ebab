//! The people page (invitations) and the audit log.

use super::{admin_layout, csrf, scroll_table};
use crate::auth::Officer;
use crate::domain::account::Role;
use crate::store::accounts::User;
use crate::store::entities::audit_entry;
use crate::views::Page;
use maud::{Markup, html};

#[derive(Default)]
pub struct InviteForm {
    pub people: Vec<User>,
    pub email: String,
    pub role: String,
    pub error: Option<String>,
    pub invited: Option<String>,
    pub mail_failed: Option<String>,
}

pub fn people(page: &Page, officer: &Officer, f: &InviteForm) -> Markup {
    let title = page.t("admin-people-title");
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            @if let Some(email) = &f.invited {
                @let args = crate::views::arg("email", email.clone());
                p.notice role="status" { (page.t_args("admin-invited", &args)) }
            }
            @if let Some(reason) = &f.mail_failed {
                @let args = crate::views::arg("reason", reason.clone());
                p.error-summary role="alert" { (page.t_args("admin-mail-failed", &args)) }
            }
            (scroll_table(&page.t("admin-people-title"), html! { table {
                thead { tr { th { (page.t("admin-col-email")) } th { (page.t("admin-role")) } th { (page.t("admin-col-status")) } th { (page.t("admin-col-lead")) } } }
                tbody {
                    @for p in &f.people {
                        tr {
                            td { (p.email) }
                            td { (page.t(&format!("role-{}", p.role.as_str()))) }
                            td { (page.t(if p.has_password { "admin-status-active" } else { "admin-status-invited" })) }
                            td {
                                form.inline method="post" action=(crate::paths::admin_item("people", p.id) + "/lead") {
                                    (csrf(officer))
                                    input type="hidden" name="lead" value=(if p.safeguarding_lead { "no" } else { "yes" });
                                    @if p.safeguarding_lead { "✓ " }
                                    button.secondary.small type="submit" {
                                        (page.t(if p.safeguarding_lead { "admin-remove-lead" } else { "admin-make-lead" }))
                                    }
                                }
                            }
                        }
                    }
                }
            } }))
            p.field-help { (page.t("admin-lead-help")) }
        h2 { (page.t("admin-invite")) }
            form.admin-form method="post" action="/admin/people" {
                (csrf(officer))
                label for="email" { (page.t("admin-email")) }
                input #email type="email" name="email" value=(f.email) required aria-describedby="email-error";
                @if let Some(e) = &f.error { span.field-error #email-error { (page.t(e)) } }
                label for="role" { (page.t("admin-role")) }
                select #role name="role" aria-describedby="role-help" {
                    @for r in Role::ALL {
                        option value=(r.as_str()) selected[f.role == r.as_str() || (f.role.is_empty() && r == Role::Editor)] { (page.t(&format!("role-{}", r.as_str()))) }
                    }
                }
                span.field-help #role-help { (page.t("admin-role-help")) }
                label for="language" { (page.t("admin-language")) }
                select #language name="language" {
                    @for lang in page.locales.languages() {
                        option value=(lang) selected[lang == page.lang] lang=(lang) { (page.locales.t(lang, "language-name")) }
                    }
                }
                div.nav { button.primary type="submit" { (page.t("admin-invite-submit")) } }
            }
        },
    )
}

pub fn audit(page: &Page, officer: &Officer, entries: &[audit_entry::Model], people: &[User]) -> Markup {
    let title = page.t("admin-audit-title");
    let who = |id: Option<i32>| match id.map(|id| people.iter().find(|p| p.id == id)) {
        Some(Some(p)) => p.email.clone(),
        // Someone of a network or of a member, acting on this organisation's
        // membership: the entry's text names them.
        Some(None) => page.t("audit-other-organisation"),
        None => page.t("audit-system"),
    };
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            (scroll_table(&page.t("admin-audit-title"), html! { table {
                thead { tr { th { (page.t("admin-col-when")) } th { (page.t("admin-col-who")) } th { (page.t("admin-col-what")) } } }
                tbody {
                    @for e in entries {
                        @let args = crate::views::arg("detail", e.detail.clone());
                        tr {
                            td { (chrono::DateTime::from_timestamp(e.at, 0).map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default()) }
                            td { (who(e.user_id)) }
                            td { (page.t_args(&format!("audit-{}", e.action), &args)) }
                        }
                    }
                }
            } }))
        },
    )
}

//! The organisation's own template library: imported XLSForms, their
//! versions, and "use" to start a draft consultation.

use super::{admin_layout, csrf, scroll_table};
use crate::store::templates::Saved;
use crate::views::Page;
use crate::web::admin::Officer;
use maud::{Markup, html};

pub fn index(page: &Page, officer: &Officer, saved: &[Saved], problems: &[String], notice: Option<&str>) -> Markup {
    let title = page.t("admin-templates-title");
    let can_edit = officer.user.role.can_edit();
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("admin-templates-intro")) " " a href="/admin/consultations/new" { (page.t("admin-templates-shipped")) } }
            @if let Some(n) = notice { div.notice role="status" { p { (n) } } }
            @if saved.is_empty() {
                p { (page.t("admin-templates-none")) }
            } @else {
                (scroll_table(&title, html! { table {
                    thead { tr {
                        th scope="col" { (page.t("admin-templates-col-title")) }
                        th.num scope="col" { (page.t("network-col-version")) }
                        th scope="col" { (page.t("admin-templates-col-source")) }
                        th scope="col" { (page.t("network-col-published")) }
                        @if can_edit { th scope="col" { span.visually-hidden { (page.t("admin-use-template")) } } }
                    } }
                    tbody {
                        @for t in saved {
                            tr {
                                th scope="row" { (t.title) " (" code { (t.template_id) } ")" }
                                td.num { (t.version) }
                                td { (t.source) }
                                td { (t.created_on.to_string()) }
                                @if can_edit {
                                    td {
                                        form.inline method="post" action=(format!("/admin/templates/{}/use", t.id)) {
                                            (csrf(officer))
                                            button.secondary.small type="submit" aria-label=(page.t_args("admin-templates-use-label", &crate::views::arg("template", format!("{} {}", t.title, t.version)))) { (page.t("admin-use-template")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                } }))
            }
            @if can_edit {
                h2 #import-h { (page.t("admin-templates-import")) }
                @if !problems.is_empty() {
                    div.error-summary role="alert" {
                        p { (page.t_args("admin-templates-rejected", &crate::views::arg("n", problems.len()))) }
                        ul.problems { @for p in problems { li lang="en" { (p) } } }
                    }
                }
                form.admin-form method="post" action="/admin/templates" enctype="multipart/form-data" aria-labelledby="import-h" {
                    (csrf(officer))
                    label for="file" { (page.t("admin-templates-file")) }
                    input #file type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby="file-help";
                    span.field-help #file-help { (page.t("admin-templates-file-help")) }
                    div.nav { button.primary type="submit" { (page.t("admin-templates-import-button")) } }
                }
            }
        },
    )
}

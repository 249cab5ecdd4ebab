//! The organisation's own template library: imported XLSForms, their
//! versions, and "use" to start a draft consultation.

use super::{admin_layout, csrf, scroll_table};
use crate::store::templates::Saved;
use crate::views::Page;
use crate::web::admin::Officer;
use maud::{Markup, html};

/// The library page: versions, the shipped templates that can be copied in,
/// and problems of an import or of a version that cannot be used.
pub struct Index<'a> {
    pub saved: &'a [Saved],
    pub shipped: &'a [(String, String)],
    pub problems: &'a [String],
    pub notice: Option<&'a str>,
}

pub fn index(page: &Page, officer: &Officer, ix: &Index) -> Markup {
    let (saved, problems, notice) = (ix.saved, ix.problems, ix.notice);
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
                                th scope="row" {
                                    (t.title) " (" code { (t.template_id) } ")" br;
                                    a href=(format!("/admin/templates/{}/texts", t.id)) { (page.t("admin-templates-edit-texts")) } " · "
                                    a href=(format!("/admin/templates/{}/diff", t.id)) { (page.t("admin-templates-diff")) }
                                }
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
            @if can_edit && !ix.shipped.is_empty() {
                h2 #copy-h { (page.t("admin-templates-copy")) }
                form.admin-form method="post" action="/admin/templates/copy" aria-labelledby="copy-h" {
                    (csrf(officer))
                    label for="from" { (page.t("admin-templates-copy-label")) }
                    select #from name="from" { @for (id, title) in ix.shipped { option value=(id) { (title) } } }
                    div.nav { button.primary type="submit" { (page.t("admin-templates-copy-button")) } }
                }
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

/// The translation editor of one version, in one language.
pub struct TextsPage<'a> {
    pub saved: &'a Saved,
    pub lang: &'a str,
    pub default_language: &'a str,
    /// (language, keys written, keys in the default language)
    pub progress: &'a [(String, usize, usize)],
    pub fields: &'a [crate::domain::editor::Field],
    /// What `surveys check` finds: (key, message).
    pub problems: &'a [(String, String)],
    pub notice: Option<&'a str>,
}

pub fn texts(page: &Page, officer: &Officer, p: &TextsPage) -> Markup {
    let lang_name = |l: &str| page.locales.t(l, "language-name");
    let title = page.t_args("admin-templates-texts-title", &crate::views::arg("language", lang_name(p.lang)));
    let audience = |a: &crate::domain::Audience| page.t(&format!("admin-audience-{}", a.as_str()));
    let can_edit = officer.user.role.can_edit();
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (p.saved.title) " (" code { (p.saved.template_id) } ") · " (page.t("network-col-version")) " " (p.saved.version) " · "
                a href=(format!("/admin/templates/{}/diff", p.saved.id)) { (page.t("admin-templates-diff")) } " · "
                a href="/admin/templates" { (page.t("admin-templates-title")) } }
            @if let Some(n) = p.notice { div.notice role="status" { p { (n) } } }
            nav.result-links aria-label=(page.t("admin-templates-languages")) {
                ul.links {
                    @for (l, done, total) in p.progress {
                        li {
                            @let label = format!("{} · {done}/{total}", lang_name(l));
                            @if l == p.lang { strong aria-current="page" lang=(l) { (label) } } @else { a href=(format!("/admin/templates/{}/texts?lang={l}", p.saved.id)) lang=(l) { (label) } }
                        }
                    }
                }
            }
            @if !p.problems.is_empty() {
                div.error-summary role="alert" {
                    p { (page.t_args("admin-templates-problems", &crate::views::arg("n", p.problems.len()))) }
                    ul.problems { @for (key, message) in p.problems { li { a href=(format!("#k-{key}")) { code { (key) } } ": " span lang="en" { (message) } } } }
                }
            }
            form.admin-form.editor method="post" action=(format!("/admin/templates/{}/texts?lang={}", p.saved.id, p.lang)) {
                (csrf(officer))
                @for f in p.fields {
                    fieldset #(format!("k-{}", f.key)) {
                        legend { code { (f.key) } }
                        @if p.lang != p.default_language {
                            p.source lang=(p.default_language) { span.visually-hidden { (lang_name(p.default_language)) ": " } (f.source) }
                        }
                        label for=(format!("t-{}", f.key)) { (page.t("admin-templates-everyone")) }
                        textarea id=(format!("t-{}", f.key)) name=(format!("t:{}", f.key)) rows="2" lang=(p.lang) readonly[!can_edit] { (f.text) }
                        @for ((a, text), (_, source)) in f.text_variants.iter().zip(&f.source_variants) {
                            @if p.lang != p.default_language {
                                p.source lang=(p.default_language) { (audience(a)) ": " (source) }
                            }
                            label for=(format!("v-{}-{}", f.key, a.as_str())) { (page.t_args("admin-templates-for", &crate::views::arg("audience", audience(a)))) }
                            textarea id=(format!("v-{}-{}", f.key, a.as_str())) name=(format!("v:{}:{}", f.key, a.as_str())) rows="2" lang=(p.lang) readonly[!can_edit] { (text) }
                        }
                    }
                }
                @if can_edit { div.nav { button.primary type="submit" { (page.t("admin-templates-save")) } } }
            }
        },
    )
}

/// What changed from the version before.
pub fn diff(
    page: &Page,
    officer: &Officer,
    saved: &Saved,
    changes: Option<&[crate::domain::editor::Change]>,
) -> Markup {
    use crate::domain::editor::Change;
    let title = page.t_args("admin-templates-diff-title", &crate::views::arg("version", saved.version));
    // Changed lines with two lines of context around them.
    let keep: Vec<bool> = changes.map_or(vec![], |c| {
        (0..c.len())
            .map(|i| c[i.saturating_sub(2)..(i + 3).min(c.len())].iter().any(|x| !matches!(x, Change::Same(_))))
            .collect()
    });
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (saved.title) " (" code { (saved.template_id) } ") · " a href=(format!("/admin/templates/{}/texts", saved.id)) { (page.t("admin-templates-edit-texts")) } }
            @match changes {
                None => p { (page.t("admin-templates-diff-first")) },
                Some([]) => p { (page.t("admin-templates-diff-none")) },
                Some(changes) => {
                    div.table-scroll role="region" tabindex="0" aria-label=(title) {
                        pre.diff {
                            @for (i, c) in changes.iter().enumerate() {
                                @if keep[i] {
                                    @match c {
                                        Change::Same(l) => { "  " (l) "\n" }
                                        Change::Removed(l) => { del { "- " (l) } "\n" }
                                        Change::Added(l) => { ins { "+ " (l) } "\n" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

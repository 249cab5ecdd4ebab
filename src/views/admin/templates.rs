//! The organisation's own template library: imported XLSForms, their
//! versions, and "use" to start a draft consultation.

use super::{admin_layout, csrf, scroll_table};
use crate::auth::Officer;
use crate::store::templates::Saved;
use crate::views::Page;
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
    let own_lang = [page.lang.to_owned()];
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
                                    a href=(crate::paths::template(t.id, "questions")) { (page.t("admin-editor-questions")) } " · "
                                    a href=(crate::paths::template(t.id, "settings")) { (page.t("admin-templates-settings")) } " · "
                                    a href=(crate::paths::template(t.id, "texts")) { (page.t("admin-templates-edit-texts")) } " · "
                                    a href=(crate::paths::template(t.id, "diff")) { (page.t("admin-templates-diff")) } " · "
                                    a href=(crate::paths::template(t.id, "xlsform.xlsx")) { (page.t("admin-template-xlsform")) } " · "
                                    a href=(crate::paths::template(t.id, "folder.zip")) { (page.t("admin-template-folder")) }
                                }
                                td.num { (t.version) }
                                td { (t.source) }
                                td { (t.created_on.to_string()) }
                                @if can_edit {
                                    td {
                                        form.inline method="post" action=(crate::paths::template(t.id, "use")) {
                                            (csrf(officer))
                                            button.secondary.small type="submit" { (page.t("admin-use-template")) span.visually-hidden { ": " (t.title) ", " (page.t("network-col-version")) " " (t.version) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                } }))
            }
            @if can_edit {
                h2 #new-h { (page.t("admin-templates-new")) }
                p { (page.t("admin-templates-new-help")) }
                form.admin-form method="post" action="/admin/templates/new" aria-labelledby="new-h" {
                    (csrf(officer))
                    label for="new-title" { (page.t("admin-col-title")) }
                    input #new-title name="title" required maxlength="120";
                    label for="new-id" { (page.t("admin-templates-id")) }
                    input #new-id name="id" maxlength="40" pattern="[a-z][a-z0-9-]*" aria-describedby="new-id-help";
                    span.field-help #new-id-help { (page.t("admin-templates-id-help")) }
                    (settings_fields(page, "new", &SettingsValues {
                        languages: &own_lang,
                        default_language: page.lang,
                        audiences: &crate::domain::Audience::ALL,
                        areas: &[],
                    }))
                    div.nav { button.primary type="submit" { (page.t("admin-templates-new-button")) } }
                }
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
                    input #file type="file" name="file" accept=".xlsx,.zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip" required aria-describedby="file-help";
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
    pub audiences: &'a [crate::domain::Audience],
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
                a href=(crate::paths::template(p.saved.id, "diff")) { (page.t("admin-templates-diff")) } " · "
                a href="/admin/templates" { (page.t("admin-templates-title")) } }
            @if let Some(n) = p.notice { div.notice role="status" { p { (n) } } }
            nav.result-links aria-label=(page.t("admin-templates-languages")) {
                ul.links {
                    @for (l, done, total) in p.progress {
                        li {
                            @let label = format!("{} · {done}/{total}", lang_name(l));
                            @if l == p.lang { strong aria-current="page" lang=(l) { (label) } } @else { a href=(format!("{}/texts?language={l}", crate::paths::template_version(p.saved.id))) lang=(l) { (label) } }
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
            p { (page.t("admin-editor-preview")) ": "
                @for (i, a) in p.audiences.iter().enumerate() {
                    @if i > 0 { " · " }
                    a href=(format!("{}/preview?audience={}&language={}", crate::paths::template_version(p.saved.id), a.as_str(), p.lang)) { (page.t(&format!("admin-audience-{}", a.as_str()))) }
                }
            }
            form.admin-form.editor method="post" action=(format!("{}/texts?language={}", crate::paths::template_version(p.saved.id), p.lang)) {
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
            p { (saved.title) " (" code { (saved.template_id) } ") · " a href=(crate::paths::template(saved.id, "texts")) { (page.t("admin-templates-edit-texts")) } }
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

/// The structure editor of one version: its questions, each with buttons to
/// move or delete it and a form to change it, and a form to add one.
pub struct QuestionsPage<'a> {
    pub saved: &'a Saved,
    pub items: &'a [crate::domain::editor::Item],
    pub lists: &'a [String],
    /// Questions earlier in the list, for conditions: (id, its answers).
    pub problems: &'a [(String, String)],
    /// What was typed, shown again with the problems: (item id or "" for a new one, item).
    pub draft: Option<(&'a str, &'a crate::domain::editor::Item)>,
    pub audiences: &'a [crate::domain::Audience],
    /// Option ids that have a picture.
    pub pictured: &'a [String],
    /// Every question a condition may name, in order (a grid's statements too).
    pub answerable: &'a [String],
    /// Each question's words, in the officer's language where the template has it.
    pub labels: &'a std::collections::BTreeMap<String, String>,
}

const KINDS: [&str; 10] = ["single", "multiple", "scale", "text", "number", "area", "rank", "place", "note", "grid"];

fn item_form(
    page: &Page,
    officer: &Officer,
    p: &QuestionsPage,
    item: &crate::domain::editor::Item,
    new: bool,
) -> Markup {
    let f = |name: &str| if new { format!("new-{name}") } else { format!("{}-{name}", item.id) };
    let action = crate::paths::template(p.saved.id, "questions");
    html! {
        form.admin-form method="post" action=(action) {
            (csrf(officer))
            input type="hidden" name="action" value=(if new { "add" } else { "save" });
            @if new {
                label for=(f("id")) { (page.t("admin-editor-id")) }
                input id=(f("id")) name="id" value=(item.id) required maxlength="40" pattern="[a-z][a-z0-9-]{0,39}" aria-describedby=(f("id-help"));
                span.field-help id=(f("id-help")) { (page.t("admin-editor-id-help")) }
            } @else {
                input type="hidden" name="id" value=(item.id);
            }
            label for=(f("kind")) { (page.t("admin-editor-kind")) }
            select id=(f("kind")) name="kind" {
                @for k in KINDS { option value=(k) selected[item.kind == k] { (page.t(&format!("admin-editor-kind-{k}"))) } }
            }
            label for=(f("options")) { (page.t("admin-editor-options")) }
            textarea id=(f("options")) name="options" rows="3" aria-describedby=(f("options-help")) { (item.options.join("\n")) }
            span.field-help id=(f("options-help")) { (page.t("admin-editor-options-help")) }
            @if !p.lists.is_empty() {
                label for=(f("list")) { (page.t("admin-editor-list")) }
                select id=(f("list")) name="list" {
                    option value="" { "—" }
                    @for l in p.lists { option value=(l) selected[item.list.as_deref() == Some(l.as_str())] { (l) } }
                }
            }
            label for=(f("statements")) { (page.t("admin-editor-statements")) }
            textarea id=(f("statements")) name="statements" rows="2" { (item.statements.join("\n")) }
            fieldset {
                legend { (page.t("admin-field-audiences")) }
                @for a in p.audiences {
                    div.check {
                        input type="checkbox" id=(f(&format!("aud-{}", a.as_str()))) name="audiences" value=(a.as_str()) checked[item.audiences.contains(a)];
                        label for=(f(&format!("aud-{}", a.as_str()))) { (page.t(&format!("admin-audience-{}", a.as_str()))) }
                    }
                }
            }
            div.check {
                input type="checkbox" id=(f("required")) name="required" value="yes" checked[item.required];
                label for=(f("required")) { (page.t("admin-editor-required")) }
            }
            div.check {
                input type="checkbox" id=(f("new_page")) name="new_page" value="yes" checked[item.new_page];
                label for=(f("new_page")) { (page.t("admin-editor-new-page")) }
            }
            div.check {
                input type="checkbox" id=(f("validated_wording")) name="validated_wording" value="yes" checked[item.validated_wording];
                label for=(f("validated_wording")) { (page.t("admin-editor-validated-wording")) }
            }
            @let clauses = item.show_if.as_ref().map_or(&[][..], |c| c.clauses.as_slice());
            @if !clauses.is_empty() {
                label for=(f("join")) { (page.t("admin-editor-join")) }
                select id=(f("join")) name="join" {
                    option value="all" selected[item.show_if.as_ref().is_some_and(|c| c.join == crate::domain::Join::All)] { (page.t("admin-editor-join-all")) }
                    option value="any" selected[item.show_if.as_ref().is_some_and(|c| c.join == crate::domain::Join::Any)] { (page.t("admin-editor-join-any")) }
                }
            }
            @for n in 0..=clauses.len() {
                @let clause = clauses.get(n);
                // Each row sends `show_if` and `any_of`, paired in order; ids stay unique.
                @let (q_name, v_name) = if n == 0 { ("show_if".to_owned(), "any_of".to_owned()) } else { (format!("show_if_{n}"), format!("any_of_{n}")) };
                label for=(f(&q_name)) {
                    (page.t("admin-editor-show-if"))
                    @if n > 0 { " (" (n + 1) ")" }
                }
                select id=(f(&q_name)) name="show_if" {
                    option value="" { "—" }
                    @for other in p.answerable.iter().take_while(|o| **o != item.id && !(item.kind == "grid" && o.starts_with(&format!("{}-", item.id)))) {
                        option value=(other) selected[clause.is_some_and(|c| c.question == *other)] {
                            (format!("{other}: {}", p.labels.get(other).map_or("", String::as_str)))
                        }
                    }
                }
                label for=(f(&v_name)) {
                    (page.t("admin-editor-any-of"))
                    @if n > 0 { " (" (n + 1) ")" }
                }
                input id=(f(&v_name)) name="any_of" value=(clause.map(|c| c.any_of.join(" ")).unwrap_or_default());
            }
            label for=(f("min")) { (page.t("admin-editor-min")) }
            input id=(f("min")) name="min" inputmode="numeric" value=(item.min.map(|v| v.to_string()).unwrap_or_default());
            label for=(f("max")) { (page.t("admin-editor-max")) }
            input id=(f("max")) name="max" inputmode="numeric" value=(item.max.map(|v| v.to_string()).unwrap_or_default());
            label for=(f("exclusive")) { (page.t("admin-editor-exclusive")) }
            input id=(f("exclusive")) name="exclusive" value=(item.exclusive.join(" "));
            label for=(f("other")) { (page.t("admin-editor-other")) }
            input id=(f("other")) name="other" value=(item.other.clone().unwrap_or_default());
            label for=(f("indicator")) { (page.t("admin-editor-indicator")) }
            select id=(f("indicator")) name="indicator" {
                option value="" { "—" }
                @for i in crate::domain::indicators::bank() {
                    option value=(i.id) selected[item.indicator.as_deref() == Some(i.id.as_str())] { (super::super::network::name(page, i)) }
                }
            }
            div.nav { button.primary type="submit" { @if new { (page.t("admin-editor-add")) } @else { (page.t("admin-templates-save")) } } }
        }
    }
}

fn small_button(officer: &Officer, saved: &Saved, id: &str, action: &str, label: String) -> Markup {
    html! {
        form.inline method="post" action=(crate::paths::template(saved.id, "questions")) {
            (csrf(officer))
            input type="hidden" name="id" value=(id);
            input type="hidden" name="action" value=(action);
            button.secondary.small type="submit" { (label) }
        }
    }
}

pub fn questions(page: &Page, officer: &Officer, p: &QuestionsPage) -> Markup {
    let title = page.t_args("admin-editor-title", &crate::views::arg("template", p.saved.title.clone()));
    let can_edit = officer.user.role.can_edit();
    let blank = crate::domain::editor::Item {
        id: String::new(),
        kind: "single".into(),
        options: vec![],
        list: None,
        statements: vec![],
        audiences: p.audiences.to_vec(),
        required: false,
        new_page: false,
        show_if: None,
        min: None,
        max: None,
        max_length: None,
        exclusive: vec![],
        other: None,
        indicator: None,
        validated_wording: false,
    };
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("network-col-version")) " " (p.saved.version) " · "
                a href=(crate::paths::template(p.saved.id, "texts")) { (page.t("admin-templates-edit-texts")) } " · "
                a href=(crate::paths::template(p.saved.id, "settings")) { (page.t("admin-templates-settings")) } " · "
                a href=(crate::paths::template(p.saved.id, "diff")) { (page.t("admin-templates-diff")) } " · "
                a href="/admin/templates" { (page.t("admin-templates-title")) } }
            @if !p.problems.is_empty() {
                div.error-summary role="alert" {
                    p { (page.t_args("admin-templates-problems", &crate::views::arg("n", p.problems.len()))) }
                    ul.problems { @for (key, message) in p.problems { li { code { (key) } ": " span lang="en" { (message) } } } }
                }
            }
            nav.result-links aria-label=(page.t("admin-editor-preview")) {
                (page.t("admin-editor-preview")) ": "
                @for (i, a) in p.audiences.iter().enumerate() {
                    @if i > 0 { " · " }
                    a href=(format!("{}/preview?audience={}", crate::paths::template_version(p.saved.id), a.as_str())) { (page.t(&format!("admin-audience-{}", a.as_str()))) }
                }
            }
            ol.editor-items {
                @for (i, item) in p.items.iter().enumerate() {
                    li.card #(format!("q-{}", item.id)) {
                        h2 { (format!("{} · {}", item.id, page.t(&format!("admin-editor-kind-{}", item.kind)))) }
                        @if let Some(words) = p.labels.get(&item.id) { p { (words) } }
                        @if can_edit {
                            div.actions {
                                @if i > 0 { (small_button(officer, p.saved, &item.id, "up", page.t("admin-editor-up"))) " " }
                                @if i + 1 < p.items.len() { (small_button(officer, p.saved, &item.id, "down", page.t("admin-editor-down"))) " " }
                                (small_button(officer, p.saved, &item.id, "delete", page.t("admin-editor-delete")))
                            }
                            @let shown = p.draft.filter(|(id, _)| *id == item.id).map_or(item, |(_, d)| d);
                            details open[p.draft.is_some_and(|(id, _)| id == item.id)] {
                                summary { (page.t("admin-editor-edit")) }
                                (item_form(page, officer, p, shown, false))
                            }
                            @if matches!(item.kind.as_str(), "single" | "multiple") && item.audiences.contains(&crate::domain::Audience::Age5to8) {
                                details {
                                    summary { (page.t("admin-editor-pictures")) }
                                    p.field-help { (page.t("admin-editor-pictures-help")) }
                                    @for o in &item.options {
                                        form.admin-form method="post" action=(crate::paths::template(p.saved.id, "pictures")) enctype="multipart/form-data" {
                                            (csrf(officer))
                                            input type="hidden" name="option" value=(o);
                                            input type="hidden" name="question" value=(item.id);
                                            label for=(format!("pic-{}-{o}", item.id)) {
                                                code { (o) } " · "
                                                @if p.pictured.contains(o) { (page.t("admin-editor-picture-has")) } @else { (page.t("admin-editor-picture-none")) }
                                            }
                                            input type="file" id=(format!("pic-{}-{o}", item.id)) name="file" accept=".svg,.png,.jpg,.jpeg,.webp,image/svg+xml,image/png,image/jpeg,image/webp" required;
                                            div.nav { button.secondary type="submit" { (page.t("admin-editor-picture-upload")) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if can_edit {
                h2 #add-h { (page.t("admin-editor-add")) }
                @let shown = p.draft.filter(|(id, _)| id.is_empty()).map_or(&blank, |(_, d)| d);
                (item_form(page, officer, p, shown, true))
            }
        },
    )
}

/// What a template's settings form shows.
pub struct SettingsValues<'a> {
    pub languages: &'a [String],
    pub default_language: &'a str,
    pub audiences: &'a [crate::domain::Audience],
    pub areas: &'a [String],
}

/// Languages (of the interface), the language written first, audiences and areas.
fn settings_fields(page: &Page, prefix: &str, v: &SettingsValues) -> Markup {
    let id = |name: &str| format!("{prefix}-{name}");
    html! {
        fieldset {
            legend { (page.t("admin-field-languages")) }
            @for l in page.locales.languages() {
                div.check {
                    input type="checkbox" id=(id(&format!("lang-{l}"))) name="languages" value=(l) checked[v.languages.iter().any(|x| x == l)];
                    label for=(id(&format!("lang-{l}"))) lang=(l) { (page.locales.t(l, "language-name")) }
                }
            }
        }
        label for=(id("default")) { (page.t("admin-templates-default-language")) }
        select id=(id("default")) name="default_language" {
            @for l in page.locales.languages() {
                option value=(l) lang=(l) selected[l == v.default_language] { (page.locales.t(l, "language-name")) }
            }
        }
        fieldset {
            legend { (page.t("admin-field-audiences")) }
            @for a in crate::domain::Audience::ALL {
                div.check {
                    input type="checkbox" id=(id(&format!("aud-{}", a.as_str()))) name="audiences" value=(a.as_str()) checked[v.audiences.contains(&a)];
                    label for=(id(&format!("aud-{}", a.as_str()))) { (page.t(&format!("admin-audience-{}", a.as_str()))) }
                }
            }
        }
        label for=(id("areas")) { (page.t("admin-templates-areas")) }
        textarea id=(id("areas")) name="areas" rows="4" aria-describedby=(id("areas-help")) { (v.areas.join("\n")) }
        span.field-help id=(id("areas-help")) { (page.t("admin-templates-areas-help")) }
    }
}

/// A version's languages, audiences and areas: saving makes the next version.
pub fn settings(
    page: &Page,
    officer: &Officer,
    saved: &Saved,
    values: &SettingsValues,
    problems: &[(String, String)],
) -> Markup {
    let title = page.t_args("admin-templates-settings-title", &crate::views::arg("template", saved.title.clone()));
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("network-col-version")) " " (saved.version) " · "
                a href=(crate::paths::template(saved.id, "questions")) { (page.t("admin-editor-questions")) } " · "
                a href=(crate::paths::template(saved.id, "texts")) { (page.t("admin-templates-edit-texts")) } " · "
                a href="/admin/templates" { (page.t("admin-templates-title")) } }
            @if !problems.is_empty() {
                div.error-summary role="alert" {
                    p { (page.t_args("admin-templates-problems", &crate::views::arg("n", problems.len()))) }
                    ul.problems { @for (key, message) in problems { li { code { (key) } ": " span lang="en" { (message) } } } }
                }
            }
            p { (page.t("admin-templates-settings-help")) }
            @if officer.user.role.can_edit() {
                form.admin-form method="post" action=(crate::paths::template(saved.id, "settings")) {
                    (csrf(officer))
                    (settings_fields(page, "s", values))
                    div.nav { button.primary type="submit" { (page.t("admin-templates-save-settings")) } }
                }
            }
        },
    )
}

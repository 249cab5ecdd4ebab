//! The results dashboard, free texts, and publishing results to children.

use super::{admin_layout, csrf, scroll_table};
use crate::auth::Officer;
use crate::domain::results::{Filter, Report};
use crate::domain::{Consultation, State};
use crate::store::results::{FreeText, Update};
use crate::views::Page;
use crate::views::results::{Labels, audience_answers, figures};
use maud::{Markup, html};

/// The query string of a filter, for links that keep it.
pub fn filter_query(f: &Filter) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(a) = f.audience {
        pairs.push(("audience", a.as_str().to_owned()));
    }
    if let Some(l) = &f.language {
        pairs.push(("language", l.clone()));
    }
    if let Some(a) = &f.area {
        pairs.push(("area", a.clone()));
    }
    if let Some(c) = f.channel {
        pairs.push(("channel", c.to_string()));
    }
    serde_urlencoded::to_string(&pairs).unwrap_or_default()
}

fn select(page: &Page, id: &str, label_key: &str, current: Option<String>, options: Vec<(String, String)>) -> Markup {
    html! {
        div.filter {
            label for=(id) { (page.t(label_key)) }
            select #(id) name=(id) {
                option value="" selected[current.is_none()] { (page.t("results-filter-all")) }
                @for (value, name) in options {
                    option value=(value) selected[current.as_deref() == Some(value.as_str())] { (name) }
                }
            }
        }
    }
}

pub fn dashboard(page: &Page, officer: &Officer, labels: &Labels, report: &Report) -> Markup {
    let c = labels.consultation;
    let title = format!("{}: {}", page.t("results-dashboard"), c.title(labels.live, page.lang));
    let f = &report.filter;
    let k = report.k;
    let q = filter_query(f);
    let suffix = if q.is_empty() { String::new() } else { format!("?{q}") };
    let base = crate::paths::consultation(c.id);
    admin_layout(
        page,
        officer,
        &title,
        html! {
            p { a href=(base) { "← " (c.title(labels.live, page.lang)) } }
            h1 { (title) }
            @if !c.figures_final() {
                p.notice role="status" { (page.t("results-figures-later")) }
                @if let Some(n) = report.responses {
                    p { (page.t_args("admin-responses-total", &crate::views::arg("n", n))) }
                } @else {
                    p { (page.t_args("admin-responses-few", &crate::views::arg("k", k))) }
                }
            } @else {
            form.filters method="get" action=(format!("{base}/results")) {
                fieldset {
                    legend { (page.t("results-filters")) }
                    (select(page, "audience", "results-filter-audience", f.audience.map(|a| a.as_str().to_owned()),
                        c.audiences.iter().map(|a| (a.as_str().to_owned(), labels.audience(a.as_str()))).collect()))
                    (select(page, "language", "results-filter-language", f.language.clone(),
                        c.languages.iter().map(|l| (l.clone(), labels.language(l))).collect()))
                    @if !c.areas.is_empty() {
                        (select(page, "area", "results-filter-area", f.area.clone(),
                            c.areas.iter().map(|a| (a.id.clone(), labels.area(&a.id))).collect()))
                    }
                    @if !labels.channels.is_empty() {
                        (select(page, "channel", "results-filter-channel", f.channel.map(|c| c.to_string()),
                            labels.channels.iter().map(|(id, name)| (id.to_string(), name.clone())).collect()))
                    }
                    div.nav {
                        button.primary type="submit" { (page.t("results-filter-apply")) }
                        @if !f.is_empty() { a.button.secondary href=(format!("{base}/results")) { (page.t("results-filter-clear")) } }
                    }
                }
            }
            p.field-help { (page.t_args("admin-suppressed-note", &crate::views::arg("k", k))) " " (page.t("results-perturbed-note")) }
            nav.exports aria-label=(page.t("results-exports")) {
                h2 { (page.t("results-exports")) }
                ul.links {
                    li { a href=(format!("{base}/results.csv{suffix}")) { (page.t("results-export-csv")) } }
                    li { a href=(format!("{base}/results.json{suffix}")) { (page.t("results-export-json")) } }
                    @if labels.live.map.is_some() {
                        li { a href=(format!("{base}/results.geojson{suffix}")) { (page.t("results-export-geojson")) } }
                    }
                    @if officer.user.role != crate::domain::account::Role::Editor && matches!(c.state, State::Closed | State::Published) && c.responses_deleted_on.is_none() {
                        li { a href=(format!("{base}/responses.csv")) { (page.t("results-export-responses")) } }
                    } @else if c.responses_deleted_on.is_none() {
                        li { (page.t("results-export-responses-later")) }
                    }
                    li { a href=(format!("{base}/texts{suffix}")) { (page.t("results-free-texts")) } }
                }
            }
            @if report.too_few {
                p.notice role="status" { (page.t_args("results-too-few", &crate::views::arg("k", k))) }
            } @else {
                h2 { (page.t("admin-responses")) }
                p { @match report.responses {
                    Some(n) => (page.t_args("admin-responses-total", &crate::views::arg("n", n))),
                    None => (page.t("results-total-hidden")),
                } }
                div.breakdowns {
                    section { h3 { (page.t("results-by-audience")) } (figures(page, &page.t("results-by-audience"), &report.by_audience, |a| labels.audience(a), k)) }
                    section { h3 { (page.t("results-by-language")) } (figures(page, &page.t("results-by-language"), &report.by_language, |l| labels.language(l), k)) }
                    @if !c.areas.is_empty() {
                        section { h3 { (page.t("results-by-area")) } (figures(page, &page.t("results-by-area"), &report.by_area, |a| labels.area(a), k)) }
                    }
                    section { h3 { (page.t("results-by-channel")) } (figures(page, &page.t("results-by-channel"), &report.by_channel, |ch| labels.channel(ch), k)) }
                    section { h3 { (page.t("results-by-day")) } (figures(page, &page.t("results-by-day"), &report.by_day, str::to_owned, k)) }
                }
                h2 { (page.t("results-questions")) }
                @for qr in &report.questions {
                    section.question-results aria-labelledby=(format!("q-{}", qr.question)) {
                        h3 #(format!("q-{}", qr.question)) { code { (qr.question) } }
                        div.side-by-side {
                            @for a in &qr.audiences { (audience_answers(page, labels, qr, a, k)) }
                        }
                    }
                }
            }
            }
        },
    )
}

/// What the free-texts page shows.
pub struct TextsView<'a> {
    /// The consultation still takes answers: no text is listed yet.
    pub not_yet: bool,
    /// `Some(k)`: the consultation has fewer than k responses; nothing is listed.
    pub too_few: Option<u64>,
    /// Every audience has at least k responses: texts carry their audience, and
    /// the audience filter is offered. Otherwise neither (the threshold is given).
    pub by_audience: Result<(), u64>,
    pub audience: Option<crate::domain::Audience>,
    pub search: &'a str,
    /// Whether this is a later page (a link back to the first is offered).
    pub later_page: bool,
    pub texts: &'a [FreeText],
    /// The query string of the next page, if there is one.
    pub next: Option<String>,
}

pub fn texts(page: &Page, officer: &Officer, labels: &Labels, v: &TextsView) -> Markup {
    let c = labels.consultation;
    let title = format!("{}: {}", page.t("results-free-texts"), c.title(labels.live, page.lang));
    let base = crate::paths::consultation(c.id);
    let questions: Vec<&str> = {
        let mut q: Vec<&str> = v.texts.iter().map(|t| t.question.as_str()).collect();
        q.dedup();
        q
    };
    let first = {
        let mut pairs: Vec<(&str, String)> = vec![];
        if let Some(a) = v.audience {
            pairs.push(("audience", a.as_str().to_owned()));
        }
        if !v.search.is_empty() {
            pairs.push(("q", v.search.to_owned()));
        }
        let q = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        if q.is_empty() { format!("{base}/texts") } else { format!("{base}/texts?{q}") }
    };
    admin_layout(
        page,
        officer,
        &title,
        html! {
            p { a href=(format!("{base}/results")) { "← " (page.t("results-dashboard")) } }
            h1 { (title) }
            p.field-help { (page.t("results-free-texts-help")) }
            @if v.not_yet {
                p.notice role="status" { (page.t("results-figures-later")) }
            } @else if let Some(k) = v.too_few {
                p.notice role="status" { (page.t_args("results-too-few", &crate::views::arg("k", k))) }
            } @else {
                form.filters method="get" action=(format!("{base}/texts")) {
                    @if v.by_audience.is_ok() {
                        (select(page, "audience", "results-filter-audience", v.audience.map(|a| a.as_str().to_owned()),
                            c.audiences.iter().map(|a| (a.as_str().to_owned(), labels.audience(a.as_str()))).collect()))
                    }
                    div.filter {
                        label for="q" { (page.t("results-texts-search")) }
                        input #q type="search" name="q" value=(v.search) maxlength="100";
                    }
                    div.filter { button.secondary type="submit" { (page.t("results-filter-apply")) } }
                }
                @if let Err(k) = v.by_audience {
                    p.field-help { (page.t_args("results-texts-no-audience", &crate::views::arg("k", k))) }
                }
                @if v.texts.is_empty() {
                    p { (page.t("results-free-texts-none")) }
                }
            }
            @for question in questions {
                section {
                    h2 { code { (question) } }
                    ul.free-texts {
                        @for t in v.texts.iter().filter(|t| t.question == question) {
                            li.hidden-text[t.hidden] {
                                blockquote { (t.text) }
                                @if v.by_audience.is_ok() || t.hidden {
                                    span.field-help {
                                        @if v.by_audience.is_ok() { (labels.audience(&t.audience)) }
                                        @if v.by_audience.is_ok() && t.hidden { " · " }
                                        @if t.hidden { (page.t("results-text-hidden")) }
                                    }
                                }
                                @if officer.user.role.can_edit() {
                                    form.inline method="post" action=(format!("{base}/texts/{}", t.text_ref)) {
                                        (csrf(officer))
                                        input type="hidden" name="hidden" value=(if t.hidden { "no" } else { "yes" });
                                        button.secondary.small type="submit" {
                                            @if t.hidden { (page.t("results-text-show")) } @else { (page.t("results-text-hide")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if v.later_page || v.next.is_some() {
                nav.pages aria-label=(page.t("results-texts-pages")) {
                    @if v.later_page { a.button.secondary href=(first) { (page.t("results-texts-first")) } " " }
                    @if let Some(next) = &v.next { a.button.secondary href=(format!("{base}/texts?{next}")) { (page.t("results-texts-next")) } }
                }
            }
        },
    )
}

/// Publishing: the statement per language, when results are expected, dated
/// updates, and the publish button.
pub fn publication(page: &Page, officer: &Officer, c: &Consultation, labels: &Labels, updates: &[Update]) -> Markup {
    let title = format!("{}: {}", page.t("results-publication"), c.title(labels.live, page.lang));
    let base = crate::paths::consultation(c.id);
    let editor = officer.user.role.can_edit();
    admin_layout(
        page,
        officer,
        &title,
        html! {
            p { a href=(base) { "← " (c.title(labels.live, page.lang)) } }
            h1 { (title) }
            p.field-help { (page.t("results-publication-help")) }
            p { a href=(crate::paths::public_results(&c.slug, page.lang)) { (page.t("results-public-link")) } }
            @if editor {
                div.actions {
                    @match c.state {
                        State::Closed => {
                            form.inline method="post" action=(format!("{base}/state")) {
                                (csrf(officer)) input type="hidden" name="to" value="published";
                                button.primary type="submit" { (page.t("results-publish")) }
                            }
                        }
                        State::Published => {
                            p { strong { (page.t("state-published")) } }
                            form.inline method="post" action=(format!("{base}/state")) {
                                (csrf(officer)) input type="hidden" name="to" value="closed";
                                button.secondary type="submit" { (page.t("results-unpublish")) }
                            }
                        }
                        _ => { p { (page.t("results-publish-after-close")) } }
                    }
                }
                form.admin-form method="post" action=(format!("{base}/publication")) {
                    (csrf(officer))
                    @for l in &c.languages {
                        @let id = format!("statement-{l}");
                        label for=(id) { (page.t("results-statement")) " · " (labels.language(l)) }
                        textarea #(id) name=(id) rows="6" maxlength="5000" lang=(l) dir=(crate::i18n::direction(l)) {
                            (c.statements.get(l).map(String::as_str).unwrap_or(""))
                        }
                    }
                    label for="expected" { (page.t("results-expected-on")) }
                    input #expected type="date" name="expected" value=(c.results_expected_on.map(|d| d.to_string()).unwrap_or_default());
                    div.nav { button.primary type="submit" { (page.t("admin-save")) } }
                }
                h2 { (page.t("results-updates")) }
                form.admin-form method="post" action=(format!("{base}/updates")) {
                    (csrf(officer))
                    label for="happened" { (page.t("results-update-date")) }
                    input #happened type="date" name="happened" required;
                    @for l in &c.languages {
                        @let id = format!("update-{l}");
                        label for=(id) { (page.t("results-update-text")) " · " (labels.language(l)) }
                        textarea #(id) name=(id) rows="2" maxlength="1000" lang=(l) dir=(crate::i18n::direction(l)) {}
                    }
                    div.nav { button.primary type="submit" { (page.t("results-update-add")) } }
                }
            }
            @if !updates.is_empty() {
                (scroll_table(&page.t("results-updates"), html! { table {
                    thead { tr { th scope="col" { (page.t("results-update-date")) } th scope="col" { (page.t("results-update-text")) } th {} } }
                    tbody {
                        @for u in updates {
                            tr {
                                td { (u.happened_on.to_string()) }
                                td { @for (l, t) in &u.texts { span lang=(l) { (t) } br; } }
                                td {
                                    @if editor {
                                        form.inline method="post" action=(format!("{base}/updates/{}/delete", u.id)) {
                                            (csrf(officer))
                                            button.secondary.small type="submit" { (page.t("results-update-delete")) }
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

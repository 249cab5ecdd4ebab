//! Consultation pages of the administration.

use super::{admin_layout, csrf, field_error, scroll_table};
use crate::auth::Officer;
use crate::domain::disclosure::{Cell, Count, publish};
use crate::domain::results::Report;
use crate::domain::setup::FieldErrors;
use crate::domain::template::LiveSurvey;
use crate::domain::{Consultation, State};
use crate::store::channels::Channel;
use crate::views::Page;
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The state people should read: an open consultation before its opening date
/// is "opens later", after its closing date "closing date passed".
pub fn state_key(c: &Consultation, today: NaiveDate) -> &'static str {
    match c.state {
        State::Open if c.opens_on.is_some_and(|d| today < d) => "state-scheduled",
        State::Open if c.closes_on.is_some_and(|d| d < today) => "state-ended",
        State::Open => "state-open",
        State::Draft => "state-draft",
        State::Closed => "state-closed",
        State::Published => "state-published",
    }
}

fn dates(page: &Page, c: &Consultation) -> String {
    if c.opens_on.is_none() && c.closes_on.is_none() {
        return page.t("admin-no-date");
    }
    let show = |d: Option<NaiveDate>| d.map_or_else(|| page.t("admin-no-date"), |d| d.to_string());
    let mut args = FluentArgs::new();
    args.set("from", show(c.opens_on));
    args.set("to", show(c.closes_on));
    page.t_args("admin-date-range", &args)
}

pub fn index(page: &Page, officer: &Officer, rows: &[(Consultation, Arc<LiveSurvey>, Count)]) -> Markup {
    let title = page.t("admin-consultations-title");
    let today = chrono::Utc::now().date_naive();
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            @if officer.user.role.can_edit() {
                p { a.button.primary href="/admin/consultations/new" { (page.t("admin-new-consultation")) } }
            }
            @if rows.is_empty() {
                p { (page.t("admin-none-yet")) }
            } @else {
                (scroll_table(&page.t("admin-consultations-title"), html! { table {
                    thead { tr {
                        th { (page.t("admin-col-title")) } th { (page.t("admin-col-state")) }
                        th { (page.t("admin-col-responses")) } th { (page.t("admin-col-dates")) }
                    } }
                    tbody {
                        @for (c, live, n) in rows {
                            tr {
                                td { a href=(crate::paths::consultation(c.id)) { (c.title(live, page.lang)) } br; small { "/s/" (c.slug) } }
                                td { (page.t(state_key(c, today))) }
                                td.num { (figure(page, publish(*n, c.k()))) }
                                td { (dates(page, c)) }
                            }
                        }
                    }
                } }))
            }
        },
    )
}

pub fn templates(page: &Page, officer: &Officer, library: &[Arc<LiveSurvey>]) -> Markup {
    let title = page.t("admin-pick-template");
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            ul.list {
                @for t in library {
                    @let s = t.survey();
                    @let lang = if s.languages.iter().any(|l| l == page.lang) { page.lang } else { s.default_language.as_str() };
                    @let args = crate::views::arg("n", s.questions.len());
                    li.card {
                        h2 { (t.texts.text(lang, "title", None)) }
                        p { (t.texts.text(lang, "intro", None)) }
                        p { (page.t_args("admin-template-questions", &args)) " · "
                            (page.t("admin-template-languages")) ": " (s.languages.join(", ")) " · "
                            (page.t("admin-template-audiences")) ": "
                            @for (i, a) in s.audiences.iter().enumerate() { @if i > 0 { ", " } (page.t(&format!("admin-audience-{}", a.as_str()))) }
                        }
                        p {
                            a.button.primary href=(format!("/admin/consultations/new?template={}", s.id)) { (page.t("admin-use-template")) }
                            " "
                            a href=(crate::paths::template(&s.id, "xlsform.xlsx")) { (page.t("admin-template-xlsform")) } " · "
                            a href=(crate::paths::template(&s.id, "folder.zip")) { (page.t("admin-template-folder")) }
                        }
                    }
                }
            }
        },
    )
}

/// The settings form as typed, to show again with its errors.
#[derive(Clone, Debug, Default)]
pub struct SettingsDraft {
    pub template: String,
    pub slug: String,
    pub titles: BTreeMap<String, String>,
    pub languages: Vec<String>,
    pub audiences: Vec<String>,
    pub areas: String,
    pub opens_on: String,
    pub closes_on: String,
    pub k: String,
    pub help: BTreeMap<String, String>,
    pub requires_code: bool,
    pub retention: String,
    pub area_set: String,
    pub grid_shape: String,
    pub grid_metres: String,
    /// Area sets the organisation may choose: (id, "title (version n)").
    pub set_choices: Vec<(i32, String)>,
}

impl SettingsDraft {
    pub fn from_template(live: &LiveSurvey, slug: String) -> Self {
        let s = live.survey();
        SettingsDraft {
            template: s.id.clone(),
            slug,
            titles: s.languages.iter().map(|l| (l.clone(), live.texts.text(l, "title", None))).collect(),
            languages: s.languages.clone(),
            audiences: s.audiences.iter().map(|a| a.as_str().to_owned()).collect(),
            areas: s
                .areas
                .iter()
                .map(|a| live.texts.text(&s.default_language, &format!("area-{a}"), None))
                .collect::<Vec<_>>()
                .join("\n"),
            k: crate::domain::consultation::DEFAULT_K.to_string(),
            retention: "12".into(),
            grid_shape: "hex".into(),
            grid_metres: crate::domain::map::DEFAULT_CELL_M.to_string(),
            ..Default::default()
        }
    }

    pub fn from_consultation(c: &Consultation, live: &LiveSurvey) -> Self {
        SettingsDraft {
            template: c.template_id.clone(),
            slug: c.slug.clone(),
            titles: live.survey().languages.iter().map(|l| (l.clone(), c.title(live, l))).collect(),
            languages: c.languages.clone(),
            audiences: c.audiences.iter().map(|a| a.as_str().to_owned()).collect(),
            areas: c.areas.iter().map(|a| c.area_name(live, &a.id, &c.default_language)).collect::<Vec<_>>().join("\n"),
            opens_on: c.opens_on.map(|d| d.to_string()).unwrap_or_default(),
            closes_on: c.closes_on.map(|d| d.to_string()).unwrap_or_default(),
            k: c.k_threshold.to_string(),
            help: c.help_text.clone(),
            requires_code: c.requires_code,
            retention: c.retention_months.to_string(),
            area_set: c.area_set_id.map(|i| i.to_string()).unwrap_or_default(),
            grid_shape: c.grid_shape.as_str().to_owned(),
            grid_metres: c.grid_metres.to_string(),
            set_choices: vec![],
        }
    }

    pub fn from_fields(fields: &[(String, String)], live: &LiveSurvey) -> Self {
        let one = |n: &str| fields.iter().find(|(k, _)| k == n).map_or(String::new(), |(_, v)| v.clone());
        let many = |n: &str| fields.iter().filter(|(k, _)| k == n).map(|(_, v)| v.clone()).collect();
        let per_lang =
            |prefix: &str| live.survey().languages.iter().map(|l| (l.clone(), one(&format!("{prefix}.{l}")))).collect();
        SettingsDraft {
            template: live.survey().id.clone(),
            slug: one("slug"),
            titles: per_lang("title"),
            languages: many("languages"),
            audiences: many("audiences"),
            areas: one("areas"),
            opens_on: one("opens_on"),
            closes_on: one("closes_on"),
            k: one("k"),
            help: per_lang("help"),
            requires_code: one("requires_code") == "yes",
            retention: one("retention"),
            area_set: one("area_set"),
            grid_shape: one("grid_shape"),
            grid_metres: one("grid_metres"),
            set_choices: vec![],
        }
    }

    /// The fields that cannot change after launch, as form fields.
    pub fn locked_fields(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("slug".to_owned(), self.slug.clone()),
            ("areas".to_owned(), self.areas.clone()),
            ("area_set".to_owned(), self.area_set.clone()),
            ("grid_shape".to_owned(), self.grid_shape.clone()),
            ("grid_metres".to_owned(), self.grid_metres.clone()),
        ];
        out.extend(self.languages.iter().map(|l| ("languages".to_owned(), l.clone())));
        out.extend(self.audiences.iter().map(|a| ("audiences".to_owned(), a.clone())));
        if self.requires_code {
            out.push(("requires_code".to_owned(), "yes".to_owned()));
        }
        out
    }
}

pub fn settings_form(
    page: &Page,
    officer: &Officer,
    live: &LiveSurvey,
    existing: Option<&Consultation>,
    d: &SettingsDraft,
    errors: &FieldErrors,
) -> Markup {
    let s = live.survey();
    let locked = existing.is_some_and(|c| c.state != State::Draft);
    let err = |name: &str| errors.get(name).copied();
    let title = match existing {
        Some(c) => format!("{}: {}", page.t("admin-settings-title"), c.title(live, page.lang)),
        None => page.t("admin-new-consultation"),
    };
    let action =
        existing.map_or_else(|| "/admin/consultations".to_owned(), |c| crate::paths::consultation_page(c.id, "edit"));
    let lang_arg = |l: &str| {
        let mut args = FluentArgs::new();
        args.set("language", page.locales.t(l, "language-name"));
        args
    };
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            @if !errors.is_empty() { p.error-summary role="alert" { (page.t("admin-errors")) } }
            @if locked { p.notice { (page.t("admin-locked-after-launch")) } }
            form.admin-form method="post" action=(action) {
                (csrf(officer))
                input type="hidden" name="template" value=(d.template);
                @for l in &s.languages {
                    @let name = format!("title.{l}");
                    label for=(name) { (page.t_args("admin-field-title", &lang_arg(l))) }
                    input id=(name) name=(name) lang=(l) dir=(crate::i18n::direction(l)) value=(d.titles.get(l).cloned().unwrap_or_default()) maxlength="120";
                    (field_error(page, &format!("{name}-error"), err(&name)))
                }
                label for="slug" { (page.t("admin-field-slug")) }
                input #slug name="slug" value=(d.slug) disabled[locked] pattern="[a-z][a-z0-9-]{2,39}" aria-describedby="slug-help";
                span.field-help #slug-help { (page.t("admin-field-slug-help")) }
                (field_error(page, "slug-error", err("slug")))
                fieldset {
                    legend { (page.t("admin-field-languages")) }
                    @for l in &s.languages {
                        label.check { input type="checkbox" name="languages" value=(l) checked[d.languages.contains(l)] disabled[locked]; " " (page.locales.t(l, "language-name")) }
                    }
                    (field_error(page, "languages-error", err("languages")))
                }
                fieldset {
                    legend { (page.t("admin-field-audiences")) }
                    @for a in &s.audiences {
                        label.check { input type="checkbox" name="audiences" value=(a.as_str()) checked[d.audiences.iter().any(|x| x == a.as_str())] disabled[locked]; " " (page.t(&format!("admin-audience-{}", a.as_str()))) }
                    }
                    (field_error(page, "audiences-error", err("audiences")))
                }
                label for="areas" { (page.t("admin-field-areas")) }
                textarea #areas name="areas" rows="6" disabled[locked] aria-describedby="areas-help" { (d.areas) }
                span.field-help #areas-help { (page.t("admin-field-areas-help")) }
                (field_error(page, "areas-error", err("areas")))
                label for="area_set" { (page.t("admin-field-area-set")) }
                select #area_set name="area_set" disabled[locked] aria-describedby="area-set-help" {
                    option value="" selected[d.area_set.is_empty()] { (page.t("admin-field-area-set-none")) }
                    @for (id, label) in &d.set_choices {
                        option value=(id) selected[d.area_set == id.to_string()] { (label) }
                    }
                }
                span.field-help #area-set-help {
                    (page.t("admin-field-area-set-help")) " "
                    a href="/admin/areas" { (page.t("admin-areas-title")) }
                }
                (field_error(page, "area-set-error", err("area_set")))
                fieldset {
                    legend { (page.t("admin-field-grid")) }
                    @for shape in ["hex", "square"] {
                        label.check { input type="radio" name="grid_shape" value=(shape) checked[d.grid_shape == shape || (d.grid_shape.is_empty() && shape == "hex")] disabled[locked]; " " (page.t(&format!("admin-field-grid-{shape}"))) }
                    }
                    label for="grid_metres" { (page.t("admin-field-grid-metres")) }
                    input #grid_metres type="number" name="grid_metres" min="100" max="5000" step="10" value=(d.grid_metres) disabled[locked] aria-describedby="grid-help";
                    span.field-help #grid-help { (page.t("admin-field-grid-help")) }
                    (field_error(page, "grid-error", err("grid_metres")))
                }
                label for="opens_on" { (page.t("admin-field-opens")) }
                input #opens_on type="date" name="opens_on" value=(d.opens_on) aria-describedby="dates-help";
                (field_error(page, "opens-error", err("opens_on")))
                label for="closes_on" { (page.t("admin-field-closes")) }
                input #closes_on type="date" name="closes_on" value=(d.closes_on) aria-describedby="dates-help";
                span.field-help #dates-help { (page.t("admin-field-dates-help")) }
                (field_error(page, "closes-error", err("closes_on")))
                label.check {
                input type="checkbox" name="requires_code" value="yes" checked[d.requires_code] disabled[locked] aria-describedby="code-help";
                " " (page.t("admin-field-requires-code"))
            }
            span.field-help #code-help { (page.t("admin-field-requires-code-help")) }
            label for="k" { (page.t("admin-field-k")) }
                input #k type="number" name="k" min="3" max="1000" value=(d.k) aria-describedby="k-help";
                span.field-help #k-help { (page.t("admin-field-k-help")) }
                (field_error(page, "k-error", err("k")))
                label for="retention" { (page.t("admin-field-retention")) }
                input #retention type="number" name="retention" min="0" max="120" value=(d.retention) aria-describedby="retention-help";
                span.field-help #retention-help { (page.t("admin-field-retention-help")) }
                (field_error(page, "retention-error", err("retention")))
                @for l in &s.languages {
                    @let name = format!("help.{l}");
                    label for=(name) { (page.t_args("admin-field-help", &lang_arg(l))) }
                    textarea id=(name) name=(name) rows="3" lang=(l) dir=(crate::i18n::direction(l)) aria-describedby="help-help" { (d.help.get(l).cloned().unwrap_or_default()) }
                    (field_error(page, &format!("{name}-error"), err(&name)))
                }
                span.field-help #help-help { (page.t("admin-field-help-help")) }
                div.nav {
                    button.primary type="submit" { (page.t(if existing.is_some() { "admin-save" } else { "admin-save-draft" })) }
                    a.secondary href=(existing.map_or_else(|| "/admin".to_owned(), |c| crate::paths::consultation(c.id))) { (page.t("admin-cancel")) }
                }
            }
        },
    )
}

/// What the consultation page shows.
pub struct Detail<'a> {
    pub consultation: &'a Consultation,
    pub live: &'a LiveSurvey,
    pub channels: &'a [Channel],
    /// The unfiltered results: the consultation page shows the dashboard's figures.
    pub report: &'a Report,
    pub public_url: &'a str,
    pub channel_error: Option<&'static str>,
    /// (channel id, codes, of which used) when the consultation uses codes.
    pub codes: &'a [(i32, u64, Count)],
    /// Networks the organisation has joined, and whether this consultation is shared with each.
    pub networks: &'a [(crate::store::networks::Network, bool)],
}

fn state_button(officer: &Officer, c: &Consultation, to: &str, label: String) -> Markup {
    html! {
        form.inline method="post" action=(crate::paths::consultation_page(c.id, "state")) {
            (csrf(officer))
            input type="hidden" name="to" value=(to);
            button.primary type="submit" { (label) }
        }
    }
}

/// A count as published: the number, or a dash explained to screen readers.
fn figure(page: &Page, cell: Cell) -> Markup {
    match cell {
        Cell::Shown(n) => html! { (n) },
        Cell::Hidden => html! { span aria-hidden="true" { "—" } span.visually-hidden { (page.t("admin-suppressed")) } },
    }
}

fn codes_args(total: u64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("total", total);
    args
}

/// A row of a published table as a figure.
fn row_figure(page: &Page, table: &crate::domain::results::Table, key: &str) -> Markup {
    figure(page, table.row(key).and_then(|r| r.count).map_or(Cell::Hidden, Cell::Shown))
}

/// A sheet of cut-out cards, one per unused code, each with a QR code carrying it.
pub fn code_cards(page: &Page, title: &str, short_url: &str, cards: &[(String, String)]) -> Markup {
    crate::views::layout::layout(
        page,
        title,
        html! {
            div.cards {
                @for (code, svg) in cards {
                    div.card-cut {
                        p.card-title { (title) }
                        div.card-qr aria-hidden="true" { (maud::PreEscaped(svg)) }
                        p { (page.t("code-label")) ": " strong.card-code { bdi { (code) } } }
                        p.card-url { (page.t("codes-card-scan")) " " bdi { (short_url) } }
                    }
                }
            }
        },
    )
}

pub fn detail(page: &Page, officer: &Officer, d: &Detail) -> Markup {
    let c = d.consultation;
    let title = c.title(d.live, page.lang);
    let today = chrono::Utc::now().date_naive();
    let link = format!("{}/s/{}", d.public_url, c.slug);
    let k = c.k();
    let r = d.report;
    // Closed or published: the used codes may be counted (never while children answer).
    let codes_final = matches!(c.state, State::Closed | State::Published);
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { strong { (page.t(state_key(c, today))) } " · " (dates(page, c)) }
            @if let Some(from) = &c.copied_from {
                p.field-help { (page.t_args("network-copied-from", &crate::views::arg("source", from.clone()))) }
            }
            @if officer.user.role.can_edit() {
                div.actions {
                    @match c.state {
                        State::Draft => { (state_button(officer, c, "open", page.t("admin-launch"))) }
                        State::Open => { (state_button(officer, c, "closed", page.t("admin-close"))) }
                        State::Closed => { (state_button(officer, c, "open", page.t("admin-reopen"))) }
                        State::Published => {}
                    }
                    a.button.secondary href=(crate::paths::consultation_page(c.id, "edit")) { (page.t("admin-edit")) }
                }
                @if c.state == State::Draft { p.field-help { (page.t("admin-launch-help")) } }
            }
            @if c.state == State::Draft {
                h2 { (page.t("admin-preview")) }
                p.field-help { (page.t("admin-preview-help")) }
                ul.links {
                    @for a in &c.audiences { @for l in &c.languages {
                        li { a href=(format!("{}/{}?lang={l}", crate::paths::respondent(&c.slug), a.as_str())) { (page.t(&format!("admin-audience-{}", a.as_str()))) " · " (page.locales.t(l, "language-name")) } }
                    } }
                }
            }
            @if c.state != State::Draft {
                nav.result-links aria-label=(page.t("results-dashboard")) {
                    a.button.primary href=(crate::paths::consultation_page(c.id, "results")) { (page.t("results-dashboard")) }
                    " "
                    a.button.secondary href=(crate::paths::consultation_page(c.id, "publication")) { (page.t("results-publication")) }
                }
            }
            (crate::views::network::sharing(page, officer, c.id, d.networks))
            h2 { (page.t("admin-links")) }
            p { (page.t("admin-public-link")) ": " a href=(link) { (link) } }
            ul.links {
                li { a href=(crate::paths::respondent(&c.slug) + "/qr.svg") { (page.t("admin-qr-svg")) } }
                li { a href=(crate::paths::respondent(&c.slug) + "/qr.png?size=1024") { (page.t("admin-qr-png")) } }
                @for l in &c.languages {
                    @let args = crate::views::arg("language", page.locales.t(l, "language-name"));
                    li { a href=(format!("{}/poster?lang={l}", crate::paths::respondent(&c.slug))) { (page.t_args("admin-poster", &args)) } }
                }
            }
            h2 { (page.t("admin-responses")) }
            @match r.responses {
                Some(n) => p { (page.t_args("admin-responses-total", &crate::views::arg("n", n))) },
                None => p { (page.t_args("admin-responses-few", &crate::views::arg("k", k))) },
            }
            @if !c.figures_final() {
                p.field-help { (page.t("results-figures-later")) }
            } @else {
            (scroll_table(&page.t("admin-responses"), html! { table {
                tbody {
                    @for a in &c.audiences {
                        tr {
                            th scope="row" { (page.t(&format!("admin-audience-{}", a.as_str()))) }
                            td.num { (row_figure(page, &r.by_audience, a.as_str())) }
                        }
                    }
                }
            } }))
            }
            p.field-help { (page.t_args("admin-suppressed-note", &crate::views::arg("k", k))) }
            p.field-help { (page.t("results-perturbed-note")) }
            h2 #channels { (page.t("admin-channels")) }
            p.field-help { (page.t("admin-channels-help")) }
            @if d.channels.is_empty() {
                p { (page.t("admin-channel-none")) }
            } @else {
                (scroll_table(&page.t("admin-channels"), html! { table {
                    thead { tr { th { (page.t("admin-channel-name")) } th { (page.t("admin-channel-code")) } th { (page.t("admin-links")) } th { (page.t("admin-col-responses")) } } }
                    tbody {
                        @for ch in d.channels {
                            tr {
                                td { (ch.name) }
                                td { code { (ch.code) } }
                                td {
                                    a href=(format!("{}/c/{}", d.public_url, ch.code)) { (d.public_url) "/c/" (ch.code) } br;
                                    a href=(crate::paths::channel(&ch.code) + "/qr.svg") { "SVG" } " · "
                                    a href=(crate::paths::channel(&ch.code) + "/qr.png?size=1024") { "PNG" } " · "
                                    a href=(format!("{}/poster?lang={}", crate::paths::channel(&ch.code), page.lang)) { (page.t_args("admin-poster", &crate::views::arg("language", page.locales.t(page.lang, "language-name")))) }
                                }
                                td.num {
                                    @if c.figures_final() { (row_figure(page, &r.by_channel, &ch.id.to_string())) } @else { "…" }
                                }
                            }
                            @if c.requires_code && officer.user.role.can_edit() {
                                @let (total, used) = d.codes.iter().find(|(id, _, _)| *id == ch.id).map_or((0, Count::default()), |(_, t, u)| (*t, *u));
                                tr.codes {
                                    td colspan="4" {
                                        (page.t("admin-codes")) ": " (page.t_args("admin-codes-count", &codes_args(total))) " · "
                                        @if codes_final {
                                            (page.t("admin-codes-used")) ": " (figure(page, publish(used, k))) " · "
                                        }
                                        a href=(format!("{}/channels/{}/codes", crate::paths::consultation(c.id), ch.id)) { (page.t("admin-codes-print")) }
                                        form.inline method="post" action=(format!("{}/channels/{}/codes", crate::paths::consultation(c.id), ch.id)) {
                                            (csrf(officer))
                                            " "
                                            label for=(format!("count-{}", ch.id)) { (page.t("admin-codes-how-many")) }
                                            " "
                                            input.count id=(format!("count-{}", ch.id)) type="number" name="count" min="1" max="200" value="30";
                                            " "
                                            button.secondary.small type="submit" { (page.t("admin-codes-generate")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                } }))
            }
            @if officer.user.role.can_edit() {
                form.admin-form method="post" action=(crate::paths::consultation_page(c.id, "channels")) {
                    (csrf(officer))
                    label for="channel-name" { (page.t("admin-channel-name")) }
                    input #channel-name name="name" maxlength="100" required;
                    (field_error(page, "channel-error", d.channel_error))
                    div.nav { button.primary type="submit" { (page.t("admin-channel-add")) } }
                }
            }
        },
    )
}

//! Networks of cities: the member's list of networks, the network dashboard
//! of indicators (server-drawn charts beside their tables), the network's
//! template library, and the public network page.

use super::Page;
use super::admin::{admin_layout, csrf, field_error, scroll_table};
use super::layout::layout;
use crate::auth::Officer;
use crate::domain::Audience;
use crate::domain::indicators::{Indicator, Missing, Point};
use crate::store::networks::{LibraryTemplate, Member, Network};
use chrono::NaiveDate;
use maud::{Markup, html};

/// The Okabe-Ito palette (distinguishable with colour-blindness), and a
/// marker shape per series so colour is never the only difference.
const COLOURS: [&str; 7] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"];

fn marker(i: usize, x: f64, y: f64, colour: &str) -> Markup {
    match i % 3 {
        0 => html! { circle cx=(fmt(x)) cy=(fmt(y)) r="5" fill=(colour) {} },
        1 => html! { rect x=(fmt(x - 5.0)) y=(fmt(y - 5.0)) width="10" height="10" fill=(colour) {} },
        _ => {
            html! { path d=(format!("M{} {}L{} {}L{} {}Z", fmt(x), fmt(y - 6.0), fmt(x + 6.0), fmt(y + 5.0), fmt(x - 6.0), fmt(y + 5.0))) fill=(colour) {} }
        }
    }
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// A share (0-1) as a percentage with one decimal.
pub fn pct(v: f64) -> String {
    format!("{:.1}%", v * 100.0)
}

/// The indicator's name in the page's language.
pub fn name(page: &Page, i: &Indicator) -> String {
    page.t(&i.message_id())
}

pub fn definition(page: &Page, i: &Indicator) -> String {
    page.t(&format!("{}-definition", i.message_id()))
}

fn missing(page: &Page, m: Option<Missing>, k: u64) -> String {
    match m {
        Some(Missing::NoAnswers) => page.t("network-no-answers"),
        _ => super::results::fewer(page, k),
    }
}

/// The networks of the officer's organisation, and the one it runs, if any.
pub fn index(
    page: &Page,
    officer: &Officer,
    memberships: &[(Network, Option<NaiveDate>)],
    hosted: Option<&Network>,
) -> Markup {
    let title = page.t("network-title");
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("network-help")) }
            @if let Some(n) = hosted {
                h2 { (page.t("network-hosted")) }
                p { a href=(crate::paths::network(&n.slug)) { (n.name) } }
            }
            h2 { (page.t("network-memberships")) }
            @if memberships.is_empty() {
                p { (page.t("network-memberships-none")) }
            } @else {
                ul.links {
                    @for (n, accepted) in memberships {
                        li {
                            @match accepted {
                                Some(d) => {
                                    (n.name) " · " (page.t_args("network-member-since", &super::arg("date", d.to_string()))) " · "
                                    a href=(crate::paths::network_page(&n.slug, "library")) { (page.t("network-library")) } " · "
                                    a href=(crate::paths::public_network_base(&n.slug)) { (page.t("network-public-page")) }
                                }
                                None => {
                                    (page.t_args("network-invited", &super::arg("network", n.name.clone())))
                                    @if officer.user.role.can_manage_people() {
                                        " "
                                        form.inline method="post" action=(crate::paths::network_page(&n.slug, "accept")) {
                                            (csrf(officer))
                                            button.primary.small type="submit" { (page.t("network-accept")) }
                                        }
                                    } @else {
                                        " " (page.t("network-accept-owner"))
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

/// What the network dashboard shows.
pub struct Dashboard<'a> {
    pub network: &'a Network,
    pub members: &'a [Member],
    pub points: &'a [Point],
    /// The indicator and audience chosen for the charts.
    pub indicator: Option<&'static Indicator>,
    pub audience: Option<Audience>,
    pub can_invite: bool,
    pub invite_error: Option<&'static str>,
}

pub fn dashboard(page: &Page, officer: &Officer, d: &Dashboard) -> Markup {
    let n = d.network;
    let title = n.name.clone();
    let chosen: Vec<&Point> = d
        .points
        .iter()
        .filter(|p| Some(p.indicator.as_str()) == d.indicator.map(|i| i.id.as_str()) && Some(p.audience) == d.audience)
        .collect();
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("network-dashboard-help")) }
            nav.result-links aria-label=(page.t("network-links")) {
                a href=(crate::paths::network_page(&n.slug, "library")) { (page.t("network-library")) } " · "
                a href=(crate::paths::public_network_base(&n.slug)) { (page.t("network-public-page")) } " · "
                a href=(crate::paths::network_page(&n.slug, "indicators.csv")) { (page.t("network-download-csv")) } " · "
                a href=(crate::paths::network_page(&n.slug, "indicators.json")) { (page.t("network-download-json")) } " · "
                a href=(crate::paths::public_network_base(&n.slug) + "/datapackage.json") { (page.t("network-download-package")) }
            }
            h2 #indicators { (page.t("network-indicators")) }
            form.filters method="get" action=(crate::paths::network(&n.slug)) {
                label for="indicator" { (page.t("network-indicator")) }
                select #indicator name="indicator" {
                    @for i in crate::domain::indicators::bank() {
                        option value=(i.id) selected[d.indicator.is_some_and(|x| x.id == i.id)] { (name(page, i)) }
                    }
                }
                label for="audience" { (page.t("results-filter-audience")) }
                select #audience name="audience" {
                    @for a in Audience::ALL {
                        option value=(a.as_str()) selected[d.audience == Some(a)] { (page.t(&format!("admin-audience-{}", a.as_str()))) }
                    }
                }
                button.secondary type="submit" { (page.t("network-show")) }
            }
            @if let (Some(i), Some(a)) = (d.indicator, d.audience) {
                h3 { (name(page, i)) " · " (page.t(&format!("admin-audience-{}", a.as_str()))) }
                p { (definition(page, i)) }
                @if chosen.is_empty() {
                    p { (page.t("network-no-values")) }
                } @else {
                    h4 { (page.t("network-trend")) }
                    (trend_chart(&chosen))
                    (legend(&chosen))
                    h4 { (page.t("network-latest")) }
                    (side_by_side(page, &chosen))
                    (values_table(page, &page.t("network-values"), &chosen))
                }
            }
            p.field-help { (page.t("network-method")) }
            p.field-help { (page.t("results-perturbed-note")) }
            h2 #members { (page.t("network-members")) }
            @if d.members.is_empty() {
                p { (page.t("network-members-none")) }
            } @else {
                (scroll_table(&page.t("network-members"), html! { table {
                    thead { tr { th scope="col" { (page.t("network-col-member")) } th scope="col" { (page.t("network-col-invited")) } th scope="col" { (page.t("network-col-joined")) } } }
                    tbody {
                        @for m in d.members {
                            tr {
                                th scope="row" { (m.name) " (" code { (m.slug) } ")" }
                                td { (m.invited_on.to_string()) }
                                td { @match m.accepted_on { Some(day) => (day.to_string()), None => (page.t("network-pending")) } }
                            }
                        }
                    }
                } }))
            }
            @if d.can_invite {
                form.admin-form method="post" action=(crate::paths::network_page(&n.slug, "members")) {
                    (csrf(officer))
                    label for="member" { (page.t("network-invite-label")) }
                    p.field-help #member-help { (page.t("network-invite-help")) }
                    input #member name="organisation" maxlength="40" required aria-describedby="member-help";
                    (field_error(page, "member-error", d.invite_error))
                    div.nav { button.primary type="submit" { (page.t("network-invite")) } }
                }
            }
        },
    )
}

/// Every value in one table: city, wave, share, interval and counts.
pub fn values_table(page: &Page, caption: &str, points: &[&Point]) -> Markup {
    scroll_table(
        caption,
        html! { table {
            caption.visually-hidden { (caption) }
            thead { tr {
                th scope="col" { (page.t("network-col-city")) }
                th scope="col" { (page.t("network-col-wave")) }
                th.num scope="col" { (page.t("network-col-share")) }
                th.num scope="col" { (page.t("network-col-interval")) }
                th.num scope="col" { (page.t("network-col-counts")) }
            } }
            tbody {
                @for p in points {
                    tr {
                        th scope="row" { (p.city) }
                        td { (p.wave.map(|d| d.to_string()).unwrap_or_default()) " · " code { (p.consultation) } }
                        @match (p.share, p.low, p.high, p.x, p.n) {
                            (Some(s), Some(lo), Some(hi), Some(x), Some(n)) => {
                                td.num { (pct(s)) }
                                td.num { (pct(lo)) "–" (pct(hi)) }
                                td.num { (x) " / " (n) }
                            }
                            _ => {
                                td.num colspan="3" { span.suppressed { (missing(page, p.missing, p.k)) } }
                            }
                        }
                    }
                }
            }
        } },
    )
}

fn cities(points: &[&Point]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = points.iter().map(|p| (p.member.clone(), p.city.clone())).collect();
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    out.dedup();
    out
}

fn legend(points: &[&Point]) -> Markup {
    html! {
        ul.legend {
            @for (i, (_, city)) in cities(points).iter().enumerate() {
                li {
                    svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" { (marker(i, 8.0, 8.5, COLOURS[i % COLOURS.len()])) }
                    " " (city)
                }
            }
        }
    }
}

const CW: f64 = 640.0;
const CH: f64 = 300.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 40.0;

fn y_of(share: f64) -> f64 {
    TOP + (1.0 - share) * (CH - TOP - BOTTOM)
}

fn y_axis() -> Markup {
    html! {
        @for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            line x1=(fmt(LEFT)) x2=(fmt(CW - RIGHT)) y1=(fmt(y_of(tick))) y2=(fmt(y_of(tick))) stroke="#c8c8c8" stroke-width="1" {}
            text x=(fmt(LEFT - 6.0)) y=(fmt(y_of(tick) + 5.0)) font-size="16" text-anchor="end" fill="currentColor" { (format!("{}%", (tick * 100.0) as u32)) }
        }
    }
}

/// Each city's values across its waves: a line per city, a whisker per
/// value for its 95% interval. Decorative: the table beside gives every figure.
pub fn trend_chart(points: &[&Point]) -> Markup {
    let days: Vec<NaiveDate> = points.iter().filter_map(|p| p.wave).collect();
    let (Some(first), Some(last)) = (days.iter().min().copied(), days.iter().max().copied()) else {
        return html! {};
    };
    let span = (last - first).num_days().max(1) as f64;
    let x_of = |d: NaiveDate| {
        if first == last {
            (LEFT + CW - RIGHT) / 2.0
        } else {
            LEFT + 20.0 + (d - first).num_days() as f64 / span * (CW - RIGHT - LEFT - 40.0)
        }
    };
    let list = cities(points);
    html! {
        svg.chart.wide viewBox=(format!("0 0 {CW} {CH}")) role="presentation" aria-hidden="true" focusable="false" {
            (y_axis())
            text x=(fmt(x_of(first))) y=(fmt(CH - 12.0)) font-size="16" text-anchor="middle" fill="currentColor" { (first.to_string()) }
            @if last != first {
                text x=(fmt(x_of(last))) y=(fmt(CH - 12.0)) font-size="16" text-anchor="middle" fill="currentColor" { (last.to_string()) }
            }
            @for (i, (member, _)) in list.iter().enumerate() {
                @let colour = COLOURS[i % COLOURS.len()];
                @let series = series_of(points, member, &x_of);
                @if series.len() > 1 {
                    polyline points=(series.iter().map(|(x, s, _, _)| format!("{},{}", fmt(*x), fmt(y_of(*s)))).collect::<Vec<_>>().join(" ")) fill="none" stroke=(colour) stroke-width="2" {}
                }
                @for (x, s, lo, hi) in &series {
                    line x1=(fmt(*x)) x2=(fmt(*x)) y1=(fmt(y_of(*lo))) y2=(fmt(y_of(*hi))) stroke=(colour) stroke-width="2" {}
                    (marker(i, *x, y_of(*s), colour))
                }
            }
        }
    }
}

/// One city's values as (x, share, low, high), left to right.
fn series_of(points: &[&Point], member: &str, x_of: &dyn Fn(NaiveDate) -> f64) -> Vec<(f64, f64, f64, f64)> {
    let mut series: Vec<(f64, f64, f64, f64)> = points
        .iter()
        .filter(|p| p.member == member)
        .filter_map(|p| Some((x_of(p.wave?), p.share?, p.low?, p.high?)))
        .collect();
    series.sort_by(|a, b| a.0.total_cmp(&b.0));
    series
}

/// Each city's latest value side by side: a bar for the share, a whisker for
/// its 95% interval.
pub fn side_by_side(page: &Page, points: &[&Point]) -> Markup {
    let mut latest: Vec<&Point> = Vec::new();
    for (member, _) in cities(points) {
        if let Some(p) = points.iter().filter(|p| p.member == member).max_by_key(|p| p.wave) {
            latest.push(p);
        }
    }
    const ROW: f64 = 52.0;
    let height = ROW * latest.len() as f64 + 8.0;
    let scale = |v: f64| v * (CW - 120.0);
    html! {
        svg.chart.wide viewBox=(format!("0 0 {CW} {}", fmt(height))) role="presentation" aria-hidden="true" focusable="false" {
            @for (i, p) in latest.iter().enumerate() {
                @let y = i as f64 * ROW;
                text x="0" y=(fmt(y + 16.0)) font-size="16" fill="currentColor" { (p.city) " · " (p.wave.map(|d| d.to_string()).unwrap_or_default()) }
                @match (p.share, p.low, p.high) {
                    (Some(s), Some(lo), Some(hi)) => {
                        rect x="0" y=(fmt(y + 24.0)) width=(fmt(scale(s).max(2.0))) height="18" rx="2" fill=(COLOURS[0]) {}
                        line x1=(fmt(scale(lo))) x2=(fmt(scale(hi))) y1=(fmt(y + 33.0)) y2=(fmt(y + 33.0)) stroke="#000" stroke-width="2" {}
                        line x1=(fmt(scale(lo))) x2=(fmt(scale(lo))) y1=(fmt(y + 27.0)) y2=(fmt(y + 39.0)) stroke="#000" stroke-width="2" {}
                        line x1=(fmt(scale(hi))) x2=(fmt(scale(hi))) y1=(fmt(y + 27.0)) y2=(fmt(y + 39.0)) stroke="#000" stroke-width="2" {}
                        text x=(fmt(scale(hi) + 8.0)) y=(fmt(y + 40.0)) font-size="16" fill="currentColor" { (pct(s)) }
                    }
                    _ => {
                        text x="0" y=(fmt(y + 40.0)) font-size="16" fill="#595959" { (missing(page, p.missing, p.k)) }
                    }
                }
            }
        }
    }
}

/// The network's library: templates members published, to copy.
pub struct Library<'a> {
    pub network: &'a Network,
    pub templates: &'a [LibraryTemplate],
    /// The officer's own consultations it may publish the template of: (id, title).
    pub publishable: &'a [(crate::domain::ConsultationId, String)],
    pub can_copy: bool,
    pub notice: Option<String>,
}

pub fn library(page: &Page, officer: &Officer, l: &Library) -> Markup {
    let n = l.network;
    let title = page.t_args("network-library-title", &super::arg("network", n.name.clone()));
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("network-library-help")) }
            @if let Some(msg) = &l.notice { div.notice role="status" { p { (msg) } } }
            @if l.templates.is_empty() {
                p { (page.t("network-library-empty")) }
            } @else {
                (scroll_table(&title, html! { table {
                    thead { tr {
                        th scope="col" { (page.t("network-col-template")) }
                        th scope="col" { (page.t("network-col-member")) }
                        th.num scope="col" { (page.t("network-col-version")) }
                        th scope="col" { (page.t("network-col-published")) }
                        @if l.can_copy { th scope="col" { span.visually-hidden { (page.t("network-copy")) } } }
                    } }
                    tbody {
                        @for t in l.templates {
                            tr {
                                th scope="row" { (t.title) " (" code { (t.template_id) } ")" }
                                td { (t.organisation_name) }
                                td.num { (t.version) }
                                td { (t.published_on.to_string()) }
                                @if l.can_copy {
                                    td {
                                        form.inline method="post" action=(format!("{}/library/{}/copy", crate::paths::network(&n.slug), t.id)) {
                                            (csrf(officer))
                                            button.secondary.small type="submit" { (page.t("network-copy")) span.visually-hidden { ": " (t.title) ", " (page.t("network-col-version")) " " (t.version) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                } }))
            }
            @if !l.publishable.is_empty() {
                h2 { (page.t("network-publish")) }
                form.admin-form method="post" action=(crate::paths::network_page(&n.slug, "library")) {
                    (csrf(officer))
                    label for="publish" { (page.t("network-publish-label")) }
                    p.field-help #publish-help { (page.t("network-publish-help")) }
                    select #publish name="consultation" aria-describedby="publish-help" {
                        @for (id, t) in l.publishable { option value=(id) { (t) } }
                    }
                    div.nav { button.primary type="submit" { (page.t("network-publish-button")) } }
                }
            }
        },
    )
}

/// The sharing section of a consultation's page.
pub fn sharing(
    page: &Page,
    officer: &Officer,
    consultation_id: crate::domain::ConsultationId,
    networks: &[(Network, bool)],
) -> Markup {
    html! {
        @if !networks.is_empty() {
            h2 #networks { (page.t("network-sharing")) }
            p.field-help { (page.t("network-sharing-help")) }
            ul.links {
                @for (n, shared) in networks {
                    li {
                        (n.name) ": "
                        strong { @if *shared { (page.t("network-shared")) } @else { (page.t("network-not-shared")) } }
                        @if officer.user.role.can_manage_people() {
                            " "
                            form.inline method="post" action=(crate::paths::consultation_page(consultation_id, "networks")) {
                                (csrf(officer))
                                input type="hidden" name="network" value=(n.slug);
                                input type="hidden" name="share" value=(if *shared { "no" } else { "yes" });
                                button.secondary.small type="submit" {
                                    @if *shared { (page.t_args("network-unshare", &super::arg("network", n.name.clone()))) }
                                    @else { (page.t_args("network-share", &super::arg("network", n.name.clone()))) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A member's published consultation on the public network page.
pub struct PublicEntry {
    pub city: String,
    pub slug: String,
    pub title: String,
    pub closed_on: Option<NaiveDate>,
    pub statement: Option<String>,
    /// The language of the statement and title shown, when it is not the page's.
    pub shown_in: Option<String>,
    pub languages: Vec<String>,
    pub updates: Vec<(NaiveDate, String)>,
}

pub fn public(page: &Page, network: &Network, members: &[Member], entries: &[PublicEntry]) -> Markup {
    let title = network.name.clone();
    layout(
        page,
        &title,
        html! {
            div.results-public {
                h1 { (title) }
                p.lead { (page.t("network-public-lead")) }
                p { (page.t_args("network-public-members", &super::arg("n", members.iter().filter(|m| m.accepted_on.is_some()).count()))) }
                @if entries.is_empty() {
                    p { (page.t("network-public-none")) }
                }
                @for e in entries {
                    section.statement aria-labelledby=(format!("c-{}", e.slug)) {
                        h2 #(format!("c-{}", e.slug)) { (e.city) ": " (e.title) }
                        @if let Some(d) = e.closed_on {
                            p.field-help { (page.t_args("network-public-closed", &super::arg("date", d.to_string()))) }
                        }
                        @if let Some(l) = &e.shown_in {
                            p.field-help lang=(page.lang) { (page.t_args("network-public-shown-in", &super::arg("language", page.locales.t(l, "language-name")))) }
                        }
                        @if let Some(s) = &e.statement {
                            h3 { (page.t("results-statement")) }
                            div lang=[e.shown_in.as_deref()] { (super::results::paragraphs(s)) }
                        }
                        @if !e.updates.is_empty() {
                            h3 { (page.t("results-updates")) }
                            ul.updates lang=[e.shown_in.as_deref()] {
                                @for (d, text) in &e.updates {
                                    li { time datetime=(d.to_string()) { (d.to_string()) } " — " (text) }
                                }
                            }
                        }
                        p {
                            a href=(crate::paths::public_results(&e.slug, page.lang)) { (page.t("network-public-results")) } " · "
                            a href=(crate::paths::open_data(&e.slug) + "/datapackage.json") { (page.t("network-public-data")) }
                        }
                        p.field-help { (page.t("network-public-languages")) ": "
                            @for (i, l) in e.languages.iter().enumerate() {
                                @if i > 0 { ", " }
                                a href=(format!("{}?lang={l}", crate::paths::public_network_base(&network.slug))) lang=(l) { (page.locales.t(l, "language-name")) }
                            }
                        }
                    }
                }
                p { a href=(crate::paths::public_network_base(&network.slug) + "/datapackage.json") { (page.t("network-download-package")) } }
            }
        },
    )
}

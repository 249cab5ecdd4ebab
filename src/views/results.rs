//! What results look like wherever they are shown: labels of every figure in a
//! language, bar charts drawn on the server as SVG (no script), and the public,
//! child-friendly results page.

use super::Page;
use super::layout::layout;
use crate::domain::Audience;
use crate::domain::results::ResultKind;
use crate::domain::results::{AudienceAnswers, NO_ANSWER, QuestionResults, Report, Row, Table};
use crate::domain::template::LiveSurvey;
use crate::domain::{Consultation, QuestionKind};
use crate::store::results::Update;
use maud::{Markup, html};

/// Names of everything a report mentions, in one language.
pub struct Labels<'a> {
    pub page: &'a Page<'a>,
    pub consultation: &'a Consultation,
    pub live: &'a LiveSurvey,
    /// Channel id → name.
    pub channels: &'a [(i32, String)],
}

impl Labels<'_> {
    /// The language survey texts are read in: the page's when the survey has it.
    pub fn text_lang(&self) -> &str {
        if self.consultation.languages.iter().any(|l| l == self.page.lang) {
            self.page.lang
        } else {
            &self.consultation.default_language
        }
    }

    pub fn audience(&self, a: &str) -> String {
        self.page.t(&format!("admin-audience-{a}"))
    }

    pub fn language(&self, l: &str) -> String {
        self.page.locales.t(l, "language-name")
    }

    pub fn area(&self, id: &str) -> String {
        if id.is_empty() {
            self.page.t("results-no-area")
        } else {
            self.consultation.area_name(self.live, id, self.text_lang())
        }
    }

    /// A grid cell: its id and the area its centre lies in.
    pub fn place(&self, cell: &str) -> String {
        let Some(map) = &self.live.map else { return cell.to_owned() };
        let area = map.area_of_cell(cell);
        match area {
            Some(a) => format!("{cell} · {}", self.area(&a.id)),
            None => cell.to_owned(),
        }
    }

    pub fn channel(&self, id: &str) -> String {
        match self.channels.iter().find(|(c, _)| c.to_string() == id) {
            Some((_, name)) => name.clone(),
            None => self.page.t("results-no-channel"),
        }
    }

    /// The question as the given audience read it.
    pub fn question(&self, id: &str, audience: Audience) -> String {
        self.live.texts.text(self.text_lang(), &format!("q-{id}"), Some(audience))
    }

    /// A row of a question's table: an option, an area, a scale point, a range.
    pub fn answer(&self, q: &QuestionResults, audience: Audience, key: &str) -> String {
        if key == NO_ANSWER {
            return self.page.t("results-no-answer");
        }
        match q.kind {
            ResultKind::Area => self.area(key),
            ResultKind::Place => self.place(key),
            ResultKind::Scale => self.page.t(&format!("scale-{}-{key}", audience.scale_points())),
            ResultKind::Number => key.to_owned(),
            _ => {
                let text_key = match self.live.survey().question(&q.question) {
                    Some(question) => question.option_key(key),
                    None => format!("q-{}-{key}", q.question),
                };
                self.live.texts.text(self.text_lang(), &text_key, Some(audience))
            }
        }
    }

    /// Which question kind: for the export's label column.
    pub fn kind(&self, q: &str) -> Option<&QuestionKind> {
        self.live.survey().question(q).map(|q| &q.kind)
    }
}

/// "fewer than k", for a hidden figure.
pub fn fewer(page: &Page, k: u64) -> String {
    page.t_args("results-fewer-than", &super::arg("k", k))
}

/// A figure as shown in a table.
pub fn count(page: &Page, k: u64, n: Option<u64>) -> Markup {
    match n {
        Some(n) => html! { (n) },
        None => html! { span.suppressed { (fewer(page, k)) } },
    }
}

pub fn percent(p: Option<f64>) -> String {
    p.map_or_else(String::new, |p| format!("{p}%"))
}

/// Horizontal bars, one per row, longest for the largest shown count; hidden
/// figures get no bar. Decorative: the same figures are in the table beside it.
pub fn bar_chart(page: &Page, rows: &[(String, Option<u64>)], k: u64) -> Markup {
    const W: u32 = 320;
    const ROW: u32 = 46;
    let rtl = page.dir() == "rtl";
    let max = rows.iter().filter_map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * rows.len() as u32 + 4;
    html! {
        svg.chart viewBox=(format!("0 0 {W} {height}")) width=(W) height=(height) role="presentation" aria-hidden="true" focusable="false" {
            @for (i, (label, n)) in rows.iter().enumerate() {
                @let y = i as u32 * ROW;
                @let anchor = if rtl { "end" } else { "start" };
                @let text_x = if rtl { W } else { 0 };
                text x=(text_x) y=(y + 16) font-size="16" text-anchor=(anchor) fill="currentColor" { (label) }
                @match n {
                    Some(n) => {
                        @let w = ((f64::from(W) - 60.0) * *n as f64 / max as f64).round().max(if *n > 0 { 2.0 } else { 0.0 }) as u32;
                        @let x = if rtl { W - w } else { 0 };
                        rect x=(x) y=(y + 22) width=(w) height="16" rx="2" fill="#1d6fa5" {}
                        @let tx = if rtl { W.saturating_sub(w + 6) } else { w + 6 };
                        text x=(tx) y=(y + 37) font-size="16" text-anchor=(anchor) fill="currentColor" { (n) }
                    }
                    None => {
                        text x=(text_x) y=(y + 37) font-size="16" text-anchor=(anchor) fill="#595959" { (fewer(page, k)) }
                    }
                }
            }
        }
    }
}

/// A table of figures with counts and percentages, and its chart.
pub fn figures(page: &Page, caption: &str, table: &Table, label: impl Fn(&str) -> String, k: u64) -> Markup {
    let rows: Vec<(String, Option<u64>)> = table.rows.iter().map(|r| (label(&r.key), r.count)).collect();
    html! {
        div.figures {
            (bar_chart(page, &rows, k))
            (super::admin::scroll_table(caption, html! {
                table {
                    caption.visually-hidden { (caption) }
                    thead { tr { th scope="col" { (page.t("results-col-answer")) } th.num scope="col" { (page.t("results-col-count")) } th.num scope="col" { (page.t("results-col-percent")) } } }
                    tbody {
                        @for (r, (name, _)) in table.rows.iter().zip(&rows) {
                            tr { th scope="row" { (name) } td.num { (count(page, k, r.count)) } td.num { (percent(r.percent)) } }
                        }
                    }
                    @if let Some(t) = table.total {
                        tfoot { tr { th scope="row" { (page.t("results-total")) } td.num { (t) } td {} } }
                    }
                }
            }))
        }
    }
}

/// One audience's answers to one question.
pub fn audience_answers(page: &Page, labels: &Labels, q: &QuestionResults, a: &AudienceAnswers, k: u64) -> Markup {
    let caption = format!("{} · {}", labels.question(&q.question, a.audience), labels.audience(a.audience.as_str()));
    let points = a.audience.scale_points();
    html! {
        div.audience-answers {
            h4 { (labels.audience(a.audience.as_str())) }
            p.question-as-asked { (labels.question(&q.question, a.audience)) }
            @if q.kind == ResultKind::Multiple { p.field-help { (page.t("results-multiple-help")) } }
            @if q.kind == ResultKind::Rank { p.field-help { (page.t("results-rank-help")) } }
            @if q.kind == ResultKind::Place { p.field-help { (page.t("results-place-help")) } }
            (map_of(labels, q, a, &caption, k))
            (figures(page, &caption, &a.table, |key| labels.answer(q, a.audience, key), k))
            @if let Some(m) = a.mean {
                @let args = mean_args(m, points);
                p { @if q.kind == ResultKind::Scale { (page.t_args("results-mean-scale", &args)) } @else { (page.t_args("results-mean", &args)) } }
            }
            @if !a.mean_place.is_empty() {
                (super::admin::scroll_table(&page.t("results-mean-place"), html! { table {
                    thead { tr { th scope="col" { (page.t("results-col-answer")) } th.num scope="col" { (page.t("results-mean-place")) } } }
                    tbody {
                        @for (o, m) in sorted_places(a) {
                            tr { th scope="row" { (labels.answer(q, a.audience, o)) } td.num { (m) } }
                        }
                    }
                } }))
            }
        }
    }
}

/// The choropleth of an area or place question, when the consultation has a map.
pub fn map_of(labels: &Labels, q: &QuestionResults, a: &AudienceAnswers, title: &str, k: u64) -> Markup {
    let Some(map) = &labels.live.map else { return html! {} };
    if !matches!(q.kind, ResultKind::Area | ResultKind::Place) {
        return html! {};
    }
    let rows: Vec<(String, Option<u64>)> =
        a.table.rows.iter().filter(|r| !r.is_no_answer()).map(|r| (r.key.clone(), r.count)).collect();
    let id = format!("{}-{}", q.question, a.audience.as_str());
    let c = super::map::Choropleth { id: &id, title, rows: &rows, cells: q.kind == ResultKind::Place, k };
    super::map::choropleth(labels.page, map, &c)
}

fn mean_args(mean: f64, points: u8) -> fluent_bundle::FluentArgs<'static> {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("mean", mean);
    args.set("points", points);
    args
}

fn sorted_places(a: &AudienceAnswers) -> Vec<(&String, f64)> {
    let mut v: Vec<(&String, f64)> = a.mean_place.iter().map(|(o, m)| (o, *m)).collect();
    v.sort_by(|x, y| x.1.total_cmp(&y.1));
    v
}

/// The most chosen shown answer of a table, if it stands out.
pub fn top(table: &Table) -> Option<&Row> {
    let mut shown: Vec<&Row> = table.rows.iter().filter(|r| !r.is_no_answer() && r.count.is_some()).collect();
    shown.sort_by_key(|r| std::cmp::Reverse(r.count));
    match shown.as_slice() {
        [first, second, ..] if first.count == second.count => None,
        [first, ..] if first.count > Some(0) => Some(first),
        _ => None,
    }
}

/// `/s/{slug}/results` once published: big simple charts and sentences per
/// audience, what the city heard and will do, and what it did since.
pub struct PublicResults<'a> {
    pub labels: Labels<'a>,
    pub report: &'a Report,
    pub updates: &'a [Update],
    /// The audience to speak to, when the child came from their thanks page.
    pub audience: Option<Audience>,
}

pub fn public(p: &PublicResults) -> Markup {
    let page = p.labels.page;
    let c = p.labels.consultation;
    let title = format!("{}: {}", page.t("results-title"), c.title(p.labels.live, page.lang));
    let statement = c.statements.get(page.lang).or_else(|| c.statements.get(&c.default_language));
    let k = p.report.k;
    let audiences: Vec<Audience> = match p.audience {
        Some(a) => vec![a],
        None => c.audiences.clone(),
    };
    layout(
        page,
        &title,
        html! {
            div.results-public {
                h1 { (title) }
                @if let Some(n) = p.report.responses {
                    p.lead { (page.t_args("results-public-count", &super::arg("n", n))) }
                }
                @if let Some(s) = statement {
                    section.statement aria-labelledby="statement-h" {
                        h2 #statement-h { (page.t("results-statement")) }
                        (paragraphs(s))
                    }
                }
                @if !p.updates.is_empty() {
                    section aria-labelledby="updates-h" {
                        h2 #updates-h { (page.t("results-updates")) }
                        ul.updates {
                            @for u in p.updates {
                                @if let Some(text) = u.texts.get(page.lang).or_else(|| u.texts.get(&c.default_language)) {
                                    li { time datetime=(u.happened_on.to_string()) { (u.happened_on.format("%Y-%m-%d").to_string()) } " — " (text) }
                                }
                            }
                        }
                    }
                }
                @if p.report.too_few {
                    p { (page.t_args("results-public-too-few", &super::arg("k", k))) }
                }
                @for a in &audiences {
                    @let answers: Vec<(&QuestionResults, &AudienceAnswers)> = p.report.questions.iter()
                        .filter(|q| matches!(q.kind, ResultKind::Single | ResultKind::Multiple | ResultKind::Scale | ResultKind::Rank | ResultKind::Area | ResultKind::Place))
                        .filter_map(|q| q.audiences.iter().find(|x| x.audience == *a).map(|x| (q, x)))
                        .collect();
                    @if !answers.is_empty() {
                        section.audience-results aria-labelledby=(format!("a-{}", a.as_str())) {
                            h2 #(format!("a-{}", a.as_str())) { (page.t(&format!("results-public-audience-{}", a.as_str()))) }
                            @for (q, x) in answers {
                                (public_question(&p.labels, q, x, k))
                            }
                        }
                    }
                }
                @if !p.report.too_few { p.field-help { (page.t("results-perturbed-note")) } }
                @if !p.report.too_few {
                    p { a href=(crate::paths::open_data(&c.slug) + "/datapackage.json") { (page.t("results-open-data")) } }
                }
                p { a href=(crate::paths::landing(&c.slug, page.lang)) { (page.t("results-back")) } }
            }
        },
    )
}

fn public_question(labels: &Labels, q: &QuestionResults, a: &AudienceAnswers, k: u64) -> Markup {
    let page = labels.page;
    // The public never sees a map square marked by fewer than k people.
    let public_cells = a.for_public(q.kind);
    let a = &public_cells;
    let sentence = top(&a.table).filter(|_| q.kind != ResultKind::Place).map(|row| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("answer", labels.answer(q, a.audience, &row.key));
        args.set("audience", a.audience.as_str());
        page.t_args("results-public-most", &args)
    });
    let rows: Vec<(String, Option<u64>)> = a
        .table
        .rows
        .iter()
        .filter(|r| !r.is_no_answer())
        .map(|r| (labels.answer(q, a.audience, &r.key), r.count))
        .collect();
    html! {
        div.public-question {
            h3 { (labels.question(&q.question, a.audience)) }
            @if let Some(s) = sentence { p.big-sentence { (s) } }
            @if labels.live.map.is_some() && matches!(q.kind, ResultKind::Area | ResultKind::Place) {
                (map_of(labels, q, a, &labels.question(&q.question, a.audience), k))
            } @else {
                (bar_chart(page, &rows, k))
            }
            ul.visually-hidden {
                @for (name, n) in &rows {
                    li { (name) ": " @match n { Some(n) => (n), None => (fewer(page, k)) } }
                }
            }
        }
    }
}

/// Paragraphs of a text typed with blank lines between them.
pub fn paragraphs(text: &str) -> Markup {
    html! { @for para in text.split("\n\n").filter(|x| !x.trim().is_empty()) { p { (para.trim()) } } }
}

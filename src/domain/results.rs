//! Results of a consultation as they may leave the service: counts per
//! audience, language, area, channel and day, and per question and audience,
//! under any combination of filters, every figure passed through small-cell
//! suppression ([`super::suppression`]) so that no view, and no pair of a view
//! and a wider one, lets a group smaller than `k` be seen or worked out.
//!
//! Computed from running tallies (one count per answer and group of
//! audience × language × area × channel), never from the responses
//! themselves, so a million responses cost the same as a hundred.

use super::answers::AnswerValue;
use super::audience::Audience;
use super::suppression::{Cell, Forced, Published, Wider, suppress_nested};
use super::survey::{QuestionKind, Survey};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Who a tally counts: respondents of one audience, language, area ("" for
/// none given) and channel (0 for none).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Group {
    pub audience: Audience,
    pub language: String,
    pub area: String,
    pub channel: i32,
}

/// A combination of filters; `None` means every value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
pub struct Filter {
    pub audience: Option<Audience>,
    pub language: Option<String>,
    pub area: Option<String>,
    pub channel: Option<i32>,
}

impl Filter {
    /// Bits of the conditions set: audience 1, language 2, area 4, channel 8.
    fn mask(&self) -> u8 {
        u8::from(self.audience.is_some())
            | u8::from(self.language.is_some()) << 1
            | u8::from(self.area.is_some()) << 2
            | u8::from(self.channel.is_some()) << 3
    }

    /// This filter with only the conditions in `mask`.
    fn keep(&self, mask: u8) -> Filter {
        Filter {
            audience: self.audience.filter(|_| mask & 1 != 0),
            language: self.language.clone().filter(|_| mask & 2 != 0),
            area: self.area.clone().filter(|_| mask & 4 != 0),
            channel: self.channel.filter(|_| mask & 8 != 0),
        }
    }

    fn admits(&self, g: &Group) -> bool {
        self.audience.is_none_or(|a| a == g.audience)
            && self.language.as_ref().is_none_or(|l| *l == g.language)
            && self.area.as_ref().is_none_or(|a| *a == g.area)
            && self.channel.is_none_or(|c| c == g.channel)
    }

    pub fn is_empty(&self) -> bool {
        self.mask() == 0
    }
}

/// (option_id, value) of each tally an answer adds one to; see the `results`
/// migration for the encoding. Free texts are not tallied.
pub fn tally_keys(value: &AnswerValue) -> Vec<(String, i64)> {
    let mut keys = match value {
        AnswerValue::Text(_) => return Vec::new(),
        AnswerValue::Choice(o) | AnswerValue::Area(o) => vec![(o.clone(), 0)],
        AnswerValue::Choices(os) => os.iter().map(|o| (o.clone(), 0)).collect(),
        AnswerValue::Scale(n) => vec![("=".to_owned(), i64::from(*n))],
        AnswerValue::Number(n) => vec![("=".to_owned(), *n)],
        AnswerValue::Ranking(os) => os.iter().zip(1..).map(|(o, place)| (o.clone(), place)).collect(),
    };
    keys.push((String::new(), 0));
    keys
}

/// What one answer tally counts; see the `results` migration for the encoding.
type AnswerKey = (Audience, String, String, i64);

/// The tallies of one consultation.
#[derive(Default)]
pub struct Tallies {
    keys: Vec<AnswerKey>,
    index: HashMap<AnswerKey, usize>,
    answers: Vec<(Group, usize, u64)>,
    responses: Vec<(Group, NaiveDate, u64)>,
}

impl Tallies {
    pub fn add_answer(&mut self, group: Group, question: String, option: String, value: i64, count: u64) {
        let key = (group.audience, question, option, value);
        let next = self.keys.len();
        let i = *self.index.entry(key.clone()).or_insert(next);
        if i == next {
            self.keys.push(key);
        }
        self.answers.push((group, i, count));
    }

    pub fn add_responses(&mut self, group: Group, day: NaiveDate, count: u64) {
        self.responses.push((group, day, count));
    }

    fn view(&self, filter: &Filter) -> View {
        let mut v = View { answers: vec![0; self.keys.len()], ..View::default() };
        for (g, day, n) in self.responses.iter().filter(|(g, _, _)| filter.admits(g)) {
            v.total += n;
            *v.by_audience.entry(g.audience.as_str().to_owned()).or_default() += n;
            *v.by_language.entry(g.language.clone()).or_default() += n;
            *v.by_area.entry(g.area.clone()).or_default() += n;
            *v.by_channel.entry(g.channel.to_string()).or_default() += n;
            *v.by_day.entry(day.to_string()).or_default() += n;
        }
        for (_, i, n) in self.answers.iter().filter(|(g, _, _)| filter.admits(g)) {
            v.answers[*i] += n;
        }
        v
    }

    fn count(&self, v: &View, audience: Audience, question: &str, option: &str, value: i64) -> u64 {
        // Keys are few (thousands); an allocation per lookup costs nothing here.
        self.index.get(&(audience, question.to_owned(), option.to_owned(), value)).map_or(0, |i| v.answers[*i])
    }

    /// Number answers given to a question by an audience: (value, key).
    fn numbers(&self, audience: Audience, question: &str) -> Vec<(i64, usize)> {
        let mut out: Vec<(i64, usize)> = (0..self.keys.len())
            .filter(|i| {
                let (a, q, o, _) = &self.keys[*i];
                *a == audience && q == question && o == "="
            })
            .map(|i| (self.keys[i].3, i))
            .collect();
        out.sort_unstable();
        out
    }
}

/// The tallies summed under one filter.
#[derive(Default)]
struct View {
    total: u64,
    by_audience: BTreeMap<String, u64>,
    by_language: BTreeMap<String, u64>,
    by_area: BTreeMap<String, u64>,
    by_channel: BTreeMap<String, u64>,
    by_day: BTreeMap<String, u64>,
    answers: Vec<u64>,
}

/// One published figure with what it counts.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Row {
    /// An option id, an audience, a language, an area ("" none), a channel id
    /// ("0" none), a day, a scale point, or a range of numbers ("5-9").
    pub key: String,
    /// `None`: fewer than k people, or hidden so that such a group cannot be worked out.
    pub count: Option<u64>,
    /// Share of the table's total, when both are shown.
    pub percent: Option<f64>,
}

/// A published table: rows and their total.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Table {
    pub rows: Vec<Row>,
    pub total: Option<u64>,
}

impl Table {
    fn new(keys: &[String], p: &Published) -> Table {
        let total = p.total.shown();
        let rows = keys
            .iter()
            .zip(&p.cells)
            .map(|(key, cell)| {
                let count = cell.shown();
                let percent = match (count, total) {
                    (Some(n), Some(t)) if t > 0 => Some(round1(100.0 * n as f64 / t as f64)),
                    _ => None,
                };
                Row { key: key.clone(), count, percent }
            })
            .collect();
        Table { rows, total }
    }

    pub fn row(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// Whether every row is shown.
    pub fn complete(&self) -> bool {
        self.total.is_some() && self.rows.iter().all(|r| r.count.is_some())
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Key of the "gave no answer (or was not asked)" row.
pub const NO_ANSWER: &str = "-";

/// How one audience answered one question.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AudienceAnswers {
    pub audience: Audience,
    /// Single, area, scale and number questions: one row per option, point or
    /// range, and [`NO_ANSWER`]. Multiple-choice and rank questions: one row
    /// per option with how many chose it (ranked it first, for rank), and
    /// [`NO_ANSWER`] (not chosen / not ranked is not a row).
    pub table: Table,
    /// Scale and number questions: the mean, when no figure it comes from is hidden.
    pub mean: Option<f64>,
    /// Rank questions, per option: mean place among those who ranked it (1 is
    /// best), when no figure it comes from is hidden.
    pub mean_place: BTreeMap<String, f64>,
    /// Rank questions, per option: how many ranked it in each place, 1 first.
    pub places: BTreeMap<String, Vec<Option<u64>>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct QuestionResults {
    pub question: String,
    pub kind: &'static str,
    /// Side by side: each audience asked this question and admitted by the filter.
    pub audiences: Vec<AudienceAnswers>,
}

/// Everything that may be published for one filter.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Report {
    pub k: u64,
    pub filter: Filter,
    /// Responses under the filter; `None` when fewer than k.
    pub responses: Option<u64>,
    /// True when the filter selects fewer than k responses: nothing else is given.
    pub too_few: bool,
    pub by_audience: Table,
    pub by_language: Table,
    pub by_area: Table,
    pub by_channel: Table,
    pub by_day: Table,
    pub questions: Vec<QuestionResults>,
}

/// Publishes one table under `filter`, recomputing it under every wider filter
/// (fewer conditions) so that no pair of views gives a small group away.
struct Publisher<'a> {
    tallies: &'a Tallies,
    filter: &'a Filter,
    views: BTreeMap<u8, View>,
    k: u64,
    /// Responses, published in every view: every breakdown's total follows it.
    totals: Views,
    /// Responses per audience, published in every view: questions' totals follow it.
    audiences: (Vec<String>, Views),
}

/// A table published under each view, by mask: true counts and published figures.
type Views = BTreeMap<u8, (Vec<u64>, Published)>;

impl<'a> Publisher<'a> {
    fn new(tallies: &'a Tallies, filter: &'a Filter, k: u64) -> Self {
        let full = filter.mask();
        let views = (0..=full).filter(|m| m & !full == 0).map(|m| (m, tallies.view(&filter.keep(m)))).collect();
        let mut p =
            Publisher { tallies, filter, views, k, totals: BTreeMap::new(), audiences: (vec![], BTreeMap::new()) };
        p.totals = p.publish_all(|v| vec![v.total], |_| Forced::default());
        p.audiences = p.breakdown(|v| &v.by_audience);
        p
    }

    fn full(&self) -> &View {
        &self.views[&self.filter.mask()]
    }

    fn widest(&self) -> &View {
        &self.views[&0]
    }

    /// The table whose counts under a view are `counts(view)`, published
    /// under every view from the widest to this one (see [`suppress_nested`]);
    /// `forced(mask)` says what another table already hides in that view.
    fn publish_all(&self, counts: impl Fn(&View) -> Vec<u64>, forced: impl Fn(u8) -> Forced) -> Views {
        let mut done: Views = BTreeMap::new();
        let mut masks: Vec<u8> = self.views.keys().copied().collect();
        masks.sort_by_key(|m| m.count_ones());
        for m in masks {
            let c = counts(&self.views[&m]);
            let wider: Vec<Wider<'_>> = done
                .iter()
                .filter(|(w, _)| **w != m && *w & !m == 0)
                .map(|(_, (counts, published))| Wider { counts, published })
                .collect();
            let p = suppress_nested(&c, &wider, forced(m), self.k);
            done.insert(m, (c, p));
        }
        done
    }

    fn publish(&self, counts: impl Fn(&View) -> Vec<u64>, forced: impl Fn(u8) -> Forced) -> Published {
        let mut all = self.publish_all(counts, forced);
        all.remove(&self.filter.mask()).map_or_else(|| Published { cells: vec![], total: Cell::Hidden }, |(_, p)| p)
    }

    fn breakdown(&self, of: impl Fn(&View) -> &BTreeMap<String, u64>) -> (Vec<String>, Views) {
        let keys: Vec<String> = of(self.widest()).keys().cloned().collect();
        let total_hidden = |m: u8| self.totals.get(&m).is_none_or(|(_, p)| p.total == Cell::Hidden);
        let all = self.publish_all(
            |v| keys.iter().map(|key| of(v).get(key).copied().unwrap_or(0)).collect(),
            |m| Forced { cells: vec![], total: total_hidden(m) },
        );
        (keys, all)
    }

    fn table(&self, (keys, all): &(Vec<String>, Views)) -> Table {
        match all.get(&self.filter.mask()) {
            Some((_, p)) => Table::new(keys, p),
            None => Table { rows: vec![], total: None },
        }
    }

    /// Forced: the audience's total when the audience breakdown hides it.
    fn audience_total(&self, audience: Audience) -> impl Fn(u8) -> Forced + '_ {
        move |m| {
            let (keys, all) = &self.audiences;
            let hidden = keys
                .iter()
                .position(|k| k == audience.as_str())
                .and_then(|i| all.get(&m).map(|(_, p)| p.cells[i] == Cell::Hidden))
                .unwrap_or(true);
            Forced { cells: vec![], total: hidden }
        }
    }

    fn respondents(&self, v: &View, audience: Audience) -> u64 {
        v.by_audience.get(audience.as_str()).copied().unwrap_or(0)
    }

    /// Counts of `keys` plus "no answer" (respondents of the audience less the answered).
    fn with_no_answer(&self, v: &View, audience: Audience, question: &str, cells: Vec<u64>) -> Vec<u64> {
        let answered = self.tallies.count(v, audience, question, "", 0);
        let mut cells = cells;
        cells.push(self.respondents(v, audience).saturating_sub(answered));
        cells
    }

    fn question(&self, q: &super::Question, audience: Audience, areas: &[String]) -> AudienceAnswers {
        let t = self.tallies;
        let mut out = AudienceAnswers {
            audience,
            table: Table { rows: vec![], total: None },
            mean: None,
            mean_place: BTreeMap::new(),
            places: BTreeMap::new(),
        };
        let single = |options: &[String]| -> (Table, Published) {
            let mut keys: Vec<String> = options.to_vec();
            keys.push(NO_ANSWER.into());
            let p = self.publish(
                |v| {
                    let cells = options.iter().map(|o| t.count(v, audience, &q.id, o, 0)).collect();
                    self.with_no_answer(v, audience, &q.id, cells)
                },
                self.audience_total(audience),
            );
            (Table::new(&keys, &p), p)
        };
        match &q.kind {
            QuestionKind::Single { options } => out.table = single(options).0,
            QuestionKind::Area => out.table = single(areas).0,
            QuestionKind::Text { .. } => {}
            QuestionKind::Scale | QuestionKind::Number { .. } => {
                let (keys, ranges): (Vec<String>, Vec<(i64, i64)>) = match q.kind {
                    QuestionKind::Number { min, max } => bins(min, max)
                        .into_iter()
                        .map(|(lo, hi)| (if lo == hi { lo.to_string() } else { format!("{lo}-{hi}") }, (lo, hi)))
                        .unzip(),
                    _ => (1..=i64::from(audience.scale_points())).map(|n| (n.to_string(), (n, n))).unzip(),
                };
                let values = t.numbers(audience, &q.id);
                let mut keys = keys;
                keys.push(NO_ANSWER.into());
                let p = self.publish(
                    |v| {
                        let mut cells = vec![0; ranges.len()];
                        for (x, i) in &values {
                            if let Some(b) = ranges.iter().position(|(lo, hi)| lo <= x && x <= hi) {
                                cells[b] += v.answers[*i];
                            }
                        }
                        self.with_no_answer(v, audience, &q.id, cells)
                    },
                    self.audience_total(audience),
                );
                out.table = Table::new(&keys, &p);
                // A mean with a hidden figure beside it would let that figure be solved for.
                if out.table.complete() {
                    out.mean = mean(values.iter().map(|(x, i)| (*x, self.full().answers[*i])));
                }
            }
            QuestionKind::Multiple { options, .. } | QuestionKind::Rank { options } => {
                let rank = matches!(q.kind, QuestionKind::Rank { .. });
                // Who answered at all; each option's table then splits those who answered.
                let answered = self.publish_all(
                    |v| {
                        let answered = t.count(v, audience, &q.id, "", 0);
                        vec![answered, self.respondents(v, audience).saturating_sub(answered)]
                    },
                    self.audience_total(audience),
                );
                let whole = |m: u8| answered.get(&m).is_none_or(|(_, p)| p.cells[0] == Cell::Hidden);
                let places: Vec<i64> = if rank { (1..=options.len() as i64).collect() } else { vec![0] };
                let respondents = answered.get(&self.filter.mask()).and_then(|(_, p)| p.total.shown());
                let mut rows = Vec::new();
                for o in options {
                    // Chose it (in each place, for rank), or answered without it;
                    // the last is hidden whenever "answered" is, or it would give it away.
                    let p = self.publish(
                        |v| {
                            let mut cells: Vec<u64> =
                                places.iter().map(|n| t.count(v, audience, &q.id, o, *n)).collect();
                            let with: u64 = cells.iter().sum();
                            cells.push(t.count(v, audience, &q.id, "", 0).saturating_sub(with));
                            cells
                        },
                        |m| {
                            let hide = whole(m);
                            let mut cells = vec![false; places.len()];
                            cells.push(hide);
                            Forced { cells, total: hide }
                        },
                    );
                    let count = p.cells[0].shown();
                    let percent = match (count, respondents) {
                        (Some(n), Some(r)) if r > 0 => Some(round1(100.0 * n as f64 / r as f64)),
                        _ => None,
                    };
                    rows.push(Row { key: o.clone(), count, percent });
                    if rank {
                        out.places.insert(o.clone(), p.cells[..places.len()].iter().map(|c| c.shown()).collect());
                        if p.cells[..places.len()].iter().all(|c| *c != Cell::Hidden)
                            && let Some(m) =
                                mean(places.iter().zip(&p.cells).filter_map(|(x, c)| c.shown().map(|n| (*x, n))))
                        {
                            out.mean_place.insert(o.clone(), m);
                        }
                    }
                }
                let no_answer = answered.get(&self.filter.mask()).and_then(|(_, p)| p.cells[1].shown());
                let percent = match (no_answer, respondents) {
                    (Some(n), Some(r)) if r > 0 => Some(round1(100.0 * n as f64 / r as f64)),
                    _ => None,
                };
                rows.push(Row { key: NO_ANSWER.into(), count: no_answer, percent });
                out.table = Table { rows, total: respondents };
            }
        }
        out
    }
}

fn mean(points: impl Iterator<Item = (i64, u64)>) -> Option<f64> {
    let (sum, n) = points.fold((0f64, 0u64), |(s, n), (x, c)| (s + x as f64 * c as f64, n + c));
    (n > 0).then(|| round1(sum / n as f64))
}

/// Up to six ranges of whole numbers covering `min..=max`, of round widths.
pub fn bins(min: i64, max: i64) -> Vec<(i64, i64)> {
    let span = (max - min + 1).max(1) as u64;
    let width = [1u64, 2, 5, 10, 15, 20, 30, 50, 60, 100, 500, 1000, 10_000, 100_000]
        .into_iter()
        .find(|w| span.div_ceil(*w) <= 6)
        .unwrap_or_else(|| span.div_ceil(6)) as i64;
    let mut out = Vec::new();
    let mut lo = min;
    while lo <= max {
        let hi = (lo + width - 1).min(max);
        out.push((lo, hi));
        lo = hi + 1;
    }
    out
}

/// The published results of a consultation under `filter`.
pub fn report(
    tallies: &Tallies,
    survey: &Survey,
    audiences: &[Audience],
    areas: &[String],
    filter: &Filter,
    k: u64,
) -> Report {
    let publisher = Publisher::new(tallies, filter, k);
    let total = publisher.totals.get(&filter.mask()).and_then(|(_, p)| p.total.shown());
    let empty = Table { rows: vec![], total: None };
    if publisher.full().total < k {
        return Report {
            k,
            filter: filter.clone(),
            responses: None,
            too_few: true,
            by_audience: empty.clone(),
            by_language: empty.clone(),
            by_area: empty.clone(),
            by_channel: empty.clone(),
            by_day: empty,
            questions: vec![],
        };
    }
    let asked: Vec<Audience> = audiences.iter().copied().filter(|a| filter.audience.is_none_or(|f| f == *a)).collect();
    let questions = survey
        .questions
        .iter()
        .filter(|q| !matches!(q.kind, QuestionKind::Text { .. }))
        .filter_map(|q| {
            let per: Vec<AudienceAnswers> =
                asked.iter().filter(|a| q.is_for(**a)).map(|a| publisher.question(q, *a, areas)).collect();
            (!per.is_empty()).then(|| QuestionResults { question: q.id.clone(), kind: q.kind.name(), audiences: per })
        })
        .collect();
    Report {
        k,
        filter: filter.clone(),
        responses: total,
        too_few: false,
        by_audience: publisher.table(&publisher.audiences),
        by_language: publisher.table(&publisher.breakdown(|v| &v.by_language)),
        by_area: publisher.table(&publisher.breakdown(|v| &v.by_area)),
        by_channel: publisher.table(&publisher.breakdown(|v| &v.by_channel)),
        by_day: publisher.table(&publisher.breakdown(|v| &v.by_day)),
        questions,
    }
}

/// How many responses a filter selects (for "fewer than k: nothing shown").
pub fn selected(tallies: &Tallies, filter: &Filter) -> u64 {
    tallies.responses.iter().filter(|(g, _, _)| filter.admits(g)).map(|(_, _, n)| n).sum()
}

/// Responses per group of audience, language, area and channel.
pub fn group_sizes(tallies: &Tallies) -> HashMap<Group, u64> {
    let mut out = HashMap::new();
    for (g, _, n) in &tallies.responses {
        *out.entry(g.clone()).or_default() += n;
    }
    out
}

/// Every filter a tally set can be read under, for tests: each condition
/// unset or set to a value seen.
pub fn filters_of(tallies: &Tallies) -> Vec<Filter> {
    let mut audiences = BTreeSet::new();
    let mut languages = BTreeSet::new();
    let mut areas = BTreeSet::new();
    let mut channels = BTreeSet::new();
    for (g, _, _) in &tallies.responses {
        audiences.insert(g.audience);
        languages.insert(g.language.clone());
        areas.insert(g.area.clone());
        channels.insert(g.channel);
    }
    let mut out = Vec::new();
    for a in std::iter::once(None).chain(audiences.iter().map(|a| Some(*a))) {
        for l in std::iter::once(None).chain(languages.iter().map(|l| Some(l.clone()))) {
            for ar in std::iter::once(None).chain(areas.iter().map(|x| Some(x.clone()))) {
                for c in std::iter::once(None).chain(channels.iter().map(|c| Some(*c))) {
                    out.push(Filter { audience: a, language: l.clone(), area: ar.clone(), channel: c });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::parse_survey;
    use proptest::prelude::*;

    fn survey() -> Survey {
        let source = "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"age-9-12\", \"parent\"]\nareas = [\"n\", \"s\"]\n\
            [[question]]\nid = \"s\"\ntype = \"single\"\noptions = [\"a\", \"b\", \"c\"]\n\
            [[question]]\nid = \"m\"\ntype = \"multiple\"\noptions = [\"a\", \"b\", \"c\"]\n\
            [[question]]\nid = \"f\"\ntype = \"scale\"\n\
            [[question]]\nid = \"r\"\ntype = \"rank\"\noptions = [\"a\", \"b\", \"c\"]\n\
            [[question]]\nid = \"n\"\ntype = \"number\"\nmin = 0\nmax = 30\n";
        parse_survey("t", "t/survey.toml", source).expect("test survey parses")
    }

    type Response = (Group, Vec<(&'static str, AnswerValue)>);

    fn response() -> impl Strategy<Value = Response> {
        let opts = ["a", "b", "c"];
        (
            0usize..2,
            0usize..2,
            0usize..3,
            0i32..2,
            proptest::option::of(0usize..3),
            proptest::collection::btree_set(0usize..3, 0..3),
            proptest::option::of(1u8..6),
            proptest::option::of(Just(())).prop_perturb(|_, mut rng| rng.random_bool(0.8)),
            proptest::option::of(0i64..31),
        )
            .prop_map(move |(a, l, ar, c, single, multi, scale, ranked, number)| {
                let group = Group {
                    audience: [Audience::Age9to12, Audience::Parent][a],
                    language: ["en", "fr"][l].to_owned(),
                    area: ["", "n", "s"][ar].to_owned(),
                    channel: c,
                };
                let mut answers = Vec::new();
                if let Some(o) = single {
                    answers.push(("s", AnswerValue::Choice(opts[o].into())));
                }
                if !multi.is_empty() {
                    answers.push(("m", AnswerValue::Choices(multi.iter().map(|o| opts[*o].into()).collect())));
                }
                if let Some(v) = scale {
                    answers.push(("f", AnswerValue::Scale(v.min(group.audience.scale_points()))));
                }
                if ranked {
                    let order = if a == 0 { ["a", "b", "c"] } else { ["c", "a", "b"] };
                    answers.push(("r", AnswerValue::Ranking(order.iter().map(|o| (*o).into()).collect())));
                }
                if let Some(n) = number {
                    answers.push(("n", AnswerValue::Number(n)));
                }
                (group, answers)
            })
    }

    fn tallies(responses: &[Response]) -> Tallies {
        type Key = (String, String, String, i32, String, String, i64);
        let mut counts: BTreeMap<Key, u64> = BTreeMap::new();
        let mut t = Tallies::default();
        let day = NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day");
        for (g, answers) in responses {
            t.add_responses(g.clone(), day, 1);
            for (q, v) in answers {
                for (o, x) in tally_keys(v) {
                    let key = (
                        g.audience.as_str().to_owned(),
                        g.language.clone(),
                        g.area.clone(),
                        g.channel,
                        q.to_string(),
                        o,
                        x,
                    );
                    *counts.entry(key).or_default() += 1;
                }
            }
        }
        for ((a, l, ar, c, q, o, x), n) in counts {
            let group = Group { audience: a.parse().expect("audience"), language: l, area: ar, channel: c };
            t.add_answer(group, q, o, x, n);
        }
        t
    }

    /// Every table of a report, by name, as published.
    fn tables(r: &Report) -> Vec<(String, &Table)> {
        let mut out = vec![
            ("audience".to_owned(), &r.by_audience),
            ("language".to_owned(), &r.by_language),
            ("area".to_owned(), &r.by_area),
            ("channel".to_owned(), &r.by_channel),
        ];
        for q in &r.questions {
            for a in &q.audiences {
                out.push((format!("{}/{}", q.question, a.audience), &a.table));
            }
        }
        out
    }

    #[test]
    fn bins_cover_the_range_in_round_steps() {
        assert_eq!(bins(0, 180), vec![(0, 49), (50, 99), (100, 149), (150, 180)]);
        assert_eq!(bins(1, 5), vec![(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]);
        assert_eq!(bins(0, 30), vec![(0, 9), (10, 19), (20, 29), (30, 30)]);
    }

    #[test]
    fn a_group_of_nine_is_never_a_number_at_k_ten() {
        let s = survey();
        let day = NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day");
        let mut t = Tallies::default();
        let kids = Group { audience: Audience::Age9to12, language: "en".into(), area: "n".into(), channel: 0 };
        let parents = Group { audience: Audience::Parent, language: "en".into(), area: "s".into(), channel: 0 };
        t.add_responses(kids.clone(), day, 9);
        t.add_responses(parents.clone(), day, 40);
        t.add_answer(kids.clone(), "s".into(), "a".into(), 0, 9);
        t.add_answer(kids, "s".into(), "".into(), 0, 9);
        t.add_answer(parents.clone(), "s".into(), "b".into(), 0, 40);
        t.add_answer(parents, "s".into(), "".into(), 0, 40);
        let audiences = [Audience::Age9to12, Audience::Parent];
        let areas = vec!["n".to_owned(), "s".to_owned()];
        let all = report(&t, &s, &audiences, &areas, &Filter::default(), 10);
        assert_eq!(all.responses, Some(49));
        assert_eq!(all.by_audience.row("age-9-12").and_then(|r| r.count), None);
        assert_eq!(all.by_audience.row("parent").and_then(|r| r.count), None, "else 49 - 40 gives the 9 away");
        let kids_only = Filter { audience: Some(Audience::Age9to12), ..Filter::default() };
        let r = report(&t, &s, &audiences, &areas, &kids_only, 10);
        assert!(r.too_few && r.responses.is_none() && r.questions.is_empty());
        let json = serde_json::to_string(&all).expect("serialises");
        assert!(!json.contains(":9,") && !json.contains(":9}"), "{json}");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]
        #[test]
        fn no_view_nor_pair_of_views_gives_a_small_group_away(
            responses in proptest::collection::vec(response(), 0..70),
            k in 3u64..9,
            pick in any::<prop::sample::Index>(),
        ) {
            let s = survey();
            let t = tallies(&responses);
            let audiences = [Audience::Age9to12, Audience::Parent];
            let areas = vec!["n".to_owned(), "s".to_owned()];
            let filters = filters_of(&t);
            prop_assume!(!filters.is_empty());
            let f = pick.get(&filters).clone();
            let narrow = report(&t, &s, &audiences, &areas, &f, k);
            let small = |n: u64| n > 0 && n < k;
            for (name, table) in tables(&narrow) {
                for row in &table.rows {
                    prop_assert!(!row.count.is_some_and(small), "{name}/{}: {:?} shown at k={k}", row.key, row.count);
                }
                if let Some(t) = table.total { prop_assert!(!small(t)); }
            }
            if let Some(n) = narrow.responses { prop_assert!(n >= k); }
            for m in 0..f.mask() {
                if m & !f.mask() != 0 { continue; }
                let wide = report(&t, &s, &audiences, &areas, &f.keep(m), k);
                if let (Some(a), Some(b)) = (wide.responses, narrow.responses) {
                    prop_assert!(!small(a - b), "totals {a} and {b} differ by a small group");
                }
                let wide_tables: BTreeMap<String, &Table> = tables(&wide).into_iter().collect();
                for (name, table) in tables(&narrow) {
                    let Some(w) = wide_tables.get(&name) else { continue };
                    if let (Some(a), Some(b)) = (w.total, table.total) {
                        prop_assert!(!small(a - b), "{name}: totals {a} and {b}");
                    }
                    for row in &table.rows {
                        let Some(wr) = w.row(&row.key) else { continue };
                        match (wr.count, row.count) {
                            (Some(a), Some(b)) => prop_assert!(!small(a - b), "{name}/{}: {a} and {b} at k={k}", row.key),
                            (None, Some(b)) => prop_assert!(false, "{name}/{}: hidden wide, {b} narrow", row.key),
                            _ => {}
                        }
                    }
                }
            }
        }
    }
}

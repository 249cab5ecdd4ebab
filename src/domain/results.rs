//! Results of a consultation as they may leave the service: counts per
//! audience, language, area, channel and day, and per question and audience,
//! under any combination of filters. Every figure is published by
//! [`super::disclosure::publish`] from its true count and cell key, so the same
//! respondents give the same figure in every view, and subtracting views gives
//! noise, not a child.
//!
//! Computed from running tallies (one count and key sum per answer and group
//! of audience × language × area × channel), never from the responses
//! themselves, so a million responses cost the same as a hundred.

use super::answers::AnswerValue;
use super::audience::Audience;
use super::disclosure::{Cell, Count, publish};
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
    fn admits(&self, g: &Group) -> bool {
        self.audience.is_none_or(|a| a == g.audience)
            && self.language.as_ref().is_none_or(|l| *l == g.language)
            && self.area.as_ref().is_none_or(|a| *a == g.area)
            && self.channel.is_none_or(|c| c == g.channel)
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// What an answer tally counts, besides its question and audience: an
/// option chosen, the value of a scale or number answer (the tally's value is
/// the answer), or that the question was answered at all. Stored in the
/// tally's option column as the option id, `=` and `""` (no option id can be
/// either; see the `results` migration).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TallyKey {
    Option(String),
    Value,
    Answered,
}

impl TallyKey {
    /// As the tally's option column holds it.
    pub fn stored(&self) -> &str {
        match self {
            TallyKey::Option(o) => o,
            TallyKey::Value => "=",
            TallyKey::Answered => "",
        }
    }

    pub fn from_stored(s: &str) -> TallyKey {
        match s {
            "=" => TallyKey::Value,
            "" => TallyKey::Answered,
            o => TallyKey::Option(o.to_owned()),
        }
    }
}

/// (what, value) of each tally an answer adds one to. Free texts are not tallied.
pub fn tally_keys(value: &AnswerValue) -> Vec<(TallyKey, i64)> {
    let option = |o: &String| TallyKey::Option(o.clone());
    let mut keys = match value {
        AnswerValue::Text(_) => return Vec::new(),
        AnswerValue::Choice(o) | AnswerValue::Area(o) => vec![(option(o), 0)],
        AnswerValue::Choices(os) | AnswerValue::Places(os) => os.iter().map(|o| (option(o), 0)).collect(),
        AnswerValue::Scale(n) => vec![(TallyKey::Value, i64::from(*n))],
        AnswerValue::Number(n) => vec![(TallyKey::Value, *n)],
        AnswerValue::Ranking(os) => os.iter().zip(1..).map(|(o, place)| (option(o), place)).collect(),
    };
    keys.push((TallyKey::Answered, 0));
    keys
}

/// What one answer tally counts; see the `results` migration for the encoding.
type AnswerKey = (Audience, String, String, i64);

/// The tallies of one consultation: counts with their cell keys.
#[derive(Default)]
pub struct Tallies {
    keys: Vec<AnswerKey>,
    index: HashMap<AnswerKey, usize>,
    answers: Vec<(Group, usize, Count)>,
    responses: Vec<(Group, NaiveDate, Count)>,
}

impl Tallies {
    pub fn add_answer(&mut self, group: Group, question: String, option: String, value: i64, count: Count) {
        let key = (group.audience, question, option, value);
        let next = self.keys.len();
        let i = *self.index.entry(key.clone()).or_insert(next);
        if i == next {
            self.keys.push(key);
        }
        self.answers.push((group, i, count));
    }

    pub fn add_responses(&mut self, group: Group, day: NaiveDate, count: Count) {
        self.responses.push((group, day, count));
    }

    fn view(&self, filter: &Filter) -> View {
        let mut v = View { answers: vec![Count::default(); self.keys.len()], ..View::default() };
        for (g, day, n) in self.responses.iter().filter(|(g, _, _)| filter.admits(g)) {
            v.total += *n;
            *v.by_audience.entry(g.audience.as_str().to_owned()).or_default() += *n;
            *v.by_language.entry(g.language.clone()).or_default() += *n;
            *v.by_area.entry(g.area.clone()).or_default() += *n;
            *v.by_channel.entry(g.channel.to_string()).or_default() += *n;
            *v.by_day.entry(day.to_string()).or_default() += *n;
        }
        for (_, i, n) in self.answers.iter().filter(|(g, _, _)| filter.admits(g)) {
            v.answers[*i] += *n;
        }
        v
    }

    /// Every value of a dimension seen in any response, so that every view lists the same rows.
    fn values(&self, of: impl Fn(&Group, &NaiveDate) -> String) -> Vec<String> {
        self.responses.iter().map(|(g, d, _)| of(g, d)).collect::<BTreeSet<_>>().into_iter().collect()
    }

    fn count(&self, v: &View, audience: Audience, question: &str, option: &str, value: i64) -> Count {
        // Keys are few (thousands); an allocation per lookup costs nothing here.
        self.index
            .get(&(audience, question.to_owned(), option.to_owned(), value))
            .map_or_else(Count::default, |i| v.answers[*i])
    }

    /// Number answers given to a question by an audience: (value, key).
    fn numbers(&self, audience: Audience, question: &str) -> Vec<(i64, usize)> {
        let mut out: Vec<(i64, usize)> = (0..self.keys.len())
            .filter(|i| {
                let (a, q, o, _) = &self.keys[*i];
                *a == audience && q == question && o == TallyKey::Value.stored()
            })
            .map(|i| (self.keys[i].3, i))
            .collect();
        out.sort_unstable();
        out
    }

    /// Every option id tallied for a question and audience (the grid cells
    /// of a place question), in id order: the same list under every filter.
    pub fn options(&self, audience: Audience, question: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .keys
            .iter()
            .filter(|(a, q, o, v)| {
                *a == audience && q == question && *v == 0 && matches!(TallyKey::from_stored(o), TallyKey::Option(_))
            })
            .map(|(_, _, o, _)| o.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Responses in all, as published.
    pub fn published_total(&self, k: u64) -> Cell {
        publish(self.responses.iter().map(|(_, _, c)| *c).sum(), k)
    }
}

/// The tallies summed under one filter.
#[derive(Default)]
struct View {
    total: Count,
    by_audience: BTreeMap<String, Count>,
    by_language: BTreeMap<String, Count>,
    by_area: BTreeMap<String, Count>,
    by_channel: BTreeMap<String, Count>,
    by_day: BTreeMap<String, Count>,
    answers: Vec<Count>,
}

/// One published figure with what it counts.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Row {
    /// An option id, an audience, a language, an area ("" none), a channel id
    /// ("0" none), a day, a scale point, or a range of numbers ("5-9").
    pub key: String,
    /// The published (perturbed) count; `None`: fewer than k.
    pub count: Option<u64>,
    /// Share of the table's published total, when both are shown.
    pub percent: Option<f64>,
}

/// A published table: rows and their total. The total is a cell of its own,
/// perturbed like the others, so rows may not add up to it exactly.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Table {
    pub rows: Vec<Row>,
    pub total: Option<u64>,
}

impl Table {
    fn new(keys: &[String], cells: &[Cell], total: Cell) -> Table {
        let total = total.shown();
        let rows = keys
            .iter()
            .zip(cells)
            .map(|(key, cell)| Row { key: key.clone(), count: cell.shown(), percent: percent(cell.shown(), total) })
            .collect();
        Table { rows, total }
    }

    fn empty() -> Table {
        Table { rows: vec![], total: None }
    }

    pub fn row(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// Whether every row is shown.
    pub fn complete(&self) -> bool {
        self.total.is_some() && self.rows.iter().all(|r| r.count.is_some())
    }
}

/// `part` as a share of `whole`, both published figures.
fn percent(part: Option<u64>, whole: Option<u64>) -> Option<f64> {
    match (part, whole) {
        (Some(n), Some(t)) if t > 0 => Some(round1(100.0 * n as f64 / t as f64)),
        _ => None,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Key of the "gave no answer (or was not asked)" row.
pub const NO_ANSWER: &str = "-";

impl Row {
    /// The "gave no answer (or was not asked)" row.
    pub fn is_no_answer(&self) -> bool {
        self.key == NO_ANSWER
    }
}

/// How one audience answered one question.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AudienceAnswers {
    pub audience: Audience,
    /// Single, area, scale and number questions: one row per option, point or
    /// range, and [`NO_ANSWER`]. Multiple-choice and rank questions: one row
    /// per option with how many chose it (ranked it first, for rank), and
    /// [`NO_ANSWER`] (not chosen / not ranked is not a row).
    pub table: Table,
    /// Scale and number questions: the mean of the published counts of each
    /// point (the middle of each range, for numbers), when none is hidden.
    pub mean: Option<f64>,
    /// Rank questions, per option: mean place among those who ranked it (1 is
    /// best), from the published counts of each place, when none is hidden.
    pub mean_place: BTreeMap<String, f64>,
    /// Rank questions, per option: how many ranked it in each place, 1 first.
    pub places: BTreeMap<String, Vec<Option<u64>>>,
}

/// What kind of question a result is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ResultKind {
    Single,
    Multiple,
    Scale,
    Number,
    Area,
    Rank,
    Place,
}

impl ResultKind {
    fn of(kind: &QuestionKind) -> Option<Self> {
        Some(match kind {
            QuestionKind::Single { .. } => ResultKind::Single,
            QuestionKind::Multiple { .. } => ResultKind::Multiple,
            QuestionKind::Scale => ResultKind::Scale,
            QuestionKind::Number { .. } => ResultKind::Number,
            QuestionKind::Area => ResultKind::Area,
            QuestionKind::Rank { .. } => ResultKind::Rank,
            QuestionKind::Place { .. } => ResultKind::Place,
            QuestionKind::Text { .. } | QuestionKind::Note => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ResultKind::Single => "single",
            ResultKind::Multiple => "multiple",
            ResultKind::Scale => "scale",
            ResultKind::Number => "number",
            ResultKind::Area => "area",
            ResultKind::Rank => "rank",
            ResultKind::Place => "place",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct QuestionResults {
    pub question: String,
    pub kind: ResultKind,
    /// Side by side: each audience asked this question and admitted by the filter.
    pub audiences: Vec<AudienceAnswers>,
}

/// Everything that may be published for one filter.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Report {
    pub k: u64,
    pub filter: Filter,
    /// Responses under the filter (published); `None` when fewer than k.
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

impl Report {
    /// The same report with nothing but its total, for a consultation still
    /// taking answers (see `Consultation::figures_final`).
    pub fn total_only(self) -> Report {
        Report {
            by_audience: Table::empty(),
            by_language: Table::empty(),
            by_area: Table::empty(),
            by_channel: Table::empty(),
            by_day: Table::empty(),
            questions: vec![],
            ..self
        }
    }
}

impl AudienceAnswers {
    /// What may be shown to the public: a map square marked by fewer than k
    /// people (or published as 0) is left out altogether, since a square of
    /// 100 m beside one house listed at all says that someone there answered.
    /// Officers still see it on their dashboard. Other questions list fixed
    /// rows (options, areas, points, ranges), shown as they are.
    pub fn for_public(&self, kind: ResultKind) -> AudienceAnswers {
        if kind != ResultKind::Place {
            return self.clone();
        }
        let rows =
            self.table.rows.iter().filter(|r| r.is_no_answer() || r.count.is_some_and(|n| n > 0)).cloned().collect();
        AudienceAnswers { table: Table { rows, total: self.table.total }, ..self.clone() }
    }
}

/// Publishes the tables of one view.
struct Publisher<'a> {
    tallies: &'a Tallies,
    view: View,
    k: u64,
}

impl Publisher<'_> {
    fn cell(&self, c: Count) -> Cell {
        publish(c, self.k)
    }

    fn breakdown(&self, keys: &[String], of: impl Fn(&View) -> &BTreeMap<String, Count>) -> Table {
        let cells: Vec<Cell> =
            keys.iter().map(|key| self.cell(of(&self.view).get(key).copied().unwrap_or_default())).collect();
        Table::new(keys, &cells, self.cell(self.view.total))
    }

    fn respondents(&self, audience: Audience) -> Count {
        self.view.by_audience.get(audience.as_str()).copied().unwrap_or_default()
    }

    fn answered(&self, audience: Audience, question: &str) -> Count {
        self.tallies.count(&self.view, audience, question, TallyKey::Answered.stored(), 0)
    }

    /// A table of exclusive rows (`counts`) plus "no answer", out of the audience's respondents.
    fn exclusive(&self, audience: Audience, question: &str, keys: &[String], counts: Vec<Count>) -> Table {
        let respondents = self.respondents(audience);
        let mut cells: Vec<Cell> = counts.into_iter().map(|c| self.cell(c)).collect();
        cells.push(self.cell(respondents.less(self.answered(audience, question))));
        let mut keys = keys.to_vec();
        keys.push(NO_ANSWER.into());
        Table::new(&keys, &cells, self.cell(respondents))
    }

    fn question(&self, q: &super::Question, audience: Audience, areas: &[String]) -> AudienceAnswers {
        let t = self.tallies;
        let v = &self.view;
        let mut out = AudienceAnswers {
            audience,
            table: Table::empty(),
            mean: None,
            mean_place: BTreeMap::new(),
            places: BTreeMap::new(),
        };
        let chosen = |options: &[String], place: i64| -> Vec<Count> {
            options.iter().map(|o| t.count(v, audience, &q.id, o, place)).collect()
        };
        match &q.kind {
            QuestionKind::Single { options } => {
                out.table = self.exclusive(audience, &q.id, options, chosen(options, 0))
            }
            QuestionKind::Area => out.table = self.exclusive(audience, &q.id, areas, chosen(areas, 0)),
            QuestionKind::Text { .. } | QuestionKind::Note => {}
            QuestionKind::Scale | QuestionKind::Number { .. } => {
                let ranges: Vec<(i64, i64)> = match q.kind {
                    QuestionKind::Number { min, max } => bins(min, max),
                    _ => (1..=i64::from(audience.scale_points())).map(|n| (n, n)).collect(),
                };
                let keys: Vec<String> = ranges
                    .iter()
                    .map(|(lo, hi)| if lo == hi { lo.to_string() } else { format!("{lo}-{hi}") })
                    .collect();
                let mut counts = vec![Count::default(); ranges.len()];
                for (x, i) in t.numbers(audience, &q.id) {
                    if let Some(b) = ranges.iter().position(|(lo, hi)| *lo <= x && x <= *hi) {
                        counts[b] += v.answers[i];
                    }
                }
                out.table = self.exclusive(audience, &q.id, &keys, counts);
                if out.table.complete() {
                    let middles = ranges.iter().map(|(lo, hi)| (lo + hi) as f64 / 2.0);
                    out.mean = mean(middles.zip(out.table.rows.iter().filter_map(|r| r.count)));
                }
            }
            QuestionKind::Place { .. } => {
                // One row per grid cell anyone marked, like a multiple choice.
                let cells = t.options(audience, &q.id);
                let respondents = self.cell(self.respondents(audience)).shown();
                let mut rows: Vec<Row> = cells
                    .iter()
                    .map(|c| {
                        let count = self.cell(t.count(v, audience, &q.id, c, 0)).shown();
                        Row { key: c.clone(), count, percent: percent(count, respondents) }
                    })
                    .collect();
                let no_answer = self.cell(self.respondents(audience).less(self.answered(audience, &q.id))).shown();
                rows.push(Row { key: NO_ANSWER.into(), count: no_answer, percent: percent(no_answer, respondents) });
                out.table = Table { rows, total: respondents };
            }
            QuestionKind::Multiple { options, .. } | QuestionKind::Rank { options } => {
                let rank = matches!(q.kind, QuestionKind::Rank { .. });
                let respondents = self.cell(self.respondents(audience)).shown();
                let places: Vec<i64> = if rank { (1..=options.len() as i64).collect() } else { vec![0] };
                let mut rows: Vec<Row> = Vec::new();
                for o in options {
                    let cells: Vec<Cell> =
                        places.iter().map(|p| self.cell(t.count(v, audience, &q.id, o, *p))).collect();
                    let count = cells[0].shown();
                    rows.push(Row { key: o.clone(), count, percent: percent(count, respondents) });
                    if rank {
                        out.places.insert(o.clone(), cells.iter().map(|c| c.shown()).collect());
                        if cells.iter().all(|c| *c != Cell::Hidden)
                            && let Some(m) =
                                mean(places.iter().map(|p| *p as f64).zip(cells.iter().filter_map(|c| c.shown())))
                        {
                            out.mean_place.insert(o.clone(), m);
                        }
                    }
                }
                let no_answer = self.cell(self.respondents(audience).less(self.answered(audience, &q.id))).shown();
                rows.push(Row { key: NO_ANSWER.into(), count: no_answer, percent: percent(no_answer, respondents) });
                out.table = Table { rows, total: respondents };
            }
        }
        out
    }
}

fn mean(points: impl Iterator<Item = (f64, u64)>) -> Option<f64> {
    let (sum, n) = points.fold((0f64, 0u64), |(s, n), (x, c)| (s + x * c as f64, n + c));
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
    let p = Publisher { tallies, view: tallies.view(filter), k };
    let total = p.cell(p.view.total).shown().filter(|n| *n >= k);
    let Some(responses) = total else {
        return Report {
            k,
            filter: filter.clone(),
            responses: None,
            too_few: true,
            by_audience: Table::empty(),
            by_language: Table::empty(),
            by_area: Table::empty(),
            by_channel: Table::empty(),
            by_day: Table::empty(),
            questions: vec![],
        };
    };
    // An audience's answers are shown only when its own published total is at
    // least k: otherwise "0" beside "fewer than k" would tell what its one or
    // two respondents chose (their cells all carry the same key).
    let asked: Vec<Audience> = audiences
        .iter()
        .copied()
        .filter(|a| filter.audience.is_none_or(|f| f == *a))
        .filter(|a| p.cell(p.respondents(*a)).shown().is_some_and(|n| n >= k))
        .collect();
    let questions = survey
        .questions
        .iter()
        .filter_map(|q| {
            let kind = ResultKind::of(&q.kind)?;
            let per: Vec<AudienceAnswers> =
                asked.iter().filter(|a| q.is_for(**a)).map(|a| p.question(q, *a, areas)).collect();
            (!per.is_empty()).then(|| QuestionResults { question: q.id.clone(), kind, audiences: per })
        })
        .collect();
    let audience_keys: Vec<String> = audiences.iter().map(|a| a.as_str().to_owned()).collect();
    Report {
        k,
        filter: filter.clone(),
        responses: Some(responses),
        too_few: false,
        by_audience: p.breakdown(&audience_keys, |v| &v.by_audience),
        by_language: p.breakdown(&tallies.values(|g, _| g.language.clone()), |v| &v.by_language),
        by_area: p.breakdown(&tallies.values(|g, _| g.area.clone()), |v| &v.by_area),
        by_channel: p.breakdown(&tallies.values(|g, _| g.channel.to_string()), |v| &v.by_channel),
        by_day: p.breakdown(&tallies.values(|_, d| d.to_string()), |v| &v.by_day),
        questions,
    }
}

/// Responses per group of audience, language, area and channel (true counts,
/// for disclosure decisions only: never published as such).
pub fn group_sizes(tallies: &Tallies) -> HashMap<Group, u64> {
    let mut out = HashMap::new();
    for (g, _, n) in &tallies.responses {
        *out.entry(g.clone()).or_default() += n.n;
    }
    out
}

/// Every filter a tally set can be read under, for tests: each condition
/// unset or set to a value seen.
pub fn filters_of(tallies: &Tallies) -> Vec<Filter> {
    let mut out = Vec::new();
    let audiences = tallies.values(|g, _| g.audience.as_str().to_owned());
    let languages = tallies.values(|g, _| g.language.clone());
    let areas = tallies.values(|g, _| g.area.clone());
    let channels = tallies.values(|g, _| g.channel.to_string());
    let any = |v: &[String]| std::iter::once(None).chain(v.iter().cloned().map(Some)).collect::<Vec<_>>();
    for a in any(&audiences) {
        for l in any(&languages) {
            for ar in any(&areas) {
                for c in any(&channels) {
                    out.push(Filter {
                        audience: a.as_deref().and_then(|a| a.parse().ok()),
                        language: l.clone(),
                        area: ar.clone(),
                        channel: c.as_deref().and_then(|c| c.parse().ok()),
                    });
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

    /// Tallies of `responses`, each with a record key drawn from `seed`.
    fn tallies(responses: &[Response]) -> Tallies {
        tallies_keyed(responses, 7)
    }

    fn tallies_keyed(responses: &[Response], seed: u64) -> Tallies {
        use rand::{Rng, SeedableRng};
        type Key = (Group, String, String, i64);
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut counts: HashMap<Key, Count> = HashMap::new();
        let mut groups: HashMap<Group, Count> = HashMap::new();
        for (g, answers) in responses {
            let record = Count { n: 1, key: rng.random_range(0..crate::domain::disclosure::KEY_RANGE) };
            *groups.entry(g.clone()).or_default() += record;
            for (q, v) in answers {
                for (o, x) in tally_keys(v) {
                    *counts.entry((g.clone(), q.to_string(), o.stored().to_owned(), x)).or_default() += record;
                }
            }
        }
        let mut t = Tallies::default();
        let day = NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day");
        for (g, c) in groups {
            t.add_responses(g, day, c);
        }
        for ((g, q, o, x), c) in counts {
            t.add_answer(g, q, o, x, c);
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
    fn a_group_of_nine_is_never_shown_as_nine_at_k_ten_and_a_too_small_filter_shows_nothing() {
        let s = survey();
        let audiences = [Audience::Age9to12, Audience::Parent];
        let areas = vec!["n".to_owned(), "s".to_owned()];
        let kid = (
            Group { audience: Audience::Age9to12, language: "en".into(), area: "n".into(), channel: 0 },
            vec![("s", AnswerValue::Choice("a".into()))],
        );
        let parent = (
            Group { audience: Audience::Parent, language: "en".into(), area: "s".into(), channel: 0 },
            vec![("s", AnswerValue::Choice("b".into()))],
        );
        for seed in 0..50 {
            let mut responses = vec![kid.clone(); 9];
            responses.extend(vec![parent.clone(); 40]);
            let t = tallies_keyed(&responses, seed);
            let all = report(&t, &s, &audiences, &areas, &Filter::default(), 10);
            let n = all.responses.expect("49 people are published");
            assert!(n.abs_diff(49) <= 2, "{n}");
            let kids = all.by_audience.row("age-9-12").and_then(|r| r.count);
            assert!(
                kids.is_none_or(|n| n >= 10),
                "a group of 9 reads fewer than 10, or a perturbed 10 or 11: {kids:?}"
            );
            let kids_only = Filter { audience: Some(Audience::Age9to12), ..Filter::default() };
            let r = report(&t, &s, &audiences, &areas, &kids_only, 10);
            assert_eq!(r.responses, kids, "the same nine children give the same figure in both views");
            assert_eq!(r.too_few, kids.is_none());
            if r.too_few {
                assert!(r.questions.is_empty() && r.by_area.rows.is_empty());
            }
        }
    }

    #[test]
    fn an_audience_of_one_shows_no_answers_so_zeros_cannot_point_at_its_choice() {
        let s = survey();
        let audiences = [Audience::Age9to12, Audience::Parent];
        let areas = vec!["n".to_owned(), "s".to_owned()];
        let lone = (
            Group { audience: Audience::Age9to12, language: "en".into(), area: "n".into(), channel: 0 },
            vec![("s", AnswerValue::Choice("c".into()))],
        );
        let parent = (
            Group { audience: Audience::Parent, language: "en".into(), area: "s".into(), channel: 0 },
            vec![("s", AnswerValue::Choice("a".into()))],
        );
        for seed in 0..40 {
            let mut responses = vec![lone.clone()];
            responses.extend(vec![parent.clone(); 30]);
            let r = report(&tallies_keyed(&responses, seed), &s, &audiences, &areas, &Filter::default(), 5);
            for q in &r.questions {
                assert!(
                    q.audiences.iter().all(|a| a.audience == Audience::Parent),
                    "the lone child's table is left out"
                );
            }
        }
    }

    /// The attack of `domain::attack` on `trials` random consultations of 40
    /// respondents plus one planted respondent, the only one of their audience
    /// to answer in Arabic: how often it recovers the planted respondent's row,
    /// and how often guessing the most common row of their audience does.
    fn attack_rates(trials: u64) -> (f64, f64) {
        use crate::domain::attack::{Knowledge, guess, truth};
        use rand::{Rng, SeedableRng};
        let s = survey();
        let audiences = [Audience::Age9to12, Audience::Parent];
        let areas = vec!["n".to_owned(), "s".to_owned()];
        let know = Knowledge {
            audiences: &audiences,
            languages: &["en", "fr", "ar"],
            areas: &["n", "s"],
            channels: &[0],
            questions: &["s", "f"],
        };
        let (mut hits, mut prior_hits, mut asked) = (0u64, 0u64, 0u64);
        for seed in 0..trials {
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            let mut responses: Vec<Response> = Vec::new();
            let one = |rng: &mut rand::rngs::StdRng, language: &str| -> Response {
                let audience = audiences[rng.random_range(0..2)];
                let group = Group {
                    audience,
                    language: language.to_owned(),
                    area: ["n", "s"][rng.random_range(0..2)].to_owned(),
                    channel: 0,
                };
                let mut answers = Vec::new();
                if rng.random_bool(0.9) {
                    answers.push(("s", AnswerValue::Choice(["a", "b", "c"][rng.random_range(0..3)].into())));
                }
                if rng.random_bool(0.9) {
                    answers.push(("f", AnswerValue::Scale(rng.random_range(1..=audience.scale_points()))));
                }
                (group, answers)
            };
            for _ in 0..40 {
                let l = ["en", "fr"][rng.random_range(0..2)];
                responses.push(one(&mut rng, l));
            }
            let planted = one(&mut rng, "ar");
            responses.push(planted.clone());
            let t = tallies(&responses);
            let reports: Vec<(Filter, Report)> = know
                .filters()
                .into_iter()
                .map(|f| {
                    let r = report(&t, &s, &audiences, &areas, &f, 5);
                    (f, r)
                })
                .collect();
            let guesses = guess(&know, &reports, &planted.0);
            let truths = truth(&know, &planted.1);
            let own =
                reports.iter().find(|(f, _)| *f == Filter { audience: Some(planted.0.audience), ..Filter::default() });
            for (i, (g, real)) in guesses.iter().zip(&truths).enumerate() {
                asked += 1;
                hits += u64::from(g.as_deref() == Some(real.as_str()));
                // The prior: the most common row of the planted respondent's audience.
                let prior = own.and_then(|(_, r)| {
                    r.questions.iter().find(|q| q.question == know.questions[i]).and_then(|q| {
                        q.audiences[0]
                            .table
                            .rows
                            .iter()
                            .filter_map(|row| row.count.map(|c| (c, row.key.clone())))
                            .max()
                            .map(|x| x.1)
                    })
                });
                prior_hits += u64::from(prior.as_deref() == Some(real.as_str()));
            }
        }
        (hits as f64 / asked as f64, prior_hits as f64 / asked as f64)
    }

    /// The bound: at most half the time, and at most 20 points better than
    /// guessing the commonest answer of the respondent's age group without
    /// reading any figure about them. Each published cell carries noise of
    /// variance 1, so isolating one respondent by differencing three views
    /// leaves noise of standard deviation about 1.7 on a signal of 1, and most
    /// of the narrow cells the system would need read "fewer than k". With
    /// exact figures (no disclosure control) the same attacker is right every
    /// time; with the earlier suppression it was right as often as guessing,
    /// but only by hiding most cells, and other pages undid it.
    #[test]
    fn an_attacker_reading_every_view_rarely_recovers_a_unique_respondent() {
        let (rate, prior) = attack_rates(60);
        eprintln!(
            "attacker: exact answer {:.1}% of the time; guessing the commonest answer: {:.1}%",
            rate * 100.0,
            prior * 100.0
        );
        assert!(rate <= 0.5 && rate <= prior + 0.2, "attacker {rate}, guessing {prior}");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]
        /// Every figure is 0 or at least k, within the table's deviation of
        /// the truth; and a cell means the same people, so the same figure,
        /// in every view where it appears.
        #[test]
        fn every_view_publishes_the_same_figure_for_the_same_people(
            responses in proptest::collection::vec(response(), 0..70),
            k in 3u64..9,
            seed in any::<u64>(),
        ) {
            let s = survey();
            let t = tallies_keyed(&responses, seed);
            let audiences = [Audience::Age9to12, Audience::Parent];
            let areas = vec!["n".to_owned(), "s".to_owned()];
            let all = report(&t, &s, &audiences, &areas, &Filter::default(), k);
            for f in filters_of(&t) {
                let r = report(&t, &s, &audiences, &areas, &f, k);
                for (name, table) in tables(&r) {
                    for row in &table.rows {
                        prop_assert!(row.count.is_none_or(|n| n == 0 || n >= k), "{name}/{}: {:?} at k={k}", row.key, row.count);
                    }
                }
                // One condition: the view's total is the unfiltered breakdown's row.
                let single = [
                    (f.audience.map(|a| a.as_str().to_owned()), &all.by_audience, f.language.is_none() && f.area.is_none() && f.channel.is_none()),
                    (f.language.clone(), &all.by_language, f.audience.is_none() && f.area.is_none() && f.channel.is_none()),
                    (f.area.clone(), &all.by_area, f.audience.is_none() && f.language.is_none() && f.channel.is_none()),
                    (f.channel.map(|c| c.to_string()), &all.by_channel, f.audience.is_none() && f.language.is_none() && f.area.is_none()),
                ];
                for (value, table, only) in single {
                    if let (Some(v), true, false) = (value, only, all.too_few) {
                        let cell = table.row(&v).and_then(|row| row.count).filter(|n| *n >= k);
                        prop_assert_eq!(r.responses, cell, "{:?}", f);
                        if let Some(a) = f.audience {
                            // Each question's audience total is that audience's row too.
                            for q in &all.questions {
                                if let Some(x) = q.audiences.iter().find(|x| x.audience == a) {
                                    prop_assert_eq!(x.table.total, all.by_audience.row(a.as_str()).and_then(|row| row.count));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

//! The survey structure (`survey.toml`), parsed once into types that cannot hold
//! an inconsistent survey. Every error names the file, the line and the key.

use super::audience::Audience;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use toml::Spanned;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    pub id: String,
    pub default_language: String,
    pub languages: Vec<String>,
    pub audiences: Vec<Audience>,
    pub areas: Vec<String>,
    pub questions: Vec<Question>,
    /// Recorded audio per language: text key (`q-{id}`, `q-{id}-{option}`) →
    /// file in the template folder, like XLSForm's `audio::lang` column.
    #[serde(default)]
    pub audio: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub audiences: Vec<Audience>,
    pub required: bool,
    pub show_if: Option<Condition>,
    /// The shared option list its options come from (their texts are
    /// `list-{list}-{option}`, written once for every question using it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// The Likert grid this statement belongs to: the id of the grid's note
    /// (its title). A grid is one `single` question per statement, so results
    /// keep one row per statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<String>,
    /// "Other, please say": the question and option this free text belongs
    /// to; it is kept only when that option is chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_of: Option<(String, String)>,
    /// Starts a new screen, whatever fits on the one before (a section break).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub new_page: bool,
    /// The id of the bank indicator this question measures (`indicators.toml`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// A standard instrument's wording, which may not be changed: for 13-17
    /// and parents an over-long sentence is a warning, not an error.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub validated_wording: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum QuestionKind {
    Single {
        options: Vec<String>,
    },
    Multiple {
        options: Vec<String>,
        max: Option<u32>,
        /// Options that go alone ("none of these", "I don't know"): chosen
        /// with any other, the answer is refused.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        exclusive: Vec<String>,
    },
    Scale,
    Text {
        max_length: u32,
    },
    Number {
        min: i64,
        max: i64,
    },
    Area,
    Rank {
        options: Vec<String>,
    },
    /// Spots marked on the consultation's map, each snapped to a grid cell;
    /// asked only where the consultation has an area set.
    Place {
        max: u32,
    },
    /// Text on the page, with no answer: an introduction to a section, an
    /// explanation (XLSForm's `note`).
    Note,
}

/// When a question is shown: one clause (`{ question, any_of }`), or several
/// joined by `all` (and) or `any` (or), as XLSForm's `relevant` can say.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "ConditionRepr", into = "ConditionRepr")]
pub struct Condition {
    pub join: Join,
    pub clauses: Vec<Clause>,
}

/// An earlier answer is one of `any_of`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub question: String,
    pub any_of: Vec<String>,
}

/// How a condition's clauses combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Join {
    /// Every clause holds (`and`).
    #[default]
    All,
    /// At least one clause holds (`or`).
    Any,
}

impl Join {
    pub fn name(self) -> &'static str {
        match self {
            Join::All => "all",
            Join::Any => "any",
        }
    }
}

/// The stored form: one clause as it always was, several as `{ all = [...] }`
/// or `{ any = [...] }`, so snapshots taken before joins existed still load.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum ConditionRepr {
    One(Clause),
    All { all: Vec<Clause> },
    Any { any: Vec<Clause> },
}

impl From<ConditionRepr> for Condition {
    fn from(r: ConditionRepr) -> Self {
        match r {
            ConditionRepr::One(c) => Condition::single(c.question, c.any_of),
            ConditionRepr::All { all } => Condition { join: Join::All, clauses: all },
            ConditionRepr::Any { any } => Condition { join: Join::Any, clauses: any },
        }
    }
}

impl From<Condition> for ConditionRepr {
    fn from(c: Condition) -> Self {
        match (c.join, c.clauses.len()) {
            (_, 1) => ConditionRepr::One(c.clauses.into_iter().next().expect("one clause")),
            (Join::All, _) => ConditionRepr::All { all: c.clauses },
            (Join::Any, _) => ConditionRepr::Any { any: c.clauses },
        }
    }
}

impl Condition {
    pub fn single(question: String, any_of: Vec<String>) -> Self {
        Condition { join: Join::All, clauses: vec![Clause { question, any_of }] }
    }

    /// The questions this condition reads.
    pub fn questions(&self) -> impl Iterator<Item = &str> {
        self.clauses.iter().map(|c| c.question.as_str())
    }

    /// The condition as a `show_if` value in `survey.toml`.
    pub fn to_toml(&self) -> String {
        let clause = |c: &Clause| {
            let values: Vec<String> = c.any_of.iter().map(|v| super::xlsform::toml_string(v)).collect();
            format!("{{ question = {}, any_of = [{}] }}", super::xlsform::toml_string(&c.question), values.join(", "))
        };
        match self.clauses.as_slice() {
            [one] => clause(one),
            many => {
                format!("{{ {} = [{}] }}", self.join.name(), many.iter().map(clause).collect::<Vec<_>>().join(", "))
            }
        }
    }
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Single { .. } => "single",
            QuestionKind::Multiple { .. } => "multiple",
            QuestionKind::Scale => "scale",
            QuestionKind::Text { .. } => "text",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Area => "area",
            QuestionKind::Rank { .. } => "rank",
            QuestionKind::Place { .. } => "place",
            QuestionKind::Note => "note",
        }
    }

    /// The option ids of a choice question; empty for the others.
    pub fn options(&self) -> &[String] {
        match self {
            QuestionKind::Single { options }
            | QuestionKind::Multiple { options, .. }
            | QuestionKind::Rank { options } => options,
            _ => &[],
        }
    }
}

impl Question {
    pub fn is_for(&self, audience: Audience) -> bool {
        self.audiences.contains(&audience)
    }

    /// Whether it takes an answer (a note does not).
    pub fn is_answered(&self) -> bool {
        self.kind != QuestionKind::Note
    }

    /// The text key of one of its options: the shared list's when it has one.
    pub fn option_key(&self, option: &str) -> String {
        match (&self.list, &self.grid) {
            (Some(list), _) => format!("list-{list}-{option}"),
            // A grid's own options are written once for all its statements.
            (None, Some(grid)) => format!("q-{grid}-{option}"),
            (None, None) => format!("q-{}-{option}", self.id),
        }
    }
}

impl Survey {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Questions an audience may see, in order (before conditions are applied).
    pub fn questions_for(&self, audience: Audience) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |q| q.is_for(audience))
    }
}

/// One problem in a survey template, located as precisely as the format allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyError {
    pub file: String,
    pub line: Option<usize>,
    pub key: String,
    pub message: String,
}

impl fmt::Display for SurveyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: `{}`: {}", self.file, line, self.key, self.message),
            None => write!(f, "{}: `{}`: {}", self.file, self.key, self.message),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSurvey {
    default_language: Spanned<String>,
    languages: Spanned<Vec<Spanned<String>>>,
    audiences: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    areas: Vec<Spanned<String>>,
    /// Shared option lists (XLSForm's `list_name`): name → option ids.
    #[serde(default)]
    lists: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default, rename = "question")]
    questions: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    audio: BTreeMap<String, BTreeMap<String, Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    audiences: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    required: Option<Spanned<bool>>,
    options: Option<Spanned<Vec<Spanned<String>>>>,
    show_if: Option<Spanned<RawCondition>>,
    min: Option<Spanned<i64>>,
    max: Option<Spanned<i64>>,
    max_length: Option<Spanned<i64>>,
    indicator: Option<Spanned<String>>,
    exclusive: Option<Spanned<Vec<Spanned<String>>>>,
    new_page: Option<Spanned<bool>>,
    list: Option<Spanned<String>>,
    statements: Option<Spanned<Vec<Spanned<String>>>>,
    other: Option<Spanned<String>>,
    validated_wording: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    question: Option<Spanned<String>>,
    any_of: Option<Spanned<Vec<Spanned<String>>>>,
    all: Option<Vec<Spanned<RawClause>>>,
    any: Option<Vec<Spanned<RawClause>>>,
}

/// A clause as written: its span, question and values.
type ClauseRef<'r> = (std::ops::Range<usize>, &'r Spanned<String>, &'r Spanned<Vec<Spanned<String>>>);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClause {
    question: Spanned<String>,
    any_of: Spanned<Vec<Spanned<String>>>,
}

/// A relative path to an audio file inside the template folder.
pub fn is_audio_path(path: &str) -> bool {
    let ext_ok = [".ogg", ".opus", ".mp3", ".m4a", ".wav"].iter().any(|e| path.ends_with(e));
    ext_ok && !path.starts_with('/') && !path.split('/').any(|part| part == ".." || part.is_empty())
}

/// Longest "other, please say" text.
pub const OTHER_MAX_LENGTH: u32 = 200;

/// What is wrong with an id, stated as exactly as [`is_valid_id`] checks it.
pub fn id_rule(what: &str, value: &str) -> String {
    format!(
        "{what} id '{value}' must start with a lowercase letter (a-z), then use only a-z, 0-9 and '-', not end with '-', and have at most 40 characters"
    )
}

/// Ids of questions, options and areas: short, lowercase, safe in URLs and Fluent keys.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
}

fn is_valid_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok =
        parts.next().is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()));
    first_ok && parts.all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A question's `type` as `survey.toml` names it (a `grid` is built from
/// `single` questions, one per statement).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Single,
    Multiple,
    Scale,
    Text,
    Number,
    Area,
    Rank,
    Place,
    Note,
    Grid,
}

impl Kind {
    const NAMES: [(&'static str, Kind); 10] = [
        ("single", Kind::Single),
        ("multiple", Kind::Multiple),
        ("scale", Kind::Scale),
        ("text", Kind::Text),
        ("number", Kind::Number),
        ("area", Kind::Area),
        ("rank", Kind::Rank),
        ("place", Kind::Place),
        ("note", Kind::Note),
        ("grid", Kind::Grid),
    ];

    fn parse(name: &str) -> Option<Kind> {
        Kind::NAMES.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
    }

    /// Whether it offers answers to choose from (`options` or a `list`).
    fn takes_options(self) -> bool {
        matches!(self, Kind::Single | Kind::Multiple | Kind::Rank | Kind::Grid)
    }

    /// The limits it takes.
    fn limits(self) -> &'static [&'static str] {
        match self {
            Kind::Multiple | Kind::Place => &["max"],
            Kind::Number => &["min", "max"],
            Kind::Text => &["max_length"],
            _ => &[],
        }
    }
}

/// What a question's checks need besides the raw question.
struct Ctx<'q> {
    rq: &'q RawQuestion,
    span: std::ops::Range<usize>,
    qid: &'q str,
}

impl Ctx<'_> {
    fn key(&self, k: &str) -> String {
        format!("question.{}.{k}", self.qid)
    }
}

/// The question's kind with its settings, checked: one function per type.
fn kind_of(tag: Kind, q: &Ctx, options: Vec<String>, areas: &[String], c: &mut Checker) -> QuestionKind {
    match tag {
        Kind::Single | Kind::Grid => QuestionKind::Single { options },
        Kind::Multiple => multiple(q, options, c),
        Kind::Rank => rank(q, options, c),
        Kind::Scale => QuestionKind::Scale,
        Kind::Note => QuestionKind::Note,
        Kind::Place => place(q, c),
        Kind::Area => {
            if areas.is_empty() {
                c.error(q.span.clone(), q.key("type"), "an 'area' question needs the survey's `areas`");
            }
            QuestionKind::Area
        }
        Kind::Text => text(q, c),
        Kind::Number => number(q, c),
    }
}

fn multiple(q: &Ctx, options: Vec<String>, c: &mut Checker) -> QuestionKind {
    let rq = q.rq;
    let max = rq.max.as_ref().map(|m| (m.span(), *m.get_ref()));
    if let Some((s, m)) = &max
        && (*m < 1 || *m as usize > options.len().max(1))
    {
        c.error(
            s.clone(),
            q.key("max"),
            format!("`max` must be between 1 and the number of options ({})", options.len()),
        );
    }
    let mut exclusive = Vec::new();
    for e in rq.exclusive.iter().flat_map(|list| list.get_ref()) {
        if !options.contains(e.get_ref()) {
            c.error(e.span(), q.key("exclusive"), format!("'{}' is not one of the question's options", e.get_ref()));
        } else if !exclusive.contains(e.get_ref()) {
            exclusive.push(e.get_ref().clone());
        }
    }
    if !exclusive.is_empty() && exclusive.len() == options.len() {
        let s = rq.exclusive.as_ref().map_or(q.span.clone(), |e| e.span());
        c.error(s, q.key("exclusive"), "every option is exclusive: use a 'single' question");
    }
    QuestionKind::Multiple { options, max: max.map(|(_, m)| m.clamp(1, 1000) as u32), exclusive }
}

fn rank(q: &Ctx, options: Vec<String>, c: &mut Checker) -> QuestionKind {
    if options.len() > 7 {
        c.error(q.span.clone(), q.key("options"), "rank at most 7 options: longer lists are too hard on a phone");
    }
    QuestionKind::Rank { options }
}

fn place(q: &Ctx, c: &mut Checker) -> QuestionKind {
    let most = i64::from(super::map::MAX_PLACES);
    let max = q.rq.max.as_ref().map_or(3, |m| *m.get_ref());
    if !(1..=most).contains(&max) {
        let s = q.rq.max.as_ref().map_or(q.span.clone(), |m| m.span());
        c.error(s, q.key("max"), format!("`max` must be between 1 and {most}"));
    }
    QuestionKind::Place { max: max.clamp(1, most) as u32 }
}

fn text(q: &Ctx, c: &mut Checker) -> QuestionKind {
    let max_length = q.rq.max_length.as_ref().map_or(1000, |m| *m.get_ref());
    if !(1..=5000).contains(&max_length) {
        let s = q.rq.max_length.as_ref().map_or(q.span.clone(), |m| m.span());
        c.error(s, q.key("max_length"), "`max_length` must be between 1 and 5000");
    }
    QuestionKind::Text { max_length: max_length.clamp(1, 5000) as u32 }
}

fn number(q: &Ctx, c: &mut Checker) -> QuestionKind {
    let min = q.rq.min.as_ref().map_or(0, |m| *m.get_ref());
    let max = q.rq.max.as_ref().map_or(10_000, |m| *m.get_ref());
    if min > max {
        c.error(q.span.clone(), q.key("min"), "`min` is larger than `max`");
    }
    QuestionKind::Number { min, max }
}

/// What a question's condition is checked against: the questions before it.
struct Before<'a> {
    questions: &'a [Question],
    positions: &'a HashMap<String, usize>,
    raw: &'a RawSurvey,
    areas: &'a [String],
}

/// A question's `show_if`, checked: each clause names an earlier question
/// that its audiences are asked, and answers that question can have (each
/// audience's own scale).
fn condition_of(
    cond: &Spanned<RawCondition>,
    qid: &str,
    q_audiences: &[Audience],
    before: &Before,
    c: &mut Checker,
) -> Option<Condition> {
    let key = |k: &str| format!("question.{qid}.{k}");
    let Before { questions, positions, raw, areas } = *before;
    let (cspan, cond) = (cond.span(), cond.get_ref());
    // One clause, or several under `all` / `any`; never both.
    let (join, raw_clauses): (Join, Vec<ClauseRef<'_>>) = match (&cond.question, &cond.any_of, &cond.all, &cond.any) {
        (Some(q), Some(v), None, None) => (Join::All, vec![(cspan.clone(), q, v)]),
        (None, None, Some(cs), None) | (None, None, None, Some(cs)) if !cs.is_empty() => (
            if cond.all.is_some() { Join::All } else { Join::Any },
            cs.iter().map(|c| (c.span(), &c.get_ref().question, &c.get_ref().any_of)).collect(),
        ),
        _ => {
            c.error(
                    cspan,
                    key("show_if"),
                    "write { question = \"…\", any_of = [\"…\"] }, or several of these in { all = [...] } (each must hold) or { any = [...] } (one is enough)",
                );
            return None;
        }
    };
    let mut clauses = Vec::new();
    let mut asked_of_some: BTreeSet<Audience> = BTreeSet::new();
    let mut seen_targets: BTreeSet<&str> = BTreeSet::new();
    for (clause_span, question, any_of) in raw_clauses {
        let target_id = question.get_ref();
        if target_id == qid {
            c.error(question.span(), key("show_if"), "a question cannot depend on itself");
            continue;
        }
        if !seen_targets.insert(target_id.as_str()) {
            c.error(
                question.span(),
                key("show_if"),
                format!("'{target_id}' is named twice: list all its answers in one `any_of`"),
            );
            continue;
        }
        if !positions.contains_key(target_id.as_str()) {
            let later = raw.questions.iter().any(|q| q.get_ref().id.get_ref() == target_id);
            let message = if later {
                format!(
                    "depends on '{target_id}', which comes later: a condition may only refer to an earlier question"
                )
            } else {
                format!("depends on '{target_id}', which is not a question of this survey")
            };
            c.error(question.span(), key("show_if"), message);
            continue;
        }
        let Some(target) = questions.iter().find(|q| &q.id == target_id) else { continue };
        let valid: Vec<String> = match &target.kind {
            QuestionKind::Single { options } | QuestionKind::Multiple { options, .. } => options.clone(),
            // Each audience's own scale: 3 smileys for age-5-8, 5 points for the others.
            QuestionKind::Scale => {
                for v in any_of.get_ref() {
                    let point = v.get_ref().parse::<u8>().ok();
                    for a in q_audiences.iter().filter(|a| target.audiences.contains(a)) {
                        if point.is_some_and(|p| p > a.scale_points()) {
                            c.error(
                                v.span(),
                                key("show_if"),
                                format!(
                                    "'{}' is not a point of {a}'s scale (1-{}): for {a} this condition can never hold on that value",
                                    v.get_ref(),
                                    a.scale_points()
                                ),
                            );
                        }
                    }
                }
                let most = q_audiences.iter().map(|a| a.scale_points()).max().unwrap_or(5);
                (1..=most).map(|v| v.to_string()).collect()
            }
            QuestionKind::Area => areas.to_vec(),
            other => {
                c.error(
                    clause_span,
                    key("show_if"),
                    format!("a condition cannot depend on a '{}' question", other.name()),
                );
                continue;
            }
        };
        if any_of.get_ref().is_empty() {
            c.error(any_of.span(), key("show_if"), "`any_of` lists no answer");
        }
        for v in any_of.get_ref() {
            if !valid.contains(v.get_ref()) {
                c.error(v.span(), key("show_if"), format!("'{}' is not an answer of '{target_id}'", v.get_ref()));
            }
        }
        for a in q_audiences {
            if target.audiences.contains(a) {
                asked_of_some.insert(*a);
            } else if join == Join::All {
                c.error(
                    clause_span.clone(),
                    key("show_if"),
                    format!("'{target_id}' is not asked of {a}, so this condition could never hold for them"),
                );
            }
        }
        clauses.push(Clause {
            question: target_id.clone(),
            any_of: any_of.get_ref().iter().map(|v| v.get_ref().clone()).collect(),
        });
    }
    if join == Join::Any {
        for a in q_audiences.iter().filter(|a| !asked_of_some.contains(a)) {
            c.error(
                cspan.clone(),
                key("show_if"),
                format!("none of these questions is asked of {a}, so this condition could never hold for them"),
            );
        }
    }
    (!clauses.is_empty()).then_some(Condition { join, clauses })
}

/// Every text has one key: a question's words, its hint and its options'
/// words must not meet (question 'play-outside' and option 'outside' of
/// 'play' would both be `q-play-outside`).
fn check_text_keys(questions: &[Question], raw: &RawSurvey, c: &mut Checker) {
    let mut owners: HashMap<String, (String, String)> = HashMap::new();
    for q in questions {
        let home =
            q.grid.clone().or_else(|| q.other_of.as_ref().map(|(p, _)| p.clone())).unwrap_or_else(|| q.id.clone());
        let mut keys = vec![
            (format!("q-{}", q.id), format!("the words of '{}'", q.id)),
            (format!("q-{}-hint", q.id), format!("the hint of '{}'", q.id)),
        ];
        if q.list.is_none() {
            let of = q.grid.as_deref().unwrap_or(&q.id);
            keys.extend(q.kind.options().iter().map(|o| (q.option_key(o), format!("option '{o}' of '{of}'"))));
        }
        for (k, owner) in keys {
            match owners.get(&k) {
                Some((other, _)) if *other != owner => {
                    let span = raw
                        .questions
                        .iter()
                        .find(|r| *r.get_ref().id.get_ref() == home)
                        .map_or(0..0, |r| r.get_ref().id.span());
                    c.error(
                        span,
                        format!("question.{home}.id"),
                        format!("{owner} and {other} would share the text key '{k}': rename one of them"),
                    );
                }
                Some(_) => {}
                None => {
                    owners.insert(k, (owner, home.clone()));
                }
            }
        }
    }
}

struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    errors: Vec<SurveyError>,
}

impl Checker<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> usize {
        let end = span.start.min(self.source.len());
        self.source[..end].bytes().filter(|b| *b == b'\n').count() + 1
    }

    fn error(&mut self, span: std::ops::Range<usize>, key: impl Into<String>, message: impl Into<String>) {
        let line = self.line(span);
        self.errors.push(SurveyError {
            file: self.file.to_owned(),
            line: Some(line),
            key: key.into(),
            message: message.into(),
        });
    }

    fn audiences(&mut self, raw: &Spanned<Vec<Spanned<String>>>, key: &str) -> Vec<Audience> {
        let mut out = Vec::new();
        for a in raw.get_ref() {
            match a.get_ref().parse::<Audience>() {
                Ok(aud) if out.contains(&aud) => self.error(a.span(), key, format!("audience '{aud}' is listed twice")),
                Ok(aud) => out.push(aud),
                Err(e) => self.error(a.span(), key, e.to_string()),
            }
        }
        if out.is_empty() && raw.get_ref().is_empty() {
            self.error(raw.span(), key, "at least one audience is needed");
        }
        out
    }

    fn ids(&mut self, raw: &[Spanned<String>], key: &str, what: &str) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for id in raw {
            let value = id.get_ref();
            if !is_valid_id(value) {
                self.error(id.span(), key, id_rule(what, value));
            } else if !seen.insert(value.clone()) {
                self.error(id.span(), key, format!("{what} id '{value}' is used twice"));
            } else {
                out.push(value.clone());
            }
        }
        out
    }
}

/// Parses and checks `survey.toml`. `id` is the template's folder name.
pub fn parse_survey(id: &str, file: &str, source: &str) -> Result<Survey, Vec<SurveyError>> {
    match parse_survey_partial(id, file, source)? {
        (survey, errors) if errors.is_empty() => Ok(survey),
        (_, errors) => Err(errors),
    }
}

/// Like [`parse_survey`], but gives what could be read of a survey with
/// problems beside the problems, so its texts can be checked in the same run.
/// Only unreadable TOML gives no survey at all.
pub fn parse_survey_partial(
    id: &str,
    file: &str,
    source: &str,
) -> Result<(Survey, Vec<SurveyError>), Vec<SurveyError>> {
    let raw: RawSurvey = toml::from_str(source).map_err(|e| {
        let line = e.span().map(|s| source[..s.start.min(source.len())].bytes().filter(|b| *b == b'\n').count() + 1);
        vec![SurveyError {
            file: file.to_owned(),
            line,
            key: "survey.toml".to_owned(),
            message: e.message().to_owned(),
        }]
    })?;
    let mut c = Checker { file, source, errors: Vec::new() };
    if !is_valid_id(id) {
        c.errors.push(SurveyError {
            file: file.to_owned(),
            line: None,
            key: "id".into(),
            message: format!("template folder '{id}' must be named with lowercase letters, digits and '-'"),
        });
    }

    let mut languages = Vec::new();
    for l in raw.languages.get_ref() {
        if !is_valid_language(l.get_ref()) {
            c.error(l.span(), "languages", format!("'{}' is not a language tag like 'en' or 'pt-BR'", l.get_ref()));
        } else if languages.contains(l.get_ref()) {
            c.error(l.span(), "languages", format!("language '{}' is listed twice", l.get_ref()));
        } else {
            languages.push(l.get_ref().clone());
        }
    }
    if raw.languages.get_ref().is_empty() {
        c.error(raw.languages.span(), "languages", "at least one language is needed");
    }
    let default_language = raw.default_language.get_ref().clone();
    if !languages.contains(&default_language) {
        c.error(raw.default_language.span(), "default_language", format!("'{default_language}' is not in `languages`"));
    }
    let audiences = c.audiences(&raw.audiences, "audiences");
    let areas = c.ids(&raw.areas, "areas", "area");
    let mut lists: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, options) in &raw.lists {
        if !is_valid_id(name) {
            c.error(options.span(), format!("lists.{name}"), id_rule("list", name));
            continue;
        }
        let ids = c.ids(options.get_ref(), &format!("lists.{name}"), "option");
        if ids.len() < 2 {
            c.error(options.span(), format!("lists.{name}"), "a list needs at least two options");
        }
        lists.insert(name.clone(), ids);
    }
    let mut used_lists = BTreeSet::new();

    let mut questions: Vec<Question> = Vec::new();
    let mut positions: HashMap<String, usize> = HashMap::new();
    for (index, rq) in raw.questions.iter().enumerate() {
        let span = rq.span();
        let rq = rq.get_ref();
        let qid = rq.id.get_ref().clone();
        let key = |k: &str| format!("question.{qid}.{k}");
        // A rejected id is reported, and the rest of the question is still
        // checked, so every problem shows in one run.
        let id_ok = if !is_valid_id(&qid) {
            c.error(rq.id.span(), "question.id", id_rule("question", &qid));
            false
        } else if positions.contains_key(&qid) {
            c.error(rq.id.span(), "question.id", format!("question id '{qid}' is used twice"));
            false
        } else {
            positions.insert(qid.clone(), index);
            true
        };

        let tag = Kind::parse(rq.kind.get_ref());
        if tag.is_none() {
            let names: Vec<&str> = Kind::NAMES.iter().map(|(n, _)| *n).collect();
            c.error(
                rq.kind.span(),
                key("type"),
                format!("unknown type '{}' ({})", rq.kind.get_ref(), names.join(", ")),
            );
        }
        let q_audiences = match &rq.audiences {
            Some(list) => {
                let list_aud = c.audiences(list, &key("audiences"));
                for a in &list_aud {
                    if !audiences.contains(a) {
                        c.error(
                            list.span(),
                            key("audiences"),
                            format!("audience '{a}' is not one of the survey's `audiences`"),
                        );
                    }
                }
                list_aud.into_iter().filter(|a| audiences.contains(a)).collect()
            }
            None => audiences.clone(),
        };

        let mut options = rq.options.as_ref().map(|o| (o.span(), c.ids(o.get_ref(), &key("options"), "option")));
        let mut list = None;
        if let Some(l) = &rq.list {
            used_lists.insert(l.get_ref().clone());
            if rq.options.is_some() {
                c.error(l.span(), key("list"), "give `options` or `list`, not both");
            } else if !tag.is_some_and(Kind::takes_options) {
                c.error(
                    l.span(),
                    key("list"),
                    format!("a '{}' question has no options, so no `list`", rq.kind.get_ref()),
                );
            } else if let Some(ids) = lists.get(l.get_ref()) {
                options = Some((l.span(), ids.clone()));
                list = Some(l.get_ref().clone());
            } else if !raw.lists.contains_key(l.get_ref()) {
                let known: Vec<&str> = lists.keys().map(String::as_str).collect();
                c.error(
                    l.span(),
                    key("list"),
                    format!("there is no list '{}' in [lists] (there are: {})", l.get_ref(), known.join(", ")),
                );
            }
        }
        let Some(tag) = tag else { continue };
        if tag.takes_options() {
            match &options {
                None => {
                    c.error(span.clone(), key("options"), format!("a '{}' question needs `options`", rq.kind.get_ref()))
                }
                Some((s, o)) if o.len() < 2 => c.error(s.clone(), key("options"), "at least two options are needed"),
                _ => {}
            }
        } else if let Some((s, _)) = &options {
            c.error(s.clone(), key("options"), format!("a '{}' question has no `options`", rq.kind.get_ref()));
        }
        let options = options.map(|(_, o)| o).unwrap_or_default();
        for (name, field) in [("min", &rq.min), ("max", &rq.max), ("max_length", &rq.max_length)] {
            if let Some(v) = field
                && !tag.limits().contains(&name)
            {
                c.error(v.span(), key(name), format!("a '{}' question has no `{name}`", rq.kind.get_ref()));
            }
        }
        let kind = kind_of(tag, &Ctx { rq, span: span.clone(), qid: &qid }, options, &areas, &mut c);

        let required = rq.required.as_ref().is_some_and(|r| *r.get_ref());
        if required && kind == QuestionKind::Note {
            let s = rq.required.as_ref().map_or(span.clone(), |r| r.span());
            c.error(s, key("required"), "a note takes no answer, so it cannot be required");
        }
        if required && q_audiences.contains(&Audience::Age5to8) {
            let s = rq.required.as_ref().map_or(span.clone(), |r| r.span());
            c.error(s, key("required"), "nothing may be required of age-5-8: a young child must never be stuck");
        }
        if q_audiences.contains(&Audience::Age5to8)
            && matches!(kind, QuestionKind::Rank { .. } | QuestionKind::Number { .. })
        {
            c.error(
                rq.kind.span(),
                key("type"),
                format!("a '{}' question is too hard for age-5-8; leave age-5-8 out of its `audiences`", kind.name()),
            );
        }

        let before = Before { questions: &questions, positions: &positions, raw: &raw, areas: &areas };
        let show_if = rq.show_if.as_ref().and_then(|cond| condition_of(cond, &qid, &q_audiences, &before, &mut c));

        if let Some(e) = &rq.exclusive
            && !matches!(kind, QuestionKind::Multiple { .. })
        {
            c.error(
                e.span(),
                key("exclusive"),
                format!("a '{}' question has no `exclusive` options: only 'multiple' has", kind.name()),
            );
        }
        let new_page = rq.new_page.as_ref().is_some_and(|p| *p.get_ref());
        let mut question = Question {
            id: qid.clone(),
            kind,
            audiences: q_audiences,
            required,
            show_if,
            list,
            grid: None,
            other_of: None,
            new_page,
            indicator: None,
            validated_wording: rq.validated_wording.as_ref().is_some_and(|v| *v.get_ref()),
        };
        if let Some(ind) = &rq.indicator {
            let id = ind.get_ref();
            match super::indicators::find(id) {
                None => {
                    let known: Vec<&str> = super::indicators::bank().iter().map(|i| i.id.as_str()).collect();
                    c.error(
                        ind.span(),
                        key("indicator"),
                        format!("'{id}' is not an indicator of the bank (one of: {})", known.join(", ")),
                    );
                }
                Some(indicator) => match indicator.fits(&question) {
                    Err(e) => c.error(ind.span(), key("indicator"), e),
                    Ok(()) => {
                        if let Some(other) = questions.iter().find(|q| q.indicator.as_deref() == Some(id)) {
                            c.error(
                                ind.span(),
                                key("indicator"),
                                format!(
                                    "'{id}' is already measured by question '{}': one question per indicator",
                                    other.id
                                ),
                            );
                        } else {
                            question.indicator = Some(id.clone());
                        }
                    }
                },
            }
        }
        let is_grid = tag == Kind::Grid;
        if let Some(st) = &rq.statements
            && !is_grid
        {
            c.error(st.span(), key("statements"), "only a 'grid' question has `statements`");
        }
        if !id_ok {
            continue;
        }
        if !is_grid {
            // "Other, please say": a short free text that goes with one option.
            let other = rq.other.as_ref().and_then(|o| {
                let option = o.get_ref();
                if !matches!(question.kind, QuestionKind::Single { .. } | QuestionKind::Multiple { .. }) {
                    c.error(o.span(), key("other"), "only a 'single' or 'multiple' question has `other`");
                    return None;
                }
                if !question.kind.options().contains(option) {
                    c.error(o.span(), key("other"), format!("'{option}' is not one of the question's options"));
                    return None;
                }
                let id = format!("{qid}-{option}-text");
                if !is_valid_id(&id) {
                    c.error(o.span(), key("other"), id_rule("the text's", &id));
                    return None;
                }
                if positions.contains_key(&id) {
                    c.error(o.span(), key("other"), format!("'{id}' is already a question id"));
                    return None;
                }
                positions.insert(id.clone(), index);
                Some(Question {
                    id,
                    kind: QuestionKind::Text { max_length: OTHER_MAX_LENGTH },
                    required: false,
                    list: None,
                    grid: None,
                    other_of: Some((qid.clone(), option.clone())),
                    new_page: false,
                    indicator: None,
                    ..question.clone()
                })
            });
            questions.push(question);
            questions.extend(other);
            continue;
        }
        // A Likert grid: its title as a note, then one single-choice
        // question per statement, all with the same options.
        let statements = match &rq.statements {
            Some(st) => c.ids(st.get_ref(), &key("statements"), "statement"),
            None => {
                c.error(span.clone(), key("statements"), "a 'grid' question needs `statements`");
                vec![]
            }
        };
        if rq.statements.is_some() && statements.len() < 2 {
            c.error(span.clone(), key("statements"), "a grid needs at least two statements: use a 'single' question");
        }
        if question.indicator.is_some() {
            c.error(span.clone(), key("indicator"), "an indicator is measured by one question, not a grid");
        }
        for st in &statements {
            let id = format!("{qid}-{st}");
            if question.kind.options().contains(st) && question.list.is_none() {
                c.error(
                    span.clone(),
                    key("statements"),
                    format!("statement '{st}' has the id of an option: their texts would share a key"),
                );
            } else if !is_valid_id(&id) {
                c.error(span.clone(), key("statements"), id_rule("statement", &id));
            } else if let std::collections::hash_map::Entry::Vacant(free) = positions.entry(id.clone()) {
                free.insert(index);
            } else {
                c.error(span.clone(), key("statements"), format!("'{id}' is already a question id"));
            }
        }
        // A grid is a section of its own: its title opens a new screen.
        let title = Question {
            kind: QuestionKind::Note,
            new_page: true,
            required: false,
            list: None,
            grid: None,
            indicator: None,
            ..question.clone()
        };
        let rows: Vec<Question> = statements
            .iter()
            .map(|st| Question {
                id: format!("{qid}-{st}"),
                new_page: false,
                grid: Some(qid.clone()),
                indicator: None,
                ..question.clone()
            })
            .collect();
        questions.push(title);
        questions.extend(rows);
    }

    check_text_keys(&questions, &raw, &mut c);

    if raw.questions.is_empty() {
        c.errors.push(SurveyError {
            file: file.to_owned(),
            line: None,
            key: "question".into(),
            message: "the survey has no questions".into(),
        });
    }
    for a in &audiences {
        // Notes are read, not answered: they do not count as questions.
        let n = questions.iter().filter(|q| q.is_for(*a) && q.is_answered()).count();
        if n == 0 {
            c.error(raw.audiences.span(), "audiences", format!("no question is asked of {a}"));
        }
        if a.is_young() && n > 6 {
            c.error(
                raw.audiences.span(),
                "audiences",
                format!("age-5-8 sees {n} questions; young children get at most 6"),
            );
        }
    }

    for (name, options) in &raw.lists {
        if !used_lists.contains(name) {
            c.error(options.span(), format!("lists.{name}"), format!("no question uses the list '{name}'"));
        }
    }

    let mut audio = BTreeMap::new();
    for (lang, files) in &raw.audio {
        let mut clips = BTreeMap::new();
        for (key, file) in files {
            let path = file.get_ref();
            let known_key = questions
                .iter()
                .any(|q| *key == format!("q-{}", q.id) || q.kind.options().iter().any(|o| *key == q.option_key(o)));
            if !languages.contains(lang) {
                c.error(file.span(), format!("audio.{lang}"), format!("'{lang}' is not in `languages`"));
            } else if !known_key {
                c.error(file.span(), format!("audio.{lang}.{key}"), "not the key of a question or option text");
            } else if !is_audio_path(path) {
                c.error(
                    file.span(),
                    format!("audio.{lang}.{key}"),
                    "expected a path inside the template like audio/en/q1.ogg (ogg, opus, mp3, m4a or wav)",
                );
            } else {
                clips.insert(key.clone(), path.clone());
            }
        }
        audio.insert(lang.clone(), clips);
    }

    Ok((Survey { id: id.to_owned(), default_language, languages, audiences, areas, questions, audio }, c.errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
default_language = "en"
languages = ["en", "fr"]
audiences = ["age-5-8", "parent"]
areas = ["north", "south"]

[[question]]
id = "outside"
type = "single"
options = ["yes", "no"]

[[question]]
id = "why-not"
type = "multiple"
options = ["cars", "dark", "nowhere"]
show_if = { question = "outside", any_of = ["no"] }

[[question]]
id = "minutes"
type = "number"
audiences = ["parent"]
min = 0
max = 120
"#;

    #[test]
    fn a_consistent_survey_parses() {
        let s = parse_survey("play", "play/survey.toml", GOOD).expect("valid");
        assert_eq!(s.questions.len(), 3);
        assert_eq!(s.questions[2].audiences, vec![Audience::Parent]);
        assert_eq!(s.questions[1].show_if.as_ref().unwrap().clauses[0].question, "outside");
    }

    #[test]
    fn a_condition_joins_clauses_with_all_or_any_and_holds_accordingly() {
        use crate::domain::answers::{AnswerValue, Answers};
        let with = |cond: &str| {
            let src = format!(
                "{GOOD}\n[[question]]\nid = \"follow\"\ntype = \"text\"\naudiences = [\"parent\"]\nshow_if = {cond}\n"
            );
            parse_survey("t", "t/survey.toml", &src)
        };
        let all = with(r#"{ all = [{ question = "outside", any_of = ["no"] }, { question = "why-not", any_of = ["cars", "dark"] }] }"#)
            .expect("all parses");
        let c = all.question("follow").unwrap().show_if.clone().unwrap();
        assert_eq!((c.join, c.clauses.len()), (Join::All, 2));
        let mut a = Answers::default();
        a.0.insert("outside".into(), AnswerValue::Choice("no".into()));
        assert!(!c.holds(&a), "only one clause holds");
        a.0.insert("why-not".into(), AnswerValue::Choices(vec!["dark".into()]));
        assert!(c.holds(&a), "both hold");
        // The same as `survey.toml` again, and as a snapshot (JSON) again.
        let again = with(&c.to_toml()).expect("written form parses");
        assert_eq!(again.question("follow").unwrap().show_if.as_ref(), Some(&c));
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Condition>(&json).unwrap(), c);

        let any =
            with(r#"{ any = [{ question = "outside", any_of = ["no"] }, { question = "minutes", any_of = ["1"] }] }"#);
        let errs = any.expect_err("a number question cannot be a clause");
        assert!(errs.iter().any(|e| e.message.contains("cannot depend on a 'number'")), "{errs:?}");
        let any = with(
            r#"{ any = [{ question = "outside", any_of = ["no"] }, { question = "why-not", any_of = ["cars"] }] }"#,
        )
        .expect("any parses");
        let c = any.question("follow").unwrap().show_if.clone().unwrap();
        let mut a = Answers::default();
        a.0.insert("why-not".into(), AnswerValue::Choices(vec!["cars".into()]));
        assert!(c.holds(&a), "one clause is enough");

        let errs = with(r#"{ question = "outside", any_of = ["no"], all = [] }"#).expect_err("both forms at once");
        assert!(errs.iter().any(|e| e.key == "question.follow.show_if"), "{errs:?}");
        let errs = with(
            r#"{ all = [{ question = "outside", any_of = ["no"] }, { question = "outside", any_of = ["yes"] }] }"#,
        )
        .expect_err("one question twice");
        assert!(errs.iter().any(|e| e.message.contains("named twice")), "{errs:?}");
    }

    #[test]
    fn a_question_and_an_option_whose_words_would_share_a_key_are_refused() {
        let src = format!("{GOOD}\n[[question]]\nid = \"outside-yes\"\ntype = \"text\"\naudiences = [\"parent\"]\n");
        let errs = errors(&src);
        assert!(
            errs.iter().any(|e| e.message.contains("share the text key 'q-outside-yes'") && e.line.is_some()),
            "{errs:?}"
        );
        let src = GOOD.replace("options = [\"yes\", \"no\"]", "options = [\"yes\", \"hint\"]");
        let errs = errors(&src);
        assert!(errs.iter().any(|e| e.message.contains("'q-outside-hint'")), "{errs:?}");
    }

    #[test]
    fn a_snapshot_taken_before_joins_existed_still_loads() {
        let old = r#"{"question":"outside","any_of":["no"]}"#;
        assert_eq!(
            serde_json::from_str::<Condition>(old).unwrap(),
            Condition::single("outside".into(), vec!["no".into()])
        );
        assert_eq!(serde_json::to_string(&Condition::single("outside".into(), vec!["no".into()])).unwrap(), old);
    }

    fn errors(src: &str) -> Vec<SurveyError> {
        parse_survey("t", "t/survey.toml", src).expect_err("must be rejected")
    }

    #[test]
    fn a_condition_on_a_later_question_is_rejected_with_its_line() {
        let src = GOOD.replace(
            "show_if = { question = \"outside\", any_of = [\"no\"] }",
            "show_if = { question = \"minutes\", any_of = [\"1\"] }",
        );
        let errs = errors(&src);
        assert!(
            errs.iter().any(|e| e.message.contains("comes later")
                && e.line == Some(16)
                && e.key == "question.why-not.show_if"),
            "{errs:?}"
        );
    }

    #[test]
    fn an_indicator_must_exist_and_fit_its_question() {
        let tagged =
            |id: &str, line: &str| GOOD.replace(&format!("id = \"{id}\"\n"), &format!("id = \"{id}\"\n{line}\n"));
        let ok = parse_survey("t", "t", &tagged("outside", "indicator = \"cfc.place-to-play\"")).expect("fits");
        assert_eq!(ok.questions[0].indicator.as_deref(), Some("cfc.place-to-play"));
        let unknown = errors(&tagged("outside", "indicator = \"cfc.nothing\""));
        assert!(
            unknown.iter().any(|e| e.key == "question.outside.indicator"
                && e.line == Some(9)
                && e.message.contains("not an indicator of the bank")),
            "{unknown:?}"
        );
        let kind = errors(&tagged("why-not", "indicator = \"cfc.place-to-play\""));
        assert!(kind.iter().any(|e| e.message.contains("'single' question, not a 'multiple'")), "{kind:?}");
        let options = errors(&tagged("outside", "indicator = \"cfc.plays-outside\""));
        assert!(options.iter().any(|e| e.message.contains("most-days")), "{options:?}");
        let audience = errors(&tagged("minutes", "indicator = \"cfc.safe-journey\""));
        assert!(audience.iter().any(|e| e.message.contains("'scale' question")), "{audience:?}");
        let twice = tagged("outside", "indicator = \"cfc.place-to-play\"").replace(
            "[[question]]\nid = \"minutes\"",
            "[[question]]\nid = \"free\"\ntype = \"single\"\noptions = [\"yes\", \"no\"]\naudiences = [\"parent\"]\nindicator = \"cfc.place-to-play\"\n\n[[question]]\nid = \"minutes\"",
        );
        let errs = errors(&twice);
        assert!(errs.iter().any(|e| e.message.contains("already measured by question 'outside'")), "{errs:?}");
    }

    #[test]
    fn a_shared_list_gives_its_options_to_every_question_that_names_it() {
        let src = GOOD.replace(
            "[[question]]\nid = \"outside\"\ntype = \"single\"\noptions = [\"yes\", \"no\"]",
            "[lists]\nagree = [\"yes\", \"no\"]\n\n[[question]]\nid = \"outside\"\ntype = \"single\"\nlist = \"agree\"",
        );
        let s = parse_survey("t", "t/survey.toml", &src).expect("valid");
        assert_eq!(s.questions[0].kind.options(), ["yes", "no"]);
        assert_eq!(s.questions[0].option_key("yes"), "list-agree-yes");
        assert_eq!(s.questions[1].option_key("cars"), "q-why-not-cars");
        for (from, to, message) in [
            ("list = \"agree\"", "list = \"agreed\"", "there is no list 'agreed'"),
            ("list = \"agree\"", "list = \"agree\"\noptions = [\"yes\", \"no\"]", "not both"),
            (
                "agree = [\"yes\", \"no\"]",
                "agree = [\"yes\", \"no\"]\nunused = [\"a\", \"b\"]",
                "no question uses the list 'unused'",
            ),
            ("agree = [\"yes\", \"no\"]", "agree = [\"yes\"]", "at least two options"),
        ] {
            let errs = errors(&src.replace(from, to));
            assert!(errs.iter().any(|e| e.message.contains(message)), "{message}: {errs:?}");
        }
    }

    #[test]
    fn other_please_say_is_a_short_text_tied_to_one_option() {
        let src = GOOD.replace(
            "options = [\"cars\", \"dark\", \"nowhere\"]",
            "options = [\"cars\", \"dark\", \"nowhere\"]\nother = \"nowhere\"",
        );
        let s = parse_survey("t", "t/survey.toml", &src).expect("valid");
        let text = s.question("why-not-nowhere-text").expect("the text question");
        assert_eq!(text.other_of, Some(("why-not".to_owned(), "nowhere".to_owned())));
        assert_eq!(text.kind, QuestionKind::Text { max_length: OTHER_MAX_LENGTH });
        assert_eq!(text.show_if, s.question("why-not").unwrap().show_if, "asked when its question is");
        let errs = errors(&GOOD.replace(
            "options = [\"cars\", \"dark\", \"nowhere\"]",
            "options = [\"cars\", \"dark\", \"nowhere\"]\nother = \"elsewhere\"",
        ));
        assert!(errs.iter().any(|e| e.key == "question.why-not.other" && e.message.contains("not one of")), "{errs:?}");
        let errs = errors(&GOOD.replace("min = 0", "min = 0\nother = \"x\""));
        assert!(errs.iter().any(|e| e.message.contains("only a 'single' or 'multiple'")), "{errs:?}");
    }

    #[test]
    fn a_condition_on_the_question_itself_is_rejected() {
        let src = GOOD.replace("question = \"outside\", any_of", "question = \"why-not\", any_of");
        let errs = errors(&src);
        assert!(errs.iter().any(|e| e.message.contains("itself")), "{errs:?}");
    }

    #[test]
    fn an_option_id_used_twice_is_rejected() {
        let errs = errors(&GOOD.replace("[\"cars\", \"dark\", \"nowhere\"]", "[\"cars\", \"dark\", \"cars\"]"));
        assert!(errs.iter().any(|e| e.message.contains("'cars' is used twice")), "{errs:?}");
    }

    #[test]
    fn young_children_are_never_required_to_answer() {
        let errs = errors(&GOOD.replace("options = [\"yes\", \"no\"]", "options = [\"yes\", \"no\"]\nrequired = true"));
        assert!(errs.iter().any(|e| e.key == "question.outside.required"), "{errs:?}");
    }

    #[test]
    fn an_unknown_type_and_audience_are_named() {
        let errs = errors(
            &GOOD
                .replace("type = \"number\"", "type = \"slider\"")
                .replace("audiences = [\"parent\"]", "audiences = [\"teachers\"]"),
        );
        assert!(errs.iter().any(|e| e.message.contains("unknown type 'slider'")));
        assert!(errs.iter().any(|e| e.message.contains("unknown audience 'teachers'")));
    }

    #[test]
    fn toml_syntax_errors_carry_a_line() {
        let errs = errors("default_language = \"en\"\nlanguages = [\"en\"\n");
        assert_eq!(errs.len(), 1);
        assert!(errs[0].line.is_some());
    }
}

//! A respondent's answers: the raw form values as typed (kept across pages so
//! nothing is lost), and their parsed, validated form.

use super::audience::Audience;
use super::map::ConsultationMap;
use super::survey::{Question, QuestionKind, Survey};
use std::collections::BTreeMap;

/// Longest value kept from one form field; longer input is cut, not refused.
const MAX_FIELD_CHARS: usize = 10_000;
/// Most values kept for one field (a multiple choice sends one per ticked box).
const MAX_FIELD_VALUES: usize = 64;

/// Form values as the respondent left them, by field name (`q.{id}` or
/// `q.{id}.{option}` for ranks), limited to the questions of the audience.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawAnswers(BTreeMap<String, Vec<String>>);

pub fn field_name(question: &str) -> String {
    format!("q.{question}")
}

pub fn rank_field_name(question: &str, option: &str) -> String {
    format!("q.{question}.{option}")
}

impl RawAnswers {
    pub fn from_pairs<'a>(
        survey: &Survey,
        audience: Audience,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let mut known: BTreeMap<String, ()> = BTreeMap::new();
        for q in survey.questions_for(audience) {
            match &q.kind {
                QuestionKind::Rank { options } => {
                    for o in options {
                        known.insert(rank_field_name(&q.id, o), ());
                    }
                }
                _ => {
                    known.insert(field_name(&q.id), ());
                }
            }
        }
        let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in pairs {
            if !known.contains_key(name) {
                continue;
            }
            let values = map.entry(name.to_owned()).or_default();
            if values.len() < MAX_FIELD_VALUES {
                values.push(value.chars().take(MAX_FIELD_CHARS).collect());
            }
        }
        map.retain(|_, v| v.iter().any(|s| !s.trim().is_empty()));
        RawAnswers(map)
    }

    pub fn values(&self, field: &str) -> &[String] {
        self.0.get(field).map_or(&[], Vec::as_slice)
    }

    pub fn first(&self, field: &str) -> &str {
        self.values(field).first().map_or("", String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().flat_map(|(k, vs)| vs.iter().map(move |v| (k, v)))
    }

    /// Fields of one question (for carrying answers of other pages as hidden inputs).
    pub fn fields_of<'a>(&'a self, question: &'a Question) -> impl Iterator<Item = (&'a String, &'a String)> + 'a {
        let prefix = field_name(&question.id);
        self.iter().filter(move |(k, _)| *k == &prefix || k.strip_prefix(&prefix).is_some_and(|r| r.starts_with('.')))
    }
}

/// One validated answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    Choice(String),
    Choices(Vec<String>),
    Scale(u8),
    Text(String),
    Number(i64),
    Area(String),
    /// Options in the respondent's order, most important first.
    Ranking(Vec<String>),
    /// Grid cells marked on the map, in id order.
    Places(Vec<String>),
}

/// Validated answers of the questions the respondent could see.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub BTreeMap<String, AnswerValue>);

/// Why a value was not accepted; each maps to a localized message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    Required,
    NotAnOption,
    TooMany {
        max: u32,
    },
    NotANumber,
    OutOfRange {
        min: i64,
        max: i64,
    },
    TooLong {
        max: u32,
    },
    DuplicateRank,
    /// An option that goes alone was chosen with others.
    Exclusive {
        option: String,
    },
}

impl FieldError {
    /// The UI message id in `locales/{lang}/main.ftl`.
    pub fn message_id(&self) -> &'static str {
        match self {
            FieldError::Required => "error-required",
            FieldError::NotAnOption => "error-not-an-option",
            FieldError::TooMany { .. } => "error-too-many",
            FieldError::NotANumber => "error-not-a-number",
            FieldError::OutOfRange { .. } => "error-out-of-range",
            FieldError::TooLong { .. } => "error-too-long",
            FieldError::DuplicateRank => "error-duplicate-rank",
            FieldError::Exclusive { .. } => "error-exclusive",
        }
    }
}

impl Clause {
    pub fn holds(&self, answers: &Answers) -> bool {
        match answers.0.get(&self.question) {
            Some(AnswerValue::Choice(o)) | Some(AnswerValue::Area(o)) => self.any_of.contains(o),
            Some(AnswerValue::Choices(os)) => os.iter().any(|o| self.any_of.contains(o)),
            Some(AnswerValue::Scale(v)) => self.any_of.contains(&v.to_string()),
            _ => false,
        }
    }
}

impl Condition {
    pub fn holds(&self, answers: &Answers) -> bool {
        match self.join {
            Join::All => self.clauses.iter().all(|c| c.holds(answers)),
            Join::Any => self.clauses.iter().any(|c| c.holds(answers)),
        }
    }
}

use super::survey::{Clause, Condition, Join};

/// Arabic-Indic and Persian digits typed on an Arabic keyboard count as digits.
fn western_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}

/// Parses one question's raw value. `Ok(None)` means not answered.
fn parse_one(
    q: &Question,
    audience: Audience,
    raw: &RawAnswers,
    areas: &[String],
    map: Option<&ConsultationMap>,
) -> Result<Option<AnswerValue>, FieldError> {
    let name = field_name(&q.id);
    let first = raw.first(&name).trim();
    let value = match &q.kind {
        QuestionKind::Single { options } => {
            if first.is_empty() {
                None
            } else if options.iter().any(|o| o == first) {
                Some(AnswerValue::Choice(first.to_owned()))
            } else {
                return Err(FieldError::NotAnOption);
            }
        }
        QuestionKind::Multiple { options, max, exclusive } => {
            let mut chosen: Vec<String> = Vec::new();
            for v in raw.values(&name).iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
                if !options.iter().any(|o| o == v) {
                    return Err(FieldError::NotAnOption);
                }
                if !chosen.iter().any(|c| c == v) {
                    chosen.push(v.to_owned());
                }
            }
            if let Some(max) = max
                && chosen.len() > *max as usize
            {
                return Err(FieldError::TooMany { max: *max });
            }
            if chosen.len() > 1
                && let Some(alone) = chosen.iter().find(|c| exclusive.contains(c))
            {
                return Err(FieldError::Exclusive { option: alone.clone() });
            }
            chosen.sort_by_key(|c| options.iter().position(|o| o == c));
            (!chosen.is_empty()).then_some(AnswerValue::Choices(chosen))
        }
        QuestionKind::Scale => {
            if first.is_empty() {
                None
            } else {
                match first.parse::<u8>() {
                    Ok(v) if (1..=audience.scale_points()).contains(&v) => Some(AnswerValue::Scale(v)),
                    _ => return Err(FieldError::NotAnOption),
                }
            }
        }
        QuestionKind::Text { max_length } => {
            let text = raw.first(&name).trim();
            if text.chars().count() > *max_length as usize {
                return Err(FieldError::TooLong { max: *max_length });
            }
            (!text.is_empty()).then(|| AnswerValue::Text(text.to_owned()))
        }
        QuestionKind::Number { min, max } => {
            if first.is_empty() {
                None
            } else {
                let n: i64 = western_digits(first).parse().map_err(|_| FieldError::NotANumber)?;
                if n < *min || n > *max {
                    return Err(FieldError::OutOfRange { min: *min, max: *max });
                }
                Some(AnswerValue::Number(n))
            }
        }
        // A note takes no answer: anything sent under its name is ignored.
        QuestionKind::Note => None,
        QuestionKind::Area => {
            if first.is_empty() {
                None
            } else if areas.iter().any(|a| a == first) {
                Some(AnswerValue::Area(first.to_owned()))
            } else {
                return Err(FieldError::NotAnOption);
            }
        }
        QuestionKind::Place { max } => {
            // Without a map the question is not asked (see `pages`).
            let Some(map) = map else { return Ok(None) };
            let mut cells: Vec<String> = Vec::new();
            for v in raw.values(&name).iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
                if !map.is_cell(v) {
                    return Err(FieldError::NotAnOption);
                }
                if !cells.iter().any(|c| c == v) {
                    cells.push(v.to_owned());
                }
            }
            if cells.len() > *max as usize {
                return Err(FieldError::TooMany { max: *max });
            }
            cells.sort();
            (!cells.is_empty()).then_some(AnswerValue::Places(cells))
        }
        QuestionKind::Rank { options } => {
            let mut placed: Vec<(usize, String)> = Vec::new();
            for o in options {
                let v = raw.first(&rank_field_name(&q.id, o)).trim();
                if v.is_empty() {
                    continue;
                }
                match v.parse::<usize>() {
                    Ok(p) if (1..=options.len()).contains(&p) => {
                        if placed.iter().any(|(q, _)| *q == p) {
                            return Err(FieldError::DuplicateRank);
                        }
                        placed.push((p, o.clone()));
                    }
                    _ => return Err(FieldError::NotAnOption),
                }
            }
            placed.sort();
            (!placed.is_empty()).then(|| AnswerValue::Ranking(placed.into_iter().map(|(_, o)| o).collect()))
        }
    };
    match value {
        None if q.required => Err(FieldError::Required),
        v => Ok(v),
    }
}

/// The outcome of reading a whole form: valid answers of visible questions, and
/// an error for each visible question whose value was refused.
#[derive(Debug, Default)]
pub struct Validated {
    pub answers: Answers,
    pub errors: BTreeMap<String, FieldError>,
}

/// Validates every question the audience can see, in order, applying conditions
/// to the answers before them. Answers to hidden questions are dropped.
pub fn validate(survey: &Survey, audience: Audience, raw: &RawAnswers, areas: &[String]) -> Validated {
    validate_on_map(survey, audience, raw, areas, None)
}

/// [`validate`] for a consultation with a map: place answers are grid cells of it.
pub fn validate_on_map(
    survey: &Survey,
    audience: Audience,
    raw: &RawAnswers,
    areas: &[String],
    map: Option<&ConsultationMap>,
) -> Validated {
    let mut out = Validated::default();
    for q in survey.questions_for(audience) {
        if matches!(q.kind, QuestionKind::Place { .. }) && map.is_none() {
            continue;
        }
        if let Some(cond) = &q.show_if
            && !cond.holds(&out.answers)
        {
            continue;
        }
        match parse_one(q, audience, raw, areas, map) {
            Ok(Some(v)) => {
                out.answers.0.insert(q.id.clone(), v);
            }
            Ok(None) => {}
            Err(e) => {
                out.errors.insert(q.id.clone(), e);
            }
        }
    }
    // "Other, please say" is kept only with its option: a text typed and
    // then left behind by another choice is not the respondent's answer.
    for q in survey.questions_for(audience) {
        if let Some((parent, option)) = &q.other_of {
            let chosen = match out.answers.0.get(parent) {
                Some(AnswerValue::Choice(c)) => c == option,
                Some(AnswerValue::Choices(cs)) => cs.contains(option),
                _ => false,
            };
            if !chosen {
                out.answers.0.remove(&q.id);
                out.errors.remove(&q.id);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::parse_survey;

    pub(crate) fn survey() -> Survey {
        parse_survey(
            "t",
            "t/survey.toml",
            r#"
default_language = "en"
languages = ["en"]
audiences = ["age-5-8", "age-13-17"]
areas = ["north", "south"]
[[question]]
id = "outside"
type = "single"
options = ["yes", "no"]
[[question]]
id = "why-not"
type = "multiple"
options = ["cars", "dark", "far"]
max = 2
show_if = { question = "outside", any_of = ["no"] }
[[question]]
id = "feel"
type = "scale"
[[question]]
id = "minutes"
type = "number"
audiences = ["age-13-17"]
min = 0
max = 120
required = true
[[question]]
id = "where"
type = "area"
audiences = ["age-13-17"]
[[question]]
id = "first"
type = "rank"
audiences = ["age-13-17"]
options = ["lights", "crossings", "bikes"]
[[question]]
id = "say"
type = "text"
max_length = 20
"#,
        )
        .unwrap()
    }

    fn raw(pairs: &[(&str, &str)], audience: Audience) -> RawAnswers {
        RawAnswers::from_pairs(&survey(), audience, pairs.iter().copied())
    }

    fn areas() -> Vec<String> {
        vec!["north".into(), "south".into()]
    }

    #[test]
    fn a_full_teenage_answer_is_parsed() {
        let a = Audience::Age13to17;
        let r = raw(
            &[
                ("q.outside", "no"),
                ("q.why-not", "dark"),
                ("q.why-not", "cars"),
                ("q.feel", "5"),
                ("q.minutes", " 25 "),
                ("q.where", "south"),
                ("q.first.bikes", "1"),
                ("q.first.lights", "2"),
                ("q.say", " more swings "),
            ],
            a,
        );
        let v = validate(&survey(), a, &r, &areas());
        assert!(v.errors.is_empty(), "{:?}", v.errors);
        assert_eq!(v.answers.0["why-not"], AnswerValue::Choices(vec!["cars".into(), "dark".into()]));
        assert_eq!(v.answers.0["minutes"], AnswerValue::Number(25));
        assert_eq!(v.answers.0["first"], AnswerValue::Ranking(vec!["bikes".into(), "lights".into()]));
        assert_eq!(v.answers.0["say"], AnswerValue::Text("more swings".into()));
    }

    #[test]
    fn an_exclusive_option_goes_alone_and_the_other_answers_are_kept() {
        let src = r#"
default_language = "en"
languages = ["en"]
audiences = ["parent"]
[[question]]
id = "stops"
type = "multiple"
options = ["traffic", "dark", "nothing"]
exclusive = ["nothing"]
[[question]]
id = "outside"
type = "single"
options = ["yes", "no"]
"#;
        let s = parse_survey("t", "t/survey.toml", src).expect("valid");
        let a = Audience::Parent;
        let both =
            RawAnswers::from_pairs(&s, a, [("q.stops", "traffic"), ("q.stops", "nothing"), ("q.outside", "yes")]);
        let v = validate(&s, a, &both, &[]);
        assert_eq!(v.errors.get("stops"), Some(&FieldError::Exclusive { option: "nothing".into() }));
        assert!(v.answers.0.contains_key("outside"), "the other answers are kept");
        let alone = RawAnswers::from_pairs(&s, a, [("q.stops", "nothing")]);
        let v = validate(&s, a, &alone, &[]);
        assert!(v.errors.is_empty());
        assert_eq!(v.answers.0.get("stops"), Some(&AnswerValue::Choices(vec!["nothing".into()])));
        let others = RawAnswers::from_pairs(&s, a, [("q.stops", "dark"), ("q.stops", "traffic")]);
        assert!(validate(&s, a, &others, &[]).errors.is_empty());
        for (bad, message) in [
            ("exclusive = [\"nothing\"]", "exclusive = [\"never\"]"),
            (
                "type = \"single\"\noptions = [\"yes\", \"no\"]",
                "type = \"single\"\noptions = [\"yes\", \"no\"]\nexclusive = [\"no\"]",
            ),
        ] {
            let errs = parse_survey("t", "t/survey.toml", &src.replace(bad, message)).expect_err("refused");
            assert!(errs.iter().any(|e| e.key.ends_with(".exclusive")), "{errs:?}");
        }
    }

    #[test]
    fn answers_to_a_hidden_question_are_dropped() {
        let a = Audience::Age13to17;
        let v = validate(
            &survey(),
            a,
            &raw(&[("q.outside", "yes"), ("q.why-not", "dark"), ("q.minutes", "3")], a),
            &areas(),
        );
        assert!(!v.answers.0.contains_key("why-not"));
    }

    #[test]
    fn each_bad_value_gets_its_own_error_and_the_others_are_kept() {
        let a = Audience::Age13to17;
        let r = raw(
            &[
                ("q.outside", "maybe"),
                ("q.feel", "4"),
                ("q.minutes", "ten"),
                ("q.first.bikes", "1"),
                ("q.first.lights", "1"),
                ("q.say", "this is far more than twenty characters"),
            ],
            a,
        );
        let v = validate(&survey(), a, &r, &areas());
        assert_eq!(v.errors["outside"], FieldError::NotAnOption);
        assert_eq!(v.errors["minutes"], FieldError::NotANumber);
        assert_eq!(v.errors["first"], FieldError::DuplicateRank);
        assert_eq!(v.errors["say"], FieldError::TooLong { max: 20 });
        assert_eq!(v.answers.0["feel"], AnswerValue::Scale(4));
    }

    #[test]
    fn numbers_typed_with_arabic_digits_are_understood() {
        let a = Audience::Age13to17;
        let v = validate(&survey(), a, &raw(&[("q.minutes", "١٢")], a), &areas());
        assert_eq!(v.answers.0["minutes"], AnswerValue::Number(12));
    }

    #[test]
    fn a_missing_required_answer_and_an_out_of_range_number_are_refused() {
        let a = Audience::Age13to17;
        assert_eq!(validate(&survey(), a, &raw(&[], a), &areas()).errors["minutes"], FieldError::Required);
        assert_eq!(
            validate(&survey(), a, &raw(&[("q.minutes", "500")], a), &areas()).errors["minutes"],
            FieldError::OutOfRange { min: 0, max: 120 }
        );
    }

    #[test]
    fn young_children_have_three_smileys_and_their_form_may_be_empty() {
        let a = Audience::Age5to8;
        assert_eq!(
            validate(&survey(), a, &raw(&[("q.feel", "4")], a), &areas()).errors["feel"],
            FieldError::NotAnOption
        );
        assert!(validate(&survey(), a, &raw(&[], a), &areas()).errors.is_empty());
    }

    #[test]
    fn fields_of_other_audiences_and_unknown_fields_are_ignored() {
        let r = raw(&[("q.minutes", "5"), ("evil", "x"), ("q.feel", "2")], Audience::Age5to8);
        assert_eq!(r.iter().count(), 1);
    }
}

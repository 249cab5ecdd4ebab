//! A consultation: a template launched by an organisation, with its own
//! languages, audiences, areas and lifecycle.

use super::audience::Audience;
use super::map::GridShape;
use super::template::LiveSurvey;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::str::FromStr;

/// Smallest group ever shown as a number; no consultation may go below it.
pub const MIN_K: i32 = 3;
pub const DEFAULT_K: i32 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Draft,
    Open,
    Closed,
    Published,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Open => "open",
            State::Closed => "closed",
            State::Published => "published",
        }
    }
}

/// A move in a consultation's life, as an officer asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transition {
    /// Draft → open: children can answer.
    Launch,
    /// Open → closed: no more answers; figures become final.
    Close,
    /// Closed → open, only while nobody has answered.
    Reopen,
    /// Closed → published: the public results page and open data.
    Publish,
    /// Published → closed.
    Unpublish,
}

/// Why a transition is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a move from this state to that one.
    NoSuchMove,
    /// A closed consultation with answers cannot open again: its figures
    /// could be read while closed, then compared after new answers.
    HasAnswers,
}

impl Transition {
    /// The transition from `from` to the state named `to` (`open`, `closed`,
    /// `published`), given how many responses it holds.
    pub fn between(from: State, to: &str, responses: u64) -> Result<Transition, Refused> {
        match (from, to) {
            (State::Draft, "open") => Ok(Transition::Launch),
            (State::Open, "closed") => Ok(Transition::Close),
            (State::Closed, "open") if responses == 0 => Ok(Transition::Reopen),
            (State::Closed, "open") => Err(Refused::HasAnswers),
            (State::Closed, "published") => Ok(Transition::Publish),
            (State::Published, "closed") => Ok(Transition::Unpublish),
            _ => Err(Refused::NoSuchMove),
        }
    }

    /// The state it leads to.
    pub fn to(self) -> State {
        match self {
            Transition::Launch | Transition::Reopen => State::Open,
            Transition::Close | Transition::Unpublish => State::Closed,
            Transition::Publish => State::Published,
        }
    }

    /// Its name in the audit log.
    pub fn audit_action(self) -> &'static str {
        match self {
            Transition::Launch => "consultation-launched",
            Transition::Close => "consultation-closed",
            Transition::Reopen => "consultation-reopened",
            Transition::Publish => "results-published",
            Transition::Unpublish => "results-unpublished",
        }
    }
}

impl FromStr for State {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "draft" => Ok(State::Draft),
            "open" => Ok(State::Open),
            "closed" => Ok(State::Closed),
            "published" => Ok(State::Published),
            other => Err(format!("unknown consultation state '{other}'")),
        }
    }
}

/// A neighbourhood respondents may pick. Areas from the template take their
/// names from its translations; areas an organisation adds carry their own name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    /// Names per language, from an area set (`""`: without a language).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
}

impl Area {
    pub fn new(id: impl Into<String>, name: Option<String>) -> Area {
        Area { id: id.into(), name, names: BTreeMap::new() }
    }

    /// The areas of an area set, with their names per language.
    pub fn all_of(set: &super::map::AreaSet) -> Vec<Area> {
        set.areas.iter().map(|a| Area { id: a.id.clone(), name: None, names: a.names.clone() }).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Consultation {
    pub id: super::ConsultationId,
    pub organisation_id: super::OrganisationId,
    pub slug: String,
    pub template_id: String,
    pub state: State,
    pub default_language: String,
    pub languages: Vec<String>,
    pub audiences: Vec<Audience>,
    pub areas: Vec<Area>,
    /// Titles per language given by the organisation; the template's otherwise.
    pub titles: BTreeMap<String, String>,
    pub k_threshold: i32,
    /// Help text per language; empty means "point to Child Helpline International".
    pub help_text: BTreeMap<String, String>,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
    pub snapshot_version: i32,
    /// Each response needs a one-use access code handed out by the organisation.
    pub requires_code: bool,
    /// "What we heard and what we will do", per language, shown with the results.
    pub statements: BTreeMap<String, String>,
    /// When children can expect to hear back, shown before results are published.
    pub results_expected_on: Option<NaiveDate>,
    /// The day answers stopped being taken (the close summary is sent then).
    pub closed_on: Option<NaiveDate>,
    /// Response-level data (responses, answers, free texts) is deleted this many
    /// months after publication; only the tallies, with their keys, remain.
    pub retention_months: u32,
    pub published_on: Option<NaiveDate>,
    /// When response-level data was deleted.
    pub responses_deleted_on: Option<NaiveDate>,
    /// The area set (one version of it) the areas and the map come from.
    pub area_set_id: Option<i32>,
    /// The grid place answers are snapped to.
    pub grid_shape: GridShape,
    pub grid_metres: u32,
    /// Attribution of a template copied from a network's library, if it was.
    pub copied_from: Option<String>,
}

impl Consultation {
    /// Whether respondents may answer today. Dates are inclusive.
    pub fn is_answerable(&self, today: NaiveDate) -> bool {
        self.state == State::Open
            && self.opens_on.is_none_or(|d| d <= today)
            && self.closes_on.is_none_or(|d| today <= d)
    }

    /// The threshold every published figure of this consultation is held to.
    pub fn k(&self) -> u64 {
        u64::try_from(self.k_threshold).unwrap_or(DEFAULT_K as u64)
    }

    /// Whether figures beyond the total (breakdowns, questions, free texts,
    /// exports) may be shown: only once answers have stopped. While children
    /// answer, a figure that changes between two looks would show what the
    /// newest child said (the cells that hold them change, the others never do).
    pub fn figures_final(&self) -> bool {
        matches!(self.state, State::Closed | State::Published)
    }

    pub fn has_closed(&self, today: NaiveDate) -> bool {
        matches!(self.state, State::Closed | State::Published)
            || (self.state == State::Open && self.closes_on.is_some_and(|d| d < today))
    }

    pub fn offers(&self, audience: Audience) -> bool {
        self.audiences.contains(&audience)
    }

    pub fn area_ids(&self) -> Vec<String> {
        self.areas.iter().map(|a| a.id.clone()).collect()
    }

    /// The title people see in `lang`.
    pub fn title(&self, live: &LiveSurvey, lang: &str) -> String {
        self.titles
            .get(lang)
            .or_else(|| self.titles.get(&self.default_language))
            .cloned()
            .unwrap_or_else(|| live.texts.text(lang, "title", None))
    }

    /// The name of an area in `lang`.
    pub fn area_name(&self, live: &LiveSurvey, id: &str, lang: &str) -> String {
        let area = self.areas.iter().find(|a| a.id == id);
        let base = lang.split('-').next().unwrap_or(lang);
        let from_set = area.and_then(|a| a.names.get(lang).or_else(|| a.names.get(base)));
        match from_set.cloned().or_else(|| area.and_then(|a| a.name.clone())) {
            Some(name) => name,
            None => match area.and_then(|a| a.names.get("")) {
                Some(name) if !live.texts.has(lang, &format!("area-{id}")) => name.clone(),
                _ => live.texts.text(lang, &format!("area-{id}"), None),
            },
        }
    }

    /// A consultation that exists only to preview a template of a library:
    /// never stored, never answerable.
    pub fn preview_of(survey: &super::Survey) -> Consultation {
        Consultation {
            id: super::ConsultationId(0),
            organisation_id: super::OrganisationId(0),
            slug: "preview".into(),
            template_id: survey.id.clone(),
            state: State::Draft,
            default_language: survey.default_language.clone(),
            languages: survey.languages.clone(),
            audiences: survey.audiences.clone(),
            areas: survey.areas.iter().map(|a| Area::new(a.clone(), None)).collect(),
            titles: BTreeMap::new(),
            k_threshold: DEFAULT_K,
            help_text: BTreeMap::new(),
            opens_on: None,
            closes_on: None,
            snapshot_version: 0,
            requires_code: false,
            statements: BTreeMap::new(),
            results_expected_on: None,
            closed_on: None,
            retention_months: 12,
            published_on: None,
            responses_deleted_on: None,
            area_set_id: None,
            grid_shape: GridShape::Hex,
            grid_metres: 250,
            copied_from: None,
        }
    }

    pub fn slug_is_valid(slug: &str) -> bool {
        super::survey::is_valid_id(slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(opens: Option<&str>, closes: Option<&str>) -> Consultation {
        Consultation {
            id: crate::domain::ConsultationId(1),
            organisation_id: crate::domain::OrganisationId(1),
            slug: "play".into(),
            template_id: "play".into(),
            state: State::Open,
            default_language: "en".into(),
            languages: vec!["en".into()],
            audiences: vec![Audience::Parent],
            areas: vec![],
            titles: BTreeMap::new(),
            k_threshold: DEFAULT_K,
            help_text: BTreeMap::new(),
            opens_on: opens.map(|d| d.parse().unwrap()),
            closes_on: closes.map(|d| d.parse().unwrap()),
            snapshot_version: 1,
            requires_code: false,
            statements: BTreeMap::new(),
            results_expected_on: None,
            closed_on: None,
            retention_months: 12,
            published_on: None,
            responses_deleted_on: None,
            area_set_id: None,
            grid_shape: GridShape::Hex,
            grid_metres: 250,
            copied_from: None,
        }
    }

    #[test]
    fn a_consultation_is_answerable_between_its_dates_inclusive() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let c = open(Some("2026-05-01"), Some("2026-05-31"));
        assert!(!c.is_answerable(day("2026-04-30")));
        assert!(c.is_answerable(day("2026-05-01")));
        assert!(c.is_answerable(day("2026-05-31")));
        assert!(!c.is_answerable(day("2026-06-01")));
        assert!(c.has_closed(day("2026-06-01")));
    }

    #[test]
    fn a_consultation_moves_only_along_its_life_and_reopens_only_unanswered() {
        use super::{Refused, State, Transition};
        assert_eq!(Transition::between(State::Draft, "open", 0), Ok(Transition::Launch));
        assert_eq!(Transition::between(State::Open, "closed", 9), Ok(Transition::Close));
        assert_eq!(Transition::between(State::Closed, "open", 0).map(Transition::to), Ok(State::Open));
        assert_eq!(Transition::between(State::Closed, "open", 1), Err(Refused::HasAnswers));
        assert_eq!(Transition::between(State::Closed, "published", 1).map(Transition::to), Ok(State::Published));
        assert_eq!(Transition::between(State::Published, "closed", 1), Ok(Transition::Unpublish));
        for (from, to) in [
            (State::Draft, "published"),
            (State::Open, "published"),
            (State::Published, "open"),
            (State::Draft, "closed"),
        ] {
            assert_eq!(Transition::between(from, to, 0), Err(Refused::NoSuchMove), "{from:?} → {to}");
        }
    }
}

//! A consultation: a template launched by an organisation, with its own
//! languages, audiences, areas and lifecycle.

use super::audience::Audience;
use chrono::NaiveDate;
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

#[derive(Clone, Debug, PartialEq)]
pub struct Consultation {
    pub id: i32,
    pub slug: String,
    pub template_id: String,
    pub state: State,
    pub default_language: String,
    pub languages: Vec<String>,
    pub audiences: Vec<Audience>,
    pub areas: Vec<String>,
    pub k_threshold: i32,
    /// Help text per language; empty means "point to Child Helpline International".
    pub help_text: BTreeMap<String, String>,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
    pub snapshot_version: i32,
}

impl Consultation {
    /// Whether respondents may answer today. Dates are inclusive.
    pub fn is_answerable(&self, today: NaiveDate) -> bool {
        self.state == State::Open
            && self.opens_on.is_none_or(|d| d <= today)
            && self.closes_on.is_none_or(|d| today <= d)
    }

    pub fn has_closed(&self, today: NaiveDate) -> bool {
        matches!(self.state, State::Closed | State::Published)
            || (self.state == State::Open && self.closes_on.is_some_and(|d| d < today))
    }

    pub fn offers(&self, audience: Audience) -> bool {
        self.audiences.contains(&audience)
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
            id: 1,
            slug: "play".into(),
            template_id: "play".into(),
            state: State::Open,
            default_language: "en".into(),
            languages: vec!["en".into()],
            audiences: vec![Audience::Parent],
            areas: vec![],
            k_threshold: DEFAULT_K,
            help_text: BTreeMap::new(),
            opens_on: opens.map(|d| d.parse().unwrap()),
            closes_on: closes.map(|d| d.parse().unwrap()),
            snapshot_version: 1,
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
}

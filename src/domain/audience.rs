//! The four audiences a consultation speaks to. They share question ids so that
//! results compare across ages.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
pub enum Audience {
    #[serde(rename = "age-5-8")]
    Age5to8,
    #[serde(rename = "age-9-12")]
    Age9to12,
    #[serde(rename = "age-13-17")]
    Age13to17,
    #[serde(rename = "parent")]
    Parent,
}

impl Audience {
    pub const ALL: [Audience; 4] = [Audience::Age5to8, Audience::Age9to12, Audience::Age13to17, Audience::Parent];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Age5to8 => "age-5-8",
            Audience::Age9to12 => "age-9-12",
            Audience::Age13to17 => "age-13-17",
            Audience::Parent => "parent",
        }
    }

    /// Pre-readers and early readers: pictures, 3 smileys, one question per screen.
    pub fn is_young(self) -> bool {
        self == Audience::Age5to8
    }

    /// Number of points of a smiley scale for this audience.
    pub fn scale_points(self) -> u8 {
        if self.is_young() { 3 } else { 5 }
    }

    /// Questions on one screen of the form.
    pub fn questions_per_page(self) -> usize {
        if self.is_young() { 1 } else { 3 }
    }
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown audience '{0}' (expected age-5-8, age-9-12, age-13-17 or parent)")]
pub struct UnknownAudience(pub String);

impl FromStr for Audience {
    type Err = UnknownAudience;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Audience::ALL.into_iter().find(|a| a.as_str() == s).ok_or_else(|| UnknownAudience(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_audience_round_trips_through_its_name() {
        for a in Audience::ALL {
            assert_eq!(a.as_str().parse::<Audience>(), Ok(a));
        }
        assert!("age-3-4".parse::<Audience>().is_err());
    }

    #[test]
    fn young_children_get_three_smileys_and_one_question_per_screen() {
        assert_eq!(Audience::Age5to8.scale_points(), 3);
        assert_eq!(Audience::Age5to8.questions_per_page(), 1);
        assert_eq!(Audience::Parent.scale_points(), 5);
    }
}

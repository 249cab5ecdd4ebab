//! What an officer sets when creating or editing a consultation, parsed from
//! the admin form into a type that cannot hold an invalid setting.

use super::audience::Audience;
use super::consultation::{Area, MIN_K};
use super::map::{DEFAULT_CELL_M, GridShape, MAX_CELL_M, MIN_CELL_M};
use super::survey::is_valid_id;
use super::template::LiveSurvey;
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_HELP_CHARS: usize = 1000;
pub const MAX_AREAS: usize = 200;
/// Slugs that would shadow a route or confuse people reading a poster.
const RESERVED: &[&str] = &["admin", "api", "assets", "thanks", "results", "new", "c", "s"];

#[derive(Clone, Debug, PartialEq)]
pub struct ConsultationSettings {
    pub slug: String,
    pub titles: BTreeMap<String, String>,
    pub languages: Vec<String>,
    pub default_language: String,
    pub audiences: Vec<Audience>,
    pub areas: Vec<Area>,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
    pub k_threshold: i32,
    pub help_text: BTreeMap<String, String>,
    pub requires_code: bool,
    /// Months after publication before response-level data is deleted.
    pub retention_months: u32,
    /// The area set version the areas and the map come from.
    pub area_set_id: Option<i32>,
    pub grid_shape: GridShape,
    pub grid_metres: u32,
}

/// An area set an organisation may give a consultation: its id and areas.
pub struct AreaSetChoice {
    pub id: i32,
    pub areas: Vec<Area>,
}

/// Months response-level data is kept after publication unless set otherwise.
pub const DEFAULT_RETENTION_MONTHS: u32 = 12;

/// Longest retention of response-level data a consultation may set (10 years).
pub const MAX_RETENTION_MONTHS: u32 = 120;

/// Whether a consultation's threshold may change from `old` to `new`: never
/// down once it has been launched (figures published at the higher threshold
/// would otherwise be joined by smaller ones; and refusing only once someone
/// answered would tell whether anyone has).
pub fn k_change_error(old: i32, new: i32, launched: bool) -> Option<&'static str> {
    (launched && new < old).then_some("admin-error-k-lower")
}

/// Field name → interface message id explaining what is wrong.
pub type FieldErrors = BTreeMap<String, &'static str>;

/// A slug suggested from a title: lowercase ASCII letters and digits with dashes.
pub fn suggest_slug(title: &str, fallback: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = super::words::fold_accent(c);
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if let Some(latin) = super::words::transliterate(c) {
            slug.push_str(latin);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 32 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.len() < 3 || !slug.starts_with(|c: char| c.is_ascii_lowercase()) { fallback.to_owned() } else { slug }
}

pub fn slug_is_acceptable(slug: &str) -> bool {
    slug.len() >= 3 && is_valid_id(slug) && !RESERVED.contains(&slug)
}

fn values<'a>(fields: &'a [(String, String)], name: &str) -> impl Iterator<Item = &'a str> {
    fields.iter().filter(move |(k, _)| k == name).map(|(_, v)| v.trim())
}

fn value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    values(fields, name).next().unwrap_or("")
}

/// Reads the settings form against the template it launches.
pub fn parse(
    fields: &[(String, String)],
    live: &LiveSurvey,
    sets: &[AreaSetChoice],
) -> Result<ConsultationSettings, FieldErrors> {
    let survey = live.survey();
    let mut errors = FieldErrors::new();

    let slug = value(fields, "slug").to_lowercase();
    if !slug_is_acceptable(&slug) {
        errors.insert("slug".into(), "admin-error-slug");
    }
    let languages: Vec<String> =
        survey.languages.iter().filter(|l| values(fields, "languages").any(|v| v == l.as_str())).cloned().collect();
    if languages.is_empty() {
        errors.insert("languages".into(), "admin-error-languages");
    }
    let default_language = if languages.contains(&survey.default_language) {
        survey.default_language.clone()
    } else {
        languages.first().cloned().unwrap_or_else(|| survey.default_language.clone())
    };
    let audiences: Vec<Audience> =
        survey.audiences.iter().copied().filter(|a| values(fields, "audiences").any(|v| v == a.as_str())).collect();
    if audiences.is_empty() {
        errors.insert("audiences".into(), "admin-error-audiences");
    }
    let mut titles = BTreeMap::new();
    for lang in &languages {
        let t = value(fields, &format!("title.{lang}"));
        if t.chars().count() > MAX_TITLE_CHARS {
            errors.insert(format!("title.{lang}"), "admin-error-title");
        } else if !t.is_empty() && t != live.texts.text(lang, "title", None) {
            titles.insert(lang.clone(), t.to_owned());
        }
    }
    let mut help_text = BTreeMap::new();
    for lang in &languages {
        let h = value(fields, &format!("help.{lang}"));
        if h.chars().count() > MAX_HELP_CHARS {
            errors.insert(format!("help.{lang}"), "admin-error-help");
        } else if !h.is_empty() {
            help_text.insert(lang.clone(), h.to_owned());
        }
    }

    let mut areas: Vec<Area> = Vec::new();
    for line in value(fields, "areas").lines().map(str::trim).filter(|l| !l.is_empty()) {
        let from_template = survey.areas.iter().find(|id| {
            survey.languages.iter().any(|l| live.texts.text(l, &format!("area-{id}"), None) == line) || *id == line
        });
        let area = match from_template {
            Some(id) => Area::new(id.clone(), None),
            None => Area::new(
                suggest_slug(line, &format!("area-{}", areas.len() + 1)),
                Some(line.chars().take(80).collect()),
            ),
        };
        if !areas.iter().any(|a| a.id == area.id) {
            areas.push(area);
        }
    }
    // An area set, when chosen, gives the areas (and the map) instead of the list.
    let area_set_id = match value(fields, "area_set") {
        "" => None,
        v => match sets.iter().find(|s| s.id.to_string() == v) {
            Some(set) => {
                areas = set.areas.clone();
                Some(set.id)
            }
            None => {
                errors.insert("area_set".into(), "admin-error-area-set");
                None
            }
        },
    };
    let grid_shape = GridShape::parse(value(fields, "grid_shape")).unwrap_or(GridShape::Hex);
    let grid_metres = match value(fields, "grid_metres") {
        "" => DEFAULT_CELL_M,
        v => match v.parse::<u32>() {
            Ok(n) if (MIN_CELL_M..=MAX_CELL_M).contains(&n) => n,
            _ => {
                errors.insert("grid_metres".into(), "admin-error-grid");
                DEFAULT_CELL_M
            }
        },
    };
    if areas.len() > MAX_AREAS {
        errors.insert("areas".into(), "admin-error-areas");
    }
    let asks_area = survey
        .questions
        .iter()
        .any(|q| q.kind == super::QuestionKind::Area && q.audiences.iter().any(|a| audiences.contains(a)));
    if asks_area && areas.is_empty() {
        errors.insert("areas".into(), "admin-error-areas");
    }

    let date = |name: &str, errors: &mut FieldErrors| {
        let v = value(fields, name);
        if v.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
        if parsed.is_none() {
            errors.insert(name.into(), "admin-error-date");
        }
        parsed
    };
    let opens_on = date("opens_on", &mut errors);
    let closes_on = date("closes_on", &mut errors);
    if let (Some(o), Some(c)) = (opens_on, closes_on)
        && c < o
    {
        errors.insert("closes_on".into(), "admin-error-dates");
    }
    let k_threshold = match value(fields, "k").parse::<i32>() {
        Ok(k) if (MIN_K..=1000).contains(&k) => k,
        _ => {
            errors.insert("k".into(), "admin-error-k");
            MIN_K
        }
    };

    let retention_months = match value(fields, "retention") {
        "" => DEFAULT_RETENTION_MONTHS,
        v => v.parse::<u32>().unwrap_or(u32::MAX),
    };
    let retention_months = match retention_months {
        n if n <= MAX_RETENTION_MONTHS => n,
        _ => {
            errors.insert("retention".into(), "admin-error-retention");
            0
        }
    };

    if errors.is_empty() {
        Ok(ConsultationSettings {
            slug,
            titles,
            languages,
            default_language,
            audiences,
            areas,
            opens_on,
            closes_on,
            k_threshold,
            help_text,
            requires_code: value(fields, "requires_code") == "yes",
            retention_months,
            area_set_id,
            grid_shape,
            grid_metres,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k_never_goes_down_once_there_are_responses() {
        assert_eq!(k_change_error(10, 5, true), Some("admin-error-k-lower"));
        assert_eq!(k_change_error(10, 5, false), None);
        assert_eq!(k_change_error(5, 10, true), None);
    }

    #[test]
    fn slugs_are_suggested_from_titles() {
        assert_eq!(suggest_slug("Parcs et aires de jeux à Lyon!", "play"), "parcs-et-aires-de-jeux-a-lyon");
        assert_eq!(suggest_slug("أين تلعب؟", "play"), "play");
        assert_eq!(suggest_slug("Где ты играешь?", "play"), "gde-ty-igraesh");
        assert_eq!(suggest_slug("你在哪里玩？", "play"), "play", "Chinese titles take the template id");
        assert!(slug_is_acceptable("safe-routes-2027"));
        assert!(!slug_is_acceptable("admin"));
        assert!(!slug_is_acceptable("No Spaces"));
    }
}

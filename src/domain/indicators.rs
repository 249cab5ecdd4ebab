//! The indicator bank (`indicators.toml`) and indicator values.
//!
//! A value is the share of a question's answers that count towards an
//! indicator, for one audience of one consultation. It is computed only from
//! figures the consultation has already published (`results::report`, hence
//! `disclosure::publish`): the sum of the published counts of the answers that
//! count, out of the sum of the published counts of every answer. When any of
//! those answers reads "fewer than k", or the sum is under k, the value is
//! hidden: an exact share derived from a hidden row would undo its hiding.
//! The 95% interval is Wilson's score interval on those published counts.

use super::audience::Audience;
use super::results::AudienceAnswers;
use super::survey::{Question, QuestionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// What kind of question measures an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    Single,
    Scale,
}

/// One indicator of the bank.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: IndicatorKind,
    pub audiences: Vec<Audience>,
    /// `single`: the options that count.
    #[serde(default)]
    pub counts: Vec<String>,
    /// `scale`: per scale length, the points that count.
    #[serde(default)]
    pub scale: BTreeMap<String, Vec<i64>>,
}

#[derive(Deserialize)]
struct Bank {
    indicator: Vec<Indicator>,
}

static BANK: LazyLock<Vec<Indicator>> = LazyLock::new(|| {
    let bank: Bank = toml::from_str(include_str!("indicators.toml")).unwrap_or(Bank { indicator: vec![] });
    bank.indicator
});

/// Every shipped indicator, in the bank's order.
pub fn bank() -> &'static [Indicator] {
    &BANK
}

pub fn find(id: &str) -> Option<&'static Indicator> {
    bank().iter().find(|i| i.id == id)
}

impl Indicator {
    /// The Fluent message id of its name (`…-definition` for its definition).
    pub fn message_id(&self) -> String {
        format!("indicator-{}", self.id.replace('.', "-"))
    }

    /// The answer keys (option ids or scale points) that count for `audience`.
    pub fn counting(&self, audience: Audience) -> Vec<String> {
        match self.kind {
            IndicatorKind::Single => self.counts.clone(),
            IndicatorKind::Scale => self
                .scale
                .get(&audience.scale_points().to_string())
                .map(|points| points.iter().map(ToString::to_string).collect())
                .unwrap_or_default(),
        }
    }

    /// Whether `q` measures this indicator: the right kind of question, the
    /// options that count among its options, and an audience in common.
    pub fn fits(&self, q: &Question) -> Result<(), String> {
        match (&self.kind, &q.kind) {
            (IndicatorKind::Scale, QuestionKind::Scale) => {}
            (IndicatorKind::Single, QuestionKind::Single { options }) => {
                let missing: Vec<&str> =
                    self.counts.iter().filter(|c| !options.contains(c)).map(String::as_str).collect();
                if !missing.is_empty() {
                    return Err(format!(
                        "indicator '{}' counts the option(s) {}, which this question does not offer",
                        self.id,
                        missing.join(", ")
                    ));
                }
            }
            (kind, _) => {
                let want = match kind {
                    IndicatorKind::Single => "single",
                    IndicatorKind::Scale => "scale",
                };
                return Err(format!(
                    "indicator '{}' is measured by a '{want}' question, not a '{}' one",
                    self.id,
                    q.kind.name()
                ));
            }
        }
        if !q.audiences.iter().any(|a| self.audiences.contains(a)) {
            let list: Vec<&str> = self.audiences.iter().map(|a| a.as_str()).collect();
            return Err(format!(
                "indicator '{}' applies only to {}, and this question asks none of them",
                self.id,
                list.join(", ")
            ));
        }
        Ok(())
    }

    /// Checks the bank's own entries (a test runs it on the shipped bank).
    pub fn check(&self) -> Result<(), String> {
        let valid = self.id.split('.').count() >= 2 && self.id.split('.').all(super::survey::is_valid_id);
        if !valid {
            return Err(format!("indicator id '{}' must be dotted lowercase ids, like cfc.safe-journey", self.id));
        }
        match self.kind {
            IndicatorKind::Single if self.counts.is_empty() => Err(format!("indicator '{}' needs `counts`", self.id)),
            IndicatorKind::Scale => {
                for a in &self.audiences {
                    let points = self.scale.get(&a.scale_points().to_string()).map_or(&[][..], Vec::as_slice);
                    if points.is_empty() || points.iter().any(|p| *p < 1 || *p > i64::from(a.scale_points())) {
                        return Err(format!(
                            "indicator '{}' needs `scale.{}` points within 1-{} for {a}",
                            self.id,
                            a.scale_points(),
                            a.scale_points()
                        ));
                    }
                }
                Ok(())
            }
            IndicatorKind::Single => Ok(()),
        }
    }
}

/// One indicator value: `x` of `n` published answers count.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Value {
    pub x: u64,
    pub n: u64,
    /// `x / n`, 0 to 1.
    pub share: f64,
    /// 95% Wilson score interval.
    pub low: f64,
    pub high: f64,
}

/// Why a value is not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Missing {
    /// Some answer, or the audience, reads fewer than k.
    FewerThanK,
    /// Nobody answered the question.
    NoAnswers,
}

/// The value of `indicator` from one audience's published answers to its question.
pub fn value(indicator: &Indicator, answers: &AudienceAnswers, k: u64) -> Result<Value, Missing> {
    let counting = indicator.counting(answers.audience);
    let (mut x, mut n) = (0u64, 0u64);
    for row in answers.table.rows.iter().filter(|r| !r.is_no_answer()) {
        let count = row.count.ok_or(Missing::FewerThanK)?;
        n += count;
        if counting.contains(&row.key) {
            x += count;
        }
    }
    if n == 0 {
        return Err(Missing::NoAnswers);
    }
    if n < k {
        return Err(Missing::FewerThanK);
    }
    let (low, high) = wilson(x, n);
    Ok(Value { x, n, share: x as f64 / n as f64, low, high })
}

/// z for a two-sided 95% interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// Wilson's score interval for `x` successes in `n` trials, at 95%.
pub fn wilson(x: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let (x, n) = (x as f64, n as f64);
    let p = x / n;
    let z2 = Z95 * Z95;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z95 / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// One value of one indicator: an audience in one wave (a consultation,
/// dated by its close) of one member city.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Point {
    pub indicator: String,
    /// The member organisation's slug and name.
    pub member: String,
    pub city: String,
    /// The consultation's slug and the day it closed.
    pub consultation: String,
    pub wave: Option<chrono::NaiveDate>,
    pub audience: Audience,
    /// The consultation's threshold.
    pub k: u64,
    /// Published answers that count, and all published answers.
    pub x: Option<u64>,
    pub n: Option<u64>,
    /// `x / n`, and its 95% Wilson interval (0 to 1).
    pub share: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Why there is no value, when there is none.
    pub missing: Option<Missing>,
}

/// Every indicator value a consultation's published report gives: each
/// question tagged with an indicator, for each audience both apply to.
pub fn values_of(
    survey: &super::Survey,
    report: &super::results::Report,
    audiences: &[Audience],
) -> Vec<(&'static Indicator, Audience, Result<Value, Missing>)> {
    let mut out = Vec::new();
    for q in &survey.questions {
        let Some(indicator) = q.indicator.as_deref().and_then(find) else { continue };
        for a in audiences.iter().filter(|a| q.is_for(**a) && indicator.audiences.contains(a)) {
            let answers = report
                .questions
                .iter()
                .find(|r| r.question == q.id)
                .and_then(|r| r.audiences.iter().find(|x| x.audience == *a));
            let v = match answers {
                Some(answers) => value(indicator, answers, report.k),
                // The audience (or the whole consultation) reads fewer than k.
                None => Err(Missing::FewerThanK),
            };
            out.push((indicator, *a, v));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::results::{Row, Table};

    #[test]
    fn the_shipped_bank_is_sound() {
        assert!(bank().len() >= 5);
        let mut ids: Vec<&str> = bank().iter().map(|i| i.id.as_str()).collect();
        for i in bank() {
            i.check().unwrap();
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), bank().len(), "ids are unique");
    }

    #[test]
    fn wilson_matches_published_examples() {
        // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 → 0.2553-0.3662;
        // 15/148 → 0.0624-0.1605; 0/20 → 0-0.1611.
        let close = |a: f64, b: f64| (a - b).abs() < 0.00006;
        let (l, h) = wilson(81, 263);
        assert!(close(l, 0.2553) && close(h, 0.3662), "{l} {h}");
        let (l, h) = wilson(15, 148);
        assert!(close(l, 0.0624) && close(h, 0.1605), "{l} {h}");
        let (l, h) = wilson(0, 20);
        assert!(close(l, 0.0) && close(h, 0.1611), "{l} {h}");
    }

    fn answers(audience: Audience, rows: &[(&str, Option<u64>)]) -> AudienceAnswers {
        AudienceAnswers {
            audience,
            table: Table {
                rows: rows.iter().map(|(k, c)| Row { key: (*k).into(), count: *c, percent: None }).collect(),
                total: Some(100),
            },
            mean: None,
            mean_place: BTreeMap::new(),
            places: BTreeMap::new(),
        }
    }

    #[test]
    fn a_value_uses_the_audiences_own_scale_and_hides_what_reads_fewer_than_k() {
        let safe = find("cfc.safe-journey").unwrap();
        let young = answers(Audience::Age5to8, &[("1", Some(10)), ("2", Some(20)), ("3", Some(30)), ("-", None)]);
        let v = value(safe, &young, 10).unwrap();
        assert_eq!((v.x, v.n), (30, 60), "the top smiley of three counts; no answer is not an answer");
        let parent = answers(
            Audience::Parent,
            &[("1", Some(0)), ("2", Some(10)), ("3", Some(10)), ("4", Some(20)), ("5", Some(10)), ("-", Some(0))],
        );
        let v = value(safe, &parent, 10).unwrap();
        assert_eq!((v.x, v.n), (30, 50));
        let hidden = answers(Audience::Parent, &[("1", None), ("2", Some(10)), ("4", Some(20)), ("5", Some(10))]);
        assert_eq!(value(safe, &hidden, 10), Err(Missing::FewerThanK));
        let none = answers(Audience::Parent, &[("1", Some(0)), ("5", Some(0)), ("-", Some(40))]);
        assert_eq!(value(safe, &none, 10), Err(Missing::NoAnswers));
    }
}

//! Exports for analysts: aggregated results as CSV (long format) and JSON,
//! and a response-level CSV. Every CSV starts with a UTF-8 byte order mark so
//! spreadsheet programs read Arabic and accents right, and has a header row
//! of English ids; the aggregated one has a label column in the officer's
//! language.

use super::results::Labels;
use crate::domain::Survey;
use crate::domain::results::{Group, Report, Table, Tallies, group_sizes};
use crate::domain::survey::QuestionKind;
use crate::store::results::ResponseRow;
use serde_json::json;
use std::collections::HashMap;

pub const BOM: &str = "\u{feff}";

/// A CSV field, quoted when it needs to be; a leading `=`, `+`, `-` or `@`
/// is defused so a spreadsheet never runs a free-typed value as a formula.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '@'])
        || (s.starts_with('-') && s.len() > 1 && !s[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

fn line(fields: &[&str]) -> String {
    let mut out = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// A count as exported: the number, or `<k` when it is hidden.
fn count(n: Option<u64>, k: u64) -> String {
    n.map_or_else(|| format!("<{k}"), |n| n.to_string())
}

/// Long format: one row per figure. `language`, `area` and `channel` say what
/// the row counts: a value, `all` (not filtered) or `none` (not given).
pub fn long_csv(labels: &Labels, r: &Report) -> String {
    let k = r.k;
    let f = &r.filter;
    let all = |v: Option<String>| v.unwrap_or_else(|| "all".to_owned());
    let language = all(f.language.clone());
    let area = all(f.area.clone());
    let channel = all(f.channel.map(|c| c.to_string()));
    let audience = all(f.audience.map(|a| a.as_str().to_owned()));
    let mut out = String::from(BOM);
    out.push_str(&line(&["question", "option", "audience", "language", "area", "channel", "count", "label"]));
    if r.too_few {
        out.push_str(&line(&["responses", "", &audience, &language, &area, &channel, &count(None, k), ""]));
        return out;
    }
    out.push_str(&line(&[
        "responses",
        "",
        &audience,
        &language,
        &area,
        &channel,
        &count(r.responses, k),
        &labels.page.t("results-total"),
    ]));
    let none = |v: &str, empty: &str| if v == empty { "none".to_owned() } else { v.to_owned() };
    let breakdown = |out: &mut String, t: &Table, column: usize, label: &dyn Fn(&str) -> String| {
        for row in &t.rows {
            let mut cells = [audience.clone(), language.clone(), area.clone(), channel.clone()];
            cells[column] = match column {
                2 => none(&row.key, ""),
                3 => none(&row.key, "0"),
                _ => row.key.clone(),
            };
            out.push_str(&line(&[
                "responses",
                "",
                &cells[0],
                &cells[1],
                &cells[2],
                &cells[3],
                &count(row.count, k),
                &label(&row.key),
            ]));
        }
    };
    breakdown(&mut out, &r.by_audience, 0, &|a| labels.audience(a));
    breakdown(&mut out, &r.by_language, 1, &|l| labels.language(l));
    breakdown(&mut out, &r.by_area, 2, &|a| labels.area(a));
    breakdown(&mut out, &r.by_channel, 3, &|c| labels.channel(c));
    for row in &r.by_day.rows {
        out.push_str(&line(&[
            "responses-by-day",
            &row.key,
            &audience,
            &language,
            &area,
            &channel,
            &count(row.count, k),
            &row.key,
        ]));
    }
    for q in &r.questions {
        for a in &q.audiences {
            for row in &a.table.rows {
                out.push_str(&line(&[
                    &q.question,
                    &row.key,
                    a.audience.as_str(),
                    &language,
                    &area,
                    &channel,
                    &count(row.count, k),
                    &labels.answer(q, a.audience, &row.key),
                ]));
            }
        }
    }
    out
}

/// The report with the names of what it counts, in the officer's language.
pub fn json(labels: &Labels, r: &Report) -> serde_json::Value {
    let mut names = serde_json::Map::new();
    for q in &r.questions {
        let mut per = serde_json::Map::new();
        for a in &q.audiences {
            let options: serde_json::Map<String, serde_json::Value> = a
                .table
                .rows
                .iter()
                .map(|row| (row.key.clone(), json!(labels.answer(q, a.audience, &row.key))))
                .collect();
            per.insert(
                a.audience.as_str().to_owned(),
                json!({ "question": labels.question(&q.question, a.audience), "options": options }),
            );
        }
        names.insert(q.question.clone(), serde_json::Value::Object(per));
    }
    json!({
        "consultation": labels.consultation.slug,
        "note": format!("A null count is a group of fewer than {} people, or a figure hidden so that such a group cannot be worked out.", r.k),
        "results": r,
        "labels": { "language": labels.page.lang, "questions": names },
    })
}

/// Group sizes, to withhold area and channel where they would single out a
/// group smaller than k in the response-level export.
pub struct Groups {
    sizes: HashMap<Group, u64>,
    by_area: HashMap<(String, String, String), u64>,
    k: u64,
}

impl Groups {
    pub fn of(tallies: &Tallies, k: u64) -> Self {
        let sizes = group_sizes(tallies);
        let mut by_area = HashMap::new();
        for (g, n) in &sizes {
            *by_area.entry((g.audience.as_str().to_owned(), g.language.clone(), g.area.clone())).or_default() += n;
        }
        Groups { sizes, by_area, k }
    }

    /// (area, channel) as exported for a response: both when the group of
    /// its audience, language, area and channel has k people; else the area
    /// alone when that group has; else neither.
    fn place(&self, r: &ResponseRow) -> (String, String) {
        let Ok(audience) = r.audience.parse() else { return (String::new(), String::new()) };
        let g = Group { audience, language: r.language.clone(), area: r.area.clone(), channel: r.channel };
        let channel = if r.channel == 0 { String::new() } else { r.channel.to_string() };
        if self.sizes.get(&g).copied().unwrap_or(0) >= self.k {
            return (r.area.clone(), channel);
        }
        let area_group = (r.audience.clone(), r.language.clone(), r.area.clone());
        if self.by_area.get(&area_group).copied().unwrap_or(0) >= self.k {
            return (r.area.clone(), "withheld".into());
        }
        ("withheld".into(), "withheld".into())
    }
}

fn exported_questions(survey: &Survey) -> impl Iterator<Item = &crate::domain::Question> {
    survey.questions.iter().filter(|q| !matches!(q.kind, QuestionKind::Text { .. }))
}

pub fn responses_header(survey: &Survey) -> String {
    let mut names = vec!["response", "audience", "language", "area", "channel"];
    names.extend(exported_questions(survey).map(|q| q.id.as_str()));
    let mut out = String::from(BOM);
    out.push_str(&line(&names));
    out
}

/// One response: multiple choices joined with `;`, rankings best first with `>`.
pub fn response_line(survey: &Survey, groups: &Groups, n: u64, r: &ResponseRow) -> String {
    let (area, channel) = groups.place(r);
    let mut cells = vec![n.to_string(), r.audience.clone(), r.language.clone(), area, channel];
    for q in exported_questions(survey) {
        let rows = r.answers.get(&q.id).map(Vec::as_slice).unwrap_or(&[]);
        let value = match q.kind {
            QuestionKind::Rank { .. } => {
                let mut ranked: Vec<&(Option<String>, Option<i64>)> = rows.iter().collect();
                ranked.sort_by_key(|(_, place)| *place);
                ranked.iter().filter_map(|(o, _)| o.clone()).collect::<Vec<_>>().join(">")
            }
            QuestionKind::Scale | QuestionKind::Number { .. } => {
                rows.first().and_then(|(_, v)| *v).map(|v| v.to_string()).unwrap_or_default()
            }
            _ => rows.iter().filter_map(|(o, _)| o.clone()).collect::<Vec<_>>().join(";"),
        };
        cells.push(value);
    }
    let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
    line(&refs)
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("-5"), "-5");
        assert_eq!(field("مرحبا"), "مرحبا");
    }
}

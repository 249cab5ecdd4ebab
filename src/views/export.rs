//! Exports for analysts: aggregated results as CSV (long format) and JSON,
//! and a response-level CSV. Every CSV starts with a UTF-8 byte order mark so
//! spreadsheet programs read Arabic and accents right, and has a header row
//! of English ids; the aggregated one has a label column in the officer's
//! language.

use super::results::Labels;
use crate::domain::Survey;
use crate::domain::anonymise::{Key, Plan};
use crate::domain::results::{Report, Table};
use crate::domain::survey::QuestionKind;
use crate::store::results::ResponseRow;
use serde_json::json;
use std::collections::HashMap;

pub const BOM: &str = "\u{feff}";

/// A CSV field, quoted when it needs to be. A value a spreadsheet could run as
/// a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
/// is defused with a leading `'`, unless it is a plain number such as `-5` or
/// `-2.5` (OWASP's CSV injection advice).
pub fn field(s: &str) -> String {
    let number = s.strip_prefix(['-', '+']).is_some_and(|rest| {
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.') && rest.matches('.').count() <= 1
    });
    // A lone sign (the "no answer" row's key, "-") is no formula.
    let s = if s.chars().count() > 1 && s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// One CSV record, its fields defused and quoted, ended by CRLF.
pub fn line(fields: &[&str]) -> String {
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
        "note": format!("Every count is perturbed by the cell key method (at most 2 away, the same for the same people in every view), so tables may not add up exactly; a null count read fewer than {} after perturbation.", r.k),
        "results": r,
        "labels": { "language": labels.page.lang, "questions": names },
    })
}

/// Questions in the response-level export: not free texts, and not places
/// marked on a map (a grid cell beside a child's other answers could say
/// where that child lives or plays; places are published only as counts).
fn exported_questions(survey: &Survey) -> impl Iterator<Item = &crate::domain::Question> {
    survey
        .questions
        .iter()
        .filter(|q| !matches!(q.kind, QuestionKind::Text { .. } | QuestionKind::Place { .. } | QuestionKind::Note))
}

pub fn responses_header(survey: &Survey) -> String {
    let mut names = vec!["row", "audience", "language", "area", "channel"];
    names.extend(exported_questions(survey).map(|q| q.id.as_str()));
    let mut out = String::from(BOM);
    out.push_str(&line(&names));
    out
}

/// The area-type questions: their answers could single someone out.
fn area_questions(survey: &Survey) -> impl Iterator<Item = &crate::domain::Question> {
    survey.questions.iter().filter(|q| matches!(q.kind, QuestionKind::Area))
}

/// Ids of the area-type questions, in survey order (the order of [`response_key`]).
pub fn area_question_ids(survey: &Survey) -> Vec<String> {
    area_questions(survey).map(|q| q.id.clone()).collect()
}

/// A response's identifying values: audience, language, area, channel, then
/// its answer to each `area` question ("" when none).
pub fn response_key(survey: &Survey, r: &ResponseRow) -> Key {
    let mut key = vec![
        r.audience.clone(),
        r.language.clone(),
        r.area.clone(),
        if r.channel == 0 { String::new() } else { r.channel.to_string() },
    ];
    for q in area_questions(survey) {
        key.push(r.answers.get(&q.id).and_then(|rows| rows.first()).and_then(|(o, _)| o.clone()).unwrap_or_default());
    }
    key
}

/// The k-anonymisation plan of the response-level export, from the keys of
/// every response: channel withheld first, then area answers, area,
/// language, and audience last.
pub fn export_plan(survey: &Survey, counts: &HashMap<Key, u64>, k: u64) -> Plan {
    let areas = area_questions(survey).count();
    let mut order = vec![3];
    order.extend((4..4 + areas).rev());
    order.extend([2, 1, 0]);
    Plan::new(counts, order, k)
}

/// One response (`None`: not exported, see [`Plan`]): multiple choices joined
/// with `;`, rankings best first with `>`; identifying values as the plan
/// publishes them.
pub fn response_line(survey: &Survey, plan: &Plan, n: u64, r: &ResponseRow) -> Option<String> {
    let key = plan.publish(&response_key(survey, r))?;
    let mut cells = vec![n.to_string()];
    cells.extend(key[..4].iter().cloned());
    let mut area_answers = key[4..].iter();
    for q in exported_questions(survey) {
        let rows = r.answers.get(&q.id).map(Vec::as_slice).unwrap_or(&[]);
        let value = match q.kind {
            QuestionKind::Area => area_answers.next().cloned().unwrap_or_default(),
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
    Some(line(&refs))
}

/// The published counts of every area and place question as a GeoJSON
/// FeatureCollection, for QGIS or ArcGIS: one feature per question, audience
/// and area (its shape) or grid cell (its square or hexagon). A figure
/// fewer than k has `count: null` and `fewer_than_k: true`. `None` when the
/// consultation has no map.
pub fn geojson(labels: &Labels, r: &Report) -> Option<serde_json::Value> {
    use crate::domain::map::{multipolygon_json, polygon_json};
    use crate::domain::results::ResultKind;
    let map = labels.live.map.as_ref()?;
    let mut features = Vec::new();
    for q in r.questions.iter().filter(|q| matches!(q.kind, ResultKind::Area | ResultKind::Place)) {
        for a in &q.audiences {
            for row in a.table.rows.iter().filter(|row| !row.is_no_answer()) {
                let geometry = match q.kind {
                    ResultKind::Area => match map.set.area(&row.key) {
                        Some(area) => multipolygon_json(&area.shape),
                        None => continue,
                    },
                    _ => match map.grid.parse(&row.key) {
                        Some((col, cell_row)) => serde_json::json!({
                            "type": "Polygon",
                            "coordinates": polygon_json(&map.grid.cell_polygon(col, cell_row)),
                        }),
                        None => continue,
                    },
                };
                features.push(serde_json::json!({
                    "type": "Feature",
                    "properties": {
                        "question": q.question,
                        "audience": a.audience.as_str(),
                        "kind": if q.kind == ResultKind::Area { "area" } else { "cell" },
                        "id": row.key,
                        "label": labels.answer(q, a.audience, &row.key),
                        "count": row.count,
                        "fewer_than_k": row.count.is_none(),
                        "percent": row.percent,
                        "k": r.k,
                    },
                    "geometry": geometry,
                }));
            }
        }
    }
    Some(serde_json::json!({ "type": "FeatureCollection", "features": features }))
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
        assert_eq!(field("-"), "-");
        assert_eq!(field("-2.5"), "-2.5");
        assert_eq!(field("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
        assert_eq!(field("+1-1"), "'+1-1");
        assert_eq!(field("\t=1"), "'\t=1");
        assert_eq!(field("@SUM(1)"), "'@SUM(1)");
        assert_eq!(field("مرحبا"), "مرحبا");
    }
}

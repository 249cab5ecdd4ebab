//! XLSForm import: the `survey`, `choices` and `settings` sheets of a
//! workbook (as text cells) become a template folder, `survey.toml` and one
//! `{lang}.ftl` per language, which then goes through the same checks as
//! `surveys check`. Every construct childvoice cannot express is refused with
//! its sheet, row and column, never dropped quietly; all problems are reported
//! in one go.

use super::audience::Audience;
use super::survey::{Clause, Condition, Join, is_valid_id};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One worksheet: its name and its rows of cells (the first row: headers).
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
    /// The spreadsheet's number, less one, of the first of `rows` (its header).
    pub first_row: usize,
}

/// A problem with its place in the workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub sheet: String,
    /// 1-based, as the spreadsheet shows it; 0 for the whole sheet.
    pub row: usize,
    /// The column letter and header, e.g. `D (relevant)`; empty for a whole row.
    pub column: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, self.column.is_empty()) {
            // Not placed on a sheet (a finding of the template checks).
            _ if self.sheet.is_empty() => write!(f, "{}", self.message),
            (0, _) => write!(f, "sheet {}: {}", self.sheet, self.message),
            (r, true) => write!(f, "sheet {}, row {r}: {}", self.sheet, self.message),
            (r, false) => write!(f, "sheet {}, row {r}, column {}: {}", self.sheet, self.column, self.message),
        }
    }
}

/// A converted form: the files of a template folder, and what was mapped
/// with a warning.
#[derive(Debug)]
pub struct Converted {
    pub id: String,
    /// Each question's row on the survey sheet, to place the template checks' findings.
    pub rows: BTreeMap<String, usize>,
    pub survey_toml: String,
    pub texts: BTreeMap<String, String>,
    pub warnings: Vec<Problem>,
    /// Pictures and recordings named in media columns and found among the
    /// files uploaded with the workbook.
    pub media: Vec<(Problem, Media)>,
}

/// A media file the form names, and where it goes (with the cell that
/// names it, as a [`Problem`] with no message, to place what is found later).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Media {
    /// `media::image` of a choice: the option's picture (for children aged 5-8).
    Picture { option: String, file: String },
    /// `media::audio::Language (xx)` of a question or choice: the recording
    /// of a text key, at `audio/{file}` in the template folder.
    Audio { lang: String, key: String, file: String },
}

fn letter(mut index: usize) -> String {
    let mut out = String::new();
    loop {
        out.insert(0, (b'A' + (index % 26) as u8) as char);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out
}

/// An XLSForm name as a childvoice id: lowercase, `_` and spaces as `-`.
pub fn id_of(name: &str) -> String {
    name.trim().to_lowercase().replace(['_', ' ', '.'], "-")
}

/// The language tag of a column like `label::English (en)` or `label::fr`.
fn language_of(spec: &str) -> Option<String> {
    let spec = spec.trim();
    if let (Some(open), Some(close)) = (spec.rfind('('), spec.rfind(')'))
        && open < close
    {
        return Some(spec[open + 1..close].trim().to_owned());
    }
    let known = [
        ("english", "en"),
        ("french", "fr"),
        ("français", "fr"),
        ("spanish", "es"),
        ("español", "es"),
        ("arabic", "ar"),
        ("chinese", "zh-Hans"),
        ("russian", "ru"),
        ("portuguese", "pt"),
        ("português", "pt"),
    ];
    let lower = spec.to_lowercase();
    if let Some((_, tag)) = known.iter().find(|(name, _)| *name == lower) {
        return Some((*tag).to_owned());
    }
    let plausible = spec
        .split('-')
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    plausible.then(|| spec.to_owned())
}

/// A text column: what it holds (label, hint…), its language, and the
/// audience of a per-audience wording (`label::English (en)::age-5-8`).
#[derive(Clone, Debug, PartialEq, Eq)]
struct TextColumn {
    what: String,
    lang: Option<String>,
    audience: Option<Audience>,
}

fn text_column(header: &str) -> Option<TextColumn> {
    let mut parts = header.split("::");
    let what = parts.next()?.trim().to_lowercase();
    if !matches!(what.as_str(), "label" | "hint" | "intro" | "duration" | "results_when" | "form_title") {
        return None;
    }
    let lang = parts.next().map(|l| language_of(l).unwrap_or_else(|| l.trim().to_owned()));
    let audience = parts.next().and_then(|a| a.trim().parse::<Audience>().ok());
    Some(TextColumn { what, lang, audience })
}

/// Words of one text key: per language, a default and per-audience variants.
#[derive(Default, Clone)]
struct Words {
    by_lang: BTreeMap<String, (Option<String>, BTreeMap<String, String>)>,
}

impl Words {
    fn set(&mut self, lang: &str, audience: Option<Audience>, text: &str) {
        let entry = self.by_lang.entry(lang.to_owned()).or_default();
        match audience {
            Some(a) => {
                entry.1.insert(a.as_str().to_owned(), text.to_owned());
            }
            None => entry.0 = Some(text.to_owned()),
        }
    }
}

/// A value safe in Fluent: braces escaped, continuation lines indented.
fn ftl_text(text: &str) -> String {
    let escaped: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '{' => "{\"{\"}".to_owned(),
            '}' => "{\"}\"}".to_owned(),
            c => c.to_string(),
        })
        .collect();
    escaped
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        // A line may not start with what Fluent reads as syntax.
        .map(|l| if l.starts_with(['[', '*', '.']) { format!("{{\"\"}}{l}") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n    ")
}

pub(crate) fn ftl_entry(key: &str, default: Option<&str>, variants: &BTreeMap<String, String>) -> Option<String> {
    if variants.is_empty() {
        return default.map(|d| format!("{key} = {}\n", ftl_text(d)));
    }
    let fallback = default.or_else(|| variants.values().next().map(String::as_str))?;
    let mut out = format!("{key} =\n    {{ $audience ->\n");
    for (a, text) in variants {
        out.push_str(&format!("        [{a}] {}\n", ftl_text(text)));
    }
    out.push_str(&format!("       *[other] {}\n    }}\n", ftl_text(fallback)));
    Some(out)
}

/// A TOML basic string.
pub(crate) fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn toml_list(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|i| toml_string(i)).collect::<Vec<_>>().join(", "))
}

struct Table<'a> {
    sheet: &'a Sheet,
    headers: Vec<String>,
}

impl<'a> Table<'a> {
    fn new(sheet: &'a Sheet) -> Self {
        let headers = sheet.rows.first().map(|r| r.iter().map(|h| h.trim().to_owned()).collect()).unwrap_or_default();
        Table { sheet, headers }
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.eq_ignore_ascii_case(name) || h.replace(' ', "_").eq_ignore_ascii_case(name))
    }

    fn cell<'r>(&self, row: &'r [String], name: &str) -> &'r str {
        self.column(name).and_then(|i| row.get(i)).map_or("", |c| c.trim())
    }

    fn place(&self, row: usize, column: Option<usize>) -> (String, usize, String) {
        let col = column
            .map_or(String::new(), |i| format!("{} ({})", letter(i), self.headers.get(i).map_or("", String::as_str)));
        (self.sheet.name.clone(), row + 1 + self.sheet.first_row, col)
    }

    /// Data rows with their index, empty rows left out.
    fn rows(&self) -> impl Iterator<Item = (usize, &'a Vec<String>)> + 'a {
        self.sheet.rows.iter().enumerate().skip(1).filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
    }
}

struct Report {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Report {
    fn refuse(&mut self, t: &Table, row: usize, column: Option<&str>, message: impl Into<String>) {
        let (sheet, row, column) = t.place(row, column.and_then(|c| t.column(c)));
        self.problems.push(Problem { sheet, row, column, message: message.into() });
    }

    fn warn(&mut self, t: &Table, row: usize, column: Option<&str>, message: impl Into<String>) {
        let (sheet, row, column) = t.place(row, column.and_then(|c| t.column(c)));
        self.warnings.push(Problem { sheet, row, column, message: message.into() });
    }
}

/// Survey columns childvoice reads; anything else holding a value is refused.
const SURVEY_COLUMNS: &[&str] = &[
    "other",
    "new_page",
    "indicator",
    "validated_wording",
    "type",
    "name",
    "required",
    "relevant",
    "constraint",
    "appearance",
    "audiences",
    "parameters",
    "constraint_message",
    "required_message",
    "exclusive",
];
const CHOICE_COLUMNS: &[&str] = &["list_name", "name", "exclusive"];
const SETTINGS_COLUMNS: &[&str] = &["form_title", "form_id", "default_language", "version", "style", "instance_name"];

/// Types that collect what childvoice never records.
const METADATA: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
];

struct Question {
    id: String,
    row: usize,
    kind: String,
    list: Option<String>,
    other: bool,
    required: bool,
    show_if: Option<Condition>,
    min: Option<i64>,
    max: Option<i64>,
    max_length: Option<i64>,
    audiences: Option<Vec<String>>,
    new_page: bool,
    /// The option that opens "other, please say" (the `other` column).
    other_option: Option<String>,
    indicator: Option<String>,
    validated_wording: bool,
    /// A grid (a `table-list` group): its statements.
    statements: Vec<String>,
}

/// Splits `expr` at `sep` (` and ` / ` or `) outside parentheses and quotes.
fn split_top<'e>(expr: &'e str, sep: &str) -> Vec<&'e str> {
    let (mut depth, mut quote, mut start, mut parts) = (0i32, None::<char>, 0usize, Vec::new());
    let mut i = 0;
    while i < expr.len() {
        let ch = expr[i..].chars().next().unwrap_or(' ');
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(ch),
            (None, '(') => depth += 1,
            (None, ')') => depth -= 1,
            (None, _) if depth == 0 && expr[i..].starts_with(sep) => {
                parts.push(&expr[start..i]);
                i += sep.len();
                start = i;
                continue;
            }
            _ => {}
        }
        i += ch.len_utf8();
    }
    parts.push(&expr[start..]);
    parts
}

/// `( … )` around the whole of `expr`, removed (not those of `(a) or (b)`).
fn unwrap_parens(expr: &str) -> &str {
    let mut e = expr.trim();
    loop {
        if !(e.starts_with('(') && e.ends_with(')')) {
            return e;
        }
        // The first parenthesis must close at the very end.
        let mut depth = 0;
        for (i, c) in e.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 && i + 1 < e.len() {
                return e;
            }
        }
        e = e[1..e.len() - 1].trim();
    }
}

/// `${q} = 'v'` or `selected(${q}, 'v')` → (question id, value id).
fn atom(part: &str) -> Option<(String, String)> {
    let part = unwrap_parens(part);
    if part.contains("!=") || part.starts_with("not(") || part.starts_with("not (") {
        return None;
    }
    let (q, v) = if let Some(rest) = part.strip_prefix("selected(") {
        let rest = rest.strip_suffix(')')?;
        rest.split_once(',')?
    } else {
        part.split_once('=')?
    };
    let name = q.trim().strip_prefix("${")?.strip_suffix('}')?;
    let v = v.trim();
    let value = v
        .strip_prefix('\'')
        .and_then(|v| v.strip_suffix('\''))
        .or_else(|| v.strip_prefix('"').and_then(|v| v.strip_suffix('"')))?;
    Some((id_of(name), id_of(value)))
}

/// `a or b or …` on one question → one clause.
fn one_question(expr: &str) -> Option<Clause> {
    let mut clause: Option<Clause> = None;
    for part in split_top(unwrap_parens(expr), " or ") {
        let (q, v) = atom(part)?;
        match &mut clause {
            Some(c) if c.question != q => return None,
            Some(c) => c.any_of.push(v),
            None => clause = Some(Clause { question: q, any_of: vec![v] }),
        }
    }
    clause
}

/// XLSForm's `relevant` as a childvoice condition: `${q} = 'v'` and
/// `selected(${q}, 'v')`, joined by `or`, or by `and` where each side is one
/// of these or an `or` of them on one question. `None` when it cannot be said.
fn condition(expr: &str) -> Option<Condition> {
    let expr = expr.replace(" OR ", " or ").replace(" AND ", " and ");
    let expr = unwrap_parens(&expr);
    let ands = split_top(expr, " and ");
    if ands.len() > 1 {
        let clauses = ands.iter().map(|part| one_question(part)).collect::<Option<Vec<_>>>()?;
        let mut seen = BTreeSet::new();
        if !clauses.iter().all(|c| seen.insert(c.question.clone())) {
            return None;
        }
        return Some(Condition { join: Join::All, clauses });
    }
    // An `or`: of values of one question, or of clauses on several.
    let mut clauses: Vec<Clause> = Vec::new();
    for part in split_top(expr, " or ") {
        let c = one_question(part)?;
        match clauses.iter_mut().find(|k| k.question == c.question) {
            Some(k) => k.any_of.extend(c.any_of),
            None => clauses.push(c),
        }
    }
    let join = if clauses.len() == 1 { Join::All } else { Join::Any };
    (!clauses.is_empty()).then_some(Condition { join, clauses })
}

/// `. >= 0 and . <= 120` (either order, `>`/`<` too) → (min, max).
fn range_constraint(expr: &str) -> Option<(Option<i64>, Option<i64>)> {
    let (mut min, mut max) = (None, None);
    for part in expr.split(" and ") {
        let part = part.trim().trim_start_matches('(').trim_end_matches(')').trim();
        let rest = part.strip_prefix('.')?.trim();
        let (op, n) = if let Some(n) = rest.strip_prefix(">=") {
            (">=", n)
        } else if let Some(n) = rest.strip_prefix("<=") {
            ("<=", n)
        } else if let Some(n) = rest.strip_prefix('>') {
            (">", n)
        } else if let Some(n) = rest.strip_prefix('<') {
            ("<", n)
        } else {
            return None;
        };
        let n: i64 = n.trim().parse().ok()?;
        match op {
            ">=" => min = Some(n),
            ">" => min = Some(n.checked_add(1)?),
            "<=" => max = Some(n),
            _ => max = Some(n.checked_sub(1)?),
        }
    }
    Some((min, max))
}

/// `count-selected(.) <= 3` → 3; `string-length(.) <= 200` → 200.
fn at_most(expr: &str, function: &str) -> Option<i64> {
    let rest = expr.trim().strip_prefix(function)?.trim().strip_prefix("(.)")?.trim();
    if let Some(n) = rest.strip_prefix("<=") {
        n.trim().parse().ok()
    } else {
        rest.strip_prefix('<').and_then(|n| n.trim().parse::<i64>().ok()).and_then(|n| n.checked_sub(1))
    }
}

fn find<'s>(sheets: &'s [Sheet], name: &str) -> Option<&'s Sheet> {
    sheets.iter().find(|s| s.name.trim().eq_ignore_ascii_case(name))
}

/// Converts a workbook's sheets to a template folder's files. `ui(lang, id)`
/// gives interface words (the "Other" option of `or_other`, and its text
/// field's label) in each language.
pub fn convert(
    sheets: &[Sheet],
    fallback_id: &str,
    ui: &dyn Fn(&str, &str) -> String,
) -> Result<Converted, Vec<Problem>> {
    let mut r = Report { problems: Vec::new(), warnings: Vec::new() };
    let Some(survey_sheet) = find(sheets, "survey") else {
        return Err(vec![Problem {
            sheet: "survey".into(),
            row: 0,
            column: String::new(),
            message: "there is no sheet named survey: an XLSForm has survey, choices and settings sheets".into(),
        }]);
    };
    let survey = Table::new(survey_sheet);
    let empty = Sheet { name: "choices".into(), rows: vec![], first_row: 0 };
    let choices = Table::new(find(sheets, "choices").unwrap_or(&empty));
    let empty_settings = Sheet { name: "settings".into(), rows: vec![], first_row: 0 };
    let settings = Table::new(find(sheets, "settings").unwrap_or(&empty_settings));
    let settings_row: Vec<String> = settings.sheet.rows.get(1).cloned().unwrap_or_default();

    let mut words: BTreeMap<String, Words> = BTreeMap::new();
    // In the order the columns give them.
    let mut languages: Vec<String> = Vec::new();
    let default_language = {
        let d = settings.cell(&settings_row, "default_language");
        if d.is_empty() { None } else { language_of(d) }
    };
    let fallback_lang = default_language.clone().unwrap_or_else(|| "en".to_owned());

    // Media columns: pictures of choices and recordings, when the files came
    // with the workbook; unknown columns, in every sheet.
    let mut media: Vec<(Problem, Media)> = Vec::new();
    // (audio: list and option, for keys decided once lists are known)
    let mut choice_audio: Vec<(Problem, String, String, String, String)> = Vec::new();
    for (t, known) in [(&survey, SURVEY_COLUMNS), (&choices, CHOICE_COLUMNS), (&settings, SETTINGS_COLUMNS)] {
        for (i, h) in t.headers.iter().enumerate() {
            let h_norm = h.replace(' ', "_").to_lowercase();
            let media_kind = {
                let bare = h_norm.strip_prefix("media::").unwrap_or(&h_norm);
                let kind = bare.split("::").next().unwrap_or_default();
                (h_norm.starts_with("media::") || matches!(kind, "image" | "audio" | "video" | "big-image"))
                    .then(|| kind.to_owned())
            };
            if h.is_empty() || known.contains(&h_norm.as_str()) || text_column(h).is_some() {
                continue;
            }
            let lang = h.split("::").nth(if h_norm.starts_with("media::") { 2 } else { 1 }).and_then(language_of);
            for (row, cells) in t.rows() {
                let Some(file) = cells.get(i).map(|c| c.trim()).filter(|c| !c.is_empty()) else { continue };
                let (sheet, prow, column) = t.place(row, Some(i));
                let at = Problem { sheet: sheet.clone(), row: prow, column: column.clone(), message: String::new() };
                let mut problem = |message: String| {
                    r.problems.push(Problem { sheet: sheet.clone(), row: prow, column: column.clone(), message })
                };
                let Some(kind) = &media_kind else {
                    problem(format!(
                        "the column '{h}' has no equivalent in childvoice: clear it, or move what it does into a question childvoice can ask"
                    ));
                    continue;
                };
                // A file name, or a path in the template folder (as exported).
                let name = file.replace('\\', "/");
                let safe = name.split('/').all(|part| {
                    !part.is_empty()
                        && !part.starts_with('.')
                        && part.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c))
                });
                if !safe {
                    problem(format!("'{file}' cannot name a media file: use letters, digits, '-', '_' and '.'"));
                    continue;
                }
                let on_choice = std::ptr::eq(t, &choices);
                match (kind.as_str(), on_choice) {
                    ("image" | "big-image", true) => {
                        let option = id_of(choices.cell(cells, "name"));
                        if let Some((_, Media::Picture { file: other, .. })) =
                            media.iter().find(|(_, m)| matches!(m, Media::Picture { option: o, .. } if *o == option))
                        {
                            if *other != name {
                                r.warnings.push(Problem { sheet, row: prow, column, message: format!("one picture per option: '{other}' is used for '{option}', not '{name}'") });
                            }
                            continue;
                        }
                        media.push((at, Media::Picture { option, file: name }));
                    }
                    ("image" | "big-image", false) => problem(
                        "childvoice shows pictures on answers (for children aged 5-8), not on questions: put the picture on a choice, or clear the cell".into(),
                    ),
                    ("audio", _) if !super::survey::is_audio_path(&name) => {
                        problem(format!("'{name}' is not a recording childvoice plays: use .ogg, .opus, .mp3, .m4a or .wav"))
                    }
                    ("audio", true) => {
                        let lang = lang.clone().unwrap_or_else(|| fallback_lang.clone());
                        choice_audio.push((at, lang, id_of(choices.cell(cells, "list_name")), id_of(choices.cell(cells, "name")), name));
                    }
                    ("audio", false) => {
                        let lang = lang.clone().unwrap_or_else(|| fallback_lang.clone());
                        media.push((at, Media::Audio { lang, key: format!("q-{}", id_of(survey.cell(cells, "name"))), file: name }));
                    }
                    _ => problem("videos are not shown: clear the cell, and say it in words (a picture can go on a choice)".into()),
                }
            }
        }
    }

    // Choices: lists, their options' words, exclusive options.
    let mut lists: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut exclusive: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (row, cells) in choices.rows() {
        let list = id_of(choices.cell(cells, "list_name"));
        let option = id_of(choices.cell(cells, "name"));
        if list.is_empty() || option.is_empty() {
            r.refuse(
                &choices,
                row,
                Some(if list.is_empty() { "list_name" } else { "name" }),
                "every choice needs a list_name and a name",
            );
            continue;
        }
        if !is_valid_id(&option) {
            r.refuse(&choices, row, Some("name"), super::survey::id_rule("option", &option));
            continue;
        }
        let options = lists.entry(list.clone()).or_default();
        if options.contains(&option) {
            r.refuse(&choices, row, Some("name"), format!("'{option}' is twice in the list '{list}'"));
            continue;
        }
        options.push(option.clone());
        if matches!(choices.cell(cells, "exclusive").to_lowercase().as_str(), "yes" | "true" | "1") {
            exclusive.entry(list.clone()).or_default().push(option.clone());
        }
        for (i, h) in choices.headers.iter().enumerate() {
            if let Some(tc) = text_column(h).filter(|tc| tc.what == "label") {
                let text = cells.get(i).map_or("", |c| c.trim());
                if !text.is_empty() {
                    let lang = tc.lang.clone().unwrap_or_else(|| fallback_lang.clone());
                    if !languages.contains(&lang) {
                        languages.push(lang.clone());
                    }
                    words.entry(format!("list-{list}-{option}")).or_default().set(&lang, tc.audience, text);
                }
            }
        }
    }

    // Survey rows.
    let mut questions: Vec<Question> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut section = false;
    let mut depth = 0usize;
    let mut used_lists: BTreeSet<String> = BTreeSet::new();
    // Inside a `table-list` group (a Likert grid): the grid question's index.
    let mut grid: Option<usize> = None;
    for (row, cells) in survey.rows() {
        let raw_type = survey.cell(cells, "type").split_whitespace().collect::<Vec<_>>().join(" ");
        let lower = raw_type.to_lowercase();
        let name = survey.cell(cells, "name");
        let mut id = id_of(name);
        let appearance = survey.cell(cells, "appearance").to_lowercase();
        let mut parts = lower.split(' ');
        let head = parts.next().unwrap_or("");
        let (kind, list, other): (&str, Option<String>, bool) = match head {
            "" => {
                r.refuse(&survey, row, Some("type"), "the row has no type");
                continue;
            }
            "begin_group" | "end_group" | "begin_repeat" | "end_repeat" => {
                r.refuse(&survey, row, Some("type"), format!("write '{}' with a space", head.replace('_', " ")));
                continue;
            }
            "begin" | "end" => {
                match lower.as_str() {
                    "begin group" if appearance.split_whitespace().any(|a| a == "table-list") => {
                        depth += 1;
                        if grid.is_some() {
                            r.refuse(&survey, row, Some("type"), "a grid inside a grid");
                            continue;
                        }
                        grid = Some(questions.len());
                        ("grid", None, false)
                    }
                    "begin group" => {
                        depth += 1;
                        section = true;
                        let has_label = survey.headers.iter().enumerate().any(|(i, h)| {
                            text_column(h).is_some_and(|t| t.what == "label")
                                && cells.get(i).is_some_and(|c| !c.trim().is_empty())
                        });
                        if has_label {
                            // The group's label opens its section as a note.
                            ("note", None, false)
                        } else {
                            continue;
                        }
                    }
                    "end group" => {
                        if depth == 0 {
                            r.refuse(&survey, row, Some("type"), "'end group' without a 'begin group'");
                        }
                        depth = depth.saturating_sub(1);
                        let closing = grid.take();
                        // After a group, a new screen; a grid is a section of its own already.
                        section = closing.is_none();
                        if let Some(g) = closing
                            && questions.get(g).is_some_and(|q| q.statements.len() < 2)
                        {
                            r.refuse(
                                &survey,
                                row,
                                Some("type"),
                                "a table-list group (a grid) needs at least two select_one questions with one list",
                            );
                        }
                        continue;
                    }
                    "begin repeat" | "end repeat" => {
                        r.refuse(&survey, row, Some("type"), "repeats are not supported: a respondent answers each question once. Ask the questions once, or ask how many in an integer question");
                        continue;
                    }
                    _ => {
                        r.refuse(&survey, row, Some("type"), format!("unknown type '{raw_type}'"));
                        continue;
                    }
                }
            }
            "select_one" | "select_multiple" | "rank" => {
                let Some(l) = parts.next() else {
                    r.refuse(&survey, row, Some("type"), format!("'{head}' needs a list name, like '{head} yes_no'"));
                    continue;
                };
                let other = match parts.next() {
                    None => false,
                    Some("or_other") if head != "rank" => true,
                    Some(x) => {
                        r.refuse(&survey, row, Some("type"), format!("'{x}' after the list name is not understood"));
                        continue;
                    }
                };
                let kind = match head {
                    "select_one" => "single",
                    "select_multiple" => "multiple",
                    _ => "rank",
                };
                (kind, Some(id_of(l)), other)
            }
            "text" => ("text", None, false),
            "integer" => ("number", None, false),
            // childvoice's smileys: 3 for age 5-8, 5 for the others.
            "range" if appearance == "smileys" => ("scale", None, false),
            "range" => ("number", None, false),
            "geopoint" if appearance == "childvoice-place" => ("place", None, false),
            "note" => ("note", None, false),
            "decimal" => {
                r.refuse(
                    &survey,
                    row,
                    Some("type"),
                    "childvoice counts whole numbers only: use integer, or a select_one of ranges",
                );
                continue;
            }
            "geopoint" | "geotrace" | "geoshape" => {
                r.refuse(&survey, row, Some("type"), "GPS positions are never recorded: ask a `place` question on the consultation's map instead (see the README's Maps section)");
                continue;
            }
            t if METADATA.contains(&t) => {
                r.refuse(&survey, row, Some("type"), format!("'{t}' records when, where or on which device someone answered, which childvoice never does: delete the row"));
                continue;
            }
            t => {
                r.refuse(&survey, row, Some("type"), format!("'{t}' has no equivalent in childvoice (single, multiple, rank, text, integer, range, note and groups do): delete or replace the row"));
                continue;
            }
        };
        if name.is_empty() {
            r.refuse(&survey, row, Some("name"), "every question needs a name");
            continue;
        }
        if !is_valid_id(&id) {
            r.refuse(&survey, row, Some("name"), super::survey::id_rule("question", &id));
            continue;
        }
        if !seen.insert(id.clone()) {
            r.refuse(&survey, row, Some("name"), format!("the name '{name}' is used twice"));
            continue;
        }
        if let Some(l) = &list {
            if !lists.contains_key(l) {
                r.refuse(&survey, row, Some("type"), format!("there is no list '{l}' on the choices sheet"));
                continue;
            }
            used_lists.insert(l.clone());
        }
        // The areas of the consultation, as a select_one over the list of areas.
        let kind = if kind == "single" && appearance == "childvoice-area" { "area" } else { kind };
        // A statement of a grid: its id is `{grid}-{statement}`.
        if let Some(g) = grid
            && kind != "grid"
        {
            let Some(gq) = questions.get_mut(g) else { continue };
            if kind != "single" || list.is_none() || (gq.list.is_some() && gq.list != list) {
                r.refuse(
                    &survey,
                    row,
                    Some("type"),
                    "a table-list group (a grid) holds select_one questions of one list only",
                );
                continue;
            }
            gq.list = list.clone();
            // A standard instrument's statements keep their wording.
            if matches!(survey.cell(cells, "validated_wording").to_lowercase().as_str(), "yes" | "true" | "1") {
                gq.validated_wording = true;
            }
            for col in ["required", "relevant", "constraint", "audiences", "other", "new_page", "indicator"] {
                if !survey.cell(cells, col).is_empty() {
                    r.refuse(
                        &survey,
                        row,
                        Some(col),
                        "a grid's statements share the grid's settings: put this on its begin group row",
                    );
                }
            }
            let statement = id.strip_prefix(&format!("{}-", gq.id)).unwrap_or(&id).to_owned();
            gq.statements.push(statement.clone());
            let named = format!("{}-{statement}", gq.id);
            let renamed = named != id;
            id = named;
            for (i, h) in survey.headers.iter().enumerate() {
                let Some(tc) = text_column(h).filter(|t| t.what == "label") else { continue };
                let text = cells.get(i).map_or("", |c| c.trim());
                if !text.is_empty() {
                    let lang = tc.lang.clone().unwrap_or_else(|| fallback_lang.clone());
                    if !languages.contains(&lang) {
                        languages.push(lang.clone());
                    }
                    words.entry(format!("q-{id}")).or_default().set(&lang, tc.audience, text);
                }
            }
            if renamed && !seen.insert(id.clone()) {
                r.refuse(&survey, row, Some("name"), format!("the name '{name}' is used twice"));
            }
            continue;
        }
        let mut q = Question {
            id: id.clone(),
            row,
            kind: kind.to_owned(),
            list,
            other,
            required: false,
            show_if: None,
            min: None,
            max: None,
            max_length: None,
            audiences: None,
            new_page: std::mem::take(&mut section),
            other_option: None,
            indicator: None,
            validated_wording: false,
            statements: Vec::new(),
        };
        if matches!(survey.cell(cells, "new_page").to_lowercase().as_str(), "yes" | "true" | "1") {
            q.new_page = true;
        }
        if matches!(survey.cell(cells, "validated_wording").to_lowercase().as_str(), "yes" | "true" | "1") {
            q.validated_wording = true;
        }
        let other_option = survey.cell(cells, "other");
        if !other_option.is_empty() {
            q.other_option = Some(id_of(other_option));
        }
        let indicator = survey.cell(cells, "indicator");
        if !indicator.is_empty() {
            q.indicator = Some(indicator.to_owned());
        }
        if kind == "place" {
            for p in survey.cell(cells, "parameters").split_whitespace() {
                match p.split_once('=').map(|(k, v)| (k, v.parse::<i64>())) {
                    Some(("max", Ok(v))) => q.max = Some(v),
                    _ => r.refuse(&survey, row, Some("parameters"), format!("'{p}': a place question takes max=N")),
                }
            }
        }
        match survey.cell(cells, "required").to_lowercase().as_str() {
            "" | "no" | "false" | "false()" | "0" => {}
            "yes" | "true" | "true()" | "1" => q.required = true,
            other => r.refuse(
                &survey,
                row,
                Some("required"),
                format!("'{other}': write yes or no (childvoice cannot make a question required by a condition)"),
            ),
        }
        let relevant = survey.cell(cells, "relevant");
        if !relevant.is_empty() {
            match condition(relevant) {
                Some(c) => q.show_if = Some(c),
                None => r.refuse(&survey, row, Some("relevant"), format!("'{relevant}' cannot be expressed: childvoice shows a question when one earlier answer is one of some values; write ${{q}} = 'v' or selected(${{q}}, 'v'), joined by or, or by and where each side names one question")),
            }
        }
        let constraint = survey.cell(cells, "constraint");
        if !constraint.is_empty() {
            let mapped = match kind {
                "number" => range_constraint(constraint).map(|(lo, hi)| {
                    q.min = lo;
                    q.max = hi;
                }),
                "multiple" => at_most(constraint, "count-selected").map(|n| q.max = Some(n)),
                "text" => at_most(constraint, "string-length").map(|n| q.max_length = Some(n)),
                _ => None,
            };
            if mapped.is_none() {
                r.refuse(&survey, row, Some("constraint"), format!("'{constraint}' cannot be expressed: childvoice knows a range of whole numbers (. >= 0 and . <= 120), count-selected(.) <= n and string-length(.) <= n"));
            }
        }
        if head == "range" && kind == "number" {
            let params = survey.cell(cells, "parameters");
            for p in params.split_whitespace() {
                match p.split_once('=').map(|(k, v)| (k, v.parse::<i64>())) {
                    Some(("start", Ok(v))) => q.min = Some(v),
                    Some(("end", Ok(v))) => q.max = Some(v),
                    Some(("step", Ok(1))) => {}
                    _ => r.refuse(
                        &survey,
                        row,
                        Some("parameters"),
                        format!("'{p}': a range is read as whole numbers from start to end, in steps of 1"),
                    ),
                }
            }
        }
        if kind == "number" && (q.min.is_none() || q.max.is_none()) {
            r.warn(
                &survey,
                row,
                Some("constraint"),
                "no range given: the answer may be any whole number from 0 to 10000",
            );
        }
        let appearance = survey.cell(cells, "appearance");
        let understood = ["smileys", "childvoice-area", "childvoice-place", "table-list"];
        if !appearance.is_empty() && !understood.contains(&appearance.to_lowercase().as_str()) {
            r.warn(&survey, row, Some("appearance"), format!("appearance '{appearance}' is left to childvoice's own layout (one question per screen for age 5-8, short pages for the others)"));
        }
        for col in ["constraint_message", "required_message"] {
            if !survey.cell(cells, col).is_empty() {
                r.warn(
                    &survey,
                    row,
                    Some(col),
                    "childvoice shows its own message, in every language and in words fit for each age",
                );
            }
        }
        let audiences = survey.cell(cells, "audiences");
        if !audiences.is_empty() {
            let mut list = Vec::new();
            for a in audiences.split_whitespace() {
                match a.parse::<Audience>() {
                    Ok(a) => list.push(a.as_str().to_owned()),
                    Err(e) => r.refuse(&survey, row, Some("audiences"), e.to_string()),
                }
            }
            q.audiences = Some(list);
        }
        // Words: label → q-{id}, hint → q-{id}-hint.
        for (i, h) in survey.headers.iter().enumerate() {
            let Some(tc) = text_column(h) else { continue };
            let text = cells.get(i).map_or("", |c| c.trim());
            if text.is_empty() {
                continue;
            }
            let key = match tc.what.as_str() {
                "label" => format!("q-{id}"),
                "hint" => format!("q-{id}-hint"),
                _ => continue,
            };
            let lang = tc.lang.clone().unwrap_or_else(|| fallback_lang.clone());
            if !languages.contains(&lang) {
                languages.push(lang.clone());
            }
            words.entry(key).or_default().set(&lang, tc.audience, text);
        }
        // The text row of "other, please say" (named {question}-{option}-text):
        // its words only; the question's `other` column makes the field.
        let other_text =
            questions.iter().any(|p| p.other_option.as_ref().is_some_and(|o| q.id == format!("{}-{o}-text", p.id)));
        if !other_text {
            questions.push(q);
        }
    }
    if depth > 0 {
        r.problems.push(Problem {
            sheet: survey.sheet.name.clone(),
            row: 0,
            column: String::new(),
            message: format!("{depth} 'begin group' without 'end group'"),
        });
    }

    // Settings: id, title, and the texts childvoice needs that XLSForm has not.
    let form_id = settings.cell(&settings_row, "form_id");
    // Without a form_id: from the title, as a person would name the folder.
    let from_title = || {
        let title = settings
            .headers
            .iter()
            .position(|h| h.trim().to_lowercase().starts_with("form_title"))
            .and_then(|i| settings_row.get(i))
            .map_or("", |t| t.trim());
        Some(super::setup::suggest_slug(title, "")).filter(|s| is_valid_id(s))
    };
    let id = if form_id.is_empty() { from_title().unwrap_or_else(|| id_of(fallback_id)) } else { id_of(form_id) };
    if !is_valid_id(&id) {
        r.refuse(&settings, 1, Some("form_id"), super::survey::id_rule("template", &id));
    }
    for (i, h) in settings.headers.iter().enumerate() {
        let Some(tc) = text_column(h) else { continue };
        let text = settings_row.get(i).map_or("", |c| c.trim());
        if text.is_empty() {
            continue;
        }
        let key = match tc.what.as_str() {
            "form_title" => "title",
            "intro" => "intro",
            "duration" => "duration",
            "results_when" => "results-when",
            _ => continue,
        };
        match &tc.lang {
            Some(lang) => words.entry(key.to_owned()).or_default().set(lang, tc.audience, text),
            None => {
                for lang in languages.clone() {
                    words.entry(key.to_owned()).or_default().set(&lang, tc.audience, text);
                }
            }
        }
    }
    // The default language first, the others in the order of their columns.
    let languages: Vec<String> = {
        let mut l = languages;
        l.sort_by_key(|x| Some(x) != default_language.as_ref());
        l
    };
    if languages.is_empty() {
        r.problems.push(Problem {
            sheet: survey.sheet.name.clone(),
            row: 1,
            column: String::new(),
            message: "no label column: add label::English (en) (one per language)".into(),
        });
    }
    for key in ["title", "intro", "duration", "results-when"] {
        for lang in &languages {
            let has =
                words.get(key).is_some_and(|w| w.by_lang.get(lang).is_some_and(|(d, v)| d.is_some() || !v.is_empty()));
            if !has {
                let column = match key {
                    "title" => format!("form_title::… ({lang})"),
                    "results-when" => format!("results_when::… ({lang})"),
                    k => format!("{k}::… ({lang})"),
                };
                r.problems.push(Problem {
                    sheet: "settings".into(),
                    row: 2,
                    column,
                    message: format!(
                        "childvoice tells respondents {} before they start: add this column to the settings sheet",
                        match key {
                            "title" => "the form's title",
                            "intro" => "what the consultation is about",
                            "duration" => "how long it takes",
                            _ => "when they will hear back",
                        }
                    ),
                });
            }
        }
    }
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    // or_other: the list with an "other" option (a list of its own, so that
    // questions without or_other keep theirs), and a text field beside it.
    for q in questions.iter_mut().filter(|q| q.other) {
        let Some(l) = q.list.clone() else { continue };
        let with_other = format!("{l}-other");
        if !lists.contains_key(&with_other) {
            let mut options = lists.get(&l).cloned().unwrap_or_default();
            for o in &options {
                if let Some(w) = words.get(&format!("list-{l}-{o}")).cloned() {
                    words.insert(format!("list-{with_other}-{o}"), w);
                }
            }
            if !options.iter().any(|o| o == "other") {
                options.push("other".into());
                for lang in &languages {
                    words.entry(format!("list-{with_other}-other")).or_default().set(
                        lang,
                        None,
                        &ui(lang, "xlsform-other"),
                    );
                }
            }
            lists.insert(with_other.clone(), options);
            if let Some(ex) = exclusive.get(&l).cloned() {
                exclusive.insert(with_other.clone(), ex);
            }
        }
        used_lists.insert(with_other.clone());
        for lang in &languages {
            words.entry(format!("q-{}-other-text", q.id)).or_default().set(lang, None, &ui(lang, "xlsform-other-say"));
        }
        q.list = Some(with_other);
    }
    // Area questions: the consultation's areas, from their list.
    let mut areas: Vec<String> = Vec::new();
    for q in questions.iter_mut().filter(|q| q.kind == "area") {
        if let Some(l) = q.list.take() {
            for o in lists.get(&l).cloned().unwrap_or_default() {
                if !areas.contains(&o) {
                    if let Some(w) = words.get(&format!("list-{l}-{o}")).cloned() {
                        words.insert(format!("area-{o}"), w);
                    }
                    areas.push(o);
                }
            }
        }
    }
    used_lists.retain(|l| questions.iter().any(|q| q.list.as_ref() == Some(l)));
    // A list named after the one question using it (`{id}`, or `{id}-own`
    // where a shared list has that name) is that question's own options, as
    // childvoice exports them: `options`, words `q-{id}-{option}`.
    let mut inline: BTreeMap<String, String> = BTreeMap::new();
    for q in &questions {
        if let Some(l) = &q.list
            && (*l == q.id || *l == format!("{}-own", q.id))
            && questions.iter().filter(|o| o.list.as_ref() == Some(l)).count() == 1
        {
            inline.insert(l.clone(), q.id.clone());
        }
    }
    for (l, qid) in &inline {
        for o in lists.get(l).cloned().unwrap_or_default() {
            if let Some(w) = words.remove(&format!("list-{l}-{o}")) {
                words.insert(format!("q-{qid}-{o}"), w);
            }
        }
        used_lists.remove(l);
    }
    for (at, lang, list, option, file) in choice_audio {
        let key = match inline.get(&list) {
            Some(qid) => format!("q-{qid}-{option}"),
            None => format!("list-{list}-{option}"),
        };
        media.push((at, Media::Audio { lang, key, file }));
    }

    // survey.toml
    let all_audiences: BTreeSet<String> =
        questions.iter().flat_map(|q| q.audiences.clone().unwrap_or_default()).collect();
    let audiences: Vec<String> = if all_audiences.is_empty() {
        r.warnings.push(Problem { sheet: survey.sheet.name.clone(), row: 1, column: String::new(), message: "no audiences column: the form is for parents. Add an audiences column (age-5-8 age-9-12 age-13-17 parent) to ask children, in words fit for their age".into() });
        vec!["parent".into()]
    } else {
        Audience::ALL.iter().map(|a| a.as_str().to_owned()).filter(|a| all_audiences.contains(a)).collect()
    };
    let used: Vec<(&String, &Vec<String>)> = lists.iter().filter(|(l, _)| used_lists.contains(*l)).collect();
    let mut toml = format!(
        "# Imported from an XLSForm.\ndefault_language = {}\nlanguages = {}\naudiences = {}\n",
        toml_string(languages.first().map_or("en", String::as_str)),
        toml_list(&languages),
        toml_list(&audiences)
    );
    if !areas.is_empty() {
        toml.push_str(&format!("areas = {}\n", toml_list(&areas)));
    }
    if !used.is_empty() {
        toml.push_str("\n[lists]\n");
        for (l, options) in &used {
            toml.push_str(&format!("{l} = {}\n", toml_list(options)));
        }
    }
    for q in &questions {
        toml.push_str(&format!("\n[[question]]\nid = {}\ntype = {}\n", toml_string(&q.id), toml_string(&q.kind)));
        if let Some(l) = &q.list {
            match inline.contains_key(l) {
                true => {
                    toml.push_str(&format!("options = {}\n", toml_list(lists.get(l).map_or(&[][..], Vec::as_slice))))
                }
                false => toml.push_str(&format!("list = {}\n", toml_string(l))),
            }
            if q.kind == "multiple"
                && let Some(ex) = exclusive.get(l)
            {
                toml.push_str(&format!("exclusive = {}\n", toml_list(ex)));
            }
        }
        if q.other {
            toml.push_str("other = \"other\"\n");
        }
        if let Some(o) = &q.other_option {
            toml.push_str(&format!("other = {}\n", toml_string(o)));
        }
        if !q.statements.is_empty() {
            toml.push_str(&format!("statements = {}\n", toml_list(&q.statements)));
        }
        if q.validated_wording {
            toml.push_str("validated_wording = true\n");
        }
        if let Some(i) = &q.indicator {
            toml.push_str(&format!("indicator = {}\n", toml_string(i)));
        }
        if q.kind == "place"
            && let Some(n) = q.max
        {
            toml.push_str(&format!("max = {n}\n"));
        }
        if let Some(a) = &q.audiences {
            toml.push_str(&format!("audiences = {}\n", toml_list(a)));
        }
        if q.required {
            toml.push_str("required = true\n");
        }
        if q.new_page {
            toml.push_str("new_page = true\n");
        }
        if q.kind == "number" {
            toml.push_str(&format!("min = {}\nmax = {}\n", q.min.unwrap_or(0), q.max.unwrap_or(10_000)));
        }
        if let Some(n) = q.max
            && q.kind == "multiple"
        {
            toml.push_str(&format!("max = {n}\n"));
        }
        if let Some(n) = q.max_length {
            toml.push_str(&format!("max_length = {n}\n"));
        }
        if let Some(c) = &q.show_if {
            toml.push_str(&format!("show_if = {}\n", c.to_toml()));
        }
    }

    // {lang}.ftl: the words of the lists in use (a list replaced by its
    // or_other copy, or used by no question, has none).
    let list_keys: BTreeSet<String> =
        used.iter().flat_map(|(l, options)| options.iter().map(move |o| format!("list-{l}-{o}"))).collect();
    let mut texts = BTreeMap::new();
    for lang in &languages {
        let mut out = String::from("# Imported from an XLSForm.\n");
        for (key, w) in words.iter().filter(|(k, _)| !k.starts_with("list-") || list_keys.contains(*k)) {
            if let Some((default, variants)) = w.by_lang.get(lang)
                && let Some(entry) = ftl_entry(key, default.as_deref(), variants)
            {
                out.push_str(&entry);
            }
        }
        texts.insert(lang.clone(), out);
    }
    let rows = questions.iter().map(|q| (q.id.clone(), q.row + 1 + survey.sheet.first_row)).collect();
    Ok(Converted { id, rows, survey_toml: toml, texts, warnings: r.warnings, media })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_and_languages_read_as_a_spreadsheet_shows_them() {
        assert_eq!([letter(0), letter(25), letter(26), letter(27)], ["A", "Z", "AA", "AB"]);
        assert_eq!(language_of("English (en)").as_deref(), Some("en"));
        assert_eq!(language_of("Español").as_deref(), Some("es"));
        assert_eq!(language_of("fr").as_deref(), Some("fr"));
        assert_eq!(id_of("user_Age"), "user-age");
    }

    #[test]
    fn conditions_and_constraints_childvoice_can_express_are_mapped_and_others_refused() {
        let one =
            |q: &str, vs: &[&str]| Clause { question: q.into(), any_of: vs.iter().map(|v| v.to_string()).collect() };
        assert_eq!(
            condition("${likes_pizza} = 'yes'"),
            Some(Condition::single("likes-pizza".into(), vec!["yes".into()]))
        );
        assert_eq!(
            condition("selected(${fav}, 'cheese') or selected(${fav}, 'hawaiian')"),
            Some(Condition::single("fav".into(), vec!["cheese".into(), "hawaiian".into()]))
        );
        assert_eq!(
            condition("${a} = 'x' or ${b} = 'y'"),
            Some(Condition { join: Join::Any, clauses: vec![one("a", &["x"]), one("b", &["y"])] })
        );
        assert_eq!(
            condition("${a} = 'x' and (${b} = 'y' or ${b} = 'z')"),
            Some(Condition { join: Join::All, clauses: vec![one("a", &["x"]), one("b", &["y", "z"])] })
        );
        assert_eq!(
            condition("(selected(${a}, 'x')) AND (${b} = 'y')"),
            Some(Condition { join: Join::All, clauses: vec![one("a", &["x"]), one("b", &["y"])] })
        );
        assert_eq!(condition("${a} = 'x' and ${b} = 'y' or ${c} = 'z'"), None, "and and or mixed across questions");
        assert_eq!(condition("${a} = 'x' and ${a} = 'y'"), None, "one question twice under and");
        assert_eq!(
            condition("(${a} = 'x') or (${a} = 'y')"),
            Some(Condition::single("a".into(), vec!["x".into(), "y".into()]))
        );
        assert_eq!(condition("not(${a} = 'x')"), None);
        assert_eq!(condition("${a} != 'x'"), None);
        assert_eq!(condition("${age} > 5"), None);
        assert_eq!(range_constraint(". >= 0 and . <= 120"), Some((Some(0), Some(120))));
        assert_eq!(range_constraint(". > 0 and . < 150"), Some((Some(1), Some(149))));
        assert_eq!(range_constraint("regex(., '^[0-9]+$')"), None);
        assert_eq!(at_most("count-selected(.) <= 3", "count-selected"), Some(3));
        assert_eq!(ftl_text("Use {braces}\n[not a variant]"), "Use {\"{\"}braces{\"}\"}\n    {\"\"}[not a variant]");
    }
}

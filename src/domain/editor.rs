//! The template editor's rules: one language's words as fields (a text for
//! every audience, and a text per audience where the default language words
//! it differently), the Fluent file written back from them, and the
//! line-by-line differences between two versions.

use super::audience::Audience;
use super::texts::{SurveyTexts, required_keys};
use super::{Survey, Template};

/// One text key in the editor: the default language's words (to translate
/// from) and this language's, for every audience and per audience.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    /// Audiences whose words differ from the text for everyone, in the default language or this one.
    pub variants: Vec<Audience>,
    pub source: String,
    pub source_variants: Vec<(Audience, String)>,
    pub text: String,
    pub text_variants: Vec<(Audience, String)>,
}

/// Every key the survey needs (and the optional hints), in `lang`.
pub fn fields(survey: &Survey, texts: &SurveyTexts, lang: &str) -> Vec<Field> {
    let d = &survey.default_language;
    let hints = survey.questions.iter().map(|q| (format!("q-{}-hint", q.id), q.audiences.clone()));
    required_keys(survey)
        .into_iter()
        .chain(hints)
        .map(|(key, readers)| {
            let generic = |l: &str| texts.get_in(l, &key, None).unwrap_or_default();
            let source = generic(d);
            let mine = generic(lang);
            // An audience gets a field of its own where either language words it differently.
            let variants: Vec<Audience> = readers
                .iter()
                .copied()
                .filter(|a| {
                    texts.get_in(d, &key, Some(*a)).is_some_and(|t| t != source)
                        || texts.get_in(lang, &key, Some(*a)).is_some_and(|t| t != mine)
                })
                .collect();
            let per = |l: &str| -> Vec<(Audience, String)> {
                variants.iter().map(|a| (*a, texts.get_in(l, &key, Some(*a)).unwrap_or_default())).collect()
            };
            Field { source_variants: per(d), text: generic(lang), text_variants: per(lang), source, variants, key }
        })
        .collect()
}

/// One key as edited: the key, the text for everyone, and per-audience texts.
pub type Entry = (String, String, Vec<(Audience, String)>);

/// One language's Fluent file from the editor's fields. An empty field is a
/// missing translation.
pub fn ftl(entries: &[Entry]) -> String {
    let mut out = String::from("# Written by the childvoice template editor.\n");
    for (key, base, variants) in entries {
        let variants: std::collections::BTreeMap<String, String> = variants
            .iter()
            .filter(|(_, t)| !t.trim().is_empty() && t.trim() != base.trim())
            .map(|(a, t)| (a.as_str().to_owned(), t.clone()))
            .collect();
        let base = Some(base.as_str()).filter(|b| !b.trim().is_empty());
        if let Some(entry) = super::xlsform::ftl_entry(key, base, &variants) {
            out.push_str(&entry);
        }
    }
    out
}

/// A template as lines to compare: its structure, then each language's
/// words as people read them (`key = text`, and `key [audience] = text` where
/// an audience reads other words), whatever the layout of the Fluent files.
pub fn lines(t: &Template) -> Vec<String> {
    let mut out: Vec<String> =
        serde_json::to_string_pretty(&t.survey).unwrap_or_default().lines().map(str::to_owned).collect();
    let texts = SurveyTexts::from_checked(&t.survey, &t.texts);
    for lang in &t.survey.languages {
        out.push(format!("── {lang}"));
        for f in fields(&t.survey, &texts, lang) {
            if !f.text.is_empty() {
                out.push(format!("{} = {}", f.key, f.text));
            }
            for (a, text) in f.text_variants.iter().filter(|(_, text)| !text.is_empty() && *text != f.text) {
                out.push(format!("{} [{a}] = {text}", f.key));
            }
        }
    }
    out
}

/// A line of a difference: kept, removed or added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Same(String),
    Removed(String),
    Added(String),
}

/// The changes from `old` to `new` (longest common subsequence of lines).
pub fn diff(old: &[String], new: &[String]) -> Vec<Change> {
    // What both begin and end with is kept as is; only the middle is compared.
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let tail = old[head..].iter().rev().zip(new[head..].iter().rev()).take_while(|(a, b)| a == b).count();
    let mut out: Vec<Change> = old[..head].iter().cloned().map(Change::Same).collect();
    let (o, n2) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
    if o.len().saturating_mul(n2.len()) > MAX_DIFF_CELLS {
        // Too far apart to compare line by line in little memory: all of one, then the other.
        out.extend(o.iter().cloned().map(Change::Removed));
        out.extend(n2.iter().cloned().map(Change::Added));
    } else {
        out.extend(lcs_diff(o, n2));
    }
    out.extend(old[old.len() - tail..].iter().cloned().map(Change::Same));
    out
}

/// Largest table the line comparison builds (4 bytes a cell: 16 MB).
const MAX_DIFF_CELLS: usize = 4_000_000;

fn lcs_diff(old: &[String], new: &[String]) -> Vec<Change> {
    let (n, m) = (old.len(), new.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            out.push(Change::Same(old[i].clone()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(Change::Added(new[j].clone()));
            j += 1;
        } else {
            out.push(Change::Removed(old[i].clone()));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_difference_keeps_what_is_common_and_marks_the_rest() {
        let old: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let new: Vec<String> = ["a", "x", "c", "d"].map(String::from).to_vec();
        assert_eq!(
            diff(&old, &new),
            vec![
                Change::Same("a".into()),
                Change::Added("x".into()),
                Change::Removed("b".into()),
                Change::Same("c".into()),
                Change::Added("d".into())
            ]
        );
    }

    #[test]
    fn the_editor_writes_back_the_same_words_it_shows() {
        let checked = crate::library::load_template(std::path::Path::new("surveys/play")).expect("play");
        let t = &checked.template;
        for lang in ["en", "ar"] {
            let fields = fields(&t.survey, &checked.texts, lang);
            let entries: Vec<Entry> =
                fields.iter().map(|f| (f.key.clone(), f.text.clone(), f.text_variants.clone())).collect();
            let source = ftl(&entries);
            let mut texts = t.texts.clone();
            texts.insert(lang.to_owned(), source);
            let again = SurveyTexts::from_checked(&t.survey, &texts);
            for (key, readers) in required_keys(&t.survey) {
                for a in readers {
                    assert_eq!(
                        again.get_in(lang, &key, Some(a)),
                        checked.texts.get_in(lang, &key, Some(a)),
                        "{lang} {key} {a}"
                    );
                }
            }
        }
    }
}

use super::xlsform::toml_string as quoted;

fn quoted_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    format!("[{}]", items.into_iter().map(quoted).collect::<Vec<_>>().join(", "))
}

/// One question of the editor's list: a question as written in
/// `survey.toml` (a grid is one item, its statements inside; "other, please
/// say" belongs to its question).
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: String,
    pub options: Vec<String>,
    pub list: Option<String>,
    pub statements: Vec<String>,
    pub audiences: Vec<Audience>,
    pub required: bool,
    pub new_page: bool,
    pub show_if: Option<super::Condition>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub max_length: Option<u32>,
    pub exclusive: Vec<String>,
    pub other: Option<String>,
    pub indicator: Option<String>,
    pub validated_wording: bool,
}

/// The survey's questions as the editor lists them.
pub fn items(s: &Survey) -> Vec<Item> {
    use super::QuestionKind;
    let mut out: Vec<Item> = Vec::new();
    for (i, q) in s.questions.iter().enumerate() {
        if q.other_of.is_some() || q.grid.is_some() {
            continue;
        }
        let rows: Vec<&super::Question> =
            s.questions[i + 1..].iter().filter(|r| r.grid.as_deref() == Some(q.id.as_str())).collect();
        let other = s
            .questions
            .get(i + 1)
            .and_then(|n| n.other_of.as_ref())
            .filter(|(p, _)| *p == q.id)
            .map(|(_, o)| o.clone());
        let mut item = Item {
            id: q.id.clone(),
            kind: q.kind.name().to_owned(),
            options: q.kind.options().to_vec(),
            list: q.list.clone(),
            statements: vec![],
            audiences: q.audiences.clone(),
            required: q.required,
            new_page: q.new_page,
            show_if: q.show_if.clone(),
            min: None,
            max: None,
            max_length: None,
            exclusive: vec![],
            other,
            indicator: q.indicator.clone(),
            validated_wording: q.validated_wording,
        };
        match &q.kind {
            QuestionKind::Note if !rows.is_empty() => {
                item.kind = "grid".into();
                item.new_page = false;
                item.options = rows[0].kind.options().to_vec();
                item.list = rows[0].list.clone();
                item.required = rows[0].required;
                let prefix = format!("{}-", q.id);
                item.statements = rows.iter().map(|r| r.id.strip_prefix(&prefix).unwrap_or(&r.id).to_owned()).collect();
            }
            QuestionKind::Multiple { max, exclusive, .. } => {
                item.max = max.map(i64::from);
                item.exclusive = exclusive.clone();
            }
            QuestionKind::Number { min, max } => {
                item.min = Some(*min);
                item.max = Some(*max);
            }
            QuestionKind::Text { max_length } => item.max_length = Some(*max_length),
            QuestionKind::Place { max } => item.max = Some(i64::from(*max)),
            _ => {}
        }
        out.push(item);
    }
    out
}

/// One `[[question]]` block.
fn block(item: &Item, all: &[Audience]) -> String {
    let mut t = format!("\n[[question]]\nid = {}\ntype = {}\n", quoted(&item.id), quoted(&item.kind));
    if let Some(l) = &item.list {
        t.push_str(&format!("list = {}\n", quoted(l)));
    } else if !item.options.is_empty() {
        t.push_str(&format!("options = {}\n", quoted_list(item.options.iter().map(String::as_str))));
    }
    if !item.statements.is_empty() {
        t.push_str(&format!("statements = {}\n", quoted_list(item.statements.iter().map(String::as_str))));
    }
    if item.audiences != all {
        t.push_str(&format!("audiences = {}\n", quoted_list(item.audiences.iter().map(|a| a.as_str()))));
    }
    if item.required {
        t.push_str("required = true\n");
    }
    if item.new_page {
        t.push_str("new_page = true\n");
    }
    if let Some(m) = item.min {
        t.push_str(&format!("min = {m}\n"));
    }
    if let Some(m) = item.max {
        t.push_str(&format!("max = {m}\n"));
    }
    if let Some(m) = item.max_length {
        t.push_str(&format!("max_length = {m}\n"));
    }
    if !item.exclusive.is_empty() {
        t.push_str(&format!("exclusive = {}\n", quoted_list(item.exclusive.iter().map(String::as_str))));
    }
    if let Some(o) = &item.other {
        t.push_str(&format!("other = {}\n", quoted(o)));
    }
    if let Some(i) = &item.indicator {
        t.push_str(&format!("indicator = {}\n", quoted(i)));
    }
    if item.validated_wording {
        t.push_str("validated_wording = true\n");
    }
    if let Some(c) = &item.show_if {
        t.push_str(&format!("show_if = {}\n", c.to_toml()));
    }
    t
}

/// `survey.toml` of a survey whose questions are `items` (the editor's
/// list, edited), with its shared lists as the survey has them.
pub fn survey_toml(s: &Survey, items: &[Item]) -> String {
    let mut t = format!(
        "default_language = {}\nlanguages = {}\naudiences = {}\n",
        quoted(&s.default_language),
        quoted_list(s.languages.iter().map(String::as_str)),
        quoted_list(s.audiences.iter().map(|a| a.as_str()))
    );
    if !s.areas.is_empty() {
        t.push_str(&format!("areas = {}\n", quoted_list(s.areas.iter().map(String::as_str))));
    }
    let mut lists: std::collections::BTreeMap<&str, &[String]> = std::collections::BTreeMap::new();
    for q in &s.questions {
        if let Some(l) = &q.list {
            lists.entry(l.as_str()).or_insert(q.kind.options());
        }
    }
    let used: Vec<(&str, &[String])> =
        lists.into_iter().filter(|(l, _)| items.iter().any(|i| i.list.as_deref() == Some(*l))).collect();
    if !used.is_empty() {
        t.push_str("\n[lists]\n");
        for (l, options) in used {
            t.push_str(&format!("{l} = {}\n", quoted_list(options.iter().map(String::as_str))));
        }
    }
    for (lang, files) in &s.audio {
        t.push_str(&format!("\n[audio.{}]\n", quoted(lang)));
        for (key, path) in files {
            t.push_str(&format!("{} = {}\n", quoted(key), quoted(path)));
        }
    }
    for item in items {
        t.push_str(&block(item, &s.audiences));
    }
    t
}

/// A template's languages, the language it is written in first, its
/// audiences and areas (what the settings page and a new template set).
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub languages: Vec<String>,
    pub default_language: String,
    pub audiences: Vec<Audience>,
    pub areas: Vec<String>,
}

/// `t` with other settings: a language added starts with no words (its
/// translation shows 0 done), one removed takes its words with it; an
/// audience removed leaves every question. Refused, with the checks'
/// findings, when the structure would not hold.
pub fn with_settings(t: &Template, s: &Settings) -> Result<Template, Vec<super::SurveyError>> {
    let mut survey = t.survey.clone();
    survey.languages = s.languages.clone();
    survey.default_language = s.default_language.clone();
    survey.audiences = s.audiences.clone();
    survey.areas = s.areas.clone();
    survey.audio.retain(|lang, _| s.languages.contains(lang));
    let mut list = items(&t.survey);
    for item in &mut list {
        item.audiences.retain(|a| s.audiences.contains(a));
    }
    let toml = survey_toml(&survey, &list);
    let parsed = super::survey::parse_survey(&survey.id, "survey.toml", &toml)?;
    let texts = parsed.languages.iter().map(|l| (l.clone(), t.texts.get(l).cloned().unwrap_or_default())).collect();
    Ok(Template { survey: parsed, texts, ..t.clone() })
}

/// A new template: one question to start from (a scale, which every
/// audience can answer), and its title in the language it is written in.
pub fn blank(id: &str, title: &str, s: &Settings) -> Result<Template, Vec<super::SurveyError>> {
    let start = Template {
        survey: Survey {
            id: id.to_owned(),
            default_language: s.default_language.clone(),
            languages: s.languages.clone(),
            audiences: s.audiences.clone(),
            areas: vec![],
            questions: vec![super::Question {
                id: "first-question".into(),
                kind: super::QuestionKind::Scale,
                audiences: s.audiences.clone(),
                required: false,
                show_if: None,
                list: None,
                grid: None,
                other_of: None,
                new_page: false,
                indicator: None,
                validated_wording: false,
            }],
            audio: Default::default(),
        },
        texts: [(s.default_language.clone(), ftl(&[("title".into(), title.into(), vec![])]))].into(),
        pictures: Default::default(),
        audio: Default::default(),
        images: Default::default(),
    };
    with_settings(&start, s)
}

#[cfg(test)]
mod structure_tests {
    use super::*;

    #[test]
    fn the_editors_list_writes_back_the_same_survey() {
        for id in ["journeys", "play"] {
            let checked = crate::library::load_template(&std::path::Path::new("surveys").join(id)).expect(id);
            let s = &checked.template.survey;
            let toml = survey_toml(s, &items(s));
            let again = crate::domain::survey::parse_survey(id, "survey.toml", &toml)
                .unwrap_or_else(|e| panic!("{e:?}\n{toml}"));
            assert_eq!(&again, s, "{id}");
        }
    }
}

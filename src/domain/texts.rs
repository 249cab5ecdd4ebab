//! A survey's texts: one Fluent resource per language, checked against the
//! structure (every key present in every language, easy-read sentence limits),
//! and looked up with a fallback to the survey's default language.

use super::audience::Audience;
use super::survey::{QuestionKind, Survey, SurveyError};
use super::words::TextRules;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use unic_langid::LanguageIdentifier;

/// Keys a survey's `.ftl` files must define, each with the audiences that read it.
pub fn required_keys(survey: &Survey) -> Vec<(String, Vec<Audience>)> {
    let all = survey.audiences.clone();
    let mut keys: Vec<(String, Vec<Audience>)> =
        ["title", "intro", "duration", "results-when"].into_iter().map(|k| (k.to_owned(), all.clone())).collect();
    let mut area_readers = BTreeSet::new();
    for q in &survey.questions {
        keys.push((format!("q-{}", q.id), q.audiences.clone()));
        for o in q.kind.options() {
            let k = q.option_key(o);
            // A shared list's texts are written once, for everyone any of its questions asks.
            match keys.iter_mut().find(|(existing, _)| *existing == k) {
                Some((_, readers)) => {
                    for a in &q.audiences {
                        if !readers.contains(a) {
                            readers.push(*a);
                        }
                    }
                }
                None => keys.push((k, q.audiences.clone())),
            }
        }
        if q.kind == QuestionKind::Area {
            area_readers.extend(q.audiences.iter().copied());
        }
    }
    for a in &survey.areas {
        keys.push((format!("area-{a}"), area_readers.iter().copied().collect()));
    }
    keys
}

/// Keys a survey may define: the optional hint under each question.
fn optional_keys(survey: &Survey) -> Vec<(String, Vec<Audience>)> {
    survey.questions.iter().map(|q| (format!("q-{}-hint", q.id), q.audiences.clone())).collect()
}

fn line_of_key(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|l| l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map(|i| i + 1)
}

fn line_at(source: &str, pos: usize) -> usize {
    source[..pos.min(source.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

type Bundle = FluentBundle<FluentResource>;

fn audience_args(audience: Option<Audience>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("audience", audience.map_or("any", |a| a.as_str()));
    args
}

/// The texts of one survey in all its languages, ready to format.
pub struct SurveyTexts {
    bundles: HashMap<String, Bundle>,
    default_language: String,
    /// What the checks let through but an author should read: over-long
    /// sentences of standard instruments (`validated_wording`) for 13-17 and parents.
    warnings: Vec<SurveyError>,
}

impl std::fmt::Debug for SurveyTexts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SurveyTexts").field("languages", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

impl SurveyTexts {
    /// What the checks let through with a warning (see [`SurveyTexts::build`]).
    pub fn warnings(&self) -> &[SurveyError] {
        &self.warnings
    }

    /// Builds bundles from `{lang: ftl source}`, checking every text against the survey.
    /// `dir` prefixes file names in errors (e.g. `surveys/play`).
    /// `rules` gives each language's easy-read rules.
    pub fn build(
        survey: &Survey,
        sources: &BTreeMap<String, String>,
        dir: &str,
        rules: &dyn Fn(&str) -> TextRules,
    ) -> Result<Self, Vec<SurveyError>> {
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut bundles = HashMap::new();
        // The texts of standard instruments, whose wording may not change.
        let validated: BTreeSet<String> = survey
            .questions
            .iter()
            .filter(|q| q.validated_wording)
            .flat_map(|q| {
                [format!("q-{}", q.id), format!("q-{}-hint", q.id)]
                    .into_iter()
                    .chain(q.kind.options().iter().map(|o| q.option_key(o)))
            })
            .collect();
        let required = required_keys(survey);
        let optional = optional_keys(survey);
        let default_keys: BTreeSet<String> = sources
            .get(&survey.default_language)
            .and_then(|s| fluent_syntax::parser::parse(s.as_str()).ok())
            .map(|r| message_ids(&r.body))
            .unwrap_or_default();

        for lang in &survey.languages {
            let file = format!("{dir}/{lang}.ftl");
            let err = |line: Option<usize>, key: &str, message: String| SurveyError {
                file: file.clone(),
                line,
                key: key.to_owned(),
                message,
            };
            let Some(source) = sources.get(lang) else {
                errors.push(err(
                    None,
                    lang,
                    format!("the translation file is missing (the survey lists language '{lang}')"),
                ));
                continue;
            };
            let resource = match FluentResource::try_new(source.clone()) {
                Ok(r) => r,
                Err((r, parse_errors)) => {
                    for e in parse_errors {
                        errors.push(err(
                            Some(line_at(source, e.slice.clone().map_or(e.pos.start, |s| s.start))),
                            "syntax",
                            format!("Fluent syntax error: {}", e.kind),
                        ));
                    }
                    r
                }
            };
            let ids = fluent_syntax::parser::parse(source.as_str())
                .map_or_else(|(r, _)| message_ids(&r.body), |r| message_ids(&r.body));
            let langid: LanguageIdentifier = match lang.parse() {
                Ok(l) => l,
                Err(_) => {
                    errors.push(err(None, lang, format!("'{lang}' is not a language tag")));
                    continue;
                }
            };
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            if let Err(dups) = bundle.add_resource(resource) {
                for e in dups {
                    errors.push(err(None, "syntax", format!("{e}")));
                }
            }

            for (key, readers) in required.iter().chain(optional.iter()) {
                let is_required = required.iter().any(|(k, _)| k == key);
                if !ids.contains(key) {
                    if is_required {
                        errors.push(err(None, key, "missing translation".into()));
                    } else if default_keys.contains(key) && lang != &survey.default_language {
                        errors.push(err(
                            None,
                            key,
                            format!("missing translation ({} has it)", survey.default_language),
                        ));
                    }
                    continue;
                }
                let line = line_of_key(source, key);
                let rules = rules(lang);
                for audience in readers {
                    let Some(text) = format(&bundle, key, Some(*audience), &mut |e| {
                        errors.push(err(line, key, format!("for {audience}: {e}")));
                    }) else {
                        errors.push(err(line, key, "has no text (only attributes)".into()));
                        break;
                    };
                    if text.trim().is_empty() {
                        errors.push(err(line, key, format!("is empty for {audience}")));
                    }
                    let lenient = validated.contains(key) && matches!(audience, Audience::Age13to17 | Audience::Parent);
                    for (n, sentence) in rules.too_long(&text, *audience) {
                        (if lenient { &mut warnings } else { &mut errors }).push(err(
                            line,
                            key,
                            format!(
                                "for {audience}, a sentence has {n} {} (at most {}): \"{sentence}\"{}",
                                rules.unit_name(),
                                rules.limit(*audience),
                                if lenient { " (kept: validated_wording)" } else { "" }
                            ),
                        ));
                    }
                }
            }
            let known: BTreeSet<&String> = required.iter().chain(optional.iter()).map(|(k, _)| k).collect();
            for id in &ids {
                if !known.contains(id) {
                    errors.push(err(
                        line_of_key(source, id),
                        id,
                        "unknown key: no question, option or area has this id".into(),
                    ));
                }
            }
            if lang != &survey.default_language {
                for id in default_keys.difference(&ids) {
                    if !known.contains(id) {
                        continue;
                    }
                    if !required.iter().any(|(k, _)| k == id) && !optional.iter().any(|(k, _)| k == id) {
                        errors.push(err(None, id, "missing translation".into()));
                    }
                }
            }
            bundles.insert(lang.clone(), bundle);
        }
        if errors.is_empty() {
            Ok(SurveyTexts { bundles, default_language: survey.default_language.clone(), warnings })
        } else {
            Err(errors)
        }
    }

    /// Bundles from texts that were checked when their template was launched:
    /// later, stricter checks must never stop a live consultation from loading.
    pub fn from_checked(survey: &Survey, sources: &BTreeMap<String, String>) -> Self {
        let mut bundles = HashMap::new();
        for (lang, source) in sources {
            let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
                continue;
            };
            let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|(r, _)| r);
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            let _ = bundle.add_resource(resource);
            bundles.insert(lang.clone(), bundle);
        }
        SurveyTexts { bundles, default_language: survey.default_language.clone(), warnings: Vec::new() }
    }

    /// The text of `key` for an audience, in `lang` or else the default language.
    pub fn get(&self, lang: &str, key: &str, audience: Option<Audience>) -> Option<String> {
        [lang, self.default_language.as_str()]
            .iter()
            .filter_map(|l| self.bundles.get(*l))
            .find_map(|b| format(b, key, audience, &mut |_| {}))
    }

    /// The text of `key` for an audience in exactly `lang`, with no fallback.
    pub fn get_in(&self, lang: &str, key: &str, audience: Option<Audience>) -> Option<String> {
        self.bundles.get(lang).and_then(|b| format(b, key, audience, &mut |_| {}))
    }

    /// Like `get`, but never empty-handed: a missing key shows as the key itself.
    pub fn text(&self, lang: &str, key: &str, audience: Option<Audience>) -> String {
        self.get(lang, key, audience).unwrap_or_else(|| key.to_owned())
    }

    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.get(lang, key, None).is_some()
    }
}

fn message_ids(body: &[fluent_syntax::ast::Entry<&str>]) -> BTreeSet<String> {
    body.iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Message ids of a Fluent source (terms left out), read even past syntax errors.
pub fn message_ids_of(source: &str) -> BTreeSet<String> {
    match fluent_syntax::parser::parse(source) {
        Ok(r) => message_ids(&r.body),
        Err((r, _)) => message_ids(&r.body),
    }
}

fn format(bundle: &Bundle, key: &str, audience: Option<Audience>, on_error: &mut dyn FnMut(String)) -> Option<String> {
    let message = bundle.get_message(key)?;
    let pattern = message.value()?;
    let args = audience_args(audience);
    let mut errs = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errs);
    for e in errs {
        on_error(e.to_string());
    }
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::survey::parse_survey;

    fn survey() -> Survey {
        parse_survey(
            "t",
            "t/survey.toml",
            r#"
default_language = "en"
languages = ["en", "fr"]
audiences = ["age-5-8", "parent"]
[[question]]
id = "fun"
type = "single"
options = ["yes", "no"]
"#,
        )
        .unwrap()
    }

    const EN: &str = "title = Play\nintro = { $audience ->\n    [age-5-8] Tell us about play.\n   *[other] Tell us how your child plays.\n}\nduration = Three minutes.\nresults-when = In June.\nq-fun = Is it fun?\nq-fun-yes = Yes\nq-fun-no = No\n";

    fn sources(fr: &str) -> BTreeMap<String, String> {
        BTreeMap::from([("en".to_owned(), EN.to_owned()), ("fr".to_owned(), fr.to_owned())])
    }

    #[test]
    fn texts_select_wording_by_audience_and_fall_back_to_the_default_language() {
        let fr = EN.replace("Is it fun?", "C'est amusant ?");
        let t = SurveyTexts::build(&survey(), &sources(&fr), "t", &|_| TextRules::default()).expect("valid");
        assert_eq!(t.text("en", "intro", Some(Audience::Age5to8)), "Tell us about play.");
        assert_eq!(t.text("en", "intro", Some(Audience::Parent)), "Tell us how your child plays.");
        assert_eq!(t.text("fr", "q-fun", None), "C'est amusant ?");
        assert_eq!(t.text("de", "q-fun", None), "Is it fun?");
    }

    #[test]
    fn a_missing_translation_key_is_named_with_its_file() {
        let fr = EN.replace("q-fun-no = No\n", "");
        let errs = SurveyTexts::build(&survey(), &sources(&fr), "surveys/t", &|_| TextRules::default()).unwrap_err();
        assert!(errs.iter().any(|e| e.file == "surveys/t/fr.ftl" && e.key == "q-fun-no"), "{errs:?}");
    }

    #[test]
    fn a_long_sentence_for_young_children_is_rejected() {
        let fr =
            EN.replace("Is it fun?", "Est-ce que tu trouves que cet endroit est vraiment très amusant pour jouer?");
        let errs = SurveyTexts::build(&survey(), &sources(&fr), "t", &|_| TextRules::default()).unwrap_err();
        assert!(
            errs.iter().any(|e| e.key == "q-fun" && e.line == Some(8) && e.message.contains("at most 10")),
            "{errs:?}"
        );
    }

    #[test]
    fn a_standard_instruments_long_sentence_is_a_warning_for_parents_and_still_an_error_for_children() {
        let src = |audiences: &str| {
            format!(
                "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = {audiences}\n[[question]]\nid = \"fun\"\ntype = \"single\"\noptions = [\"yes\", \"no\"]\nvalidated_wording = true\n"
            )
        };
        let long = "Thinking about the past four weeks and all the places where your child usually plays after school, how often did your child feel safe, welcome and free to play there with friends of the same age or older?";
        let en = BTreeMap::from([("en".to_owned(), EN.replace("Is it fun?", long))]);
        let parents = parse_survey("t", "t/survey.toml", &src("[\"parent\"]")).unwrap();
        assert!(parents.questions[0].validated_wording);
        let t = SurveyTexts::build(&parents, &en, "t", &|_| TextRules::default()).expect("a warning, not an error");
        assert!(
            t.warnings().iter().any(|w| w.key == "q-fun" && w.message.contains("validated_wording")),
            "{:?}",
            t.warnings()
        );
        let children = parse_survey("t", "t/survey.toml", &src("[\"age-9-12\", \"parent\"]")).unwrap();
        let errs = SurveyTexts::build(&children, &en, "t", &|_| TextRules::default()).unwrap_err();
        assert!(errs.iter().any(|e| e.key == "q-fun" && e.message.contains("for age-9-12")), "{errs:?}");
        assert!(!errs.iter().any(|e| e.message.contains("for parent")), "parents' sentence stays a warning: {errs:?}");
        // Without the mark, the same sentence is an error for parents too.
        let plain =
            parse_survey("t", "t/survey.toml", &src("[\"parent\"]").replace("validated_wording = true\n", "")).unwrap();
        assert!(SurveyTexts::build(&plain, &en, "t", &|_| TextRules::default()).is_err());
    }

    #[test]
    fn syntax_errors_and_unknown_keys_are_reported_with_lines() {
        let fr = format!("{EN}q-fnu = typo\nbroken = {{ $x\n");
        let errs = SurveyTexts::build(&survey(), &sources(&fr), "t", &|_| TextRules::default()).unwrap_err();
        assert!(errs.iter().any(|e| e.key == "q-fnu" && e.line == Some(11)), "{errs:?}");
        assert!(errs.iter().any(|e| e.key == "syntax" && e.line == Some(12)), "{errs:?}");
    }
}

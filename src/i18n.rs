//! Interface languages, as data. Each is a folder `locales/{lang}/` holding
//! `main.ftl` (every string a person sees), `safeguarding.txt` (phrases that
//! flag a child at risk) and `language.toml` (native name, direction, easy-read
//! rules, number locale, and the tags that mean it). The shipped languages are
//! compiled into the binary; an operator adds or overrides languages from
//! `CHILDVOICE_LOCALES_DIR`, read and checked once at start-up ([`install`]).
//!
//! Negotiation: `?lang=`, then the `lang` cookie, then `Accept-Language`, then
//! the consultation's default. A tag matches a language by its code, by one of
//! its aliases (`zh-CN` → `zh-Hans`, `pt-BR` → `pt`), or by its primary
//! language (`fr-CA` → `fr`); Traditional Chinese (`zh-TW`, `zh-HK`, `zh-MO`,
//! `zh-Hant`) never falls to Simplified unless an operator lists it as an alias.

use crate::domain::words::{TextRules, Unit};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{LazyLock, RwLock};
use unic_langid::LanguageIdentifier;

pub const DEFAULT_LANGUAGE: &str = "en";

/// The shipped languages: code, `main.ftl`, `safeguarding.txt`, `language.toml`.
const BUILT_IN: &[(&str, &str, &str, &str)] = &[
    (
        "en",
        include_str!("../locales/en/main.ftl"),
        include_str!("../locales/en/safeguarding.txt"),
        include_str!("../locales/en/language.toml"),
    ),
    (
        "fr",
        include_str!("../locales/fr/main.ftl"),
        include_str!("../locales/fr/safeguarding.txt"),
        include_str!("../locales/fr/language.toml"),
    ),
    (
        "es",
        include_str!("../locales/es/main.ftl"),
        include_str!("../locales/es/safeguarding.txt"),
        include_str!("../locales/es/language.toml"),
    ),
    (
        "ar",
        include_str!("../locales/ar/main.ftl"),
        include_str!("../locales/ar/safeguarding.txt"),
        include_str!("../locales/ar/language.toml"),
    ),
    (
        "zh-Hans",
        include_str!("../locales/zh-Hans/main.ftl"),
        include_str!("../locales/zh-Hans/safeguarding.txt"),
        include_str!("../locales/zh-Hans/language.toml"),
    ),
    (
        "ru",
        include_str!("../locales/ru/main.ftl"),
        include_str!("../locales/ru/safeguarding.txt"),
        include_str!("../locales/ru/language.toml"),
    ),
    (
        "pt",
        include_str!("../locales/pt/main.ftl"),
        include_str!("../locales/pt/safeguarding.txt"),
        include_str!("../locales/pt/language.toml"),
    ),
];

/// A problem in a language folder: file, line (when known), key, what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {key}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct LocaleError {
    pub file: String,
    pub line: Option<usize>,
    pub key: String,
    pub message: String,
}

/// `language.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageToml {
    /// The language's name in itself ("Français").
    name: String,
    /// `ltr` or `rtl`.
    direction: String,
    /// `words` or `characters`: what an easy-read sentence length counts.
    unit: Unit,
    /// The most per sentence, per audience.
    limits: Limits,
    /// Characters that end a sentence (a line break always does).
    sentence_end: String,
    /// The locale numbers are written in (`en`, `fr`, `ar-EG`…).
    number_locale: String,
    /// Other tags that mean this language (`zh-CN`, `pt-BR`…).
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Limits {
    #[serde(rename = "age-5-8")]
    age_5_8: usize,
    #[serde(rename = "age-9-12")]
    age_9_12: usize,
    #[serde(rename = "age-13-17")]
    age_13_17: usize,
    parent: usize,
}

/// One interface language, ready to use.
pub struct Language {
    pub code: String,
    pub name: String,
    pub rtl: bool,
    pub rules: TextRules,
    pub number_locale: String,
    pub aliases: Vec<String>,
    pub safeguarding: String,
    source: String,
    bundle: FluentBundle<FluentResource>,
}

/// The files of one language folder as read (`None`: not in the folder).
struct Folder {
    code: String,
    /// How errors name the folder (`locales/ru`, or the operator's path).
    shown: String,
    main: Option<String>,
    safeguarding: Option<String>,
    toml: Option<String>,
}

pub struct Locales {
    /// English first, then the other shipped languages, then the operator's.
    languages: Vec<Language>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("languages", &self.languages().collect::<Vec<_>>()).finish()
    }
}

static BUILT: LazyLock<&'static Locales> = LazyLock::new(|| {
    let locales = Locales::load(None).unwrap_or_else(|errors| {
        for e in &errors {
            tracing::error!(error = %e, "a shipped interface language is invalid");
        }
        Locales { languages: vec![] }
    });
    Box::leak(Box::new(locales))
});

static CURRENT: RwLock<Option<&'static Locales>> = RwLock::new(None);

/// The interface languages in use: the shipped ones, plus the operator's once
/// [`install`] has run.
pub fn locales() -> &'static Locales {
    CURRENT.read().ok().and_then(|c| *c).unwrap_or(*BUILT)
}

/// Loads the shipped languages and those of `dir` (`CHILDVOICE_LOCALES_DIR`),
/// checks them all, and makes them the ones in use. A service started twice in
/// one process (tests) keeps every language either start added.
pub fn install(dir: Option<&Path>) -> Result<&'static Locales, Vec<LocaleError>> {
    let Some(dir) = dir else {
        // The shipped languages, checked: a broken one stops the service with its errors.
        Locales::load(None)?;
        return Ok(locales());
    };
    let loaded: &'static Locales = Box::leak(Box::new(Locales::load(Some(dir))?));
    if let Ok(mut current) = CURRENT.write() {
        *current = Some(loaded);
    }
    Ok(loaded)
}

/// Checks a folder of languages (each a `{lang}/` folder) or one language
/// folder, against English; the codes it holds.
pub fn check_folder(dir: &Path) -> Result<Vec<String>, Vec<LocaleError>> {
    let folders = read_folders(dir)?;
    let codes = folders.iter().map(|f| f.code.clone()).collect();
    Locales::load(Some(dir))?;
    Ok(codes)
}

/// How complete each language is, valid or not (for translators): the shipped
/// languages and those of `dir`, as (code, keys it has of English's, English's).
pub fn status(dir: Option<&Path>) -> Result<Vec<(String, usize, usize)>, Vec<LocaleError>> {
    let mut sources: Vec<(String, String)> =
        BUILT_IN.iter().map(|(code, main, _, _)| ((*code).to_owned(), (*main).to_owned())).collect();
    if let Some(dir) = dir {
        for f in read_folders(dir)? {
            let Some(main) = f.main else { continue };
            match sources.iter_mut().find(|(c, _)| *c == f.code) {
                Some(s) => s.1 = main,
                None => sources.push((f.code, main)),
            }
        }
    }
    let english = sources.iter().find(|(c, _)| c == DEFAULT_LANGUAGE).map(|(_, s)| message_ids(s)).unwrap_or_default();
    Ok(sources
        .iter()
        .map(|(code, main)| (code.clone(), english.intersection(&message_ids(main)).count(), english.len()))
        .collect())
}

/// The language folders under `dir`, or `dir` itself when it is one.
fn read_folders(dir: &Path) -> Result<Vec<Folder>, Vec<LocaleError>> {
    let io = |path: &Path, e: std::io::Error| LocaleError {
        file: path.display().to_string(),
        line: None,
        key: "folder".into(),
        message: e.to_string(),
    };
    let read = |path: &Path| -> Result<Option<String>, LocaleError> {
        match std::fs::read_to_string(path) {
            Ok(s) => Ok(Some(s)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(path, e)),
        }
    };
    let is_language = |p: &Path| ["main.ftl", "language.toml", "safeguarding.txt"].iter().any(|f| p.join(f).is_file());
    let mut dirs: Vec<std::path::PathBuf> = if is_language(dir) {
        vec![dir.to_path_buf()]
    } else {
        let entries = std::fs::read_dir(dir).map_err(|e| vec![io(dir, e)])?;
        entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect()
    };
    dirs.sort();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for d in dirs {
        let code = d.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let mut folder = Folder { code, shown: d.display().to_string(), main: None, safeguarding: None, toml: None };
        for (file, slot) in [
            ("main.ftl", &mut folder.main),
            ("safeguarding.txt", &mut folder.safeguarding),
            ("language.toml", &mut folder.toml),
        ] {
            match read(&d.join(file)) {
                Ok(s) => *slot = s,
                Err(e) => errors.push(e),
            }
        }
        out.push(folder);
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

impl Locales {
    /// The shipped languages, overridden or added to by the folders of `extra`.
    pub fn load(extra: Option<&Path>) -> Result<Self, Vec<LocaleError>> {
        let mut folders: Vec<Folder> = BUILT_IN
            .iter()
            .map(|(code, main, safeguarding, toml)| Folder {
                code: (*code).to_owned(),
                shown: format!("locales/{code}"),
                main: Some((*main).to_owned()),
                safeguarding: Some((*safeguarding).to_owned()),
                toml: Some((*toml).to_owned()),
            })
            .collect();
        if let Some(dir) = extra {
            for f in read_folders(dir)? {
                match folders.iter_mut().find(|b| b.code == f.code) {
                    // An override may hold only the files it changes.
                    Some(b) => {
                        b.shown = f.shown;
                        b.main = f.main.or(b.main.take());
                        b.safeguarding = f.safeguarding.or(b.safeguarding.take());
                        b.toml = f.toml.or(b.toml.take());
                    }
                    None => folders.push(f),
                }
            }
        }
        let english: BTreeSet<String> = folders
            .iter()
            .find(|f| f.code == DEFAULT_LANGUAGE)
            .and_then(|f| f.main.as_deref())
            .map(message_ids)
            .unwrap_or_default();
        let mut languages = Vec::new();
        let mut errors = Vec::new();
        for f in folders {
            match Language::build(f, &english) {
                Ok(l) => languages.push(l),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if errors.is_empty() { Ok(Locales { languages }) } else { Err(errors) }
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.language(code).is_some()
    }

    /// A language's easy-read rules (words, 10/15/20/30, for one we do not know).
    pub fn rules(&self, code: &str) -> TextRules {
        self.language(code).map(|l| l.rules.clone()).unwrap_or_default()
    }

    /// Every language's safeguarding phrase list.
    pub fn safeguarding_lists(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.safeguarding.as_str())
    }

    /// The string `key` in `lang` (or English), formatted with `args`.
    pub fn t_args(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [lang, DEFAULT_LANGUAGE] {
            if let Some(bundle) = self.language(l).map(|l| &l.bundle)
                && let Some(pattern) = bundle.get_message(key).and_then(|m| m.value())
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(lang = l, key, "interface string has errors: {errors:?}");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(lang, key, "interface string missing");
        key.to_owned()
    }

    pub fn t(&self, lang: &str, key: &str) -> String {
        self.t_args(lang, key, None)
    }

    /// A string that selects its wording on `$audience`.
    pub fn t_for(&self, lang: &str, key: &str, audience: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("audience", FluentValue::from(audience.to_owned()));
        self.t_args(lang, key, Some(&args))
    }

    /// Every message id of a language, to compare languages.
    pub fn keys(&self, lang: &str) -> Vec<String> {
        self.language(lang).map(|l| message_ids(&l.source).into_iter().collect()).unwrap_or_default()
    }

    /// How complete each language's interface is: (code, keys translated, keys in English).
    pub fn status(&self) -> Vec<(String, usize, usize)> {
        let english: BTreeSet<String> = self.keys(DEFAULT_LANGUAGE).into_iter().collect();
        self.languages
            .iter()
            .map(|l| {
                let have = message_ids(&l.source);
                (l.code.clone(), english.intersection(&have).count(), english.len())
            })
            .collect()
    }

    /// Which of `available` a language tag means, if any (see the module documentation).
    pub fn pick(&self, tag: &str, available: &[String]) -> Option<String> {
        let find = |code: &str| available.iter().find(|a| a.eq_ignore_ascii_case(code)).cloned();
        if let Some(found) = find(tag) {
            return Some(found);
        }
        let aliased = self
            .languages
            .iter()
            .find(|l| l.aliases.iter().any(|a| a.eq_ignore_ascii_case(tag)))
            .and_then(|l| find(&l.code));
        if aliased.is_some() {
            return aliased;
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        let language = id.language.as_str();
        if language == "zh" {
            let script = id.script.map(|s| s.as_str().to_ascii_lowercase());
            let region = id.region.map(|r| r.as_str().to_ascii_uppercase());
            let traditional = script.as_deref() == Some("hant")
                || (script.is_none() && matches!(region.as_deref(), Some("TW" | "HK" | "MO")));
            return if traditional { None } else { find("zh-Hans") };
        }
        find(language)
    }
}

impl Language {
    fn build(f: Folder, english: &BTreeSet<String>) -> Result<Language, Vec<LocaleError>> {
        let mut errors = Vec::new();
        let err = |file: &str, line: Option<usize>, key: &str, message: String| LocaleError {
            file: format!("{}/{file}", f.shown),
            line,
            key: key.to_owned(),
            message,
        };
        let id: Option<LanguageIdentifier> = f.code.parse().ok();
        if id.is_none() {
            errors.push(err("", None, "folder", format!("'{}' is not a language tag (BCP 47)", f.code)));
        }
        let (Some(main), Some(safeguarding), Some(toml_source)) = (&f.main, &f.safeguarding, &f.toml) else {
            for (name, present) in [
                ("main.ftl", f.main.is_some()),
                ("safeguarding.txt", f.safeguarding.is_some()),
                ("language.toml", f.toml.is_some()),
            ] {
                if !present {
                    errors.push(err(
                        name,
                        None,
                        "file",
                        "missing: a language folder needs main.ftl, safeguarding.txt and language.toml".into(),
                    ));
                }
            }
            return Err(errors);
        };
        let toml: Option<LanguageToml> = match toml::from_str::<LanguageToml>(toml_source) {
            Ok(t) => Some(t),
            Err(e) => {
                let line = e.span().map(|s| line_at(toml_source, s.start));
                errors.push(err("language.toml", line, "language.toml", e.message().to_owned()));
                None
            }
        };
        if let Some(t) = &toml
            && !matches!(t.direction.as_str(), "ltr" | "rtl")
        {
            errors.push(err(
                "language.toml",
                line_of(toml_source, "direction"),
                "direction",
                "must be \"ltr\" or \"rtl\"".into(),
            ));
        }
        if !safeguarding.lines().map(str::trim).any(|l| !l.is_empty() && !l.starts_with('#')) {
            errors.push(err("safeguarding.txt", None, "phrases", "has no phrase".into()));
        }
        let resource = match FluentResource::try_new(main.clone()) {
            Ok(r) => Some(r),
            Err((_, parse_errors)) => {
                for e in parse_errors {
                    let pos = e.slice.clone().map_or(e.pos.start, |s| s.start);
                    errors.push(err(
                        "main.ftl",
                        Some(line_at(main, pos)),
                        "syntax",
                        format!("Fluent syntax error: {}", e.kind),
                    ));
                }
                None
            }
        };
        let ids = message_ids(main);
        if f.code != DEFAULT_LANGUAGE {
            for missing in english.difference(&ids) {
                errors.push(err("main.ftl", None, missing, "missing (English has it)".into()));
            }
            for extra in ids.difference(english) {
                errors.push(err(
                    "main.ftl",
                    line_of(main, extra),
                    extra,
                    "unknown key (English does not have it)".into(),
                ));
            }
        }
        if let Some(id) = &id {
            for (key, line, missing) in plural_gaps(main, id) {
                errors.push(err(
                    "main.ftl",
                    Some(line),
                    &key,
                    format!(
                        "selects on a number but lacks the plural categories {missing:?} that CLDR gives this language"
                    ),
                ));
            }
        }
        match (errors.is_empty(), toml, resource, id) {
            (true, Some(t), Some(resource), Some(id)) => {
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                if let Err(e) = bundle.add_resource(resource) {
                    return Err(vec![err("main.ftl", None, "syntax", format!("{e:?}"))]);
                }
                let limits = [t.limits.age_5_8, t.limits.age_9_12, t.limits.age_13_17, t.limits.parent];
                Ok(Language {
                    code: f.code,
                    name: t.name,
                    rtl: t.direction == "rtl",
                    rules: TextRules { unit: t.unit, limits, sentence_end: t.sentence_end.chars().collect() },
                    number_locale: t.number_locale,
                    aliases: t.aliases,
                    safeguarding: safeguarding.clone(),
                    source: main.clone(),
                    bundle,
                })
            }
            _ => Err(errors),
        }
    }
}

use crate::domain::texts::message_ids_of as message_ids;

fn line_at(source: &str, pos: usize) -> usize {
    source[..pos.min(source.len())].matches('\n').count() + 1
}

/// The line where `key = ` starts, if any.
fn line_of(source: &str, key: &str) -> Option<usize> {
    source.lines().position(|l| l.split('=').next().is_some_and(|k| k.trim() == key)).map(|i| i + 1)
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural categories CLDR gives whole numbers in a language.
pub fn plural_categories(id: &LanguageIdentifier) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let language: Option<LanguageIdentifier> = id.language.as_str().parse().ok();
    let rules = PluralRules::create(id.clone(), PluralRuleType::CARDINAL)
        .or_else(|e| language.map_or(Err(e), |l| PluralRules::create(l, PluralRuleType::CARDINAL)));
    let Ok(rules) = rules else { return BTreeSet::from(["other"]) };
    (0..=1000u64)
        .chain([1_000_000, 1_000_001])
        .filter_map(|n| rules.select(n).ok())
        .map(|c| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Messages (and attributes) that select on a number without every plural
/// category the language needs: (key, line, missing categories).
fn plural_gaps(source: &str, id: &LanguageIdentifier) -> Vec<(String, usize, Vec<&'static str>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
    let needed = plural_categories(id);
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    fn selects<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<BTreeSet<&'s str>>) {
        for element in &pattern.elements {
            let PatternElement::Placeable { expression } = element else { continue };
            if let Expression::Select { selector, variants } = expression {
                let keys: BTreeSet<&str> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } => Some(*name),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                let numeric = matches!(selector, InlineExpression::VariableReference { .. })
                    && keys.iter().any(|k| CATEGORIES.contains(k) && *k != "other");
                if numeric {
                    out.push(keys);
                }
                for v in variants {
                    selects(&v.value, out);
                }
            }
        }
    }
    let mut gaps = Vec::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let mut found = Vec::new();
        if let Some(p) = &m.value {
            selects(p, &mut found);
        }
        for a in &m.attributes {
            selects(&a.value, &mut found);
        }
        for keys in found {
            let missing: Vec<&'static str> = needed.iter().copied().filter(|c| !keys.contains(c)).collect();
            if !missing.is_empty() {
                gaps.push((m.id.name.to_owned(), line_of(source, m.id.name).unwrap_or(1), missing));
            }
        }
    }
    gaps
}

/// Text direction of a language, for `dir` attributes.
pub fn direction(lang: &str) -> &'static str {
    match locales().language(lang) {
        Some(l) if l.rtl => "rtl",
        Some(_) => "ltr",
        None => {
            const RTL: &[&str] = &["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"];
            if RTL.contains(&lang.split('-').next().unwrap_or(lang)) { "rtl" } else { "ltr" }
        }
    }
}

/// Picks the language for a request among `available`.
pub fn negotiate(
    query: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
    available: &[String],
    default: &str,
) -> String {
    let locales = locales();
    for explicit in [query, cookie].into_iter().flatten() {
        if let Some(found) = locales.pick(explicit, available) {
            return found;
        }
    }
    if let Some(header) = accept_language {
        for requested in fluent_langneg::accepted_languages::parse(header) {
            if let Some(found) = locales.pick(&requested.to_string(), available) {
                return found;
            }
        }
    }
    if available.iter().any(|a| a == default) || available.is_empty() {
        default.to_owned()
    } else {
        available[0].clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<String> {
        ["en", "fr", "es", "ar", "zh-Hans", "ru", "pt"].map(String::from).to_vec()
    }

    #[test]
    fn the_query_wins_then_the_cookie_then_the_header_then_the_default() {
        assert_eq!(negotiate(Some("ar"), Some("fr"), Some("es"), &langs(), "en"), "ar");
        assert_eq!(negotiate(None, Some("fr"), Some("es"), &langs(), "en"), "fr");
        assert_eq!(negotiate(Some("xx"), None, Some("es-MX,es;q=0.9,en;q=0.5"), &langs(), "en"), "es");
        assert_eq!(negotiate(None, None, Some("de-DE,de;q=0.9"), &langs(), "fr"), "fr");
        assert_eq!(negotiate(None, None, Some("de, fr-CA;q=0.8"), &langs(), "en"), "fr");
        assert_eq!(negotiate(None, None, None, &["es".to_owned()], "en"), "es");
    }

    #[test]
    fn chinese_and_portuguese_tags_find_their_language_and_traditional_never_gets_simplified() {
        for tag in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "ZH-cn"] {
            assert_eq!(negotiate(Some(tag), None, None, &langs(), "en"), "zh-Hans", "{tag}");
            assert_eq!(negotiate(None, None, Some(tag), &langs(), "en"), "zh-Hans", "{tag}");
        }
        for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW"] {
            assert_eq!(negotiate(None, None, Some(tag), &langs(), "en"), "en", "{tag} falls back to the default");
            assert_eq!(negotiate(Some(tag), None, None, &langs(), "fr"), "fr", "{tag}");
        }
        assert_eq!(negotiate(None, None, Some("zh-TW, zh;q=0.5"), &langs(), "en"), "zh-Hans", "when asked for");
        for tag in ["pt-BR", "pt-PT", "pt"] {
            assert_eq!(negotiate(None, None, Some(tag), &langs(), "en"), "pt", "{tag}");
        }
        assert_eq!(negotiate(None, None, Some("ru-RU"), &langs(), "en"), "ru");
    }

    #[test]
    fn directions_come_from_each_language() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("ar-MA"), "rtl");
        assert_eq!(direction("fr"), "ltr");
        assert_eq!(direction("zh-Hans"), "ltr");
    }

    #[test]
    fn every_shipped_language_is_complete_and_valid() {
        let l = Locales::load(None)
            .unwrap_or_else(|e| panic!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
        let english = l.keys("en");
        assert!(english.len() > 20);
        for (code, have, all) in l.status() {
            assert_eq!(have, all, "{code} is complete");
        }
        assert_eq!(l.languages().collect::<Vec<_>>(), ["en", "fr", "es", "ar", "zh-Hans", "ru", "pt"]);
        assert_eq!(l.rules("zh-Hans").unit, Unit::Characters);
        assert_eq!(l.rules("ru").unit, Unit::Words);
    }

    #[test]
    fn russian_plurals_read_right_at_1_2_5_and_21() {
        let l = locales();
        // Without Fluent's bidi isolation marks around placeables.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let said = |n: u64| plain(l.t_args("ru", "results-public-count", Some(&crate::views::arg("n", n))));
        assert!(said(1).contains("человек") && !said(1).contains("человека"), "{}", said(1));
        assert!(said(2).contains("человека"), "{}", said(2));
        assert!(said(5).contains("человек") && !said(5).contains("человека"), "{}", said(5));
        assert!(said(21).contains("21 человек") && !said(21).contains("человека"), "{}", said(21));
        let codes = |n: u64| plain(l.t_args("ru", "admin-codes-count", Some(&crate::views::arg("total", n))));
        assert_eq!([codes(1), codes(2), codes(5), codes(21)], ["1 код", "2 кода", "5 кодов", "21 код"]);
    }

    #[test]
    fn a_russian_or_arabic_plural_without_every_cldr_category_is_refused() {
        let ru: LanguageIdentifier = "ru".parse().expect("ru");
        assert_eq!(
            plural_categories(&ru),
            BTreeSet::from(["few", "many", "one"]).union(&BTreeSet::new()).copied().collect()
        );
        let ar: LanguageIdentifier = "ar".parse().expect("ar");
        assert_eq!(plural_categories(&ar).len(), 6);
        let source = "n = { $n ->\n    [one] один\n   *[other] много\n}\nok = { $n ->\n    [one] a\n    [few] b\n    [many] c\n   *[other] d\n}\n";
        let gaps = plural_gaps(source, &ru);
        assert_eq!(gaps.len(), 1);
        assert_eq!(gaps[0].0, "n");
        assert_eq!(gaps[0].2, vec!["few", "many"]);
        let audience = "a = { $audience ->\n    [age-5-8] x\n   *[other] y\n}\n";
        assert!(plural_gaps(audience, &ru).is_empty(), "a selector on the audience is not a plural");
    }
}

//! Interface strings (`locales/{lang}/main.ftl`, compiled into the binary) and
//! locale negotiation: `?lang=`, then the `lang` cookie, then `Accept-Language`,
//! then the consultation's default language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

pub const DEFAULT_LANGUAGE: &str = "en";

/// Every interface language, with its Fluent source.
pub const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/main.ftl")),
    ("fr", include_str!("../locales/fr/main.ftl")),
    ("es", include_str!("../locales/es/main.ftl")),
    ("ar", include_str!("../locales/ar/main.ftl")),
];

/// Phrases that suggest a child may be at risk, per language (see `domain::safeguarding`).
pub const SAFEGUARDING: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/safeguarding.txt")),
    ("fr", include_str!("../locales/fr/safeguarding.txt")),
    ("es", include_str!("../locales/es/safeguarding.txt")),
    ("ar", include_str!("../locales/ar/safeguarding.txt")),
];

const RTL_LANGUAGES: &[&str] = &["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"];

/// Text direction of a language, for `<html dir>`.
pub fn direction(lang: &str) -> &'static str {
    let primary = lang.split('-').next().unwrap_or(lang);
    if RTL_LANGUAGES.contains(&primary) { "rtl" } else { "ltr" }
}

static LOCALES: std::sync::LazyLock<Locales> = std::sync::LazyLock::new(|| {
    Locales::load().unwrap_or_else(|e| {
        tracing::error!(error = %e, "interface strings failed to load");
        Locales { bundles: HashMap::new() }
    })
});

/// The interface strings of this build (checked at start-up by `Locales::load`).
pub fn locales() -> &'static Locales {
    &LOCALES
}

pub struct Locales {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("locales/{lang}/main.ftl: {message}")]
pub struct LocaleError {
    pub lang: String,
    pub message: String,
}

impl Locales {
    pub fn load() -> Result<Self, LocaleError> {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let err = |message: String| LocaleError { lang: (*lang).to_owned(), message };
            let resource = FluentResource::try_new((*source).to_owned()).map_err(|(_, e)| {
                err(format!("syntax error: {}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")))
            })?;
            let id: LanguageIdentifier = lang.parse().map_err(|_| err("bad language tag".into()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.add_resource(resource).map_err(|e| err(format!("{e:?}")))?;
            bundles.insert((*lang).to_owned(), bundle);
        }
        Ok(Locales { bundles })
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        SOURCES.iter().map(|(l, _)| *l)
    }

    pub fn has_language(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The string `key` in `lang` (or English), formatted with `args`.
    pub fn t_args(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [lang, DEFAULT_LANGUAGE] {
            if let Some(bundle) = self.bundles.get(l)
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
    pub fn keys(lang: &str) -> Vec<String> {
        let Some((_, source)) = SOURCES.iter().find(|(l, _)| *l == lang) else {
            return Vec::new();
        };
        match fluent_syntax::parser::parse(*source) {
            Ok(r) => r
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect(),
            Err(_) => Vec::new(),
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
    for explicit in [query, cookie].into_iter().flatten() {
        if let Some(found) = available.iter().find(|a| a.eq_ignore_ascii_case(explicit)) {
            return found.clone();
        }
    }
    if let Some(header) = accept_language {
        let requested = fluent_langneg::accepted_languages::parse(header);
        let offered: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
        let chosen = negotiate_languages(&requested, &offered, None, NegotiationStrategy::Lookup);
        if let Some(first) = chosen.first() {
            let tag = first.to_string();
            if let Some(found) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
                return found.clone();
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
        ["en", "fr", "es", "ar"].map(String::from).to_vec()
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
    fn arabic_reads_right_to_left() {
        assert_eq!(direction("ar"), "rtl");
        assert_eq!(direction("ar-MA"), "rtl");
        assert_eq!(direction("fr"), "ltr");
    }

    #[test]
    fn every_interface_language_defines_every_english_key_and_no_other() {
        let english = Locales::keys("en");
        assert!(english.len() > 20);
        for (lang, _) in SOURCES {
            let keys = Locales::keys(lang);
            let missing: Vec<_> = english.iter().filter(|k| !keys.contains(k)).collect();
            let extra: Vec<_> = keys.iter().filter(|k| !english.contains(k)).collect();
            assert!(missing.is_empty(), "locales/{lang}/main.ftl misses {missing:?}");
            assert!(extra.is_empty(), "locales/{lang}/main.ftl has keys English lacks: {extra:?}");
        }
        Locales::load().expect("every locale parses");
    }
}

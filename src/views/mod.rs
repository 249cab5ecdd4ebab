//! HTML with maud: the layout, shared components and one module per page.
//! Every visible string comes from Fluent through `Page`.

pub mod admin;
pub mod assets;
pub mod components;
pub mod email;
pub mod export;
pub mod form;
pub mod layout;
pub mod map;
pub mod network;
pub mod pages;
pub mod poster;
pub mod results;

use crate::i18n::{Locales, direction};
use fluent_bundle::FluentArgs;

/// Fluent arguments with one named value.
pub fn arg<V: Into<fluent_bundle::FluentValue<'static>>>(name: &'static str, value: V) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set(name, value);
    args
}

/// What every page needs: the interface strings and the negotiated language.
pub struct Page<'a> {
    pub locales: &'a Locales,
    pub lang: &'a str,
}

impl Page<'_> {
    pub fn t(&self, key: &str) -> String {
        self.locales.t(self.lang, key)
    }
    pub fn t_for(&self, key: &str, audience: &str) -> String {
        self.locales.t_for(self.lang, key, audience)
    }
    pub fn t_args(&self, key: &str, args: &FluentArgs) -> String {
        self.locales.t_args(self.lang, key, Some(args))
    }
    pub fn dir(&self) -> &'static str {
        direction(self.lang)
    }
}

#[cfg(test)]
mod layering {
    /// Views are written from what handlers give them: they never reach
    /// back into the web layer (requests, extractors, handlers).
    #[test]
    fn views_never_import_the_web_layer() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("src/views").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("source");
                    for (n, line) in source.lines().enumerate() {
                        let code = line.split("//").next().unwrap_or_default();
                        let web = ["crate", "::web"].concat();
                        if code.contains(&web) {
                            found.push(format!("{}:{}: {line}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/views"), &mut found);
        assert!(found.is_empty(), "views import web:\n{}", found.join("\n"));
        let config = include_str!("../config.rs");
        assert!(!config.contains("crate::rate_limit"), "config must not import rate_limit");
    }
}

//! HTML with maud: the layout, shared components and one module per page.
//! Every visible string comes from Fluent through `Page`.

pub mod admin;
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

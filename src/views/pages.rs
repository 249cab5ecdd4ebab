//! The other respondent pages: home, a consultation's landing page, thanks,
//! results before publication, closed, and error pages.

use super::Page;
use super::components::{audience_picture, help_box};
use super::layout::layout;
use crate::domain::template::LiveSurvey;
use crate::domain::{Audience, Consultation};
use crate::i18n::Locales;
use maud::{Markup, html};

/// A consultation listed on the home page.
pub struct Listed {
    pub slug: String,
    pub title: String,
}

pub fn home(page: &Page, open: &[Listed]) -> Markup {
    let title = page.t("home-title");
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("home-intro")) }
            (language_links(page, "/", page.locales.languages().map(str::to_owned).collect::<Vec<_>>().as_slice()))
            h2 { (page.t("home-open")) }
            @if open.is_empty() {
                p { (page.t("home-none")) }
            } @else {
                ul.list {
                    @for c in open {
                        li { a.big href=(crate::paths::landing(&c.slug, page.lang)) { (c.title) } }
                    }
                }
            }
        },
    )
}

/// Links to the same page in each language; `base` may carry `?name=value&`.
fn language_links(page: &Page, base: &str, languages: &[String]) -> Markup {
    let joiner = if base.contains('?') { "&" } else { "?" };
    html! {
        @if languages.len() > 1 {
            nav.languages aria-label=(page.t("choose-language")) {
                @for lang in languages {
                    @let name = page.locales.t(lang, "language-name");
                    @if lang == page.lang {
                        span.current lang=(lang) dir=(crate::i18n::direction(lang)) aria-current="true" { (name) }
                    } @else {
                        a lang=(lang) dir=(crate::i18n::direction(lang)) hreflang=(lang) href=(format!("{base}{joiner}lang={lang}")) { (name) }
                    }
                }
            }
        }
    }
}

/// `/s/{slug}`: language choice and "who are you?".
/// `via`: `&c=…` (the channel the respondent came from) and `&k=…` (a card's
/// one-use code), carried on to the audience links.
pub fn landing(page: &Page, c: &Consultation, live: &LiveSurvey, via: &str) -> Markup {
    let title = c.title(live, page.lang);
    layout(
        page,
        &title,
        html! {
            (language_links(page, &match via.strip_prefix('&') {
                Some(rest) => format!("{}?{rest}", crate::paths::respondent(&c.slug)),
                None => crate::paths::respondent(&c.slug),
            }, &c.languages))
            h1 { (title) }
            h2 { (page.t("who-are-you")) }
            ul.audiences {
                @for audience in &c.audiences {
                    li {
                        a.audience href=(format!("{}/{}?lang={}{via}", crate::paths::respondent(&c.slug), audience.as_str(), page.lang)) {
                            (audience_picture(audience.as_str()))
                            span { (page.t(&format!("audience-{}", audience.as_str()))) }
                        }
                    }
                }
            }
        },
    )
}

fn help_text<'a>(c: &'a Consultation, lang: &str) -> Option<&'a str> {
    c.help_text.get(lang).or_else(|| c.help_text.get(&c.default_language)).map(String::as_str)
}

/// `care`: the child wrote words that a safeguarding lead will read; show them,
/// warmly and first, where to get help now.
/// `kiosk`: on a shared tablet the page returns to the start by itself (no
/// JavaScript needed), and the form pages were never cached.
pub fn thanks(
    page: &Page,
    c: &Consultation,
    live: &LiveSurvey,
    audience: Option<Audience>,
    care: bool,
    kiosk: bool,
) -> Markup {
    let a = audience.map_or("any", Audience::as_str);
    let title = page.t_for("thanks-title", a);
    let start = format!("{}?lang={}&kiosk=1", crate::paths::respondent(&c.slug), page.lang);
    // A child who was shown where to get help gets time to read it.
    let seconds = if care { 90 } else { 15 };
    super::layout::layout_with(
        page,
        &title,
        html! {
            h1 { (title) }
            @if kiosk {
                div.kiosk data-kiosk-return=(start) data-kiosk-seconds=(seconds) {
                    p.notice { (page.t("kiosk-next")) }
                    p #kiosk-count aria-live="polite" data-template=(page.t_args("kiosk-countdown", &super::arg("seconds", "{n}"))) {}
                    button.secondary #kiosk-more type="button" hidden { (page.t("kiosk-more-time")) }
                    p { a.button.primary href=(start) { (page.t("kiosk-start")) } }
                }
            }
            @if care {
                section.care role="alert" aria-labelledby="care-title" {
                    h2 #care-title { (page.t("thanks-care-title")) }
                    p { (page.t("thanks-care-body")) }
                    p.care-help { (help_text(c, page.lang).map_or_else(|| page.t("help-default"), str::to_owned)) }
                }
            }
            p.lead { (page.t_for("thanks-body", a)) }
            section.card aria-labelledby="next" {
                h2 #next { (page.t("thanks-next")) }
                p { (live.texts.text(page.lang, "results-when", audience)) }
                p { a href=(format!("{}/results?lang={}{}", crate::paths::respondent(&c.slug), page.lang, audience.map_or_else(String::new, |a| format!("&a={}", a.as_str())))) { (page.t("thanks-results-link")) } }
            }
            (help_box(page, help_text(c, page.lang)))
            @if !kiosk { p { a href=(crate::paths::landing(&c.slug, page.lang)) { (page.t("thanks-again")) } } }
        },
        super::layout::Extras { script: kiosk, ..Default::default() },
    )
}

/// `/s/{slug}/results` before the organisation has published anything.
pub fn results_pending(page: &Page, c: &Consultation, live: &LiveSurvey) -> Markup {
    let title = format!("{}: {}", page.t("results-title"), c.title(live, page.lang));
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            p.lead { (page.t("results-not-yet")) }
            @if let Some(d) = c.results_expected_on {
                p.big-sentence { (page.t_args("results-expected", &super::arg("date", d.format("%Y-%m-%d").to_string()))) }
            }
            p { (live.texts.text(page.lang, "results-when", None)) }
            p { a href=(crate::paths::landing(&c.slug, page.lang)) { (page.t("back-to-start")) } }
        },
    )
}

/// Shown instead of the form when a consultation is closed or not open yet.
pub fn closed(page: &Page, c: &Consultation, live: &LiveSurvey, not_yet_open: bool) -> Markup {
    let (title_key, body_key) =
        if not_yet_open { ("not-open-title", "not-open-body") } else { ("closed-title", "closed-body") };
    let title = page.t(title_key);
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            p.lead { (c.title(live, page.lang)) }
            p { (page.t(body_key)) }
            @if !not_yet_open {
                p { a href=(crate::paths::public_results(&c.slug, page.lang)) { (page.t("thanks-results-link")) } }
            }
            (help_box(page, help_text(c, page.lang)))
        },
    )
}

/// Which error page to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    Forbidden,
    BadRequest,
    TooLarge,
    Server,
    Unavailable,
    TooManyRequests,
    /// Not available in the present state (the response-level file before closing, say).
    NotYet,
    /// The request's body did not arrive in time.
    TimedOut,
    /// The address exists, but not for this method.
    MethodNotAllowed,
    /// A consultation with answers cannot be opened again.
    NoReopen,
}

pub fn error(locales: &Locales, lang: &str, kind: ErrorKind) -> Markup {
    let page = Page { locales, lang };
    let key = match kind {
        ErrorKind::NotFound => "error-not-found",
        ErrorKind::Forbidden => "error-forbidden",
        ErrorKind::BadRequest => "error-bad-request",
        ErrorKind::TooLarge => "error-too-large",
        ErrorKind::Server => "error-server",
        ErrorKind::Unavailable => "error-unavailable",
        ErrorKind::TooManyRequests => "error-busy",
        ErrorKind::NotYet => "error-not-yet",
        ErrorKind::TimedOut | ErrorKind::MethodNotAllowed => "error-bad-request",
        ErrorKind::NoReopen => "error-no-reopen",
    };
    let title = page.t(&format!("{key}-title"));
    layout(
        &page,
        &title,
        html! {
            h1 { (title) }
            p.lead { (page.t(&format!("{key}-body"))) }
            p { a href=(format!("/?lang={lang}")) { (page.t("back-to-start")) } }
        },
    )
}

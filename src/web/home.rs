//! `/`: the consultations open for answers right now.

use super::{AppState, PageError, lang_cookie, request_lang, ui_languages};
use crate::i18n::DEFAULT_LANGUAGE;
use crate::store;
use crate::views::Page;
use crate::views::pages::{Listed, home};
use actix_web::{HttpRequest, HttpResponse, web};

pub async fn index(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let lang = request_lang(&req, &ui_languages(), DEFAULT_LANGUAGE);
    let today = chrono::Utc::now().date_naive();
    let open = store::consultations::answerable(&state.db, today).await?;
    let mut listed = Vec::new();
    for c in open {
        let live = state.live_survey(&c).await?;
        let text_lang = if c.languages.contains(&lang) { lang.as_str() } else { c.default_language.as_str() };
        listed.push(Listed { slug: c.slug.clone(), title: c.title(&live, text_lang) });
    }
    let page = Page { locales: state.locales, lang: &lang };
    let mut res = HttpResponse::Ok();
    if let Some(cookie) = lang_cookie(&req, &lang) {
        res.cookie(cookie);
    }
    Ok(res.content_type("text/html; charset=utf-8").body(home(&page, &listed).into_string()))
}

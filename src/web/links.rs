//! What travels on paper: QR codes (SVG, PNG), printable A4 posters, and the
//! short channel links `/c/{code}` that lead to a consultation.

use super::respond::{Resolved, resolve};
use super::{AppState, PageError, lang_cookie};
use crate::qr;
use crate::store::channels;
use crate::views::Page;
use crate::views::pages::ErrorKind;
use crate::views::poster::poster;
use actix_web::{HttpRequest, HttpResponse, web};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(crate::web::resource("/s/{slug}/qr.svg", &["GET"]).route(web::get().to(consultation_svg)))
        .service(crate::web::resource("/s/{slug}/qr.png", &["GET"]).route(web::get().to(consultation_png)))
        .service(crate::web::resource("/s/{slug}/poster", &["GET"]).route(web::get().to(consultation_poster)))
        .service(crate::web::resource("/s/{slug}/audio/{lang}/{key}", &["GET"]).route(web::get().to(recording)))
        .service(crate::web::resource("/s/{slug}/pictures/{option}", &["GET"]).route(web::get().to(picture)))
        .service(crate::web::resource("/c/{code}", &["GET"]).route(web::get().to(channel_link)))
        .service(crate::web::resource("/c/{code}/qr.svg", &["GET"]).route(web::get().to(channel_svg)))
        .service(crate::web::resource("/c/{code}/qr.png", &["GET"]).route(web::get().to(channel_png)))
        .service(crate::web::resource("/c/{code}/poster", &["GET"]).route(web::get().to(channel_poster)));
}

fn svg_response(url: &str, lang: &str) -> Result<HttpResponse, PageError> {
    let svg = qr::svg(url).map_err(|e| PageError::unexpected(lang, e))?;
    Ok(HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header(("cache-control", "public, max-age=3600"))
        .body(svg))
}

fn png_response(req: &HttpRequest, url: &str, lang: &str) -> Result<HttpResponse, PageError> {
    let size = serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .ok()
        .and_then(|q| q.into_iter().find(|(k, _)| k == "size"))
        .and_then(|(_, v)| v.parse::<u32>().ok())
        .unwrap_or(qr::DEFAULT_PNG_SIZE);
    let png = qr::png(url, size).map_err(|e| PageError::unexpected(lang, e))?;
    Ok(HttpResponse::Ok().content_type("image/png").insert_header(("cache-control", "public, max-age=3600")).body(png))
}

fn poster_response(req: &HttpRequest, state: &AppState, r: &Resolved, url: &str) -> Result<HttpResponse, PageError> {
    let svg = qr::svg(url).map_err(|e| PageError::unexpected(&r.lang, e))?;
    let page = Page { locales: state.locales, lang: &r.lang };
    let title = r.consultation.title(&r.live, &r.lang);
    let mut res = HttpResponse::Ok();
    if let Some(cookie) = lang_cookie(req, &r.lang) {
        res.cookie(cookie);
    }
    Ok(res.content_type("text/html; charset=utf-8").body(poster(&page, &title, &svg, url).into_string()))
}

/// A recording shipped with the consultation's template (read-aloud).
async fn recording(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, PageError> {
    use base64::Engine;
    let (slug, lang, key) = path.into_inner();
    let r = resolve(&req, &state, &slug).await?;
    let not_found = || PageError::new(ErrorKind::NotFound, &r.lang);
    let file = r.live.template.audio_path(&lang, &key).ok_or_else(not_found)?;
    let clip = r.live.template.audio.get(file).ok_or_else(not_found)?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&clip.base64)
        .map_err(|e| PageError::unexpected(&r.lang, e))?;
    Ok(HttpResponse::Ok()
        .content_type(clip.mime.as_str())
        .insert_header(("cache-control", "public, max-age=86400"))
        .body(bytes))
}

/// A picture uploaded in the editor for an option (PNG, re-encoded).
async fn picture(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    use base64::Engine;
    let (slug, option) = path.into_inner();
    let r = resolve(&req, &state, &slug).await?;
    let image = r.live.template.images.get(&option).ok_or_else(|| PageError::new(ErrorKind::NotFound, &r.lang))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&image.base64)
        .map_err(|e| PageError::unexpected(&r.lang, e))?;
    Ok(HttpResponse::Ok()
        .content_type(image.mime.as_str())
        .insert_header(("cache-control", "public, max-age=86400"))
        .body(bytes))
}

fn consultation_url(state: &AppState, slug: &str) -> String {
    format!("{}/s/{slug}", state.public_url)
}

async fn consultation_svg(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = resolve(&req, &state, &slug).await?;
    svg_response(&consultation_url(&state, &r.consultation.slug), &r.lang)
}

async fn consultation_png(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = resolve(&req, &state, &slug).await?;
    png_response(&req, &consultation_url(&state, &r.consultation.slug), &r.lang)
}

async fn consultation_poster(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let r = resolve(&req, &state, &slug).await?;
    let url = consultation_url(&state, &r.consultation.slug);
    poster_response(&req, &state, &r, &url)
}

/// The channel of a code and its consultation, or a localized 404.
async fn channel(req: &HttpRequest, state: &AppState, code: &str) -> Result<(channels::Channel, Resolved), PageError> {
    let not_found = || PageError::for_request(req, ErrorKind::NotFound);
    let found = channels::by_code(&state.db, &code.to_ascii_lowercase())
        .await
        .map_err(PageError::from)?
        .ok_or_else(not_found)?;
    let slug = crate::store::consultations::slug_of(&state.db, found.consultation_id)
        .await
        .map_err(PageError::from)?
        .ok_or_else(not_found)?;
    let r = resolve(req, state, &slug).await?;
    Ok((found, r))
}

fn channel_url(state: &AppState, code: &str) -> String {
    format!("{}/c/{code}", state.public_url)
}

/// Sends the respondent on to the consultation; the channel travels in the
/// link (and then in the form's signed token), never in a cookie.
async fn channel_link(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (ch, r) = channel(&req, &state, &code).await?;
    // A class card's QR code also carries its one-use code (`k`).
    let card = serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
        .ok()
        .and_then(|q| q.into_iter().find(|(k, _)| k == "k"))
        .map(|(_, v)| crate::store::codes::normalise(&v))
        .filter(|v| !v.is_empty() && v.len() <= 20)
        .map_or_else(String::new, |k| format!("&k={k}"));
    Ok(HttpResponse::SeeOther()
        .insert_header(("location", format!("{}?c={}{card}", crate::paths::respondent(&r.consultation.slug), ch.code)))
        .insert_header(("cache-control", "no-store"))
        .finish())
}

async fn channel_svg(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (ch, r) = channel(&req, &state, &code).await?;
    svg_response(&channel_url(&state, &ch.code), &r.lang)
}

async fn channel_png(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (ch, r) = channel(&req, &state, &code).await?;
    png_response(&req, &channel_url(&state, &ch.code), &r.lang)
}

async fn channel_poster(
    req: HttpRequest,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (ch, r) = channel(&req, &state, &code).await?;
    let url = channel_url(&state, &ch.code);
    poster_response(&req, &state, &r, &url)
}

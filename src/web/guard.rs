//! Every request passes a per-address rate limit (in memory, per instance).
//! Form posts are limited by their handler instead, so that a refused post can
//! show the child's answers again rather than a bare error.

use super::AppState;
use super::errors::PageError;
use crate::views::pages::ErrorKind;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{Error, ResponseError, web};

fn exempt(req: &ServiceRequest) -> bool {
    let path = req.path();
    path == "/healthz"
        || path == "/metrics"
        || path.starts_with("/assets/")
        || (req.method() == Method::POST && path.starts_with("/s/"))
}

pub async fn rate_limit(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    if !exempt(&req)
        && let Some(state) = req.app_data::<web::Data<AppState>>()
        && let Err(wait) = state.page_limiter.check(state.client_address(req.request()))
    {
        state.metrics.rate_limited("pages");
        if req.path().starts_with("/api/") {
            let res = crate::web::api::too_many_requests(wait.as_secs());
            return Ok(req.into_response(res).map_into_right_body());
        }
        let mut res = PageError::for_request(req.request(), ErrorKind::TooManyRequests).error_response();
        if let Ok(v) = actix_web::http::header::HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
            res.headers_mut().insert(actix_web::http::header::RETRY_AFTER, v);
        }
        return Ok(req.into_response(res).map_into_right_body());
    }
    next.call(req).await.map(ServiceResponse::map_into_left_body)
}

/// Privacy defaults sent with every response.
pub const SECURITY_HEADERS: [(&str, &str); 6] = [
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    ),
    ("referrer-policy", "no-referrer"),
    ("permissions-policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// Operators only: figures change the moment a response arrives, so the public
/// must not watch them. Served to a client on this machine (behind a trusted
/// proxy, the forwarded client counts, not the proxy), or to whoever shows
/// `CHILDVOICE_METRICS_TOKEN` as a bearer token.
pub async fn metrics(req: actix_web::HttpRequest, state: web::Data<AppState>) -> actix_web::HttpResponse {
    let local = state.client_address(&req).is_loopback();
    let bearer =
        req.headers().get("authorization").and_then(|h| h.to_str().ok()).and_then(|h| h.strip_prefix("Bearer "));
    let token_ok = matches!((&state.metrics_token, bearer), (Some(t), Some(b)) if t.expose() == b);
    if !(local || token_ok) {
        return PageError::for_request(&req, ErrorKind::NotFound).error_response();
    }
    actix_web::HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("cache-control", "no-store"))
        .body(state.metrics.render(state.pool_use()))
}

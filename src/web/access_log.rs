//! The access log: method, route pattern, status and duration. Never the
//! client's address, the query string, headers or the body.
//!
//! Respondent routes (`/`, `/s/…`, `/c/…`) get no line per request: a line's
//! time would date each response. `/metrics` counts them; their errors are
//! still logged, with the route and status only. Lines written while a
//! request is answered carry `request{instance=PORT}` and nothing else of it.

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use std::time::Instant;
use tracing::Instrument;

pub async fn log(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().clone();
    // Every line a request leads to names the instance (its port): with
    // several instances, and in tests, each one's lines can be told apart.
    let span = tracing::info_span!("request", instance = req.app_config().local_addr().port());
    let res = next.call(req).instrument(span.clone()).await?;
    // The access line too (nothing is awaited while it is entered).
    let _in = span.enter();
    let route = res.request().match_pattern().map_or_else(|| "(unmatched)".to_owned(), |p| plain(&p));
    if let Some(state) = res.request().app_data::<actix_web::web::Data<super::AppState>>() {
        state.metrics.request(method.as_str(), &route, res.status().as_u16(), started.elapsed());
    }
    let status = res.status().as_u16();
    if is_respondent_route(&route) {
        if status >= 500 {
            tracing::warn!(target: "access", route = %route, status, "a respondent page failed");
        }
        return Ok(res);
    }
    tracing::info!(
        target: "access",
        method = %method,
        route = %route,
        status,
        ms = started.elapsed().as_millis() as u64,
    );
    Ok(res)
}

/// A route pattern without its segments' rules: `/admin/consultations/{id}`
/// for `/admin/consultations/{id:\d+}`, as dashboards and people read it.
fn plain(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut in_rule = false;
    let mut depth = 0;
    for c in pattern.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    in_rule = false;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    in_rule = false;
                }
            }
            ':' if depth == 1 => in_rule = true,
            _ => {}
        }
        if !in_rule || (c == '}' && depth == 0) {
            out.push(c);
        }
    }
    out
}

/// Routes children and parents use: no per-request line for them.
fn is_respondent_route(route: &str) -> bool {
    route == "/" || route.starts_with("/s/") || route.starts_with("/c/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn route_patterns_are_logged_without_their_rules() {
        assert_eq!(super::plain("/admin/consultations/{id:\\d+}/results"), "/admin/consultations/{id}/results");
        assert_eq!(super::plain("/s/{slug}/{audience:age-5-8|parent}"), "/s/{slug}/{audience}");
        assert_eq!(super::plain("/templates/{id}/{file:xlsform\\.xlsx|folder\\.zip}"), "/templates/{id}/{file}");
        assert_eq!(super::plain("/x/{a:\\d{2}}"), "/x/{a}");
    }
}

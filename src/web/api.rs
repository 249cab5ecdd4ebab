//! `/api/v1`: aggregated results for integrators (city dashboards, open-data
//! portals), read with an organisation's API token, and `/api/openapi.json`,
//! the OpenAPI document generated from these handlers and types. Every figure
//! goes through the same disclosure control as the dashboard.

use crate::domain::results::{Filter, Report};
use crate::domain::{Audience, State};
use crate::store;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(title = "childvoice API", version = "1", description = "Aggregated results of a city's consultations of children and families. Every count is perturbed by the cell key method: at most 2 away from the true count, and the same for the same people in every view, so tables may not add up exactly. A null count read fewer than k after perturbation."),
    paths(consultations, results, network_indicators),
    components(schemas(ConsultationSummary, Results, ApiError, NetworkIndicators)),
    modifiers(&BearerToken),
    security(("token" = []))
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme("token", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
        }
    }
}

/// A consultation as integrators see it.
#[derive(Serialize, ToSchema)]
pub struct ConsultationSummary {
    /// Its address: `/s/{slug}` for respondents.
    pub slug: String,
    /// `open`, `closed` or `published` (drafts are not listed).
    pub state: String,
    /// Title per language.
    pub titles: BTreeMap<String, String>,
    pub languages: Vec<String>,
    pub audiences: Vec<Audience>,
    /// Area ids, usable as the `area` filter.
    pub areas: Vec<String>,
    /// Channel ids and names, usable as the `channel` filter.
    pub channels: BTreeMap<i32, String>,
    /// Smallest group shown as a number.
    pub k: u64,
    pub opens_on: Option<NaiveDate>,
    pub closes_on: Option<NaiveDate>,
}

/// Results of one consultation under the filters asked for.
#[derive(Serialize, ToSchema)]
pub struct Results {
    pub consultation: String,
    pub results: Report,
}

#[derive(Serialize, ToSchema)]
pub struct ApiError {
    /// `unauthorized`, `not-found`, `bad-filter`, `not-yet`, `too-many-requests` or `unavailable`.
    pub error: String,
    pub message: String,
    /// With `bad-filter`: the parameter whose value is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// With `bad-filter`: the values that parameter may take.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}

fn error(status: StatusCode, code: &str, message: &str) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    if status == StatusCode::UNAUTHORIZED {
        res.insert_header(("www-authenticate", "Bearer"));
    }
    res.insert_header(("cache-control", "no-store")).json(ApiError {
        error: code.to_owned(),
        message: message.to_owned(),
        parameter: None,
        allowed: None,
    })
}

/// The answer to a client over its address's request rate: JSON, as every
/// API answer, with `Retry-After`.
pub fn too_many_requests(wait_seconds: u64) -> HttpResponse {
    let mut res = error(
        StatusCode::TOO_MANY_REQUESTS,
        "too-many-requests",
        "Too many requests from this address; try again after the seconds in Retry-After.",
    );
    if let Ok(v) = actix_web::http::header::HeaderValue::from_str(&wait_seconds.max(1).to_string()) {
        res.headers_mut().insert(actix_web::http::header::RETRY_AFTER, v);
    }
    res
}

fn unavailable(e: impl std::fmt::Display) -> HttpResponse {
    tracing::error!(error = %e, "an API request could not read the database");
    error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "The database cannot be reached; try again in a minute.")
}

/// The organisation whose token the request carries.
async fn organisation(req: &HttpRequest, state: &AppState) -> Result<crate::domain::OrganisationId, HttpResponse> {
    let token = req
        .headers()
        .get("authorization")
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.len() < 200);
    let Some(token) = token else {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Send an API token: Authorization: Bearer <token>.",
        ));
    };
    match store::api_tokens::organisation_of(&state.db, token).await {
        Ok(Some(org)) => Ok(org),
        Ok(None) => Err(error(StatusCode::UNAUTHORIZED, "unauthorized", "This token is unknown or revoked.")),
        Err(e) => Err(unavailable(e)),
    }
}

/// Consultations of the token's organisation, newest first (drafts left out).
#[utoipa::path(
    get,
    path = "/api/v1/consultations",
    responses(
        (status = 200, description = "The organisation's consultations", body = Vec<ConsultationSummary>),
        (status = 401, description = "No token, or an unknown or revoked one", body = ApiError),
        (status = 429, description = "Too many requests from this address; `Retry-After` says when to try again", body = ApiError),
        (status = 503, description = "The database cannot be reached; try again in a minute", body = ApiError),
    )
)]
pub async fn consultations(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let org = match organisation(&req, &state).await {
        Ok(org) => org,
        Err(res) => return res,
    };
    let list = match store::consultations::list(&state.db, org).await {
        Ok(list) => list,
        Err(e) => return unavailable(e),
    };
    let mut out = Vec::new();
    for (c, _) in list.into_iter().filter(|(c, _)| c.state != State::Draft) {
        let live = match state.live_survey(&c).await {
            Ok(live) => live,
            Err(e) => return unavailable(e),
        };
        let channels = match super::admin::channel_names(&state, &c).await {
            Ok(ch) => ch.into_iter().collect(),
            Err(e) => return unavailable(e),
        };
        let titles = c.languages.iter().map(|l| (l.clone(), c.title(&live, l))).collect();
        out.push(ConsultationSummary {
            slug: c.slug.clone(),
            state: c.state.as_str().to_owned(),
            titles,
            languages: c.languages.clone(),
            audiences: c.audiences.clone(),
            areas: c.area_ids(),
            channels,
            k: c.k(),
            opens_on: c.opens_on,
            closes_on: c.closes_on,
        });
    }
    HttpResponse::Ok().insert_header(("cache-control", "no-store")).json(out)
}

/// Aggregated results of a consultation, with optional filters that combine.
/// When the filters select fewer than k responses, `too_few` is true and
/// nothing else is given.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{slug}/results",
    params(
        ("slug" = String, Path, description = "The consultation"),
        ("audience" = Option<Audience>, Query, description = "Only this audience"),
        ("language" = Option<String>, Query, description = "Only responses in this language"),
        ("area" = Option<String>, Query, description = "Only this area id"),
        ("channel" = Option<i32>, Query, description = "Only this channel id"),
    ),
    responses(
        (status = 200, description = "Results, every count published by the cell key method", body = Results),
        (status = 400, description = "A filter value the consultation does not have; `allowed` lists the values it has", body = ApiError),
        (status = 401, description = "No token, or an unknown or revoked one", body = ApiError),
        (status = 429, description = "Too many requests from this address; `Retry-After` says when to try again", body = ApiError),
        (status = 503, description = "The database cannot be reached; try again in a minute", body = ApiError),
        (status = 404, description = "No such consultation in the token's organisation", body = ApiError),
        (status = 409, description = "The consultation still takes answers: results come once it has closed", body = ApiError),
    )
)]
pub async fn results(req: HttpRequest, state: web::Data<AppState>, slug: web::Path<String>) -> HttpResponse {
    let org = match organisation(&req, &state).await {
        Ok(org) => org,
        Err(res) => return res,
    };
    let c = match store::consultations::by_slug(&state.db, &slug).await {
        Ok(Some(c)) if c.organisation_id == org && c.state != State::Draft => c,
        Ok(_) => return error(StatusCode::NOT_FOUND, "not-found", "No such consultation for this token."),
        Err(e) => return unavailable(e),
    };
    let channels = match super::admin::channel_names(&state, &c).await {
        Ok(ch) => ch,
        Err(e) => return unavailable(e),
    };
    let filter: Filter = match super::admin::filter_of(req.query_string(), &c, &channels) {
        Ok(f) => f,
        Err(bad) => {
            return HttpResponse::BadRequest().insert_header(("cache-control", "no-store")).json(ApiError {
                error: "bad-filter".into(),
                message: bad.to_string(),
                parameter: Some(bad.parameter.to_owned()),
                allowed: Some(bad.allowed),
            });
        }
    };
    if !c.figures_final() {
        return error(
            StatusCode::CONFLICT,
            "not-yet",
            "Results are given once the consultation has closed: figures read while children answer would show what the newest one said.",
        );
    }
    let computed = async {
        let live = state.live_survey(&c).await.map_err(|e| e.to_string())?;
        super::admin::report(&state, &c, &live, &filter).await.map_err(|e| e.to_string())
    };
    match computed.await {
        Ok(report) => HttpResponse::Ok()
            .insert_header(("cache-control", "no-store"))
            .json(Results { consultation: c.slug.clone(), results: report }),
        Err(e) => unavailable(e),
    }
}

/// A network's indicator values, for its secretariat's integrations.
#[derive(Serialize, ToSchema)]
pub struct NetworkIndicators {
    pub network: String,
    /// How every value is computed.
    pub method: String,
    /// One value per indicator, member city, wave (consultation) and audience,
    /// from consultations the members chose to share, once closed.
    pub values: Vec<crate::domain::indicators::Point>,
}

/// Indicator values of a network's member cities. Read with a token of the
/// network's secretariat. Each value comes from a consultation's published
/// (perturbed) figures only; `x`, `n`, `share` and the interval are null, and
/// `missing` says why, when any figure it would need reads fewer than k.
#[utoipa::path(
    get,
    path = "/api/v1/networks/{slug}/indicators",
    params(("slug" = String, Path, description = "The network")),
    responses(
        (status = 200, description = "Indicator values with their 95% Wilson intervals", body = NetworkIndicators),
        (status = 401, description = "No token, or an unknown or revoked one", body = ApiError),
        (status = 429, description = "Too many requests from this address; `Retry-After` says when to try again", body = ApiError),
        (status = 503, description = "The database cannot be reached; try again in a minute", body = ApiError),
        (status = 404, description = "No such network run by the token's organisation", body = ApiError),
    )
)]
pub async fn network_indicators(req: HttpRequest, state: web::Data<AppState>, slug: web::Path<String>) -> HttpResponse {
    let org = match organisation(&req, &state).await {
        Ok(org) => org,
        Err(res) => return res,
    };
    let network = match store::networks::by_slug(&state.db, &slug).await {
        Ok(Some(n)) if n.organisation_id == org => n,
        Ok(_) => return error(StatusCode::NOT_FOUND, "not-found", "No such network for this token."),
        Err(e) => return unavailable(e),
    };
    match super::networks::points(&state, &network, false).await {
        Ok(values) => HttpResponse::Ok().insert_header(("cache-control", "no-store")).json(NetworkIndicators {
            network: network.slug.clone(),
            method: super::networks::METHOD.to_owned(),
            values,
        }),
        Err(e) => unavailable(e),
    }
}

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok().content_type("application/json").body(ApiDoc::openapi().to_pretty_json().unwrap_or_default())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(crate::web::resource("/api/openapi.json", &["GET"]).route(web::get().to(openapi)))
        .service(crate::web::resource("/api/v1/consultations", &["GET"]).route(web::get().to(consultations)))
        .service(crate::web::resource("/api/v1/consultations/{slug}/results", &["GET"]).route(web::get().to(results)))
        .service(
            crate::web::resource("/api/v1/networks/{slug}/indicators", &["GET"])
                .route(web::get().to(network_indicators)),
        );
}

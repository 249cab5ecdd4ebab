//! `/admin/networks`: a member's networks and invitations; for people of a
//! network's secretariat, the network dashboard of indicators, members and
//! exports; for members, the network's template library; and, on a
//! consultation, its owner's choice to share it with a network.

use super::consultations::owned;
use super::{AdminError, Officer, html, see_other};
use crate::domain::Audience;
use crate::domain::indicators;
use crate::store::networks::{self, Invited, Network};
use crate::views::Page;
use crate::views::network as views;
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

async fn network(state: &AppState, officer: &Officer, slug: &str) -> Result<Network, AdminError> {
    networks::by_slug(&state.db, slug).await?.ok_or_else(|| officer.error(ErrorKind::NotFound))
}

/// The network, when the officer works in its secretariat (whose people all
/// read the network, as its API tokens do; network admins also invite);
/// "not found" for everyone else, members included.
async fn staffed(state: &AppState, officer: &Officer, slug: &str) -> Result<Network, AdminError> {
    let n = network(state, officer, slug).await?;
    if n.organisation_id == officer.user.organisation_id { Ok(n) } else { Err(officer.error(ErrorKind::NotFound)) }
}

/// The network, when the officer's organisation is an accepted member (or
/// the officer is of its staff).
async fn joined(state: &AppState, officer: &Officer, slug: &str) -> Result<(Network, bool), AdminError> {
    let n = network(state, officer, slug).await?;
    let staff = n.organisation_id == officer.user.organisation_id;
    let member = networks::is_member(&state.db, n.id, officer.user.organisation_id).await?;
    if staff || member { Ok((n, member)) } else { Err(officer.error(ErrorKind::NotFound)) }
}

/// Records an event in another organisation's audit log (the network's, or a member's).
async fn audit_in(
    state: &AppState,
    officer: &Officer,
    organisation_id: crate::domain::OrganisationId,
    action: &str,
    detail: String,
) -> Result<(), AdminError> {
    let entry = crate::store::audit::Entry {
        organisation_id,
        user_id: Some(officer.user.id),
        consultation_id: None,
        action,
        detail: format!("{detail} (by {} of {})", officer.user.email, officer.user.organisation_name),
    };
    Ok(crate::store::audit::record(&state.db, entry).await?)
}

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    let memberships = networks::memberships(&state.db, officer.user.organisation_id).await?;
    let hosted = networks::hosted_by(&state.db, officer.user.organisation_id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::index(&page, &officer, &memberships, hosted.as_ref())))
}

/// `?indicator=&audience=` of the dashboard.
#[derive(serde::Deserialize)]
struct DashboardQuery {
    indicator: Option<String>,
    audience: Option<Audience>,
}

/// A network admin invites an organisation by its slug.
#[derive(serde::Deserialize)]
struct InviteForm {
    #[serde(default)]
    organisation: String,
}

/// Share a consultation with a network, or stop.
#[derive(serde::Deserialize)]
struct ShareForm {
    #[serde(default)]
    network: String,
    share: YesNo,
}

#[derive(serde::Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum YesNo {
    Yes,
    No,
}

/// A member publishes the template of one of its consultations.
#[derive(serde::Deserialize)]
struct PublishForm {
    consultation: crate::domain::ConsultationId,
}

async fn dashboard_page(
    req: &HttpRequest,
    state: &AppState,
    officer: &Officer,
    n: &Network,
    invite_error: Option<&'static str>,
) -> Result<HttpResponse, AdminError> {
    let members = networks::members(&state.db, n.id).await?;
    let points = crate::web::networks::points(state, n, false).await?;
    // The chart asked for; an audience that is not one is the 400 page.
    let q = web::Query::<DashboardQuery>::from_query(req.query_string())
        .map_err(|_| officer.error(ErrorKind::BadRequest))?
        .into_inner();
    let indicator = match q.indicator {
        Some(id) => Some(indicators::find(&id).ok_or_else(|| officer.error(ErrorKind::BadRequest))?),
        None => points.first().and_then(|p| indicators::find(&p.indicator)).or_else(|| indicators::bank().first()),
    };
    let audience = match q.audience {
        Some(a) => Some(a),
        None => indicator.and_then(|i| {
            points
                .iter()
                .find(|p| p.indicator == i.id && p.share.is_some())
                .map(|p| p.audience)
                .or_else(|| i.audiences.last().copied())
        }),
    };
    let page = Page { locales: state.locales, lang: &officer.lang };
    let d = views::Dashboard {
        network: n,
        members: &members,
        points: &points,
        indicator,
        audience,
        can_invite: officer.user.network_role == Some(crate::domain::account::NetworkRole::Admin),
        invite_error,
    };
    let status = if invite_error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(html(status, views::dashboard(&page, officer, &d)))
}

pub async fn dashboard(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AdminError> {
    let n = staffed(&state, &officer, &slug).await?;
    dashboard_page(&req, &state, &officer, &n, None).await
}

/// A network admin invites an organisation by its slug.
pub async fn invite(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let n = staffed(&state, &officer, &slug).await?;
    if officer.user.network_role != Some(crate::domain::account::NetworkRole::Admin) {
        return Err(officer.error(ErrorKind::Forbidden));
    }
    let form: InviteForm = officer.posted(&req, payload).await?;
    let org = form.organisation.trim().to_lowercase();
    match networks::invite(&state.db, &n, &org, today()).await? {
        None => dashboard_page(&req, &state, &officer, &n, Some("network-error-no-organisation")).await,
        Some((_, _, Invited::Already)) => {
            dashboard_page(&req, &state, &officer, &n, Some("network-error-invited")).await
        }
        Some((org_id, name, Invited::New)) => {
            officer.audit(&state.db, None, "network-member-invited", format!("{name} ({org})")).await?;
            audit_in(&state, &officer, org_id, "network-invitation-received", n.name.clone()).await?;
            Ok(see_other(crate::paths::network(&n.slug) + "#members"))
        }
    }
}

/// A member's owner accepts an invitation.
pub async fn accept(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    officer.posted_form(&req, payload).await?;
    let n = network(&state, &officer, &slug).await?;
    if !networks::accept(&state.db, n.id, officer.user.organisation_id, today()).await? {
        return Err(officer.error(ErrorKind::NotFound));
    }
    officer.audit(&state.db, None, "network-joined", n.name.clone()).await?;
    audit_in(&state, &officer, n.organisation_id, "network-member-accepted", officer.user.organisation_name.clone())
        .await?;
    Ok(see_other("/admin/networks".into()))
}

async fn export(
    state: &AppState,
    officer: &Officer,
    slug: &str,
    format: &str,
) -> Result<(Network, Vec<indicators::Point>), AdminError> {
    let n = staffed(state, officer, slug).await?;
    let points = crate::web::networks::points(state, &n, false).await?;
    officer.audit(&state.db, None, "network-indicators-exported", format.to_owned()).await?;
    Ok((n, points))
}

pub async fn export_csv(
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AdminError> {
    let (n, points) = export(&state, &officer, &slug, "csv").await?;
    Ok(super::results::download(
        &format!("{}-indicators.csv", n.slug),
        "text/csv; charset=utf-8",
        crate::web::networks::indicators_csv(&points),
    ))
}

pub async fn export_json(
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AdminError> {
    let (n, points) = export(&state, &officer, &slug, "json").await?;
    let body = serde_json::json!({ "network": n.slug, "method": crate::web::networks::METHOD, "values": points });
    Ok(super::results::download(&format!("{}-indicators.json", n.slug), "application/json", body.to_string()))
}

async fn library_page(
    state: &AppState,
    officer: &Officer,
    n: &Network,
    member: bool,
    notice: Option<String>,
) -> Result<HttpResponse, AdminError> {
    let templates = networks::library(&state.db, n.id).await?;
    let mut publishable = Vec::new();
    if member && officer.user.role.can_edit() {
        let list = crate::store::consultations::list(&state.db, officer.user.organisation_id).await?;
        for (c, _) in list {
            let live = state.live_survey(&c).await?;
            let lang =
                if c.languages.contains(&officer.lang) { officer.lang.clone() } else { c.default_language.clone() };
            publishable.push((c.id, format!("{} ({})", c.title(&live, &lang), live.survey().id)));
        }
    }
    let page = Page { locales: state.locales, lang: &officer.lang };
    let l = views::Library {
        network: n,
        templates: &templates,
        publishable: &publishable,
        can_copy: member && officer.user.role.can_edit(),
        notice,
    };
    Ok(html(StatusCode::OK, views::library(&page, officer, &l)))
}

pub async fn library(
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
) -> Result<HttpResponse, AdminError> {
    let (n, member) = joined(&state, &officer, &slug).await?;
    library_page(&state, &officer, &n, member, None).await
}

/// A member publishes the template one of its consultations uses (as it
/// stands: with the organisation's wording) to the library.
pub async fn publish(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (n, member) = joined(&state, &officer, &slug).await?;
    if !member {
        return Err(officer.error(ErrorKind::Forbidden));
    }
    let form: PublishForm = officer.posted(&req, payload).await?;
    let id = form.consultation;
    let (c, live) = owned(&state, &officer, id).await?;
    let title = c.title(&live, &c.default_language);
    let version =
        networks::publish_template(&state.db, n.id, officer.user.organisation_id, &live.template, &title, today())
            .await?;
    let detail = format!("{} · {} · version {version}", n.name, live.survey().id);
    officer.audit(&state.db, Some(c.id), "template-published-to-network", detail.clone()).await?;
    audit_in(&state, &officer, n.organisation_id, "network-template-published", detail).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    let notice = page.t_args("network-published", &crate::views::arg("version", version));
    library_page(&state, &officer, &n, member, Some(notice)).await
}

/// A member copies a library template into a new draft consultation, which
/// keeps the template's attribution and version.
pub async fn copy(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    path: web::Path<(String, i32)>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let (slug, id) = path.into_inner();
    let (n, member) = joined(&state, &officer, &slug).await?;
    if !member {
        return Err(officer.error(ErrorKind::Forbidden));
    }
    officer.posted_form(&req, payload).await?;
    let (entry, template) =
        networks::library_template(&state.db, n.id, id).await?.ok_or_else(|| officer.error(ErrorKind::NotFound))?;
    let attribution = entry.attribution();
    officer.audit(&state.db, None, "template-copied-from-network", format!("{} · {attribution}", n.name)).await?;
    super::consultations::draft_from(&state, &officer, &template, &entry.title, &format!("{} · {attribution}", n.name))
        .await
}

/// The owner shares a consultation's published figures with a network, or
/// stops. Only networks the organisation has joined are offered.
pub async fn share(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<crate::domain::ConsultationId>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    let (c, _) = owned(&state, &officer, *id).await?;
    let form: ShareForm = officer.posted(&req, payload).await?;
    let n = network(&state, &officer, &form.network).await?;
    if !networks::is_member(&state.db, n.id, officer.user.organisation_id).await? {
        return Err(officer.error(ErrorKind::NotFound));
    }
    let shared = form.share == YesNo::Yes;
    if networks::set_shared(&state.db, n.id, c.id, shared, today()).await? {
        let action = if shared { "consultation-shared-with-network" } else { "consultation-unshared-from-network" };
        officer.audit(&state.db, Some(c.id), action, format!("{} · {}", n.name, c.slug)).await?;
        audit_in(
            &state,
            &officer,
            n.organisation_id,
            action,
            format!("{} · {}", officer.user.organisation_name, c.slug),
        )
        .await?;
    }
    Ok(see_other(crate::paths::consultation(c.id) + "#networks"))
}

/// The networks a consultation may be shared with, and whether it is.
pub async fn sharing_of(
    state: &AppState,
    officer: &Officer,
    consultation_id: crate::domain::ConsultationId,
) -> Result<Vec<(Network, bool)>, AdminError> {
    let joined: Vec<Network> = networks::memberships(&state.db, officer.user.organisation_id)
        .await?
        .into_iter()
        .filter(|(_, accepted)| accepted.is_some())
        .map(|(n, _)| n)
        .collect();
    if joined.is_empty() {
        return Ok(vec![]);
    }
    let shared = networks::shared_with(&state.db, consultation_id).await?;
    Ok(joined
        .into_iter()
        .map(|n| {
            let s = shared.contains(&n.id);
            (n, s)
        })
        .collect())
}

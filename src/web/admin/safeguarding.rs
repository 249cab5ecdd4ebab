//! The safeguarding leads' review queue, who the leads are, and the email that
//! tells them something needs review (never with the child's words in it).

use super::{AdminError, Officer};
use crate::store::safeguarding;
use crate::views::Page;
use crate::views::admin::safeguarding as views;
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::{HttpRequest, HttpResponse, web};

fn require_lead(officer: &Officer) -> Result<(), AdminError> {
    if officer.user.safeguarding_lead { Ok(()) } else { Err(officer.error(ErrorKind::Forbidden)) }
}

pub async fn queue(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    require_lead(&officer)?;
    let items = safeguarding::queue(&state.db, officer.user.organisation_id).await?;
    let mut shown = Vec::new();
    for item in items {
        let question = match crate::store::consultations::in_organisation(
            &state.db,
            item.consultation_id,
            officer.user.organisation_id,
        )
        .await?
        {
            Some(c) => {
                let live = state.live_survey(&c).await?;
                let audience = item.audience.parse().ok();
                live.texts.text(&officer.lang, &format!("q-{}", item.question), audience)
            }
            None => item.question.clone(),
        };
        shown.push((item, question));
    }
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(HttpResponse::Ok()
        .insert_header(("cache-control", "no-store"))
        .content_type("text/html; charset=utf-8")
        .body(views::queue(&page, &officer, &shown).into_string()))
}

pub async fn reviewed(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    require_lead(&officer)?;
    officer.posted_form(&req, payload).await?;
    if !safeguarding::mark_reviewed(&state.db, officer.user.organisation_id, *id).await? {
        return Err(officer.error(ErrorKind::NotFound));
    }
    officer.audit(&state.db, None, "flag-reviewed", id.to_string()).await?;
    Ok(HttpResponse::SeeOther().insert_header(("location", "/admin/safeguarding")).finish())
}

/// "Safeguarding lead": a check box.
#[derive(serde::Deserialize)]
pub struct LeadForm {
    lead: Option<String>,
}

/// Owners name and un-name safeguarding leads.
pub async fn set_lead(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_owner()?;
    let form: LeadForm = officer.posted(&req, payload).await?;
    let lead = form.lead.as_deref() == Some("yes");
    if !safeguarding::set_lead(&state.db, officer.user.organisation_id, *id, lead).await? {
        return Err(officer.error(ErrorKind::NotFound));
    }
    let person = crate::store::accounts::by_id(&state.db, *id).await?.map(|u| u.email).unwrap_or_default();
    officer.audit(&state.db, None, if lead { "lead-named" } else { "lead-removed" }, person).await?;
    Ok(HttpResponse::SeeOther().insert_header(("location", "/admin/people")).finish())
}

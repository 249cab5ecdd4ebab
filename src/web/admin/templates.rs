//! `/admin/templates`: the organisation's own library. Editors import an
//! XLSForm (checked like every template; every problem listed with its
//! sheet, row and column) and start a draft consultation from any version;
//! analysts read. Every change is audited.

use super::{AdminError, Officer, html};
use crate::store::templates;
use crate::views::Page;
use crate::views::admin::templates as views;
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

async fn page(
    state: &AppState,
    officer: &Officer,
    status: StatusCode,
    problems: &[String],
    notice: Option<String>,
) -> Result<HttpResponse, AdminError> {
    let saved = templates::list(&state.db, officer.user.organisation_id).await.map_err(|e| officer.db(e))?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(status, views::index(&page, officer, &saved, problems, notice.as_deref())))
}

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    page(&state, &officer, StatusCode::OK, &[], None).await
}

pub async fn import(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let parts = officer.posted_upload(&req, payload).await?;
    let file = parts.iter().find(|(k, _)| k == "file").map(|(_, v)| v.as_slice()).unwrap_or_default();
    let imported = match crate::xlsform::import(file, "imported") {
        Ok(i) => i,
        Err(problems) => return page(&state, &officer, StatusCode::UNPROCESSABLE_ENTITY, &problems, None).await,
    };
    let t = &imported.template;
    let title = imported.converted.texts.get(&t.survey.default_language).map_or_else(
        || t.survey.id.clone(),
        |_| {
            crate::domain::texts::SurveyTexts::from_checked(&t.survey, &t.texts).text(
                &t.survey.default_language,
                "title",
                None,
            )
        },
    );
    let today = chrono::Utc::now().date_naive();
    let saved = templates::save(&state.db, officer.user.organisation_id, t, &title, "XLSForm", today)
        .await
        .map_err(|e| officer.db(e))?;
    officer
        .audit(&state.db, None, "template-imported", format!("{} · version {}", saved.template_id, saved.version))
        .await?;
    let p = Page { locales: state.locales, lang: &officer.lang };
    let mut args = crate::views::arg("template", saved.title.clone());
    args.set("version", saved.version);
    let mut notice = p.t_args("admin-templates-imported", &args);
    for w in &imported.converted.warnings {
        notice.push_str(&format!(" {w}."));
    }
    page(&state, &officer, StatusCode::OK, &[], Some(notice)).await
}

/// Starts a draft consultation from a version of the library.
pub async fn use_template(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    officer.posted_form(&req, payload).await?;
    let (saved, template) = templates::get(&state.db, officer.user.organisation_id, *id)
        .await
        .map_err(|e| officer.db(e))?
        .ok_or_else(|| officer.error(ErrorKind::NotFound))?;
    let source = format!("{} · {} · version {}", officer.user.organisation_name, saved.template_id, saved.version);
    super::consultations::draft_from(&state, &officer, &template, &saved.title, &source).await
}

//! `/admin/areas`: an organisation's area sets. Editors upload GeoJSON (every
//! problem is listed at once, nothing is stored half-way); everyone in the
//! organisation can look at a set's map and names.

use super::{AdminError, Officer, html, see_other};
use crate::domain::map::{ConsultationMap, GridShape};
use crate::store::areas::{self, ImportError};
use crate::views::Page;
use crate::views::admin::areas::{self as views, Upload};
use crate::views::pages::ErrorKind;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

pub async fn index(state: web::Data<AppState>, officer: Officer) -> Result<HttpResponse, AdminError> {
    let sets = areas::list(&state.db, officer.user.organisation_id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::index(&page, &officer, &sets, &Upload::default())))
}

pub async fn upload(
    req: HttpRequest,
    state: web::Data<AppState>,
    officer: Officer,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    officer.require_editor()?;
    let parts = officer.posted_upload(&req, payload).await?;
    let text = |name: &str| {
        parts
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| crate::web::form_body::clean(String::from_utf8_lossy(v).trim()))
            .unwrap_or_default()
    };
    let file = parts.iter().find(|(k, _)| k == "file").map(|(_, v)| v.as_slice()).unwrap_or_default();
    let mut form = Upload {
        title: text("title").chars().take(200).collect(),
        slug: text("slug").to_lowercase(),
        name_property: text("name_property"),
        ..Upload::default()
    };
    let name_property = if form.name_property.is_empty() { "name".to_owned() } else { form.name_property.clone() };
    if form.title.is_empty() {
        form.title = page_title(&state, &officer);
    }
    let slug =
        if form.slug.is_empty() { crate::domain::setup::suggest_slug(&form.title, "areas") } else { form.slug.clone() };
    let source = std::str::from_utf8(file).ok();
    form.form_error = if file.is_empty() {
        Some("admin-areas-error-file")
    } else if source.is_none() {
        Some("admin-areas-error-utf8")
    } else if !crate::domain::survey::is_valid_id(&slug) {
        Some("admin-error-slug")
    } else {
        None
    };
    let (Some(source), None) = (source, form.form_error) else {
        return rejected(&state, &officer, &form).await;
    };
    match areas::import(&state.db, officer.user.organisation_id, &slug, &form.title, source, &name_property).await {
        Ok(info) => {
            let detail = format!("{} v{} ({} areas)", info.slug, info.version, info.areas);
            officer.audit(&state.db, None, "area-set-uploaded", detail).await?;
            Ok(see_other(crate::paths::area_set(info.id)))
        }
        Err(ImportError::Invalid(errors)) => {
            form.errors = errors;
            rejected(&state, &officer, &form).await
        }
        Err(ImportError::Db(e)) => Err(e.into()),
    }
}

async fn rejected(state: &AppState, officer: &Officer, form: &Upload) -> Result<HttpResponse, AdminError> {
    let sets = areas::list(&state.db, officer.user.organisation_id).await?;
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::UNPROCESSABLE_ENTITY, views::index(&page, officer, &sets, form)))
}

fn page_title(state: &AppState, officer: &Officer) -> String {
    state.locales.t(&officer.lang, "admin-areas-default-title")
}

async fn owned(
    state: &AppState,
    officer: &Officer,
    id: i32,
) -> Result<(areas::AreaSetInfo, crate::domain::map::AreaSet), AdminError> {
    areas::in_organisation(&state.db, id, officer.user.organisation_id)
        .await?
        .ok_or_else(|| officer.error(ErrorKind::NotFound))
}

pub async fn detail(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AdminError> {
    let (info, set) = owned(&state, &officer, *id).await?;
    let mut languages: Vec<String> =
        set.areas.iter().flat_map(|a| a.names.keys().filter(|l| !l.is_empty()).cloned()).collect();
    languages.sort();
    languages.dedup();
    let map = ConsultationMap::new(info.id, set, GridShape::Hex, crate::domain::map::DEFAULT_CELL_M);
    let page = Page { locales: state.locales, lang: &officer.lang };
    Ok(html(StatusCode::OK, views::detail(&page, &officer, &info, &map, &languages)))
}

/// The set as stored (simplified), to open in QGIS or to edit and upload again.
pub async fn download(
    state: web::Data<AppState>,
    officer: Officer,
    id: web::Path<i32>,
) -> Result<HttpResponse, AdminError> {
    let (info, set) = owned(&state, &officer, *id).await?;
    let name = format!("{}-v{}.geojson", info.slug, info.version);
    Ok(super::results::download(&name, "application/geo+json", set.to_geojson().to_string()))
}

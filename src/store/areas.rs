//! Area sets: each upload under a slug is a new version; versions never
//! change, so a consultation keeps the map it was given.

use super::entities::area_set;
use crate::domain::ids::OrganisationId;
use crate::domain::map::{AreaSet, parse_geojson};
use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

/// An area set version, without its shapes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaSetInfo {
    pub id: i32,
    pub organisation_id: OrganisationId,
    pub slug: String,
    pub version: i32,
    pub title: String,
    pub areas: i32,
    pub created_on: NaiveDate,
}

fn info(m: area_set::Model) -> AreaSetInfo {
    AreaSetInfo {
        id: m.id,
        organisation_id: crate::domain::OrganisationId(m.organisation_id),
        slug: m.slug,
        version: m.version,
        title: m.title,
        areas: m.areas,
        created_on: m.created_on,
    }
}

/// Stores `set` as the next version of `slug`; returns the new version's info.
pub async fn save(
    db: &sea_orm::DatabaseConnection,
    organisation_id: OrganisationId,
    slug: &str,
    title: &str,
    set: &AreaSet,
    today: NaiveDate,
) -> Result<AreaSetInfo, DbErr> {
    let tx = db.begin().await?;
    let last: Option<i32> = area_set::Entity::find()
        .select_only()
        .column_as(area_set::Column::Version.max(), "v")
        .filter(area_set::Column::OrganisationId.eq(organisation_id))
        .filter(area_set::Column::Slug.eq(slug))
        .into_tuple::<Option<i32>>()
        .one(&tx)
        .await?
        .flatten();
    let model = area_set::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        organisation_id: Set(organisation_id.0),
        slug: Set(slug.to_owned()),
        version: Set(last.unwrap_or(0) + 1),
        title: Set(title.chars().take(200).collect()),
        geojson: Set(set.to_geojson().to_string()),
        areas: Set(i32::try_from(set.areas.len()).unwrap_or(i32::MAX)),
        created_on: Set(today),
    };
    let inserted = area_set::Entity::insert(model).exec(&tx).await?;
    let row = area_set::Entity::find_by_id(inserted.last_insert_id)
        .one(&tx)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("area set just stored".into()))?;
    tx.commit().await?;
    Ok(info(row))
}

/// An organisation's area sets, every version, by slug then newest version first.
pub async fn list(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Vec<AreaSetInfo>, DbErr> {
    let rows = area_set::Entity::find()
        .select_only()
        .columns([
            area_set::Column::Id,
            area_set::Column::OrganisationId,
            area_set::Column::Slug,
            area_set::Column::Version,
            area_set::Column::Title,
            area_set::Column::Areas,
            area_set::Column::CreatedOn,
        ])
        .column_as(sea_orm::sea_query::Expr::value(""), "geojson")
        .filter(area_set::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(area_set::Column::Slug)
        .order_by_desc(area_set::Column::Version)
        .into_model::<area_set::Model>()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(info).collect())
}

/// One version with its areas. Stored sets were checked on the way in; one
/// that no longer reads is reported as an error, never half-used.
pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<Option<(AreaSetInfo, AreaSet)>, DbErr> {
    let Some(m) = area_set::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    let set = parse_geojson(&m.geojson, "name").map_err(|e| {
        DbErr::Custom(format!("area set {id} is damaged: {}", e.first().map(|e| format!("{e:?}")).unwrap_or_default()))
    })?;
    Ok(Some((info(m), set)))
}

/// One version, if it belongs to the organisation.
pub async fn in_organisation(
    db: &impl ConnectionTrait,
    id: i32,
    organisation_id: OrganisationId,
) -> Result<Option<(AreaSetInfo, AreaSet)>, DbErr> {
    Ok(get(db, id).await?.filter(|(i, _)| i.organisation_id == organisation_id))
}

/// Why an upload was not stored.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{} problem(s) in the file", .0.len())]
    Invalid(Vec<crate::domain::map::GeoError>),
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// Checks a GeoJSON file, simplifies its shapes, and stores them as the
/// next version of `slug`. Nothing is stored unless every feature is valid.
pub async fn import(
    db: &sea_orm::DatabaseConnection,
    organisation_id: OrganisationId,
    slug: &str,
    title: &str,
    source: &str,
    name_property: &str,
) -> Result<AreaSetInfo, ImportError> {
    let set = parse_geojson(source, name_property).map_err(ImportError::Invalid)?.simplified();
    Ok(save(db, organisation_id, slug, title, &set, chrono::Utc::now().date_naive()).await?)
}

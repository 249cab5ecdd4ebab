//! An organisation's own template library: versions that never change.

use super::entities::template;
use crate::domain::Template;
use crate::domain::ids::OrganisationId;
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub id: i32,
    pub template_id: String,
    pub version: i32,
    pub title: String,
    pub source: String,
    pub created_on: NaiveDate,
}

/// Saves a template as the next version under its id.
pub async fn save(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    t: &Template,
    title: &str,
    source: &str,
    today: NaiveDate,
) -> Result<Saved, DbErr> {
    let last: Option<i32> = template::Entity::find()
        .select_only()
        .column(template::Column::Version)
        .filter(template::Column::OrganisationId.eq(organisation_id))
        .filter(template::Column::TemplateId.eq(t.survey.id.clone()))
        .order_by_desc(template::Column::Version)
        .into_tuple()
        .one(db)
        .await?;
    let snapshot = serde_json::to_string(t).map_err(|e| DbErr::Custom(e.to_string()))?;
    let m = template::ActiveModel {
        organisation_id: Set(organisation_id.0),
        template_id: Set(t.survey.id.clone()),
        version: Set(last.unwrap_or(0) + 1),
        title: Set(title.chars().take(200).collect()),
        source: Set(source.chars().take(300).collect()),
        snapshot: Set(snapshot),
        created_on: Set(today),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(to_saved(m))
}

fn to_saved(m: template::Model) -> Saved {
    Saved {
        id: m.id,
        template_id: m.template_id,
        version: m.version,
        title: m.title,
        source: m.source,
        created_on: m.created_on,
    }
}

/// Every version of the organisation's templates, by id then newest first.
pub async fn list(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Vec<Saved>, DbErr> {
    // Without the (large) snapshots.
    let rows: Vec<(i32, String, i32, String, String, NaiveDate)> = template::Entity::find()
        .select_only()
        .columns([
            template::Column::Id,
            template::Column::TemplateId,
            template::Column::Version,
            template::Column::Title,
            template::Column::Source,
            template::Column::CreatedOn,
        ])
        .filter(template::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(template::Column::TemplateId)
        .order_by_desc(template::Column::Version)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, template_id, version, title, source, created_on)| Saved {
            id,
            template_id,
            version,
            title,
            source,
            created_on,
        })
        .collect())
}

/// One version with its template, if it is the organisation's.
pub async fn get(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    id: i32,
) -> Result<Option<(Saved, Template)>, DbErr> {
    let Some(m) =
        template::Entity::find_by_id(id).filter(template::Column::OrganisationId.eq(organisation_id)).one(db).await?
    else {
        return Ok(None);
    };
    let t: Template = serde_json::from_str(&m.snapshot).map_err(|e| DbErr::Custom(e.to_string()))?;
    Ok(Some((to_saved(m), t)))
}

//! Consultations and their organisations.

use super::entities::{consultation, organisation};
use crate::domain::consultation::DEFAULT_K;
use crate::domain::{Audience, Consultation, State, Template};
use chrono::NaiveDate;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Db(#[from] DbErr),
    #[error("consultation {id} has a damaged {what}: {cause}")]
    Corrupt {
        id: i32,
        what: &'static str,
        cause: String,
    },
}

fn json<T: serde::de::DeserializeOwned>(
    id: i32,
    what: &'static str,
    s: &str,
) -> Result<T, LoadError> {
    serde_json::from_str(s).map_err(|e| LoadError::Corrupt {
        id,
        what,
        cause: e.to_string(),
    })
}

fn to_domain(m: &consultation::Model) -> Result<Consultation, LoadError> {
    Ok(Consultation {
        id: m.id,
        slug: m.slug.clone(),
        template_id: m.template_id.clone(),
        state: m.state.parse().map_err(|cause| LoadError::Corrupt {
            id: m.id,
            what: "state",
            cause,
        })?,
        default_language: m.default_language.clone(),
        languages: json(m.id, "languages", &m.languages)?,
        audiences: json(m.id, "audiences", &m.audiences)?,
        areas: json(m.id, "areas", &m.areas)?,
        k_threshold: m.k_threshold,
        help_text: m
            .help_text
            .as_deref()
            .map(|h| json(m.id, "help text", h))
            .transpose()?
            .unwrap_or_default(),
        opens_on: m.opens_on,
        closes_on: m.closes_on,
        snapshot_version: m.snapshot_version,
    })
}

/// The consultation at `slug`, without its (large) snapshot.
pub async fn by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Consultation>, LoadError> {
    let row = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await?;
    row.as_ref().map(to_domain).transpose()
}

/// Consultations open for answers on `today`, newest first.
pub async fn answerable(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> Result<Vec<Consultation>, LoadError> {
    use sea_orm::{Condition, QueryOrder};
    let rows = consultation::Entity::find()
        .filter(consultation::Column::State.eq(State::Open.as_str()))
        .filter(
            Condition::any()
                .add(consultation::Column::OpensOn.is_null())
                .add(consultation::Column::OpensOn.lte(today)),
        )
        .filter(
            Condition::any()
                .add(consultation::Column::ClosesOn.is_null())
                .add(consultation::Column::ClosesOn.gte(today)),
        )
        .order_by_desc(consultation::Column::Id)
        .all(db)
        .await?;
    rows.iter().map(to_domain).collect()
}

/// The template as it was when the consultation was launched.
pub async fn snapshot(db: &impl ConnectionTrait, id: i32) -> Result<Option<Template>, LoadError> {
    let row = consultation::Entity::find_by_id(id).one(db).await?;
    row.map(|m| json(m.id, "snapshot", &m.snapshot)).transpose()
}

/// The organisation with `slug`, created with `name` if it does not exist yet.
pub async fn ensure_organisation(
    db: &impl ConnectionTrait,
    slug: &str,
    name: &str,
    today: NaiveDate,
) -> Result<i32, DbErr> {
    organisation::Entity::insert(organisation::ActiveModel {
        name: Set(name.to_owned()),
        slug: Set(slug.to_owned()),
        created_on: Set(today),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(organisation::Column::Slug)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|o| o.id)
        .ok_or_else(|| DbErr::RecordNotFound(format!("organisation {slug}")))
}

/// What a new consultation is launched with.
pub struct Launch<'a> {
    pub organisation_id: i32,
    pub slug: &'a str,
    pub template: &'a Template,
    pub state: State,
    pub today: NaiveDate,
}

/// Opens a consultation from a template unless one already has the slug.
/// Returns whether it was created: an existing one keeps its snapshot.
pub async fn launch_if_absent(
    db: &impl ConnectionTrait,
    launch: Launch<'_>,
) -> Result<bool, DbErr> {
    let survey = &launch.template.survey;
    let audiences: Vec<Audience> = survey.audiences.clone();
    let snapshot =
        serde_json::to_string(launch.template).map_err(|e| DbErr::Custom(e.to_string()))?;
    let result = consultation::Entity::insert(consultation::ActiveModel {
        organisation_id: Set(launch.organisation_id),
        slug: Set(launch.slug.to_owned()),
        template_id: Set(survey.id.clone()),
        state: Set(launch.state.as_str().to_owned()),
        default_language: Set(survey.default_language.clone()),
        languages: Set(to_json(&survey.languages)),
        audiences: Set(to_json(&audiences)),
        areas: Set(to_json(&survey.areas)),
        k_threshold: Set(DEFAULT_K),
        help_text: Set(None),
        opens_on: Set(None),
        closes_on: Set(None),
        snapshot_version: Set(1),
        snapshot: Set(snapshot),
        created_on: Set(launch.today),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(consultation::Column::Slug)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(result > 0)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

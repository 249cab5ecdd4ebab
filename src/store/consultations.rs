//! Consultations and their organisations.

use super::entities::{consultation, organisation};
use crate::domain::consultation::{Area, DEFAULT_K};
use crate::domain::ids::{ConsultationId, OrganisationId};
use crate::domain::{Audience, Consultation, State, Template};
use chrono::NaiveDate;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Db(#[from] DbErr),
    #[error("consultation {id} has a damaged {what}: {cause}")]
    Corrupt { id: i32, what: &'static str, cause: String },
}

fn json<T: serde::de::DeserializeOwned>(id: i32, what: &'static str, s: &str) -> Result<T, LoadError> {
    serde_json::from_str(s).map_err(|e| LoadError::Corrupt { id, what, cause: e.to_string() })
}

fn to_domain(m: &consultation::Model) -> Result<Consultation, LoadError> {
    Ok(Consultation {
        id: crate::domain::ConsultationId(m.id),
        organisation_id: crate::domain::OrganisationId(m.organisation_id),
        slug: m.slug.clone(),
        template_id: m.template_id.clone(),
        state: m.state.parse().map_err(|cause| LoadError::Corrupt { id: m.id, what: "state", cause })?,
        default_language: m.default_language.clone(),
        languages: json(m.id, "languages", &m.languages)?,
        audiences: json(m.id, "audiences", &m.audiences)?,
        areas: json(m.id, "areas", &m.areas)?,
        titles: m.titles.as_deref().map(|t| json(m.id, "titles", t)).transpose()?.unwrap_or_default(),
        k_threshold: m.k_threshold,
        help_text: m.help_text.as_deref().map(|h| json(m.id, "help text", h)).transpose()?.unwrap_or_default(),
        opens_on: m.opens_on,
        closes_on: m.closes_on,
        snapshot_version: m.snapshot_version,
        requires_code: m.requires_code,
        statements: m.statements.as_deref().map(|t| json(m.id, "statements", t)).transpose()?.unwrap_or_default(),
        results_expected_on: m.results_expected_on,
        closed_on: m.closed_on,
        retention_months: u32::try_from(m.retention_months).unwrap_or(12),
        published_on: m.published_on,
        responses_deleted_on: m.responses_deleted_on,
        area_set_id: m.area_set_id,
        grid_shape: crate::domain::map::GridShape::parse(&m.grid_shape).unwrap_or(crate::domain::map::GridShape::Hex),
        grid_metres: u32::try_from(m.grid_metres)
            .unwrap_or(crate::domain::map::DEFAULT_CELL_M)
            .max(crate::domain::map::MIN_CELL_M),
        copied_from: m.copied_from.clone(),
    })
}

/// Consultations without their (large) snapshot, which only `snapshot` reads.
fn without_snapshot() -> sea_orm::Select<consultation::Entity> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{Iterable, QuerySelect};
    consultation::Entity::find()
        .select_only()
        .columns(consultation::Column::iter().filter(|c| !matches!(c, consultation::Column::Snapshot)))
        .column_as(Expr::value(""), "snapshot")
}

/// The consultation at `slug`, without its (large) snapshot.
pub async fn by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Option<Consultation>, LoadError> {
    let row = without_snapshot()
        .filter(consultation::Column::Slug.eq(slug))
        .into_model::<consultation::Model>()
        .one(db)
        .await?;
    row.as_ref().map(to_domain).transpose()
}

/// Consultations open for answers on `today`, newest first.
pub async fn answerable(db: &impl ConnectionTrait, today: NaiveDate) -> Result<Vec<Consultation>, LoadError> {
    use sea_orm::{Condition, QueryOrder};
    let rows = without_snapshot()
        .filter(consultation::Column::State.eq(State::Open.as_str()))
        .filter(
            Condition::any().add(consultation::Column::OpensOn.is_null()).add(consultation::Column::OpensOn.lte(today)),
        )
        .filter(
            Condition::any()
                .add(consultation::Column::ClosesOn.is_null())
                .add(consultation::Column::ClosesOn.gte(today)),
        )
        .order_by_desc(consultation::Column::Id)
        .into_model::<consultation::Model>()
        .all(db)
        .await?;
    rows.iter().map(to_domain).collect()
}

/// Open consultations whose closing date is before `today` and that have not
/// been marked closed yet (their close summary is still to send).
pub async fn ended_without_summary(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> Result<Vec<Consultation>, LoadError> {
    let rows = consultation::Entity::find()
        .filter(consultation::Column::State.eq(State::Open.as_str()))
        .filter(consultation::Column::ClosesOn.lt(today))
        .filter(consultation::Column::ClosedOn.is_null())
        .all(db)
        .await?;
    rows.iter().map(to_domain).collect()
}

/// Published consultations whose response-level data is still kept.
pub async fn published_with_responses(db: &impl ConnectionTrait) -> Result<Vec<Consultation>, LoadError> {
    let rows = without_snapshot()
        .filter(consultation::Column::State.eq(State::Published.as_str()))
        .filter(consultation::Column::ResponsesDeletedOn.is_null())
        .into_model::<consultation::Model>()
        .all(db)
        .await?;
    rows.iter().map(to_domain).collect()
}

/// The template as it was when the consultation was launched.
pub async fn snapshot(db: &impl ConnectionTrait, id: ConsultationId) -> Result<Option<Template>, LoadError> {
    let row = consultation::Entity::find_by_id(id.0).one(db).await?;
    row.map(|m| json(m.id, "snapshot", &m.snapshot)).transpose()
}

/// The organisation with `slug`, created with `name` if it does not exist yet.
pub async fn ensure_organisation(
    db: &impl ConnectionTrait,
    slug: &str,
    name: &str,
    today: NaiveDate,
) -> Result<OrganisationId, DbErr> {
    organisation::Entity::insert(organisation::ActiveModel {
        name: Set(name.to_owned()),
        slug: Set(slug.to_owned()),
        created_on: Set(today),
        ..Default::default()
    })
    .on_conflict(OnConflict::column(organisation::Column::Slug).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|o| OrganisationId(o.id))
        .ok_or_else(|| DbErr::RecordNotFound(format!("organisation {slug}")))
}

/// What a new consultation is launched with.
pub struct Launch<'a> {
    pub organisation_id: OrganisationId,
    pub slug: &'a str,
    pub template: &'a Template,
    pub state: State,
    pub today: NaiveDate,
    /// The area set version the areas and the map come from.
    pub area_set: Option<(i32, Vec<Area>)>,
}

/// Opens a consultation from a template unless one already has the slug.
/// Returns whether it was created: an existing one keeps its snapshot.
pub async fn launch_if_absent(db: &impl ConnectionTrait, launch: Launch<'_>) -> Result<bool, DbErr> {
    let survey = &launch.template.survey;
    let audiences: Vec<Audience> = survey.audiences.clone();
    let snapshot = serde_json::to_string(launch.template).map_err(|e| DbErr::Custom(e.to_string()))?;
    let result = consultation::Entity::insert(consultation::ActiveModel {
        organisation_id: Set(launch.organisation_id.0),
        slug: Set(launch.slug.to_owned()),
        template_id: Set(survey.id.clone()),
        state: Set(launch.state.as_str().to_owned()),
        default_language: Set(survey.default_language.clone()),
        languages: Set(to_json(&survey.languages)),
        audiences: Set(to_json(&audiences)),
        areas: Set(match &launch.area_set {
            Some((_, areas)) => to_json(areas),
            None => to_json(&survey.areas.iter().map(|id| Area::new(id.clone(), None)).collect::<Vec<_>>()),
        }),
        area_set_id: Set(launch.area_set.as_ref().map(|(id, _)| *id)),
        titles: Set(None),
        requires_code: Set(false),
        statements: Set(None),
        results_expected_on: Set(None),
        closed_on: Set(None),
        k_threshold: Set(DEFAULT_K),
        help_text: Set(None),
        opens_on: Set(None),
        closes_on: Set(None),
        snapshot_version: Set(1),
        snapshot: Set(snapshot),
        created_on: Set(launch.today),
        ..Default::default()
    })
    .on_conflict(OnConflict::column(consultation::Column::Slug).do_nothing().to_owned())
    .exec_without_returning(db)
    .await?;
    Ok(result > 0)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

/// A consultation of one organisation; another organisation's is "absent".
pub async fn in_organisation(
    db: &impl ConnectionTrait,
    id: ConsultationId,
    organisation_id: OrganisationId,
) -> Result<Option<Consultation>, LoadError> {
    let row = without_snapshot()
        .filter(consultation::Column::Id.eq(id))
        .filter(consultation::Column::OrganisationId.eq(organisation_id))
        .into_model::<consultation::Model>()
        .one(db)
        .await?;
    row.as_ref().map(to_domain).transpose()
}

/// An organisation's consultations with their response counts, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
) -> Result<Vec<(Consultation, crate::domain::disclosure::Count)>, LoadError> {
    use sea_orm::QueryOrder;
    let rows = without_snapshot()
        .filter(consultation::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(consultation::Column::Id)
        .into_model::<consultation::Model>()
        .all(db)
        .await?;
    let counts = super::results::responses_per(db, rows.iter().map(|m| ConsultationId(m.id)).collect()).await?;
    let mut out = Vec::new();
    for m in &rows {
        out.push((to_domain(m)?, counts.get(&ConsultationId(m.id)).copied().unwrap_or_default()));
    }
    Ok(out)
}

pub async fn slug_taken(db: &impl ConnectionTrait, slug: &str) -> Result<bool, DbErr> {
    Ok(consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(db).await?.is_some())
}

fn map_json<T: serde::Serialize>(map: &T) -> Option<String> {
    Some(to_json(map))
}

/// Creates a draft consultation from a template snapshot and officer settings.
pub async fn create_draft(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    template: &Template,
    s: &crate::domain::setup::ConsultationSettings,
    today: NaiveDate,
) -> Result<ConsultationId, DbErr> {
    let snapshot = serde_json::to_string(template).map_err(|e| DbErr::Custom(e.to_string()))?;
    let m = consultation::ActiveModel {
        organisation_id: Set(organisation_id.0),
        slug: Set(s.slug.clone()),
        template_id: Set(template.survey.id.clone()),
        state: Set(State::Draft.as_str().to_owned()),
        snapshot_version: Set(1),
        snapshot: Set(snapshot),
        created_on: Set(today),
        ..settings_model(s)
    };
    let inserted = consultation::Entity::insert(m).exec(db).await?;
    Ok(crate::domain::ConsultationId(inserted.last_insert_id))
}

fn settings_model(s: &crate::domain::setup::ConsultationSettings) -> consultation::ActiveModel {
    consultation::ActiveModel {
        default_language: Set(s.default_language.clone()),
        languages: Set(to_json(&s.languages)),
        audiences: Set(to_json(&s.audiences)),
        areas: Set(to_json(&s.areas)),
        titles: Set(map_json(&s.titles)),
        help_text: Set(map_json(&s.help_text)),
        opens_on: Set(s.opens_on),
        closes_on: Set(s.closes_on),
        k_threshold: Set(s.k_threshold),
        requires_code: Set(s.requires_code),
        retention_months: Set(i32::try_from(s.retention_months).unwrap_or(12)),
        area_set_id: Set(s.area_set_id),
        grid_shape: Set(s.grid_shape.as_str().to_owned()),
        grid_metres: Set(i32::try_from(s.grid_metres).unwrap_or(250)),
        ..Default::default()
    }
}

/// Saves settings. The slug, languages, audiences and areas shape the live
/// form, so they change only while the consultation is a draft.
pub async fn update_settings(
    db: &impl ConnectionTrait,
    c: &Consultation,
    s: &crate::domain::setup::ConsultationSettings,
) -> Result<(), DbErr> {
    use sea_orm::ActiveModelTrait;
    let mut m = settings_model(s);
    m.id = Set(c.id.0);
    if c.state == State::Draft {
        m.slug = Set(s.slug.clone());
    } else {
        m.default_language = sea_orm::ActiveValue::NotSet;
        m.languages = sea_orm::ActiveValue::NotSet;
        m.audiences = sea_orm::ActiveValue::NotSet;
        m.areas = sea_orm::ActiveValue::NotSet;
        m.area_set_id = sea_orm::ActiveValue::NotSet;
        m.grid_shape = sea_orm::ActiveValue::NotSet;
        m.grid_metres = sea_orm::ActiveValue::NotSet;
    }
    m.update(db).await?;
    Ok(())
}

pub async fn set_state(db: &impl ConnectionTrait, id: ConsultationId, state: State) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    let mut update =
        consultation::Entity::update_many().col_expr(consultation::Column::State, Expr::value(state.as_str()));
    if state == State::Published {
        // The first publication starts the retention period.
        let today = chrono::Utc::now().date_naive();
        update = update.col_expr(
            consultation::Column::PublishedOn,
            Expr::expr(sea_orm::sea_query::Func::coalesce([
                Expr::col(consultation::Column::PublishedOn),
                Expr::value(today),
            ])),
        );
    }
    update.filter(consultation::Column::Id.eq(id)).exec(db).await?;
    Ok(())
}

pub async fn slug_of(db: &impl ConnectionTrait, id: ConsultationId) -> Result<Option<String>, DbErr> {
    Ok(consultation::Entity::find_by_id(id.0).one(db).await?.map(|c| c.slug))
}

/// Replaces a draft's snapshot with the template as it is now (at launch).
pub async fn resnapshot(db: &impl ConnectionTrait, c: &Consultation, template: &Template) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    let snapshot = serde_json::to_string(template).map_err(|e| DbErr::Custom(e.to_string()))?;
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Snapshot, Expr::value(snapshot))
        .col_expr(consultation::Column::SnapshotVersion, Expr::value(c.snapshot_version + 1))
        .filter(consultation::Column::Id.eq(c.id))
        .exec(db)
        .await?;
    Ok(())
}

/// The consultations with these ids (without snapshots), in id order.
pub async fn by_ids(db: &impl ConnectionTrait, ids: Vec<ConsultationId>) -> Result<Vec<Consultation>, LoadError> {
    use sea_orm::QueryOrder;
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let rows = without_snapshot()
        .filter(consultation::Column::Id.is_in(ids))
        .order_by_asc(consultation::Column::Id)
        .into_model::<consultation::Model>()
        .all(db)
        .await?;
    rows.iter().map(to_domain).collect()
}

/// Records that a draft was made from a network library template, so launch
/// keeps that template instead of taking the shipped one of the same id.
pub async fn set_copied_from(db: &impl ConnectionTrait, id: ConsultationId, attribution: &str) -> Result<(), DbErr> {
    consultation::Entity::update_many()
        .col_expr(
            consultation::Column::CopiedFrom,
            sea_orm::sea_query::Expr::value(attribution.chars().take(300).collect::<String>()),
        )
        .filter(consultation::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

//! Flags on children's words for the safeguarding lead, and who the leads are.

use super::accounts::{User, people};
use super::entities::{answer, consultation, flag, response, user};
use crate::domain::ids::{ConsultationId, OrganisationId};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

/// A flagged text as a lead sees it: nothing that identifies the child, because nothing does.
#[derive(Clone, Debug)]
pub struct FlaggedText {
    pub id: i64,
    pub consultation_slug: String,
    pub consultation_id: ConsultationId,
    pub question: String,
    pub audience: String,
    pub language: String,
    pub submitted_on: chrono::NaiveDate,
    pub text: String,
    pub reviewed: bool,
}

pub async fn flag(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    consultation_id: ConsultationId,
    response_id: i64,
    question: &str,
) -> Result<(), DbErr> {
    flag::Entity::insert(flag::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        organisation_id: Set(organisation_id.0),
        consultation_id: Set(consultation_id.0),
        response_id: Set(response_id),
        question: Set(question.to_owned()),
        reviewed: Set(false),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The organisation's flags, those still to review first.
pub async fn queue(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Vec<FlaggedText>, DbErr> {
    let flags = flag::Entity::find()
        .filter(flag::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(flag::Column::Reviewed)
        .order_by_desc(flag::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for f in flags {
        let Some(r) = response::Entity::find_by_id(f.response_id).one(db).await? else { continue };
        let Some(c) = consultation::Entity::find_by_id(f.consultation_id).one(db).await? else { continue };
        let text = answer::Entity::find()
            .filter(answer::Column::ResponseId.eq(f.response_id))
            .filter(answer::Column::Question.eq(&f.question))
            .one(db)
            .await?
            .and_then(|a| a.text)
            .unwrap_or_default();
        out.push(FlaggedText {
            id: f.id,
            consultation_slug: c.slug,
            consultation_id: crate::domain::ConsultationId(c.id),
            question: f.question,
            audience: r.audience,
            language: r.language,
            submitted_on: r.submitted_on,
            text,
            reviewed: f.reviewed,
        });
    }
    Ok(out)
}

pub async fn mark_reviewed(db: &impl ConnectionTrait, organisation_id: OrganisationId, id: i64) -> Result<bool, DbErr> {
    let r = flag::Entity::update_many()
        .col_expr(flag::Column::Reviewed, Expr::value(true))
        .filter(flag::Column::Id.eq(id))
        .filter(flag::Column::OrganisationId.eq(organisation_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

pub async fn leads(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Vec<User>, DbErr> {
    Ok(people(db, organisation_id)
        .await?
        .into_iter()
        .filter(|u| u.safeguarding_lead && u.active && u.has_password)
        .collect())
}

/// Makes someone of the organisation a lead, or not; false if no such person.
pub async fn set_lead(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    user_id: i32,
    lead: bool,
) -> Result<bool, DbErr> {
    let r = user::Entity::update_many()
        .col_expr(user::Column::SafeguardingLead, Expr::value(lead))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

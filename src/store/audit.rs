//! The audit log: every change to people and consultations, for owners.

use super::entities::audit_entry;
use crate::domain::ids::{ConsultationId, OrganisationId};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub struct Entry<'a> {
    pub organisation_id: OrganisationId,
    pub user_id: Option<i32>,
    pub consultation_id: Option<ConsultationId>,
    pub action: &'a str,
    pub detail: String,
}

pub async fn record(db: &impl ConnectionTrait, e: Entry<'_>) -> Result<(), DbErr> {
    audit_entry::Entity::insert(audit_entry::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        organisation_id: Set(e.organisation_id.0),
        user_id: Set(e.user_id),
        consultation_id: Set(e.consultation_id.map(|c| c.0)),
        action: Set(e.action.to_owned()),
        detail: Set(e.detail),
        at: Set(chrono::Utc::now().timestamp()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn recent(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    limit: u64,
) -> Result<Vec<audit_entry::Model>, DbErr> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(audit_entry::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

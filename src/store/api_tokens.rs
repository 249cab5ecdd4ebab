//! API tokens of organisations. Only a SHA-256 of each token is stored: the
//! token itself is shown once, when it is made.

use super::entities::api_token;
use crate::domain::ids::OrganisationId;
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i32,
    pub name: String,
    pub created_on: NaiveDate,
    pub revoked_on: Option<NaiveDate>,
}

/// Makes a token for the organisation and returns it (the only time it is known).
pub async fn create(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    name: &str,
    today: NaiveDate,
) -> Result<String, DbErr> {
    let token = format!("cv_{}", crate::auth::random_token());
    api_token::Entity::insert(api_token::ActiveModel {
        id: NotSet,
        organisation_id: Set(organisation_id.0),
        name: Set(name.to_owned()),
        token_hash: Set(crate::auth::token_hash(&token)),
        created_on: Set(today),
        revoked_on: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

pub async fn list(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Vec<ApiToken>, DbErr> {
    let rows = api_token::Entity::find()
        .filter(api_token::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| ApiToken { id: m.id, name: m.name, created_on: m.created_on, revoked_on: m.revoked_on })
        .collect())
}

/// Revokes a token of the organisation; its name, or `None` if there is no such live token.
pub async fn revoke(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
    id: i32,
    today: NaiveDate,
) -> Result<Option<String>, DbErr> {
    let Some(m) = api_token::Entity::find_by_id(id)
        .filter(api_token::Column::OrganisationId.eq(organisation_id))
        .filter(api_token::Column::RevokedOn.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedOn, Expr::value(today))
        .filter(api_token::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(Some(m.name))
}

/// The organisation a live token belongs to.
pub async fn organisation_of(db: &impl ConnectionTrait, token: &str) -> Result<Option<OrganisationId>, DbErr> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(crate::auth::token_hash(token)))
        .filter(api_token::Column::RevokedOn.is_null())
        .one(db)
        .await?
        .map(|m| OrganisationId(m.organisation_id)))
}

use sea_orm::entity::prelude::*;

/// An organisation's API token; only its SHA-256 is kept.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub name: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_on: Date,
    pub revoked_on: Option<Date>,
}

impl ActiveModelBehavior for ActiveModel {}

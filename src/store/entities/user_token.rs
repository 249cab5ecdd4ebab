use sea_orm::entity::prelude::*;

/// A single-use link sent by email: an invitation or a password reset.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_tokens")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub user_id: i32,
    pub purpose: String,
    /// Unix seconds.
    pub expires_at: i64,
    pub used: bool,
}

impl ActiveModelBehavior for ActiveModel {}

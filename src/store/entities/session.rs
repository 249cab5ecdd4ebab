use sea_orm::entity::prelude::*;

/// A signed-in officer's session; the cookie holds the id, the table its hash.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_hash: String,
    pub user_id: i32,
    pub csrf: String,
    /// Unix seconds.
    pub expires_at: i64,
}

impl ActiveModelBehavior for ActiveModel {}

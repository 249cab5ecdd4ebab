use sea_orm::entity::prelude::*;

/// Who did what, when, in an organisation.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub organisation_id: i32,
    pub user_id: Option<i32>,
    pub consultation_id: Option<i32>,
    pub action: String,
    #[sea_orm(column_type = "Text")]
    pub detail: String,
    /// Unix seconds.
    pub at: i64,
}

impl ActiveModelBehavior for ActiveModel {}

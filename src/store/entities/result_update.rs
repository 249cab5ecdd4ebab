use sea_orm::entity::prelude::*;

/// A dated update on what the city did ("we built the crossing in May").
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "result_updates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub happened_on: Date,
    /// JSON object: language → text.
    #[sea_orm(column_type = "Text")]
    pub texts: String,
}

impl ActiveModelBehavior for ActiveModel {}

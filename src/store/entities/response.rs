use sea_orm::entity::prelude::*;

/// One anonymous response: what was answered, never who or exactly when.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "responses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i32,
    pub audience: String,
    pub language: String,
    pub area: Option<String>,
    pub channel_id: Option<i32>,
    /// The day only: a finer time could help identify a child.
    pub submitted_on: Date,
    /// Random, 0..65535, for the cell key method: never shown or exported.
    pub record_key: i64,
}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// A one-use code handed to one child. It knows whether it was used, never by
/// which response or when.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "access_codes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    pub channel_id: Option<i32>,
    #[sea_orm(unique)]
    pub code: String,
    pub used: bool,
    /// Random, 0..65535: for publishing the count of used codes by the cell key method.
    pub record_key: i64,
}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

/// How many responses arrived per day, audience, language, area and channel.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "response_tallies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i32,
    pub audience: String,
    pub language: String,
    pub area: String,
    pub channel_id: i32,
    pub submitted_on: Date,
    pub count: i64,
    /// Sum of the counted responses' record keys, modulo 65536.
    pub key_sum: i64,
}

impl ActiveModelBehavior for ActiveModel {}

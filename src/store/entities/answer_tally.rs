use sea_orm::entity::prelude::*;

/// How many responses gave one answer, per audience, language, area and
/// channel; kept up to date in the transaction that stores each response.
/// Encoding of (option_id, value): see the `results` migration.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "answer_tallies")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub consultation_id: i32,
    pub audience: String,
    pub language: String,
    /// "" when the respondent gave no area.
    pub area: String,
    /// 0 when the response came through no channel.
    pub channel_id: i32,
    pub question: String,
    pub option_id: String,
    pub value: i64,
    pub count: i64,
    /// Sum of the counted responses' record keys, modulo 65536.
    pub key_sum: i64,
}

impl ActiveModelBehavior for ActiveModel {}

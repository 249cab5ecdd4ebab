use sea_orm::entity::prelude::*;

/// A free-text answer that a safeguarding lead should read.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "flags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub organisation_id: i32,
    pub consultation_id: i32,
    pub response_id: i64,
    pub question: String,
    pub reviewed: bool,
}

impl ActiveModelBehavior for ActiveModel {}

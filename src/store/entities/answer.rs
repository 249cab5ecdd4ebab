use sea_orm::entity::prelude::*;

/// One answer row: a chosen option (one row per option of a multiple choice,
/// one per ranked option with its place in `value`), a scale or number value,
/// or a free text.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "answers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub response_id: i64,
    pub consultation_id: i32,
    pub audience: String,
    pub question: String,
    pub option_id: Option<String>,
    pub value: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub text: Option<String>,
    /// A free text an editor hid: kept, but shown nowhere.
    pub hidden: bool,
    /// Free texts only: the opaque reference the hide and unhide forms carry.
    pub text_ref: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}

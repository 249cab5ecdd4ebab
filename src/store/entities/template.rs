use sea_orm::entity::prelude::*;

/// A version of a template of an organisation's own library.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "templates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub template_id: String,
    /// 1 for the first save under a template id, then one more per save.
    pub version: i32,
    pub title: String,
    /// Where it came from, e.g. "XLSForm pizza.xlsx".
    pub source: String,
    /// JSON of the template: structure, texts, pictures.
    #[sea_orm(column_type = "Text")]
    pub snapshot: String,
    pub created_on: Date,
}

impl ActiveModelBehavior for ActiveModel {}

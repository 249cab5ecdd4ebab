use sea_orm::entity::prelude::*;

/// A template a member published to its network's library (versions never change).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_templates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub network_id: i32,
    /// The member that published it.
    pub organisation_id: i32,
    pub template_id: String,
    /// 1 for the first publication of a template by a member, then one more each time.
    pub version: i32,
    pub title: String,
    /// JSON of the template: structure, texts, pictures.
    #[sea_orm(column_type = "Text")]
    pub snapshot: String,
    pub published_on: Date,
}

impl ActiveModelBehavior for ActiveModel {}

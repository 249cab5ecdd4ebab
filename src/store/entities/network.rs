use sea_orm::entity::prelude::*;

/// A network of cities; its secretariat is the organisation `organisation_id`.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "networks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub organisation_id: i32,
    pub created_on: Date,
}

impl ActiveModelBehavior for ActiveModel {}

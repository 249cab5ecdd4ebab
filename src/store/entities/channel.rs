use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "channels")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub consultation_id: i32,
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
    pub created_on: Date,
}

impl ActiveModelBehavior for ActiveModel {}

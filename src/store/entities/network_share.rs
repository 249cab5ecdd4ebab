use sea_orm::entity::prelude::*;

/// A consultation whose published figures its owner shares with a network.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_shares")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub network_id: i32,
    pub consultation_id: i32,
    pub shared_on: Date,
}

impl ActiveModelBehavior for ActiveModel {}

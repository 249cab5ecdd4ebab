use sea_orm::entity::prelude::*;

/// An organisation invited to a network; a member once `accepted_on` is set.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "network_members")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub network_id: i32,
    pub organisation_id: i32,
    pub invited_on: Date,
    pub accepted_on: Option<Date>,
}

impl ActiveModelBehavior for ActiveModel {}

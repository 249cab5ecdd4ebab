use sea_orm::entity::prelude::*;

/// An officer or planner of an organisation (never a respondent).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    #[sea_orm(unique)]
    pub email: String,
    /// argon2id PHC string; empty until an invitation is accepted.
    pub password_hash: Option<String>,
    pub role: String,
    pub language: String,
    pub active: bool,
    pub created_on: Date,
    pub safeguarding_lead: bool,
    /// `network-admin` or `network-analyst`, for people of a network's secretariat.
    pub network_role: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}

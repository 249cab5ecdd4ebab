use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "area_sets")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub slug: String,
    /// 1 for the first upload under a slug, then one more per upload.
    pub version: i32,
    pub title: String,
    /// The simplified areas as GeoJSON (`id`, `name`, `name:{lang}`).
    #[sea_orm(column_type = "Text")]
    pub geojson: String,
    /// Number of areas.
    pub areas: i32,
    pub created_on: Date,
}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub template_id: String,
    pub state: String,
    pub default_language: String,
    /// JSON array of language tags.
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    /// JSON array of audiences.
    #[sea_orm(column_type = "Text")]
    pub audiences: String,
    /// JSON array of area ids.
    #[sea_orm(column_type = "Text")]
    pub areas: String,
    pub k_threshold: i32,
    /// JSON object: language → help text shown to children.
    #[sea_orm(column_type = "Text", nullable)]
    pub help_text: Option<String>,
    pub opens_on: Option<Date>,
    pub closes_on: Option<Date>,
    pub snapshot_version: i32,
    /// JSON of the template as launched: structure, texts, pictures.
    #[sea_orm(column_type = "Text")]
    pub snapshot: String,
    pub created_on: Date,
    /// JSON object: language → title given by the organisation.
    #[sea_orm(column_type = "Text", nullable)]
    pub titles: Option<String>,
    /// Whether each response needs a one-use access code.
    pub requires_code: bool,
    /// JSON object: language → "what we heard and what we will do".
    #[sea_orm(column_type = "Text", nullable)]
    pub statements: Option<String>,
    pub results_expected_on: Option<Date>,
    pub closed_on: Option<Date>,
    /// Response-level data is deleted this many months after publication.
    pub retention_months: i32,
    pub published_on: Option<Date>,
    /// When response-level data was deleted: only tallies remain.
    pub responses_deleted_on: Option<Date>,
    /// The area set version the areas and the map come from, if any.
    pub area_set_id: Option<i32>,
    /// Grid place answers snap to: "square" or "hex".
    pub grid_shape: String,
    /// Grid cell size in metres (never under 100).
    pub grid_metres: i32,
    /// Attribution of a template copied from a network's library: "{member} · {template} · version {n}".
    pub copied_from: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}

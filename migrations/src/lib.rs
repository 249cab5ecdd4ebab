//! Database schema of childvoice, one timestamped migration per change.
//! Migrations never import the app's entities: each states its own columns.

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_initial;
mod m20261128_000002_accounts;
mod m20261128_000003_safeguarding_codes;
mod m20261129_000004_results;
mod m20261201_000005_disclosure;
mod m20261201_000006_answers_by_response;
mod m20261201_000007_area_sets;
mod m20261201_000008_networks;
mod m20261201_000009_templates;
mod m20261201_000010_answers_without_counts_index;
mod m20261201_000011_free_text_search;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_initial::Migration),
            Box::new(m20261128_000002_accounts::Migration),
            Box::new(m20261128_000003_safeguarding_codes::Migration),
            Box::new(m20261129_000004_results::Migration),
            Box::new(m20261201_000005_disclosure::Migration),
            Box::new(m20261201_000006_answers_by_response::Migration),
            Box::new(m20261201_000007_area_sets::Migration),
            Box::new(m20261201_000008_networks::Migration),
            Box::new(m20261201_000009_templates::Migration),
            Box::new(m20261201_000010_answers_without_counts_index::Migration),
            Box::new(m20261201_000011_free_text_search::Migration),
        ]
    }
}

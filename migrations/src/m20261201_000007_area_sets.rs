//! Area sets: an organisation's districts or neighbourhoods from GeoJSON,
//! stored simplified and versioned (an upload under the same slug is the next
//! version; a consultation keeps the version it was given). A consultation
//! may take its areas from one, with the grid its place questions snap to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AreaSets::Table)
                .if_not_exists()
                .col(pk_auto(AreaSets::Id))
                .col(integer(AreaSets::OrganisationId))
                .col(string_len(AreaSets::Slug, 40))
                .col(integer(AreaSets::Version))
                .col(string_len(AreaSets::Title, 200))
                .col(text(AreaSets::Geojson))
                .col(integer(AreaSets::Areas))
                .col(date(AreaSets::CreatedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(AreaSets::Table, AreaSets::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_area_sets_version")
                .table(AreaSets::Table)
                .col(AreaSets::OrganisationId)
                .col(AreaSets::Slug)
                .col(AreaSets::Version)
                .unique()
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Consultations::Table).add_column(integer_null(Consultations::AreaSetId)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Consultations::Table)
                .add_column(string_len(Consultations::GridShape, 10).default("hex"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Consultations::Table)
                .add_column(integer(Consultations::GridMetres).default(250))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in [Consultations::AreaSetId, Consultations::GridShape, Consultations::GridMetres] {
            m.alter_table(Table::alter().table(Consultations::Table).drop_column(c).to_owned()).await?;
        }
        m.drop_table(Table::drop().table(AreaSets::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum AreaSets {
    Table,
    Id,
    OrganisationId,
    Slug,
    Version,
    Title,
    Geojson,
    Areas,
    CreatedOn,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    AreaSetId,
    GridShape,
    GridMetres,
}

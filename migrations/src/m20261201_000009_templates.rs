//! An organisation's own template library: templates imported from XLSForm
//! (or made otherwise), each save a new version that never changes. A
//! consultation launched from one keeps its snapshot, as always.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Templates::Table)
                .if_not_exists()
                .col(pk_auto(Templates::Id))
                .col(integer(Templates::OrganisationId))
                .col(string_len(Templates::TemplateId, 40))
                .col(integer(Templates::Version))
                .col(string_len(Templates::Title, 200))
                .col(string_len(Templates::Source, 300))
                .col(text(Templates::Snapshot))
                .col(date(Templates::CreatedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(Templates::Table, Templates::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_templates_version")
                .table(Templates::Table)
                .col(Templates::OrganisationId)
                .col(Templates::TemplateId)
                .col(Templates::Version)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Templates::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Templates {
    Table,
    Id,
    OrganisationId,
    TemplateId,
    Version,
    Title,
    Source,
    Snapshot,
    CreatedOn,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

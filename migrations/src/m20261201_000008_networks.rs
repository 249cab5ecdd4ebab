//! Networks of cities: an international body or a national programme whose
//! secretariat is an organisation of its own; member organisations (invited,
//! then accepted by their owner); the consultations each member shares with
//! it; and the templates members publish to its library.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Networks::Table)
                .if_not_exists()
                .col(pk_auto(Networks::Id))
                .col(string_len_uniq(Networks::Slug, 40))
                .col(string_len(Networks::Name, 200))
                .col(integer(Networks::OrganisationId))
                .col(date(Networks::CreatedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(Networks::Table, Networks::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NetworkMembers::Table)
                .if_not_exists()
                .col(pk_auto(NetworkMembers::Id))
                .col(integer(NetworkMembers::NetworkId))
                .col(integer(NetworkMembers::OrganisationId))
                .col(date(NetworkMembers::InvitedOn))
                .col(date_null(NetworkMembers::AcceptedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(NetworkMembers::Table, NetworkMembers::NetworkId)
                        .to(Networks::Table, Networks::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(NetworkMembers::Table, NetworkMembers::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_network_members_pair")
                .table(NetworkMembers::Table)
                .col(NetworkMembers::NetworkId)
                .col(NetworkMembers::OrganisationId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NetworkShares::Table)
                .if_not_exists()
                .col(pk_auto(NetworkShares::Id))
                .col(integer(NetworkShares::NetworkId))
                .col(integer(NetworkShares::ConsultationId))
                .col(date(NetworkShares::SharedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(NetworkShares::Table, NetworkShares::NetworkId)
                        .to(Networks::Table, Networks::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(NetworkShares::Table, NetworkShares::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_network_shares_pair")
                .table(NetworkShares::Table)
                .col(NetworkShares::NetworkId)
                .col(NetworkShares::ConsultationId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NetworkTemplates::Table)
                .if_not_exists()
                .col(pk_auto(NetworkTemplates::Id))
                .col(integer(NetworkTemplates::NetworkId))
                .col(integer(NetworkTemplates::OrganisationId))
                .col(string_len(NetworkTemplates::TemplateId, 40))
                .col(integer(NetworkTemplates::Version))
                .col(string_len(NetworkTemplates::Title, 200))
                .col(text(NetworkTemplates::Snapshot))
                .col(date(NetworkTemplates::PublishedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(NetworkTemplates::Table, NetworkTemplates::NetworkId)
                        .to(Networks::Table, Networks::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(NetworkTemplates::Table, NetworkTemplates::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Users::Table).add_column(string_len_null(Users::NetworkRole, 20)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Consultations::Table)
                .add_column(string_len_null(Consultations::CopiedFrom, 300))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(Consultations::Table).drop_column(Consultations::CopiedFrom).to_owned())
            .await?;
        m.alter_table(Table::alter().table(Users::Table).drop_column(Users::NetworkRole).to_owned()).await?;
        for t in
            [NetworkTemplates::Table.into_iden(), NetworkShares::Table.into_iden(), NetworkMembers::Table.into_iden()]
        {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        m.drop_table(Table::drop().table(Networks::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Networks {
    Table,
    Id,
    Slug,
    Name,
    OrganisationId,
    CreatedOn,
}

#[derive(DeriveIden)]
enum NetworkMembers {
    Table,
    Id,
    NetworkId,
    OrganisationId,
    InvitedOn,
    AcceptedOn,
}

#[derive(DeriveIden)]
enum NetworkShares {
    Table,
    Id,
    NetworkId,
    ConsultationId,
    SharedOn,
}

#[derive(DeriveIden)]
enum NetworkTemplates {
    Table,
    Id,
    NetworkId,
    OrganisationId,
    TemplateId,
    Version,
    Title,
    Snapshot,
    PublishedOn,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    NetworkRole,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    CopiedFrom,
}

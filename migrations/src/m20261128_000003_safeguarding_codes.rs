//! Safeguarding leads and the flags on children's words that they review, and
//! one-use access codes. A code records only that it was used: nothing links
//! it to the response it let in (no column, no time).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Users::Table).add_column(boolean(Users::SafeguardingLead).default(false)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Consultations::Table)
                .add_column(boolean(Consultations::RequiresCode).default(false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Flags::Table)
                .col(big_pk_auto(Flags::Id))
                .col(integer(Flags::OrganisationId))
                .col(integer(Flags::ConsultationId))
                .col(big_integer(Flags::ResponseId))
                .col(string(Flags::Question))
                .col(boolean(Flags::Reviewed))
                .foreign_key(
                    ForeignKey::create()
                        .from(Flags::Table, Flags::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Flags::Table, Flags::ResponseId)
                        .to(Responses::Table, Responses::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_flags_queue")
                .table(Flags::Table)
                .col(Flags::OrganisationId)
                .col(Flags::Reviewed)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AccessCodes::Table)
                .col(pk_auto(AccessCodes::Id))
                .col(integer(AccessCodes::ConsultationId))
                .col(integer_null(AccessCodes::ChannelId))
                .col(string_uniq(AccessCodes::Code))
                .col(boolean(AccessCodes::Used))
                .foreign_key(
                    ForeignKey::create()
                        .from(AccessCodes::Table, AccessCodes::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AccessCodes::Table, AccessCodes::ChannelId)
                        .to(Channels::Table, Channels::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(AccessCodes::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(Flags::Table).to_owned()).await?;
        m.alter_table(Table::alter().table(Consultations::Table).drop_column(Consultations::RequiresCode).to_owned())
            .await?;
        m.alter_table(Table::alter().table(Users::Table).drop_column(Users::SafeguardingLead).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    SafeguardingLead,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    RequiresCode,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Channels {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Flags {
    Table,
    Id,
    OrganisationId,
    ConsultationId,
    ResponseId,
    Question,
    Reviewed,
}

#[derive(DeriveIden)]
enum AccessCodes {
    Table,
    Id,
    ConsultationId,
    ChannelId,
    Code,
    Used,
}

//! Organisations, consultations (with their template snapshot), channels,
//! anonymous responses and answers, used form tokens and instance settings.
//! Nothing here can hold a respondent's name, address, device or exact time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organisations::Table)
                .col(pk_auto(Organisations::Id))
                .col(string(Organisations::Name))
                .col(string_uniq(Organisations::Slug))
                .col(date(Organisations::CreatedOn))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Consultations::Table)
                .col(pk_auto(Consultations::Id))
                .col(integer(Consultations::OrganisationId))
                .col(string_uniq(Consultations::Slug))
                .col(string(Consultations::TemplateId))
                .col(string(Consultations::State))
                .col(string(Consultations::DefaultLanguage))
                .col(text(Consultations::Languages))
                .col(text(Consultations::Audiences))
                .col(text(Consultations::Areas))
                .col(integer(Consultations::KThreshold))
                .col(text_null(Consultations::HelpText))
                .col(date_null(Consultations::OpensOn))
                .col(date_null(Consultations::ClosesOn))
                .col(integer(Consultations::SnapshotVersion))
                .col(text(Consultations::Snapshot))
                .col(date(Consultations::CreatedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(Consultations::Table, Consultations::OrganisationId)
                        .to(Organisations::Table, Organisations::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Channels::Table)
                .col(pk_auto(Channels::Id))
                .col(integer(Channels::ConsultationId))
                .col(string_uniq(Channels::Code))
                .col(string(Channels::Name))
                .col(date(Channels::CreatedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(Channels::Table, Channels::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Responses::Table)
                .col(big_pk_auto(Responses::Id))
                .col(integer(Responses::ConsultationId))
                .col(string(Responses::Audience))
                .col(string(Responses::Language))
                .col(string_null(Responses::Area))
                .col(integer_null(Responses::ChannelId))
                .col(date(Responses::SubmittedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(Responses::Table, Responses::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Responses::Table, Responses::ChannelId)
                        .to(Channels::Table, Channels::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_responses_consultation")
                .table(Responses::Table)
                .col(Responses::ConsultationId)
                .col(Responses::Audience)
                .to_owned(),
        )
        .await?;
        // consultation_id and audience are copied onto each answer so results can be
        // counted from one covering index without joining responses.
        m.create_table(
            Table::create()
                .table(Answers::Table)
                .col(big_pk_auto(Answers::Id))
                .col(big_integer(Answers::ResponseId))
                .col(integer(Answers::ConsultationId))
                .col(string(Answers::Audience))
                .col(string(Answers::Question))
                .col(string_null(Answers::OptionId))
                .col(big_integer_null(Answers::Value))
                .col(text_null(Answers::Text))
                .foreign_key(
                    ForeignKey::create()
                        .from(Answers::Table, Answers::ResponseId)
                        .to(Responses::Table, Responses::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_answers_counts")
                .table(Answers::Table)
                .col(Answers::ConsultationId)
                .col(Answers::Question)
                .col(Answers::Audience)
                .col(Answers::OptionId)
                .col(Answers::Value)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("idx_answers_response").table(Answers::Table).col(Answers::ResponseId).to_owned(),
        )
        .await?;
        // A used form token: its random id only, kept until it could no longer be valid.
        m.create_table(
            Table::create()
                .table(UsedTokens::Table)
                .col(string(UsedTokens::Nonce).primary_key())
                .col(date(UsedTokens::ExpiresOn))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Settings::Table)
                .col(string(Settings::Key).primary_key())
                .col(text(Settings::Value))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            Settings::Table.into_iden(),
            UsedTokens::Table.into_iden(),
            Answers::Table.into_iden(),
            Responses::Table.into_iden(),
            Channels::Table.into_iden(),
            Consultations::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Name,
    Slug,
    CreatedOn,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    OrganisationId,
    Slug,
    TemplateId,
    State,
    DefaultLanguage,
    Languages,
    Audiences,
    Areas,
    KThreshold,
    HelpText,
    OpensOn,
    ClosesOn,
    SnapshotVersion,
    Snapshot,
    CreatedOn,
}

#[derive(DeriveIden)]
enum Channels {
    Table,
    Id,
    ConsultationId,
    Code,
    Name,
    CreatedOn,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
    ConsultationId,
    Audience,
    Language,
    Area,
    ChannelId,
    SubmittedOn,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    Id,
    ResponseId,
    ConsultationId,
    Audience,
    Question,
    OptionId,
    Value,
    Text,
}

#[derive(DeriveIden)]
enum UsedTokens {
    Table,
    Nonce,
    ExpiresOn,
}

#[derive(DeriveIden)]
enum Settings {
    Table,
    Key,
    Value,
}

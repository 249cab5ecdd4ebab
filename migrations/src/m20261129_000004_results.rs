//! Results: running tallies kept in the same transaction as each response, so
//! a dashboard over a million responses reads thousands of rows, not millions;
//! free texts an editor hides; what the city says it will do, and its later
//! updates; API tokens of organisations (only a hash is kept).
//!
//! Tally encoding of `answer_tallies` (option_id, value): a chosen option is
//! (option, 0); a ranked option is (option, place); a scale or number answer is
//! ("=", value); "answered this question" is ("", 0). Free texts are not tallied.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AnswerTallies::Table)
                .col(big_pk_auto(AnswerTallies::Id))
                .col(integer(AnswerTallies::ConsultationId))
                .col(string(AnswerTallies::Audience))
                .col(string(AnswerTallies::Language))
                .col(string(AnswerTallies::Area))
                .col(integer(AnswerTallies::ChannelId))
                .col(string(AnswerTallies::Question))
                .col(string(AnswerTallies::OptionId))
                .col(big_integer(AnswerTallies::Value))
                .col(big_integer(AnswerTallies::Count))
                .foreign_key(
                    ForeignKey::create()
                        .from(AnswerTallies::Table, AnswerTallies::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_answer_tallies")
                .unique()
                .table(AnswerTallies::Table)
                .col(AnswerTallies::ConsultationId)
                .col(AnswerTallies::Audience)
                .col(AnswerTallies::Language)
                .col(AnswerTallies::Area)
                .col(AnswerTallies::ChannelId)
                .col(AnswerTallies::Question)
                .col(AnswerTallies::OptionId)
                .col(AnswerTallies::Value)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ResponseTallies::Table)
                .col(big_pk_auto(ResponseTallies::Id))
                .col(integer(ResponseTallies::ConsultationId))
                .col(string(ResponseTallies::Audience))
                .col(string(ResponseTallies::Language))
                .col(string(ResponseTallies::Area))
                .col(integer(ResponseTallies::ChannelId))
                .col(date(ResponseTallies::SubmittedOn))
                .col(big_integer(ResponseTallies::Count))
                .foreign_key(
                    ForeignKey::create()
                        .from(ResponseTallies::Table, ResponseTallies::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("uq_response_tallies")
                .unique()
                .table(ResponseTallies::Table)
                .col(ResponseTallies::ConsultationId)
                .col(ResponseTallies::Audience)
                .col(ResponseTallies::Language)
                .col(ResponseTallies::Area)
                .col(ResponseTallies::ChannelId)
                .col(ResponseTallies::SubmittedOn)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Answers::Table).add_column(boolean(Answers::Hidden).default(false)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Consultations::Table).add_column(text_null(Consultations::Statements)).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Consultations::Table)
                .add_column(date_null(Consultations::ResultsExpectedOn))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Consultations::Table).add_column(date_null(Consultations::ClosedOn)).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ResultUpdates::Table)
                .col(pk_auto(ResultUpdates::Id))
                .col(integer(ResultUpdates::ConsultationId))
                .col(date(ResultUpdates::HappenedOn))
                .col(text(ResultUpdates::Texts))
                .foreign_key(
                    ForeignKey::create()
                        .from(ResultUpdates::Table, ResultUpdates::ConsultationId)
                        .to(Consultations::Table, Consultations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ApiTokens::Table)
                .col(pk_auto(ApiTokens::Id))
                .col(integer(ApiTokens::OrganisationId))
                .col(string(ApiTokens::Name))
                .col(string_uniq(ApiTokens::TokenHash))
                .col(date(ApiTokens::CreatedOn))
                .col(date_null(ApiTokens::RevokedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(ApiTokens::Table, ApiTokens::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // Responses stored before tallies existed.
        let db = m.get_connection();
        db.execute_unprepared(
            "INSERT INTO answer_tallies (consultation_id, audience, language, area, channel_id, question, option_id, value, count) \
             SELECT a.consultation_id, a.audience, r.language, COALESCE(r.area, ''), COALESCE(r.channel_id, 0), a.question, \
                    COALESCE(a.option_id, '='), COALESCE(a.value, 0), COUNT(*) \
             FROM answers a JOIN responses r ON r.id = a.response_id WHERE a.text IS NULL \
             GROUP BY a.consultation_id, a.audience, r.language, COALESCE(r.area, ''), COALESCE(r.channel_id, 0), a.question, \
                    COALESCE(a.option_id, '='), COALESCE(a.value, 0)",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO answer_tallies (consultation_id, audience, language, area, channel_id, question, option_id, value, count) \
             SELECT consultation_id, audience, language, area, channel_id, question, '', 0, COUNT(*) FROM ( \
               SELECT DISTINCT a.response_id, a.consultation_id, a.audience, r.language, COALESCE(r.area, '') AS area, \
                      COALESCE(r.channel_id, 0) AS channel_id, a.question \
               FROM answers a JOIN responses r ON r.id = a.response_id WHERE a.text IS NULL) answered \
             GROUP BY consultation_id, audience, language, area, channel_id, question",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO response_tallies (consultation_id, audience, language, area, channel_id, submitted_on, count) \
             SELECT consultation_id, audience, language, COALESCE(area, ''), COALESCE(channel_id, 0), submitted_on, COUNT(*) \
             FROM responses GROUP BY consultation_id, audience, language, COALESCE(area, ''), COALESCE(channel_id, 0), submitted_on",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            ApiTokens::Table.into_iden(),
            ResultUpdates::Table.into_iden(),
            ResponseTallies::Table.into_iden(),
            AnswerTallies::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        for c in [Consultations::Statements, Consultations::ResultsExpectedOn, Consultations::ClosedOn] {
            m.alter_table(Table::alter().table(Consultations::Table).drop_column(c).to_owned()).await?;
        }
        m.alter_table(Table::alter().table(Answers::Table).drop_column(Answers::Hidden).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum AnswerTallies {
    Table,
    Id,
    ConsultationId,
    Audience,
    Language,
    Area,
    ChannelId,
    Question,
    OptionId,
    Value,
    Count,
}

#[derive(DeriveIden)]
enum ResponseTallies {
    Table,
    Id,
    ConsultationId,
    Audience,
    Language,
    Area,
    ChannelId,
    SubmittedOn,
    Count,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    Hidden,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Id,
    /// JSON object: language → "what we heard and what we will do".
    Statements,
    ResultsExpectedOn,
    ClosedOn,
}

#[derive(DeriveIden)]
enum ResultUpdates {
    Table,
    Id,
    ConsultationId,
    HappenedOn,
    /// JSON object: language → text.
    Texts,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    OrganisationId,
    Name,
    TokenHash,
    CreatedOn,
    RevokedOn,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

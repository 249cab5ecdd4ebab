//! Disclosure control by the cell key method: each response gets a random
//! record key, and each tally keeps the sum of its records' keys (modulo
//! 65536) beside its count. Free texts get an opaque random reference for the
//! hide and unhide actions, so that no page carries an answer id. Each
//! consultation gets a retention period for its response-level data.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Responses::Table).add_column(big_integer(Responses::RecordKey).default(0)).to_owned(),
        )
        .await?;
        for t in [AnswerTallies::Table.into_iden(), ResponseTallies::Table.into_iden()] {
            m.alter_table(Table::alter().table(t).add_column(big_integer(Tally::KeySum).default(0)).to_owned()).await?;
        }
        m.alter_table(
            Table::alter()
                .table(AccessCodes::Table)
                .add_column(big_integer(AccessCodes::RecordKey).default(0))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_responses_record_key")
                .table(Responses::Table)
                .col(Responses::ConsultationId)
                .col(Responses::RecordKey)
                .col(Responses::Id)
                .to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(Answers::Table).add_column(string_null(Answers::TextRef)).to_owned())
            .await?;
        m.create_index(
            Index::create()
                .name("idx_answers_texts")
                .table(Answers::Table)
                .col(Answers::ConsultationId)
                .col(Answers::Question)
                .col(Answers::TextRef)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Consultations::Table)
                .add_column(integer(Consultations::RetentionMonths).default(12))
                .to_owned(),
        )
        .await?;
        for c in [Consultations::PublishedOn, Consultations::ResponsesDeletedOn] {
            m.alter_table(Table::alter().table(Consultations::Table).add_column(date_null(c)).to_owned()).await?;
        }
        let db = m.get_connection();
        let (random_key, random_ref) = match m.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                ("FLOOR(RANDOM() * 65536)::BIGINT", "SUBSTRING(MD5(RANDOM()::TEXT || id::TEXT) FROM 1 FOR 16)")
            }
            _ => ("(RANDOM() & 65535)", "LOWER(HEX(RANDOMBLOB(8)))"),
        };
        db.execute_unprepared(&format!("UPDATE responses SET record_key = {random_key}")).await?;
        db.execute_unprepared(&format!("UPDATE access_codes SET record_key = {random_key}")).await?;
        db.execute_unprepared(&format!("UPDATE answers SET text_ref = {random_ref} WHERE text IS NOT NULL")).await?;
        db.execute_unprepared("UPDATE consultations SET published_on = closed_on WHERE state = 'published'").await?;
        // Tallies recounted with their key sums from what is stored (they equal it).
        db.execute_unprepared("DELETE FROM answer_tallies").await?;
        db.execute_unprepared("DELETE FROM response_tallies").await?;
        db.execute_unprepared(
            "INSERT INTO answer_tallies (consultation_id, audience, language, area, channel_id, question, option_id, value, count, key_sum) \
             SELECT a.consultation_id, a.audience, r.language, COALESCE(r.area, ''), COALESCE(r.channel_id, 0), a.question, \
                    COALESCE(a.option_id, '='), COALESCE(a.value, 0), COUNT(*), SUM(r.record_key) % 65536 \
             FROM answers a JOIN responses r ON r.id = a.response_id WHERE a.text IS NULL \
             GROUP BY a.consultation_id, a.audience, r.language, COALESCE(r.area, ''), COALESCE(r.channel_id, 0), a.question, \
                    COALESCE(a.option_id, '='), COALESCE(a.value, 0)",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO answer_tallies (consultation_id, audience, language, area, channel_id, question, option_id, value, count, key_sum) \
             SELECT consultation_id, audience, language, area, channel_id, question, '', 0, COUNT(*), SUM(record_key) % 65536 FROM ( \
               SELECT DISTINCT a.response_id, a.consultation_id, a.audience, r.language, COALESCE(r.area, '') AS area, \
                      COALESCE(r.channel_id, 0) AS channel_id, a.question, r.record_key \
               FROM answers a JOIN responses r ON r.id = a.response_id WHERE a.text IS NULL) answered \
             GROUP BY consultation_id, audience, language, area, channel_id, question",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO response_tallies (consultation_id, audience, language, area, channel_id, submitted_on, count, key_sum) \
             SELECT consultation_id, audience, language, COALESCE(area, ''), COALESCE(channel_id, 0), submitted_on, COUNT(*), \
                    SUM(record_key) % 65536 \
             FROM responses GROUP BY consultation_id, audience, language, COALESCE(area, ''), COALESCE(channel_id, 0), submitted_on",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in [Consultations::RetentionMonths, Consultations::PublishedOn, Consultations::ResponsesDeletedOn] {
            m.alter_table(Table::alter().table(Consultations::Table).drop_column(c).to_owned()).await?;
        }
        m.drop_index(Index::drop().name("idx_responses_record_key").table(Responses::Table).to_owned()).await?;
        m.drop_index(Index::drop().name("idx_answers_texts").table(Answers::Table).to_owned()).await?;
        m.alter_table(Table::alter().table(Answers::Table).drop_column(Answers::TextRef).to_owned()).await?;
        for t in [AnswerTallies::Table.into_iden(), ResponseTallies::Table.into_iden()] {
            m.alter_table(Table::alter().table(t).drop_column(Tally::KeySum).to_owned()).await?;
        }
        m.alter_table(Table::alter().table(AccessCodes::Table).drop_column(AccessCodes::RecordKey).to_owned()).await?;
        m.alter_table(Table::alter().table(Responses::Table).drop_column(Responses::RecordKey).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
    ConsultationId,
    /// Random, 0..65535: the response's record key for the cell key method. Never shown.
    RecordKey,
}

#[derive(DeriveIden)]
enum AccessCodes {
    Table,
    /// Random, 0..65535: publishes the count of used codes by the cell key method.
    RecordKey,
}

#[derive(DeriveIden)]
enum AnswerTallies {
    Table,
}

#[derive(DeriveIden)]
enum ResponseTallies {
    Table,
}

#[derive(DeriveIden)]
enum Tally {
    /// Sum of the counted records' keys, modulo 65536.
    KeySum,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    ConsultationId,
    Question,
    /// Free texts only: an opaque random reference used by the hide and unhide forms.
    TextRef,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    /// Response-level data is deleted this many months after publication.
    RetentionMonths,
    PublishedOn,
    /// When response-level data was deleted (only tallies remain).
    ResponsesDeletedOn,
}

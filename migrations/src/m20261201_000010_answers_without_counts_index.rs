//! Fewer B-trees for every stored answer, which is where PostgreSQL spent
//! most of the time of a submission (`pg_stat_statements`: the insert into
//! `answers` took three quarters of the database's time).
//!
//! - Counts come from the running tallies, never from `answers`, so the index
//!   built for counting answers (consultation, question, audience, option,
//!   value) serves no query any more; it was the widest of the four.
//! - The free-texts index (consultation, question, reference) only ever
//!   serves free texts: every query through it asks for a reference, and only
//!   free texts have one. It is replaced by a partial one, so the many answers that are not
//!   free text no longer go into it.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_query::ExprTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn texts_index(partial: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(if partial { "idx_answers_free_texts" } else { "idx_answers_texts" })
        .table(Answers::Table)
        .col(Answers::ConsultationId)
        .col(Answers::Question)
        .col(Answers::TextRef);
    if partial {
        index.and_where(Expr::col(Answers::TextRef).is_not_null());
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(texts_index(true)).await?;
        m.drop_index(Index::drop().name("idx_answers_texts").table(Answers::Table).to_owned()).await?;
        m.drop_index(Index::drop().name("idx_answers_counts").table(Answers::Table).to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(texts_index(false)).await?;
        m.drop_index(Index::drop().name("idx_answers_free_texts").table(Answers::Table).to_owned()).await?;
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
        .await
    }
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    ConsultationId,
    Question,
    Audience,
    OptionId,
    Value,
    TextRef,
}

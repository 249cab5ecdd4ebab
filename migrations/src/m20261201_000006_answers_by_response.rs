//! Answers found by response and question in one index lookup: the
//! response-level export joins each response's `area` answers this way.
//! Replaces the index on response alone, which it covers.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name("idx_answers_response_question")
                .table(Answers::Table)
                .col(Answers::ResponseId)
                .col(Answers::Question)
                .to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name("idx_answers_response").table(Answers::Table).to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create().name("idx_answers_response").table(Answers::Table).col(Answers::ResponseId).to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name("idx_answers_response_question").table(Answers::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    ResponseId,
    Question,
}

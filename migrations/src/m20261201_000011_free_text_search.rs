//! Searching free texts for a word without reading them all: a search for a
//! word nobody wrote used to read every text of the consultation.
//!
//! - SQLite: an FTS5 index with the trigram tokenizer over the free texts
//!   (`answer_texts`, its content kept in `answers`), filled from the texts
//!   already stored and kept in step by triggers. A trigram index finds any
//!   piece of three or more characters, as `LIKE '%…%'` does.
//! - PostgreSQL: a trigram GIN index (`pg_trgm`) on the lower-cased free
//!   texts, which the planner uses for `lower(text) LIKE '%…%'` as it is.
//!   Its pending list may grow to 16 MB (`gin_pending_list_limit`) before a
//!   submission has to merge it into the index; autovacuum (and autoanalyze)
//!   merge it in the background before then. With the default 4 MB the merges
//!   fell on submissions: 2,930-3,110 a second at 64 clients instead of
//!   3,200-3,340.
//!   `pg_trgm` is a trusted extension (PostgreSQL 13 and later), so the
//!   database's owner may create it; where it is not installed the index is
//!   left out and searches read the texts as before.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: [&str; 5] = [
    "CREATE VIRTUAL TABLE answer_texts USING fts5(text, content = 'answers', content_rowid = 'id', tokenize = 'trigram')",
    "INSERT INTO answer_texts (rowid, text) SELECT id, text FROM answers WHERE text IS NOT NULL",
    "CREATE TRIGGER answer_texts_insert AFTER INSERT ON answers WHEN new.text IS NOT NULL BEGIN \
     INSERT INTO answer_texts (rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER answer_texts_delete AFTER DELETE ON answers WHEN old.text IS NOT NULL BEGIN \
     INSERT INTO answer_texts (answer_texts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER answer_texts_update AFTER UPDATE OF text ON answers BEGIN \
     INSERT INTO answer_texts (answer_texts, rowid, text) SELECT 'delete', old.id, old.text WHERE old.text IS NOT NULL; \
     INSERT INTO answer_texts (rowid, text) SELECT new.id, new.text WHERE new.text IS NOT NULL; END",
];

const SQLITE_DOWN: [&str; 4] = [
    "DROP TRIGGER answer_texts_update",
    "DROP TRIGGER answer_texts_delete",
    "DROP TRIGGER answer_texts_insert",
    "DROP TABLE answer_texts",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                let available = db
                    .query_one_raw(sea_orm::Statement::from_string(
                        sea_orm::DatabaseBackend::Postgres,
                        "SELECT 1 AS found FROM pg_available_extensions WHERE name = 'pg_trgm'",
                    ))
                    .await?
                    .is_some();
                if available {
                    db.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm").await?;
                    db.execute_unprepared(
                        "CREATE INDEX idx_answers_text_trigrams ON answers \
                         USING gin (lower(text) gin_trgm_ops) WITH (gin_pending_list_limit = 16384) \
                         WHERE text IS NOT NULL",
                    )
                    .await?;
                }
            }
            _ => {
                for sql in SQLITE_UP {
                    db.execute_unprepared(sql).await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                db.execute_unprepared("DROP INDEX IF EXISTS idx_answers_text_trigrams").await?;
            }
            _ => {
                for sql in SQLITE_DOWN {
                    db.execute_unprepared(sql).await?;
                }
            }
        }
        Ok(())
    }
}

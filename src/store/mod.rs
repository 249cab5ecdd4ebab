//! Persistence: sea-orm entities and the queries over them. Functions take any
//! connection or transaction and return domain types.

pub mod accounts;
pub mod api_tokens;
pub mod areas;
pub mod audit;
pub mod backup;
pub mod channels;
pub mod codes;
pub mod consultations;
pub mod entities;
pub mod networks;
pub mod responses;
pub mod results;
pub mod retention;
pub mod safeguarding;
pub mod settings;
pub mod templates;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use std::time::Duration;

/// Opens the database. SQLite gets WAL, a busy timeout and foreign keys, so
/// readers never block the writer and a short lock wait is not an error.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options.sqlx_logging(false).connect_timeout(Duration::from_secs(10)).acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        options.max_connections(4).min_connections(1).map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    } else {
        // A ping before every use costs a round trip per query; a connection
        // idle for a while is still checked, and a broken one is dropped on
        // its first error, so the pool recovers after a restart all the same.
        options.max_connections(16).min_connections(1).test_before_acquire_if_idle_for(Duration::from_secs(5));
    }
    Database::connect(options).await
}

pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Ids go into queries as the integers the tables hold.
impl From<crate::domain::ConsultationId> for sea_orm::Value {
    fn from(id: crate::domain::ConsultationId) -> Self {
        id.0.into()
    }
}

impl From<crate::domain::OrganisationId> for sea_orm::Value {
    fn from(id: crate::domain::OrganisationId) -> Self {
        id.0.into()
    }
}

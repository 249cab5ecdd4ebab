//! Backups of a SQLite database: a consistent online copy with `VACUUM INTO`
//! (safe while the service writes: SQLite copies one snapshot of the database),
//! and its restore. PostgreSQL has `pg_dump` and `pg_restore` (see README).

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("backups of PostgreSQL are made with pg_dump and restored with pg_restore (see the README)")]
    NotSqlite,
    #[error("{0} already exists: choose a new file, a backup never overwrites one")]
    Exists(String),
    #[error("{path} is not a sound childvoice database: {cause}")]
    Unsound { path: String, cause: String },
    #[error(transparent)]
    Db(#[from] DbErr),
    #[error("{path}: {cause}")]
    Io { path: String, cause: String },
}

/// The file of a `sqlite://` URL.
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// Writes a consistent copy of the database to `to` while it serves.
pub async fn backup(db: &DatabaseConnection, to: &Path) -> Result<(), BackupError> {
    if db.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
        return Err(BackupError::NotSqlite);
    }
    if to.exists() {
        return Err(BackupError::Exists(to.display().to_string()));
    }
    let target = to.display().to_string();
    db.execute_raw(Statement::from_sql_and_values(sea_orm::DatabaseBackend::Sqlite, "VACUUM INTO ?", [target.into()]))
        .await?;
    Ok(())
}

/// Checks that `file` is a sound SQLite database with childvoice's tables
/// (it opens it for writing, as SQLite's WAL mode needs: check a copy).
pub async fn check(file: &Path) -> Result<(), BackupError> {
    let unsound = |cause: String| BackupError::Unsound { path: file.display().to_string(), cause };
    if !file.is_file() {
        return Err(unsound("no such file".into()));
    }
    let db =
        super::connect(&format!("sqlite://{}?mode=rw", file.display())).await.map_err(|e| unsound(e.to_string()))?;
    let row = db
        .query_one_raw(Statement::from_string(sea_orm::DatabaseBackend::Sqlite, "PRAGMA integrity_check"))
        .await
        .map_err(|e| unsound(e.to_string()))?;
    let verdict = row.and_then(|r| r.try_get_by_index::<String>(0).ok()).unwrap_or_default();
    if verdict != "ok" {
        return Err(unsound(verdict));
    }
    db.query_one_raw(Statement::from_string(sea_orm::DatabaseBackend::Sqlite, "SELECT COUNT(*) FROM responses"))
        .await
        .map_err(|e| unsound(format!("no responses table ({e})")))?;
    db.close().await?;
    Ok(())
}

/// Replaces the database file at `to` with the backup `from` (the service
/// must be stopped): the backup is checked first, copied beside the database,
/// then moved over it in one step; stale WAL files go.
pub async fn restore(from: &Path, to: &Path) -> Result<(), BackupError> {
    check(from).await?;
    let io =
        |path: &Path, e: std::io::Error| BackupError::Io { path: path.display().to_string(), cause: e.to_string() };
    let staging = to.with_extension("restoring");
    std::fs::copy(from, &staging).map_err(|e| io(&staging, e))?;
    for suffix in ["-wal", "-shm"] {
        let stale = PathBuf::from(format!("{}{suffix}", to.display()));
        if stale.exists() {
            std::fs::remove_file(&stale).map_err(|e| io(&stale, e))?;
        }
    }
    std::fs::rename(&staging, to).map_err(|e| io(to, e))?;
    Ok(())
}

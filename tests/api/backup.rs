//! `childvoice backup` and `restore`: a consistent copy of a live SQLite
//! database, taken during a stream of submissions, restores with every
//! response acknowledged before it began, and nothing half-written.

use crate::helpers::{Backend, TempDir, spawn_app};
use childvoice::domain::Audience;
use childvoice::store::entities::{response, response_tally};
use sea_orm::{EntityTrait, PaginatorTrait};

fn childvoice(args: &[&str], database_url: &str) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_childvoice"));
    cmd.args(args).env("DATABASE_URL", database_url).env_remove("CHILDVOICE_LOCALES_DIR");
    cmd
}

#[tokio::test]
async fn a_backup_taken_during_submissions_restores_every_response_acknowledged_before_it() {
    let app = spawn_app(Backend::Sqlite).await;
    let tmp = TempDir::new();
    let file = tmp.0.join("backup.db");
    let mut backup = None;
    let mut acknowledged_before = 0;
    for seed in 0..12 {
        if seed == 6 {
            // Taken while the service keeps storing responses.
            acknowledged_before = seed;
            backup = Some(
                childvoice(&["backup", file.to_str().unwrap()], &app.database_url).spawn().expect("start a backup"),
            );
        }
        crate::helpers::walk_as(&app.new_browser(), "journeys", "journeys", None, Audience::Parent, "en", seed, true)
            .await;
    }
    let status = backup.expect("a backup").wait().expect("the backup ends");
    assert!(status.success(), "the backup succeeds while the service writes");
    let again = childvoice(&["backup", file.to_str().unwrap()], &app.database_url).output().unwrap();
    assert!(!again.status.success(), "a backup never overwrites a file");

    let restored = format!("sqlite://{}/restored.db?mode=rwc", tmp.0.display());
    let out = childvoice(&["restore", file.to_str().unwrap()], &restored).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let db = childvoice::store::connect(&restored).await.expect("the restored database opens");
    let responses = response::Entity::find().count(&db).await.unwrap();
    assert!(
        (acknowledged_before as u64..=12).contains(&responses),
        "{responses} responses restored; {acknowledged_before} were acknowledged before the backup began"
    );
    // A snapshot: the tallies count exactly the responses it holds.
    let tallied: i64 = response_tally::Entity::find().all(&db).await.unwrap().iter().map(|t| t.count).sum();
    assert_eq!(tallied as u64, responses, "nothing half-written");
    let broken = tmp.0.join("broken.db");
    std::fs::write(&broken, b"not a database").unwrap();
    let refused = childvoice(&["restore", broken.to_str().unwrap()], &restored).output().unwrap();
    assert!(!refused.status.success(), "a file that is not a sound backup is refused");
    let postgres = childvoice(&["backup", "x.dump"], "postgres://postgres@127.0.0.1:1/none").output().unwrap();
    assert!(String::from_utf8_lossy(&postgres.stderr).contains("pg_dump") || !postgres.status.success());
}

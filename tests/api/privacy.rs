//! Anonymous by design: no address or device detail of a respondent reaches
//! the database or the logs, and free text loses contact details.

use crate::helpers::walk;
use crate::helpers::{backends, captured_logs, spawn_app};
use childvoice::domain::Audience;
use childvoice::store::entities::answer;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn nothing_in_the_database_or_the_logs_contains_the_clients_address() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let spy = [
            ("x-forwarded-for", "203.0.113.77"),
            ("x-real-ip", "203.0.113.78"),
            ("user-agent", "PrivacyProbe/1.0 (phone)"),
        ];
        let w = walk(&app, "journeys", Audience::Age13to17, "en", 3, false).await;
        let sent = app.post_form_with(&w.final_action, &w.final_fields, &spy).await;
        assert_eq!(sent.status, 303);
        app.get_with("/s/journeys/thanks?secret-query=1", &spy).await;

        let dump = app.dump_respondent_tables().await;
        assert!(dump.contains("journeys") || dump.contains("age-13-17"), "the dump has the response");
        for needle in ["127.0.0.1", "203.0.113.77", "203.0.113.78", "PrivacyProbe"] {
            assert!(!dump.contains(needle), "{needle} is stored in the database on {backend:?}");
        }
        let logs = captured_logs();
        // Respondent routes get no access-log line at all: its time would date the response.
        assert!(
            !logs.lines().any(|l| l.contains("route=/s/") && l.contains(" ms=")),
            "a respondent request is in the access log"
        );
        for needle in ["127.0.0.1", "203.0.113.77", "203.0.113.78", "PrivacyProbe", "secret-query", "más árboles"] {
            assert!(!logs.contains(needle), "{needle} appears in the logs");
        }
    }
}

#[tokio::test]
async fn contact_details_in_free_text_never_reach_the_database() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let mut w = walk(&app, "play", Audience::Age13to17, "fr", 0, false).await;
        let text_field =
            w.final_fields.iter().position(|(k, _)| k == "q.your-idea").expect("the last screen asks for an idea");
        w.final_fields[text_field].1 =
            "Plus de bancs. Écris-moi: lea.m@example.fr ou 06 12 34 56 78, insta @lea_skate".into();
        let sent = app.post_form(&w.final_action, &w.final_fields).await;
        assert_eq!(sent.status, 303);
        let rows = answer::Entity::find().filter(answer::Column::Question.eq("your-idea")).all(&app.db).await.unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].text.as_deref(), Some("Plus de bancs. Écris-moi: [removed] ou [removed], insta [removed]"));
    }
}

/// Each test reads the log lines of its own server: a line another test's
/// server wrote can never satisfy (or break) its assertions.
#[tokio::test]
async fn each_server_reads_only_its_own_log_lines() {
    let a = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
    let b = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
    assert_eq!(a.get("/admin/login").await.status, 200);
    assert_eq!(b.get("/admin/forgot").await.status, 200);
    let (la, lb) = (a.logs(), b.logs());
    assert!(la.contains("route=/admin/login") && !la.contains("route=/admin/forgot"), "{la}");
    assert!(lb.contains("route=/admin/forgot") && !lb.contains("route=/admin/login"), "{lb}");
}

//! Faults: a submission acknowledged with a redirect survives the process being
//! killed the next instant; with PostgreSQL stopped the service answers 503
//! (keeping the typed answers) and recovers by itself when it returns.

use crate::helpers::{Backend, Browser, Options, TempDir, backends, form_state, say, spawn_app_with, surveys_dir};
use childvoice::i18n::locales;
use childvoice::store::entities::answer;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port()
}

/// `childvoice serve` as its own process, so that it can be killed.
fn start_server(database_url: &str, port: u16, dir: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_childvoice"))
        .arg("serve")
        .env("DATABASE_URL", database_url)
        .env("CHILDVOICE_BIND", format!("127.0.0.1:{port}"))
        .env("CHILDVOICE_SURVEYS_DIR", surveys_dir())
        .env("CHILDVOICE_MAIL_DIR", dir.join("mail"))
        .env("CHILDVOICE_RATE_PAGES", "0,0")
        .env("CHILDVOICE_RATE_SUBMIT", "0,0")
        .env("CHILDVOICE_MIN_FORM_SECONDS", "0")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start childvoice serve")
}

/// Waits (bounded) until the server answers; returns false if it never does.
async fn wait_until_healthy(b: &Browser) -> bool {
    for _ in 0..300 {
        if let Ok(r) = b.client.get(b.url("/healthz")).send().await
            && r.status().as_u16() == 200
        {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    false
}

/// One complete submission in one post: the assent's token, a marked free text, send.
async fn submit_marked(b: &Browser, marker: &str) -> Option<u16> {
    let assent = b.client.get(b.url("/s/journeys/parent?lang=en")).send().await.ok()?;
    let html = assent.text().await.ok()?;
    let token = {
        let doc = scraper::Html::parse_document(&html);
        let sel = scraper::Selector::parse("input[name=token]").expect("selector");
        doc.select(&sel).next()?.value().attr("value")?.to_owned()
    };
    let fields = [("token", token.as_str()), ("page", "0"), ("nav", "submit"), ("q.idea", marker)];
    let res = b.client.post(b.url("/s/journeys/parent?lang=en")).form(&fields).send().await.ok()?;
    Some(res.status().as_u16())
}

#[tokio::test]
async fn every_submission_answered_with_a_redirect_survives_a_kill() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options::default()).await;
        let dir = TempDir::new();
        let port = free_port();
        let mut server = start_server(&app.database_url, port, &dir.0);
        let b = Arc::new(Browser::new(&format!("http://127.0.0.1:{port}")));
        assert!(wait_until_healthy(&b).await, "the server starts");

        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let mut tasks = Vec::new();
        for worker in 0..8 {
            let (b, acknowledged, stop) = (b.clone(), acknowledged.clone(), stop.clone());
            tasks.push(tokio::spawn(async move {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let marker = format!("durability marker {worker}-{n}");
                    match submit_marked(&b, &marker).await {
                        Some(303) => acknowledged.lock().unwrap().push(marker),
                        Some(_) => {}
                        None => break,
                    }
                }
            }));
        }
        while acknowledged.lock().unwrap().len() < 60 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        server.kill().expect("SIGKILL");
        server.wait().expect("killed");
        stop.store(true, Ordering::Relaxed);
        for t in tasks {
            let _ = t.await;
        }
        let acknowledged = acknowledged.lock().unwrap().clone();

        let mut again = start_server(&app.database_url, port, &dir.0);
        assert!(wait_until_healthy(&b).await, "the server starts again");
        let stored: Vec<String> = answer::Entity::find()
            .filter(answer::Column::Question.eq("idea"))
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter_map(|a| a.text)
            .collect();
        let missing: Vec<&String> = acknowledged.iter().filter(|m| !stored.contains(m)).collect();
        assert!(missing.is_empty(), "{backend:?}: acknowledged but lost: {missing:?}");
        say(&format!("{backend:?}: {} submissions acknowledged before SIGKILL, all stored", acknowledged.len()));
        let _ = again.kill();
        let _ = again.wait();
    }
}

/// A private PostgreSQL cluster that the test may stop and start.
struct PrivateCluster {
    dir: TempDir,
    bin: std::path::PathBuf,
    port: u16,
}

impl PrivateCluster {
    fn new() -> Option<PrivateCluster> {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .flatten()
            .map(|e| e.path().join("bin"))
            .find(|p| p.join("initdb").exists())?;
        let dir = TempDir::new();
        let ok = |c: &mut Command| c.stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
        if !ok(Command::new("chown").args(["-R", "postgres:postgres"]).arg(&dir.0)) {
            return None;
        }
        let data = dir.0.join("data");
        if !ok(Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(bin.join("initdb"))
            .args(["-A", "trust", "-U", "postgres", "-D"])
            .arg(&data))
        {
            return None;
        }
        let cluster = PrivateCluster { dir, bin, port: free_port() };
        cluster.pg_ctl("start").then_some(cluster)
    }

    fn pg_ctl(&self, action: &str) -> bool {
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=on", self.port, self.dir.0.display());
        Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D"])
            .arg(self.dir.0.join("data"))
            .args(["-o", &options, "-m", "fast", "-w", "-l"])
            .arg(self.dir.0.join("log"))
            .arg(action)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        self.pg_ctl("stop");
    }
}

#[tokio::test]
async fn with_postgresql_stopped_the_service_answers_503_keeps_the_answers_and_recovers() {
    if !backends().contains(&Backend::Postgres) {
        return;
    }
    let Some(cluster) = PrivateCluster::new() else {
        say("PostgreSQL restart test skipped: no initdb/runuser to make a private cluster");
        return;
    };
    let app = spawn_app_with(
        Backend::Postgres,
        Options { database_of: Some((cluster.url(), Backend::Postgres)), ..Default::default() },
    )
    .await;
    let w = crate::helpers::walk(&app, "play", childvoice::domain::Audience::Age13to17, "fr", 2, false).await;

    assert!(cluster.pg_ctl("stop"), "PostgreSQL stops");
    let health = app.get("/healthz").await;
    assert_eq!(health.status, 503, "liveness reports the database down");
    let refused = app.post_form(&w.final_action, &w.final_fields).await;
    assert_eq!(refused.status, 503, "{}", refused.html);
    assert!(refused.contains(&locales().t("fr", "form-unavailable")), "a friendly page in French");
    let kept = crate::helpers::form_values(&refused);
    for pair in w.final_fields.iter().filter(|(k, _)| k.starts_with("q.")) {
        assert!(kept.contains(pair), "{pair:?} is still in the page");
    }
    assert_eq!(form_state(&refused).action, w.final_action);
    // A database error met with `?` anywhere is one localized page: 503 with
    // Retry-After, in the language the request asked for.
    let admin = app.get("/networks/cities?lang=fr").await;
    assert_eq!(admin.status, 503, "{}", admin.html);
    assert!(admin.headers.get("retry-after").is_some());
    let title = locales().t("fr", "error-unavailable-title");
    assert!(admin.html.replace(['\u{2068}', '\u{2069}'], "").contains(&title), "{}", admin.html);
    assert!(admin.html.contains("lang=\"fr\""), "{}", admin.html);

    assert!(cluster.pg_ctl("start"), "PostgreSQL starts again");
    assert!(wait_until_healthy(&app).await, "the service recovers by itself");
    let sent = app.post_form(&w.final_action, &w.final_fields).await;
    assert_eq!(sent.status, 303, "the same answers are accepted once the database is back");
}

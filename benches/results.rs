//! Results benchmark: loads 1,000,000 responses of the `journeys` survey into
//! SQLite and into PostgreSQL (through the same batched writer as the form,
//! so the running tallies are built as in production), starts the service on
//! each, and times the whole results dashboard and the API results, cold (the
//! first request after start) and warm (median and worst of 20); then the
//! dashboard of a consultation still taking answers (a response arrives before
//! each read, so nothing cached can be used).
//!
//!     cargo bench --bench results
//!
//! CHILDVOICE_BENCH_RESPONSES changes the count (default 1000000). The loaded
//! databases are kept (target/bench-results/ and the PostgreSQL database
//! `childvoice_bench_results`) so a second run skips the load. PostgreSQL
//! runs when CHILDVOICE_BENCH_POSTGRES (or CHILDVOICE_TEST_POSTGRES) names a
//! server, e.g. postgres://postgres@127.0.0.1:5432.

use childvoice::config::{self, Rate, Secret, Settings};
use childvoice::domain::account::{Email, Role};
use childvoice::domain::{AnswerValue, Answers, Audience, QuestionKind};
use childvoice::startup::{Application, DEMO_ORGANISATION};
use childvoice::store::responses::{NewResponse, Submission, store_batch};
use rand::Rng;
use rand::SeedableRng;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use std::time::{Duration, Instant};

const PASSWORD: &str = "bench password 0123456789";
const BATCH: usize = 1000;

fn responses_wanted() -> u64 {
    std::env::var("CHILDVOICE_BENCH_RESPONSES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000)
}

/// A plausible response: every question of the audience answered at random
/// (conditions followed), one in ten with an idea in words.
fn random_response(
    rng: &mut rand::rngs::StdRng,
    survey: &childvoice::domain::Survey,
    consultation_id: i32,
    organisation_id: i32,
    channels: &[i32],
) -> NewResponse {
    let audience = Audience::ALL[rng.random_range(0..4)];
    let language = ["en", "fr", "es", "ar"][rng.random_range(0..4)].to_owned();
    let mut answers = Answers::default();
    for q in survey.questions_for(audience) {
        if let Some(c) = &q.show_if {
            let holds = c.holds(&answers);
            if !holds {
                continue;
            }
        }
        let pick =
            |rng: &mut rand::rngs::StdRng, options: &[String]| options[rng.random_range(0..options.len())].clone();
        let value = match &q.kind {
            QuestionKind::Single { options } => AnswerValue::Choice(pick(rng, options)),
            QuestionKind::Area => AnswerValue::Area(pick(rng, &survey.areas)),
            QuestionKind::Multiple { options, max, .. } => {
                let n = rng.random_range(1..=max.unwrap_or(3).min(3) as usize);
                let mut chosen: Vec<String> = (0..n).map(|_| pick(rng, options)).collect();
                chosen.sort();
                chosen.dedup();
                AnswerValue::Choices(chosen)
            }
            QuestionKind::Scale => AnswerValue::Scale(rng.random_range(1..=audience.scale_points())),
            QuestionKind::Number { min, max } => AnswerValue::Number(rng.random_range(*min..=(*max).min(90))),
            QuestionKind::Rank { options } => {
                let mut order = options.clone();
                for i in (1..order.len()).rev() {
                    order.swap(i, rng.random_range(0..=i));
                }
                order.truncate(3);
                AnswerValue::Ranking(order)
            }
            // The bench database's consultation has no map: places are not asked.
            QuestionKind::Place { .. } | QuestionKind::Note => continue,
            QuestionKind::Text { .. } => {
                if rng.random_range(0..10) != 0 {
                    continue;
                }
                AnswerValue::Text("More crossings near the school, and slower cars.".into())
            }
        };
        answers.0.insert(q.id.clone(), value);
    }
    let area = survey.questions.iter().find_map(|q| match answers.0.get(&q.id) {
        Some(AnswerValue::Area(a)) => Some(a.clone()),
        _ => None,
    });
    NewResponse {
        organisation_id: childvoice::domain::OrganisationId(organisation_id),
        consultation_id: childvoice::domain::ConsultationId(consultation_id),
        audience,
        language,
        area,
        channel_id: if channels.is_empty() || rng.random_range(0..3) == 0 {
            None
        } else {
            Some(channels[rng.random_range(0..channels.len())])
        },
        submitted_on: chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day")
            + chrono::Days::new(rng.random_range(0..28)),
        answers,
        flagged: vec![],
    }
}

fn settings(database_url: &str, dir: &std::path::Path) -> Settings {
    let off = Rate { per_minute: 0, burst: 0 };
    Settings {
        database_url: database_url.to_owned(),
        bind: "127.0.0.1:0".parse().expect("address"),
        public_url: "http://localhost:8080".into(),
        surveys_dir: std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("surveys"),
        locales_dir: None,
        secret: Some(Secret::new("bench-secret-0123456789abcdef0123456789")),
        smtp_url: None,
        mail_from: "childvoice <no-reply@localhost>".into(),
        mail_dir: dir.join("mail"),
        trusted_proxies: vec![],
        rate_pages: off,
        rate_submit: off,
        rate_login: config::DEFAULT_RATE_LOGIN,
        min_form_seconds: 0,
        metrics_token: None,
    }
}

/// Loads responses into the demo `journeys` consultation until it has `wanted`.
async fn load(db: &DatabaseConnection, wanted: u64) -> (i32, u64) {
    use childvoice::store::entities::{consultation, response};
    let c = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq("journeys"))
        .one(db)
        .await
        .expect("query")
        .expect("the demo journeys consultation");
    let have =
        response::Entity::find().filter(response::Column::ConsultationId.eq(c.id)).count(db).await.expect("count");
    if have >= wanted {
        return (c.id, have);
    }
    let template = childvoice::store::consultations::snapshot(db, childvoice::domain::ConsultationId(c.id))
        .await
        .expect("snapshot")
        .expect("a snapshot");
    let survey = template.survey;
    let today = chrono::Utc::now().date_naive();
    let mut channels =
        childvoice::store::channels::of(db, childvoice::domain::ConsultationId(c.id)).await.expect("channels");
    for name in ["School posters", "Library", "Youth club"].iter().skip(channels.len()) {
        channels.push(
            childvoice::store::channels::create(db, childvoice::domain::ConsultationId(c.id), name, today)
                .await
                .expect("a channel"),
        );
    }
    let channel_ids: Vec<i32> = channels.iter().map(|ch| ch.id).collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(have);
    let started = Instant::now();
    let mut done = have;
    while done < wanted {
        let n = BATCH.min((wanted - done) as usize);
        let batch: Vec<Submission> = (0..n)
            .map(|i| Submission {
                response: random_response(&mut rng, &survey, c.id, c.organisation_id, &channel_ids),
                nonce: format!("bench-{}", done + i as u64),
                token_expires_on: today,
            })
            .collect();
        let refs: Vec<&Submission> = batch.iter().collect();
        store_batch(db, &refs).await.expect("store a batch");
        done += n as u64;
        if done % 100_000 == 0 {
            eprintln!("  loaded {done} responses ({:.0} s)", started.elapsed().as_secs_f64());
        }
    }
    eprintln!("  loaded {} responses in {:.0} s", done - have, started.elapsed().as_secs_f64());
    (c.id, done)
}

async fn ensure_user(db: &DatabaseConnection) {
    let email = Email::parse("bench@example.org").expect("email");
    if childvoice::store::accounts::by_email(db, &email).await.expect("query").is_some() {
        return;
    }
    let org =
        childvoice::store::accounts::organisation_by_slug(db, DEMO_ORGANISATION).await.expect("query").expect("org");
    let hash = childvoice::auth::hash_password(PASSWORD).expect("hash");
    childvoice::store::accounts::create_user(
        db,
        childvoice::store::accounts::NewUser {
            organisation_id: org,
            email: &email,
            role: Role::Owner,
            language: "en",
            password_hash: Some(hash),
            today: chrono::Utc::now().date_naive(),
            network_role: None,
        },
    )
    .await
    .expect("bench user");
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).map(|i| i + marker.len()).unwrap_or_else(|| panic!("no {name}"));
    html[start..].split('"').next().unwrap_or("").to_owned()
}

async fn timed(client: &reqwest::Client, url: &str, token: Option<&str>) -> Duration {
    let mut req = client.get(url);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let started = Instant::now();
    let res = req.send().await.expect("request");
    assert!(res.status().is_success(), "{url}: {}", res.status());
    let body = res.bytes().await.expect("body");
    let elapsed = started.elapsed();
    assert!(body.len() > 1000, "{url} answered almost nothing");
    elapsed
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

async fn run(name: &str, database_url: &str, dir: &std::path::Path) {
    eprintln!("{name}: preparing {database_url}");
    let app = Application::build(&settings(database_url, dir)).await.expect("the application builds");
    let base = format!("http://127.0.0.1:{}", app.port());
    let db = childvoice::store::connect(database_url).await.expect("connect");
    let (id, count) = load(&db, responses_wanted()).await;
    ensure_user(&db).await;
    // The planner's statistics, as autovacuum gathers them within minutes of
    // a large load in production (the bench reads at once).
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        db.execute_unprepared("ANALYZE").await.expect("analyze");
    }
    drop(app);
    // A fresh process state: nothing cached but what the database itself keeps.
    let app = Application::build(&settings(database_url, dir)).await.expect("the application builds");
    let base_fresh = format!("http://127.0.0.1:{}", app.port());
    let _ = base;
    let server = tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let login =
        client.get(format!("{base_fresh}/admin/login")).send().await.expect("login").text().await.expect("body");
    let res = client
        .post(format!("{base_fresh}/admin/login"))
        .form(&[
            ("login_token", hidden(&login, "login_token")),
            ("email", "bench@example.org".into()),
            ("password", PASSWORD.into()),
        ])
        .send()
        .await
        .expect("sign in");
    assert_eq!(res.status().as_u16(), 303, "signed in");
    let api_page = client.get(format!("{base_fresh}/admin/api")).send().await.expect("api").text().await.expect("body");
    let made = client
        .post(format!("{base_fresh}/admin/api"))
        .form(&[("csrf", hidden(&api_page, "csrf")), ("name", "bench".into())])
        .send()
        .await
        .expect("token")
        .text()
        .await
        .expect("body");
    let token = made.split("id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).expect("a token").to_owned();

    let dashboard = format!("{base_fresh}/admin/consultations/{id}/results");
    let filtered = format!("{dashboard}?audience=parent&language=en&area=riverside");
    let api = format!("{base_fresh}/api/v1/consultations/journeys/results");
    println!("{name}: {count} responses of journeys");
    // Figures beyond the total are read once answers have stopped.
    childvoice::store::consultations::set_state(
        &db,
        childvoice::domain::ConsultationId(id),
        childvoice::domain::State::Closed,
    )
    .await
    .expect("close");
    {
        // Where the time of an uncached dashboard goes, in this process.
        let template = childvoice::store::consultations::snapshot(&db, childvoice::domain::ConsultationId(id))
            .await
            .expect("snapshot")
            .expect("a snapshot");
        let started = Instant::now();
        let tallies =
            childvoice::store::results::tallies(&db, childvoice::domain::ConsultationId(id)).await.expect("tallies");
        let read = started.elapsed();
        let started = Instant::now();
        let audiences = Audience::ALL.to_vec();
        let areas = template.survey.areas.clone();
        let report = childvoice::domain::results::report(
            &tallies,
            &template.survey,
            &audiences,
            &areas,
            &childvoice::domain::results::Filter::default(),
            10,
        );
        let computed = started.elapsed();
        println!(
            "  reading the tallies {:>9}   computing the report {:>9}   ({} questions)",
            ms(read),
            ms(computed),
            report.questions.len()
        );
    }
    for (what, url, token) in [
        ("dashboard (all)", &dashboard, None),
        ("dashboard (3 filters)", &filtered, None),
        ("API results (all)", &api, Some(token.as_str())),
    ] {
        let cold = timed(&client, url, token).await;
        let mut warm: Vec<Duration> = Vec::new();
        for _ in 0..20 {
            warm.push(timed(&client, url, token).await);
        }
        warm.sort();
        println!(
            "  {what:<24} cold {:>9}   warm median {:>9}   warm worst {:>9}",
            ms(cold),
            ms(warm[warm.len() / 2]),
            ms(warm[warm.len() - 1])
        );
    }
    // An open consultation: a response arrives before each read, so the
    // tallies are read from the database every time (nothing cached).
    let template = childvoice::store::consultations::snapshot(&db, childvoice::domain::ConsultationId(id))
        .await
        .expect("snapshot")
        .expect("a snapshot");
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let today = chrono::Utc::now().date_naive();
    let mut fresh: Vec<Duration> = Vec::new();
    for i in 0..20 {
        let org =
            childvoice::store::accounts::organisation_by_slug(&db, DEMO_ORGANISATION).await.expect("q").expect("org");
        let s = Submission {
            response: random_response(&mut rng, &template.survey, id, org.0, &[]),
            nonce: format!("bench-live-{}-{i}", uuid::Uuid::new_v4()),
            token_expires_on: today,
        };
        use childvoice::domain::State;
        childvoice::store::consultations::set_state(&db, childvoice::domain::ConsultationId(id), State::Open)
            .await
            .expect("open");
        store_batch(&db, &[&s]).await.expect("one more response");
        childvoice::store::consultations::set_state(&db, childvoice::domain::ConsultationId(id), State::Closed)
            .await
            .expect("close");
        fresh.push(timed(&client, &dashboard, None).await);
    }
    fresh.sort();
    println!(
        "  {:<24} (tallies read again each time)  median {:>9}   worst {:>9}",
        "dashboard, new response",
        ms(fresh[fresh.len() / 2]),
        ms(fresh[fresh.len() - 1])
    );
    // Free texts: one page of 50, its first and a later page, and searches.
    let texts = format!("{base_fresh}/admin/consultations/{id}/texts");
    for (what, url) in [
        ("free texts, first page", texts.clone()),
        ("free texts, search (common)", format!("{texts}?q=crossings")),
        ("free texts, search (absent)", format!("{texts}?q=zzzzqq")),
    ] {
        let mut times: Vec<Duration> = Vec::new();
        for _ in 0..10 {
            let started = Instant::now();
            let res = client.get(&url).send().await.expect("texts");
            assert!(res.status().is_success(), "{url}");
            res.bytes().await.expect("body");
            times.push(started.elapsed());
        }
        times.sort();
        println!("  {what:<28} median {:>9}   worst {:>9}", ms(times[times.len() / 2]), ms(times[times.len() - 1]));
    }

    // The response-level export, streamed (the consultation is closed);
    // the respondent form's latency with and without it running.
    let form = format!("{base_fresh}/s/play/parent");
    let form_p99 = |client: reqwest::Client, form: String| async move {
        let mut times: Vec<Duration> = Vec::new();
        for _ in 0..300 {
            let started = Instant::now();
            let res = client.get(&form).send().await.expect("form");
            res.bytes().await.expect("body");
            times.push(started.elapsed());
        }
        times.sort();
        times[times.len() * 99 / 100]
    };
    let plain = reqwest::Client::new();
    let quiet = form_p99(plain.clone(), form.clone()).await;
    let rss = || -> u64 {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    };
    let before = rss();
    let peak = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(before));
    let watching = {
        let peak = peak.clone();
        tokio::spawn(async move {
            loop {
                peak.fetch_max(rss(), std::sync::atomic::Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    };
    let export = {
        let client = client.clone();
        let url = format!("{base_fresh}/admin/consultations/{id}/responses.csv");
        tokio::spawn(async move {
            let started = Instant::now();
            let mut res = client.get(&url).send().await.expect("export");
            assert!(res.status().is_success(), "{}", res.status());
            let first = started.elapsed();
            let (mut bytes, mut lines) = (0usize, 0usize);
            while let Some(chunk) = res.chunk().await.expect("a chunk") {
                bytes += chunk.len();
                lines += chunk.iter().filter(|b| **b == b'\n').count();
            }
            (first, started.elapsed(), bytes, lines)
        })
    };
    let busy = form_p99(plain, form).await;
    let (first, total, bytes, lines) = export.await.expect("the export");
    watching.abort();
    let grown = peak.load(std::sync::atomic::Ordering::Relaxed).saturating_sub(before);
    println!(
        "  responses.csv: {} rows, {:.0} MB in {:.1} s (first byte {}); memory grew {:.0} MB",
        lines.saturating_sub(1),
        bytes as f64 / 1e6,
        total.as_secs_f64(),
        ms(first),
        grown as f64 / 1024.0
    );
    println!("  form page p99: {} without an export, {} during one", ms(quiet), ms(busy));
    childvoice::store::consultations::set_state(
        &db,
        childvoice::domain::ConsultationId(id),
        childvoice::domain::State::Open,
    )
    .await
    .expect("reopen");
    server.abort();
    db.close().await.ok();
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target").join("bench-results");
        std::fs::create_dir_all(&dir).expect("bench dir");
        let sqlite = format!("sqlite://{}?mode=rwc", dir.join("results.db").display());
        run("SQLite", &sqlite, &dir).await;
        let pg = std::env::var("CHILDVOICE_BENCH_POSTGRES").or_else(|_| std::env::var("CHILDVOICE_TEST_POSTGRES"));
        if let Ok(base) = pg {
            let base = base.trim_end_matches('/').to_owned();
            let admin = sea_orm::Database::connect(format!("{base}/postgres")).await.expect("connect to PostgreSQL");
            let exists = admin
                .query_one_raw(sea_orm::Statement::from_string(
                    sea_orm::DatabaseBackend::Postgres,
                    "SELECT 1 FROM pg_database WHERE datname = 'childvoice_bench_results'",
                ))
                .await
                .expect("query")
                .is_some();
            if !exists {
                admin.execute_unprepared("CREATE DATABASE childvoice_bench_results").await.expect("create database");
            }
            admin.close().await.ok();
            run("PostgreSQL", &format!("{base}/childvoice_bench_results"), &dir).await;
        } else {
            println!("PostgreSQL: skipped (set CHILDVOICE_BENCH_POSTGRES)");
        }
    });
}

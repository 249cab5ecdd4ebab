//! Submission benchmark: starts `target/release/childvoice serve` on SQLite and
//! on PostgreSQL, and drives realistic submissions of the `journeys` survey
//! (fetch the form, post the answers with its token) at rising concurrency.
//! Prints accepted submissions per second, p50/p99 latency of the post, errors.
//! Then, as a browser does (gzip, keep-alive): the latency of compressed
//! responses on one connection, and whole journeys (landing, assent, Start,
//! every page, Send, thanks) completed per second.
//!
//!     cargo build --release && cargo bench --bench submissions
//!
//! PostgreSQL runs when CHILDVOICE_BENCH_POSTGRES (or CHILDVOICE_TEST_POSTGRES)
//! names a server, e.g. postgres://postgres@127.0.0.1:5432.
//! CHILDVOICE_BENCH_ONLY=sqlite or =postgres runs one of the two.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const SECONDS_PER_STEP: u64 = 8;
const CONCURRENCY: [usize; 5] = [8, 32, 64, 96, 128];

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(18080)
}

fn start(database_url: &str, port: u16, dir: &std::path::Path) -> Child {
    let bin = std::env::var("CHILDVOICE_BIN")
        .unwrap_or_else(|_| format!("{}/target/release/childvoice", env!("CARGO_MANIFEST_DIR")));
    Command::new(&bin)
        .arg("serve")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("DATABASE_URL", database_url)
        .env("CHILDVOICE_BIND", format!("127.0.0.1:{port}"))
        .env("CHILDVOICE_MAIL_DIR", dir.join("mail"))
        .env("CHILDVOICE_RATE_PAGES", "0,0")
        .env("CHILDVOICE_RATE_SUBMIT", "0,0")
        .env("CHILDVOICE_MIN_FORM_SECONDS", "0")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin} (run `cargo build --release` first): {e}"))
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    for _ in 0..600 {
        if client.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status().is_success()) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start");
}

fn token_of(html: &str) -> Option<String> {
    let start = html.find("name=\"token\" value=\"")? + 20;
    Some(html[start..].split('"').next()?.to_owned())
}

/// One virtual respondent: fetch the form, then post a parent's answers.
async fn submit(client: &reqwest::Client, base: &str, n: u64) -> Result<Duration, ()> {
    let path = format!("{base}/s/journeys/parent?lang=en");
    let html = client.get(&path).send().await.map_err(|_| ())?.text().await.map_err(|_| ())?;
    let token = token_of(&html).ok_or(())?;
    let idea = format!("A crossing near the school, please ({n})");
    let fields = [
        ("token", token.as_str()),
        ("page", "0"),
        ("nav", "submit"),
        ("q.travel-mode", "walk"),
        ("q.travel-with", "adult"),
        ("q.journey-minutes", "15"),
        ("q.journey-feeling", "2"),
        ("q.unsafe-things", "fast-cars"),
        ("q.unsafe-things", "dark"),
        ("q.allowed-alone", "no"),
        ("q.alone-why-not", "traffic"),
        ("q.wish-mode", "bike"),
        ("q.help-rank.crossings", "1"),
        ("q.help-rank.lights", "2"),
        ("q.home-area", "riverside"),
        ("q.idea", idea.as_str()),
    ];
    let started = Instant::now();
    let res = client.post(&path).form(&fields).send().await.map_err(|_| ())?;
    let elapsed = started.elapsed();
    if res.status().as_u16() == 303 { Ok(elapsed) } else { Err(()) }
}

async fn step(base: &str, concurrency: usize) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .build()
        .expect("client");
    let stop = Arc::new(AtomicBool::new(false));
    let counter = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, base, stop, counter) = (client.clone(), base.to_owned(), stop.clone(), counter.clone());
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut errors) = (Vec::new(), 0u64);
            while !stop.load(Ordering::Relaxed) {
                let n = counter.fetch_add(1, Ordering::Relaxed);
                match submit(&client, &base, n).await {
                    Ok(d) => ok.push(d),
                    Err(()) => errors += 1,
                }
            }
            (ok, errors)
        }));
    }
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(SECONDS_PER_STEP)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut latencies, mut errors) = (Vec::new(), 0);
    for t in tasks {
        if let Ok((ok, e)) = t.await {
            latencies.extend(ok);
            errors += e;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    println!(
        "  concurrency {concurrency:>4}: {:>7.0} accepted/s   p50 {:>6.1} ms   p99 {:>6.1} ms   errors {errors}",
        latencies.len() as f64 / secs,
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
    );
}

/// A response body, gunzipped when it came compressed.
async fn body(res: reqwest::Response) -> Result<String, ()> {
    let gzip = res.headers().get("content-encoding").is_some_and(|v| v == "gzip");
    let bytes = res.bytes().await.map_err(|_| ())?;
    if !gzip {
        return String::from_utf8(bytes.to_vec()).map_err(|_| ());
    }
    let mut out = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut out).map_err(|_| ())?;
    Ok(out)
}

/// The attributes of each `<input>` of a page: (type, name, value, checked).
fn inputs(html: &str) -> Vec<(String, String, String, bool)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.replace("&amp;", "&"))
    };
    html.split("<input")
        .skip(1)
        .filter_map(|rest| {
            let tag = rest.split('>').next()?;
            Some((
                attr(tag, "type").unwrap_or_else(|| "text".into()),
                attr(tag, "name")?,
                attr(tag, "value").unwrap_or_default(),
                tag.contains(" checked"),
            ))
        })
        .collect()
}

/// The fields a person sends from a form page: what it carries, the first
/// choice of each question, a number where one is asked.
fn answers(html: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (kind, name, value, _) in inputs(html) {
        match kind.as_str() {
            "hidden" => out.push((name, value)),
            "radio" | "checkbox" if !out.iter().any(|(n, _)| *n == name) => out.push((name, value)),
            "number" => out.push((name, "10".into())),
            _ => {}
        }
    }
    out
}

/// One whole journey as a phone's browser makes it; Ok(time) when thanked.
async fn journey(client: &reqwest::Client, base: &str) -> Result<Duration, ()> {
    let get = |url: String| client.get(url).header("accept-encoding", "gzip").send();
    let started = Instant::now();
    body(get(format!("{base}/s/journeys?lang=en")).await.map_err(|_| ())?).await?;
    let path = format!("{base}/s/journeys/parent?lang=en");
    let mut html = body(get(path.clone()).await.map_err(|_| ())?).await?;
    let mut nav = "start";
    for _ in 0..16 {
        let mut fields: Vec<(String, String)> = if nav == "start" {
            inputs(&html).into_iter().filter(|i| i.0 == "hidden").map(|i| (i.1, i.2)).collect()
        } else {
            answers(&html)
        };
        fields.push(("nav".into(), nav.into()));
        let res = client.post(&path).header("accept-encoding", "gzip").form(&fields).send().await.map_err(|_| ())?;
        if res.status().as_u16() == 303 {
            let location = res.headers().get("location").and_then(|l| l.to_str().ok()).ok_or(())?.to_owned();
            body(get(format!("{base}{location}")).await.map_err(|_| ())?).await?;
            return Ok(started.elapsed());
        }
        if !res.status().is_success() {
            return Err(());
        }
        html = body(res).await?;
        nav = if html.contains("name=\"nav\" value=\"submit\"") { "submit" } else { "next" };
    }
    Err(())
}

/// Journeys completed per second at `concurrency`, and their p50/p99.
async fn journeys(base: &str, concurrency: usize) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .build()
        .expect("client");
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (client, base, stop) = (client.clone(), base.to_owned(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut errors) = (Vec::new(), 0u64);
            while !stop.load(Ordering::Relaxed) {
                match journey(&client, &base).await {
                    Ok(d) => ok.push(d),
                    Err(()) => errors += 1,
                }
            }
            (ok, errors)
        }));
    }
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(SECONDS_PER_STEP)).await;
    stop.store(true, Ordering::Relaxed);
    let (mut done, mut errors) = (Vec::new(), 0);
    for t in tasks {
        if let Ok((ok, e)) = t.await {
            done.extend(ok);
            errors += e;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    done.sort();
    let pct = |p: f64| {
        done.get(((done.len() as f64 * p) as usize).min(done.len().saturating_sub(1))).copied().unwrap_or_default()
    };
    println!(
        "  journeys, concurrency {concurrency:>4}: {:>6.0} completed/s   p50 {:>6.1} ms   p99 {:>6.1} ms   errors {errors}",
        done.len() as f64 / secs,
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
    );
}

/// Compressed responses on one keep-alive connection: each should leave at
/// once (no wait for a delayed acknowledgement).
async fn keep_alive(base: &str) {
    let client = reqwest::Client::builder().pool_max_idle_per_host(1).build().expect("client");
    let mut times = Vec::new();
    for _ in 0..300 {
        let started = Instant::now();
        let res = client
            .get(format!("{base}/s/journeys/parent?lang=en"))
            .header("accept-encoding", "gzip")
            .send()
            .await
            .expect("a page");
        assert_eq!(res.headers().get("content-encoding").map(|v| v.as_bytes()), Some(&b"gzip"[..]));
        res.bytes().await.expect("body");
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "  compressed pages on one keep-alive connection: p50 {:.2} ms   p99 {:.2} ms   worst {:.2} ms",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() * 99 / 100].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
}

async fn run(name: &str, database_url: &str) {
    let dir = std::env::temp_dir().join(format!("childvoice-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(database_url, port, &dir);
    wait_ready(&reqwest::Client::new(), &base).await;
    println!("{name}: journeys, parent audience, 13 answer rows per submission, {SECONDS_PER_STEP}s per step");
    for c in CONCURRENCY {
        step(&base, c).await;
    }
    keep_alive(&base).await;
    for c in [16, 64] {
        journeys(&base, c).await;
    }
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("runtime");
    rt.block_on(async {
        let dir = std::env::temp_dir().join(format!("childvoice-bench-db-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let only = std::env::var("CHILDVOICE_BENCH_ONLY").unwrap_or_default();
        if only != "postgres" {
            run("SQLite", &format!("sqlite://{}?mode=rwc", dir.join("bench.db").display())).await;
        }
        let _ = std::fs::remove_dir_all(&dir);
        let pg = std::env::var("CHILDVOICE_BENCH_POSTGRES").or_else(|_| std::env::var("CHILDVOICE_TEST_POSTGRES"));
        match pg {
            Ok(_) if only == "sqlite" => {}
            Ok(base) => {
                let base = base.trim_end_matches('/').to_owned();
                let name = format!("childvoice_bench_{}", std::process::id());
                let admin = childvoice::store::connect(&format!("{base}/postgres")).await.expect("PostgreSQL");
                use sea_orm::ConnectionTrait;
                admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create database");
                run("PostgreSQL", &format!("{base}/{name}")).await;
                let _ = admin.execute_unprepared(&format!("DROP DATABASE \"{name}\" WITH (FORCE)")).await;
            }
            Err(_) => println!("PostgreSQL skipped: set CHILDVOICE_BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432"),
        }
    });
}

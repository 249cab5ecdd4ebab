//! The test harness: `spawn_app` and a `TestApp` with one method per endpoint.

use childvoice::config::{self, Rate, Secret, Settings};

const OFF: Rate = Rate { per_minute: 0, burst: 0 };
use childvoice::startup::Application;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, Once, OnceLock};

/// Every log line of this test binary, to check nothing personal is logged.
pub static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut logs) = self.0.lock() {
            logs.extend_from_slice(buf);
        }
        if std::env::var_os("TEST_LOG").is_some() {
            std::io::stderr().write_all(buf)?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn captured_logs() -> String {
    LOGS.get().and_then(|l| l.lock().ok().map(|b| String::from_utf8_lossy(&b).into_owned())).unwrap_or_default()
}

fn init_logs() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let buffer = LOGS.get_or_init(|| Arc::new(Mutex::new(Vec::new()))).clone();
        let writer = move || Capture(buffer.clone());
        childvoice::telemetry::init(writer, false);
    });
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const POSTGRES_VAR: &str = "CHILDVOICE_TEST_POSTGRES";

/// Prints past the test harness's output capture, so the line shows in CI logs.
pub fn say(line: &str) {
    // The harness captures print macros, not direct writes to the stderr handle.
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
    let _ = err.flush();
}

/// The databases every database test runs on.
pub fn backends() -> Vec<Backend> {
    static SAID: Once = Once::new();
    match std::env::var(POSTGRES_VAR) {
        Ok(url) if !url.is_empty() => vec![Backend::Sqlite, Backend::Postgres],
        _ => {
            SAID.call_once(|| {
                say(&format!("PostgreSQL skipped: set {POSTGRES_VAR}=postgres://postgres@127.0.0.1:5432 to run every test on it too"))
            });
            vec![Backend::Sqlite]
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub db: DatabaseConnection,
    /// The respondent's (or first visitor's) browser.
    pub browser: Browser,
    pub database_url: String,
    pub mail: Option<MailSink>,
    _dir: TempDir,
    pg_drop: Option<(String, String)>,
}

impl std::ops::Deref for TestApp {
    type Target = Browser;
    fn deref(&self) -> &Browser {
        &self.browser
    }
}

/// One browser: its own cookies, talking to the app.
pub struct Browser {
    pub address: String,
    pub client: reqwest::Client,
}

/// How to start the app.
#[derive(Default)]
pub struct Options {
    pub surveys_dir: Option<PathBuf>,
    /// `CHILDVOICE_LOCALES_DIR`: extra interface languages.
    pub locales_dir: Option<PathBuf>,
    /// Start an SMTP server on loopback and deliver to it.
    pub smtp: bool,
    /// Send mail to this SMTP URL instead (e.g. a closed port).
    pub smtp_url: Option<String>,
    /// Reuse the database of another app (an instance started later).
    pub database_of: Option<(String, Backend)>,
    /// Use the production rate limits (otherwise they are off).
    pub rate_limits: bool,
    pub trusted_proxies: Vec<childvoice::config::Cidr>,
    /// Seconds a form must be open before it is sent (0 unless set).
    pub min_form_seconds: u32,
    /// No limit on sign-ins from this machine (for tests that sign in more
    /// than the production burst of five people).
    pub many_sign_ins: bool,
}

/// A real SMTP server on loopback (Debian's python3-aiosmtpd) delivering to a Maildir.
pub struct MailSink {
    pub url: String,
    pub maildir: PathBuf,
    child: std::process::Child,
}

impl MailSink {
    pub fn start(dir: &std::path::Path) -> MailSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let maildir = dir.join("maildir");
        let child = std::process::Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start aiosmtpd (apt-get install python3-aiosmtpd)");
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        MailSink { url: format!("smtp://127.0.0.1:{port}"), maildir, child }
    }

    /// The messages once at least `n` have arrived (mail sent in the background
    /// arrives a little after the response); gives up after 20 seconds.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..200 {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        self.messages()
    }

    /// Every message received so far, decoded from quoted-printable.
    pub fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.maildir.join(sub)) {
                for e in entries.flatten() {
                    if let Ok(raw) = std::fs::read_to_string(e.path()) {
                        out.push(decode_quoted_printable(&raw));
                    }
                }
            }
        }
        out
    }
}

impl Drop for MailSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Undoes quoted-printable soft breaks and escapes, enough to read links and words.
pub fn decode_quoted_printable(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("00");
            out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A temporary folder removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> Self {
        let path = std::env::temp_dir().join(format!("childvoice-test-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn surveys_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("surveys")
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, Options::default()).await
}

pub async fn spawn_app_with(backend: Backend, options: Options) -> TestApp {
    init_logs();
    let dir = TempDir::new();
    let (database_url, pg_drop) = match (backend, options.database_of) {
        (_, Some((url, _))) => (url, None),
        (Backend::Sqlite, None) => (format!("sqlite://{}?mode=rwc", dir.0.join("test.db").display()), None),
        (Backend::Postgres, None) => {
            let base = std::env::var(POSTGRES_VAR).expect("postgres url").trim_end_matches('/').to_owned();
            let name = format!("childvoice_test_{}", uuid::Uuid::new_v4().simple());
            let admin = sea_orm::Database::connect(format!("{base}/postgres")).await.expect("connect to PostgreSQL");
            admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
            admin.close().await.ok();
            (format!("{base}/{name}"), Some((base, name)))
        }
    };
    let mail = options.smtp.then(|| MailSink::start(&dir.0));
    let smtp_url = options.smtp_url.or_else(|| mail.as_ref().map(|m| m.url.clone()));
    let settings = Settings {
        database_url: database_url.clone(),
        bind: "127.0.0.1:0".parse().expect("address"),
        public_url: PUBLIC_URL.into(),
        surveys_dir: options.surveys_dir.unwrap_or_else(surveys_dir),
        locales_dir: options.locales_dir,
        secret: Some(Secret::new("test-secret-0123456789abcdef0123456789")),
        smtp_url: smtp_url.map(Secret::new),
        mail_from: "childvoice <no-reply@localhost>".into(),
        mail_dir: dir.0.join("mail"),
        trusted_proxies: options.trusted_proxies,
        rate_pages: if options.rate_limits { config::DEFAULT_RATE_PAGES } else { OFF },
        rate_submit: if options.rate_limits { config::DEFAULT_RATE_SUBMIT } else { OFF },
        rate_login: if options.many_sign_ins { OFF } else { config::DEFAULT_RATE_LOGIN },
        min_form_seconds: options.min_form_seconds,
        metrics_token: None,
    };
    let app = Application::build(&settings).await.expect("the application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let db = childvoice::store::connect(&database_url).await.expect("test connection");
    let _ = backend;
    let browser = Browser::new(&address);
    TestApp { address, db, browser, database_url, mail, _dir: dir, pg_drop }
}

/// The public base URL the test server puts in links and QR codes.
pub const PUBLIC_URL: &str = "http://localhost:8080";

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some((base, name)) = self.pg_drop.take() {
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                    return;
                };
                rt.block_on(async {
                    if let Ok(admin) = sea_orm::Database::connect(format!("{base}/postgres")).await {
                        let _ =
                            admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
                        let _ = admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// A page as a phone receives it: gzip-compressed on the wire.
pub struct Page {
    pub status: u16,
    pub html: String,
    pub compressed_bytes: usize,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    pub fn doc(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.html)
    }

    /// Text of the first element matching `selector`, whitespace-normalised.
    pub fn text_of(&self, selector: &str) -> Option<String> {
        let doc = self.doc();
        let sel = scraper::Selector::parse(selector).expect("selector");
        doc.select(&sel)
            .next()
            .map(|e| e.text().collect::<Vec<_>>().join(" ").split_whitespace().collect::<Vec<_>>().join(" "))
    }

    pub fn attr(&self, selector: &str, attr: &str) -> Option<String> {
        let doc = self.doc();
        let sel = scraper::Selector::parse(selector).expect("selector");
        doc.select(&sel).next().and_then(|e| e.value().attr(attr)).map(str::to_owned)
    }

    pub fn contains(&self, text: &str) -> bool {
        self.html.contains(&text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;"))
            || self.html.contains(text)
    }
}

async fn into_page(res: reqwest::Response) -> Page {
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let location = headers.get("location").and_then(|l| l.to_str().ok()).map(str::to_owned);
    let gzipped = headers.get("content-encoding").is_some_and(|v| v == "gzip");
    let bytes = res.bytes().await.expect("body");
    let html = if gzipped {
        let mut out = String::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut out).expect("gzip body");
        out
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Page { status, html, compressed_bytes: bytes.len(), location, headers }
}

impl Browser {
    pub fn new(address: &str) -> Browser {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .expect("client");
        Browser { address: address.to_owned(), client }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> Page {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = self.client.get(self.url(path)).header("accept-encoding", "gzip");
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        into_page(req.send().await.expect("GET")).await
    }

    pub async fn post_form(&self, path: &str, fields: &[(String, String)]) -> Page {
        self.post_form_with(path, fields, &[]).await
    }

    pub async fn post_form_with(&self, path: &str, fields: &[(String, String)], headers: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(fields).expect("encode form");
        let mut req = self
            .client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept-encoding", "gzip")
            .body(body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        into_page(req.send().await.expect("POST")).await
    }

    /// A download's status, content type and bytes, as sent.
    pub async fn get_bytes(&self, path: &str) -> (u16, String, Vec<u8>) {
        let res = self.client.get(self.url(path)).send().await.expect("GET");
        let status = res.status().as_u16();
        let content_type =
            res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        (status, content_type, res.bytes().await.expect("body").to_vec())
    }

    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        let res = self
            .client
            .post(self.url(path))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("POST");
        into_page(res).await
    }

    /// The stylesheet's compressed size, counted with every page.
    pub async fn css_bytes(&self, page: &Page) -> usize {
        let href = page.attr("link[rel=stylesheet]", "href").expect("stylesheet link");
        self.get(&href).await.compressed_bytes
    }
}

impl TestApp {
    /// Where emails are written when there is no SMTP server.
    /// The log lines written while this app answered requests (each carries
    /// `request{instance=PORT}`): other tests' lines never count. Privacy
    /// checks that a needle is nowhere still read [`captured_logs`], all of them.
    pub fn logs(&self) -> String {
        let tag = format!("instance={}", self.address.rsplit(':').next().unwrap_or_default());
        captured_logs().lines().filter(|l| l.contains(&tag)).collect::<Vec<_>>().join("\n")
    }

    pub fn mail_dir(&self) -> PathBuf {
        self._dir.0.join("mail")
    }

    /// A second browser, with no cookies.
    pub fn new_browser(&self) -> Browser {
        Browser::new(&self.address)
    }

    /// Runs the `childvoice` command against this app's database.
    pub fn cli(&self, args: &[&str], stdin: Option<&str>) -> (bool, String) {
        use std::process::{Command, Stdio};
        let mut child = Command::new(env!("CARGO_BIN_EXE_childvoice"))
            .args(args)
            .env("DATABASE_URL", &self.database_url)
            .env("CHILDVOICE_PUBLIC_URL", PUBLIC_URL)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run childvoice");
        if let Some(input) = stdin
            && let Some(mut pipe) = child.stdin.take()
        {
            pipe.write_all(input.as_bytes()).expect("stdin");
        }
        let out = child.wait_with_output().expect("childvoice output");
        (
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        )
    }

    pub async fn consultation_id(&self, slug: &str) -> i32 {
        childvoice::store::consultations::by_slug(&self.db, slug).await.expect("query").expect("consultation").id
    }

    /// The slug of a consultation by its admin id.
    pub async fn db_slug(&self, id: i32) -> String {
        childvoice::store::consultations::slug_of(&self.db, id).await.expect("query").expect("consultation")
    }

    /// Every row of every respondent table, as JSON text.
    pub async fn dump_respondent_tables(&self) -> String {
        use childvoice::store::entities::{answer, response, used_token};
        let mut out = String::new();
        for rows in [
            response::Entity::find().into_json().all(&self.db).await.expect("responses"),
            answer::Entity::find().into_json().all(&self.db).await.expect("answers"),
            used_token::Entity::find().into_json().all(&self.db).await.expect("tokens"),
        ] {
            out.push_str(&serde_json::to_string(&rows).expect("json"));
        }
        out
    }
}

/// Hidden inputs and the form action of a page, to post as a browser would.
pub struct FormState {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

pub fn form_state(page: &Page) -> FormState {
    let doc = page.doc();
    let form_sel = scraper::Selector::parse("form[method=post]").expect("selector");
    let hidden_sel = scraper::Selector::parse("input[type=hidden]").expect("selector");
    let form = doc.select(&form_sel).next().unwrap_or_else(|| panic!("no form on page:\n{}", page.html));
    let action = form.value().attr("action").expect("form action").to_owned();
    let fields = form
        .select(&hidden_sel)
        .map(|i| (i.value().attr("name").unwrap_or("").to_owned(), i.value().attr("value").unwrap_or("").to_owned()))
        .collect();
    FormState { action, fields }
}

/// The names of the visible answer fields on a form page.
pub fn visible_fields(page: &Page) -> Vec<String> {
    let doc = page.doc();
    let sel = scraper::Selector::parse("form input:not([type=hidden]), form textarea, form select").expect("selector");
    let mut names: Vec<String> = doc.select(&sel).filter_map(|e| e.value().attr("name").map(str::to_owned)).collect();
    names.dedup();
    names
}

/// The `nav` value of the form's primary button ("next" or "submit").
pub fn primary_nav(page: &Page) -> String {
    page.attr("button.primary", "value").expect("primary button")
}

/// Reads the survey of a shipped template, as the tests' own independent copy.
pub fn template(id: &str) -> childvoice::library::Checked {
    childvoice::library::load_template(&surveys_dir().join(id)).unwrap_or_else(|e| panic!("template {id}: {e:?}"))
}

/// The name/value pairs a browser would send from the page's form as it stands:
/// hidden and text inputs, ticked boxes, textareas and selected options.
pub fn form_values(page: &Page) -> Vec<(String, String)> {
    let doc = page.doc();
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    let mut out = Vec::new();
    for e in doc.select(&sel("form[method=post] input[name]")) {
        let v = e.value();
        let kind = v.attr("type").unwrap_or("text");
        if matches!(kind, "radio" | "checkbox") && v.attr("checked").is_none() {
            continue;
        }
        out.push((v.attr("name").unwrap_or("").to_owned(), v.attr("value").unwrap_or("").to_owned()));
    }
    for e in doc.select(&sel("form[method=post] textarea[name]")) {
        out.push((e.value().attr("name").unwrap_or("").to_owned(), e.text().collect()));
    }
    for e in doc.select(&sel("form[method=post] select[name]")) {
        if let Some(o) = e.select(&sel("option[selected]")).next() {
            out.push((
                e.value().attr("name").unwrap_or("").to_owned(),
                o.value().attr("value").unwrap_or("").to_owned(),
            ));
        }
    }
    out
}

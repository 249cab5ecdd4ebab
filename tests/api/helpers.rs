//! The test harness: `spawn_app` and a `TestApp` with one method per endpoint.

use childvoice::config::{self, Rate, Secret, Settings};

const OFF: Rate = Rate { per_minute: 0, burst: 0 };
use childvoice::domain::{Audience, QuestionKind};
use childvoice::startup::Application;
use childvoice::store::entities::{answer, response};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
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
        (childvoice::store::consultations::by_slug(&self.db, slug).await.expect("query").expect("consultation").id).0
    }

    /// The slug of a consultation by its admin id.
    pub async fn db_slug(&self, id: i32) -> String {
        childvoice::store::consultations::slug_of(&self.db, childvoice::domain::ConsultationId(id))
            .await
            .expect("query")
            .expect("consultation")
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

// Helpers for one endpoint or flow each: signing in, admin forms, a
// respondent's walk through a form, uploads, exports.

pub const PASSWORD: &str = "correct horse battery staple";

/// The value of a hidden input on a page.
pub fn hidden(page: &Page, name: &str) -> String {
    page.attr(&format!("input[type=hidden][name=\"{name}\"]"), "value")
        .unwrap_or_else(|| panic!("no {name} on:\n{}", page.html))
}

/// `childvoice admin create-org` then `create-user --password-stdin`.
pub fn bootstrap(app: &TestApp, org: &str, email: &str, role: &str) {
    let (ok, out) = app.cli(&["admin", "create-org", &format!("City of {org}"), "--slug", org], None);
    assert!(ok || out.contains("already exists"), "{out}");
    let (ok, out) = app.cli(
        &["admin", "create-user", "--org", org, "--email", email, "--role", role, "--password-stdin"],
        Some(&format!("{PASSWORD}\n")),
    );
    assert!(ok, "{out}");
}

pub async fn sign_in(app: &TestApp, email: &str, password: &str) -> Browser {
    let b = app.new_browser();
    let login = b.get("/admin/login").await;
    assert_eq!(login.status, 200);
    let fields = vec![
        ("login_token".to_owned(), hidden(&login, "login_token")),
        ("email".into(), email.into()),
        ("password".into(), password.into()),
    ];
    let res = b.post_form("/admin/login", &fields).await;
    assert_eq!(res.status, 303, "{email} signs in:\n{}", res.html);
    assert_eq!(res.location.as_deref(), Some("/admin"));
    b
}

/// Creates a consultation from a template with every language and audience.
pub async fn create_consultation(b: &Browser, template_id: &str, slug: &str) -> i32 {
    create_consultation_with(b, template_id, slug, &[]).await
}

/// Like `create_consultation`, with more settings (e.g. `requires_code=yes`).
pub async fn create_consultation_with(b: &Browser, template_id: &str, slug: &str, extra: &[(&str, &str)]) -> i32 {
    let form = b.get(&format!("/admin/consultations/new?template={template_id}")).await;
    assert_eq!(form.status, 200, "{}", form.html);
    let t = template(template_id);
    let s = &t.template.survey;
    let mut fields = vec![
        ("csrf".to_owned(), hidden(&form, "csrf")),
        ("template".into(), template_id.into()),
        ("slug".into(), slug.into()),
        ("k".into(), "10".into()),
        ("areas".into(), form.text_of("textarea#areas").unwrap_or_default().split(' ').collect::<Vec<_>>().join(" ")),
    ];
    let areas: Vec<String> =
        s.areas.iter().map(|a| t.texts.text(&s.default_language, &format!("area-{a}"), None)).collect();
    fields[4].1 = areas.join("\n");
    fields.extend(s.languages.iter().map(|l| ("languages".to_owned(), l.clone())));
    fields.extend(s.audiences.iter().map(|a| ("audiences".to_owned(), a.as_str().to_owned())));
    for (k, v) in extra {
        // One-valued settings given again replace the default above.
        match fields.iter_mut().find(|(name, _)| name == k && !matches!(*k, "languages" | "audiences")) {
            Some(field) => field.1 = (*v).to_owned(),
            None => fields.push(((*k).to_owned(), (*v).to_owned())),
        }
    }
    let res = b.post_form("/admin/consultations", &fields).await;
    assert_eq!(res.status, 303, "created:\n{}", res.html);
    let location = res.location.expect("location");
    location.trim_start_matches("/admin/consultations/").parse().expect("id")
}

pub async fn post_admin(b: &Browser, path: &str, csrf_from: &str, extra: &[(&str, &str)]) -> Page {
    let page = b.get(csrf_from).await;
    let mut fields = vec![("csrf".to_owned(), hidden(&page, "csrf"))];
    fields.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
    b.post_form(path, &fields).await
}

/// Paints the SVG's dark modules onto a bitmap, then decodes it.
pub fn decode_svg(svg: &str) -> String {
    let attr = |name: &str| -> u32 {
        let start = svg.find(&format!(" {name}=\"")).expect("size") + name.len() + 3;
        svg[start..].split('"').next().unwrap().parse().unwrap()
    };
    let (w, h) = (attr("width"), attr("height"));
    let mut img = image::GrayImage::from_pixel(w, h, image::Luma([255]));
    let d_start = svg.find(" d=\"").expect("path") + 4;
    let d = svg[d_start..].split('"').next().unwrap();
    for part in d.split('M').filter(|p| !p.is_empty()) {
        let nums: Vec<u32> =
            part.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
        let (x, y, dw, dh) = (nums[0], nums[1], nums[2], nums[3]);
        for yy in y..y + dh {
            for xx in x..x + dw {
                img.put_pixel(xx, yy, image::Luma([0]));
            }
        }
    }
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the SVG");
    grids[0].decode().expect("decodes").1
}

pub const LANGUAGES: [&str; 7] = ["en", "fr", "es", "ar", "zh-Hans", "ru", "pt"];

pub const SURVEYS: [&str; 2] = ["play", "journeys"];

/// A page with its stylesheet must stay under this many bytes, compressed.
pub const PAGE_BUDGET: usize = 30 * 1024;

/// One stored answer row: question, option, value, text.
pub type Row = (String, Option<String>, Option<i64>, Option<String>);

pub struct Walk {
    pub expected: BTreeSet<Row>,
    /// Heaviest page seen (compressed HTML + compressed CSS) and its URL.
    pub heaviest: (usize, String),
    pub final_fields: Vec<(String, String)>,
    pub final_action: String,
}

/// Answers every question shown, choosing by `seed` so that walks take
/// different branches. Stops before the final send when `send` is false.
pub async fn walk(app: &Browser, slug: &str, audience: Audience, lang: &str, seed: usize, send: bool) -> Walk {
    walk_as(app, slug, slug, None, audience, lang, seed, send).await
}

/// A walk through the consultation at `slug`, launched from `template_id`,
/// arriving through the channel `channel` if given.
#[allow(clippy::too_many_arguments)]
pub async fn walk_as(
    app: &Browser,
    template_id: &str,
    slug: &str,
    channel: Option<&str>,
    audience: Audience,
    lang: &str,
    seed: usize,
    send: bool,
) -> Walk {
    let checked = template(template_id);
    let survey = &checked.template.survey;
    let texts = &checked.texts;
    let dir = if lang == "ar" { "rtl" } else { "ltr" };
    let mut heaviest = (0, String::new());

    let via = channel.map_or_else(String::new, |c| format!("&c={c}"));
    let landing = app.get(&format!("/s/{slug}?lang={lang}{via}")).await;
    assert_eq!(landing.status, 200, "landing of {slug}");
    assert_eq!(landing.attr("html", "lang").as_deref(), Some(lang));
    assert_eq!(landing.attr("html", "dir").as_deref(), Some(dir));
    if slug == template_id {
        assert_eq!(landing.text_of("h1"), Some(texts.text(lang, "title", None)));
    }
    let css = app.css_bytes(&landing).await;
    record(&mut heaviest, &landing, css, format!("/s/{slug}?lang={lang}"));
    let link = format!("/s/{slug}/{}?lang={lang}{via}", audience.as_str());
    assert!(landing.html.contains(&format!("href=\"{}\"", link.replace('&', "&amp;"))), "landing links to {link}");

    let assent = app.get(&link).await;
    assert_eq!(assent.status, 200);
    assert_eq!(assent.attr("html", "lang").as_deref(), Some(lang));
    assert!(assent.contains(&texts.text(lang, "intro", Some(audience))), "assent shows the intro in {lang}");
    assert!(assent.contains(&texts.text(lang, "results-when", Some(audience))), "assent says when results come");
    assert_eq!(assent.headers.get("cache-control").map(|v| v.to_str().unwrap_or("")), Some("no-store"));
    record(&mut heaviest, &assent, css, link.clone());

    let start = form_state(&assent);
    let mut fields = start.fields.clone();
    fields.push(("nav".into(), "start".into()));
    let mut page = app.post_form(&start.action, &fields).await;
    let mut expected = BTreeSet::new();
    let mut screens = 0;
    loop {
        assert_eq!(page.status, 200, "screen {screens} of {slug}/{audience}/{lang}:\n{}", page.html);
        assert_eq!(page.attr("html", "dir").as_deref(), Some(dir));
        record(&mut heaviest, &page, css, format!("{slug}/{audience}/{lang} screen {screens}"));
        screens += 1;
        assert!(screens < 20, "the form never ends");
        let state = form_state(&page);
        let mut fields = state.fields.clone();
        let shown = visible_fields(&page);
        let on_screen: Vec<_> = survey
            .questions_for(audience)
            .filter(|q| {
                shown.iter().any(|f| {
                    f == &format!("q.{}", q.id)
                        || f.starts_with(&format!("q.{}.", q.id))
                        || f == &format!("map.{}", q.id)
                })
            })
            .collect();
        assert!(!on_screen.is_empty(), "a screen without questions:\n{}", page.html);
        if audience.is_young() {
            assert_eq!(on_screen.len(), 1, "young children get one question per screen");
        }
        for (i, q) in on_screen.iter().enumerate() {
            let legend = texts.text(lang, &format!("q-{}", q.id), Some(audience));
            assert!(page.contains(&legend), "question {} is shown in {lang} for {audience}", q.id);
            let n = seed + i;
            let name = format!("q.{}", q.id);
            let id = q.id.clone();
            match &q.kind {
                QuestionKind::Single { options } => {
                    let o = &options[n % options.len()];
                    fields.push((name, o.clone()));
                    expected.insert((id, Some(o.clone()), None, None));
                }
                QuestionKind::Area => {
                    let o = &survey.areas[n % survey.areas.len()];
                    fields.push((name, o.clone()));
                    expected.insert((id, Some(o.clone()), None, None));
                }
                QuestionKind::Multiple { options, max, .. } => {
                    let k = (max.unwrap_or(2) as usize).min(2);
                    for j in 0..k {
                        let o = &options[(n + j) % options.len()];
                        fields.push((name.clone(), o.clone()));
                        expected.insert((id.clone(), Some(o.clone()), None, None));
                    }
                }
                QuestionKind::Scale => {
                    let v = 1 + (n % usize::from(audience.scale_points()));
                    assert_eq!(
                        page.doc()
                            .select(&scraper::Selector::parse(&format!("input[name=\"{name}\"]")).unwrap())
                            .count(),
                        usize::from(audience.scale_points()),
                        "{audience} gets {} smileys",
                        audience.scale_points()
                    );
                    fields.push((name, v.to_string()));
                    expected.insert((id, None, Some(v as i64), None));
                }
                QuestionKind::Text { .. } => {
                    let t = format!("walk {seed}: más árboles, أشجار, 🌳");
                    fields.push((name, t.clone()));
                    expected.insert((id, None, None, Some(t)));
                }
                QuestionKind::Number { min, max } => {
                    let v = (min + 5).min(*max);
                    fields.push((name, v.to_string()));
                    expected.insert((id, None, Some(v), None));
                }
                // Places are marked by tapping the map: see `maps.rs`.
                QuestionKind::Place { .. } | QuestionKind::Note => {}
                QuestionKind::Rank { options } => {
                    for place in 1..=3usize.min(options.len()) {
                        let o = &options[(n + place) % options.len()];
                        fields.push((format!("q.{}.{o}", q.id), place.to_string()));
                        expected.insert((id.clone(), Some(o.clone()), Some(place as i64), None));
                    }
                }
            }
        }
        let nav = primary_nav(&page);
        fields.push(("nav".into(), nav.clone()));
        if nav == "submit" && !send {
            return Walk { expected, heaviest, final_fields: fields, final_action: state.action };
        }
        let next = app.post_form(&state.action, &fields).await;
        if nav == "submit" {
            assert_eq!(next.status, 303, "sending redirects:\n{}", next.html);
            let location = next.location.clone().expect("location");
            assert!(location.starts_with(&format!("/s/{slug}/thanks")), "{location}");
            let thanks = app.get(&location).await;
            assert_eq!(thanks.status, 200);
            assert_eq!(thanks.attr("html", "lang").as_deref(), Some(lang));
            assert!(thanks.html.contains("class=\"help\""), "the thanks page shows where to get help");
            assert!(thanks.contains(&texts.text(lang, "results-when", Some(audience))));
            record(&mut heaviest, &thanks, css, location);
            return Walk { expected, heaviest, final_fields: fields, final_action: state.action };
        }
        page = next;
    }
}

/// The answer rows of the one response of this audience and language.
pub async fn stored_rows(app: &TestApp, slug: &str, audience: Audience, lang: &str) -> Vec<BTreeSet<Row>> {
    let cid = app.consultation_id(slug).await;
    let responses = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(cid))
        .filter(response::Column::Audience.eq(audience.as_str()))
        .filter(response::Column::Language.eq(lang))
        .all(&app.db)
        .await
        .expect("responses");
    let mut out = Vec::new();
    for r in responses {
        let rows =
            answer::Entity::find().filter(answer::Column::ResponseId.eq(r.id)).all(&app.db).await.expect("answers");
        out.push(
            rows.into_iter()
                .map(|a| {
                    assert_eq!(a.consultation_id, cid);
                    assert_eq!(a.audience, audience.as_str());
                    (a.question, a.option_id, a.value, a.text)
                })
                .collect(),
        );
    }
    out
}

/// A multipart/form-data body, as a browser sends a form with a file.
pub fn multipart(fields: &[(&str, &[u8])], file_name: &str) -> (String, Vec<u8>) {
    let boundary = "----childvoice-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        if *name == "file" {
            body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/geo+json\r\n\r\n"
                )
                .as_bytes(),
            );
        } else {
            body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes());
        }
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Splits CSV text into records (quotes, doubled quotes, CRLF).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn record(heaviest: &mut (usize, String), page: &Page, css: usize, what: String) {
    let total = page.compressed_bytes + css;
    assert!(total < PAGE_BUDGET, "{what} weighs {total} bytes compressed, over the {PAGE_BUDGET}-byte budget");
    if total > heaviest.0 {
        *heaviest = (total, what);
    }
}

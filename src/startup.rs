//! Building the application: database, migrations, template library, demo
//! consultations, and the one route table with its middleware.

use crate::config::{Secret, Settings, redact_url};
use crate::domain::State;
use crate::domain::template::LiveSurvey;
use crate::library::{Checked, load_library};
use crate::mail::Mailer;
use crate::store;
use crate::web::{self, AppState};
use actix_web::dev::Server;
use actix_web::middleware::{Compress, DefaultHeaders, from_fn};
use actix_web::{App, HttpServer};
use anyhow::Context;
use std::net::TcpListener;
use std::sync::Arc;

/// Slug of the organisation that owns the demo consultations.
pub const DEMO_ORGANISATION: &str = "demo";

pub struct Application {
    port: u16,
    server: Server,
    /// The demo consultations' slugs, to print the URLs to open.
    pub demo_slugs: Vec<String>,
}

impl Application {
    /// Connects, migrates, loads the templates and binds (port 0 picks a free port).
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        crate::i18n::install(settings.locales_dir.as_deref()).map_err(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            anyhow::anyhow!(
                "the interface languages are not valid:\n  {}\n(`childvoice locales check` lists the same)",
                list.join("\n  ")
            )
        })?;
        let library = load_library(&settings.surveys_dir).map_err(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            anyhow::anyhow!(
                "the survey templates in {} are not valid:\n  {}\n(`childvoice surveys check` lists the same)",
                settings.surveys_dir.display(),
                list.join("\n  ")
            )
        })?;
        let db = store::connect(&settings.database_url)
            .await
            .with_context(|| format!("cannot open the database {}", redact_url(&settings.database_url)))?;
        store::migrate(&db).await.context("cannot migrate the database")?;
        let secret = match &settings.secret {
            Some(s) => s.clone(),
            None => {
                Secret::new(store::settings::instance_secret(&db).await.context("cannot read the instance secret")?)
            }
        };
        let demo_slugs = open_demo_consultations(&db, &library).await?;
        let today = chrono::Utc::now().date_naive();
        if let Err(e) = store::responses::purge_expired_tokens(&db, today).await {
            tracing::warn!(error = %e, "could not purge expired form tokens");
        }

        let listener =
            TcpListener::bind(settings.bind).with_context(|| format!("cannot listen on {}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let mailer =
            Mailer::new(settings.smtp_url.as_ref().map(Secret::expose), &settings.mail_from, settings.mail_dir.clone())
                .map_err(anyhow::Error::msg)?;
        let library = library
            .into_iter()
            .map(|c| Arc::new(LiveSurvey { template: c.template, texts: c.texts, map: None }))
            .collect();
        let state = actix_web::web::Data::new(AppState::new(db, secret, settings, mailer, library));
        let watcher = state.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
            loop {
                every.tick().await;
                crate::jobs::hourly(watcher.clone()).await;
            }
        });
        let server = HttpServer::new(move || {
            let headers = web::guard::SECURITY_HEADERS.iter().fold(DefaultHeaders::new(), |h, (k, v)| h.add((*k, *v)));
            App::new()
                .app_data(state.clone())
                // A query string that does not fit its handler's type: the localized 400 page.
                .app_data(actix_web::web::QueryConfig::default().error_handler(|_, req| {
                    web::PageError::for_request(req, crate::views::pages::ErrorKind::BadRequest).into()
                }))
                .wrap(from_fn(web::guard::rate_limit))
                .wrap(from_fn(web::errors::render))
                .wrap(from_fn(web::access_log::log))
                .wrap(headers)
                .wrap(Compress::default())
                .service(crate::web::resource("/", &["GET"]).route(actix_web::web::get().to(web::home::index)))
                .service(
                    crate::web::resource("/healthz", &["GET"]).route(actix_web::web::get().to(web::health::healthz)),
                )
                .service(
                    crate::web::resource("/metrics", &["GET"]).route(actix_web::web::get().to(web::guard::metrics)),
                )
                .configure(web::assets::configure)
                // Route patterns do not overlap (an audience, a numeric id), so
                // their order does not matter: the respondent pages come first.
                .configure(web::respond::configure)
                .configure(web::links::configure)
                .configure(web::admin::configure)
                .configure(web::api::configure)
                .configure(web::networks::configure)
                .default_service(actix_web::web::to(web::errors::not_found))
        })
        // Every response leaves at once: without TCP_NODELAY, a compressed
        // response's last small segment waits for the client's delayed
        // acknowledgement (Nagle), 40 ms here and up to 200 ms on some phones.
        .on_connect(|conn, _| {
            if let Some(tcp) = conn.downcast_ref::<actix_web::rt::net::TcpStream>() {
                let _ = tcp.set_nodelay(true);
            }
        })
        // Slow clients time out; SIGTERM lets in-flight requests finish first.
        .client_request_timeout(std::time::Duration::from_secs(10))
        .client_disconnect_timeout(std::time::Duration::from_secs(5))
        .shutdown_timeout(30)
        .listen(listener)?
        .run();
        Ok(Application { port, server, demo_slugs })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The demo town's areas, shared by the shipped templates (same area ids).
pub const DEMO_AREAS: &str = include_str!("../surveys/demo-town.geojson");

/// The demo organisation's area set (stored on first start) with its areas.
async fn demo_area_set(
    db: &sea_orm::DatabaseConnection,
    org: crate::domain::OrganisationId,
) -> anyhow::Result<(i32, Vec<crate::domain::consultation::Area>)> {
    let existing = store::areas::list(db, org).await?.into_iter().find(|s| s.slug == "demo-town");
    let id = match existing {
        Some(info) => info.id,
        None => {
            store::areas::import(db, org, "demo-town", "Brookfield (demo town)", DEMO_AREAS, "name")
                .await
                .map_err(|e| anyhow::anyhow!("the demo town's areas: {e:?}"))?
                .id
        }
    };
    let (_, set) = store::areas::get(db, id).await?.context("the demo town's areas vanished")?;
    let areas = crate::domain::consultation::Area::all_of(&set);
    Ok((id, areas))
}

/// Every shipped template is open as a demo consultation at `/s/{template-id}`.
/// One that already exists keeps its snapshot: editing a template never changes it.
async fn open_demo_consultations(db: &sea_orm::DatabaseConnection, library: &[Checked]) -> anyhow::Result<Vec<String>> {
    let today = chrono::Utc::now().date_naive();
    let org = store::consultations::ensure_organisation(db, DEMO_ORGANISATION, "Demo city", today).await?;
    let area_set = demo_area_set(db, org).await?;
    let mut slugs = Vec::new();
    for checked in library {
        let slug = &checked.template.survey.id;
        let launch = store::consultations::Launch {
            organisation_id: org,
            slug,
            template: &checked.template,
            state: State::Open,
            today,
            area_set: Some(area_set.clone()),
        };
        if store::consultations::launch_if_absent(db, launch).await? {
            tracing::info!(slug = %slug, "opened demo consultation");
        }
        slugs.push(slug.clone());
    }
    Ok(slugs)
}

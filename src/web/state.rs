//! Shared state of one instance. Nothing here is needed by another instance:
//! the cache of launched templates can always be rebuilt from the database.

use crate::config::Cidr;
use crate::config::{Secret, Settings};
use crate::domain::Consultation;
use crate::domain::map::{ConsultationMap, GridShape};
use crate::domain::safeguarding::PhraseLists;
use crate::domain::template::LiveSurvey;
use crate::domain::texts::SurveyTexts;
use crate::i18n::Locales;
use crate::mail::Mailer;
use crate::metrics::Metrics;
use crate::rate_limit::Limiter;
use crate::store;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// How long a consultation read from the database is used without reading it again.
pub const FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(1);

/// Consultation id, snapshot version, area set id (0: none), grid.
type LiveKey = (crate::domain::ConsultationId, i32, i32, i32);

pub struct AppState {
    pub db: DatabaseConnection,
    /// Where the database is, for work that opens its own connection (the
    /// response-level export). Never shown: it may hold a password.
    pub database_url: Secret,
    pub locales: &'static Locales,
    pub secret: Secret,
    pub public_url: String,
    pub mailer: Mailer,
    /// The template library, as loaded and checked at start-up.
    pub library: Vec<Arc<LiveSurvey>>,
    /// Sign-in and password-reset attempts per client address.
    pub login_limiter: Limiter,
    /// Every request per client address.
    pub page_limiter: Limiter,
    /// Sent forms per client address.
    pub submit_limiter: Limiter,
    pub trusted_proxies: Vec<Cidr>,
    pub min_form_seconds: i64,
    pub metrics_token: Option<Secret>,
    pub metrics: Metrics,
    /// Every language's safeguarding phrases: a child may write in any of them.
    pub phrases: PhraseLists,
    /// Stores responses in batches (group commit); see `store::responses`.
    pub writer: store::responses::Writer,
    live: RwLock<HashMap<LiveKey, Arc<LiveSurvey>>>,
    /// The last state read of each public consultation, to keep forms on screen
    /// (with their answers) while the database is unreachable.
    known: RwLock<HashMap<String, (std::time::Instant, Consultation)>>,
    /// Published results: the consultation is closed, so they do not change
    /// until an editor unpublishes it (which forgets them).
    published: RwLock<HashMap<crate::domain::ConsultationId, Arc<crate::domain::results::Report>>>,
    /// Tallies last read per consultation, with the number of responses they
    /// count: tallies only ever grow, so an equal count means equal tallies.
    tallies: RwLock<HashMap<crate::domain::ConsultationId, (u64, Arc<crate::domain::results::Tallies>)>>,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        secret: Secret,
        settings: &Settings,
        mailer: Mailer,
        library: Vec<Arc<LiveSurvey>>,
    ) -> Self {
        AppState {
            writer: store::responses::Writer::start(db.clone()),
            db,
            database_url: Secret::new(settings.database_url.clone()),
            locales: crate::i18n::locales(),
            secret,
            public_url: settings.public_url.clone(),
            mailer,
            library,
            login_limiter: Limiter::new(settings.rate_login),
            page_limiter: Limiter::new(settings.rate_pages),
            submit_limiter: Limiter::new(settings.rate_submit),
            trusted_proxies: settings.trusted_proxies.clone(),
            min_form_seconds: i64::from(settings.min_form_seconds),
            metrics_token: settings.metrics_token.clone(),
            metrics: Metrics::new(),
            phrases: PhraseLists::parse(crate::i18n::locales().safeguarding_lists()),
            live: RwLock::new(HashMap::new()),
            known: RwLock::new(HashMap::new()),
            published: RwLock::new(HashMap::new()),
            tallies: RwLock::new(HashMap::new()),
        }
    }

    /// The client's address, for rate limits only (never stored or logged).
    pub fn client_address(&self, req: &actix_web::HttpRequest) -> std::net::IpAddr {
        let forwarded = req.headers().get("x-forwarded-for").and_then(|h| h.to_str().ok());
        crate::rate_limit::client_address(req.peer_addr().map(|a| a.ip()), forwarded, &self.trusted_proxies)
    }

    /// (open, idle) connections of the database pool.
    pub fn pool_use(&self) -> Option<(u32, usize)> {
        match self.db.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                let p = self.db.get_postgres_connection_pool();
                Some((p.size(), p.num_idle()))
            }
            sea_orm::DatabaseBackend::Sqlite => {
                let p = self.db.get_sqlite_connection_pool();
                Some((p.size(), p.num_idle()))
            }
            _ => None,
        }
    }

    pub fn remember(&self, c: &Consultation) {
        if let Ok(mut m) = self.known.write() {
            m.insert(c.slug.clone(), (std::time::Instant::now(), c.clone()));
        }
    }

    /// The consultation at `slug` if it was read from the database less than
    /// [`FRESH_FOR`] ago: every page and every submission needs it, and
    /// reading it once per slug per second instead of once per request is
    /// most of what lets one instance take thousands of submissions a second.
    /// Changes made on this instance forget it at once; other instances see
    /// them within that delay.
    ///
    /// When it is older, one request reads it again while the others carry on
    /// with what is known (so a busy consultation is read once a second, not
    /// by every request that arrives while it is being read).
    pub fn recent(&self, slug: &str) -> Option<Consultation> {
        {
            let m = self.known.read().ok()?;
            let (at, c) = m.get(slug)?;
            if at.elapsed() < FRESH_FOR {
                return Some(c.clone());
            }
        }
        let mut m = self.known.write().ok()?;
        let (at, c) = m.get_mut(slug)?;
        if at.elapsed() < FRESH_FOR {
            return Some(c.clone());
        }
        // This request reads it again; until it has, the others use this one.
        *at = std::time::Instant::now();
        None
    }

    /// Drops what is remembered of a consultation after it changed.
    pub fn forget(&self, slug: &str) {
        if let Ok(mut m) = self.known.write() {
            m.remove(slug);
        }
        if let Ok(mut m) = self.published.write() {
            m.clear();
        }
    }

    /// The tallies of a consultation: read again only when responses were
    /// added since (one small query tells), on this instance or another.
    pub async fn tallies(
        &self,
        consultation_id: crate::domain::ConsultationId,
    ) -> Result<Arc<crate::domain::results::Tallies>, sea_orm::DbErr> {
        let counted = store::results::responses_per(&self.db, vec![consultation_id])
            .await?
            .get(&consultation_id)
            .map_or(0, |c| c.n);
        if let Some((n, t)) = self.tallies.read().ok().and_then(|m| m.get(&consultation_id).cloned())
            && n == counted
        {
            return Ok(t);
        }
        let t = Arc::new(store::results::tallies(&self.db, consultation_id).await?);
        // Read after the count: if responses arrived in between, the next read
        // sees a larger count and reads again.
        if let Ok(mut m) = self.tallies.write() {
            m.insert(consultation_id, (counted, t.clone()));
        }
        Ok(t)
    }

    /// The public results of a published consultation, computed once.
    pub async fn published_report(
        &self,
        c: &Consultation,
        live: &LiveSurvey,
    ) -> Result<Arc<crate::domain::results::Report>, sea_orm::DbErr> {
        if let Some(r) = self.published.read().ok().and_then(|m| m.get(&c.id).cloned()) {
            return Ok(r);
        }
        let tallies = self.tallies(c.id).await?;
        let k = c.k();
        let report = Arc::new(crate::domain::results::report(
            &tallies,
            live.survey(),
            &c.audiences,
            &c.area_ids(),
            &crate::domain::results::Filter::default(),
            k,
        ));
        if let Ok(mut m) = self.published.write() {
            m.insert(c.id, report.clone());
        }
        Ok(report)
    }

    pub fn last_known(&self, slug: &str) -> Option<Consultation> {
        self.known.read().ok().and_then(|m| m.get(slug).map(|(_, c)| c.clone()))
    }

    pub fn template(&self, id: &str) -> Option<&Arc<LiveSurvey>> {
        self.library.iter().find(|t| t.survey().id == id)
    }

    /// The launched template of a consultation, parsed once per snapshot
    /// version, with its map when it has an area set.
    pub async fn live_survey(&self, c: &Consultation) -> Result<Arc<LiveSurvey>, store::consultations::LoadError> {
        let grid = i32::try_from(c.grid_metres).unwrap_or(0) * 2 + i32::from(c.grid_shape == GridShape::Hex);
        let key = (c.id, c.snapshot_version, c.area_set_id.unwrap_or(0), grid);
        if let Some(found) = self.live.read().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(found);
        }
        let template =
            store::consultations::snapshot(&self.db, c.id).await?.ok_or(store::consultations::LoadError::Corrupt {
                id: c.id.0,
                what: "snapshot",
                cause: "missing".into(),
            })?;
        let texts = SurveyTexts::from_checked(&template.survey, &template.texts);
        let map = match c.area_set_id {
            Some(set_id) => store::areas::get(&self.db, set_id)
                .await?
                .map(|(_, set)| Arc::new(ConsultationMap::new(set_id, set, c.grid_shape, c.grid_metres))),
            None => None,
        };
        let live = Arc::new(LiveSurvey { template, texts, map });
        if let Ok(mut map) = self.live.write() {
            map.retain(|(id, ..), _| *id != c.id);
            map.insert(key, live.clone());
        }
        Ok(live)
    }
}

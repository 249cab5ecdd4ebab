//! Shared state of one instance. Nothing here is needed by another instance:
//! the cache of launched templates can always be rebuilt from the database.

use crate::config::Secret;
use crate::domain::Consultation;
use crate::domain::template::LiveSurvey;
use crate::domain::texts::SurveyTexts;
use crate::i18n::Locales;
use crate::mail::Mailer;
use crate::rate_limit::Limiter;
use crate::store;
use sea_orm::DatabaseConnection;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

pub struct AppState {
    pub db: DatabaseConnection,
    pub locales: &'static Locales,
    pub secret: Secret,
    pub public_url: String,
    pub mailer: Mailer,
    /// The template library, as loaded and checked at start-up.
    pub library: Vec<Arc<LiveSurvey>>,
    /// Sign-in and password-reset attempts per client address.
    pub login_limiter: Limiter,
    live: RwLock<HashMap<(i32, i32), Arc<LiveSurvey>>>,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        secret: Secret,
        public_url: String,
        mailer: Mailer,
        library: Vec<Arc<LiveSurvey>>,
    ) -> Self {
        AppState {
            db,
            locales: crate::i18n::locales(),
            secret,
            public_url,
            mailer,
            library,
            login_limiter: Limiter::per_minute(10, 5),
            live: RwLock::new(HashMap::new()),
        }
    }

    pub fn template(&self, id: &str) -> Option<&Arc<LiveSurvey>> {
        self.library.iter().find(|t| t.survey().id == id)
    }

    /// The launched template of a consultation, parsed once per snapshot version.
    pub async fn live_survey(&self, c: &Consultation) -> Result<Arc<LiveSurvey>, store::consultations::LoadError> {
        let key = (c.id, c.snapshot_version);
        if let Some(found) = self.live.read().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(found);
        }
        let template = store::consultations::snapshot(&self.db, c.id)
            .await?
            .ok_or(store::consultations::LoadError::Corrupt { id: c.id, what: "snapshot", cause: "missing".into() })?;
        let texts = SurveyTexts::from_checked(&template.survey, &template.texts);
        let live = Arc::new(LiveSurvey { template, texts });
        if let Ok(mut map) = self.live.write() {
            map.retain(|(id, _), _| *id != c.id);
            map.insert(key, live.clone());
        }
        Ok(live)
    }
}

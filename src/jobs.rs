//! Scheduled work, run every hour by every instance; each step is idempotent,
//! so several instances may run it at once.
//! - Close summaries of consultations whose closing date has passed.
//! - Deletion of response-level data whose retention period has ended.
//! - Rate limits forgetting clients that have been quiet.

use crate::store::retention;
use crate::web::AppState;
use actix_web::web;

pub async fn hourly(state: web::Data<AppState>) {
    close_passed(state.clone()).await;
    apply_retention(&state).await;
    // Rate limits forget clients quiet long enough to start afresh: their
    // memory does not grow with every address ever seen.
    for limiter in [&state.page_limiter, &state.submit_limiter, &state.login_limiter] {
        limiter.shrink();
    }
}

/// Deletes the response-level data of every published consultation whose
/// retention period has ended (only tallies remain).
pub async fn apply_retention(state: &AppState) {
    let today = chrono::Utc::now().date_naive();
    let candidates = match crate::store::consultations::published_with_responses(&state.db).await {
        Ok(list) => list,
        Err(e) => {
            tracing::error!(error = %e, "could not look for response-level data to delete");
            return;
        }
    };
    for c in candidates.into_iter().filter(|c| retention::due(c, today)) {
        match retention::delete_responses(&state.db, &c, today).await {
            Ok(n) => tracing::info!(consultation = c.id.0, responses = n, "response-level data deleted (retention)"),
            Err(e) => tracing::error!(error = %e, consultation = c.id.0, "could not delete response-level data"),
        }
    }
}

/// Consultations whose closing date has passed get their close summary once.
pub async fn close_passed(state: web::Data<AppState>) {
    let today = chrono::Utc::now().date_naive();
    match crate::store::consultations::ended_without_summary(&state.db, today).await {
        Ok(list) => {
            for c in list {
                if let Err(e) = crate::store::results::set_closed_on(&state.db, c.id, today).await {
                    tracing::error!(error = %e, "could not mark a consultation as closed");
                    continue;
                }
                crate::emails::send_close_summary(state.clone(), c);
            }
        }
        Err(e) => tracing::error!(error = %e, "could not look for consultations that have closed"),
    }
}

//! Liveness for load balancers: 200 when the database answers, 503 when not.

use super::AppState;
use actix_web::{HttpResponse, web};
use sea_orm::ConnectionTrait;

pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.db.get_database_backend();
    match state
        .db
        .execute_unprepared(if backend == sea_orm::DatabaseBackend::Postgres { "SELECT 1" } else { "SELECT 1;" })
        .await
    {
        Ok(_) => HttpResponse::Ok().content_type("text/plain").body("ok\n"),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database unavailable");
            HttpResponse::ServiceUnavailable().content_type("text/plain").body("database unavailable\n")
        }
    }
}

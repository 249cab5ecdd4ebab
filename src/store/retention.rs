//! Retention: a consultation's response-level data (responses, answers, free
//! texts, safeguarding flags) is deleted its chosen number of months after
//! publication. The tallies, with their key sums, stay, so every published
//! figure stays exactly as it was.

use super::audit::{Entry, record};
use super::entities::{answer, consultation, response};
use crate::domain::Consultation;
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, TransactionTrait};

/// Whether a consultation's response-level data is due for deletion on `today`.
pub fn due(c: &Consultation, today: NaiveDate) -> bool {
    c.responses_deleted_on.is_none()
        && c.published_on
            .and_then(|p| p.checked_add_months(chrono::Months::new(c.retention_months)))
            .is_some_and(|deadline| deadline <= today)
}

/// Deletes the response-level data of a consultation in one transaction, marks
/// it deleted and audits it; returns how many responses were deleted.
pub async fn delete_responses(db: &DatabaseConnection, c: &Consultation, today: NaiveDate) -> Result<u64, DbErr> {
    let txn = db.begin().await?;
    // Found through the index on answers' response: the index on their
    // consultation only holds free texts.
    let of_consultation = sea_orm::sea_query::Query::select()
        .column(response::Column::Id)
        .from(response::Entity)
        .and_where(response::Column::ConsultationId.eq(c.id))
        .to_owned();
    answer::Entity::delete_many().filter(answer::Column::ResponseId.in_subquery(of_consultation)).exec(&txn).await?;
    // Flags go with their responses (foreign key, on delete cascade).
    let deleted = response::Entity::delete_many().filter(response::Column::ConsultationId.eq(c.id)).exec(&txn).await?;
    consultation::Entity::update_many()
        .col_expr(consultation::Column::ResponsesDeletedOn, Expr::value(today))
        .filter(consultation::Column::Id.eq(c.id))
        .exec(&txn)
        .await?;
    record(
        &txn,
        Entry {
            organisation_id: c.organisation_id,
            user_id: None,
            consultation_id: Some(c.id),
            action: "responses-deleted",
            detail: format!("{} months after publication", c.retention_months),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(deleted.rows_affected)
}

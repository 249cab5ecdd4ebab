//! Storing a response: the response, its answers and the used form token are
//! written in one transaction, so a response is either whole or absent, and a
//! token can only ever let one response in.

use super::entities::{answer, response, used_token};
use crate::domain::{AnswerValue, Answers, Audience};
use chrono::NaiveDate;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::NotSet, DatabaseConnection, DbErr, EntityTrait, Set, TransactionTrait};

/// A response ready to store. Free text is already scrubbed.
#[derive(Debug)]
pub struct NewResponse {
    pub organisation_id: i32,
    pub consultation_id: i32,
    pub audience: Audience,
    pub language: String,
    pub area: Option<String>,
    pub channel_id: Option<i32>,
    pub submitted_on: NaiveDate,
    pub answers: Answers,
    /// Free-text questions whose answer the safeguarding lead should read.
    pub flagged: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    New(i64),
    /// The token was already used: nothing new was written.
    AlreadyStored,
}

fn answer_rows(r: &NewResponse, response_id: i64) -> Vec<answer::ActiveModel> {
    let row = |question: &str, option: Option<&str>, value: Option<i64>, text: Option<&str>| answer::ActiveModel {
        id: NotSet,
        response_id: Set(response_id),
        consultation_id: Set(r.consultation_id),
        audience: Set(r.audience.as_str().to_owned()),
        question: Set(question.to_owned()),
        option_id: Set(option.map(str::to_owned)),
        value: Set(value),
        text: Set(text.map(str::to_owned)),
    };
    let mut rows = Vec::new();
    for (q, v) in &r.answers.0 {
        match v {
            AnswerValue::Choice(o) | AnswerValue::Area(o) => rows.push(row(q, Some(o), None, None)),
            AnswerValue::Choices(os) => rows.extend(os.iter().map(|o| row(q, Some(o), None, None))),
            AnswerValue::Scale(n) => rows.push(row(q, None, Some(i64::from(*n)), None)),
            AnswerValue::Number(n) => rows.push(row(q, None, Some(*n), None)),
            AnswerValue::Text(t) => rows.push(row(q, None, None, Some(t))),
            AnswerValue::Ranking(os) => {
                rows.extend(os.iter().zip(1..).map(|(o, place)| row(q, Some(o), Some(place), None)))
            }
        }
    }
    rows
}

/// Stores the response unless `nonce` was already used.
pub async fn store(
    db: &DatabaseConnection,
    r: &NewResponse,
    nonce: &str,
    token_expires_on: NaiveDate,
) -> Result<Stored, DbErr> {
    let txn = db.begin().await?;
    let claimed = used_token::Entity::insert(used_token::ActiveModel {
        nonce: Set(nonce.to_owned()),
        expires_on: Set(token_expires_on),
    })
    .on_conflict(OnConflict::column(used_token::Column::Nonce).do_nothing().to_owned())
    .exec_without_returning(&txn)
    .await?;
    if claimed == 0 {
        txn.rollback().await?;
        return Ok(Stored::AlreadyStored);
    }
    let inserted = response::Entity::insert(response::ActiveModel {
        id: NotSet,
        consultation_id: Set(r.consultation_id),
        audience: Set(r.audience.as_str().to_owned()),
        language: Set(r.language.clone()),
        area: Set(r.area.clone()),
        channel_id: Set(r.channel_id),
        submitted_on: Set(r.submitted_on),
    })
    .exec(&txn)
    .await?;
    let rows = answer_rows(r, inserted.last_insert_id);
    if !rows.is_empty() {
        answer::Entity::insert_many(rows).exec_without_returning(&txn).await?;
    }
    for question in &r.flagged {
        super::safeguarding::flag(&txn, r.organisation_id, r.consultation_id, inserted.last_insert_id, question)
            .await?;
    }
    txn.commit().await?;
    Ok(Stored::New(inserted.last_insert_id))
}

/// Whether a form token has already let a response in.
pub async fn token_used(db: &DatabaseConnection, nonce: &str) -> Result<bool, DbErr> {
    Ok(used_token::Entity::find_by_id(nonce.to_owned()).one(db).await?.is_some())
}

/// Forgets tokens that can no longer be valid.
pub async fn purge_expired_tokens(db: &DatabaseConnection, today: NaiveDate) -> Result<u64, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let r = used_token::Entity::delete_many().filter(used_token::Column::ExpiresOn.lt(today)).exec(db).await?;
    Ok(r.rows_affected)
}

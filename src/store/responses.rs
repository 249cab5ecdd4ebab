//! Storing responses. A response, its answers, its used form token and the
//! running tallies it adds to are written in one transaction, so a response is
//! either whole or absent, a token only ever lets one response in, and the
//! tallies always equal what is stored.
//!
//! Responses go through one [`Writer`] per process: it takes every response
//! waiting when it is free and stores them in one transaction (group commit),
//! and answers each sender only after that transaction has committed. One
//! commit per batch instead of per response is what lets the service take
//! thousands of submissions a second; an acknowledged response is as durable
//! as a lone commit would make it.

use super::entities::{answer, answer_tally, consultation, response, response_tally, used_token};
use crate::domain::disclosure::Count;
use crate::domain::ids::{ConsultationId, OrganisationId};
use crate::domain::results::tally_keys;
use crate::domain::{AnswerValue, Answers, Audience};
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::NotSet, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Set, TransactionTrait};
use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};

/// A response ready to store. Free text is already scrubbed.
#[derive(Debug)]
pub struct NewResponse {
    pub organisation_id: OrganisationId,
    pub consultation_id: ConsultationId,
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
    /// The consultation is no longer open (closed on another instance, say):
    /// nothing was written.
    Closed,
}

/// A response with the single-use token that lets it in.
#[derive(Debug)]
pub struct Submission {
    pub response: NewResponse,
    pub nonce: String,
    pub token_expires_on: NaiveDate,
}

/// The tally a response adds to: who answered, and how.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Group {
    consultation_id: ConsultationId,
    audience: &'static str,
    language: String,
    area: String,
    channel_id: i32,
}

impl Group {
    fn of(r: &NewResponse) -> Self {
        Group {
            consultation_id: r.consultation_id,
            audience: r.audience.as_str(),
            language: r.language.clone(),
            area: r.area.clone().unwrap_or_default(),
            channel_id: r.channel_id.unwrap_or(0),
        }
    }
}

/// An opaque random reference for a free text (16 hex digits).
pub fn text_ref() -> String {
    format!("{:016x}", rand::random::<u64>())
}

fn answer_rows(r: &NewResponse, response_id: i64) -> Vec<answer::ActiveModel> {
    let row = |question: &str, option: Option<&str>, value: Option<i64>, text: Option<&str>| answer::ActiveModel {
        id: NotSet,
        response_id: Set(response_id),
        consultation_id: Set(r.consultation_id.0),
        audience: Set(r.audience.as_str().to_owned()),
        question: Set(question.to_owned()),
        option_id: Set(option.map(str::to_owned)),
        value: Set(value),
        text: Set(text.map(str::to_owned)),
        hidden: Set(false),
        text_ref: Set(text.map(|_| text_ref())),
    };
    let mut rows = Vec::new();
    for (q, v) in &r.answers.0 {
        match v {
            AnswerValue::Choice(o) | AnswerValue::Area(o) => rows.push(row(q, Some(o), None, None)),
            AnswerValue::Choices(os) | AnswerValue::Places(os) => {
                rows.extend(os.iter().map(|o| row(q, Some(o), None, None)))
            }
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

/// Rows per multi-row INSERT. Well under both databases' bind-parameter
/// limits, and small enough that a statement fits in one loopback TCP segment
/// (64 KiB): sqlx does not set TCP_NODELAY, so a statement split in two waits
/// for the server's delayed acknowledgement (tens of milliseconds) before its
/// last segment leaves.
const CHUNK: usize = 120;

/// Stores every submission whose token is unused, in one transaction, and
/// says for each whether it was new.
pub async fn store_batch(db: &DatabaseConnection, batch: &[&Submission]) -> Result<Vec<Stored>, DbErr> {
    let txn = db.begin().await?;
    // Instances keep consultations in memory for a moment: the state in the
    // database, read in this transaction, has the last word.
    let mut ids: Vec<i32> = batch.iter().map(|s| s.response.consultation_id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    let open: Vec<i32> = {
        use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
        consultation::Entity::find()
            .select_only()
            .column(consultation::Column::Id)
            .filter(consultation::Column::Id.is_in(ids))
            .filter(consultation::Column::State.eq(crate::domain::State::Open.as_str()))
            .into_tuple()
            .all(&txn)
            .await?
    };
    // Tokens first: one statement claims every unused one (and, on SQLite,
    // takes the write lock before response ids are chosen below).
    let mut seen = std::collections::HashSet::new();
    let fresh: Vec<&&Submission> = batch
        .iter()
        .filter(|s| open.contains(&s.response.consultation_id.0) && seen.insert(s.nonce.as_str()))
        .collect();
    let claimed = claim_tokens(&txn, &fresh).await?;
    // The batch's ids, dealt out in random order: within a batch, ids say
    // nothing about which response came first (and none is ever shown).
    let mut ids = next_response_ids(&txn, claimed.len()).await?;
    {
        use rand::seq::SliceRandom;
        ids.shuffle(&mut rand::rng());
    }
    let mut ids = ids.into_iter();
    let mut outcomes = Vec::with_capacity(batch.len());
    let mut responses = Vec::new();
    let mut answers = Vec::new();
    let mut answer_tallies: BTreeMap<(Group, String, String, i64), Count> = BTreeMap::new();
    let mut response_tallies: BTreeMap<(Group, NaiveDate), Count> = BTreeMap::new();
    let mut flags = Vec::new();
    let mut taken = std::collections::HashSet::new();
    for s in batch {
        let r = &s.response;
        if !open.contains(&r.consultation_id.0) {
            outcomes.push(Stored::Closed);
            continue;
        }
        // A token claimed now, by its first submission in this batch only.
        if !claimed.contains(&s.nonce) || !taken.insert(s.nonce.as_str()) {
            outcomes.push(Stored::AlreadyStored);
            continue;
        }
        let id = ids.next().ok_or_else(|| DbErr::Custom("fewer response ids than responses".into()))?;
        let record = crate::domain::disclosure::record_key();
        let key = Count::new(1, record);
        responses.push(response::ActiveModel {
            id: Set(id),
            consultation_id: Set(r.consultation_id.0),
            audience: Set(r.audience.as_str().to_owned()),
            language: Set(r.language.clone()),
            area: Set(r.area.clone()),
            channel_id: Set(r.channel_id),
            submitted_on: Set(r.submitted_on),
            record_key: Set(record),
        });
        answers.extend(answer_rows(r, id));
        let group = Group::of(r);
        for (q, v) in &r.answers.0 {
            for (option, value) in tally_keys(v) {
                *answer_tallies.entry((group.clone(), q.clone(), option.stored().to_owned(), value)).or_default() +=
                    key;
            }
        }
        *response_tallies.entry((group, r.submitted_on)).or_default() += key;
        flags.extend(r.flagged.iter().map(|q| (r.organisation_id, r.consultation_id, id, q)));
        outcomes.push(Stored::New(id));
    }
    // Rows go in by id (appending to the tables' B-trees, which random ids
    // made ten times slower), so that the order on disk follows the shuffled ids,
    // not arrival.
    responses.sort_by_key(|r| match &r.id {
        sea_orm::ActiveValue::Set(id) | sea_orm::ActiveValue::Unchanged(id) => *id,
        sea_orm::ActiveValue::NotSet => 0,
    });
    answers.sort_by_key(|a| match &a.response_id {
        sea_orm::ActiveValue::Set(id) | sea_orm::ActiveValue::Unchanged(id) => *id,
        sea_orm::ActiveValue::NotSet => 0,
    });
    for chunk in responses.chunks(CHUNK) {
        response::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
    }
    for chunk in answers.chunks(CHUNK) {
        answer::Entity::insert_many(chunk.to_vec()).exec_without_returning(&txn).await?;
    }
    add_answer_tallies(&txn, answer_tallies).await?;
    add_response_tallies(&txn, response_tallies).await?;
    for (organisation, consultation, response, question) in flags {
        super::safeguarding::flag(&txn, organisation, consultation, response, question).await?;
    }
    txn.commit().await?;
    Ok(outcomes)
}

/// Inserts the tokens not used yet and returns those it inserted.
async fn claim_tokens(
    txn: &impl ConnectionTrait,
    fresh: &[&&Submission],
) -> Result<std::collections::HashSet<String>, DbErr> {
    use sea_orm::sea_query::Query;
    let mut claimed = std::collections::HashSet::new();
    for chunk in fresh.chunks(CHUNK) {
        let mut insert = Query::insert();
        insert
            .into_table(used_token::Entity)
            .columns([used_token::Column::Nonce, used_token::Column::ExpiresOn])
            .on_conflict(OnConflict::column(used_token::Column::Nonce).do_nothing().to_owned())
            .returning_col(used_token::Column::Nonce);
        for s in chunk {
            insert.values_panic([s.nonce.clone().into(), s.token_expires_on.into()]);
        }
        let stmt = txn.get_database_backend().build(&insert);
        for row in txn.query_all_raw(stmt).await? {
            claimed.insert(row.try_get::<String>("", "nonce")?);
        }
    }
    Ok(claimed)
}

/// `n` new response ids, chosen before inserting so that one statement can
/// insert many responses and their answers can point at them: from the
/// sequence on PostgreSQL; after the largest id on SQLite, whose one writer
/// holds the write lock by now (the tokens were written first).
async fn next_response_ids(txn: &impl ConnectionTrait, n: usize) -> Result<Vec<i64>, DbErr> {
    use sea_orm::{DatabaseBackend, Statement};
    if n == 0 {
        return Ok(vec![]);
    }
    let backend = txn.get_database_backend();
    match backend {
        DatabaseBackend::Postgres => {
            let stmt = Statement::from_sql_and_values(
                backend,
                "SELECT nextval(pg_get_serial_sequence('responses', 'id')) AS id FROM generate_series(1, $1)",
                [i64::try_from(n).unwrap_or(i64::MAX).into()],
            );
            txn.query_all_raw(stmt).await?.iter().map(|row| row.try_get::<i64>("", "id")).collect()
        }
        _ => {
            let stmt = Statement::from_string(backend, "SELECT COALESCE(MAX(id), 0) AS id FROM responses");
            let last = match txn.query_one_raw(stmt).await? {
                Some(row) => row.try_get::<i64>("", "id")?,
                None => 0,
            };
            Ok((1..=n as i64).map(|i| last + i).collect())
        }
    }
}

/// `count = count + excluded.count` and the key sums likewise (modulo the key range) on conflict.
fn add_on_conflict<C: sea_orm::ColumnTrait>(table: &str, key: Vec<C>, count: C, key_sum: C) -> OnConflict {
    OnConflict::columns(key)
        .value(count, Expr::cust(format!(r#""{table}"."count" + "excluded"."count""#)))
        .value(
            key_sum,
            Expr::cust(format!(
                r#"("{table}"."key_sum" + "excluded"."key_sum") % {}"#,
                crate::domain::disclosure::KEY_RANGE
            )),
        )
        .to_owned()
}

async fn add_answer_tallies(
    txn: &impl ConnectionTrait,
    tallies: BTreeMap<(Group, String, String, i64), Count>,
) -> Result<(), DbErr> {
    use answer_tally::Column as C;
    let rows: Vec<answer_tally::ActiveModel> = tallies
        .into_iter()
        .map(|((g, question, option, value), n)| answer_tally::ActiveModel {
            id: NotSet,
            consultation_id: Set(g.consultation_id.0),
            audience: Set(g.audience.to_owned()),
            language: Set(g.language),
            area: Set(g.area),
            channel_id: Set(g.channel_id),
            question: Set(question),
            option_id: Set(option),
            value: Set(value),
            count: Set(i64::try_from(n.n).unwrap_or(i64::MAX)),
            key_sum: Set(i64::from(n.key)),
        })
        .collect();
    let key =
        vec![C::ConsultationId, C::Audience, C::Language, C::Area, C::ChannelId, C::Question, C::OptionId, C::Value];
    for chunk in rows.chunks(CHUNK) {
        answer_tally::Entity::insert_many(chunk.to_vec())
            .on_conflict(add_on_conflict("answer_tallies", key.clone(), C::Count, C::KeySum))
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

async fn add_response_tallies(
    txn: &impl ConnectionTrait,
    tallies: BTreeMap<(Group, NaiveDate), Count>,
) -> Result<(), DbErr> {
    use response_tally::Column as C;
    let rows: Vec<response_tally::ActiveModel> = tallies
        .into_iter()
        .map(|((g, day), n)| response_tally::ActiveModel {
            id: NotSet,
            consultation_id: Set(g.consultation_id.0),
            audience: Set(g.audience.to_owned()),
            language: Set(g.language),
            area: Set(g.area),
            channel_id: Set(g.channel_id),
            submitted_on: Set(day),
            count: Set(i64::try_from(n.n).unwrap_or(i64::MAX)),
            key_sum: Set(i64::from(n.key)),
        })
        .collect();
    let key = vec![C::ConsultationId, C::Audience, C::Language, C::Area, C::ChannelId, C::SubmittedOn];
    for chunk in rows.chunks(CHUNK) {
        response_tally::Entity::insert_many(chunk.to_vec())
            .on_conflict(add_on_conflict("response_tallies", key.clone(), C::Count, C::KeySum))
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

/// Most responses in one transaction: bounds the time the first in a batch waits.
const MAX_BATCH: usize = 256;

struct Job {
    submission: Submission,
    reply: oneshot::Sender<Result<Stored, DbErr>>,
}

/// The one writer of responses of this process (see the module documentation).
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer tasks on the current Tokio runtime: one on SQLite,
    /// which has one writer anyway; two on PostgreSQL, so that one batch is
    /// built and sent while the other commits. (Both add to the tallies in
    /// the same key order, so they queue behind each other on a shared tally
    /// row rather than deadlock.)
    pub fn start(db: DatabaseConnection) -> Self {
        let (jobs, rx) = mpsc::channel(4 * MAX_BATCH);
        let rx = std::sync::Arc::new(tokio::sync::Mutex::new(rx));
        let writers = if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres { 2 } else { 1 };
        for _ in 0..writers {
            tokio::spawn(run(db.clone(), rx.clone()));
        }
        Writer { jobs }
    }

    /// Stores a submission; returns once it is committed (or failed).
    pub async fn store(&self, submission: Submission) -> Result<Stored, DbErr> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job { submission, reply })
            .await
            .map_err(|_| DbErr::Custom("the response writer has stopped".into()))?;
        answer.await.map_err(|_| DbErr::Custom("the response writer dropped a response".into()))?
    }
}

async fn run(db: DatabaseConnection, rx: std::sync::Arc<tokio::sync::Mutex<mpsc::Receiver<Job>>>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    loop {
        // Take what is waiting (at least one), then let the other writer take the next.
        if rx.lock().await.recv_many(&mut batch, MAX_BATCH).await == 0 {
            return;
        }
        let submissions: Vec<&Submission> = batch.iter().map(|j| &j.submission).collect();
        match store_batch(&db, &submissions).await {
            Ok(outcomes) => {
                for (job, outcome) in batch.drain(..).zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
            }
            Err(e) if batch.len() == 1 => {
                if let Some(job) = batch.pop() {
                    let _ = job.reply.send(Err(e));
                }
            }
            Err(_) => {
                // One bad response must not take the others down with it: store
                // each on its own, so each gets its own outcome.
                for job in batch.drain(..) {
                    let outcome = store_batch(&db, &[&job.submission]).await.and_then(|mut o| {
                        o.pop().ok_or_else(|| DbErr::Custom("a stored batch of one gave no outcome".into()))
                    });
                    let _ = job.reply.send(outcome);
                }
            }
        }
    }
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

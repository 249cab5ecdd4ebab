//! Reading results: the running tallies of a consultation, its free texts
//! (for analysts), what the city says it will do, and the response-level
//! export.

use super::entities::{answer, answer_tally, consultation, response_tally, result_update};
use crate::domain::Audience;
use crate::domain::disclosure::Count;
use crate::domain::ids::ConsultationId;
use crate::domain::results::{Group, Tallies};
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeMap;

/// Every tally of a consultation: a few thousand rows however many responses.
pub async fn tallies(db: &impl ConnectionTrait, consultation_id: ConsultationId) -> Result<Tallies, DbErr> {
    use answer_tally::Column as A;
    use response_tally::Column as R;
    // One text column for the key instead of six: decoding values one by one
    // costs more than the query itself (about 4 times, on SQLite).
    let answers: Vec<(String, i64, i64, i64)> = answer_tally::Entity::find()
        .select_only()
        .column_as(
            Expr::cust(
                r#""audience" || '|' || "language" || '|' || "area" || '|' || CAST("channel_id" AS TEXT) || '|' || "question" || '|' || "option_id""#,
            ),
            "k",
        )
        .columns([A::Value, A::Count, A::KeySum])
        .filter(A::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(db)
        .await?;
    let responses: Vec<(String, String, String, i32, NaiveDate, i64, i64)> = response_tally::Entity::find()
        .select_only()
        .columns([R::Audience, R::Language, R::Area])
        .column(R::ChannelId)
        .column(R::SubmittedOn)
        .column(R::Count)
        .column(R::KeySum)
        .filter(R::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(db)
        .await?;
    let mut t = Tallies::default();
    let group = |a: &str, language: String, area: String, channel: i32| {
        a.parse::<Audience>().ok().map(|audience| Group { audience, language, area, channel })
    };
    for (a, l, area, channel, day, n, key) in responses {
        if let Some(g) = group(&a, l, area, channel) {
            t.add_responses(g, day, Count::new(n, key));
        }
    }
    for (key, v, n, key_sum) in answers {
        // Ids, language tags and area ids never hold a '|'.
        let mut parts = key.splitn(6, '|');
        let (Some(a), Some(l), Some(area), Some(channel), Some(q), Some(o)) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if let Some(g) = group(a, l.to_owned(), area.to_owned(), channel.parse().unwrap_or(0)) {
            t.add_answer(g, q.to_owned(), o.to_owned(), v, Count::new(n, key_sum));
        }
    }
    Ok(t)
}

/// A free-text answer as analysts see it: nothing beside it but its
/// question, its audience (shown only when every audience is large enough) and
/// an opaque reference for the hide and unhide forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreeText {
    pub text_ref: String,
    pub question: String,
    pub audience: String,
    pub text: String,
    pub hidden: bool,
}

/// Which free texts to list: ordered by question, then by their random
/// reference (an order that says nothing about when each came).
#[derive(Clone, Debug, Default)]
pub struct TextQuery {
    pub audience: Option<Audience>,
    /// Words to look for, any case.
    pub search: Option<String>,
    /// Keyset: the (question, reference) of the last text of the previous page.
    pub after: Option<(String, String)>,
    pub with_hidden: bool,
    /// Only the texts of these questions.
    pub questions: Vec<String>,
}

/// One page of free texts (at most `limit`), in the order of (question,
/// reference). Each question is read on its own, in that order, through the
/// partial index on (consultation, question, reference) of free texts, so
/// every query walks the index in order and stops at the page's end, whatever
/// the number of texts (PostgreSQL before 17 cannot walk an index in order
/// for a list of questions, and sorted every text of the consultation). A
/// search uses the trigram indexes (see [`texts_holding`]).
pub async fn free_texts(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    q: &TextQuery,
    limit: u64,
) -> Result<Vec<FreeText>, DbErr> {
    use answer::Column as A;
    use sea_orm::sea_query::{ExprTrait, Func, LikeExpr};
    let search = q.search.as_deref().map(str::trim).filter(|w| !w.is_empty());
    let matching = match search {
        Some(words) => texts_holding(db, words).await?,
        None => None,
    };
    let pg = db.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
    let mut questions: Vec<&str> = q.questions.iter().map(String::as_str).collect();
    questions.sort_unstable();
    questions.dedup();
    let mut rows = Vec::new();
    for question in questions {
        let remaining = limit.saturating_sub(rows.len() as u64);
        if remaining == 0 {
            break;
        }
        let after = match &q.after {
            Some((after_question, _)) if question < after_question.as_str() => continue,
            Some((after_question, text_ref)) if question == after_question.as_str() => Some(text_ref.as_str()),
            _ => None,
        };
        let mut find = answer::Entity::find();
        find = match &matching {
            // A few texts hold the words: they are read by id, and the unary
            // `+` keeps the database from walking the consultation's texts instead.
            Some(ids) => find
                .filter(Expr::cust(r#"+"answers"."consultation_id""#).eq(consultation_id.0))
                .filter(A::Id.is_in(ids.iter().copied())),
            None => find.filter(A::ConsultationId.eq(consultation_id)),
        };
        find = find.filter(A::Question.eq(question)).filter(A::TextRef.is_not_null()).filter(A::Text.is_not_null());
        if let Some(a) = q.audience {
            find = find.filter(A::Audience.eq(a.as_str()));
        }
        if !q.with_hidden {
            find = find.filter(A::Hidden.eq(false));
        }
        if let Some(words) = search {
            find = if pg && matching.is_none() {
                // Words many texts hold: `strpos`, which no index serves, so
                // PostgreSQL walks the texts in order and stops at the page's
                // end (with `LIKE` it would take every text the trigram index
                // gives and sort them).
                find.filter(Func::cust("strpos").arg(Func::lower(Expr::col(A::Text))).arg(words.to_lowercase()).gt(0))
            } else {
                find.filter(
                    Expr::expr(Func::lower(Expr::col(A::Text))).like(LikeExpr::new(like_pattern(words)).escape('\\')),
                )
            };
        }
        if let Some(text_ref) = after {
            find = find.filter(A::TextRef.gt(text_ref));
        }
        rows.extend(find.order_by_asc(A::TextRef).limit(remaining).all(db).await?);
    }
    Ok(rows
        .into_iter()
        .map(|m| FreeText {
            text_ref: m.text_ref.unwrap_or_default(),
            question: m.question,
            audience: m.audience,
            text: m.text.unwrap_or_default(),
            hidden: m.hidden,
        })
        .collect())
}

/// Most free texts a search reads by id; more than this and the words are
/// common enough that walking the consultation's texts in order finds a page
/// of them at once.
const FEW_TEXTS: usize = 5000;

/// `%words%`, lower-cased, with `LIKE`'s own characters escaped by `\`.
fn like_pattern(words: &str) -> String {
    let escaped: String = words
        .to_lowercase()
        .chars()
        .flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] })
        .collect();
    format!("%{escaped}%")
}

/// The ids of every free text (of any consultation) holding `words`, found
/// through a trigram index, when there are few of them; `None` when there are
/// many, or when the words are shorter than three characters (a trigram index
/// cannot help). SQLite asks its FTS5 index; PostgreSQL its `pg_trgm` index,
/// through `LIKE`. The `LIKE` of [`free_texts`] decides in every case.
async fn texts_holding(db: &impl ConnectionTrait, words: &str) -> Result<Option<Vec<i64>>, DbErr> {
    if words.chars().count() < 3 {
        return Ok(None);
    }
    let backend = db.get_database_backend();
    let cap: sea_orm::Value = i64::try_from(FEW_TEXTS + 1).unwrap_or(i64::MAX).into();
    let stmt = if backend == sea_orm::DatabaseBackend::Postgres {
        sea_orm::Statement::from_sql_and_values(
            backend,
            r"SELECT id FROM answers WHERE text IS NOT NULL AND lower(text) LIKE $1 ESCAPE '\' LIMIT $2",
            [like_pattern(words).into(), cap],
        )
    } else {
        // One FTS5 phrase: what was typed is never read as search syntax.
        let phrase = format!("\"{}\"", words.replace('"', "\"\""));
        sea_orm::Statement::from_sql_and_values(
            backend,
            "SELECT rowid AS id FROM answer_texts WHERE answer_texts MATCH ? LIMIT ?",
            [phrase.into(), cap],
        )
    };
    let ids =
        db.query_all_raw(stmt).await?.iter().map(|row| row.try_get::<i64>("", "id")).collect::<Result<Vec<_>, _>>()?;
    Ok((ids.len() <= FEW_TEXTS).then_some(ids))
}

/// Hides or shows again a free text of the consultation, by its reference;
/// false if there is none.
pub async fn set_hidden(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    text_ref: &str,
    hidden: bool,
) -> Result<bool, DbErr> {
    let r = answer::Entity::update_many()
        .col_expr(answer::Column::Hidden, Expr::value(hidden))
        .filter(answer::Column::TextRef.eq(text_ref))
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::Text.is_not_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Saves "what we heard and what we will do" (per language) and when results are expected.
pub async fn set_statements(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    statements: &BTreeMap<String, String>,
    expected_on: Option<NaiveDate>,
) -> Result<(), DbErr> {
    let json = (!statements.is_empty()).then(|| serde_json::to_string(statements).unwrap_or_default());
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Statements, Expr::value(json))
        .col_expr(consultation::Column::ResultsExpectedOn, Expr::value(expected_on))
        .filter(consultation::Column::Id.eq(consultation_id))
        .exec(db)
        .await?;
    Ok(())
}

/// A dated update on what the city did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Update {
    pub id: i32,
    pub happened_on: NaiveDate,
    pub texts: BTreeMap<String, String>,
}

/// Updates of a consultation, newest first.
pub async fn updates(db: &impl ConnectionTrait, consultation_id: ConsultationId) -> Result<Vec<Update>, DbErr> {
    let rows = result_update::Entity::find()
        .filter(result_update::Column::ConsultationId.eq(consultation_id))
        .order_by_desc(result_update::Column::HappenedOn)
        .order_by_desc(result_update::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| Update {
            id: m.id,
            happened_on: m.happened_on,
            texts: serde_json::from_str(&m.texts).unwrap_or_default(),
        })
        .collect())
}

pub async fn add_update(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    happened_on: NaiveDate,
    texts: &BTreeMap<String, String>,
) -> Result<(), DbErr> {
    result_update::Entity::insert(result_update::ActiveModel {
        id: NotSet,
        consultation_id: Set(consultation_id.0),
        happened_on: Set(happened_on),
        texts: Set(serde_json::to_string(texts).unwrap_or_default()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn delete_update(db: &impl ConnectionTrait, consultation_id: ConsultationId, id: i32) -> Result<bool, DbErr> {
    let r = result_update::Entity::delete_many()
        .filter(result_update::Column::Id.eq(id))
        .filter(result_update::Column::ConsultationId.eq(consultation_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Marks the day a consultation closed (the close summary goes out then).
pub async fn set_closed_on(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    day: NaiveDate,
) -> Result<(), DbErr> {
    consultation::Entity::update_many()
        .col_expr(consultation::Column::ClosedOn, Expr::value(day))
        .filter(consultation::Column::Id.eq(consultation_id))
        .exec(db)
        .await?;
    Ok(())
}

/// One answer row: option id and value.
pub type AnswerCell = (Option<String>, Option<i64>);

/// One response for the response-level export: its group and its answers
/// (free texts left out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseRow {
    pub audience: String,
    pub language: String,
    pub area: String,
    pub channel: i32,
    /// question → answer rows (option id, value).
    pub answers: BTreeMap<String, Vec<AnswerCell>>,
}

/// Where a page of the response-level export starts: after this (record key, id).
pub type Cursor = (i64, i64);

/// Up to `limit` responses of a consultation after `after`, in the order of
/// their random record keys (an order that says nothing about when each
/// came), and the cursor of the last one read. One statement per page, served
/// by the index on (consultation, record key, id): each response's answers
/// (free texts left out) come with it, gathered by the database into one JSON
/// array through the index on (response, question). A million responses hold
/// some thirteen million answers; read one row per answer, decoding the rows
/// cost more than everything else the export does.
pub async fn response_page(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    after: Option<Cursor>,
    limit: u64,
) -> Result<(Vec<ResponseRow>, Option<Cursor>), DbErr> {
    use sea_orm::{DatabaseBackend, Statement};
    let backend = db.get_database_backend();
    let pg = backend == DatabaseBackend::Postgres;
    let answers = if pg {
        "(SELECT COALESCE(json_agg(json_build_array(a.question, a.option_id, a.value)), '[]')::text \
         FROM answers a WHERE a.response_id = r.id AND a.text IS NULL)"
    } else {
        "(SELECT json_group_array(json_array(a.question, a.option_id, a.value)) \
         FROM answers a WHERE a.response_id = r.id AND a.text IS NULL)"
    };
    let mut values: Vec<sea_orm::Value> = vec![consultation_id.into()];
    let param = |n: usize| if pg { format!("${n}") } else { "?".to_owned() };
    let mut filter = format!("r.consultation_id = {}", param(1));
    if let Some((key, id)) = after {
        values.extend([key.into(), id.into()]);
        filter.push_str(&format!(" AND (r.record_key, r.id) > ({}, {})", param(2), param(3)));
    }
    values.push(i64::try_from(limit).unwrap_or(i64::MAX).into());
    let sql = format!(
        "SELECT r.id, r.record_key, r.audience, r.language, COALESCE(r.area, '') AS area, \
         COALESCE(r.channel_id, 0) AS channel, {answers} AS answers \
         FROM responses r WHERE {filter} ORDER BY r.record_key, r.id LIMIT {}",
        param(values.len())
    );
    let rows = db.query_all_raw(Statement::from_sql_and_values(backend, sql, values)).await?;
    let mut last = None;
    let mut page = Vec::with_capacity(rows.len());
    for row in rows {
        last = Some((row.try_get::<i64>("", "record_key")?, row.try_get::<i64>("", "id")?));
        let json: String = row.try_get("", "answers")?;
        let cells: Vec<(String, Option<String>, Option<i64>)> = serde_json::from_str(&json)
            .map_err(|e| DbErr::Custom(format!("the answers of a response could not be read: {e}")))?;
        let mut answers: BTreeMap<String, Vec<AnswerCell>> = BTreeMap::new();
        for (question, option, value) in cells {
            answers.entry(question).or_default().push((option, value));
        }
        page.push(ResponseRow {
            audience: row.try_get("", "audience")?,
            language: row.try_get("", "language")?,
            area: row.try_get("", "area")?,
            channel: row.try_get("", "channel")?,
            answers,
        });
    }
    Ok((page, last))
}

/// How many responses of a consultation share each identifying combination:
/// audience, language, area ("" none), channel ("" none), then the answer to
/// each of `area_questions` ("" none). One grouped query, each area answer
/// found through the index on answers' response.
pub async fn identifying_counts(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    area_questions: &[String],
) -> Result<Vec<(Vec<String>, u64)>, DbErr> {
    use sea_orm::Statement;
    let backend = db.get_database_backend();
    let param = |i: usize| if backend == sea_orm::DatabaseBackend::Postgres { format!("${i}") } else { "?".to_owned() };
    let mut select = vec![
        "r.audience".to_owned(),
        "r.language".to_owned(),
        "COALESCE(r.area, '')".to_owned(),
        "CASE WHEN r.channel_id IS NULL THEN '' ELSE CAST(r.channel_id AS TEXT) END".to_owned(),
    ];
    let mut joins = String::new();
    let mut values: Vec<sea_orm::Value> = Vec::new();
    for (i, q) in area_questions.iter().enumerate() {
        values.push(q.clone().into());
        joins.push_str(&format!(
            " LEFT JOIN answers a{i} ON a{i}.response_id = r.id AND a{i}.question = {}",
            param(values.len())
        ));
        select.push(format!("COALESCE(a{i}.option_id, '')"));
    }
    values.push(consultation_id.into());
    let columns: Vec<String> = select.iter().enumerate().map(|(i, e)| format!("{e} AS k{i}")).collect();
    let groups: Vec<String> = (1..=select.len()).map(|i| i.to_string()).collect();
    let sql = format!(
        "SELECT {}, COUNT(*) AS n FROM responses r{joins} WHERE r.consultation_id = {} GROUP BY {}",
        columns.join(", "),
        param(values.len()),
        groups.join(", ")
    );
    let rows = db.query_all_raw(Statement::from_sql_and_values(backend, sql, values)).await?;
    rows.iter()
        .map(|row| {
            let key = (0..select.len())
                .map(|i| row.try_get::<String>("", &format!("k{i}")))
                .collect::<Result<Vec<_>, _>>()?;
            let n: i64 = row.try_get("", "n")?;
            Ok((key, u64::try_from(n).unwrap_or(0)))
        })
        .collect()
}

/// `SUM(column)` as a 64-bit integer on both databases (PostgreSQL sums bigints as numeric).
fn sum_of(column: &str) -> sea_orm::sea_query::SimpleExpr {
    Expr::cust(format!("CAST(COALESCE(SUM({column}), 0) AS BIGINT)"))
}

/// Responses per consultation, from the tallies: true counts and cell keys,
/// for [`crate::domain::disclosure::publish`].
pub async fn responses_per(
    db: &impl ConnectionTrait,
    ids: Vec<ConsultationId>,
) -> Result<BTreeMap<ConsultationId, Count>, DbErr> {
    use response_tally::Column as R;
    let rows: Vec<(i32, i64, i64)> = response_tally::Entity::find()
        .select_only()
        .column(R::ConsultationId)
        .column_as(sum_of(r#""count""#), "n")
        .column_as(sum_of(r#""key_sum""#), "key")
        .filter(R::ConsultationId.is_in(ids))
        .group_by(R::ConsultationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, n, key)| (ConsultationId(id), Count::new(n, key))).collect())
}

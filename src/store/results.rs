//! Reading results: the running tallies of a consultation, its free texts
//! (for analysts), what the city says it will do, and the response-level
//! export.

use super::entities::{answer, answer_tally, consultation, response, response_tally, result_update};
use crate::domain::Audience;
use crate::domain::results::{Filter, Group, Tallies};
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeMap;

/// Every tally of a consultation: a few thousand rows however many responses.
pub async fn tallies(db: &impl ConnectionTrait, consultation_id: i32) -> Result<Tallies, DbErr> {
    use answer_tally::Column as A;
    use response_tally::Column as R;
    // One text column for the key instead of six: decoding values one by one
    // costs more than the query itself (about 4 times, on SQLite).
    let answers: Vec<(String, i64, i64)> = answer_tally::Entity::find()
        .select_only()
        .column_as(
            Expr::cust(
                r#""audience" || '|' || "language" || '|' || "area" || '|' || CAST("channel_id" AS TEXT) || '|' || "question" || '|' || "option_id""#,
            ),
            "k",
        )
        .columns([A::Value, A::Count])
        .filter(A::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(db)
        .await?;
    let responses: Vec<(String, String, String, i32, NaiveDate, i64)> = response_tally::Entity::find()
        .select_only()
        .columns([R::Audience, R::Language, R::Area])
        .column(R::ChannelId)
        .column(R::SubmittedOn)
        .column(R::Count)
        .filter(R::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(db)
        .await?;
    let mut t = Tallies::default();
    let group = |a: &str, language: String, area: String, channel: i32| {
        a.parse::<Audience>().ok().map(|audience| Group { audience, language, area, channel })
    };
    for (a, l, area, channel, day, n) in responses {
        if let Some(g) = group(&a, l, area, channel) {
            t.add_responses(g, day, u64::try_from(n).unwrap_or(0));
        }
    }
    for (key, v, n) in answers {
        // Ids, language tags and area ids never hold a '|'.
        let mut parts = key.splitn(6, '|');
        let (Some(a), Some(l), Some(area), Some(channel), Some(q), Some(o)) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if let Some(g) = group(a, l.to_owned(), area.to_owned(), channel.parse().unwrap_or(0)) {
            t.add_answer(g, q.to_owned(), o.to_owned(), v, u64::try_from(n).unwrap_or(0));
        }
    }
    Ok(t)
}

/// A free-text answer as analysts see it: nothing beside it but its audience.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreeText {
    pub id: i64,
    pub question: String,
    pub audience: String,
    pub text: String,
    pub hidden: bool,
}

/// The free texts of a consultation, hidden ones included (the caller decides),
/// in alphabetical order so that the list says nothing about when each came.
pub async fn free_texts(db: &impl ConnectionTrait, consultation_id: i32, f: &Filter) -> Result<Vec<FreeText>, DbErr> {
    use sea_orm::sea_query::Query;
    let mut q = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::Text.is_not_null());
    if let Some(a) = f.audience {
        q = q.filter(answer::Column::Audience.eq(a.as_str()));
    }
    if f.language.is_some() || f.area.is_some() || f.channel.is_some() {
        let mut responses = Query::select();
        responses
            .column(response::Column::Id)
            .from(response::Entity)
            .and_where(response::Column::ConsultationId.eq(consultation_id));
        if let Some(l) = &f.language {
            responses.and_where(response::Column::Language.eq(l.as_str()));
        }
        if let Some(a) = &f.area {
            responses.and_where(response::Column::Area.eq(a.as_str()));
        }
        if let Some(c) = f.channel {
            responses.and_where(response::Column::ChannelId.eq(c));
        }
        q = q.filter(answer::Column::ResponseId.in_subquery(responses.to_owned()));
    }
    let mut out: Vec<FreeText> = q
        .all(db)
        .await?
        .into_iter()
        .map(|m| FreeText {
            id: m.id,
            question: m.question,
            audience: m.audience,
            text: m.text.unwrap_or_default(),
            hidden: m.hidden,
        })
        .collect();
    out.sort_by(|a, b| (&a.question, &a.text, a.id).cmp(&(&b.question, &b.text, b.id)));
    Ok(out)
}

/// Hides or shows again a free text of the consultation; false if there is none.
pub async fn set_hidden(db: &impl ConnectionTrait, consultation_id: i32, id: i64, hidden: bool) -> Result<bool, DbErr> {
    let r = answer::Entity::update_many()
        .col_expr(answer::Column::Hidden, Expr::value(hidden))
        .filter(answer::Column::Id.eq(id))
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::Text.is_not_null())
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Saves "what we heard and what we will do" (per language) and when results are expected.
pub async fn set_statements(
    db: &impl ConnectionTrait,
    consultation_id: i32,
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
pub async fn updates(db: &impl ConnectionTrait, consultation_id: i32) -> Result<Vec<Update>, DbErr> {
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
    consultation_id: i32,
    happened_on: NaiveDate,
    texts: &BTreeMap<String, String>,
) -> Result<(), DbErr> {
    result_update::Entity::insert(result_update::ActiveModel {
        id: NotSet,
        consultation_id: Set(consultation_id),
        happened_on: Set(happened_on),
        texts: Set(serde_json::to_string(texts).unwrap_or_default()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

pub async fn delete_update(db: &impl ConnectionTrait, consultation_id: i32, id: i32) -> Result<bool, DbErr> {
    let r = result_update::Entity::delete_many()
        .filter(result_update::Column::Id.eq(id))
        .filter(result_update::Column::ConsultationId.eq(consultation_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Marks the day a consultation closed (the close summary goes out then).
pub async fn set_closed_on(db: &impl ConnectionTrait, consultation_id: i32, day: NaiveDate) -> Result<(), DbErr> {
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

/// Up to `limit` responses of a consultation after response id `after`, and
/// the last id read (for the next page).
pub async fn response_page(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    after: i64,
    limit: u64,
) -> Result<(Vec<ResponseRow>, Option<i64>), DbErr> {
    let responses = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .filter(response::Column::Id.gt(after))
        .order_by_asc(response::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let Some(last) = responses.last().map(|r| r.id) else { return Ok((vec![], None)) };
    let first = responses[0].id;
    let answers: Vec<(i64, String, Option<String>, Option<i64>)> = answer::Entity::find()
        .select_only()
        .columns([answer::Column::ResponseId])
        .column(answer::Column::Question)
        .column(answer::Column::OptionId)
        .column(answer::Column::Value)
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::ResponseId.between(first, last))
        .filter(answer::Column::Text.is_null())
        .order_by_asc(answer::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_response: BTreeMap<i64, BTreeMap<String, Vec<AnswerCell>>> = BTreeMap::new();
    for (r, q, o, v) in answers {
        by_response.entry(r).or_default().entry(q).or_default().push((o, v));
    }
    let rows = responses
        .into_iter()
        .map(|r| ResponseRow {
            audience: r.audience,
            language: r.language,
            area: r.area.unwrap_or_default(),
            channel: r.channel_id.unwrap_or(0),
            answers: by_response.remove(&r.id).unwrap_or_default(),
        })
        .collect();
    Ok((rows, Some(last)))
}

/// `SUM(count)` as a 64-bit integer on both databases (PostgreSQL sums bigints as numeric).
fn sum_of_counts() -> sea_orm::sea_query::SimpleExpr {
    Expr::cust(r#"CAST(COALESCE(SUM("count"), 0) AS BIGINT)"#)
}

/// Responses per consultation, from the tallies.
pub async fn responses_per(db: &impl ConnectionTrait, ids: Vec<i32>) -> Result<BTreeMap<i32, u64>, DbErr> {
    use response_tally::Column as R;
    let rows: Vec<(i32, i64)> = response_tally::Entity::find()
        .select_only()
        .column(R::ConsultationId)
        .column_as(sum_of_counts(), "n")
        .filter(R::ConsultationId.is_in(ids))
        .group_by(R::ConsultationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, n)| (id, u64::try_from(n).unwrap_or(0))).collect())
}

/// Responses of a consultation per audience (`by` = audience) or per channel
/// id (`by` = channel; 0 for none), from the tallies.
pub async fn responses_by(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    by: response_tally::Column,
) -> Result<Vec<(String, i64)>, DbErr> {
    use response_tally::Column as R;
    let key = match by {
        R::ChannelId => Expr::cust(r#"CAST("channel_id" AS TEXT)"#),
        _ => Expr::col(R::Audience),
    };
    response_tally::Entity::find()
        .select_only()
        .column_as(key.clone(), "k")
        .column_as(sum_of_counts(), "n")
        .filter(R::ConsultationId.eq(consultation_id))
        .group_by(key)
        .into_tuple()
        .all(db)
        .await
}

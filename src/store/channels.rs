//! Distribution channels: named posters, schools and links, each with a short
//! code. A response records its channel, never a person.

use super::entities::channel;
use crate::domain::ids::ConsultationId;
use chrono::NaiveDate;
use rand::Rng;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

/// Letters and digits that cannot be mistaken for each other on a poster.
const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
pub const CODE_LEN: usize = 6;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    pub id: i32,
    pub consultation_id: ConsultationId,
    pub code: String,
    pub name: String,
}

fn to_channel(m: channel::Model) -> Channel {
    Channel { id: m.id, consultation_id: crate::domain::ConsultationId(m.consultation_id), code: m.code, name: m.name }
}

pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LEN).map(|_| char::from(CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())])).collect()
}

pub fn code_is_well_formed(code: &str) -> bool {
    code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

pub async fn create(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    name: &str,
    today: NaiveDate,
) -> Result<Channel, DbErr> {
    let mut last_error = None;
    for _ in 0..5 {
        let attempt = channel::ActiveModel {
            consultation_id: Set(consultation_id.0),
            code: Set(new_code()),
            name: Set(name.to_owned()),
            created_on: Set(today),
            ..Default::default()
        };
        match channel::Entity::insert(attempt).exec_with_returning(db).await {
            Ok(m) => return Ok(to_channel(m)),
            Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
                last_error = Some(e)
            }
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| DbErr::Custom("no free channel code".into())))
}

pub async fn by_code(db: &impl ConnectionTrait, code: &str) -> Result<Option<Channel>, DbErr> {
    if !code_is_well_formed(code) {
        return Ok(None);
    }
    Ok(channel::Entity::find().filter(channel::Column::Code.eq(code)).one(db).await?.map(to_channel))
}

/// Channels of a consultation, oldest first.
pub async fn of(db: &impl ConnectionTrait, consultation_id: ConsultationId) -> Result<Vec<Channel>, DbErr> {
    let rows = channel::Entity::find()
        .filter(channel::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(channel::Column::Id)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(to_channel).collect())
}

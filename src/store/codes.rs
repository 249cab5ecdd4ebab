//! One-use access codes ("anonymous but bounded"). A code is marked used in a
//! transaction of its own, before the response is stored in another, so that
//! not even a transaction id links the two; no time is kept.

use super::entities::access_code;
use crate::domain::disclosure::Count;
use crate::domain::ids::ConsultationId;
use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const MAX_BATCH: usize = 200;

/// Codes are written `ABCD-2345`; people may type them in any case, with or without the dash.
pub fn normalise(code: &str) -> String {
    let clean: String = code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    if clean.len() == 8 { format!("{}-{}", &clean[..4], &clean[4..]) } else { clean }
}

fn new_code() -> String {
    let mut rng = rand::rng();
    let raw: String = (0..8).map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])).collect();
    normalise(&raw)
}

pub async fn generate(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
    channel_id: i32,
    count: usize,
) -> Result<Vec<String>, DbErr> {
    let mut codes = Vec::new();
    while codes.len() < count.min(MAX_BATCH) {
        let code = new_code();
        let inserted = access_code::Entity::insert(access_code::ActiveModel {
            id: sea_orm::ActiveValue::NotSet,
            consultation_id: Set(consultation_id.0),
            channel_id: Set(Some(channel_id)),
            code: Set(code.clone()),
            used: Set(false),
            record_key: Set(crate::domain::disclosure::record_key()),
        })
        .on_conflict(sea_orm::sea_query::OnConflict::column(access_code::Column::Code).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
        if inserted == 1 {
            codes.push(code);
        }
    }
    Ok(codes)
}

/// Every code of a channel, used or not, in alphabetical order: the card
/// sheet never changes as codes are used.
pub async fn of_channel(db: &impl ConnectionTrait, channel_id: i32) -> Result<Vec<String>, DbErr> {
    Ok(access_code::Entity::find()
        .filter(access_code::Column::ChannelId.eq(channel_id))
        .order_by_asc(access_code::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.code)
        .collect())
}

/// Per channel of a consultation: (channel id, codes made, codes used). The
/// used count carries the cell key of the used codes' record keys, for
/// [`crate::domain::disclosure::publish`]; it is shown only once the
/// consultation has closed.
pub async fn counts(
    db: &impl ConnectionTrait,
    consultation_id: ConsultationId,
) -> Result<Vec<(i32, u64, Count)>, DbErr> {
    let rows =
        access_code::Entity::find().filter(access_code::Column::ConsultationId.eq(consultation_id)).all(db).await?;
    let mut out: Vec<(i32, u64, Count)> = Vec::new();
    for r in rows {
        let Some(ch) = r.channel_id else { continue };
        let used = if r.used { Count::new(1, r.record_key) } else { Count::default() };
        match out.iter_mut().find(|(c, _, _)| *c == ch) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 += used;
            }
            None => out.push((ch, 1, used)),
        }
    }
    Ok(out)
}

/// Marks a code used; false if it was unknown or already used.
pub async fn consume(db: &impl ConnectionTrait, consultation_id: ConsultationId, code: &str) -> Result<bool, DbErr> {
    let r = access_code::Entity::update_many()
        .col_expr(access_code::Column::Used, Expr::value(true))
        .filter(access_code::Column::ConsultationId.eq(consultation_id))
        .filter(access_code::Column::Code.eq(normalise(code)))
        .filter(access_code::Column::Used.eq(false))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

/// Gives a code back when the response it let in could not be stored.
pub async fn release(db: &impl ConnectionTrait, consultation_id: ConsultationId, code: &str) -> Result<(), DbErr> {
    access_code::Entity::update_many()
        .col_expr(access_code::Column::Used, Expr::value(false))
        .filter(access_code::Column::ConsultationId.eq(consultation_id))
        .filter(access_code::Column::Code.eq(normalise(code)))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_whatever_the_case_and_dashes() {
        assert_eq!(normalise("abcd 2345"), "ABCD-2345");
        assert_eq!(normalise("ABCD-2345"), "ABCD-2345");
        assert!(new_code().chars().all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
    }
}

//! Instance-wide values kept in the database, shared by every instance.

use super::entities::setting;
use rand::RngCore;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

const SECRET_KEY: &str = "secret";

/// The signing secret, generated on first start and kept in the database so
/// that several instances behind a load balancer share it.
pub async fn instance_secret(db: &impl ConnectionTrait) -> Result<String, DbErr> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let fresh: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    setting::Entity::insert(setting::ActiveModel { key: Set(SECRET_KEY.into()), value: Set(fresh) })
        .on_conflict(OnConflict::column(setting::Column::Key).do_nothing().to_owned())
        .exec_without_returning(db)
        .await?;
    setting::Entity::find_by_id(SECRET_KEY.to_owned())
        .one(db)
        .await?
        .map(|s| s.value)
        .ok_or_else(|| DbErr::RecordNotFound("instance secret".into()))
}

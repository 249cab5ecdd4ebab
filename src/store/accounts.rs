//! Organisations' people, sessions and emailed single-use links.

use super::entities::{organisation, session, user, user_token};
use crate::auth::token_hash;
use crate::domain::account::{Email, NetworkRole, Role};
use crate::domain::ids::OrganisationId;
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

/// A signed-in person, as handlers need them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub id: i32,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub email: String,
    pub role: Role,
    pub language: String,
    pub has_password: bool,
    pub active: bool,
    pub safeguarding_lead: bool,
    /// A role in the network whose secretariat is this person's organisation.
    pub network_role: Option<NetworkRole>,
}

fn to_user(u: user::Model, org_name: String) -> Result<User, DbErr> {
    Ok(User {
        id: u.id,
        organisation_id: crate::domain::OrganisationId(u.organisation_id),
        organisation_name: org_name,
        email: u.email,
        role: u.role.parse().map_err(DbErr::Custom)?,
        language: u.language,
        has_password: u.password_hash.is_some(),
        active: u.active,
        safeguarding_lead: u.safeguarding_lead,
        network_role: u.network_role.as_deref().map(str::parse).transpose().map_err(DbErr::Custom)?,
    })
}

async fn org_name(db: &impl ConnectionTrait, id: i32) -> Result<String, DbErr> {
    Ok(organisation::Entity::find_by_id(id).one(db).await?.map(|o| o.name).unwrap_or_default())
}

pub async fn create_organisation(
    db: &impl ConnectionTrait,
    name: &str,
    slug: &str,
    today: NaiveDate,
) -> Result<OrganisationId, DbErr> {
    let org = organisation::ActiveModel {
        name: Set(name.to_owned()),
        slug: Set(slug.to_owned()),
        created_on: Set(today),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(crate::domain::OrganisationId(org.id))
}

pub async fn organisation_by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Option<OrganisationId>, DbErr> {
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|o| OrganisationId(o.id)))
}

pub struct NewUser<'a> {
    pub organisation_id: OrganisationId,
    pub email: &'a Email,
    pub role: Role,
    pub language: &'a str,
    pub password_hash: Option<String>,
    pub today: NaiveDate,
    pub network_role: Option<NetworkRole>,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("an account with this email already exists")]
    Taken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

pub async fn create_user(db: &impl ConnectionTrait, n: NewUser<'_>) -> Result<User, CreateUserError> {
    if user::Entity::find().filter(user::Column::Email.eq(n.email.as_str())).one(db).await?.is_some() {
        return Err(CreateUserError::Taken);
    }
    let u = user::ActiveModel {
        organisation_id: Set(n.organisation_id.0),
        email: Set(n.email.as_str().to_owned()),
        password_hash: Set(n.password_hash),
        role: Set(n.role.as_str().to_owned()),
        language: Set(n.language.to_owned()),
        active: Set(true),
        created_on: Set(n.today),
        safeguarding_lead: Set(false),
        network_role: Set(n.network_role.map(|r| r.as_str().to_owned())),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => CreateUserError::Taken,
        _ => CreateUserError::Db(e),
    })?;
    let name = org_name(db, u.organisation_id).await?;
    Ok(to_user(u, name)?)
}

/// The user and their password hash, for signing in.
pub async fn by_email(db: &impl ConnectionTrait, email: &Email) -> Result<Option<(User, Option<String>)>, DbErr> {
    let Some(u) = user::Entity::find().filter(user::Column::Email.eq(email.as_str())).one(db).await? else {
        return Ok(None);
    };
    let hash = u.password_hash.clone();
    let name = org_name(db, u.organisation_id).await?;
    Ok(Some((to_user(u, name)?, hash)))
}

pub async fn by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<User>, DbErr> {
    let Some(u) = user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let name = org_name(db, u.organisation_id).await?;
    Ok(Some(to_user(u, name)?))
}

pub async fn people(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Vec<User>, DbErr> {
    let name = org_name(db, organisation_id.0).await?;
    user::Entity::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?
        .into_iter()
        .map(|u| to_user(u, name.clone()))
        .collect()
}

pub async fn set_password(db: &impl ConnectionTrait, user_id: i32, hash: String) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    // A new password ends every other session of the account, and every
    // link to set one that was sent before (an older reset email dies with it).
    session::Entity::delete_many().filter(session::Column::UserId.eq(user_id)).exec(db).await?;
    user_token::Entity::update_many()
        .col_expr(user_token::Column::Used, Expr::value(true))
        .filter(user_token::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Starts a session; returns its CSRF token. `session_id` is the cookie's value.
pub async fn create_session(
    db: &impl ConnectionTrait,
    session_id: &str,
    user_id: i32,
    csrf: &str,
    expires_at: i64,
) -> Result<(), DbErr> {
    session::ActiveModel {
        id_hash: Set(token_hash(session_id)),
        user_id: Set(user_id),
        csrf: Set(csrf.to_owned()),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The active user behind a session cookie, with the session's CSRF token.
pub async fn session_user(
    db: &impl ConnectionTrait,
    session_id: &str,
    now: i64,
) -> Result<Option<(User, String)>, DbErr> {
    let Some(s) = session::Entity::find_by_id(token_hash(session_id)).one(db).await? else {
        return Ok(None);
    };
    if s.expires_at < now {
        session::Entity::delete_by_id(s.id_hash).exec(db).await?;
        return Ok(None);
    }
    Ok(by_id(db, s.user_id).await?.filter(|u| u.active).map(|u| (u, s.csrf)))
}

pub async fn end_session(db: &impl ConnectionTrait, session_id: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(token_hash(session_id)).exec(db).await?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Invite,
    Reset,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Invite => "invite",
            Purpose::Reset => "reset",
        }
    }
}

pub async fn create_link_token(
    db: &impl ConnectionTrait,
    token: &str,
    user_id: i32,
    purpose: Purpose,
    expires_at: i64,
) -> Result<(), DbErr> {
    user_token::ActiveModel {
        token_hash: Set(token_hash(token)),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().to_owned()),
        expires_at: Set(expires_at),
        used: Set(false),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The user a link is for, if it is unused and unexpired (it stays unused).
pub async fn peek_link_token(
    db: &impl ConnectionTrait,
    token: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<User>, DbErr> {
    let found = user_token::Entity::find_by_id(token_hash(token)).one(db).await?;
    match found {
        Some(t) if !t.used && t.expires_at >= now && t.purpose == purpose.as_str() => by_id(db, t.user_id).await,
        _ => Ok(None),
    }
}

/// Marks a link used; false if it was already used (or never existed).
pub async fn consume_link_token(db: &impl ConnectionTrait, token: &str, now: i64) -> Result<bool, DbErr> {
    let r = user_token::Entity::update_many()
        .col_expr(user_token::Column::Used, Expr::value(true))
        .filter(user_token::Column::TokenHash.eq(token_hash(token)))
        .filter(user_token::Column::Used.eq(false))
        .filter(user_token::Column::ExpiresAt.gte(now))
        .exec(db)
        .await?;
    Ok(r.rows_affected == 1)
}

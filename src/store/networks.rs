//! Networks of cities: members, the consultations they share, and the
//! templates they publish to the network's library.

use super::entities::{network, network_member, network_share, network_template, organisation};
use crate::domain::ids::{ConsultationId, OrganisationId};
use crate::domain::{Consultation, State, Template};
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Network {
    pub id: i32,
    pub slug: String,
    pub name: String,
    /// The organisation of the network's secretariat.
    pub organisation_id: OrganisationId,
}

fn to_network(m: network::Model) -> Network {
    Network { id: m.id, slug: m.slug, name: m.name, organisation_id: crate::domain::OrganisationId(m.organisation_id) }
}

/// Creates a network with its secretariat organisation (same name and slug).
pub async fn create(db: &impl ConnectionTrait, name: &str, slug: &str, today: NaiveDate) -> Result<Network, DbErr> {
    let org = super::accounts::create_organisation(db, name, slug, today).await?;
    let m = network::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        organisation_id: Set(org.0),
        created_on: Set(today),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(to_network(m))
}

pub async fn by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Option<Network>, DbErr> {
    Ok(network::Entity::find().filter(network::Column::Slug.eq(slug)).one(db).await?.map(to_network))
}

/// The network whose secretariat is this organisation, if any.
pub async fn hosted_by(db: &impl ConnectionTrait, organisation_id: OrganisationId) -> Result<Option<Network>, DbErr> {
    Ok(network::Entity::find()
        .filter(network::Column::OrganisationId.eq(organisation_id))
        .one(db)
        .await?
        .map(to_network))
}

/// A member organisation, or one invited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub organisation_id: OrganisationId,
    pub name: String,
    pub slug: String,
    pub invited_on: NaiveDate,
    pub accepted_on: Option<NaiveDate>,
}

/// Members and invited organisations, by name.
pub async fn members(db: &impl ConnectionTrait, network_id: i32) -> Result<Vec<Member>, DbErr> {
    let rows = network_member::Entity::find().filter(network_member::Column::NetworkId.eq(network_id)).all(db).await?;
    let orgs: BTreeMap<i32, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(rows.iter().map(|r| r.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut out: Vec<Member> = rows
        .into_iter()
        .filter_map(|r| {
            let o = orgs.get(&r.organisation_id)?;
            Some(Member {
                organisation_id: crate::domain::OrganisationId(r.organisation_id),
                name: o.name.clone(),
                slug: o.slug.clone(),
                invited_on: r.invited_on,
                accepted_on: r.accepted_on,
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.slug.cmp(&b.slug)));
    Ok(out)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Invited {
    New,
    Already,
}

/// Invites an organisation (by slug). `None`: no such organisation.
pub async fn invite(
    db: &impl ConnectionTrait,
    network: &Network,
    organisation_slug: &str,
    today: NaiveDate,
) -> Result<Option<(OrganisationId, String, Invited)>, DbErr> {
    let Some(org) =
        organisation::Entity::find().filter(organisation::Column::Slug.eq(organisation_slug)).one(db).await?
    else {
        return Ok(None);
    };
    if org.id == network.organisation_id.0 {
        return Ok(None);
    }
    let existing = network_member::Entity::find()
        .filter(network_member::Column::NetworkId.eq(network.id))
        .filter(network_member::Column::OrganisationId.eq(org.id))
        .one(db)
        .await?;
    if existing.is_some() {
        return Ok(Some((crate::domain::OrganisationId(org.id), org.name, Invited::Already)));
    }
    network_member::ActiveModel {
        network_id: Set(network.id),
        organisation_id: Set(org.id),
        invited_on: Set(today),
        accepted_on: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Some((crate::domain::OrganisationId(org.id), org.name, Invited::New)))
}

/// The organisation accepts a pending invitation; false if there is none.
pub async fn accept(
    db: &impl ConnectionTrait,
    network_id: i32,
    organisation_id: OrganisationId,
    today: NaiveDate,
) -> Result<bool, DbErr> {
    let done = network_member::Entity::update_many()
        .col_expr(network_member::Column::AcceptedOn, sea_orm::sea_query::Expr::value(today))
        .filter(network_member::Column::NetworkId.eq(network_id))
        .filter(network_member::Column::OrganisationId.eq(organisation_id))
        .filter(network_member::Column::AcceptedOn.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The networks an organisation belongs to or is invited to, with the day it
/// accepted (None: invited only).
pub async fn memberships(
    db: &impl ConnectionTrait,
    organisation_id: OrganisationId,
) -> Result<Vec<(Network, Option<NaiveDate>)>, DbErr> {
    let rows = network_member::Entity::find()
        .filter(network_member::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?;
    let nets: BTreeMap<i32, network::Model> = network::Entity::find()
        .filter(network::Column::Id.is_in(rows.iter().map(|r| r.network_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let mut out: Vec<(Network, Option<NaiveDate>)> =
        rows.into_iter().filter_map(|r| Some((to_network(nets.get(&r.network_id)?.clone()), r.accepted_on))).collect();
    out.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    Ok(out)
}

/// Whether the organisation is an accepted member of the network.
pub async fn is_member(
    db: &impl ConnectionTrait,
    network_id: i32,
    organisation_id: OrganisationId,
) -> Result<bool, DbErr> {
    Ok(network_member::Entity::find()
        .filter(network_member::Column::NetworkId.eq(network_id))
        .filter(network_member::Column::OrganisationId.eq(organisation_id))
        .filter(network_member::Column::AcceptedOn.is_not_null())
        .one(db)
        .await?
        .is_some())
}

/// Shares a consultation with a network, or stops sharing it. Returns
/// whether anything changed.
pub async fn set_shared(
    db: &impl ConnectionTrait,
    network_id: i32,
    consultation_id: ConsultationId,
    shared: bool,
    today: NaiveDate,
) -> Result<bool, DbErr> {
    let existing = network_share::Entity::find()
        .filter(network_share::Column::NetworkId.eq(network_id))
        .filter(network_share::Column::ConsultationId.eq(consultation_id))
        .one(db)
        .await?;
    match (existing, shared) {
        (None, true) => {
            let inserted = network_share::ActiveModel {
                network_id: Set(network_id),
                consultation_id: Set(consultation_id.0),
                shared_on: Set(today),
                ..Default::default()
            }
            .insert(db)
            .await;
            match inserted {
                Ok(_) => Ok(true),
                // Shared by a second click at the same moment: already done.
                Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => Ok(false),
                Err(e) => Err(e),
            }
        }
        (Some(s), false) => {
            network_share::Entity::delete_by_id(s.id).exec(db).await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The networks a consultation is shared with.
pub async fn shared_with(db: &impl ConnectionTrait, consultation_id: ConsultationId) -> Result<Vec<i32>, DbErr> {
    Ok(network_share::Entity::find()
        .filter(network_share::Column::ConsultationId.eq(consultation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.network_id)
        .collect())
}

/// What a network may read: consultations its accepted members shared whose
/// figures are final (closed or published), or only the published ones.
pub async fn shared_consultations(
    db: &impl ConnectionTrait,
    network_id: i32,
    published_only: bool,
) -> Result<Vec<(Consultation, Member)>, super::consultations::LoadError> {
    let members: BTreeMap<OrganisationId, Member> = members(db, network_id)
        .await?
        .into_iter()
        .filter(|m| m.accepted_on.is_some())
        .map(|m| (m.organisation_id, m))
        .collect();
    let ids: Vec<ConsultationId> = network_share::Entity::find()
        .filter(network_share::Column::NetworkId.eq(network_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| ConsultationId(s.consultation_id))
        .collect();
    let list = super::consultations::by_ids(db, ids).await?;
    Ok(list
        .into_iter()
        .filter(|c| if published_only { c.state == State::Published } else { c.figures_final() })
        .filter_map(|c| members.get(&c.organisation_id).cloned().map(|m| (c, m)))
        .collect())
}

/// A template in a network's library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryTemplate {
    pub id: i32,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub template_id: String,
    pub version: i32,
    pub title: String,
    pub published_on: NaiveDate,
}

impl LibraryTemplate {
    /// How a copy credits it.
    pub fn attribution(&self) -> String {
        format!("{} · {} · version {}", self.organisation_name, self.template_id, self.version)
    }
}

/// Publishes a member's template (as one of its consultations launched it)
/// to the network's library, as the next version under its id.
pub async fn publish_template(
    db: &impl ConnectionTrait,
    network_id: i32,
    organisation_id: OrganisationId,
    template: &Template,
    title: &str,
    today: NaiveDate,
) -> Result<i32, DbErr> {
    let last = network_template::Entity::find()
        .select_only()
        .column(network_template::Column::Version)
        .filter(network_template::Column::NetworkId.eq(network_id))
        .filter(network_template::Column::OrganisationId.eq(organisation_id))
        .filter(network_template::Column::TemplateId.eq(template.survey.id.clone()))
        .order_by_desc(network_template::Column::Version)
        .into_tuple::<i32>()
        .one(db)
        .await?;
    let version = last.unwrap_or(0) + 1;
    let snapshot = serde_json::to_string(template).map_err(|e| DbErr::Custom(e.to_string()))?;
    network_template::ActiveModel {
        network_id: Set(network_id),
        organisation_id: Set(organisation_id.0),
        template_id: Set(template.survey.id.clone()),
        version: Set(version),
        title: Set(title.chars().take(200).collect()),
        snapshot: Set(snapshot),
        published_on: Set(today),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(version)
}

/// The network's library, by template then version (newest first).
pub async fn library(db: &impl ConnectionTrait, network_id: i32) -> Result<Vec<LibraryTemplate>, DbErr> {
    let rows: Vec<(i32, i32, String, i32, String, NaiveDate)> = network_template::Entity::find()
        .select_only()
        .columns([
            network_template::Column::Id,
            network_template::Column::OrganisationId,
            network_template::Column::TemplateId,
            network_template::Column::Version,
            network_template::Column::Title,
            network_template::Column::PublishedOn,
        ])
        .filter(network_template::Column::NetworkId.eq(network_id))
        .into_tuple()
        .all(db)
        .await?;
    let names: BTreeMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(rows.iter().map(|r| r.1)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut out: Vec<LibraryTemplate> = rows
        .into_iter()
        .map(|(id, org, template_id, version, title, published_on)| LibraryTemplate {
            id,
            organisation_id: crate::domain::OrganisationId(org),
            organisation_name: names.get(&org).cloned().unwrap_or_default(),
            template_id,
            version,
            title,
            published_on,
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.organisation_name, &a.template_id, std::cmp::Reverse(a.version)).cmp(&(
            &b.organisation_name,
            &b.template_id,
            std::cmp::Reverse(b.version),
        ))
    });
    Ok(out)
}

/// One library template with its snapshot.
pub async fn library_template(
    db: &impl ConnectionTrait,
    network_id: i32,
    id: i32,
) -> Result<Option<(LibraryTemplate, Template)>, DbErr> {
    let Some(m) = network_template::Entity::find_by_id(id)
        .filter(network_template::Column::NetworkId.eq(network_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let template: Template = serde_json::from_str(&m.snapshot).map_err(|e| DbErr::Custom(e.to_string()))?;
    let name = organisation::Entity::find_by_id(m.organisation_id).one(db).await?.map(|o| o.name).unwrap_or_default();
    Ok(Some((
        LibraryTemplate {
            id: m.id,
            organisation_id: crate::domain::OrganisationId(m.organisation_id),
            organisation_name: name,
            template_id: m.template_id,
            version: m.version,
            title: m.title,
            published_on: m.published_on,
        },
        template,
    )))
}

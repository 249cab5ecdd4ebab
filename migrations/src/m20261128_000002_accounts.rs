//! Officers and planners: users with roles in an organisation, their sign-in
//! sessions, single-use invitation and reset links, and the audit log. Also
//! the per-language titles an officer gives a consultation.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_auto(Users::Id))
                .col(integer(Users::OrganisationId))
                .col(string_uniq(Users::Email))
                .col(string_null(Users::PasswordHash))
                .col(string(Users::Role))
                .col(string(Users::Language))
                .col(boolean(Users::Active))
                .col(date(Users::CreatedOn))
                .foreign_key(
                    ForeignKey::create()
                        .from(Users::Table, Users::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string(Sessions::IdHash).primary_key())
                .col(integer(Sessions::UserId))
                .col(string(Sessions::Csrf))
                .col(big_integer(Sessions::ExpiresAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(UserTokens::Table)
                .col(string(UserTokens::TokenHash).primary_key())
                .col(integer(UserTokens::UserId))
                .col(string(UserTokens::Purpose))
                .col(big_integer(UserTokens::ExpiresAt))
                .col(boolean(UserTokens::Used))
                .foreign_key(
                    ForeignKey::create()
                        .from(UserTokens::Table, UserTokens::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(big_pk_auto(AuditLog::Id))
                .col(integer(AuditLog::OrganisationId))
                .col(integer_null(AuditLog::UserId))
                .col(integer_null(AuditLog::ConsultationId))
                .col(string(AuditLog::Action))
                .col(text(AuditLog::Detail))
                .col(big_integer(AuditLog::At))
                .foreign_key(
                    ForeignKey::create()
                        .from(AuditLog::Table, AuditLog::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_audit_org")
                .table(AuditLog::Table)
                .col(AuditLog::OrganisationId)
                .col(AuditLog::Id)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(Consultations::Table).add_column(text_null(Consultations::Titles)).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(Consultations::Table).drop_column(Consultations::Titles).to_owned()).await?;
        for t in [
            AuditLog::Table.into_iden(),
            UserTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    Titles,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    OrganisationId,
    Email,
    PasswordHash,
    Role,
    Language,
    Active,
    CreatedOn,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    IdHash,
    UserId,
    Csrf,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum UserTokens {
    Table,
    TokenHash,
    UserId,
    Purpose,
    ExpiresAt,
    Used,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    OrganisationId,
    UserId,
    ConsultationId,
    Action,
    Detail,
    At,
}

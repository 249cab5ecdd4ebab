//! The `childvoice` command: serve, migrate, and check survey templates.

use anyhow::Context;
use childvoice::config::{Settings, redact_url};
use childvoice::library::load_library;
use childvoice::startup::Application;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "childvoice", version, about = "Child-friendly, anonymous consultations for cities")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run migrations, load surveys/ and serve HTTP.
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Survey templates.
    Surveys {
        #[command(subcommand)]
        command: SurveysCommand,
    },
    /// Organisations and their people.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an organisation (a municipality or district).
    CreateOrg {
        /// Its name, as people will see it.
        name: String,
        /// Short id used by `create-user --org` (default: made from the name).
        #[arg(long)]
        slug: Option<String>,
    },
    /// Create a user; prints a single-use link (valid 72 hours) to choose a password,
    /// unless the password is given on standard input with --password-stdin.
    CreateUser {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        /// owner, editor or analyst
        #[arg(long, default_value = "owner")]
        role: String,
        /// Language of the interface and emails (en, fr, es, ar).
        #[arg(long, default_value = "en")]
        language: String,
        /// Read the password from standard input instead of printing a link.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Subcommand)]
enum SurveysCommand {
    /// Validate survey definitions and their translations.
    Check {
        /// Template library (default: CHILDVOICE_SURVEYS_DIR or surveys/)
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    childvoice::telemetry::init(std::io::stderr, std::io::IsTerminal::is_terminal(&std::io::stderr()));
    let result = match cli.command {
        Command::Surveys { command: SurveysCommand::Check { dir } } => return check(dir),
        command => tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(anyhow::Error::from)
            .and_then(|rt| rt.block_on(run(command))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("childvoice: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> anyhow::Result<()> {
    let settings = Settings::load()?;
    match command {
        Command::Serve => {
            let app = Application::build(&settings).await?;
            println!(
                "childvoice is serving on http://{} (database: {})",
                settings.bind.ip().to_string() + ":" + &app.port().to_string(),
                redact_url(&settings.database_url)
            );
            println!("Open these in a browser:");
            println!("  {}/", settings.public_url);
            for slug in &app.demo_slugs {
                println!("  {}/s/{slug}", settings.public_url);
            }
            app.run_until_stopped().await.context("server stopped")?;
        }
        Command::Migrate => {
            let db = childvoice::store::connect(&settings.database_url).await?;
            childvoice::store::migrate(&db).await?;
            println!("database {} is up to date", redact_url(&settings.database_url));
        }
        Command::Admin { command } => admin(&settings, command).await?,
        Command::Surveys { .. } => unreachable!("handled without a runtime"),
    }
    Ok(())
}

async fn admin(settings: &Settings, command: AdminCommand) -> anyhow::Result<()> {
    use childvoice::domain::account::{Email, Role, password_is_acceptable};
    use childvoice::store::{accounts, audit};
    let db = childvoice::store::connect(&settings.database_url).await?;
    childvoice::store::migrate(&db).await?;
    let today = chrono::Utc::now().date_naive();
    match command {
        AdminCommand::CreateOrg { name, slug } => {
            let slug = slug.unwrap_or_else(|| childvoice::domain::setup::suggest_slug(&name, "organisation"));
            anyhow::ensure!(
                childvoice::domain::setup::slug_is_acceptable(&slug),
                "--slug '{slug}' must be 3-40 lowercase letters, digits and dashes"
            );
            anyhow::ensure!(
                accounts::organisation_by_slug(&db, &slug).await?.is_none(),
                "an organisation '{slug}' already exists"
            );
            let id = accounts::create_organisation(&db, name.trim(), &slug, today).await?;
            audit::record(
                &db,
                audit::Entry {
                    organisation_id: id,
                    user_id: None,
                    consultation_id: None,
                    action: "organisation-created",
                    detail: name.clone(),
                },
            )
            .await?;
            println!("created organisation '{name}' with slug {slug}");
        }
        AdminCommand::CreateUser { org, email, role, language, password_stdin } => {
            let org_id = accounts::organisation_by_slug(&db, &org).await?.with_context(|| {
                format!("no organisation with slug '{org}' (create it with `childvoice admin create-org`)")
            })?;
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            let role: Role = role.parse().map_err(anyhow::Error::msg)?;
            anyhow::ensure!(
                childvoice::i18n::SOURCES.iter().any(|(l, _)| *l == language),
                "--language must be one of en, fr, es, ar"
            );
            let password_hash = if password_stdin {
                let mut password = String::new();
                std::io::stdin().read_line(&mut password)?;
                let password = password.trim_end_matches(['\n', '\r']);
                anyhow::ensure!(
                    password_is_acceptable(password),
                    "the password must have at least {} characters",
                    childvoice::domain::account::MIN_PASSWORD_CHARS
                );
                Some(childvoice::auth::hash_password(password).map_err(|e| anyhow::anyhow!("{e}"))?)
            } else {
                None
            };
            let has_password = password_hash.is_some();
            let user = accounts::create_user(
                &db,
                accounts::NewUser {
                    organisation_id: org_id,
                    email: &email,
                    role,
                    language: &language,
                    password_hash,
                    today,
                },
            )
            .await?;
            audit::record(
                &db,
                audit::Entry {
                    organisation_id: org_id,
                    user_id: None,
                    consultation_id: None,
                    action: "user-created",
                    detail: format!("{} ({role})", user.email),
                },
            )
            .await?;
            println!("created {role} {}", user.email);
            if !has_password {
                let token = childvoice::auth::random_token();
                let expires = chrono::Utc::now().timestamp() + 72 * 3600;
                accounts::create_link_token(&db, &token, user.id, accounts::Purpose::Invite, expires).await?;
                println!("choose a password within 72 hours at: {}/admin/invite/{token}", settings.public_url);
            }
        }
    }
    Ok(())
}

fn check(dir: Option<PathBuf>) -> ExitCode {
    let dir = dir.unwrap_or_else(|| {
        std::env::var_os("CHILDVOICE_SURVEYS_DIR").map_or_else(|| PathBuf::from("surveys"), PathBuf::from)
    });
    match load_library(&dir) {
        Ok(templates) => {
            for t in &templates {
                let s = &t.template.survey;
                println!(
                    "ok  {} ({} questions, {} languages, {} audiences)",
                    s.id,
                    s.questions.len(),
                    s.languages.len(),
                    s.audiences.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} error(s) in {}", errors.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}

//! The `childvoice` command: serve, migrate, and check survey templates.

use anyhow::Context;
use childvoice::config::{Settings, redact_url};
use childvoice::library::{load_library, load_template};
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
    /// Write a consistent copy of the SQLite database to FILE, while it serves.
    Backup {
        /// A new file (never overwritten)
        file: PathBuf,
    },
    /// Replace the SQLite database with the backup FILE (stop the service first).
    Restore { file: PathBuf },
    /// Survey templates.
    Surveys {
        #[command(subcommand)]
        command: SurveysCommand,
    },
    /// An organisation's own template library (the database).
    Templates {
        #[command(subcommand)]
        command: TemplatesCommand,
    },
    /// Interface languages.
    Locales {
        #[command(subcommand)]
        command: LocalesCommand,
    },
    /// Organisations and their people.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Area sets (districts, neighbourhoods) for maps and area questions.
    Areas {
        #[command(subcommand)]
        command: AreasCommand,
    },
}

#[derive(Subcommand)]
enum AreasCommand {
    /// Check a GeoJSON FeatureCollection of Polygon/MultiPolygon features in
    /// WGS84 and store it as the next version of an organisation's area set.
    /// Every problem is listed, by feature; nothing is stored unless all are fixed.
    Import {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// The area set's slug (default: made from the file name).
        #[arg(long)]
        slug: Option<String>,
        /// Its title (default: the file name).
        #[arg(long)]
        title: Option<String>,
        /// The property holding each area's name; `{property}:{lang}` give translations.
        #[arg(long, default_value = "name")]
        name_property: String,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
#[allow(clippy::enum_variant_names)] // the subcommands are create-org, create-network, create-user
enum AdminCommand {
    /// Create an organisation (a municipality or district).
    CreateOrg {
        /// Its name, as people will see it.
        name: String,
        /// Short id used by `create-user --org` (default: made from the name).
        #[arg(long)]
        slug: Option<String>,
    },
    /// Create a network of cities (an international body or a national
    /// programme) with its secretariat, an organisation of the same name and slug.
    CreateNetwork {
        name: String,
        /// Short id used by `create-user --network` and in `/networks/{slug}`
        /// (default: made from the name).
        #[arg(long)]
        slug: Option<String>,
    },
    /// Create a user; prints a single-use link (valid 72 hours) to choose a password,
    /// unless the password is given on standard input with --password-stdin.
    CreateUser {
        /// The organisation's slug.
        #[arg(long, required_unless_present = "network", conflicts_with = "network")]
        org: Option<String>,
        /// A network's slug: the user joins its secretariat with a network role.
        #[arg(long)]
        network: Option<String>,
        #[arg(long)]
        email: String,
        /// owner, editor or analyst; with --network: network-admin or network-analyst
        #[arg(long, default_value = "owner")]
        role: String,
        /// Language of the interface and emails (en, fr, es, ar, zh-Hans, ru, pt, or one added).
        #[arg(long, default_value = "en")]
        language: String,
        /// Read the password from standard input instead of printing a link.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Subcommand)]
enum LocalesCommand {
    /// Validate interface language folders ({lang}/main.ftl, safeguarding.txt,
    /// language.toml) against English: missing keys, Fluent syntax, the plural
    /// categories CLDR gives each language.
    Check {
        /// A folder of language folders, or one language folder (default:
        /// CHILDVOICE_LOCALES_DIR, else the shipped languages)
        dir: Option<PathBuf>,
    },
    /// How complete each language is, for the interface and each template.
    Status,
}

#[derive(Subcommand)]
enum TemplatesCommand {
    /// Save an XLSForm (.xlsx) or a template folder (.zip) in an
    /// organisation's library as the next version, checked and audited, as
    /// /admin/templates does (the same as `surveys import --org`).
    Import {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum SurveysCommand {
    /// Validate survey definitions and their translations.
    Check {
        /// Template library (default: CHILDVOICE_SURVEYS_DIR or surveys/)
        dir: Option<PathBuf>,
    },
    /// Write a template of the library as an XLSForm workbook (.xlsx).
    Export {
        /// The template's id (its folder name)
        id: String,
        /// Where to write (default: ID.xlsx)
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Convert an XLSForm (.xlsx from KoboToolbox, ODK, SurveyCTO…) into a
    /// template folder, checked like every template; every construct with no
    /// equivalent is refused with its sheet, row and column. A template
    /// folder as a zip (as /admin/templates gives it) is unpacked, checked.
    Import {
        file: PathBuf,
        /// Library to write the template folder into (default: CHILDVOICE_SURVEYS_DIR or surveys/)
        #[arg(long, conflicts_with = "org")]
        out: Option<PathBuf>,
        /// Save it in this organisation's own library (the database) instead,
        /// as the next version, as /admin/templates does.
        #[arg(long)]
        org: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    childvoice::telemetry::init(std::io::stderr, std::io::IsTerminal::is_terminal(&std::io::stderr()));
    let result = match cli.command {
        Command::Surveys { command: SurveysCommand::Check { dir } } => return check(dir),
        Command::Surveys { command: SurveysCommand::Import { file, out, org: None } } => {
            return import_xlsform(&file, out);
        }
        Command::Surveys { command: SurveysCommand::Export { id, out } } => return export_xlsform(&id, out),
        Command::Locales { command: LocalesCommand::Check { dir } } => return locales_check(dir),
        Command::Locales { command: LocalesCommand::Status } => return locales_status(),
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
        Command::Backup { file } => {
            let db = childvoice::store::connect(&settings.database_url).await?;
            childvoice::store::backup::backup(&db, &file).await?;
            println!("backed up {} to {}", redact_url(&settings.database_url), file.display());
        }
        Command::Restore { file } => {
            let to = childvoice::store::backup::sqlite_path(&settings.database_url)
                .ok_or(childvoice::store::backup::BackupError::NotSqlite)?;
            childvoice::store::backup::restore(&file, &to).await?;
            println!("restored {} from {}", to.display(), file.display());
        }
        Command::Admin { command } => admin(&settings, command).await?,
        Command::Areas { command: AreasCommand::Import { org, slug, title, name_property, file } } => {
            let db = childvoice::store::connect(&settings.database_url).await?;
            childvoice::store::migrate(&db).await?;
            let org_id = childvoice::store::accounts::organisation_by_slug(&db, &org).await?.with_context(|| {
                format!("no organisation with slug '{org}' (create it with `childvoice admin create-org`)")
            })?;
            let source = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("areas").to_owned();
            let title = title.unwrap_or_else(|| stem.clone());
            let slug = slug.unwrap_or_else(|| childvoice::domain::setup::suggest_slug(&stem, "areas"));
            anyhow::ensure!(
                childvoice::domain::survey::is_valid_id(&slug),
                "--slug '{slug}' must be lowercase letters, digits and dashes"
            );
            match childvoice::store::areas::import(&db, org_id, &slug, &title, &source, &name_property).await {
                Ok(info) => {
                    childvoice::store::audit::record(
                        &db,
                        childvoice::store::audit::Entry {
                            organisation_id: org_id,
                            user_id: None,
                            consultation_id: None,
                            action: "area-set-uploaded",
                            detail: format!("{} v{} ({} areas)", info.slug, info.version, info.areas),
                        },
                    )
                    .await?;
                    println!(
                        "stored area set '{}' version {} with {} areas (id {})",
                        info.slug, info.version, info.areas, info.id
                    );
                }
                Err(childvoice::store::areas::ImportError::Invalid(errors)) => {
                    let locales = childvoice::i18n::install(settings.locales_dir.as_deref()).map_err(|e| {
                        anyhow::anyhow!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
                    })?;
                    let page = childvoice::views::Page { locales, lang: "en" };
                    for e in &errors {
                        eprintln!("{}: {}", file.display(), childvoice::views::admin::areas::problem(&page, e));
                    }
                    anyhow::bail!("{} problem(s); nothing was stored", errors.len());
                }
                Err(childvoice::store::areas::ImportError::Db(e)) => return Err(e.into()),
            }
        }
        Command::Surveys { command: SurveysCommand::Import { file, org: Some(org), .. } } => {
            import_to_library(&settings, &file, &org).await?;
        }
        Command::Templates { command: TemplatesCommand::Import { org, file } } => {
            import_to_library(&settings, &file, &org).await?;
        }
        Command::Surveys { .. } | Command::Locales { .. } => unreachable!("handled without a runtime"),
    }
    Ok(())
}

async fn admin(settings: &Settings, command: AdminCommand) -> anyhow::Result<()> {
    use childvoice::domain::account::{Email, NetworkRole, Role, password_is_acceptable};
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
        AdminCommand::CreateNetwork { name, slug } => {
            let slug = slug.unwrap_or_else(|| childvoice::domain::setup::suggest_slug(&name, "network"));
            anyhow::ensure!(
                childvoice::domain::setup::slug_is_acceptable(&slug),
                "--slug '{slug}' must be 3-40 lowercase letters, digits and dashes"
            );
            anyhow::ensure!(
                accounts::organisation_by_slug(&db, &slug).await?.is_none(),
                "an organisation or network '{slug}' already exists"
            );
            let txn = sea_orm::TransactionTrait::begin(&db).await?;
            let network = childvoice::store::networks::create(&txn, name.trim(), &slug, today).await?;
            audit::record(
                &txn,
                audit::Entry {
                    organisation_id: network.organisation_id,
                    user_id: None,
                    consultation_id: None,
                    action: "network-created",
                    detail: name.clone(),
                },
            )
            .await?;
            txn.commit().await?;
            println!("created network '{name}' with slug {slug}");
        }
        AdminCommand::CreateUser { org, network, email, role, language, password_stdin } => {
            let (org_id, network_role) = match (&org, &network) {
                (Some(org), _) => {
                    let id = accounts::organisation_by_slug(&db, org).await?.with_context(|| {
                        format!("no organisation with slug '{org}' (create it with `childvoice admin create-org`)")
                    })?;
                    (id, None)
                }
                (None, Some(slug)) => {
                    let n = childvoice::store::networks::by_slug(&db, slug).await?.with_context(|| {
                        format!("no network with slug '{slug}' (create it with `childvoice admin create-network`)")
                    })?;
                    let r: NetworkRole = role.parse().map_err(anyhow::Error::msg)?;
                    (n.organisation_id, Some(r))
                }
                (None, None) => anyhow::bail!("give --org or --network"),
            };
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            // A network admin runs the secretariat's people too; an analyst only reads.
            let role: Role = match network_role {
                Some(NetworkRole::Admin) => Role::Owner,
                Some(NetworkRole::Analyst) => Role::Analyst,
                None => role.parse().map_err(anyhow::Error::msg)?,
            };
            let locales = childvoice::i18n::install(settings.locales_dir.as_deref())
                .map_err(|e| anyhow::anyhow!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))?;
            anyhow::ensure!(
                locales.has_language(&language),
                "--language must be one of {}",
                locales.languages().collect::<Vec<_>>().join(", ")
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
                    network_role,
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
                    detail: format!("{} ({})", user.email, network_role.map_or(role.as_str(), |r| r.as_str())),
                },
            )
            .await?;
            println!("created {} {}", network_role.map_or(role.as_str(), |r| r.as_str()), user.email);
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

/// The operator's languages, if `CHILDVOICE_LOCALES_DIR` names them; errors printed.
fn install_locales() -> Result<&'static childvoice::i18n::Locales, ExitCode> {
    let dir = std::env::var_os("CHILDVOICE_LOCALES_DIR").map(PathBuf::from);
    childvoice::i18n::install(dir.as_deref()).map_err(|errors| {
        for e in &errors {
            eprintln!("{e}");
        }
        eprintln!("{} error(s) in the interface languages", errors.len());
        ExitCode::FAILURE
    })
}

fn locales_check(dir: Option<PathBuf>) -> ExitCode {
    let dir = dir.or_else(|| std::env::var_os("CHILDVOICE_LOCALES_DIR").map(PathBuf::from));
    let result = match &dir {
        Some(dir) => childvoice::i18n::check_folder(dir),
        None => childvoice::i18n::Locales::load(None).map(|l| l.languages().map(str::to_owned).collect()),
    };
    match result {
        Ok(codes) => {
            for code in codes {
                println!("ok  {code}");
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} error(s)", errors.len());
            ExitCode::FAILURE
        }
    }
}

fn locales_status() -> ExitCode {
    let dir = std::env::var_os("CHILDVOICE_LOCALES_DIR").map(PathBuf::from);
    let status = match childvoice::i18n::status(dir.as_deref()) {
        Ok(s) => s,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    println!("interface (keys translated of English's):");
    for (code, have, all) in status {
        println!("  {code:<8} {have:>4}/{all:<4} {:>3}%", (have * 100).checked_div(all).unwrap_or(100));
    }
    let dir = std::env::var_os("CHILDVOICE_SURVEYS_DIR").map_or_else(|| PathBuf::from("surveys"), PathBuf::from);
    for t in childvoice::library::read_library(&dir) {
        println!("template {} (keys translated of its default language's):", t.survey.id);
        for (code, have, all) in t.translation_status() {
            println!("  {code:<8} {have:>4}/{all:<4} {:>3}%", (have * 100).checked_div(all).unwrap_or(100));
        }
    }
    ExitCode::SUCCESS
}

fn export_xlsform(id: &str, out: Option<PathBuf>) -> ExitCode {
    if let Err(code) = install_locales() {
        return code;
    }
    let library = std::env::var_os("CHILDVOICE_SURVEYS_DIR").map_or_else(|| PathBuf::from("surveys"), PathBuf::from);
    let checked = match load_template(&library.join(id)) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{id}.xlsx")));
    match childvoice::xlsform::export(&checked.template, &checked.texts).map(|bytes| std::fs::write(&out, bytes)) {
        Ok(Ok(())) => {
            println!("wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Ok(Err(e)) => {
            eprintln!("childvoice: {}: {e}", out.display());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("childvoice: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `surveys import --org SLUG FILE`: into the organisation's own library.
async fn import_to_library(settings: &Settings, file: &std::path::Path, org: &str) -> anyhow::Result<()> {
    childvoice::i18n::install(settings.locales_dir.as_deref())
        .map_err(|e| anyhow::anyhow!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))?;
    let db = childvoice::store::connect(&settings.database_url).await?;
    childvoice::store::migrate(&db).await?;
    let org_id = childvoice::store::accounts::organisation_by_slug(&db, org)
        .await?
        .with_context(|| format!("no organisation with slug '{org}' (create it with `childvoice admin create-org`)"))?;
    let bytes = std::fs::read(file).with_context(|| file.display().to_string())?;
    let fallback = file.file_stem().and_then(|s| s.to_str()).unwrap_or("imported");
    let imported = childvoice::library::import(&bytes, fallback).map_err(|problems| {
        anyhow::anyhow!(
            "{}\n{} problem(s) in {}: nothing was saved",
            problems.join("\n"),
            problems.len(),
            file.display()
        )
    })?;
    for w in &imported.warnings {
        println!("warning: {w}");
    }
    let t = &imported.template;
    let title = childvoice::domain::texts::SurveyTexts::from_checked(&t.survey, &t.texts).text(
        &t.survey.default_language,
        "title",
        None,
    );
    let today = chrono::Utc::now().date_naive();
    let txn = sea_orm::TransactionTrait::begin(&db).await?;
    let source = format!("{} (command line)", imported.format);
    let saved = childvoice::store::templates::save(&txn, org_id, t, &title, &source, today).await?;
    childvoice::store::audit::record(
        &txn,
        childvoice::store::audit::Entry {
            organisation_id: org_id,
            user_id: None,
            consultation_id: None,
            action: "template-imported",
            detail: format!("{} · version {}", saved.template_id, saved.version),
        },
    )
    .await?;
    txn.commit().await?;
    println!("ok  {} version {} saved in the library of {org}", saved.template_id, saved.version);
    for o in &imported.missing_pictures {
        println!("to do: option '{o}' is shown to age-5-8 and needs a picture (upload it on /admin/templates)");
    }
    Ok(())
}

fn import_xlsform(file: &std::path::Path, out: Option<PathBuf>) -> ExitCode {
    if let Err(code) = install_locales() {
        return code;
    }
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("childvoice: {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let fallback = file.file_stem().and_then(|s| s.to_str()).unwrap_or("imported");
    match childvoice::library::import(&bytes, fallback) {
        Ok(imported) if !imported.missing_pictures.is_empty() => {
            // A folder without them would stop `serve`: nothing is written.
            for o in &imported.missing_pictures {
                eprintln!("option '{o}' is shown to age-5-8 and needs a picture: pictures/{o}.svg");
            }
            eprintln!(
                "{} picture(s) missing: import the workbook on /admin/templates and upload them there, or add the folder by hand",
                imported.missing_pictures.len()
            );
            ExitCode::FAILURE
        }
        Ok(imported) => {
            for w in &imported.warnings {
                println!("warning: {w}");
            }
            let library = out.unwrap_or_else(|| {
                std::env::var_os("CHILDVOICE_SURVEYS_DIR").map_or_else(|| PathBuf::from("surveys"), PathBuf::from)
            });
            match childvoice::library::write_folder(&library, &imported) {
                Ok(dir) => {
                    let s = &imported.template.survey;
                    println!(
                        "ok  {} ({} questions, {} languages, {} audiences) written to {}",
                        s.id,
                        s.questions.len(),
                        s.languages.len(),
                        s.audiences.len(),
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("childvoice: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("{} problem(s) in {}: nothing was written", problems.len(), file.display());
            ExitCode::FAILURE
        }
    }
}

fn check(dir: Option<PathBuf>) -> ExitCode {
    if let Err(code) = install_locales() {
        return code;
    }
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
                for w in t.texts.warnings() {
                    println!("warning: {w}");
                }
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

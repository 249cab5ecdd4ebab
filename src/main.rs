//! The `childvoice` command: serve, migrate, and check survey templates.

use anyhow::Context;
use childvoice::config::{Settings, redact_url};
use childvoice::library::load_library;
use childvoice::startup::Application;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "childvoice",
    version,
    about = "Child-friendly, anonymous consultations for cities"
)]
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
    childvoice::telemetry::init(
        std::io::stderr,
        std::io::IsTerminal::is_terminal(&std::io::stderr()),
    );
    let result = match cli.command {
        Command::Surveys {
            command: SurveysCommand::Check { dir },
        } => return check(dir),
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
            println!(
                "database {} is up to date",
                redact_url(&settings.database_url)
            );
        }
        Command::Surveys { .. } => unreachable!("handled without a runtime"),
    }
    Ok(())
}

fn check(dir: Option<PathBuf>) -> ExitCode {
    let dir = dir.unwrap_or_else(|| {
        std::env::var_os("CHILDVOICE_SURVEYS_DIR")
            .map_or_else(|| PathBuf::from("surveys"), PathBuf::from)
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

//! Logging. `RUST_LOG` filters; the default keeps our info lines and the
//! access log. Nothing logged carries a respondent's address or answers: the
//! access log is ours (see `web::access_log`), and SQL statement logging is off.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// `ansi` colours the output; use it only when writing to a terminal.
pub fn init<W>(writer: W, ansi: bool)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,actix_server=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(ansi)
        .with_target(true)
        .try_init();
}

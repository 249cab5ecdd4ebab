//! Email with lettre: real SMTP when `CHILDVOICE_SMTP_URL` is set, otherwise
//! each message is written as an `.eml` file under `mail/` and the log says
//! where. A failed delivery is an error the caller must show, never dropped.

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.transport {
            Transport::Smtp(_) => "smtp".to_owned(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        };
        f.debug_struct("Mailer").field("transport", &kind).finish()
    }
}

/// One message in one language: subject, plain text and HTML.
pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the address {0} cannot receive email")]
    Address(String),
    #[error("the message could not be built: {0}")]
    Build(String),
    #[error("the mail server refused or could not be reached: {0}")]
    Smtp(String),
    #[error("the message could not be written to {path}: {cause}")]
    File { path: String, cause: String },
}

/// A subject without Fluent's bidi isolation marks unless it mixes directions:
/// in a subject line they are invisible characters that some clients show.
fn subject_text(subject: &str) -> String {
    let rtl = subject
        .chars()
        .any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'));
    if rtl { subject.to_owned() } else { subject.replace(['\u{2068}', '\u{2069}'], "") }
}

impl Mailer {
    /// `smtp_url` is lettre's URL syntax (`smtp://host:25`, `smtp://host:587?tls=required`,
    /// `smtps://user:pass@host`); without one, messages go to files in `dir`.
    pub fn new(smtp_url: Option<&str>, from: &str, dir: PathBuf) -> Result<Self, String> {
        let from: Mailbox =
            from.parse().map_err(|e| format!("CHILDVOICE_MAIL_FROM '{from}' is not an address: {e}"))?;
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("CHILDVOICE_SMTP_URL is not a valid SMTP URL: {e}"))?
                    .build(),
            ),
            None => Transport::Files(dir),
        };
        Ok(Mailer { transport, from })
    }

    /// Sends a message; returns where it went for the log.
    pub async fn send(&self, m: Outgoing) -> Result<String, MailError> {
        let to: Mailbox = m.to.parse().map_err(|_| MailError::Address(m.to.clone()))?;
        // A Message-ID of our own domain, so that mail servers and threads can tell messages apart.
        let id = format!("<{}@{}>", crate::auth::random_token(), self.from.email.domain());
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .message_id(Some(id))
            .subject(subject_text(&m.subject))
            .multipart(MultiPart::alternative_plain_html(m.text, m.html))
            .map_err(|e| MailError::Build(e.to_string()))?;
        match &self.transport {
            Transport::Smtp(t) => {
                t.send(message).await.map_err(|e| MailError::Smtp(e.to_string()))?;
                Ok("smtp".to_owned())
            }
            Transport::Files(dir) => {
                let file_err =
                    |e: std::io::Error| MailError::File { path: dir.display().to_string(), cause: e.to_string() };
                tokio::fs::create_dir_all(dir).await.map_err(file_err)?;
                let path = dir.join(format!(
                    "{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S"),
                    &crate::auth::random_token()[..8]
                ));
                tokio::fs::write(&path, message.formatted()).await.map_err(file_err)?;
                tracing::info!(path = %path.display(), "email written to a file (CHILDVOICE_SMTP_URL is not set)");
                Ok(path.display().to_string())
            }
        }
    }
}

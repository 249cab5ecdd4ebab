//! Typed settings: defaults, then `childvoice.toml` (or the file named by
//! `CHILDVOICE_CONFIG`), then environment variables. Every key is listed in
//! the README's settings table under its variable name.

use serde::Deserialize;
use std::fmt;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An address range, like `10.0.0.0/8`, `2001:db8::/32` or one address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (addr, prefix) = s.split_once('/').map_or((s, None), |(a, p)| (a, Some(p)));
        let addr: IpAddr =
            addr.trim().parse().map_err(|_| format!("'{s}' is not an address or range like 10.0.0.0/8"))?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("'{s}' has a bad prefix length"))?,
            None => max,
        };
        Ok(Cidr { addr, prefix })
    }
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.prefix)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(self.prefix)).unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// A secret value that never shows up in `Debug` output or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// `DATABASE_URL`
    pub database_url: String,
    /// `CHILDVOICE_BIND`
    pub bind: SocketAddr,
    /// `CHILDVOICE_PUBLIC_URL`, without a trailing slash.
    pub public_url: String,
    /// `CHILDVOICE_SURVEYS_DIR`
    pub surveys_dir: PathBuf,
    /// `CHILDVOICE_LOCALES_DIR`: extra or overriding interface languages, one folder each.
    pub locales_dir: Option<PathBuf>,
    /// `CHILDVOICE_SECRET` or the contents of `CHILDVOICE_SECRET_FILE`; when
    /// unset, a secret is generated on first start and kept in the database.
    pub secret: Option<Secret>,
    /// `CHILDVOICE_SMTP_URL`: lettre SMTP URL; unset writes `.eml` files instead.
    pub smtp_url: Option<Secret>,
    /// `CHILDVOICE_MAIL_FROM`
    pub mail_from: String,
    /// `CHILDVOICE_MAIL_DIR`: where `.eml` files go when there is no SMTP server.
    pub mail_dir: PathBuf,
    /// `CHILDVOICE_TRUSTED_PROXIES`: peers whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<Cidr>,
    /// `CHILDVOICE_RATE_PAGES`: requests per minute and burst, per client address.
    pub rate_pages: Rate,
    /// `CHILDVOICE_RATE_SUBMIT`: sent forms per minute and burst, per client address.
    pub rate_submit: Rate,
    /// `CHILDVOICE_RATE_LOGIN`: sign-in and reset attempts per minute and burst.
    pub rate_login: Rate,
    /// `CHILDVOICE_MIN_FORM_SECONDS`: a form sent sooner after it was shown is a bot's.
    pub min_form_seconds: u32,
    /// `CHILDVOICE_METRICS_TOKEN`: bearer token for `/metrics` from outside.
    pub metrics_token: Option<Secret>,
}

/// A rate limit: so many per minute, with bursts of up to `burst` at once.
/// `0` per minute turns the limit off (for benchmarks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    pub per_minute: u32,
    pub burst: u32,
}

impl Rate {
    fn parse(key: &'static str, text: &str) -> Result<Rate, SettingsError> {
        let bad = || SettingsError::Invalid {
            key,
            message: format!("expected PER_MINUTE,BURST like 240,240 (0 turns it off), got '{text}'"),
        };
        let (a, b) = text.split_once(',').ok_or_else(bad)?;
        Ok(Rate { per_minute: a.trim().parse().map_err(|_| bad())?, burst: b.trim().parse().map_err(|_| bad())? })
    }
}

/// Defaults let a class of 30 behind one school address load and send a
/// consultation within five minutes, and hold a script to a low rate.
pub const DEFAULT_RATE_PAGES: Rate = Rate { per_minute: 300, burst: 600 };
pub const DEFAULT_RATE_SUBMIT: Rate = Rate { per_minute: 20, burst: 40 };
pub const DEFAULT_RATE_LOGIN: Rate = Rate { per_minute: 10, burst: 5 };

pub const DEFAULT_DATABASE_URL: &str = "sqlite://childvoice.db?mode=rwc";

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read the settings file {path}: {cause}")]
    File { path: String, cause: String },
    #[error("setting {key} is invalid: {message}")]
    Invalid { key: &'static str, message: String },
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    bind: Option<String>,
    public_url: Option<String>,
    surveys_dir: Option<PathBuf>,
    locales_dir: Option<PathBuf>,
    secret: Option<String>,
    secret_file: Option<PathBuf>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    mail_dir: Option<PathBuf>,
    trusted_proxies: Option<String>,
    rate_pages: Option<String>,
    rate_submit: Option<String>,
    rate_login: Option<String>,
    min_form_seconds: Option<u32>,
    metrics_token: Option<String>,
}

impl Settings {
    /// Reads settings from the default file (if present) and the process environment.
    pub fn load() -> Result<Self, SettingsError> {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let file = match env("CHILDVOICE_CONFIG") {
            Some(path) => Some(PathBuf::from(path)),
            None => Some(PathBuf::from("childvoice.toml")).filter(|p| p.exists()),
        };
        Self::from_sources(file.as_deref(), env)
    }

    /// Builds settings from an optional file and an environment lookup.
    pub fn from_sources(file: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Result<Self, SettingsError> {
        let f: FileSettings = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| SettingsError::File { path: path.display().to_string(), cause: e.to_string() })?;
                toml::from_str(&text)
                    .map_err(|e| SettingsError::File { path: path.display().to_string(), cause: e.to_string() })?
            }
            None => FileSettings::default(),
        };
        let database_url = env("DATABASE_URL").or(f.database_url).unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(SettingsError::Invalid {
                key: "DATABASE_URL",
                message: format!(
                    "expected sqlite://FILE?mode=rwc or postgres://USER@HOST/DB, got '{}'",
                    redact_url(&database_url)
                ),
            });
        }
        let bind_text = env("CHILDVOICE_BIND").or(f.bind).unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind =
            bind_text.to_socket_addrs().ok().and_then(|mut a| a.next()).ok_or_else(|| SettingsError::Invalid {
                key: "CHILDVOICE_BIND",
                message: format!("expected an address like 127.0.0.1:8080 or 0.0.0.0:80, got '{bind_text}'"),
            })?;
        let public_url = env("CHILDVOICE_PUBLIC_URL")
            .or(f.public_url)
            .unwrap_or_else(|| format!("http://localhost:{}", bind.port()));
        let public_url = public_url.trim_end_matches('/').to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://"))
            || public_url.contains(['?', '#', ' '])
        {
            return Err(SettingsError::Invalid {
                key: "CHILDVOICE_PUBLIC_URL",
                message: format!(
                    "expected the base URL people open, like https://have-your-say.example.org, got '{public_url}'"
                ),
            });
        }
        let surveys_dir =
            env("CHILDVOICE_SURVEYS_DIR").map(PathBuf::from).or(f.surveys_dir).unwrap_or_else(|| "surveys".into());
        let locales_dir = env("CHILDVOICE_LOCALES_DIR").map(PathBuf::from).or(f.locales_dir);
        if let Some(dir) = &locales_dir
            && !dir.is_dir()
        {
            return Err(SettingsError::Invalid {
                key: "CHILDVOICE_LOCALES_DIR",
                message: format!(
                    "expected a folder of language folders (like /etc/childvoice/locales, holding ms/main.ftl…), got '{}'",
                    dir.display()
                ),
            });
        }
        let secret_file = env("CHILDVOICE_SECRET_FILE").map(PathBuf::from).or(f.secret_file);
        let secret = match (env("CHILDVOICE_SECRET").or(f.secret), secret_file) {
            (Some(s), _) => Some(s),
            (None, Some(path)) => Some(
                std::fs::read_to_string(&path)
                    .map_err(|e| SettingsError::Invalid {
                        key: "CHILDVOICE_SECRET_FILE",
                        message: format!("cannot read {}: {e}", path.display()),
                    })?
                    .trim()
                    .to_owned(),
            ),
            (None, None) => None,
        };
        if let Some(s) = &secret
            && s.len() < 32
        {
            return Err(SettingsError::Invalid {
                key: "CHILDVOICE_SECRET",
                message: format!(
                    "must be at least 32 characters (it has {}); `openssl rand -hex 32` makes one",
                    s.len()
                ),
            });
        }
        let smtp_url = env("CHILDVOICE_SMTP_URL").or(f.smtp_url);
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err(SettingsError::Invalid {
                key: "CHILDVOICE_SMTP_URL",
                message: "expected smtp://host:25, smtp://user:pass@host:587?tls=required or smtps://host".into(),
            });
        }
        let host = public_url
            .split("://")
            .nth(1)
            .unwrap_or("localhost")
            .split([':', '/'])
            .next()
            .unwrap_or("localhost")
            .to_owned();
        let mail_from =
            env("CHILDVOICE_MAIL_FROM").or(f.mail_from).unwrap_or_else(|| format!("childvoice <no-reply@{host}>"));
        let mail_dir = env("CHILDVOICE_MAIL_DIR").map(PathBuf::from).or(f.mail_dir).unwrap_or_else(|| "mail".into());
        let trusted_text = env("CHILDVOICE_TRUSTED_PROXIES").or(f.trusted_proxies).unwrap_or_default();
        let trusted_proxies = trusted_text
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<Cidr>().map_err(|e| SettingsError::Invalid { key: "CHILDVOICE_TRUSTED_PROXIES", message: e })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let rate = |key: &'static str, file: Option<String>, default: Rate| match env(key).or(file) {
            Some(text) => Rate::parse(key, &text),
            None => Ok(default),
        };
        let rate_pages = rate("CHILDVOICE_RATE_PAGES", f.rate_pages, DEFAULT_RATE_PAGES)?;
        let rate_submit = rate("CHILDVOICE_RATE_SUBMIT", f.rate_submit, DEFAULT_RATE_SUBMIT)?;
        let rate_login = rate("CHILDVOICE_RATE_LOGIN", f.rate_login, DEFAULT_RATE_LOGIN)?;
        let min_form_seconds = match env("CHILDVOICE_MIN_FORM_SECONDS") {
            Some(v) => v.parse().map_err(|_| SettingsError::Invalid {
                key: "CHILDVOICE_MIN_FORM_SECONDS",
                message: format!("expected a number of seconds, got '{v}'"),
            })?,
            None => f.min_form_seconds.unwrap_or(3),
        };
        let metrics_token = env("CHILDVOICE_METRICS_TOKEN").or(f.metrics_token).map(Secret);
        Ok(Settings {
            metrics_token,
            trusted_proxies,
            rate_pages,
            rate_submit,
            rate_login,
            min_form_seconds,
            database_url,
            bind,
            public_url,
            surveys_dir,
            locales_dir,
            secret: secret.map(Secret),
            smtp_url: smtp_url.map(Secret),
            mail_from,
            mail_dir,
        })
    }
}

/// A database URL fit for logs: the password, if any, is hidden.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!(
                "{}://{}{}{}",
                &url[..scheme_end],
                user,
                if userinfo.contains(':') { ":***" } else { "" },
                &url[at..]
            )
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn with(vars: &[(&str, &str)]) -> Result<Settings, SettingsError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
        Settings::from_sources(None, |k| map.get(k).cloned())
    }

    #[test]
    fn defaults_need_no_settings() {
        let s = with(&[]).unwrap();
        assert_eq!(s.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(s.bind.port(), 8080);
        assert_eq!(s.public_url, "http://localhost:8080");
        assert!(s.secret.is_none());
    }

    #[test]
    fn a_wrong_setting_names_its_variable() {
        let e = with(&[("CHILDVOICE_BIND", "nowhere")]).unwrap_err().to_string();
        assert!(e.contains("CHILDVOICE_BIND"), "{e}");
        let e = with(&[("DATABASE_URL", "mysql://x")]).unwrap_err().to_string();
        assert!(e.contains("DATABASE_URL"), "{e}");
        let e = with(&[("CHILDVOICE_SECRET", "short")]).unwrap_err().to_string();
        assert!(e.contains("at least 32"), "{e}");
    }

    #[test]
    fn secrets_and_passwords_stay_out_of_debug_output() {
        let s = with(&[
            ("CHILDVOICE_SECRET", "0123456789abcdef0123456789abcdef"),
            ("DATABASE_URL", "postgres://u:pw@db/x"),
        ])
        .unwrap();
        assert!(!format!("{s:?}").contains("0123456789abcdef"));
        assert_eq!(redact_url(&s.database_url), "postgres://u:***@db/x");
    }
}

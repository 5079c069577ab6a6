//! Typed configuration: defaults in code < `config.toml` < `WEGWEISER_*` environment.
//!
//! Every key is documented in the shipped `config.toml`. Errors name the key and what is
//! expected, in one line, so `main` can print them and exit with code 2. The bot token is
//! wrapped in [`Secret`], whose `Debug` and `Display` never show it.

mod build;
mod raw;
#[cfg(test)]
mod tests;
pub mod web;

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveTime;
use serde::Deserialize;
use url::Url;

use build::build;
use raw::{RawConfig, parse_file};
pub use web::WebConfig;

/// The public Bot API endpoint. Tests and local trials point `telegram.api_url` elsewhere.
pub const TELEGRAM_API_URL: &str = "https://api.telegram.org";

/// A configuration problem, worded for the person who runs the service.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read the configuration file: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{location}: {message}")]
    Syntax { location: String, message: String },
    #[error("{key}: {message}")]
    Invalid { key: String, message: String },
}

impl ConfigError {
    fn invalid(key: &str, message: impl Into<String>) -> Self {
        ConfigError::Invalid {
            key: key.to_owned(),
            message: message.into(),
        }
    }
}

/// A value that must never reach a log line or a terminal.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The secret itself; call only where it is handed to the Telegram client.
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.is_empty() {
            "[empty]"
        } else {
            "[redacted]"
        })
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret)
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub telegram: TelegramConfig,
    /// How log lines look on stderr.
    pub log_format: LogFormat,
    pub database: DatabaseConfig,
    pub time_zone: chrono_tz::Tz,
    pub locales: LocalesConfig,
    pub quiet_hours: QuietHours,
    /// Telegram user ids of the global administrators.
    pub admins: Vec<i64>,
    /// How many days an invite link stays valid.
    pub invite_days: u32,
    /// Days after support ended until the client's data is deleted.
    pub retention_delete_after_days: u32,
    /// Days without use until people who never became clients, clients never linked
    /// and unused manager invites are forgotten.
    pub retention_inactive_days: u32,
    /// When Integrationsmanager read messages (local time).
    pub office_hours: crate::domain::office_hours::OfficeHours,
    /// Default reminder leads before an appointment.
    pub appointment_leads: Vec<crate::domain::reminder_plan::Lead>,
    /// When managers get their digest (cron, in `time_zone`); `None`: never.
    pub digest: Option<croner::Cron>,
    /// The web workplace's server.
    pub web: WebConfig,
    /// Seconds an outbox row claimed by a sender stays reserved for it: after that (its
    /// instance died) another sender takes it up.
    pub delivery_lease_secs: u32,
    /// Seconds between the scheduler's passes (and how soon another instance takes over
    /// the periodic jobs from a dead one).
    pub scheduler_interval_secs: u32,
}

#[derive(Debug, Clone)]
pub struct TelegramConfig {
    pub token: Secret,
    pub api_url: Url,
    pub mode: TelegramMode,
    /// Webhook mode: the public https address Telegram posts updates to (through the
    /// reverse proxy to `[web] listen`); its path is the route on the HTTP server.
    pub webhook_url: Option<Url>,
    /// Webhook mode: what Telegram sends in `X-Telegram-Bot-Api-Secret-Token`; empty until
    /// the operator sets one (`check-config` proposes one).
    pub webhook_secret: Secret,
    /// Long-poll timeout for `getUpdates`, in seconds.
    pub poll_timeout_secs: u32,
    /// Messages per second to all chats together (Telegram allows about 30).
    pub global_rate: u32,
}

/// `log.format`: plain text lines, or one JSON object per line for a log collector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TelegramMode {
    /// Wegweiser asks (`getUpdates` long polling); no webhook may be set.
    Polling,
    /// Telegram posts each update to `telegram.webhook_url`.
    Webhook,
}

#[derive(Debug, Clone)]
pub struct DatabaseConfig {
    /// `sqlite://path` (relative paths are taken from the configuration file's folder) or
    /// `postgres://…`.
    pub url: String,
    pub max_connections: u32,
}

#[derive(Debug, Clone)]
pub struct LocalesConfig {
    pub default: String,
    pub offered: Vec<String>,
    /// The folder with `<lang>/wegweiser.ftl` the bot reads at start and `wegweiser
    /// locales import` writes (relative paths from the configuration file's folder);
    /// `None`: the texts built into the binary.
    pub dir: Option<std::path::PathBuf>,
}

/// The local hours in which nothing that can wait is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

/// Where the configuration comes from.
pub struct Source<'a> {
    /// The file; `None` means "no file, defaults and environment only".
    pub path: Option<&'a Path>,
    /// The environment, as `(name, value)` pairs; only `WEGWEISER_*` names are read.
    pub env: Vec<(String, String)>,
}

impl Source<'_> {
    pub fn process_env() -> Vec<(String, String)> {
        std::env::vars()
            .filter(|(k, _)| k.starts_with("WEGWEISER_"))
            .collect()
    }
}

impl Config {
    /// Loads the configuration. `explicit` says whether the path was asked for
    /// (`--config`): then a missing file is an error; otherwise it means "defaults".
    pub fn load(path: &Path, explicit: bool) -> Result<Config, ConfigError> {
        let exists = path.exists();
        if explicit && !exists {
            return Err(ConfigError::Read {
                path: path.display().to_string(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
            });
        }
        Config::from_source(Source {
            path: exists.then_some(path),
            env: Source::process_env(),
        })
    }

    pub fn from_source(source: Source<'_>) -> Result<Config, ConfigError> {
        let (raw, base_dir) = match source.path {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
                    path: path.display().to_string(),
                    source: e,
                })?;
                let raw = parse_file(&path.display().to_string(), &text)?;
                let dir = path
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| PathBuf::from("."));
                (raw, dir)
            }
            None => (RawConfig::default(), PathBuf::from(".")),
        };
        build(raw, &source.env, &base_dir)
    }

    /// Parses a configuration from text (for tests and `check-config`), relative paths
    /// taken from `base_dir`.
    pub fn from_toml(
        text: &str,
        env: &[(String, String)],
        base_dir: &Path,
    ) -> Result<Config, ConfigError> {
        build(parse_file("config.toml", text)?, env, base_dir)
    }
}

/// A database URL fit for a log line or an error: any password is replaced.
pub fn redact_url(url: &str) -> String {
    match Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

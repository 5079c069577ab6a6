//! Typed configuration: defaults in code < `config.toml` < `WEGWEISER_*` environment.
//!
//! Every key is documented in the shipped `config.toml`. Errors name the key and what is
//! expected, in one line, so `main` can print them and exit with code 2. The bot token is
//! wrapped in [`Secret`], whose `Debug` and `Display` never show it.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveTime;
use serde::Deserialize;
use url::Url;

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
    pub database: DatabaseConfig,
    pub time_zone: chrono_tz::Tz,
    pub locales: LocalesConfig,
    pub quiet_hours: QuietHours,
    /// Telegram user ids of the global administrators.
    pub admins: Vec<i64>,
    /// How many days an invite link stays valid.
    pub invite_days: u32,
    /// When Integrationsmanager read messages (local time).
    pub office_hours: crate::domain::office_hours::OfficeHours,
}

#[derive(Debug, Clone)]
pub struct TelegramConfig {
    pub token: Secret,
    pub api_url: Url,
    pub mode: TelegramMode,
    /// Long-poll timeout for `getUpdates`, in seconds.
    pub poll_timeout_secs: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TelegramMode {
    Polling,
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
}

/// The local hours in which nothing that can wait is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

// ---- the file, as written by a person -------------------------------------------------

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    telegram: Option<RawTelegram>,
    database: Option<RawDatabase>,
    time_zone: Option<String>,
    locales: Option<RawLocales>,
    quiet_hours: Option<RawQuietHours>,
    admins: Option<Vec<i64>>,
    invites: Option<RawInvites>,
    office_hours: Option<RawOfficeHours>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawOfficeHours {
    days: Option<Vec<u8>>,
    start: Option<String>,
    end: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawInvites {
    valid_days: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTelegram {
    token: Option<Secret>,
    api_url: Option<String>,
    mode: Option<String>,
    poll_timeout_secs: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDatabase {
    url: Option<String>,
    max_connections: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLocales {
    default: Option<String>,
    offered: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawQuietHours {
    start: Option<String>,
    end: Option<String>,
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

fn parse_file(name: &str, text: &str) -> Result<RawConfig, ConfigError> {
    toml::from_str(text).map_err(|e| {
        let (line, section) = match e.span() {
            Some(span) => {
                let before = &text[..span.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let section = before
                    .lines()
                    .rev()
                    .map(str::trim)
                    .find(|l| l.starts_with('[') && l.ends_with(']'))
                    .map(|l| l.trim_matches(|c| c == '[' || c == ']').to_owned());
                (Some(line), section)
            }
            None => (None, None),
        };
        let location = match line {
            Some(l) => format!("{name}:{l}"),
            None => name.to_owned(),
        };
        let message = e.message().trim().replace('\n', " ");
        let message = match section {
            Some(s) => format!("in [{s}]: {message}"),
            None => message,
        };
        ConfigError::Syntax { location, message }
    })
}

/// Reads `WEGWEISER_<KEY>` from the given environment.
fn env_var<'a>(env: &'a [(String, String)], key: &str) -> Option<&'a str> {
    env.iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn build(raw: RawConfig, env: &[(String, String)], base_dir: &Path) -> Result<Config, ConfigError> {
    let t = raw.telegram.unwrap_or_default();
    let token = env_var(env, "WEGWEISER_TELEGRAM_TOKEN")
        .map(Secret::new)
        .or(t.token)
        .unwrap_or_default();
    let api_url_text = env_var(env, "WEGWEISER_TELEGRAM_API_URL")
        .map(str::to_owned)
        .or(t.api_url)
        .unwrap_or_else(|| TELEGRAM_API_URL.to_owned());
    let api_url = Url::parse(&api_url_text)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| {
            ConfigError::invalid(
                "telegram.api_url",
                format!("\"{api_url_text}\" is not an http(s) URL (default: {TELEGRAM_API_URL})"),
            )
        })?;
    let mode_text = env_var(env, "WEGWEISER_TELEGRAM_MODE")
        .map(str::to_owned)
        .or(t.mode)
        .unwrap_or_else(|| "polling".to_owned());
    let mode = match mode_text.as_str() {
        "polling" => TelegramMode::Polling,
        other => {
            return Err(ConfigError::invalid(
                "telegram.mode",
                format!("\"{other}\" is not supported; the only mode is \"polling\""),
            ));
        }
    };
    let poll_timeout_secs = match env_var(env, "WEGWEISER_TELEGRAM_POLL_TIMEOUT_SECS") {
        Some(v) => parse_env_number("telegram.poll_timeout_secs", v)?,
        None => t.poll_timeout_secs.unwrap_or(30),
    };
    if poll_timeout_secs > 50 {
        return Err(ConfigError::invalid(
            "telegram.poll_timeout_secs",
            "must be between 0 and 50 seconds (default 30)",
        ));
    }

    let d = raw.database.unwrap_or_default();
    let db_url = env_var(env, "WEGWEISER_DATABASE_URL")
        .map(str::to_owned)
        .or(d.url)
        .unwrap_or_else(|| "sqlite://wegweiser.db".to_owned());
    let db_url = resolve_database_url(&db_url, base_dir)?;
    let max_connections = match env_var(env, "WEGWEISER_DATABASE_MAX_CONNECTIONS") {
        Some(v) => parse_env_number("database.max_connections", v)?,
        None => d.max_connections.unwrap_or(5),
    };
    if max_connections == 0 {
        return Err(ConfigError::invalid(
            "database.max_connections",
            "must be at least 1 (default 5)",
        ));
    }

    let tz_text = env_var(env, "WEGWEISER_TIME_ZONE")
        .map(str::to_owned)
        .or(raw.time_zone)
        .unwrap_or_else(|| "Europe/Berlin".to_owned());
    let time_zone: chrono_tz::Tz = tz_text.parse().map_err(|_| {
        ConfigError::invalid(
            "time_zone",
            format!("\"{tz_text}\" is not an IANA time zone name (for example \"Europe/Berlin\")"),
        )
    })?;

    let l = raw.locales.unwrap_or_default();
    let known = crate::i18n::AVAILABLE;
    let default = env_var(env, "WEGWEISER_LOCALES_DEFAULT")
        .map(str::to_owned)
        .or(l.default)
        .unwrap_or_else(|| "de".to_owned());
    let offered = match env_var(env, "WEGWEISER_LOCALES_OFFERED") {
        Some(v) => split_list(v),
        None => l
            .offered
            .unwrap_or_else(|| known.iter().map(|s| s.to_string()).collect()),
    };
    for code in offered.iter().chain(std::iter::once(&default)) {
        if !known.contains(&code.as_str()) {
            return Err(ConfigError::invalid(
                "locales",
                format!(
                    "\"{code}\" has no folder in locales/; available: {}",
                    known.join(", ")
                ),
            ));
        }
    }
    if offered.is_empty() {
        return Err(ConfigError::invalid(
            "locales.offered",
            "must name at least one language",
        ));
    }
    if !offered.contains(&default) {
        return Err(ConfigError::invalid(
            "locales.default",
            format!("\"{default}\" must also be in locales.offered"),
        ));
    }

    let q = raw.quiet_hours.unwrap_or_default();
    let quiet_hours = QuietHours {
        start: parse_hhmm(
            "quiet_hours.start",
            env_var(env, "WEGWEISER_QUIET_HOURS_START")
                .map(str::to_owned)
                .or(q.start)
                .as_deref()
                .unwrap_or("21:00"),
        )?,
        end: parse_hhmm(
            "quiet_hours.end",
            env_var(env, "WEGWEISER_QUIET_HOURS_END")
                .map(str::to_owned)
                .or(q.end)
                .as_deref()
                .unwrap_or("07:00"),
        )?,
    };

    let admins = match env_var(env, "WEGWEISER_ADMINS") {
        Some(v) => split_list(v)
            .iter()
            .map(|s| parse_env_number::<i64>("admins", s))
            .collect::<Result<_, _>>()?,
        None => raw.admins.unwrap_or_default(),
    };

    let invite_days = match env_var(env, "WEGWEISER_INVITES_VALID_DAYS") {
        Some(v) => parse_env_number("invites.valid_days", v)?,
        None => raw.invites.and_then(|i| i.valid_days).unwrap_or(14),
    };
    if !(1..=90).contains(&invite_days) {
        return Err(ConfigError::invalid(
            "invites.valid_days",
            "must be between 1 and 90 days (default 14)",
        ));
    }

    let o = raw.office_hours.unwrap_or_default();
    let office_hours = crate::domain::office_hours::OfficeHours {
        days: o.days.unwrap_or_else(|| vec![1, 2, 3, 4, 5]),
        start: parse_hhmm("office_hours.start", o.start.as_deref().unwrap_or("08:00"))?,
        end: parse_hhmm("office_hours.end", o.end.as_deref().unwrap_or("16:00"))?,
    };
    if office_hours.days.is_empty() || office_hours.days.iter().any(|d| !(1..=7).contains(d)) {
        return Err(ConfigError::invalid(
            "office_hours.days",
            "must list weekdays as numbers, 1 = Monday … 7 = Sunday (default [1, 2, 3, 4, 5])",
        ));
    }
    if office_hours.start >= office_hours.end {
        return Err(ConfigError::invalid(
            "office_hours",
            "start must be before end (default 08:00 to 16:00)",
        ));
    }

    Ok(Config {
        telegram: TelegramConfig {
            token,
            api_url,
            mode,
            poll_timeout_secs,
        },
        database: DatabaseConfig {
            url: db_url,
            max_connections,
        },
        time_zone,
        locales: LocalesConfig { default, offered },
        quiet_hours,
        admins,
        invite_days,
        office_hours,
    })
}

fn split_list(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_env_number<T: std::str::FromStr>(key: &str, v: &str) -> Result<T, ConfigError> {
    v.trim()
        .parse()
        .map_err(|_| ConfigError::invalid(key, format!("\"{v}\" is not a whole number")))
}

fn parse_hhmm(key: &str, v: &str) -> Result<NaiveTime, ConfigError> {
    NaiveTime::parse_from_str(v, "%H:%M").map_err(|_| {
        ConfigError::invalid(
            key,
            format!("\"{v}\" is not a time of day as HH:MM (for example \"21:00\")"),
        )
    })
}

/// Checks the scheme and makes a relative SQLite path relative to the configuration file.
fn resolve_database_url(url: &str, base_dir: &Path) -> Result<String, ConfigError> {
    let bad = |why: &str| {
        ConfigError::invalid(
            "database.url",
            format!(
                "\"{}\" {why} (expected sqlite://FILE or postgres://USER@HOST/DB)",
                redact_url(url)
            ),
        )
    };
    if let Some(rest) = url.strip_prefix("sqlite:") {
        let path_part = rest.trim_start_matches("//");
        let (path, query) = match path_part.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_part, None),
        };
        if path.is_empty() {
            return Err(bad("names no file"));
        }
        if path == ":memory:" {
            return Ok(url.to_owned());
        }
        let path = Path::new(path);
        let full = if path.is_absolute() {
            path.to_path_buf()
        } else {
            base_dir.join(path)
        };
        let mut out = format!("sqlite://{}", full.display());
        if let Some(q) = query {
            out.push('?');
            out.push_str(q);
        }
        Ok(out)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let parsed = Url::parse(url).map_err(|_| bad("is not a valid URL"))?;
        if parsed.host().is_none() && !parsed.query().unwrap_or("").contains("host=") {
            return Err(bad("names no host"));
        }
        Ok(url.to_owned())
    } else {
        Err(bad("has an unknown scheme"))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml(text, &[], Path::new("/etc/wegweiser"))
    }

    #[test]
    fn defaults_apply_without_a_file() {
        let c = load("").unwrap();
        assert_eq!(c.time_zone, chrono_tz::Europe::Berlin);
        assert_eq!(c.database.url, "sqlite:///etc/wegweiser/wegweiser.db");
        assert_eq!(c.telegram.api_url.as_str(), "https://api.telegram.org/");
        assert_eq!(c.locales.offered, ["de", "ar", "fa", "ti", "en", "uk"]);
        assert!(c.telegram.token.is_empty());
    }

    #[test]
    fn environment_wins_over_file() {
        let env = vec![
            ("WEGWEISER_TELEGRAM_TOKEN".into(), "123:abc".into()),
            ("WEGWEISER_TIME_ZONE".into(), "Europe/Vienna".into()),
        ];
        let c = Config::from_toml(
            "time_zone = \"Europe/Berlin\"\n[telegram]\ntoken = \"file\"\n",
            &env,
            Path::new("."),
        )
        .unwrap();
        assert_eq!(c.telegram.token.expose(), "123:abc");
        assert_eq!(c.time_zone, chrono_tz::Europe::Vienna);
    }

    #[test]
    fn unknown_key_names_the_key_and_line() {
        let err = load("[telegram]\napi_url = \"http://x\"\ntokn = \"1\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("config.toml:3"), "{err}");
        assert!(err.contains("tokn"), "{err}");
        assert!(err.contains("[telegram]"), "{err}");
        assert!(!err.contains('\n'));
    }

    #[test]
    fn bad_values_name_key_and_expectation() {
        let err = load("time_zone = \"Europe/Berln\"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("time_zone:"), "{err}");
        assert!(err.contains("Europe/Berln"), "{err}");
        let err = load("[telegram]\napi_url = \"not a url\"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("telegram.api_url:"), "{err}");
        let err = load("[database]\nurl = \"mysql://x/y\"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("database.url:"), "{err}");
        let err = load("[quiet_hours]\nstart = \"25:00\"")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("quiet_hours.start:"), "{err}");
        let err = load("[locales]\noffered = [\"de\", \"xx\"]")
            .unwrap_err()
            .to_string();
        assert!(err.contains("\"xx\""), "{err}");
    }

    #[test]
    fn token_never_shows_in_debug() {
        let env = vec![("WEGWEISER_TELEGRAM_TOKEN".into(), "123:SECRET".into())];
        let c = Config::from_toml("", &env, Path::new(".")).unwrap();
        let shown = format!("{c:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(shown.contains("[redacted]"));
    }

    #[test]
    fn database_password_is_redacted() {
        assert_eq!(
            redact_url("postgres://wg:hunter2@db/wegweiser"),
            "postgres://wg:***@db/wegweiser"
        );
    }
}

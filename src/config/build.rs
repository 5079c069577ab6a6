//! From the file and the environment to a [`Config`]: each key from `WEGWEISER_*`, else the
//! file, else its default, and checked, so that a problem names the key and what is
//! expected.

use std::path::Path;

use chrono::NaiveTime;
use url::Url;

use super::raw::RawConfig;
use super::{
    Config, ConfigError, DatabaseConfig, LocalesConfig, LogFormat, QuietHours, Secret,
    TELEGRAM_API_URL, TelegramConfig, TelegramMode, redact_url,
};

/// Reads `WEGWEISER_<KEY>` from the given environment.
fn env_var<'a>(env: &'a [(String, String)], key: &str) -> Option<&'a str> {
    env.iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

pub(super) fn build(
    raw: RawConfig,
    env: &[(String, String)],
    base_dir: &Path,
) -> Result<Config, ConfigError> {
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
    let allow_insecure = match env_var(env, "WEGWEISER_TELEGRAM_ALLOW_INSECURE_API_URL") {
        Some(v) => parse_env_bool("telegram.allow_insecure_api_url", v)?,
        None => t.allow_insecure_api_url.unwrap_or(false),
    };
    if api_url.scheme() == "http" && !is_loopback(&api_url) && !allow_insecure {
        return Err(ConfigError::invalid(
            "telegram.api_url",
            format!(
                "\"{}\" is plain http to a host other than this machine: the bot token would travel in clear text; use https, or set telegram.allow_insecure_api_url = true if the network in between is yours",
                redact_url(api_url.as_str())
            ),
        ));
    }
    let mode_text = env_var(env, "WEGWEISER_TELEGRAM_MODE")
        .map(str::to_owned)
        .or(t.mode)
        .unwrap_or_else(|| "polling".to_owned());
    let mode = match mode_text.as_str() {
        "polling" => TelegramMode::Polling,
        "webhook" => TelegramMode::Webhook,
        other => {
            return Err(ConfigError::invalid(
                "telegram.mode",
                format!("\"{other}\" is not \"polling\" or \"webhook\" (default \"polling\")"),
            ));
        }
    };
    let webhook_url = webhook_url(
        env_var(env, "WEGWEISER_TELEGRAM_WEBHOOK_URL")
            .map(str::to_owned)
            .or(t.webhook_url),
        mode,
    )?;
    let webhook_secret = env_var(env, "WEGWEISER_TELEGRAM_WEBHOOK_SECRET")
        .map(Secret::new)
        .or(t.webhook_secret)
        .unwrap_or_default();
    if !webhook_secret.is_empty() && !valid_webhook_secret(webhook_secret.expose()) {
        return Err(ConfigError::invalid(
            "telegram.webhook_secret",
            "must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule); `wegweiser check-config` proposes one",
        ));
    }
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

    let global_rate = match env_var(env, "WEGWEISER_TELEGRAM_GLOBAL_RATE") {
        Some(v) => parse_env_number("telegram.global_rate", v)?,
        None => t.global_rate.unwrap_or(25),
    };
    if !(1..=10_000).contains(&global_rate) {
        return Err(ConfigError::invalid(
            "telegram.global_rate",
            "must be between 1 and 10000 messages per second (default 25)",
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

    // An empty value means the texts built into the binary.
    let dir = env_var(env, "WEGWEISER_LOCALES_DIR")
        .map(str::to_owned)
        .or(l.dir)
        .filter(|d| !d.trim().is_empty())
        .map(|d| base_dir.join(d));

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

    let leads_text = match env_var(env, "WEGWEISER_REMINDERS_APPOINTMENT") {
        Some(v) => v.to_owned(),
        None => raw
            .reminders
            .and_then(|r| r.appointment)
            .map(|l| l.join(","))
            .unwrap_or_else(|| "1d,2h".to_owned()),
    };
    let appointment_leads =
        crate::domain::appointment::parse_leads(&leads_text).ok_or_else(|| {
            ConfigError::invalid(
                "reminders.appointment",
                format!(
                    "\"{leads_text}\": expected up to four leads like \"1d\" (days, 1–30) or \"2h\" (hours, 1–72); default [\"1d\", \"2h\"]"
                ),
            )
        })?;

    let schedule = match env_var(env, "WEGWEISER_DIGEST_SCHEDULE") {
        Some(v) => v.to_owned(),
        None => raw
            .digest
            .and_then(|d| d.schedule)
            .unwrap_or_else(|| "0 8 * * 1-5".to_owned()),
    };
    let digest = if schedule.trim().is_empty() {
        None
    } else {
        Some(
            crate::domain::offer::read_schedule(&schedule).map_err(|e| {
                ConfigError::invalid(
                    "digest.schedule",
                    format!(
                        "\"{schedule}\" is not a schedule: {e}; e.g. \"0 8 * * 1-5\" means weekdays at 08:00 (minute hour day month weekday); empty turns the digest off"
                    ),
                )
                })?,
        )
    };

    let r = raw.retention.unwrap_or_default();
    let retention_delete_after_days = match env_var(env, "WEGWEISER_RETENTION_DELETE_AFTER_DAYS") {
        Some(v) => parse_env_number("retention.delete_after_days", v)?,
        None => r.delete_after_days.unwrap_or(90),
    };
    let retention_inactive_days = match env_var(env, "WEGWEISER_RETENTION_INACTIVE_DAYS") {
        Some(v) => parse_env_number("retention.inactive_days", v)?,
        None => r.inactive_days.unwrap_or(90),
    };
    for (key, days) in [
        ("retention.delete_after_days", retention_delete_after_days),
        ("retention.inactive_days", retention_inactive_days),
    ] {
        if !(1..=3650).contains(&days) {
            return Err(ConfigError::invalid(
                key,
                "must be between 1 and 3650 days (default 90)",
            ));
        }
    }
    let log_text = env_var(env, "WEGWEISER_LOG_FORMAT")
        .map(str::to_owned)
        .or(raw.log.and_then(|l| l.format))
        .unwrap_or_else(|| "text".to_owned());
    let log_format = match log_text.as_str() {
        "text" => LogFormat::Text,
        "json" => LogFormat::Json,
        other => {
            return Err(ConfigError::invalid(
                "log.format",
                format!("\"{other}\" is not \"text\" or \"json\" (default \"text\")"),
            ));
        }
    };

    let delivery_lease_secs = match env_var(env, "WEGWEISER_DELIVERY_LEASE_SECS") {
        Some(v) => parse_env_number("delivery.lease_secs", v)?,
        None => raw
            .delivery
            .and_then(|d| d.lease_secs)
            .unwrap_or(DEFAULT_LEASE_SECS),
    };
    if !(30..=3600).contains(&delivery_lease_secs) {
        return Err(ConfigError::invalid(
            "delivery.lease_secs",
            format!(
                "must be between 30 and 3600 seconds (default {DEFAULT_LEASE_SECS}): a sender starts no request in the last 20 s of its claim, as one may take 17 s"
            ),
        ));
    }
    let scheduler_interval_secs = match env_var(env, "WEGWEISER_SCHEDULER_INTERVAL_SECS") {
        Some(v) => parse_env_number("scheduler.interval_secs", v)?,
        None => raw
            .scheduler
            .and_then(|s| s.interval_secs)
            .unwrap_or(DEFAULT_SCHEDULER_INTERVAL_SECS),
    };
    if !(1..=60).contains(&scheduler_interval_secs) {
        return Err(ConfigError::invalid(
            "scheduler.interval_secs",
            format!(
                "must be between 1 and 60 seconds (default {DEFAULT_SCHEDULER_INTERVAL_SECS}): the digest and the checks are due to the minute"
            ),
        ));
    }

    let web = super::web::build(raw.web, |k| env_var(env, k).map(str::to_owned))?;
    if mode == TelegramMode::Webhook && web.listen.is_none() {
        return Err(ConfigError::invalid(
            "telegram.mode",
            "\"webhook\" needs the HTTP server: set web.listen (for example \"127.0.0.1:8080\") and let the reverse proxy pass telegram.webhook_url to it",
        ));
    }
    Ok(Config {
        log_format,
        telegram: TelegramConfig {
            token,
            api_url,
            mode,
            webhook_url,
            webhook_secret,
            poll_timeout_secs,
            global_rate,
        },
        database: DatabaseConfig {
            url: db_url,
            max_connections,
        },
        time_zone,
        locales: LocalesConfig {
            default,
            offered,
            dir,
        },
        quiet_hours,
        admins,
        invite_days,
        retention_delete_after_days,
        retention_inactive_days,
        office_hours,
        appointment_leads,
        digest,
        web,
        delivery_lease_secs,
        scheduler_interval_secs,
    })
}

/// `delivery.lease_secs`: how long a claimed outbox row is reserved for its sender.
pub const DEFAULT_LEASE_SECS: u32 = 120;
/// `scheduler.interval_secs`: a pass every minute.
pub const DEFAULT_SCHEDULER_INTERVAL_SECS: u32 = 60;

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

/// `true`/`false` (also `1`/`0`, `yes`/`no`) from an environment variable.
fn parse_env_bool(key: &str, value: &str) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" | "" => Ok(false),
        _ => Err(ConfigError::invalid(
            key,
            format!("\"{value}\" is not true or false"),
        )),
    }
}

/// Whether a URL names this machine: `localhost`, 127.0.0.0/8 or `[::1]`.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `telegram.webhook_url`: required in webhook mode; https (plain http only to this
/// machine, for trials); a path of its own, which is the route on the HTTP server.
fn webhook_url(text: Option<String>, mode: TelegramMode) -> Result<Option<Url>, ConfigError> {
    const KEY: &str = "telegram.webhook_url";
    let text = text.unwrap_or_default();
    let text = text.trim();
    if text.is_empty() {
        return match mode {
            TelegramMode::Webhook => Err(ConfigError::invalid(
                KEY,
                "missing: webhook mode needs the public https address Telegram posts to, for example \"https://wegweiser.landkreis.de/telegram/webhook\"",
            )),
            TelegramMode::Polling => Ok(None),
        };
    }
    let url = Url::parse(text)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| ConfigError::invalid(KEY, format!("\"{text}\" is not an https URL")))?;
    if url.scheme() == "http" && !is_loopback(&url) {
        return Err(ConfigError::invalid(
            KEY,
            format!(
                "\"{text}\" is plain http: Telegram posts only to https (plain http is accepted only to this machine, for trials with the emulator)"
            ),
        ));
    }
    if url.path() == "/" || url.query().is_some() {
        return Err(ConfigError::invalid(
            KEY,
            format!(
                "\"{text}\" needs a path of its own and no query, for example \"/telegram/webhook\" (the path is the route on web.listen; \"/\" is the web workplace)"
            ),
        ));
    }
    Ok(Some(url))
}

/// Telegram's rule for `secret_token`: 1–256 characters of `A-Za-z0-9_-`.
fn valid_webhook_secret(s: &str) -> bool {
    (1..=256).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

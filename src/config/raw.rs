//! The configuration file as a person writes it: every key optional, unknown keys an
//! error that names the line and the section.

use serde::Deserialize;

use super::{ConfigError, Secret};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    pub(super) telegram: Option<RawTelegram>,
    pub(super) database: Option<RawDatabase>,
    pub(super) time_zone: Option<String>,
    pub(super) locales: Option<RawLocales>,
    pub(super) quiet_hours: Option<RawQuietHours>,
    pub(super) admins: Option<Vec<i64>>,
    pub(super) invites: Option<RawInvites>,
    pub(super) office_hours: Option<RawOfficeHours>,
    pub(super) reminders: Option<RawReminders>,
    pub(super) digest: Option<RawDigest>,
    pub(super) log: Option<RawLog>,
    pub(super) retention: Option<RawRetention>,
    pub(super) web: Option<super::web::RawWeb>,
    pub(super) delivery: Option<RawDelivery>,
    pub(super) scheduler: Option<RawScheduler>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDelivery {
    pub(super) lease_secs: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScheduler {
    pub(super) interval_secs: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRetention {
    pub(super) delete_after_days: Option<u32>,
    pub(super) inactive_days: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLog {
    pub(super) format: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReminders {
    pub(super) appointment: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDigest {
    pub(super) schedule: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOfficeHours {
    pub(super) days: Option<Vec<u8>>,
    pub(super) start: Option<String>,
    pub(super) end: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawInvites {
    pub(super) valid_days: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTelegram {
    pub(super) token: Option<Secret>,
    pub(super) api_url: Option<String>,
    pub(super) mode: Option<String>,
    pub(super) poll_timeout_secs: Option<u32>,
    pub(super) global_rate: Option<u32>,
    pub(super) allow_insecure_api_url: Option<bool>,
    pub(super) webhook_url: Option<String>,
    pub(super) webhook_secret: Option<Secret>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDatabase {
    pub(super) url: Option<String>,
    pub(super) max_connections: Option<u32>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocales {
    pub(super) default: Option<String>,
    pub(super) offered: Option<Vec<String>>,
    pub(super) dir: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuietHours {
    pub(super) start: Option<String>,
    pub(super) end: Option<String>,
}

pub(super) fn parse_file(name: &str, text: &str) -> Result<RawConfig, ConfigError> {
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

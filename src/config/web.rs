//! `[web]`: the HTTP server of the web workplace (and later the webhook, health and
//! metrics endpoints).

use std::net::SocketAddr;

use serde::Deserialize;
use url::Url;

use super::ConfigError;

/// How long a sign-in link from the bot's `/web` may be used (once).
pub const SIGN_IN_VALID: chrono::Duration = chrono::Duration::minutes(10);
/// A web session ends after this long without use …
pub const SESSION_IDLE: chrono::Duration = chrono::Duration::hours(8);
/// … and after this long in all.
pub const SESSION_MAX_AGE: chrono::Duration = chrono::Duration::days(7);

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWeb {
    pub(super) listen: Option<String>,
    pub(super) public_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebConfig {
    /// Where the server listens; `None`: no server (the default).
    pub listen: Option<SocketAddr>,
    /// The address people open (behind the reverse proxy); sign-in links start with it.
    /// Its scheme decides the cookie's `Secure` flag.
    pub public_url: Option<Url>,
}

impl WebConfig {
    /// Whether cookies must be `Secure` (the workplace is reached over https).
    pub fn secure(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }

    /// The base address for links: `public_url`, else the listening address.
    pub fn base_url(&self) -> Option<Url> {
        self.public_url.clone().or_else(|| {
            self.listen
                .and_then(|a| Url::parse(&format!("http://{a}/")).ok())
        })
    }
}

pub(super) fn build(
    raw: Option<RawWeb>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<WebConfig, ConfigError> {
    let raw = raw.unwrap_or_default();
    let listen_text = env("WEGWEISER_WEB_LISTEN")
        .or(raw.listen)
        .unwrap_or_default();
    let listen = match listen_text.trim() {
        "" => None,
        text => Some(text.parse::<SocketAddr>().map_err(|_| {
            ConfigError::invalid(
                "web.listen",
                format!(
                    "\"{text}\" is not an address and port (for example \"127.0.0.1:8080\"; \"\" switches the web workplace off)"
                ),
            )
        })?),
    };
    let public_text = env("WEGWEISER_WEB_PUBLIC_URL")
        .or(raw.public_url)
        .unwrap_or_default();
    let public_url = match public_text.trim() {
        "" => None,
        text => Some(
            Url::parse(text)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
                .ok_or_else(|| {
                    ConfigError::invalid(
                        "web.public_url",
                        format!(
                            "\"{text}\" is not an http(s) URL (for example \"https://wegweiser.hemmingen.de\")"
                        ),
                    )
                })?,
        ),
    };
    Ok(WebConfig { listen, public_url })
}

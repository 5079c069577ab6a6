//! The answer to `admin manager invite`: the link, shown once, made with the bot's
//! username as Telegram tells it.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use teloxide::requests::Requester;

use super::format::{local_time, place, who};
use crate::config::TelegramConfig;
use crate::domain::invite;
use crate::store::people::{Gemeinde, Manager, Organisation};

/// How long to wait for Telegram's `getMe` when making an invite link.
const GET_ME_TIMEOUT: StdDuration = StdDuration::from_secs(5);
/// Stands in for the bot's username when Telegram cannot be asked.
pub const BOT_PLACEHOLDER: &str = "<your_bot>";

/// What `manager invite` made, for [`invite_report`].
pub struct InviteReport<'a> {
    pub manager: &'a Manager,
    pub organisation: &'a Organisation,
    pub gemeinden: &'a [Gemeinde],
    /// The bot's username, or why it is unknown.
    pub bot: Result<&'a str, &'a str>,
    pub payload: &'a str,
    pub expires_at: DateTime<Utc>,
    pub tz: Tz,
}

/// The answer to `manager invite`: who was invited, the link, and how long it works.
pub fn invite_report(r: &InviteReport<'_>) -> String {
    let places: Vec<String> = r.gemeinden.iter().map(place).collect();
    let mut out = format!(
        "Invited manager {}, organisation {} ({}), for {}.\n",
        who(r.manager),
        r.organisation.id,
        r.organisation.name,
        places.join(", ")
    );
    out.push_str(&format!(
        "Send them this link; it works once, until {}:\n",
        local_time(r.expires_at, r.tz)
    ));
    match r.bot {
        Ok(username) => {
            out.push_str(&invite::link(username, r.payload));
            out.push('\n');
        }
        Err(reason) => {
            out.push_str(&invite::link(BOT_PLACEHOLDER, r.payload));
            out.push('\n');
            out.push_str(&format!("Payload: {}\n", r.payload));
            out.push_str(&format!(
                "The bot's username is unknown ({reason}): put it in place of {BOT_PLACEHOLDER}.\n"
            ));
        }
    }
    out.push_str("Only a hash of the link is stored: it cannot be shown again.\n");
    out
}

/// Whether `name` has the shape of a Telegram bot username (5–32 of `A-Za-z0-9_`).
pub fn is_bot_username(name: &str) -> bool {
    (5..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The bot's username, asked of Telegram with `getMe`, or why it is unknown. The reason
/// never contains the token (network errors, whose text holds the request URL, are not
/// shown).
pub async fn bot_username(telegram: &TelegramConfig) -> Result<String, String> {
    if telegram.token.is_empty() {
        return Err("no Telegram token is configured".to_owned());
    }
    let bot = teloxide::Bot::new(telegram.token.expose()).set_api_url(telegram.api_url.clone());
    match tokio::time::timeout(GET_ME_TIMEOUT, bot.get_me()).await {
        Err(_) => Err(format!(
            "Telegram did not answer within {} seconds",
            GET_ME_TIMEOUT.as_secs()
        )),
        Ok(Err(teloxide::RequestError::Api(e))) => Err(format!("Telegram refused: {e}")),
        Ok(Err(teloxide::RequestError::Network(_))) => {
            Err("Telegram could not be reached".to_owned())
        }
        Ok(Err(_)) => Err("Telegram gave an unexpected answer".to_owned()),
        Ok(Ok(me)) => match me.user.username {
            Some(name) if is_bot_username(&name) => Ok(name),
            _ => Err("Telegram's answer has no username".to_owned()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::admin::fixtures::{caritas, hemmingen, manager};
    use chrono::TimeZone;

    #[test]
    fn the_invite_report_names_the_link_and_its_expiry() {
        let m = manager(3, "Frau Keller", "invited");
        let payload = "m_AAAAAAAAAAAAAAAAAAAAAAAA";
        let mut r = InviteReport {
            manager: &m,
            organisation: &caritas(),
            gemeinden: &[hemmingen()],
            bot: Ok("wegweiser_bot"),
            payload,
            expires_at: Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 0).unwrap(),
            tz: chrono_tz::Europe::Berlin,
        };
        let known = invite_report(&r);
        assert!(known.contains("Invited manager 3 (Frau Keller), organisation 1 (Caritas), for Hemmingen (08118011)."), "{known}");
        assert!(known.contains("until 2026-12-07 09:00 CET"), "{known}");
        assert!(
            known.contains(&format!("\nhttps://t.me/wegweiser_bot?start={payload}\n")),
            "{known}"
        );
        assert!(!known.contains(BOT_PLACEHOLDER));

        r.bot = Err("no Telegram token is configured");
        let unknown = invite_report(&r);
        assert!(
            unknown.contains(&format!("https://t.me/<your_bot>?start={payload}\n")),
            "{unknown}"
        );
        assert!(
            unknown.contains(&format!("Payload: {payload}\n")),
            "{unknown}"
        );
        assert_eq!(
            unknown
                .lines()
                .filter(|l| l.contains("no Telegram token"))
                .count(),
            1
        );
    }

    #[test]
    fn bot_usernames_are_checked() {
        assert!(is_bot_username("wegweiser_test_bot"));
        assert!(!is_bot_username("bot"));
        assert!(!is_bot_username("a/b?start=x"));
    }
}

//! Telegram ids never reach the logs: a log line that must tell which person it is about
//! (to follow one person's requests through the log) carries a keyed hash of the id instead.
//! The key is derived from the bot token, a secret the logs never hold: the same person
//! gets the same log id across restarts of one installation, and without the token the
//! log id cannot be turned back into a Telegram id by trying all ids.

use std::fmt;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

static KEY: OnceLock<[u8; 32]> = OnceLock::new();

/// Sets the key once, at start, from the bot token. Later calls change nothing.
pub fn init(token: &str) {
    let key: [u8; 32] = Sha256::new()
        .chain_update(b"wegweiser log id v1\0")
        .chain_update(token.as_bytes())
        .finalize()
        .into();
    let _ = KEY.set(key);
}

fn key() -> &'static [u8; 32] {
    // Commands that log without a running bot get a key of their own, random per process.
    KEY.get_or_init(|| {
        let mut k = [0u8; 32];
        getrandom::fill(&mut k).expect("the operating system's random numbers");
        k
    })
}

/// The log id of a Telegram user or chat id: `u-` and 12 hex digits.
pub fn of(telegram_id: i64) -> LogId {
    let digest = Sha256::new()
        .chain_update(key())
        .chain_update(telegram_id.to_be_bytes())
        .finalize();
    let mut short = [0u8; 6];
    short.copy_from_slice(&digest[..6]);
    LogId(short)
}

/// Shown as `u-` and 12 hex digits (48 bits: no two people of one installation collide in
/// practice, and a log reader sees at once that it is not a Telegram id).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct LogId([u8; 6]);

impl fmt::Display for LogId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("u-")?;
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_person_has_one_log_id_and_it_hides_the_telegram_id() {
        let a = of(5_123_456_789).to_string();
        assert_eq!(a, of(5_123_456_789).to_string());
        assert_ne!(a, of(5_123_456_790).to_string());
        assert!(a.starts_with("u-") && a.len() == 14, "{a}");
        assert!(!a.contains("5123456789"));
    }
}

//! The call log: every Bot API request the fake answered.

use std::time::{Duration, Instant};

use serde_json::Value;

/// Methods that post a new message into a chat; Telegram's flood limits
/// (about 30 messages/s overall, 1 message/s per chat) count these.
pub const SEND_METHODS: &[&str] = &["sendMessage", "sendPhoto", "sendDocument", "copyMessage"];

/// How a call was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `"ok": true`.
    Ok,
    /// `"ok": false` with this `error_code` and `description`.
    Error { code: u16, description: String },
}

/// One Bot API call as seen by the fake.
#[derive(Clone, Debug)]
pub struct CallRecord {
    /// When the request arrived (before any injected delay).
    pub at: Instant,
    /// Canonical method name, e.g. `sendMessage` (whatever casing was used).
    pub method: String,
    /// The `chat_id` parameter, or the chat of the callback query for
    /// `answerCallbackQuery`.
    pub chat_id: Option<i64>,
    pub outcome: Outcome,
    /// The request parameters; uploads appear as `{"upload": name, "size": n}`.
    pub params: Value,
}

impl CallRecord {
    pub fn is_ok(&self) -> bool {
        self.outcome == Outcome::Ok
    }

    /// The `error_code` if the call failed.
    pub fn error_code(&self) -> Option<u16> {
        match &self.outcome {
            Outcome::Ok => None,
            Outcome::Error { code, .. } => Some(*code),
        }
    }

    /// True for [`SEND_METHODS`].
    pub fn is_send(&self) -> bool {
        SEND_METHODS.contains(&self.method.as_str())
    }
}

/// The largest number of records whose `at` lies within any half-open window
/// `[t, t + window)`.
pub(crate) fn max_in_window<'a>(
    records: impl IntoIterator<Item = &'a CallRecord>,
    window: Duration,
) -> usize {
    let mut times: Vec<Instant> = records.into_iter().map(|r| r.at).collect();
    times.sort();
    let mut best = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end].duration_since(times[start]) >= window {
            start += 1;
        }
        best = best.max(end - start + 1);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(at: Instant) -> CallRecord {
        CallRecord {
            at,
            method: "sendMessage".into(),
            chat_id: None,
            outcome: Outcome::Ok,
            params: Value::Null,
        }
    }

    #[test]
    fn window_counts_half_open_intervals() {
        let t = Instant::now();
        let ms = Duration::from_millis;
        let log: Vec<_> = [0, 100, 999, 1000, 1500, 1600, 1700]
            .iter()
            .map(|&m| rec(t + ms(m)))
            .collect();
        // [999, 1999) holds 999, 1000, 1500, 1600, 1700
        assert_eq!(max_in_window(&log, Duration::from_secs(1)), 5);
        assert_eq!(max_in_window(&log, ms(1)), 1);
        assert_eq!(max_in_window(&log[..0], Duration::from_secs(1)), 0);
    }
}

//! One clock per chat, shared by every class: about one message a second sustained, a
//! short burst for immediate answers (a reply and its follow-up), and the outbox only
//! once a second has passed since the chat's last request of any class *came back*.

use std::time::Duration;

use tokio::time::Instant;

use super::Class;

/// Requests an immediate answer may make to one chat in a burst.
pub const ANSWER_BURST: f64 = 3.0;
/// How far apart two outbox requests to one chat (or an outbox request after an answer)
/// are kept, counted from the earlier one's response: Telegram saw the earlier one before
/// it answered, so the later one reaches Telegram at least this much later, however the
/// network or a loaded machine delays either of them.
pub const CHAT_SPACING: Duration = Duration::from_secs(1);

#[derive(Debug, Clone, Copy)]
pub struct ChatClock {
    /// Tokens for answers: one a second, at most [`ANSWER_BURST`].
    tokens: f64,
    at: Instant,
    /// The last request to this chat, of any class: when it was let go, and later when
    /// its response came back.
    last: Option<Instant>,
    /// Requests to this chat let go whose response has not come back yet.
    in_flight: u32,
    /// Telegram asked (429) to leave this chat alone until then.
    paused: Option<Instant>,
}

impl ChatClock {
    pub fn new(now: Instant) -> ChatClock {
        ChatClock {
            tokens: ANSWER_BURST,
            at: now,
            last: None,
            in_flight: 0,
            paused: None,
        }
    }

    fn refill(&mut self, now: Instant) {
        let gained = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + gained).min(ANSWER_BURST);
        self.at = now;
    }

    /// When a request of `class` may go to this chat (`now` if it may go now; `None`
    /// when it waits for a request in flight to come back).
    pub fn ready_at(&mut self, class: Class, now: Instant) -> Option<Instant> {
        self.refill(now);
        let mut at = now;
        if let Some(p) = self.paused {
            at = at.max(p);
        }
        if self.tokens < 1.0 {
            at = at.max(now + Duration::from_secs_f64(1.0 - self.tokens));
        }
        if class != Class::Answer {
            if self.in_flight > 0 {
                return None;
            }
            if let Some(last) = self.last {
                at = at.max(last + CHAT_SPACING);
            }
        }
        Some(at)
    }

    pub fn take(&mut self, now: Instant) {
        self.refill(now);
        self.tokens -= 1.0;
        self.last = Some(now);
        self.in_flight += 1;
    }

    /// A request to this chat came back (answered, failed or given up) at `now`.
    pub fn done(&mut self, now: Instant) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.last = Some(self.last.map_or(now, |l| l.max(now)));
    }

    pub fn pause_until(&mut self, until: Instant) {
        self.paused = Some(self.paused.map_or(until, |p| p.max(until)));
    }

    /// Nothing about this chat is worth remembering any more.
    pub fn forgettable(&mut self, now: Instant) -> bool {
        self.refill(now);
        self.tokens >= ANSWER_BURST
            && self.in_flight == 0
            && self.last.is_none_or(|l| l + CHAT_SPACING <= now)
            && self.paused.is_none_or(|p| p <= now)
    }
}

//! The outbox's own pace: at most `rate` messages a second overall, evenly spaced, and at
//! most one a second to one chat.
//!
//! teloxide's `Throttle` counts correctly but releases what waits in rounds, four times a
//! second, so a full queue leaves it as one burst; requests of a burst reach Telegram
//! spread out and a one-second window can then see more than the limit (measured: 1,383
//! in a second at a limit of 1,000). Spacing every send by `1/rate` keeps any window at
//! the limit. Real time, not the service's clock: this is about Telegram, not schedules.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// A little slower than the limit, so that timer granularity and network jitter cannot
/// push one second's count over it.
const MARGIN: f64 = 1.02;
/// Past this many remembered chats, those whose next slot has passed are forgotten.
const CHATS_KEPT: usize = 10_000;

#[derive(Debug)]
pub struct Pacer {
    interval: Duration,
    per_chat: Duration,
    next: Mutex<Instant>,
    chats: Mutex<HashMap<i64, Instant>>,
}

impl Pacer {
    pub fn new(rate_per_sec: u32) -> Pacer {
        Pacer {
            interval: Duration::from_secs_f64(MARGIN / f64::from(rate_per_sec.max(1))),
            per_chat: Duration::from_secs_f64(MARGIN),
            next: Mutex::new(Instant::now()),
            chats: Mutex::new(HashMap::new()),
        }
    }

    /// Waits for this chat's turn, then for a global slot. One chat's sends must be made
    /// one after the other (the sender keeps each recipient's rows in one lane).
    pub async fn wait(&self, chat: i64) {
        let chat_at = self.chats.lock().expect("pacer lock").get(&chat).copied();
        if let Some(at) = chat_at {
            tokio::time::sleep_until(at).await;
        }
        let slot = {
            let mut next = self.next.lock().expect("pacer lock");
            let slot = (*next).max(Instant::now());
            *next = slot + self.interval;
            slot
        };
        tokio::time::sleep_until(slot).await;
        let mut chats = self.chats.lock().expect("pacer lock");
        if chats.len() > CHATS_KEPT {
            let now = Instant::now();
            chats.retain(|_, at| *at > now);
        }
        chats.insert(chat, slot + self.per_chat);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn sends_are_spaced_overall_and_per_chat() {
        let pacer = Pacer::new(10);
        let start = Instant::now();
        for chat in 0..10 {
            pacer.wait(chat).await;
        }
        // Ten slots 102 ms apart: the tenth starts after 0.9 s.
        let ten = start.elapsed();
        assert!(
            ten >= Duration::from_millis(918) && ten < Duration::from_millis(1000),
            "{ten:?}"
        );
        // The same chat again: a second after its first send.
        pacer.wait(0).await;
        assert!(
            start.elapsed() >= Duration::from_secs(1),
            "{:?}",
            start.elapsed()
        );
    }
}

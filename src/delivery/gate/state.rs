//! The gate's bookkeeping: who waits in which class, the global budget (a token bucket
//! with a small burst, and a log of the last second's grants so no sliding one-second
//! window ever holds more than `rate`), and the chats' clocks.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::time::Instant;

use super::Class;
use super::chat::ChatClock;

/// The window the global limit is kept in: a second and a little more, so that requests
/// which reach Telegram up to 150 ms late (a loaded machine: seen with 50 ms of margin,
/// 32 in one second at 30/s while four builds ran) cannot put `rate + 1` into one second
/// there. The cost: a broadcast alone runs at 1/1.15 = 0.87 of the rate (short of the
/// issue's 0.95; a 429 costs more than that).
pub const WINDOW: Duration = Duration::from_millis(1_150);
/// Past this many remembered chats, those with nothing left to remember are forgotten.
const CHATS_KEPT: usize = 10_000;
/// Under sustained interactive load the outbox still gets every `PERSONAL_EVERY`th slot,
/// broadcasts every `BROADCAST_EVERY`th: no class starves.
const PERSONAL_EVERY: u32 = 4;
const BROADCAST_EVERY: u32 = 8;

pub struct Waiter {
    pub chat: Option<i64>,
    pub done: oneshot::Sender<()>,
}

pub struct State {
    rate: u32,
    burst: f64,
    tokens: f64,
    at: Instant,
    recent: VecDeque<Instant>,
    queues: [VecDeque<Waiter>; 3],
    /// Grants given to a higher class while this one waited.
    passed: [u32; 3],
    chats: HashMap<i64, ChatClock>,
    paused_all: Option<Instant>,
}

impl State {
    pub fn new(rate: u32, now: Instant) -> State {
        let rate = rate.max(1);
        let burst = f64::from((rate / 10).clamp(1, 5));
        State {
            rate,
            burst,
            tokens: burst,
            at: now,
            recent: VecDeque::new(),
            queues: Default::default(),
            passed: [0; 3],
            chats: HashMap::new(),
            paused_all: None,
        }
    }

    /// A new global rate, from now on.
    pub fn set_rate(&mut self, rate: f64, now: Instant) {
        self.global_ready_at(now);
        let rate = if rate.is_finite() { rate.max(1.0) } else { 1.0 };
        self.rate = rate.floor() as u32;
        self.burst = f64::from((self.rate / 10).clamp(1, 5));
        self.tokens = self.tokens.min(self.burst);
    }

    pub fn push(&mut self, class: Class, waiter: Waiter) {
        self.queues[class as usize].push_back(waiter);
    }

    pub fn pause(&mut self, chat: Option<i64>, until: Instant, now: Instant) {
        match chat {
            Some(c) => self
                .chats
                .entry(c)
                .or_insert_with(|| ChatClock::new(now))
                .pause_until(until),
            None => self.paused_all = Some(self.paused_all.map_or(until, |p| p.max(until))),
        }
    }

    /// When the global budget allows the next request.
    fn global_ready_at(&mut self, now: Instant) -> Instant {
        let gained = now.saturating_duration_since(self.at).as_secs_f64() * f64::from(self.rate);
        self.tokens = (self.tokens + gained).min(self.burst);
        self.at = now;
        while self.recent.front().is_some_and(|t| *t + WINDOW <= now) {
            self.recent.pop_front();
        }
        let mut at = now;
        if let Some(p) = self.paused_all {
            at = at.max(p);
        }
        if self.tokens < 1.0 {
            at = at.max(now + Duration::from_secs_f64((1.0 - self.tokens) / f64::from(self.rate)));
        }
        if self.recent.len() >= self.rate as usize
            && let Some(first) = self.recent.front()
        {
            at = at.max(*first + WINDOW);
        }
        at
    }

    /// The classes in the order they are served now.
    fn order(&self) -> [Class; 3] {
        if self.passed[Class::Personal as usize] >= PERSONAL_EVERY {
            [Class::Personal, Class::Answer, Class::Broadcast]
        } else if self.passed[Class::Broadcast as usize] >= BROADCAST_EVERY {
            [Class::Broadcast, Class::Answer, Class::Personal]
        } else {
            [Class::Answer, Class::Personal, Class::Broadcast]
        }
    }

    /// Lets go everyone who may go now; returns when to look again (`None`: nobody waits).
    pub fn grant(&mut self, now: Instant) -> Option<Instant> {
        loop {
            for q in &mut self.queues {
                q.retain(|w| !w.done.is_closed());
            }
            if self.queues.iter().all(VecDeque::is_empty) {
                self.forget(now);
                return None;
            }
            let global = self.global_ready_at(now);
            if global > now {
                return Some(global);
            }
            let mut earliest: Option<Instant> = None;
            let mut chosen = None;
            'classes: for class in self.order() {
                for (i, w) in self.queues[class as usize].iter().enumerate() {
                    let Some(chat) = w.chat else {
                        chosen = Some((class, i));
                        break 'classes;
                    };
                    let clock = self
                        .chats
                        .entry(chat)
                        .or_insert_with(|| ChatClock::new(now));
                    let at = clock.ready_at(class, now);
                    if at <= now {
                        chosen = Some((class, i));
                        break 'classes;
                    }
                    earliest = Some(earliest.map_or(at, |e| e.min(at)));
                }
            }
            let Some((class, i)) = chosen else {
                return earliest;
            };
            let w = self.queues[class as usize]
                .remove(i)
                .expect("index in range");
            if let Some(chat) = w.chat
                && let Some(clock) = self.chats.get_mut(&chat)
            {
                clock.take(now);
            }
            self.tokens -= 1.0;
            self.recent.push_back(now);
            for lower in [Class::Answer, Class::Personal, Class::Broadcast] {
                if lower != class && !self.queues[lower as usize].is_empty() {
                    self.passed[lower as usize] += 1;
                }
            }
            self.passed[class as usize] = 0;
            let _ = w.done.send(());
        }
    }

    fn forget(&mut self, now: Instant) {
        if self.chats.len() > CHATS_KEPT {
            self.chats.retain(|_, c| !c.forgettable(now));
        }
    }
}

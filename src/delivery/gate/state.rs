//! The gate's bookkeeping: who waits in which class, the global budget and the chats'
//! clocks.
//!
//! The global budget is a token bucket with a small burst, and a count of *slots*: a
//! request holds one of `rate` slots from the moment it is let go until [`HOLD`] after its
//! response came back. Whatever Telegram receives within one second `[t, t + 1 s)` was let
//! go before the last of those arrivals (at `τ < t + 1 s`) and answered after the first
//! (at or after `t`), so at `τ` every one of them still held its slot: at most `rate`,
//! however much the network or a loaded machine delays requests on the way. A broadcast
//! alone runs at `rate / (1 s + latency)`: 0.99 of the rate against a local emulator.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::time::Instant;

use super::chat::ChatClock;
use super::{Class, Slot};

/// How long a request keeps its slot after its response came back.
pub const HOLD: Duration = Duration::from_secs(1);
/// Past this many remembered chats, those with nothing left to remember are forgotten.
const CHATS_KEPT: usize = 10_000;
/// Under sustained interactive load the outbox still gets every `PERSONAL_EVERY`th slot,
/// broadcasts every `BROADCAST_EVERY`th: no class starves.
const PERSONAL_EVERY: u32 = 4;
const BROADCAST_EVERY: u32 = 8;
/// While people interact (an answer let go within this long), the outbox and broadcasts
/// leave the last slot (and the last token) of the global budget free, so the next answer
/// finds one at once instead of waiting for a broadcast's slot to come back. A broadcast
/// alone still takes everything.
const INTERACTIVE: Duration = Duration::from_secs(3);

pub struct Waiter {
    pub chat: Option<i64>,
    pub done: oneshot::Sender<Slot>,
}

pub struct State {
    rate: f64,
    slots: usize,
    burst: f64,
    tokens: f64,
    at: Instant,
    /// Requests let go whose response has not come back.
    in_flight: usize,
    /// When the responses of the last [`HOLD`] came back, oldest first.
    recent: VecDeque<Instant>,
    queues: [VecDeque<Waiter>; 3],
    /// Grants given to a higher class while this one waited.
    passed: [u32; 3],
    chats: HashMap<i64, ChatClock>,
    paused_all: Option<Instant>,
    /// When the last answer was let go.
    last_answer: Option<Instant>,
    /// The chat Telegram last told to wait, and until when.
    last_pause: Option<(i64, Instant)>,
}

impl State {
    pub fn new(rate: f64, now: Instant) -> State {
        let mut state = State {
            rate: 1.0,
            slots: 1,
            burst: 1.0,
            tokens: 1.0,
            at: now,
            in_flight: 0,
            recent: VecDeque::new(),
            queues: Default::default(),
            passed: [0; 3],
            chats: HashMap::new(),
            paused_all: None,
            last_answer: None,
            last_pause: None,
        };
        state.set_rate(rate, now);
        state.tokens = state.burst;
        state
    }

    /// A new global rate, from now on (requests in flight keep their slots).
    pub fn set_rate(&mut self, rate: f64, now: Instant) {
        self.refill(now);
        let rate = if rate.is_finite() { rate.max(1.0) } else { 1.0 };
        self.rate = rate;
        self.slots = rate.floor() as usize;
        self.burst = (rate / 10.0).floor().clamp(1.0, 5.0);
        self.tokens = self.tokens.min(self.burst);
    }

    pub fn push(&mut self, class: Class, waiter: Waiter) {
        self.queues[class as usize].push_back(waiter);
    }

    /// Telegram said 429 to a request for `chat` (`None`: a request without a chat, or
    /// Telegram meant everyone). A 429 does not say whether it is about one chat or the
    /// whole bot: when a second chat is told to wait while the first one's pause still
    /// runs, it is the bot's global limit, and everything pauses.
    pub fn pause(&mut self, chat: Option<i64>, until: Instant, now: Instant) {
        let global = match chat {
            Some(c) => {
                self.chats
                    .entry(c)
                    .or_insert_with(|| ChatClock::new(now))
                    .pause_until(until);
                let other = self
                    .last_pause
                    .is_some_and(|(other, till)| other != c && till > now);
                self.last_pause = Some((c, until));
                other
            }
            None => true,
        };
        if global {
            self.paused_all = Some(self.paused_all.map_or(until, |p| p.max(until)));
        }
    }

    /// A request let go earlier came back (answered, failed, or given up) at `now`.
    pub fn done(&mut self, chat: Option<i64>, now: Instant) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.recent.push_back(now);
        if let Some(chat) = chat
            && let Some(clock) = self.chats.get_mut(&chat)
        {
            clock.done(now);
        }
    }

    fn refill(&mut self, now: Instant) {
        let gained = now.saturating_duration_since(self.at).as_secs_f64() * self.rate;
        self.tokens = (self.tokens + gained).min(self.burst);
        self.at = now;
    }

    /// When the global budget allows the next request (`None`: when a request in flight
    /// comes back), leaving `reserve` slots and tokens free for answers (as far as the
    /// rate and burst leave room for one).
    fn global_ready_at(&mut self, now: Instant, reserve: usize) -> Option<Instant> {
        self.refill(now);
        while self.recent.front().is_some_and(|t| *t + HOLD <= now) {
            self.recent.pop_front();
        }
        let slot_reserve = reserve.min(self.slots - 1);
        let token_reserve = (reserve as f64).min(self.burst - 1.0);
        let mut at = now;
        if let Some(p) = self.paused_all {
            at = at.max(p);
        }
        let need = 1.0 + token_reserve;
        if self.tokens < need {
            at = at.max(now + Duration::from_secs_f64((need - self.tokens) / self.rate));
        }
        // Held now; to go, at most `slots - 1 - slot_reserve` may be held.
        let held = self.in_flight + self.recent.len();
        let allowed = self.slots - 1 - slot_reserve;
        if held > allowed {
            // The oldest `held - allowed` remembered responses must age out first.
            let first = self.recent.get(held - allowed - 1)?;
            at = at.max(*first + HOLD);
        }
        Some(at)
    }

    /// Whether people interact now: the lower classes leave a slot free for answers.
    fn interactive_until(&self, now: Instant) -> Option<Instant> {
        self.last_answer
            .map(|t| t + INTERACTIVE)
            .filter(|until| *until > now)
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

    /// Lets go everyone who may go now; returns when to look again (`None`: nobody
    /// waits, or everyone who waits waits for a request in flight to come back).
    /// `slot` makes the slot a request holds (it reports back through [`State::done`]).
    pub fn grant(&mut self, now: Instant, slot: impl Fn(Option<i64>) -> Slot) -> Option<Instant> {
        loop {
            for q in &mut self.queues {
                q.retain(|w| !w.done.is_closed());
            }
            if self.queues.iter().all(VecDeque::is_empty) {
                self.forget(now);
                return None;
            }
            let global = self.global_ready_at(now, 0)?;
            if global > now {
                return Some(global);
            }
            let order = self.order();
            // Under a starvation turn the lower class takes the slot regardless.
            let rotated = order[0] != Class::Answer;
            let interactive = if rotated {
                None
            } else {
                self.interactive_until(now)
            };
            let lower_ready = match interactive {
                Some(_) => self.global_ready_at(now, 1),
                None => Some(now),
            };
            let mut earliest: Option<Instant> = None;
            let mut chosen = None;
            'classes: for class in order {
                if class != Class::Answer
                    && let Some(until) = interactive
                    && lower_ready.is_none_or(|at| at > now)
                {
                    // Woken again when the slot comes back, the interaction ends or
                    // the budget has room beyond the reserve.
                    for at in [Some(until), lower_ready].into_iter().flatten() {
                        earliest = Some(earliest.map_or(at, |e| e.min(at)));
                    }
                    continue;
                }
                for (i, w) in self.queues[class as usize].iter().enumerate() {
                    let Some(chat) = w.chat else {
                        chosen = Some((class, i));
                        break 'classes;
                    };
                    let clock = self
                        .chats
                        .entry(chat)
                        .or_insert_with(|| ChatClock::new(now));
                    match clock.ready_at(class, now) {
                        Some(at) if at <= now => {
                            chosen = Some((class, i));
                            break 'classes;
                        }
                        Some(at) => earliest = Some(earliest.map_or(at, |e| e.min(at))),
                        None => {}
                    }
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
            self.in_flight += 1;
            if class == Class::Answer {
                self.last_answer = Some(now);
            }
            for lower in [Class::Answer, Class::Personal, Class::Broadcast] {
                if lower != class && !self.queues[lower as usize].is_empty() {
                    self.passed[lower as usize] += 1;
                }
            }
            self.passed[class as usize] = 0;
            // Whoever gave up waiting just now drops the slot at once, which gives it back.
            let _ = w.done.send(slot(w.chat));
        }
    }

    fn forget(&mut self, now: Instant) {
        if self.chats.len() > CHATS_KEPT {
            self.chats.retain(|_, c| !c.forgettable(now));
        }
    }
}

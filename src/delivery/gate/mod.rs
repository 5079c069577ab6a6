//! The gate: every Bot API request that Telegram rate-limits waits here for its slot —
//! immediate answers (through the [`Gated`] adaptor of the handlers' bot), the outbox's
//! personal rows and broadcast rows (the sender asks before each request).
//!
//! * **Global budget**: `telegram.global_rate` a second, a token bucket with a small burst,
//!   and never more than the rate in any one second at Telegram: a request holds its
//!   [`Slot`] until a second after its response came back (see [`state`] for why that
//!   holds whatever the delays on the way).
//! * **Priorities**: [`Class::Answer`] (what a person just did) before
//!   [`Class::Personal`] (relayed messages, reminders, notices) before
//!   [`Class::Broadcast`] (announcements and their progress edits). A lower class takes
//!   every slot the higher ones leave, so a broadcast alone runs at the full rate. Under
//!   sustained load of the higher classes the outbox still gets every fourth slot and
//!   broadcasts every eighth: nothing starves.
//! * **Per chat**: one clock per chat for all classes (see [`chat`]): about one request
//!   a second, a short burst for answers; the groups' 20-a-minute rule does not apply to
//!   private chats and is not applied. The outbox's spacing, too, counts from the
//!   response to the chat's last request.
//! * **429**: [`Gate::pause`] holds back one chat (or everything) until Telegram's
//!   `retry_after` has passed; what waits is not dropped. A 429 for a second chat while
//!   another chat's pause still runs pauses everything (Telegram's answer does not say
//!   which limit it was). Both the handlers' answers ([`Gated`]) and the sender call it.
//! * **Room for answers**: while people interact (an answer let go in the last 3 s), the
//!   outbox and broadcasts leave the last slot and token of the global budget free, so
//!   an answer during a saturating broadcast goes at once; a broadcast alone still takes
//!   every slot.
//!
//! Real time, not the service's clock: this is about Telegram, not schedules.

pub mod chat;
mod forward;
mod gated;
mod state;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

pub use gated::{Gated, GatedRequest};
use state::{State, Waiter};

/// Who a request is for, in the order they are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// An immediate answer to what a person just did.
    Answer = 0,
    /// A personal outbox row: a relayed message, a reminder, a notice.
    Personal = 1,
    /// A broadcast row or a progress edit.
    Broadcast = 2,
}

impl Class {
    /// The `class` label of `wegweiser_gate_wait_seconds`.
    pub fn label(self) -> &'static str {
        match self {
            Class::Answer => "answer",
            Class::Personal => "personal",
            Class::Broadcast => "broadcast",
        }
    }
}

enum Command {
    Acquire { class: Class, waiter: Waiter },
    Pause { chat: Option<i64>, until: Instant },
    Done { chat: Option<i64> },
    Rate(f64),
}

/// One request's place in the global budget (and its chat's clock), held from the moment
/// it is let go until it is dropped — drop it once the response came back (or the request
/// failed): the gate counts a second from then.
#[must_use = "the slot is given back when dropped: keep it until the response came back"]
#[derive(Debug)]
pub struct Slot {
    tx: Option<mpsc::UnboundedSender<Command>>,
    chat: Option<i64>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Command::Done { chat: self.chat });
        }
    }
}

/// The handle: cheap to clone, shared by the handlers' bot and the sender.
#[derive(Debug, Clone)]
pub struct Gate {
    tx: mpsc::UnboundedSender<Command>,
    /// The global rate now (`f64` bits), for the sender to size its claims.
    rate: Arc<std::sync::atomic::AtomicU64>,
}

impl Gate {
    /// Starts the gate's scheduler for `rate` requests a second overall. Needs a Tokio
    /// runtime; the scheduler ends when the last handle is dropped.
    pub fn new(rate: u32) -> Arc<Gate> {
        let (tx, rx) = mpsc::unbounded_channel();
        let state = State::new(f64::from(rate), Instant::now());
        tokio::spawn(run(state, tx.downgrade(), rx));
        let rate = Arc::new(std::sync::atomic::AtomicU64::new(f64::from(rate).to_bits()));
        Arc::new(Gate { tx, rate })
    }

    /// Waits for a slot for one request to `chat` (`None`: no chat, only the global
    /// budget counts); keep it until the response came back. Returns at once if the gate
    /// is gone (the service is stopping).
    pub async fn acquire(&self, chat: Option<i64>, class: Class) -> Slot {
        let (done, granted) = oneshot::channel();
        let waiter = Waiter { chat, done };
        let asked = Instant::now();
        let slot = match self.tx.send(Command::Acquire { class, waiter }) {
            Ok(()) => granted.await.ok(),
            Err(_) => None,
        };
        crate::ops::metrics::gate_wait(class.label(), asked.elapsed());
        slot.unwrap_or(Slot { tx: None, chat })
    }

    /// From now on `rate` requests a second overall (at least one).
    pub fn set_global_rate(&self, rate: f64) {
        self.rate.store(
            rate.max(1.0).to_bits(),
            std::sync::atomic::Ordering::Relaxed,
        );
        let _ = self.tx.send(Command::Rate(rate));
    }

    /// Requests a second overall, as last set.
    pub fn global_rate(&self) -> f64 {
        f64::from_bits(self.rate.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Telegram said 429: nothing more to `chat` (or to anyone, `None`) for `after`; a
    /// second chat told to wait while the first still waits pauses everyone.
    pub fn pause(&self, chat: Option<i64>, after: Duration) {
        let until = Instant::now() + after;
        let _ = self.tx.send(Command::Pause { chat, until });
    }
}

async fn run(
    mut state: State,
    tx: mpsc::WeakUnboundedSender<Command>,
    mut rx: mpsc::UnboundedReceiver<Command>,
) {
    let slot = |chat| Slot {
        tx: tx.upgrade(),
        chat,
    };
    loop {
        let next = state.grant(Instant::now(), slot);
        let command = tokio::select! {
            c = rx.recv() => c,
            _ = async {
                match next {
                    Some(at) => tokio::time::sleep_until(at).await,
                    None => std::future::pending().await,
                }
            } => continue,
        };
        let Some(command) = command else {
            return;
        };
        let mut apply = |c: Command| match c {
            Command::Acquire { class, waiter } => state.push(class, waiter),
            Command::Pause { chat, until } => state.pause(chat, until, Instant::now()),
            Command::Done { chat } => state.done(chat, Instant::now()),
            Command::Rate(rate) => state.set_rate(rate, Instant::now()),
        };
        apply(command);
        // Take in everything that arrived meanwhile before granting again.
        while let Ok(c) = rx.try_recv() {
            apply(c);
        }
    }
}

#[cfg(test)]
mod tests;

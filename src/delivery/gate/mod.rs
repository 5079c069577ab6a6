//! The gate: every Bot API request that Telegram rate-limits waits here for its slot —
//! immediate answers (through the [`Gated`] adaptor of the handlers' bot), the outbox's
//! personal rows and broadcast rows (the sender asks before each request).
//!
//! * **Global budget**: `telegram.global_rate` a second, a token bucket with a small burst,
//!   and never more than the rate in any sliding window of a little over a second.
//! * **Priorities**: [`Class::Answer`] (what a person just did) before
//!   [`Class::Personal`] (relayed messages, reminders, notices) before
//!   [`Class::Broadcast`] (announcements and their progress edits). A lower class takes
//!   every slot the higher ones leave, so a broadcast alone runs at the full rate. Under
//!   sustained load of the higher classes the outbox still gets every fourth slot and
//!   broadcasts every eighth: nothing starves.
//! * **Per chat**: one clock per chat for all classes (see [`chat`]): about one request
//!   a second, a short burst for answers; the groups' 20-a-minute rule does not apply to
//!   private chats and is not applied.
//! * **429**: [`Gate::pause`] holds back one chat (or everything) until Telegram's
//!   `retry_after` has passed; what waits is not dropped.
//!
//! Real time, not the service's clock: this is about Telegram, not schedules.

mod chat;
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
    Rate(f64),
}

/// The handle: cheap to clone, shared by the handlers' bot and the sender.
#[derive(Debug, Clone)]
pub struct Gate {
    tx: mpsc::UnboundedSender<Command>,
}

impl Gate {
    /// Starts the gate's scheduler for `rate` requests a second overall. Needs a Tokio
    /// runtime; the scheduler ends when the last handle is dropped.
    pub fn new(rate: u32) -> Arc<Gate> {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run(State::new(rate, Instant::now()), rx));
        Arc::new(Gate { tx })
    }

    /// Waits for a slot for one request to `chat` (`None`: no chat, only the global
    /// budget counts). Returns at once if the gate is gone (the service is stopping).
    pub async fn acquire(&self, chat: Option<i64>, class: Class) {
        let (done, granted) = oneshot::channel();
        let waiter = Waiter { chat, done };
        let asked = Instant::now();
        if self.tx.send(Command::Acquire { class, waiter }).is_ok() {
            let _ = granted.await;
        }
        crate::ops::metrics::gate_wait(class.label(), asked.elapsed());
    }

    /// From now on `rate` requests a second overall (at least one).
    pub fn set_global_rate(&self, rate: f64) {
        let _ = self.tx.send(Command::Rate(rate));
    }

    /// Telegram said 429: nothing more to `chat` (or to anyone, `None`) for `after`.
    pub fn pause(&self, chat: Option<i64>, after: Duration) {
        let until = Instant::now() + after;
        let _ = self.tx.send(Command::Pause { chat, until });
    }
}

async fn run(mut state: State, mut rx: mpsc::UnboundedReceiver<Command>) {
    loop {
        let next = state.grant(Instant::now());
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

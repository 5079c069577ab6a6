//! Inbound without head-of-line blocking, for both sources of updates: Wegweiser's own
//! long polling ([`poll`](super::poll)) and the webhook route ([`webhook`](super::webhook)).
//! Each update is handed to its person's queue: one person's updates are handled in
//! order, people independently, and handing over never waits — a full queue of one
//! person cannot hold up anyone else.
//!
//! **Flood limit**: more than [`LIMIT`] updates from one person within [`PER`] and the rest
//! of that window is not handled; the person is told once (`inbound-too-fast`), in their
//! language, that what they sent too fast was not passed on and that they should send it
//! again in a moment. A client's relayed message is therefore never lost unnoticed: it is
//! either relayed or the client is told it was not.
//!
//! A webhook update arrives **recorded** (see `store::operations`): its worker checks it
//! is still this instance's before handling it and marks it handled afterwards, so an
//! update whose instance died is handled by another one, and one handled is never
//! handled again.

use std::collections::{HashMap, VecDeque};
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{Me, Update};
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::Instant;

use super::{Ctx, HandlerError, WBot};

/// Updates one person may send within [`PER`] before the rest is dropped.
pub const LIMIT: usize = 30;
pub const PER: Duration = Duration::from_secs(10);
/// Updates waiting for one person (more than [`LIMIT`], so the limit is what trips).
const QUEUE: usize = 64;
/// A person's worker ends after this long without an update.
const IDLE: Duration = Duration::from_secs(30);

/// What handling needs.
pub struct Inbound {
    pub bot: WBot,
    pub ctx: Arc<Ctx>,
    pub handler: Arc<UpdateHandler<HandlerError>>,
    pub poll_timeout: Duration,
    /// This process, as named in the database (`instances`, `inbound_updates`).
    pub instance: Arc<str>,
}

/// One update in a person's queue; `recorded`: it came by webhook and has a row.
struct Item {
    update: Update,
    recorded: bool,
}

/// One person's recent updates, for the flood limit.
#[derive(Default)]
struct Recent {
    times: VecDeque<Instant>,
    told: bool,
}

impl Recent {
    /// Whether this update is within the limit (and whether to tell the person now).
    fn admit(&mut self, now: Instant) -> (bool, bool) {
        while self.times.front().is_some_and(|t| *t + PER <= now) {
            self.times.pop_front();
        }
        if self.times.is_empty() {
            self.told = false;
        }
        if self.times.len() < LIMIT {
            self.times.push_back(now);
            return (true, false);
        }
        let tell = !self.told;
        self.told = true;
        (false, tell)
    }
}

#[derive(Default)]
struct Queues {
    senders: HashMap<i64, mpsc::Sender<Item>>,
    recent: HashMap<i64, Recent>,
    workers: JoinSet<()>,
    closed: bool,
}

/// The per-person dispatch both sources hand their updates to.
pub struct Dispatch {
    inbound: Arc<Inbound>,
    me: Me,
    queues: Mutex<Queues>,
}

/// What became of an update handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handed {
    /// In its person's queue.
    Queued,
    /// Over the flood limit: not handled (the person is told once).
    OverLimit,
    /// Its person's queue is full, or the service is stopping: not taken.
    NotTaken,
}

impl Dispatch {
    pub fn new(inbound: Inbound, me: Me) -> Arc<Dispatch> {
        Arc::new(Dispatch {
            inbound: Arc::new(inbound),
            me,
            queues: Mutex::default(),
        })
    }

    pub fn inbound(&self) -> &Arc<Inbound> {
        &self.inbound
    }

    /// Hands `update` to its person's queue; never waits.
    pub fn hand_over(self: &Arc<Self>, update: Update, recorded: bool) -> Handed {
        let person = person_of(&update);
        let now = Instant::now();
        let mut q = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        if q.closed {
            return Handed::NotTaken;
        }
        while q.workers.try_join_next().is_some() {}
        if q.recent.len() > 10_000 {
            q.recent
                .retain(|_, r| r.times.back().is_some_and(|t| *t + PER > now));
        }
        let (admit, tell) = q.recent.entry(person).or_default().admit(now);
        if tell {
            tokio::spawn(self.inbound.clone().tell_too_fast(update.clone()));
        }
        if !admit {
            crate::ops::metrics::update("over_limit");
            tracing::info!("update over the flood limit; not handled");
            return Handed::OverLimit;
        }
        let item = Item { update, recorded };
        let item = match q.senders.get(&person) {
            Some(queue) => match queue.try_send(item) {
                Ok(()) => return Handed::Queued,
                // The worker ended (idle): a new one takes over.
                Err(mpsc::error::TrySendError::Closed(i)) => i,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    tracing::warn!("a person's queue is full; update not handled");
                    return Handed::NotTaken;
                }
            },
            None => item,
        };
        let (tx, rx) = mpsc::channel(QUEUE);
        let _ = tx.try_send(item);
        q.senders.insert(person, tx);
        let this = self.clone();
        q.workers.spawn(async move { this.work(rx).await });
        Handed::Queued
    }

    /// Takes nothing more and lets the handed-over updates finish.
    pub async fn finish(&self) {
        let mut workers = {
            let mut q = self.queues.lock().unwrap_or_else(|e| e.into_inner());
            q.closed = true;
            q.senders.clear();
            std::mem::take(&mut q.workers)
        };
        while workers.join_next().await.is_some() {}
    }

    /// Drops everything at once (for [`crate::app::Running::kill`]).
    pub fn abort(&self) {
        let mut q = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        q.closed = true;
        q.senders.clear();
        q.workers.abort_all();
    }

    /// Handles one person's updates in order; ends when idle (and nothing is left).
    async fn work(self: Arc<Self>, mut rx: mpsc::Receiver<Item>) {
        loop {
            let item = match tokio::time::timeout(IDLE, rx.recv()).await {
                Ok(Some(i)) => i,
                Ok(None) => return,
                Err(_) => {
                    rx.close();
                    while let Ok(i) = rx.try_recv() {
                        self.handle(i).await;
                    }
                    return;
                }
            };
            self.handle(item).await;
        }
    }

    async fn handle(&self, item: Item) {
        let id = i64::from(item.update.id.0);
        let store = &self.inbound.ctx.store;
        if item.recorded {
            // Still ours? (If this instance was too slow, another may have taken it.)
            let until = chrono::Utc::now() + super::webhook::CLAIM;
            match store.start_update(id, &self.inbound.instance, until).await {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => {
                    // Left recorded: handled here or elsewhere once the claim runs out.
                    tracing::warn!(error = %e, "cannot claim a recorded update; later");
                    return;
                }
            }
        }
        self.inbound.handle(&self.me, item.update).await;
        if item.recorded
            && let Err(e) = store.finish_update(id).await
        {
            tracing::warn!(error = %e, "cannot mark a webhook update handled");
        }
    }
}

impl Inbound {
    async fn handle(&self, me: &Me, update: Update) {
        let kind = kind_of(&update);
        let started = Instant::now();
        let deps = dptree::deps![self.bot.clone(), self.ctx.clone(), me.clone(), update];
        match self.handler.dispatch(deps).await {
            ControlFlow::Break(Ok(())) => {}
            ControlFlow::Break(Err(e)) => tracing::error!(error = %e, "handler failed"),
            ControlFlow::Continue(_) => tracing::debug!("update not handled"),
        }
        crate::ops::metrics::handled(kind, started.elapsed());
    }

    async fn tell_too_fast(self: Arc<Self>, update: Update) {
        let Some(user) = update.from() else { return };
        let chat = update.chat().map_or(user.id.0 as i64, |c| c.id.0);
        let lang = self
            .ctx
            .language_of(user.id.0 as i64, user.language_code.as_deref())
            .await
            .unwrap_or_else(|_| self.ctx.config.locales.default.clone());
        let text = self.ctx.texts.t(&lang, "inbound-too-fast");
        if let Err(e) = self.bot.send_message(ChatId(chat), text).await {
            tracing::warn!(error = %crate::delivery::describe(&e), "cannot send the slow-down notice");
        }
    }
}

/// The update kinds Wegweiser asks Telegram for, in both modes.
pub const ALLOWED_UPDATES: [teloxide::types::AllowedUpdate; 4] = [
    teloxide::types::AllowedUpdate::Message,
    teloxide::types::AllowedUpdate::EditedMessage,
    teloxide::types::AllowedUpdate::CallbackQuery,
    teloxide::types::AllowedUpdate::MyChatMember,
];

/// The `kind` label of `wegweiser_updates_total`: never anything a person wrote.
fn kind_of(update: &Update) -> &'static str {
    use teloxide::types::UpdateKind;
    match &update.kind {
        UpdateKind::Message(m) if m.text().is_some_and(|t| t.starts_with('/')) => "command",
        UpdateKind::Message(m) if m.text().is_some() => "text",
        UpdateKind::Message(_) => "other_message",
        UpdateKind::EditedMessage(_) => "edited_message",
        UpdateKind::CallbackQuery(_) => "button",
        _ => "other",
    }
}

/// Whose update this is: the person (private chats only), else the chat.
fn person_of(update: &Update) -> i64 {
    match (update.from(), update.chat()) {
        (Some(u), _) => u.id.0 as i64,
        (None, Some(c)) => c.id.0,
        (None, None) => 0,
    }
}

//! Inbound without head-of-line blocking: Wegweiser's own long-polling loop.
//!
//! `getUpdates` in a loop (cancelled at once on shutdown, so an idle stop takes
//! milliseconds), each update handed to its person's queue: one person's updates are
//! handled in order, people independently, and handing over never waits — a full queue
//! of one person cannot hold up anyone else.
//!
//! **Flood limit**: more than [`LIMIT`] updates from one person within [`PER`] and the rest
//! of that window is not handled; the person is told once (`inbound-too-fast`), in their
//! language, that what they sent too fast was not passed on and that they should send it
//! again in a moment. A client's relayed message is therefore never lost unnoticed: it is
//! either relayed or the client is told it was not.

use std::collections::{HashMap, VecDeque};
use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{Me, Update};
use tokio::sync::{mpsc, watch};
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

/// What the loop needs.
pub struct Inbound {
    pub bot: WBot,
    pub ctx: Arc<Ctx>,
    pub handler: Arc<UpdateHandler<HandlerError>>,
    pub poll_timeout: Duration,
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

impl Inbound {
    /// Polls until `stop` turns true, then lets the handed-over updates finish.
    pub async fn run(self, me: Me, mut stop: watch::Receiver<bool>) {
        let this = Arc::new(self);
        let mut queues: HashMap<i64, mpsc::Sender<Update>> = HashMap::new();
        let mut recent: HashMap<i64, Recent> = HashMap::new();
        let mut workers = JoinSet::new();
        let mut offset: i32 = 0;
        let mut delay = Duration::from_millis(500);
        loop {
            let poll = this
                .bot
                .get_updates()
                .offset(offset)
                .timeout(this.poll_timeout.as_secs() as u32);
            let updates = tokio::select! {
                r = poll => r,
                _ = stop.wait_for(|s| *s) => break,
            };
            let updates = match updates {
                Ok(u) => {
                    delay = Duration::from_millis(500);
                    u
                }
                Err(e) => {
                    tracing::warn!(error = %crate::delivery::describe(&e), "getUpdates failed");
                    tokio::select! {
                        _ = tokio::time::sleep(delay) => {}
                        _ = stop.wait_for(|s| *s) => break,
                    }
                    delay = (delay * 2).min(Duration::from_secs(30));
                    continue;
                }
            };
            let now = Instant::now();
            for update in updates {
                offset = offset.max(update.id.0 as i32 + 1);
                let person = person_of(&update);
                let (admit, tell) = recent.entry(person).or_default().admit(now);
                if tell {
                    tokio::spawn(this.clone().tell_too_fast(update.clone()));
                }
                if !admit {
                    tracing::info!("update over the flood limit; not handled");
                    continue;
                }
                this.hand_over(&mut queues, &mut workers, &me, person, update);
            }
            while workers.try_join_next().is_some() {}
            if recent.len() > 10_000 {
                recent.retain(|_, r| r.times.back().is_some_and(|t| *t + PER > now));
            }
        }
        // Confirm what was taken, so the next start does not see it again.
        let _ = this
            .bot
            .get_updates()
            .offset(offset)
            .timeout(0)
            .limit(1)
            .await;
        drop(queues);
        while workers.join_next().await.is_some() {}
    }

    fn hand_over(
        self: &Arc<Self>,
        queues: &mut HashMap<i64, mpsc::Sender<Update>>,
        workers: &mut JoinSet<()>,
        me: &Me,
        person: i64,
        update: Update,
    ) {
        let update = match queues.get(&person) {
            Some(queue) => match queue.try_send(update) {
                Ok(()) => return,
                // The worker ended (idle): a new one takes over.
                Err(mpsc::error::TrySendError::Closed(u)) => u,
                Err(mpsc::error::TrySendError::Full(_)) => {
                    tracing::warn!("a person's queue is full; update not handled");
                    return;
                }
            },
            None => update,
        };
        let (tx, rx) = mpsc::channel(QUEUE);
        let _ = tx.try_send(update);
        queues.insert(person, tx);
        workers.spawn(self.clone().work(me.clone(), rx));
    }

    /// Handles one person's updates in order; ends when idle (and nothing is left).
    async fn work(self: Arc<Self>, me: Me, mut rx: mpsc::Receiver<Update>) {
        loop {
            let update = match tokio::time::timeout(IDLE, rx.recv()).await {
                Ok(Some(u)) => u,
                Ok(None) => return,
                Err(_) => {
                    rx.close();
                    while let Ok(u) = rx.try_recv() {
                        self.handle(&me, u).await;
                    }
                    return;
                }
            };
            self.handle(&me, update).await;
        }
    }

    async fn handle(&self, me: &Me, update: Update) {
        let deps = dptree::deps![self.bot.clone(), self.ctx.clone(), me.clone(), update];
        match self.handler.dispatch(deps).await {
            ControlFlow::Break(Ok(())) => {}
            ControlFlow::Break(Err(e)) => tracing::error!(error = %e, "handler failed"),
            ControlFlow::Continue(_) => tracing::debug!("update not handled"),
        }
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

/// Whose update this is: the person (private chats only), else the chat.
fn person_of(update: &Update) -> i64 {
    match (update.from(), update.chat()) {
        (Some(u), _) => u.id.0 as i64,
        (None, Some(c)) => c.id.0,
        (None, None) => 0,
    }
}

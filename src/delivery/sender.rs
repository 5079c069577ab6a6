//! The send loop (see the module docs for the failure policy).

use std::collections::HashMap;
use std::sync::Arc;

use futures_util::StreamExt;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};
use teloxide::{ApiError, RequestError};
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use super::gate::{Class, Gate};
use super::render;
use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::{Texts, markup};
use crate::store::Store;
use crate::store::outbox::OutboxRow;

/// How long a request to Telegram can take at most: the client gives up after 17 s
/// (teloxide's default). A row is not sent in the last this-much of its claim, so a
/// request that was started ends (answered, or timed out) before another sender can
/// claim the row: the claim (`delivery.lease_secs`) never runs out under a request.
const REQUEST_LIMIT: i64 = 20;

/// How many rows to claim at once: no more than half the usable part of the claim can
/// send at `rate` (the rest stays in the outbox for other instances, and a loaded
/// machine has room), and no more than keeps `parallel` lanes busy.
fn batch_size(parallel: usize, rate: f64, lease_secs: u32) -> i64 {
    let usable = (i64::from(lease_secs) - REQUEST_LIMIT).max(1) as f64;
    let sendable = (rate * usable / 2.0).floor() as i64;
    (parallel as i64 * 2).max(500).min(sendable.max(1))
}
/// How many recipients are served at once, for `rate` messages per second: enough lanes
/// that half a second's worth of requests can be on the way at once.
fn concurrency(rate: u32) -> usize {
    (rate as usize / 2).clamp(32, 1_000)
}

/// The sender's bot: HTML by default; each request takes its slot at the [`Gate`] first.
pub type SBot = teloxide::adaptors::DefaultParseMode<Bot>;

pub struct Sender {
    pub store: Arc<dyn Store>,
    pub bot: SBot,
    pub gate: Arc<Gate>,
    pub texts: Arc<Texts>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    pub wake: Arc<Notify>,
}

/// The running sender: wake it after writing rows, stop it on shutdown.
pub struct SenderHandle {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
    claims: Arc<Claims>,
}

/// The rows this sender has claimed and not started to send, each with the lease it was
/// claimed with. A lane takes a row out before sending it; a graceful stop gives back
/// what is left ([`Claims::release`]). Taking and giving back exclude each other, so a
/// row is either sent by this sender or given back, never both.
#[derive(Default)]
pub struct Claims {
    rows: std::sync::Mutex<HashMap<i64, DateTime<Utc>>>,
}

impl Claims {
    fn hold(&self, rows: &[OutboxRow], lease_until: DateTime<Utc>) {
        let mut held = self.rows.lock().expect("claims lock");
        held.extend(rows.iter().map(|r| (r.id, lease_until)));
    }

    /// The row's lease, if it is still this sender's to send (not given back).
    fn take(&self, id: i64) -> Option<DateTime<Utc>> {
        self.rows.lock().expect("claims lock").remove(&id)
    }

    /// Gives every claimed row not started back to the outbox (pending, due as before,
    /// the claim not counted as an attempt): another instance sends it at once instead of
    /// after the lease. A row whose request was started is not among them: it finishes
    /// with its outcome, or — if the stop cut it off — comes back after its lease under
    /// the unknown-outcome policy.
    pub async fn release(&self, store: &dyn Store) {
        let rows: Vec<(i64, DateTime<Utc>)> =
            self.rows.lock().expect("claims lock").drain().collect();
        if rows.is_empty() {
            return;
        }
        match store.release_claims(&rows).await {
            Ok(n) => tracing::info!(rows = n, "claimed rows given back to the outbox"),
            Err(e) => tracing::warn!(
                error = %e,
                rows = rows.len(),
                "cannot give back claimed rows; they come back when their lease runs out"
            ),
        }
    }
}

impl SenderHandle {
    /// Stops at once, dropping whatever is in flight, as a crash would (for tests that
    /// check what a crash leaves behind).
    pub fn abort(self) {
        self.task.abort();
    }

    /// The rows claimed and not started, to give back once the sender has stopped.
    pub fn claims(&self) -> Arc<Claims> {
        self.claims.clone()
    }

    /// Lets the rows in flight finish, then stops (without giving back the claimed rows
    /// it did not start: see [`SenderHandle::claims`]).
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// What happened to one send.
enum Outcome {
    Sent,
    Retry(DateTime<Utc>, String),
    Unreachable(String),
    /// Timed out after it was sent, twice: maybe delivered, not tried again.
    Unknown(String),
    Failed(String),
}

impl Sender {
    pub fn spawn(self) -> SenderHandle {
        let (stop, stopped) = watch::channel(false);
        let claims = Arc::new(Claims::default());
        let task = tokio::spawn(self.run(stopped, claims.clone()));
        SenderHandle { stop, task, claims }
    }

    async fn run(self, mut stopped: watch::Receiver<bool>, claims: Arc<Claims>) {
        let parallel = concurrency(self.config.telegram.global_rate);
        let lease_secs = self.config.delivery_lease_secs;
        loop {
            if *stopped.borrow() {
                return;
            }
            // The share of the rate may change (instances come and go): sized anew.
            let batch = batch_size(parallel, self.gate.global_rate(), lease_secs);
            let now = self.clock.now();
            let lease_until = now + Duration::seconds(i64::from(lease_secs));
            let rows = match self.store.claim_due(now, lease_until, batch).await {
                Ok(rows) => {
                    claims.hold(&rows, lease_until);
                    rows
                }
                Err(e) => {
                    tracing::error!(error = %e, "cannot read the outbox");
                    Vec::new()
                }
            };
            let busy = !rows.is_empty();
            // One recipient's rows in order (the parts of a long message), recipients side
            // by side; the gate keeps Telegram's per-chat and global limits.
            let mut groups: Vec<Vec<OutboxRow>> = Vec::new();
            let mut index: HashMap<i64, usize> = HashMap::new();
            for row in rows {
                match index.get(&row.recipient_id) {
                    Some(&i) => groups[i].push(row),
                    None => {
                        index.insert(row.recipient_id, groups.len());
                        groups.push(vec![row]);
                    }
                }
            }
            futures_util::stream::iter(groups)
                .for_each_concurrent(parallel, |group| {
                    let (this, stopped, claims) = (&self, &stopped, &claims);
                    async move {
                        for row in group {
                            if *stopped.borrow() {
                                // A graceful stop gives the rest back (`Claims::release`).
                                return;
                            }
                            let Some(lease_until) = claims.take(row.id) else {
                                // Given back already.
                                return;
                            };
                            if !this.may_send(lease_until) {
                                this.give_back(row.id, lease_until).await;
                                continue;
                            }
                            this.deliver(row, lease_until).await;
                        }
                    }
                })
                .await;
            if *stopped.borrow() {
                return;
            }
            if busy {
                continue;
            }
            let next = self.store.next_due().await.ok().flatten();
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = stopped.changed() => {}
                _ = async {
                    match next {
                        Some(at) => self.clock.sleep_until(at).await,
                        None => std::future::pending().await,
                    }
                } => {}
                // Other instances may add rows; look again now and then.
                _ = tokio::time::sleep(StdDuration::from_secs(5)) => {}
            }
        }
    }

    /// Whether a request started now ends before the claim runs out.
    fn may_send(&self, lease_until: DateTime<Utc>) -> bool {
        self.clock.now() + Duration::seconds(REQUEST_LIMIT) < lease_until
    }

    /// The row's turn came too late in its claim: back to the outbox, not sent from here
    /// (if another sender claimed it meanwhile, it stays theirs).
    async fn give_back(&self, id: i64, lease_until: DateTime<Utc>) {
        tracing::warn!(id, "the claim ran short before the row's turn; given back");
        if let Err(e) = self.store.release_claims(&[(id, lease_until)]).await {
            tracing::error!(id, error = %e, "cannot give the row back; it comes back after its claim");
        }
    }

    async fn deliver(&self, row: OutboxRow, lease_until: DateTime<Utc>) {
        let now = self.clock.now();
        let (id, kind) = (row.id, row.kind.clone());
        if row.expires_at.is_some_and(|e| e <= now) {
            // Counted as `dropped` in the outbox (see `outbox_counts`), never sent late.
            tracing::warn!(id, kind, "outbox row went stale while it waited; dropped");
            let _ = self.store.finish_unsent(id, "dropped", "stale").await;
            return;
        }
        // A message between a client and their manager goes only while the client
        // consents to the contact (checked again here: the consent may have ended since
        // the row was written).
        if let Some(client_id) = super::relay::relayed_client(&row.template, &row.args) {
            let consent = self
                .store
                .has_consent(client_id, crate::domain::consent::Purpose::Contact)
                .await;
            if matches!(consent, Ok(false)) {
                tracing::warn!(id, kind, "relayed message without contact consent; dropped");
                let _ = self
                    .store
                    .finish_unsent(id, "dropped", "no contact consent")
                    .await;
                return;
            }
        }
        let mut message = None;
        let outcome = match self.send(&row, lease_until).await {
            Err(RequestError::Api(ApiError::Unknown(why))) if why == CLAIM_RAN_SHORT => {
                // Waited at the gate until too late in its claim; nothing was sent.
                self.give_back(id, lease_until).await;
                return;
            }
            Ok(Some(m)) => {
                message = Some(i64::from(m.0));
                Outcome::Sent
            }
            Ok(None) => Outcome::Sent,
            // An update of a message not sent yet (a progress message still waiting).
            Err(RequestError::Api(ApiError::Unknown(why))) if why == WAITS_FOR_MESSAGE => {
                Outcome::Retry(now + Duration::seconds(2), why)
            }
            Err(e) => {
                // Telegram asked to wait: that chat (or, told for a second chat at once,
                // everything) waits at the gate; the row itself is tried again then.
                if let RequestError::RetryAfter(secs) = &e {
                    self.gate.pause(Some(row.recipient_id), secs.duration());
                }
                classify(e, now, row.attempts)
            }
        };
        crate::ops::metrics::send(outcome.label());
        if !matches!(outcome, Outcome::Retry(..)) {
            crate::ops::metrics::telegram_seen(now);
        }
        let result = match outcome {
            Outcome::Sent => {
                tracing::info!(id, kind, "delivered");
                // The author of a relayed reply learns that it arrived.
                if let Some(reaction) = super::relay::reaction_row(&row.args, self.clock.now()) {
                    if let Err(e) = self.store.enqueue(reaction, self.clock.now()).await {
                        tracing::error!(id, error = %e, "cannot queue the delivery confirmation");
                    }
                    self.wake.notify_one();
                }
                self.store.mark_sent(id, self.clock.now(), message).await
            }
            Outcome::Retry(at, why) => {
                tracing::warn!(id, kind, reason = %why, retry_at = %at, "delivery postponed");
                self.store.retry_at(id, at, &why).await
            }
            Outcome::Unreachable(why) => {
                tracing::warn!(id, kind, reason = %why, "recipient unreachable");
                let r = self.store.finish_unsent(id, "failed", &why).await;
                let tell = kind != "announcement";
                if let Err(e) = self
                    .store
                    .mark_unreachable(row.recipient_id, now, tell)
                    .await
                {
                    tracing::error!(error = %e, "cannot mark the recipient unreachable");
                }
                self.wake.notify_one();
                r
            }
            Outcome::Unknown(why) => {
                tracing::warn!(id, kind, reason = %why, "delivery outcome unknown");
                self.store.finish_unsent(id, "unknown", &why).await
            }
            Outcome::Failed(why) => {
                tracing::error!(id, kind, reason = %why, "delivery failed");
                self.store.finish_unsent(id, "failed", &why).await
            }
        };
        if let Err(e) = result {
            tracing::error!(id, error = %e, "cannot record the delivery outcome");
        }
    }

    async fn language_of(&self, recipient: i64) -> String {
        match self.store.user(recipient).await {
            Ok(Some(u)) => u.language,
            _ => None,
        }
        .filter(|l| self.texts.has(l))
        .unwrap_or_else(|| self.config.locales.default.clone())
    }

    /// Sends a row; the (first) message it became, if any.
    async fn send(
        &self,
        row: &OutboxRow,
        lease_until: DateTime<Utc>,
    ) -> Result<Option<MessageId>, RequestError> {
        let lang = self.language_of(row.recipient_id).await;
        // The message an `edit` row edits, looked up before the slot is taken.
        let edit_target = if row.kind == "edit" {
            let key = row.args.get("_edit").and_then(|v| v.as_str()).unwrap_or("");
            let Some(target) = self.store.sent_message_id(key).await.ok().flatten() else {
                return Err(RequestError::Api(ApiError::Unknown(
                    WAITS_FOR_MESSAGE.into(),
                )));
            };
            Some(target)
        } else {
            None
        };
        // The slot is taken last, right before the request, and given back as soon as
        // the response is in: a slow database read while holding it would cost rate.
        let slot = self
            .gate
            .acquire(Some(row.recipient_id), class_of(&row.kind))
            .await;
        if !self.may_send(lease_until) {
            return Err(RequestError::Api(ApiError::Unknown(CLAIM_RAN_SHORT.into())));
        }
        let chat = ChatId(row.recipient_id);
        if row.kind == "reaction" {
            let message = row.args.get("_message_id").and_then(|v| v.as_i64());
            let Some(message) = message else {
                return Err(RequestError::Api(ApiError::Unknown(
                    "reaction row without its message".into(),
                )));
            };
            self.bot
                .set_message_reaction(chat, MessageId(message as i32))
                .reaction(vec![teloxide::types::ReactionType::Emoji {
                    emoji: super::relay::DELIVERED.to_owned(),
                }])
                .await?;
            return Ok(None);
        }
        let header = render::message(&self.texts, &lang, &row.template, &row.args);
        let client_id = row.args.get("_client_id").and_then(|v| v.as_i64());
        let map_replies = row.args.get("_map").and_then(|v| v.as_bool()) == Some(true);
        let mut sent: Vec<MessageId> = vec![];
        match row.kind.as_str() {
            "relay_text" => {
                let text = row.args.get("_text").and_then(|v| v.as_str()).unwrap_or("");
                let continued = row.args.get("_continued").and_then(|v| v.as_bool()) == Some(true);
                let body = if continued {
                    markup::escape(text)
                } else {
                    format!("{header}\n{}", markup::escape(text))
                };
                sent.push(self.bot.send_message(chat, body).await?.id);
            }
            "relay_copy" => {
                let from = row.args.get("_from_chat").and_then(|v| v.as_i64());
                let message = row.args.get("_message_id").and_then(|v| v.as_i64());
                let (Some(from), Some(message)) = (from, message) else {
                    return Err(RequestError::Api(ApiError::Unknown(
                        "relay_copy row without its source".into(),
                    )));
                };
                let copied = self
                    .bot
                    .copy_message(chat, ChatId(from), MessageId(message as i32))
                    .await?;
                sent.push(copied);
            }
            "edit" => {
                let target = edit_target.unwrap_or_default();
                let mut request =
                    self.bot
                        .edit_message_text(chat, MessageId(target as i32), header);
                if let Some(keyboard) = self.buttons(&lang, &row.args) {
                    request = request.reply_markup(keyboard);
                }
                match request.await {
                    // Showing this already (nothing changed since the last update).
                    Err(RequestError::Api(ApiError::MessageNotModified)) => {}
                    other => {
                        other?;
                    }
                }
                return Ok(None);
            }
            _ => {
                let mut request = self.bot.send_message(chat, header);
                if let Some(keyboard) = self.buttons(&lang, &row.args) {
                    request = request.reply_markup(keyboard);
                }
                sent.push(request.await?.id);
            }
        }
        drop(slot);
        let first = sent.first().copied();
        if let (Some(client_id), true) = (client_id, map_replies) {
            for m in sent {
                if let Err(e) = self
                    .store
                    .record_relay(row.recipient_id, m.0 as i64, client_id, self.clock.now())
                    .await
                {
                    tracing::error!(error = %e, "cannot record the relay map");
                }
            }
        }
        Ok(first)
    }
}

/// Announcements and their progress edits go after every personal row.
fn class_of(kind: &str) -> Class {
    match kind {
        "announcement" | "edit" => Class::Broadcast,
        _ => Class::Personal,
    }
}

/// Why an `edit` row cannot go yet: the message it edits has not been sent.
const WAITS_FOR_MESSAGE: &str = "the message to edit is not sent yet";
/// Why a row was not sent: its turn at the gate came too late in its claim.
const CLAIM_RAN_SHORT: &str = "the claim ran short before the request";

impl Sender {
    /// Buttons a notice carries: `_buttons` is rows of `[message id, callback data]`,
    /// the labels rendered in the recipient's language like the text.
    fn buttons(&self, lang: &str, args: &serde_json::Value) -> Option<InlineKeyboardMarkup> {
        let rows = args.get("_buttons")?.as_array()?;
        let rows: Vec<Vec<InlineKeyboardButton>> = rows
            .iter()
            .filter_map(|row| {
                row.as_array()?
                    .iter()
                    .map(|b| {
                        let (id, data) = (b.get(0)?.as_str()?, b.get(1)?.as_str()?);
                        Some(InlineKeyboardButton::callback(self.texts.t(lang, id), data))
                    })
                    .collect()
            })
            .collect();
        Some(InlineKeyboardMarkup::new(rows))
    }
}

impl Outcome {
    /// The `result` label of `wegweiser_sends_total`.
    fn label(&self) -> &'static str {
        match self {
            Outcome::Sent => "ok",
            Outcome::Retry(_, why) if why.starts_with("429") => "429",
            Outcome::Retry(..) => "retry",
            Outcome::Unreachable(_) => "unreachable",
            Outcome::Unknown(_) => "unknown",
            Outcome::Failed(_) => "failed",
        }
    }
}

/// Sorts a failed send into what to do next (see the module docs).
fn classify(e: RequestError, now: DateTime<Utc>, attempts: i64) -> Outcome {
    match e {
        RequestError::RetryAfter(secs) => Outcome::Retry(
            now + Duration::seconds(i64::from(secs.seconds()).max(1)),
            "429 too many requests".into(),
        ),
        RequestError::Api(
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::UserNotFound
            | ApiError::CantInitiateConversation,
        ) => Outcome::Unreachable(describe(&e)),
        // The request may have reached Telegram: the outcome is unknown. Sent once more
        // (a second copy of a reminder or a message is better than none), then given up
        // as `unknown` — never a third time.
        RequestError::Network(ref n) if n.is_timeout() && !n.is_connect() => {
            if attempts < 2 {
                Outcome::Retry(now + backoff(attempts), "outcome unknown (timeout)".into())
            } else {
                Outcome::Unknown("outcome unknown (timeout), not sent again".into())
            }
        }
        RequestError::Network(_) | RequestError::Io(_) => {
            Outcome::Retry(now + backoff(attempts), describe(&e))
        }
        RequestError::Api(ApiError::Unknown(ref text)) if text.contains("Bad Gateway") => {
            Outcome::Retry(now + backoff(attempts), describe(&e))
        }
        other => Outcome::Failed(describe(&other)),
    }
}

/// A request error fit for a log line or the database: never Telegram's raw answer,
/// which may echo what was sent.
pub fn describe(e: &RequestError) -> String {
    match e {
        RequestError::InvalidJson { .. } => "Telegram's answer could not be read".to_owned(),
        other => other.to_string(),
    }
}

/// 5 s, 10 s, 20 s … at most 10 minutes.
fn backoff(attempts: i64) -> Duration {
    let exp = attempts.clamp(1, 8) - 1;
    Duration::seconds((5i64 << exp).min(600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_holds_no_more_than_can_be_sent_within_it() {
        // The defaults: 25 a second, a two-minute claim: 500 rows, as always.
        assert_eq!(batch_size(32, 25.0, 120), 500);
        // Half the rate (two instances) of 10 a second: 5 × 100 s / 2.
        assert_eq!(batch_size(32, 5.0, 120), 250);
        // A short claim: 5 a second × (30 − 20) s / 2.
        assert_eq!(batch_size(32, 5.0, 30), 25);
        // Many lanes at a high rate: enough to keep them busy.
        assert_eq!(batch_size(1_000, 2_000.0, 120), 2_000);
        assert_eq!(batch_size(32, 1.0, 10), 1);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::seconds(5));
        assert_eq!(backoff(2), Duration::seconds(10));
        assert_eq!(backoff(20), Duration::seconds(600));
    }

    #[test]
    fn blocked_recipients_are_unreachable_and_429_waits() {
        let now = Utc::now();
        assert!(matches!(
            classify(RequestError::Api(ApiError::BotBlocked), now, 1),
            Outcome::Unreachable(_)
        ));
        assert!(matches!(
            classify(RequestError::Api(ApiError::ChatNotFound), now, 1),
            Outcome::Unreachable(_)
        ));
        match classify(
            RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(7)),
            now,
            1,
        ) {
            Outcome::Retry(at, _) => assert_eq!(at, now + Duration::seconds(7)),
            _ => panic!("429 must be retried"),
        }
        assert!(matches!(
            classify(RequestError::Api(ApiError::MessageTextIsEmpty), now, 1),
            Outcome::Failed(_)
        ));
    }
}

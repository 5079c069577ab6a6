//! Announcements (broadcasts) as stored. A broadcast is written once, `scheduled` for a
//! time (now, for "send now"); starting it turns its audience into one outbox row per
//! recipient in a single statement, each with a dedupe key, so a start that runs twice
//! (two instances, a restart) never sends anything twice. The outbox rows carry the
//! texts of every language; the sender picks the recipient's when it sends.

use std::collections::BTreeMap;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::people::Actor;

/// Who an announcement is for. At least one of the two is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience {
    /// A manager's clients (`None`: every manager's, for an administrator).
    pub manager_id: Option<i64>,
    /// Only clients of this Gemeinde (`None`: all of the manager's Gemeinden).
    pub gemeinde_id: Option<i64>,
    /// Only clients with these languages (empty: every language).
    pub languages: Vec<String>,
    /// An announced offer: only clients whose Gemeinde has it (named, or its Landkreis).
    pub offer_id: Option<i64>,
}

/// A broadcast to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBroadcast {
    /// Telegram id of who composed it (a manager or an administrator): they get the
    /// progress message and the report.
    pub author_id: i64,
    pub audience: Audience,
    /// The text per language; German (`de`) is always there.
    pub texts: BTreeMap<String, String>,
    /// The offer it announces, if any (its page is linked from the message).
    pub offer_id: Option<i64>,
    pub send_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broadcast {
    pub id: i64,
    pub author_id: i64,
    pub audience: Audience,
    pub texts: BTreeMap<String, String>,
    pub offer_id: Option<i64>,
    /// `scheduled`, `sending`, `done` or `cancelled`.
    pub status: String,
    pub send_at: DateTime<Utc>,
    /// Recipients when it started (0 before).
    pub recipients: i64,
}

/// How far a broadcast's delivery has come (its outbox rows by state).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub sent: i64,
    /// Not yet sent (waiting, being sent, or waiting for a retry).
    pub pending: i64,
    /// Blocked, deactivated, chat gone, or another permanent error.
    pub failed: i64,
    /// Timed out after leaving twice: perhaps delivered, not sent again.
    pub unknown: i64,
    /// Dropped before sending (the client withdrew consent meanwhile).
    pub dropped: i64,
}

#[async_trait]
pub trait BroadcastStore {
    /// The recipients an audience has now: per language, how many clients (linked,
    /// consenting to announcements) would receive it.
    async fn audience_languages(
        &self,
        audience: &Audience,
    ) -> Result<BTreeMap<String, i64>, StoreError>;
    /// The recipients per Gemeinde (id → clients; Gemeinden without any left out) of
    /// every Gemeinde's audience at once — a manager's clients there (`manager_id`), else
    /// all — without a language filter or an offer: one grouped query for the audience
    /// picker, however many Gemeinden there are.
    async fn audience_by_gemeinde(
        &self,
        manager_id: Option<i64>,
    ) -> Result<BTreeMap<i64, i64>, StoreError>;
    /// How many clients the audience would have but Telegram could not reach when last
    /// tried (they are not sent to; see the README's *Announcements*).
    async fn audience_unreachable(&self, audience: &Audience) -> Result<i64, StoreError>;
    /// Writes a broadcast (`scheduled` at `send_at`); its id.
    async fn add_broadcast(
        &self,
        new: &NewBroadcast,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;
    async fn broadcast(&self, id: i64) -> Result<Option<Broadcast>, StoreError>;
    /// The broadcasts an author has scheduled (not yet started), soonest first.
    async fn scheduled_broadcasts(&self, author_id: i64) -> Result<Vec<Broadcast>, StoreError>;
    /// The broadcasts an author has started (sending or done), newest first, at most
    /// `limit`.
    async fn started_broadcasts(
        &self,
        author_id: i64,
        limit: i64,
    ) -> Result<Vec<Broadcast>, StoreError>;
    /// The labels of the clients a broadcast did not reach (Telegram refused it), by
    /// label.
    async fn broadcast_unreached(&self, id: i64) -> Result<Vec<String>, StoreError>;
    /// Cancels a scheduled broadcast of `author_id`; `false` if it has started, ended,
    /// or is not theirs (nothing changes then).
    async fn cancel_broadcast(
        &self,
        id: i64,
        author_id: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Starts every scheduled broadcast due by `now`: one outbox row per recipient and
    /// the author's progress message, in one transaction each. The ids started.
    async fn start_due_broadcasts(&self, now: DateTime<Utc>) -> Result<Vec<i64>, StoreError>;
    /// The broadcasts being sent.
    async fn sending_broadcasts(&self) -> Result<Vec<Broadcast>, StoreError>;
    async fn broadcast_progress(&self, id: i64) -> Result<Progress, StoreError>;
    /// Replaces the pending update of a broadcast's progress message by one showing
    /// `progress`.
    async fn update_progress_message(
        &self,
        id: i64,
        progress: Progress,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Ends a broadcast whose rows are all settled: marks it `done`, writes the last
    /// progress update and the report (with the labels of the clients it did not reach).
    /// `false` if rows are still pending or it was ended before.
    async fn finish_broadcast(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError>;
    /// Drops a client's announcements not yet sent (consent withdrawn); how many.
    async fn drop_pending_announcements(&self, client_id: i64) -> Result<u64, StoreError>;
}

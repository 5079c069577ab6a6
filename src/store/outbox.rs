//! The outbox as stored: rows that carry a message id and arguments, due at a time,
//! claimed by a sender with a lease so that a crashed sender's rows are taken up again.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// A row to add. `args` is a JSON object of strings and numbers.
#[derive(Debug, Clone)]
pub struct NewOutbox {
    /// `notice` (a rendered template), `relay_text`, `relay_copy`.
    pub kind: &'static str,
    /// Telegram id of the recipient (their private chat).
    pub recipient_id: i64,
    /// The Fluent message id to render in the recipient's language at send time.
    pub template: &'static str,
    pub args: serde_json::Value,
    pub due_at: DateTime<Utc>,
    /// After this instant the row is dropped rather than sent late.
    pub expires_at: Option<DateTime<Utc>>,
    /// At most one row per key, ever (a notice that must be sent once).
    pub dedupe_key: Option<String>,
    /// The client the row is about, if any: deleting the client deletes it.
    pub client_id: Option<i64>,
    /// What the row belongs to (`appointment:12`): a change replaces its pending rows.
    pub subject: Option<String>,
}

impl NewOutbox {
    /// Marks the row as being about a client (deleted with the client's data).
    pub fn about(mut self, client_id: i64) -> Self {
        self.client_id = Some(client_id);
        self
    }

    /// Marks the row as belonging to `subject` (`appointment:12`, `deadline:3`).
    pub fn subject(mut self, subject: String) -> Self {
        self.subject = Some(subject);
        self
    }

    /// Sets when the row is due and after which instant it is dropped instead.
    pub fn due(mut self, at: DateTime<Utc>, expires: Option<DateTime<Utc>>) -> Self {
        self.due_at = at;
        self.expires_at = expires;
        self
    }

    /// Sends the row at most once per `key`, ever.
    pub fn once(mut self, key: String) -> Self {
        self.dedupe_key = Some(key);
        self
    }

    /// A notice due now.
    pub fn notice(
        recipient_id: i64,
        template: &'static str,
        args: serde_json::Value,
        now: DateTime<Utc>,
    ) -> Self {
        NewOutbox {
            kind: "notice",
            recipient_id,
            template,
            args,
            due_at: now,
            expires_at: None,
            dedupe_key: None,
            client_id: None,
            subject: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    pub id: i64,
    pub kind: String,
    pub recipient_id: i64,
    pub template: String,
    pub args: serde_json::Value,
    pub due_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub attempts: i64,
}

pub(crate) type OutboxTuple = (i64, String, i64, String, String, i64, Option<i64>, i64);

impl From<OutboxTuple> for OutboxRow {
    fn from(t: OutboxTuple) -> Self {
        OutboxRow {
            id: t.0,
            kind: t.1,
            recipient_id: t.2,
            template: t.3,
            args: serde_json::from_str(&t.4).unwrap_or(serde_json::Value::Null),
            due_at: super::from_millis(t.5),
            expires_at: t.6.map(super::from_millis),
            attempts: t.7,
        }
    }
}

#[async_trait]
pub trait OutboxStore: Send + Sync {
    /// Adds a row; `false` if a row with the same dedupe key exists already.
    async fn enqueue(&self, row: NewOutbox, now: DateTime<Utc>) -> Result<bool, StoreError>;
    /// Adds rows in one transaction (all or none); how many were new.
    async fn enqueue_all(
        &self,
        rows: Vec<NewOutbox>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError>;
    /// Takes up to `limit` due rows (and rows whose lease ran out) for sending.
    async fn claim_due(
        &self,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<OutboxRow>, StoreError>;
    /// Gives back rows a sender claimed and never started to send (a graceful stop): each
    /// `(id, lease_until)` is pending again, due as before, its claim not counted as an
    /// attempt — so another instance (or the next start) sends it at once instead of
    /// after the lease. Only rows still held by that very claim (`sending` with that lease)
    /// change: a row whose lease ran out and that another sender claimed since stays
    /// theirs. How many rows were given back.
    async fn release_claims(&self, claims: &[(i64, DateTime<Utc>)]) -> Result<u64, StoreError>;
    /// Delivered (as Telegram message `message_id`, kept so the message can be edited
    /// later). The arguments are wiped: what was said is not kept.
    async fn mark_sent(
        &self,
        id: i64,
        now: DateTime<Utc>,
        message_id: Option<i64>,
    ) -> Result<(), StoreError>;
    /// Back to pending, due at `due_at`.
    async fn retry_at(&self, id: i64, due_at: DateTime<Utc>, error: &str)
    -> Result<(), StoreError>;
    /// Given up (`failed`) or not sent on purpose (`dropped`); arguments wiped.
    async fn finish_unsent(&self, id: i64, state: &str, error: &str) -> Result<(), StoreError>;
    /// When the next pending row is due.
    async fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError>;
    /// The Telegram message a sent row became (found by its dedupe key), to edit it.
    async fn sent_message_id(&self, dedupe_key: &str) -> Result<Option<i64>, StoreError>;
    /// The due time of the oldest row that is due and not sent yet (for monitoring: how
    /// far the sender is behind).
    async fn oldest_due(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StoreError>;
    /// Rows per state, for operators and tests.
    async fn outbox_counts(&self) -> Result<Vec<(String, i64)>, StoreError>;
}

//! What the privacy model asks of the store: consent, what a client may see about
//! themselves, deleting a client, and the audit log (who did what, when; never content).

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::clients::Client;
use super::orgs::Gemeinde;
use super::people::Actor;
use crate::domain::consent::Purpose;

/// Everything a client may see about themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRecord {
    pub client: Client,
    pub gemeinde: Gemeinde,
    pub manager_name: String,
    pub consents: Vec<(Purpose, DateTime<Utc>)>,
}

/// What is stored about a person who is not a client (someone who only started the bot
/// or asked to be taken on): their user row and their requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub language: Option<String>,
    pub first_seen: DateTime<Utc>,
    /// Requests to be taken on: Gemeinde name, `open`/`accepted`/`declined`, when.
    pub join_requests: Vec<(String, String, DateTime<Utc>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub subject: String,
}

#[async_trait]
pub trait PrivacyStore: Send + Sync {
    async fn consents(&self, client_id: i64) -> Result<Vec<(Purpose, DateTime<Utc>)>, StoreError>;
    async fn set_consent(
        &self,
        client_id: i64,
        purpose: Purpose,
        granted: bool,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Removes the client's personal data and link; the audit log keeps only that a
    /// deletion happened; the manager is told (by client id only... see the outbox row).
    async fn delete_client(&self, client_id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;
    async fn client_record(&self, client_id: i64) -> Result<Option<ClientRecord>, StoreError>;
    /// Whether the client has given consent for `purpose` (checked again at send time).
    async fn has_consent(&self, client_id: i64, purpose: Purpose) -> Result<bool, StoreError>;
    /// The client ends the contact: the link ends (status `ended`), every consent is
    /// withdrawn, nothing about them waits to be sent, unused invites are void, and the
    /// manager is told. `false` if the client was not linked.
    async fn end_contact(&self, client_id: i64, now: DateTime<Utc>) -> Result<bool, StoreError>;
    /// What is stored about a Telegram account that is no client; `None` if nothing.
    async fn person_record(&self, telegram_id: i64) -> Result<Option<PersonRecord>, StoreError>;
    /// Deletes everything about a person who is not a client: their requests (and a
    /// client case made for them that they never joined), dialogue, waiting messages and
    /// user row; the audit log keeps only that a deletion happened.
    async fn delete_person(&self, telegram_id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;

    // ---- audit log -----------------------------------------------------------------
    async fn audit(
        &self,
        actor: Actor,
        action: &str,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;
    /// At most `limit` entries older than entry `before` (all: `None`), newest first, each
    /// with its id (to read the next ones from).
    async fn audit_log_before(
        &self,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<(i64, AuditEntry)>, StoreError>;
}

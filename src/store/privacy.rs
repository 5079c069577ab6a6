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

    // ---- audit log -----------------------------------------------------------------
    async fn audit(
        &self,
        actor: Actor,
        action: &str,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;
}

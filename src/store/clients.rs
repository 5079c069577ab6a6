//! Clients as stored: their invites and link to a Telegram account, contact and
//! reachability, and the relay map that lets a manager answer a relayed message.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::people::{Actor, LinkError};
use crate::domain::consent::Purpose;
use crate::domain::invite::{InviteKind, InviteState};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    pub id: i64,
    pub manager_id: i64,
    pub gemeinde_id: i64,
    pub label: String,
    pub language: String,
    /// `invited`, `active`, `unreachable` or `ended`.
    pub status: String,
    pub telegram_id: Option<i64>,
    pub linked_at: Option<DateTime<Utc>>,
    pub support_until: Option<DateTime<Utc>>,
    pub last_contact_at: Option<DateTime<Utc>>,
}

/// A stored invite (for a manager or a client), looked up by the hash of its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub kind: InviteKind,
    pub manager_id: Option<i64>,
    pub client_id: Option<i64>,
    pub state: InviteState,
}

#[async_trait]
pub trait ClientStore: Send + Sync {
    #[allow(clippy::too_many_arguments)]
    async fn create_client(
        &self,
        manager_id: i64,
        gemeinde_id: i64,
        label: &str,
        language: &str,
        invite_hash: &str,
        expires_at: DateTime<Utc>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Client, StoreError>;
    /// A new invite for an existing client; earlier unused ones are revoked.
    async fn renew_client_invite(
        &self,
        client_id: i64,
        invite_hash: &str,
        expires_at: DateTime<Utc>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn revoke_client_invites(
        &self,
        client_id: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
    async fn invite(&self, invite_hash: &str) -> Result<Option<Invite>, StoreError>;
    /// Uses a client invite: links the Telegram account, records consents, starts the
    /// support period and tells the manager, in one transaction.
    async fn claim_client_invite(
        &self,
        invite_hash: &str,
        telegram_id: i64,
        consents: &[Purpose],
        support_until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Client, LinkError>;
    async fn client(&self, id: i64) -> Result<Option<Client>, StoreError>;
    /// Every client's Gemeinde (`client id → Gemeinde id`), in one query: for lists that
    /// name the Gemeinde of many clients (the audit log).
    async fn client_gemeinden(&self) -> Result<std::collections::HashMap<i64, i64>, StoreError>;
    /// The client record of a Telegram account, whatever its status (an ended client may
    /// still see and delete their data).
    async fn client_by_telegram(&self, telegram_id: i64) -> Result<Option<Client>, StoreError>;
    /// A page of a manager's clients (not ended), newest contact first.
    async fn clients_of(
        &self,
        manager_id: i64,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<Client>, StoreError>;
    async fn count_clients_of(&self, manager_id: i64) -> Result<i64, StoreError>;
    async fn touch_client_contact(
        &self,
        client_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Marks a client unreachable; `true` if this is news (then the manager is told,
    /// when `tell_manager`: an announcement's report lists them instead).
    async fn mark_unreachable(
        &self,
        telegram_id: i64,
        now: DateTime<Utc>,
        tell_manager: bool,
    ) -> Result<bool, StoreError>;

    // ---- relay map -----------------------------------------------------------------
    async fn record_relay(
        &self,
        chat_id: i64,
        message_id: i64,
        client_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn relay_client(&self, chat_id: i64, message_id: i64) -> Result<Option<i64>, StoreError>;
}

// ---- row shapes shared by both backends ---------------------------------------------

pub(crate) type ClientRow = (
    i64,
    i64,
    i64,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

impl From<ClientRow> for Client {
    fn from(r: ClientRow) -> Self {
        Client {
            id: r.0,
            manager_id: r.1,
            gemeinde_id: r.2,
            label: r.3,
            language: r.4,
            status: r.5,
            telegram_id: r.6,
            linked_at: r.7.map(super::from_millis),
            support_until: r.8.map(super::from_millis),
            last_contact_at: r.9.map(super::from_millis),
        }
    }
}

//! People and the links between them, as stored: organisations, Gemeinden, managers,
//! administrators' scopes, clients, consent, invites, the relay map and the audit log.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::domain::consent::Purpose;
use crate::domain::invite::{InviteKind, InviteProblem, InviteState};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gemeinde {
    pub id: i64,
    pub ags: String,
    pub name: String,
    pub landkreis: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manager {
    pub id: i64,
    pub organisation_id: i64,
    pub telegram_id: Option<i64>,
    pub display_name: String,
    /// `invited`, `active` or `inactive`.
    pub status: String,
    pub absent_until: Option<DateTime<Utc>>,
    pub substitute_id: Option<i64>,
}

impl Manager {
    /// Whether the manager is away at `now` (and who stands in, if anyone).
    pub fn absent_at(&self, now: DateTime<Utc>) -> bool {
        self.absent_until.is_some_and(|until| now < until)
    }
}

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

/// What an administrator may touch beyond being global.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminScope {
    Organisation(i64),
    Gemeinde(i64),
}

/// Who is making a change, for the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A person on Telegram.
    Telegram(i64),
    /// The command line (`wegweiser admin …`).
    Cli,
    /// Wegweiser itself (a sender noticing an unreachable client, …).
    System,
}

impl Actor {
    pub fn audit_name(self) -> String {
        match self {
            Actor::Telegram(id) => format!("tg:{id}"),
            Actor::Cli => "cli".to_owned(),
            Actor::System => "system".to_owned(),
        }
    }
    /// The Telegram id recorded as an invite's creator (0 for the command line).
    pub fn telegram_id(self) -> i64 {
        match self {
            Actor::Telegram(id) => id,
            _ => 0,
        }
    }
}

/// A stored invite, looked up by the hash of its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub kind: InviteKind,
    pub manager_id: Option<i64>,
    pub client_id: Option<i64>,
    pub state: InviteState,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub subject: String,
}

/// Everything a client may see about themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRecord {
    pub client: Client,
    pub gemeinde: Gemeinde,
    pub manager_name: String,
    pub consents: Vec<(Purpose, DateTime<Utc>)>,
}

/// Why linking failed.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Invite(#[from] InviteProblem),
    #[error("this Telegram account is already linked")]
    AlreadyLinked,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for LinkError {
    fn from(e: sqlx::Error) -> Self {
        LinkError::Store(StoreError::Database(e))
    }
}

#[async_trait]
pub trait PeopleStore: Send + Sync {
    // ---- administration ------------------------------------------------------------
    async fn add_organisation(
        &self,
        name: &str,
        kind: &str,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Organisation, StoreError>;
    async fn organisations(&self) -> Result<Vec<Organisation>, StoreError>;
    async fn add_gemeinde(
        &self,
        ags: &str,
        name: &str,
        landkreis: &str,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Gemeinde, StoreError>;
    async fn gemeinden(&self) -> Result<Vec<Gemeinde>, StoreError>;
    async fn gemeinde(&self, id: i64) -> Result<Option<Gemeinde>, StoreError>;
    async fn gemeinde_by_ags(&self, ags: &str) -> Result<Option<Gemeinde>, StoreError>;
    async fn add_admin_scope(
        &self,
        telegram_id: i64,
        scope: AdminScope,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn admin_scopes(&self, telegram_id: i64) -> Result<Vec<AdminScope>, StoreError>;

    // ---- managers ------------------------------------------------------------------
    /// Creates an invited manager serving `gemeinde_ids`, with an invite.
    #[allow(clippy::too_many_arguments)]
    async fn invite_manager(
        &self,
        organisation_id: i64,
        display_name: &str,
        gemeinde_ids: &[i64],
        invite_hash: &str,
        expires_at: DateTime<Utc>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Manager, StoreError>;
    /// Uses a manager invite: the Telegram account becomes that manager.
    async fn claim_manager_invite(
        &self,
        invite_hash: &str,
        telegram_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Manager, LinkError>;
    async fn set_manager_name(
        &self,
        manager_id: i64,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn manager(&self, id: i64) -> Result<Option<Manager>, StoreError>;
    async fn manager_by_telegram(&self, telegram_id: i64) -> Result<Option<Manager>, StoreError>;
    /// Every manager with the number of clients they support (not ended).
    async fn managers(&self) -> Result<Vec<(Manager, i64)>, StoreError>;
    async fn assign_gemeinde(
        &self,
        manager_id: i64,
        gemeinde_id: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn manager_gemeinden(&self, manager_id: i64) -> Result<Vec<Gemeinde>, StoreError>;
    /// Deactivates a manager and hands all their clients to `successor`.
    async fn deactivate_manager(
        &self,
        manager_id: i64,
        successor: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
    /// Sets (or with `None`, ends) an absence with an optional substitute.
    async fn set_absence(
        &self,
        manager_id: i64,
        until: Option<DateTime<Utc>>,
        substitute_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    // ---- clients -------------------------------------------------------------------
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
    async fn consents(&self, client_id: i64) -> Result<Vec<(Purpose, DateTime<Utc>)>, StoreError>;
    async fn set_consent(
        &self,
        client_id: i64,
        purpose: Purpose,
        granted: bool,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Marks a client unreachable; `true` if this is news (then the manager is told).
    async fn mark_unreachable(
        &self,
        telegram_id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Removes the client's personal data and link; the audit log keeps only that a
    /// deletion happened; the manager is told (by client id only... see the outbox row).
    async fn delete_client(&self, client_id: i64, now: DateTime<Utc>) -> Result<(), StoreError>;
    async fn client_record(&self, client_id: i64) -> Result<Option<ClientRecord>, StoreError>;

    // ---- relay map and audit -------------------------------------------------------
    async fn record_relay(
        &self,
        chat_id: i64,
        message_id: i64,
        client_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn relay_client(&self, chat_id: i64, message_id: i64) -> Result<Option<i64>, StoreError>;
    async fn audit(
        &self,
        actor: Actor,
        action: &str,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditEntry>, StoreError>;
}

// ---- row shapes shared by both backends ---------------------------------------------

pub(crate) type ManagerRow = (
    i64,
    i64,
    Option<i64>,
    String,
    String,
    Option<i64>,
    Option<i64>,
);

impl From<ManagerRow> for Manager {
    fn from(r: ManagerRow) -> Self {
        Manager {
            id: r.0,
            organisation_id: r.1,
            telegram_id: r.2,
            display_name: r.3,
            status: r.4,
            absent_until: r.5.map(super::from_millis),
            substitute_id: r.6,
        }
    }
}

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

impl From<(i64, String, String, String)> for Gemeinde {
    fn from((id, ags, name, landkreis): (i64, String, String, String)) -> Self {
        Gemeinde {
            id,
            ags,
            name,
            landkreis,
        }
    }
}

//! Integrationsmanager as stored: their invites, the Gemeinden they serve, absences and
//! hand-over.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::orgs::Gemeinde;
use super::people::{Actor, LinkError};

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

    /// Whether `other` may stand in for this manager (`/away … N`) or take over their
    /// clients (hand-over): an active colleague of the same organisation, never oneself.
    /// Moving a client to another organisation is an administrator's explicit act (see
    /// `deactivate_manager`), not a manager's.
    pub fn may_be_replaced_by(&self, other: &Manager) -> bool {
        other.id != self.id
            && other.status == "active"
            && other.organisation_id == self.organisation_id
    }
}

#[async_trait]
pub trait ManagerStore: Send + Sync {
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
    /// Every manager's Gemeinden at once (by name within a manager), as
    /// `manager id → Gemeinden`: one query for a list of all managers.
    async fn all_manager_gemeinden(
        &self,
    ) -> Result<std::collections::HashMap<i64, Vec<Gemeinde>>, StoreError>;
    /// Deactivates a manager and hands all their clients to `successor`.
    async fn deactivate_manager(
        &self,
        manager_id: i64,
        successor: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
    /// Starts an absence up to and including `last_day` (`until` is the instant after
    /// it): the substitute, if any, is told, and so is every linked client, in the same
    /// transaction (the clients only when someone stands in).
    async fn start_absence(
        &self,
        manager: &Manager,
        until: DateTime<Utc>,
        last_day: chrono::NaiveDate,
        substitute: Option<&Manager>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Sets (or with `None`, ends) an absence with an optional substitute.
    async fn set_absence(
        &self,
        manager_id: i64,
        until: Option<DateTime<Utc>>,
        substitute_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
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

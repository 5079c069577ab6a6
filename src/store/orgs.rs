//! Organisations, Gemeinden and the scopes of administrators, as stored.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::people::Actor;

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

/// An organisation as its list shows it: the managers it employs (not deactivated) and
/// the Gemeinden they serve, by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRow {
    pub organisation: Organisation,
    pub managers: i64,
    pub gemeinden: Vec<String>,
}

/// A Gemeinde as its list shows it: the managers serving it (not deactivated) and the
/// clients supported there (not ended).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GemeindeRow {
    pub gemeinde: Gemeinde,
    pub managers: i64,
    pub clients: i64,
}

/// One administrator's scope as stored (one person may hold several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeRow {
    pub id: i64,
    pub telegram_id: i64,
    pub scope: AdminScope,
    pub created_at: DateTime<Utc>,
}

/// What an administrator may touch beyond being global.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminScope {
    Organisation(i64),
    Gemeinde(i64),
}

#[async_trait]
pub trait OrgStore: Send + Sync {
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
    /// Every organisation's Gemeinden (those its managers serve) as `(organisation id,
    /// Gemeinde id)` pairs, each once: one query, whatever the number of managers.
    async fn organisation_gemeinden(&self) -> Result<Vec<(i64, i64)>, StoreError>;
    /// Every organisation with its managers and Gemeinden, by name: two statements,
    /// however many organisations there are.
    async fn organisation_rows(&self) -> Result<Vec<OrganisationRow>, StoreError>;
    /// Every Gemeinde with its counts, by name: one grouped statement.
    async fn gemeinde_rows(&self) -> Result<Vec<GemeindeRow>, StoreError>;
    /// Every administrator's scope, oldest first.
    async fn scope_rows(&self) -> Result<Vec<ScopeRow>, StoreError>;
    /// Removes one scope (audited `admin.scope.remove`); `false` if there was none.
    async fn remove_admin_scope(
        &self,
        id: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
}

// ---- row shapes shared by both backends ---------------------------------------------

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

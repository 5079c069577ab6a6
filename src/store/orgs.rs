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

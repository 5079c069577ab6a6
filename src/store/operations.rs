//! What running several instances needs of the database: webhook updates recorded once
//! (see `bot::inbound`), the instances' heartbeats (for the shared send budget), and the
//! figures `/metrics` reads.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// An update recorded but not (yet) handled: its id and JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingUpdate {
    pub update_id: i64,
    pub payload: String,
}

#[async_trait]
pub trait OperationsStore {
    /// Records a webhook update, claimed by `instance` until `claimed_until`: `true` if it
    /// is new, `false` if this `update_id` was recorded before (a repeated delivery).
    async fn record_update(
        &self,
        update_id: i64,
        payload: &str,
        instance: &str,
        claimed_until: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Before handling: `true` if the update is still unhandled and `instance`'s (its claim
    /// then runs until `claimed_until`); `false` if another instance took it over.
    async fn start_update(
        &self,
        update_id: i64,
        instance: &str,
        claimed_until: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// The update was handled: its payload is forgotten (the id stays, for duplicates).
    async fn finish_update(&self, update_id: i64) -> Result<(), StoreError>;
    /// Recorded updates whose claim ran out unhandled (their instance died), oldest first,
    /// claimed now by `instance` until `claimed_until`.
    async fn claim_stale_updates(
        &self,
        instance: &str,
        now: DateTime<Utc>,
        claimed_until: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<PendingUpdate>, StoreError>;
    /// Forgets handled updates received before `before`; how many.
    async fn prune_updates(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// This instance is alive at `now`; returns how many instances were seen since
    /// `live_since` (this one included). Rows of instances gone for long are deleted.
    async fn heartbeat(
        &self,
        instance_id: &str,
        now: DateTime<Utc>,
        live_since: DateTime<Utc>,
    ) -> Result<u32, StoreError>;
    /// This instance stops (a graceful stop): the others need not wait for its heartbeat
    /// to run out.
    async fn leave(&self, instance_id: &str) -> Result<(), StoreError>;

    /// Web workplace sessions neither ended nor idle since `idle_since`.
    async fn active_web_sessions(
        &self,
        idle_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;
}

//! Changes a manager makes to a client's case: another Gemeinde, another manager, a longer
//! or ended support period; and the clients whose support ends soon.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::people::{Actor, Client, Manager};

#[async_trait]
pub trait CaseloadStore: Send + Sync {
    async fn set_client_gemeinde(
        &self,
        client_id: i64,
        gemeinde_id: i64,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Hands a client from `from` to `to`; `to` is told.
    async fn hand_over_client(
        &self,
        client_id: i64,
        from: &Manager,
        to: &Manager,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    async fn extend_support(
        &self,
        client_id: i64,
        until: DateTime<Utc>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Ends support: the client can no longer write; they are told.
    async fn end_client(
        &self,
        client_id: i64,
        by: &Manager,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Linked clients whose support ends before `horizon`, with their manager's Telegram
    /// id and language.
    async fn clients_ending_before(
        &self,
        horizon: DateTime<Utc>,
    ) -> Result<Vec<(Client, i64, Option<String>)>, StoreError>;
}

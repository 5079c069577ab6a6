//! Requests to be taken on, from people who found the bot without an invite.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use super::people::Manager;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinRequest {
    pub id: i64,
    pub telegram_id: i64,
    pub gemeinde_id: i64,
    /// `open`, `accepted` or `declined`.
    pub status: String,
    /// The client created on acceptance.
    pub client_id: Option<i64>,
}

#[async_trait]
pub trait JoinStore: Send + Sync {
    /// Gemeinden with at least one active manager: the ones a person can ask in.
    async fn gemeinden_with_managers(&self) -> Result<Vec<super::orgs::Gemeinde>, StoreError>;
    /// Active managers who have joined and serve the Gemeinde.
    async fn active_managers_of(&self, gemeinde_id: i64) -> Result<Vec<Manager>, StoreError>;
    /// Opens a request and tells the Gemeinde's managers (with accept/decline buttons);
    /// `None` if the person has an open request already.
    async fn open_join_request(
        &self,
        telegram_id: i64,
        gemeinde_id: i64,
        language: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError>;
    async fn join_request(&self, id: i64) -> Result<Option<JoinRequest>, StoreError>;
    /// Open requests in the Gemeinden `manager_id` serves, oldest first: (id, Gemeinde's
    /// name, language, asked at).
    async fn open_join_requests(
        &self,
        manager_id: i64,
    ) -> Result<Vec<(i64, String, String, DateTime<Utc>)>, StoreError>;
    /// When this person last asked in this Gemeinde, if ever, and whether that request
    /// is still open.
    async fn last_join_request_at(
        &self,
        telegram_id: i64,
        gemeinde_id: i64,
    ) -> Result<Option<(DateTime<Utc>, bool)>, StoreError>;
    /// Accepts (creating an invited client with `label` for `manager`) or declines an
    /// open request, and tells the person; `false` if it was decided already.
    async fn decide_join_request(
        &self,
        id: i64,
        manager: &Manager,
        accept: bool,
        label: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
}

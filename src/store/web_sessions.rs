//! The web workplace's sign-in links and sessions, as stored: only SHA-256 hashes of the
//! secrets (see `web::session`), each with its expiry.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;

/// A live browser session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSession {
    pub telegram_id: i64,
    /// The session's CSRF token (random, sent in every form).
    pub csrf: String,
}

#[async_trait]
pub trait WebSessionStore {
    /// Stores a one-time sign-in link (its hash) for a person, valid until `expires_at`.
    async fn create_sign_in(
        &self,
        token_hash: &str,
        telegram_id: i64,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;
    /// Uses up a sign-in link and starts a session in the same transaction (audited):
    /// `None` if the link is unknown, used or expired.
    async fn redeem_sign_in(
        &self,
        token_hash: &str,
        session_hash: &str,
        csrf: &str,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, StoreError>;
    /// The session if it is neither past its end nor idle since before `idle_since`;
    /// marks it as seen `now`.
    async fn touch_session(
        &self,
        session_hash: &str,
        idle_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<WebSession>, StoreError>;
    /// Ends one session (sign out), audited.
    async fn end_session(&self, session_hash: &str, now: DateTime<Utc>) -> Result<(), StoreError>;
    /// Ends every session of a person (sign out everywhere), audited; how many ended.
    async fn end_sessions_of(
        &self,
        telegram_id: i64,
        now: DateTime<Utc>,
    ) -> Result<u64, StoreError>;
}

//! Persistence: one [`Store`] trait, one implementation per backend.
//!
//! [`open`] picks the backend by the URL scheme (`sqlite://…` or `postgres://…`) and applies
//! the migrations of `migrations/<backend>/` (embedded at build time). Both backends share
//! their SQL where the dialects agree (see `shared.rs`); only what differs is written twice.
//! Times cross this boundary as `DateTime<Utc>` and are stored as milliseconds since the
//! Unix epoch, the same on both backends.

pub mod agenda;
pub mod broadcasts;
pub mod caseload;
pub mod clients;
pub mod instance;
pub mod joins;
pub mod managers;
pub mod offers;
pub mod operations;
pub mod orgs;
pub mod outbox;
pub mod people;
mod postgres;
pub mod privacy;
pub mod retention;
mod shared;
mod shared_agenda;
mod shared_broadcasts;
mod shared_caseload;
mod shared_checks;
mod shared_clients;
mod shared_deadlines;
mod shared_joins;
mod shared_managers;
mod shared_offers;
mod shared_operations;
mod shared_orgs;
mod shared_outbox;
mod shared_privacy;
mod shared_web_sessions;
mod sqlite;
pub mod web_sessions;

use std::fmt::Debug;
use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the database {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot apply the database migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("unsupported database URL {0} (expected sqlite:// or postgres://)")]
    UnsupportedUrl(String),
    /// A unique value (an AGS, an invite) exists already.
    #[error("already exists")]
    Duplicate,
    /// A referenced row (an organisation, a Gemeinde, a manager) does not exist.
    #[error("refers to something that does not exist")]
    MissingReference,
    /// Another `wegweiser run` holds this SQLite file (see [`instance`]).
    #[error(
        "the database {} is in use by another Wegweiser that is running; SQLite serves one instance (use PostgreSQL for several)",
        .0.display()
    )]
    InUse(std::path::PathBuf),
    #[error("cannot lock {}: {reason}", path.display())]
    Lock {
        path: std::path::PathBuf,
        reason: String,
    },
}

impl StoreError {
    /// Turns constraint violations of an insert into errors a person can act on.
    pub(crate) fn from_insert(e: sqlx::Error) -> StoreError {
        match &e {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Duplicate,
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
                StoreError::MissingReference
            }
            _ => StoreError::Database(e),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A person who has talked to the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Telegram user id; for private chats also the chat id.
    pub id: i64,
    /// The language they chose; `None` until they choose.
    pub language: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Everything the bot needs to know about the person behind an update, read in one
/// statement ([`Store::caller`]): the user row, the dialogue, whether they hold an
/// administrator's scope, and their manager or client row.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    /// `None` on first contact (no row yet).
    pub user: Option<User>,
    /// The dialogue state (JSON), if they are in the middle of one.
    pub dialogue: Option<String>,
    /// Whether any administrator's scope names them (the scopes are read when needed).
    pub scoped_admin: bool,
    pub manager: Option<people::Manager>,
    pub client: Option<people::Client>,
}

/// Everything the bot, the sender and the command line ask of the database. The people
/// part is one trait per concept (see [`people`]); callers holding a `dyn Store` use
/// their methods without importing them.
#[async_trait]
pub trait Store:
    orgs::OrgStore
    + managers::ManagerStore
    + clients::ClientStore
    + caseload::CaseloadStore
    + joins::JoinStore
    + privacy::PrivacyStore
    + outbox::OutboxStore
    + agenda::AppointmentStore
    + agenda::DeadlineStore
    + agenda::AgendaStore
    + offers::OfferStore
    + broadcasts::BroadcastStore
    + retention::RetentionStore
    + web_sessions::WebSessionStore
    + operations::OperationsStore
    + Send
    + Sync
    + Debug
{
    fn backend(&self) -> Backend;

    /// The user, if they have talked to the bot before.
    async fn user(&self, id: i64) -> Result<Option<User>, StoreError>;
    /// Who is behind an update, in one statement (see [`Caller`]).
    async fn caller(&self, telegram_id: i64) -> Result<Caller, StoreError>;
    /// The user, created on first contact.
    async fn ensure_user(&self, id: i64, now: DateTime<Utc>) -> Result<User, StoreError>;
    async fn set_language(
        &self,
        id: i64,
        language: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// A chat's dialogue state (JSON), if it is in the middle of one.
    async fn dialogue(&self, chat_id: i64) -> Result<Option<String>, StoreError>;
    /// Stores (`Some`) or ends (`None`) a chat's dialogue.
    async fn set_dialogue(
        &self,
        chat_id: i64,
        state: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Waits for in-flight queries and closes the connections.
    async fn close(&self);

    /// For readiness: the newest migration the database has applied, and the newest this
    /// binary knows. A query that fails says the database is not reachable.
    async fn schema_versions(&self) -> Result<(i64, i64), StoreError>;

    /// Whether this instance runs the periodic jobs (reminder checks, digest, broadcast
    /// starts and progress, retention) now. PostgreSQL: the instance holding an advisory
    /// lock on its own connection, taken by the first to ask and freed when that instance
    /// or its connection dies, so another takes over at its next pass (`scheduler.interval_secs`). SQLite: always.
    async fn lead_scheduler(&self) -> Result<bool, StoreError>;
}

/// Opens the database named by `url`, creating a SQLite file if missing, and migrates it.
pub async fn open(url: &str, max_connections: u32) -> Result<Arc<dyn Store>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url, max_connections).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PostgresStore::open(url, max_connections).await?))
    } else {
        Err(StoreError::UnsupportedUrl(crate::config::redact_url(url)))
    }
}

pub(crate) fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn from_millis(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

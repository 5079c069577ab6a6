//! SQLite: the embedded default. One file, WAL journal (readers never wait for the
//! writer), foreign keys on, and a busy timeout so concurrent writers queue instead of
//! failing.

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use super::retention::sql::retention_store_impl;
use super::shared::shared_store_impl;
use super::shared_agenda::agenda_store_impl;
use super::shared_broadcasts::broadcast_store_impl;
use super::shared_caseload::caseload_store_impl;
use super::shared_checks::agenda_checks_impl;
use super::shared_clients::client_store_impl;
use super::shared_deadlines::deadline_store_impl;
use super::shared_joins::join_store_impl;
use super::shared_managers::manager_store_impl;
use super::shared_offers::offer_store_impl;
use super::shared_operations::operations_store_impl;
use super::shared_orgs::org_store_impl;
use super::shared_outbox::{outbox_cols, outbox_store_impl};
use super::shared_privacy::privacy_store_impl;
use super::shared_web_sessions::web_session_store_impl;
use super::{Backend, StoreError};

/// Rows sqlx buffers between its SQLite thread and the reading task (its default: 50).
const ROW_BUFFER: usize = 1024;

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    pub async fn open(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let connect = |source| StoreError::Connect {
            url: url.to_owned(),
            source,
        };
        let options = SqliteConnectOptions::from_str(url)
            .map_err(connect)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // sqlx hands each row from its SQLite thread to the task through a channel; at
            // its default of 50 rows the thread waits for the task every 50 rows of a long
            // read (the figures, the audit log), and the two threads' wake-ups cost more
            // than SQLite itself (measured with perf on the admin benchmark).
            .row_buffer_size(ROW_BUFFER);
        let path = options.get_filename().to_owned();
        let in_memory = path.as_os_str().is_empty() || path.to_string_lossy().contains(":memory:");
        if let Some(dir) = path
            .parent()
            .filter(|d| !in_memory && !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(|e| connect(sqlx::Error::Io(e)))?;
        }
        let pool = SqlitePoolOptions::new()
            // An in-memory database exists once per connection: keep exactly one.
            .max_connections(if in_memory { 1 } else { max_connections })
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(connect)?;
        sqlx::migrate!("migrations/sqlite").run(&pool).await?;
        Ok(SqliteStore { pool })
    }
}

impl SqliteStore {
    /// A transaction that takes the write lock at once: one that reads first and writes
    /// later would otherwise fail with SQLITE_BUSY when another writer got in between.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.pool.begin_with("BEGIN IMMEDIATE").await
    }
}

shared_store_impl!(SqliteStore, Backend::Sqlite, {
    /// SQLite serves one instance (see [`crate::store::instance`]): it always leads.
    async fn lead_scheduler(&self) -> Result<bool, StoreError> {
        Ok(true)
    }
});

impl SqliteStore {
    /// The newest migration compiled into this binary.
    fn known_schema() -> i64 {
        sqlx::migrate!("migrations/sqlite")
            .iter()
            .map(|m| m.version)
            .max()
            .unwrap_or(0)
    }
}
org_store_impl!(SqliteStore);
manager_store_impl!(SqliteStore);
client_store_impl!(SqliteStore);
privacy_store_impl!(SqliteStore);
caseload_store_impl!(SqliteStore);
join_store_impl!(SqliteStore);
agenda_store_impl!(SqliteStore, sqlx::Sqlite);
deadline_store_impl!(SqliteStore);
agenda_checks_impl!(SqliteStore);
offer_store_impl!(SqliteStore, sqlx::Sqlite);
broadcast_store_impl!(SqliteStore, sqlx::Sqlite);
web_session_store_impl!(SqliteStore);
operations_store_impl!(SqliteStore);
retention_store_impl!(SqliteStore, sqlx::Sqlite);
// SQLite has one writer at a time, so a plain UPDATE … RETURNING claims atomically.
outbox_store_impl!(
    SqliteStore,
    sqlx::Sqlite,
    concat!(
        "UPDATE outbox SET state = 'sending', lease_until = $2, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox WHERE (state = 'pending' AND due_at <= $1) \
         OR (state = 'sending' AND lease_until <= $1) ORDER BY due_at, id LIMIT $3) RETURNING ",
        outbox_cols!()
    )
);

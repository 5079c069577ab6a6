//! PostgreSQL: for production, where several instances may share one database.

use std::time::Duration;

use std::sync::Arc;

use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection, PgPool};
use tokio::sync::Mutex;

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
use crate::config::redact_url;

#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
    /// The connection that holds the scheduler's advisory lock while this instance leads
    /// (see [`crate::store::Store::lead_scheduler`]).
    lead: Arc<Mutex<Option<PgConnection>>>,
}

impl PostgresStore {
    pub async fn open(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await
            .map_err(|source| StoreError::Connect {
                url: redact_url(url),
                source,
            })?;
        sqlx::migrate!("migrations/postgres").run(&pool).await?;
        Ok(PostgresStore {
            pool,
            lead: Arc::default(),
        })
    }
}

impl PostgresStore {
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.pool.begin().await
    }
}

shared_store_impl!(PostgresStore, Backend::Postgres, {
    async fn lead_scheduler(&self) -> Result<bool, StoreError> {
        let mut held = self.lead.lock().await;
        if let Some(conn) = held.as_mut() {
            // Still ours while the connection that took the lock lives.
            if sqlx::query("SELECT 1").execute(&mut *conn).await.is_ok() {
                return Ok(true);
            }
            tracing::warn!("the connection holding the scheduler lock broke; taking it anew");
            *held = None;
        }
        // A connection of its own, outside the pool: the lock lives exactly as long as it
        // does, so an instance that dies (or loses the network) frees it at once.
        let mut conn = PgConnection::connect_with(&self.pool.connect_options()).await?;
        // One lock per schema: test schemas (and several installations sharing one
        // database) do not lead each other.
        let got: bool = sqlx::query_scalar(
            "SELECT pg_try_advisory_lock(hashtext('wegweiser scheduler ' || current_schema()))",
        )
        .fetch_one(&mut conn)
        .await?;
        if got {
            tracing::info!("this instance now runs the periodic jobs");
            *held = Some(conn);
        } else {
            let _ = conn.close().await;
        }
        Ok(got)
    }
});

impl PostgresStore {
    /// The newest migration compiled into this binary.
    fn known_schema() -> i64 {
        sqlx::migrate!("migrations/postgres")
            .iter()
            .map(|m| m.version)
            .max()
            .unwrap_or(0)
    }
}
org_store_impl!(PostgresStore);
manager_store_impl!(PostgresStore);
client_store_impl!(PostgresStore);
privacy_store_impl!(PostgresStore);
caseload_store_impl!(PostgresStore);
join_store_impl!(PostgresStore);
agenda_store_impl!(PostgresStore, sqlx::Postgres);
deadline_store_impl!(PostgresStore);
agenda_checks_impl!(PostgresStore);
offer_store_impl!(PostgresStore, sqlx::Postgres);
broadcast_store_impl!(PostgresStore, sqlx::Postgres);
web_session_store_impl!(PostgresStore);
operations_store_impl!(PostgresStore);
retention_store_impl!(PostgresStore, sqlx::Postgres);
// Several instances may send at once: each skips the rows another has locked.
outbox_store_impl!(
    PostgresStore,
    sqlx::Postgres,
    concat!(
        "UPDATE outbox SET state = 'sending', lease_until = $2, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox WHERE (state = 'pending' AND due_at <= $1) \
         OR (state = 'sending' AND lease_until <= $1) ORDER BY due_at, id LIMIT $3 \
         FOR UPDATE SKIP LOCKED) RETURNING ",
        outbox_cols!()
    )
);

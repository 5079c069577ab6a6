//! PostgreSQL: for production, where several instances may share one database.

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

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
use super::shared_orgs::org_store_impl;
use super::shared_outbox::{outbox_cols, outbox_store_impl};
use super::shared_privacy::privacy_store_impl;
use super::shared_web_sessions::web_session_store_impl;
use super::{Backend, StoreError};
use crate::config::redact_url;

#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
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
        Ok(PostgresStore { pool })
    }
}

impl PostgresStore {
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.pool.begin().await
    }
}

shared_store_impl!(PostgresStore, Backend::Postgres, {});
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

//! The SQL of [`super::operations::OperationsStore`], shared by both backends.

macro_rules! operations_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::operations::OperationsStore for $store {
            async fn record_update(
                &self,
                update_id: i64,
                payload: &str,
                instance: &str,
                claimed_until: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "INSERT INTO inbound_updates \
                     (update_id, received_at, payload, claimed_by, claimed_until) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (update_id) DO NOTHING",
                )
                .bind(update_id)
                .bind($crate::store::millis(now))
                .bind(payload)
                .bind(instance)
                .bind($crate::store::millis(claimed_until))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn start_update(
                &self,
                update_id: i64,
                instance: &str,
                claimed_until: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE inbound_updates SET claimed_until = $3 \
                     WHERE update_id = $1 AND claimed_by = $2 AND payload IS NOT NULL",
                )
                .bind(update_id)
                .bind(instance)
                .bind($crate::store::millis(claimed_until))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            async fn finish_update(&self, update_id: i64) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                        "UPDATE inbound_updates SET payload = NULL, claimed_by = NULL, \
                     claimed_until = NULL \
                     WHERE update_id = $1",
                )
                .bind(update_id)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn claim_stale_updates(
                &self,
                instance: &str,
                now: chrono::DateTime<chrono::Utc>,
                claimed_until: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> Result<Vec<$crate::store::operations::PendingUpdate>, $crate::store::StoreError>
            {
                // The outer conditions are checked again on a row another instance claimed
                // meanwhile (PostgreSQL re-reads it after the lock), so no row is taken twice.
                let rows: Vec<(i64, String)> = sqlx::query_as(
                    "UPDATE inbound_updates SET claimed_until = $2, claimed_by = $4 \
                     WHERE update_id IN (SELECT update_id FROM inbound_updates \
                     WHERE payload IS NOT NULL AND claimed_until <= $1 \
                     ORDER BY update_id LIMIT $3) \
                     AND payload IS NOT NULL AND claimed_until <= $1 \
                     RETURNING update_id, payload",
                )
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(claimed_until))
                .bind(limit)
                .bind(instance)
                .fetch_all(&self.pool)
                .await?;
                let mut rows: Vec<_> = rows
                    .into_iter()
                    .map(|(update_id, payload)| $crate::store::operations::PendingUpdate {
                        update_id,
                        payload,
                    })
                    .collect();
                rows.sort_by_key(|r| r.update_id);
                Ok(rows)
            }

            async fn prune_updates(
                &self,
                before: chrono::DateTime<chrono::Utc>,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query(
                    "DELETE FROM inbound_updates WHERE payload IS NULL AND received_at < $1",
                )
                .bind($crate::store::millis(before))
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }

            async fn heartbeat(
                &self,
                instance_id: &str,
                now: chrono::DateTime<chrono::Utc>,
                live_since: chrono::DateTime<chrono::Utc>,
            ) -> Result<u32, $crate::store::StoreError> {
                let now_ms = $crate::store::millis(now);
                sqlx::query(
                    "INSERT INTO instances (instance_id, started_at, last_seen) VALUES ($1, $2, $2) \
                     ON CONFLICT (instance_id) DO UPDATE SET last_seen = excluded.last_seen",
                )
                .bind(instance_id)
                .bind(now_ms)
                .execute(&self.pool)
                .await?;
                sqlx::query("DELETE FROM instances WHERE last_seen < $1")
                    .bind(now_ms - 3_600_000)
                    .execute(&self.pool)
                    .await?;
                let (n,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM instances WHERE last_seen >= $1")
                        .bind($crate::store::millis(live_since))
                        .fetch_one(&self.pool)
                        .await?;
                Ok(n.max(1) as u32)
            }

            async fn leave(&self, instance_id: &str) -> Result<(), $crate::store::StoreError> {
                sqlx::query("DELETE FROM instances WHERE instance_id = $1")
                    .bind(instance_id)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn active_web_sessions(
                &self,
                idle_since: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<i64, $crate::store::StoreError> {
                let (n,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM web_sessions WHERE expires_at > $1 AND last_seen > $2",
                )
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(idle_since))
                .fetch_one(&self.pool)
                .await?;
                Ok(n)
            }
        }
    };
}

pub(crate) use operations_store_impl;

//! The outbox SQL both backends share; the claim query differs (PostgreSQL skips rows
//! another instance has locked) and is passed in.

macro_rules! outbox_store_impl {
    ($store:ty, $db:ty, $claim_sql:expr) => {
        impl $store {
            /// Adds an outbox row inside a caller's transaction.
            pub(crate) async fn insert_outbox(
                tx: &mut sqlx::Transaction<'_, $db>,
                row: &$crate::store::outbox::NewOutbox,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, sqlx::Error> {
                let done = sqlx::query(
                    "INSERT INTO outbox (kind, recipient_id, template, args, due_at, expires_at, \
                     dedupe_key, created_at, client_id, subject) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                     ON CONFLICT (dedupe_key) DO NOTHING",
                )
                .bind(row.kind)
                .bind(row.recipient_id)
                .bind(row.template)
                .bind(row.args.to_string())
                .bind($crate::store::millis(row.due_at))
                .bind(row.expires_at.map($crate::store::millis))
                .bind(row.dedupe_key.as_deref())
                .bind($crate::store::millis(now))
                .bind(row.client_id)
                .bind(row.subject.as_deref())
                .execute(&mut **tx)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            /// Adds an audit entry inside a caller's transaction.
            pub(crate) async fn insert_audit(
                tx: &mut sqlx::Transaction<'_, $db>,
                actor: $crate::store::people::Actor,
                action: &str,
                subject: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), sqlx::Error> {
                sqlx::query(
                    "INSERT INTO audit_log (at, actor, action, subject) VALUES ($1, $2, $3, $4)",
                )
                .bind($crate::store::millis(now))
                .bind(actor.audit_name())
                .bind(action)
                .bind(subject)
                .execute(&mut **tx)
                .await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::outbox::OutboxStore for $store {
            async fn enqueue(
                &self,
                row: $crate::store::outbox::NewOutbox,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let added = Self::insert_outbox(&mut tx, &row, now).await?;
                tx.commit().await?;
                Ok(added)
            }

            async fn enqueue_all(
                &self,
                rows: Vec<$crate::store::outbox::NewOutbox>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<usize, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let mut added = 0;
                for row in &rows {
                    if Self::insert_outbox(&mut tx, row, now).await? {
                        added += 1;
                    }
                }
                tx.commit().await?;
                Ok(added)
            }

            async fn claim_due(
                &self,
                now: chrono::DateTime<chrono::Utc>,
                lease_until: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> Result<Vec<$crate::store::outbox::OutboxRow>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::outbox::OutboxTuple> = sqlx::query_as($claim_sql)
                    .bind($crate::store::millis(now))
                    .bind($crate::store::millis(lease_until))
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                let mut rows: Vec<_> = rows.into_iter().map(Into::into).collect();
                rows.sort_by_key(|r: &$crate::store::outbox::OutboxRow| (r.due_at, r.id));
                Ok(rows)
            }

            async fn release_claims(
                &self,
                claims: &[(i64, chrono::DateTime<chrono::Utc>)],
            ) -> Result<u64, $crate::store::StoreError> {
                if claims.is_empty() {
                    return Ok(0);
                }
                let mut tx = self.begin_write().await?;
                let mut released = 0;
                for (id, lease_until) in claims {
                    released += sqlx::query(
                        "UPDATE outbox SET state = 'pending', lease_until = NULL, \
                         attempts = attempts - 1 \
                         WHERE id = $1 AND state = 'sending' AND lease_until = $2",
                    )
                    .bind(*id)
                    .bind($crate::store::millis(*lease_until))
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                tx.commit().await?;
                Ok(released)
            }

            async fn mark_sent(
                &self,
                id: i64,
                now: chrono::DateTime<chrono::Utc>,
                message_id: Option<i64>,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE outbox SET state = 'sent', sent_at = $2, args = '{}', \
                     lease_until = NULL, last_error = NULL, telegram_message_id = $3 WHERE id = $1",
                )
                .bind(id)
                .bind($crate::store::millis(now))
                .bind(message_id)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn retry_at(
                &self,
                id: i64,
                due_at: chrono::DateTime<chrono::Utc>,
                error: &str,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE outbox SET state = 'pending', due_at = $2, lease_until = NULL, \
                     last_error = $3 WHERE id = $1",
                )
                .bind(id)
                .bind($crate::store::millis(due_at))
                .bind(error)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn finish_unsent(
                &self,
                id: i64,
                state: &str,
                error: &str,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE outbox SET state = $2, args = '{}', lease_until = NULL, \
                     last_error = $3 WHERE id = $1",
                )
                .bind(id)
                .bind(state)
                .bind(error)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn next_due(
                &self,
            ) -> Result<Option<chrono::DateTime<chrono::Utc>>, $crate::store::StoreError> {
                let due: Option<i64> = sqlx::query_scalar(
                    // Two index look-ups (state, due_at) instead of a scan of every planned
                    // row: with a million reminders planned this is the difference between
                    // microseconds and a tenth of a second.
                    "SELECT MIN(t) FROM ( \
                     SELECT MIN(due_at) AS t FROM outbox WHERE state = 'pending' \
                     UNION ALL SELECT MIN(lease_until) AS t FROM outbox WHERE state = 'sending') AS x",
                )
                .fetch_one(&self.pool)
                .await?;
                Ok(due.map($crate::store::from_millis))
            }

            async fn sent_message_id(
                &self,
                dedupe_key: &str,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                let row: Option<(Option<i64>,)> = sqlx::query_as(
                    "SELECT telegram_message_id FROM outbox WHERE dedupe_key = $1 AND state = 'sent'",
                )
                .bind(dedupe_key)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.and_then(|r| r.0))
            }

            async fn oldest_due(
                &self,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Option<chrono::DateTime<chrono::Utc>>, $crate::store::StoreError> {
                let due: Option<i64> = sqlx::query_scalar(
                    "SELECT MIN(due_at) FROM outbox WHERE state = 'pending' AND due_at <= $1",
                )
                .bind($crate::store::millis(now))
                .fetch_one(&self.pool)
                .await?;
                Ok(due.map($crate::store::from_millis))
            }

            async fn outbox_counts(&self) -> Result<Vec<(String, i64)>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state",
                )
                .fetch_all(&self.pool)
                .await?)
            }
        }
    };
}

pub(crate) use outbox_store_impl;

/// The columns an outbox row is read with, in [`super::outbox::OutboxTuple`] order.
macro_rules! outbox_cols {
    () => {
        "id, kind, recipient_id, template, args, due_at, expires_at, CAST(attempts AS BIGINT)"
    };
}
pub(crate) use outbox_cols;

//! The SQL of the web workplace's sign-in links and sessions, shared by both backends.

macro_rules! web_session_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::web_sessions::WebSessionStore for $store {
            async fn create_sign_in(
                &self,
                token_hash: &str,
                telegram_id: i64,
                expires_at: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                // Expired links and ended sessions are of no use to anyone: they go when a
                // new link is made.
                sqlx::query("DELETE FROM web_sign_ins WHERE expires_at <= $1")
                    .bind($crate::store::millis(now))
                    .execute(&self.pool)
                    .await?;
                sqlx::query("DELETE FROM web_sessions WHERE expires_at <= $1 OR last_seen <= $2")
                    .bind($crate::store::millis(now))
                    .bind($crate::store::millis(
                        now - $crate::config::web::SESSION_IDLE,
                    ))
                    .execute(&self.pool)
                    .await?;
                sqlx::query(
                    "INSERT INTO web_sign_ins (token_hash, telegram_id, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(token_hash)
                .bind(telegram_id)
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(expires_at))
                .execute(&self.pool)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                Ok(())
            }

            async fn redeem_sign_in(
                &self,
                token_hash: &str,
                session_hash: &str,
                csrf: &str,
                expires_at: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let who: Option<(i64,)> = sqlx::query_as(
                    "UPDATE web_sign_ins SET used_at = $2 \
                     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
                     RETURNING telegram_id",
                )
                .bind(token_hash)
                .bind($crate::store::millis(now))
                .fetch_optional(&mut *tx)
                .await?;
                let Some((telegram_id,)) = who else {
                    return Ok(None);
                };
                sqlx::query(
                    "INSERT INTO web_sessions (id_hash, telegram_id, csrf, created_at, last_seen, \
                     expires_at) VALUES ($1, $2, $3, $4, $4, $5)",
                )
                .bind(session_hash)
                .bind(telegram_id)
                .bind(csrf)
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(expires_at))
                .execute(&mut *tx)
                .await?;
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::Telegram(telegram_id),
                    "web.sign_in",
                    &format!("person:{telegram_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(Some(telegram_id))
            }

            async fn touch_session(
                &self,
                session_hash: &str,
                idle_since: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Option<$crate::store::web_sessions::WebSession>, $crate::store::StoreError>
            {
                let row: Option<(i64, String)> = sqlx::query_as(
                    "UPDATE web_sessions SET last_seen = $3 \
                     WHERE id_hash = $1 AND last_seen > $2 AND expires_at > $3 \
                     RETURNING telegram_id, csrf",
                )
                .bind(session_hash)
                .bind($crate::store::millis(idle_since))
                .bind($crate::store::millis(now))
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(
                    |(telegram_id, csrf)| $crate::store::web_sessions::WebSession {
                        telegram_id,
                        csrf,
                    },
                ))
            }

            async fn end_session(
                &self,
                session_hash: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let who: Option<(i64,)> = sqlx::query_as(
                    "DELETE FROM web_sessions WHERE id_hash = $1 RETURNING telegram_id",
                )
                .bind(session_hash)
                .fetch_optional(&mut *tx)
                .await?;
                if let Some((telegram_id,)) = who {
                    Self::insert_audit(
                        &mut tx,
                        $crate::store::people::Actor::Telegram(telegram_id),
                        "web.sign_out",
                        &format!("person:{telegram_id}"),
                        now,
                    )
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn end_sessions_of(
                &self,
                telegram_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let ended = sqlx::query("DELETE FROM web_sessions WHERE telegram_id = $1")
                    .bind(telegram_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::Telegram(telegram_id),
                    "web.sign_out_everywhere",
                    &format!("person:{telegram_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(ended)
            }
        }
    };
}

pub(crate) use web_session_store_impl;

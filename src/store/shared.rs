//! The SQL both backends share. SQLite and PostgreSQL agree on `$N` placeholders,
//! `ON CONFLICT … DO UPDATE` and `RETURNING`, so these queries are written once and
//! compiled against each backend's pool by [`shared_store_impl!`]; what differs between
//! the dialects is passed in as extra items.

macro_rules! shared_store_impl {
    ($store:ty, $backend:expr, { $($specific:item)* }) => {
        #[async_trait::async_trait]
        impl $crate::store::Store for $store {
            fn backend(&self) -> $crate::store::Backend {
                $backend
            }

            async fn user(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::User>, $crate::store::StoreError> {
                let row: Option<(i64, Option<String>, i64)> =
                    sqlx::query_as("SELECT id, language, created_at FROM users WHERE id = $1")
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.map(|(id, language, created)| $crate::store::User {
                    id,
                    language,
                    created_at: $crate::store::from_millis(created),
                }))
            }

            async fn caller(
                &self,
                telegram_id: i64,
            ) -> Result<$crate::store::Caller, $crate::store::StoreError> {
                use sqlx::Row;
                let row = sqlx::query(concat!(
                    "SELECT u.id, u.language, u.created_at, d.state, \
                     EXISTS (SELECT 1 FROM admin_scopes s WHERE s.telegram_id = x.tg), ",
                    $crate::store::shared_managers::manager_cols!(),
                    ", ",
                    $crate::store::shared_clients::client_cols!(),
                    " FROM (SELECT CAST($1 AS BIGINT) AS tg) x \
                     LEFT JOIN users u ON u.id = x.tg \
                     LEFT JOIN dialogues d ON d.chat_id = x.tg \
                     LEFT JOIN managers m ON m.telegram_id = x.tg \
                     LEFT JOIN clients c ON c.telegram_id = x.tg"
                ))
                .bind(telegram_id)
                .fetch_one(&self.pool)
                .await?;
                let user = match row.try_get::<Option<i64>, _>(0)? {
                    Some(id) => Some($crate::store::User {
                        id,
                        language: row.try_get(1)?,
                        created_at: $crate::store::from_millis(row.try_get(2)?),
                    }),
                    None => None,
                };
                // The manager's columns start at 5, the client's at 12.
                let manager = match row.try_get::<Option<i64>, _>(5)? {
                    Some(id) => {
                        let r: $crate::store::managers::ManagerRow = (
                            id,
                            row.try_get(6)?,
                            row.try_get(7)?,
                            row.try_get(8)?,
                            row.try_get(9)?,
                            row.try_get(10)?,
                            row.try_get(11)?,
                        );
                        Some(r.into())
                    }
                    None => None,
                };
                let client = match row.try_get::<Option<i64>, _>(12)? {
                    Some(id) => {
                        let r: $crate::store::clients::ClientRow = (
                            id,
                            row.try_get(13)?,
                            row.try_get(14)?,
                            row.try_get(15)?,
                            row.try_get(16)?,
                            row.try_get(17)?,
                            row.try_get(18)?,
                            row.try_get(19)?,
                            row.try_get(20)?,
                            row.try_get(21)?,
                        );
                        Some(r.into())
                    }
                    None => None,
                };
                Ok($crate::store::Caller {
                    user,
                    dialogue: row.try_get(3)?,
                    scoped_admin: row.try_get(4)?,
                    manager,
                    client,
                })
            }

            async fn ensure_user(
                &self,
                id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::User, $crate::store::StoreError> {
                let now = $crate::store::millis(now);
                // The no-op update makes RETURNING yield the existing row too.
                let (id, language, created): (i64, Option<String>, i64) = sqlx::query_as(
                    "INSERT INTO users (id, language, created_at, updated_at) \
                     VALUES ($1, NULL, $2, $2) \
                     ON CONFLICT (id) DO UPDATE SET id = excluded.id \
                     RETURNING id, language, created_at",
                )
                .bind(id)
                .bind(now)
                .fetch_one(&self.pool)
                .await?;
                Ok($crate::store::User {
                    id,
                    language,
                    created_at: $crate::store::from_millis(created),
                })
            }

            async fn set_language(
                &self,
                id: i64,
                language: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let now = $crate::store::millis(now);
                sqlx::query(
                    "INSERT INTO users (id, language, created_at, updated_at) \
                     VALUES ($1, $2, $3, $3) \
                     ON CONFLICT (id) DO UPDATE SET language = excluded.language, \
                     updated_at = excluded.updated_at",
                )
                .bind(id)
                .bind(language)
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn dialogue(
                &self,
                chat_id: i64,
            ) -> Result<Option<String>, $crate::store::StoreError> {
                Ok(
                    sqlx::query_scalar("SELECT state FROM dialogues WHERE chat_id = $1")
                        .bind(chat_id)
                        .fetch_optional(&self.pool)
                        .await?,
                )
            }

            async fn set_dialogue(
                &self,
                chat_id: i64,
                state: Option<&str>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                match state {
                    Some(state) => {
                        sqlx::query(
                            "INSERT INTO dialogues (chat_id, state, updated_at) \
                             VALUES ($1, $2, $3) \
                             ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, \
                             updated_at = excluded.updated_at",
                        )
                        .bind(chat_id)
                        .bind(state)
                        .bind($crate::store::millis(now))
                        .execute(&self.pool)
                        .await?;
                    }
                    None => {
                        sqlx::query("DELETE FROM dialogues WHERE chat_id = $1")
                            .bind(chat_id)
                            .execute(&self.pool)
                            .await?;
                    }
                }
                Ok(())
            }

            async fn close(&self) {
                self.pool.close().await;
            }

            async fn schema_versions(&self) -> Result<(i64, i64), $crate::store::StoreError> {
                let applied: Option<i64> = sqlx::query_scalar(
                    "SELECT MAX(version) FROM _sqlx_migrations WHERE success",
                )
                .fetch_one(&self.pool)
                .await?;
                Ok((applied.unwrap_or(0), Self::known_schema()))
            }

            $($specific)*
        }
    };
}

pub(crate) use shared_store_impl;

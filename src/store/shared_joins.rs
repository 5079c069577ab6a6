//! The join-request SQL shared by both backends (see `shared.rs` for why a macro).

macro_rules! join_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::joins::JoinStore for $store {
            async fn gemeinden_with_managers(
                &self,
            ) -> Result<Vec<$crate::store::orgs::Gemeinde>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                    "SELECT g.id, g.ags, g.name, g.landkreis FROM gemeinden g WHERE EXISTS ( \
                     SELECT 1 FROM manager_gemeinden mg JOIN managers m ON m.id = mg.manager_id \
                     WHERE mg.gemeinde_id = g.id AND m.status = 'active') ORDER BY g.name",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn active_managers_of(
                &self,
                gemeinde_id: i64,
            ) -> Result<Vec<$crate::store::people::Manager>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::managers::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_managers::manager_cols!(),
                    " FROM managers m JOIN manager_gemeinden mg ON mg.manager_id = m.id \
                     WHERE mg.gemeinde_id = $1 AND m.status = 'active' AND m.telegram_id IS NOT NULL \
                     ORDER BY m.display_name"
                ))
                .bind(gemeinde_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn open_join_request(
                &self,
                telegram_id: i64,
                gemeinde_id: i64,
                language: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                let managers = self.active_managers_of(gemeinde_id).await?;
                let mut tx = self.begin_write().await?;
                let inserted: Result<(i64,), _> = sqlx::query_as(
                    "INSERT INTO join_requests (telegram_id, gemeinde_id, language, created_at) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(telegram_id)
                .bind(gemeinde_id)
                .bind(language)
                .bind($crate::store::millis(now))
                .fetch_one(&mut *tx)
                .await;
                let id = match inserted.map_err($crate::store::StoreError::from_insert) {
                    Ok((id,)) => id,
                    Err($crate::store::StoreError::Duplicate) => return Ok(None),
                    Err(e) => return Err(e),
                };
                let gemeinde: (String,) = sqlx::query_as("SELECT name FROM gemeinden WHERE id = $1")
                    .bind(gemeinde_id)
                    .fetch_one(&mut *tx)
                    .await?;
                for m in managers {
                    let Some(tg) = m.telegram_id else { continue };
                    let notice = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "notify-join-request",
                        serde_json::json!({
                            "gemeinde": gemeinde.0,
                            "language": $crate::delivery::render::language(language),
                            "_buttons": [[["join-accept", format!("jr:a:{id}")], ["join-decline", format!("jr:d:{id}")]]],
                        }),
                        now,
                    );
                    Self::insert_outbox(&mut tx, &notice, now).await?;
                }
                tx.commit().await?;
                Ok(Some(id))
            }

            async fn join_request(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::joins::JoinRequest>, $crate::store::StoreError> {
                let row: Option<(i64, i64, i64, String, Option<i64>)> = sqlx::query_as(
                    "SELECT id, telegram_id, gemeinde_id, status, client_id FROM join_requests WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(id, telegram_id, gemeinde_id, status, client_id)| {
                    $crate::store::joins::JoinRequest { id, telegram_id, gemeinde_id, status, client_id }
                }))
            }

            async fn open_join_requests(
                &self,
                manager_id: i64,
            ) -> Result<Vec<(i64, String, String, chrono::DateTime<chrono::Utc>)>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
                    "SELECT r.id, g.name, r.language, r.created_at FROM join_requests r \
                     JOIN gemeinden g ON g.id = r.gemeinde_id \
                     JOIN manager_gemeinden mg ON mg.gemeinde_id = r.gemeinde_id AND mg.manager_id = $1 \
                     WHERE r.status = 'open' ORDER BY r.created_at, r.id",
                )
                .bind(manager_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, g, l, at)| (id, g, l, $crate::store::from_millis(at)))
                    .collect())
            }

            async fn last_join_request_at(
                &self,
                telegram_id: i64,
                gemeinde_id: i64,
            ) -> Result<Option<(chrono::DateTime<chrono::Utc>, bool)>, $crate::store::StoreError> {
                let row: Option<(i64, String)> = sqlx::query_as(
                    "SELECT created_at, status FROM join_requests WHERE telegram_id = $1 AND gemeinde_id = $2 \
                     ORDER BY created_at DESC, id DESC LIMIT 1",
                )
                .bind(telegram_id)
                .bind(gemeinde_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(|(at, status)| ($crate::store::from_millis(at), status == "open")))
            }

            async fn decide_join_request(
                &self,
                id: i64,
                manager: &$crate::store::people::Manager,
                accept: bool,
                label: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let decided: Option<(i64, i64, String, String)> = sqlx::query_as(
                    "UPDATE join_requests SET status = $2, decided_at = $3 WHERE id = $1 AND status = 'open' \
                     RETURNING telegram_id, gemeinde_id, language, \
                     (SELECT name FROM gemeinden g WHERE g.id = join_requests.gemeinde_id)",
                )
                .bind(id)
                .bind(if accept { "accepted" } else { "declined" })
                .bind($crate::store::millis(now))
                .fetch_optional(&mut *tx)
                .await?;
                let Some((tg, gemeinde_id, language, gemeinde)) = decided else {
                    return Ok(false);
                };
                let notice = if accept {
                    let (client_id,): (i64,) = sqlx::query_as(
                        "INSERT INTO clients (manager_id, gemeinde_id, label, language, created_at) \
                         VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    )
                    .bind(manager.id)
                    .bind(gemeinde_id)
                    .bind(label)
                    .bind(&language)
                    .bind($crate::store::millis(now))
                    .fetch_one(&mut *tx)
                    .await?;
                    sqlx::query("UPDATE join_requests SET client_id = $2 WHERE id = $1")
                        .bind(id)
                        .bind(client_id)
                        .execute(&mut *tx)
                        .await?;
                    $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "join-accepted",
                        serde_json::json!({
                            "manager": manager.display_name,
                            "_buttons": [[["join-continue", format!("jr:go:{id}")]]],
                        }),
                        now,
                    )
                } else {
                    $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "join-declined",
                        serde_json::json!({ "gemeinde": gemeinde }),
                        now,
                    )
                };
                Self::insert_outbox(&mut tx, &notice, now).await?;
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::Telegram(manager.telegram_id.unwrap_or_default()),
                    if accept { "join.accept" } else { "join.decline" },
                    &format!("join:{id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}

pub(crate) use join_store_impl;

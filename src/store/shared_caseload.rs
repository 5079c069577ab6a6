//! The caseload SQL shared by both backends (see `shared.rs` for why a macro).

macro_rules! caseload_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::caseload::CaseloadStore for $store {
            async fn set_client_gemeinde(
                &self,
                client_id: i64,
                gemeinde_id: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE clients SET gemeinde_id = $2 WHERE id = $1")
                    .bind(client_id)
                    .bind(gemeinde_id)
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::store::StoreError::from_insert)?;
                Self::insert_audit(&mut tx, actor, "client.gemeinde", &format!("client:{client_id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn hand_over_client(
                &self,
                client_id: i64,
                from: &$crate::store::people::Manager,
                to: &$crate::store::people::Manager,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let row: Option<(String, String, Option<i64>, String)> = sqlx::query_as(
                    "UPDATE clients SET manager_id = $2 WHERE id = $1 \
                     RETURNING label, (SELECT name FROM gemeinden g WHERE g.id = clients.gemeinde_id), \
                     telegram_id, status",
                )
                .bind(client_id)
                .bind(to.id)
                .fetch_optional(&mut *tx)
                .await?;
                // The client learns who reads their messages now, in their language.
                if let Some((_, _, Some(client_tg), status)) = &row
                    && matches!(status.as_str(), "active" | "unreachable")
                {
                    let notice = $crate::store::outbox::NewOutbox::notice(
                        *client_tg,
                        "client-new-manager",
                        serde_json::json!({ "manager": to.display_name }),
                        now,
                    )
                    .about(client_id);
                    Self::insert_outbox(&mut tx, &notice, now).await?;
                }
                if let (Some((label, gemeinde, _, _)), Some(tg)) = (row, to.telegram_id) {
                    let notice = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "notify-client-handed-over",
                        serde_json::json!({ "from": from.display_name, "label": label, "gemeinde": gemeinde }),
                        now,
                    )
                    .about(client_id);
                    Self::insert_outbox(&mut tx, &notice, now).await?;
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::Telegram(from.telegram_id.unwrap_or_default()),
                    "client.handover",
                    &format!("client:{client_id} manager:{}", to.id),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn extend_support(
                &self,
                client_id: i64,
                until: chrono::DateTime<chrono::Utc>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE clients SET support_until = $2 WHERE id = $1")
                    .bind(client_id)
                    .bind($crate::store::millis(until))
                    .execute(&mut *tx)
                    .await?;
                Self::insert_audit(&mut tx, actor, "client.extend", &format!("client:{client_id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn end_client(
                &self,
                client_id: i64,
                by: &$crate::store::people::Manager,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                Self::end_client_in(
                    &mut tx,
                    client_id,
                    &by.display_name,
                    $crate::store::people::Actor::Telegram(by.telegram_id.unwrap_or_default()),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn clients_ending_before(
                &self,
                horizon: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<($crate::store::people::Client, i64, Option<String>)>, $crate::store::StoreError>
            {
                let rows: Vec<$crate::store::clients::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_clients::client_cols!(),
                    " FROM clients c WHERE c.status IN ('active', 'unreachable') \
                     AND c.support_until IS NOT NULL AND c.support_until <= $1 ORDER BY c.id"
                ))
                .bind($crate::store::millis(horizon))
                .fetch_all(&self.pool)
                .await?;
                let mut out = vec![];
                for row in rows {
                    let client: $crate::store::people::Client = row.into();
                    let manager: Option<(Option<i64>, Option<String>)> = sqlx::query_as(
                        "SELECT m.telegram_id, u.language FROM managers m \
                         LEFT JOIN users u ON u.id = m.telegram_id WHERE m.id = $1",
                    )
                    .bind(client.manager_id)
                    .fetch_optional(&self.pool)
                    .await?;
                    if let Some((Some(tg), lang)) = manager {
                        out.push((client, tg, lang));
                    }
                }
                Ok(out)
            }
        }
    };
}

pub(crate) use caseload_store_impl;

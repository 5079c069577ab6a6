//! The retention SQL both backends share (see `store/shared.rs` for why a macro).

macro_rules! retention_store_impl {
    ($store:ty, $db:ty) => {
        impl $store {
            /// Ends a client's support inside a caller's transaction: status `ended` (and
            /// when), unused invites revoked, the client told who accompanied them.
            /// `false` if it had ended already (nothing written).
            pub(crate) async fn end_client_in(
                tx: &mut sqlx::Transaction<'_, $db>,
                client_id: i64,
                manager_name: &str,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, sqlx::Error> {
                let row: Option<(Option<i64>,)> = sqlx::query_as(
                    "UPDATE clients SET status = 'ended', ended_at = $2 \
                     WHERE id = $1 AND status <> 'ended' RETURNING telegram_id",
                )
                .bind(client_id)
                .bind($crate::store::millis(now))
                .fetch_optional(&mut **tx)
                .await?;
                let Some((client_tg,)) = row else {
                    return Ok(false);
                };
                // An unused invite must not link anyone any more.
                sqlx::query(
                    "UPDATE invites SET revoked_at = $2 WHERE client_id = $1 AND used_at IS NULL \
                     AND revoked_at IS NULL",
                )
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&mut **tx)
                .await?;
                if let Some(tg) = client_tg {
                    let notice = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "support-ended-client",
                        serde_json::json!({ "manager": manager_name }),
                        now,
                    );
                    Self::insert_outbox(tx, &notice, now).await?;
                }
                Self::insert_audit(tx, actor, "client.end", &format!("client:{client_id}"), now)
                    .await?;
                Ok(true)
            }
        }

        $crate::store::retention::figures_sql::figures_impl!($store, $db);

        #[async_trait::async_trait]
        impl $crate::store::retention::RetentionStore for $store {
            async fn end_support_due(
                &self,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<$crate::store::retention::EndedSupport>, $crate::store::StoreError> {
                let due: Vec<(i64, String, String, Option<i64>)> = sqlx::query_as(
                    "SELECT c.id, c.label, m.display_name, m.telegram_id FROM clients c \
                     JOIN managers m ON m.id = c.manager_id \
                     WHERE c.status IN ('active', 'unreachable') AND c.support_until IS NOT NULL \
                     AND c.support_until <= $1 ORDER BY c.id",
                )
                .bind($crate::store::millis(now))
                .fetch_all(&self.pool)
                .await?;
                let mut ended = vec![];
                for (client_id, label, manager_name, manager_tg) in due {
                    let mut tx = self.begin_write().await?;
                    if !Self::end_client_in(
                        &mut tx,
                        client_id,
                        &manager_name,
                        $crate::store::people::Actor::System,
                        now,
                    )
                    .await?
                    {
                        continue;
                    }
                    if let Some(tg) = manager_tg {
                        let notice = $crate::store::outbox::NewOutbox::notice(
                            tg,
                            "support-ended-planned",
                            serde_json::json!({ "label": label }),
                            now,
                        );
                        Self::insert_outbox(&mut tx, &notice, now).await?;
                    }
                    tx.commit().await?;
                    ended.push($crate::store::retention::EndedSupport { client_id, label });
                }
                Ok(ended)
            }

            async fn clients_ended_before(
                &self,
                before: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<i64>, $crate::store::StoreError> {
                let ids: Vec<(i64,)> = sqlx::query_as(
                    "SELECT id FROM clients WHERE status = 'ended' AND ended_at IS NOT NULL \
                     AND ended_at <= $1 ORDER BY id",
                )
                .bind($crate::store::millis(before))
                .fetch_all(&self.pool)
                .await?;
                Ok(ids.into_iter().map(|(id,)| id).collect())
            }

            async fn delete_after_retention(
                &self,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                self.delete_client_because(
                    client_id,
                    now,
                    "notify-client-retention-deleted",
                    "client.retention-delete",
                )
                .await
            }

            async fn forget_inactive(
                &self,
                before: chrono::DateTime<chrono::Utc>,
                admins: &[i64],
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::retention::Forgotten, $crate::store::StoreError> {
                let before_ms = $crate::store::millis(before);
                let mut forgotten = $crate::store::retention::Forgotten::default();
                // Clients invited but never linked, whose invites ran out long ago.
                let unlinked: Vec<(i64,)> = sqlx::query_as(
                    "SELECT c.id FROM clients c WHERE c.status = 'invited' \
                     AND c.telegram_id IS NULL AND c.created_at < $1 \
                     AND NOT EXISTS (SELECT 1 FROM invites i WHERE i.client_id = c.id \
                         AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at >= $1)",
                )
                .bind(before_ms)
                .fetch_all(&self.pool)
                .await?;
                for (id,) in unlinked {
                    self.delete_client_because(
                        id,
                        now,
                        "notify-client-unlinked-deleted",
                        "client.forget-unlinked",
                    )
                    .await?;
                    forgotten.unlinked_clients += 1;
                }
                // People who never became a client or a manager and have done nothing
                // since `before` (no change of language, no join request, no dialogue).
                let users: Vec<(i64,)> = sqlx::query_as(
                    "SELECT u.id FROM users u WHERE u.updated_at < $1 \
                     AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.telegram_id = u.id) \
                     AND NOT EXISTS (SELECT 1 FROM managers m WHERE m.telegram_id = u.id) \
                     AND NOT EXISTS (SELECT 1 FROM admin_scopes s WHERE s.telegram_id = u.id) \
                     AND NOT EXISTS (SELECT 1 FROM join_requests j WHERE j.telegram_id = u.id \
                         AND (j.status = 'open' OR COALESCE(j.decided_at, j.created_at) >= $1)) \
                     AND NOT EXISTS (SELECT 1 FROM dialogues d WHERE d.chat_id = u.id \
                         AND d.updated_at >= $1)",
                )
                .bind(before_ms)
                .fetch_all(&self.pool)
                .await?;
                for (tg,) in users.into_iter().filter(|(tg,)| !admins.contains(tg)) {
                    let mut tx = self.begin_write().await?;
                    for sql in [
                        "DELETE FROM join_requests WHERE telegram_id = $1",
                        "DELETE FROM dialogues WHERE chat_id = $1",
                        "DELETE FROM outbox WHERE recipient_id = $1 AND state IN ('pending', 'sending')",
                        "DELETE FROM users WHERE id = $1",
                    ] {
                        sqlx::query(sql).bind(tg).execute(&mut *tx).await?;
                    }
                    sqlx::query("UPDATE audit_log SET actor = 'forgotten-user' WHERE actor = $1")
                        .bind(format!("tg:{tg}"))
                        .execute(&mut *tx)
                        .await?;
                    Self::insert_audit(
                        &mut tx,
                        $crate::store::people::Actor::System,
                        "user.forget-inactive",
                        "user:forgotten",
                        now,
                    )
                    .await?;
                    tx.commit().await?;
                    forgotten.users += 1;
                }
                let invites = sqlx::query(
                    "DELETE FROM invites WHERE kind = 'manager' AND used_at IS NULL \
                     AND expires_at < $1",
                )
                .bind(before_ms)
                .execute(&self.pool)
                .await?;
                forgotten.invites = invites.rows_affected();
                Ok(forgotten)
            }

            async fn figures(
                &self,
                from: &str,
                until: &str,
            ) -> Result<Vec<$crate::store::retention::FigureCount>, $crate::store::StoreError> {
                self.figures_in(from, until).await
            }

            async fn standing(
                &self,
                today: chrono::NaiveDate,
            ) -> Result<$crate::store::retention::Standings, $crate::store::StoreError> {
                self.standing_in(today).await
            }
        }
    };
}

pub(crate) use retention_store_impl;

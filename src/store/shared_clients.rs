//! The SQL of clients, their invites and the relay map, shared by both backends (see
//! `shared.rs` for why a macro).

macro_rules! client_cols {
    () => {
        "c.id, c.manager_id, c.gemeinde_id, c.label, c.language, c.status, c.telegram_id, \
         c.linked_at, c.support_until, c.last_contact_at"
    };
}
pub(crate) use client_cols;

macro_rules! client_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::clients::ClientStore for $store {
            async fn create_client(
                &self,
                manager_id: i64,
                gemeinde_id: i64,
                label: &str,
                language: &str,
                invite_hash: &str,
                expires_at: chrono::DateTime<chrono::Utc>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::clients::Client, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO clients (manager_id, gemeinde_id, label, language, created_at) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(manager_id)
                .bind(gemeinde_id)
                .bind(label)
                .bind(language)
                .bind($crate::store::millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                sqlx::query(
                    "INSERT INTO invites (token_hash, kind, client_id, created_by, created_at, expires_at) \
                     VALUES ($1, 'client', $2, $3, $4, $5)",
                )
                .bind(invite_hash)
                .bind(id)
                .bind(actor.telegram_id())
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(expires_at))
                .execute(&mut *tx)
                .await?;
                Self::insert_audit(&mut tx, actor, "client.create", &format!("client:{id}"), now).await?;
                tx.commit().await?;
                Ok($crate::store::clients::ClientStore::client(self, id).await?.expect("just created"))
            }

            async fn renew_client_invite(
                &self,
                client_id: i64,
                invite_hash: &str,
                expires_at: chrono::DateTime<chrono::Utc>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "UPDATE invites SET revoked_at = $2 WHERE client_id = $1 AND used_at IS NULL \
                     AND revoked_at IS NULL",
                )
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO invites (token_hash, kind, client_id, created_by, created_at, expires_at) \
                     VALUES ($1, 'client', $2, $3, $4, $5)",
                )
                .bind(invite_hash)
                .bind(client_id)
                .bind(actor.telegram_id())
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(expires_at))
                .execute(&mut *tx)
                .await?;
                Self::insert_audit(&mut tx, actor, "client.invite.renew", &format!("client:{client_id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn revoke_client_invites(
                &self,
                client_id: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let n = sqlx::query(
                    "UPDATE invites SET revoked_at = $2 WHERE client_id = $1 AND used_at IS NULL \
                     AND revoked_at IS NULL",
                )
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?
                .rows_affected();
                Self::insert_audit(&mut tx, actor, "client.invite.revoke", &format!("client:{client_id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(n)
            }

            async fn invite(
                &self,
                invite_hash: &str,
            ) -> Result<Option<$crate::store::clients::Invite>, $crate::store::StoreError> {
                let row: Option<(String, Option<i64>, Option<i64>, i64, Option<i64>, Option<i64>)> =
                    sqlx::query_as(
                        "SELECT kind, manager_id, client_id, expires_at, used_at, revoked_at \
                         FROM invites WHERE token_hash = $1",
                    )
                    .bind(invite_hash)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.and_then(|(kind, manager_id, client_id, expires, used, revoked)| {
                    Some($crate::store::clients::Invite {
                        kind: $crate::domain::invite::InviteKind::parse(&kind)?,
                        manager_id,
                        client_id,
                        state: $crate::domain::invite::InviteState {
                            expires_at: $crate::store::from_millis(expires),
                            used_at: used.map($crate::store::from_millis),
                            revoked_at: revoked.map($crate::store::from_millis),
                        },
                    })
                }))
            }

            async fn claim_client_invite(
                &self,
                invite_hash: &str,
                telegram_id: i64,
                consents: &[$crate::domain::consent::Purpose],
                support_until: chrono::DateTime<chrono::Utc>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::clients::Client, $crate::store::people::LinkError> {
                use $crate::store::people::LinkError;
                let mut tx = self.begin_write().await?;
                // One person, one role: not linked as a client already, and no manager.
                let taken: Option<(i64,)> = sqlx::query_as(
                    "SELECT id FROM clients WHERE telegram_id = $1 AND status <> 'ended' \
                     UNION ALL SELECT id FROM managers WHERE telegram_id = $1",
                )
                .bind(telegram_id)
                .fetch_optional(&mut *tx)
                .await?;
                if taken.is_some() {
                    return Err(LinkError::AlreadyLinked);
                }
                let claimed: Option<(Option<i64>,)> = sqlx::query_as(
                    "UPDATE invites SET used_at = $2 WHERE token_hash = $1 AND kind = 'client' \
                     AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2 RETURNING client_id",
                )
                .bind(invite_hash)
                .bind($crate::store::millis(now))
                .fetch_optional(&mut *tx)
                .await?;
                let Some((Some(client_id),)) = claimed else {
                    drop(tx);
                    return Err(self.invite_problem(invite_hash, now).await?.into());
                };
                // An ended earlier link of the same account is released first.
                sqlx::query("UPDATE clients SET telegram_id = NULL WHERE telegram_id = $1")
                    .bind(telegram_id)
                    .execute(&mut *tx)
                    .await?;
                let linked = sqlx::query(
                    "UPDATE clients SET telegram_id = $2, status = 'active', linked_at = $3, \
                     support_until = $4, last_contact_at = $3 \
                     WHERE id = $1 AND status = 'invited' AND telegram_id IS NULL",
                )
                .bind(client_id)
                .bind(telegram_id)
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(support_until))
                .execute(&mut *tx)
                .await?;
                if linked.rows_affected() == 0 {
                    // Support was ended (or the case linked) since the invite was made.
                    return Err($crate::domain::invite::InviteProblem::Revoked.into());
                }
                sqlx::query("DELETE FROM consents WHERE client_id = $1")
                    .bind(client_id)
                    .execute(&mut *tx)
                    .await?;
                for p in consents {
                    sqlx::query("INSERT INTO consents (client_id, purpose, granted_at) VALUES ($1, $2, $3)")
                        .bind(client_id)
                        .bind(p.as_str())
                        .bind($crate::store::millis(now))
                        .execute(&mut *tx)
                        .await?;
                }
                let (label, manager_tg, gemeinde): (String, Option<i64>, String) = sqlx::query_as(
                    "SELECT c.label, m.telegram_id, g.name FROM clients c \
                     JOIN managers m ON m.id = c.manager_id JOIN gemeinden g ON g.id = c.gemeinde_id \
                     WHERE c.id = $1",
                )
                .bind(client_id)
                .fetch_one(&mut *tx)
                .await?;
                if let Some(tg) = manager_tg {
                    let row = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "notify-client-linked",
                        serde_json::json!({ "label": label, "gemeinde": gemeinde }),
                        now,
                    )
                    .about(client_id);
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::Telegram(telegram_id),
                    "client.link",
                    &format!("client:{client_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok($crate::store::clients::ClientStore::client(self, client_id)
                    .await?
                    .expect("just linked"))
            }

            async fn client(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::clients::Client>, $crate::store::StoreError> {
                let row: Option<$crate::store::clients::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_clients::client_cols!(),
                    " FROM clients c WHERE c.id = $1"
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn client_gemeinden(
                &self,
            ) -> Result<std::collections::HashMap<i64, i64>, $crate::store::StoreError> {
                let rows: Vec<(i64, i64)> = sqlx::query_as("SELECT id, gemeinde_id FROM clients")
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.into_iter().collect())
            }

            async fn client_by_telegram(
                &self,
                telegram_id: i64,
            ) -> Result<Option<$crate::store::clients::Client>, $crate::store::StoreError> {
                let row: Option<$crate::store::clients::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_clients::client_cols!(),
                    " FROM clients c WHERE c.telegram_id = $1"
                ))
                .bind(telegram_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn clients_of(
                &self,
                manager_id: i64,
                offset: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::clients::Client>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::clients::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_clients::client_cols!(),
                    " FROM clients c WHERE c.manager_id = $1 AND c.status <> 'ended' \
                     ORDER BY COALESCE(c.last_contact_at, c.created_at) DESC, c.id DESC \
                     LIMIT $2 OFFSET $3"
                ))
                .bind(manager_id)
                .bind(limit)
                .bind(offset)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn count_clients_of(&self, manager_id: i64) -> Result<i64, $crate::store::StoreError> {
                Ok(sqlx::query_scalar(
                    "SELECT COUNT(*) FROM clients WHERE manager_id = $1 AND status <> 'ended'",
                )
                .bind(manager_id)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn touch_client_contact(
                &self,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "UPDATE clients SET last_contact_at = $2, \
                     status = CASE WHEN status = 'unreachable' THEN 'active' ELSE status END WHERE id = $1",
                )
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn mark_unreachable(
                &self,
                telegram_id: i64,
                now: chrono::DateTime<chrono::Utc>,
                tell_manager: bool,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let hit: Option<(i64, String, Option<i64>)> = sqlx::query_as(
                    "UPDATE clients SET status = 'unreachable' WHERE telegram_id = $1 AND status = 'active' \
                     RETURNING id, label, (SELECT telegram_id FROM managers m WHERE m.id = clients.manager_id)",
                )
                .bind(telegram_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((client_id, label, manager_tg)) = hit else {
                    return Ok(false);
                };
                if let Some(tg) = manager_tg.filter(|_| tell_manager) {
                    let row = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "notify-client-unreachable",
                        serde_json::json!({ "label": label }),
                        now,
                    )
                    .about(client_id);
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    "client.unreachable",
                    &format!("client:{client_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn record_relay(
                &self,
                chat_id: i64,
                message_id: i64,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "INSERT INTO relay_messages (chat_id, message_id, client_id, created_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (chat_id, message_id) DO NOTHING",
                )
                .bind(chat_id)
                .bind(message_id)
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn relay_client(
                &self,
                chat_id: i64,
                message_id: i64,
            ) -> Result<Option<i64>, $crate::store::StoreError> {
                Ok(sqlx::query_scalar(
                    "SELECT client_id FROM relay_messages WHERE chat_id = $1 AND message_id = $2",
                )
                .bind(chat_id)
                .bind(message_id)
                .fetch_optional(&self.pool)
                .await?)
            }
        }

        impl $store {
            /// Why an invite could not be claimed.
            async fn invite_problem(
                &self,
                invite_hash: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::domain::invite::InviteProblem, $crate::store::StoreError> {
                use $crate::store::clients::ClientStore;
                Ok(match self.invite(invite_hash).await? {
                    None => $crate::domain::invite::InviteProblem::Unknown,
                    Some(inv) => $crate::domain::invite::check(&inv.state, now)
                        .err()
                        .unwrap_or($crate::domain::invite::InviteProblem::Used),
                })
            }
        }
    };
}

pub(crate) use client_store_impl;

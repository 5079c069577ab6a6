//! The SQL of consent, a client's record, deletion and the audit log, shared by both
//! backends (see `shared.rs` for why a macro).

macro_rules! privacy_store_impl {
    ($store:ty) => {
        impl $store {
            /// Deletes a client's personal data and link (see `PrivacyStore::delete_client`),
            /// telling the manager with `notice` and auditing `action`; the client's part of
            /// the yearly figures is kept as counts.
            pub(crate) async fn delete_client_because(
                &self,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
                notice: &'static str,
                action: &str,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let row: Option<(String, Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT c.label, c.telegram_id, m.telegram_id FROM clients c \
                     JOIN managers m ON m.id = c.manager_id WHERE c.id = $1",
                )
                .bind(client_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((label, client_tg, manager_tg)) = row else {
                    return Ok(());
                };
                // The yearly figures must not change when the client's data goes.
                Self::archive_figures(&mut tx, client_id).await?;
                for sql in [
                    "DELETE FROM relay_messages WHERE client_id = $1",
                    "DELETE FROM consents WHERE client_id = $1",
                    "DELETE FROM invites WHERE client_id = $1",
                    "DELETE FROM notices_sent WHERE client_id = $1",
                    "DELETE FROM clients WHERE id = $1",
                ] {
                    sqlx::query(sql).bind(client_id).execute(&mut *tx).await?;
                }
                // What still waits to be sent about the client goes; what was sent keeps
                // no trace of them.
                for sql in [
                    "DELETE FROM outbox WHERE client_id = $1 AND state IN ('pending', 'sending')",
                    "UPDATE outbox SET args = '{}', dedupe_key = NULL, client_id = NULL WHERE client_id = $1",
                ] {
                    sqlx::query(sql).bind(client_id).execute(&mut *tx).await?;
                }
                if let Some(tg) = client_tg {
                    for sql in [
                        "DELETE FROM outbox WHERE recipient_id = $1",
                        "DELETE FROM join_requests WHERE telegram_id = $1",
                        "DELETE FROM dialogues WHERE chat_id = $1",
                        "DELETE FROM users WHERE id = $1",
                    ] {
                        sqlx::query(sql).bind(tg).execute(&mut *tx).await?;
                    }
                }
                if let Some(tg) = manager_tg {
                    // The label lives in this row only until it is sent (arguments are
                    // wiped on delivery).
                    let row = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        notice,
                        serde_json::json!({ "label": label }),
                        now,
                    );
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                // The audit log keeps that things happened, not to whom.
                sqlx::query(
                    "UPDATE audit_log SET subject = 'client:deleted' \
                     WHERE subject = $1 OR subject LIKE $2",
                )
                .bind(format!("client:{client_id}"))
                .bind(format!("client:{client_id} %"))
                .execute(&mut *tx)
                .await?;
                if let Some(tg) = client_tg {
                    sqlx::query("UPDATE audit_log SET actor = 'deleted-client' WHERE actor = $1")
                        .bind(format!("tg:{tg}"))
                        .execute(&mut *tx)
                        .await?;
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    action,
                    "client:deleted",
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::privacy::PrivacyStore for $store {
            async fn consents(
                &self,
                client_id: i64,
            ) -> Result<
                Vec<($crate::domain::consent::Purpose, chrono::DateTime<chrono::Utc>)>,
                $crate::store::StoreError,
            > {
                let rows: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT purpose, granted_at FROM consents WHERE client_id = $1 ORDER BY purpose",
                )
                .bind(client_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .filter_map(|(p, at)| {
                        Some(($crate::domain::consent::Purpose::parse(&p)?, $crate::store::from_millis(at)))
                    })
                    .collect())
            }

            async fn set_consent(
                &self,
                client_id: i64,
                purpose: $crate::domain::consent::Purpose,
                granted: bool,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                if granted {
                    sqlx::query(
                        "INSERT INTO consents (client_id, purpose, granted_at) VALUES ($1, $2, $3) \
                         ON CONFLICT (client_id, purpose) DO NOTHING",
                    )
                    .bind(client_id)
                    .bind(purpose.as_str())
                    .bind($crate::store::millis(now))
                    .execute(&mut *tx)
                    .await?;
                } else {
                    sqlx::query("DELETE FROM consents WHERE client_id = $1 AND purpose = $2")
                        .bind(client_id)
                        .bind(purpose.as_str())
                        .execute(&mut *tx)
                        .await?;
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    if granted { "consent.grant" } else { "consent.withdraw" },
                    &format!("client:{client_id} {}", purpose.as_str()),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn delete_client(
                &self,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                self.delete_client_because(client_id, now, "notify-client-deleted", "client.delete")
                    .await
            }

            async fn client_record(
                &self,
                client_id: i64,
            ) -> Result<Option<$crate::store::privacy::ClientRecord>, $crate::store::StoreError> {
                use $crate::store::{clients::ClientStore, managers::ManagerStore, orgs::OrgStore};
                let Some(client) = self.client(client_id).await? else {
                    return Ok(None);
                };
                let gemeinde = self.gemeinde(client.gemeinde_id).await?.expect("foreign key");
                let manager_name = self
                    .manager(client.manager_id)
                    .await?
                    .map(|m| m.display_name)
                    .unwrap_or_default();
                let consents = self.consents(client_id).await?;
                Ok(Some($crate::store::privacy::ClientRecord { client, gemeinde, manager_name, consents }))
            }

            async fn has_consent(
                &self,
                client_id: i64,
                purpose: $crate::domain::consent::Purpose,
            ) -> Result<bool, $crate::store::StoreError> {
                let n: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM consents WHERE client_id = $1 AND purpose = $2",
                )
                .bind(client_id)
                .bind(purpose.as_str())
                .fetch_one(&self.pool)
                .await?;
                Ok(n > 0)
            }

            async fn end_contact(
                &self,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let row: Option<(String, Option<i64>)> = sqlx::query_as(
                    "UPDATE clients SET status = 'ended' WHERE id = $1 AND status IN ('active', 'unreachable') \
                     RETURNING label, (SELECT telegram_id FROM managers m WHERE m.id = clients.manager_id)",
                )
                .bind(client_id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((label, manager_tg)) = row else {
                    return Ok(false);
                };
                for sql in [
                    "DELETE FROM consents WHERE client_id = $1",
                    "UPDATE outbox SET state = 'dropped', args = '{}', last_error = 'contact ended' \
                     WHERE client_id = $1 AND state = 'pending'",
                ] {
                    sqlx::query(sql).bind(client_id).execute(&mut *tx).await?;
                }
                sqlx::query(
                    "UPDATE invites SET revoked_at = $2 WHERE client_id = $1 AND used_at IS NULL \
                     AND revoked_at IS NULL",
                )
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?;
                if let Some(tg) = manager_tg {
                    let row = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "notify-client-ended-contact",
                        serde_json::json!({ "label": label }),
                        now,
                    );
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    "client.contact.end",
                    &format!("client:{client_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn person_record(
                &self,
                telegram_id: i64,
            ) -> Result<Option<$crate::store::privacy::PersonRecord>, $crate::store::StoreError> {
                let user: Option<(Option<String>, i64)> =
                    sqlx::query_as("SELECT language, created_at FROM users WHERE id = $1")
                        .bind(telegram_id)
                        .fetch_optional(&self.pool)
                        .await?;
                let requests: Vec<(String, String, i64)> = sqlx::query_as(
                    "SELECT g.name, j.status, j.created_at FROM join_requests j \
                     JOIN gemeinden g ON g.id = j.gemeinde_id WHERE j.telegram_id = $1 ORDER BY j.id",
                )
                .bind(telegram_id)
                .fetch_all(&self.pool)
                .await?;
                let Some((language, created)) = user else {
                    return Ok(None);
                };
                Ok(Some($crate::store::privacy::PersonRecord {
                    language,
                    first_seen: $crate::store::from_millis(created),
                    join_requests: requests
                        .into_iter()
                        .map(|(g, s, at)| (g, s, $crate::store::from_millis(at)))
                        .collect(),
                }))
            }

            async fn delete_person(
                &self,
                telegram_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                // A case opened for them on acceptance that they never joined goes too.
                let unjoined: Vec<(i64,)> = sqlx::query_as(
                    "SELECT c.id FROM join_requests j JOIN clients c ON c.id = j.client_id \
                     WHERE j.telegram_id = $1 AND c.telegram_id IS NULL AND c.status = 'invited'",
                )
                .bind(telegram_id)
                .fetch_all(&self.pool)
                .await?;
                for (client_id,) in unjoined {
                    self.delete_client(client_id, now).await?;
                }
                let mut tx = self.begin_write().await?;
                for sql in [
                    "DELETE FROM outbox WHERE recipient_id = $1",
                    "DELETE FROM join_requests WHERE telegram_id = $1",
                    "DELETE FROM dialogues WHERE chat_id = $1",
                    "DELETE FROM users WHERE id = $1",
                ] {
                    sqlx::query(sql).bind(telegram_id).execute(&mut *tx).await?;
                }
                sqlx::query("UPDATE audit_log SET actor = 'deleted-person' WHERE actor = $1")
                    .bind(format!("tg:{telegram_id}"))
                    .execute(&mut *tx)
                    .await?;
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    "person.delete",
                    "person:deleted",
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn audit(
                &self,
                actor: $crate::store::people::Actor,
                action: &str,
                subject: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                Self::insert_audit(&mut tx, actor, action, subject, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn audit_log(
                &self,
                limit: i64,
            ) -> Result<Vec<$crate::store::privacy::AuditEntry>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                    "SELECT at, actor, action, subject FROM audit_log ORDER BY id DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(at, actor, action, subject)| $crate::store::privacy::AuditEntry {
                        at: $crate::store::from_millis(at),
                        actor,
                        action,
                        subject,
                    })
                    .collect())
            }

            async fn audit_log_before(
                &self,
                before: Option<i64>,
                limit: i64,
            ) -> Result<Vec<(i64, $crate::store::privacy::AuditEntry)>, $crate::store::StoreError>
            {
                let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
                    "SELECT id, at, actor, action, subject FROM audit_log \
                     WHERE id < $1 ORDER BY id DESC LIMIT $2",
                )
                .bind(before.unwrap_or(i64::MAX))
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, at, actor, action, subject)| {
                        let entry = $crate::store::privacy::AuditEntry {
                            at: $crate::store::from_millis(at),
                            actor,
                            action,
                            subject,
                        };
                        (id, entry)
                    })
                    .collect())
            }
        }
    };
}

pub(crate) use privacy_store_impl;

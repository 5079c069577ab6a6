//! The SQL of Integrationsmanager, shared by both backends (see `shared.rs` for why a
//! macro). Claiming an invite uses `invite_problem`, generated with the client SQL.

macro_rules! manager_cols {
    () => {
        "m.id, m.organisation_id, m.telegram_id, m.display_name, m.status, m.absent_until, \
         m.substitute_id"
    };
}
pub(crate) use manager_cols;

macro_rules! manager_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::managers::ManagerStore for $store {
            async fn invite_manager(
                &self,
                organisation_id: i64,
                display_name: &str,
                gemeinde_ids: &[i64],
                invite_hash: &str,
                expires_at: chrono::DateTime<chrono::Utc>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::managers::Manager, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO managers (organisation_id, display_name, created_at) \
                     VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(organisation_id)
                .bind(display_name)
                .bind($crate::store::millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                for g in gemeinde_ids {
                    sqlx::query("INSERT INTO manager_gemeinden (manager_id, gemeinde_id) VALUES ($1, $2)")
                        .bind(id)
                        .bind(g)
                        .execute(&mut *tx)
                        .await
                        .map_err($crate::store::StoreError::from_insert)?;
                }
                sqlx::query(
                    "INSERT INTO invites (token_hash, kind, manager_id, created_by, created_at, expires_at) \
                     VALUES ($1, 'manager', $2, $3, $4, $5)",
                )
                .bind(invite_hash)
                .bind(id)
                .bind(actor.telegram_id())
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(expires_at))
                .execute(&mut *tx)
                .await?;
                Self::insert_audit(&mut tx, actor, "manager.invite", &format!("manager:{id}"), now).await?;
                tx.commit().await?;
                Ok($crate::store::managers::Manager {
                    id,
                    organisation_id,
                    telegram_id: None,
                    display_name: display_name.to_owned(),
                    status: "invited".to_owned(),
                    absent_until: None,
                    substitute_id: None,
                })
            }

            async fn claim_manager_invite(
                &self,
                invite_hash: &str,
                telegram_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::managers::Manager, $crate::store::people::LinkError> {
                use $crate::store::people::LinkError;
                let mut tx = self.begin_write().await?;
                // One person, one role: neither a manager already nor a client.
                let taken: Option<(i64,)> = sqlx::query_as(
                    "SELECT id FROM managers WHERE telegram_id = $1 \
                     UNION ALL SELECT id FROM clients WHERE telegram_id = $1",
                )
                .bind(telegram_id)
                .fetch_optional(&mut *tx)
                .await?;
                if taken.is_some() {
                    return Err(LinkError::AlreadyLinked);
                }
                let claimed: Option<(Option<i64>,)> = sqlx::query_as(
                    "UPDATE invites SET used_at = $2 WHERE token_hash = $1 AND kind = 'manager' \
                     AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2 RETURNING manager_id",
                )
                .bind(invite_hash)
                .bind($crate::store::millis(now))
                .fetch_optional(&mut *tx)
                .await?;
                let Some((Some(manager_id),)) = claimed else {
                    drop(tx);
                    return Err(self.invite_problem(invite_hash, now).await?.into());
                };
                let joined = sqlx::query(
                    "UPDATE managers SET telegram_id = $2, status = 'active' \
                     WHERE id = $1 AND status = 'invited'",
                )
                .bind(manager_id)
                .bind(telegram_id)
                .execute(&mut *tx)
                .await?;
                if joined.rows_affected() == 0 {
                    // Deactivated before joining: the invite is void.
                    return Err($crate::domain::invite::InviteProblem::Revoked.into());
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::Telegram(telegram_id),
                    "manager.join",
                    &format!("manager:{manager_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok($crate::store::managers::ManagerStore::manager(self, manager_id)
                    .await?
                    .expect("just updated"))
            }

            async fn set_manager_name(
                &self,
                manager_id: i64,
                name: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE managers SET display_name = $2 WHERE id = $1")
                    .bind(manager_id)
                    .bind(name)
                    .execute(&mut *tx)
                    .await?;
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    "manager.rename",
                    &format!("manager:{manager_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn manager(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::managers::Manager>, $crate::store::StoreError> {
                let row: Option<$crate::store::managers::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_managers::manager_cols!(),
                    " FROM managers m WHERE m.id = $1"
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn manager_by_telegram(
                &self,
                telegram_id: i64,
            ) -> Result<Option<$crate::store::managers::Manager>, $crate::store::StoreError> {
                let row: Option<$crate::store::managers::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_managers::manager_cols!(),
                    " FROM managers m WHERE m.telegram_id = $1"
                ))
                .bind(telegram_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn managers(
                &self,
            ) -> Result<Vec<($crate::store::managers::Manager, i64)>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::managers::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_managers::manager_cols!(),
                    " FROM managers m ORDER BY m.id"
                ))
                .fetch_all(&self.pool)
                .await?;
                let counts: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT manager_id, COUNT(*) FROM clients WHERE status <> 'ended' GROUP BY manager_id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|r| {
                        let m: $crate::store::managers::Manager = r.into();
                        let n = counts.iter().find(|(id, _)| *id == m.id).map_or(0, |c| c.1);
                        (m, n)
                    })
                    .collect())
            }

            async fn assign_gemeinde(
                &self,
                manager_id: i64,
                gemeinde_id: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let added = sqlx::query(
                    "INSERT INTO manager_gemeinden (manager_id, gemeinde_id) VALUES ($1, $2) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(manager_id)
                .bind(gemeinde_id)
                .execute(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                if added.rows_affected() == 0 {
                    return Ok(());
                }
                Self::insert_audit(
                    &mut tx,
                    actor,
                    "manager.assign",
                    &format!("manager:{manager_id} gemeinde:{gemeinde_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn manager_gemeinden(
                &self,
                manager_id: i64,
            ) -> Result<Vec<$crate::store::orgs::Gemeinde>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                    "SELECT g.id, g.ags, g.name, g.landkreis FROM gemeinden g \
                     JOIN manager_gemeinden mg ON mg.gemeinde_id = g.id \
                     WHERE mg.manager_id = $1 ORDER BY g.name",
                )
                .bind(manager_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn all_manager_gemeinden(
                &self,
            ) -> Result<
                std::collections::HashMap<i64, Vec<$crate::store::orgs::Gemeinde>>,
                $crate::store::StoreError,
            > {
                let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
                    "SELECT mg.manager_id, g.id, g.ags, g.name, g.landkreis FROM gemeinden g \
                     JOIN manager_gemeinden mg ON mg.gemeinde_id = g.id \
                     ORDER BY mg.manager_id, g.name",
                )
                .fetch_all(&self.pool)
                .await?;
                let mut out: std::collections::HashMap<i64, Vec<$crate::store::orgs::Gemeinde>> =
                    std::collections::HashMap::new();
                for (m, id, ags, name, landkreis) in rows {
                    out.entry(m).or_default().push((id, ags, name, landkreis).into());
                }
                Ok(out)
            }

            async fn deactivate_manager(
                &self,
                manager_id: i64,
                successor: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let successor_ok: Option<(i64,)> = sqlx::query_as(
                    "SELECT id FROM managers WHERE id = $1 AND status = 'active' AND id <> $2",
                )
                .bind(successor)
                .bind(manager_id)
                .fetch_optional(&mut *tx)
                .await?;
                if successor_ok.is_none() {
                    return Err($crate::store::StoreError::MissingReference);
                }
                sqlx::query(
                    "UPDATE invites SET revoked_at = $2 WHERE manager_id = $1 AND used_at IS NULL \
                     AND revoked_at IS NULL",
                )
                .bind(manager_id)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?;
                // The linked clients are told who their Integrationsmanager is now.
                let (successor_name,): (String,) =
                    sqlx::query_as("SELECT display_name FROM managers WHERE id = $1")
                        .bind(successor)
                        .fetch_one(&mut *tx)
                        .await?;
                let told: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT id, telegram_id FROM clients WHERE manager_id = $1 \
                     AND status IN ('active', 'unreachable') AND telegram_id IS NOT NULL",
                )
                .bind(manager_id)
                .fetch_all(&mut *tx)
                .await?;
                for (client_id, tg) in told {
                    let row = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "client-new-manager",
                        serde_json::json!({ "manager": successor_name }),
                        now,
                    )
                    .about(client_id);
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                // People whose support ended move too (their records need someone until
                // they are deleted), but the count told and returned is the people handed
                // over, as the confirmation page lists them.
                let (moved,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM clients WHERE manager_id = $1 AND status <> 'ended'",
                )
                .bind(manager_id)
                .fetch_one(&mut *tx)
                .await?;
                let moved = moved as u64;
                sqlx::query("UPDATE clients SET manager_id = $2 WHERE manager_id = $1")
                    .bind(manager_id)
                    .bind(successor)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("UPDATE managers SET status = 'inactive' WHERE id = $1")
                    .bind(manager_id)
                    .execute(&mut *tx)
                    .await?;
                // Their web workplace closes with them.
                sqlx::query(
                    "DELETE FROM web_sessions WHERE telegram_id = \
                     (SELECT telegram_id FROM managers WHERE id = $1)",
                )
                .bind(manager_id)
                .execute(&mut *tx)
                .await?;
                sqlx::query("UPDATE managers SET substitute_id = NULL WHERE substitute_id = $1")
                    .bind(manager_id)
                    .execute(&mut *tx)
                    .await?;
                let successor_tg: Option<(Option<i64>,)> =
                    sqlx::query_as("SELECT telegram_id FROM managers WHERE id = $1")
                        .bind(successor)
                        .fetch_optional(&mut *tx)
                        .await?;
                if let Some((Some(tg),)) = successor_tg {
                    if moved > 0 {
                        let row = $crate::store::outbox::NewOutbox::notice(
                            tg,
                            "notify-clients-handed-over",
                            serde_json::json!({ "count": moved }),
                            now,
                        );
                        Self::insert_outbox(&mut tx, &row, now).await?;
                    }
                }
                Self::insert_audit(
                    &mut tx,
                    actor,
                    "manager.deactivate",
                    &format!("manager:{manager_id} successor:{successor} clients:{moved}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(moved)
            }

            async fn start_absence(
                &self,
                manager: &$crate::store::managers::Manager,
                until: chrono::DateTime<chrono::Utc>,
                last_day: chrono::NaiveDate,
                substitute: Option<&$crate::store::managers::Manager>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE managers SET absent_until = $2, substitute_id = $3 WHERE id = $1")
                    .bind(manager.id)
                    .bind($crate::store::millis(until))
                    .bind(substitute.map(|s| s.id))
                    .execute(&mut *tx)
                    .await?;
                let until_arg = $crate::delivery::render::date(last_day);
                let back_arg = $crate::delivery::render::date(last_day.succ_opt().unwrap_or(last_day));
                if let Some(sub) = substitute {
                    if let Some(tg) = sub.telegram_id {
                        let row = $crate::store::outbox::NewOutbox::notice(
                            tg,
                            "notify-substitute",
                            serde_json::json!({
                                "manager": manager.display_name,
                                "until": until_arg,
                                "back": back_arg,
                            }),
                            now,
                        );
                        Self::insert_outbox(&mut tx, &row, now).await?;
                    }
                    let clients: Vec<(i64, i64)> = sqlx::query_as(
                        "SELECT id, telegram_id FROM clients WHERE manager_id = $1 \
                         AND status = 'active' AND telegram_id IS NOT NULL",
                    )
                    .bind(manager.id)
                    .fetch_all(&mut *tx)
                    .await?;
                    for (client_id, tg) in clients {
                        let row = $crate::store::outbox::NewOutbox::notice(
                            tg,
                            "client-away-substitute",
                            serde_json::json!({
                                "manager": manager.display_name,
                                "substitute": sub.display_name,
                                "until": until_arg,
                                "back": back_arg,
                            }),
                            now,
                        )
                        .about(client_id);
                        Self::insert_outbox(&mut tx, &row, now).await?;
                    }
                }
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    "manager.absence.set",
                    &format!("manager:{}", manager.id),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_absence(
                &self,
                manager_id: i64,
                until: Option<chrono::DateTime<chrono::Utc>>,
                substitute_id: Option<i64>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE managers SET absent_until = $2, substitute_id = $3 WHERE id = $1")
                    .bind(manager_id)
                    .bind(until.map($crate::store::millis))
                    .bind(substitute_id)
                    .execute(&mut *tx)
                    .await?;
                Self::insert_audit(
                    &mut tx,
                    $crate::store::people::Actor::System,
                    if until.is_some() { "manager.absence.set" } else { "manager.absence.end" },
                    &format!("manager:{manager_id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use manager_store_impl;

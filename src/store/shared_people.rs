//! The people SQL both backends share (see `shared.rs` for why a macro).

macro_rules! client_cols {
    () => {
        "c.id, c.manager_id, c.gemeinde_id, c.label, c.language, c.status, c.telegram_id, \
         c.linked_at, c.support_until, c.last_contact_at"
    };
}
macro_rules! manager_cols {
    () => {
        "m.id, m.organisation_id, m.telegram_id, m.display_name, m.status, m.absent_until, \
         m.substitute_id"
    };
}
pub(crate) use {client_cols, manager_cols};

macro_rules! people_store_impl {
    ($store:ty, $db:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::people::PeopleStore for $store {
            async fn add_organisation(
                &self,
                name: &str,
                kind: &str,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::people::Organisation, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
                )
                .bind(name)
                .bind(kind)
                .bind($crate::store::millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                Self::insert_audit(&mut tx, actor, "organisation.add", &format!("organisation:{id}"), now).await?;
                tx.commit().await?;
                Ok($crate::store::people::Organisation { id, name: name.to_owned(), kind: kind.to_owned() })
            }

            async fn organisations(
                &self,
            ) -> Result<Vec<$crate::store::people::Organisation>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String)> =
                    sqlx::query_as("SELECT id, name, kind FROM organisations ORDER BY id")
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, name, kind)| $crate::store::people::Organisation { id, name, kind })
                    .collect())
            }

            async fn add_gemeinde(
                &self,
                ags: &str,
                name: &str,
                landkreis: &str,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::people::Gemeinde, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO gemeinden (ags, name, landkreis, created_at) VALUES ($1, $2, $3, $4) \
                     RETURNING id",
                )
                .bind(ags)
                .bind(name)
                .bind(landkreis)
                .bind($crate::store::millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                Self::insert_audit(&mut tx, actor, "gemeinde.add", &format!("gemeinde:{id}"), now).await?;
                tx.commit().await?;
                Ok($crate::store::people::Gemeinde {
                    id,
                    ags: ags.to_owned(),
                    name: name.to_owned(),
                    landkreis: landkreis.to_owned(),
                })
            }

            async fn gemeinden(
                &self,
            ) -> Result<Vec<$crate::store::people::Gemeinde>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> =
                    sqlx::query_as("SELECT id, ags, name, landkreis FROM gemeinden ORDER BY name")
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn gemeinde(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::people::Gemeinde>, $crate::store::StoreError> {
                let row: Option<(i64, String, String, String)> =
                    sqlx::query_as("SELECT id, ags, name, landkreis FROM gemeinden WHERE id = $1")
                        .bind(id)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.map(Into::into))
            }

            async fn gemeinde_by_ags(
                &self,
                ags: &str,
            ) -> Result<Option<$crate::store::people::Gemeinde>, $crate::store::StoreError> {
                let row: Option<(i64, String, String, String)> =
                    sqlx::query_as("SELECT id, ags, name, landkreis FROM gemeinden WHERE ags = $1")
                        .bind(ags)
                        .fetch_optional(&self.pool)
                        .await?;
                Ok(row.map(Into::into))
            }

            async fn add_admin_scope(
                &self,
                telegram_id: i64,
                scope: $crate::store::people::AdminScope,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                use $crate::store::people::AdminScope;
                let (org, gem) = match scope {
                    AdminScope::Organisation(o) => (Some(o), None),
                    AdminScope::Gemeinde(g) => (None, Some(g)),
                };
                let mut tx = self.pool.begin().await?;
                sqlx::query(
                    "INSERT INTO admin_scopes (telegram_id, organisation_id, gemeinde_id, created_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(telegram_id)
                .bind(org)
                .bind(gem)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                Self::insert_audit(&mut tx, actor, "admin.scope.add", &format!("tg:{telegram_id}"), now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn admin_scopes(
                &self,
                telegram_id: i64,
            ) -> Result<Vec<$crate::store::people::AdminScope>, $crate::store::StoreError> {
                use $crate::store::people::AdminScope;
                let rows: Vec<(Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT organisation_id, gemeinde_id FROM admin_scopes WHERE telegram_id = $1",
                )
                .bind(telegram_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .filter_map(|r| match r {
                        (Some(o), _) => Some(AdminScope::Organisation(o)),
                        (None, Some(g)) => Some(AdminScope::Gemeinde(g)),
                        _ => None,
                    })
                    .collect())
            }

            async fn invite_manager(
                &self,
                organisation_id: i64,
                display_name: &str,
                gemeinde_ids: &[i64],
                invite_hash: &str,
                expires_at: chrono::DateTime<chrono::Utc>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::people::Manager, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                Ok($crate::store::people::Manager {
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
            ) -> Result<$crate::store::people::Manager, $crate::store::people::LinkError> {
                use $crate::store::people::LinkError;
                let mut tx = self.pool.begin().await?;
                let taken: Option<(i64,)> = sqlx::query_as(
                    "SELECT id FROM managers WHERE telegram_id = $1",
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
                Ok($crate::store::people::PeopleStore::manager(self, manager_id)
                    .await?
                    .expect("just updated"))
            }

            async fn set_manager_name(
                &self,
                manager_id: i64,
                name: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
            ) -> Result<Option<$crate::store::people::Manager>, $crate::store::StoreError> {
                let row: Option<$crate::store::people::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_people::manager_cols!(),
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
            ) -> Result<Option<$crate::store::people::Manager>, $crate::store::StoreError> {
                let row: Option<$crate::store::people::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_people::manager_cols!(),
                    " FROM managers m WHERE m.telegram_id = $1"
                ))
                .bind(telegram_id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn managers(
                &self,
            ) -> Result<Vec<($crate::store::people::Manager, i64)>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::people::ManagerRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_people::manager_cols!(),
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
                        let m: $crate::store::people::Manager = r.into();
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
                let mut tx = self.pool.begin().await?;
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
            ) -> Result<Vec<$crate::store::people::Gemeinde>, $crate::store::StoreError> {
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

            async fn deactivate_manager(
                &self,
                manager_id: i64,
                successor: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<u64, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                let moved = sqlx::query("UPDATE clients SET manager_id = $2 WHERE manager_id = $1")
                    .bind(manager_id)
                    .bind(successor)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                sqlx::query("UPDATE managers SET status = 'inactive' WHERE id = $1")
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

            async fn set_absence(
                &self,
                manager_id: i64,
                until: Option<chrono::DateTime<chrono::Utc>>,
                substitute_id: Option<i64>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
            ) -> Result<$crate::store::people::Client, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                Ok($crate::store::people::PeopleStore::client(self, id).await?.expect("just created"))
            }

            async fn renew_client_invite(
                &self,
                client_id: i64,
                invite_hash: &str,
                expires_at: chrono::DateTime<chrono::Utc>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                let mut tx = self.pool.begin().await?;
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
            ) -> Result<Option<$crate::store::people::Invite>, $crate::store::StoreError> {
                let row: Option<(String, Option<i64>, Option<i64>, i64, Option<i64>, Option<i64>)> =
                    sqlx::query_as(
                        "SELECT kind, manager_id, client_id, expires_at, used_at, revoked_at \
                         FROM invites WHERE token_hash = $1",
                    )
                    .bind(invite_hash)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.and_then(|(kind, manager_id, client_id, expires, used, revoked)| {
                    Some($crate::store::people::Invite {
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
            ) -> Result<$crate::store::people::Client, $crate::store::people::LinkError> {
                use $crate::store::people::LinkError;
                let mut tx = self.pool.begin().await?;
                let taken: Option<(i64,)> = sqlx::query_as(
                    "SELECT id FROM clients WHERE telegram_id = $1 AND status <> 'ended'",
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
                sqlx::query(
                    "UPDATE clients SET telegram_id = $2, status = 'active', linked_at = $3, \
                     support_until = $4, last_contact_at = $3 WHERE id = $1",
                )
                .bind(client_id)
                .bind(telegram_id)
                .bind($crate::store::millis(now))
                .bind($crate::store::millis(support_until))
                .execute(&mut *tx)
                .await?;
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
                    );
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
                Ok($crate::store::people::PeopleStore::client(self, client_id)
                    .await?
                    .expect("just linked"))
            }

            async fn client(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::people::Client>, $crate::store::StoreError> {
                let row: Option<$crate::store::people::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_people::client_cols!(),
                    " FROM clients c WHERE c.id = $1"
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn client_by_telegram(
                &self,
                telegram_id: i64,
            ) -> Result<Option<$crate::store::people::Client>, $crate::store::StoreError> {
                let row: Option<$crate::store::people::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_people::client_cols!(),
                    " FROM clients c WHERE c.telegram_id = $1 AND c.status <> 'ended'"
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
            ) -> Result<Vec<$crate::store::people::Client>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::people::ClientRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_people::client_cols!(),
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
                let mut tx = self.pool.begin().await?;
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

            async fn mark_unreachable(
                &self,
                telegram_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                if let Some(tg) = manager_tg {
                    let row = $crate::store::outbox::NewOutbox::notice(
                        tg,
                        "notify-client-unreachable",
                        serde_json::json!({ "label": label }),
                        now,
                    );
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

            async fn delete_client(
                &self,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
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
                for sql in [
                    "DELETE FROM relay_messages WHERE client_id = $1",
                    "DELETE FROM consents WHERE client_id = $1",
                    "DELETE FROM invites WHERE client_id = $1",
                    "DELETE FROM notices_sent WHERE client_id = $1",
                    "DELETE FROM clients WHERE id = $1",
                ] {
                    sqlx::query(sql).bind(client_id).execute(&mut *tx).await?;
                }
                if let Some(tg) = client_tg {
                    for sql in [
                        "DELETE FROM outbox WHERE recipient_id = $1",
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
                        "notify-client-deleted",
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
                    "client.delete",
                    "client:deleted",
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn client_record(
                &self,
                client_id: i64,
            ) -> Result<Option<$crate::store::people::ClientRecord>, $crate::store::StoreError> {

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
                Ok(Some($crate::store::people::ClientRecord { client, gemeinde, manager_name, consents }))
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

            async fn audit(
                &self,
                actor: $crate::store::people::Actor,
                action: &str,
                subject: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let mut tx = self.pool.begin().await?;
                Self::insert_audit(&mut tx, actor, action, subject, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn audit_log(
                &self,
                limit: i64,
            ) -> Result<Vec<$crate::store::people::AuditEntry>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                    "SELECT at, actor, action, subject FROM audit_log ORDER BY id DESC LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(at, actor, action, subject)| $crate::store::people::AuditEntry {
                        at: $crate::store::from_millis(at),
                        actor,
                        action,
                        subject,
                    })
                    .collect())
            }
        }

        impl $store {
            /// Why an invite could not be claimed.
            async fn invite_problem(
                &self,
                invite_hash: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::domain::invite::InviteProblem, $crate::store::StoreError> {

                use $crate::store::people::PeopleStore;
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

pub(crate) use people_store_impl;

//! The SQL of organisations, Gemeinden and administrators' scopes, shared by both
//! backends (see `shared.rs` for why a macro).

macro_rules! org_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::orgs::OrgStore for $store {
            async fn add_organisation(
                &self,
                name: &str,
                kind: &str,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::orgs::Organisation, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
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
                Ok($crate::store::orgs::Organisation { id, name: name.to_owned(), kind: kind.to_owned() })
            }

            async fn organisation_gemeinden(
                &self,
            ) -> Result<Vec<(i64, i64)>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT DISTINCT m.organisation_id, mg.gemeinde_id FROM managers m \
                     JOIN manager_gemeinden mg ON mg.manager_id = m.id \
                     ORDER BY m.organisation_id, mg.gemeinde_id",
                )
                .fetch_all(&self.pool)
                .await?)
            }

            async fn organisations(
                &self,
            ) -> Result<Vec<$crate::store::orgs::Organisation>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String)> =
                    sqlx::query_as("SELECT id, name, kind FROM organisations ORDER BY id")
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, name, kind)| $crate::store::orgs::Organisation { id, name, kind })
                    .collect())
            }

            async fn add_gemeinde(
                &self,
                ags: &str,
                name: &str,
                landkreis: &str,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::orgs::Gemeinde, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
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
                Ok($crate::store::orgs::Gemeinde {
                    id,
                    ags: ags.to_owned(),
                    name: name.to_owned(),
                    landkreis: landkreis.to_owned(),
                })
            }

            async fn gemeinden(
                &self,
            ) -> Result<Vec<$crate::store::orgs::Gemeinde>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> =
                    sqlx::query_as("SELECT id, ags, name, landkreis FROM gemeinden ORDER BY name")
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn gemeinde(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::orgs::Gemeinde>, $crate::store::StoreError> {
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
            ) -> Result<Option<$crate::store::orgs::Gemeinde>, $crate::store::StoreError> {
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
                scope: $crate::store::orgs::AdminScope,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                use $crate::store::orgs::AdminScope;
                let (org, gem) = match scope {
                    AdminScope::Organisation(o) => (Some(o), None),
                    AdminScope::Gemeinde(g) => (None, Some(g)),
                };
                let mut tx = self.begin_write().await?;
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
            ) -> Result<Vec<$crate::store::orgs::AdminScope>, $crate::store::StoreError> {
                use $crate::store::orgs::AdminScope;
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

            async fn organisation_rows(
                &self,
            ) -> Result<Vec<$crate::store::orgs::OrganisationRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
                    "SELECT o.id, o.name, o.kind, COUNT(m.id) FROM organisations o \
                     LEFT JOIN managers m ON m.organisation_id = o.id AND m.status <> 'inactive' \
                     GROUP BY o.id, o.name, o.kind ORDER BY o.name, o.id",
                )
                .fetch_all(&self.pool)
                .await?;
                let served: Vec<(i64, String)> = sqlx::query_as(
                    "SELECT DISTINCT m.organisation_id, g.name FROM managers m \
                     JOIN manager_gemeinden mg ON mg.manager_id = m.id \
                     JOIN gemeinden g ON g.id = mg.gemeinde_id \
                     WHERE m.status <> 'inactive' ORDER BY g.name",
                )
                .fetch_all(&self.pool)
                .await?;
                let mut by_org: std::collections::HashMap<i64, Vec<String>> =
                    std::collections::HashMap::new();
                for (org, name) in served {
                    by_org.entry(org).or_default().push(name);
                }
                Ok(rows
                    .into_iter()
                    .map(|(id, name, kind, managers)| $crate::store::orgs::OrganisationRow {
                        gemeinden: by_org.remove(&id).unwrap_or_default(),
                        organisation: $crate::store::orgs::Organisation { id, name, kind },
                        managers,
                    })
                    .collect())
            }

            async fn gemeinde_rows(
                &self,
            ) -> Result<Vec<$crate::store::orgs::GemeindeRow>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String, i64, i64)> = sqlx::query_as(
                    "SELECT g.id, g.ags, g.name, g.landkreis, \
                            COALESCE(m.n, 0), COALESCE(c.n, 0) \
                     FROM gemeinden g \
                     LEFT JOIN (SELECT mg.gemeinde_id, COUNT(*) AS n FROM manager_gemeinden mg \
                                JOIN managers ma ON ma.id = mg.manager_id \
                                WHERE ma.status <> 'inactive' GROUP BY mg.gemeinde_id) m \
                            ON m.gemeinde_id = g.id \
                     LEFT JOIN (SELECT gemeinde_id, COUNT(*) AS n FROM clients \
                                WHERE status <> 'ended' GROUP BY gemeinde_id) c \
                            ON c.gemeinde_id = g.id \
                     ORDER BY g.name, g.id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, ags, name, landkreis, managers, clients)| {
                        $crate::store::orgs::GemeindeRow {
                            gemeinde: (id, ags, name, landkreis).into(),
                            managers,
                            clients,
                        }
                    })
                    .collect())
            }

            async fn scope_rows(
                &self,
            ) -> Result<Vec<$crate::store::orgs::ScopeRow>, $crate::store::StoreError> {
                use $crate::store::orgs::AdminScope;
                let rows: Vec<(i64, i64, Option<i64>, Option<i64>, i64)> = sqlx::query_as(
                    "SELECT id, telegram_id, organisation_id, gemeinde_id, created_at \
                     FROM admin_scopes ORDER BY id",
                )
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .filter_map(|(id, telegram_id, org, gem, at)| {
                        let scope = match (org, gem) {
                            (Some(o), _) => AdminScope::Organisation(o),
                            (None, Some(g)) => AdminScope::Gemeinde(g),
                            _ => return None,
                        };
                        Some($crate::store::orgs::ScopeRow {
                            id,
                            telegram_id,
                            scope,
                            created_at: $crate::store::from_millis(at),
                        })
                    })
                    .collect())
            }

            async fn remove_admin_scope(
                &self,
                id: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let gone: Option<(i64,)> =
                    sqlx::query_as("DELETE FROM admin_scopes WHERE id = $1 RETURNING telegram_id")
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some((telegram_id,)) = gone else {
                    return Ok(false);
                };
                Self::insert_audit(&mut tx, actor, "admin.scope.remove", &format!("tg:{telegram_id}"), now).await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}

pub(crate) use org_store_impl;

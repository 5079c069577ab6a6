//! The deadline SQL shared by both backends (see `shared.rs` for why a macro).

macro_rules! deadline_store_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::agenda::DeadlineStore for $store {
            async fn add_deadline(
                &self,
                new: $crate::store::agenda::NewDeadline,
                rows: $crate::store::agenda::Rows<'_>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<i64, $crate::store::StoreError> {
                use $crate::store::millis;
                let mut tx = self.begin_write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO deadlines (client_id, due_on, time_zone, title, kind, overdue_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(new.client_id)
                .bind(new.due_on.format("%Y-%m-%d").to_string())
                .bind(&new.time_zone)
                .bind(&new.title)
                .bind(new.kind)
                .bind(millis(new.overdue_at))
                .bind(millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                for row in rows(id, 0) {
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                Self::insert_audit(&mut tx, actor, "deadline.add", &format!("client:{}", new.client_id), now).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn deadline(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::agenda::Deadline>, $crate::store::StoreError> {
                let row: Option<$crate::store::agenda::DeadlineTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::deadline_cols!(),
                    " FROM deadlines d WHERE d.id = $1"
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn close_deadline(
                &self,
                id: i64,
                done: bool,
                rows: $crate::store::agenda::Rows<'_>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query(
                    "UPDATE deadlines SET status = $2, done_at = $3, overdue_at = NULL \
                     WHERE id = $1 AND status = 'open'",
                )
                .bind(id)
                .bind(if done { "done" } else { "cancelled" })
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?;
                if changed.rows_affected() == 0 {
                    return Ok(false);
                }
                Self::replace_rows(&mut tx, &format!("deadline:{id}"), &rows(id, 0), now).await?;
                Self::insert_audit(
                    &mut tx,
                    actor,
                    if done { "deadline.done" } else { "deadline.cancel" },
                    &format!("deadline:{id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn move_deadline(
                &self,
                id: i64,
                due_on: chrono::NaiveDate,
                overdue_at: chrono::DateTime<chrono::Utc>,
                rows: $crate::store::agenda::Rows<'_>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let changed = sqlx::query(
                    "UPDATE deadlines SET due_on = $2, overdue_at = $3 WHERE id = $1 AND status = 'open'",
                )
                .bind(id)
                .bind(due_on.format("%Y-%m-%d").to_string())
                .bind($crate::store::millis(overdue_at))
                .execute(&mut *tx)
                .await?;
                if changed.rows_affected() == 0 {
                    return Ok(false);
                }
                Self::replace_rows(&mut tx, &format!("deadline:{id}"), &rows(id, 0), now).await?;
                Self::insert_audit(&mut tx, actor, "deadline.move", &format!("deadline:{id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn client_deadlines(
                &self,
                client_id: i64,
            ) -> Result<Vec<$crate::store::agenda::Deadline>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::agenda::DeadlineTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::deadline_cols!(),
                    " FROM deadlines d WHERE d.client_id = $1 AND d.status = 'open' ORDER BY d.due_on, d.id"
                ))
                .bind(client_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn manager_deadlines(
                &self,
                manager_id: i64,
            ) -> Result<Vec<($crate::store::agenda::Deadline, String)>, $crate::store::StoreError> {
                let rows: Vec<($crate::store::agenda::DeadlineTuple, String)> = sqlx::query_as::<_, (i64, i64, String, String, String, String, String, String)>(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::deadline_cols!(),
                    ", c.label FROM deadlines d JOIN clients c ON c.id = d.client_id \
                     WHERE c.manager_id = $1 AND d.status = 'open' ORDER BY d.due_on, d.id"
                ))
                .bind(manager_id)
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .map(|t| ((t.0, t.1, t.2, t.3, t.4, t.5, t.6), t.7))
                .collect();
                Ok(rows.into_iter().map(|(d, l)| (d.into(), l)).collect())
            }

        }
    };
}

pub(crate) use deadline_store_impl;

//! The timed checks, the digest and the job clock, SQL shared by both backends (see
//! `shared.rs` for why a macro).

macro_rules! agenda_checks_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::agenda::AgendaStore for $store {
            async fn due_checks(
                &self,
                check: $crate::store::agenda::Check,
                now: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> Result<Vec<i64>, $crate::store::StoreError> {
                use $crate::store::agenda::Check;
                let sql = match check {
                    Check::Unanswered => "SELECT id FROM appointments WHERE answer_check_at <= $1 \
                        AND status = 'planned' AND answer IS NULL ORDER BY answer_check_at LIMIT $2",
                    Check::Followup => "SELECT id FROM appointments WHERE followup_at <= $1 \
                        AND status = 'planned' ORDER BY followup_at LIMIT $2",
                    Check::Overdue => "SELECT id FROM deadlines WHERE overdue_at <= $1 \
                        AND status = 'open' ORDER BY overdue_at LIMIT $2",
                };
                let rows: Vec<(i64,)> = sqlx::query_as(sql)
                    .bind($crate::store::millis(now))
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.into_iter().map(|(id,)| id).collect())
            }

            async fn complete_check(
                &self,
                check: $crate::store::agenda::Check,
                id: i64,
                rows: Vec<$crate::store::outbox::NewOutbox>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::agenda::Check;
                let sql = match check {
                    Check::Unanswered => "UPDATE appointments SET answer_check_at = NULL \
                        WHERE id = $1 AND answer_check_at IS NOT NULL",
                    Check::Followup => "UPDATE appointments SET followup_at = NULL \
                        WHERE id = $1 AND followup_at IS NOT NULL",
                    Check::Overdue => "UPDATE deadlines SET overdue_at = NULL \
                        WHERE id = $1 AND overdue_at IS NOT NULL",
                };
                let mut tx = self.begin_write().await?;
                if sqlx::query(sql).bind(id).execute(&mut *tx).await?.rows_affected() == 0 {
                    return Ok(false);
                }
                for row in &rows {
                    Self::insert_outbox(&mut tx, row, now).await?;
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn client_agenda(
                &self,
                client_id: i64,
            ) -> Result<
                (Vec<$crate::store::agenda::Appointment>, Vec<$crate::store::agenda::Deadline>),
                $crate::store::StoreError,
            > {
                let appointments: Vec<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a WHERE a.client_id = $1 ORDER BY a.starts_at, a.id"
                ))
                .bind(client_id)
                .fetch_all(&self.pool)
                .await?;
                let deadlines: Vec<$crate::store::agenda::DeadlineTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::deadline_cols!(),
                    " FROM deadlines d WHERE d.client_id = $1 ORDER BY d.due_on, d.id"
                ))
                .bind(client_id)
                .fetch_all(&self.pool)
                .await?;
                Ok((
                    appointments.into_iter().map(Into::into).collect(),
                    deadlines.into_iter().map(Into::into).collect(),
                ))
            }

            async fn drop_pending_reminders(
                &self,
                client_id: i64,
            ) -> Result<u64, $crate::store::StoreError> {
                Ok(sqlx::query(
                    "DELETE FROM outbox WHERE client_id = $1 AND kind = 'reminder' AND state = 'pending'",
                )
                .bind(client_id)
                .execute(&self.pool)
                .await?
                .rows_affected())
            }

            async fn digest_items(
                &self,
                manager_id: i64,
                day_start: chrono::DateTime<chrono::Utc>,
                day_end: chrono::DateTime<chrono::Utc>,
                today: chrono::NaiveDate,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<$crate::store::agenda::DigestItems, $crate::store::StoreError> {
                use $crate::store::millis;
                let today_rows: Vec<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE c.manager_id = $1 AND a.status = 'planned' AND a.starts_at >= $2 \
                     AND a.starts_at < $3 ORDER BY a.starts_at, a.id"
                ))
                .bind(manager_id)
                .bind(millis(day_start))
                .bind(millis(day_end))
                .fetch_all(&self.pool)
                .await?;
                let unanswered: Vec<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE c.manager_id = $1 AND a.status = 'planned' AND a.answer IS NULL \
                     AND a.starts_at > $2 ORDER BY a.starts_at, a.id"
                ))
                .bind(manager_id)
                .bind(millis(now))
                .fetch_all(&self.pool)
                .await?;
                let overdue: Vec<(i64, i64, String, String, String, String, String, String)> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::deadline_cols!(),
                    ", c.label FROM deadlines d JOIN clients c ON c.id = d.client_id \
                     WHERE c.manager_id = $1 AND d.status = 'open' AND d.due_on < $2 ORDER BY d.due_on, d.id"
                ))
                .bind(manager_id)
                .bind(today.format("%Y-%m-%d").to_string())
                .fetch_all(&self.pool)
                .await?;
                let unreachable: Vec<(String,)> = sqlx::query_as(
                    "SELECT label FROM clients WHERE manager_id = $1 AND status = 'unreachable' ORDER BY label",
                )
                .bind(manager_id)
                .fetch_all(&self.pool)
                .await?;
                Ok($crate::store::agenda::DigestItems {
                    today: self.with_labels(today_rows.into_iter().map(Into::into).collect()).await?,
                    unanswered: self.with_labels(unanswered.into_iter().map(Into::into).collect()).await?,
                    overdue: overdue
                        .into_iter()
                        .map(|t| ((t.0, t.1, t.2, t.3, t.4, t.5, t.6).into(), t.7))
                        .collect(),
                    unreachable: unreachable.into_iter().map(|(l,)| l).collect(),
                })
            }

            async fn digest_recipients(&self) -> Result<Vec<(i64, i64)>, $crate::store::StoreError> {
                Ok(sqlx::query_as(
                    "SELECT id, telegram_id FROM managers WHERE status = 'active' \
                     AND telegram_id IS NOT NULL ORDER BY id",
                )
                .fetch_all(&self.pool)
                .await?)
            }

            async fn job_last_run(
                &self,
                name: &str,
            ) -> Result<Option<chrono::DateTime<chrono::Utc>>, $crate::store::StoreError> {
                let row: Option<(i64,)> = sqlx::query_as("SELECT last_at FROM job_runs WHERE name = $1")
                    .bind(name)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map(|(t,)| $crate::store::from_millis(t)))
            }

            async fn set_job_last_run(
                &self,
                name: &str,
                at: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query(
                    "INSERT INTO job_runs (name, last_at) VALUES ($1, $2) \
                     ON CONFLICT (name) DO UPDATE SET last_at = excluded.last_at",
                )
                .bind(name)
                .bind($crate::store::millis(at))
                .execute(&self.pool)
                .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use agenda_checks_impl;

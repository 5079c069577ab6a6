//! The appointment and deadline SQL shared by both backends (see `shared.rs` for why a
//! macro).

/// The columns an appointment is read with, in `AppointmentTuple` order.
macro_rules! appointment_cols {
    () => {
        "a.id, a.client_id, a.starts_at, a.time_zone, a.place, a.topic, a.leads, a.status, \
         a.answer, CAST(a.version AS BIGINT)"
    };
}
pub(crate) use appointment_cols;

macro_rules! deadline_cols {
    () => {
        "d.id, d.client_id, d.due_on, d.time_zone, d.title, d.kind, d.status"
    };
}
pub(crate) use deadline_cols;

macro_rules! agenda_store_impl {
    ($store:ty, $db:ty) => {
        impl $store {
            /// Removes the pending rows of a subject and writes new ones.
            async fn replace_rows(
                tx: &mut sqlx::Transaction<'_, $db>,
                subject: &str,
                rows: &[$crate::store::outbox::NewOutbox],
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), sqlx::Error> {
                sqlx::query("DELETE FROM outbox WHERE subject = $1 AND state = 'pending'")
                    .bind(subject)
                    .execute(&mut **tx)
                    .await?;
                for row in rows {
                    Self::insert_outbox(tx, row, now).await?;
                }
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::agenda::AgendaStore for $store {
            async fn add_appointment(
                &self,
                new: $crate::store::agenda::NewAppointment,
                rows: $crate::store::agenda::Rows<'_>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<i64, $crate::store::StoreError> {
                use $crate::store::millis;
                let mut tx = self.begin_write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO appointments (client_id, starts_at, time_zone, place, topic, leads, \
                     answer_check_at, followup_at, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(new.client_id)
                .bind(millis(new.starts_at))
                .bind(&new.time_zone)
                .bind(&new.place)
                .bind(&new.topic)
                .bind(&new.leads)
                .bind(new.answer_check_at.map(millis))
                .bind(millis(new.followup_at))
                .bind(millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                for row in rows(id, 1) {
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                Self::insert_audit(&mut tx, actor, "appointment.add", &format!("client:{}", new.client_id), now).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn appointment(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::agenda::Appointment>, $crate::store::StoreError> {
                let row: Option<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a WHERE a.id = $1"
                ))
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
                Ok(row.map(Into::into))
            }

            async fn reschedule_appointment(
                &self,
                id: i64,
                version: i64,
                starts_at: chrono::DateTime<chrono::Utc>,
                answer_check_at: Option<chrono::DateTime<chrono::Utc>>,
                followup_at: chrono::DateTime<chrono::Utc>,
                rows: $crate::store::agenda::Rows<'_>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::millis;
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE appointments SET starts_at = $3, answer_check_at = $4, followup_at = $5, \
                     version = version + 1, answer = NULL, answered_at = NULL \
                     WHERE id = $1 AND version = $2 AND status = 'planned'",
                )
                .bind(id)
                .bind(version)
                .bind(millis(starts_at))
                .bind(answer_check_at.map(millis))
                .bind(millis(followup_at))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                Self::replace_rows(&mut tx, &format!("appointment:{id}"), &rows(id, version + 1), now).await?;
                Self::insert_audit(&mut tx, actor, "appointment.reschedule", &format!("appointment:{id}"), now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn cancel_appointment(
                &self,
                id: i64,
                rows: $crate::store::agenda::Rows<'_>,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let version: Option<(i64,)> = sqlx::query_as(
                    "UPDATE appointments SET status = 'cancelled', answer_check_at = NULL, followup_at = NULL \
                     WHERE id = $1 AND status = 'planned' RETURNING CAST(version AS BIGINT)",
                )
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let Some((version,)) = version else {
                    return Ok(false);
                };
                Self::replace_rows(&mut tx, &format!("appointment:{id}"), &rows(id, version), now).await?;
                Self::insert_audit(&mut tx, actor, "appointment.cancel", &format!("appointment:{id}"), now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn answer_appointment(
                &self,
                id: i64,
                version: i64,
                yes: bool,
                rows: $crate::store::agenda::Rows<'_>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                use $crate::store::millis;
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE appointments SET answer = $3, answered_at = $4, answer_check_at = NULL \
                     WHERE id = $1 AND version = $2 AND status = 'planned' AND starts_at > $4",
                )
                .bind(id)
                .bind(version)
                .bind(if yes { "yes" } else { "no" })
                .bind(millis(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                if !yes {
                    sqlx::query(
                        "DELETE FROM outbox WHERE subject = $1 AND kind = 'reminder' AND state = 'pending'",
                    )
                    .bind(format!("appointment:{id}"))
                    .execute(&mut *tx)
                    .await?;
                }
                for row in rows(id, version) {
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn set_attendance(
                &self,
                id: i64,
                attended: bool,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE appointments SET status = $2, followup_at = NULL \
                     WHERE id = $1 AND status = 'planned' AND starts_at <= $3",
                )
                .bind(id)
                .bind(if attended { "attended" } else { "missed" })
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                Self::insert_audit(
                    &mut tx,
                    actor,
                    if attended { "appointment.attended" } else { "appointment.missed" },
                    &format!("appointment:{id}"),
                    now,
                )
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn client_appointments(
                &self,
                client_id: i64,
                from: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<$crate::store::agenda::Appointment>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a WHERE a.client_id = $1 AND a.status = 'planned' \
                     AND a.starts_at >= $2 ORDER BY a.starts_at, a.id"
                ))
                .bind(client_id)
                .bind($crate::store::millis(from))
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn manager_appointments(
                &self,
                manager_id: i64,
                from: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<($crate::store::agenda::Appointment, String)>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE c.manager_id = $1 AND a.status = 'planned' AND a.starts_at >= $2 \
                     ORDER BY a.starts_at, a.id"
                ))
                .bind(manager_id)
                .bind($crate::store::millis(from))
                .fetch_all(&self.pool)
                .await?;
                self.with_labels(rows.into_iter().map(Into::into).collect()).await
            }

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

        impl $store {
            /// Adds each appointment's client label.
            async fn with_labels(
                &self,
                list: Vec<$crate::store::agenda::Appointment>,
            ) -> Result<Vec<($crate::store::agenda::Appointment, String)>, $crate::store::StoreError> {
                let mut out = Vec::with_capacity(list.len());
                for a in list {
                    let label: Option<(String,)> = sqlx::query_as("SELECT label FROM clients WHERE id = $1")
                        .bind(a.client_id)
                        .fetch_optional(&self.pool)
                        .await?;
                    out.push((a, label.map(|(l,)| l).unwrap_or_default()));
                }
                Ok(out)
            }
        }
    };
}

pub(crate) use agenda_store_impl;

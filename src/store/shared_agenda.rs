//! The appointment SQL shared by both backends (see `shared.rs` for why a
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
        impl $crate::store::agenda::AppointmentStore for $store {
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
                self.manager_appointments_before(manager_id, from, chrono::DateTime::<chrono::Utc>::MAX_UTC)
                    .await
            }

            async fn manager_appointments_before(
                &self,
                manager_id: i64,
                from: chrono::DateTime<chrono::Utc>,
                until: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<($crate::store::agenda::Appointment, String)>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::agenda::AppointmentTuple> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_agenda::appointment_cols!(),
                    " FROM appointments a JOIN clients c ON c.id = a.client_id \
                     WHERE c.manager_id = $1 AND a.status = 'planned' AND a.starts_at >= $2 \
                     AND a.starts_at < $3 ORDER BY a.starts_at, a.id"
                ))
                .bind(manager_id)
                .bind($crate::store::millis(from))
                .bind($crate::store::millis(until))
                .fetch_all(&self.pool)
                .await?;
                self.with_labels(rows.into_iter().map(Into::into).collect()).await
            }

        }

        impl $store {
            /// Adds each appointment's client label.
            async fn with_labels(
                &self,
                list: Vec<$crate::store::agenda::Appointment>,
            ) -> Result<Vec<($crate::store::agenda::Appointment, String)>, $crate::store::StoreError> {
                // One query per 500 distinct clients, not one per appointment.
                let mut ids: Vec<i64> = list.iter().map(|a| a.client_id).collect();
                ids.sort_unstable();
                ids.dedup();
                let mut labels = std::collections::HashMap::with_capacity(ids.len());
                for chunk in ids.chunks(500) {
                    let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
                    let sql = format!("SELECT id, label FROM clients WHERE id IN ({})", marks.join(", "));
                    let mut q = sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql));
                    for id in chunk {
                        q = q.bind(*id);
                    }
                    labels.extend(q.fetch_all(&self.pool).await?);
                }
                let out = list
                    .into_iter()
                    .map(|a| {
                        let label = labels.get(&a.client_id).cloned().unwrap_or_default();
                        (a, label)
                    })
                    .collect();
                Ok(out)
            }
        }
    };
}

pub(crate) use agenda_store_impl;

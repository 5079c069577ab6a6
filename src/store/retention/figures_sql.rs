//! The SQL of the figures both backends share: counting a span of months from the live
//! tables plus what deleted clients left (`archived_figures`), what each Gemeinde has now,
//! and folding a client's part into the archive when they are deleted. Every query is
//! grouped (one per kind of thing), never one per Gemeinde or client.

macro_rules! figures_impl {
    ($store:ty, $db:ty) => {
        impl $store {
            /// Adds what client `client_id` counts in the figures to `archived_figures`,
            /// inside the transaction that deletes them.
            pub(crate) async fn archive_figures(
                tx: &mut sqlx::Transaction<'_, $db>,
                client_id: i64,
            ) -> Result<(), sqlx::Error> {
                use $crate::domain::figures::{Figure, History, contributions, month_of};
                use $crate::store::from_millis;
                let client: Option<(i64, Option<i64>, Option<i64>)> = sqlx::query_as(
                    "SELECT gemeinde_id, linked_at, ended_at FROM clients WHERE id = $1",
                )
                .bind(client_id)
                .fetch_optional(&mut **tx)
                .await?;
                let Some((gemeinde_id, linked_at, ended_at)) = client else {
                    return Ok(());
                };
                let appointments: Vec<(i64, String)> =
                    sqlx::query_as("SELECT starts_at, status FROM appointments WHERE client_id = $1")
                        .bind(client_id)
                        .fetch_all(&mut **tx)
                        .await?;
                let interests: Vec<(i64,)> =
                    sqlx::query_as("SELECT created_at FROM offer_interests WHERE client_id = $1")
                        .bind(client_id)
                        .fetch_all(&mut **tx)
                        .await?;
                // Each announcement addressed to them; `last`: nobody else of their
                // Gemeinde had it, so the Gemeinde's count of announcements keeps it here.
                let announcements: Vec<(i64, String, bool)> = sqlx::query_as(
                    "SELECT o.created_at, o.state, NOT EXISTS (SELECT 1 FROM outbox p \
                         JOIN clients c ON c.id = p.client_id \
                         WHERE p.subject = o.subject AND p.kind = 'announcement' \
                         AND p.client_id <> $1 AND c.gemeinde_id = $2) \
                     FROM outbox o WHERE o.client_id = $1 AND o.kind = 'announcement'",
                )
                .bind(client_id)
                .bind(gemeinde_id)
                .fetch_all(&mut **tx)
                .await?;
                let mut counts = contributions(&History {
                    linked_at: linked_at.map(from_millis),
                    ended_at: ended_at.map(from_millis),
                    appointments: appointments
                        .into_iter()
                        .map(|(at, status)| (from_millis(at), status))
                        .collect(),
                    interests: interests.iter().map(|(at,)| from_millis(*at)).collect(),
                    announcements: announcements
                        .iter()
                        .map(|(at, state, _)| (from_millis(*at), state == "sent"))
                        .collect(),
                });
                for (at, _, last) in &announcements {
                    if *last {
                        *counts
                            .entry((month_of(from_millis(*at)), Figure::Announcements))
                            .or_insert(0) += 1;
                    }
                }
                for ((month, figure), value) in counts {
                    sqlx::query(
                        "INSERT INTO archived_figures (month, gemeinde_id, figure, value) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (month, gemeinde_id, figure) \
                         DO UPDATE SET value = archived_figures.value + excluded.value",
                    )
                    .bind(month)
                    .bind(gemeinde_id)
                    .bind(figure.as_str())
                    .bind(value)
                    .execute(&mut **tx)
                    .await?;
                }
                Ok(())
            }

            /// See `RetentionStore::figures`.
            async fn figures_in(
                &self,
                from: &str,
                until: &str,
            ) -> Result<Vec<$crate::store::retention::FigureCount>, $crate::store::StoreError> {
                use std::collections::{BTreeMap, HashMap};
                use $crate::domain::figures::{Figure, History, contributions, month_of, month_start};
                use $crate::store::{from_millis, millis};
                let (Some(start), Some(end)) = (month_start(from), month_start(until)) else {
                    return Ok(vec![]);
                };
                let (start, end) = (millis(start), millis(end));
                let mut totals: BTreeMap<(i64, String, Figure), i64> = BTreeMap::new();
                let in_range = |m: &str| m >= from && m < until;
                let clients: Vec<(i64, i64, Option<i64>, Option<i64>)> =
                    sqlx::query_as("SELECT id, gemeinde_id, linked_at, ended_at FROM clients")
                        .fetch_all(&self.pool)
                        .await?;
                let mut histories: HashMap<i64, History> = HashMap::new();
                let rows: Vec<(i64, i64, String)> = sqlx::query_as(
                    "SELECT client_id, starts_at, status FROM appointments \
                     WHERE starts_at >= $1 AND starts_at < $2",
                )
                .bind(start)
                .bind(end)
                .fetch_all(&self.pool)
                .await?;
                for (client_id, at, status) in rows {
                    let h = histories.entry(client_id).or_default();
                    h.appointments.push((from_millis(at), status));
                }
                let rows: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT client_id, created_at FROM offer_interests \
                     WHERE created_at >= $1 AND created_at < $2",
                )
                .bind(start)
                .bind(end)
                .fetch_all(&self.pool)
                .await?;
                for (client_id, at) in rows {
                    histories.entry(client_id).or_default().interests.push(from_millis(at));
                }
                for (id, gemeinde_id, linked_at, ended_at) in clients {
                    let mut h = histories.remove(&id).unwrap_or_default();
                    h.linked_at = linked_at.map(from_millis);
                    h.ended_at = ended_at.map(from_millis);
                    for ((month, figure), n) in contributions(&h) {
                        if in_range(&month) {
                            *totals.entry((gemeinde_id, month, figure)).or_insert(0) += n;
                        }
                    }
                }
                // Announcements: one row per Gemeinde and announcement (its rows share
                // the instant it started), with how many were delivered.
                let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
                    "SELECT c.gemeinde_id, MIN(o.created_at), \
                         SUM(CASE WHEN o.state = 'sent' THEN 1 ELSE 0 END) \
                     FROM outbox o JOIN clients c ON c.id = o.client_id \
                     WHERE o.kind = 'announcement' AND o.created_at >= $1 AND o.created_at < $2 \
                     GROUP BY c.gemeinde_id, o.subject",
                )
                .bind(start)
                .bind(end)
                .fetch_all(&self.pool)
                .await?;
                for (gemeinde_id, at, delivered) in rows {
                    let month = month_of(from_millis(at));
                    *totals.entry((gemeinde_id, month.clone(), Figure::Announcements)).or_insert(0) += 1;
                    *totals
                        .entry((gemeinde_id, month, Figure::AnnouncementsDelivered))
                        .or_insert(0) += delivered;
                }
                let archived: Vec<(String, i64, String, i64)> = sqlx::query_as(
                    "SELECT month, gemeinde_id, figure, value FROM archived_figures \
                     WHERE month >= $1 AND month < $2",
                )
                .bind(from)
                .bind(until)
                .fetch_all(&self.pool)
                .await?;
                for (month, gemeinde_id, figure, n) in archived {
                    if let Some(figure) = Figure::parse(&figure) {
                        *totals.entry((gemeinde_id, month, figure)).or_insert(0) += n;
                    }
                }
                Ok(totals
                    .into_iter()
                    .filter(|(_, value)| *value != 0)
                    .map(|((gemeinde_id, month, figure), value)| {
                        $crate::store::retention::FigureCount { gemeinde_id, month, figure, value }
                    })
                    .collect())
            }

            /// See `RetentionStore::standing`.
            async fn standing_in(
                &self,
                today: chrono::NaiveDate,
            ) -> Result<Vec<$crate::store::retention::Standing>, $crate::store::StoreError> {
                use std::collections::BTreeMap;
                use $crate::store::retention::{CLIENT_STATUSES, Standing};
                let mut out: BTreeMap<i64, Standing> = BTreeMap::new();
                let rows: Vec<(i64, String, i64)> = sqlx::query_as(
                    "SELECT gemeinde_id, status, COUNT(*) FROM clients GROUP BY gemeinde_id, status",
                )
                .fetch_all(&self.pool)
                .await?;
                for (gemeinde_id, status, n) in rows {
                    if let Some(i) = CLIENT_STATUSES.iter().position(|s| *s == status) {
                        out.entry(gemeinde_id).or_insert_with(|| Standing::new(gemeinde_id)).clients[i] += n;
                    }
                }
                // An offer is a Gemeinde's when it names it or is for its Landkreis; counted
                // once, when a client would see it today.
                let rows: Vec<(i64, i64)> = sqlx::query_as(
                    "SELECT gemeinde_id, COUNT(*) FROM ( \
                         SELECT og.offer_id, og.gemeinde_id FROM offer_gemeinden og \
                             JOIN offers o ON o.id = og.offer_id \
                             WHERE o.active AND (o.valid_from IS NULL OR o.valid_from <= $1) \
                             AND (o.valid_until IS NULL OR o.valid_until >= $1) \
                         UNION \
                         SELECT o.id, g.id FROM offers o JOIN gemeinden g ON g.landkreis = o.landkreis \
                             WHERE o.active AND (o.valid_from IS NULL OR o.valid_from <= $1) \
                             AND (o.valid_until IS NULL OR o.valid_until >= $1) \
                     ) AS shown GROUP BY gemeinde_id",
                )
                .bind(today.format("%Y-%m-%d").to_string())
                .fetch_all(&self.pool)
                .await?;
                for (gemeinde_id, n) in rows {
                    out.entry(gemeinde_id).or_insert_with(|| Standing::new(gemeinde_id)).offers = n;
                }
                Ok(out.into_values().collect())
            }
        }
    };
}

pub(crate) use figures_impl;

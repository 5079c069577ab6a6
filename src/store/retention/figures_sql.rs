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
                use std::collections::BTreeMap;
                use $crate::domain::figures::{Event, Figure, figures_of, months_between};
                use $crate::store::millis;
                let months = months_between(from, until);
                let (Some((_, first)), Some(end)) =
                    (months.first(), $crate::domain::figures::month_start(until))
                else {
                    return Ok(vec![]);
                };
                let (start, end) = (millis(*first), millis(end));
                let mut totals: BTreeMap<(i64, String, Figure), i64> = BTreeMap::new();
                // Counted in the database, grouped by Gemeinde, month and what happened
                // (not a row per client or appointment); `figures_of` says what each
                // counts as. `$1..$2` is the span; the month of an instant `column` is
                // the number of month starts after the first that it is not before.
                let month = |column: &str| -> String {
                    let mut case = String::from("CAST(CASE");
                    for k in 1..months.len() {
                        case.push_str(&format!(" WHEN {column} < ${} THEN {}", k + 2, k - 1));
                    }
                    case.push_str(&format!(" ELSE {} END AS BIGINT)", months.len() - 1));
                    case
                };
                // Announcements: one row per Gemeinde and announcement (its rows share the
                // instant it started), with how many were delivered (read once, `sent`);
                // then by month.
                let sent = "SELECT c.gemeinde_id, MIN(o.created_at) AS started, \
                         SUM(CASE WHEN o.state = 'sent' THEN 1 ELSE 0 END) AS delivered \
                     FROM outbox o JOIN clients c ON c.id = o.client_id \
                     WHERE o.kind = 'announcement' AND o.created_at >= $1 AND o.created_at < $2 \
                     GROUP BY c.gemeinde_id, o.subject";
                let sql = format!(
                    "WITH sent AS ({sent}) \
                     SELECT gemeinde_id, {}, 'linked', COUNT(*) FROM clients \
                         WHERE linked_at >= $1 AND linked_at < $2 GROUP BY 1, 2 \
                     UNION ALL SELECT gemeinde_id, {}, 'ended', COUNT(*) FROM clients \
                         WHERE ended_at >= $1 AND ended_at < $2 GROUP BY 1, 2 \
                     UNION ALL SELECT c.gemeinde_id, {}, a.status, COUNT(*) FROM appointments a \
                         JOIN clients c ON c.id = a.client_id \
                         WHERE a.starts_at >= $1 AND a.starts_at < $2 GROUP BY 1, 2, 3 \
                     UNION ALL SELECT c.gemeinde_id, {}, 'interest', COUNT(*) FROM offer_interests i \
                         JOIN clients c ON c.id = i.client_id \
                         WHERE i.created_at >= $1 AND i.created_at < $2 GROUP BY 1, 2 \
                     UNION ALL SELECT s.gemeinde_id, {}, 'announcement', COUNT(*) FROM sent s \
                         GROUP BY 1, 2 \
                     UNION ALL SELECT s.gemeinde_id, {}, 'delivered', CAST(SUM(s.delivered) AS BIGINT) \
                         FROM sent s GROUP BY 1, 2",
                    month("linked_at"),
                    month("ended_at"),
                    month("a.starts_at"),
                    month("i.created_at"),
                    month("s.started"),
                    month("s.started"),
                );
                let mut query = sqlx::query_as::<_, (i64, i64, String, i64)>(sqlx::AssertSqlSafe(sql))
                    .bind(start)
                    .bind(end);
                for (_, at) in &months[1..] {
                    query = query.bind(millis(*at));
                }
                for (gemeinde_id, m, what, n) in query.fetch_all(&self.pool).await? {
                    let event = match what.as_str() {
                        "announcement" => None,
                        "linked" => Some(Event::Linked),
                        "delivered" => Some(Event::Delivered),
                        "ended" => Some(Event::Ended),
                        "interest" => Some(Event::Interest),
                        status => Some(Event::Appointment(status)),
                    };
                    let Some((month, _)) = usize::try_from(m).ok().and_then(|m| months.get(m)) else {
                        continue;
                    };
                    // An announcement counts once per Gemeinde (not per client).
                    let figures = event.map_or(&[Figure::Announcements][..], figures_of);
                    for figure in figures {
                        *totals.entry((gemeinde_id, month.clone(), *figure)).or_insert(0) += n;
                    }
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
            ) -> Result<$crate::store::retention::Standings, $crate::store::StoreError> {
                use std::collections::BTreeMap;
                use $crate::store::retention::{CLIENT_STATUSES, Standing, Standings};
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
                // once, when a client would see it today. Two grouped counts, not a row per
                // offer and Gemeinde: the offers for a Landkreis (one row per Landkreis),
                // and the offers naming a Gemeinde that are not already counted through
                // its Landkreis.
                const SHOWN: &str = "o.active AND (o.valid_from IS NULL OR o.valid_from <= $1) \
                     AND (o.valid_until IS NULL OR o.valid_until >= $1)";
                let today = today.format("%Y-%m-%d").to_string();
                let landkreise: Vec<(String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT o.landkreis, COUNT(*) FROM offers o \
                     WHERE o.landkreis IS NOT NULL AND {SHOWN} GROUP BY o.landkreis"
                )))
                .bind(&today)
                .fetch_all(&self.pool)
                .await?;
                let named: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT og.gemeinde_id, COUNT(*) FROM offer_gemeinden og \
                         JOIN offers o ON o.id = og.offer_id \
                         JOIN gemeinden g ON g.id = og.gemeinde_id \
                     WHERE {SHOWN} AND (o.landkreis IS NULL OR o.landkreis <> g.landkreis) \
                     GROUP BY og.gemeinde_id"
                )))
                .bind(&today)
                .fetch_all(&self.pool)
                .await?;
                for (gemeinde_id, n) in named {
                    out.entry(gemeinde_id).or_insert_with(|| Standing::new(gemeinde_id)).offers = n;
                }
                Ok(Standings {
                    gemeinden: out.into_values().collect(),
                    landkreise: landkreise.into_iter().collect(),
                })
            }
        }
    };
}

pub(crate) use figures_impl;

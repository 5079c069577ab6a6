//! The broadcast SQL shared by both backends (see `shared.rs` for why a macro).

/// A broadcast row as read: id, author, manager, Gemeinde, languages, offer, texts
/// (JSON), status, send at, recipients.
pub(crate) type BroadcastRow = (
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    String,
    Option<i64>,
    String,
    String,
    i64,
    i64,
);

macro_rules! broadcast_cols {
    () => {
        "id, author_id, manager_id, gemeinde_id, languages, offer_id, texts, status, send_at, recipients"
    };
}
pub(crate) use broadcast_cols;

pub(crate) fn broadcast(row: BroadcastRow) -> crate::store::broadcasts::Broadcast {
    crate::store::broadcasts::Broadcast {
        id: row.0,
        author_id: row.1,
        audience: crate::store::broadcasts::Audience {
            manager_id: row.2,
            gemeinde_id: row.3,
            languages: row
                .4
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            offer_id: row.5,
        },
        offer_id: row.5,
        texts: serde_json::from_str(&row.6).unwrap_or_default(),
        status: row.7,
        send_at: crate::store::from_millis(row.8),
        recipients: row.9,
    }
}

/// The clients an audience reaches: linked and reachable (a client Telegram could not
/// reach is counted apart, see `audience_unreachable`, and not sent to: they count again
/// once they write), consenting to announcements, in a Gemeinde that has the announced
/// offer. Binds: $1 manager, $2 Gemeinde (one of the two is required: never everyone),
/// $3 languages (`,de,ar,` or empty), $4 offer.
macro_rules! audience_where {
    () => {
        concat!(
            "($1 IS NOT NULL OR $2 IS NOT NULL) AND ",
            $crate::store::shared_broadcasts::audience_clients!()
        )
    };
}
pub(crate) use audience_where;

/// [`audience_where`] without its guard that one of manager and Gemeinde is given: for
/// counting (per Gemeinde), never for sending.
macro_rules! audience_clients {
    () => {
        "c.telegram_id IS NOT NULL AND c.status = 'active' \
         AND ($1 IS NULL OR c.manager_id = $1) AND ($2 IS NULL OR c.gemeinde_id = $2) \
         AND ($3 = '' OR $3 LIKE '%,' || c.language || ',%') \
         AND ($4 IS NULL OR c.gemeinde_id IN (SELECT og.gemeinde_id FROM offer_gemeinden og WHERE og.offer_id = $4) \
              OR EXISTS (SELECT 1 FROM offers o JOIN gemeinden g ON g.landkreis = o.landkreis \
                         WHERE o.id = $4 AND g.id = c.gemeinde_id)) \
         AND EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id AND k.purpose = 'announcements')"
    };
}
pub(crate) use audience_clients;

/// The labels of the clients a broadcast's rows failed for. Binds: $1 the subject.
macro_rules! unreached_sql {
    () => {
        "SELECT c.label FROM outbox o JOIN clients c ON c.id = o.client_id \
         WHERE o.subject = $1 AND o.state = 'failed' ORDER BY c.label"
    };
}
pub(crate) use unreached_sql;

/// `,de,ar,` for a language filter, or empty for all.
pub(crate) fn language_filter(languages: &[String]) -> String {
    if languages.is_empty() {
        String::new()
    } else {
        format!(",{},", languages.join(","))
    }
}

macro_rules! broadcast_store_impl {
    ($store:ty, $db:ty) => {
        impl $store {
            async fn progress_in(
                conn: &mut <$db as sqlx::Database>::Connection,
                id: i64,
            ) -> Result<$crate::store::broadcasts::Progress, sqlx::Error> {
                let rows: Vec<(String, i64)> = sqlx::query_as(
                    "SELECT state, COUNT(*) FROM outbox WHERE subject = $1 GROUP BY state",
                )
                .bind(format!("broadcast:{id}"))
                .fetch_all(&mut *conn)
                .await?;
                let mut p = $crate::store::broadcasts::Progress::default();
                for (state, n) in rows {
                    match state.as_str() {
                        "sent" => p.sent += n,
                        "pending" | "sending" => p.pending += n,
                        "failed" => p.failed += n,
                        "unknown" => p.unknown += n,
                        _ => p.dropped += n,
                    }
                }
                Ok(p)
            }

            /// The progress message's update: replaces the one not yet sent.
            async fn write_progress(
                tx: &mut sqlx::Transaction<'_, $db>,
                b: &$crate::store::broadcasts::Broadcast,
                p: $crate::store::broadcasts::Progress,
                done: bool,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), sqlx::Error> {
                let row = $crate::delivery::broadcast::progress_update(b, p, done, now);
                Self::replace_rows(tx, &format!("broadcast-progress:{}", b.id), &[row], now).await
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::broadcasts::BroadcastStore for $store {
            async fn audience_languages(
                &self,
                audience: &$crate::store::broadcasts::Audience,
            ) -> Result<std::collections::BTreeMap<String, i64>, $crate::store::StoreError> {
                let rows: Vec<(String, i64)> = sqlx::query_as(concat!(
                    "SELECT c.language, COUNT(*) FROM clients c WHERE ",
                    $crate::store::shared_broadcasts::audience_where!(),
                    " GROUP BY c.language"
                ))
                .bind(audience.manager_id)
                .bind(audience.gemeinde_id)
                .bind($crate::store::shared_broadcasts::language_filter(&audience.languages))
                .bind(audience.offer_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().collect())
            }

            async fn audience_by_gemeinde(
                &self,
                manager_id: Option<i64>,
            ) -> Result<std::collections::BTreeMap<i64, i64>, $crate::store::StoreError> {
                let rows: Vec<(i64, i64)> = sqlx::query_as(concat!(
                    "SELECT c.gemeinde_id, COUNT(*) FROM clients c WHERE ",
                    $crate::store::shared_broadcasts::audience_clients!(),
                    " GROUP BY c.gemeinde_id"
                ))
                .bind(manager_id)
                .bind(None::<i64>)
                .bind("")
                .bind(None::<i64>)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().collect())
            }

            async fn audience_unreachable(
                &self,
                audience: &$crate::store::broadcasts::Audience,
            ) -> Result<i64, $crate::store::StoreError> {
                // The audience's condition, with "unreachable" in place of "active".
                let sql = concat!(
                    "SELECT COUNT(*) FROM clients c WHERE ",
                    $crate::store::shared_broadcasts::audience_where!()
                )
                .replacen("c.status = 'active'", "c.status = 'unreachable'", 1);
                Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                    .bind(audience.manager_id)
                    .bind(audience.gemeinde_id)
                    .bind($crate::store::shared_broadcasts::language_filter(&audience.languages))
                    .bind(audience.offer_id)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn add_broadcast(
                &self,
                new: &$crate::store::broadcasts::NewBroadcast,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<i64, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO broadcasts (author_id, manager_id, gemeinde_id, languages, offer_id, \
                     texts, send_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(new.author_id)
                .bind(new.audience.manager_id)
                .bind(new.audience.gemeinde_id)
                .bind(new.audience.languages.join(","))
                .bind(new.offer_id.or(new.audience.offer_id))
                .bind(serde_json::to_string(&new.texts).expect("texts serialize"))
                .bind($crate::store::millis(new.send_at))
                .bind($crate::store::millis(now))
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                Self::insert_audit(&mut tx, actor, "broadcast.add", &format!("broadcast:{id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn broadcast(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::broadcasts::Broadcast>, $crate::store::StoreError> {
                let row: Option<$crate::store::shared_broadcasts::BroadcastRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::store::shared_broadcasts::broadcast_cols!(), " FROM broadcasts WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map($crate::store::shared_broadcasts::broadcast))
            }

            async fn scheduled_broadcasts(
                &self,
                author_id: i64,
            ) -> Result<Vec<$crate::store::broadcasts::Broadcast>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::shared_broadcasts::BroadcastRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::store::shared_broadcasts::broadcast_cols!(), " FROM broadcasts WHERE author_id = $1 AND status = 'scheduled' \
                         ORDER BY send_at, id"))
                    .bind(author_id)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.into_iter().map($crate::store::shared_broadcasts::broadcast).collect())
            }

            async fn started_broadcasts(
                &self,
                author_id: i64,
                limit: i64,
            ) -> Result<Vec<$crate::store::broadcasts::Broadcast>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::shared_broadcasts::BroadcastRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::store::shared_broadcasts::broadcast_cols!(), " FROM broadcasts \
                         WHERE author_id = $1 AND status IN ('sending', 'done') \
                         ORDER BY send_at DESC, id DESC LIMIT $2"))
                    .bind(author_id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.into_iter().map($crate::store::shared_broadcasts::broadcast).collect())
            }

            async fn broadcast_unreached(
                &self,
                id: i64,
            ) -> Result<Vec<String>, $crate::store::StoreError> {
                let rows: Vec<(String,)> =
                    sqlx::query_as($crate::store::shared_broadcasts::unreached_sql!())
                        .bind(format!("broadcast:{id}"))
                        .fetch_all(&self.pool)
                        .await?;
                Ok(rows.into_iter().map(|r| r.0).collect())
            }

            async fn cancel_broadcast(
                &self,
                id: i64,
                author_id: i64,
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE broadcasts SET status = 'cancelled', finished_at = $3 \
                     WHERE id = $1 AND author_id = $2 AND status = 'scheduled'",
                )
                .bind(id)
                .bind(author_id)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                Self::insert_audit(&mut tx, actor, "broadcast.cancel", &format!("broadcast:{id}"), now)
                    .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn start_due_broadcasts(
                &self,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<i64>, $crate::store::StoreError> {
                let due: Vec<(i64,)> = sqlx::query_as(
                    "SELECT id FROM broadcasts WHERE status = 'scheduled' AND send_at <= $1 ORDER BY send_at, id",
                )
                .bind($crate::store::millis(now))
                .fetch_all(&self.pool)
                .await?;
                let mut started = vec![];
                for (id,) in due {
                    let mut tx = self.begin_write().await?;
                    // Only the instance that moves it from `scheduled` starts it.
                    let row: Option<$crate::store::shared_broadcasts::BroadcastRow> =
                        sqlx::query_as(concat!("UPDATE broadcasts SET status = 'sending', started_at = $2 \
                             WHERE id = $1 AND status = 'scheduled' RETURNING ", $crate::store::shared_broadcasts::broadcast_cols!(), ""))
                        .bind(id)
                        .bind($crate::store::millis(now))
                        .fetch_optional(&mut *tx)
                        .await?;
                    let Some(row) = row else {
                        continue;
                    };
                    let b = $crate::store::shared_broadcasts::broadcast(row);
                    // The progress message first: it is claimed before the announcements.
                    let first = $crate::delivery::broadcast::progress_message(&b, now);
                    Self::insert_outbox(&mut tx, &first, now).await?;
                    let args = $crate::delivery::broadcast::announcement_args(&b);
                    let inserted = sqlx::query(concat!(
                        "INSERT INTO outbox (kind, recipient_id, template, args, due_at, dedupe_key, \
                         created_at, client_id, subject) \
                         SELECT 'announcement', c.telegram_id, 'broadcast-message', $5, $6, \
                         $7 || CAST(c.id AS TEXT), $6, c.id, $8 FROM clients c WHERE ",
                        $crate::store::shared_broadcasts::audience_where!(),
                        " ON CONFLICT (dedupe_key) DO NOTHING"
                    ))
                    .bind(b.audience.manager_id)
                    .bind(b.audience.gemeinde_id)
                    .bind($crate::store::shared_broadcasts::language_filter(&b.audience.languages))
                    .bind(b.audience.offer_id)
                    .bind(args.to_string())
                    .bind($crate::store::millis(now))
                    .bind(format!("broadcast:{id}:"))
                    .bind(format!("broadcast:{id}"))
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query("UPDATE broadcasts SET recipients = $2 WHERE id = $1")
                        .bind(id)
                        .bind(inserted.rows_affected() as i64)
                        .execute(&mut *tx)
                        .await?;
                    Self::insert_audit(
                        &mut tx,
                        $crate::store::people::Actor::System,
                        "broadcast.start",
                        &format!("broadcast:{id}"),
                        now,
                    )
                    .await?;
                    tx.commit().await?;
                    started.push(id);
                }
                Ok(started)
            }

            async fn sending_broadcasts(
                &self,
            ) -> Result<Vec<$crate::store::broadcasts::Broadcast>, $crate::store::StoreError> {
                let rows: Vec<$crate::store::shared_broadcasts::BroadcastRow> =
                    sqlx::query_as(concat!("SELECT ", $crate::store::shared_broadcasts::broadcast_cols!(), " FROM broadcasts WHERE status = 'sending' ORDER BY id"))
                    .fetch_all(&self.pool)
                    .await?;
                Ok(rows.into_iter().map($crate::store::shared_broadcasts::broadcast).collect())
            }

            async fn broadcast_progress(
                &self,
                id: i64,
            ) -> Result<$crate::store::broadcasts::Progress, $crate::store::StoreError> {
                let mut conn = self.pool.acquire().await?;
                Ok(Self::progress_in(&mut *conn, id).await?)
            }

            async fn update_progress_message(
                &self,
                id: i64,
                progress: $crate::store::broadcasts::Progress,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<(), $crate::store::StoreError> {
                let Some(b) = self.broadcast(id).await? else {
                    return Ok(());
                };
                let mut tx = self.begin_write().await?;
                Self::write_progress(&mut tx, &b, progress, false, now).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn finish_broadcast(
                &self,
                id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let p = Self::progress_in(&mut *tx, id).await?;
                if p.pending > 0 {
                    return Ok(false);
                }
                let row: Option<$crate::store::shared_broadcasts::BroadcastRow> =
                    sqlx::query_as(concat!("UPDATE broadcasts SET status = 'done', finished_at = $2 \
                         WHERE id = $1 AND status = 'sending' RETURNING ", $crate::store::shared_broadcasts::broadcast_cols!(), ""))
                    .bind(id)
                    .bind($crate::store::millis(now))
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(row) = row else {
                    return Ok(false);
                };
                let b = $crate::store::shared_broadcasts::broadcast(row);
                let unreached: Vec<(String,)> = sqlx::query_as(
                    $crate::store::shared_broadcasts::unreached_sql!(),
                )
                .bind(format!("broadcast:{id}"))
                .fetch_all(&mut *tx)
                .await?;
                Self::write_progress(&mut tx, &b, p, true, now).await?;
                let labels: Vec<String> = unreached.into_iter().map(|r| r.0).collect();
                let report = $crate::delivery::broadcast::report(&b, p, &labels, now);
                Self::insert_outbox(&mut tx, &report, now).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn drop_pending_announcements(
                &self,
                client_id: i64,
            ) -> Result<u64, $crate::store::StoreError> {
                let done = sqlx::query(
                    "UPDATE outbox SET state = 'dropped', args = '{}', last_error = 'consent withdrawn' \
                     WHERE client_id = $1 AND kind = 'announcement' AND state = 'pending'",
                )
                .bind(client_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected())
            }
        }
    };
}
pub(crate) use broadcast_store_impl;

//! The offer SQL shared by both backends (see `shared.rs` for why a macro).

/// An offer row as read: id, external id, category, landkreis, address, phone, email,
/// web, languages, schedule, valid from, valid until, active, updated at.
pub(crate) type OfferRow = (
    i64,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    bool,
    i64,
);

macro_rules! offer_cols {
    () => {
        "o.id, o.external_id, o.category, o.landkreis, o.address, o.phone, o.email, o.web, \
         o.languages, o.schedule, o.valid_from, o.valid_until, o.active, o.updated_at"
    };
}
pub(crate) use offer_cols;

/// Assembles an offer from its row, texts and Gemeinden (AGS).
pub(crate) fn assemble(
    row: OfferRow,
    texts: Vec<(String, String, String, String)>,
    gemeinden: Vec<String>,
) -> crate::store::offers::StoredOffer {
    use crate::domain::offer::{Category, Offer, OfferText};
    let date =
        |s: Option<String>| s.and_then(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let offer = Offer {
        external_id: row.1,
        // The CHECK constraint admits only known keys.
        category: Category::parse(&row.2).unwrap_or(Category::Beratung),
        gemeinden,
        landkreis: row.3,
        texts: texts
            .into_iter()
            .map(|(lang, title, description, times)| {
                (
                    lang,
                    OfferText {
                        title,
                        description,
                        times,
                    },
                )
            })
            .collect(),
        address: row.4,
        phone: row.5,
        email: row.6,
        web: row.7,
        languages: row
            .8
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        schedule: row.9,
        valid_from: date(row.10),
        valid_until: date(row.11),
        active: row.12,
    }
    .normalized();
    crate::store::offers::StoredOffer {
        id: row.0,
        offer,
        updated_at: crate::store::from_millis(row.13),
    }
}

/// The offers of Gemeinde `$1` (named, or its Landkreis's); all when `$1` is NULL.
macro_rules! of_gemeinde {
    () => {
        "($1 IS NULL OR o.id IN (SELECT og2.offer_id FROM offer_gemeinden og2 WHERE og2.gemeinde_id = $1) \
         OR o.landkreis = (SELECT g2.landkreis FROM gemeinden g2 WHERE g2.id = $1))"
    };
}
pub(crate) use of_gemeinde;

macro_rules! offer_store_impl {
    ($store:ty, $db:ty) => {
        impl $store {
            /// Every offer (`None`) or a Gemeinde's (named, or its Landkreis's), by external
            /// id: three queries, not three per offer.
            async fn offers_where(
                &self,
                gemeinde_id: Option<i64>,
            ) -> Result<Vec<$crate::store::offers::StoredOffer>, $crate::store::StoreError> {
                use std::collections::HashMap;
                // Three queries for all offers, not three per offer.
                let rows: Vec<$crate::store::shared_offers::OfferRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_offers::offer_cols!(),
                    " FROM offers o WHERE ",
                    $crate::store::shared_offers::of_gemeinde!(),
                    " ORDER BY o.external_id"
                ))
                .bind(gemeinde_id)
                .fetch_all(&self.pool)
                .await?;
                let mut texts: HashMap<i64, Vec<(String, String, String, String)>> = HashMap::new();
                let all: Vec<(i64, String, String, String, String)> = sqlx::query_as(concat!(
                    "SELECT t.offer_id, t.language, t.title, t.description, t.times \
                     FROM offer_texts t JOIN offers o ON o.id = t.offer_id WHERE ",
                    $crate::store::shared_offers::of_gemeinde!(),
                    " ORDER BY t.offer_id, t.language"
                ))
                .bind(gemeinde_id)
                .fetch_all(&self.pool)
                .await?;
                for (id, lang, title, description, times) in all {
                    texts.entry(id).or_default().push((lang, title, description, times));
                }
                let mut gemeinden: HashMap<i64, Vec<String>> = HashMap::new();
                let all: Vec<(i64, String)> = sqlx::query_as(concat!(
                    "SELECT og.offer_id, g.ags FROM offer_gemeinden og \
                     JOIN gemeinden g ON g.id = og.gemeinde_id JOIN offers o ON o.id = og.offer_id WHERE ",
                    $crate::store::shared_offers::of_gemeinde!(),
                    " ORDER BY og.offer_id, g.ags"
                ))
                .bind(gemeinde_id)
                .fetch_all(&self.pool)
                .await?;
                for (id, ags) in all {
                    gemeinden.entry(id).or_default().push(ags);
                }
                Ok(rows
                    .into_iter()
                    .map(|row| {
                        let id = row.0;
                        $crate::store::shared_offers::assemble(
                            row,
                            texts.remove(&id).unwrap_or_default(),
                            gemeinden.remove(&id).unwrap_or_default(),
                        )
                    })
                    .collect())
            }

            /// One offer with its texts and Gemeinden, by id or external id.
            async fn load_offer(
                conn: &mut <$db as sqlx::Database>::Connection,
                id: Option<i64>,
                external_id: Option<&str>,
            ) -> Result<Option<$crate::store::offers::StoredOffer>, sqlx::Error> {
                let row: Option<$crate::store::shared_offers::OfferRow> = sqlx::query_as(concat!(
                    "SELECT ",
                    $crate::store::shared_offers::offer_cols!(),
                    " FROM offers o WHERE o.id = $1 OR o.external_id = $2"
                ))
                .bind(id)
                .bind(external_id)
                .fetch_optional(&mut *conn)
                .await?;
                let Some(row) = row else {
                    return Ok(None);
                };
                let texts: Vec<(String, String, String, String)> = sqlx::query_as(
                    "SELECT language, title, description, times FROM offer_texts \
                     WHERE offer_id = $1 ORDER BY language",
                )
                .bind(row.0)
                .fetch_all(&mut *conn)
                .await?;
                let gemeinden: Vec<(String,)> = sqlx::query_as(
                    "SELECT g.ags FROM offer_gemeinden og JOIN gemeinden g ON g.id = og.gemeinde_id \
                     WHERE og.offer_id = $1 ORDER BY g.ags",
                )
                .bind(row.0)
                .fetch_all(&mut *conn)
                .await?;
                Ok(Some($crate::store::shared_offers::assemble(
                    row,
                    texts,
                    gemeinden.into_iter().map(|g| g.0).collect(),
                )))
            }

            /// Writes an offer's texts and Gemeinden (after removing the old ones).
            async fn write_offer_parts(
                tx: &mut sqlx::Transaction<'_, $db>,
                id: i64,
                offer: &$crate::domain::offer::Offer,
            ) -> Result<(), $crate::store::StoreError> {
                sqlx::query("DELETE FROM offer_texts WHERE offer_id = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                sqlx::query("DELETE FROM offer_gemeinden WHERE offer_id = $1")
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                for (lang, t) in &offer.texts {
                    sqlx::query(
                        "INSERT INTO offer_texts (offer_id, language, title, description, times) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id)
                    .bind(lang)
                    .bind(&t.title)
                    .bind(&t.description)
                    .bind(&t.times)
                    .execute(&mut **tx)
                    .await?;
                }
                for ags in &offer.gemeinden {
                    let done = sqlx::query(
                        "INSERT INTO offer_gemeinden (offer_id, gemeinde_id) \
                         SELECT $1, id FROM gemeinden WHERE ags = $2",
                    )
                    .bind(id)
                    .bind(ags)
                    .execute(&mut **tx)
                    .await?;
                    if done.rows_affected() == 0 {
                        return Err($crate::store::StoreError::MissingReference);
                    }
                }
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::offers::OfferStore for $store {
            async fn save_offers(
                &self,
                offers: &[$crate::domain::offer::Offer],
                actor: $crate::store::people::Actor,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<Vec<$crate::store::offers::Saved>, $crate::store::StoreError> {
                use $crate::store::offers::Saved;
                let mut tx = self.begin_write().await?;
                let mut out = Vec::with_capacity(offers.len());
                for offer in offers {
                    let offer = offer.clone().normalized();
                    let existing =
                        Self::load_offer(&mut *tx, None, Some(&offer.external_id)).await?;
                    let langs = offer.languages.join(",");
                    let from = offer.valid_from.map(|d| d.format("%Y-%m-%d").to_string());
                    let until = offer.valid_until.map(|d| d.format("%Y-%m-%d").to_string());
                    let (id, saved) = match existing {
                        Some(e) if e.offer == offer => {
                            out.push(Saved::Unchanged);
                            continue;
                        }
                        Some(e) => {
                            sqlx::query(
                                "UPDATE offers SET category = $2, landkreis = $3, address = $4, \
                                 phone = $5, email = $6, web = $7, languages = $8, schedule = $9, \
                                 valid_from = $10, valid_until = $11, active = $12, updated_at = $13 \
                                 WHERE id = $1",
                            )
                            .bind(e.id)
                            .bind(offer.category.key())
                            .bind(offer.landkreis.as_deref())
                            .bind(&offer.address)
                            .bind(&offer.phone)
                            .bind(&offer.email)
                            .bind(&offer.web)
                            .bind(&langs)
                            .bind(offer.schedule.as_deref())
                            .bind(from)
                            .bind(until)
                            .bind(offer.active)
                            .bind($crate::store::millis(now))
                            .execute(&mut *tx)
                            .await?;
                            (e.id, Saved::Updated)
                        }
                        None => {
                            let (id,): (i64,) = sqlx::query_as(
                                "INSERT INTO offers (external_id, category, landkreis, address, phone, \
                                 email, web, languages, schedule, valid_from, valid_until, active, \
                                 created_at, updated_at) \
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) \
                                 RETURNING id",
                            )
                            .bind(&offer.external_id)
                            .bind(offer.category.key())
                            .bind(offer.landkreis.as_deref())
                            .bind(&offer.address)
                            .bind(&offer.phone)
                            .bind(&offer.email)
                            .bind(&offer.web)
                            .bind(&langs)
                            .bind(offer.schedule.as_deref())
                            .bind(from)
                            .bind(until)
                            .bind(offer.active)
                            .bind($crate::store::millis(now))
                            .fetch_one(&mut *tx)
                            .await
                            .map_err($crate::store::StoreError::from_insert)?;
                            (id, Saved::Created)
                        }
                    };
                    Self::write_offer_parts(&mut tx, id, &offer).await?;
                    let action = match saved {
                        Saved::Created => "offer.create",
                        _ => "offer.update",
                    };
                    Self::insert_audit(&mut tx, actor, action, &format!("offer:{id}"), now).await?;
                    out.push(saved);
                }
                tx.commit().await?;
                Ok(out)
            }

            async fn offers(
                &self,
            ) -> Result<Vec<$crate::store::offers::StoredOffer>, $crate::store::StoreError> {
                self.offers_where(None).await
            }

            async fn offer_places(
                &self,
                ids: &[i64],
            ) -> Result<
                std::collections::HashMap<i64, (Option<String>, Vec<String>)>,
                $crate::store::StoreError,
            > {
                let mut out: std::collections::HashMap<i64, (Option<String>, Vec<String>)> =
                    std::collections::HashMap::new();
                for chunk in ids.chunks(500) {
                    // Numbers only: safe to write into the statement.
                    let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
                    let rows: Vec<(i64, Option<String>)> = sqlx::query_as(sqlx::AssertSqlSafe(
                        format!("SELECT id, landkreis FROM offers WHERE id IN ({list})"),
                    ))
                    .fetch_all(&self.pool)
                    .await?;
                    for (id, landkreis) in rows {
                        out.entry(id).or_default().0 = landkreis;
                    }
                    let rows: Vec<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                        "SELECT og.offer_id, g.ags FROM offer_gemeinden og \
                         JOIN gemeinden g ON g.id = og.gemeinde_id WHERE og.offer_id IN ({list})"
                    )))
                    .fetch_all(&self.pool)
                    .await?;
                    for (id, ags) in rows {
                        out.entry(id).or_default().1.push(ags);
                    }
                }
                Ok(out)
            }

            async fn offers_of(
                &self,
                gemeinde_id: i64,
            ) -> Result<Vec<$crate::store::offers::StoredOffer>, $crate::store::StoreError> {
                self.offers_where(Some(gemeinde_id)).await
            }

            async fn offer(
                &self,
                id: i64,
            ) -> Result<Option<$crate::store::offers::StoredOffer>, $crate::store::StoreError> {
                let mut conn = self.pool.acquire().await?;
                Ok(Self::load_offer(&mut *conn, Some(id), None).await?)
            }

            async fn offer_id(&self, external_id: &str) -> Result<Option<i64>, $crate::store::StoreError> {
                let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM offers WHERE external_id = $1")
                    .bind(external_id)
                    .fetch_optional(&self.pool)
                    .await?;
                Ok(row.map(|r| r.0))
            }

            async fn offers_in(
                &self,
                gemeinde_id: i64,
                today: Option<chrono::NaiveDate>,
                lang: &str,
            ) -> Result<Vec<$crate::store::offers::OfferLine>, $crate::store::StoreError> {
                let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                    "SELECT o.id, o.category, t.language, t.title FROM offers o \
                     JOIN offer_texts t ON t.offer_id = o.id AND t.language IN ('de', $3) \
                     WHERE ($2 IS NULL OR (o.active \
                          AND (o.valid_from IS NULL OR o.valid_from <= $2) \
                          AND (o.valid_until IS NULL OR o.valid_until >= $2))) \
                     AND (o.id IN (SELECT offer_id FROM offer_gemeinden WHERE gemeinde_id = $1) \
                          OR o.landkreis = (SELECT landkreis FROM gemeinden WHERE id = $1)) \
                     ORDER BY o.id",
                )
                .bind(gemeinde_id)
                .bind(today.map(|d| d.format("%Y-%m-%d").to_string()))
                .bind(lang)
                .fetch_all(&self.pool)
                .await?;
                let mut out: Vec<$crate::store::offers::OfferLine> = vec![];
                for (id, category, language, title) in rows {
                    let Some(category) = $crate::domain::offer::Category::parse(&category) else {
                        continue;
                    };
                    if out.last().is_none_or(|l| l.id != id) {
                        out.push($crate::store::offers::OfferLine {
                            id,
                            category,
                            title: String::new(),
                            translated: None,
                        });
                    }
                    let line = out.last_mut().expect("pushed above");
                    if language == $crate::domain::offer::REFERENCE {
                        line.title = title.clone();
                    }
                    if language == lang && !title.trim().is_empty() {
                        line.translated = Some(title);
                    }
                }
                Ok(out)
            }

            async fn register_interest(
                &self,
                offer_id: i64,
                client_id: i64,
                notice: Option<$crate::store::outbox::NewOutbox>,
                now: chrono::DateTime<chrono::Utc>,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "INSERT INTO offer_interests (offer_id, client_id, created_at) \
                     VALUES ($1, $2, $3) ON CONFLICT (offer_id, client_id) DO NOTHING",
                )
                .bind(offer_id)
                .bind(client_id)
                .bind($crate::store::millis(now))
                .execute(&mut *tx)
                .await
                .map_err($crate::store::StoreError::from_insert)?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                if let Some(row) = notice {
                    Self::insert_outbox(&mut tx, &row, now).await?;
                }
                tx.commit().await?;
                Ok(true)
            }

            async fn mute_offer(
                &self,
                offer_id: i64,
                client_id: i64,
            ) -> Result<bool, $crate::store::StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE offer_interests SET muted = $3 WHERE offer_id = $1 AND client_id = $2",
                )
                .bind(offer_id)
                .bind(client_id)
                .bind(true)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "UPDATE outbox SET state = 'dropped', args = '{}', last_error = 'muted' \
                     WHERE client_id = $1 AND subject = $2 AND state = 'pending'",
                )
                .bind(client_id)
                .bind(format!("offer-day:{offer_id}"))
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(done.rows_affected() > 0)
            }

            async fn offer_audience(
                &self,
                offer_id: i64,
            ) -> Result<Vec<(i64, i64, i64)>, $crate::store::StoreError> {
                let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
                    "SELECT c.id, c.telegram_id, c.gemeinde_id FROM offer_interests i \
                     JOIN clients c ON c.id = i.client_id \
                     WHERE i.offer_id = $1 AND NOT i.muted AND c.telegram_id IS NOT NULL \
                     AND c.status = 'active' \
                     AND EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id AND k.purpose = 'announcements') \
                     ORDER BY c.id",
                )
                .bind(offer_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows)
            }

            async fn interests_of(&self, client_id: i64) -> Result<Vec<i64>, $crate::store::StoreError> {
                let rows: Vec<(i64,)> = sqlx::query_as(
                    "SELECT offer_id FROM offer_interests WHERE client_id = $1 ORDER BY offer_id",
                )
                .bind(client_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(|r| r.0).collect())
            }
        }
    };
}
pub(crate) use offer_store_impl;

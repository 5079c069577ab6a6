//! Offers announce their own dates: on the morning of each day an offer with a schedule
//! takes place, the clients who said they are interested in it (and consent to
//! announcements, and did not mute it) are told "today: …, at …". Once a day, at the
//! start of office hours; each message has a dedupe key (offer, date, client), so a
//! second pass or a second instance sends nothing twice. A message not sent before the
//! offer begins is dropped.

use chrono::{Duration, NaiveTime, TimeZone};

use crate::bot::keyboards::Callback;
use crate::delivery::{broadcast, render};
use crate::store::StoreError;
use crate::store::outbox::NewOutbox;

use super::Scheduler;

/// The job's name in `job_runs`: the last day handled.
const JOB: &str = "offer-days";

impl Scheduler {
    /// Writes today's offer announcements once office hours have begun; how many rows.
    pub async fn offer_days(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, StoreError> {
        let tz = self.config.time_zone;
        let local = now.with_timezone(&tz);
        let today = local.date_naive();
        if local.time() < self.config.office_hours.start {
            return Ok(0);
        }
        let midnight = |d: chrono::NaiveDate| {
            tz.from_local_datetime(&d.and_time(NaiveTime::MIN))
                .earliest()
                .map(|t| t.with_timezone(&chrono::Utc))
        };
        let Some(day_start) = midnight(today) else {
            return Ok(0);
        };
        if self
            .store
            .job_last_run(JOB)
            .await?
            .is_some_and(|last| last >= day_start)
        {
            return Ok(0);
        }
        let mut written = 0;
        for o in self.store.offers().await? {
            if !o.offer.shown_on(today) {
                continue;
            }
            // The first time it takes place today, if it does and has not begun.
            let Some(next) = o.offer.next_date(day_start - Duration::seconds(1), tz) else {
                continue;
            };
            if next.date_naive() != today || next <= local {
                continue;
            }
            let audience = self.store.offer_audience(o.id).await?;
            if audience.is_empty() {
                continue;
            }
            let titles = broadcast::texts_arg(
                o.offer
                    .texts
                    .iter()
                    .map(|(l, t)| (l.as_str(), t.title.as_str())),
                "broadcast-only-german",
            );
            let when = render::at(next.with_timezone(&chrono::Utc), tz.name());
            let rows: Vec<NewOutbox> = audience
                .into_iter()
                .map(|(client_id, tg, _gemeinde)| {
                    NewOutbox {
                        kind: "announcement",
                        ..NewOutbox::notice(
                            tg,
                            "offer-today",
                            serde_json::json!({
                                "offer": titles,
                                "when": when,
                                "_buttons": [
                                    [["offer-button-show", Callback::OfferOpen(o.id).encode()]],
                                    [["offer-mute", Callback::OfferMute(o.id).encode()]],
                                ],
                            }),
                            now,
                        )
                    }
                    .about(client_id)
                    .subject(format!("offer-day:{}", o.id))
                    .due(now, Some(next.with_timezone(&chrono::Utc)))
                    .once(format!("offer-day:{}:{today}:{client_id}", o.id))
                })
                .collect();
            written += self.store.enqueue_all(rows, now).await?;
        }
        self.store.set_job_last_run(JOB, now).await?;
        if written > 0 {
            tracing::info!(written, "offer dates announced");
            self.wake.notify_one();
        }
        Ok(written)
    }
}

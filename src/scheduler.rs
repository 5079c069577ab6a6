//! Timed checks. Wakes every minute of the (injected) clock (`scheduler.interval_secs`)
//! — at once after a jump — and on shutdown. Each check writes its outbox rows in the transaction that marks it done
//! (or with a dedupe key), so running it twice, or on two instances, never sends anything
//! twice.
//!
//! - the manager is told when a client has not answered an appointment by its first
//!   reminder, asked the morning after whether the client came, and alerted when a
//!   deadline passed undone;
//! - the manager digest, on the cron schedule of `digest.schedule`;
//! - (hourly) managers are warned 90 and 7 days before a client's support period ends;
//!   then retention (`scheduler/retention.rs`): support ends at its planned end, data is
//!   deleted after `retention.delete_after_days`, unused data after `inactive_days`;
//! - scheduled announcements start when due; running ones keep their author's progress
//!   message current and end with a report (see `broadcasts.rs`);
//! - on the morning of an offer's date, the clients interested in it hear of it
//!   (`offer_days.rs`).
//!
//! Reminders themselves are not the scheduler's: they are outbox rows, due at their time,
//! which the sender wakes for.

mod broadcasts;
mod offer_days;
mod retention;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Duration;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::Config;
use crate::domain::support_period;
use crate::i18n::format;
use crate::store::Store;
use crate::store::outbox::NewOutbox;

pub struct Scheduler {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    /// Wakes the sender after rows were written.
    pub wake: Arc<Notify>,
}

pub struct SchedulerHandle {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl SchedulerHandle {
    /// Stops at once, as a crash would.
    pub fn abort(self) {
        self.task.abort();
    }

    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

impl Scheduler {
    pub fn spawn(self) -> SchedulerHandle {
        let (stop, mut stopped) = watch::channel(false);
        let task = tokio::spawn(async move {
            let mut support_checked: Option<chrono::DateTime<chrono::Utc>> = None;
            let mut progress = tokio::time::interval(broadcasts::PROGRESS_EVERY);
            progress.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            let mut shown = HashMap::new();
            let interval = Duration::seconds(i64::from(self.config.scheduler_interval_secs));
            loop {
                // The next run is an interval (a minute) after the time this run looked
                // at: if the clock jumped meanwhile, the next run comes at once.
                let now = self.clock.now();
                // With several instances on PostgreSQL, one runs the periodic jobs.
                let leading = match self.store.lead_scheduler().await {
                    Ok(leading) => leading,
                    Err(e) => {
                        tracing::error!(error = %e, "cannot tell whether this instance leads");
                        false
                    }
                };
                crate::ops::metrics::scheduler_leading(leading);
                if leading {
                    if support_checked.is_none_or(|t| now - t >= Duration::hours(1)) {
                        if let Err(e) = self.support_period_warnings(now).await {
                            tracing::error!(error = %e, "support period check failed");
                        }
                        if let Err(e) = self.retention(now).await {
                            tracing::error!(error = %e, "retention pass failed");
                        }
                        support_checked = Some(now);
                    }
                    if let Err(e) = self.agenda_checks(now).await {
                        tracing::error!(error = %e, "appointment and deadline checks failed");
                    }
                    if let Err(e) = self.digest(now).await {
                        tracing::error!(error = %e, "digest failed");
                    }
                    if let Err(e) = self.start_broadcasts(now).await {
                        tracing::error!(error = %e, "starting broadcasts failed");
                    }
                    if let Err(e) = self.offer_days(now).await {
                        tracing::error!(error = %e, "offer date announcements failed");
                    }
                    crate::ops::metrics::scheduler_pass(self.clock.now());
                }
                let next = now + interval;
                loop {
                    tokio::select! {
                        _ = self.clock.sleep_until(next) => break,
                        _ = progress.tick(), if leading => {
                            if let Err(e) = self.broadcast_progress(&mut shown).await {
                                tracing::error!(error = %e, "broadcast progress failed");
                            }
                        }
                        _ = stopped.changed() => return,
                    }
                }
            }
        });
        SchedulerHandle { stop, task }
    }

    /// One notice per client whose support ends within 90 days, and another within 7
    /// days, to their manager.
    pub async fn support_period_warnings(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, crate::store::StoreError> {
        let mut written = 0;
        for (days, template, key) in [
            (
                support_period::WARN_DAYS_BEFORE,
                "support-ends-soon",
                "support-end",
            ),
            (
                support_period::LAST_WARN_DAYS_BEFORE,
                "support-ends-week",
                "support-end-week",
            ),
        ] {
            let horizon = now + Duration::days(days);
            for (client, manager_tg, manager_lang) in
                self.store.clients_ending_before(horizon).await?
            {
                let Some(until) = client.support_until else {
                    continue;
                };
                let lang = manager_lang.unwrap_or_else(|| self.config.locales.default.clone());
                let shown = format::date(
                    &lang,
                    until.with_timezone(&self.config.time_zone).date_naive(),
                );
                let mut row = NewOutbox::notice(
                    manager_tg,
                    template,
                    serde_json::json!({ "label": client.label, "until": shown }),
                    now,
                );
                // Once per planned end: an extension moves the end and warns again later.
                row.dedupe_key = Some(format!("{key}:{}:{}", client.id, until.timestamp()));
                if self.store.enqueue(row, now).await? {
                    written += 1;
                }
            }
        }
        if written > 0 {
            self.wake.notify_one();
        }
        Ok(written)
    }
}

/// How many items of one kind a pass handles before looking again.
const CHECK_BATCH: i64 = 200;
/// An occurrence of the digest older than this when noticed (the service was down) is
/// skipped: yesterday's digest is no use.
const DIGEST_STALE_HOURS: i64 = 6;
/// Items per digest section; the rest is counted.
const DIGEST_SECTION_MAX: usize = 15;

impl Scheduler {
    /// The appointment and deadline checks that are due.
    pub async fn agenda_checks(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, crate::store::StoreError> {
        use crate::delivery::agenda;
        use crate::store::agenda::Check;
        let mut written = 0;
        for check in [Check::Unanswered, Check::Followup, Check::Overdue] {
            for id in self.store.due_checks(check, now, CHECK_BATCH).await? {
                let (client_id, row) = match check {
                    Check::Unanswered | Check::Followup => {
                        let Some(a) = self.store.appointment(id).await? else {
                            continue;
                        };
                        let template = if check == Check::Unanswered {
                            "notify-appointment-unanswered"
                        } else {
                            "appointment-followup"
                        };
                        (
                            a.client_id,
                            Box::new(move |tg, label: &str| {
                                agenda::manager_notice(&a, template, tg, label, now)
                            })
                                as Box<dyn Fn(i64, &str) -> NewOutbox + Send>,
                        )
                    }
                    Check::Overdue => {
                        let Some(d) = self.store.deadline(id).await? else {
                            continue;
                        };
                        (
                            d.client_id,
                            Box::new(move |tg, label: &str| {
                                agenda::deadline_notice(
                                    &d,
                                    "notify-deadline-overdue",
                                    tg,
                                    label,
                                    now,
                                )
                            })
                                as Box<dyn Fn(i64, &str) -> NewOutbox + Send>,
                        )
                    }
                };
                let Some(client) = self.store.client(client_id).await? else {
                    continue;
                };
                let manager = self.store.manager(client.manager_id).await?;
                let rows: Vec<NewOutbox> = manager
                    .and_then(|m| m.telegram_id)
                    .map(|tg| vec![row(tg, &client.label)])
                    .unwrap_or_default();
                if self.store.complete_check(check, id, rows, now).await? {
                    written += 1;
                }
            }
        }
        if written > 0 {
            self.wake.notify_one();
        }
        Ok(written)
    }

    /// Runs the digest for every occurrence of its schedule since the last one handled
    /// (skipping stale ones), once per manager and occurrence.
    pub async fn digest(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, crate::store::StoreError> {
        let Some(cron) = &self.config.digest else {
            return Ok(0);
        };
        let tz = self.config.time_zone;
        let Some(mut last) = self.store.job_last_run("digest").await? else {
            // First start: from now on.
            self.store.set_job_last_run("digest", now).await?;
            return Ok(0);
        };
        let mut written = 0;
        while let Ok(next) = cron.find_next_occurrence(&last.with_timezone(&tz), false) {
            let next_utc = next.with_timezone(&chrono::Utc);
            if next_utc > now {
                break;
            }
            if now - next_utc <= Duration::hours(DIGEST_STALE_HOURS) {
                written += self.digest_at(next.naive_local(), now).await?;
            } else {
                tracing::info!("a digest occurrence passed while the service was down; skipped");
            }
            last = next_utc;
            self.store.set_job_last_run("digest", last).await?;
        }
        if written > 0 {
            self.wake.notify_one();
        }
        Ok(written)
    }

    /// One digest per manager who has something in it, for the occurrence at `local`.
    async fn digest_at(
        &self,
        local: chrono::NaiveDateTime,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, crate::store::StoreError> {
        use crate::delivery::{agenda, render};
        use chrono::TimeZone;
        let tz = self.config.time_zone;
        let today = local.date();
        let start_of = |d: chrono::NaiveDate| {
            tz.from_local_datetime(&d.and_time(chrono::NaiveTime::MIN))
                .earliest()
                .map(|t| t.with_timezone(&chrono::Utc))
                .unwrap_or(now)
        };
        let (day_start, day_end) = (start_of(today), start_of(today + Duration::days(1)));
        let mut written = 0;
        for (manager_id, tg) in self.store.digest_recipients().await? {
            let items = self
                .store
                .digest_items(manager_id, day_start, day_end, today, now)
                .await?;
            if items.is_empty() {
                continue;
            }
            let mut lines: Vec<serde_json::Value> = vec![];
            let mut section = |title: &str, entries: Vec<serde_json::Value>| {
                if entries.is_empty() {
                    return;
                }
                lines.push(serde_json::json!([title, {}]));
                let more = entries.len().saturating_sub(DIGEST_SECTION_MAX);
                lines.extend(entries.into_iter().take(DIGEST_SECTION_MAX));
                if more > 0 {
                    lines.push(serde_json::json!(["digest-more", { "count": more }]));
                }
            };
            let appointment_line = |(a, label): &(crate::store::agenda::Appointment, String)| {
                serde_json::json!(["digest-appointment", {
                    "label": label,
                    "when": render::at(a.starts_at, &a.time_zone),
                    "topic": agenda::topic_arg(&a.topic),
                }])
            };
            section(
                "digest-today",
                items.today.iter().map(appointment_line).collect(),
            );
            section(
                "digest-unanswered",
                items.unanswered.iter().map(appointment_line).collect(),
            );
            section(
                "digest-overdue",
                items
                    .overdue
                    .iter()
                    .map(|(d, label)| {
                        serde_json::json!(["digest-deadline", {
                            "label": label, "title": d.title, "due": render::date(d.due_on),
                        }])
                    })
                    .collect(),
            );
            section(
                "digest-unreachable",
                items
                    .unreachable
                    .iter()
                    .map(|label| serde_json::json!(["digest-client", { "label": label }]))
                    .collect(),
            );
            let row = NewOutbox::notice(
                tg,
                "digest",
                serde_json::json!({ "date": render::date(today), "_lines": lines }),
                now,
            )
            // Once per manager and local occurrence: a wall-clock time that happens twice
            // when clocks go back is still one digest.
            .once(format!(
                "digest:{manager_id}:{}",
                local.format("%Y-%m-%dT%H:%M")
            ));
            if self.store.enqueue(row, now).await? {
                written += 1;
            }
        }
        Ok(written)
    }
}

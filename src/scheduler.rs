//! Timed checks. Wakes every hour of the (injected) clock and on shutdown; each check
//! writes outbox rows with a dedupe key, so running it twice, or on two instances, never
//! sends anything twice.
//!
//! Today: managers are warned 90 days before a client's support period ends.

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
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

impl Scheduler {
    pub fn spawn(self) -> SchedulerHandle {
        let (stop, mut stopped) = watch::channel(false);
        let task = tokio::spawn(async move {
            loop {
                // The next run is an hour after the time this run looked at: if the clock
                // jumped meanwhile, the next run comes at once.
                let now = self.clock.now();
                if let Err(e) = self.support_period_warnings(now).await {
                    tracing::error!(error = %e, "support period check failed");
                }
                let next = now + Duration::hours(1);
                tokio::select! {
                    _ = self.clock.sleep_until(next) => {}
                    _ = stopped.changed() => return,
                }
            }
        });
        SchedulerHandle { stop, task }
    }

    /// One notice per client whose support ends within 90 days, to their manager.
    pub async fn support_period_warnings(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, crate::store::StoreError> {
        let horizon = now + Duration::days(support_period::WARN_DAYS_BEFORE);
        let mut written = 0;
        for (client, manager_tg, manager_lang) in self.store.clients_ending_before(horizon).await? {
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
                "support-ends-soon",
                serde_json::json!({ "label": client.label, "until": shown }),
                now,
            );
            // Once per planned end: an extension moves the end and warns again later.
            row.dedupe_key = Some(format!("support-end:{}:{}", client.id, until.timestamp()));
            if self.store.enqueue(row, now).await? {
                written += 1;
            }
        }
        if written > 0 {
            self.wake.notify_one();
        }
        Ok(written)
    }
}

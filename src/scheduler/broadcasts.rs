//! The scheduler's part in announcements: start the scheduled ones when due (on the
//! injected clock), and while they are sent, keep the author's progress message current
//! and write the report when the last row is settled (every few seconds of real time:
//! sending is paced in real time).

use std::collections::HashMap;

use crate::store::StoreError;
use crate::store::broadcasts::Progress;

use super::Scheduler;

/// How often a running broadcast's progress is looked at.
pub const PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_secs(3);

impl Scheduler {
    /// Starts the broadcasts due by now; how many.
    pub async fn start_broadcasts(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, StoreError> {
        let started = self.store.start_due_broadcasts(now).await?;
        for id in &started {
            tracing::info!(broadcast_id = id, "broadcast started");
        }
        if !started.is_empty() {
            self.wake.notify_one();
        }
        Ok(started.len())
    }

    /// Updates the progress of every running broadcast whose counts changed since
    /// `shown`, and ends those that are done.
    pub async fn broadcast_progress(
        &self,
        shown: &mut HashMap<i64, Progress>,
    ) -> Result<(), StoreError> {
        let now = self.clock.now();
        let running = self.store.sending_broadcasts().await?;
        shown.retain(|id, _| running.iter().any(|b| b.id == *id));
        for b in running {
            if self.store.finish_broadcast(b.id, now).await? {
                tracing::info!(broadcast_id = b.id, "broadcast done");
                shown.remove(&b.id);
                self.wake.notify_one();
                continue;
            }
            let p = self.store.broadcast_progress(b.id).await?;
            if shown.get(&b.id) != Some(&p) {
                self.store.update_progress_message(b.id, p, now).await?;
                shown.insert(b.id, p);
                self.wake.notify_one();
            }
        }
        Ok(())
    }
}

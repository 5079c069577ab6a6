//! Retention, once an hour: support ends at its planned end, a client's data is deleted
//! `retention.delete_after_days` after that, and what was never used (people who never
//! became clients, clients never linked, manager invites) is forgotten after
//! `retention.inactive_days`. Each step is idempotent: a second pass or a second
//! instance finds nothing left to do.

use chrono::Duration;

use crate::store::StoreError;

use super::Scheduler;

/// What one pass did, for the log and for tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPass {
    pub ended: usize,
    pub deleted: usize,
    pub forgotten_users: u64,
    pub forgotten_unlinked: u64,
    pub forgotten_invites: u64,
}

impl Scheduler {
    pub async fn retention(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<RetentionPass, StoreError> {
        let mut pass = RetentionPass {
            ended: self.store.end_support_due(now).await?.len(),
            ..RetentionPass::default()
        };
        let keep = Duration::days(i64::from(self.config.retention_delete_after_days));
        for client_id in self.store.clients_ended_before(now - keep).await? {
            self.store.delete_after_retention(client_id, now).await?;
            pass.deleted += 1;
        }
        let idle = Duration::days(i64::from(self.config.retention_inactive_days));
        let forgotten = self
            .store
            .forget_inactive(now - idle, &self.config.admins, now)
            .await?;
        pass.forgotten_users = forgotten.users;
        pass.forgotten_unlinked = forgotten.unlinked_clients;
        pass.forgotten_invites = forgotten.invites;
        if pass != RetentionPass::default() {
            tracing::info!(
                ended = pass.ended,
                deleted = pass.deleted,
                forgotten_users = pass.forgotten_users,
                forgotten_unlinked = pass.forgotten_unlinked,
                forgotten_invites = pass.forgotten_invites,
                "retention pass"
            );
            self.wake.notify_one();
        }
        Ok(pass)
    }
}

//! Deactivating an Integrationsmanager with a successor, once for the bot and the web
//! workplace: who may do it (both managers within the administrator's organisation),
//! the hand-over of every client, and the notices (the store writes the clients' and the
//! successor's outbox rows in the same transaction).

use chrono::{DateTime, Utc};

use super::Ctx;
use crate::bot::roles::Who;
use crate::store::StoreError;
use crate::store::people::Actor;

/// What became of a deactivation.
#[derive(Debug, PartialEq, Eq)]
pub enum Deactivation {
    /// Deactivated; this many clients moved to the successor.
    Done(u64),
    /// One of the two managers does not exist, or the successor is not active (or is
    /// the manager themself): nothing changed.
    Unknown,
    /// Outside the administrator's scope: audited, nothing changed.
    OutOfScope,
}

/// Deactivates `manager_id`, handing their clients to `successor`, if `who` may.
pub async fn deactivate(
    ctx: &Ctx,
    who: &Who,
    manager_id: i64,
    successor: i64,
    actor: Actor,
    now: DateTime<Utc>,
) -> Result<Deactivation, StoreError> {
    let (Some(m), Some(succ)) = (
        ctx.store.manager(manager_id).await?,
        ctx.store.manager(successor).await?,
    ) else {
        return Ok(Deactivation::Unknown);
    };
    if !who.may_manage_org(m.organisation_id) || !who.may_manage_org(succ.organisation_id) {
        super::offers::refused(ctx, who, &format!("manager:{}", m.id)).await?;
        return Ok(Deactivation::OutOfScope);
    }
    match ctx
        .store
        .deactivate_manager(m.id, succ.id, actor, now)
        .await
    {
        Ok(moved) => {
            ctx.wake.notify_one();
            Ok(Deactivation::Done(moved))
        }
        Err(StoreError::MissingReference) => Ok(Deactivation::Unknown),
        Err(e) => Err(e),
    }
}

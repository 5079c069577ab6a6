//! After composing: the announcements scheduled and sent, cancelling one, and the report
//! of how far one has come (for its author only).

use super::SENT_LISTED;
use crate::bot::roles::Who;
use crate::store::StoreError;
use crate::store::broadcasts::{Broadcast, Progress};
use crate::store::people::Actor;
use crate::usecase::Ctx;

/// A scheduled announcement with the recipients its audience has now.
#[derive(Debug, Clone)]
pub struct Scheduled {
    pub broadcast: Broadcast,
    pub recipients: i64,
}

/// The announcements `who` has scheduled, soonest first.
pub async fn scheduled(ctx: &Ctx, who: &Who) -> Result<Vec<Scheduled>, StoreError> {
    let mut out = vec![];
    for b in ctx.store.scheduled_broadcasts(who.telegram_id).await? {
        let recipients = ctx
            .store
            .audience_languages(&b.audience)
            .await?
            .values()
            .sum();
        out.push(Scheduled {
            broadcast: b,
            recipients,
        });
    }
    Ok(out)
}

/// The announcements `who` has sent or is sending, newest first (at most
/// [`SENT_LISTED`]).
pub async fn sent(ctx: &Ctx, who: &Who) -> Result<Vec<Broadcast>, StoreError> {
    ctx.store
        .started_broadcasts(who.telegram_id, SENT_LISTED)
        .await
}

/// What became of a cancel.
#[derive(Debug)]
pub enum Cancel {
    /// Cancelled: nothing will be sent.
    Done(Broadcast),
    /// It is being sent or was sent: too late.
    Started,
    /// Not `who`'s, not scheduled (cancelled before), or no such announcement.
    Stale,
}

/// Cancels `who`'s scheduled announcement `id`.
pub async fn cancel(ctx: &Ctx, who: &Who, id: i64, actor: Actor) -> Result<Cancel, StoreError> {
    let now = ctx.clock.now();
    if ctx
        .store
        .cancel_broadcast(id, who.telegram_id, actor, now)
        .await?
    {
        tracing::info!(user = %crate::logid::of(who.telegram_id), broadcast_id = id, "announcement cancelled");
        return Ok(match ctx.store.broadcast(id).await? {
            Some(b) => Cancel::Done(b),
            None => Cancel::Stale,
        });
    }
    Ok(match ctx.store.broadcast(id).await? {
        Some(b)
            if b.author_id == who.telegram_id
                && matches!(b.status.as_str(), "sending" | "done") =>
        {
            Cancel::Started
        }
        _ => Cancel::Stale,
    })
}

/// How far an announcement has come, and whom it did not reach.
#[derive(Debug, Clone)]
pub struct Report {
    pub broadcast: Broadcast,
    pub progress: Progress,
    /// Labels of the clients Telegram refused it for (blocked, account gone …).
    pub unreached: Vec<String>,
}

impl Report {
    /// Recipients when it started (before: its audience's now is not counted here).
    pub fn total(&self) -> i64 {
        self.broadcast.recipients
    }

    /// Every row settled and the report written.
    pub fn done(&self) -> bool {
        self.broadcast.status == "done"
    }

    /// Settled so far (delivered, not reached, unclear, dropped), of [`Report::total`].
    pub fn settled(&self) -> i64 {
        let p = self.progress;
        p.sent + p.failed + p.unknown + p.dropped
    }
}

/// The report of announcement `id`, for its author only (`None` otherwise, or if there
/// is none).
pub async fn report(ctx: &Ctx, who: &Who, id: i64) -> Result<Option<Report>, StoreError> {
    let Some(b) = ctx.store.broadcast(id).await? else {
        return Ok(None);
    };
    if b.author_id != who.telegram_id {
        return Ok(None);
    }
    let progress = ctx.store.broadcast_progress(id).await?;
    let unreached = ctx.store.broadcast_unreached(id).await?;
    Ok(Some(Report {
        broadcast: b,
        progress,
        unreached,
    }))
}

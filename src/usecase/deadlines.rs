//! Deadlines: add one for a client and cancel one, for the bot's `/deadline` and buttons
//! and the web workplace's forms alike.

use chrono::NaiveDate;

use super::Ctx;
use super::access::{Linked, linked_client, may_act_for};
use super::agenda::wants_reminders;
use crate::delivery::agenda as rows;
use crate::domain::deadline;
use crate::store::StoreError;
use crate::store::agenda::{Deadline, NewDeadline};
use crate::store::outbox::NewOutbox;
use crate::store::people::{Actor, Client, Manager};

/// What the manager asked for.
#[derive(Debug, Clone)]
pub struct DeadlineRequest {
    pub client_id: i64,
    pub due_on: NaiveDate,
    pub title: String,
    /// One of [`deadline::KINDS`].
    pub kind: &'static str,
}

#[derive(Debug, thiserror::Error)]
pub enum DeadlineError {
    /// Not the manager's client, nor one they stand in for (or no such client).
    #[error("not this manager's client")]
    NotYours,
    /// The client has not joined yet, or support has ended.
    #[error("client not linked")]
    NotLinked,
    #[error("in the past")]
    InPast,
    /// No such deadline for this manager, or it is not open any more.
    #[error("deadline gone")]
    Gone,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Adds a deadline: the client gets it with a "done" button and, with consent, its
/// reminders, written in the same transaction.
pub async fn add_deadline(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    req: DeadlineRequest,
) -> Result<(Deadline, Client), DeadlineError> {
    let (client, client_tg) = match linked_client(ctx, m, req.client_id).await? {
        Linked::Yes(c, tg) => (c, tg),
        Linked::NotYours => return Err(DeadlineError::NotYours),
        Linked::NotLinked => return Err(DeadlineError::NotLinked),
    };
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    if req.due_on < now.with_timezone(&tz).date_naive() {
        return Err(DeadlineError::InPast);
    }
    let reminders = wants_reminders(ctx, client.id).await?;
    let mut draft = Deadline {
        id: 0,
        client_id: client.id,
        due_on: req.due_on,
        time_zone: tz.name().to_owned(),
        title: req.title.clone(),
        kind: req.kind.to_owned(),
        status: "open".into(),
    };
    let build = {
        let draft = draft.clone();
        move |id: i64, _| {
            let d = Deadline {
                id,
                ..draft.clone()
            };
            rows::deadline_rows(&d, client_tg, reminders, now)
        }
    };
    draft.id = ctx
        .store
        .add_deadline(
            NewDeadline {
                client_id: client.id,
                due_on: req.due_on,
                time_zone: draft.time_zone.clone(),
                title: req.title,
                kind: req.kind,
                overdue_at: deadline::overdue_at(req.due_on, tz, ctx.config.office_hours.start),
            },
            &build,
            actor,
            now,
        )
        .await?;
    ctx.wake.notify_one();
    tracing::info!(manager_id = m.id, client_id = client.id, "deadline added");
    Ok((draft, client))
}

/// Cancels an open deadline: the client is told, the pending reminders go.
pub async fn cancel_deadline(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    id: i64,
) -> Result<(Deadline, Client), DeadlineError> {
    let Some(d) = ctx.store.deadline(id).await? else {
        return Err(DeadlineError::Gone);
    };
    let Some(client) = ctx.store.client(d.client_id).await? else {
        return Err(DeadlineError::Gone);
    };
    if !may_act_for(ctx, m, &client).await? {
        tracing::warn!(
            manager_id = m.id,
            deadline_id = id,
            "deadline of another manager refused"
        );
        return Err(DeadlineError::Gone);
    }
    let now = ctx.clock.now();
    let (client_tg, label) = (client.telegram_id, client.label.clone());
    let build = {
        let d = d.clone();
        move |_: i64, _: i64| -> Vec<NewOutbox> {
            client_tg
                .map(|tg| {
                    vec![rows::deadline_notice(
                        &d,
                        "deadline-cancelled",
                        tg,
                        &label,
                        now,
                    )]
                })
                .unwrap_or_default()
        }
    };
    if !ctx
        .store
        .close_deadline(id, false, &build, actor, now)
        .await?
    {
        return Err(DeadlineError::Gone);
    }
    ctx.wake.notify_one();
    Ok((d, client))
}

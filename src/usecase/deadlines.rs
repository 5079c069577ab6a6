//! Deadlines: add one for a client, move it to another day and cancel it, for the bot's
//! `/deadline` and buttons and the web workplace's forms alike; and the client marking one
//! done.

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
            rows::deadline_rows(&d, client_tg, reminders, false, now)
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

/// An open deadline this manager may act on (their client's, or as substitute), with its
/// client; [`DeadlineError::Gone`] for anything else (so nobody learns of another
/// manager's deadlines).
pub async fn own_deadline(
    ctx: &Ctx,
    m: &Manager,
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
    if d.status != "open" {
        return Err(DeadlineError::Gone);
    }
    Ok((d, client))
}

/// Moves an open deadline to `due_on`, with the checks of adding one: the client (still
/// linked) is told the new day in their language with the "done" button, the pending
/// reminders of the old day go and, with consent, those of the new day are planned —
/// in one transaction. [`DeadlineError::Gone`] if it was closed meanwhile.
pub async fn move_deadline(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    id: i64,
    due_on: NaiveDate,
) -> Result<(Deadline, Client), DeadlineError> {
    let (d, _) = own_deadline(ctx, m, id).await?;
    let (client, client_tg) = match linked_client(ctx, m, d.client_id).await? {
        Linked::Yes(c, tg) => (c, tg),
        Linked::NotYours => return Err(DeadlineError::NotYours),
        Linked::NotLinked => return Err(DeadlineError::NotLinked),
    };
    let now = ctx.clock.now();
    let tz: chrono_tz::Tz = d.time_zone.parse().unwrap_or(ctx.config.time_zone);
    if due_on < now.with_timezone(&tz).date_naive() {
        return Err(DeadlineError::InPast);
    }
    let reminders = wants_reminders(ctx, client.id).await?;
    let moved = Deadline { due_on, ..d };
    let build = {
        let moved = moved.clone();
        move |_: i64, _: i64| rows::deadline_rows(&moved, client_tg, reminders, true, now)
    };
    let overdue_at = deadline::overdue_at(due_on, tz, ctx.config.office_hours.start);
    if !ctx
        .store
        .move_deadline(id, due_on, overdue_at, &build, actor, now)
        .await?
    {
        return Err(DeadlineError::Gone);
    }
    ctx.wake.notify_one();
    tracing::info!(manager_id = m.id, deadline_id = id, "deadline moved");
    Ok((moved, client))
}

/// Cancels an open deadline: the client is told, the pending reminders go.
pub async fn cancel_deadline(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    id: i64,
) -> Result<(Deadline, Client), DeadlineError> {
    let (d, client) = own_deadline(ctx, m, id).await?;
    let closed = close(ctx, &d, false, client.telegram_id, &client.label, actor).await?;
    if !closed {
        return Err(DeadlineError::Gone);
    }
    Ok((d, client))
}

/// The client marks their open deadline `d` done; their manager is told.
/// [`DeadlineError::Gone`] if it was not open any more.
pub async fn mark_done(
    ctx: &Ctx,
    client: &Client,
    d: &Deadline,
    actor: Actor,
) -> Result<(), DeadlineError> {
    let manager_tg = ctx
        .store
        .manager(client.manager_id)
        .await?
        .and_then(|m| m.telegram_id);
    if close(ctx, d, true, manager_tg, &client.label, actor).await? {
        Ok(())
    } else {
        Err(DeadlineError::Gone)
    }
}

/// Closes an open deadline, done or cancelled, dropping its reminders, and tells
/// `recipient` (the manager that it is done, the client that it is cancelled); `false`
/// if it was not open.
async fn close(
    ctx: &Ctx,
    d: &Deadline,
    done: bool,
    recipient: Option<i64>,
    label: &str,
    actor: Actor,
) -> Result<bool, StoreError> {
    let now = ctx.clock.now();
    let template = if done {
        "notify-deadline-done"
    } else {
        "deadline-cancelled"
    };
    let build = {
        let (d, label) = (d.clone(), label.to_owned());
        move |_: i64, _: i64| -> Vec<NewOutbox> {
            recipient
                .map(|tg| vec![rows::deadline_notice(&d, template, tg, &label, now)])
                .unwrap_or_default()
        }
    };
    let closed = ctx
        .store
        .close_deadline(d.id, done, &build, actor, now)
        .await?;
    if closed {
        ctx.wake.notify_one();
    }
    Ok(closed)
}

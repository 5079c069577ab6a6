//! Appointments: plan, move and cancel one, for the bot's `/appointment` and buttons and
//! the web workplace's forms alike (the same checks, the same outbox rows to the client).

use chrono::{DateTime, NaiveDateTime, Utc};

use super::Ctx;
use super::access::{Linked, linked_client, may_act_for};
use crate::delivery::agenda as rows;
use crate::domain::appointment::{self as appt, Topic};
use crate::domain::consent::Purpose;
use crate::domain::reminder_plan::{Lead, Quiet};
use crate::domain::when::{self, WhenError};
use crate::store::StoreError;
use crate::store::agenda::{Appointment, NewAppointment};
use crate::store::outbox::NewOutbox;
use crate::store::people::{Actor, Client, Manager};

/// What the manager asked for.
#[derive(Debug, Clone)]
pub struct PlanRequest {
    pub client_id: i64,
    /// Local time in the Gemeinde's zone.
    pub local: NaiveDateTime,
    pub place: String,
    pub topic: Topic,
    /// `None`: the configured default leads.
    pub leads: Option<Vec<Lead>>,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// Not the manager's client, nor one they stand in for (or no such client).
    #[error("not this manager's client")]
    NotYours,
    /// The client has not joined yet, or support has ended.
    #[error("client not linked")]
    NotLinked,
    #[error("in the past")]
    InPast,
    #[error(transparent)]
    When(WhenError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The saved appointment, its client, and whether the client gets reminders.
#[derive(Debug, Clone)]
pub struct Planned {
    pub appointment: Appointment,
    pub client: Client,
    pub reminders: bool,
}

pub fn quiet(ctx: &Ctx) -> Quiet {
    Quiet {
        start: ctx.config.quiet_hours.start,
        end: ctx.config.quiet_hours.end,
    }
}

/// Whether the client agreed to reminders.
pub async fn wants_reminders(ctx: &Ctx, client_id: i64) -> Result<bool, StoreError> {
    Ok(ctx
        .store
        .consents(client_id)
        .await?
        .iter()
        .any(|(p, _)| *p == Purpose::Reminders))
}

/// What the client is sent about a planned (or `moved`) appointment — built once the
/// store knows its id and version — and when its first reminder goes, if any.
fn outbox_rows(
    ctx: &Ctx,
    m: &Manager,
    draft: &Appointment,
    client_tg: i64,
    moved: bool,
    reminders: bool,
) -> (
    impl Fn(i64, i64) -> Vec<NewOutbox> + Send + Sync + use<>,
    Option<DateTime<Utc>>,
) {
    let now = ctx.clock.now();
    let first_reminder = rows::reminder_times(draft, quiet(ctx), now)
        .first()
        .copied();
    let (q, name, draft) = (quiet(ctx), m.display_name.clone(), draft.clone());
    let build = move |id: i64, version: i64| {
        let a = Appointment {
            id,
            version,
            ..draft.clone()
        };
        rows::appointment_rows(&a, client_tg, &name, moved, reminders, q, now)
    };
    (build, first_reminder)
}

/// Plans an appointment for a client of `m` (or one `m` stands in for): saves it with
/// what the client is sent (the notice with its answer buttons, the reminders) in one
/// transaction and wakes the sender.
pub async fn plan_appointment(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    req: PlanRequest,
) -> Result<Planned, PlanError> {
    let (client, client_tg) = match linked_client(ctx, m, req.client_id).await? {
        Linked::Yes(c, tg) => (c, tg),
        Linked::NotYours => return Err(PlanError::NotYours),
        Linked::NotLinked => return Err(PlanError::NotLinked),
    };
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    let starts_at = match when::to_instant(req.local, tz) {
        Ok(t) if t > now => t,
        Ok(_) => return Err(PlanError::InPast),
        Err(e) => return Err(PlanError::When(e)),
    };
    let leads = req
        .leads
        .unwrap_or_else(|| ctx.config.appointment_leads.clone());
    let reminders = wants_reminders(ctx, client.id).await?;
    let mut draft = Appointment {
        id: 0,
        client_id: client.id,
        starts_at,
        time_zone: tz.name().to_owned(),
        place: req.place,
        topic: req.topic.stored().to_owned(),
        leads: appt::format_leads(&leads),
        status: "planned".into(),
        answer: None,
        version: 1,
    };
    let (build, first_reminder) = outbox_rows(ctx, m, &draft, client_tg, false, reminders);
    let id = ctx
        .store
        .add_appointment(
            NewAppointment {
                client_id: client.id,
                starts_at,
                time_zone: draft.time_zone.clone(),
                place: draft.place.clone(),
                topic: draft.topic.clone(),
                leads: draft.leads.clone(),
                answer_check_at: first_reminder,
                followup_at: appt::followup_at(starts_at, tz, ctx.config.office_hours.start),
            },
            &build,
            actor,
            now,
        )
        .await?;
    draft.id = id;
    ctx.wake.notify_one();
    tracing::info!(
        manager_id = m.id,
        client_id = client.id,
        appointment_id = id,
        "appointment planned"
    );
    Ok(Planned {
        appointment: draft,
        client,
        reminders,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    /// No such appointment, not one this manager may act for, no longer planned, or
    /// changed meanwhile (moved or cancelled elsewhere): the page or button is stale.
    #[error("appointment gone or changed")]
    Gone,
    #[error("in the past")]
    InPast,
    #[error(transparent)]
    When(WhenError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// An appointment this manager may act on (their client's, or as substitute).
pub async fn own_appointment(
    ctx: &Ctx,
    m: &Manager,
    id: i64,
) -> Result<Option<(Appointment, Client)>, StoreError> {
    let Some(a) = ctx.store.appointment(id).await? else {
        return Ok(None);
    };
    let Some(client) = ctx.store.client(a.client_id).await? else {
        return Ok(None);
    };
    if !may_act_for(ctx, m, &client).await? {
        tracing::warn!(
            manager_id = m.id,
            appointment_id = id,
            "appointment of another manager refused"
        );
        return Ok(None);
    }
    Ok(Some((a, client)))
}

/// Moves a planned appointment, as it was at `version`, to `local` (the Gemeinde's
/// zone): the client is told the new time with fresh answer buttons, the reminders are
/// planned anew. [`ChangeError::Gone`] if it changed meanwhile.
pub async fn move_appointment(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    id: i64,
    version: i64,
    local: NaiveDateTime,
) -> Result<(Appointment, Client), ChangeError> {
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    let starts_at = match when::to_instant(local, tz) {
        Ok(t) if t > now => t,
        Ok(_) => return Err(ChangeError::InPast),
        Err(e) => return Err(ChangeError::When(e)),
    };
    let Some((a, client)) = own_appointment(ctx, m, id).await? else {
        return Err(ChangeError::Gone);
    };
    if a.status != "planned" || a.version != version {
        return Err(ChangeError::Gone);
    }
    let reminders = wants_reminders(ctx, client.id).await?;
    let client_tg = client.telegram_id.unwrap_or_default();
    let moved = Appointment {
        starts_at,
        version: a.version + 1,
        answer: None,
        ..a.clone()
    };
    let (build, first_reminder) = outbox_rows(ctx, m, &moved, client_tg, true, reminders);
    let done = ctx
        .store
        .reschedule_appointment(
            id,
            version,
            starts_at,
            first_reminder,
            appt::followup_at(starts_at, tz, ctx.config.office_hours.start),
            &build,
            actor,
            now,
        )
        .await?;
    if !done {
        return Err(ChangeError::Gone);
    }
    ctx.wake.notify_one();
    tracing::info!(manager_id = m.id, appointment_id = id, "appointment moved");
    Ok((moved, client))
}

/// Cancels a planned appointment: the client is told, the pending reminders go.
/// [`ChangeError::Gone`] if it is not planned any more (cancelled elsewhere, say).
pub async fn cancel_appointment(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    id: i64,
) -> Result<(Appointment, Client), ChangeError> {
    let Some((a, client)) = own_appointment(ctx, m, id).await? else {
        return Err(ChangeError::Gone);
    };
    let now = ctx.clock.now();
    let client_tg = client.telegram_id;
    let build = {
        let a = a.clone();
        move |_: i64, _: i64| -> Vec<NewOutbox> {
            client_tg
                .map(|tg| vec![rows::cancelled_row(&a, tg, now)])
                .unwrap_or_default()
        }
    };
    if !ctx.store.cancel_appointment(id, &build, actor, now).await? {
        return Err(ChangeError::Gone);
    }
    ctx.wake.notify_one();
    tracing::info!(
        manager_id = m.id,
        appointment_id = id,
        "appointment cancelled"
    );
    Ok((
        Appointment {
            status: "cancelled".into(),
            ..a
        },
        client,
    ))
}

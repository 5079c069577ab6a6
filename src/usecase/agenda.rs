//! Appointments: planning one, for the bot's `/appointment` and the web form alike.

use chrono::NaiveDateTime;

use crate::bot::Ctx;
use crate::bot::roles::may_act_for;
use crate::delivery::agenda as rows;
use crate::domain::appointment::{self as appt, Topic};
use crate::domain::consent::Purpose;
use crate::domain::reminder_plan::{Lead, Quiet};
use crate::domain::when::{self, WhenError};
use crate::store::StoreError;
use crate::store::agenda::{Appointment, NewAppointment};
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

/// Plans an appointment for a client of `m` (or one `m` stands in for): saves it with
/// what the client is sent (the notice with its answer buttons, the reminders) in one
/// transaction and wakes the sender.
pub async fn plan_appointment(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    req: PlanRequest,
) -> Result<Planned, PlanError> {
    let client = match ctx.store.client(req.client_id).await? {
        Some(c) if may_act_for(ctx, m, &c).await? => c,
        _ => return Err(PlanError::NotYours),
    };
    let Some(client_tg) = client.telegram_id.filter(|_| client.status != "ended") else {
        return Err(PlanError::NotLinked);
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
    let first_reminder = rows::reminder_times(&draft, quiet(ctx), now)
        .first()
        .copied();
    let (quiet_hours, manager_name) = (quiet(ctx), m.display_name.clone());
    let build = {
        let draft = draft.clone();
        move |id: i64, version: i64| {
            let a = Appointment {
                id,
                version,
                ..draft.clone()
            };
            rows::appointment_rows(
                &a,
                client_tg,
                &manager_name,
                false,
                reminders,
                quiet_hours,
                now,
            )
        }
    };
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

//! Outbox rows for appointments and deadlines: what the client is sent (with its buttons
//! and reminders), and what the manager is told. Rows carry message ids and arguments
//! rendered at send time (see `render.rs`), so dates appear in the reader's language.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::render;
use crate::domain::appointment::{Topic, parse_leads};
use crate::domain::deadline;
use crate::domain::reminder_plan::{self, Quiet};
use crate::store::agenda::{Appointment, Deadline};
use crate::store::outbox::NewOutbox;

/// The message id of a preset topic's name.
pub fn topic_id(key: &str) -> String {
    format!("topic-{key}")
}

/// The message id of a deadline kind's name.
pub fn kind_id(key: &str) -> String {
    format!("deadline-kind-{key}")
}

/// A topic as an argument: a preset's name in the reader's language, or the typed text.
pub fn topic_arg(stored: &str) -> serde_json::Value {
    match Topic::from_stored(stored) {
        Topic::Preset(k) => render::msg(&topic_id(k)),
        Topic::Free(s) => s.into(),
    }
}

fn tz_of(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::Europe::Berlin)
}

/// The arguments every appointment message shares.
fn appointment_args(a: &Appointment) -> serde_json::Value {
    serde_json::json!({
        "topic": topic_arg(&a.topic),
        "when": render::at(a.starts_at, &a.time_zone),
        "place": a.place,
    })
}

fn answer_buttons(id: i64, version: i64) -> serde_json::Value {
    serde_json::json!([
        [
            ["appointment-yes", format!("ap:y:{id}:{version}")],
            ["appointment-no", format!("ap:n:{id}:{version}")]
        ],
        [["appointment-calendar", format!("ap:c:{id}:{version}")]],
    ])
}

/// Everything a client is sent about an appointment of `version`: the message that
/// tells them (new, or moved) and, with consent, its reminders.
pub fn appointment_rows(
    a: &Appointment,
    client_tg: i64,
    manager: &str,
    moved: bool,
    reminders: bool,
    quiet: Quiet,
    now: DateTime<Utc>,
) -> Vec<NewOutbox> {
    let mut args = appointment_args(a);
    args["manager"] = manager.into();
    args["_buttons"] = answer_buttons(a.id, a.version);
    let template = if moved {
        "appointment-moved"
    } else {
        "appointment-new"
    };
    let mut rows = vec![
        NewOutbox::notice(client_tg, template, args, now)
            .about(a.client_id)
            .subject(a.subject())
            .once(format!("ap:{}:v{}:told", a.id, a.version)),
    ];
    if reminders {
        for (i, at) in reminder_times(a, quiet, now).into_iter().enumerate() {
            let mut args = appointment_args(a);
            args["_buttons"] = answer_buttons(a.id, a.version);
            let mut row = NewOutbox::notice(client_tg, "appointment-reminder", args, now)
                .about(a.client_id)
                .subject(a.subject())
                .due(at, Some(a.starts_at))
                .once(format!("ap:{}:v{}:r{i}", a.id, a.version));
            row.kind = "reminder";
            rows.push(row);
        }
    }
    rows
}

/// When the reminders of `a` go out (its leads, quiet hours respected).
pub fn reminder_times(a: &Appointment, quiet: Quiet, now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let leads =
        parse_leads(&a.leads).unwrap_or_else(|| crate::domain::appointment::DEFAULT_LEADS.to_vec());
    reminder_plan::plan(a.starts_at, tz_of(&a.time_zone), &leads, quiet, now)
}

/// The client is told that the appointment was cancelled.
pub fn cancelled_row(a: &Appointment, client_tg: i64, now: DateTime<Utc>) -> NewOutbox {
    NewOutbox::notice(client_tg, "appointment-cancelled", appointment_args(a), now)
        .about(a.client_id)
        .subject(a.subject())
        .once(format!("ap:{}:cancelled", a.id))
}

/// The manager is told of the client's answer, or that none came.
pub fn manager_notice(
    a: &Appointment,
    template: &'static str,
    manager_tg: i64,
    label: &str,
    now: DateTime<Utc>,
) -> NewOutbox {
    let mut args = appointment_args(a);
    args["label"] = label.into();
    if template == "appointment-followup" {
        args["_buttons"] = serde_json::json!([[
            ["followup-attended", format!("ap:att:{}", a.id)],
            ["followup-missed", format!("ap:mis:{}", a.id)],
        ]]);
    }
    NewOutbox::notice(manager_tg, template, args, now).about(a.client_id)
}

fn deadline_args(d: &Deadline) -> serde_json::Value {
    serde_json::json!({
        "title": d.title,
        "kind": render::msg(&kind_id(&d.kind)),
        "due": render::date(d.due_on),
    })
}

/// Everything a client is sent about a new (or `moved`) deadline: the message and, with
/// consent, its reminders (at 09:00, 7 and 2 days before and on the day). A reminder is
/// sent at most once per instant, so one planned anew after a move is not swallowed by
/// the key of one already sent for the old day.
pub fn deadline_rows(
    d: &Deadline,
    client_tg: i64,
    reminders: bool,
    moved: bool,
    now: DateTime<Utc>,
) -> Vec<NewOutbox> {
    let tz = tz_of(&d.time_zone);
    let done = serde_json::json!([[["deadline-done", format!("dl:d:{}", d.id)]]]);
    let mut args = deadline_args(d);
    args["_buttons"] = done.clone();
    let told = if moved {
        NewOutbox::notice(client_tg, "deadline-moved", args, now)
    } else {
        NewOutbox::notice(client_tg, "deadline-new", args, now).once(format!("dl:{}:told", d.id))
    };
    let mut rows = vec![told.about(d.client_id).subject(d.subject())];
    if reminders {
        let end = deadline::end_of_day(d.due_on, tz);
        for at in deadline::reminders(d.due_on, tz, now) {
            let mut args = deadline_args(d);
            args["_buttons"] = done.clone();
            let mut row = NewOutbox::notice(client_tg, "deadline-reminder", args, now)
                .about(d.client_id)
                .subject(d.subject())
                .due(at, Some(end))
                .once(format!("dl:{}:r{}", d.id, at.timestamp()));
            row.kind = "reminder";
            rows.push(row);
        }
    }
    rows
}

/// A deadline message to the client (cancelled) or the manager (done, overdue).
pub fn deadline_notice(
    d: &Deadline,
    template: &'static str,
    recipient: i64,
    label: &str,
    now: DateTime<Utc>,
) -> NewOutbox {
    let mut args = deadline_args(d);
    args["label"] = label.into();
    NewOutbox::notice(recipient, template, args, now).about(d.client_id)
}

//! A manager's appointments and deadlines: plan one (a one-line command, or step by step),
//! list them, move or cancel an appointment, say whether the client came, cancel a
//! deadline. Everything the client is sent goes through the outbox, written with the
//! change.

use chrono::NaiveDateTime;
use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, MessageId};

use super::super::dialogue::{self, Dialogue};
use super::super::keyboards::{Callback, button};
use super::super::roles::may_act_for;
use super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::common::{Person, replace_text, show_with_keyboard};
use super::manager::{find_by_label, say};
use crate::delivery::agenda as rows;
use crate::domain::appointment::{self as appt, FormError, TOPICS, Topic};
use crate::domain::deadline::{self, DeadlineError};
use crate::domain::when::{self, WhenError};
use crate::i18n::{Arg, markup};
use crate::store::agenda::Appointment;
use crate::store::people::{Actor, Client, Manager};
mod callbacks;
mod deadlines;
mod plan;

pub use callbacks::{callback, list_appointments};
pub use deadlines::{deadline_command, list_deadlines};
pub use plan::{appointment_command, receive_text};

/// At most this many entries in a list (Telegram's message and keyboard limits).
const LIST_MAX: usize = 20;

pub use crate::usecase::agenda::quiet;

fn local_now(ctx: &Ctx) -> NaiveDateTime {
    ctx.clock
        .now()
        .with_timezone(&ctx.config.time_zone)
        .naive_local()
}

/// What to tell a person about a date or time they typed, in their language (the same
/// for appointments, deadlines and announcements).
pub fn when_message(ctx: &Ctx, lang: &str, e: WhenError) -> String {
    let id = match e {
        WhenError::Malformed => "when-malformed",
        WhenError::NoSuchDate => "when-no-such-date",
        WhenError::NoSuchTime => "when-no-such-time",
        WhenError::InPast => "when-in-past",
        WhenError::YearUnclear { past, next } => return year_unclear(ctx, lang, past, next),
    };
    ctx.texts.t(lang, id)
}

/// "1 December 2026 has passed; type the year if you mean 1 December 2027: 01.12.2027".
pub fn year_unclear(
    ctx: &Ctx,
    lang: &str,
    past: chrono::NaiveDate,
    next: chrono::NaiveDate,
) -> String {
    let date = |d| {
        Arg::markup(markup::ltr(&markup::escape(&crate::i18n::format::date(
            lang, d,
        ))))
    };
    let example = next.format("%d.%m.%Y").to_string();
    ctx.texts.t_with(
        lang,
        "when-year-unclear",
        &[
            ("past", date(past)),
            ("next", date(next)),
            (
                "example",
                Arg::markup(markup::ltr(&markup::escape(&example))),
            ),
        ],
    )
}

/// Tells `p` what is wrong with the date or time they typed.
pub async fn say_when(bot: &WBot, p: &Person<'_>, ctx: &Ctx, e: WhenError) -> HandlerResult {
    bot.send_message(p.chat, when_message(ctx, &p.lang, e))
        .await?;
    Ok(())
}

/// Tells `p` what is wrong with a one-line appointment or a typed place or topic.
async fn say_form(bot: &WBot, ctx: &Ctx, p: &Person<'_>, e: &FormError) -> HandlerResult {
    let id = match e {
        FormError::Usage => "appointment-usage",
        FormError::When(w) => return say_when(bot, p, ctx, *w).await,
        FormError::EmptyPlace => "appointment-place-empty",
        FormError::EmptyTopic => "appointment-topic-empty",
        FormError::TooLong => "appointment-too-long",
        FormError::BadLeads => "appointment-bad-leads",
    };
    say(bot, ctx, p, id, &[]).await
}

/// The topic as shown to the manager, in their language.
pub(super) fn topic_text(ctx: &Ctx, lang: &str, stored: &str) -> String {
    match Topic::from_stored(stored) {
        Topic::Preset(k) => ctx.texts.t(lang, &rows::topic_id(k)),
        Topic::Free(s) => markup::escape(&s),
    }
}

pub(super) fn when_text(ctx: &Ctx, lang: &str, a: &Appointment) -> String {
    let tz: chrono_tz::Tz = a.time_zone.parse().unwrap_or(ctx.config.time_zone);
    markup::escape(&crate::i18n::format::date_time(
        lang,
        a.starts_at.with_timezone(&tz).naive_local(),
    ))
}

/// A client of this manager (or one they stand in for) by label, linked.
async fn linked_client_by_label(
    ctx: &Ctx,
    m: &Manager,
    label: &str,
) -> Result<Result<Client, &'static str>, HandlerError> {
    let found: Vec<Client> = find_by_label(ctx, m, label).await?.collect();
    if found.len() > 1 {
        return Ok(Err("reply-ambiguous-label"));
    }
    match found.into_iter().next() {
        Some(c) if c.telegram_id.is_some() && c.status != "ended" => Ok(Ok(c)),
        Some(_) => Ok(Err("appointment-client-not-linked")),
        None => Ok(Err("reply-unknown-label")),
    }
}

/// An appointment this manager may act on (their client's, or as substitute).
async fn own_appointment(
    ctx: &Ctx,
    m: &Manager,
    id: i64,
) -> Result<Option<(Appointment, Client)>, HandlerError> {
    Ok(crate::usecase::agenda::own_appointment(ctx, m, id).await?)
}

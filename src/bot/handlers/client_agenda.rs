//! A client's side of appointments and deadlines: answer with a tap (will come / cannot
//! come), take the appointment into the phone's calendar, mark a deadline done, and see
//! what is coming. The manager hears of every answer through the outbox.

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, InputFile, MessageId};

use super::super::keyboards::{Callback, button};
use super::super::{Ctx, HandlerError, WBot};
use super::agenda::{topic_text, when_text};
use super::common::Person;
use crate::delivery::agenda as rows;
use crate::domain::appointment::Topic;
use crate::domain::ics;
use crate::i18n::{Arg, format, markup};
use crate::store::agenda::{Appointment, Deadline};
use crate::store::people::{Actor, Client};

/// Tells the person a button no longer applies (answered in the spinner's place).
async fn stale(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    id: &str,
) -> Result<bool, HandlerError> {
    bot.answer_callback_query(q.id.clone())
        .text(ctx.texts.t(&p.lang, id))
        .show_alert(true)
        .await?;
    Ok(true)
}

/// Why a button on appointment `a` (sent for `version`) no longer applies, if it does not.
fn stale_reason(
    a: &Appointment,
    version: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<&'static str> {
    match a.status.as_str() {
        "cancelled" => Some("appointment-button-cancelled"),
        "planned" if a.version != version => Some("appointment-button-moved"),
        "planned" if a.starts_at <= now => Some("appointment-button-past"),
        "planned" => None,
        // Attended or missed: it is over.
        _ => Some("appointment-button-past"),
    }
}

/// The client's buttons; `false` if `cb` is not one of them or not theirs.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    let Some(client) = p.who.linked_client().cloned() else {
        return Ok(false);
    };
    let now = ctx.clock.now();
    match cb {
        Callback::AppointmentAnswer(id, version, yes) => {
            let Some(a) = ctx
                .store
                .appointment(*id)
                .await?
                .filter(|a| a.client_id == client.id)
            else {
                return Ok(false);
            };
            if let Some(why) = stale_reason(&a, *version, now) {
                return stale(bot, ctx, p, q, why).await;
            }
            let answer = if *yes { "yes" } else { "no" };
            let changed = a.answer.as_deref() != Some(answer);
            if changed {
                let manager = ctx.store.manager(client.manager_id).await?;
                let manager_tg = manager.and_then(|m| m.telegram_id);
                let template = if *yes {
                    "notify-appointment-yes"
                } else {
                    "notify-appointment-no"
                };
                let label = client.label.clone();
                let build = move |_: i64, _: i64| {
                    manager_tg
                        .map(|tg| vec![rows::manager_notice(&a, template, tg, &label, now)])
                        .unwrap_or_default()
                };
                if !ctx
                    .store
                    .answer_appointment(*id, *version, *yes, &build, now)
                    .await?
                {
                    return stale(bot, ctx, p, q, "stale-button").await;
                }
                ctx.wake.notify_one();
                tracing::info!(
                    client_id = client.id,
                    appointment_id = id,
                    answer,
                    "appointment answered"
                );
            }
            bot.answer_callback_query(q.id.clone()).await?;
            let thanks = if *yes {
                "appointment-thanks-yes"
            } else {
                "appointment-thanks-no"
            };
            // Under the message, so its text (the appointment) stays readable.
            let reply = bot.send_message(p.chat, ctx.texts.t(&p.lang, thanks));
            match place {
                Some(m) => {
                    reply
                        .reply_parameters(
                            teloxide::types::ReplyParameters::new(m).allow_sending_without_reply(),
                        )
                        .await?
                }
                None => reply.await?,
            };
        }
        Callback::AppointmentCalendar(id, version) => {
            let Some(a) = ctx
                .store
                .appointment(*id)
                .await?
                .filter(|a| a.client_id == client.id)
            else {
                return Ok(false);
            };
            if let Some(why) = stale_reason(&a, *version, now) {
                return stale(bot, ctx, p, q, why).await;
            }
            bot.answer_callback_query(q.id.clone()).await?;
            // The summary is plain text in the person's language (no HTML in a calendar).
            let summary = match Topic::from_stored(&a.topic) {
                Topic::Preset(k) => ctx.texts.t(&p.lang, &rows::topic_id(k)),
                Topic::Free(s) => s,
            };
            let file = ics::event(
                &format!("appointment-{}-v{}@wegweiser", a.id, a.version),
                a.starts_at,
                now,
                &summary,
                &a.place,
            );
            bot.send_document(
                p.chat,
                InputFile::memory(file.into_bytes()).file_name("termin.ics"),
            )
            .caption(ctx.texts.t(&p.lang, "appointment-calendar-caption"))
            .await?;
        }
        Callback::DeadlineDone(id) => {
            let Some(d) = ctx
                .store
                .deadline(*id)
                .await?
                .filter(|d| d.client_id == client.id)
            else {
                return Ok(false);
            };
            if d.status != "open" {
                return stale(bot, ctx, p, q, "deadline-button-closed").await;
            }
            use crate::usecase::deadlines::{DeadlineError, mark_done};
            match mark_done(ctx, &client, &d, Actor::Telegram(p.id)).await {
                Ok(()) => {}
                Err(DeadlineError::Store(e)) => return Err(e.into()),
                Err(_) => return stale(bot, ctx, p, q, "deadline-button-closed").await,
            }
            bot.answer_callback_query(q.id.clone()).await?;
            if let Some(m) = crate::bot::keyboards::tapped_with_buttons(q) {
                let _ = bot.edit_message_reply_markup(p.chat, m).await;
            }
            bot.send_message(p.chat, ctx.texts.t(&p.lang, "deadline-thanks"))
                .await?;
        }
        Callback::MenuAppointments => {
            bot.answer_callback_query(q.id.clone()).await?;
            show_appointments(bot, ctx, p, &client).await?;
        }
        Callback::MenuDeadlines => {
            bot.answer_callback_query(q.id.clone()).await?;
            show_deadlines(bot, ctx, p, &client).await?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

async fn show_appointments(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
) -> Result<(), HandlerError> {
    let list = ctx
        .store
        .client_appointments(client.id, ctx.clock.now())
        .await?;
    if list.is_empty() {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "appointments-none-client"))
            .await?;
        return Ok(());
    }
    let mut lines = vec![ctx.texts.t(&p.lang, "appointments-title-client")];
    for a in list.iter().take(20) {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "appointment-line-client",
            &[
                ("when", Arg::markup(when_text(ctx, &p.lang, a))),
                ("topic", Arg::markup(topic_text(ctx, &p.lang, &a.topic))),
                ("place", Arg::text(a.place.as_str())),
            ],
        ));
    }
    bot.send_message(p.chat, lines.join("\n")).await?;
    Ok(())
}

async fn show_deadlines(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
) -> Result<(), HandlerError> {
    let list: Vec<Deadline> = ctx.store.client_deadlines(client.id).await?;
    if list.is_empty() {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "deadlines-none-client"))
            .await?;
        return Ok(());
    }
    let mut lines = vec![ctx.texts.t(&p.lang, "deadlines-title-client")];
    let mut keyboard = vec![];
    for d in list.iter().take(20) {
        let due = markup::escape(&format::date(&p.lang, d.due_on));
        lines.push(ctx.texts.t_with(
            &p.lang,
            "deadline-line-client",
            &[
                ("title", Arg::text(d.title.as_str())),
                ("due", Arg::markup(due)),
            ],
        ));
        keyboard.push(vec![button(
            ctx.texts.t_with(
                &p.lang,
                "deadline-done-named",
                &[(
                    "title",
                    Arg::markup(d.title.chars().take(40).collect::<String>()),
                )],
            ),
            Callback::DeadlineDone(d.id),
        )]);
    }
    bot.send_message(p.chat, lines.join("\n"))
        .reply_markup(InlineKeyboardMarkup::new(keyboard))
        .await?;
    Ok(())
}

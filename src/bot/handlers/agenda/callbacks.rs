//! The list of upcoming appointments and every button a manager taps about appointments
//! and deadlines.

use super::plan::{abort_keyboard, plan_confirm, save_appointment};
use super::*;

/// `/appointments`: the upcoming ones, each a button to its page.
pub async fn list_appointments(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
) -> HandlerResult {
    let list = ctx
        .store
        .manager_appointments(m.id, ctx.clock.now())
        .await?;
    if list.is_empty() {
        return say(bot, ctx, p, "appointments-none-manager", &[]).await;
    }
    let mut lines = vec![ctx.texts.t_with(
        &p.lang,
        "appointments-title-manager",
        &[("count", Arg::from(list.len()))],
    )];
    let mut keyboard = vec![];
    for (a, label) in list.iter().take(LIST_MAX) {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "appointment-line-manager",
            &[
                ("label", Arg::text(label.as_str())),
                ("when", Arg::markup(when_text(ctx, &p.lang, a))),
                ("topic", Arg::markup(topic_text(ctx, &p.lang, &a.topic))),
                ("answer", Arg::markup(ctx.texts.t(&p.lang, answer_id(a)))),
            ],
        ));
        keyboard.push(vec![button(
            format!(
                "{label} · {}",
                a.starts_at
                    .with_timezone(&ctx.config.time_zone)
                    .format("%d.%m. %H:%M")
            ),
            Callback::AppointmentView(a.id),
        )]);
    }
    if list.len() > LIST_MAX {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "list-more",
            &[("count", Arg::from(list.len() - LIST_MAX))],
        ));
    }
    bot.send_message(p.chat, lines.join("\n"))
        .reply_markup(InlineKeyboardMarkup::new(keyboard))
        .await?;
    Ok(())
}

fn answer_id(a: &Appointment) -> &'static str {
    match a.answer.as_deref() {
        Some("yes") => "answer-yes",
        Some("no") => "answer-no",
        _ => "answer-none",
    }
}

/// The manager's buttons; `false` if `cb` is not one of them (or not theirs).
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    let Some(m) = p.who.active_manager().cloned() else {
        return Ok(false);
    };
    let now = ctx.clock.now();
    match cb {
        Callback::PlanClient(client_id) => {
            let Some(client) = ctx.store.client(*client_id).await? else {
                return Ok(false);
            };
            if !may_act_for(ctx, &m, &client).await? || client.telegram_id.is_none() {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            let step = Dialogue::PlanWhen {
                client_id: client.id,
            };
            let text = ctx.texts.t_with(
                &p.lang,
                "plan-when",
                &[("label", Arg::text(client.label.as_str()))],
            );
            let keyboard = abort_keyboard(ctx, &p.lang);
            dialogue::ask(bot, ctx, p.chat, place, text, keyboard, &step).await?;
        }
        Callback::PlanTopic(i) => {
            let Some(Dialogue::PlanTopic {
                client_id,
                local,
                place: where_,
            }) = p.step().cloned()
            else {
                return Ok(false);
            };
            let Some(key) = TOPICS.get(*i) else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            let topic = (*key).to_owned();
            plan_confirm(bot, ctx, p, place, client_id, local, where_, topic).await?;
        }
        Callback::PlanSave => {
            let Some(Dialogue::PlanConfirm {
                client_id,
                local,
                place: where_,
                topic,
            }) = p.step().cloned()
            else {
                return Ok(false);
            };
            let Some(client) = ctx.store.client(client_id).await? else {
                return Ok(false);
            };
            if !may_act_for(ctx, &m, &client).await? || client.telegram_id.is_none() {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            if let Some(msg) = crate::bot::keyboards::tapped_with_buttons(q) {
                let _ = bot.edit_message_reply_markup(p.chat, msg).await;
            }
            dialogue::clear(ctx, p.id).await?;
            let local =
                NaiveDateTime::parse_from_str(&local, "%Y-%m-%dT%H:%M:%S").unwrap_or_default();
            save_appointment(
                bot,
                ctx,
                p,
                &m,
                &client,
                local,
                where_,
                Topic::from_stored(&topic),
                None,
            )
            .await?;
        }
        Callback::PlanAbort => {
            bot.answer_callback_query(q.id.clone()).await?;
            if matches!(
                p.step().cloned(),
                Some(
                    Dialogue::PlanWhen { .. }
                        | Dialogue::PlanPlace { .. }
                        | Dialogue::PlanTopic { .. }
                        | Dialogue::PlanConfirm { .. }
                        | Dialogue::MoveWhen { .. }
                        | Dialogue::DeadlineMoveDay { .. }
                )
            ) {
                dialogue::clear(ctx, p.id).await?;
            }
            replace_text(bot, p.chat, place, ctx.texts.t(&p.lang, "plan-aborted")).await?;
        }
        Callback::AppointmentView(id) => {
            let Some((a, client)) = own_appointment(ctx, &m, *id).await? else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            let text = ctx.texts.t_with(
                &p.lang,
                "appointment-page",
                &[
                    ("label", Arg::text(client.label.as_str())),
                    ("when", Arg::markup(when_text(ctx, &p.lang, &a))),
                    ("place", Arg::text(a.place.as_str())),
                    ("topic", Arg::markup(topic_text(ctx, &p.lang, &a.topic))),
                    ("answer", Arg::markup(ctx.texts.t(&p.lang, answer_id(&a)))),
                ],
            );
            let keyboard = if a.status == "planned" && a.starts_at > now {
                InlineKeyboardMarkup::new(vec![vec![
                    button(
                        ctx.texts.t(&p.lang, "appointment-move"),
                        Callback::AppointmentMove(a.id),
                    ),
                    button(
                        ctx.texts.t(&p.lang, "appointment-cancel"),
                        Callback::AppointmentCancelAsk(a.id),
                    ),
                ]])
            } else {
                InlineKeyboardMarkup::default()
            };
            show_with_keyboard(bot, p.chat, place, text, keyboard).await?;
        }
        Callback::AppointmentMove(id) => {
            let Some((a, client)) = own_appointment(ctx, &m, *id).await? else {
                return Ok(false);
            };
            if a.status != "planned" {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            let step = Dialogue::MoveWhen {
                appointment_id: a.id,
                version: a.version,
            };
            let text = ctx.texts.t_with(
                &p.lang,
                "appointment-move-when",
                &[("label", Arg::text(client.label.as_str()))],
            );
            let keyboard = abort_keyboard(ctx, &p.lang);
            dialogue::ask(bot, ctx, p.chat, None, text, keyboard, &step).await?;
        }
        Callback::AppointmentCancelAsk(id) => {
            let Some((a, _)) = own_appointment(ctx, &m, *id).await? else {
                return Ok(false);
            };
            if a.status != "planned" {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            bot.send_message(p.chat, ctx.texts.t(&p.lang, "appointment-cancel-confirm"))
                .reply_markup(InlineKeyboardMarkup::new(vec![vec![
                    button(
                        ctx.texts.t(&p.lang, "appointment-cancel-yes"),
                        Callback::AppointmentCancel(a.id),
                    ),
                    button(
                        ctx.texts.t(&p.lang, "appointment-cancel-no"),
                        Callback::Dismiss,
                    ),
                ]]))
                .await?;
        }
        Callback::AppointmentCancel(id) => {
            use crate::usecase::agenda::{ChangeError, cancel_appointment};
            let client = match cancel_appointment(ctx, &m, Actor::Telegram(p.id), *id).await {
                Ok((_, client)) => client,
                Err(ChangeError::Store(e)) => return Err(e.into()),
                Err(_) => return Ok(false),
            };
            bot.answer_callback_query(q.id.clone()).await?;
            let text = ctx.texts.t_with(
                &p.lang,
                "appointment-cancelled-manager",
                &[("label", Arg::text(client.label.as_str()))],
            );
            replace_text(bot, p.chat, place, text).await?;
        }
        Callback::AppointmentAttendance(id, came) => {
            let Some((_, client)) = own_appointment(ctx, &m, *id).await? else {
                return Ok(false);
            };
            if !ctx
                .store
                .set_attendance(*id, *came, Actor::Telegram(p.id), now)
                .await?
            {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            let label = [("label", Arg::text(client.label.as_str()))];
            let text = if *came {
                ctx.texts.t_with(&p.lang, "followup-noted-attended", &label)
            } else {
                ctx.texts.t_with(&p.lang, "followup-noted-missed", &label)
            };
            replace_text(bot, p.chat, place, text).await?;
        }
        Callback::DeadlineCancel(id) => {
            use crate::usecase::deadlines::{DeadlineError, cancel_deadline};
            let client = match cancel_deadline(ctx, &m, Actor::Telegram(p.id), *id).await {
                Ok((_, client)) => client,
                Err(DeadlineError::Store(e)) => return Err(e.into()),
                Err(_) => return Ok(false),
            };
            bot.answer_callback_query(q.id.clone()).await?;
            say(
                bot,
                ctx,
                p,
                "deadline-cancelled-manager",
                &[("label", Arg::text(client.label.as_str()))],
            )
            .await?;
        }
        Callback::DeadlineMove(id) => {
            use crate::usecase::deadlines::{DeadlineError, own_deadline};
            let (d, client) = match own_deadline(ctx, &m, *id).await {
                Ok(found) => found,
                Err(DeadlineError::Store(e)) => return Err(e.into()),
                Err(_) => return Ok(false),
            };
            bot.answer_callback_query(q.id.clone()).await?;
            let text = ctx.texts.t_with(
                &p.lang,
                "deadline-move-ask",
                &[
                    ("label", Arg::text(client.label.as_str())),
                    ("title", Arg::text(d.title.as_str())),
                    (
                        "due",
                        Arg::markup(markup::escape(&crate::i18n::format::date(
                            &p.lang, d.due_on,
                        ))),
                    ),
                ],
            );
            let step = Dialogue::DeadlineMoveDay { deadline_id: d.id };
            let keyboard = abort_keyboard(ctx, &p.lang);
            dialogue::ask(bot, ctx, p.chat, None, text, keyboard, &step).await?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

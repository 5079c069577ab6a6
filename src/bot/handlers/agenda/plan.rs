//! Planning an appointment (one line, or step by step) and moving one.

use super::*;

/// Saves an appointment and what the client is sent about it (the use case shared with
/// the web workplace); tells the manager.
#[allow(clippy::too_many_arguments)]
pub(super) async fn save_appointment(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    client: &Client,
    local: NaiveDateTime,
    place: String,
    topic: Topic,
    leads: Option<Vec<crate::domain::reminder_plan::Lead>>,
) -> HandlerResult {
    use crate::usecase::agenda::{PlanError, PlanRequest, plan_appointment};
    let req = PlanRequest {
        client_id: client.id,
        local,
        place,
        topic,
        leads,
    };
    let planned = match plan_appointment(ctx, m, Actor::Telegram(p.id), req).await {
        Ok(planned) => planned,
        Err(PlanError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(PlanError::When(e)) => return say_when(bot, p, ctx, e).await,
        Err(PlanError::NotLinked) => {
            return say(bot, ctx, p, "appointment-client-not-linked", &[]).await;
        }
        Err(PlanError::NotYours) => return say(bot, ctx, p, "stale-button", &[]).await,
        Err(PlanError::Store(e)) => return Err(e.into()),
    };
    let (draft, reminders) = (planned.appointment, planned.reminders);
    let saved = ctx.texts.t_with(
        &p.lang,
        "appointment-saved",
        &[
            ("label", Arg::text(client.label.as_str())),
            ("when", Arg::markup(when_text(ctx, &p.lang, &draft))),
            ("topic", Arg::markup(topic_text(ctx, &p.lang, &draft.topic))),
        ],
    );
    let note = if reminders {
        ctx.texts.t(&p.lang, "appointment-saved-reminders")
    } else {
        let label = Arg::text(client.label.as_str());
        ctx.texts.t_with(
            &p.lang,
            "appointment-saved-no-reminders",
            &[("label", label)],
        )
    };
    let text = format!("{saved}\n{note}");
    bot.send_message(p.chat, text).await?;
    Ok(())
}

/// `/appointment` (step by step) or `/appointment LABEL DATE TIME | PLACE | TOPIC [| LEADS]`.
pub async fn appointment_command(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    args: &str,
) -> HandlerResult {
    if args.trim().is_empty() {
        return plan_start(bot, ctx, p, m).await;
    }
    let form = match appt::parse_one_line(args, local_now(ctx)) {
        Ok(f) => f,
        Err(e) => return say_form(bot, ctx, p, &e).await,
    };
    let client = match linked_client_by_label(ctx, m, &form.label).await? {
        Ok(c) => c,
        Err(id) => {
            return say(
                bot,
                ctx,
                p,
                id,
                &[("label", Arg::text(form.label.as_str()))],
            )
            .await;
        }
    };
    save_appointment(
        bot, ctx, p, m, &client, form.local, form.place, form.topic, form.leads,
    )
    .await
}

/// Step 1: which client (buttons of the linked ones).
async fn plan_start(bot: &WBot, ctx: &Ctx, p: &Person<'_>, m: &Manager) -> HandlerResult {
    let linked: Vec<Client> = crate::usecase::caseload::linked_clients_for(ctx, m).await?;
    if linked.is_empty() {
        return say(bot, ctx, p, "plan-no-clients", &[]).await;
    }
    let mut keyboard: Vec<Vec<_>> = linked
        .chunks(3)
        .take(30)
        .map(|row| {
            row.iter()
                .map(|c| button(c.label.clone(), Callback::PlanClient(c.id)))
                .collect()
        })
        .collect();
    keyboard.push(vec![button(
        ctx.texts.t(&p.lang, "plan-abort"),
        Callback::PlanAbort,
    )]);
    bot.send_message(p.chat, ctx.texts.t(&p.lang, "plan-which-client"))
        .reply_markup(InlineKeyboardMarkup::new(keyboard))
        .await?;
    Ok(())
}

/// The way out of a step that is answered by typing.
pub(super) fn abort_keyboard(ctx: &Ctx, lang: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![button(
        ctx.texts.t(lang, "plan-abort"),
        Callback::PlanAbort,
    )]])
}

fn topic_keyboard(ctx: &Ctx, lang: &str) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<_>> = TOPICS
        .chunks(2)
        .enumerate()
        .map(|(r, pair)| {
            pair.iter()
                .enumerate()
                .map(|(i, k)| {
                    button(
                        ctx.texts.t(lang, &rows::topic_id(k)),
                        Callback::PlanTopic(r * 2 + i),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![button(
        ctx.texts.t(lang, "plan-abort"),
        Callback::PlanAbort,
    )]);
    InlineKeyboardMarkup::new(rows)
}

/// What a manager types while planning or moving an appointment.
pub async fn receive_text(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    d: Dialogue,
    msg: &Message,
) -> HandlerResult {
    let text = msg.text().unwrap_or("").trim();
    match d {
        Dialogue::PlanWhen { client_id } => match when::parse(text, local_now(ctx)) {
            Ok(local) => {
                if let Err(e) = when::to_instant(local, ctx.config.time_zone) {
                    return say_when(bot, p, ctx, e).await;
                }
                let local = local.format("%Y-%m-%dT%H:%M:%S").to_string();
                let step = Dialogue::PlanPlace { client_id, local };
                let text = ctx.texts.t(&p.lang, "plan-where");
                dialogue::ask(
                    bot,
                    ctx,
                    p.chat,
                    None,
                    text,
                    abort_keyboard(ctx, &p.lang),
                    &step,
                )
                .await
            }
            Err(e) => say_when(bot, p, ctx, e).await,
        },
        Dialogue::PlanPlace { client_id, local } => match appt::check_place(text) {
            Ok(place) => {
                let step = Dialogue::PlanTopic {
                    client_id,
                    local,
                    place,
                };
                let text = ctx.texts.t(&p.lang, "plan-topic");
                dialogue::ask(
                    bot,
                    ctx,
                    p.chat,
                    None,
                    text,
                    topic_keyboard(ctx, &p.lang),
                    &step,
                )
                .await
            }
            Err(e) => say_form(bot, ctx, p, &e).await,
        },
        Dialogue::PlanTopic {
            client_id,
            local,
            place,
        } => match appt::check_topic(text) {
            Ok(topic) => {
                let topic = topic.stored().to_owned();
                plan_confirm(bot, ctx, p, None, client_id, local, place, topic).await
            }
            Err(e) => say_form(bot, ctx, p, &e).await,
        },
        Dialogue::MoveWhen {
            appointment_id,
            version,
        } => {
            let local = match when::parse(text, local_now(ctx)) {
                Ok(l) => l,
                Err(e) => return say_when(bot, p, ctx, e).await,
            };
            move_appointment(bot, ctx, p, m, appointment_id, version, local).await
        }
        Dialogue::DeadlineMoveDay { deadline_id } => {
            super::deadlines::move_deadline(bot, ctx, p, m, deadline_id, text).await
        }
        // A confirmation waits for a button; typed text does not confirm.
        Dialogue::PlanConfirm { .. } => say(bot, ctx, p, "plan-use-buttons", &[]).await,
        _ => Ok(()),
    }
}

/// Shows what will be saved, with "save" and "abort": in place of the topic buttons
/// when a topic was tapped (`tapped`), else as a new message.
#[allow(clippy::too_many_arguments)]
pub(super) async fn plan_confirm(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    tapped: Option<MessageId>,
    client_id: i64,
    local: String,
    place: String,
    topic: String,
) -> HandlerResult {
    let Some(client) = ctx.store.client(client_id).await? else {
        dialogue::clear(ctx, p.id).await?;
        return say(bot, ctx, p, "stale-button", &[]).await;
    };
    let at = NaiveDateTime::parse_from_str(&local, "%Y-%m-%dT%H:%M:%S").unwrap_or_default();
    let text = ctx.texts.t_with(
        &p.lang,
        "plan-confirm",
        &[
            ("label", Arg::text(client.label.as_str())),
            (
                "when",
                Arg::markup(markup::escape(&crate::i18n::format::date_time(&p.lang, at))),
            ),
            ("place", Arg::text(place.as_str())),
            ("topic", Arg::markup(topic_text(ctx, &p.lang, &topic))),
        ],
    );
    dialogue::save(
        ctx,
        p.id,
        &Dialogue::PlanConfirm {
            client_id,
            local,
            place,
            topic,
        },
    )
    .await?;
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        button(ctx.texts.t(&p.lang, "plan-save"), Callback::PlanSave),
        button(ctx.texts.t(&p.lang, "plan-abort"), Callback::PlanAbort),
    ]]);
    show_with_keyboard(bot, p.chat, tapped, text, keyboard).await
}

async fn move_appointment(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    id: i64,
    version: i64,
    local: NaiveDateTime,
) -> HandlerResult {
    use crate::usecase::agenda::ChangeError;
    let actor = Actor::Telegram(p.id);
    let (moved, client) =
        match crate::usecase::agenda::move_appointment(ctx, m, actor, id, version, local).await {
            Ok(done) => done,
            Err(ChangeError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
            Err(ChangeError::When(e)) => return say_when(bot, p, ctx, e).await,
            Err(ChangeError::Gone) => {
                dialogue::clear(ctx, p.id).await?;
                return say(bot, ctx, p, "appointment-gone", &[]).await;
            }
            Err(ChangeError::Store(e)) => return Err(e.into()),
        };
    dialogue::clear(ctx, p.id).await?;
    say(
        bot,
        ctx,
        p,
        "appointment-moved-manager",
        &[
            ("label", Arg::text(client.label.as_str())),
            ("when", Arg::markup(when_text(ctx, &p.lang, &moved))),
        ],
    )
    .await
}

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
use crate::domain::consent::Purpose;
use crate::domain::deadline::{self, DeadlineError};
use crate::domain::reminder_plan::Quiet;
use crate::domain::when::{self, WhenError};
use crate::i18n::{Arg, markup};
use crate::store::agenda::{Appointment, NewAppointment, NewDeadline};
use crate::store::outbox::NewOutbox;
use crate::store::people::{Actor, Client, Manager};

/// At most this many entries in a list (Telegram's message and keyboard limits).
const LIST_MAX: usize = 20;

pub fn quiet(ctx: &Ctx) -> Quiet {
    Quiet {
        start: ctx.config.quiet_hours.start,
        end: ctx.config.quiet_hours.end,
    }
}

fn local_now(ctx: &Ctx) -> NaiveDateTime {
    ctx.clock
        .now()
        .with_timezone(&ctx.config.time_zone)
        .naive_local()
}

/// The Fluent id that explains a date or time problem.
fn when_error(e: WhenError) -> &'static str {
    match e {
        WhenError::Malformed => "when-malformed",
        WhenError::NoSuchDate => "when-no-such-date",
        WhenError::NoSuchTime => "when-no-such-time",
        WhenError::InPast => "when-in-past",
    }
}

fn form_error(e: &FormError) -> &'static str {
    match e {
        FormError::Usage => "appointment-usage",
        FormError::When(w) => when_error(*w),
        FormError::EmptyPlace => "appointment-place-empty",
        FormError::TooLong => "appointment-too-long",
        FormError::BadLeads => "appointment-bad-leads",
    }
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

async fn wants_reminders(ctx: &Ctx, client_id: i64) -> Result<bool, HandlerError> {
    Ok(ctx
        .store
        .consents(client_id)
        .await?
        .iter()
        .any(|(p, _)| *p == Purpose::Reminders))
}

/// Saves an appointment and what the client is sent about it; tells the manager.
#[allow(clippy::too_many_arguments)]
async fn save_appointment(
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
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    let starts_at = match when::to_instant(local, tz) {
        Ok(t) if t > now => t,
        Ok(_) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(e) => return say(bot, ctx, p, when_error(e), &[]).await,
    };
    let leads = leads.unwrap_or_else(|| ctx.config.appointment_leads.clone());
    let reminders = wants_reminders(ctx, client.id).await?;
    let mut draft = Appointment {
        id: 0,
        client_id: client.id,
        starts_at,
        time_zone: tz.name().to_owned(),
        place: place.clone(),
        topic: topic.stored().to_owned(),
        leads: appt::format_leads(&leads),
        status: "planned".into(),
        answer: None,
        version: 1,
    };
    let first_reminder = rows::reminder_times(&draft, quiet(ctx), now)
        .first()
        .copied();
    let client_tg = client.telegram_id.expect("checked: linked");
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
                place,
                topic: draft.topic.clone(),
                leads: draft.leads.clone(),
                answer_check_at: first_reminder,
                followup_at: appt::followup_at(starts_at, tz, ctx.config.office_hours.start),
            },
            &build,
            Actor::Telegram(p.id),
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
        Err(e) => return say(bot, ctx, p, form_error(&e), &[]).await,
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
    let total = ctx.store.count_clients_of(m.id).await?;
    let linked: Vec<Client> = ctx
        .store
        .clients_of(m.id, 0, total.max(1))
        .await?
        .into_iter()
        .filter(|c| c.telegram_id.is_some() && c.status != "ended")
        .collect();
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
                    return say(bot, ctx, p, when_error(e), &[]).await;
                }
                let local = local.format("%Y-%m-%dT%H:%M:%S").to_string();
                dialogue::save(ctx, p.id, &Dialogue::PlanPlace { client_id, local }).await?;
                say(bot, ctx, p, "plan-where", &[]).await
            }
            Err(e) => say(bot, ctx, p, when_error(e), &[]).await,
        },
        Dialogue::PlanPlace { client_id, local } => match appt::check_place(text) {
            Ok(place) => {
                dialogue::save(
                    ctx,
                    p.id,
                    &Dialogue::PlanTopic {
                        client_id,
                        local,
                        place,
                    },
                )
                .await?;
                bot.send_message(p.chat, ctx.texts.t(&p.lang, "plan-topic"))
                    .reply_markup(topic_keyboard(ctx, &p.lang))
                    .await?;
                Ok(())
            }
            Err(e) => say(bot, ctx, p, form_error(&e), &[]).await,
        },
        Dialogue::PlanTopic {
            client_id,
            local,
            place,
        } => match appt::check_topic(text) {
            Ok(topic) => {
                plan_confirm(
                    bot,
                    ctx,
                    p,
                    client_id,
                    local,
                    place,
                    topic.stored().to_owned(),
                )
                .await
            }
            Err(e) => say(bot, ctx, p, form_error(&e), &[]).await,
        },
        Dialogue::MoveWhen {
            appointment_id,
            version,
        } => {
            let local = match when::parse(text, local_now(ctx)) {
                Ok(l) => l,
                Err(e) => return say(bot, ctx, p, when_error(e), &[]).await,
            };
            move_appointment(bot, ctx, p, m, appointment_id, version, local).await
        }
        // A confirmation waits for a button; typed text does not confirm.
        Dialogue::PlanConfirm { .. } => say(bot, ctx, p, "plan-use-buttons", &[]).await,
        _ => Ok(()),
    }
}

async fn plan_confirm(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
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
    bot.send_message(p.chat, text)
        .reply_markup(InlineKeyboardMarkup::new(vec![vec![
            button(ctx.texts.t(&p.lang, "plan-save"), Callback::PlanSave),
            button(ctx.texts.t(&p.lang, "plan-abort"), Callback::PlanAbort),
        ]]))
        .await?;
    Ok(())
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
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    let starts_at = match when::to_instant(local, tz) {
        Ok(t) if t > now => t,
        Ok(_) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(e) => return say(bot, ctx, p, when_error(e), &[]).await,
    };
    let Some((a, client)) = own_appointment(ctx, m, id).await? else {
        dialogue::clear(ctx, p.id).await?;
        return say(bot, ctx, p, "appointment-gone", &[]).await;
    };
    let reminders = wants_reminders(ctx, client.id).await?;
    let client_tg = client.telegram_id.unwrap_or_default();
    let moved = Appointment {
        starts_at,
        ..a.clone()
    };
    let first_reminder = rows::reminder_times(&moved, quiet(ctx), now)
        .first()
        .copied();
    let (q, name) = (quiet(ctx), m.display_name.clone());
    let build = {
        let moved = moved.clone();
        move |id: i64, version: i64| {
            let a = Appointment {
                id,
                version,
                ..moved.clone()
            };
            rows::appointment_rows(&a, client_tg, &name, true, reminders, q, now)
        }
    };
    let done = ctx
        .store
        .reschedule_appointment(
            id,
            version,
            starts_at,
            first_reminder,
            appt::followup_at(starts_at, tz, ctx.config.office_hours.start),
            &build,
            Actor::Telegram(p.id),
            now,
        )
        .await?;
    dialogue::clear(ctx, p.id).await?;
    if !done {
        return say(bot, ctx, p, "appointment-gone", &[]).await;
    }
    ctx.wake.notify_one();
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

/// An appointment this manager may act on (their client's, or as substitute), planned.
async fn own_appointment(
    ctx: &Ctx,
    m: &Manager,
    id: i64,
) -> Result<Option<(Appointment, Client)>, HandlerError> {
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

/// `/deadline LABEL DATE | TITLE | KIND`.
pub async fn deadline_command(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    args: &str,
) -> HandlerResult {
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    let (label, due_on, title, kind) = match deadline::parse_one_line(args, local_now(ctx).date()) {
        Ok(f) => f,
        Err(e) => {
            let id = match e {
                DeadlineError::Usage => "deadline-usage",
                DeadlineError::NoSuchDate => "when-no-such-date",
                DeadlineError::InPast => "when-in-past",
                DeadlineError::UnknownKind => "deadline-unknown-kind",
                DeadlineError::TooLong => "appointment-too-long",
            };
            return say(bot, ctx, p, id, &[]).await;
        }
    };
    let client = match linked_client_by_label(ctx, m, &label).await? {
        Ok(c) => c,
        Err(id) => return say(bot, ctx, p, id, &[("label", Arg::text(label.as_str()))]).await,
    };
    let reminders = wants_reminders(ctx, client.id).await?;
    let client_tg = client.telegram_id.expect("checked: linked");
    let draft = crate::store::agenda::Deadline {
        id: 0,
        client_id: client.id,
        due_on,
        time_zone: tz.name().to_owned(),
        title: title.clone(),
        kind: kind.to_owned(),
        status: "open".into(),
    };
    let build = {
        let draft = draft.clone();
        move |id: i64, _| {
            let d = crate::store::agenda::Deadline {
                id,
                ..draft.clone()
            };
            rows::deadline_rows(&d, client_tg, reminders, now)
        }
    };
    ctx.store
        .add_deadline(
            NewDeadline {
                client_id: client.id,
                due_on,
                time_zone: draft.time_zone.clone(),
                title,
                kind,
                overdue_at: deadline::overdue_at(due_on, tz, ctx.config.office_hours.start),
            },
            &build,
            Actor::Telegram(p.id),
            now,
        )
        .await?;
    ctx.wake.notify_one();
    tracing::info!(manager_id = m.id, client_id = client.id, "deadline added");
    say(
        bot,
        ctx,
        p,
        "deadline-saved",
        &[
            ("label", Arg::text(client.label.as_str())),
            (
                "due",
                Arg::markup(markup::escape(&crate::i18n::format::date(&p.lang, due_on))),
            ),
        ],
    )
    .await
}

/// `/deadlines`: the open ones, each with a cancel button.
pub async fn list_deadlines(bot: &WBot, ctx: &Ctx, p: &Person<'_>, m: &Manager) -> HandlerResult {
    let list = ctx.store.manager_deadlines(m.id).await?;
    if list.is_empty() {
        return say(bot, ctx, p, "deadlines-none-manager", &[]).await;
    }
    let mut lines = vec![ctx.texts.t_with(
        &p.lang,
        "deadlines-title-manager",
        &[("count", Arg::from(list.len()))],
    )];
    let mut keyboard = vec![];
    for (d, label) in list.iter().take(LIST_MAX) {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "deadline-line-manager",
            &[
                ("label", Arg::text(label.as_str())),
                ("title", Arg::text(d.title.as_str())),
                (
                    "due",
                    Arg::markup(markup::escape(&crate::i18n::format::date(
                        &p.lang, d.due_on,
                    ))),
                ),
            ],
        ));
        keyboard.push(vec![button(
            ctx.texts.t_with(
                &p.lang,
                "deadline-cancel-button",
                &[
                    ("label", Arg::markup(label.as_str())),
                    ("date", Arg::markup(d.due_on.format("%d.%m.").to_string())),
                ],
            ),
            Callback::DeadlineCancel(d.id),
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
            dialogue::save(
                ctx,
                p.id,
                &Dialogue::PlanWhen {
                    client_id: client.id,
                },
            )
            .await?;
            let text = ctx.texts.t_with(
                &p.lang,
                "plan-when",
                &[("label", Arg::text(client.label.as_str()))],
            );
            replace_text(bot, p.chat, place, text).await?;
        }
        Callback::PlanTopic(i) => {
            let Some(Dialogue::PlanTopic {
                client_id,
                local,
                place: where_,
            }) = dialogue::load(ctx, p.id).await?
            else {
                return Ok(false);
            };
            let Some(key) = TOPICS.get(*i) else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            plan_confirm(bot, ctx, p, client_id, local, where_, (*key).to_owned()).await?;
        }
        Callback::PlanSave => {
            let Some(Dialogue::PlanConfirm {
                client_id,
                local,
                place: where_,
                topic,
            }) = dialogue::load(ctx, p.id).await?
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
            if let Some(msg) = place {
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
                dialogue::load(ctx, p.id).await?,
                Some(
                    Dialogue::PlanWhen { .. }
                        | Dialogue::PlanPlace { .. }
                        | Dialogue::PlanTopic { .. }
                        | Dialogue::PlanConfirm { .. }
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
            dialogue::save(
                ctx,
                p.id,
                &Dialogue::MoveWhen {
                    appointment_id: a.id,
                    version: a.version,
                },
            )
            .await?;
            say(
                bot,
                ctx,
                p,
                "appointment-move-when",
                &[("label", Arg::text(client.label.as_str()))],
            )
            .await?;
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
                .reply_markup(InlineKeyboardMarkup::new(vec![vec![button(
                    ctx.texts.t(&p.lang, "appointment-cancel-yes"),
                    Callback::AppointmentCancel(a.id),
                )]]))
                .await?;
        }
        Callback::AppointmentCancel(id) => {
            let Some((a, client)) = own_appointment(ctx, &m, *id).await? else {
                return Ok(false);
            };
            let client_tg = client.telegram_id;
            let build = move |_: i64, _: i64| -> Vec<NewOutbox> {
                client_tg
                    .map(|tg| vec![rows::cancelled_row(&a, tg, now)])
                    .unwrap_or_default()
            };
            if !ctx
                .store
                .cancel_appointment(*id, &build, Actor::Telegram(p.id), now)
                .await?
            {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            ctx.wake.notify_one();
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
            let Some(d) = ctx.store.deadline(*id).await? else {
                return Ok(false);
            };
            let Some(client) = ctx.store.client(d.client_id).await? else {
                return Ok(false);
            };
            if !may_act_for(ctx, &m, &client).await? {
                return Ok(false);
            }
            let client_tg = client.telegram_id;
            let label = client.label.clone();
            let build = move |_: i64, _: i64| -> Vec<NewOutbox> {
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
            };
            if !ctx
                .store
                .close_deadline(*id, false, &build, Actor::Telegram(p.id), now)
                .await?
            {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            ctx.wake.notify_one();
            say(
                bot,
                ctx,
                p,
                "deadline-cancelled-manager",
                &[("label", Arg::text(client.label.as_str()))],
            )
            .await?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

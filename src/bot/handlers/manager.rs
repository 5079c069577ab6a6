//! What an Integrationsmanager does: name themselves, invite clients (link and QR code),
//! see their caseload, answer clients by replying, and set an absence.

use chrono::Duration;
use teloxide::prelude::*;
use teloxide::types::{InputFile, Me};

use super::super::commands::Command;
use super::super::dialogue;
use super::super::roles::may_act_for;
use super::super::{Ctx, HandlerResult, WBot};
use super::common::Person;
use crate::delivery::relay;
use crate::domain::consent::Purpose;
use crate::domain::invite::{self, InviteKind};
use crate::i18n::Arg;
use crate::store::people::{Client, Manager};

/// Limits in UTF-16 units, as Telegram counts the texts they are echoed in.
const LABEL_MAX: usize = 32;
const NAME_MAX: usize = 64;

pub(super) async fn say(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> HandlerResult {
    bot.send_message(p.chat, ctx.texts.t_with(&p.lang, id, args))
        .await?;
    Ok(())
}

pub async fn command(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    cmd: Command,
    msg: &Message,
    me: &Me,
) -> HandlerResult {
    match cmd {
        Command::Clients => super::caseload::clients_page(bot, ctx, p, m, 0, None).await,
        Command::NewClient(args) => new_client(bot, ctx, p, m, &args, me).await,
        Command::Away(args) => super::away::away(bot, ctx, p, m, &args).await,
        Command::Reply(args) => reply_by_label(bot, ctx, p, m, msg, &args).await,
        Command::Appointment(args) => {
            super::agenda::appointment_command(bot, ctx, p, m, &args).await
        }
        Command::Appointments => super::agenda::list_appointments(bot, ctx, p, m).await,
        Command::Deadline(args) => super::agenda::deadline_command(bot, ctx, p, m, &args).await,
        Command::Deadlines => super::agenda::list_deadlines(bot, ctx, p, m).await,
        Command::Back => super::away::back(bot, ctx, p, m).await,
        _ => Ok(()),
    }
}

pub async fn receive_name(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    manager_id: i64,
    msg: &Message,
) -> HandlerResult {
    let name = msg.text().map(str::trim).unwrap_or("");
    if name.is_empty() || name.encode_utf16().count() > NAME_MAX {
        return say(bot, ctx, p, "manager-name-bad", &[]).await;
    }
    ctx.store
        .set_manager_name(manager_id, name, ctx.clock.now())
        .await?;
    dialogue::clear(ctx, p.id).await?;
    say(bot, ctx, p, "manager-menu", &[]).await
}

fn languages(ctx: &Ctx) -> String {
    ctx.config.locales.offered.join(", ")
}

async fn new_client(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    args: &str,
    me: &Me,
) -> HandlerResult {
    let usage = |ctx: &Ctx| {
        ctx.texts.t_with(
            &p.lang,
            "new-client-usage",
            &[("languages", Arg::text(languages(ctx)))],
        )
    };
    let parts: Vec<&str> = args.split_whitespace().collect();
    let [label, ags, language] = parts.as_slice() else {
        bot.send_message(p.chat, usage(ctx)).await?;
        return Ok(());
    };
    if label.encode_utf16().count() > LABEL_MAX
        || !ctx.config.locales.offered.iter().any(|l| l == language)
    {
        bot.send_message(p.chat, usage(ctx)).await?;
        return Ok(());
    }
    let served = ctx.store.manager_gemeinden(m.id).await?;
    let Some(gemeinde) = served.iter().find(|g| g.ags == *ags) else {
        let names: Vec<String> = served
            .iter()
            .map(|g| format!("{} {}", g.ags, g.name))
            .collect();
        return say(
            bot,
            ctx,
            p,
            "new-client-bad-gemeinde",
            &[
                ("ags", Arg::text(*ags)),
                ("gemeinden", Arg::text(names.join(", "))),
            ],
        )
        .await;
    };
    if find_by_label(ctx, m, label).await?.next().is_some() {
        return say(
            bot,
            ctx,
            p,
            "new-client-label-taken",
            &[("label", Arg::text(*label))],
        )
        .await;
    }
    let now = ctx.clock.now();
    let inv = invite::new_invite(InviteKind::Client);
    let client = ctx
        .store
        .create_client(
            m.id,
            gemeinde.id,
            label,
            language,
            &inv.hash,
            now + Duration::days(ctx.config.invite_days.into()),
            crate::store::people::Actor::Telegram(p.id),
            now,
        )
        .await?;
    tracing::info!(manager_id = m.id, client_id = client.id, "client invited");
    send_invite(bot, ctx, p, &client, &gemeinde.name, &inv.payload, me).await
}

pub(super) async fn send_invite(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
    gemeinde: &str,
    payload: &str,
    me: &Me,
) -> HandlerResult {
    let link = invite::link(me.username(), payload);
    say(
        bot,
        ctx,
        p,
        "new-client-created",
        &[
            ("label", Arg::text(client.label.as_str())),
            ("gemeinde", Arg::text(gemeinde)),
            ("days", Arg::from(i64::from(ctx.config.invite_days))),
            ("link", Arg::text(link.as_str())),
        ],
    )
    .await?;
    bot.send_photo(
        p.chat,
        InputFile::memory(crate::qr::png(&link)).file_name("wegweiser-invite.png"),
    )
    .caption(ctx.texts.t_with(
        &p.lang,
        "new-client-qr-caption",
        &[("label", Arg::text(client.label.as_str()))],
    ))
    .await?;
    Ok(())
}

/// A manager's message that replies to a relayed one goes to that client.
pub async fn relay_reply(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    msg: &Message,
) -> HandlerResult {
    let client_id = match msg.reply_to_message() {
        Some(original) => relayed_client(ctx, p.chat.0, original).await?,
        None => None,
    };
    let Some(client_id) = client_id else {
        return say(bot, ctx, p, "relay-reply-hint", &[]).await;
    };
    let client = ctx.store.client(client_id).await?;
    let Some(client) = client.filter(|c| c.telegram_id.is_some() && c.status != "ended") else {
        return say(bot, ctx, p, "relay-client-gone", &[]).await;
    };
    if !may_act_for(ctx, m, &client).await? {
        tracing::warn!(
            manager_id = m.id,
            client_id,
            "reply to another manager's client refused"
        );
        // The client wrote to this chat once: this manager stood in for a colleague who
        // is back now, or the client was handed over since.
        let owner = ctx.store.manager(client.manager_id).await?;
        let Some(owner) = owner else {
            return say(bot, ctx, p, "not-allowed", &[]).await;
        };
        let id = if owner.substitute_id == Some(m.id) {
            "relay-standin-ended"
        } else {
            "relay-client-moved"
        };
        return say(
            bot,
            ctx,
            p,
            id,
            &[
                ("manager", Arg::text(owner.display_name)),
                ("label", Arg::text(client.label)),
            ],
        )
        .await;
    }
    queue_to_client(bot, ctx, p, m, &client, msg, None).await
}

/// The client a relayed message came from. The sender records that only once Telegram
/// has returned the message's id, so a reply that is quicker than that record (a bot
/// message seconds old) waits for it briefly instead of being told to reply to a relayed
/// message — which is what it did.
async fn relayed_client(
    ctx: &Ctx,
    chat: i64,
    original: &Message,
) -> Result<Option<i64>, crate::store::StoreError> {
    const FRESH: chrono::TimeDelta = chrono::TimeDelta::seconds(10);
    const PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);
    let id = i64::from(original.id.0);
    let fresh = original.from.as_ref().is_some_and(|u| u.is_bot)
        && chrono::Utc::now().signed_duration_since(original.date) < FRESH;
    let until = std::time::Instant::now() + PATIENCE;
    loop {
        let found = ctx.store.relay_client(chat, id).await?;
        if found.is_some() || !fresh || std::time::Instant::now() >= until {
            return Ok(found);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// `/reply LABEL text`: an answer to a client named by their label, for when the message
/// to reply to is out of reach.
async fn reply_by_label(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    msg: &Message,
    args: &str,
) -> HandlerResult {
    let (label, text) = args
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((args.trim(), ""));
    if label.is_empty() || text.trim().is_empty() {
        return say(bot, ctx, p, "reply-usage", &[]).await;
    }
    let matches: Vec<Client> = find_by_label(ctx, m, label)
        .await?
        .filter(|c| c.telegram_id.is_some())
        .collect();
    if matches.len() > 1 {
        return say(
            bot,
            ctx,
            p,
            "reply-ambiguous-label",
            &[("label", Arg::text(label))],
        )
        .await;
    }
    let Some(client) = matches.into_iter().next() else {
        return say(
            bot,
            ctx,
            p,
            "reply-unknown-label",
            &[("label", Arg::text(label))],
        )
        .await;
    };
    queue_to_client(bot, ctx, p, m, &client, msg, Some(text.trim())).await
}

/// The manager's clients (not ended) whose label is `label`, ignoring case.
pub(super) async fn find_by_label(
    ctx: &Ctx,
    m: &Manager,
    label: &str,
) -> Result<impl Iterator<Item = Client>, crate::store::StoreError> {
    let total = ctx.store.count_clients_of(m.id).await?;
    let label = label.to_lowercase();
    Ok(ctx
        .store
        .clients_of(m.id, 0, total.max(1))
        .await?
        .into_iter()
        .filter(move |c| c.label.to_lowercase() == label))
}

/// Queues a manager's message for a client: `text` (or the message's own text) in full,
/// anything else by copy. Nothing is queued for a client Telegram cannot reach (the
/// manager is told at once) or who has not consented to contact. The manager's message
/// gets a 👍 once the last part is delivered.
async fn queue_to_client(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    client: &Client,
    msg: &Message,
    text: Option<&str>,
) -> HandlerResult {
    let label = || Arg::text(client.label.clone());
    if client.status == "unreachable" {
        tracing::info!(
            client_id = client.id,
            "message to an unreachable client not queued"
        );
        return say(
            bot,
            ctx,
            p,
            "relay-client-unreachable",
            &[("label", label())],
        )
        .await;
    }
    if !ctx.store.has_consent(client.id, Purpose::Contact).await? {
        tracing::warn!(
            client_id = client.id,
            "message to a client without contact consent refused"
        );
        return say(bot, ctx, p, "relay-no-consent", &[("label", label())]).await;
    }
    let now = ctx.clock.now();
    let chat = p.chat.0;
    let recipient = client.telegram_id.expect("a linked client");
    let header = serde_json::json!({ "manager": m.display_name });
    let from = relay::Source {
        chat,
        message_id: msg.id.0,
    };
    let template = "relay-to-client";
    let mut rows = match text.or(msg.text()) {
        Some(text) => relay::text_rows(
            recipient, template, header, client.id, false, text, from, now,
        ),
        None => relay::copy_rows(recipient, template, header, client.id, false, from, now),
    };
    if let Some(last) = rows.last_mut() {
        relay::confirm_delivery(last, from);
    }
    ctx.store.enqueue_all(rows, now).await?;
    ctx.store.touch_client_contact(client.id, now).await?;
    tracing::info!(
        manager_id = m.id,
        client_id = client.id,
        "message queued for the client"
    );
    ctx.wake.notify_one();
    Ok(())
}

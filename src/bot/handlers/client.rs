//! What a linked client does: the menu, writing to their manager (relayed through the
//! outbox), and privacy — see what is stored, change consent, delete everything.

use teloxide::prelude::*;
use teloxide::types::CallbackQuery;

use super::super::keyboards::{self, Callback};
use super::super::{Ctx, HandlerResult, WBot};
use super::common::{self, Person};
use crate::delivery::{relay, render};
use crate::domain::absence;
use crate::domain::consent::Purpose;
use crate::i18n::{Arg, format};
use crate::store::outbox::NewOutbox;
use crate::store::people::Client;

async fn manager_name(ctx: &Ctx, client: &Client) -> Result<String, super::super::HandlerError> {
    Ok(ctx
        .store
        .manager(client.manager_id)
        .await?
        .map(|m| m.display_name)
        .unwrap_or_default())
}

pub async fn menu(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    let Some(client) = p.who.linked_client() else {
        return Ok(());
    };
    let manager = manager_name(ctx, client).await?;
    bot.send_message(p.chat, ctx.texts.t(&p.lang, "client-menu"))
        .reply_markup(keyboards::client_menu(&ctx.texts, &p.lang, &manager))
        .await?;
    Ok(())
}

/// A client's message goes to their manager — or, while the manager is away, to the
/// substitute — as an outbox row: text in full (split if needed), anything else copied
/// by Telegram (`copyMessage`), so Wegweiser keeps no file.
pub async fn relay_to_manager(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
    msg: &Message,
) -> HandlerResult {
    let now = ctx.clock.now();
    let Some(owner) = ctx.store.manager(client.manager_id).await? else {
        return Ok(());
    };
    if !ctx.store.has_consent(client.id, Purpose::Contact).await? {
        // Without the contact consent nothing is passed on (it can be given in /privacy).
        tracing::warn!(
            client_id = client.id,
            "message without contact consent not relayed"
        );
        bot.send_message(
            p.chat,
            ctx.texts.t_with(
                &p.lang,
                "privacy-contact-missing",
                &[("manager", Arg::text(owner.display_name.as_str()))],
            ),
        )
        .await?;
        return Ok(());
    }
    let away = owner.absent_at(now);
    let substitute = match (away, owner.substitute_id) {
        (true, Some(s)) => ctx
            .store
            .manager(s)
            .await?
            .filter(|m| owner.may_be_replaced_by(m) && m.telegram_id.is_some()),
        _ => None,
    };
    let recipient = substitute.as_ref().unwrap_or(&owner);
    let Some(recipient_tg) = recipient.telegram_id else {
        tracing::warn!(
            client_id = client.id,
            "client's manager has not joined; message kept by Telegram only"
        );
        return Ok(());
    };
    let gemeinde = ctx
        .store
        .gemeinde(client.gemeinde_id)
        .await?
        .map(|g| g.name)
        .unwrap_or_default();
    let header = serde_json::json!({
        "label": client.label,
        "gemeinde": gemeinde,
        "language": render::language(&p.lang),
    });
    let from = relay::Source {
        chat: p.chat.0,
        message_id: msg.id.0,
    };
    let template = "relay-to-manager";
    let (kind, rows) = match msg.text() {
        Some(text) => (
            "text",
            relay::text_rows(
                recipient_tg,
                template,
                header,
                client.id,
                true,
                text,
                from,
                now,
            ),
        ),
        None => (
            "copy",
            relay::copy_rows(recipient_tg, template, header, client.id, true, from, now),
        ),
    };
    ctx.store.enqueue_all(rows, now).await?;
    ctx.store.touch_client_contact(client.id, now).await?;
    tracing::info!(
        client_id = client.id,
        kind,
        "client message queued for the manager"
    );
    if !away {
        let local = now.with_timezone(&ctx.config.time_zone).naive_local();
        if let Some(next) = ctx.config.office_hours.next_opening(local) {
            let args = serde_json::json!({
                "manager": owner.display_name,
                "next": format::date_time(&p.lang, next),
            });
            // At most once a day.
            let mut row =
                NewOutbox::notice(p.id, "office-hours-notice", args, now).about(client.id);
            row.dedupe_key = Some(format!("office:{}:{}", client.id, local.date()));
            ctx.store.enqueue(row, now).await?;
        }
    }
    if away {
        // The last day away and the day back, as the manager typed them (rendered in
        // the client's language when sent).
        let (last, back) = owner
            .absent_until
            .map(|u| absence::days(u, ctx.config.time_zone))
            .unwrap_or_default();
        let (template, extra) = match &substitute {
            Some(s) => ("away-notice", Some(s.display_name.clone())),
            None => ("away-notice-alone", None),
        };
        let mut args = serde_json::json!({
            "manager": owner.display_name,
            "until": render::date(last),
            "back": render::date(back),
        });
        if let Some(s) = extra {
            args["substitute"] = s.into();
        }
        // At most once a day.
        let day = now.with_timezone(&ctx.config.time_zone).date_naive();
        let mut row = NewOutbox::notice(p.id, template, args, now).about(client.id);
        row.dedupe_key = Some(format!("away:{}:{day}", client.id));
        ctx.store.enqueue(row, now).await?;
    }
    ctx.wake.notify_one();
    Ok(())
}

/// The client's buttons (privacy has its own, see `privacy`); `false` if `cb` is not
/// one of them or the person is not a linked client.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    cb: &Callback,
) -> Result<bool, super::super::HandlerError> {
    let Some(client) = p.who.linked_client().cloned() else {
        return Ok(false);
    };
    if !matches!(cb, Callback::MenuWrite | Callback::MenuLanguage) {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let lang = p.lang.as_str();
    match cb {
        Callback::MenuWrite => {
            let manager = manager_name(ctx, &client).await?;
            bot.send_message(
                p.chat,
                ctx.texts.t_with(
                    lang,
                    "write-hint",
                    &[("manager", Arg::text(manager.as_str()))],
                ),
            )
            .await?;
        }
        _ => common::send_picker(bot, ctx, p, lang).await?,
    }
    Ok(true)
}

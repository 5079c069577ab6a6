//! What a linked client does: the menu, writing to their manager (relayed through the
//! outbox), and privacy — see what is stored, change consent, delete everything.

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InputFile, MessageId};

use super::super::keyboards::{self, Callback};
use super::super::{Ctx, HandlerResult, WBot};
use super::common::{self, Person, replace_text};
use crate::delivery::{relay, render};
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

pub async fn privacy_menu(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    bot.send_message(p.chat, ctx.texts.t(&p.lang, "privacy-menu"))
        .reply_markup(keyboards::privacy_menu(&ctx.texts, &p.lang))
        .await?;
    Ok(())
}

/// A client's message goes to their manager — or, while the manager is away, to the
/// substitute — as an outbox row: text in full (split if needed), anything else copied
/// by Telegram (`copyMessage`), so Wegweiser keeps no file.
pub async fn relay_to_manager(
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
    msg: &Message,
) -> HandlerResult {
    let now = ctx.clock.now();
    let Some(owner) = ctx.store.manager(client.manager_id).await? else {
        return Ok(());
    };
    let away = owner.absent_at(now);
    let substitute = match (away, owner.substitute_id) {
        (true, Some(s)) => ctx
            .store
            .manager(s)
            .await?
            .filter(|m| m.status == "active" && m.telegram_id.is_some()),
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
        let until = owner
            .absent_until
            .map(|u| format::date(&p.lang, u.with_timezone(&ctx.config.time_zone).date_naive()))
            .unwrap_or_default();
        let (template, extra) = match &substitute {
            Some(s) => ("away-notice", Some(s.display_name.clone())),
            None => ("away-notice-alone", None),
        };
        let mut args = serde_json::json!({ "manager": owner.display_name, "until": until });
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

/// The client's buttons; `false` if `cb` is not one of them or the person is not a
/// linked client.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, super::super::HandlerError> {
    // Privacy stays open after support ended; writing does not.
    let Some(client) = p.who.client.clone() else {
        return Ok(false);
    };
    if matches!(cb, Callback::MenuWrite) && p.who.linked_client().is_none() {
        return Ok(false);
    }
    let answered = matches!(
        cb,
        Callback::MenuWrite
            | Callback::MenuLanguage
            | Callback::MenuPrivacy
            | Callback::PrivacyShow
            | Callback::PrivacyConsents
            | Callback::PrivacyToggle(_)
            | Callback::PrivacyDelete
            | Callback::PrivacyDeleteConfirm
            | Callback::PrivacyDeleteCancel
    );
    if !answered {
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
        Callback::MenuLanguage => common::send_picker(bot, ctx, p.chat, lang).await?,
        Callback::MenuPrivacy | Callback::PrivacyDeleteCancel => {
            if let (Callback::PrivacyDeleteCancel, Some(m)) =
                (cb, keyboards::tapped_with_buttons(q))
            {
                let _ = bot.edit_message_reply_markup(p.chat, m).await;
            }
            privacy_menu(bot, ctx, p).await?;
        }
        Callback::PrivacyShow => show_data(bot, ctx, p, &client).await?,
        Callback::PrivacyConsents => {
            let given = given_consents(ctx, client.id).await?;
            bot.send_message(p.chat, ctx.texts.t(lang, "privacy-consents-title"))
                .reply_markup(keyboards::privacy_consents(&ctx.texts, lang, &given))
                .await?;
        }
        Callback::PrivacyToggle(purpose) => {
            let given = given_consents(ctx, client.id).await?;
            let grant = !given.contains(purpose);
            ctx.store
                .set_consent(client.id, *purpose, grant, ctx.clock.now())
                .await?;
            if *purpose == Purpose::Reminders && !grant {
                // Withdrawn: what is already planned is not sent either.
                ctx.store.drop_pending_reminders(client.id).await?;
            }
            if *purpose == Purpose::Announcements && !grant {
                ctx.store.drop_pending_announcements(client.id).await?;
            }
            tracing::info!(
                client_id = client.id,
                purpose = purpose.as_str(),
                grant,
                "consent changed"
            );
            let given = given_consents(ctx, client.id).await?;
            if let Some(m) = place {
                bot.edit_message_reply_markup(p.chat, m)
                    .reply_markup(keyboards::privacy_consents(&ctx.texts, lang, &given))
                    .await?;
            }
        }
        Callback::PrivacyDelete => {
            let manager = manager_name(ctx, &client).await?;
            bot.send_message(
                p.chat,
                ctx.texts.t_with(
                    lang,
                    "privacy-delete-confirm",
                    &[("manager", Arg::text(manager.as_str()))],
                ),
            )
            .reply_markup(keyboards::delete_confirm(&ctx.texts, lang))
            .await?;
        }
        Callback::PrivacyDeleteConfirm => {
            ctx.store.delete_client(client.id, ctx.clock.now()).await?;
            tracing::info!("a client deleted their data");
            ctx.wake.notify_one();
            let text = ctx.texts.t(lang, "privacy-deleted");
            replace_text(bot, p.chat, place, text).await?;
        }
        _ => unreachable!("filtered above"),
    }
    Ok(true)
}

async fn given_consents(
    ctx: &Ctx,
    client_id: i64,
) -> Result<Vec<Purpose>, super::super::HandlerError> {
    Ok(ctx
        .store
        .consents(client_id)
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect())
}

/// What is stored about the client: as a readable message and as a JSON document.
async fn show_data(bot: &WBot, ctx: &Ctx, p: &Person<'_>, client: &Client) -> HandlerResult {
    let Some(record) = ctx.store.client_record(client.id).await? else {
        return Ok(());
    };
    let lang = p.lang.as_str();
    let tz = ctx.config.time_zone;
    let date = |d: Option<chrono::DateTime<chrono::Utc>>| {
        d.map(|d| format::date(lang, d.with_timezone(&tz).date_naive()))
            .unwrap_or_default()
    };
    let consents = if record.consents.is_empty() {
        ctx.texts.t(lang, "consent-none")
    } else {
        record
            .consents
            .iter()
            .map(|(purpose, _)| ctx.texts.t(lang, purpose.message_id()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = ctx.texts.t_with(
        lang,
        "privacy-data",
        &[
            ("label", Arg::text(record.client.label.as_str())),
            ("gemeinde", Arg::text(record.gemeinde.name.as_str())),
            ("language", Arg::text(ctx.texts.language_name(lang))),
            ("manager", Arg::text(record.manager_name.as_str())),
            ("since", Arg::text(date(record.client.linked_at))),
            ("until", Arg::text(date(record.client.support_until))),
            ("consents", Arg::text(consents)),
        ],
    );
    bot.send_message(p.chat, text).await?;
    let (appointments, deadlines) = ctx.store.client_agenda(client.id).await?;
    let mut interests = vec![];
    for id in ctx.store.interests_of(client.id).await? {
        if let Some(o) = ctx.store.offer(id).await? {
            let (text, _) = o.offer.text_in(lang);
            interests
                .push(serde_json::json!({ "offer": o.offer.external_id, "title": text.title }));
        }
    }
    let json = serde_json::json!({
        "telegram_id": p.id,
        "label": record.client.label,
        "gemeinde": { "name": record.gemeinde.name, "ags": record.gemeinde.ags },
        "language": lang,
        "status": record.client.status,
        "integrationsmanager": record.manager_name,
        "linked_at": record.client.linked_at.map(|t| t.to_rfc3339()),
        "support_until": record.client.support_until.map(|t| t.to_rfc3339()),
        "last_contact_at": record.client.last_contact_at.map(|t| t.to_rfc3339()),
        "consents": record.consents.iter().map(|(purpose, at)| {
            serde_json::json!({ "purpose": purpose.as_str(), "granted_at": at.to_rfc3339() })
        }).collect::<Vec<_>>(),
        "appointments": appointments.iter().map(|a| serde_json::json!({
            "starts_at": a.starts_at.to_rfc3339(),
            "time_zone": a.time_zone,
            "place": a.place,
            "topic": a.topic,
            "status": a.status,
            "answer": a.answer,
        })).collect::<Vec<_>>(),
        "deadlines": deadlines.iter().map(|d| serde_json::json!({
            "due_on": d.due_on.to_string(),
            "title": d.title,
            "kind": d.kind,
            "status": d.status,
        })).collect::<Vec<_>>(),
        "interested_in_offers": interests,
    });
    let bytes = serde_json::to_vec_pretty(&json).expect("json serializes");
    bot.send_document(
        p.chat,
        InputFile::memory(bytes).file_name("wegweiser-data.json"),
    )
    .caption(ctx.texts.t(lang, "privacy-file-caption"))
    .await?;
    Ok(())
}

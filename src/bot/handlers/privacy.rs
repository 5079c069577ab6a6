//! `/privacy` for everyone: a client sees their record, changes the optional consents,
//! ends the contact or deletes everything; anybody else who is known to the bot (they
//! started it, or asked to be taken on) sees and deletes what is stored about them.
//! Managers' data belongs to their work: they are pointed to their administrator.
//!
//! The contact consent is what the link is: it is never a toggle. Ending it ends the
//! link (with a confirmation), and messages are passed on only while it exists (checked
//! when a message is written and again when it is sent).

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, MessageId};

use super::super::keyboards::{self, Callback};
use super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::common::{Person, replace_text};
use super::privacy_data::{given_consents, show_data, show_person};
use crate::domain::consent::Purpose;
use crate::i18n::Arg;
use crate::store::people::Client;

async fn manager_name(ctx: &Ctx, client: &Client) -> Result<String, HandlerError> {
    Ok(ctx
        .store
        .manager(client.manager_id)
        .await?
        .map(|m| m.display_name)
        .unwrap_or_default())
}

/// The privacy menu that fits the person.
pub async fn menu(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    let lang = p.lang.as_str();
    if p.who.client.is_some() {
        let linked = p.who.linked_client().is_some();
        bot.send_message(p.chat, ctx.texts.t(lang, "privacy-menu"))
            .reply_markup(keyboards::privacy_menu(&ctx.texts, lang, linked))
            .await?;
    } else if p.who.manager.is_some() {
        bot.send_message(p.chat, ctx.texts.t(lang, "privacy-manager"))
            .await?;
    } else {
        bot.send_message(p.chat, ctx.texts.t(lang, "privacy-person-menu"))
            .reply_markup(keyboards::privacy_menu(&ctx.texts, lang, false))
            .await?;
    }
    Ok(())
}

/// The privacy buttons; `false` if `cb` is not one of them or does not apply to the
/// person (then nothing changes).
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    let privacy = matches!(
        cb,
        Callback::MenuPrivacy
            | Callback::PrivacyShow
            | Callback::PrivacyConsents
            | Callback::PrivacyToggle(_)
            | Callback::PrivacyDelete
            | Callback::PrivacyDeleteConfirm
            | Callback::PrivacyDeleteCancel
            | Callback::PrivacyEndContact
            | Callback::PrivacyEndContactConfirm
    );
    // Managers' data is not theirs to delete here.
    if !privacy || (p.who.manager.is_some() && p.who.client.is_none()) {
        return Ok(false);
    }
    let client = p.who.client.clone();
    let linked = p.who.linked_client().cloned();
    let needs_link = matches!(
        cb,
        Callback::PrivacyConsents
            | Callback::PrivacyToggle(_)
            | Callback::PrivacyEndContact
            | Callback::PrivacyEndContactConfirm
    );
    if needs_link && linked.is_none() {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let lang = p.lang.as_str();
    match (cb, client, linked) {
        (Callback::MenuPrivacy | Callback::PrivacyDeleteCancel, _, _) => {
            if let (Callback::PrivacyDeleteCancel, Some(m)) = (cb, place) {
                let _ = bot.edit_message_reply_markup(p.chat, m).await;
            }
            menu(bot, ctx, p).await?;
        }
        (Callback::PrivacyShow, Some(client), _) => show_data(bot, ctx, p, &client).await?,
        (Callback::PrivacyShow, None, _) => show_person(bot, ctx, p).await?,
        (Callback::PrivacyConsents, _, Some(client)) => {
            let given = given_consents(ctx, client.id).await?;
            bot.send_message(p.chat, ctx.texts.t(lang, "privacy-consents-title"))
                .reply_markup(keyboards::privacy_consents(&ctx.texts, lang, &given))
                .await?;
        }
        (Callback::PrivacyToggle(purpose), _, Some(client)) => {
            let given = given_consents(ctx, client.id).await?;
            let grant = !given.contains(purpose);
            if purpose.required_for_link() && !grant {
                // Not a toggle: ending the contact ends the link, and says so first.
                tracing::warn!(
                    client_id = client.id,
                    "withdrawing the contact consent refused"
                );
                bot.send_message(p.chat, ctx.texts.t(lang, "privacy-contact-required"))
                    .reply_markup(keyboards::privacy_menu(&ctx.texts, lang, true))
                    .await?;
                return Ok(true);
            }
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
        (Callback::PrivacyEndContact, _, Some(client)) => {
            let manager = manager_name(ctx, &client).await?;
            bot.send_message(
                p.chat,
                ctx.texts.t_with(
                    lang,
                    "privacy-end-contact-confirm",
                    &[("manager", Arg::text(manager.as_str()))],
                ),
            )
            .reply_markup(keyboards::end_contact_confirm(&ctx.texts, lang))
            .await?;
        }
        (Callback::PrivacyEndContactConfirm, _, Some(client)) => {
            let manager = manager_name(ctx, &client).await?;
            ctx.store.end_contact(client.id, ctx.clock.now()).await?;
            tracing::info!(client_id = client.id, "a client ended the contact");
            ctx.wake.notify_one();
            let text = ctx.texts.t_with(
                lang,
                "privacy-contact-ended",
                &[("manager", Arg::text(manager.as_str()))],
            );
            replace_text(bot, p.chat, place, text).await?;
        }
        (Callback::PrivacyDelete, Some(client), _) => {
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
        (Callback::PrivacyDelete, None, _) => {
            bot.send_message(p.chat, ctx.texts.t(lang, "privacy-person-delete-confirm"))
                .reply_markup(keyboards::delete_confirm(&ctx.texts, lang))
                .await?;
        }
        (Callback::PrivacyDeleteConfirm, Some(client), _) => {
            ctx.store.delete_client(client.id, ctx.clock.now()).await?;
            tracing::info!("a client deleted their data");
            ctx.wake.notify_one();
            let text = ctx.texts.t(lang, "privacy-deleted");
            replace_text(bot, p.chat, place, text).await?;
        }
        (Callback::PrivacyDeleteConfirm, None, _) => {
            ctx.store.delete_person(p.id, ctx.clock.now()).await?;
            tracing::info!("a person deleted their data");
            ctx.wake.notify_one();
            let text = ctx.texts.t(lang, "privacy-deleted");
            replace_text(bot, p.chat, place, text).await?;
        }
        // Ruled out above (`needs_link`).
        _ => {}
    }
    Ok(true)
}

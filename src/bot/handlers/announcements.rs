//! A client's buttons under announcements: "stop announcements" withdraws the consent
//! at once (and drops what is still waiting for them); "no more about this offer" stops
//! one offer's date announcements.

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, MessageId};

use super::super::keyboards::Callback;
use super::super::{Ctx, HandlerError, WBot};
use super::common::Person;
use crate::domain::consent::Purpose;

/// `false` if `cb` is not one of these buttons or the person is not a linked client.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    _place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    let Some(client) = p.who.linked_client().cloned() else {
        return Ok(false);
    };
    match cb {
        Callback::BroadcastStop => {
            ctx.store
                .set_consent(client.id, Purpose::Announcements, false, ctx.clock.now())
                .await?;
            let dropped = ctx.store.drop_pending_announcements(client.id).await?;
            tracing::info!(client_id = client.id, dropped, "announcements stopped");
            bot.answer_callback_query(q.id.clone()).await?;
            // The button has done its work: it goes, the message stays.
            if let Some(m) = crate::bot::keyboards::tapped_with_buttons(q) {
                let _ = bot.edit_message_reply_markup(p.chat, m).await;
            }
            bot.send_message(p.chat, ctx.texts.t(&p.lang, "broadcast-stopped"))
                .await?;
        }
        Callback::OfferMute(offer_id) => {
            if !ctx.store.mute_offer(*offer_id, client.id).await? {
                return Ok(false);
            }
            tracing::info!(client_id = client.id, offer_id, "offer announcements muted");
            bot.answer_callback_query(q.id.clone()).await?;
            if let Some(m) = crate::bot::keyboards::tapped_with_buttons(q) {
                let _ = bot.edit_message_reply_markup(p.chat, m).await;
            }
            bot.send_message(p.chat, ctx.texts.t(&p.lang, "offer-muted"))
                .await?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

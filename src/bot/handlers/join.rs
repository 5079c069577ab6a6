//! A person who found the bot without an invite asks to be taken on: they pick their
//! Gemeinde, its managers see the request and accept or decline it; on acceptance the
//! person goes on to the privacy notice and consent, exactly as with an invite.

use chrono::Duration;
use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, MessageId};

use super::super::dialogue::{self, Dialogue};
use super::super::keyboards::{Callback, button, pager};
use super::super::{Ctx, HandlerError, WBot};
use super::common::{Person, replace_text, show_with_keyboard};
use super::start;
use crate::domain::invite::{self, InviteKind};
use crate::domain::join_request;
use crate::i18n::{Arg, format};

/// Gemeinden per page of the picker.
const PAGE: usize = 10;

/// Whether this person may ask: nobody yet (not a client, manager or administrator).
pub fn may_ask(p: &Person<'_>) -> bool {
    p.who.client.is_none() && p.who.manager.is_none() && !p.who.is_admin()
}

/// The button under the welcome for people who may ask.
pub fn ask_button(ctx: &Ctx, lang: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![button(
        ctx.texts.t(lang, "join-ask"),
        Callback::JoinAsk,
    )]])
}

async fn gemeinde_picker(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    page: i64,
    edit: Option<MessageId>,
) -> Result<(), HandlerError> {
    let gemeinden = ctx.store.gemeinden_with_managers().await?;
    if gemeinden.is_empty() {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "join-no-gemeinde"))
            .await?;
        return Ok(());
    }
    let pages = gemeinden.len().div_ceil(PAGE) as i64;
    let page = page.clamp(0, pages - 1);
    let mut rows: Vec<Vec<_>> = gemeinden
        .iter()
        .skip(page as usize * PAGE)
        .take(PAGE)
        .map(|g| vec![button(g.name.clone(), Callback::JoinGemeinde(g.id))])
        .collect();
    rows.extend(pager(&ctx.texts, &p.lang, page, pages, Callback::JoinPage));
    let text = ctx.texts.t(&p.lang, "join-choose-gemeinde");
    let keyboard = InlineKeyboardMarkup::new(rows);
    show_with_keyboard(bot, p.chat, edit, text, keyboard).await?;
    Ok(())
}

/// The joining buttons; `false` if `cb` is not one of them or does not apply.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    let now = ctx.clock.now();
    match cb {
        Callback::JoinAsk | Callback::JoinPage(_) if may_ask(p) => {
            bot.answer_callback_query(q.id.clone()).await?;
            let (page, edit) = match cb {
                Callback::JoinPage(n) => (*n, place),
                _ => (0, None),
            };
            gemeinde_picker(bot, ctx, p, page, edit).await?;
            Ok(true)
        }
        Callback::JoinGemeinde(gemeinde_id) if may_ask(p) => {
            let Some(g) = ctx.store.gemeinde(*gemeinde_id).await? else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            // Picked from an old list: nobody there any more to read the request.
            if ctx.store.active_managers_of(g.id).await?.is_empty() {
                let text = ctx.texts.t(&p.lang, "join-no-gemeinde");
                replace_text(bot, p.chat, place, text).await?;
                return Ok(true);
            }
            // The Gemeinde's managers hear of the same person at most once a day.
            let last = ctx.store.last_join_request_at(p.id, g.id).await?;
            let still_open = last.is_some_and(|(_, open)| open);
            if !still_open
                && let Err(from) = join_request::may_ask_again(last.map(|(at, _)| at), now)
            {
                tracing::info!(
                    user = %crate::logid::of(p.id),
                    gemeinde_id = g.id,
                    "join request again too soon"
                );
                let local = from.with_timezone(&ctx.config.time_zone).naive_local();
                let text = ctx.texts.t_with(
                    &p.lang,
                    "join-asked-recently",
                    &[
                        ("gemeinde", Arg::text(g.name)),
                        ("from", Arg::text(format::date_time(&p.lang, local))),
                    ],
                );
                replace_text(bot, p.chat, place, text).await?;
                return Ok(true);
            }
            let opened = ctx
                .store
                .open_join_request(p.id, g.id, &p.lang, now)
                .await?;
            let text = if opened.is_some() {
                tracing::info!(user = %crate::logid::of(p.id), gemeinde_id = g.id, "join request opened");
                ctx.wake.notify_one();
                ctx.texts.t_with(
                    &p.lang,
                    "join-requested",
                    &[("gemeinde", Arg::text(g.name))],
                )
            } else {
                ctx.texts.t(&p.lang, "join-already-open")
            };
            replace_text(bot, p.chat, place, text).await?;
            Ok(true)
        }
        Callback::JoinAccept(id) | Callback::JoinDecline(id) => {
            let Some(m) = p.who.active_manager().cloned() else {
                return Ok(false);
            };
            use crate::usecase::joins::{JoinError, decide};
            let accept = matches!(cb, Callback::JoinAccept(_));
            let label = match decide(ctx, &m, *id, accept).await {
                Ok(label) => label,
                Err(JoinError::NotYours) => return Ok(false),
                Err(JoinError::Decided) => {
                    bot.answer_callback_query(q.id.clone())
                        .text(ctx.texts.t(&p.lang, "join-already-decided"))
                        .await?;
                    return Ok(true);
                }
                Err(JoinError::Store(e)) => return Err(e.into()),
            };
            bot.answer_callback_query(q.id.clone()).await?;
            let text = match label {
                Some(label) => ctx.texts.t_with(
                    &p.lang,
                    "join-accepted-manager",
                    &[("label", Arg::text(label))],
                ),
                None => ctx.texts.t(&p.lang, "join-declined-manager"),
            };
            replace_text(bot, p.chat, place, text).await?;
            Ok(true)
        }
        Callback::JoinContinue(id) => {
            // Only the person whose request was accepted, while not yet linked.
            let Some(request) = ctx.store.join_request(*id).await? else {
                return Ok(false);
            };
            let client_id = match (
                request.telegram_id == p.id,
                request.status.as_str(),
                request.client_id,
            ) {
                (true, "accepted", Some(c)) => c,
                _ => return Ok(false),
            };
            let Some(client) = ctx.store.client(client_id).await? else {
                return Ok(false);
            };
            if client.telegram_id.is_some() || client.status != "invited" {
                return Ok(false);
            }
            bot.answer_callback_query(q.id.clone()).await?;
            // The button stays: someone who declines consent now can come back to it.
            // A fresh single-use invite, never shown to anyone: only its hash is kept,
            // in the person's dialogue, until they agree.
            let inv = invite::new_invite(InviteKind::Client);
            ctx.store
                .renew_client_invite(
                    client.id,
                    &inv.hash,
                    now + Duration::days(ctx.config.invite_days.into()),
                    crate::store::people::Actor::Telegram(p.id),
                    now,
                )
                .await?;
            dialogue::save(
                ctx,
                p.id,
                &Dialogue::Onboarding {
                    invite: inv.hash.clone(),
                    consents: vec![],
                },
            )
            .await?;
            start::consent_step(bot, ctx, p.chat, &p.lang, &inv.hash, &[]).await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

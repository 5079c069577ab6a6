//! Composing announcements (`/broadcast`) and the ones scheduled (`/broadcasts`).
//!
//! A manager or administrator goes step by step, each step a message with buttons and
//! the draft kept in a [`Dialogue`] (so it survives a restart):
//! audience (`audience.rs`) → languages (`languages.rs`) → German text → translations (`texts.rs`) →
//! preview → send now or schedule (`preview.rs`). An offer's page starts the same
//! dialogue with the offer's texts filled in. `/broadcasts` lists what is scheduled,
//! each with a cancel button (`list.rs`).
//!
//! The delivery half is the store's and the scheduler's: a broadcast is written
//! `scheduled`; "send now" starts it at once. Every button checks again who taps it and
//! whether the dialogue is at that step: a stale or forged button changes nothing.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, MessageId};

use super::super::commands::Command;
use super::super::dialogue::{self, BroadcastDraft, Dialogue};
use super::super::keyboards::Callback;
use super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::common::Person;
use crate::i18n::Arg;
use crate::store::broadcasts::Audience;

mod audience;
mod languages;
mod list;
mod preview;
mod texts;

use crate::usecase::broadcasts as usecase;
pub use crate::usecase::broadcasts::MAX_TEXT;

/// Whether `p` may compose announcements (see [`usecase::may_compose`]).
pub fn may_compose(p: &Person<'_>) -> bool {
    usecase::may_compose(&p.who)
}

/// `/broadcast` and `/broadcasts` (the caller checked [`may_compose`]).
pub async fn command(bot: &WBot, ctx: &Ctx, p: &Person<'_>, cmd: Command) -> HandlerResult {
    match cmd {
        Command::Broadcast => audience::start(bot, ctx, p, BroadcastDraft::default()).await,
        Command::Broadcasts => list::show(bot, ctx, p, None).await,
        _ => Ok(()),
    }
}

/// What is typed while composing: a text, or the time to send.
pub async fn receive_text(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    d: Dialogue,
    msg: &Message,
) -> HandlerResult {
    match d {
        Dialogue::BroadcastText { draft, lang } => {
            texts::receive(bot, ctx, p, draft, &lang, msg.text()).await
        }
        Dialogue::BroadcastWhen { draft } => {
            preview::receive_when(bot, ctx, p, draft, msg.text().unwrap_or("")).await
        }
        _ => Ok(()),
    }
}

/// The buttons of composing and of `/broadcasts`; `false` if `cb` is not one of them,
/// not at this step, or not allowed for `p`.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    match cb {
        // Only ever one's own; checked by the store.
        Callback::BroadcastCancel(id) => return list::cancel(bot, ctx, p, q, place, *id).await,
        Callback::BroadcastOffer(g, id) if may_compose(p) => {
            return texts::from_offer(bot, ctx, p, q, *g, *id).await;
        }
        _ => {}
    }
    if !may_compose(p) {
        return Ok(false);
    }
    let is_ours = matches!(
        cb,
        Callback::BroadcastToMine(_)
            | Callback::BroadcastToGemeinde(_)
            | Callback::BroadcastAudiencePage(_)
            | Callback::BroadcastLanguage(_)
            | Callback::BroadcastAllLanguages
            | Callback::BroadcastLanguagesDone
            | Callback::BroadcastAddText(_)
            | Callback::BroadcastPreview
            | Callback::BroadcastSendNow
            | Callback::BroadcastSchedule
            | Callback::BroadcastAbort
    );
    if !is_ours {
        return Ok(false);
    }
    let Some(d) = p.step().cloned() else {
        return Ok(false);
    };
    match (cb, d) {
        (Callback::BroadcastToMine(g), Dialogue::BroadcastAudience { draft }) => {
            audience::chosen(bot, ctx, p, q, place, draft, true, *g).await
        }
        (Callback::BroadcastToGemeinde(g), Dialogue::BroadcastAudience { draft }) => {
            audience::chosen(bot, ctx, p, q, place, draft, false, Some(*g)).await
        }
        (Callback::BroadcastAudiencePage(n), Dialogue::BroadcastAudience { draft }) => {
            bot.answer_callback_query(q.id.clone()).await?;
            audience::show(bot, ctx, p, &draft, *n, place).await?;
            Ok(true)
        }
        (Callback::BroadcastLanguage(code), Dialogue::BroadcastLanguages { draft }) => {
            languages::toggle_language(bot, ctx, p, q, place, draft, code).await
        }
        (Callback::BroadcastAllLanguages, Dialogue::BroadcastLanguages { mut draft }) => {
            bot.answer_callback_query(q.id.clone()).await?;
            draft.languages.clear();
            languages::languages_done(bot, ctx, p, place, draft).await?;
            Ok(true)
        }
        (Callback::BroadcastLanguagesDone, Dialogue::BroadcastLanguages { draft }) => {
            bot.answer_callback_query(q.id.clone()).await?;
            languages::languages_done(bot, ctx, p, place, draft).await?;
            Ok(true)
        }
        (
            Callback::BroadcastAddText(code),
            Dialogue::BroadcastTranslations { draft } | Dialogue::BroadcastPreview { draft },
        ) => texts::add_translation(bot, ctx, p, q, place, draft, code).await,
        (
            Callback::BroadcastPreview,
            Dialogue::BroadcastTranslations { draft } | Dialogue::BroadcastPreview { draft },
        ) => {
            bot.answer_callback_query(q.id.clone()).await?;
            drop_keyboard(bot, p, q).await;
            preview::show(bot, ctx, p, draft).await?;
            Ok(true)
        }
        (
            Callback::BroadcastSendNow,
            Dialogue::BroadcastPreview { draft } | Dialogue::BroadcastWhen { draft },
        ) => preview::send_now(bot, ctx, p, q, place, draft).await,
        (
            Callback::BroadcastSchedule,
            Dialogue::BroadcastPreview { draft } | Dialogue::BroadcastWhen { draft },
        ) => preview::ask_when(bot, ctx, p, q, place, draft).await,
        (
            Callback::BroadcastAbort,
            Dialogue::BroadcastAudience { .. }
            | Dialogue::BroadcastLanguages { .. }
            | Dialogue::BroadcastText { .. }
            | Dialogue::BroadcastTranslations { .. }
            | Dialogue::BroadcastPreview { .. }
            | Dialogue::BroadcastWhen { .. },
        ) => {
            bot.answer_callback_query(q.id.clone()).await?;
            dialogue::clear(ctx, p.id).await?;
            tracing::info!(user = %crate::logid::of(p.id), "announcement discarded");
            let text = ctx.texts.t(&p.lang, "broadcast-discarded");
            super::common::replace_text(bot, p.chat, place, text).await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The audience of a draft, as the store takes it.
fn audience_of(draft: &BroadcastDraft) -> Audience {
    Audience {
        manager_id: draft.manager_id,
        gemeinde_id: draft.gemeinde_id,
        languages: draft.languages.clone(),
        offer_id: draft.offer_id,
    }
}

/// Whether `p` may (still) send to the draft's audience.
async fn may_send_to(
    ctx: &Ctx,
    p: &Person<'_>,
    draft: &BroadcastDraft,
) -> Result<bool, HandlerError> {
    Ok(usecase::may_send_to(ctx, &p.who, &audience_of(draft)).await?)
}

/// The recipients of the draft's audience now, per language (only languages that have
/// some).
async fn recipients(
    ctx: &Ctx,
    draft: &BroadcastDraft,
) -> Result<BTreeMap<String, i64>, HandlerError> {
    Ok(usecase::recipients(ctx, &audience_of(draft)).await?)
}

/// The draft as the use case takes it.
fn as_draft(draft: &BroadcastDraft) -> usecase::Draft {
    usecase::Draft {
        audience: audience_of(draft),
        texts: draft.texts.clone(),
    }
}

/// A language's name in its own language and, beside it, in the reader's (`lang`), for
/// headings and buttons.
fn language_name(ctx: &Ctx, lang: &str, code: &str) -> String {
    ctx.texts.language_for(code, lang)
}

/// Sends message `id` to `p`.
async fn say(
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

/// Takes the buttons off the message a button was tapped on (its step is done).
async fn drop_keyboard(bot: &WBot, p: &Person<'_>, q: &CallbackQuery) {
    if let Some(m) = crate::bot::keyboards::tapped_with_buttons(q) {
        let _ = bot.edit_message_reply_markup(p.chat, m).await;
    }
}

fn local_now(ctx: &Ctx) -> NaiveDateTime {
    usecase::local_now(ctx)
}

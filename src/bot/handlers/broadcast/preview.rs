//! The preview (each language exactly as its readers will get it), then send now or
//! schedule.

use chrono::{DateTime, Utc};
use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, MessageId};

use super::super::common::replace_text;
use super::*;
use crate::bot::keyboards::button;
use crate::delivery::{broadcast::announcement_args, render};
use crate::domain::when;
use crate::i18n::{format, markup};
use crate::store::broadcasts::{Broadcast, NewBroadcast};
use crate::store::people::Actor;

/// The draft as the broadcast it will be (for rendering what recipients get).
fn as_broadcast(p: &Person<'_>, draft: &BroadcastDraft, send_at: DateTime<Utc>) -> Broadcast {
    Broadcast {
        id: 0,
        author_id: p.id,
        audience: audience_of(draft),
        texts: draft.texts.clone(),
        offer_id: draft.offer_id,
        status: "scheduled".into(),
        send_at,
        recipients: 0,
    }
}

/// What a recipient reading `lang` gets: exactly what the sender renders.
pub fn rendered(ctx: &Ctx, b: &Broadcast, lang: &str) -> String {
    render::message(&ctx.texts, lang, "broadcast-message", &announcement_args(b))
}

/// One message per language that goes out, headed by the language and its number of
/// recipients; then send now · schedule (· a translation still missing) · discard.
pub(super) async fn show(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: BroadcastDraft,
) -> HandlerResult {
    let counts = recipients(ctx, &draft).await?;
    if counts.is_empty() {
        dialogue::clear(ctx, p.id).await?;
        return say(bot, ctx, p, "broadcast-audience-none", &[]).await;
    }
    let b = as_broadcast(p, &draft, ctx.clock.now());
    for (lang, n) in &counts {
        let heading = ctx.texts.t_with(
            &p.lang,
            "broadcast-preview-heading",
            &[
                ("language", Arg::text(language_name(ctx, &p.lang, lang))),
                ("count", Arg::from(*n)),
            ],
        );
        let body = rendered(ctx, &b, lang);
        bot.send_message(p.chat, format!("{heading}\n\n{body}"))
            .await?;
    }
    let missing: Vec<String> = counts
        .keys()
        .filter(|l| !draft.texts.contains_key(*l))
        .cloned()
        .collect();
    let total: i64 = counts.values().sum();
    // Clients Telegram could not reach when last tried are not sent to: counted apart.
    let unreachable = ctx.store.audience_unreachable(&audience_of(&draft)).await?;
    let mut rows = vec![vec![
        button(
            ctx.texts.t(&p.lang, "broadcast-send-now"),
            Callback::BroadcastSendNow,
        ),
        button(
            ctx.texts.t(&p.lang, "broadcast-schedule"),
            Callback::BroadcastSchedule,
        ),
    ]];
    rows.extend(texts::translation_buttons(ctx, &p.lang, &missing));
    rows.push(vec![audience::abort_button(ctx, &p.lang)]);
    dialogue::save(ctx, p.id, &Dialogue::BroadcastPreview { draft }).await?;
    let mut text = ctx.texts.t_with(
        &p.lang,
        "broadcast-preview-ready",
        &[("count", Arg::from(total))],
    );
    if unreachable > 0 {
        text.push('\n');
        text.push_str(&ctx.texts.t_with(
            &p.lang,
            "broadcast-preview-unreachable",
            &[("count", Arg::from(unreachable))],
        ));
    }
    bot.send_message(p.chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

fn new_broadcast(p: &Person<'_>, draft: &BroadcastDraft, send_at: DateTime<Utc>) -> NewBroadcast {
    NewBroadcast {
        author_id: p.id,
        audience: audience_of(draft),
        texts: draft.texts.clone(),
        offer_id: draft.offer_id,
        send_at,
    }
}

/// "Send now": written and started at once; the progress message and the report follow
/// through the outbox.
pub(super) async fn send_now(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    draft: BroadcastDraft,
) -> Result<bool, HandlerError> {
    if !may_send_to(ctx, p, &draft).await? {
        tracing::warn!(user = %crate::logid::of(p.id), "announcement audience no longer allowed");
        return Ok(false);
    }
    let total: i64 = recipients(ctx, &draft).await?.values().sum();
    if total == 0 {
        bot.answer_callback_query(q.id.clone())
            .text(ctx.texts.t(&p.lang, "broadcast-audience-empty"))
            .show_alert(true)
            .await?;
        return Ok(true);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    // The dialogue ends first: a second tap finds nothing to send.
    dialogue::clear(ctx, p.id).await?;
    let now = ctx.clock.now();
    let id = ctx
        .store
        .add_broadcast(&new_broadcast(p, &draft, now), Actor::Telegram(p.id), now)
        .await?;
    ctx.store.start_due_broadcasts(now).await?;
    ctx.wake.notify_one();
    tracing::info!(user = %crate::logid::of(p.id), broadcast_id = id, "announcement sent now");
    let text = ctx.texts.t_with(
        &p.lang,
        "broadcast-sent-now",
        &[("count", Arg::from(total))],
    );
    replace_text(bot, p.chat, place, text).await?;
    Ok(true)
}

/// "Schedule": asks for the time.
pub(super) async fn ask_when(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    draft: BroadcastDraft,
) -> Result<bool, HandlerError> {
    bot.answer_callback_query(q.id.clone()).await?;
    let step = Dialogue::BroadcastWhen { draft };
    let text = ctx.texts.t(&p.lang, "broadcast-ask-when");
    let keyboard = InlineKeyboardMarkup::new(vec![vec![audience::abort_button(ctx, &p.lang)]]);
    dialogue::ask(bot, ctx, p.chat, place, text, keyboard, &step).await?;
    Ok(true)
}

/// The time typed: German ways of writing it, in the service's zone, in the future.
pub(super) async fn receive_when(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: BroadcastDraft,
    typed: &str,
) -> HandlerResult {
    let now = ctx.clock.now();
    let local = match when::parse(typed.trim(), local_now(ctx)) {
        Ok(l) => l,
        Err(e) => return super::super::agenda::say_when(bot, p, ctx, e).await,
    };
    let send_at = match when::to_instant(local, ctx.config.time_zone) {
        Ok(t) if t > now => t,
        Ok(_) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(e) => return super::super::agenda::say_when(bot, p, ctx, e).await,
    };
    if !may_send_to(ctx, p, &draft).await? {
        tracing::warn!(user = %crate::logid::of(p.id), "announcement audience no longer allowed");
        dialogue::clear(ctx, p.id).await?;
        return say(bot, ctx, p, "not-allowed", &[]).await;
    }
    dialogue::clear(ctx, p.id).await?;
    let id = ctx
        .store
        .add_broadcast(
            &new_broadcast(p, &draft, send_at),
            Actor::Telegram(p.id),
            now,
        )
        .await?;
    tracing::info!(user = %crate::logid::of(p.id), broadcast_id = id, "announcement scheduled");
    let when = markup::escape(&format::date_time(&p.lang, local));
    say(
        bot,
        ctx,
        p,
        "broadcast-scheduled",
        &[("when", Arg::markup(when))],
    )
    .await
}

//! The preview (each language exactly as its readers will get it), then send now or
//! schedule.

use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, MessageId};

use super::super::common::replace_text;
use super::*;
use crate::bot::keyboards::button;
use crate::domain::when;
use crate::i18n::{format, markup};
use crate::store::people::Actor;

/// One message per language that goes out, headed by the language and its number of
/// recipients; then send now · schedule (· a translation still missing) · discard.
pub(super) async fn show(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: BroadcastDraft,
) -> HandlerResult {
    let previews = usecase::preview(ctx, &p.who, &as_draft(&draft)).await?;
    if previews.is_empty() {
        dialogue::clear(ctx, p.id).await?;
        return say(bot, ctx, p, "broadcast-audience-none", &[]).await;
    }
    let counts: BTreeMap<String, i64> = previews.iter().map(|(l, n, _)| (l.clone(), *n)).collect();
    for (lang, n, body) in &previews {
        let heading = ctx.texts.t_with(
            &p.lang,
            "broadcast-preview-heading",
            &[
                ("language", Arg::text(language_name(ctx, &p.lang, lang))),
                ("count", Arg::from(*n)),
            ],
        );
        bot.send_message(p.chat, format!("{heading}\n\n{body}"))
            .await?;
    }
    let missing = as_draft(&draft).missing(&counts);
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
    let total =
        match usecase::send(ctx, &p.who, &as_draft(&draft), None, Actor::Telegram(p.id)).await {
            Ok(sent) => sent.recipients,
            Err(usecase::SendError::NoRecipients) => {
                bot.answer_callback_query(q.id.clone())
                    .text(ctx.texts.t(&p.lang, "broadcast-audience-empty"))
                    .show_alert(true)
                    .await?;
                return Ok(true);
            }
            Err(usecase::SendError::Store(e)) => return Err(e.into()),
            // No longer allowed, or a draft that cannot be sent: a stale button.
            Err(_) => return Ok(false),
        };
    bot.answer_callback_query(q.id.clone()).await?;
    // The dialogue ends: a second tap finds nothing to send.
    dialogue::clear(ctx, p.id).await?;
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
    let local = match when::parse(typed.trim(), local_now(ctx)) {
        Ok(l) => l,
        Err(e) => return super::super::agenda::say_when(bot, p, ctx, e).await,
    };
    let send_at = match usecase::send_at(ctx, local) {
        Ok(t) => t,
        Err(when::WhenError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(e) => return super::super::agenda::say_when(bot, p, ctx, e).await,
    };
    let sent = usecase::send(
        ctx,
        &p.who,
        &as_draft(&draft),
        Some(send_at),
        Actor::Telegram(p.id),
    )
    .await;
    match sent {
        Ok(_) => dialogue::clear(ctx, p.id).await?,
        Err(usecase::SendError::Store(e)) => return Err(e.into()),
        Err(usecase::SendError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(_) => {
            dialogue::clear(ctx, p.id).await?;
            return say(bot, ctx, p, "not-allowed", &[]).await;
        }
    }
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

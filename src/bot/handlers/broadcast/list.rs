//! `/broadcasts`: the announcements one has scheduled, each with a cancel button.

use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, MessageId};

use super::super::common::{replace_text, show_with_keyboard};
use super::*;
use crate::bot::keyboards::button;
use crate::i18n::{format, markup};
use crate::store::broadcasts::Broadcast;
use crate::store::people::Actor;

/// At most this many in the list (Telegram's message and keyboard limits).
const LIST_MAX: usize = 20;

/// Characters of the German text shown in the list.
const SNIPPET: usize = 60;

/// The first words of a text, on one line.
fn first_words(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !crate::domain::text::too_long(&line, SNIPPET) {
        return line;
    }
    let cut = line[..crate::domain::text::prefix_end(&line, SNIPPET)].to_owned();
    let cut = match cut.rfind(' ') {
        Some(i) if i > SNIPPET / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

fn local(ctx: &Ctx, b: &Broadcast) -> NaiveDateTime {
    b.send_at.with_timezone(&ctx.config.time_zone).naive_local()
}

/// The list, in place of message `place` (after a cancel) or as a new message.
pub(super) async fn show(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    place: Option<MessageId>,
) -> HandlerResult {
    let list = usecase::scheduled(ctx, &p.who).await?;
    if list.is_empty() {
        let text = ctx.texts.t(&p.lang, "broadcast-list-none");
        return replace_text(bot, p.chat, place, text).await;
    }
    let mut lines = vec![ctx.texts.t_with(
        &p.lang,
        "broadcast-list-title",
        &[("count", Arg::from(list.len()))],
    )];
    let mut keyboard = vec![];
    for s in list.iter().take(LIST_MAX) {
        let (b, count) = (&s.broadcast, s.recipients);
        let at = local(ctx, b);
        let german = b
            .texts
            .get(crate::domain::offer::REFERENCE)
            .map(String::as_str)
            .unwrap_or("");
        lines.push(ctx.texts.t_with(
            &p.lang,
            "broadcast-list-line",
            &[
                (
                    "when",
                    Arg::markup(markup::escape(&format::date_time(&p.lang, at))),
                ),
                (
                    "audience",
                    Arg::markup(usecase::audience_text(ctx, &p.lang, b).await?),
                ),
                ("count", Arg::from(count)),
                ("text", Arg::text(first_words(german))),
            ],
        ));
        keyboard.push(vec![button(
            ctx.texts.t_with(
                &p.lang,
                "broadcast-cancel-button",
                &[("when", Arg::markup(at.format("%d.%m. %H:%M").to_string()))],
            ),
            Callback::BroadcastCancel(b.id),
        )]);
    }
    if list.len() > LIST_MAX {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "list-more",
            &[("count", Arg::from(list.len() - LIST_MAX))],
        ));
    }
    let keyboard = InlineKeyboardMarkup::new(keyboard);
    show_with_keyboard(bot, p.chat, place, lines.join("\n\n"), keyboard).await
}

/// A cancel button: only the author's own, only while scheduled. One that started
/// meanwhile is explained; anything else is a stale button.
pub(super) async fn cancel(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    id: i64,
) -> Result<bool, HandlerError> {
    match usecase::cancel(ctx, &p.who, id, Actor::Telegram(p.id)).await? {
        usecase::Cancel::Done(b) => {
            bot.answer_callback_query(q.id.clone()).await?;
            let at = markup::escape(&format::date_time(&p.lang, local(ctx, &b)));
            say(
                bot,
                ctx,
                p,
                "broadcast-cancelled",
                &[("when", Arg::markup(at))],
            )
            .await?;
            show(bot, ctx, p, place).await?;
            Ok(true)
        }
        usecase::Cancel::Started => {
            bot.answer_callback_query(q.id.clone())
                .text(ctx.texts.t(&p.lang, "broadcast-already-started"))
                .show_alert(true)
                .await?;
            Ok(true)
        }
        usecase::Cancel::Stale => Ok(false),
    }
}

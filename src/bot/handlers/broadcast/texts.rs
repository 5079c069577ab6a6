//! The texts: German first (typed, or an offer's), then translations for the languages
//! the audience reads. A text that is not accepted is explained and asked for again;
//! nothing is kept of it.

use teloxide::types::{CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::super::offers::{Viewer, belongs_to};
use super::*;
use crate::bot::keyboards::button;
use crate::domain::offer::REFERENCE;

/// Asks for the text in `lang` (German, or a translation), in place of message `place`
/// or as a new message.
pub(super) async fn ask(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: BroadcastDraft,
    lang: &str,
    place: Option<MessageId>,
) -> HandlerResult {
    let step = Dialogue::BroadcastText {
        draft,
        lang: lang.to_owned(),
    };
    let max = ("max", Arg::from(MAX_TEXT));
    let text = if lang == REFERENCE {
        ctx.texts.t_with(&p.lang, "broadcast-ask-german", &[max])
    } else {
        ctx.texts.t_with(
            &p.lang,
            "broadcast-ask-translation",
            &[
                ("language", Arg::text(language_name(ctx, &p.lang, lang))),
                max,
            ],
        )
    };
    let keyboard = InlineKeyboardMarkup::new(vec![vec![audience::abort_button(ctx, &p.lang)]]);
    dialogue::ask(bot, ctx, p.chat, place, text, keyboard, &step).await
}

/// The text in `lang` was typed (`None`: not a text message).
pub(super) async fn receive(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    mut draft: BroadcastDraft,
    lang: &str,
    typed: Option<&str>,
) -> HandlerResult {
    let text = match usecase::check_text(typed) {
        Ok(t) => t,
        Err(e) => {
            // The dialogue stays at this step: the next message is taken instead.
            return say(
                bot,
                ctx,
                p,
                e.id(),
                &[
                    ("max", Arg::from(MAX_TEXT)),
                    ("length", Arg::from(e.length())),
                ],
            )
            .await;
        }
    };
    draft.texts.insert(lang.to_owned(), text);
    next(bot, ctx, p, draft).await
}

/// The languages that will go out without a text of their own.
async fn missing(ctx: &Ctx, draft: &BroadcastDraft) -> Result<Vec<String>, HandlerError> {
    Ok(as_draft(draft).missing(&recipients(ctx, draft).await?))
}

/// The "add a text in …" buttons, two a row.
pub(super) fn translation_buttons(
    ctx: &Ctx,
    lang: &str,
    missing: &[String],
) -> Vec<Vec<InlineKeyboardButton>> {
    let buttons: Vec<InlineKeyboardButton> = missing
        .iter()
        .map(|code| {
            button(
                ctx.texts.t_with(
                    lang,
                    "broadcast-add-translation",
                    &[("language", Arg::text(language_name(ctx, lang, code)))],
                ),
                Callback::BroadcastAddText(code.clone()),
            )
        })
        .collect();
    buttons.chunks(2).map(|r| r.to_vec()).collect()
}

/// After a text: translations for the languages still without one, else the preview.
async fn next(bot: &WBot, ctx: &Ctx, p: &Person<'_>, draft: BroadcastDraft) -> HandlerResult {
    let missing = missing(ctx, &draft).await?;
    if missing.is_empty() {
        return preview::show(bot, ctx, p, draft).await;
    }
    let done: Vec<String> = draft.texts.keys().cloned().collect();
    let text = ctx.texts.t_with(
        &p.lang,
        "broadcast-translations",
        &[
            (
                "done",
                Arg::text(languages::language_names(ctx, &p.lang, &done)),
            ),
            (
                "missing",
                Arg::text(languages::language_names(ctx, &p.lang, &missing)),
            ),
        ],
    );
    let mut rows = translation_buttons(ctx, &p.lang, &missing);
    rows.push(vec![button(
        ctx.texts.t(&p.lang, "broadcast-show-preview"),
        Callback::BroadcastPreview,
    )]);
    rows.push(vec![audience::abort_button(ctx, &p.lang)]);
    dialogue::save(ctx, p.id, &Dialogue::BroadcastTranslations { draft }).await?;
    bot.send_message(p.chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// "Add a text in …": only for a language that will go out without one.
pub(super) async fn add_translation(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    draft: BroadcastDraft,
    code: &str,
) -> Result<bool, HandlerError> {
    if !missing(ctx, &draft).await?.iter().any(|l| l == code) {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    ask(bot, ctx, p, draft, code, place).await?;
    Ok(true)
}

/// "Announce" on an offer's page (browsed in Gemeinde `g`): the dialogue starts with the
/// offer's texts. Only for a manager or administrator who may browse that Gemeinde and
/// an offer shown there today.
pub(super) async fn from_offer(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    g: i64,
    id: i64,
) -> Result<bool, HandlerError> {
    let Some(v) = Viewer::of(ctx, p, g).await? else {
        return Ok(false);
    };
    if v.manager.is_none() && !v.admin {
        return Ok(false);
    }
    let Some(o) = ctx.store.offer(id).await? else {
        return Ok(false);
    };
    if !belongs_to(&o, &v.gemeinde) || !o.offer.shown_on(Viewer::today(ctx)) {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let draft = BroadcastDraft {
        texts: usecase::offer_texts(&o.offer),
        offer_id: Some(o.id),
        ..Default::default()
    };
    audience::start(bot, ctx, p, draft).await?;
    Ok(true)
}

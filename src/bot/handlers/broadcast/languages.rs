//! The language filter: when the audience reads several languages, the announcement
//! may go to readers of some of them only.

use teloxide::types::{CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::super::common::{replace_text, show_with_keyboard};
use super::audience::{abort_button, after_audience, summary};
use super::*;
use crate::bot::keyboards::button;
use crate::i18n::markup;

/// The audience's recipients in every language (the filter aside).
pub(super) async fn all_languages(
    ctx: &Ctx,
    draft: &BroadcastDraft,
) -> Result<BTreeMap<String, i64>, HandlerError> {
    Ok(usecase::all_languages(ctx, &audience_of(draft)).await?)
}

/// The names of `codes`, or "all languages" for none.
pub(super) fn language_names(ctx: &Ctx, lang: &str, codes: &[String]) -> String {
    usecase::language_names(ctx, lang, codes)
}

/// The language filter: a toggle per language the audience reads (with its
/// recipients), all languages, continue.
pub(super) fn languages_step(
    ctx: &Ctx,
    lang: &str,
    draft: &BroadcastDraft,
    counts: &BTreeMap<String, i64>,
) -> (String, InlineKeyboardMarkup) {
    let text = ctx.texts.t_with(
        lang,
        "broadcast-languages",
        &[(
            "languages",
            Arg::text(language_names(ctx, lang, &draft.languages)),
        )],
    );
    let toggles: Vec<InlineKeyboardButton> = counts
        .iter()
        .map(|(code, n)| {
            let mark = if draft.languages.contains(code) {
                "✅"
            } else {
                "☐"
            };
            button(
                format!("{mark} {} ({n})", language_name(ctx, lang, code)),
                Callback::BroadcastLanguage(code.clone()),
            )
        })
        .collect();
    let mut rows: Vec<Vec<InlineKeyboardButton>> = toggles.chunks(2).map(|r| r.to_vec()).collect();
    rows.push(vec![
        button(
            ctx.texts.t(lang, "broadcast-all-languages"),
            Callback::BroadcastAllLanguages,
        ),
        button(
            ctx.texts.t(lang, "broadcast-continue"),
            Callback::BroadcastLanguagesDone,
        ),
    ]);
    rows.push(vec![abort_button(ctx, lang)]);
    (text, InlineKeyboardMarkup::new(rows))
}

/// Toggles a language of the filter (one the audience reads, or one chosen before).
pub(super) async fn toggle_language(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    mut draft: BroadcastDraft,
    code: &str,
) -> Result<bool, HandlerError> {
    let counts = all_languages(ctx, &draft).await?;
    if let Some(i) = draft.languages.iter().position(|c| c == code) {
        draft.languages.remove(i);
    } else if counts.contains_key(code) {
        draft.languages.push(code.to_owned());
        draft.languages.sort();
    } else {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    dialogue::save(
        ctx,
        p.id,
        &Dialogue::BroadcastLanguages {
            draft: draft.clone(),
        },
    )
    .await?;
    let summary = summary(ctx, &p.lang, &draft, &counts).await?;
    let (text, keyboard) = languages_step(ctx, &p.lang, &draft, &counts);
    show_with_keyboard(bot, p.chat, place, format!("{summary}\n\n{text}"), keyboard).await?;
    Ok(true)
}

/// The languages are chosen: say which, and go on.
pub(super) async fn languages_done(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    place: Option<MessageId>,
    draft: BroadcastDraft,
) -> HandlerResult {
    let counts = all_languages(ctx, &draft).await?;
    let summary = summary(ctx, &p.lang, &draft, &counts).await?;
    let names = language_names(ctx, &p.lang, &draft.languages);
    let text = ctx.texts.t_with(
        &p.lang,
        "broadcast-languages-chosen",
        &[("languages", Arg::markup(markup::escape(&names)))],
    );
    replace_text(bot, p.chat, place, format!("{summary}\n{text}")).await?;
    after_audience(bot, ctx, p, draft).await
}

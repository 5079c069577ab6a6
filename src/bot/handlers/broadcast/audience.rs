//! The first steps: who gets the announcement (with the number of recipients each
//! choice has now), then, when they read several languages, which of them.

use teloxide::types::{CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::super::common::{replace_text, show_with_keyboard};
use super::languages::languages_step;
use super::*;
use crate::bot::keyboards::{button, pager};

/// Audience buttons per page (with the pager and "discard", well within Telegram's
/// keyboard limits).
const PAGE: usize = 8;

/// Names of audiences without recipients listed in the text; the rest are counted.
const ZERO_NAMES: usize = 10;

use crate::usecase::broadcasts::Choice;

fn label(ctx: &Ctx, lang: &str, c: &Choice, plain: bool) -> String {
    usecase::audience_label(
        ctx,
        lang,
        c.mine(),
        c.gemeinde.as_ref().map(|g| g.name.as_str()),
        plain,
    )
}

/// The button that chooses `c`.
fn callback_of(c: &Choice) -> Callback {
    match (c.mine(), &c.gemeinde) {
        (true, g) => Callback::BroadcastToMine(g.as_ref().map(|g| g.id)),
        (false, g) => Callback::BroadcastToGemeinde(g.as_ref().map_or(0, |g| g.id)),
    }
}

/// Starts composing (from `/broadcast`, or an offer's page with its texts in `draft`).
pub(super) async fn start(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: BroadcastDraft,
) -> HandlerResult {
    tracing::info!(
        user = %crate::logid::of(p.id),
        offer = draft.offer_id,
        "composing an announcement"
    );
    dialogue::save(
        ctx,
        p.id,
        &Dialogue::BroadcastAudience {
            draft: draft.clone(),
        },
    )
    .await?;
    show(bot, ctx, p, &draft, 0, None).await
}

/// The audience step, page `page` of the choices that have recipients; those without
/// are named and explained. Nobody to reach at all ends the dialogue with an explanation.
pub(super) async fn show(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: &BroadcastDraft,
    page: i64,
    place: Option<MessageId>,
) -> HandlerResult {
    let all = usecase::audiences(ctx, &p.who).await?;
    let (open, zero): (Vec<Choice>, Vec<Choice>) = all.into_iter().partition(|c| c.recipients > 0);
    if open.is_empty() {
        dialogue::clear(ctx, p.id).await?;
        let text = ctx.texts.t(&p.lang, "broadcast-audience-none");
        return replace_text(bot, p.chat, place, text).await;
    }
    let mut text = vec![];
    if let Some(offer) = draft.offer_id
        && let Some(o) = ctx.store.offer(offer).await?
    {
        let title = o.offer.text_in(&p.lang).0.title.clone();
        text.push(ctx.texts.t_with(
            &p.lang,
            "broadcast-offer-attached",
            &[("offer", Arg::text(title))],
        ));
    }
    text.push(ctx.texts.t(&p.lang, "broadcast-audience-ask"));
    if !zero.is_empty() {
        let mut names: Vec<String> = zero
            .iter()
            .take(ZERO_NAMES)
            .map(|c| label(ctx, &p.lang, c, false))
            .collect();
        if zero.len() > ZERO_NAMES {
            names.push(ctx.texts.t_with(
                &p.lang,
                "list-more",
                &[("count", Arg::from(zero.len() - ZERO_NAMES))],
            ));
        }
        text.push(ctx.texts.t_with(
            &p.lang,
            "broadcast-audience-zero",
            &[("audiences", Arg::markup(names.join(", ")))],
        ));
    }
    let pages = open.len().div_ceil(PAGE).max(1) as i64;
    let page = page.clamp(0, pages - 1);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = open
        .iter()
        .skip(page as usize * PAGE)
        .take(PAGE)
        .map(|c| {
            let text = ctx.texts.t_with(
                &p.lang,
                "broadcast-audience-button",
                &[
                    ("audience", Arg::markup(label(ctx, &p.lang, c, true))),
                    ("count", Arg::from(c.recipients)),
                ],
            );
            vec![button(text, callback_of(c))]
        })
        .collect();
    if let Some(nav) = pager(
        &ctx.texts,
        &p.lang,
        page,
        pages,
        Callback::BroadcastAudiencePage,
    ) {
        rows.push(nav);
    }
    rows.push(vec![abort_button(ctx, &p.lang)]);
    let keyboard = InlineKeyboardMarkup::new(rows);
    show_with_keyboard(bot, p.chat, place, text.join("\n\n"), keyboard).await
}

pub(super) fn abort_button(ctx: &Ctx, lang: &str) -> InlineKeyboardButton {
    button(
        ctx.texts.t(lang, "broadcast-abort"),
        Callback::BroadcastAbort,
    )
}

/// An audience button: checked again (a forged one for a Gemeinde `p` may not reach
/// changes nothing); then the languages step, or on to the text.
#[allow(clippy::too_many_arguments)]
pub(super) async fn chosen(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    mut draft: BroadcastDraft,
    mine: bool,
    gemeinde_id: Option<i64>,
) -> Result<bool, HandlerError> {
    draft.manager_id = match (mine, p.who.active_manager()) {
        (true, Some(m)) => Some(m.id),
        (true, None) => return Ok(false),
        (false, _) => None,
    };
    draft.gemeinde_id = gemeinde_id;
    draft.languages.clear();
    if !may_send_to(ctx, p, &draft).await? {
        tracing::warn!(user = %crate::logid::of(p.id), "announcement audience refused");
        return Ok(false);
    }
    let counts = recipients(ctx, &draft).await?;
    if counts.is_empty() {
        bot.answer_callback_query(q.id.clone())
            .text(ctx.texts.t(&p.lang, "broadcast-audience-empty"))
            .show_alert(true)
            .await?;
        return Ok(true);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let summary = summary(ctx, &p.lang, &draft, &counts).await?;
    if counts.len() > 1 {
        // The languages step takes the place of the audience step (fewer messages:
        // Telegram allows a chat about twenty a minute).
        dialogue::save(
            ctx,
            p.id,
            &Dialogue::BroadcastLanguages {
                draft: draft.clone(),
            },
        )
        .await?;
        let (text, keyboard) = languages_step(ctx, &p.lang, &draft, &counts);
        show_with_keyboard(bot, p.chat, place, format!("{summary}\n\n{text}"), keyboard).await?;
        return Ok(true);
    }
    replace_text(bot, p.chat, place, summary).await?;
    after_audience(bot, ctx, p, draft).await?;
    Ok(true)
}

/// The audience chosen and its recipients (`counts`: of every language), as a line.
pub(super) async fn summary(
    ctx: &Ctx,
    lang: &str,
    draft: &BroadcastDraft,
    counts: &BTreeMap<String, i64>,
) -> Result<String, HandlerError> {
    let gemeinde = match draft.gemeinde_id {
        Some(g) => ctx.store.gemeinde(g).await?.map(|g| g.name),
        None => None,
    };
    let label = usecase::audience_label(
        ctx,
        lang,
        draft.manager_id.is_some(),
        gemeinde.as_deref(),
        false,
    );
    Ok(ctx.texts.t_with(
        lang,
        "broadcast-audience-chosen",
        &[
            ("audience", Arg::markup(label)),
            ("count", Arg::from(counts.values().sum::<i64>())),
        ],
    ))
}

/// After the audience: the German text, unless it is there (an offer's), then the
/// preview.
pub(super) async fn after_audience(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    draft: BroadcastDraft,
) -> HandlerResult {
    if draft.texts.contains_key(crate::domain::offer::REFERENCE) {
        preview::show(bot, ctx, p, draft).await
    } else {
        texts::ask(bot, ctx, p, draft, crate::domain::offer::REFERENCE, None).await
    }
}

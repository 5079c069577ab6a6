//! The pages: which Gemeinde, which category, the list, one offer. Each page replaces
//! the one its button was on, so a chat does not fill up with stale keyboards.

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::super::super::keyboards::{Callback, button, pager};
use super::super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::super::common::{Person, show_with_keyboard};
use super::{PAGE, Viewer};
use crate::domain::offer::{Category, REFERENCE};
use crate::domain::offer_edit::Field;
use crate::i18n::{Arg, markup};
use crate::store::offers::{OfferLine, StoredOffer};
use crate::store::orgs::Gemeinde;

/// Characters of a title on a button (Telegram cuts long labels anyway; short ones read
/// better on a phone).
const BUTTON_TITLE: usize = 48;

fn pages(n: usize) -> i64 {
    n.div_ceil(PAGE).max(1) as i64
}

fn shorten(s: &str, max: usize) -> String {
    crate::domain::text::shorten(s, max)
}

/// The offers the viewer sees in their Gemeinde: clients and managers what is shown
/// today, administrators everything.
async fn lines(ctx: &Ctx, p: &Person<'_>, v: &Viewer) -> Result<Vec<OfferLine>, HandlerError> {
    let today = (!v.admin).then(|| Viewer::today(ctx));
    Ok(ctx.store.offers_in(v.gemeinde.id, today, &p.lang).await?)
}

pub async fn gemeinde_picker(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    gemeinden: &[Gemeinde],
    page: i64,
    place: Option<MessageId>,
) -> HandlerResult {
    let total = pages(gemeinden.len());
    let page = page.clamp(0, total - 1);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = gemeinden
        .iter()
        .skip(page as usize * PAGE)
        .take(PAGE)
        .map(|g| vec![button(g.name.clone(), Callback::OfferCategories(g.id))])
        .collect();
    if let Some(nav) = pager(&ctx.texts, &p.lang, page, total, Callback::OfferGemeinden) {
        rows.push(nav);
    }
    let text = ctx.texts.t(&p.lang, "offers-choose-gemeinde");
    show_with_keyboard(bot, p.chat, place, text, InlineKeyboardMarkup::new(rows)).await
}

/// The categories that have offers, with their number.
pub async fn categories(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    v: &Viewer,
    place: Option<MessageId>,
) -> HandlerResult {
    let lines = lines(ctx, p, v).await?;
    let buttons: Vec<InlineKeyboardButton> = Category::ALL
        .into_iter()
        .filter_map(|c| {
            let n = lines.iter().filter(|l| l.category == c).count();
            (n > 0).then(|| {
                let label = ctx.texts.t_with(
                    &p.lang,
                    "offer-category-button",
                    &[
                        ("category", Arg::markup(ctx.texts.t(&p.lang, c.msg_id()))),
                        ("count", Arg::Number(n as f64)),
                    ],
                );
                button(label, Callback::OfferList(v.gemeinde.id, c, 0))
            })
        })
        .collect();
    let gemeinde = [("gemeinde", Arg::text(v.gemeinde.name.as_str()))];
    let text = if buttons.is_empty() {
        ctx.texts.t_with(&p.lang, "offers-none", &gemeinde)
    } else {
        ctx.texts.t_with(&p.lang, "offers-categories", &gemeinde)
    };
    let mut rows: Vec<Vec<InlineKeyboardButton>> = buttons.chunks(2).map(|r| r.to_vec()).collect();
    if v.admin {
        rows.push(vec![button(
            ctx.texts.t(&p.lang, "offer-button-new"),
            Callback::OfferNew(v.gemeinde.id),
        )]);
    }
    show_with_keyboard(bot, p.chat, place, text, InlineKeyboardMarkup::new(rows)).await
}

/// Page `page` of a category, sorted by the title the viewer reads.
pub async fn list(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    v: &Viewer,
    category: Category,
    page: i64,
    place: Option<MessageId>,
) -> HandlerResult {
    let mut lines: Vec<OfferLine> = lines(ctx, p, v)
        .await?
        .into_iter()
        .filter(|l| l.category == category)
        .collect();
    if lines.is_empty() {
        return categories(bot, ctx, p, v, place).await;
    }
    lines.sort_by_cached_key(|l| (l.shown_title().0.to_lowercase(), l.id));
    let total = pages(lines.len());
    let page = page.clamp(0, total - 1);
    let first = page as usize * PAGE;
    let mut text = ctx.texts.t_with(
        &p.lang,
        "offers-list-header",
        &[
            (
                "category",
                Arg::text(ctx.texts.t(&p.lang, category.msg_id())),
            ),
            ("gemeinde", Arg::text(v.gemeinde.name.as_str())),
            ("page", Arg::Number((page + 1) as f64)),
            ("pages", Arg::Number(total as f64)),
        ],
    );
    text.push('\n');
    let german_mark = ctx.texts.t(&p.lang, "offer-only-german-mark");
    let mut rows = vec![];
    for (i, l) in lines.iter().enumerate().skip(first).take(PAGE) {
        let (title, translated) = l.shown_title();
        let n = i + 1;
        text.push_str(&format!("\n{n}. {}", markup::escape(title)));
        if !translated && p.lang != REFERENCE {
            text.push(' ');
            text.push_str(&german_mark);
        }
        rows.push(vec![button(
            format!("{n}. {}", shorten(title, BUTTON_TITLE)),
            Callback::OfferView(v.gemeinde.id, l.id, page),
        )]);
    }
    let g = v.gemeinde.id;
    if let Some(nav) = pager(&ctx.texts, &p.lang, page, total, |n| {
        Callback::OfferList(g, category, n)
    }) {
        rows.push(nav);
    }
    rows.push(vec![button(
        ctx.texts.t(&p.lang, "offers-back-categories"),
        Callback::OfferCategories(g),
    )]);
    show_with_keyboard(bot, p.chat, place, text, InlineKeyboardMarkup::new(rows)).await
}

/// The buttons under an offer's page, by role.
fn detail_keyboard(
    ctx: &Ctx,
    lang: &str,
    v: &Viewer,
    o: &StoredOffer,
    page: i64,
) -> InlineKeyboardMarkup {
    let g = v.gemeinde.id;
    let mut rows = vec![];
    if v.client.is_some() {
        rows.push(vec![button(
            ctx.texts.t(lang, "offer-button-interested"),
            Callback::OfferInterest(o.id),
        )]);
    }
    if v.manager.is_some() && o.offer.shown_on(Viewer::today(ctx)) {
        rows.push(vec![button(
            ctx.texts.t(lang, "offer-button-send"),
            Callback::OfferSendPick(g, o.id, 0),
        )]);
    }
    if (v.manager.is_some() || v.admin) && o.offer.shown_on(Viewer::today(ctx)) {
        rows.push(vec![button(
            ctx.texts.t(lang, "offer-button-announce"),
            Callback::BroadcastOffer(g, o.id),
        )]);
    }
    if v.admin {
        let edits: Vec<InlineKeyboardButton> = Field::ALL
            .into_iter()
            .map(|f| {
                button(
                    ctx.texts.t_with(
                        lang,
                        "offer-button-edit",
                        &[("field", Arg::markup(ctx.texts.t(lang, f.msg_id())))],
                    ),
                    Callback::OfferEdit(g, o.id, f),
                )
            })
            .collect();
        rows.extend(edits.chunks(2).map(|r| r.to_vec()));
        let (id, on) = if o.offer.active {
            ("offer-button-deactivate", false)
        } else {
            ("offer-button-activate", true)
        };
        rows.push(vec![button(
            ctx.texts.t(lang, id),
            Callback::OfferActive(g, o.id, on),
        )]);
    }
    rows.push(vec![button(
        ctx.texts.t(lang, "offers-back-list"),
        Callback::OfferList(g, o.offer.category, page),
    )]);
    InlineKeyboardMarkup::new(rows)
}

/// Shows offer `id` (answers the tap); `false` when the viewer may not see it.
#[allow(clippy::too_many_arguments)]
pub async fn detail(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    v: &Viewer,
    id: i64,
    page: i64,
    place: Option<MessageId>,
) -> Result<bool, HandlerError> {
    let Some(o) = ctx.store.offer(id).await? else {
        return Ok(false);
    };
    if !super::belongs_to(&o, &v.gemeinde) {
        return Ok(false);
    }
    if !v.sees(ctx, &o) {
        bot.answer_callback_query(q.id.clone())
            .text(ctx.texts.t(&p.lang, "offer-gone"))
            .show_alert(true)
            .await?;
        return Ok(true);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    show(bot, ctx, p, v, &o, page, place).await?;
    Ok(true)
}

/// Shows an offer's page in place of `place` (or as a new message).
pub async fn show(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    v: &Viewer,
    o: &StoredOffer,
    page: i64,
    place: Option<MessageId>,
) -> HandlerResult {
    let text = crate::usecase::offer_page::render(ctx, &p.lang, &o.offer, v.admin);
    let keyboard = detail_keyboard(ctx, &p.lang, v, o, page);
    show_with_keyboard(bot, p.chat, place, text, keyboard).await
}

//! Administrators keep offers in the bot: change one field, (de)activate, add one.
//! Larger changes and translations come with the file import (`wegweiser offers import`).
//!
//! An administrator may change an offer when they administer every Gemeinde it names;
//! an offer for a whole Landkreis only a global administrator (or the command line) may.

use teloxide::prelude::*;
use teloxide::types::{
    CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageId,
};

use super::super::super::dialogue::{self, Dialogue};
use super::super::super::keyboards::{Callback, button};
use super::super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::super::common::Person;
use super::{Viewer, belongs_to, browse};
use crate::domain::offer::{Category, Problem};
use crate::domain::offer_edit::{self, CLEAR, Field};
use crate::i18n::Arg;
use crate::store::offers::StoredOffer;
use crate::usecase::offers::{Created, Saved, Scope};

/// Whether `p` may change offer `o` (the use case's [`Scope`]).
///
/// [`Scope`]: crate::usecase::offers::Scope
async fn may_edit(ctx: &Ctx, p: &Person<'_>, o: &StoredOffer) -> Result<bool, HandlerError> {
    Ok(p.who.is_admin() && Scope::of(ctx, &p.who).await?.permits(&o.offer))
}

/// Ends an offer dialogue the person walked away from (tapped back or elsewhere).
pub async fn leave_dialogue(ctx: &Ctx, p: &Person<'_>) -> Result<(), HandlerError> {
    if let Some(
        Dialogue::OfferEdit { .. }
        | Dialogue::OfferNewCategory { .. }
        | Dialogue::OfferNewTitle { .. },
    ) = dialogue::load(ctx, p.id).await?
    {
        dialogue::clear(ctx, p.id).await?;
    }
    Ok(())
}

async fn refused(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
) -> Result<bool, HandlerError> {
    tracing::warn!(
        user = %crate::logid::of(p.id),
        "offer change refused: not this administrator's"
    );
    bot.answer_callback_query(q.id.clone())
        .text(ctx.texts.t(&p.lang, "offer-not-yours"))
        .show_alert(true)
        .await?;
    Ok(true)
}

/// The editable offer behind an administrator's button, if it is theirs.
async fn editable(
    ctx: &Ctx,
    p: &Person<'_>,
    v: &Viewer,
    id: i64,
) -> Result<Option<Result<StoredOffer, ()>>, HandlerError> {
    if !v.admin {
        return Ok(None);
    }
    let Some(o) = ctx.store.offer(id).await? else {
        return Ok(None);
    };
    if !belongs_to(&o, &v.gemeinde) {
        return Ok(None);
    }
    Ok(Some(if may_edit(ctx, p, &o).await? {
        Ok(o)
    } else {
        Err(())
    }))
}

/// The value of a field as it stands, for the prompt.
fn current(o: &StoredOffer, f: Field) -> String {
    let de = o
        .offer
        .texts
        .get(crate::domain::offer::REFERENCE)
        .cloned()
        .unwrap_or_default();
    match f {
        Field::Title => de.title,
        Field::Description => de.description,
        Field::Times => de.times,
        Field::Address => o.offer.address.clone(),
        Field::Phone => o.offer.phone.clone(),
        Field::Email => o.offer.email.clone(),
        Field::Web => o.offer.web.clone(),
        Field::Schedule => o.offer.schedule.clone().unwrap_or_default(),
    }
}

pub async fn edit(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    v: &Viewer,
    id: i64,
    field: Field,
) -> Result<bool, HandlerError> {
    let o = match editable(ctx, p, v, id).await? {
        None => return Ok(false),
        Some(Err(())) => return refused(bot, ctx, p, q).await,
        Some(Ok(o)) => o,
    };
    bot.answer_callback_query(q.id.clone()).await?;
    let step = Dialogue::OfferEdit {
        offer_id: o.id,
        gemeinde_id: v.gemeinde.id,
        field: field.key().to_owned(),
    };
    let now = current(&o, field);
    let text = ctx.texts.t_with(
        &p.lang,
        "offer-edit-prompt",
        &[
            ("field", Arg::text(ctx.texts.t(&p.lang, field.msg_id()))),
            (
                "current",
                Arg::text(if now.is_empty() {
                    CLEAR.to_owned()
                } else {
                    now
                }),
            ),
            ("clear", Arg::text(CLEAR)),
        ],
    );
    let back = InlineKeyboardMarkup::new(vec![vec![button(
        ctx.texts.t(&p.lang, "offers-back-offer"),
        Callback::OfferView(v.gemeinde.id, o.id, 0),
    )]]);
    dialogue::ask(bot, ctx, p.chat, None, text, back, &step).await?;
    Ok(true)
}

#[allow(clippy::too_many_arguments)]
pub async fn set_active(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    v: &Viewer,
    id: i64,
    on: bool,
    place: Option<MessageId>,
) -> Result<bool, HandlerError> {
    let o = match editable(ctx, p, v, id).await? {
        None => return Ok(false),
        Some(Err(())) => return refused(bot, ctx, p, q).await,
        Some(Ok(o)) => o,
    };
    if !crate::usecase::offers::set_active(ctx, &p.who, o.id, on).await? {
        return refused(bot, ctx, p, q).await;
    }
    let Some(o) = ctx.store.offer(o.id).await? else {
        return Ok(true);
    };
    let done = if on {
        "offer-activated"
    } else {
        "offer-deactivated"
    };
    bot.answer_callback_query(q.id.clone())
        .text(ctx.texts.t(&p.lang, done))
        .await?;
    browse::show(bot, ctx, p, v, &o, 0, place).await?;
    Ok(true)
}

/// "New offer" in a Gemeinde: the category first.
pub async fn new_offer(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    v: &Viewer,
) -> Result<bool, HandlerError> {
    if !v.admin {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    dialogue::save(
        ctx,
        p.id,
        &Dialogue::OfferNewCategory {
            gemeinde_id: v.gemeinde.id,
        },
    )
    .await?;
    let buttons: Vec<InlineKeyboardButton> = Category::ALL
        .into_iter()
        .map(|c| {
            button(
                ctx.texts.t(&p.lang, c.msg_id()),
                Callback::OfferNewCategory(c),
            )
        })
        .collect();
    let mut rows: Vec<Vec<InlineKeyboardButton>> = buttons.chunks(2).map(|r| r.to_vec()).collect();
    rows.push(vec![button(
        ctx.texts.t(&p.lang, "offers-back-categories"),
        Callback::OfferCategories(v.gemeinde.id),
    )]);
    let text = ctx.texts.t_with(
        &p.lang,
        "offer-new-category",
        &[("gemeinde", Arg::text(v.gemeinde.name.as_str()))],
    );
    bot.send_message(p.chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(true)
}

pub async fn new_offer_category(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    category: Category,
    place: Option<MessageId>,
) -> Result<bool, HandlerError> {
    let Some(Dialogue::OfferNewCategory { gemeinde_id }) = p.step().cloned() else {
        return Ok(false);
    };
    if Viewer::of(ctx, p, gemeinde_id)
        .await?
        .is_none_or(|v| !v.admin)
    {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let step = Dialogue::OfferNewTitle {
        gemeinde_id,
        category: category.key().to_owned(),
    };
    let text = ctx.texts.t_with(
        &p.lang,
        "offer-new-title",
        &[(
            "category",
            Arg::text(ctx.texts.t(&p.lang, category.msg_id())),
        )],
    );
    // In place of the categories; "back" leaves without an offer.
    let back = InlineKeyboardMarkup::new(vec![vec![button(
        ctx.texts.t(&p.lang, "offers-back-categories"),
        Callback::OfferCategories(gemeinde_id),
    )]]);
    dialogue::ask(bot, ctx, p.chat, place, text, back, &step).await?;
    Ok(true)
}

/// What an administrator typed in an offer dialogue: a field's new value or a new
/// offer's title. A bad value is explained and asked again; nothing is saved.
pub async fn receive_text(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    d: Dialogue,
    msg: &Message,
) -> HandlerResult {
    let Some(text) = msg.text() else {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "offer-text-only"))
            .await?;
        return Ok(());
    };
    let now = ctx.clock.now();
    let (gemeinde_id, saved) = match d {
        Dialogue::OfferEdit {
            offer_id,
            gemeinde_id,
            field,
        } => {
            let (Some(field), Some(v)) =
                (Field::parse(&field), Viewer::of(ctx, p, gemeinde_id).await?)
            else {
                dialogue::clear(ctx, p.id).await?;
                return super::super::common::not_allowed(bot, ctx, p).await;
            };
            let Some(Ok(mut o)) = editable(ctx, p, &v, offer_id).await? else {
                dialogue::clear(ctx, p.id).await?;
                return super::super::common::not_allowed(bot, ctx, p).await;
            };
            if let Err(problem) = field.apply(&mut o.offer, text) {
                return explain(bot, ctx, p, &problem).await;
            }
            // The editor's use case: the whole offer checked as the import checks it.
            match crate::usecase::offers::save(ctx, &p.who, o.id, o.offer).await? {
                Saved::Done => (gemeinde_id, o.id),
                Saved::Problems(problems) => match problems.first() {
                    Some(fp) => return explain(bot, ctx, p, &fp.problem).await,
                    None => return Ok(()),
                },
                Saved::NotYours => {
                    dialogue::clear(ctx, p.id).await?;
                    return super::super::common::not_allowed(bot, ctx, p).await;
                }
            }
        }
        Dialogue::OfferNewTitle {
            gemeinde_id,
            category,
        } => {
            let (Some(category), Some(v)) = (
                Category::parse(&category),
                Viewer::of(ctx, p, gemeinde_id).await?,
            ) else {
                dialogue::clear(ctx, p.id).await?;
                return super::super::common::not_allowed(bot, ctx, p).await;
            };
            if !v.admin {
                dialogue::clear(ctx, p.id).await?;
                return super::super::common::not_allowed(bot, ctx, p).await;
            }
            let offer = match offer_edit::new_offer(
                &v.gemeinde.ags,
                category,
                text,
                now.timestamp_millis(),
            ) {
                Ok(o) => o,
                Err(problem) => return explain(bot, ctx, p, &problem).await,
            };
            match crate::usecase::offers::create(ctx, &p.who, offer).await? {
                Created::Done(id) => (gemeinde_id, id),
                Created::Problems(problems) => match problems.first() {
                    Some(fp) => return explain(bot, ctx, p, &fp.problem).await,
                    None => return Ok(()),
                },
                Created::NotYours => {
                    dialogue::clear(ctx, p.id).await?;
                    return super::super::common::not_allowed(bot, ctx, p).await;
                }
            }
        }
        _ => return Ok(()),
    };
    dialogue::clear(ctx, p.id).await?;
    bot.send_message(p.chat, ctx.texts.t(&p.lang, "offer-saved"))
        .await?;
    if let (Some(v), Some(o)) = (
        Viewer::of(ctx, p, gemeinde_id).await?,
        ctx.store.offer(saved).await?,
    ) {
        browse::show(bot, ctx, p, &v, &o, 0, None).await?;
    }
    Ok(())
}

async fn explain(bot: &WBot, ctx: &Ctx, p: &Person<'_>, problem: &Problem) -> HandlerResult {
    let max = match problem {
        Problem::TooLong(n) => *n as f64,
        _ => 0.0,
    };
    let mut text = ctx.texts.t_with(
        &p.lang,
        problem.msg_id(),
        &[("max", Arg::Number(max)), ("clear", Arg::text(CLEAR))],
    );
    // A schedule says which part is wrong before the example.
    if let Problem::BadSchedule(why) = problem {
        text = format!("{}\n{text}", super::schedule_problem(ctx, &p.lang, why));
    }
    bot.send_message(p.chat, text).await?;
    Ok(())
}

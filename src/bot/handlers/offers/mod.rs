//! Local offers in the bot. Everyone browses the same pages — a Gemeinde's categories,
//! a category's list, an offer's page — and sees the buttons of their role:
//! - a client: only their own Gemeinde (and its Landkreis); "I am interested" tells
//!   their manager;
//! - a manager: the Gemeinden they serve; "send to a client";
//! - an administrator: the Gemeinden they administer, inactive offers too; change a
//!   field, deactivate, add an offer.
//!
//! Every button carries the Gemeinde it was browsed in and is checked again when tapped:
//! a forged or stale button shows nothing of another Gemeinde and changes nothing.

use chrono::NaiveDate;
use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, MessageId};

use super::super::keyboards::Callback;
use super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::common::{Person, not_allowed};
use crate::domain::offer::ScheduleProblem;
use crate::i18n::{Arg, markup};
use crate::store::offers::StoredOffer;
use crate::store::orgs::Gemeinde;
use crate::store::people::{Client, Manager};

mod admin;
mod browse;
mod send;

pub use admin::receive_text;

/// Lines per list page: with the header, far below 4,096 characters, and ten keyboard
/// rows at most.
pub const PAGE: usize = 8;

/// Who is browsing Gemeinde `gemeinde`, with the powers they have there.
pub struct Viewer {
    pub gemeinde: Gemeinde,
    /// The client, when browsing their own Gemeinde.
    pub client: Option<Client>,
    /// The manager, when they serve this Gemeinde.
    pub manager: Option<Manager>,
    /// Whether they administer this Gemeinde.
    pub admin: bool,
}

impl Viewer {
    /// Whether `p` may browse Gemeinde `gemeinde_id`, and as whom.
    pub async fn of(
        ctx: &Ctx,
        p: &Person<'_>,
        gemeinde_id: i64,
    ) -> Result<Option<Viewer>, HandlerError> {
        let Some(gemeinde) = ctx.store.gemeinde(gemeinde_id).await? else {
            return Ok(None);
        };
        let client = p
            .who
            .linked_client()
            .filter(|c| c.gemeinde_id == gemeinde_id)
            .cloned();
        let mut manager = None;
        if let Some(m) = p.who.active_manager() {
            let serves = ctx
                .store
                .manager_gemeinden(m.id)
                .await?
                .iter()
                .any(|g| g.id == gemeinde_id);
            if serves {
                manager = Some(m.clone());
            }
        }
        let admin = p.who.is_admin() && p.who.may_manage_gemeinde(ctx, gemeinde_id).await?;
        if client.is_none() && manager.is_none() && !admin {
            return Ok(None);
        }
        Ok(Some(Viewer {
            gemeinde,
            client,
            manager,
            admin,
        }))
    }

    /// The day that decides what clients see (validity), in the service's zone.
    pub fn today(ctx: &Ctx) -> NaiveDate {
        ctx.clock
            .now()
            .with_timezone(&ctx.config.time_zone)
            .date_naive()
    }

    /// Whether the offer belongs to this Gemeinde (named, or its Landkreis) and is
    /// visible to this viewer (administrators see inactive and expired ones too).
    pub fn sees(&self, ctx: &Ctx, o: &StoredOffer) -> bool {
        belongs_to(o, &self.gemeinde) && (self.admin || o.offer.shown_on(Viewer::today(ctx)))
    }
}

/// Whether an offer is one of Gemeinde `g`'s (named, or for its Landkreis).
pub fn belongs_to(o: &StoredOffer, g: &Gemeinde) -> bool {
    crate::usecase::offers::belongs_to(&o.offer, g)
}

/// The Gemeinden `p` can browse: a client's own; a manager's; an administrator's.
async fn gemeinden_of(ctx: &Ctx, p: &Person<'_>) -> Result<Vec<Gemeinde>, HandlerError> {
    if let Some(c) = p.who.linked_client() {
        return Ok(ctx
            .store
            .gemeinde(c.gemeinde_id)
            .await?
            .into_iter()
            .collect());
    }
    let mut out: Vec<Gemeinde> = vec![];
    if let Some(m) = p.who.active_manager() {
        out.extend(ctx.store.manager_gemeinden(m.id).await?);
    }
    if p.who.is_admin() {
        for g in crate::usecase::offers::gemeinden(ctx, &p.who).await? {
            if !out.iter().any(|o| o.id == g.id) {
                out.push(g);
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// `/offers` and the menu button: straight to the categories when there is one
/// Gemeinde, else a picker.
pub async fn entry(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    place: Option<MessageId>,
    page: i64,
) -> HandlerResult {
    let gemeinden = gemeinden_of(ctx, p).await?;
    match gemeinden.as_slice() {
        [] => {
            if p.who.linked_client().is_some()
                || p.who.active_manager().is_some()
                || p.who.is_admin()
            {
                bot.send_message(p.chat, ctx.texts.t(&p.lang, "offers-no-gemeinde"))
                    .await?;
                Ok(())
            } else {
                not_allowed(bot, ctx, p).await
            }
        }
        [one] => match Viewer::of(ctx, p, one.id).await? {
            Some(v) => browse::categories(bot, ctx, p, &v, place).await,
            None => not_allowed(bot, ctx, p).await,
        },
        many => browse::gemeinde_picker(bot, ctx, p, many, page, place).await,
    }
}

/// The offer buttons; `false` if `cb` is not one of them or not allowed for `p`.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, HandlerError> {
    let viewer = |g: i64| Viewer::of(ctx, p, g);
    match cb {
        Callback::MenuOffers => {
            bot.answer_callback_query(q.id.clone()).await?;
            entry(bot, ctx, p, None, 0).await?;
        }
        Callback::OfferGemeinden(page) => {
            bot.answer_callback_query(q.id.clone()).await?;
            entry(bot, ctx, p, place, *page).await?;
        }
        Callback::OfferCategories(g) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            admin::leave_dialogue(ctx, p).await?;
            browse::categories(bot, ctx, p, &v, place).await?;
        }
        Callback::OfferList(g, cat, page) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            browse::list(bot, ctx, p, &v, *cat, *page, place).await?;
        }
        Callback::OfferView(g, id, page) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            admin::leave_dialogue(ctx, p).await?;
            return browse::detail(bot, ctx, p, q, &v, *id, *page, place).await;
        }
        Callback::OfferInterest(id) => return send::interest(bot, ctx, p, q, *id).await,
        Callback::OfferOpen(id) => {
            // From an announcement: the client's own Gemeinde, as a new message.
            let Some(c) = p.who.linked_client() else {
                return Ok(false);
            };
            let Some(v) = viewer(c.gemeinde_id).await? else {
                return Ok(false);
            };
            return browse::detail(bot, ctx, p, q, &v, *id, 0, None).await;
        }
        Callback::OfferSendPick(g, id, page) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            return send::pick_client(bot, ctx, p, q, &v, *id, *page, place).await;
        }
        Callback::OfferSend(id, client) => {
            return send::send_to_client(bot, ctx, p, q, *id, *client).await;
        }
        Callback::OfferEdit(g, id, field) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            return admin::edit(bot, ctx, p, q, &v, *id, *field).await;
        }
        Callback::OfferActive(g, id, on) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            return admin::set_active(bot, ctx, p, q, &v, *id, *on, place).await;
        }
        Callback::OfferNew(g) => {
            let Some(v) = viewer(*g).await? else {
                return Ok(false);
            };
            return admin::new_offer(bot, ctx, p, q, &v).await;
        }
        Callback::OfferNewCategory(cat) => {
            return admin::new_offer_category(bot, ctx, p, q, *cat, place).await;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// What is wrong with a schedule, in the reader's language.
pub(super) fn schedule_problem(ctx: &Ctx, lang: &str, why: &ScheduleProblem) -> String {
    let t = |id: &str| ctx.texts.t(lang, id);
    let args: Vec<(&str, Arg<'_>)> = match why {
        ScheduleProblem::Parts(n) => vec![("count", Arg::from(*n))],
        ScheduleProblem::OutOfRange { part, value } => {
            let (min, max) = part.range();
            vec![
                ("part", Arg::text(t(part.msg_id()))),
                ("value", Arg::Number(*value as f64)),
                ("min", Arg::Number(min as f64)),
                ("max", Arg::Number(max as f64)),
            ]
        }
        ScheduleProblem::Unreadable { part, text } => vec![
            ("part", Arg::text(t(part.msg_id()))),
            ("text", Arg::markup(markup::ltr(&markup::escape(text)))),
        ],
        ScheduleProblem::Other => vec![],
    };
    ctx.texts.t_with(lang, why.msg_id(), &args)
}

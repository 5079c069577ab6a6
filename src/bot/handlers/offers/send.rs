//! Offers between client and manager: a client says "I am interested" (the manager is
//! told once, through the outbox), a manager sends an offer to one client (rendered in
//! the client's language when it is sent).

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::super::super::keyboards::{Callback, button, pager};
use super::super::super::roles::may_act_for;
use super::super::super::{Ctx, HandlerError, WBot};
use super::super::common::{Person, show_with_keyboard};
use super::{PAGE, Viewer, belongs_to};
use crate::delivery::render;
use crate::domain::offer::REFERENCE;
use crate::i18n::Arg;
use crate::store::offers::StoredOffer;
use crate::store::outbox::NewOutbox;
use crate::store::people::Client;

/// The offer's German title (what managers read).
fn german_title(o: &StoredOffer) -> &str {
    o.offer
        .texts
        .get(REFERENCE)
        .map(|t| t.title.as_str())
        .unwrap_or_default()
}

/// Whether `client` can be shown offer `o` today: it is one of their Gemeinde's and shown.
async fn offer_for(ctx: &Ctx, client: &Client, o: &StoredOffer) -> Result<bool, HandlerError> {
    let Some(g) = ctx.store.gemeinde(client.gemeinde_id).await? else {
        return Ok(false);
    };
    Ok(belongs_to(o, &g) && o.offer.shown_on(Viewer::today(ctx)))
}

async fn alert(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    id: &str,
) -> Result<bool, HandlerError> {
    bot.answer_callback_query(q.id.clone())
        .text(ctx.texts.t(&p.lang, id))
        .show_alert(true)
        .await?;
    Ok(true)
}

/// A client taps "I am interested": their manager is told (once), they are told the
/// manager will get in touch.
pub async fn interest(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    offer_id: i64,
) -> Result<bool, HandlerError> {
    let Some(client) = p.who.linked_client().cloned() else {
        return Ok(false);
    };
    let Some(o) = ctx.store.offer(offer_id).await? else {
        return Ok(false);
    };
    let Some(g) = ctx.store.gemeinde(client.gemeinde_id).await? else {
        return Ok(false);
    };
    if !belongs_to(&o, &g) {
        return Ok(false);
    }
    if !o.offer.shown_on(Viewer::today(ctx)) {
        return alert(bot, ctx, p, q, "offer-gone").await;
    }
    let now = ctx.clock.now();
    let manager = ctx.store.manager(client.manager_id).await?;
    let notice = manager.as_ref().and_then(|m| m.telegram_id).map(|tg| {
        NewOutbox::notice(
            tg,
            "notify-offer-interest",
            serde_json::json!({ "label": client.label, "offer": german_title(&o) }),
            now,
        )
        .about(client.id)
        .once(format!("offer-interest:{}:{}", o.id, client.id))
    });
    let first = ctx
        .store
        .register_interest(o.id, client.id, notice, now)
        .await?;
    if first {
        ctx.wake.notify_one();
        tracing::info!(
            client_id = client.id,
            offer_id = o.id,
            "interest in an offer"
        );
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let name = [(
        "manager",
        Arg::text(manager.map(|m| m.display_name).unwrap_or_default()),
    )];
    let text = if first {
        ctx.texts.t_with(&p.lang, "offer-interest-sent", &name)
    } else {
        ctx.texts.t_with(&p.lang, "offer-interest-again", &name)
    };
    bot.send_message(p.chat, text).await?;
    Ok(true)
}

/// A manager chooses whom to send an offer to: their clients whose Gemeinde has it.
#[allow(clippy::too_many_arguments)]
pub async fn pick_client(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    v: &Viewer,
    offer_id: i64,
    page: i64,
    place: Option<MessageId>,
) -> Result<bool, HandlerError> {
    let Some(m) = v.manager.as_ref() else {
        return Ok(false);
    };
    let Some(o) = ctx.store.offer(offer_id).await? else {
        return Ok(false);
    };
    if !belongs_to(&o, &v.gemeinde) {
        return Ok(false);
    }
    if !o.offer.shown_on(Viewer::today(ctx)) {
        return alert(bot, ctx, p, q, "offer-gone").await;
    }
    // Whether each of the manager's Gemeinden has the offer, looked up once each.
    let mut has_it: std::collections::HashMap<i64, bool> = std::collections::HashMap::new();
    for g in ctx.store.manager_gemeinden(m.id).await? {
        has_it.insert(g.id, belongs_to(&o, &g));
    }
    let total = ctx.store.count_clients_of(m.id).await?;
    let mut clients = vec![];
    for c in ctx.store.clients_of(m.id, 0, total.max(1)).await? {
        let in_area = match has_it.get(&c.gemeinde_id) {
            Some(yes) => *yes,
            None => offer_for(ctx, &c, &o).await?,
        };
        if c.telegram_id.is_some() && c.status == "active" && in_area {
            clients.push(c);
        }
    }
    bot.answer_callback_query(q.id.clone()).await?;
    clients.sort_by_key(|c| c.label.to_lowercase());
    let pages = clients.len().div_ceil(PAGE).max(1) as i64;
    let page = page.clamp(0, pages - 1);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = clients
        .iter()
        .skip(page as usize * PAGE)
        .take(PAGE)
        .map(|c| vec![button(c.label.clone(), Callback::OfferSend(o.id, c.id))])
        .collect();
    let (g, id) = (v.gemeinde.id, o.id);
    if let Some(nav) = pager(&ctx.texts, &p.lang, page, pages, |n| {
        Callback::OfferSendPick(g, id, n)
    }) {
        rows.push(nav);
    }
    rows.push(vec![button(
        ctx.texts.t(&p.lang, "offers-back-offer"),
        Callback::OfferView(g, id, 0),
    )]);
    let title = [("offer", Arg::text(german_title(&o)))];
    let text = if clients.is_empty() {
        ctx.texts.t_with(&p.lang, "offer-send-nobody", &title)
    } else {
        ctx.texts.t_with(&p.lang, "offer-send-pick", &title)
    };
    show_with_keyboard(bot, p.chat, place, text, InlineKeyboardMarkup::new(rows)).await?;
    Ok(true)
}

/// Sends offer `offer_id` to client `client_id` through the outbox; its title is kept
/// in every language, the client reads theirs (or German) when it is sent.
pub async fn send_to_client(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    offer_id: i64,
    client_id: i64,
) -> Result<bool, HandlerError> {
    let Some(m) = p.who.active_manager().cloned() else {
        return Ok(false);
    };
    let (Some(o), Some(client)) = (
        ctx.store.offer(offer_id).await?,
        ctx.store.client(client_id).await?,
    ) else {
        return Ok(false);
    };
    if !may_act_for(ctx, &m, &client).await? {
        return Ok(false);
    }
    let Some(tg) = client.telegram_id.filter(|_| client.status == "active") else {
        return alert(bot, ctx, p, q, "offer-send-unreachable").await;
    };
    if !offer_for(ctx, &client, &o).await? {
        return alert(bot, ctx, p, q, "offer-gone").await;
    }
    let now = ctx.clock.now();
    let mut titles = render::tr(
        o.offer
            .texts
            .iter()
            .filter(|(_, t)| !t.title.trim().is_empty())
            .map(|(lang, t)| (lang.as_str(), t.title.as_str())),
    );
    // A reader without a translation learns the offer is only in German.
    titles["mark"] = "offer-only-german-mark".into();
    // Opened in whatever Gemeinde the client lives in when they tap it.
    let show = Callback::OfferOpen(o.id).encode();
    let interested = Callback::OfferInterest(o.id).encode();
    let row = NewOutbox::notice(
        tg,
        "offer-recommended",
        serde_json::json!({
            "manager": m.display_name,
            "offer": titles,
            "_buttons": [[["offer-button-show", show]], [["offer-button-interested", interested]]],
        }),
        now,
    )
    .about(client.id)
    // A double tap within the same minute sends it once.
    .once(format!(
        "offer-send:{}:{}:{}",
        o.id,
        client.id,
        now.timestamp() / 60
    ));
    ctx.store.enqueue(row, now).await?;
    ctx.wake.notify_one();
    tracing::info!(
        client_id = client.id,
        offer_id = o.id,
        "offer sent to a client"
    );
    bot.answer_callback_query(q.id.clone()).await?;
    bot.send_message(
        p.chat,
        ctx.texts.t_with(
            &p.lang,
            "offer-sent",
            &[
                ("offer", Arg::text(german_title(&o))),
                ("label", Arg::text(client.label.as_str())),
            ],
        ),
    )
    .await?;
    Ok(true)
}

//! The caseload: `/clients` (paged), a page per client, and what a manager can do there —
//! a new invite link, another Gemeinde, hand over to a colleague, extend or end support.

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, InlineKeyboardMarkup, Me, MessageId};

use super::super::keyboards::{Callback, button, pager};
use super::super::{Ctx, HandlerError, HandlerResult, WBot};
use super::common::{Person, replace_text, show_with_keyboard};
use super::manager::{say, send_invite};
use crate::i18n::{Arg, format};
use crate::store::people::{Actor, Client, Manager};
use crate::usecase::clients::{self, ClientError, Extended};

/// Clients per page of `/clients`: 8 buttons and two arrows stay far below Telegram's
/// keyboard limits.
const PAGE: i64 = 8;

fn status_text(ctx: &Ctx, lang: &str, status: &str) -> String {
    let id = match status {
        "invited" => "status-invited",
        "active" => "status-active",
        "unreachable" => "status-unreachable",
        _ => "status-ended",
    };
    ctx.texts.t(lang, id)
}

pub async fn clients_page(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    page: i64,
    edit: Option<MessageId>,
) -> HandlerResult {
    let total = ctx.store.count_clients_of(m.id).await?;
    if total == 0 {
        return say(bot, ctx, p, "clients-empty", &[]).await;
    }
    let pages = (total + PAGE - 1) / PAGE;
    let page = page.clamp(0, pages - 1);
    let clients = ctx.store.clients_of(m.id, page * PAGE, PAGE).await?;
    let gemeinden = ctx.store.gemeinden().await?;
    let tz = ctx.config.time_zone;
    let mut lines = vec![ctx.texts.t_with(
        &p.lang,
        "clients-header",
        &[
            ("count", Arg::from(total)),
            ("page", Arg::from(page + 1)),
            ("pages", Arg::from(pages)),
        ],
    )];
    let mut rows = vec![];
    for c in &clients {
        let gemeinde = gemeinden
            .iter()
            .find(|g| g.id == c.gemeinde_id)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        let last = match c.last_contact_at {
            Some(t) => format::date(&p.lang, t.with_timezone(&tz).date_naive()),
            None => ctx.texts.t(&p.lang, "never"),
        };
        lines.push(ctx.texts.t_with(
            &p.lang,
            "client-line",
            &[
                ("label", Arg::text(c.label.as_str())),
                ("gemeinde", Arg::text(gemeinde)),
                ("status", Arg::text(status_text(ctx, &p.lang, &c.status))),
                ("last", Arg::text(last)),
            ],
        ));
        rows.push(vec![button(c.label.clone(), Callback::ClientView(c.id))]);
    }
    rows.extend(pager(
        &ctx.texts,
        &p.lang,
        page,
        pages,
        Callback::ClientsPage,
    ));
    let text = lines.join("\n");
    let keyboard = InlineKeyboardMarkup::new(rows);
    show_with_keyboard(bot, p.chat, edit, text, keyboard).await?;
    Ok(())
}

/// The caseload buttons; `false` if `cb` is not one of them, or names a client this
/// manager may not act for (then nothing changes).
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
    me: &Me,
) -> Result<bool, HandlerError> {
    let Some(m) = p.who.active_manager().cloned() else {
        return Ok(false);
    };
    let client_id = match cb {
        Callback::ClientsPage(page) => {
            bot.answer_callback_query(q.id.clone()).await?;
            clients_page(bot, ctx, p, &m, *page, place).await?;
            return Ok(true);
        }
        Callback::ClientView(id)
        | Callback::ClientInvite(id)
        | Callback::ClientGemeindeMenu(id)
        | Callback::ClientGemeinde(id, _)
        | Callback::ClientHandoverMenu(id)
        | Callback::ClientHandover(id, _)
        | Callback::ClientExtend(id)
        | Callback::ClientEndAsk(id)
        | Callback::ClientEnd(id) => *id,
        _ => return Ok(false),
    };
    let Some(client) = clients::reachable(ctx, &m, client_id).await? else {
        return Ok(false);
    };
    // The choice itself is checked again: a Gemeinde this manager serves, a colleague
    // of the same organisation serving the client's Gemeinde.
    let choices = clients::gemeinde_choices(ctx, &m, &client).await?;
    if let Callback::ClientGemeinde(_, g) = cb
        && !choices.iter().any(|s| s.id == *g)
    {
        return Ok(false);
    }
    if let Callback::ClientHandover(_, to) = cb
        && !clients::successors(ctx, &m, &client)
            .await?
            .iter()
            .any(|c| c.id == *to)
    {
        return Ok(false);
    }
    bot.answer_callback_query(q.id.clone()).await?;
    let actor = Actor::Telegram(p.id);
    let gemeinde = ctx
        .store
        .gemeinde(client.gemeinde_id)
        .await?
        .map(|g| g.name)
        .unwrap_or_default();
    let label = || Arg::text(client.label.clone());
    let done = |id: &str, args: &[(&str, Arg<'_>)]| ctx.texts.t_with(&p.lang, id, args);
    let t_abort = || ctx.texts.t(&p.lang, "plan-abort");
    let outcome = match cb {
        Callback::ClientView(_) => {
            return client_page(bot, ctx, p, &client, &gemeinde)
                .await
                .map(|_| true);
        }
        Callback::ClientInvite(_) => {
            match clients::renew_invite(ctx, &m, actor, client.id).await {
                Ok((client, Some(inv))) => {
                    send_invite(bot, ctx, p, &client, &gemeinde, &inv.payload, me).await?;
                }
                Ok((_, None)) | Err(ClientError::Gone | ClientError::NotAChoice) => {}
                Err(ClientError::Store(e)) => return Err(e.into()),
            }
            return Ok(true);
        }
        Callback::ClientGemeindeMenu(_) => {
            let rows = choices
                .iter()
                .map(|g| {
                    vec![button(
                        g.name.clone(),
                        Callback::ClientGemeinde(client.id, g.id),
                    )]
                })
                .chain([vec![button(t_abort(), Callback::Dismiss)]])
                .collect::<Vec<_>>();
            bot.send_message(
                p.chat,
                done("client-choose-gemeinde", &[("label", label())]),
            )
            .reply_markup(InlineKeyboardMarkup::new(rows))
            .await?;
            return Ok(true);
        }
        Callback::ClientHandoverMenu(_) => {
            let rows = clients::successors(ctx, &m, &client)
                .await?
                .into_iter()
                .map(|c| {
                    vec![button(
                        c.display_name,
                        Callback::ClientHandover(client.id, c.id),
                    )]
                })
                .collect::<Vec<_>>();
            if rows.is_empty() {
                return say(bot, ctx, p, "client-no-colleague", &[])
                    .await
                    .map(|_| true);
            }
            let mut rows = rows;
            rows.push(vec![button(t_abort(), Callback::Dismiss)]);
            bot.send_message(p.chat, done("client-choose-manager", &[("label", label())]))
                .reply_markup(InlineKeyboardMarkup::new(rows))
                .await?;
            return Ok(true);
        }
        Callback::ClientGemeinde(_, g) => {
            let (_, name) = match clients::change_gemeinde(ctx, &m, actor, client.id, *g).await {
                Ok(done) => done,
                Err(ClientError::Store(e)) => return Err(e.into()),
                Err(_) => return Ok(true),
            };
            done(
                "client-gemeinde-changed",
                &[("label", label()), ("gemeinde", Arg::text(name))],
            )
        }
        Callback::ClientHandover(_, to) => {
            let (_, to) = match clients::hand_over(ctx, &m, client.id, *to).await {
                Ok(done) => done,
                Err(ClientError::Store(e)) => return Err(e.into()),
                Err(_) => return Ok(true),
            };
            done(
                "client-handed-over",
                &[("label", label()), ("manager", Arg::text(to.display_name))],
            )
        }
        Callback::ClientExtend(_) => match clients::extend(ctx, &m, actor, client.id).await {
            Ok((_, Extended::Until(until))) => {
                let shown = format::date(
                    &p.lang,
                    until.with_timezone(&ctx.config.time_zone).date_naive(),
                );
                done(
                    "client-extended",
                    &[("label", label()), ("until", Arg::text(shown))],
                )
            }
            Ok((_, Extended::AtLimit)) => done("client-extend-limit", &[("label", label())]),
            Err(ClientError::Store(e)) => return Err(e.into()),
            Err(_) => return Ok(true),
        },
        Callback::ClientEndAsk(_) => {
            let keyboard = InlineKeyboardMarkup::new(vec![vec![
                button(
                    ctx.texts.t(&p.lang, "client-end-yes"),
                    Callback::ClientEnd(client.id),
                ),
                button(ctx.texts.t(&p.lang, "client-end-no"), Callback::Dismiss),
            ]]);
            bot.send_message(p.chat, done("client-end-confirm", &[("label", label())]))
                .reply_markup(keyboard)
                .await?;
            return Ok(true);
        }
        Callback::ClientEnd(_) => match clients::end_support(ctx, &m, client.id).await {
            Ok(_) => done("client-ended", &[("label", label())]),
            Err(ClientError::Store(e)) => return Err(e.into()),
            Err(_) => return Ok(true),
        },
        _ => return Ok(false),
    };
    replace_text(bot, p.chat, place, outcome).await?;
    Ok(true)
}

async fn client_page(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
    gemeinde: &str,
) -> HandlerResult {
    let tz = ctx.config.time_zone;
    let date = |d: Option<chrono::DateTime<chrono::Utc>>| match d {
        Some(t) => format::date(&p.lang, t.with_timezone(&tz).date_naive()),
        None => ctx.texts.t(&p.lang, "never"),
    };
    let text = ctx.texts.t_with(
        &p.lang,
        "client-page",
        &[
            ("label", Arg::text(client.label.as_str())),
            ("gemeinde", Arg::text(gemeinde)),
            (
                "language",
                Arg::text(ctx.texts.language_for(&client.language, &p.lang)),
            ),
            (
                "status",
                Arg::text(status_text(ctx, &p.lang, &client.status)),
            ),
            ("last", Arg::text(date(client.last_contact_at))),
            ("until", Arg::text(date(client.support_until))),
        ],
    );
    let t = |id: &str| ctx.texts.t(&p.lang, id);
    let mut actions = vec![];
    if client.telegram_id.is_none() {
        actions.push(vec![button(
            t("client-action-invite"),
            Callback::ClientInvite(client.id),
        )]);
    }
    // Another Gemeinde only when the manager serves more than one.
    if ctx.store.manager_gemeinden(client.manager_id).await?.len() > 1 {
        actions.push(vec![button(
            t("client-action-gemeinde"),
            Callback::ClientGemeindeMenu(client.id),
        )]);
    }
    actions.push(vec![button(
        t("client-action-handover"),
        Callback::ClientHandoverMenu(client.id),
    )]);
    if client.support_until.is_some() {
        actions.push(vec![button(
            t("client-action-extend"),
            Callback::ClientExtend(client.id),
        )]);
    }
    actions.push(vec![button(
        t("client-action-end"),
        Callback::ClientEndAsk(client.id),
    )]);
    bot.send_message(p.chat, text)
        .reply_markup(InlineKeyboardMarkup::new(actions))
        .await?;
    Ok(())
}

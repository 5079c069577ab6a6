//! Administration in the bot, for quick changes (the command line `wegweiser admin …`
//! does the same for scripts). Global administrators may do everything; scoped ones only
//! within their organisation or Gemeinden.

use teloxide::prelude::*;
use teloxide::types::Me;

use super::super::commands::Command;
use super::super::{Ctx, HandlerResult, WBot};
use super::common::{Person, not_allowed};
use crate::i18n::Arg;
use crate::usecase::managers::{self, Asker, Assignment, Deactivation, Invited};
use crate::usecase::structure::{self, AgsProblem, GemeindeAdded, LandkreisProblem, OrgAdded};

async fn say(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    id: &str,
    args: &[(&str, Arg<'_>)],
) -> HandlerResult {
    bot.send_message(p.chat, ctx.texts.t_with(&p.lang, id, args))
        .await?;
    Ok(())
}

async fn bad_input(bot: &WBot, ctx: &Ctx, p: &Person<'_>, problem: &str) -> HandlerResult {
    say(
        bot,
        ctx,
        p,
        "admin-bad-input",
        &[("problem", Arg::text(problem))],
    )
    .await
}

pub async fn command(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    cmd: Command,
    me: &Me,
) -> HandlerResult {
    let now = ctx.clock.now();
    match cmd {
        Command::Admin => say(bot, ctx, p, "admin-help", &[]).await,
        Command::AddOrg(args) => {
            let (kind, name) = args.trim().split_once(' ').unwrap_or((args.trim(), ""));
            let asker = Asker::Person(&p.who);
            match structure::add_organisation(&*ctx.store, asker, name, kind, now).await? {
                OrgAdded::Done(o) => {
                    say(
                        bot,
                        ctx,
                        p,
                        "admin-org-added",
                        &[("id", Arg::from(o.id)), ("name", Arg::text(o.name))],
                    )
                    .await
                }
                OrgAdded::NotAllowed => not_allowed(bot, ctx, p).await,
                OrgAdded::BadKind => {
                    bad_input(bot, ctx, p, "gemeinde | landkreis | traeger | verbund").await
                }
                OrgAdded::BadName(_) => bad_input(bot, ctx, p, "NAME").await,
            }
        }
        Command::AddGemeinde(args) => add_gemeinde(bot, ctx, p, &args).await,
        Command::InviteManager(args) => invite_manager(bot, ctx, p, &args, me).await,
        Command::Assign(args) => {
            let parts: Vec<&str> = args.split_whitespace().collect();
            let (Some(Ok(manager_id)), Some(ags)) =
                (parts.first().map(|s| s.parse::<i64>()), parts.get(1))
            else {
                return bad_input(bot, ctx, p, "NR AGS").await;
            };
            let Some(g) = ctx.store.gemeinde_by_ags(ags).await? else {
                return say(bot, ctx, p, "admin-unknown-reference", &[]).await;
            };
            match managers::assign(&*ctx.store, Asker::Person(&p.who), manager_id, g.id, now)
                .await?
            {
                Assignment::Done | Assignment::Already => {
                    say(
                        bot,
                        ctx,
                        p,
                        "admin-assigned",
                        &[
                            ("gemeinde", Arg::text(g.name)),
                            ("id", Arg::from(manager_id)),
                        ],
                    )
                    .await
                }
                Assignment::OutOfScope => say(bot, ctx, p, "admin-out-of-scope", &[]).await,
                Assignment::NoManager | Assignment::NoGemeinde | Assignment::Inactive => {
                    say(bot, ctx, p, "admin-unknown-reference", &[]).await
                }
            }
        }
        Command::Deactivate(args) => {
            let ids: Vec<i64> = args
                .split_whitespace()
                .filter_map(|s| s.parse().ok())
                .collect();
            let [manager_id, successor] = ids.as_slice() else {
                return bad_input(bot, ctx, p, "NR NR").await;
            };
            match managers::deactivate(ctx, &p.who, *manager_id, *successor, now).await? {
                Deactivation::Done(moved) => {
                    say(
                        bot,
                        ctx,
                        p,
                        "admin-deactivated",
                        &[
                            ("id", Arg::from(*manager_id)),
                            ("successor", Arg::from(*successor)),
                            ("count", Arg::Number(moved as f64)),
                        ],
                    )
                    .await
                }
                Deactivation::OutOfScope => say(bot, ctx, p, "admin-out-of-scope", &[]).await,
                _ => say(bot, ctx, p, "admin-unknown-reference", &[]).await,
            }
        }
        Command::Managers => {
            let mut lines = vec![];
            for l in managers::visible(&*ctx.store, Asker::Person(&p.who)).await? {
                let m = l.manager;
                let status = match m.status.as_str() {
                    "invited" => "status-invited",
                    "active" => "status-manager-active",
                    _ => "status-manager-inactive",
                };
                lines.push(ctx.texts.t_with(
                    &p.lang,
                    "admin-manager-line",
                    &[
                        ("id", Arg::from(m.id)),
                        ("name", Arg::text(m.display_name)),
                        ("status", Arg::text(ctx.texts.t(&p.lang, status))),
                        ("count", Arg::from(l.clients)),
                    ],
                ));
            }
            if lines.is_empty() {
                lines.push("–".to_owned());
            }
            // Many managers: several messages, each well within Telegram's limit.
            let mut chunk = String::new();
            for line in lines {
                if crate::domain::text::utf16_len(&chunk) + crate::domain::text::utf16_len(&line)
                    > 3500
                {
                    bot.send_message(p.chat, std::mem::take(&mut chunk)).await?;
                }
                if !chunk.is_empty() {
                    chunk.push('\n');
                }
                chunk.push_str(&line);
            }
            bot.send_message(p.chat, chunk).await?;
            Ok(())
        }
        _ => Ok(()),
    }
}

/// `/add_gemeinde AGS NAME | LANDKREIS`
async fn add_gemeinde(bot: &WBot, ctx: &Ctx, p: &Person<'_>, args: &str) -> HandlerResult {
    let (head, landkreis) = args.split_once('|').unwrap_or((args, ""));
    let (ags, name) = head.trim().split_once(' ').unwrap_or((head.trim(), ""));
    let asker = Asker::Person(&p.who);
    let now = ctx.clock.now();
    let problems =
        match structure::add_gemeinde(&*ctx.store, asker, ags, name, landkreis, now).await? {
            GemeindeAdded::Done(g) => {
                return say(
                    bot,
                    ctx,
                    p,
                    "admin-gemeinde-added",
                    &[
                        ("name", Arg::text(g.name)),
                        ("ags", Arg::text(g.ags)),
                        ("landkreis", Arg::text(g.landkreis)),
                    ],
                )
                .await;
            }
            GemeindeAdded::NotAllowed => return not_allowed(bot, ctx, p).await,
            GemeindeAdded::Invalid(problems) => problems,
        };
    match (problems.ags, problems.name, problems.landkreis) {
        (Some(AgsProblem::Malformed), _, _) => bad_input(bot, ctx, p, "AGS = 12345678").await,
        (Some(AgsProblem::Taken(_)), _, _) => say(bot, ctx, p, "admin-duplicate", &[]).await,
        (_, _, Some(LandkreisProblem::NotTheKreis { known })) => {
            let args = [("landkreis", Arg::text(known))];
            say(bot, ctx, p, "admin-landkreis-of-kreis", &args).await
        }
        (_, _, Some(LandkreisProblem::OtherKreis { kreis })) => {
            let args = [("kreis", Arg::text(kreis))];
            say(bot, ctx, p, "admin-landkreis-other-kreis", &args).await
        }
        _ => bad_input(bot, ctx, p, "AGS NAME | LANDKREIS").await,
    }
}

/// `/invite_manager ORG AGS[,AGS] NAME`
async fn invite_manager(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    args: &str,
    me: &Me,
) -> HandlerResult {
    let mut parts = args.trim().splitn(3, ' ');
    let (Some(org), Some(agss), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
        return bad_input(bot, ctx, p, "ORG AGS NAME").await;
    };
    let Ok(org) = org.parse::<i64>() else {
        return bad_input(bot, ctx, p, "ORG").await;
    };
    let mut gemeinde_ids = vec![];
    for ags in agss.split(',') {
        let Some(g) = ctx.store.gemeinde_by_ags(ags.trim()).await? else {
            return say(bot, ctx, p, "admin-unknown-reference", &[]).await;
        };
        gemeinde_ids.push(g.id);
    }
    let days = ctx.config.invite_days;
    let now = ctx.clock.now();
    match managers::invite(
        &*ctx.store,
        Asker::Person(&p.who),
        org,
        name,
        &gemeinde_ids,
        days,
        now,
    )
    .await?
    {
        Invited::Done(new) => {
            say(
                bot,
                ctx,
                p,
                "admin-manager-invited",
                &[
                    ("name", Arg::text(new.manager.display_name.clone())),
                    ("id", Arg::from(new.manager.id)),
                    ("days", Arg::from(i64::from(days))),
                    ("link", Arg::text(new.link(me.username()))),
                ],
            )
            .await
        }
        Invited::BadName => bad_input(bot, ctx, p, "NAME").await,
        Invited::OutOfScope => say(bot, ctx, p, "admin-out-of-scope", &[]).await,
        Invited::UnknownOrganisation | Invited::UnknownGemeinde | Invited::NoGemeinde => {
            say(bot, ctx, p, "admin-unknown-reference", &[]).await
        }
    }
}

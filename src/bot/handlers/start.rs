//! `/start`, with or without an invite: a manager joins, a client chooses a language,
//! reads the privacy notice, consents per purpose and is linked.

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, ChatId, InlineKeyboardMarkup, MessageId};

use super::super::dialogue::{self, Dialogue};
use super::super::keyboards::{self, Callback, button};
use super::super::{Ctx, HandlerResult, WBot};
use super::common::{self, Person, replace_text};
use crate::domain::consent::Purpose;
use crate::domain::invite::{self, InviteKind, InviteProblem};
use crate::domain::support_period;
use crate::i18n::Arg;
use crate::store::people::LinkError;

pub async fn plain_start(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    if p.who.active_manager().is_some() || p.who.linked_client().is_some() {
        common::send_welcome(bot, ctx, p, &p.lang).await?;
        return common::menu(bot, ctx, p).await;
    }
    if p.chosen.is_some() {
        common::send_welcome(bot, ctx, p, &p.lang).await?;
    }
    common::send_picker(bot, ctx, p, &p.lang).await
}

async fn say(bot: &WBot, ctx: &Ctx, p: &Person<'_>, id: &str) -> HandlerResult {
    bot.send_message(p.chat, ctx.texts.t(&p.lang, id)).await?;
    Ok(())
}

pub async fn deep_link(bot: &WBot, ctx: &Ctx, p: &Person<'_>, payload: &str) -> HandlerResult {
    let Some(kind) = invite::parse_payload(payload) else {
        tracing::warn!(user = %crate::logid::of(p.id), "made-up invite refused");
        return say(bot, ctx, p, InviteProblem::Unknown.message_id()).await;
    };
    let hash = invite::hash(payload);
    let now = ctx.clock.now();
    match kind {
        InviteKind::Manager => {
            if p.who.manager.is_some() {
                return say(bot, ctx, p, "invite-already-linked").await;
            }
            // One person, one role: a client (even one whose support ended, whose data
            // is still kept) cannot also be an Integrationsmanager on the same account.
            if p.who.client.is_some() {
                tracing::warn!(
                    user = %crate::logid::of(p.id),
                    "manager invite refused: the account is a client's"
                );
                return say(bot, ctx, p, "invite-manager-is-client").await;
            }
            match ctx.store.claim_manager_invite(&hash, p.id, now).await {
                Ok(m) => {
                    tracing::info!(user = %crate::logid::of(p.id), manager_id = m.id, "manager joined");
                    bot.send_message(
                        p.chat,
                        ctx.texts.t_with(
                            &p.lang,
                            "manager-joined",
                            &[("name", Arg::text(m.display_name.as_str()))],
                        ),
                    )
                    .reply_markup(keyboards::manager_name(&ctx.texts, &p.lang))
                    .await?;
                    Ok(())
                }
                Err(e) => link_failed(bot, ctx, p, e).await,
            }
        }
        InviteKind::Client => {
            if p.who.linked_client().is_some() {
                return say(bot, ctx, p, "invite-already-linked").await;
            }
            if p.who.manager.is_some() {
                tracing::warn!(
                    user = %crate::logid::of(p.id),
                    "client invite refused: the account is a manager's"
                );
                return say(bot, ctx, p, "invite-client-is-manager").await;
            }
            let Some(inv) = ctx.store.invite(&hash).await? else {
                tracing::warn!(user = %crate::logid::of(p.id), "unknown invite refused");
                return say(bot, ctx, p, InviteProblem::Unknown.message_id()).await;
            };
            if let Err(problem) = invite::check(&inv.state, now) {
                tracing::info!(user = %crate::logid::of(p.id), %problem, "invite refused");
                return say(bot, ctx, p, problem.message_id()).await;
            }
            dialogue::save(
                ctx,
                p.id,
                &Dialogue::Onboarding {
                    invite: hash,
                    consents: vec![],
                },
            )
            .await?;
            // Until the person chooses, the manager's guess is a better first language
            // than Telegram's.
            let guess = match (&p.chosen, inv.client_id) {
                (None, Some(cid)) => ctx
                    .store
                    .client(cid)
                    .await?
                    .map(|c| c.language)
                    .filter(|l| ctx.texts.has(l))
                    .unwrap_or_else(|| p.lang.clone()),
                _ => p.lang.clone(),
            };
            common::send_picker(bot, ctx, p, &guess).await
        }
    }
}

async fn link_failed(bot: &WBot, ctx: &Ctx, p: &Person<'_>, e: LinkError) -> HandlerResult {
    match e {
        LinkError::Invite(problem) => {
            tracing::info!(user = %crate::logid::of(p.id), %problem, "invite refused");
            say(bot, ctx, p, problem.message_id()).await
        }
        LinkError::AlreadyLinked => say(bot, ctx, p, "invite-already-linked").await,
        LinkError::Store(e) => Err(e.into()),
    }
}

/// The privacy notice and the consent toggles, in the language just chosen.
pub async fn consent_step(
    bot: &WBot,
    ctx: &Ctx,
    chat: ChatId,
    lang: &str,
    invite_hash: &str,
    consents: &[String],
) -> HandlerResult {
    let manager = manager_name_for_invite(ctx, invite_hash).await?;
    let text = format!(
        "{}\n\n{}",
        ctx.texts.t_with(
            lang,
            "privacy-notice",
            &[
                ("manager", Arg::text(manager.as_str())),
                (
                    "days",
                    Arg::Number(ctx.config.retention_delete_after_days.into())
                ),
            ]
        ),
        ctx.texts.t(lang, "consent-needed-note")
    );
    let chosen = Dialogue::chosen_consents(consents);
    bot.send_message(chat, text)
        .reply_markup(keyboards::onboarding_consents(&ctx.texts, lang, &chosen))
        .await?;
    Ok(())
}

async fn manager_name_for_invite(
    ctx: &Ctx,
    invite_hash: &str,
) -> Result<String, super::super::HandlerError> {
    let Some(client_id) = ctx
        .store
        .invite(invite_hash)
        .await?
        .and_then(|i| i.client_id)
    else {
        return Ok(String::new());
    };
    let Some(client) = ctx.store.client(client_id).await? else {
        return Ok(String::new());
    };
    Ok(ctx
        .store
        .manager(client.manager_id)
        .await?
        .map(|m| m.display_name)
        .unwrap_or_default())
}

/// Buttons of the joining steps; `false` if `cb` is not one of them or does not apply.
pub async fn callback(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    q: &CallbackQuery,
    place: Option<MessageId>,
    cb: &Callback,
) -> Result<bool, super::super::HandlerError> {
    match cb {
        Callback::ManagerName(keep) => {
            let Some(m) = p.who.active_manager() else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            if let Some(message) = keyboards::tapped_with_buttons(q) {
                let _ = bot.edit_message_reply_markup(p.chat, message).await;
            }
            if *keep {
                if let Some(Dialogue::ManagerName { .. }) = p.step().cloned() {
                    dialogue::clear(ctx, p.id).await?;
                }
                say(bot, ctx, p, "manager-menu").await?;
            } else {
                // "Keep the name" stays the way out while the new one is typed.
                let keep = InlineKeyboardMarkup::new(vec![vec![button(
                    ctx.texts.t(&p.lang, "manager-name-keep"),
                    Callback::ManagerName(true),
                )]]);
                let text = ctx.texts.t(&p.lang, "manager-name-ask");
                let step = Dialogue::ManagerName { manager_id: m.id };
                dialogue::ask(bot, ctx, p.chat, None, text, keep, &step).await?;
            }
            Ok(true)
        }
        Callback::OnboardingToggle(_) | Callback::OnboardingAgree | Callback::OnboardingDecline => {
            let Some(Dialogue::Onboarding { invite, consents }) = p.step().cloned() else {
                return Ok(false);
            };
            bot.answer_callback_query(q.id.clone()).await?;
            match cb {
                Callback::OnboardingToggle(purpose) => {
                    let mut chosen = Dialogue::chosen_consents(&consents);
                    if chosen.contains(purpose) {
                        chosen.retain(|c| c != purpose);
                    } else {
                        chosen.push(*purpose);
                    }
                    let consents: Vec<String> =
                        chosen.iter().map(|c| c.as_str().to_owned()).collect();
                    dialogue::save(ctx, p.id, &Dialogue::Onboarding { invite, consents }).await?;
                    if let Some(message) = place {
                        bot.edit_message_reply_markup(p.chat, message)
                            .reply_markup(keyboards::onboarding_consents(
                                &ctx.texts, &p.lang, &chosen,
                            ))
                            .await?;
                    }
                }
                Callback::OnboardingAgree => {
                    agree(bot, ctx, p, place, &invite, &consents).await?;
                }
                _ => {
                    dialogue::clear(ctx, p.id).await?;
                    let text = ctx.texts.t(&p.lang, "onboarding-declined");
                    replace_text(bot, p.chat, place, text).await?;
                }
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

async fn agree(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    place: Option<MessageId>,
    invite_hash: &str,
    consents: &[String],
) -> HandlerResult {
    let now = ctx.clock.now();
    let mut purposes = vec![Purpose::Contact];
    purposes.extend(
        Dialogue::chosen_consents(consents)
            .into_iter()
            .filter(|c| !c.required_for_link()),
    );
    let result = ctx
        .store
        .claim_client_invite(
            invite_hash,
            p.id,
            &purposes,
            support_period::planned_end(now),
            now,
        )
        .await;
    dialogue::clear(ctx, p.id).await?;
    match result {
        Ok(client) => {
            tracing::info!(user = %crate::logid::of(p.id), client_id = client.id, "client linked");
            ctx.wake.notify_one();
            let manager = ctx
                .store
                .manager(client.manager_id)
                .await?
                .map(|m| m.display_name)
                .unwrap_or_default();
            let text = ctx.texts.t_with(
                &p.lang,
                "client-linked",
                &[
                    ("manager", Arg::text(manager.as_str())),
                    (
                        "days",
                        Arg::Number(ctx.config.retention_delete_after_days.into()),
                    ),
                ],
            );
            replace_text(bot, p.chat, place, text).await?;
            bot.send_message(p.chat, ctx.texts.t(&p.lang, "client-menu"))
                .reply_markup(keyboards::client_menu(&ctx.texts, &p.lang, &manager))
                .await?;
            Ok(())
        }
        Err(e) => {
            if let Some(m) = place {
                let _ = bot.edit_message_reply_markup(p.chat, m).await;
            }
            link_failed(bot, ctx, p, e).await
        }
    }
}

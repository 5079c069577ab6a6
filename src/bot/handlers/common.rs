//! What every person can do: start, choose a language, get help — and a friendly answer
//! to anything the bot does not understand.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{CallbackQuery, ChatId, Message, MessageId};

use super::super::commands::Command;
use super::super::keyboards::{self, Callback};
use super::super::{Ctx, HandlerResult, WBot};
use crate::i18n::Arg;

fn user_of(msg: &Message) -> (i64, Option<&str>, &str) {
    let from = msg
        .from
        .as_ref()
        .expect("schema admits only messages with a sender");
    (
        from.id.0 as i64,
        from.language_code.as_deref(),
        from.first_name.as_str(),
    )
}

pub async fn on_command(bot: WBot, msg: Message, cmd: Command, ctx: Arc<Ctx>) -> HandlerResult {
    let result = command(&bot, &msg, cmd, &ctx).await;
    apologize_on_error(&bot, &ctx, msg.chat.id, user_of(&msg).1, result).await
}

async fn command(bot: &WBot, msg: &Message, cmd: Command, ctx: &Ctx) -> HandlerResult {
    let (user_id, tg_lang, first_name) = user_of(msg);
    let now = ctx.clock.now();
    let user = ctx.store.ensure_user(user_id, now).await?;
    let lang = ctx.language_of(user_id, tg_lang).await?;
    tracing::info!(user_id, command = ?command_name(&cmd), "command");
    match cmd {
        Command::Start(_payload) => {
            // Invites (the payload) arrive with the people capability; until then /start
            // greets and lets the person choose a language.
            if user.language.is_some() {
                send_welcome(bot, ctx, msg.chat.id, &lang, first_name).await?;
            }
            send_picker(bot, ctx, msg.chat.id, &lang, user.language.as_deref()).await?;
        }
        Command::Language => {
            send_picker(bot, ctx, msg.chat.id, &lang, user.language.as_deref()).await?;
        }
        Command::Help => {
            bot.send_message(msg.chat.id, ctx.texts.t(&lang, "help"))
                .await?;
        }
    }
    Ok(())
}

fn command_name(cmd: &Command) -> &'static str {
    match cmd {
        Command::Start(_) => "start",
        Command::Help => "help",
        Command::Language => "language",
    }
}

/// Anything that is not a known command: an unknown command, free text, a photo …
/// The content is never logged.
pub async fn on_other_message(bot: WBot, msg: Message, ctx: Arc<Ctx>) -> HandlerResult {
    let result = other_message(&bot, &msg, &ctx).await;
    apologize_on_error(&bot, &ctx, msg.chat.id, user_of(&msg).1, result).await
}

async fn other_message(bot: &WBot, msg: &Message, ctx: &Ctx) -> HandlerResult {
    let (user_id, tg_lang, _) = user_of(msg);
    ctx.store.ensure_user(user_id, ctx.clock.now()).await?;
    let lang = ctx.language_of(user_id, tg_lang).await?;
    let reply = match msg.text() {
        Some(text) if text.starts_with('/') => {
            let command: String = text
                .split_whitespace()
                .next()
                .unwrap_or("/")
                .chars()
                .take(40)
                .collect();
            tracing::info!(user_id, "unknown command");
            ctx.texts
                .t_with(&lang, "unknown-command", &[("command", Arg::text(command))])
        }
        Some(_) => {
            tracing::info!(user_id, "free text not understood");
            ctx.texts.t(&lang, "not-understood")
        }
        None => {
            tracing::info!(user_id, "unsupported message kind");
            ctx.texts.t(&lang, "unsupported-content")
        }
    };
    bot.send_message(msg.chat.id, reply).await?;
    Ok(())
}

pub async fn on_callback(bot: WBot, q: CallbackQuery, ctx: Arc<Ctx>) -> HandlerResult {
    let result = callback(&bot, &q, &ctx).await;
    if result.is_err() {
        // The spinner on the button stops either way; the apology comes as a message.
        let _ = bot.answer_callback_query(q.id.clone()).await;
    }
    let chat = ChatId(q.from.id.0 as i64);
    apologize_on_error(&bot, &ctx, chat, q.from.language_code.as_deref(), result).await
}

async fn callback(bot: &WBot, q: &CallbackQuery, ctx: &Ctx) -> HandlerResult {
    let user_id = q.from.id.0 as i64;
    let tg_lang = q.from.language_code.as_deref();
    let now = ctx.clock.now();
    ctx.store.ensure_user(user_id, now).await?;
    let place = q.regular_message().map(|m| (m.chat.id, m.id));
    match q.data.as_deref().and_then(Callback::parse) {
        Some(Callback::Language(code)) if ctx.config.locales.offered.contains(&code) => {
            ctx.store.set_language(user_id, &code, now).await?;
            tracing::info!(user_id, language = %code, "language chosen");
            bot.answer_callback_query(q.id.clone()).await?;
            let chosen = ctx.texts.t(&code, "language-chosen");
            let chat = match place {
                Some((chat, message)) => {
                    replace_picker(bot, chat, message, chosen).await?;
                    chat
                }
                None => {
                    let chat = ChatId(user_id);
                    bot.send_message(chat, chosen).await?;
                    chat
                }
            };
            send_welcome(bot, ctx, chat, &code, &q.from.first_name).await?;
        }
        _ => {
            let lang = ctx.language_of(user_id, tg_lang).await?;
            tracing::info!(user_id, "stale or unknown button");
            bot.answer_callback_query(q.id.clone())
                .text(ctx.texts.t(&lang, "stale-button"))
                .await?;
        }
    }
    Ok(())
}

/// A failed handler is logged (never with what the person wrote) and the person is told,
/// in the language Telegram reports for them, that something went wrong: silence would
/// leave them waiting.
async fn apologize_on_error(
    bot: &WBot,
    ctx: &Ctx,
    chat: ChatId,
    tg_lang: Option<&str>,
    result: HandlerResult,
) -> HandlerResult {
    let Err(error) = result else {
        return Ok(());
    };
    tracing::error!(chat_id = chat.0, %error, "handler failed");
    let lang = crate::i18n::Texts::guess(
        tg_lang,
        &ctx.config.locales.offered,
        &ctx.config.locales.default,
    );
    if let Err(e) = bot
        .send_message(chat, ctx.texts.t(lang, "something-went-wrong"))
        .await
    {
        tracing::warn!(chat_id = chat.0, error = %e, "could not apologize");
    }
    Ok(())
}

async fn send_picker(
    bot: &WBot,
    ctx: &Ctx,
    chat: ChatId,
    lang: &str,
    current: Option<&str>,
) -> HandlerResult {
    let keyboard = keyboards::language_picker(&ctx.texts, &ctx.config.locales.offered, current);
    bot.send_message(chat, ctx.texts.t(lang, "language-picker"))
        .reply_markup(keyboard)
        .await?;
    Ok(())
}

/// The picker message becomes the confirmation, so no stale keyboard stays behind.
async fn replace_picker(
    bot: &WBot,
    chat: ChatId,
    message: MessageId,
    text: String,
) -> HandlerResult {
    match bot.edit_message_text(chat, message, text.clone()).await {
        Ok(_) => Ok(()),
        // Already showing exactly this (a double tap): nothing to change.
        Err(teloxide::RequestError::Api(teloxide::ApiError::MessageNotModified)) => Ok(()),
        // Too old to edit, or deleted: say it in a new message instead.
        Err(teloxide::RequestError::Api(_)) => {
            bot.send_message(chat, text).await?;
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

async fn send_welcome(
    bot: &WBot,
    ctx: &Ctx,
    chat: ChatId,
    lang: &str,
    first_name: &str,
) -> HandlerResult {
    let welcome = ctx
        .texts
        .t_with(lang, "welcome", &[("name", Arg::text(first_name))]);
    let help = ctx.texts.t(lang, "help");
    bot.send_message(chat, format!("{welcome}\n\n{help}"))
        .await?;
    Ok(())
}

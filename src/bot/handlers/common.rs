//! The entry points the schema calls, routing by who is talking; and what every person
//! can do: start, choose a language, get help, and a friendly answer to anything the bot
//! does not understand.

use std::sync::Arc;

use std::sync::atomic::Ordering;

use teloxide::prelude::*;
use teloxide::types::{
    CallbackQuery, ChatId, InlineKeyboardMarkup, Me, Message, MessageId, ParseMode,
};

use super::super::commands::Command;
use super::super::dialogue::{self, Dialogue};
use super::super::keyboards::{self, Callback};
use super::super::roles::Who;
use super::super::{Ctx, HandlerResult, WBot};
use super::broadcast;
use super::{
    admin, agenda, announcements, caseload, client, client_agenda, join, manager, offers, privacy,
    start,
};
use crate::i18n::Arg;

/// The person behind an update, as handlers need them: read once per update (one
/// statement, see `Store::caller`) and passed on.
pub struct Person<'a> {
    pub id: i64,
    pub chat: ChatId,
    pub first_name: &'a str,
    pub lang: String,
    /// The language they chose, if they did (`lang` may be a guess).
    pub chosen: Option<String>,
    pub who: Who,
    /// The dialogue as it was when the update came in.
    pub dialogue: Option<dialogue::Stored>,
}

impl Person<'_> {
    /// The dialogue step they were in when the update came in.
    pub fn step(&self) -> Option<&Dialogue> {
        self.dialogue.as_ref().map(|d| &d.step)
    }
}

fn sender(msg: &Message) -> (i64, Option<&str>, &str) {
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

async fn person<'a>(
    ctx: &Ctx,
    id: i64,
    tg_lang: Option<&str>,
    first_name: &'a str,
) -> Result<Person<'a>, super::super::HandlerError> {
    let caller = ctx.store.caller(id).await?;
    let chosen = match caller.user {
        Some(user) => user.language,
        // First contact: the one write a person's first update makes here.
        None => ctx.store.ensure_user(id, ctx.clock.now()).await?.language,
    };
    let who = Who::from_caller(ctx, id, caller.scoped_admin, caller.manager, caller.client).await?;
    Ok(Person {
        id,
        chat: ChatId(id),
        first_name,
        lang: ctx.pick_language(chosen.as_deref(), tg_lang),
        chosen,
        who,
        dialogue: caller.dialogue.and_then(|s| serde_json::from_str(&s).ok()),
    })
}

pub async fn on_command(
    bot: WBot,
    msg: Message,
    cmd: Command,
    me: Me,
    ctx: Arc<Ctx>,
) -> HandlerResult {
    let (id, tg_lang, first_name) = sender(&msg);
    let result = match person(&ctx, id, tg_lang, first_name).await {
        Ok(p) => {
            let result = command(&bot, &msg, cmd, &me, &ctx, &p).await;
            finish_step(&bot, &ctx, id, p.dialogue, None).await;
            result
        }
        Err(e) => Err(e),
    };
    apologize_on_error(&bot, &ctx, msg.chat.id, tg_lang, result).await
}

async fn command(
    bot: &WBot,
    msg: &Message,
    cmd: Command,
    me: &Me,
    ctx: &Ctx,
    p: &Person<'_>,
) -> HandlerResult {
    let id = p.id;
    tracing::info!(user = %crate::logid::of(id), command = cmd.name(), "command");
    match cmd {
        Command::Start(payload) if !payload.trim().is_empty() => {
            start::deep_link(bot, ctx, p, payload.trim()).await
        }
        Command::Start(_) => start::plain_start(bot, ctx, p).await,
        Command::Language => send_picker(bot, ctx, p, &p.lang).await,
        Command::Help => {
            bot.send_message(p.chat, ctx.texts.t(&p.lang, "help"))
                .await?;
            Ok(())
        }
        Command::Menu => menu(bot, ctx, p).await,
        Command::Privacy => privacy::menu(bot, ctx, p).await,
        Command::Offers => offers::entry(bot, ctx, p, None, 0).await,
        Command::Web => super::web_link::send(bot, ctx, p).await,
        Command::Clients
        | Command::NewClient(_)
        | Command::Away(_)
        | Command::Back
        | Command::Reply(_)
        | Command::Appointment(_)
        | Command::Appointments
        | Command::Deadline(_)
        | Command::Deadlines => match p.who.active_manager().cloned() {
            Some(m) => manager::command(bot, ctx, p, &m, cmd, msg, me).await,
            None => not_allowed(bot, ctx, p).await,
        },
        Command::Admin
        | Command::AddOrg(_)
        | Command::AddGemeinde(_)
        | Command::InviteManager(_)
        | Command::Managers
        | Command::Assign(_)
        | Command::Deactivate(_) => {
            if p.who.is_admin() {
                admin::command(bot, ctx, p, cmd, me).await
            } else {
                not_allowed(bot, ctx, p).await
            }
        }
        Command::Broadcast | Command::Broadcasts => {
            if broadcast::may_compose(p) {
                broadcast::command(bot, ctx, p, cmd).await
            } else {
                not_allowed(bot, ctx, p).await
            }
        }
    }
}

/// Takes the buttons off the prompt of a step the update ended (see
/// `dialogue::drop_finished_prompt`); a failure here is logged, never shown.
async fn finish_step(
    bot: &WBot,
    ctx: &Ctx,
    chat: i64,
    before: Option<dialogue::Stored>,
    tapped: Option<MessageId>,
) {
    if let Err(error) = dialogue::drop_finished_prompt(bot, ctx, chat, before, tapped).await {
        tracing::warn!(%error, "could not look at the dialogue after an update");
    }
}

/// A command of another role: refused, logged, nothing changes.
pub async fn not_allowed(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    tracing::warn!(
        user = %crate::logid::of(p.id),
        "command refused: not allowed for this person"
    );
    bot.send_message(p.chat, ctx.texts.t(&p.lang, "not-allowed"))
        .await?;
    Ok(())
}

/// The menu that fits the person.
pub async fn menu(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    if p.who.active_manager().is_some() {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "manager-menu"))
            .await?;
    } else if p.who.linked_client().is_some() {
        client::menu(bot, ctx, p).await?;
    } else if p.who.is_admin() {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "admin-help"))
            .await?;
    } else {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "help"))
            .await?;
    }
    Ok(())
}

/// Anything that is not a known command: a dialogue answer, a message to relay, an
/// unknown command, free text, a photo … The content is never logged.
pub async fn on_other_message(bot: WBot, msg: Message, ctx: Arc<Ctx>) -> HandlerResult {
    let (id, tg_lang, first_name) = sender(&msg);
    let result = match person(&ctx, id, tg_lang, first_name).await {
        Ok(p) => {
            let result = other_message(&bot, &msg, &ctx, &p).await;
            finish_step(&bot, &ctx, id, p.dialogue, None).await;
            result
        }
        Err(e) => Err(e),
    };
    apologize_on_error(&bot, &ctx, msg.chat.id, tg_lang, result).await
}

async fn other_message(bot: &WBot, msg: &Message, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    let id = p.id;
    let is_command = msg.text().is_some_and(|t| t.starts_with('/'));
    if !is_command {
        // A reply to a client is never taken for the new name.
        if msg.reply_to_message().is_none()
            && let Some(Dialogue::ManagerName { manager_id }) = p.step().cloned()
        {
            return manager::receive_name(bot, ctx, p, manager_id, msg).await;
        }
        // An administrator changing or adding an offer (a reply to a client is still
        // relayed).
        if msg.reply_to_message().is_none()
            && let Some(d @ (Dialogue::OfferEdit { .. } | Dialogue::OfferNewTitle { .. })) =
                p.step().cloned()
        {
            return offers::receive_text(bot, ctx, p, d, msg).await;
        }
        // A manager or administrator typing an announcement or the time to send it (a
        // reply to a client is still relayed).
        if msg.reply_to_message().is_none()
            && broadcast::may_compose(p)
            && let Some(d @ (Dialogue::BroadcastText { .. } | Dialogue::BroadcastWhen { .. })) =
                p.step().cloned()
        {
            return broadcast::receive_text(bot, ctx, p, d, msg).await;
        }
        if let Some(m) = p.who.active_manager().cloned() {
            // Planning or moving an appointment, moving a deadline take what is typed (a
            // reply to a client is still relayed).
            if msg.reply_to_message().is_none()
                && let Some(
                    d @ (Dialogue::PlanWhen { .. }
                    | Dialogue::PlanPlace { .. }
                    | Dialogue::PlanTopic { .. }
                    | Dialogue::PlanConfirm { .. }
                    | Dialogue::MoveWhen { .. }
                    | Dialogue::DeadlineMoveDay { .. }),
                ) = p.step().cloned()
            {
                return agenda::receive_text(bot, ctx, p, &m, d, msg).await;
            }
            return manager::relay_reply(bot, ctx, p, &m, msg).await;
        }
        if let Some(c) = p.who.linked_client().cloned() {
            return client::relay_to_manager(bot, ctx, p, &c, msg).await;
        }
    }
    let reply = match msg.text() {
        Some(text) if text.starts_with('/') => {
            let command: String = text
                .split_whitespace()
                .next()
                .unwrap_or("/")
                .chars()
                .take(40)
                .collect();
            tracing::info!(user = %crate::logid::of(id), "unknown command");
            ctx.texts.t_with(
                &p.lang,
                "unknown-command",
                &[("command", Arg::text(command))],
            )
        }
        Some(_) => {
            tracing::info!(user = %crate::logid::of(id), "free text not understood");
            ctx.texts.t(&p.lang, "not-understood")
        }
        None => {
            tracing::info!(user = %crate::logid::of(id), "unsupported message kind");
            ctx.texts.t(&p.lang, "unsupported-content")
        }
    };
    bot.send_message(msg.chat.id, reply).await?;
    Ok(())
}

pub async fn on_callback(bot: WBot, q: CallbackQuery, me: Me, ctx: Arc<Ctx>) -> HandlerResult {
    let (gated, answered) = bot.inner().noting_answers();
    let bot = gated.parse_mode(ParseMode::Html);
    let id = q.from.id.0 as i64;
    let tg_lang = q.from.language_code.as_deref();
    let result = match person(&ctx, id, tg_lang, &q.from.first_name).await {
        Ok(p) => {
            let result = callback(&bot, &q, &me, &ctx, &p).await;
            let tapped = q.regular_message().map(|m| m.id);
            finish_step(&bot, &ctx, id, p.dialogue, tapped).await;
            result
        }
        Err(e) => Err(e),
    };
    if result.is_err() && !answered.load(Ordering::Relaxed) {
        // The spinner on the button stops either way (answered once, never twice); the
        // apology comes as a message.
        let _ = bot.answer_callback_query(q.id.clone()).await;
    }
    apologize_on_error(&bot, &ctx, ChatId(id), tg_lang, result).await
}

async fn callback(
    bot: &WBot,
    q: &CallbackQuery,
    me: &Me,
    ctx: &Ctx,
    p: &Person<'_>,
) -> HandlerResult {
    let id = p.id;
    let place = q.regular_message().map(|m| m.id);
    let handled = match q.data.as_deref().and_then(Callback::parse) {
        Some(Callback::Language(code)) if ctx.config.locales.offered.contains(&code) => {
            bot.answer_callback_query(q.id.clone()).await?;
            language_chosen(bot, ctx, p, place, &code).await?;
            true
        }
        Some(Callback::Dismiss) => {
            bot.answer_callback_query(q.id.clone()).await?;
            replace_text(bot, p.chat, place, ctx.texts.t(&p.lang, "dismissed")).await?;
            true
        }
        Some(cb) => {
            start::callback(bot, ctx, p, q, place, &cb).await?
                || client::callback(bot, ctx, p, q, &cb).await?
                || privacy::callback(bot, ctx, p, q, place, &cb).await?
                || caseload::callback(bot, ctx, p, q, place, &cb, me).await?
                || join::callback(bot, ctx, p, q, place, &cb).await?
                || agenda::callback(bot, ctx, p, q, place, &cb).await?
                || client_agenda::callback(bot, ctx, p, q, place, &cb).await?
                || offers::callback(bot, ctx, p, q, place, &cb).await?
                || announcements::callback(bot, ctx, p, q, place, &cb).await?
                || broadcast::callback(bot, ctx, p, q, place, &cb).await?
        }
        None => false,
    };
    if !handled {
        tracing::warn!(user = %crate::logid::of(id), "stale, forged or unknown button refused");
        bot.answer_callback_query(q.id.clone())
            .text(ctx.texts.t(&p.lang, "stale-button"))
            .await?;
    }
    Ok(())
}

async fn language_chosen(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    place: Option<MessageId>,
    code: &str,
) -> HandlerResult {
    ctx.store.set_language(p.id, code, ctx.clock.now()).await?;
    tracing::info!(user = %crate::logid::of(p.id), language = code, "language chosen");
    let chosen = ctx.texts.t(code, "language-chosen");
    replace_text(bot, p.chat, place, chosen).await?;
    if let Some(Dialogue::Onboarding { invite, consents }) = p.step() {
        return start::consent_step(bot, ctx, p.chat, code, invite, consents).await;
    }
    // Someone who already uses the bot (a linked client, a manager) has read the
    // welcome: the one line above confirms the change, and their menu follows in the new
    // language. Only a newcomer gets the welcome and help.
    if p.who.active_manager().is_some() || p.who.linked_client().is_some() {
        let p = Person {
            id: p.id,
            chat: p.chat,
            first_name: p.first_name,
            lang: code.to_owned(),
            chosen: Some(code.to_owned()),
            who: p.who.clone(),
            dialogue: None,
        };
        return menu(bot, ctx, &p).await;
    }
    send_welcome(bot, ctx, p, code).await
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
    tracing::error!(user = %crate::logid::of(chat.0), %error, "handler failed");
    let lang = crate::i18n::Texts::guess(
        tg_lang,
        &ctx.config.locales.offered,
        &ctx.config.locales.default,
    );
    if let Err(e) = bot
        .send_message(chat, ctx.texts.t(lang, "something-went-wrong"))
        .await
    {
        tracing::warn!(user = %crate::logid::of(chat.0), error = %e, "could not apologize");
    }
    Ok(())
}

/// The language picker, in `lang`, marking the language `p` chose (if any).
pub async fn send_picker(bot: &WBot, ctx: &Ctx, p: &Person<'_>, lang: &str) -> HandlerResult {
    let keyboard =
        keyboards::language_picker(&ctx.texts, &ctx.config.locales.offered, p.chosen.as_deref());
    bot.send_message(p.chat, ctx.texts.t(lang, "language-picker"))
        .reply_markup(keyboard)
        .await?;
    Ok(())
}

/// Shows `text` in place of the message a button was tapped on (dropping its buttons,
/// so no stale keyboard stays behind), or as a new message when there is none.
pub async fn replace_text(
    bot: &WBot,
    chat: ChatId,
    message: Option<MessageId>,
    text: String,
) -> HandlerResult {
    let Some(message) = message else {
        bot.send_message(chat, text).await?;
        return Ok(());
    };
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

/// Shows `text` with `keyboard` in place of message `place` (a page turned), or as a
/// new message.
pub async fn show_with_keyboard(
    bot: &WBot,
    chat: ChatId,
    place: Option<MessageId>,
    text: String,
    keyboard: InlineKeyboardMarkup,
) -> HandlerResult {
    match place {
        Some(message) => match bot
            .edit_message_text(chat, message, text)
            .reply_markup(keyboard)
            .await
        {
            // A double tap on the same page: it is already shown.
            Err(teloxide::RequestError::Api(teloxide::ApiError::MessageNotModified)) => {}
            other => {
                other?;
            }
        },
        None => {
            bot.send_message(chat, text).reply_markup(keyboard).await?;
        }
    }
    Ok(())
}

/// The welcome and short help; people who are nobody yet can ask to be taken on.
pub async fn send_welcome(bot: &WBot, ctx: &Ctx, p: &Person<'_>, lang: &str) -> HandlerResult {
    let welcome = ctx
        .texts
        .t_with(lang, "welcome", &[("name", Arg::text(p.first_name))]);
    let help = ctx.texts.t(lang, "help");
    let mut request = bot.send_message(p.chat, format!("{welcome}\n\n{help}"));
    if join::may_ask(p) && !ctx.store.gemeinden_with_managers().await?.is_empty() {
        request = request.reply_markup(join::ask_button(ctx, lang));
    }
    request.await?;
    Ok(())
}

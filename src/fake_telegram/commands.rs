//! `setMyCommands`, `getMyCommands`, `deleteMyCommands` and Telegram's rule
//! for which command menu a user sees.

use serde::Serialize;
use serde_json::{Value, json};

use super::{
    params::{ApiError, ApiResult, Params},
    state::State,
};

/// `BotCommandScope`, as the key the commands are stored under.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CommandScope {
    Default,
    AllPrivateChats,
    AllGroupChats,
    AllChatAdministrators,
    Chat(i64),
    ChatAdministrators(i64),
    ChatMember { chat_id: i64, user_id: i64 },
}

/// One entry of the bot's command menu.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BotCommand {
    pub command: String,
    pub description: String,
}

fn parse_scope(p: &Params) -> ApiResult<CommandScope> {
    let Some(v) = p.json("scope")? else {
        return Ok(CommandScope::Default);
    };
    let ty = v.get("type").and_then(Value::as_str).unwrap_or_default();
    let id = |field: &str| {
        v.get(field)
            .and_then(|x| x.as_i64().or_else(|| x.as_str()?.parse().ok()))
            .ok_or_else(|| ApiError::bad("chat not found"))
    };
    Ok(match ty {
        "default" => CommandScope::Default,
        "all_private_chats" => CommandScope::AllPrivateChats,
        "all_group_chats" => CommandScope::AllGroupChats,
        "all_chat_administrators" => CommandScope::AllChatAdministrators,
        "chat" => CommandScope::Chat(id("chat_id")?),
        "chat_administrators" => CommandScope::ChatAdministrators(id("chat_id")?),
        "chat_member" => CommandScope::ChatMember {
            chat_id: id("chat_id")?,
            user_id: id("user_id")?,
        },
        _ => return Err(ApiError::bad("unsupported scope type specified")),
    })
}

fn parse_language(p: &Params) -> ApiResult<String> {
    let lang = p.str("language_code").unwrap_or_default();
    let two_letters = lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase());
    if !lang.is_empty() && !two_letters {
        return Err(ApiError::bad("invalid language code specified"));
    }
    Ok(lang)
}

pub(crate) fn set_my_commands(s: &mut State, p: &Params) -> ApiResult<Value> {
    let Some(Value::Array(list)) = p.json("commands")? else {
        return Err(ApiError::bad("field \"commands\" must be an Array"));
    };
    if list.len() > 100 {
        return Err(ApiError::bad("too many commands specified"));
    }
    let mut commands = Vec::new();
    for c in &list {
        let field = |k: &str| {
            c.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let command = field("command");
        let command = command.strip_prefix('/').unwrap_or(&command).to_owned();
        let description = field("description");
        let valid_name = (1..=32).contains(&command.len())
            && command
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !valid_name {
            return Err(ApiError::bad("BOT_COMMAND_INVALID"));
        }
        if !(1..=256).contains(&description.chars().count()) {
            return Err(ApiError::bad(
                "command description must be 1-256 characters long",
            ));
        }
        commands.push(BotCommand {
            command,
            description,
        });
    }
    let key = (parse_scope(p)?, parse_language(p)?);
    if commands.is_empty() {
        s.commands.remove(&key);
    } else {
        s.commands.insert(key, commands);
    }
    Ok(json!(true))
}

pub(crate) fn get_my_commands(s: &State, p: &Params) -> ApiResult<Value> {
    let key = (parse_scope(p)?, parse_language(p)?);
    Ok(json!(s.commands.get(&key).cloned().unwrap_or_default()))
}

pub(crate) fn delete_my_commands(s: &mut State, p: &Params) -> ApiResult<Value> {
    let key = (parse_scope(p)?, parse_language(p)?);
    s.commands.remove(&key);
    Ok(json!(true))
}

/// The menu a user sees in the private chat with the bot, by Telegram's
/// documented precedence: chat+language, chat, all private chats+language,
/// all private chats, default+language, default.
pub(crate) fn menu_for(s: &State, chat_id: i64, language_code: Option<&str>) -> Vec<BotCommand> {
    let lang = language_code
        .map(|l| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase())
        .unwrap_or_default();
    let scopes = [
        CommandScope::Chat(chat_id),
        CommandScope::AllPrivateChats,
        CommandScope::Default,
    ];
    for scope in scopes {
        let specific = (!lang.is_empty()).then(|| lang.clone());
        for l in specific.into_iter().chain([String::new()]) {
            if let Some(c) = s.commands.get(&(scope.clone(), l)) {
                return c.clone();
            }
        }
    }
    Vec::new()
}

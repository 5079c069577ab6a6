//! `setMessageReaction`, as Telegram answers a bot: one emoji reaction at most (bots are
//! not premium), from Telegram's fixed list, on a message of a chat the bot may write to.

use serde_json::{Value, json};

use super::{
    params::{ApiError, ApiResult, Params},
    state::State,
};

/// The emoji a reaction may be (Bot API 10.1, `ReactionTypeEmoji`).
const ALLOWED: &[&str] = &[
    "❤",
    "👍",
    "👎",
    "🔥",
    "🥰",
    "👏",
    "😁",
    "🤔",
    "🤯",
    "😱",
    "🤬",
    "😢",
    "🎉",
    "🤩",
    "🤮",
    "💩",
    "🙏",
    "👌",
    "🕊",
    "🤡",
    "🥱",
    "🥴",
    "😍",
    "🐳",
    "❤\u{200d}🔥",
    "🌚",
    "🌭",
    "💯",
    "🤣",
    "⚡",
    "🍌",
    "🏆",
    "💔",
    "🤨",
    "😐",
    "🍓",
    "🍾",
    "💋",
    "🖕",
    "😈",
    "😴",
    "😭",
    "🤓",
    "👻",
    "👨\u{200d}💻",
    "👀",
    "🎃",
    "🙈",
    "😇",
    "😨",
    "🤝",
    "✍",
    "🤗",
    "🫡",
    "🎅",
    "🎄",
    "☃",
    "💅",
    "🤪",
    "🗿",
    "🆒",
    "💘",
    "🙉",
    "🦄",
    "😘",
    "💊",
    "🙊",
    "😎",
    "👾",
    "🤷\u{200d}♂",
    "🤷",
    "🤷\u{200d}♀",
    "😡",
];

pub(crate) fn set_message_reaction(s: &mut State, p: &Params) -> ApiResult<Value> {
    let chat = p.chat_id("chat_id")?;
    match s.users.get(&chat) {
        Some(u) if u.deactivated => return Err(ApiError::forbidden("user is deactivated")),
        Some(u) if u.blocked => return Err(ApiError::forbidden("bot was blocked by the user")),
        Some(u) if u.started => {}
        _ => return Err(ApiError::bad("chat not found")),
    }
    let mid = p.required_int("message_id")?;
    let reactions = match p.json("reaction")? {
        None => vec![],
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiError::bad("REACTION_INVALID")),
    };
    if reactions.len() > 1 {
        return Err(ApiError::bad("REACTIONS_TOO_MANY"));
    }
    let emoji = match reactions.first() {
        None => None,
        Some(r) => {
            let kind = r.get("type").and_then(Value::as_str);
            let emoji = r.get("emoji").and_then(Value::as_str);
            match (kind, emoji) {
                (Some("emoji"), Some(e)) if ALLOWED.contains(&e) => Some(e.to_owned()),
                _ => return Err(ApiError::bad("REACTION_INVALID")),
            }
        }
    };
    let m = i32::try_from(mid)
        .ok()
        .and_then(|mid| s.message_mut(chat, mid))
        .ok_or_else(|| ApiError::bad("message to react not found"))?;
    m.bot_reaction = emoji;
    Ok(json!(true))
}

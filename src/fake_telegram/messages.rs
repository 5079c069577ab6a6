//! Bot API methods that create, change or remove messages, plus
//! `answerCallbackQuery` and `sendChatAction`.

use serde_json::{Value, json};

use super::{
    html::parse_html,
    markup::{Markup, parse_markup},
    params::{ApiError, ApiResult, Params},
    state::{Content, State, StoredMessage, now},
    text::{Entity, Formatted},
    transcript::CallbackAnswer,
};

pub(crate) const MAX_TEXT: usize = 4096;
pub(crate) const MAX_CAPTION: usize = 1024;

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply markup \
     are exactly the same as a current content and reply markup of the message";

/// The chat must exist, i.e. the user has written to the bot at least once.
pub(super) fn target_chat(s: &State, p: &Params, field: &str) -> ApiResult<i64> {
    let id = p.chat_id(field)?;
    match s.users.get(&id) {
        Some(u) if u.started => Ok(id),
        _ => Err(ApiError::bad("chat not found")),
    }
}

fn check_deliverable(s: &State, chat: i64) -> ApiResult<()> {
    match s.users.get(&chat) {
        Some(u) if u.deactivated => Err(ApiError::forbidden("user is deactivated")),
        Some(u) if u.blocked => Err(ApiError::forbidden("bot was blocked by the user")),
        _ => Ok(()),
    }
}

/// Applies `parse_mode` (or explicit entities) to a text or caption, then
/// trims it like Telegram.
fn format(
    p: &Params,
    source: &str,
    mode_field: &str,
    entities_field: &str,
) -> ApiResult<Formatted> {
    let mode = p.str(mode_field).unwrap_or_default();
    let formatted = match mode.to_ascii_lowercase().as_str() {
        "" => {
            let entities = match p.json(entities_field)? {
                None => Vec::new(),
                Some(v) => serde_json::from_value::<Vec<Entity>>(v)
                    .map_err(|e| ApiError::bad(format!("can't parse entities: {e}")))?,
            };
            Formatted {
                text: source.to_owned(),
                entities,
            }
        }
        "html" => {
            parse_html(source).map_err(|e| ApiError::bad(format!("can't parse entities: {e}")))?
        }
        // Deliberate deviation: Markdown is accepted but not parsed.
        "markdown" | "markdownv2" => Formatted {
            text: source.to_owned(),
            entities: Vec::new(),
        },
        _ => return Err(ApiError::bad("unsupported parse_mode")),
    };
    Ok(formatted.trimmed())
}

fn text_param(p: &Params, too_long: &str) -> ApiResult<(String, Formatted)> {
    let source = p.str("text").unwrap_or_default();
    if source.is_empty() {
        return Err(ApiError::bad("message text is empty"));
    }
    let f = format(p, &source, "parse_mode", "entities")?;
    if f.text.is_empty() {
        return Err(ApiError::bad("message text is empty"));
    }
    if f.char_len() > MAX_TEXT {
        return Err(ApiError::bad(too_long));
    }
    Ok((source, f))
}

pub(super) fn caption_param(p: &Params) -> ApiResult<Option<(String, Formatted)>> {
    let Some(source) = p.str("caption").filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let f = format(p, &source, "parse_mode", "caption_entities")?;
    if f.char_len() > MAX_CAPTION {
        return Err(ApiError::bad("message caption is too long"));
    }
    Ok((!f.text.is_empty()).then_some((source, f)))
}

pub(super) fn markup_param(
    p: &Params,
    inline_only: bool,
) -> ApiResult<Option<(Markup, Option<Value>)>> {
    match p.json("reply_markup")? {
        None => Ok(None),
        Some(v) => parse_markup(&v, inline_only),
    }
}

fn reply_param(s: &State, chat: i64, p: &Params) -> ApiResult<Option<i32>> {
    let (id, allow) = match p.json("reply_parameters")? {
        Some(rp) => (
            rp.get("message_id").and_then(Value::as_i64),
            rp.get("allow_sending_without_reply")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        ),
        None => (
            p.int("reply_to_message_id")?,
            p.bool("allow_sending_without_reply"),
        ),
    };
    let Some(id) = id else { return Ok(None) };
    let id = i32::try_from(id).unwrap_or(-1);
    match s.message(chat, id) {
        Some(_) => Ok(Some(id)),
        None if allow => Ok(None),
        None => Err(ApiError::bad("message to be replied not found")),
    }
}

/// Fills the common fields of a new bot message, stores it and returns its JSON.
pub(super) fn post(
    s: &mut State,
    bot: &Value,
    chat: i64,
    p: &Params,
    mut m: StoredMessage,
) -> ApiResult<Value> {
    if let Some((markup, json)) = markup_param(p, false)? {
        m.markup = Some(markup);
        m.inline_json = json;
    }
    m.reply_to = reply_param(s, chat, p)?;
    check_deliverable(s, chat)?;
    let id = s.add_message(chat, m);
    let stored = s.message(chat, id).expect("just stored");
    Ok(s.message_json(bot, chat, stored))
}

pub(crate) fn send_message(s: &mut State, bot: &Value, p: &Params) -> ApiResult<Value> {
    let chat = target_chat(s, p, "chat_id")?;
    markup_param(p, false)?; // validated before the text, like Telegram
    let (source, f) = text_param(p, "message is too long")?;
    let mut m = StoredMessage::new(true, Content::Text(f));
    m.source = Some(source);
    m.parse_mode = p.str("parse_mode");
    m.link_preview_options = p.json("link_preview_options")?;
    post(s, bot, chat, p, m)
}

pub(crate) fn copy_message(s: &mut State, bot: &Value, p: &Params) -> ApiResult<Value> {
    let chat = target_chat(s, p, "chat_id")?;
    let from = p.chat_id("from_chat_id")?;
    if !s.chats.contains_key(&from) {
        return Err(ApiError::bad("chat not found"));
    }
    let mid = p.required_int("message_id")?;
    let src = i32::try_from(mid)
        .ok()
        .and_then(|mid| s.message(from, mid))
        .cloned()
        .ok_or_else(|| ApiError::bad("message to copy not found"))?;
    markup_param(p, false)?;
    let new_caption = caption_param(p)?;
    let mut m = StoredMessage::new(true, src.content.clone());
    m.source = src.source.clone();
    m.parse_mode = src.parse_mode.clone();
    if p.has("caption")
        && let Content::Photo { caption, .. } | Content::Document { caption, .. } = &mut m.content
    {
        *caption = new_caption.as_ref().map(|(_, f)| f.clone());
        m.source = new_caption.map(|(src, _)| src);
        m.parse_mode = p.str("parse_mode");
    }
    m.copy_of = Some((from, src.id));
    let message = post(s, bot, chat, p, m)?;
    Ok(json!({ "message_id": message["message_id"] }))
}

/// Finds the bot message an edit method targets.
fn edit_target<'a>(s: &'a mut State, p: &Params) -> ApiResult<(i64, &'a mut StoredMessage)> {
    if p.has("inline_message_id") {
        return Err(ApiError::bad("MESSAGE_ID_INVALID"));
    }
    let chat = p.chat_id("chat_id")?;
    if !s.users.get(&chat).is_some_and(|u| u.started) {
        return Err(ApiError::bad("chat not found"));
    }
    let mid = p
        .int("message_id")?
        .ok_or_else(|| ApiError::bad("message identifier is not specified"))?;
    check_deliverable(s, chat)?;
    let m = i32::try_from(mid)
        .ok()
        .and_then(|mid| s.message_mut(chat, mid))
        .ok_or_else(|| ApiError::bad("message to edit not found"))?;
    if !m.from_bot {
        return Err(ApiError::bad("message can't be edited"));
    }
    Ok((chat, m))
}

fn set_inline(m: &mut StoredMessage, new: Option<(Markup, Option<Value>)>) {
    let (markup, json) = match new {
        Some((markup, json)) => (Some(markup), json),
        None => (None, None),
    };
    if matches!(m.markup, None | Some(Markup::Inline { .. })) {
        m.markup = markup;
    }
    m.inline_json = json;
    m.edit_date = Some(now());
}

pub(crate) fn edit_message_text(s: &mut State, bot: &Value, p: &Params) -> ApiResult<Value> {
    let markup = markup_param(p, true)?;
    let (source, f) = text_param(p, "MESSAGE_TOO_LONG")?;
    let link_preview = p.json("link_preview_options")?;
    let (chat, m) = edit_target(s, p)?;
    let Content::Text(old) = &m.content else {
        return Err(ApiError::bad("there is no text in the message to edit"));
    };
    if *old == f && m.inline_json == markup.as_ref().and_then(|(_, j)| j.clone()) {
        return Err(ApiError::bad(NOT_MODIFIED));
    }
    m.content = Content::Text(f);
    m.source = Some(source);
    m.parse_mode = p.str("parse_mode");
    if link_preview.is_some() {
        m.link_preview_options = link_preview;
    }
    set_inline(m, markup);
    let m = m.clone();
    Ok(s.message_json(bot, chat, &m))
}

pub(crate) fn edit_message_caption(s: &mut State, bot: &Value, p: &Params) -> ApiResult<Value> {
    let markup = markup_param(p, true)?;
    let caption = caption_param(p)?;
    let (chat, m) = edit_target(s, p)?;
    let new = caption.as_ref().map(|(_, f)| f.clone());
    let (Content::Photo { caption: old, .. } | Content::Document { caption: old, .. }) =
        &mut m.content
    else {
        return Err(ApiError::bad("there is no caption in the message to edit"));
    };
    if *old == new && m.inline_json == markup.as_ref().and_then(|(_, j)| j.clone()) {
        return Err(ApiError::bad(NOT_MODIFIED));
    }
    *old = new;
    m.source = caption.map(|(src, _)| src);
    m.parse_mode = p.str("parse_mode");
    set_inline(m, markup);
    let m = m.clone();
    Ok(s.message_json(bot, chat, &m))
}

pub(crate) fn edit_message_reply_markup(
    s: &mut State,
    bot: &Value,
    p: &Params,
) -> ApiResult<Value> {
    let markup = markup_param(p, true)?;
    let (chat, m) = edit_target(s, p)?;
    if m.inline_json == markup.as_ref().and_then(|(_, j)| j.clone()) {
        return Err(ApiError::bad(NOT_MODIFIED));
    }
    set_inline(m, markup);
    let m = m.clone();
    Ok(s.message_json(bot, chat, &m))
}

pub(crate) fn delete_message(s: &mut State, p: &Params) -> ApiResult<Value> {
    let chat = p.chat_id("chat_id")?;
    if !s.chats.contains_key(&chat) {
        return Err(ApiError::bad("chat not found"));
    }
    let mid = p.required_int("message_id")?;
    let m = i32::try_from(mid)
        .ok()
        .and_then(|mid| s.message_mut(chat, mid))
        .ok_or_else(|| ApiError::bad("message to delete not found"))?;
    m.deleted = true;
    Ok(json!(true))
}

pub(crate) fn answer_callback_query(s: &mut State, p: &Params) -> ApiResult<Value> {
    let id = p.str("callback_query_id").unwrap_or_default();
    let text = p.str("text").filter(|t| !t.is_empty());
    if text.as_ref().is_some_and(|t| t.chars().count() > 200) {
        return Err(ApiError::bad("MESSAGE_TOO_LONG"));
    }
    let invalid =
        || ApiError::bad("query is too old and response timeout expired or query ID is invalid");
    let record = s.callbacks.get_mut(&id).ok_or_else(invalid)?;
    if record.answered {
        return Err(invalid());
    }
    record.answered = true;
    let chat = record.chat_id;
    s.answers.push((
        chat,
        CallbackAnswer {
            query_id: id,
            text,
            show_alert: p.bool("show_alert"),
            url: p.str("url"),
        },
    ));
    Ok(json!(true))
}

const CHAT_ACTIONS: &[&str] = &[
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
];

pub(crate) fn send_chat_action(s: &State, p: &Params) -> ApiResult<Value> {
    let chat = target_chat(s, p, "chat_id")?;
    let action = p.str("action").unwrap_or_default();
    if !CHAT_ACTIONS.contains(&action.as_str()) {
        return Err(ApiError::bad("wrong parameter action in request"));
    }
    check_deliverable(s, chat)?;
    Ok(json!(true))
}

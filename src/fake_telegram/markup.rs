//! `reply_markup` validation: inline keyboards, reply keyboards, removal,
//! force-reply.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::params::{ApiError, ApiResult};

/// One inline keyboard button as the user sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Button {
    pub text: String,
    /// Set for callback buttons.
    pub callback_data: Option<String>,
    /// Set for URL buttons.
    pub url: Option<String>,
}

/// The `reply_markup` a message was sent with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Markup {
    /// Inline keyboard under the message; tappable with [`FakeUser::tap`](super::FakeUser::tap).
    Inline { rows: Vec<Vec<Button>> },
    /// Custom reply keyboard replacing the user's keyboard (button texts).
    Keyboard {
        rows: Vec<Vec<String>>,
        one_time: bool,
        persistent: bool,
    },
    /// `{"remove_keyboard": true}`.
    RemoveKeyboard,
    /// `{"force_reply": true}`.
    ForceReply,
}

impl Markup {
    /// Inline keyboard rows, or an empty slice.
    pub fn inline_rows(&self) -> &[Vec<Button>] {
        match self {
            Markup::Inline { rows } => rows,
            _ => &[],
        }
    }
}

const INLINE_ACTIONS: &[&str] = &[
    "url",
    "login_url",
    "callback_data",
    "web_app",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
];

/// Validates a `reply_markup`. Returns the parsed markup and, for inline
/// keyboards, the normalised `InlineKeyboardMarkup` JSON that Telegram puts
/// into `Message.reply_markup`. An empty inline keyboard means "no keyboard".
pub(crate) fn parse_markup(
    value: &Value,
    inline_only: bool,
) -> ApiResult<Option<(Markup, Option<Value>)>> {
    let Some(obj) = value.as_object() else {
        return Err(ApiError::bad("object expected as reply markup"));
    };
    if let Some(rows) = obj.get("inline_keyboard") {
        return parse_inline(rows);
    }
    if inline_only {
        return Err(ApiError::bad("inline keyboard expected"));
    }
    if let Some(rows) = obj.get("keyboard") {
        let rows = rows_of(rows, "keyboard", "ReplyKeyboardMarkup")?;
        let mut out = Vec::new();
        for row in rows {
            let mut texts = Vec::new();
            for b in row.as_array().into_iter().flatten() {
                let text = match b {
                    Value::String(s) => s.clone(),
                    Value::Object(o) => match o.get("text") {
                        Some(Value::String(s)) => s.clone(),
                        Some(_) => {
                            return Err(ApiError::bad(
                                "can't parse keyboard button: Field \"text\" must be of type String",
                            ));
                        }
                        None => {
                            return Err(ApiError::bad(
                                "can't parse keyboard button: Can't find field \"text\"",
                            ));
                        }
                    },
                    _ => {
                        return Err(ApiError::bad(
                            "can't parse keyboard button: KeyboardButton must be a String or an Object",
                        ));
                    }
                };
                if text.trim().is_empty() {
                    return Err(ApiError::bad("can't parse keyboard button: Text is empty"));
                }
                texts.push(text);
            }
            if !texts.is_empty() {
                out.push(texts);
            }
        }
        let flag = |k: &str| obj.get(k).and_then(Value::as_bool).unwrap_or(false);
        return Ok(Some((
            Markup::Keyboard {
                rows: out,
                one_time: flag("one_time_keyboard"),
                persistent: flag("is_persistent"),
            },
            None,
        )));
    }
    if obj.get("remove_keyboard").and_then(Value::as_bool) == Some(true) {
        return Ok(Some((Markup::RemoveKeyboard, None)));
    }
    if obj.get("force_reply").and_then(Value::as_bool) == Some(true) {
        return Ok(Some((Markup::ForceReply, None)));
    }
    Err(ApiError::bad(
        "can't parse reply keyboard markup JSON object",
    ))
}

fn rows_of<'a>(v: &'a Value, field: &str, ty: &str) -> ApiResult<&'a Vec<Value>> {
    let err = || {
        ApiError::bad(format!(
            "field \"{field}\" of the {ty} should be an Array of Arrays"
        ))
    };
    let rows = v.as_array().ok_or_else(err)?;
    if rows.iter().any(|r| !r.is_array()) {
        return Err(err());
    }
    Ok(rows)
}

fn parse_inline(rows: &Value) -> ApiResult<Option<(Markup, Option<Value>)>> {
    let rows = rows_of(rows, "inline_keyboard", "InlineKeyboardMarkup")?;
    let mut parsed = Vec::new();
    let mut normalised = Vec::new();
    for row in rows {
        let mut prow = Vec::new();
        let mut nrow = Vec::new();
        for b in row.as_array().into_iter().flatten() {
            let (button, json) = parse_inline_button(b)?;
            prow.push(button);
            nrow.push(json);
        }
        if !prow.is_empty() {
            parsed.push(prow);
            normalised.push(Value::Array(nrow));
        }
    }
    if parsed.is_empty() {
        return Ok(None);
    }
    Ok(Some((
        Markup::Inline { rows: parsed },
        Some(json!({ "inline_keyboard": normalised })),
    )))
}

fn parse_inline_button(b: &Value) -> ApiResult<(Button, Value)> {
    const P: &str = "can't parse inline keyboard button: ";
    let Some(obj) = b.as_object() else {
        return Err(ApiError::bad(format!(
            "{P}InlineKeyboardButton must be an Object"
        )));
    };
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(ApiError::bad(format!(
                "{P}Field \"text\" must be of type String"
            )));
        }
        None => return Err(ApiError::bad(format!("{P}Can't find field \"text\""))),
    };
    if text.trim().is_empty() {
        return Err(ApiError::bad(format!("{P}Text is empty")));
    }
    // Telegram treats an empty string like an absent field.
    let present: Vec<&str> = INLINE_ACTIONS
        .iter()
        .copied()
        .filter(|k| match obj.get(*k) {
            None | Some(Value::Null) => false,
            Some(Value::String(s)) => !s.is_empty() || k.starts_with("switch_inline_query"),
            Some(Value::Bool(b)) => *b,
            Some(_) => true,
        })
        .collect();
    let action = match present.as_slice() {
        [] => {
            return Err(ApiError::bad(format!(
                "{P}Text buttons are unallowed in the inline keyboard"
            )));
        }
        [one] => *one,
        several => {
            return Err(ApiError::bad(format!(
                "{P}exactly one of the optional fields must be used, found {}",
                several.join(", ")
            )));
        }
    };
    let mut button = Button {
        text: text.clone(),
        callback_data: None,
        url: None,
    };
    let value = obj[action].clone();
    match action {
        "callback_data" => {
            let data = value
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| value.to_string());
            if data.is_empty() || data.len() > 64 {
                return Err(ApiError::bad("BUTTON_DATA_INVALID"));
            }
            button.callback_data = Some(data);
        }
        "url" => {
            let url = value.as_str().unwrap_or_default();
            let ok = url::Url::parse(url).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https" | "tg")
                    && (u.scheme() == "tg" || u.host().is_some())
            });
            if !ok {
                return Err(ApiError::bad("BUTTON_URL_INVALID"));
            }
            button.url = Some(url.to_owned());
        }
        _ => {}
    }
    let mut json = Map::new();
    json.insert("text".into(), Value::String(text));
    for extra in ["style", "icon_custom_emoji_id"] {
        if let Some(v) = obj.get(extra) {
            json.insert(extra.into(), v.clone());
        }
    }
    let stored = match (&button.callback_data, &button.url) {
        (Some(d), _) => Value::String(d.clone()),
        (_, Some(u)) => Value::String(u.clone()),
        _ => value,
    };
    json.insert(action.into(), stored);
    Ok((button, Value::Object(json)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(v: Value) -> String {
        parse_markup(&v, false).unwrap_err().description
    }

    #[test]
    fn validates_inline_buttons() {
        let (m, json) = parse_markup(
            &json!({"inline_keyboard": [[{"text": "Ja", "callback_data": "yes"}, {"text": "Web", "url": "https://example.org"}]]}),
            true,
        )
        .unwrap()
        .unwrap();
        assert_eq!(m.inline_rows()[0][0].callback_data.as_deref(), Some("yes"));
        assert_eq!(
            json.unwrap()["inline_keyboard"][0][1]["url"],
            "https://example.org"
        );
        assert!(
            err(json!({"inline_keyboard": [[{"text": "x", "callback_data": "a".repeat(65)}]]}))
                .ends_with("BUTTON_DATA_INVALID")
        );
        assert!(
            err(json!({"inline_keyboard": [[{"text": "x"}]]}))
                .contains("Text buttons are unallowed")
        );
        assert!(
            err(json!({"inline_keyboard": [[{"callback_data": "x"}]]}))
                .ends_with("Can't find field \"text\"")
        );
        assert!(err(json!({"inline_keyboard": [[{"text": "x", "callback_data": "a", "url": "https://a.b"}]]})).contains("exactly one"));
        assert!(err(json!({"inline_keyboard": [{"text": "x"}]})).contains("Array of Arrays"));
        assert!(
            err(json!({"inline_keyboard": [[{"text": "x", "url": "javascript:alert(1)"}]]}))
                .ends_with("BUTTON_URL_INVALID")
        );
    }

    #[test]
    fn reply_keyboards_and_edit_restriction() {
        let (m, json) = parse_markup(
            &json!({"keyboard": [["A", {"text": "B"}]], "one_time_keyboard": true}),
            false,
        )
        .unwrap()
        .unwrap();
        assert!(json.is_none());
        assert_eq!(
            m,
            Markup::Keyboard {
                rows: vec![vec!["A".into(), "B".into()]],
                one_time: true,
                persistent: false
            }
        );
        assert!(
            err(json!({"keyboard": [[{"request_contact": true}]]})).contains("Can't find field")
        );
        assert!(err(json!({"foo": 1})).contains("can't parse reply keyboard markup"));
        let e = parse_markup(&json!({"remove_keyboard": true}), true).unwrap_err();
        assert_eq!(e.description, "Bad Request: inline keyboard expected");
    }
}

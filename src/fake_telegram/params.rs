//! Request parameters (from JSON, query string, urlencoded form or multipart)
//! and the Bot API error value.

use std::collections::HashMap;

use serde_json::{Map, Value};

/// An error answer in Telegram's shape:
/// `{"ok":false,"error_code":..,"description":..,"parameters":{..}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub code: u16,
    pub description: String,
    pub retry_after: Option<u32>,
}

impl ApiError {
    pub(crate) fn new(code: u16, description: impl Into<String>) -> Self {
        ApiError {
            code,
            description: description.into(),
            retry_after: None,
        }
    }

    /// 400 with `Bad Request: ` prepended.
    pub(crate) fn bad(msg: impl AsRef<str>) -> Self {
        Self::new(400, format!("Bad Request: {}", msg.as_ref()))
    }

    pub(crate) fn forbidden(msg: impl AsRef<str>) -> Self {
        Self::new(403, format!("Forbidden: {}", msg.as_ref()))
    }

    pub(crate) fn too_many_requests(retry_after: u32) -> Self {
        ApiError {
            code: 429,
            description: format!("Too Many Requests: retry after {retry_after}"),
            retry_after: Some(retry_after),
        }
    }

    pub(crate) fn to_json(&self) -> Value {
        let mut v = serde_json::json!({
            "ok": false,
            "error_code": self.code,
            "description": self.description,
        });
        if let Some(secs) = self.retry_after {
            v["parameters"] = serde_json::json!({ "retry_after": secs });
        }
        v
    }
}

pub(crate) type ApiResult<T> = Result<T, ApiError>;

/// A file uploaded with `multipart/form-data`.
#[derive(Clone, Debug)]
pub(crate) struct Upload {
    pub file_name: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// Normalised parameters of one call. Like Telegram, every value may arrive
/// as a string (form, multipart, query) or typed (JSON); accessors accept both.
#[derive(Clone, Debug, Default)]
pub(crate) struct Params {
    pub fields: Map<String, Value>,
    pub files: HashMap<String, Upload>,
}

impl Params {
    /// Adds a string field from a form, query or multipart text part.
    /// JSON-serialized values stay strings until [`Params::json`] parses them.
    pub(crate) fn insert_text(&mut self, name: &str, value: &str) {
        self.fields
            .insert(name.to_owned(), Value::String(value.to_owned()));
    }

    pub(crate) fn get(&self, name: &str) -> Option<&Value> {
        self.fields.get(name).filter(|v| !v.is_null())
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub(crate) fn str(&self, name: &str) -> Option<String> {
        match self.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            other => Some(other.to_string()),
        }
    }

    pub(crate) fn int(&self, name: &str) -> ApiResult<Option<i64>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| ApiError::bad(format!("invalid {name} specified"))),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| ApiError::bad(format!("invalid {name} specified"))),
            Some(_) => Err(ApiError::bad(format!("invalid {name} specified"))),
        }
    }

    pub(crate) fn bool(&self, name: &str) -> bool {
        match self.get(name) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => matches!(s.to_ascii_lowercase().as_str(), "true" | "1"),
            Some(Value::Number(n)) => n.as_i64().is_some_and(|n| n != 0),
            _ => false,
        }
    }

    /// A JSON-serialized parameter (object or array); strings are parsed.
    pub(crate) fn json(&self, name: &str) -> ApiResult<Option<Value>> {
        match self.get(name) {
            None => Ok(None),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => serde_json::from_str(s)
                .map(Some)
                .map_err(|_| ApiError::bad(format!("can't parse {name} JSON object"))),
            Some(v) => Ok(Some(v.clone())),
        }
    }

    /// `chat_id`-like parameter. `@username` strings cannot address private
    /// chats, so they are "chat not found" just as in Telegram.
    pub(crate) fn chat_id(&self, name: &str) -> ApiResult<i64> {
        match self.get(name) {
            None => Err(ApiError::bad(format!("{name} is empty"))),
            Some(Value::Number(n)) => n.as_i64().ok_or_else(|| ApiError::bad("chat not found")),
            Some(Value::String(s)) if s.trim().is_empty() => {
                Err(ApiError::bad(format!("{name} is empty")))
            }
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map_err(|_| ApiError::bad("chat not found")),
            Some(_) => Err(ApiError::bad("chat not found")),
        }
    }

    /// The chat a call targets, for the call log and per-chat faults.
    pub(crate) fn chat_for_log(&self) -> Option<i64> {
        self.chat_id("chat_id").ok()
    }

    pub(crate) fn required_int(&self, name: &str) -> ApiResult<i64> {
        self.int(name)?
            .ok_or_else(|| ApiError::bad(format!("{name} is empty")))
    }

    /// Parameters as JSON for the call log; uploads become
    /// `{"upload": file_name, "size": n}`.
    pub(crate) fn to_log_json(&self) -> Value {
        let mut map = self.fields.clone();
        for (name, up) in &self.files {
            map.insert(
                name.clone(),
                serde_json::json!({ "upload": up.file_name, "size": up.bytes.len() }),
            );
        }
        Value::Object(map)
    }
}

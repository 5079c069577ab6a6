//! The axum server: `/bot{token}/{method}` routing, request parsing (JSON,
//! query string, urlencoded form, multipart), faults, call log and Telegram's
//! response shape.

use std::{sync::Arc, time::Instant};

use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State},
    http::{StatusCode, header::CONTENT_TYPE},
    response::{IntoResponse, Response},
    routing::any,
};
use serde_json::{Value, json};

use super::{
    calls::{CallRecord, Outcome},
    commands, faults, http_driver, media, messages,
    params::{ApiError, ApiResult, Params, Upload},
    reactions,
    state::Shared,
    updates,
};

/// Telegram accepts uploads up to 50 MB.
const BODY_LIMIT: usize = 50 * 1024 * 1024;

/// Every method the fake implements, in Telegram's spelling.
pub const METHODS: &[&str] = &[
    "getMe",
    "getUpdates",
    "sendMessage",
    "sendPhoto",
    "sendDocument",
    "copyMessage",
    "editMessageText",
    "editMessageCaption",
    "editMessageReplyMarkup",
    "deleteMessage",
    "setMessageReaction",
    "answerCallbackQuery",
    "sendChatAction",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
];

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{bot}/{method}", any(api))
        .merge(http_driver::routes())
        .fallback(|| async { reply(Err(not_found())) })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(shared)
}

fn not_found() -> ApiError {
    ApiError::new(404, "Not Found")
}

fn reply(result: ApiResult<Value>) -> Response {
    match result {
        Ok(v) => Json(json!({ "ok": true, "result": v })).into_response(),
        Err(e) => {
            let status = StatusCode::from_u16(e.code).unwrap_or(StatusCode::BAD_REQUEST);
            (status, Json(e.to_json())).into_response()
        }
    }
}

async fn api(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    req: Request,
) -> Response {
    let Some(token) = bot.strip_prefix("bot") else {
        return reply(Err(not_found()));
    };
    if token != shared.token {
        return reply(Err(ApiError::new(401, "Unauthorized")));
    }
    let at = Instant::now();
    let canonical = METHODS
        .iter()
        .copied()
        .find(|m| m.eq_ignore_ascii_case(&method));
    let (params, result) = match (canonical, read_params(req).await) {
        (None, p) => (p.unwrap_or_default(), Err(not_found())),
        (Some(_), Err(e)) => (Params::default(), Err(e)),
        (Some(m), Ok(p)) => {
            let r = call(&shared, m, &p).await;
            (p, r)
        }
    };
    let outcome = match &result {
        Ok(_) => Outcome::Ok,
        Err(e) => Outcome::Error {
            code: e.code,
            description: e.description.clone(),
        },
    };
    let record = CallRecord {
        at,
        method: canonical.map_or(method, str::to_owned),
        chat_id: chat_of_call(&shared, canonical.unwrap_or(""), &params),
        outcome,
        params: params.to_log_json(),
    };
    shared.update(|s| s.calls.push(record));
    reply(result)
}

/// The chat a call is about: `chat_id`, or the chat of a callback query.
fn chat_of_call(shared: &Shared, method: &str, p: &Params) -> Option<i64> {
    if method == "answerCallbackQuery" {
        let id = p.str("callback_query_id")?;
        return shared.read(|s| s.callbacks.get(&id).map(|c| c.chat_id));
    }
    p.chat_for_log()
}

/// Applies injected faults, then runs the method.
async fn call(shared: &Shared, method: &'static str, p: &Params) -> ApiResult<Value> {
    let chat = chat_of_call(shared, method, p);
    let plan = shared.read_mut_quiet(|s| faults::plan(&mut s.faults, method, chat));
    if !plan.delay.is_zero() {
        tokio::time::sleep(plan.delay).await;
    }
    if let Some(e) = plan.error {
        return Err(e);
    }
    let bot = shared.bot_json();
    match method {
        "getUpdates" => updates::get_updates(shared, p).await,
        "getMe" => Ok(get_me(bot)),
        "getWebhookInfo" => shared.read(updates::get_webhook_info),
        "getMyCommands" => shared.read(|s| commands::get_my_commands(s, p)),
        "sendChatAction" => shared.read(|s| messages::send_chat_action(s, p)),
        _ => shared.update(|s| match method {
            "sendMessage" => messages::send_message(s, &bot, p),
            "sendPhoto" => media::send_media(s, &bot, p, true),
            "sendDocument" => media::send_media(s, &bot, p, false),
            "copyMessage" => messages::copy_message(s, &bot, p),
            "editMessageText" => messages::edit_message_text(s, &bot, p),
            "editMessageCaption" => messages::edit_message_caption(s, &bot, p),
            "editMessageReplyMarkup" => messages::edit_message_reply_markup(s, &bot, p),
            "deleteMessage" => messages::delete_message(s, p),
            "setMessageReaction" => reactions::set_message_reaction(s, p),
            "answerCallbackQuery" => messages::answer_callback_query(s, p),
            "setMyCommands" => commands::set_my_commands(s, p),
            "deleteMyCommands" => commands::delete_my_commands(s, p),
            "setWebhook" => updates::set_webhook(s, p),
            "deleteWebhook" => updates::delete_webhook(s, p),
            other => unreachable!("{other} is listed in METHODS but not dispatched"),
        }),
    }
}

fn get_me(mut bot: Value) -> Value {
    for (k, v) in [
        ("can_join_groups", true),
        ("can_read_all_group_messages", false),
        ("supports_inline_queries", false),
        ("can_connect_to_business", false),
        ("has_main_web_app", false),
    ] {
        bot[k] = json!(v);
    }
    bot
}

/// Collects parameters from the query string and the body.
async fn read_params(req: Request) -> ApiResult<Params> {
    let mut p = Params::default();
    if let Some(q) = req.uri().query() {
        for (k, v) in url::form_urlencoded::parse(q.as_bytes()) {
            p.insert_text(&k, &v);
        }
    }
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.starts_with("multipart/form-data") {
        let bad = |e: axum::extract::multipart::MultipartError| {
            ApiError::bad(format!("can't parse multipart/form-data: {e}"))
        };
        let mut form = Multipart::from_request(req, &())
            .await
            .map_err(|e| ApiError::bad(format!("can't parse multipart/form-data: {e}")))?;
        while let Some(field) = form.next_field().await.map_err(bad)? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let part_type = field.content_type().map(str::to_owned);
            let bytes = field.bytes().await.map_err(bad)?;
            match file_name {
                Some(file_name) => {
                    p.files.insert(
                        name,
                        Upload {
                            file_name: Some(file_name),
                            content_type: part_type,
                            bytes: bytes.to_vec(),
                        },
                    );
                }
                None => p.insert_text(&name, &String::from_utf8_lossy(&bytes)),
            }
        }
        return Ok(p);
    }
    let body = axum::body::to_bytes(req.into_body(), BODY_LIMIT)
        .await
        .map_err(|_| ApiError::new(413, "Request Entity Too Large"))?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(p);
    }
    let looks_json = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if content_type.starts_with("application/json") || (looks_json && content_type.is_empty()) {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(map)) => p.fields.extend(map),
            _ => return Err(ApiError::bad("can't parse JSON object")),
        }
    } else {
        for (k, v) in url::form_urlencoded::parse(&body) {
            p.insert_text(&k, &v);
        }
    }
    Ok(p)
}

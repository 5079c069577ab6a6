//! A tiny HTTP driver under `/_driver` for playing a user by hand, e.g.
//!
//! ```text
//! curl -XPOST localhost:8081/_driver/users/42/text -H 'content-type: application/json' \
//!      -d '{"text":"/start","first_name":"Amina","language_code":"ar"}'
//! curl localhost:8081/_driver/chats/42/transcript
//! curl -XPOST localhost:8081/_driver/users/42/tap -d '{"button":"Ja"}' -H 'content-type: application/json'
//! ```

use std::sync::Arc;

use axum::{
    Json, Router,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use serde::Deserialize;
use serde_json::json;

use super::{driver::FakeUser, state::Shared, transcript::transcript_of};

const HELP: &str = "Wegweiser fake Telegram driver
POST /_driver/users/{id}/text     {\"text\": \"/start\", \"first_name\": \"Amina\", \"language_code\": \"ar\"}
POST /_driver/users/{id}/tap      {\"button\": \"Ja\"}
POST /_driver/users/{id}/block    (also: /unblock)
GET  /_driver/chats/{id}/transcript
GET  /_driver/chats/{id}/answers
";

pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/_driver", get(|| async { HELP }))
        .route("/_driver/users/{id}/text", post(text))
        .route("/_driver/users/{id}/tap", post(tap))
        .route("/_driver/users/{id}/block", post(block))
        .route("/_driver/users/{id}/unblock", post(unblock))
        .route("/_driver/chats/{id}/transcript", get(transcript))
        .route("/_driver/chats/{id}/answers", get(answers))
}

#[derive(Deserialize)]
struct TextBody {
    text: String,
    first_name: Option<String>,
    language_code: Option<String>,
}

/// The user `id`, registered with a default name if unknown; the name and
/// language are updated when given.
fn user(
    shared: &Arc<Shared>,
    id: i64,
    first_name: Option<String>,
    lang: Option<String>,
) -> FakeUser {
    let known = shared.read(|s| {
        s.users
            .get(&id)
            .map(|u| (u.first_name.clone(), u.language_code.clone()))
    });
    let (old_name, old_lang) = known.unwrap_or_else(|| (format!("User {id}"), None));
    FakeUser::register(
        shared,
        id,
        &first_name.unwrap_or(old_name),
        lang.or(old_lang).as_deref(),
    )
}

async fn text(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<i64>,
    Json(body): Json<TextBody>,
) -> Response {
    let u = user(&shared, id, body.first_name, body.language_code);
    if shared.read(|s| s.users.get(&id).is_some_and(|u| u.deactivated)) {
        return (
            StatusCode::CONFLICT,
            Json(json!({"ok": false, "description": "user is deactivated"})),
        )
            .into_response();
    }
    Json(json!({ "ok": true, "message_id": u.send_text(&body.text) })).into_response()
}

#[derive(Deserialize)]
struct TapBody {
    button: String,
}

async fn tap(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<i64>,
    Json(body): Json<TapBody>,
) -> Response {
    match user(&shared, id, None, None).tap(&body.button) {
        Ok(qid) => Json(json!({ "ok": true, "callback_query_id": qid })).into_response(),
        Err(e) => (
            StatusCode::BAD_REQUEST,
            Json(json!({ "ok": false, "description": e.to_string() })),
        )
            .into_response(),
    }
}

async fn block(State(shared): State<Arc<Shared>>, Path(id): Path<i64>) -> Json<serde_json::Value> {
    user(&shared, id, None, None).block();
    Json(json!({ "ok": true }))
}

async fn unblock(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<i64>,
) -> Json<serde_json::Value> {
    user(&shared, id, None, None).unblock();
    Json(json!({ "ok": true }))
}

async fn transcript(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<i64>,
) -> Json<serde_json::Value> {
    Json(json!(shared.read(|s| transcript_of(s, id))))
}

async fn answers(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<i64>,
) -> Json<serde_json::Value> {
    let list: Vec<_> = shared.read(|s| {
        s.answers
            .iter()
            .filter(|(chat, _)| *chat == id)
            .map(|(_, a)| a.clone())
            .collect()
    });
    Json(json!(list))
}

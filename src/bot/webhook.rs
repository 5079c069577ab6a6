//! Webhook mode: Telegram posts each update to `telegram.webhook_url`, which the reverse
//! proxy passes to this route on the one HTTP server (`[web] listen`).
//!
//! * **Refused**: a request without the right `X-Telegram-Bot-Api-Secret-Token` gets 401,
//!   changes nothing and is counted (`wegweiser_webhook_refused_total`). The secret is
//!   compared in constant time (SHA-256 digests, every byte looked at).
//! * **Acknowledged = recorded**: 200 means the update is durably recorded in
//!   `inbound_updates` (with its JSON) and handed to its person's queue. Telegram does not
//!   send it again after a 200; if this instance dies before handling it, the row stays
//!   unhandled and another instance (or this one after a restart) takes it up once its
//!   claim ([`CLAIM`]) has run out. An update whose `update_id` is recorded already (a
//!   repeated delivery, to this instance or another) is answered 200 and not handled
//!   again. What cannot be recorded (the database is away) gets 503: Telegram retries.
//! * **At start** the webhook is registered (`setWebhook` with the secret and the update
//!   kinds); a stopping instance never deletes it, so a rolling restart keeps the webhook
//!   the next instance set. Polling mode removes it at its start ([`super::poll`]).

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use chrono::Utc;
use sha2::{Digest, Sha256};
use teloxide::prelude::*;
use teloxide::types::Update;
use tokio::sync::watch;

use super::WBot;
use super::inbound::{ALLOWED_UPDATES, Dispatch, Handed};
use crate::store::Store;

/// How long a recorded update stays the receiving instance's before another may take it.
pub const CLAIM: chrono::TimeDelta = chrono::TimeDelta::seconds(20);
/// How often each instance looks for recorded updates nobody finished.
const PICKUP_EVERY: Duration = Duration::from_secs(5);
/// Handled updates' ids are kept this long, to recognise a repeated delivery.
const KEEP_IDS: chrono::TimeDelta = chrono::TimeDelta::hours(24);
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// What the route needs.
#[derive(Clone)]
pub struct Webhook {
    /// Set once Telegram answered `getMe`; until then updates get 503 (Telegram retries).
    pub dispatch: Arc<OnceLock<Arc<Dispatch>>>,
    pub store: Arc<dyn Store>,
    pub instance: Arc<str>,
    secret: [u8; 32],
}

impl Webhook {
    pub fn new(
        dispatch: Arc<OnceLock<Arc<Dispatch>>>,
        store: Arc<dyn Store>,
        instance: Arc<str>,
        secret: &str,
    ) -> Webhook {
        Webhook {
            dispatch,
            store,
            instance,
            secret: Sha256::digest(secret.as_bytes()).into(),
        }
    }

    /// The route at `path` (the path of `telegram.webhook_url`).
    pub fn routes(self, path: &str) -> Router {
        Router::new().route(path, post(receive)).with_state(self)
    }

    /// Whether `given` is the secret; takes the same time whatever `given` is.
    fn is_secret(&self, given: &[u8]) -> bool {
        let digest = Sha256::digest(given);
        self.secret
            .iter()
            .zip(digest.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

async fn receive(State(hook): State<Webhook>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !hook.is_secret(given) {
        crate::ops::metrics::webhook_refused();
        tracing::warn!("webhook request without the right secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    let Some(dispatch) = hook.dispatch.get() else {
        return StatusCode::SERVICE_UNAVAILABLE;
    };
    let Ok(payload) = std::str::from_utf8(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    let Ok(update) = serde_json::from_str::<Update>(payload) else {
        tracing::warn!("webhook request is not an update");
        return StatusCode::BAD_REQUEST;
    };
    let id = i64::from(update.id.0);
    let now = Utc::now();
    match hook
        .store
        .record_update(id, payload, &hook.instance, now + CLAIM, now)
        .await
    {
        Ok(true) => {}
        Ok(false) => {
            crate::ops::metrics::update("duplicate");
            tracing::info!(update_id = id, "repeated webhook delivery; handled once");
            return StatusCode::OK;
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot record a webhook update; Telegram will retry");
            return StatusCode::SERVICE_UNAVAILABLE;
        }
    }
    // Not taken (a full queue, or stopping): recorded, so handled once the claim runs out.
    if dispatch.hand_over(update, true) == Handed::OverLimit
        && let Err(e) = hook.store.finish_update(id).await
    {
        tracing::warn!(error = %e, "cannot mark an update over the limit");
    }
    StatusCode::OK
}

/// Registers the webhook (again until Telegram accepts it), then takes up recorded updates
/// nobody finished, until `stop`; then lets the handed-over updates finish.
pub async fn run(
    hook: Webhook,
    dispatch: Arc<Dispatch>,
    url: url::Url,
    secret: String,
    mut stop: watch::Receiver<bool>,
) {
    let bot = dispatch.inbound().bot.clone();
    tokio::select! {
        _ = register(&bot, url, secret) => {}
        _ = stop.wait_for(|s| *s) => {}
    }
    let mut passes: u64 = 0;
    while !*stop.borrow() {
        pick_up(&hook, &dispatch).await;
        if passes.is_multiple_of(120) {
            match hook.store.prune_updates(Utc::now() - KEEP_IDS).await {
                Ok(n) if n > 0 => tracing::info!(pruned = n, "forgot handled update ids"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "cannot prune handled update ids"),
            }
        }
        passes += 1;
        tokio::select! {
            _ = tokio::time::sleep(PICKUP_EVERY) => {}
            _ = stop.wait_for(|s| *s) => {}
        }
    }
    // The webhook stays: the next instance (a rolling restart) may have set it already.
    dispatch.finish().await;
}

async fn register(bot: &WBot, url: url::Url, secret: String) {
    let mut delay = Duration::from_millis(500);
    loop {
        let set = bot
            .set_webhook(url.clone())
            .secret_token(secret.clone())
            .allowed_updates(ALLOWED_UPDATES)
            .drop_pending_updates(false);
        match set.await {
            Ok(_) => {
                tracing::info!(url = %url, "webhook registered");
                return;
            }
            Err(e) => {
                tracing::warn!(error = %crate::delivery::describe(&e), retry_in = ?delay, "setWebhook failed");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(30));
            }
        }
    }
}

/// Hands over recorded updates whose instance did not finish them in time.
async fn pick_up(hook: &Webhook, dispatch: &Arc<Dispatch>) {
    let now = Utc::now();
    let stale = match hook
        .store
        .claim_stale_updates(&hook.instance, now, now + CLAIM, 100)
        .await
    {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "cannot look for unfinished updates");
            return;
        }
    };
    for pending in stale {
        tracing::info!(
            update_id = pending.update_id,
            "taking up an update another instance did not finish"
        );
        match serde_json::from_str::<Update>(&pending.payload) {
            Ok(update) => {
                if dispatch.hand_over(update, true) == Handed::OverLimit {
                    let _ = hook.store.finish_update(pending.update_id).await;
                }
            }
            Err(_) => {
                let _ = hook.store.finish_update(pending.update_id).await;
            }
        }
    }
}

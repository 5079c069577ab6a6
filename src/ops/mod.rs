//! What an operator's monitoring asks of a running instance, on the one HTTP server
//! (`[web] listen`): `/healthz` (the process answers), `/readyz` (it can do its work:
//! the database answers with the schema this binary expects, and Telegram answered
//! recently) and `/metrics` (Prometheus text format, see [`metrics`]).

pub mod instances;
pub mod metrics;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use teloxide::prelude::Requester;

use crate::clock::Clock;
use crate::store::Store;

/// Telegram counts as reachable if it answered within this time; a long poll answers at
/// least every `telegram.poll_timeout_secs`, so a healthy instance is always within it.
pub const TELEGRAM_FRESH: chrono::TimeDelta = chrono::TimeDelta::seconds(90);

#[derive(Clone)]
pub struct OpsState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    /// A plain client, for a `getMe` when Telegram has not been heard of for a while.
    pub bot: teloxide::Bot,
}

/// The operations routes, to merge into the HTTP server's router.
pub fn routes(state: OpsState) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .with_state(state)
}

async fn readyz(State(s): State<OpsState>) -> impl IntoResponse {
    let mut problems = Vec::new();
    match tokio::time::timeout(Duration::from_secs(3), s.store.schema_versions()).await {
        Ok(Ok((applied, known))) if applied == known => {}
        Ok(Ok((applied, known))) => problems.push(format!(
            "database schema is at migration {applied}, this binary expects {known}"
        )),
        Ok(Err(e)) => problems.push(format!("database not reachable: {e}")),
        Err(_) => problems.push("database did not answer within 3 s".to_owned()),
    }
    let now = s.clock.now();
    let fresh = metrics::telegram_last_seen().is_some_and(|t| now - t <= TELEGRAM_FRESH);
    if !fresh {
        // Not heard of lately (an idle instance): ask once, briefly.
        match tokio::time::timeout(Duration::from_secs(3), s.bot.get_me()).await {
            Ok(Ok(_)) => metrics::telegram_seen(now),
            Ok(Err(e)) => problems.push(format!("Telegram refused getMe: {e}")),
            Err(_) => problems.push("Telegram did not answer within 3 s".to_owned()),
        }
    }
    let headers = [(header::CACHE_CONTROL, "no-store")];
    if problems.is_empty() {
        (StatusCode::OK, headers, "ready\n".to_owned())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            headers,
            format!("not ready\n{}\n", problems.join("\n")),
        )
    }
}

async fn metrics_text(State(s): State<OpsState>) -> impl IntoResponse {
    let body = metrics::render(&*s.store, s.clock.now()).await;
    (
        [
            (header::CONTENT_TYPE, "text/plain; version=0.0.4"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
}

//! Webhook delivery, as Telegram does it: while a webhook is set, each queued update is
//! POSTed (JSON) to its URL with `X-Telegram-Bot-Api-Secret-Token`, one at a time and in
//! order; anything but a 2xx (or no answer within 10 s) and the same update is posted
//! again after a pause (50 ms, doubling to 1 s: Telegram waits longer). Every attempt is
//! logged ([`Delivery`]).

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use super::state::{QueuedUpdate, Shared};
use super::updates::is_allowed;

/// One attempt to deliver an update to the webhook.
#[derive(Clone, Debug)]
pub struct Delivery {
    pub update_id: i64,
    /// The webhook's HTTP status; `None`: no answer (refused connection, timeout).
    pub status: Option<u16>,
    pub(crate) kind: &'static str,
    pub(crate) json: Value,
}

impl Delivery {
    /// The update as posted (JSON).
    pub fn payload(&self) -> &Value {
        &self.json
    }
}

const SECRET_HEADER: &str = "X-Telegram-Bot-Api-Secret-Token";

/// Runs until the emulator shuts down.
pub(crate) async fn deliver(shared: Arc<Shared>) {
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("fake telegram: no HTTP client for webhooks: {e}");
            return;
        }
    };
    let mut changes = shared.subscribe();
    let mut shutdown = shared.shutdown.subscribe();
    let mut delay = Duration::from_millis(50);
    loop {
        if *shutdown.borrow() {
            return;
        }
        changes.borrow_and_update();
        let next = shared.read_mut_quiet(|s| {
            let hook = s.webhook.clone()?;
            let allowed = s.allowed_updates.clone();
            s.updates.retain(|u| is_allowed(u.kind, &allowed));
            s.updates
                .front()
                .map(|u| (hook, u.id, u.kind, u.json.clone()))
        });
        let Some((hook, id, kind, json)) = next else {
            tokio::select! {
                changed = changes.changed() => if changed.is_err() { return },
                _ = shutdown.changed() => {}
            }
            continue;
        };
        let mut request = client
            .post(&hook.url)
            .header("content-type", "application/json")
            .body(json.to_string());
        if let Some(secret) = &hook.secret_token {
            request = request.header(SECRET_HEADER, secret);
        }
        let status = tokio::select! {
            r = request.send() => r.ok().map(|r| r.status().as_u16()),
            _ = shutdown.wait_for(|s| *s) => return,
        };
        let ok = status.is_some_and(|s| (200..300).contains(&s));
        shared.update(|s| {
            s.deliveries.push(Delivery {
                update_id: id,
                status,
                kind,
                json,
            });
            if ok && s.updates.front().is_some_and(|u| u.id == id) {
                s.updates.pop_front();
            }
        });
        if ok {
            delay = Duration::from_millis(50);
        } else {
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = shutdown.wait_for(|s| *s) => return,
            }
            delay = (delay * 2).min(Duration::from_secs(1));
        }
    }
}

/// Queues an update delivered before once more, first in line (as Telegram does when a
/// response was lost); `false` if it was never delivered.
pub(crate) fn redeliver(shared: &Shared, update_id: i64) -> bool {
    shared.update(|s| {
        let Some(d) = s.deliveries.iter().find(|d| d.update_id == update_id) else {
            return false;
        };
        let again = QueuedUpdate {
            id: d.update_id,
            kind: d.kind,
            json: d.json.clone(),
        };
        s.updates.push_front(again);
        true
    })
}

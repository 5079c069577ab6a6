//! `getUpdates` (real long polling) and the webhook methods.

use std::time::Duration;

use serde_json::{Value, json};
use tokio::time::Instant;

use super::{
    params::{ApiError, ApiResult, Params},
    state::{Shared, State},
};

/// Webhook settings; updates are posted there (see `webhook`).
#[derive(Clone, Debug)]
pub(crate) struct Webhook {
    pub url: String,
    pub max_connections: Option<i64>,
    pub secret_token: Option<String>,
}

/// Update types delivered when `allowed_updates` is unset or empty.
const NOT_BY_DEFAULT: &[&str] = &["chat_member", "message_reaction", "message_reaction_count"];

pub(crate) fn is_allowed(kind: &str, allowed: &Option<Vec<String>>) -> bool {
    match allowed {
        Some(list) if !list.is_empty() => list.iter().any(|k| k == kind),
        _ => !NOT_BY_DEFAULT.contains(&kind),
    }
}

fn parse_allowed(p: &Params) -> ApiResult<Option<Vec<String>>> {
    match p.json("allowed_updates")? {
        None => Ok(None),
        Some(Value::Array(list)) => Ok(Some(
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        )),
        Some(_) => Err(ApiError::bad("can't parse allowed_updates JSON array")),
    }
}

/// Drops updates confirmed by `offset` (see the Bot API docs of `getUpdates`).
fn confirm(s: &mut State, offset: i64) {
    if offset > 0 {
        while s.updates.front().is_some_and(|u| u.id < offset) {
            s.updates.pop_front();
        }
    } else if offset < 0 {
        let keep = offset.unsigned_abs() as usize;
        while s.updates.len() > keep {
            s.updates.pop_front();
        }
    }
}

/// Counts a running `getUpdates` until it returns or is cancelled.
struct InFlight<'a>(&'a Shared);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.update(|s| s.polls_in_flight -= 1);
    }
}

pub(crate) async fn get_updates(shared: &Shared, p: &Params) -> ApiResult<Value> {
    let offset = p.int("offset")?.unwrap_or(0);
    let limit = p.int("limit")?.unwrap_or(100).clamp(1, 100) as usize;
    let timeout = Duration::from_secs(p.int("timeout")?.unwrap_or(0).max(0) as u64);
    let allowed = parse_allowed(p)?;
    let deadline = Instant::now() + timeout;
    let mut changes = shared.subscribe();
    let mut shutdown = shared.shutdown.subscribe();
    // Bumping the generation (with a notification) ends any older poll.
    let generation = shared.update(|s| {
        if s.webhook.is_some() {
            return Err(ApiError::new(
                409,
                "Conflict: can't use getUpdates method while webhook is active; \
                 use deleteWebhook to delete the webhook first",
            ));
        }
        if allowed.is_some() {
            s.allowed_updates = allowed;
        }
        confirm(s, offset);
        s.poll_generation += 1;
        s.polls_in_flight += 1;
        Ok(s.poll_generation)
    })?;
    let _in_flight = InFlight(shared);
    loop {
        changes.borrow_and_update();
        let batch = shared.read_mut_quiet(|s| {
            if s.poll_generation != generation {
                return Err(ApiError::new(
                    409,
                    "Conflict: terminated by other getUpdates request; \
                     make sure that only one bot instance is running",
                ));
            }
            // Updates of types the bot did not ask for are never delivered.
            let allowed = s.allowed_updates.clone();
            s.updates.retain(|u| is_allowed(u.kind, &allowed));
            Ok(s.updates
                .iter()
                .take(limit)
                .map(|u| u.json.clone())
                .collect::<Vec<_>>())
        })?;
        if !batch.is_empty() || timeout.is_zero() || *shutdown.borrow() {
            return Ok(Value::Array(batch));
        }
        tokio::select! {
            changed = changes.changed() => if changed.is_err() { return Ok(json!([])) },
            _ = tokio::time::sleep_until(deadline) => return Ok(json!([])),
            _ = shutdown.changed() => return Ok(json!([])),
        }
    }
}

pub(crate) fn set_webhook(s: &mut State, p: &Params) -> ApiResult<Value> {
    let url = p.str("url").unwrap_or_default();
    if p.bool("drop_pending_updates") {
        s.updates.clear();
    }
    if url.is_empty() {
        s.webhook = None;
        return Ok(json!(true));
    }
    let parsed = url::Url::parse(&url).map_err(|_| {
        ApiError::bad("bad webhook: Failed to resolve host: Name or service not known")
    })?;
    // Deliberately looser than Telegram: plain http to this machine, on any port, so a
    // test's bot can be reached.
    let local = parsed.scheme() == "http"
        && match parsed.host() {
            Some(url::Host::Domain(d)) => d == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
    if parsed.scheme() != "https" && !local {
        return Err(ApiError::bad(
            "bad webhook: HTTPS url must be provided for webhook",
        ));
    }
    let secret_token = p.str("secret_token").filter(|t| !t.is_empty());
    if secret_token.as_ref().is_some_and(|t| {
        t.len() > 256
            || !t
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    }) {
        return Err(ApiError::bad("secret token contains unallowed characters"));
    }
    if !local && !matches!(parsed.port_or_known_default(), Some(80 | 88 | 443 | 8443)) {
        return Err(ApiError::bad(
            "bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
        ));
    }
    if let Some(allowed) = parse_allowed(p)? {
        s.allowed_updates = Some(allowed);
    }
    s.webhook = Some(Webhook {
        url,
        max_connections: p.int("max_connections")?,
        secret_token,
    });
    Ok(json!(true))
}

pub(crate) fn delete_webhook(s: &mut State, p: &Params) -> ApiResult<Value> {
    if p.bool("drop_pending_updates") {
        s.updates.clear();
    }
    s.webhook = None;
    Ok(json!(true))
}

pub(crate) fn get_webhook_info(s: &State) -> ApiResult<Value> {
    let mut v = json!({
        "url": s.webhook.as_ref().map(|w| w.url.as_str()).unwrap_or(""),
        "has_custom_certificate": false,
        "pending_update_count": s.updates.len(),
    });
    if let Some(w) = &s.webhook {
        v["max_connections"] = json!(w.max_connections.unwrap_or(40));
    }
    if let Some(a) = s.allowed_updates.as_ref().filter(|a| !a.is_empty()) {
        v["allowed_updates"] = json!(a);
    }
    Ok(v)
}

//! Prometheus metrics (`/metrics`): counters and histograms recorded where things happen
//! (the `metrics` crate's macros), and gauges read from the database when scraped.
//! No label holds a person's id or a text: labels are kinds, states and results only.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use chrono::{DateTime, Utc};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::store::Store;

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
/// When the scheduler last finished a pass (ms since the epoch; 0 = not yet).
static SCHEDULER_PASS: AtomicI64 = AtomicI64::new(0);
/// Whether this instance ran the periodic jobs at its scheduler's last look.
static LEADING: AtomicBool = AtomicBool::new(false);
/// When Telegram last answered a request (ms since the epoch; 0 = not yet).
static TELEGRAM_SEEN: AtomicI64 = AtomicI64::new(0);

/// Installs the process's recorder, once; later calls return the same handle (tests start
/// several apps in one process: they share it, so their counters add up).
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets(&[
                0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ])
            .expect("the bucket list is not empty")
            .build_recorder();
        let handle = recorder.handle();
        // Only fails if another recorder was installed first (none is).
        let _ = metrics::set_global_recorder(recorder);
        describe();
        handle
    })
}

fn describe() {
    metrics::describe_counter!(
        "wegweiser_sends_total",
        "Outbox sends by result: ok, 429 (Telegram asked to wait: sent again later), retry (a network error: sent again later), unreachable (403 blocked, 400 chat not found), unknown (timeout after the request left), failed"
    );
    metrics::describe_gauge!("wegweiser_outbox_rows", "Outbox rows by state");
    metrics::describe_counter!(
        "wegweiser_updates_total",
        "Telegram updates by kind: command, text, button, other_message, edited_message, other; over_limit = not handled (flood limit); duplicate = a repeated webhook delivery, not handled again"
    );
    metrics::describe_histogram!(
        "wegweiser_handler_seconds",
        "Time from an update's hand-over to the end of its handler"
    );
    metrics::describe_histogram!(
        "wegweiser_gate_wait_seconds",
        "Time a request waited at the gate for its slot, by class (answer, personal, broadcast)"
    );
    metrics::describe_gauge!(
        "wegweiser_outbox_oldest_due_seconds",
        "How long the oldest row that is due has been waiting (0 when none waits)"
    );
    metrics::describe_gauge!(
        "wegweiser_scheduler_last_pass_age_seconds",
        "Seconds since the scheduler last finished a pass (every scheduler.interval_secs, a minute by default; -1 before the first)"
    );
    metrics::describe_counter!(
        "wegweiser_webhook_refused_total",
        "Webhook requests refused (401) for a missing or wrong X-Telegram-Bot-Api-Secret-Token"
    );
    metrics::describe_gauge!(
        "wegweiser_web_sessions_active",
        "Web workplace sessions neither ended nor idle (all instances)"
    );
    metrics::describe_gauge!(
        "wegweiser_instances_live",
        "Instances whose heartbeat is recent (they share the global send budget; 1 on SQLite)"
    );
    metrics::describe_gauge!(
        "wegweiser_scheduler_leading",
        "1 while this instance runs the periodic jobs (it holds the scheduler's lock on PostgreSQL; always 1 on SQLite), else 0"
    );
    metrics::describe_gauge!(
        "wegweiser_telegram_last_seen_age_seconds",
        "Seconds since Telegram last answered (-1 before the first answer)"
    );
}

/// An update of `kind` was handled, taking `took` (from hand-over to the handler's end).
pub fn handled(kind: &'static str, took: std::time::Duration) {
    metrics::counter!("wegweiser_updates_total", "kind" => kind).increment(1);
    metrics::histogram!("wegweiser_handler_seconds").record(took.as_secs_f64());
}

/// An update counted without being handled (`over_limit`: the flood limit).
pub fn update(kind: &'static str) {
    metrics::counter!("wegweiser_updates_total", "kind" => kind).increment(1);
}

/// A webhook request without the right secret was refused.
pub fn webhook_refused() {
    metrics::counter!("wegweiser_webhook_refused_total").increment(1);
}

/// A request waited `waited` at the gate for its slot, in `class`.
pub fn gate_wait(class: &'static str, waited: std::time::Duration) {
    metrics::histogram!("wegweiser_gate_wait_seconds", "class" => class)
        .record(waited.as_secs_f64());
}

/// An outbox send ended with `result` (see `wegweiser_sends_total`).
pub fn send(result: &'static str) {
    metrics::counter!("wegweiser_sends_total", "result" => result).increment(1);
}

/// The scheduler finished a pass at `now`.
pub fn scheduler_pass(now: DateTime<Utc>) {
    SCHEDULER_PASS.store(now.timestamp_millis(), Ordering::Relaxed);
}

/// The scheduler looked whether this instance leads (runs the periodic jobs).
pub fn scheduler_leading(leading: bool) {
    LEADING.store(leading, Ordering::Relaxed);
}

/// Telegram answered a request at `now` (any answer, an error too: it is reachable).
pub fn telegram_seen(now: DateTime<Utc>) {
    TELEGRAM_SEEN.store(now.timestamp_millis(), Ordering::Relaxed);
}

/// When Telegram last answered, if it has.
pub fn telegram_last_seen() -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(TELEGRAM_SEEN.load(Ordering::Relaxed))
        .filter(|t| t.timestamp_millis() > 0)
}

fn age(at_ms: i64, now: DateTime<Utc>) -> f64 {
    if at_ms == 0 {
        -1.0
    } else {
        (now.timestamp_millis() - at_ms).max(0) as f64 / 1000.0
    }
}

/// The text for a scrape: the gauges are read now, then everything is rendered.
pub async fn render(store: &dyn Store, now: DateTime<Utc>) -> String {
    let handle = install();
    // The states a row can be in are always shown, 0 included, so a dashboard has a line.
    let mut counts: Vec<(String, i64)> =
        ["pending", "sending", "sent", "failed", "unknown", "dropped"]
            .iter()
            .map(|s| (s.to_string(), 0))
            .collect();
    match store.outbox_counts().await {
        Ok(found) => {
            for (state, n) in found {
                match counts.iter_mut().find(|(s, _)| *s == state) {
                    Some(c) => c.1 = n,
                    None => counts.push((state, n)),
                }
            }
        }
        Err(e) => tracing::warn!(error = %e, "metrics: cannot count the outbox"),
    }
    for (state, n) in counts {
        metrics::gauge!("wegweiser_outbox_rows", "state" => state).set(n as f64);
    }
    let oldest = match store.oldest_due(now).await {
        Ok(Some(due)) => (now - due).num_milliseconds().max(0) as f64 / 1000.0,
        Ok(None) => 0.0,
        Err(e) => {
            tracing::warn!(error = %e, "metrics: cannot read the oldest due row");
            0.0
        }
    };
    metrics::gauge!("wegweiser_outbox_oldest_due_seconds").set(oldest);
    match store
        .active_web_sessions(now - crate::web::session::IDLE, now)
        .await
    {
        Ok(n) => metrics::gauge!("wegweiser_web_sessions_active").set(n as f64),
        Err(e) => tracing::warn!(error = %e, "metrics: cannot count the web sessions"),
    }
    metrics::gauge!("wegweiser_instances_live").set(f64::from(super::instances::live_instances()));
    // Present from the start (0), so an alert on its rate has a line.
    metrics::counter!("wegweiser_webhook_refused_total").increment(0);
    metrics::gauge!("wegweiser_scheduler_last_pass_age_seconds")
        .set(age(SCHEDULER_PASS.load(Ordering::Relaxed), now));
    metrics::gauge!("wegweiser_scheduler_leading")
        .set(f64::from(u8::from(LEADING.load(Ordering::Relaxed))));
    metrics::gauge!("wegweiser_telegram_last_seen_age_seconds")
        .set(age(TELEGRAM_SEEN.load(Ordering::Relaxed), now));
    handle.render()
}

//! Outbox rows for announcements: the message each recipient gets (its text in every
//! language, the reader's picked at send time, German with a note otherwise; a "stop
//! announcements" button), the author's progress message and its updates, the report.
//!
//! The progress message is sent once (dedupe key `broadcast-progress:<id>`) and then
//! edited: an update is an `edit` row naming that key, so edits go through the same
//! pacing as every other message.

use chrono::{DateTime, Utc};

use super::render;
use crate::store::broadcasts::{Broadcast, Progress};
use crate::store::outbox::NewOutbox;

/// Callback data of the "stop announcements" button (see `bot::keyboards`).
pub const STOP: &str = "bc:stop";

/// Labels of unreachable clients listed in a report; the rest are counted.
pub const REPORT_LABELS: usize = 100;

/// The dedupe key of a broadcast's progress message.
pub fn progress_key(id: i64) -> String {
    format!("broadcast-progress:{id}")
}

/// What every recipient's row carries: the texts, the stop button, the offer's page.
pub fn announcement_args(b: &Broadcast) -> serde_json::Value {
    let texts = texts_arg(
        b.texts.iter().map(|(l, t)| (l.as_str(), t.as_str())),
        "broadcast-only-german",
    );
    let mut buttons = vec![];
    if let Some(offer) = b.offer_id {
        buttons.push(serde_json::json!([[
            "offer-button-show",
            format!("of:o:{offer}")
        ]]));
    }
    buttons.push(serde_json::json!([["broadcast-stop", STOP]]));
    serde_json::json!({
        "text": texts,
        "_buttons": buttons,
    })
}

fn counts(p: Progress, total: i64) -> serde_json::Value {
    serde_json::json!({
        "sent": p.sent,
        "pending": p.pending,
        "failed": p.failed,
        "unknown": p.unknown,
        "dropped": p.dropped,
        "total": total,
    })
}

/// The author's progress message, sent when the broadcast starts.
pub fn progress_message(b: &Broadcast, now: DateTime<Utc>) -> NewOutbox {
    NewOutbox::notice(
        b.author_id,
        "broadcast-starting",
        serde_json::json!({}),
        now,
    )
    .once(progress_key(b.id))
}

/// An update of the progress message (`done`: the last one).
pub fn progress_update(b: &Broadcast, p: Progress, done: bool, now: DateTime<Utc>) -> NewOutbox {
    let mut args = counts(p, b.recipients);
    args["_edit"] = progress_key(b.id).into();
    NewOutbox {
        kind: "edit",
        ..NewOutbox::notice(
            b.author_id,
            if done {
                "broadcast-progress-done"
            } else {
                "broadcast-progress"
            },
            args,
            now,
        )
    }
    .subject(progress_key(b.id))
}

/// The report at the end: delivered, not reached (with labels), perhaps delivered.
pub fn report(b: &Broadcast, p: Progress, unreached: &[String], now: DateTime<Utc>) -> NewOutbox {
    let mut lines: Vec<serde_json::Value> = vec![];
    if !unreached.is_empty() {
        lines.push(serde_json::json!(["broadcast-report-unreached", {}]));
    }
    lines.extend(
        unreached
            .iter()
            .take(REPORT_LABELS)
            .map(|l| serde_json::json!(["broadcast-report-client", { "label": l }])),
    );
    if unreached.len() > REPORT_LABELS {
        lines.push(serde_json::json!([
            "broadcast-report-more",
            { "count": unreached.len() - REPORT_LABELS }
        ]));
    }
    let mut args = counts(p, b.recipients);
    args["_lines"] = lines.into();
    NewOutbox::notice(b.author_id, "broadcast-report", args, now)
        .once(format!("broadcast-report:{}", b.id))
}

/// A text kept in several languages, with a note when shown in German to someone who
/// reads another language.
pub fn texts_arg<'a>(
    texts: impl IntoIterator<Item = (&'a str, &'a str)>,
    note: &str,
) -> serde_json::Value {
    let mut v = render::tr(texts);
    v["note"] = note.into();
    v
}

//! Outbox rows for relayed messages. A long text becomes one row per part and a copied
//! file a header row and a copy row, so a retry after a partial failure sends only what
//! did not arrive. Every row names its client, so deleting the client deletes what still
//! waits.

use chrono::{DateTime, Utc};

use crate::domain::relay;
use crate::store::outbox::NewOutbox;

/// Room left for the header in a relayed text part.
const TEXT_BUDGET: usize = relay::TELEGRAM_TEXT_LIMIT - 300;

/// Where the relayed message came from, for the dedupe key and for copies.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub chat: i64,
    pub message_id: i32,
}

/// A text, in parts: the first with the header (`template` with `header`'s arguments),
/// the rest plain. `map` records the sent messages for routing replies.
#[allow(clippy::too_many_arguments)]
pub fn text_rows(
    recipient: i64,
    template: &'static str,
    header: serde_json::Value,
    client_id: i64,
    map: bool,
    text: &str,
    from: Source,
    now: DateTime<Utc>,
) -> Vec<NewOutbox> {
    relay::split(text, TEXT_BUDGET)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let mut args = header.clone();
            args["_text"] = part.into();
            args["_continued"] = (i > 0).into();
            args["_client_id"] = client_id.into();
            args["_map"] = map.into();
            NewOutbox {
                kind: "relay_text",
                recipient_id: recipient,
                template,
                args,
                due_at: now,
                expires_at: None,
                dedupe_key: Some(format!("relay:{}:{}:{i}", from.chat, from.message_id)),
                client_id: Some(client_id),
                subject: None,
            }
        })
        .collect()
}

/// A photo, document, voice message …: the header as a notice, then Telegram's copy.
pub fn copy_rows(
    recipient: i64,
    template: &'static str,
    header: serde_json::Value,
    client_id: i64,
    map: bool,
    from: Source,
    now: DateTime<Utc>,
) -> Vec<NewOutbox> {
    let mut head = header;
    head["_client_id"] = client_id.into();
    head["_map"] = map.into();
    let copy = serde_json::json!({
        "_client_id": client_id,
        "_map": map,
        "_from_chat": from.chat,
        "_message_id": from.message_id,
    });
    let key = |part: &str| Some(format!("relay:{}:{}:{part}", from.chat, from.message_id));
    vec![
        NewOutbox {
            kind: "notice",
            recipient_id: recipient,
            template,
            args: head,
            due_at: now,
            expires_at: None,
            dedupe_key: key("header"),
            client_id: Some(client_id),
            subject: None,
        },
        NewOutbox {
            kind: "relay_copy",
            recipient_id: recipient,
            template,
            args: copy,
            due_at: now,
            expires_at: None,
            dedupe_key: key("copy"),
            client_id: Some(client_id),
            subject: None,
        },
    ]
}

/// Asks the sender to confirm delivery of `row` to the author of the relayed message
/// (a 👍 on their message, see [`reaction_row`]).
pub fn confirm_delivery(row: &mut NewOutbox, from: Source) {
    row.args["_confirm_chat"] = from.chat.into();
    row.args["_confirm_message"] = from.message_id.into();
}

/// The reaction that confirms a delivered relay row, if the row asked for one.
pub fn reaction_row(args: &serde_json::Value, now: DateTime<Utc>) -> Option<NewOutbox> {
    let chat = args.get("_confirm_chat")?.as_i64()?;
    let message = args.get("_confirm_message")?.as_i64()?;
    Some(NewOutbox {
        kind: "reaction",
        recipient_id: chat,
        template: "relay-delivered",
        args: serde_json::json!({ "_message_id": message }),
        due_at: now,
        expires_at: None,
        dedupe_key: Some(format!("delivered:{chat}:{message}")),
        client_id: None,
        subject: None,
    })
}

/// The emoji that says "delivered" (Telegram allows only some; there is no ✓).
pub const DELIVERED: &str = "👍";

/// Whether an outbox row carries a message between a client and their manager (checked
/// against the contact consent at send time); the client it is about.
pub fn relayed_client(template: &str, args: &serde_json::Value) -> Option<i64> {
    if template == "relay-to-manager" || template == "relay-to-client" {
        args.get("_client_id")?.as_i64()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_one_row_per_part_with_the_header_once() {
        let text = "wort ".repeat(2000);
        let from = Source {
            chat: 1,
            message_id: 2,
        };
        let rows = text_rows(
            9,
            "relay-to-manager",
            serde_json::json!({"label": "AB"}),
            5,
            true,
            &text,
            from,
            Utc::now(),
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].args["_continued"], false);
        assert_eq!(rows[1].args["_continued"], true);
        let joined: String = rows
            .iter()
            .map(|r| r.args["_text"].as_str().unwrap())
            .collect();
        assert_eq!(joined, text);
        assert!(rows.iter().all(|r| r.client_id == Some(5)));
        let keys: std::collections::HashSet<_> =
            rows.iter().map(|r| r.dedupe_key.clone()).collect();
        assert_eq!(keys.len(), 3);
    }
}

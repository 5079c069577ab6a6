//! What the bot did in a chat, as the test sees it: [`TranscriptMessage`]s
//! and [`CallbackAnswer`]s.

use std::fmt;

use serde::Serialize;

use super::{
    markup::{Button, Markup},
    state::{Content, State, StoredMessage},
    text::Entity,
};

/// What kind of message the bot sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    Text,
    Photo,
    Document,
}

/// One bot message in a chat, in its current state (after edits).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TranscriptMessage {
    pub message_id: i32,
    pub kind: MessageKind,
    /// For text messages: the text as the user sees it (HTML already applied).
    pub text: Option<String>,
    /// For photos/documents: the caption as the user sees it.
    pub caption: Option<String>,
    /// Text or caption exactly as the bot sent it (e.g. with HTML tags).
    pub source: Option<String>,
    pub parse_mode: Option<String>,
    /// Entities of the text or caption.
    pub entities: Vec<Entity>,
    pub markup: Option<Markup>,
    /// Documents: the file name.
    pub file_name: Option<String>,
    /// Documents: the file id; photos: the id of the largest size.
    pub file_id: Option<String>,
    pub edited: bool,
    pub deleted: bool,
    /// `(from_chat_id, message_id)` if the message was made by `copyMessage`.
    pub copy_of: Option<(i64, i32)>,
    /// The message this one replies to.
    pub reply_to: Option<i32>,
}

impl TranscriptMessage {
    fn from_stored(m: &StoredMessage) -> Self {
        let (kind, text, caption, file_name, file_id) = match &m.content {
            Content::Text(f) => (MessageKind::Text, Some(f.text.clone()), None, None, None),
            Content::Photo { sizes, caption } => (
                MessageKind::Photo,
                None,
                caption.as_ref().map(|c| c.text.clone()),
                None,
                sizes.last().map(|s| s.file_id.clone()),
            ),
            Content::Document { file, caption } => (
                MessageKind::Document,
                None,
                caption.as_ref().map(|c| c.text.clone()),
                file.file_name.clone(),
                Some(file.file_id.clone()),
            ),
        };
        let entities = match &m.content {
            Content::Text(f) => f.entities.clone(),
            other => other
                .caption()
                .map(|c| c.entities.clone())
                .unwrap_or_default(),
        };
        TranscriptMessage {
            message_id: m.id,
            kind,
            text,
            caption,
            source: m.source.clone(),
            parse_mode: m.parse_mode.clone(),
            entities,
            markup: m.markup.clone(),
            file_name,
            file_id,
            edited: m.edit_date.is_some(),
            deleted: m.deleted,
            copy_of: m.copy_of,
            reply_to: m.reply_to,
        }
    }

    /// The text, or the caption, or `""`.
    pub fn body(&self) -> &str {
        self.text
            .as_deref()
            .or(self.caption.as_deref())
            .unwrap_or("")
    }

    /// Inline keyboard rows (empty without an inline keyboard).
    pub fn buttons(&self) -> &[Vec<Button>] {
        self.markup.as_ref().map_or(&[], Markup::inline_rows)
    }

    /// All inline button texts, row by row.
    pub fn button_texts(&self) -> Vec<&str> {
        self.buttons()
            .iter()
            .flatten()
            .map(|b| b.text.as_str())
            .collect()
    }
}

impl fmt::Display for TranscriptMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let flags = [
            (self.edited, " edited"),
            (self.deleted, " DELETED"),
            (self.copy_of.is_some(), " copy"),
        ];
        write!(f, "#{} {:?}", self.message_id, self.kind)?;
        for (on, label) in flags {
            if on {
                f.write_str(label)?;
            }
        }
        if let Some(name) = &self.file_name {
            write!(f, " [{name}]")?;
        }
        write!(f, ": {:?}", self.body())?;
        for row in self.buttons() {
            f.write_str("\n    ")?;
            for b in row {
                match (&b.callback_data, &b.url) {
                    (Some(d), _) => write!(f, "[{} | {d}] ", b.text)?,
                    (_, Some(u)) => write!(f, "[{} -> {u}] ", b.text)?,
                    _ => write!(f, "[{}] ", b.text)?,
                }
            }
        }
        if let Some(Markup::Keyboard { rows, .. }) = &self.markup {
            write!(f, "\n    keyboard: {rows:?}")?;
        }
        Ok(())
    }
}

/// Renders messages one per line, for error messages.
pub fn format_transcript(messages: &[TranscriptMessage]) -> String {
    if messages.is_empty() {
        return "(no bot messages)".to_owned();
    }
    messages
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The bot's answer to a callback query (the toast or alert the user saw).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CallbackAnswer {
    pub query_id: String,
    pub text: Option<String>,
    pub show_alert: bool,
    pub url: Option<String>,
}

pub(crate) fn transcript_of(s: &State, chat: i64) -> Vec<TranscriptMessage> {
    s.chats.get(&chat).map_or_else(Vec::new, |c| {
        c.messages
            .iter()
            .filter(|m| m.from_bot)
            .map(TranscriptMessage::from_stored)
            .collect()
    })
}

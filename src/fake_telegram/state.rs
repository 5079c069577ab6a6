//! The emulator's state: users/chats, stored messages, the update queue,
//! callback queries, files, commands, call log and fault rules.

use std::{
    collections::{HashMap, VecDeque},
    sync::{Mutex, MutexGuard},
    time::Duration,
};

use serde_json::{Value, json};
use tokio::sync::watch;

use super::{
    calls::CallRecord,
    commands::{BotCommand, CommandScope},
    faults::FaultRule,
    files::{FileMeta, StoredFile},
    markup::Markup,
    text::Formatted,
    transcript::CallbackAnswer,
    updates::Webhook,
};

/// The bot's own identity, as answered by `getMe`.
#[derive(Clone, Debug)]
pub(crate) struct BotIdentity {
    pub id: i64,
    pub first_name: String,
    pub username: String,
}

/// Everything shared between the HTTP server and the driver handles.
pub(crate) struct Shared {
    pub token: String,
    pub bot: BotIdentity,
    state: Mutex<State>,
    /// Bumped after every state change; waiters subscribe to it.
    changes: watch::Sender<u64>,
    /// Set to `true` when the server shuts down (ends long polls).
    pub shutdown: watch::Sender<bool>,
}

impl Shared {
    pub(crate) fn new(token: &str) -> Self {
        let id = token
            .split(':')
            .next()
            .and_then(|p| p.parse().ok())
            .unwrap_or(7_000_000_001);
        Shared {
            token: token.to_owned(),
            bot: BotIdentity {
                id,
                first_name: "Wegweiser".to_owned(),
                username: "wegweiser_test_bot".to_owned(),
            },
            state: Mutex::new(State {
                next_update_id: 100_000_001,
                ..State::default()
            }),
            changes: watch::channel(0).0,
            shutdown: watch::channel(false).0,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Reads the state without notifying waiters.
    pub(crate) fn read<R>(&self, f: impl FnOnce(&State) -> R) -> R {
        f(&self.lock())
    }

    /// Mutates the state without waking waiters (for housekeeping that no
    /// waiter needs to see, e.g. inside the long-poll loop).
    pub(crate) fn read_mut_quiet<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        f(&mut self.lock())
    }

    /// Mutates the state, then wakes everybody waiting for a change.
    pub(crate) fn update<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        let r = f(&mut self.lock());
        self.changes.send_modify(|v| *v += 1);
        r
    }

    pub(crate) fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    /// Re-evaluates `check` after every state change (and every `recheck`,
    /// for conditions on outside state) until it yields a value or `timeout`
    /// passes.
    pub(crate) async fn wait<T>(
        &self,
        timeout: Duration,
        recheck: Option<Duration>,
        mut check: impl FnMut() -> Option<T>,
    ) -> Option<T> {
        let mut changes = self.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            changes.borrow_and_update();
            if let Some(v) = check() {
                return Some(v);
            }
            let tick = async {
                match recheck {
                    Some(d) => tokio::time::sleep(d).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = changes.changed() => {}
                _ = tokio::time::sleep_until(deadline) => return check(),
                _ = tick => {}
            }
        }
    }

    pub(crate) fn bot_json(&self) -> Value {
        json!({
            "id": self.bot.id,
            "is_bot": true,
            "first_name": self.bot.first_name,
            "username": self.bot.username,
        })
    }
}

#[derive(Clone, Debug)]
pub(crate) struct UserRecord {
    pub first_name: String,
    pub language_code: Option<String>,
    /// Has sent anything to the bot, so the bot may write to the chat.
    pub started: bool,
    pub blocked: bool,
    pub deactivated: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Content {
    Text(Formatted),
    Photo {
        sizes: Vec<FileMeta>,
        caption: Option<Formatted>,
    },
    Document {
        file: FileMeta,
        caption: Option<Formatted>,
    },
}

impl Content {
    pub(crate) fn caption(&self) -> Option<&Formatted> {
        match self {
            Content::Text(_) => None,
            Content::Photo { caption, .. } | Content::Document { caption, .. } => caption.as_ref(),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct StoredMessage {
    pub id: i32,
    pub date: i64,
    pub from_bot: bool,
    pub content: Content,
    /// Text or caption exactly as the bot sent it (e.g. with HTML tags).
    pub source: Option<String>,
    pub parse_mode: Option<String>,
    pub markup: Option<Markup>,
    /// `InlineKeyboardMarkup` JSON for `Message.reply_markup`.
    pub inline_json: Option<Value>,
    pub reply_to: Option<i32>,
    pub link_preview_options: Option<Value>,
    pub edit_date: Option<i64>,
    pub deleted: bool,
    pub copy_of: Option<(i64, i32)>,
    /// The bot's reaction on the message (`setMessageReaction`), if any.
    pub bot_reaction: Option<String>,
}

impl StoredMessage {
    pub(crate) fn new(from_bot: bool, content: Content) -> Self {
        StoredMessage {
            id: 0,
            date: now(),
            from_bot,
            content,
            source: None,
            parse_mode: None,
            markup: None,
            inline_json: None,
            reply_to: None,
            link_preview_options: None,
            edit_date: None,
            deleted: false,
            copy_of: None,
            bot_reaction: None,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct ChatRecord {
    pub messages: Vec<StoredMessage>,
    pub next_message_id: i32,
    /// The custom reply keyboard currently shown to the user.
    pub reply_keyboard: Option<Vec<Vec<String>>>,
}

#[derive(Clone, Debug)]
pub(crate) struct QueuedUpdate {
    pub id: i64,
    /// `message`, `callback_query`, `my_chat_member`, ...
    pub kind: &'static str,
    pub json: Value,
}

#[derive(Clone, Debug)]
pub(crate) struct CallbackRecord {
    pub chat_id: i64,
    pub answered: bool,
}

#[derive(Default)]
pub(crate) struct State {
    pub users: HashMap<i64, UserRecord>,
    pub chats: HashMap<i64, ChatRecord>,
    pub updates: VecDeque<QueuedUpdate>,
    pub next_update_id: i64,
    pub allowed_updates: Option<Vec<String>>,
    /// Incremented by each `getUpdates`; an older waiting poll that sees a
    /// newer generation answers 409 Conflict like Telegram.
    pub poll_generation: u64,
    /// `getUpdates` requests currently being answered.
    pub polls_in_flight: usize,
    pub callbacks: HashMap<String, CallbackRecord>,
    pub next_callback: u64,
    /// Answers per chat, in order.
    pub answers: Vec<(i64, CallbackAnswer)>,
    pub commands: HashMap<(CommandScope, String), Vec<BotCommand>>,
    pub webhook: Option<Webhook>,
    /// Every attempt to post an update to the webhook.
    pub deliveries: Vec<super::webhook::Delivery>,
    pub files: HashMap<String, StoredFile>,
    pub next_file: u64,
    pub calls: Vec<CallRecord>,
    pub faults: Vec<FaultRule>,
}

pub(crate) fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

impl State {
    pub(crate) fn user_json(&self, id: i64) -> Value {
        let u = self.users.get(&id);
        let mut v = json!({
            "id": id,
            "is_bot": false,
            "first_name": u.map_or_else(|| format!("User {id}"), |u| u.first_name.clone()),
        });
        if let Some(lang) = u.and_then(|u| u.language_code.as_ref()) {
            v["language_code"] = json!(lang);
        }
        v
    }

    pub(crate) fn chat_json(&self, id: i64) -> Value {
        let name = self
            .users
            .get(&id)
            .map_or_else(|| format!("User {id}"), |u| u.first_name.clone());
        json!({ "id": id, "first_name": name, "type": "private" })
    }

    pub(crate) fn message(&self, chat_id: i64, message_id: i32) -> Option<&StoredMessage> {
        self.chats
            .get(&chat_id)?
            .messages
            .iter()
            .find(|m| m.id == message_id && !m.deleted)
    }

    pub(crate) fn message_mut(
        &mut self,
        chat_id: i64,
        message_id: i32,
    ) -> Option<&mut StoredMessage> {
        self.chats
            .get_mut(&chat_id)?
            .messages
            .iter_mut()
            .find(|m| m.id == message_id && !m.deleted)
    }

    /// Stores a message, assigning the chat's next message id.
    pub(crate) fn add_message(&mut self, chat_id: i64, mut msg: StoredMessage) -> i32 {
        let chat = self.chats.entry(chat_id).or_default();
        chat.next_message_id += 1;
        msg.id = chat.next_message_id;
        if msg.from_bot {
            match &msg.markup {
                Some(Markup::Keyboard { rows, .. }) => chat.reply_keyboard = Some(rows.clone()),
                Some(Markup::RemoveKeyboard) => chat.reply_keyboard = None,
                _ => {}
            }
        }
        chat.messages.push(msg);
        chat.next_message_id
    }

    /// Telegram's JSON `Message` object for a stored message.
    pub(crate) fn message_json(&self, bot: &Value, chat_id: i64, m: &StoredMessage) -> Value {
        let mut v = self.message_json_inner(bot, chat_id, m);
        if let Some(reply) = m.reply_to.and_then(|r| self.message(chat_id, r)) {
            v["reply_to_message"] = self.message_json_inner(bot, chat_id, reply);
        }
        v
    }

    fn message_json_inner(&self, bot: &Value, chat_id: i64, m: &StoredMessage) -> Value {
        let mut v = json!({
            "message_id": m.id,
            "from": if m.from_bot { bot.clone() } else { self.user_json(chat_id) },
            "chat": self.chat_json(chat_id),
            "date": m.date,
        });
        if let Some(d) = m.edit_date {
            v["edit_date"] = json!(d);
        }
        let put = |v: &mut Value, field: &str, ents: &str, f: &Formatted| {
            v[field] = json!(f.text);
            if !f.entities.is_empty() {
                v[ents] = json!(f.entities);
            }
        };
        match &m.content {
            Content::Text(f) => put(&mut v, "text", "entities", f),
            Content::Photo { sizes, .. } => {
                v["photo"] = sizes.iter().map(FileMeta::photo_size_json).collect();
            }
            Content::Document { file, .. } => v["document"] = file.document_json(),
        }
        if let Some(c) = m.content.caption() {
            put(&mut v, "caption", "caption_entities", c);
        }
        if let Some(lp) = &m.link_preview_options {
            v["link_preview_options"] = lp.clone();
        }
        if let Some(kb) = &m.inline_json {
            v["reply_markup"] = kb.clone();
        }
        v
    }

    /// Queues an update of `kind` (e.g. `message`) with `payload`.
    pub(crate) fn push_update(&mut self, kind: &'static str, payload: Value) -> i64 {
        let id = self.next_update_id;
        self.next_update_id += 1;
        self.updates.push_back(QueuedUpdate {
            id,
            kind,
            json: json!({ "update_id": id, kind: payload }),
        });
        id
    }
}

//! The test-driver side: playing a user with [`FakeUser`].

use std::{sync::Arc, time::Duration};

use serde_json::{Value, json};

use super::{
    commands::{BotCommand, menu_for},
    markup::Markup,
    state::{Content, Shared, State, StoredMessage, UserRecord},
    text::{Entity, Formatted},
    transcript::{CallbackAnswer, TranscriptMessage, format_transcript, transcript_of},
};

/// Errors of the driver API. Messages include the relevant transcript.
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    #[error("timed out after {waited:?} waiting for {what}\n{transcript}")]
    Timeout {
        what: String,
        waited: Duration,
        transcript: String,
    },
    #[error("no bot message in chat {chat} has an inline button {button:?}\n{transcript}")]
    NoSuchButton {
        chat: i64,
        button: String,
        transcript: String,
    },
    #[error("button {button:?} of message #{message_id} is not a callback button")]
    NotACallbackButton { button: String, message_id: i32 },
}

fn chat_instance(chat: i64) -> String {
    (chat as u64)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .to_string()
}

/// Queues a `callback_query` update for a tap on `message_id` with `data`.
fn push_callback(s: &mut State, bot: &Value, chat: i64, message_id: i32, data: &str) -> String {
    s.next_callback += 1;
    let id = format!("{}{:06}", chat.unsigned_abs(), s.next_callback);
    s.callbacks.insert(
        id.clone(),
        super::state::CallbackRecord {
            chat_id: chat,
            answered: false,
        },
    );
    let message = match s.message(chat, message_id) {
        Some(m) => s.message_json(bot, chat, m),
        // Telegram's InaccessibleMessage
        None => json!({ "message_id": message_id, "chat": s.chat_json(chat), "date": 0 }),
    };
    let payload = json!({
        "id": id,
        "from": s.user_json(chat),
        "message": message,
        "chat_instance": chat_instance(chat),
        "data": data,
    });
    s.push_update("callback_query", payload);
    id
}

/// A Telegram user talking to the bot in a private chat (chat id = user id).
#[derive(Clone)]
pub struct FakeUser {
    pub(crate) shared: Arc<Shared>,
    pub(crate) id: i64,
}

impl std::fmt::Debug for FakeUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeUser").field("id", &self.id).finish()
    }
}

impl FakeUser {
    pub(crate) fn register(
        shared: &Arc<Shared>,
        id: i64,
        first_name: &str,
        lang: Option<&str>,
    ) -> Self {
        shared.update(|s| {
            let u = s.users.entry(id).or_insert_with(|| UserRecord {
                first_name: first_name.to_owned(),
                language_code: None,
                started: false,
                blocked: false,
                deactivated: false,
            });
            u.first_name = first_name.to_owned();
            u.language_code = lang.map(str::to_owned);
        });
        FakeUser {
            shared: shared.clone(),
            id,
        }
    }

    /// Marks the chat as started without an update, as for a person who wrote to the bot
    /// long before this run (a service restored from its database): the bot can send
    /// to them and nothing arrives for the bot to answer.
    pub fn started_before(&self) {
        self.shared.update(|s| {
            if let Some(u) = s.users.get_mut(&self.id) {
                u.started = true;
            }
        });
    }

    /// The user id, which is also the private chat id.
    pub fn id(&self) -> i64 {
        self.id
    }

    /// Changes `from.language_code` of the user's future updates.
    pub fn set_language(&self, language_code: Option<&str>) {
        let lang = language_code.map(str::to_owned);
        self.shared.update(|s| {
            if let Some(u) = s.users.get_mut(&self.id) {
                u.language_code = lang;
            }
        });
    }

    fn post(&self, content: Content) -> i32 {
        self.post_reply(content, None)
    }

    /// Posts a message, optionally as a reply to message `reply_to` of this chat (as when
    /// a person swipes a message and answers it).
    fn post_reply(&self, content: Content, reply_to: Option<i32>) -> i32 {
        let bot = self.shared.bot_json();
        self.shared.update(|s| {
            let u = s.users.get_mut(&self.id).expect("registered user");
            assert!(
                !u.deactivated,
                "user {} is deactivated and cannot send",
                self.id
            );
            u.started = true;
            if u.blocked {
                // Like Telegram's "Restart" button: writing again unblocks.
                set_blocked(s, &bot, self.id, false);
            }
            let mut stored = StoredMessage::new(false, content);
            stored.reply_to = reply_to;
            let mid = s.add_message(self.id, stored);
            let json = s.message_json(&bot, self.id, s.message(self.id, mid).expect("stored"));
            s.push_update("message", json);
            mid
        })
    }

    /// Sends a text message; a leading `/command` gets a `bot_command`
    /// entity as in Telegram. Returns the message id. Panics if deactivated.
    pub fn send_text(&self, text: &str) -> i32 {
        let mut entities = Vec::new();
        if let Some(rest) = text.strip_prefix('/') {
            let token = rest.split(char::is_whitespace).next().unwrap_or("");
            let (name, bot) = token.split_once('@').unwrap_or((token, ""));
            let word = |w: &str| w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
            if !name.is_empty() && word(name) && word(bot) {
                entities.push(Entity::new(
                    "bot_command",
                    0,
                    1 + token.encode_utf16().count(),
                ));
            }
        }
        self.post(Content::Text(Formatted {
            text: text.to_owned(),
            entities,
        }))
    }

    fn caption(caption: Option<&str>) -> Option<Formatted> {
        caption.filter(|c| !c.is_empty()).map(|c| Formatted {
            text: c.to_owned(),
            entities: Vec::new(),
        })
    }

    /// Sends a photo (with generated file ids the bot may reuse).
    pub fn send_photo(&self, caption: Option<&str>) -> i32 {
        self.reply_photo(None, caption)
    }

    /// Answers message `reply_to` of this chat with a text.
    pub fn reply_text(&self, reply_to: i32, text: &str) -> i32 {
        self.post_reply(
            Content::Text(Formatted {
                text: text.to_owned(),
                entities: Vec::new(),
            }),
            Some(reply_to),
        )
    }

    /// Sends a photo, as an answer to message `reply_to` if given.
    pub fn reply_photo(&self, reply_to: Option<i32>, caption: Option<&str>) -> i32 {
        let sizes = self.shared.update(|s| s.new_photo(48_213));
        self.post_reply(
            Content::Photo {
                sizes,
                caption: Self::caption(caption),
            },
            reply_to,
        )
    }

    /// Sends a document named `file_name`.
    pub fn send_document(&self, file_name: &str, caption: Option<&str>) -> i32 {
        let file = self.shared.update(|s| s.new_document(file_name, 12_345));
        self.post(Content::Document {
            file,
            caption: Self::caption(caption),
        })
    }

    /// Taps the inline button labelled `button_text` on the newest bot
    /// message that has one; returns the callback query id.
    pub fn tap(&self, button_text: &str) -> Result<String, DriverError> {
        let bot = self.shared.bot_json();
        self.shared.update(|s| {
            let found = s.chats.get(&self.id).and_then(|c| {
                c.messages
                    .iter()
                    .rev()
                    .filter(|m| m.from_bot && !m.deleted)
                    .find_map(|m| {
                        let rows = m.markup.as_ref().map_or(&[][..], Markup::inline_rows);
                        rows.iter()
                            .flatten()
                            .find(|b| b.text == button_text)
                            .map(|b| (m.id, b.clone()))
                    })
            });
            let Some((message_id, button)) = found else {
                return Err(DriverError::NoSuchButton {
                    chat: self.id,
                    button: button_text.to_owned(),
                    transcript: format_transcript(&transcript_of(s, self.id)),
                });
            };
            let Some(data) = button.callback_data else {
                return Err(DriverError::NotACallbackButton {
                    button: button.text,
                    message_id,
                });
            };
            Ok(push_callback(s, &bot, self.id, message_id, &data))
        })
    }

    /// Sends a callback query with arbitrary `data` for `message_id`, e.g. a
    /// stale or forged one. Unknown messages are sent as inaccessible.
    pub fn tap_data(&self, message_id: i32, data: &str) -> String {
        let bot = self.shared.bot_json();
        self.shared
            .update(|s| push_callback(s, &bot, self.id, message_id, data))
    }

    /// Blocks the bot: sends get 403, and a `my_chat_member` update is queued.
    pub fn block(&self) {
        let bot = self.shared.bot_json();
        self.shared.update(|s| set_blocked(s, &bot, self.id, true));
    }

    pub fn unblock(&self) {
        let bot = self.shared.bot_json();
        self.shared.update(|s| set_blocked(s, &bot, self.id, false));
    }

    /// Deletes the account: sends get 403 `user is deactivated`.
    pub fn deactivate(&self) {
        self.shared.update(|s| {
            if let Some(u) = s.users.get_mut(&self.id) {
                u.deactivated = true;
            }
        });
    }

    /// All bot messages in this chat, oldest first, including deleted ones.
    pub fn transcript(&self) -> Vec<TranscriptMessage> {
        self.shared.read(|s| transcript_of(s, self.id))
    }

    /// The newest bot message that is not deleted.
    pub fn last_message(&self) -> Option<TranscriptMessage> {
        self.transcript().into_iter().rev().find(|m| !m.deleted)
    }

    /// The bot's reaction on message `message_id` of this chat (one the user sent).
    pub fn bot_reaction(&self, message_id: i32) -> Option<String> {
        self.shared.read(|s| {
            s.message(self.id, message_id)
                .and_then(|m| m.bot_reaction.clone())
        })
    }

    /// Waits until the bot has reacted to message `message_id`; returns the reaction.
    pub async fn wait_for_reaction(
        &self,
        message_id: i32,
        timeout: Duration,
    ) -> Result<String, DriverError> {
        let found = self
            .shared
            .wait(timeout, None, || self.bot_reaction(message_id))
            .await;
        found.ok_or_else(|| DriverError::Timeout {
            what: format!("a reaction on message {message_id}"),
            waited: timeout,
            transcript: format_transcript(&self.transcript()),
        })
    }

    /// The bot's answers to this user's callback queries, in order.
    pub fn callback_answers(&self) -> Vec<CallbackAnswer> {
        self.shared.read(|s| {
            s.answers
                .iter()
                .filter(|(chat, _)| *chat == self.id)
                .map(|(_, a)| a.clone())
                .collect()
        })
    }

    /// The custom reply keyboard currently shown to the user.
    pub fn reply_keyboard(&self) -> Option<Vec<Vec<String>>> {
        self.shared
            .read(|s| s.chats.get(&self.id).and_then(|c| c.reply_keyboard.clone()))
    }

    /// The command menu this user sees, by Telegram's scope/language rules.
    pub fn command_menu(&self) -> Vec<BotCommand> {
        self.shared.read(|s| {
            let lang = s.users.get(&self.id).and_then(|u| u.language_code.clone());
            menu_for(s, self.id, lang.as_deref())
        })
    }

    /// Waits until `pred` holds for the transcript; returns that transcript.
    pub async fn wait_for(
        &self,
        timeout: Duration,
        mut pred: impl FnMut(&[TranscriptMessage]) -> bool,
    ) -> Result<Vec<TranscriptMessage>, DriverError> {
        let found = self
            .shared
            .wait(timeout, None, || {
                let t = self.transcript();
                pred(&t).then_some(t)
            })
            .await;
        found.ok_or_else(|| self.timeout("a transcript condition", timeout))
    }

    /// Waits for a (not deleted) bot message matching `pred`; returns the newest.
    pub async fn wait_for_message(
        &self,
        timeout: Duration,
        mut pred: impl FnMut(&TranscriptMessage) -> bool,
    ) -> Result<TranscriptMessage, DriverError> {
        let found = self
            .shared
            .wait(timeout, None, || {
                self.transcript()
                    .into_iter()
                    .rev()
                    .find(|m| !m.deleted && pred(m))
            })
            .await;
        found.ok_or_else(|| self.timeout("a matching bot message", timeout))
    }

    /// Waits until the bot answered the callback query `query_id`.
    pub async fn wait_for_answer(
        &self,
        query_id: &str,
        timeout: Duration,
    ) -> Result<CallbackAnswer, DriverError> {
        let found = self
            .shared
            .wait(timeout, None, || {
                self.callback_answers()
                    .into_iter()
                    .find(|a| a.query_id == query_id)
            })
            .await;
        found.ok_or_else(|| {
            self.timeout(&format!("an answer to callback query {query_id}"), timeout)
        })
    }

    fn timeout(&self, what: &str, waited: Duration) -> DriverError {
        DriverError::Timeout {
            what: format!("{what} in chat {}", self.id),
            waited,
            transcript: format!(
                "--- bot messages in chat {} ---\n{}",
                self.id,
                format_transcript(&self.transcript())
            ),
        }
    }
}

/// Blocks/unblocks and queues the `my_chat_member` update Telegram sends.
fn set_blocked(s: &mut State, bot: &Value, user: i64, blocked: bool) {
    let Some(u) = s.users.get_mut(&user) else {
        return;
    };
    if u.blocked == blocked {
        return;
    }
    u.blocked = blocked;
    if !u.started {
        return;
    }
    let member = json!({ "user": bot, "status": "member" });
    let kicked = json!({ "user": bot, "status": "kicked", "until_date": 0 });
    let (old, new) = if blocked {
        (member, kicked)
    } else {
        (kicked, member)
    };
    let payload = json!({
        "chat": s.chat_json(user),
        "from": s.user_json(user),
        "date": super::state::now(),
        "old_chat_member": old,
        "new_chat_member": new,
    });
    s.push_update("my_chat_member", payload);
}

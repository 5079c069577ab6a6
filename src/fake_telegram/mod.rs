//! A local emulator of the Telegram Bot API for tests and local trials.
//!
//! [`FakeTelegram::start`] serves the Bot API on `127.0.0.1` so that an
//! unchanged teloxide `Bot` can talk to it:
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use std::time::Duration;
//! use teloxide::prelude::*;
//! use wegweiser::fake_telegram::FakeTelegram;
//!
//! let fake = FakeTelegram::start("123456:TEST").await?;
//! let bot = Bot::new("123456:TEST").set_api_url(fake.api_url());
//! let amina = fake.user(42, "Amina", Some("ar"));
//! amina.send_text("/start");
//! // ... run the bot's dispatcher against `bot` ...
//! let reply = amina
//!     .wait_for_message(Duration::from_secs(5), |m| m.body().contains("Willkommen"))
//!     .await;
//! # let _ = (bot, reply); Ok(()) }
//! ```
//!
//! # What it emulates
//!
//! * Private chats only: the chat id is the user id. A chat exists once its
//!   user has sent anything (text, photo, document, callback); before that
//!   every send answers `400 Bad Request: chat not found`.
//! * Methods: `getMe`, `getUpdates` (offset confirmation, `limit`,
//!   `allowed_updates`, real long polling that wakes as soon as an update is
//!   queued, `409 Conflict` for a concurrent poll or an active webhook),
//!   `sendMessage`, `sendPhoto`, `sendDocument` (multipart uploads,
//!   `attach://`, reused `file_id`s), `copyMessage`, `editMessageText`,
//!   `editMessageCaption`, `editMessageReplyMarkup`, `deleteMessage`,
//!   `answerCallbackQuery`, `sendChatAction`, `setMyCommands`,
//!   `getMyCommands`, `deleteMyCommands` (per scope and language),
//!   `setWebhook` (with `secret_token`; updates are then posted to the webhook, see
//!   below, and `getUpdates` answers 409), `deleteWebhook`, `getWebhookInfo`. Others answer
//!   `404 Not Found`, as Telegram does for unknown methods. Method names are
//!   case-insensitive; parameters may come as JSON, query string, urlencoded
//!   form or multipart, and numbers/JSON objects may be sent as strings.
//! * Telegram's checks, with Telegram's descriptions (so teloxide maps them to
//!   the same `ApiError` variants): empty / over-long texts (4096) and captions
//!   (1024) after entity parsing, strict HTML parse mode (following
//!   TDLib's parser), keyboard validation (`BUTTON_DATA_INVALID`, "Text buttons
//!   are unallowed", ...), `chat not found`, `bot was blocked by the user`,
//!   `user is deactivated`, `message to edit not found`, `message is not
//!   modified`, invalid callback query ids, webhook URL rules.
//! * Updates carry Telegram's JSON shapes: `message` (with `from.language_code`
//!   and a `bot_command` entity for a leading `/command`), `callback_query`
//!   (with the current message, or an inaccessible one with `date: 0`),
//!   `my_chat_member` when a user blocks or unblocks the bot.
//!
//! The test side uses [`FakeUser`] (send text/photos/documents, tap buttons,
//! block, read the [`TranscriptMessage`]s of the chat), [`Faults`] (429 with
//! `retry_after`, 502, delays; global, per chat or per method; counted or
//! until cleared) and the call log ([`CallRecord`],
//! [`FakeTelegram::max_sends_in_window`]). Waiting is event driven: every
//! state change wakes waiters, so tests need no fixed sleeps. A small HTTP
//! driver under `/_driver` lets a person play a user with `curl` (see
//! `GET /_driver`).
//!
//! # Deliberate differences from Telegram
//!
//! * Stricter HTML: an `&` that does not start `&lt;` `&gt;` `&amp;` `&quot;`
//!   or a numeric reference is rejected (Telegram shows it literally, which
//!   means the bot forgot to escape), and an inline button with more than one
//!   action field is rejected (Telegram silently uses the first).
//! * `Markdown`/`MarkdownV2` are accepted but not parsed: the text is stored
//!   verbatim without entities. Automatic entities (URLs, mentions, hashtags)
//!   are not detected, except a `bot_command` at the start of user texts.
//! * No flood control unless injected with [`Faults`]; the call log lets tests
//!   check the bot's own rate limiting instead. Callback queries never expire
//!   by time; answering one twice fails like an expired one.
//! * Files are not stored: uploads get fresh `file_id`s (photos in two sizes,
//!   1280x960 and 90x68, whatever the image), URLs are not fetched, there is
//!   no `getFile`/download. Photo uploads must start with JPEG/PNG/GIF/WebP/BMP
//!   magic bytes, otherwise `IMAGE_PROCESS_FAILED`.
//! * Webhooks: updates are posted one at a time (Telegram: up to `max_connections` at
//!   once), retried after 50 ms doubling to 1 s (Telegram waits longer), and a plain
//!   `http://` webhook to this machine on any port is accepted (Telegram: https on 80,
//!   88, 443 or 8443 only). Inline mode (`inline_message_id`)
//!   is not supported; the bot cannot be added to groups.
//! * Editing or sending to a user who blocked the bot fails; deleting works.
//! * Error texts of rarely hit checks (command lists, some keyboard errors)
//!   are best effort. The invalid-callback text is Telegram's ("query ID"),
//!   which teloxide 0.17 does not map to `ApiError::InvalidQueryId` (it
//!   expects "query id") and reports as `ApiError::Unknown`.

mod calls;
mod commands;
mod driver;
mod faults;
mod files;
mod html;
mod http_driver;
mod markup;
mod media;
mod messages;
mod params;
mod reactions;
mod server;
mod state;
mod text;
mod transcript;
mod updates;
mod webhook;

use std::{
    net::{Ipv4Addr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{net::TcpListener, task::JoinHandle};

pub use calls::{CallRecord, Outcome, SEND_METHODS};
pub use commands::{BotCommand, CommandScope};
pub use driver::{DriverError, FakeUser};
pub use faults::{Fault, FaultScope, Faults};
pub use markup::{Button, Markup};
pub use server::METHODS;
pub use text::Entity;
pub use transcript::{CallbackAnswer, MessageKind, TranscriptMessage, format_transcript};
pub use webhook::Delivery;

use state::Shared;

/// Stops the server when the last [`FakeTelegram`] clone is dropped.
struct ServerGuard {
    shared: Arc<Shared>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for ServerGuard {
    fn drop(&mut self) {
        self.shared.shutdown.send_replace(true);
    }
}

/// A running fake Bot API server plus the driver API. Clones share the
/// server; it stops on [`FakeTelegram::shutdown`] or when the last clone is
/// dropped.
#[derive(Clone)]
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    guard: Arc<ServerGuard>,
}

impl std::fmt::Debug for FakeTelegram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeTelegram")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl FakeTelegram {
    /// Starts a fake for bot `token` on a free port of 127.0.0.1.
    pub async fn start(token: &str) -> std::io::Result<FakeTelegram> {
        Self::start_on(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), token).await
    }

    /// Starts a fake on a fixed address (e.g. for a local trial).
    pub async fn start_on(addr: SocketAddr, token: &str) -> std::io::Result<FakeTelegram> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::new(token));
        let app = server::router(shared.clone());
        let mut stop = shared.shutdown.subscribe();
        tokio::spawn(webhook::deliver(shared.clone()));
        let task = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stop.wait_for(|stopped| *stopped).await;
            });
            if let Err(e) = serve.await {
                tracing::warn!("fake telegram server failed: {e}");
            }
        });
        let guard = Arc::new(ServerGuard {
            shared: shared.clone(),
            task: Mutex::new(Some(task)),
        });
        Ok(FakeTelegram {
            shared,
            addr,
            guard,
        })
    }

    /// Base URL for `Bot::new(token).set_api_url(fake.api_url())`.
    pub fn api_url(&self) -> url::Url {
        url::Url::parse(&format!("http://{}/", self.addr)).expect("valid URL")
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// The bot's user id (the numeric part of the token, if any).
    pub fn bot_id(&self) -> i64 {
        self.shared.bot.id
    }

    /// Stops the server: pending long polls return, in-flight calls finish.
    pub async fn shutdown(self) {
        self.shared.shutdown.send_replace(true);
        let task = self.guard.task.lock().ok().and_then(|mut t| t.take());
        if let Some(mut task) = task
            && tokio::time::timeout(Duration::from_secs(5), &mut task)
                .await
                .is_err()
        {
            task.abort();
        }
    }

    /// A user with `id` (also the chat id); registers or renames it.
    /// The chat counts as started once the user sends something.
    pub fn user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> FakeUser {
        FakeUser::register(&self.shared, id, first_name, language_code)
    }

    /// Fault injection.
    pub fn faults(&self) -> Faults {
        Faults {
            shared: self.shared.clone(),
        }
    }

    /// All calls so far, in the order they were answered.
    pub fn calls(&self) -> Vec<CallRecord> {
        self.shared.read(|s| s.calls.clone())
    }

    /// Calls of one method (case-insensitive).
    pub fn calls_to(&self, method: &str) -> Vec<CallRecord> {
        self.shared.read(|s| {
            s.calls
                .iter()
                .filter(|c| c.method.eq_ignore_ascii_case(method))
                .cloned()
                .collect()
        })
    }

    /// Pointless requests the bot made: an edit that changed nothing ("message is not
    /// modified") or a second answer to a tap ("query is too old"). Each is a 400 in an
    /// operator's error rate, so a story should see none.
    pub fn violations(&self) -> Vec<CallRecord> {
        self.shared.read(|s| {
            s.calls
                .iter()
                .filter(|c| match &c.outcome {
                    Outcome::Error {
                        code: 400,
                        description,
                    } => {
                        description.contains("message is not modified")
                            || description.contains("query is too old")
                    }
                    _ => false,
                })
                .cloned()
                .collect()
        })
    }

    pub fn clear_calls(&self) {
        self.shared.update(|s| s.calls.clear());
    }

    /// The most calls matching `filter` within any `window` (half-open).
    pub fn max_calls_in_window(
        &self,
        window: Duration,
        filter: impl Fn(&CallRecord) -> bool,
    ) -> usize {
        self.shared
            .read(|s| calls::max_in_window(s.calls.iter().filter(|c| filter(c)), window))
    }

    /// The most send attempts ([`SEND_METHODS`], whatever the outcome) within
    /// any `window`, overall or to one chat. Telegram allows about 30 per
    /// second overall and 1 per second per chat.
    pub fn max_sends_in_window(&self, window: Duration, chat: Option<i64>) -> usize {
        self.max_calls_in_window(window, |c| {
            c.is_send() && chat.is_none_or(|id| c.chat_id == Some(id))
        })
    }

    /// The commands stored for exactly this scope and language (`None` = no
    /// language), as `getMyCommands` would return them.
    pub fn commands(&self, scope: CommandScope, language_code: Option<&str>) -> Vec<BotCommand> {
        let key = (scope, language_code.unwrap_or_default().to_owned());
        self.shared
            .read(|s| s.commands.get(&key).cloned().unwrap_or_default())
    }

    /// The webhook URL, if one is set.
    pub fn webhook_url(&self) -> Option<String> {
        self.shared
            .read(|s| s.webhook.as_ref().map(|w| w.url.clone()))
    }

    /// Every attempt to post an update to the webhook, in order.
    pub fn webhook_deliveries(&self) -> Vec<Delivery> {
        self.shared.read(|s| s.deliveries.clone())
    }

    /// Posts an update delivered before once more, as Telegram does when it did not get
    /// the webhook's answer; `false` if that update was never delivered.
    pub fn redeliver(&self, update_id: i64) -> bool {
        webhook::redeliver(&self.shared, update_id)
    }

    /// `getUpdates` requests currently waiting (long polls in flight).
    pub fn polls_in_flight(&self) -> usize {
        self.shared.read(|s| s.polls_in_flight)
    }

    /// Updates not yet confirmed by a `getUpdates` offset.
    pub fn pending_update_count(&self) -> usize {
        self.shared.read(|s| s.updates.len())
    }

    /// Waits until `cond` holds. It is re-checked after every change in the
    /// fake (and every 50 ms, for conditions on outside state such as a
    /// database). On timeout the error lists every chat's transcript.
    pub async fn wait_until(
        &self,
        timeout: Duration,
        mut cond: impl FnMut() -> bool,
    ) -> Result<(), DriverError> {
        let done = self
            .shared
            .wait(timeout, Some(Duration::from_millis(50)), || {
                cond().then_some(())
            })
            .await;
        done.ok_or_else(|| self.timeout_error("a condition", timeout))
    }

    /// Waits for a call matching `pred` (including calls made before).
    pub async fn wait_for_call(
        &self,
        timeout: Duration,
        mut pred: impl FnMut(&CallRecord) -> bool,
    ) -> Result<CallRecord, DriverError> {
        let found = self
            .shared
            .wait(timeout, None, || {
                self.shared
                    .read(|s| s.calls.iter().find(|c| pred(c)).cloned())
            })
            .await;
        found.ok_or_else(|| self.timeout_error("a matching Bot API call", timeout))
    }

    fn timeout_error(&self, what: &str, waited: Duration) -> DriverError {
        let transcript = self.shared.read(|s| {
            let mut chats: Vec<i64> = s.chats.keys().copied().collect();
            chats.sort_unstable();
            chats
                .iter()
                .map(|&c| {
                    let t = transcript::transcript_of(s, c);
                    format!(
                        "--- bot messages in chat {c} ---\n{}",
                        format_transcript(&t)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        });
        DriverError::Timeout {
            what: what.to_owned(),
            waited,
            transcript,
        }
    }
}

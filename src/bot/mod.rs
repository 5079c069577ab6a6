//! The inbound flow: a Telegram update → [`schema`] → a handler → the domain → the store.
//!
//! Only private chats are served: Wegweiser is a one-to-one channel. Every reply is sent
//! with Telegram's HTML parse mode, in the person's language (their stored choice, else
//! Telegram's `language_code` as a first guess, else the default).

pub mod commands;
pub mod dialogue;
pub mod handlers;
pub mod inbound;
pub mod keyboards;
pub mod poll;
pub mod roles;
pub mod webhook;

use std::sync::Arc;

use teloxide::adaptors::DefaultParseMode;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Texts;
use crate::store::{Store, StoreError};

/// The bot as handlers see it: its rate-limited requests pass the gate as immediate
/// answers (see `delivery::gate`), HTML by default.
pub type WBot = DefaultParseMode<crate::delivery::gate::Gated<Bot>>;

/// What every handler may need, injected by the dispatcher.
#[derive(Debug)]
pub struct Ctx {
    pub store: Arc<dyn Store>,
    pub texts: Arc<Texts>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    /// Wakes the outbox sender after rows were written.
    pub wake: Arc<tokio::sync::Notify>,
}

impl Ctx {
    /// The language to answer a person in: their choice, else a guess from Telegram.
    pub async fn language_of(
        &self,
        user_id: i64,
        telegram_code: Option<&str>,
    ) -> Result<String, StoreError> {
        let stored = self.store.user(user_id).await?.and_then(|u| u.language);
        Ok(self.pick_language(stored.as_deref(), telegram_code))
    }

    /// The language to answer in, from the stored choice and Telegram's guess.
    pub fn pick_language(&self, stored: Option<&str>, telegram_code: Option<&str>) -> String {
        match stored {
            Some(lang) if self.texts.has(lang) => lang.to_owned(),
            _ => Texts::guess(
                telegram_code,
                &self.config.locales.offered,
                &self.config.locales.default,
            )
            .to_owned(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error("Telegram request failed: {}", crate::delivery::describe(.0))]
    Telegram(#[from] teloxide::RequestError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type HandlerResult = Result<(), HandlerError>;

/// The whole inbound routing table.
pub fn schema() -> UpdateHandler<HandlerError> {
    use handlers::common;

    let private_messages = Update::filter_message()
        .filter(|msg: Message| msg.chat.is_private() && msg.from.is_some())
        .branch(teloxide::filter_command::<commands::Command, _>().endpoint(common::on_command))
        .branch(dptree::endpoint(common::on_other_message));

    let callbacks = Update::filter_callback_query().endpoint(common::on_callback);

    dptree::entry().branch(private_messages).branch(callbacks)
}

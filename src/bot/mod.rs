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

use teloxide::adaptors::DefaultParseMode;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

use crate::store::StoreError;

/// The bot as handlers see it: its rate-limited requests pass the gate as immediate
/// answers (see `delivery::gate`), HTML by default.
pub type WBot = DefaultParseMode<crate::delivery::gate::Gated<Bot>>;

/// What every handler may need, injected by the dispatcher (the use cases' context: the
/// web workplace and the command line share it).
pub use crate::usecase::Ctx;

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

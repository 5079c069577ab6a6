//! What a person can do, once for the bot and the web workplace: each use case checks
//! who may do it, applies the domain's rules and writes the change (with its outbox
//! rows) through the store. Handlers only parse input and render the outcome.
//!
//! A use case takes a [`Ctx`]: the store, the texts, the clock, the configuration and the
//! sender's wake-up — nothing of Telegram or HTTP, so the bot, the web workplace and the
//! command line can all call it.
//!
//! - [`access`]: who may act for which client.
//! - [`agenda`]: plan, move and cancel an appointment.
//! - [`audit`]: the audit log as an administrator may read it.
//! - [`broadcasts`]: announcements: audiences and their recipients, texts, sending,
//!   scheduling, cancelling, the report (bot and web).
//! - [`caseload`]: whose clients a manager sees (their own, and while standing in).
//! - [`clients`]: another Gemeinde, hand-over, extending and ending support.
//! - [`deadlines`]: add, move and cancel a deadline.
//! - [`figures`]: the yearly figures per Gemeinde (command line and web).
//! - [`joins`]: accept or decline a request to be taken on.
//! - [`managers`]: deactivate a manager with a successor (bot and web).
//! - [`offers`]: which offers an administrator may change; (de)activate, save, list.
//! - [`offer_file`]: read, check and import a file of offers (command line and web).
//! - [`offer_page`]: an offer's page as a client reads it (the bot, the editor's preview).
//! - [`structure`]: organisations, Gemeinden and scoped administrators: add, list,
//!   remove (bot, web and command line).

pub mod access;
pub mod agenda;
pub mod audit;
pub mod broadcasts;
pub mod caseload;
pub mod clients;
pub mod deadlines;
pub mod figures;
pub mod joins;
pub mod managers;
pub mod offer_file;
pub mod offer_page;
pub mod offers;
pub mod structure;

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Texts;
use crate::store::{Store, StoreError};

/// What every use case (and every bot and web handler) may need.
#[derive(Debug)]
pub struct Ctx {
    pub store: Arc<dyn Store>,
    pub texts: Arc<Texts>,
    pub clock: Arc<dyn Clock>,
    pub config: Arc<Config>,
    /// Wakes the outbox sender after rows were written.
    pub wake: Arc<tokio::sync::Notify>,
    /// The bot's username, once Telegram answered `getMe`: invite links need it.
    pub bot_username: Arc<std::sync::OnceLock<String>>,
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

//! The slash commands, and the localized menu Telegram shows for them.

use teloxide::macros::BotCommands;
use teloxide::types::BotCommand;

use crate::i18n::Texts;

#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Start over; carries the deep-link payload of `t.me/<bot>?start=<payload>`.
    Start(String),
    Help,
    Language,
}

/// The commands in the menu with the message id of their description, in menu order.
pub const MENU: &[(&str, &str)] = &[
    ("start", "command-start"),
    ("language", "command-language"),
    ("help", "command-help"),
];

/// The menu in one language.
pub fn menu(texts: &Texts, lang: &str) -> Vec<BotCommand> {
    MENU.iter()
        .map(|(cmd, id)| BotCommand::new(*cmd, texts.t(lang, id)))
        .collect()
}

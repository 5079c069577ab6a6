//! The slash commands, and the localized menu Telegram shows for them.
//!
//! Every command is parsed for everyone; whether the sender may use it is decided by the
//! handler (see `roles.rs`), so a client typing a manager command is told so and nothing
//! changes.

use teloxide::macros::BotCommands;
use teloxide::types::BotCommand;

use crate::i18n::Texts;

#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "snake_case")]
pub enum Command {
    /// Start over; carries the deep-link payload of `t.me/<bot>?start=<payload>`.
    Start(String),
    Help,
    Language,
    Menu,
    Privacy,
    /// Local offers: a client's Gemeinde, a manager's or an administrator's.
    Offers,
    // Integrationsmanager
    Clients,
    NewClient(String),
    Away(String),
    Back,
    Reply(String),
    Appointment(String),
    Appointments,
    Deadline(String),
    Deadlines,
    // Administrators
    Admin,
    AddOrg(String),
    AddGemeinde(String),
    InviteManager(String),
    Managers,
    Assign(String),
    Deactivate(String),
    // Integrationsmanager and administrators
    /// Compose an announcement, step by step.
    Broadcast,
    /// The announcements one has scheduled, to cancel.
    Broadcasts,
    /// A one-time sign-in link for the web workplace.
    Web,
}

impl Command {
    /// The name for logs (never the arguments: they may hold personal data).
    pub fn name(&self) -> &'static str {
        match self {
            Command::Start(_) => "start",
            Command::Help => "help",
            Command::Language => "language",
            Command::Menu => "menu",
            Command::Privacy => "privacy",
            Command::Offers => "offers",
            Command::Clients => "clients",
            Command::NewClient(_) => "new_client",
            Command::Away(_) => "away",
            Command::Back => "back",
            Command::Reply(_) => "reply",
            Command::Appointment(_) => "appointment",
            Command::Appointments => "appointments",
            Command::Deadline(_) => "deadline",
            Command::Deadlines => "deadlines",
            Command::Admin => "admin",
            Command::AddOrg(_) => "add_org",
            Command::AddGemeinde(_) => "add_gemeinde",
            Command::InviteManager(_) => "invite_manager",
            Command::Managers => "managers",
            Command::Assign(_) => "assign",
            Command::Deactivate(_) => "deactivate",
            Command::Broadcast => "broadcast",
            Command::Broadcasts => "broadcasts",
            Command::Web => "web",
        }
    }
}

/// The commands in everyone's menu with the message id of their description.
pub const MENU: &[(&str, &str)] = &[
    ("start", "command-start"),
    ("menu", "command-menu"),
    ("offers", "command-offers"),
    ("language", "command-language"),
    ("privacy", "command-privacy"),
    ("help", "command-help"),
];

/// The menu in one language.
pub fn menu(texts: &Texts, lang: &str) -> Vec<BotCommand> {
    MENU.iter()
        .map(|(cmd, id)| BotCommand::new(*cmd, texts.t(lang, id)))
        .collect()
}

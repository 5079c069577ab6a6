//! `wegweiser admin …`: organisations, Gemeinden, Integrationsmanager, scoped
//! administrators and the audit log, from a terminal or a script.
//!
//! Every change is made as [`Actor::Cli`] at the injected clock's time and lands in the
//! audit log. What a person typed wrong (a malformed AGS, an id that does not exist, a
//! duplicate) is an [`AdminError::Input`] (exit code 2) checked before anything is written,
//! so a failed command changes nothing; a failing database is an [`AdminError::Store`]
//! (exit code 1). Output is plain English; lists are aligned columns.
//!
//! A manager invite is shown once: only the hash of its payload is stored. The bot token
//! is used to ask Telegram for the bot's username and is never printed.
//!
//! [`Actor::Cli`]: crate::store::people::Actor::Cli

mod args;
mod figures;
mod format;
mod input;
mod invite;
mod managers;
mod orgs;

pub use args::{AdminCommand, GemeindeCommand, ManagerCommand, OrgCommand, ScopeCommand};
pub use format::{
    Column, audit_table, clients_were, gemeinde_table, local_time, manager_table,
    organisation_table, table,
};
pub use input::{AdminError, EXIT_DATABASE, EXIT_INPUT, parse_ags, required_text};
pub use invite::{BOT_PLACEHOLDER, InviteReport, bot_username, invite_report, is_bot_username};

use crate::clock::Clock;
use crate::config::Config;
use crate::store::Store;

/// Runs one admin command; the text to print on success.
pub async fn run(
    cmd: &AdminCommand,
    store: &dyn Store,
    config: &Config,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    match cmd {
        AdminCommand::Org(cmd) => orgs::org_command(cmd, store, clock).await,
        AdminCommand::Gemeinde(cmd) => orgs::gemeinde_command(cmd, store, clock).await,
        AdminCommand::Manager(cmd) => managers::manager_command(cmd, store, config, clock).await,
        AdminCommand::Scope(cmd) => orgs::scope_command(cmd, store, clock).await,
        AdminCommand::Figures { year } => figures::figures_csv(*year, store, config, clock).await,
        AdminCommand::Audit { limit } => Ok(audit_table(
            &store.audit_log(*limit).await?,
            config.time_zone,
        )),
    }
}

/// Sample rows for the unit tests of the tables and the invite report.
#[cfg(test)]
mod fixtures {
    use crate::store::people::{Gemeinde, Manager, Organisation};

    pub(super) fn manager(id: i64, name: &str, status: &str) -> Manager {
        Manager {
            id,
            organisation_id: 1,
            telegram_id: None,
            display_name: name.to_owned(),
            status: status.to_owned(),
            absent_until: None,
            substitute_id: None,
        }
    }

    pub(super) fn hemmingen() -> Gemeinde {
        Gemeinde {
            id: 1,
            ags: "08118011".to_owned(),
            name: "Hemmingen".to_owned(),
            landkreis: "Ludwigsburg".to_owned(),
        }
    }

    pub(super) fn caritas() -> Organisation {
        Organisation {
            id: 1,
            name: "Caritas".to_owned(),
            kind: "traeger".to_owned(),
        }
    }
}

//! People and the links between them, as stored. The store speaks about them through one
//! trait per concept, all part of [`Store`](super::Store):
//!
//! - [`OrgStore`](super::orgs::OrgStore): organisations, Gemeinden, administrators' scopes;
//! - [`ManagerStore`](super::managers::ManagerStore): Integrationsmanager, the Gemeinden
//!   they serve, absences and hand-over;
//! - [`ClientStore`](super::clients::ClientStore): clients, invites and linking, contact,
//!   reachability and the relay map;
//! - [`PrivacyStore`](super::privacy::PrivacyStore): consent, a client's record, deletion
//!   and the audit log.
//!
//! This module holds what they share — who acts ([`Actor`]) and why linking fails
//! ([`LinkError`]) — and names all their types, so callers import them from one place.

use super::StoreError;
use crate::domain::invite::InviteProblem;

pub use super::clients::{Client, Invite};
pub use super::managers::Manager;
pub use super::orgs::{AdminScope, Gemeinde, Organisation};
pub use super::privacy::{AuditEntry, ClientRecord, PersonRecord};

/// Who is making a change, for the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A person on Telegram.
    Telegram(i64),
    /// The command line (`wegweiser admin …`).
    Cli,
    /// Wegweiser itself (a sender noticing an unreachable client, …).
    System,
}

impl Actor {
    pub fn audit_name(self) -> String {
        match self {
            Actor::Telegram(id) => format!("tg:{id}"),
            Actor::Cli => "cli".to_owned(),
            Actor::System => "system".to_owned(),
        }
    }
    /// The Telegram id recorded as an invite's creator (0 for the command line).
    pub fn telegram_id(self) -> i64 {
        match self {
            Actor::Telegram(id) => id,
            _ => 0,
        }
    }
}

/// Why linking (a manager or a client claiming an invite) failed.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error(transparent)]
    Invite(#[from] InviteProblem),
    #[error("this Telegram account is already linked")]
    AlreadyLinked,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for LinkError {
    fn from(e: sqlx::Error) -> Self {
        LinkError::Store(StoreError::Database(e))
    }
}

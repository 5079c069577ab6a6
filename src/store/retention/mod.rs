//! Retention: support that ends at its planned end, data deleted a set time after, people
//! who never became clients forgotten, and the yearly figures kept as bare counts.
//!
//! The deletion of a client after the retention period is exactly the client's own
//! "delete everything" ([`super::privacy::PrivacyStore::delete_client`]); only the notice
//! to the manager says why. Both fold the client's part of the figures into
//! `archived_figures` in the same transaction (see [`crate::domain::figures`]).

pub(crate) mod figures_sql;
pub(crate) mod sql;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use super::StoreError;
use crate::domain::figures::Figure;

/// A client whose support the retention pass ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedSupport {
    pub client_id: i64,
    pub label: String,
}

/// One count of the yearly figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureCount {
    pub gemeinde_id: i64,
    /// `YYYY-MM` (UTC).
    pub month: String,
    pub figure: Figure,
    pub value: i64,
}

/// A client's stored statuses, in the order of [`Standing::clients`].
pub const CLIENT_STATUSES: [&str; 4] = ["invited", "active", "unreachable", "ended"];

/// What a Gemeinde has now (not a count of a year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub gemeinde_id: i64,
    /// Clients by status, in the order of [`CLIENT_STATUSES`].
    pub clients: [i64; 4],
    /// Offers naming the Gemeinde that a client of it sees today (active and valid), not
    /// counting those for its whole Landkreis (see [`Standings::offers_shown`]).
    pub offers: i64,
}

/// What every Gemeinde has now, and the offers for a whole Landkreis shown today.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standings {
    /// Only Gemeinden with any.
    pub gemeinden: Vec<Standing>,
    /// Offers for a whole Landkreis a client sees today, per Landkreis.
    pub landkreise: std::collections::BTreeMap<String, i64>,
}

impl Standings {
    /// The offers a client of Gemeinde `gemeinde_id` in `landkreis` sees today: those
    /// naming it and those for its Landkreis, each once.
    pub fn offers_shown(&self, gemeinde_id: i64, landkreis: &str) -> i64 {
        let own = self
            .gemeinden
            .iter()
            .find(|s| s.gemeinde_id == gemeinde_id)
            .map_or(0, |s| s.offers);
        own + self.landkreise.get(landkreis).copied().unwrap_or(0)
    }
}

impl Standing {
    pub fn new(gemeinde_id: i64) -> Standing {
        Standing {
            gemeinde_id,
            clients: [0; 4],
            offers: 0,
        }
    }
}

/// What the inactive-data pass removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Forgotten {
    /// People who talked to the bot but never became a client or a manager.
    pub users: u64,
    /// Clients invited but never linked (their invites expired long ago).
    pub unlinked_clients: u64,
    /// Unused manager invites past their expiry.
    pub invites: u64,
}

#[async_trait]
pub trait RetentionStore: Send + Sync {
    /// Ends the support of every client whose planned end has come: status `ended`,
    /// unused invites revoked, the client told in their language, the manager told.
    async fn end_support_due(&self, now: DateTime<Utc>) -> Result<Vec<EndedSupport>, StoreError>;

    /// Clients whose support ended before `before`: their data is due for deletion.
    async fn clients_ended_before(&self, before: DateTime<Utc>) -> Result<Vec<i64>, StoreError>;

    /// Deletes a client as their own "delete everything" does; the manager is told that
    /// the retention period ran out.
    async fn delete_after_retention(
        &self,
        client_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// Forgets what has not been used since `before`: people who never became clients
    /// (user row, join requests, dialogue), clients invited but never linked, expired
    /// manager invites. `admins` are the configured global administrators, never
    /// forgotten.
    async fn forget_inactive(
        &self,
        before: DateTime<Utc>,
        admins: &[i64],
        now: DateTime<Utc>,
    ) -> Result<Forgotten, StoreError>;

    /// The figures of the months `from..until` (`YYYY-MM`, until exclusive): counted from
    /// the live tables plus what deleted clients left as counts.
    async fn figures(&self, from: &str, until: &str) -> Result<Vec<FigureCount>, StoreError>;

    /// What every Gemeinde has now: clients by status, offers shown on `today` (only
    /// Gemeinden with any), and the offers for whole Landkreise shown then.
    async fn standing(&self, today: NaiveDate) -> Result<Standings, StoreError>;
}

//! Local offers as stored: the offer, its texts per language, its Gemeinden, and who said
//! "I am interested". The import, the export and the bot's dialogue all save through
//! [`OfferStore::save_offers`], which writes a whole batch or nothing.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use super::StoreError;
use super::outbox::NewOutbox;
use super::people::Actor;
use crate::domain::offer::{Category, Offer};

/// An offer with its database id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredOffer {
    pub id: i64,
    pub offer: Offer,
    pub updated_at: DateTime<Utc>,
}

/// One line of a list: enough to sort, page and label a button.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferLine {
    pub id: i64,
    pub category: Category,
    /// The German title.
    pub title: String,
    /// The title in the asked language, when there is one.
    pub translated: Option<String>,
}

impl OfferLine {
    /// The title to show, and whether it is in the asked language.
    pub fn shown_title(&self) -> (&str, bool) {
        match &self.translated {
            Some(t) => (t, true),
            None => (&self.title, false),
        }
    }
}

/// What saving did to one offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Created,
    Updated,
    Unchanged,
}

#[async_trait]
pub trait OfferStore {
    /// Saves every offer in one transaction, matched by external id: new ones are created,
    /// changed ones updated, equal ones left alone (nothing written, no audit entry).
    /// A Gemeinde (AGS) that does not exist fails the whole batch with
    /// [`StoreError::MissingReference`]; nothing is written then.
    async fn save_offers(
        &self,
        offers: &[Offer],
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Vec<Saved>, StoreError>;
    /// Every offer, by external id (for the export).
    async fn offers(&self) -> Result<Vec<StoredOffer>, StoreError>;
    /// Where the offers `ids` are: `id → (Landkreis, AGS of the Gemeinden named)`, in two
    /// queries (for lists that say which Gemeinde many offers concern: the audit log).
    async fn offer_places(
        &self,
        ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, (Option<String>, Vec<String>)>, StoreError>;
    /// A Gemeinde's offers (named, or for its Landkreis), by external id.
    async fn offers_of(&self, gemeinde_id: i64) -> Result<Vec<StoredOffer>, StoreError>;
    async fn offer(&self, id: i64) -> Result<Option<StoredOffer>, StoreError>;
    /// The id of the offer with this external id.
    async fn offer_id(&self, external_id: &str) -> Result<Option<i64>, StoreError>;
    /// The offers of a Gemeinde: its own and its Landkreis's; with `Some(today)` only
    /// those shown that day (active and valid), with `None` all (for administrators).
    /// Titles in German and in `lang`; in id order.
    async fn offers_in(
        &self,
        gemeinde_id: i64,
        today: Option<NaiveDate>,
        lang: &str,
    ) -> Result<Vec<OfferLine>, StoreError>;
    /// Records a client's interest; `notice` (to their manager) is written with it, once:
    /// `false` when the client had said so before (nothing is written then).
    async fn register_interest(
        &self,
        offer_id: i64,
        client_id: i64,
        notice: Option<NewOutbox>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// The offers a client said they are interested in (ids), for their data export.
    async fn interests_of(&self, client_id: i64) -> Result<Vec<i64>, StoreError>;
    /// A client wants no more announcements of an offer; `false` if they had not said
    /// they were interested (nothing to stop). Pending ones are dropped.
    async fn mute_offer(&self, offer_id: i64, client_id: i64) -> Result<bool, StoreError>;
    /// Who hears of an offer's dates: clients interested in it, not muted, linked and
    /// consenting to announcements: `(client id, Telegram id, Gemeinde id)`.
    async fn offer_audience(&self, offer_id: i64) -> Result<Vec<(i64, i64, i64)>, StoreError>;
}

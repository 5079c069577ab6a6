//! Multi-step dialogues, kept in the `dialogues` table as JSON so they survive restarts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Ctx;
use crate::domain::consent::Purpose;
use crate::store::StoreError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Dialogue {
    /// A client opened an invite: choosing a language, then consenting. Only the hash of
    /// the invite is kept.
    Onboarding {
        invite: String,
        consents: Vec<String>,
    },
    /// A new manager is typing the name their clients will see.
    ManagerName {
        manager_id: i64,
    },
    /// A manager plans an appointment step by step; each step keeps what came before.
    /// `local` is the wall-clock time typed, `YYYY-MM-DDTHH:MM:SS`.
    PlanWhen {
        client_id: i64,
    },
    PlanPlace {
        client_id: i64,
        local: String,
    },
    PlanTopic {
        client_id: i64,
        local: String,
        place: String,
    },
    PlanConfirm {
        client_id: i64,
        local: String,
        place: String,
        topic: String,
    },
    /// A manager types the new time of an appointment (of the version they saw).
    MoveWhen {
        appointment_id: i64,
        version: i64,
    },
    /// An administrator types a new value for one field of an offer (browsed in
    /// Gemeinde `gemeinde_id`); `field` is an `offer_edit::Field` key.
    OfferEdit {
        offer_id: i64,
        gemeinde_id: i64,
        field: String,
    },
    /// An administrator adds an offer in a Gemeinde: the category comes by button,
    /// then the German title is typed.
    OfferNewCategory {
        gemeinde_id: i64,
    },
    OfferNewTitle {
        gemeinde_id: i64,
        category: String,
    },
    /// A manager or administrator composes an announcement (`/broadcast`, see
    /// `handlers::broadcast`); each step keeps the draft so far. The audience is chosen
    /// by button (texts may be there already when an offer is announced) …
    BroadcastAudience {
        draft: BroadcastDraft,
    },
    /// … a language filter, by button …
    BroadcastLanguages {
        draft: BroadcastDraft,
    },
    /// … the text in `lang` (German first, then translations) is typed …
    BroadcastText {
        draft: BroadcastDraft,
        lang: String,
    },
    /// … translations are added or the preview asked for, by button …
    BroadcastTranslations {
        draft: BroadcastDraft,
    },
    /// … after the preview: send now, schedule or discard, by button …
    BroadcastPreview {
        draft: BroadcastDraft,
    },
    /// … or the time to send it is typed.
    BroadcastWhen {
        draft: BroadcastDraft,
    },
}

impl Dialogue {
    pub fn chosen_consents(consents: &[String]) -> Vec<Purpose> {
        consents.iter().filter_map(|c| Purpose::parse(c)).collect()
    }
}

pub async fn load(ctx: &Ctx, chat: i64) -> Result<Option<Dialogue>, StoreError> {
    Ok(ctx
        .store
        .dialogue(chat)
        .await?
        .and_then(|s| serde_json::from_str(&s).ok()))
}

pub async fn save(ctx: &Ctx, chat: i64, d: &Dialogue) -> Result<(), StoreError> {
    let json = serde_json::to_string(d).expect("dialogue serializes");
    ctx.store
        .set_dialogue(chat, Some(&json), ctx.clock.now())
        .await
}

pub async fn clear(ctx: &Ctx, chat: i64) -> Result<(), StoreError> {
    ctx.store.set_dialogue(chat, None, ctx.clock.now()).await
}

/// An announcement being composed. The audience is that of
/// `store::broadcasts::Audience`; it is checked again whenever it is used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BroadcastDraft {
    /// A manager's clients (`None`: every manager's, for an administrator).
    #[serde(default)]
    pub manager_id: Option<i64>,
    /// Only clients of this Gemeinde.
    #[serde(default)]
    pub gemeinde_id: Option<i64>,
    /// Only clients reading these languages (empty: every language).
    #[serde(default)]
    pub languages: Vec<String>,
    /// The text per language; German (`de`) once it is typed.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    /// The offer announced, if any.
    #[serde(default)]
    pub offer_id: Option<i64>,
}

//! Multi-step dialogues, kept in the `dialogues` table as JSON so they survive restarts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardMarkup, MessageId};

use super::{Ctx, WBot};
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
    /// A manager types the new day of an open deadline.
    DeadlineMoveDay {
        deadline_id: i64,
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

/// What the `dialogues` table holds: the step, and the message that asked for it when
/// that message has buttons and the answer is typed (its "prompt"), so that the buttons
/// are taken off once the step is done (see [`drop_finished_prompt`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    #[serde(flatten)]
    pub step: Dialogue,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<i32>,
}

pub async fn load_stored(ctx: &Ctx, chat: i64) -> Result<Option<Stored>, StoreError> {
    Ok(ctx
        .store
        .dialogue(chat)
        .await?
        .and_then(|s| serde_json::from_str(&s).ok()))
}

pub async fn load(ctx: &Ctx, chat: i64) -> Result<Option<Dialogue>, StoreError> {
    Ok(load_stored(ctx, chat).await?.map(|s| s.step))
}

pub async fn save(ctx: &Ctx, chat: i64, d: &Dialogue) -> Result<(), StoreError> {
    save_stored(ctx, chat, d, None).await
}

/// Saves step `d`, asked for by message `prompt` (which has buttons).
async fn save_with_prompt(
    ctx: &Ctx,
    chat: i64,
    d: &Dialogue,
    prompt: MessageId,
) -> Result<(), StoreError> {
    save_stored(ctx, chat, d, Some(prompt.0)).await
}

async fn save_stored(
    ctx: &Ctx,
    chat: i64,
    d: &Dialogue,
    prompt: Option<i32>,
) -> Result<(), StoreError> {
    let stored = Stored {
        step: d.clone(),
        prompt,
    };
    let json = serde_json::to_string(&stored).expect("dialogue serializes");
    ctx.store
        .set_dialogue(chat, Some(&json), ctx.clock.now())
        .await
}

/// Asks for step `step` with `text` and `keyboard` (its way out, or choices besides
/// typing): in place of message `place` (a tapped one), or as a new message; the step is
/// saved with that message as its prompt.
pub async fn ask(
    bot: &WBot,
    ctx: &Ctx,
    chat: ChatId,
    place: Option<MessageId>,
    text: String,
    keyboard: InlineKeyboardMarkup,
    step: &Dialogue,
) -> Result<(), super::HandlerError> {
    // The step before had its own prompt: its buttons go first, so the new question is
    // the only one with buttons when it arrives.
    if let Some(Stored {
        prompt: Some(before),
        ..
    }) = load_stored(ctx, chat.0).await?
        && place != Some(MessageId(before))
    {
        let _ = bot.edit_message_reply_markup(chat, MessageId(before)).await;
    }
    let shown = match place {
        Some(message) => match bot
            .edit_message_text(chat, message, text.clone())
            .reply_markup(keyboard.clone())
            .await
        {
            Ok(_) | Err(teloxide::RequestError::Api(teloxide::ApiError::MessageNotModified)) => {
                message
            }
            // Too old to edit, or deleted: asked in a new message instead.
            Err(teloxide::RequestError::Api(_)) => {
                bot.send_message(chat, text)
                    .reply_markup(keyboard)
                    .await?
                    .id
            }
            Err(e) => return Err(e.into()),
        },
        None => {
            bot.send_message(chat, text)
                .reply_markup(keyboard)
                .await?
                .id
        }
    };
    save_with_prompt(ctx, chat.0, step, shown).await?;
    Ok(())
}

/// After an update was handled: if it ended the step `before` (the dialogue moved on or
/// ended) and that step's prompt had buttons, they are taken off, so nothing stale stays
/// to be tapped. Nothing is asked of Telegram when there was no such prompt, or when the
/// prompt is the message just tapped (its handler shows what happened in its place).
pub async fn drop_finished_prompt(
    bot: &WBot,
    ctx: &Ctx,
    chat: i64,
    before: Option<Stored>,
    tapped: Option<MessageId>,
) -> Result<(), StoreError> {
    let Some(Stored {
        step,
        prompt: Some(prompt),
    }) = before
    else {
        return Ok(());
    };
    if tapped == Some(MessageId(prompt)) {
        return Ok(());
    }
    let now = load_stored(ctx, chat).await?;
    if now.as_ref().is_some_and(|n| n.step == step) {
        return Ok(());
    }
    // A new prompt was asked for with `ask`, which took these buttons off already.
    if now
        .as_ref()
        .and_then(|n| n.prompt)
        .is_some_and(|p| p != prompt)
    {
        return Ok(());
    }
    // Best effort: a message too old to edit keeps its buttons, which refuse politely.
    let _ = bot
        .edit_message_reply_markup(ChatId(chat), MessageId(prompt))
        .await;
    Ok(())
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

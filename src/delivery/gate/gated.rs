//! [`Gated`]: the handlers' bot. Every rate-limited method (sending, copying, forwarding,
//! editing a message) first waits for its slot at the [`Gate`] as an immediate answer;
//! everything else (`answerCallbackQuery`, `getMe`, `getUpdates`, `setMyCommands` …) goes
//! straight through. A 429 pauses that chat at the gate and the request goes again.

use std::future::IntoFuture;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use futures_util::future::BoxFuture;
use teloxide::errors::AsResponseParameters;
use teloxide::requests::{HasPayload, Output, Request, Requester};
use teloxide::types::*;
use url::Url;

use super::forward::requester_forward;
use super::{Class, Gate};

/// How often an immediate answer is tried again after Telegram said 429.
const RETRIES: u32 = 3;

/// A bot whose rate-limited requests pass the [`Gate`].
#[derive(Clone, Debug)]
pub struct Gated<B> {
    inner: B,
    gate: Arc<Gate>,
    /// Set once `answerCallbackQuery` was asked for (see [`Gated::noting_answers`]).
    answered: Option<Arc<AtomicBool>>,
}

impl<B> Gated<B> {
    pub fn new(inner: B, gate: Arc<Gate>) -> Gated<B> {
        Gated {
            inner,
            gate,
            answered: None,
        }
    }

    /// The same bot, noting whether it answers a tap: a handler that failed after
    /// answering must not answer again (Telegram refuses a second answer).
    pub fn noting_answers(&self) -> (Gated<B>, Arc<AtomicBool>)
    where
        B: Clone,
    {
        let answered = Arc::new(AtomicBool::new(false));
        let bot = Gated {
            inner: self.inner.clone(),
            gate: self.gate.clone(),
            answered: Some(answered.clone()),
        };
        (bot, answered)
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }
}

/// A request that waits for its slot before it is sent.
#[must_use = "Requests are lazy and do nothing unless sent"]
pub struct GatedRequest<R: HasPayload> {
    inner: R,
    gate: Arc<Gate>,
    chat: fn(&R::Payload) -> Option<i64>,
}

impl<R: HasPayload + Clone> Clone for GatedRequest<R> {
    fn clone(&self) -> Self {
        GatedRequest {
            inner: self.inner.clone(),
            gate: self.gate.clone(),
            chat: self.chat,
        }
    }
}

fn chat_of(r: &Recipient) -> Option<i64> {
    match r {
        Recipient::Id(id) => Some(id.0),
        Recipient::ChannelUsername(_) => None,
    }
}

impl<R: HasPayload> HasPayload for GatedRequest<R> {
    type Payload = R::Payload;

    fn payload_mut(&mut self) -> &mut Self::Payload {
        self.inner.payload_mut()
    }

    fn payload_ref(&self) -> &Self::Payload {
        self.inner.payload_ref()
    }
}

async fn send_gated<R>(gate: Arc<Gate>, chat: Option<i64>, request: R) -> Result<Output<R>, R::Err>
where
    R: Request,
    R::Err: AsResponseParameters,
{
    let mut tries = 0;
    loop {
        let slot = gate.acquire(chat, Class::Answer).await;
        let result = request.send_ref().await;
        drop(slot);
        match result.as_ref().err().and_then(|e| e.retry_after()) {
            Some(after) if tries < RETRIES => {
                tries += 1;
                tracing::warn!(retry_in = ?after.duration(), "Telegram asked to slow down; answer waits");
                gate.pause(chat, after.duration());
            }
            _ => return result,
        }
    }
}

impl<R> Request for GatedRequest<R>
where
    R: Request + Clone + Send + Sync + 'static,
    R::Err: AsResponseParameters + Send,
    Output<R>: Send,
{
    type Err = R::Err;
    type Send = BoxFuture<'static, Result<Output<R>, R::Err>>;
    type SendRef = BoxFuture<'static, Result<Output<R>, R::Err>>;

    fn send(self) -> Self::Send {
        let chat = (self.chat)(self.inner.payload_ref());
        Box::pin(send_gated(self.gate, chat, self.inner))
    }

    fn send_ref(&self) -> Self::SendRef {
        self.clone().send()
    }
}

impl<R> IntoFuture for GatedRequest<R>
where
    R: Request + Clone + Send + Sync + 'static,
    R::Err: AsResponseParameters + Send,
    Output<R>: Send,
{
    type Output = Result<Output<R>, R::Err>;
    type IntoFuture = <Self as Request>::Send;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

macro_rules! f {
    ($m:ident $this:ident ($($arg:ident : $T:ty),*)) => {
        GatedRequest {
            inner: $this.inner.$m($($arg),*),
            gate: $this.gate.clone(),
            chat: |p| chat_of(&p.chat_id),
        }
    };
}

macro_rules! fty {
    ($T:ident) => {
        GatedRequest<B::$T>
    };
}

macro_rules! fid {
    ($m:ident $this:ident ($($arg:ident : $T:ty),*)) => {
        $this.inner.$m($($arg),*)
    };
}

macro_rules! ftyid {
    ($T:ident) => {
        B::$T
    };
}

impl<B: Requester> Requester for Gated<B>
where
    B::Err: AsResponseParameters + Send,
    B::SendMessage: Clone + Send + Sync + 'static,
    B::ForwardMessage: Clone + Send + Sync + 'static,
    B::CopyMessage: Clone + Send + Sync + 'static,
    B::SendPhoto: Clone + Send + Sync + 'static,
    B::SendAudio: Clone + Send + Sync + 'static,
    B::SendDocument: Clone + Send + Sync + 'static,
    B::SendVideo: Clone + Send + Sync + 'static,
    B::SendAnimation: Clone + Send + Sync + 'static,
    B::SendVoice: Clone + Send + Sync + 'static,
    B::SendVideoNote: Clone + Send + Sync + 'static,
    B::SendMediaGroup: Clone + Send + Sync + 'static,
    B::SendLocation: Clone + Send + Sync + 'static,
    B::SendVenue: Clone + Send + Sync + 'static,
    B::SendContact: Clone + Send + Sync + 'static,
    B::SendPoll: Clone + Send + Sync + 'static,
    B::SendDice: Clone + Send + Sync + 'static,
    B::SendSticker: Clone + Send + Sync + 'static,
    B::EditMessageText: Clone + Send + Sync + 'static,
    B::EditMessageCaption: Clone + Send + Sync + 'static,
    B::EditMessageMedia: Clone + Send + Sync + 'static,
    B::EditMessageReplyMarkup: Clone + Send + Sync + 'static,
    B::EditMessageLiveLocation: Clone + Send + Sync + 'static,
    B::StopMessageLiveLocation: Clone + Send + Sync + 'static,
{
    type Err = B::Err;

    type AnswerCallbackQuery = B::AnswerCallbackQuery;

    fn answer_callback_query(
        &self,
        callback_query_id: CallbackQueryId,
    ) -> Self::AnswerCallbackQuery {
        if let Some(answered) = &self.answered {
            answered.store(true, Ordering::Relaxed);
        }
        self.inner.answer_callback_query(callback_query_id)
    }

    requester_forward! {
        send_message,
        forward_message,
        copy_message,
        send_photo,
        send_audio,
        send_document,
        send_video,
        send_animation,
        send_voice,
        send_video_note,
        send_media_group,
        send_location,
        send_venue,
        send_contact,
        send_poll,
        send_dice,
        send_sticker,
        edit_message_text,
        edit_message_caption,
        edit_message_media,
        edit_message_reply_markup,
        edit_message_live_location,
        stop_message_live_location
        => f, fty
    }

    requester_forward! {
        get_updates,
        set_webhook,
        delete_webhook,
        get_webhook_info,
        get_me,
        log_out,
        close,
        forward_messages,
        copy_messages,
        send_paid_media,
        edit_message_live_location_inline,
        stop_message_live_location_inline,
        edit_message_checklist,
        send_checklist,
        send_chat_action,
        set_message_reaction,
        get_user_profile_photos,
        set_user_emoji_status,
        get_file,
        ban_chat_member,
        kick_chat_member,
        unban_chat_member,
        restrict_chat_member,
        promote_chat_member,
        set_chat_administrator_custom_title,
        ban_chat_sender_chat,
        unban_chat_sender_chat,
        set_chat_permissions,
        export_chat_invite_link,
        create_chat_invite_link,
        edit_chat_invite_link,
        create_chat_subscription_invite_link,
        edit_chat_subscription_invite_link,
        revoke_chat_invite_link,
        approve_chat_join_request,
        decline_chat_join_request,
        set_chat_photo,
        delete_chat_photo,
        set_chat_title,
        set_chat_description,
        pin_chat_message,
        unpin_chat_message,
        unpin_all_chat_messages,
        leave_chat,
        get_chat,
        get_chat_administrators,
        get_chat_member_count,
        get_chat_members_count,
        get_chat_member,
        set_chat_sticker_set,
        delete_chat_sticker_set,
        get_forum_topic_icon_stickers,
        create_forum_topic,
        edit_forum_topic,
        close_forum_topic,
        reopen_forum_topic,
        delete_forum_topic,
        unpin_all_forum_topic_messages,
        edit_general_forum_topic,
        close_general_forum_topic,
        reopen_general_forum_topic,
        hide_general_forum_topic,
        unhide_general_forum_topic,
        unpin_all_general_forum_topic_messages,
        get_user_chat_boosts,
        set_my_commands,
        get_business_connection,
        get_my_commands,
        set_my_name,
        get_my_name,
        set_my_description,
        get_my_description,
        set_my_short_description,
        get_my_short_description,
        set_chat_menu_button,
        get_chat_menu_button,
        set_my_default_administrator_rights,
        get_my_default_administrator_rights,
        delete_my_commands,
        answer_inline_query,
        answer_web_app_query,
        save_prepared_inline_message,
        edit_message_text_inline,
        edit_message_caption_inline,
        edit_message_media_inline,
        edit_message_reply_markup_inline,
        stop_poll,
        delete_message,
        delete_messages,
        get_sticker_set,
        get_custom_emoji_stickers,
        upload_sticker_file,
        create_new_sticker_set,
        add_sticker_to_set,
        set_sticker_position_in_set,
        delete_sticker_from_set,
        replace_sticker_in_set,
        set_sticker_set_thumbnail,
        set_custom_emoji_sticker_set_thumbnail,
        set_sticker_set_title,
        delete_sticker_set,
        set_sticker_emoji_list,
        set_sticker_keywords,
        set_sticker_mask_position,
        get_available_gifts,
        send_gift,
        send_gift_chat,
        gift_premium_subscription,
        verify_user,
        verify_chat,
        remove_user_verification,
        remove_chat_verification,
        read_business_message,
        delete_business_messages,
        set_business_account_name,
        set_business_account_username,
        set_business_account_bio,
        set_business_account_profile_photo,
        remove_business_account_profile_photo,
        set_business_account_gift_settings,
        get_business_account_star_balance,
        transfer_business_account_stars,
        get_business_account_gifts,
        convert_gift_to_stars,
        upgrade_gift,
        transfer_gift,
        post_story,
        edit_story,
        delete_story,
        send_invoice,
        create_invoice_link,
        answer_shipping_query,
        answer_pre_checkout_query,
        get_my_star_balance,
        get_star_transactions,
        refund_star_payment,
        edit_user_star_subscription,
        set_passport_data_errors,
        send_game,
        set_game_score,
        set_game_score_inline,
        get_game_high_scores
        => fid, ftyid
    }
}

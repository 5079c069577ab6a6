//! The Bot API emulator, exercised through teloxide's real `Bot` over HTTP, so
//! every response shape is checked by the client the bot itself uses.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use teloxide::{
    ApiError, RequestError,
    prelude::*,
    types::{
        AllowedUpdate, BotCommand, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile,
        KeyboardButton, KeyboardMarkup, MaybeInaccessibleMessage, MessageId, ParseMode, Seconds,
        Update, UpdateKind,
    },
};
use wegweiser::fake_telegram::{
    CommandScope, FakeTelegram, FakeUser, Fault, FaultScope, Markup, MessageKind,
};

const TOKEN: &str = "123456:TEST-token";
const WAIT: Duration = Duration::from_secs(10);

async fn setup() -> (FakeTelegram, Bot) {
    let fake = FakeTelegram::start(TOKEN).await.expect("fake starts");
    let bot = Bot::new(TOKEN).set_api_url(fake.api_url());
    (fake, bot)
}

/// A user who has written to the bot, so the bot may answer; their update is
/// confirmed so later polls only see new updates.
async fn started_user(fake: &FakeTelegram, bot: &Bot, id: i64) -> FakeUser {
    let user = fake.user(id, "Amina", Some("ar"));
    user.send_text("/start");
    drain(bot).await;
    user
}

/// Fetches and confirms all queued updates.
async fn drain(bot: &Bot) -> Vec<Update> {
    let updates = bot.get_updates().await.expect("getUpdates");
    if let Some(last) = updates.last() {
        bot.get_updates()
            .offset(last.id.0 as i32 + 1)
            .await
            .expect("confirm");
    }
    updates
}

fn png() -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n".to_vec();
    b.extend_from_slice(&[0; 32]);
    b
}

fn api_err(r: Result<impl std::fmt::Debug, RequestError>) -> ApiError {
    match r {
        Err(RequestError::Api(e)) => e,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn get_me_describes_the_bot() {
    let (fake, bot) = setup().await;
    let me = bot.get_me().await.unwrap();
    assert_eq!(me.id.0, 123456);
    assert!(me.is_bot);
    assert_eq!(me.first_name, "Wegweiser");
    assert_eq!(me.username(), "wegweiser_test_bot");
    assert!(me.can_join_groups);
    assert_eq!(fake.calls_to("getMe").len(), 1);
}

#[tokio::test]
async fn user_text_arrives_as_update_with_language_and_command_entity() {
    let (fake, bot) = setup().await;
    let amina = fake.user(42, "Amina", Some("ar"));
    amina.send_text("/start abc");
    amina.send_text("مرحبا");

    let updates = bot.get_updates().await.unwrap();
    assert_eq!(updates.len(), 2);
    let UpdateKind::Message(first) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert_eq!(first.chat.id, ChatId(42));
    assert!(first.chat.is_private());
    assert_eq!(first.text(), Some("/start abc"));
    let from = first.from.as_ref().unwrap();
    assert_eq!(from.language_code.as_deref(), Some("ar"));
    assert_eq!(from.first_name, "Amina");
    let entities = first.entities().unwrap();
    assert_eq!(entities.len(), 1);
    assert_eq!((entities[0].offset, entities[0].length), (0, 6));
    let UpdateKind::Message(second) = &updates[1].kind else {
        panic!()
    };
    assert_eq!(second.text(), Some("مرحبا"));
    assert!(second.entities().unwrap_or_default().is_empty());

    // Without an offset nothing is confirmed; with one, everything before it is.
    assert_eq!(bot.get_updates().await.unwrap().len(), 2);
    let next = updates[1].id.0 as i32 + 1;
    assert!(bot.get_updates().offset(next).await.unwrap().is_empty());
    assert_eq!(fake.pending_update_count(), 0);
}

#[tokio::test]
async fn long_poll_returns_as_soon_as_an_update_is_queued() {
    let (fake, bot) = setup().await;
    let user = fake.user(7, "Ali", None);
    let started = Instant::now();
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(15).await }
    });
    fake.wait_until(WAIT, || fake.polls_in_flight() == 1)
        .await
        .unwrap();
    let sent = Instant::now();
    user.send_text("hallo");
    let updates = poll.await.unwrap().unwrap();
    assert_eq!(updates.len(), 1);
    assert!(
        sent.elapsed() < Duration::from_secs(2),
        "woke after {:?}",
        sent.elapsed()
    );
    assert!(started.elapsed() < Duration::from_secs(15));
    assert_eq!(fake.polls_in_flight(), 0);
}

#[tokio::test]
async fn a_second_poll_terminates_the_first_with_conflict() {
    let (fake, bot) = setup().await;
    let first = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(10).await }
    });
    fake.wait_until(WAIT, || fake.polls_in_flight() == 1)
        .await
        .unwrap();
    let second = bot.get_updates().timeout(0).await.unwrap();
    assert!(second.is_empty());
    assert_eq!(
        api_err(first.await.unwrap()),
        ApiError::TerminatedByOtherGetUpdates
    );
}

#[tokio::test]
async fn allowed_updates_filters_update_types() {
    let (fake, bot) = setup().await;
    let user = fake.user(8, "Sara", Some("fa"));
    user.send_text("hi");
    let sent = bot
        .send_message(ChatId(8), "Frage?")
        .reply_markup(InlineKeyboardMarkup::new([[
            InlineKeyboardButton::callback("Ja", "yes"),
        ]]))
        .await
        .unwrap();
    user.tap("Ja").unwrap();
    let updates = bot
        .get_updates()
        .allowed_updates([AllowedUpdate::CallbackQuery])
        .await
        .unwrap();
    assert_eq!(updates.len(), 1);
    let UpdateKind::CallbackQuery(q) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert_eq!(q.regular_message().unwrap().id, sent.id);
}

#[tokio::test]
async fn inline_keyboard_tap_yields_a_callback_query_and_the_answer_is_recorded() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 42).await;
    let keyboard = InlineKeyboardMarkup::new([
        vec![
            InlineKeyboardButton::callback("Ja", "answer:yes"),
            InlineKeyboardButton::callback("Nein", "answer:no"),
        ],
        vec![InlineKeyboardButton::url(
            "Web",
            "https://example.org/".parse().unwrap(),
        )],
    ]);
    let sent = bot
        .send_message(ChatId(42), "Kommst du?")
        .reply_markup(keyboard)
        .await
        .unwrap();
    assert_eq!(sent.from.as_ref().unwrap().id.0, 123456);
    assert!(sent.reply_markup().is_some());
    let shown = user.last_message().unwrap();
    assert_eq!(shown.button_texts(), ["Ja", "Nein", "Web"]);
    assert_eq!(
        shown.buttons()[1][0].url.as_deref(),
        Some("https://example.org/")
    );

    let query_id = user.tap("Nein").unwrap();
    assert!(user.tap("Web").is_err(), "URL buttons send no callback");
    assert!(user.tap("Vielleicht").is_err());
    let updates = drain(&bot).await;
    let UpdateKind::CallbackQuery(q) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert_eq!(q.id.0, query_id);
    assert_eq!(q.data.as_deref(), Some("answer:no"));
    assert_eq!(q.from.id.0, 42);
    assert_eq!(q.regular_message().unwrap().id, sent.id);
    assert_eq!(q.regular_message().unwrap().text(), Some("Kommst du?"));

    bot.answer_callback_query(q.id.clone())
        .text("Schade")
        .await
        .unwrap();
    let answer = user.wait_for_answer(&query_id, WAIT).await.unwrap();
    assert_eq!(answer.text.as_deref(), Some("Schade"));
    assert!(!answer.show_alert);
    // A second answer fails like an expired query (Telegram says "query ID",
    // which teloxide 0.17 does not map to `InvalidQueryId`).
    let again = api_err(bot.answer_callback_query(q.id.clone()).await);
    assert_eq!(
        again,
        ApiError::Unknown(
            "Bad Request: query is too old and response timeout expired or query ID is invalid"
                .into()
        )
    );
}

#[tokio::test]
async fn stale_callbacks_for_unknown_messages_are_inaccessible() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 9).await;
    user.tap_data(999, "old:data");
    let updates = drain(&bot).await;
    let UpdateKind::CallbackQuery(q) = &updates[0].kind else {
        panic!()
    };
    assert!(matches!(
        q.message,
        Some(MaybeInaccessibleMessage::Inaccessible(_))
    ));
    assert_eq!(q.data.as_deref(), Some("old:data"));
}

#[tokio::test]
async fn edits_change_the_transcript_and_follow_telegrams_rules() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 42).await;
    let sent = bot
        .send_message(ChatId(42), "<b>Termin</b> am Montag")
        .parse_mode(ParseMode::Html)
        .reply_markup(InlineKeyboardMarkup::new([[
            InlineKeyboardButton::callback("OK", "ok"),
        ]]))
        .await
        .unwrap();
    assert_eq!(sent.text(), Some("Termin am Montag"));
    assert_eq!(sent.entities().unwrap()[0].length, 6);

    let edited = bot
        .edit_message_text(ChatId(42), sent.id, "Termin am <i>Dienstag</i>")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(edited.text(), Some("Termin am Dienstag"));
    assert!(edited.edit_date().is_some());
    let t = user.transcript();
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].text.as_deref(), Some("Termin am Dienstag"));
    assert_eq!(t[0].source.as_deref(), Some("Termin am <i>Dienstag</i>"));
    assert!(t[0].edited);
    assert!(
        t[0].buttons().is_empty(),
        "an edit without markup drops the keyboard"
    );

    let same = bot
        .edit_message_text(ChatId(42), sent.id, "Termin am <i>Dienstag</i>")
        .parse_mode(ParseMode::Html)
        .await;
    assert_eq!(api_err(same), ApiError::MessageNotModified);
    let missing = bot
        .edit_message_text(ChatId(42), MessageId(4711), "x")
        .await;
    assert_eq!(api_err(missing), ApiError::MessageToEditNotFound);

    let with_kb = bot
        .edit_message_reply_markup(ChatId(42), sent.id)
        .reply_markup(InlineKeyboardMarkup::new([[
            InlineKeyboardButton::callback("Neu", "new"),
        ]]))
        .await
        .unwrap();
    assert!(with_kb.reply_markup().is_some());
    assert_eq!(user.last_message().unwrap().button_texts(), ["Neu"]);

    bot.delete_message(ChatId(42), sent.id).await.unwrap();
    assert!(user.transcript()[0].deleted);
    assert!(user.last_message().is_none());
    assert!(user.tap("Neu").is_err());
    assert_eq!(
        api_err(bot.delete_message(ChatId(42), sent.id).await),
        ApiError::MessageToDeleteNotFound
    );
}

#[tokio::test]
async fn text_length_is_checked_after_entity_parsing() {
    let (fake, bot) = setup().await;
    let _user = started_user(&fake, &bot, 42).await;
    let too_long = bot.send_message(ChatId(42), "a".repeat(4097)).await;
    assert_eq!(api_err(too_long), ApiError::MessageIsTooLong);
    // 4096 characters (not bytes) are fine, and tags do not count.
    let max = format!("<b>{}</b>", "ä".repeat(4096));
    let ok = bot
        .send_message(ChatId(42), max)
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(ok.text().unwrap().chars().count(), 4096);
    let empty = bot
        .send_message(ChatId(42), "<b> </b>")
        .parse_mode(ParseMode::Html)
        .await;
    assert_eq!(api_err(empty), ApiError::MessageTextIsEmpty);
}

#[tokio::test]
async fn bad_html_is_rejected_with_telegrams_description() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 42).await;
    let cases = [
        (
            "Zeile<br>Zeile",
            "Unsupported start tag \"br\" at byte offset 5",
        ),
        (
            "<b>fett",
            "Can't find end tag corresponding to start tag \"b\"",
        ),
        ("<b><i>x</b></i>", "Unmatched end tag at byte offset 7"),
        ("1 < 2", "Unsupported start tag \"\" at byte offset 2"),
        ("Q&A", "unescaped \"&\""),
    ];
    for (text, expected) in cases {
        let r = bot
            .send_message(ChatId(42), text)
            .parse_mode(ParseMode::Html)
            .await;
        match api_err(r) {
            ApiError::CantParseEntities(d) => {
                assert!(
                    d.starts_with("Bad Request: can't parse entities: ") && d.contains(expected),
                    "{text}: {d}"
                )
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    assert!(user.transcript().is_empty());
    // Escaped text, spoilers and links are fine.
    let ok = bot
        .send_message(
            ChatId(42),
            "1 &lt; 2 &amp; <tg-spoiler>x</tg-spoiler> <a href=\"https://e.org/?a=1&b=2\">l</a>",
        )
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(ok.text(), Some("1 < 2 & x l"));
}

#[tokio::test]
async fn keyboards_are_validated() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 42).await;
    let kb =
        |data: String| InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("x", data)]]);
    let r = bot
        .send_message(ChatId(42), "t")
        .reply_markup(kb("d".repeat(65)))
        .await;
    assert_eq!(api_err(r), ApiError::ButtonDataInvalid);
    // 64 bytes is the limit, counted in bytes: 32 two-byte characters pass.
    bot.send_message(ChatId(42), "t")
        .reply_markup(kb("ü".repeat(32)))
        .await
        .unwrap();
    let r = bot
        .send_message(ChatId(42), "t")
        .reply_markup(kb("ü".repeat(33)))
        .await;
    assert_eq!(api_err(r), ApiError::ButtonDataInvalid);

    // A reply keyboard replaces the user's keyboard.
    bot.send_message(ChatId(42), "Sprache?")
        .reply_markup(KeyboardMarkup::new([[
            KeyboardButton::new("Deutsch"),
            KeyboardButton::new("العربية"),
        ]]))
        .await
        .unwrap();
    assert_eq!(
        user.reply_keyboard(),
        Some(vec![vec!["Deutsch".to_owned(), "العربية".to_owned()]])
    );
    assert!(matches!(
        user.last_message().unwrap().markup,
        Some(Markup::Keyboard { .. })
    ));
}

#[tokio::test]
async fn malformed_keyboards_get_bad_request_over_raw_http() {
    let (fake, _bot) = setup().await;
    fake.user(42, "Amina", None).send_text("hi");
    let client = teloxide::net::client_from_env();
    let url = format!("{}bot{TOKEN}/sendMessage", fake.api_url());
    let cases = [
        (
            json!([[{"callback_data": "x"}]]),
            "Can't find field \"text\"",
        ),
        (
            json!([[{"text": "x"}]]),
            "Text buttons are unallowed in the inline keyboard",
        ),
        (
            json!([[{"text": "x", "callback_data": "a", "url": "https://e.org"}]]),
            "exactly one",
        ),
        (json!([{"text": "x"}]), "should be an Array of Arrays"),
    ];
    for (keyboard, expected) in cases {
        let body =
            json!({"chat_id": 42, "text": "t", "reply_markup": {"inline_keyboard": keyboard}});
        let resp = client.post(url.clone()).json(&body).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 400);
        let v: Value = resp.json().await.unwrap();
        assert_eq!(v["ok"], false);
        assert_eq!(v["error_code"], 400);
        let d = v["description"].as_str().unwrap();
        assert!(
            d.starts_with("Bad Request: ") && d.contains(expected),
            "{d}"
        );
    }
}

#[tokio::test]
async fn chats_must_be_started_blocked_and_deactivated_users_are_forbidden() {
    let (fake, bot) = setup().await;
    let r = bot.send_message(ChatId(77), "hallo").await;
    assert_eq!(api_err(r), ApiError::ChatNotFound);
    let silent = fake.user(77, "Noor", Some("ar"));
    let r = bot.send_message(ChatId(77), "hallo").await;
    assert_eq!(
        api_err(r),
        ApiError::ChatNotFound,
        "registered but never wrote"
    );

    silent.send_text("/start");
    drain(&bot).await;
    bot.send_message(ChatId(77), "hallo").await.unwrap();
    silent.block();
    let r = bot.send_message(ChatId(77), "hallo?").await;
    assert_eq!(api_err(r), ApiError::BotBlocked);
    let updates = drain(&bot).await;
    let UpdateKind::MyChatMember(change) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert!(change.new_chat_member.is_banned());
    assert!(!change.old_chat_member.is_banned());

    silent.unblock();
    bot.send_message(ChatId(77), "wieder da").await.unwrap();
    silent.deactivate();
    let r = bot.send_message(ChatId(77), "hallo?").await;
    assert_eq!(api_err(r), ApiError::UserDeactivated);
    assert_eq!(silent.transcript().len(), 2);
}

#[tokio::test]
async fn injected_429_maps_to_retry_after_and_is_logged() {
    let (fake, bot) = setup().await;
    started_user(&fake, &bot, 42).await;
    started_user(&fake, &bot, 43).await;
    fake.faults().next_n(
        FaultScope::Chat(42),
        Fault::TooManyRequests {
            retry_after_secs: 7,
        },
        1,
    );
    bot.send_message(ChatId(43), "other chat").await.unwrap();
    match bot.send_message(ChatId(42), "eins").await {
        Err(RequestError::RetryAfter(secs)) => assert_eq!(secs, Seconds::from_seconds(7)),
        other => panic!("{other:?}"),
    }
    bot.send_message(ChatId(42), "eins").await.unwrap();
    let sends = fake.calls_to("sendMessage");
    let codes: Vec<_> = sends.iter().map(|c| (c.chat_id, c.error_code())).collect();
    assert_eq!(
        codes,
        [(Some(43), None), (Some(42), Some(429)), (Some(42), None)]
    );
    match &sends[1].outcome {
        wegweiser::fake_telegram::Outcome::Error { description, .. } => {
            assert_eq!(description, "Too Many Requests: retry after 7")
        }
        other => panic!("{other:?}"),
    }

    // A persistent global rule stays until cleared; getUpdates is exempt.
    fake.faults().set(
        FaultScope::All,
        Fault::TooManyRequests {
            retry_after_secs: 1,
        },
    );
    assert!(bot.send_message(ChatId(43), "x").await.is_err());
    assert!(bot.get_me().await.is_err());
    bot.get_updates().await.unwrap();
    fake.faults().clear(&FaultScope::All);
    bot.send_message(ChatId(43), "x").await.unwrap();
}

#[tokio::test]
async fn injected_502_reaches_teloxide_as_bad_gateway() {
    // teloxide sleeps 10 s after any 5xx before returning, so this test is slow.
    let (fake, bot) = setup().await;
    started_user(&fake, &bot, 42).await;
    fake.faults()
        .next_n(FaultScope::method("sendMessage"), Fault::Status502, 1);
    let r = bot.send_message(ChatId(42), "x").await;
    assert_eq!(api_err(r), ApiError::Unknown("Bad Gateway".into()));
    assert_eq!(fake.calls_to("sendMessage")[0].error_code(), Some(502));
    bot.send_message(ChatId(42), "x").await.unwrap();
}

#[tokio::test]
async fn injected_delay_slows_the_answer() {
    let (fake, bot) = setup().await;
    started_user(&fake, &bot, 42).await;
    fake.faults().next_n(
        FaultScope::Chat(42),
        Fault::Delay(Duration::from_millis(300)),
        1,
    );
    let t = Instant::now();
    bot.send_message(ChatId(42), "langsam").await.unwrap();
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert_eq!(fake.calls_to("sendMessage")[0].error_code(), None);
}

#[tokio::test]
async fn photos_and_documents_upload_as_multipart() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 42).await;
    let photo = bot
        .send_photo(ChatId(42), InputFile::memory(png()).file_name("plan.png"))
        .caption("<b>Stadtplan</b>")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(photo.caption(), Some("Stadtplan"));
    let sizes = photo.photo().unwrap();
    assert!(sizes.len() >= 2);
    let doc = bot
        .send_document(
            ChatId(42),
            InputFile::memory(b"%PDF-1.4 fake".to_vec()).file_name("Merkblatt.pdf"),
        )
        .caption("Bitte lesen")
        .await
        .unwrap();
    let d = doc.document().unwrap();
    assert_eq!(d.file_name.as_deref(), Some("Merkblatt.pdf"));
    assert_eq!(d.file.size, 13);

    // Known file ids can be sent again without uploading.
    let again = bot
        .send_photo(ChatId(42), InputFile::file_id(sizes[1].file.id.clone()))
        .await
        .unwrap();
    assert_eq!(again.photo().unwrap()[1].file.id, sizes[1].file.id);
    let wrong = bot
        .send_photo(ChatId(42), InputFile::file_id("no-such-file".into()))
        .await;
    assert_eq!(api_err(wrong), ApiError::WrongFileIdOrUrl);
    let not_an_image = bot
        .send_photo(ChatId(42), InputFile::memory(b"hello".to_vec()))
        .await;
    assert_eq!(api_err(not_an_image), ApiError::ImageProcessFailed);
    let long_caption = bot
        .send_photo(ChatId(42), InputFile::memory(png()))
        .caption("c".repeat(1025))
        .await;
    assert_eq!(
        api_err(long_caption),
        ApiError::Unknown("Bad Request: message caption is too long".into())
    );

    let t = user.transcript();
    let kinds: Vec<_> = t.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [
            MessageKind::Photo,
            MessageKind::Document,
            MessageKind::Photo
        ]
    );
    assert_eq!(t[0].caption.as_deref(), Some("Stadtplan"));
    assert_eq!(t[0].parse_mode.as_deref(), Some("HTML"));
    assert_eq!(t[1].file_name.as_deref(), Some("Merkblatt.pdf"));
    assert_eq!(t[1].body(), "Bitte lesen");
}

#[tokio::test]
async fn copy_message_copies_content_into_the_other_chat() {
    let (fake, bot) = setup().await;
    let refugee = fake.user(42, "Amina", Some("ar"));
    let manager = started_user(&fake, &bot, 500).await;
    let photo_id = refugee.send_photo(Some("Mein Bescheid"));
    let text_id = refugee.send_text("Bitte anrufen");
    drain(&bot).await;

    let copied = bot
        .copy_message(ChatId(500), ChatId(42), MessageId(photo_id))
        .caption("Von Amina: <i>Bescheid</i>")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    bot.copy_message(ChatId(500), ChatId(42), MessageId(text_id))
        .await
        .unwrap();
    let t = manager.transcript();
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].message_id, copied.0);
    assert_eq!(t[0].kind, MessageKind::Photo);
    assert_eq!(t[0].caption.as_deref(), Some("Von Amina: Bescheid"));
    assert_eq!(t[0].copy_of, Some((42, photo_id)));
    assert_eq!(t[1].text.as_deref(), Some("Bitte anrufen"));
    assert_eq!(t[1].copy_of, Some((42, text_id)));

    let missing = bot
        .copy_message(ChatId(500), ChatId(42), MessageId(999))
        .await;
    assert_eq!(api_err(missing), ApiError::MessageToCopyNotFound);
    let unstarted = bot
        .copy_message(ChatId(501), ChatId(42), MessageId(text_id))
        .await;
    assert_eq!(api_err(unstarted), ApiError::ChatNotFound);
}

#[tokio::test]
async fn commands_are_stored_per_scope_and_language() {
    let (fake, bot) = setup().await;
    bot.set_my_commands([
        BotCommand::new("start", "Start"),
        BotCommand::new("help", "Hilfe"),
    ])
    .await
    .unwrap();
    bot.set_my_commands([BotCommand::new("help", "مساعدة")])
        .language_code("ar")
        .await
        .unwrap();
    let ar = bot.get_my_commands().language_code("ar").await.unwrap();
    assert_eq!(ar, [BotCommand::new("help", "مساعدة")]);
    assert_eq!(bot.get_my_commands().await.unwrap().len(), 2);
    assert!(
        bot.get_my_commands()
            .language_code("fa")
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        fake.commands(CommandScope::Default, Some("ar"))[0].description,
        "مساعدة"
    );

    // The menu a user sees falls back to the language-less list.
    let ar_user = fake.user(1, "A", Some("ar"));
    let fa_user = fake.user(2, "B", Some("fa"));
    assert_eq!(ar_user.command_menu()[0].description, "مساعدة");
    assert_eq!(fa_user.command_menu()[1].description, "Hilfe");

    let bad = bot
        .set_my_commands([BotCommand::new("Bad-Name", "x")])
        .await;
    assert_eq!(
        api_err(bad),
        ApiError::Unknown("Bad Request: BOT_COMMAND_INVALID".into())
    );
    bot.delete_my_commands().language_code("ar").await.unwrap();
    assert_eq!(ar_user.command_menu()[0].description, "Start");
}

#[tokio::test]
async fn webhook_settings_are_recorded_and_block_polling() {
    let (fake, bot) = setup().await;
    let plain = bot
        .set_webhook("http://example.org/hook".parse().unwrap())
        .await;
    assert_eq!(api_err(plain), ApiError::WebhookRequireHttps);
    // Nothing listens there: the update below is tried, refused, and dropped.
    bot.set_webhook("https://localhost:8443/hook".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(
        fake.webhook_url().as_deref(),
        Some("https://localhost:8443/hook")
    );
    let info = bot.get_webhook_info().await.unwrap();
    assert_eq!(info.url.unwrap().as_str(), "https://localhost:8443/hook");
    // Telegram's wording; teloxide 0.17 only maps an older one to `CantGetUpdates`.
    assert_eq!(
        api_err(bot.get_updates().await),
        ApiError::Unknown(
            "Conflict: can't use getUpdates method while webhook is active; \
             use deleteWebhook to delete the webhook first"
                .into()
        )
    );

    fake.user(5, "E", None).send_text("hi");
    bot.delete_webhook()
        .drop_pending_updates(true)
        .await
        .unwrap();
    assert!(bot.get_webhook_info().await.unwrap().url.is_none());
    assert!(bot.get_updates().await.unwrap().is_empty());
}

#[tokio::test]
async fn updates_are_posted_to_the_webhook_with_the_secret_until_it_answers_2xx() {
    use std::sync::{Arc, Mutex};
    let (fake, bot) = setup().await;
    // A webhook that fails its first request, then takes everything.
    // What the webhook got: the secret header and the update.
    type Seen = Arc<Mutex<Vec<(Option<String>, Value)>>>;
    let seen: Seen = Arc::default();
    let app = axum::Router::new()
        .route(
            "/hook",
            axum::routing::post(
                |axum::extract::State(seen): axum::extract::State<Seen>,
                 headers: axum::http::HeaderMap,
                 axum::Json(body): axum::Json<Value>| async move {
                    let mut seen = seen.lock().unwrap();
                    let secret = headers
                        .get("x-telegram-bot-api-secret-token")
                        .map(|v| v.to_str().unwrap().to_owned());
                    seen.push((secret, body));
                    if seen.len() == 1 {
                        axum::http::StatusCode::INTERNAL_SERVER_ERROR
                    } else {
                        axum::http::StatusCode::OK
                    }
                },
            ),
        )
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let bad = bot
        .set_webhook(url.parse().unwrap())
        .secret_token("no spaces".to_owned())
        .await;
    assert!(api_err(bad).to_string().contains("unallowed characters"));
    bot.set_webhook(url.parse().unwrap())
        .secret_token("s3cret_-X".to_owned())
        .await
        .unwrap();
    let user = fake.user(5, "E", None);
    user.send_text("one");
    user.send_text("two");
    fake.wait_until(Duration::from_secs(5), || seen.lock().unwrap().len() == 3)
        .await
        .unwrap();
    let seen = seen.lock().unwrap().clone();
    let texts: Vec<&str> = seen
        .iter()
        .map(|(_, b)| b["message"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        ["one", "one", "two"],
        "the refused one again, in order"
    );
    assert!(seen.iter().all(|(s, _)| s.as_deref() == Some("s3cret_-X")));
    let statuses: Vec<Option<u16>> = fake.webhook_deliveries().iter().map(|d| d.status).collect();
    assert_eq!(statuses, [Some(500), Some(200), Some(200)]);
    assert_eq!(fake.pending_update_count(), 0);
    // Telegram repeats a delivery whose answer it did not get.
    let first = seen[0].1["update_id"].as_i64().unwrap();
    assert!(fake.redeliver(first));
    fake.wait_until(Duration::from_secs(5), || {
        fake.webhook_deliveries().len() == 4
    })
    .await
    .unwrap();
    assert_eq!(fake.webhook_deliveries()[3].update_id, first);
}

#[tokio::test]
async fn the_call_log_measures_send_rates() {
    let (fake, bot) = setup().await;
    started_user(&fake, &bot, 1).await;
    started_user(&fake, &bot, 2).await;
    fake.clear_calls();
    for i in 0..5 {
        bot.send_message(ChatId(1), format!("a{i}")).await.unwrap();
    }
    bot.get_me().await.unwrap();
    bot.send_message(ChatId(2), "b").await.unwrap();
    // A rejected attempt counts too: Telegram counts what the bot sends.
    assert!(bot.send_message(ChatId(3), "c").await.is_err());

    let minute = Duration::from_secs(60);
    assert_eq!(fake.max_sends_in_window(minute, None), 7);
    assert_eq!(fake.max_sends_in_window(minute, Some(1)), 5);
    assert_eq!(fake.max_sends_in_window(minute, Some(2)), 1);
    assert_eq!(fake.max_sends_in_window(Duration::from_nanos(1), None), 1);
    assert_eq!(fake.max_calls_in_window(minute, |c| c.method == "getMe"), 1);
    let log = fake.calls();
    assert!(log.windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(log[0].params["text"], "a0");
}

#[tokio::test]
async fn raw_http_token_method_case_and_form_encoding() {
    let (fake, _bot) = setup().await;
    fake.user(42, "Amina", None).send_text("hi");
    let client = teloxide::net::client_from_env();
    let base = fake.api_url();

    let resp = client
        .post(format!("{base}bot999:WRONG/getMe"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    let v: Value = resp.json().await.unwrap();
    assert_eq!(
        v,
        json!({"ok": false, "error_code": 401, "description": "Unauthorized"})
    );

    let resp = client
        .post(format!("{base}bot{TOKEN}/sendRocket"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);
    let v: Value = resp.json().await.unwrap();
    assert_eq!(
        v,
        json!({"ok": false, "error_code": 404, "description": "Not Found"})
    );

    let resp = client
        .post(format!("{base}bot{TOKEN}/SENDMESSAGE"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("chat_id=42&text=Hallo%20%3Cb%3EWelt%3C%2Fb%3E&parse_mode=HTML&reply_markup=%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22Ja%22%2C%22callback_data%22%3A%22y%22%7D%5D%5D%7D")
        .send()
        .await
        .unwrap();
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["result"]["text"], "Hallo Welt");
    assert_eq!(v["result"]["entities"][0]["type"], "bold");
    assert_eq!(v["result"]["chat"]["type"], "private");
    assert_eq!(v["result"]["from"]["is_bot"], true);
    assert_eq!(
        v["result"]["reply_markup"],
        json!({"inline_keyboard": [[{"text": "Ja", "callback_data": "y"}]]})
    );
    assert_eq!(fake.calls().last().unwrap().method, "sendMessage");

    let v: Value = client
        .get(format!("{base}bot{TOKEN}/getme?unused=1"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["result"]["username"], "wegweiser_test_bot");
}

#[tokio::test]
async fn the_http_driver_plays_a_user() {
    let (fake, bot) = setup().await;
    let client = teloxide::net::client_from_env();
    let base = fake.api_url();
    let v: Value = client
        .post(base.join("_driver/users/61/text").unwrap())
        .json(&json!({"text": "/start", "first_name": "Hamid", "language_code": "fa"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["ok"], true);
    let updates = drain(&bot).await;
    let UpdateKind::Message(m) = &updates[0].kind else {
        panic!()
    };
    assert_eq!(
        m.from.as_ref().unwrap().language_code.as_deref(),
        Some("fa")
    );

    bot.send_message(ChatId(61), "Sprache?")
        .reply_markup(InlineKeyboardMarkup::new([[
            InlineKeyboardButton::callback("فارسی", "lang:fa"),
        ]]))
        .await
        .unwrap();
    let t: Value = client
        .get(base.join("_driver/chats/61/transcript").unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(t[0]["text"], "Sprache?");
    assert_eq!(t[0]["markup"]["rows"][0][0]["callback_data"], "lang:fa");
    let v: Value = client
        .post(base.join("_driver/users/61/tap").unwrap())
        .json(&json!({"button": "فارسی"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["ok"], true, "{v}");
    let updates = drain(&bot).await;
    assert!(matches!(updates[0].kind, UpdateKind::CallbackQuery(_)));
}

#[tokio::test]
async fn waiting_times_out_with_the_transcript() {
    let (fake, bot) = setup().await;
    let user = started_user(&fake, &bot, 42).await;
    bot.send_message(ChatId(42), "Hallo Amina").await.unwrap();
    let found = user
        .wait_for_message(WAIT, |m| m.body().starts_with("Hallo"))
        .await
        .unwrap();
    assert_eq!(found.body(), "Hallo Amina");

    let err = user
        .wait_for(Duration::from_millis(100), |t| t.len() > 1)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("timed out after 100ms"), "{err}");
    assert!(err.contains("\"Hallo Amina\""), "{err}");

    // A waiter wakes when the bot acts, not after a fixed delay.
    let waiter = tokio::spawn({
        let user = user.clone();
        async move { user.wait_for(WAIT, |t| t.len() == 2).await }
    });
    bot.send_message(ChatId(42), "Zweite").await.unwrap();
    assert_eq!(waiter.await.unwrap().unwrap()[1].body(), "Zweite");
}

#[tokio::test]
async fn shutdown_ends_pending_long_polls() {
    let (fake, bot) = setup().await;
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(15).await }
    });
    fake.wait_until(WAIT, || fake.polls_in_flight() == 1)
        .await
        .unwrap();
    let t = Instant::now();
    let addr = fake.addr();
    fake.shutdown().await;
    assert!(poll.await.unwrap().unwrap().is_empty());
    assert!(t.elapsed() < Duration::from_secs(5));
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

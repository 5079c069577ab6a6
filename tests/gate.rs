//! One gate to Telegram, as people notice it: a manager who works briskly is answered
//! every time without a stall; one person's flood holds up nobody else and is told once
//! to slow down; during a broadcast Telegram's limits hold and a person tapping is still
//! answered at once.

mod support;

use std::time::{Duration, Instant};

use support::people::{link_client, manager_joins, seed_linked_clients};
use support::{WAIT, default_start, say};
use wegweiser::clock::Clock;
use wegweiser::fake_telegram::{Fault, FaultScope};
use wegweiser::store::broadcasts::{Audience, NewBroadcast};
use wegweiser::store::outbox::NewOutbox;
use wegweiser::store::people::Actor;

story!(
    a_manager_gets_sixty_answers_in_a_minute_without_a_stall,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let help = app.t("de", "help");
        // Joining took the chat's short burst; a manager who starts work a few seconds
        // later has it again (one answer a second sustained, the burst on top).
        tokio::time::sleep(Duration::from_secs_f64(
            wegweiser::delivery::gate::chat::ANSWER_BURST,
        ))
        .await;
        let started = Instant::now();
        let mut slowest = Duration::ZERO;
        for _ in 0..60 {
            let asked = Instant::now();
            let answer = say(&keller, "/help").await;
            slowest = slowest.max(asked.elapsed());
            assert_eq!(answer.source.as_deref(), Some(help.as_str()));
        }
        assert!(
            slowest <= Duration::from_millis(1_500),
            "one answer took {slowest:?}"
        );
        assert!(
            started.elapsed() <= Duration::from_secs(60),
            "sixty answers took {:?}",
            started.elapsed()
        );
        app.assert_no_violations();
        app.finish().await;
    }
);

story!(one_persons_flood_holds_up_nobody_and_is_told_once, |app| {
    let flooder = app.user(7001, "Samir", Some("ar"));
    let other = app.user(7002, "Lena", Some("de"));
    // Telegram's "forward selected": a hundred messages at once.
    for _ in 0..100 {
        flooder.send_text("/help");
    }
    let asked = Instant::now();
    say(&other, "/menu").await;
    assert!(
        asked.elapsed() <= Duration::from_secs(1),
        "the other person waited {:?}",
        asked.elapsed()
    );
    let notice = app.t("ar", "inbound-too-fast");
    flooder
        .wait_for_message(WAIT, |m| m.source.as_deref() == Some(notice.as_str()))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // What was over the limit is not handled (the README's policy): at most thirty
    // answers, and the notice only once.
    let help = app.t("ar", "help");
    app.fake
        .wait_until(Duration::from_secs(60), || {
            flooder
                .transcript()
                .iter()
                .filter(|m| m.source.as_deref() == Some(help.as_str()))
                .count()
                >= 30
        })
        .await
        .unwrap();
    let t = flooder.transcript();
    let count = |s: &str| t.iter().filter(|m| m.source.as_deref() == Some(s)).count();
    assert_eq!(count(&notice), 1, "told once");
    assert_eq!(count(&help), 30, "the first thirty are answered");
    app.assert_no_violations();
    app.finish().await;
});

story_with!(
    during_a_broadcast_the_limits_hold_and_a_tap_is_answered_at_once,
    default_start(),
    &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "30")],
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let clients: Vec<(String, i64, &str, bool)> = (0..2_000usize)
            .map(|i| (format!("K-{i:04}"), 100_000 + i as i64, "de", true))
            .collect();
        seed_linked_clients(&app, 5001, &clients).await;
        let reader = app.user(7002, "Lena", Some("de"));
        let picker = say(&reader, "/start").await;
        app.fake.clear_calls();

        let store = app.store();
        let manager = store.manager_by_telegram(5001).await.unwrap().unwrap();
        let now = app.clock.now();
        let broadcast = NewBroadcast {
            author_id: 5001,
            audience: Audience {
                manager_id: Some(manager.id),
                gemeinde_id: None,
                languages: vec![],
                offer_id: None,
            },
            texts: [("de".to_owned(), "Neuer Deutschkurs ab Montag.".to_owned())].into(),
            offer_id: None,
            send_at: now,
        };
        store
            .add_broadcast(&broadcast, Actor::Telegram(5001), now)
            .await
            .unwrap();
        store.start_due_broadcasts(now).await.unwrap();
        let _ = &keller;

        // Someone asks for help and taps a button (one the bot no longer knows: it says
        // so on the button) every 1.2 s while the broadcast runs: briskly, and within the
        // one message a second a chat gets sustained (faster, the chat's clock is what
        // holds the answers, not the broadcast).
        let mut slowest = Duration::ZERO;
        let mut slowest_tap = Duration::ZERO;
        let sent = || {
            app.fake
                .calls_to("sendMessage")
                .iter()
                .filter(|c| c.chat_id.is_some_and(|c| c >= 100_000))
                .count()
        };
        while sent() < 2_000 {
            let asked = Instant::now();
            say(&reader, "/help").await;
            slowest = slowest.max(asked.elapsed());
            let answers = reader.callback_answers().len();
            let tapped = Instant::now();
            reader.tap_data(picker.message_id, "gone:1");
            app.fake
                .wait_until(WAIT, || reader.callback_answers().len() > answers)
                .await
                .unwrap();
            slowest_tap = slowest_tap.max(tapped.elapsed());
            tokio::time::sleep(Duration::from_millis(1_200)).await;
            assert!(asked.elapsed() < WAIT * 4, "the broadcast does not end");
        }
        assert!(
            slowest <= Duration::from_millis(500),
            "an answer took {slowest:?}"
        );
        assert!(
            slowest_tap <= Duration::from_millis(500),
            "a tap was answered after {slowest_tap:?}"
        );
        let messages = |c: &wegweiser::fake_telegram::CallRecord| {
            c.is_send() || c.method.starts_with("editMessage")
        };
        let busiest = app
            .fake
            .max_calls_in_window(Duration::from_secs(1), messages);
        assert!(busiest <= 30, "{busiest} requests in one second");
        // Answers may come in a short burst (a reply and its follow-up), never more.
        let per_chat = app
            .fake
            .max_sends_in_window(Duration::from_secs(1), Some(7002));
        assert!(
            per_chat <= 3,
            "{per_chat} messages to the reader in one second"
        );
        for (_, tg, _, _) in &clients {
            assert!(
                app.fake
                    .max_sends_in_window(Duration::from_secs(1), Some(*tg))
                    <= 1
            );
        }
        app.assert_no_violations();
        app.finish().await;
    }
);

story!(a_long_emoji_message_from_a_client_arrives_complete, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let amina = app.user(6001, "Amina", Some("ar"));
    link_client(&app, &keller, &amina, "AM-1", "ar", false).await;
    // 4,096 UTF-16 units, as Telegram counts them: 2,000 emoji and 96 letters.
    let text = format!("{}{}", "😀".repeat(2000), "a".repeat(96));
    assert_eq!(text.encode_utf16().count(), 4096);
    amina.send_text(&text);
    app.fake
        .wait_until(WAIT, || {
            let joined: String = keller.transcript().iter().map(|m| m.body()).collect();
            joined.contains(&"😀".repeat(1000)) && joined.ends_with(&"a".repeat(96))
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let joined: String = keller
        .transcript()
        .iter()
        .map(|m| m.body().to_owned())
        .collect::<Vec<_>>()
        .join("");
    assert_eq!(joined.matches('😀').count(), 2000, "every emoji arrived");
    assert!(
        !app.fake.calls().iter().any(|c| c.error_code() == Some(400)),
        "no request was refused"
    );
    app.assert_no_violations();
    app.finish().await;
});

story!(
    an_announcement_of_emoji_is_refused_clearly_or_delivered_whole,
    |app| {
        use wegweiser::i18n::Arg;
        let n = |c: i64| Arg::Number(c as f64);
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let clients = [("E-1".to_owned(), 6101, "de", true)];
        seed_linked_clients(&app, 5001, &clients).await;
        let reader = app.user(6101, "Client", Some("de"));

        say(&keller, "/broadcast").await;
        let mine = app.t("de", "broadcast-audience-mine");
        let audience = app.t_with(
            "de",
            "broadcast-audience-button",
            &[("audience", Arg::markup(mine)), ("count", n(1))],
        );
        let ask = app.t_with("de", "broadcast-ask-german", &[("max", n(3000))]);
        support::tap_until(&keller, &audience, |m| {
            m.source.as_deref() == Some(ask.as_str())
        })
        .await;

        // 3,000 emoji are 6,000 units as Telegram counts: refused, saying why, asked again.
        let m = say(&keller, &"😀".repeat(3000)).await;
        let too_long = app.t_with(
            "de",
            "broadcast-text-too-long",
            &[("length", n(6000)), ("max", n(3000))],
        );
        assert_eq!(m.source.as_deref(), Some(too_long.as_str()));

        // 1,500 emoji (3,000 units) are taken and reach the client whole.
        let text = "😀".repeat(1500);
        keller.send_text(&text);
        let ready = app.t_with("de", "broadcast-preview-ready", &[("count", n(1))]);
        keller
            .wait_for_message(WAIT, |m| m.source.as_deref() == Some(ready.as_str()))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        keller.tap(&app.t("de", "broadcast-send-now")).unwrap();
        reader
            .wait_for_message(WAIT, |m| m.body().contains(&text))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let sorry = app.t("de", "something-went-wrong");
        assert!(
            !keller
                .transcript()
                .iter()
                .any(|m| m.source.as_deref() == Some(sorry.as_str())),
            "never \"something went wrong\""
        );
        app.finish().await;
    }
);

story!(an_idle_stop_does_not_wait_for_the_long_poll, |app| {
    let mut app = app;
    let ali = app.user(1007, "Ali", Some("ar"));
    say(&ali, "/help").await;
    // The bot is waiting in a long poll (30 s) when the stop comes.
    app.fake
        .wait_until(WAIT, || app.fake.polls_in_flight() > 0)
        .await
        .unwrap();
    let took = app.stop().await;
    // It used to wait out its 9 s grace for the poll; now it cancels the poll.
    assert!(took < Duration::from_secs(3), "an idle stop took {took:?}");
    app.finish().await;
});

story!(
    telegram_says_429_for_two_chats_everything_waits_and_nothing_is_lost,
    |app| {
        let nour = app.user(8101, "Nour", Some("de"));
        let amir = app.user(8102, "Amir", Some("de"));
        let lena = app.user(8103, "Lena", Some("de"));
        for u in [&nour, &amir, &lena] {
            say(u, "/start").await;
        }
        let help = app.t("de", "help");
        let got = |u: &wegweiser::fake_telegram::FakeUser| {
            u.transcript()
                .iter()
                .filter(|m| m.source.as_deref() == Some(help.as_str()))
                .count()
        };
        app.fake.clear_calls();
        // Telegram's global limit: the next two requests, to two chats, are told to wait 2 s.
        app.fake.faults().next_n(
            FaultScope::All,
            Fault::TooManyRequests {
                retry_after_secs: 2,
            },
            2,
        );
        let now = app.clock.now();
        let rows = [&nour, &amir]
            .iter()
            .map(|u| NewOutbox::notice(u.id(), "help", serde_json::json!({}), now))
            .collect();
        app.store().enqueue_all(rows, now).await.unwrap();
        let told = || {
            app.fake
                .calls()
                .into_iter()
                .filter(|c| c.error_code() == Some(429))
                .collect::<Vec<_>>()
        };
        app.fake
            .wait_until(WAIT, || told().len() == 2)
            .await
            .unwrap();
        let second = told().iter().map(|c| c.at).max().unwrap();
        // Someone asks during the pause; the rows are due again on the service's clock.
        lena.send_text("/help");
        app.clock.advance(chrono::Duration::seconds(3));
        app.fake
            .wait_until(WAIT, || {
                got(&nour) == 1 && got(&amir) == 1 && got(&lena) == 1
            })
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // Nothing reached Telegram until the pause was over, then everything did.
        let after: Vec<_> = app
            .fake
            .calls()
            .into_iter()
            .filter(|c| c.method != "getUpdates" && c.at > second)
            .collect();
        let first = after.iter().map(|c| c.at).min().unwrap();
        assert!(
            first - second >= Duration::from_millis(1_950),
            "a request {:?} into a 2 s pause",
            first - second
        );
        assert!(after.iter().all(|c| c.is_ok()), "no second 429");
        app.finish().await;
    }
);

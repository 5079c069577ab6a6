//! Dialogues as people walk through them: every step has a way out, a finished step
//! leaves no buttons behind, what a manager types is kept as typed (a topic) or read as
//! they mean it (a date without a year), and switching language or reading a client's
//! language says just what is needed.

mod support;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Berlin;
use support::people::{link_client, manager_joins, wait_source};
use support::{TestApp, WAIT, outbox_settled, say, tap_until};
use wegweiser::clock::Clock;
use wegweiser::domain::consent::Purpose;
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::{Arg, format, markup};

fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Berlin
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// The bot's messages in this chat that still carry inline buttons, as their texts.
fn with_buttons(user: &FakeUser) -> Vec<Vec<String>> {
    user.transcript()
        .iter()
        .filter(|m| !m.buttons().is_empty())
        .map(|m| m.button_texts().iter().map(|s| s.to_string()).collect())
        .collect()
}

/// Waits until the messages with buttons are `expected` (a step's buttons go right
/// after the next step is shown).
async fn wait_buttons(user: &FakeUser, expected: &[Vec<String>]) {
    let deadline = std::time::Instant::now() + WAIT;
    while with_buttons(user) != expected {
        assert!(
            std::time::Instant::now() < deadline,
            "buttons left: {:?}, expected {expected:?}",
            with_buttons(user)
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Every `editMessageReplyMarkup` the bot made succeeded: none was pointless (a message
/// without buttons, or buttons already gone).
fn no_pointless_keyboard_edits(app: &TestApp) {
    for call in app.fake.calls_to("editMessageReplyMarkup") {
        assert!(call.is_ok(), "a pointless keyboard edit: {call:?}");
    }
}

async fn topic_of_the_appointment(app: &TestApp, label: &str) -> Vec<String> {
    let store = app.store();
    let manager = store.manager_by_telegram(5001).await.unwrap().unwrap();
    store
        .manager_appointments(manager.id, app.clock.now())
        .await
        .unwrap()
        .into_iter()
        .filter(|(_, l)| l == label)
        .map(|(a, _)| a.topic)
        .collect()
}

story!(
    the_appointment_dialogue_can_be_left_at_every_step_and_keeps_a_typed_topic,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let amina = app.user(7001, "Amina", Some("ar"));
        link_client(&app, &keller, &amina, "A-1", "ar", false).await;
        let abort = app.t("de", "plan-abort");
        let aborted = app.t("de", "plan-aborted");
        let where_ = app.t("de", "plan-where");

        // "Wann?" has a way out; after it nothing typed is taken for a time.
        say(&keller, "/appointment").await;
        let when_prompt = tap_until(&keller, "A-1", |m| {
            m.button_texts() == [abort.as_str()] && m.body().contains("A-1")
        })
        .await;
        tap_until(&keller, &abort, |m| {
            m.message_id == when_prompt.message_id && m.source.as_deref() == Some(&aborted)
        })
        .await;
        keller.send_text("morgen 10:00");
        wait_source(&keller, &app.t("de", "relay-reply-hint")).await;
        wait_buttons(&keller, &[]).await;

        // "Wo?" has a way out too; typing the time took the buttons off "Wann?".
        say(&keller, "/appointment").await;
        tap_until(&keller, "A-1", |m| m.button_texts() == [abort.as_str()]).await;
        let where_prompt = say(&keller, "morgen 10:00").await;
        assert_eq!(where_prompt.source.as_deref(), Some(where_.as_str()));
        assert_eq!(where_prompt.button_texts(), [abort.as_str()]);
        wait_buttons(&keller, &[vec![abort.clone()]]).await;
        tap_until(&keller, &abort, |m| {
            m.message_id == where_prompt.message_id && m.source.as_deref() == Some(&aborted)
        })
        .await;
        wait_buttons(&keller, &[]).await;

        // A topic typed in full is kept as typed, not cut down to a preset; the topic
        // buttons go once it is typed.
        say(&keller, "/appointment").await;
        tap_until(&keller, "A-1", |m| m.button_texts() == [abort.as_str()]).await;
        say(&keller, "morgen 10:00").await;
        let topics = say(&keller, "Rathaus, Zimmer 3").await;
        assert_eq!(
            topics.source.as_deref(),
            Some(app.t("de", "plan-topic").as_str())
        );
        let typed = "Beratung beim Jugendmigrationsdienst";
        let confirm = say(&keller, typed).await;
        assert!(confirm.body().contains(typed), "{confirm}");
        // The topic buttons were not left behind.
        wait_buttons(&keller, &[vec![app.t("de", "plan-save"), abort.clone()]]).await;
        keller.tap(&app.t("de", "plan-save")).unwrap();
        amina
            .wait_for_message(WAIT, |m| m.body().contains(typed))
            .await
            .unwrap();
        wait_buttons(&keller, &[]).await;

        // The one-line form: the whole text decides, and a blank topic is asked for.
        say(
            &keller,
            "/appointment A-1 übermorgen 9:00 | Jobcenter | Jobcenter Ludwigsburg, Team U25",
        )
        .await;
        say(
            &keller,
            "/appointment A-1 übermorgen 11:00 | Rathaus | jobcenter",
        )
        .await;
        let deadline = std::time::Instant::now() + WAIT;
        let mut topics = loop {
            let mut topics = topic_of_the_appointment(&app, "A-1").await;
            if topics.len() == 3 || std::time::Instant::now() > deadline {
                topics.sort();
                break topics;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        };
        topics.sort();
        assert_eq!(
            topics,
            [
                "Beratung beim Jugendmigrationsdienst",
                "Jobcenter Ludwigsburg, Team U25",
                "jobcenter"
            ]
        );
        keller.send_text("/appointment A-1 übermorgen 9:00 | Rathaus |   ");
        wait_source(&keller, &app.t("de", "appointment-topic-empty")).await;

        // "Termin wirklich absagen?" can be answered no: nothing changes, nobody is told.
        keller.send_text("/appointments");
        let list = keller
            .wait_for_message(WAIT, |m| {
                m.button_texts()
                    .first()
                    .is_some_and(|b| b.starts_with("A-1 · "))
            })
            .await
            .unwrap();
        let first = list.button_texts()[0].to_owned();
        tap_until(&keller, &first, |m| {
            m.button_texts()
                .contains(&app.t("de", "appointment-cancel").as_str())
        })
        .await;
        let ask = tap_until(&keller, &app.t("de", "appointment-cancel"), |m| {
            m.source.as_deref() == Some(app.t("de", "appointment-cancel-confirm").as_str())
        })
        .await;
        assert_eq!(
            ask.button_texts(),
            [
                app.t("de", "appointment-cancel-yes"),
                app.t("de", "appointment-cancel-no")
            ]
        );
        tap_until(&keller, &app.t("de", "appointment-cancel-no"), |m| {
            m.message_id == ask.message_id
                && m.source.as_deref() == Some(app.t("de", "dismissed").as_str())
        })
        .await;
        assert_eq!(topic_of_the_appointment(&app, "A-1").await.len(), 3);

        // Moving one: the new time can be abandoned as well.
        let move_prompt = tap_until(&keller, &app.t("de", "appointment-move"), |m| {
            m.button_texts() == [abort.as_str()]
        })
        .await;
        tap_until(&keller, &abort, |m| {
            m.message_id == move_prompt.message_id && m.source.as_deref() == Some(&aborted)
        })
        .await;
        // What is typed now is not taken for a new time.
        keller.send_text("26.11. 9:00");
        wait_source(&keller, &app.t("de", "relay-reply-hint")).await;
        outbox_settled(&app).await;
        assert_eq!(topic_of_the_appointment(&app, "A-1").await.len(), 3);
        assert!(
            !amina.transcript().iter().any(|m| m.body().starts_with('✖')),
            "the client was told of a cancellation"
        );
        no_pointless_keyboard_edits(&app);
    }
);

story!(other_dialogues_have_a_way_out_at_every_step, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let amina = app.user(7001, "Amina", Some("de"));
    link_client(&app, &keller, &amina, "A-1", "de", false).await;

    // An announcement: at "when should it go out?" it can still be discarded.
    let id = app
        .store()
        .client_by_telegram(7001)
        .await
        .unwrap()
        .unwrap()
        .id;
    app.store()
        .set_consent(id, Purpose::Announcements, true, app.clock.now())
        .await
        .unwrap();
    say(&keller, "/broadcast").await;
    let everyone = app.t_with(
        "de",
        "broadcast-audience-button",
        &[
            (
                "audience",
                Arg::markup(app.t("de", "broadcast-audience-mine")),
            ),
            ("count", Arg::Number(1.0)),
        ],
    );
    let ask_german = app.t_with(
        "de",
        "broadcast-ask-german",
        &[("max", Arg::Number(3000.0))],
    );
    let text_prompt = tap_until(&keller, &everyone, |m| {
        m.source.as_deref() == Some(ask_german.as_str())
    })
    .await;
    keller.send_text("Am Freitag ist das Rathaus geschlossen.");
    wait_source(
        &keller,
        &app.t_with(
            "de",
            "broadcast-preview-ready",
            &[("count", Arg::Number(1.0))],
        ),
    )
    .await;
    // The typed text took the buttons off the prompt that asked for it.
    keller
        .wait_for(WAIT, |t| {
            t.iter()
                .any(|m| m.message_id == text_prompt.message_id && m.buttons().is_empty())
        })
        .await
        .unwrap();
    tap_until(&keller, &app.t("de", "broadcast-schedule"), |m| {
        m.source.as_deref() == Some(app.t("de", "broadcast-ask-when").as_str())
            && m.button_texts() == [app.t("de", "broadcast-abort").as_str()]
    })
    .await;
    tap_until(&keller, &app.t("de", "broadcast-abort"), |m| {
        m.source.as_deref() == Some(app.t("de", "broadcast-discarded").as_str())
    })
    .await;

    // Ending support asks first, and "no" keeps it.
    say(&keller, "/clients").await;
    tap_until(&keller, "A-1", |m| {
        m.button_texts()
            .contains(&app.t("de", "client-action-end").as_str())
    })
    .await;
    let ask = tap_until(&keller, &app.t("de", "client-action-end"), |m| {
        m.button_texts()
            .contains(&app.t("de", "client-end-no").as_str())
    })
    .await;
    tap_until(&keller, &app.t("de", "client-end-no"), |m| {
        m.message_id == ask.message_id
            && m.source.as_deref() == Some(app.t("de", "dismissed").as_str())
    })
    .await;
    let client = app.store().client_by_telegram(7001).await.unwrap().unwrap();
    assert_eq!(client.status, "active");

    // A new name can be left unchanged after all.
    keller.tap_data(keller.last_message().unwrap().message_id, "mname:change");
    let asked = keller
        .wait_for_message(WAIT, |m| {
            m.source.as_deref() == Some(app.t("de", "manager-name-ask").as_str())
        })
        .await
        .unwrap();
    assert_eq!(asked.button_texts(), [app.t("de", "manager-name-keep")]);
    tap_until(&keller, &app.t("de", "manager-name-keep"), |m| {
        m.source.as_deref() == Some(app.t("de", "manager-menu").as_str())
    })
    .await;
    say(&keller, "Frau Dr. Keller").await;
    let me = app
        .store()
        .manager_by_telegram(5001)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(me.display_name, "Frau Keller");
    no_pointless_keyboard_edits(&app);
});

story_with!(
    a_date_without_a_year_that_has_just_passed_is_said_to_be_past,
    berlin(2026, 12, 2, 9, 0),
    &[],
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let amina = app.user(7001, "Amina", Some("de"));
        link_client(&app, &keller, &amina, "A-1", "de", false).await;
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let date = |d| Arg::markup(markup::ltr(&markup::escape(&format::date("de", d))));
        let unclear = app.t_with(
            "de",
            "when-year-unclear",
            &[
                ("past", date(day(2026, 12, 1))),
                ("next", date(day(2027, 12, 1))),
                ("example", Arg::markup(markup::ltr("01.12.2027"))),
            ],
        );
        // Yesterday's date, typed without a year, is not silently next year.
        let reply = say(&keller, "/appointment A-1 01.12. 10:00 | Rathaus | Arzt").await;
        assert_eq!(reply.source.as_deref(), Some(unclear.as_str()));
        let reply = say(&keller, "/deadline A-1 01.12. | Antrag | jobcenter").await;
        assert_eq!(reply.source.as_deref(), Some(unclear.as_str()));
        // Step by step too.
        say(&keller, "/appointment").await;
        tap_until(&keller, "A-1", |m| m.body().contains("A-1")).await;
        assert_eq!(
            say(&keller, "01.12. 10:00").await.source.as_deref(),
            Some(unclear.as_str())
        );
        // "gestern" is understood, and in the past.
        assert_eq!(
            say(&keller, "gestern 10:00").await.source.as_deref(),
            Some(app.t("de", "when-in-past").as_str())
        );
        // With the year it is taken; a day a few weeks ahead is this winter's.
        assert_eq!(
            say(&keller, "01.12.2027 10:00").await.source.as_deref(),
            Some(app.t("de", "plan-where").as_str())
        );
        tap_until(&keller, &app.t("de", "plan-abort"), |m| {
            m.source.as_deref() == Some(app.t("de", "plan-aborted").as_str())
        })
        .await;
        let saved = say(&keller, "/appointment A-1 15.01. 10:00 | Rathaus | Arzt").await;
        let when = markup::escape(&format::date_time(
            "de",
            day(2027, 1, 15).and_hms_opt(10, 0, 0).unwrap(),
        ));
        assert!(saved.source.as_deref().unwrap().contains(&when), "{saved}");
    }
);

story!(
    a_linked_client_who_switches_language_gets_one_line_and_the_menu,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let reza = app.user(7002, "Reza", Some("fa"));
        link_client(&app, &keller, &reza, "R-2", "fa", false).await;
        let before = reza.transcript().len();
        say(&reza, "/language").await;
        reza.tap("English").unwrap();
        wait_source(&reza, &app.t("en", "client-menu")).await;
        outbox_settled(&app).await;
        let after: Vec<_> = reza.transcript()[before..].to_vec();
        // The picker (turned into the confirmation) and the menu: nothing else.
        assert_eq!(after.len(), 2, "{after:#?}");
        assert_eq!(
            after[0].source.as_deref(),
            Some(app.t("en", "language-chosen").as_str())
        );
        let welcome = app.t_with("en", "welcome", &[("name", Arg::text("Reza"))]);
        assert!(
            !after
                .iter()
                .any(|m| m.source.as_deref().is_some_and(|s| s.contains(&welcome))),
            "the welcome came again"
        );
    }
);

story!(managers_read_a_clients_language_in_their_own_too, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let reza = app.user(7002, "Reza", Some("fa"));
    link_client(&app, &keller, &reza, "R-2", "fa", false).await;
    assert_eq!(app.texts.language_for("fa", "de"), "فارسی (Persisch)");

    // The client's page.
    say(&keller, "/clients").await;
    let page = tap_until(&keller, "R-2", |m| m.body().contains("Persisch")).await;
    assert!(page.body().contains("فارسی (Persisch)"), "{page}");

    // A message from the client: its header names the language the same way.
    reza.send_text("سلام");
    let header = keller
        .wait_for_message(WAIT, |m| {
            m.body().contains("R-2") && m.body().contains("Persisch")
        })
        .await
        .unwrap();
    assert!(header.body().contains("فارسی (Persisch)"), "{header}");

    // A manager reading English sees it named in English.
    keller.send_text("/language");
    keller
        .wait_for_message(WAIT, |m| m.button_texts().contains(&"English"))
        .await
        .unwrap();
    keller.tap("English").unwrap();
    wait_source(&keller, &app.t("en", "manager-menu")).await;
    say(&keller, "/clients").await;
    let page = tap_until(&keller, "R-2", |m| m.body().contains("Farsi")).await;
    assert!(page.body().contains("فارسی (Farsi)"), "{page}");
});

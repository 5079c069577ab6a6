//! Appointments and deadlines, end to end: a manager plans, the client is told in their
//! language and answers with a tap, reminders arrive at the promised local time (across
//! clock changes and quiet hours, after restarts and outages), changes replace them, and
//! the manager hears what happened.

mod support;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Berlin;
use support::people::{link_client, manager_joins, wait_source};
use support::{TestApp, WAIT, due_settled, next_after, say};
use wegweiser::clock::Clock;
use wegweiser::fake_telegram::{FakeUser, Fault, FaultScope};
use wegweiser::i18n::{Arg, format, markup};

fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Berlin
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn count_source(user: &FakeUser, expected: &str) -> usize {
    user.transcript()
        .iter()
        .filter(|m| m.source.as_deref() == Some(expected))
        .count()
}

/// An appointment message as the client sees it in `lang`.
fn appt(
    app: &TestApp,
    lang: &str,
    template: &str,
    at: DateTime<Utc>,
    place: &str,
    topic: &str,
    manager: Option<&str>,
) -> String {
    let when = markup::escape(&format::date_time(
        lang,
        at.with_timezone(&Berlin).naive_local(),
    ));
    let mut args = vec![
        ("topic", Arg::markup(app.t(lang, &format!("topic-{topic}")))),
        ("when", Arg::markup(when)),
        ("place", Arg::text(place)),
    ];
    if let Some(m) = manager {
        args.push(("manager", Arg::text(m)));
    }
    app.t_with(lang, template, &args)
}

fn manager_notice(
    app: &TestApp,
    template: &str,
    label: &str,
    at: DateTime<Utc>,
    place: &str,
    topic: &str,
) -> String {
    let when = markup::escape(&format::date_time(
        "de",
        at.with_timezone(&Berlin).naive_local(),
    ));
    app.t_with(
        "de",
        template,
        &[
            ("topic", Arg::markup(app.t("de", &format!("topic-{topic}")))),
            ("when", Arg::markup(when)),
            ("place", Arg::text(place)),
            ("label", Arg::text(label)),
        ],
    )
}

/// Moves the clock and lets everything that became due be sent.
async fn clock_to(app: &TestApp, at: DateTime<Utc>) {
    app.clock.set(at);
    // The scheduler wakes on the move; give it a moment, then wait for due rows.
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    due_settled(app).await;
}

fn digest_header(app: &TestApp, day: NaiveDate) -> String {
    app.t_with(
        "de",
        "digest",
        &[(
            "date",
            Arg::markup(markup::escape(&format::date("de", day))),
        )],
    )
}

fn digests_on(manager: &FakeUser, header: &str) -> usize {
    manager
        .transcript()
        .iter()
        .filter(|m| m.source.as_deref().is_some_and(|s| s.starts_with(header)))
        .count()
}

story_with!(
    reminders_and_the_digest_keep_local_time_across_clock_changes,
    berlin(2026, 3, 1, 10, 0),
    &[("WEGWEISER_DIGEST_SCHEDULE", "30 2 * * *")],
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let amina = app.user(7001, "Amina", Some("ar"));
        link_client(&app, &keller, &amina, "A-1", "ar", true).await;

        // Spring: clocks go forward in the night to 29 March.
        let at = berlin(2026, 3, 30, 9, 0);
        let reply = say(
            &keller,
            "/appointment A-1 30.03.2026 09:00 | Rathaus Hemmingen | Jobcenter | 1d",
        )
        .await;
        assert!(
            reply.source.as_deref().unwrap().contains("A-1"),
            "{}",
            reply.body()
        );
        wait_source(
            &amina,
            &appt(
                &app,
                "ar",
                "appointment-new",
                at,
                "Rathaus Hemmingen",
                "jobcenter",
                Some("Frau Keller"),
            ),
        )
        .await;
        let reminder = appt(
            &app,
            "ar",
            "appointment-reminder",
            at,
            "Rathaus Hemmingen",
            "jobcenter",
            None,
        );

        clock_to(&app, berlin(2026, 3, 28, 12, 0)).await;
        for hour in 0..9 {
            clock_to(
                &app,
                berlin(2026, 3, 28, 23, 0) + chrono::Duration::hours(hour),
            )
            .await;
        }
        clock_to(&app, berlin(2026, 3, 29, 8, 59)).await;
        assert_eq!(count_source(&amina, &reminder), 0, "not before 09:00");
        clock_to(&app, berlin(2026, 3, 29, 9, 0)).await;
        wait_source(&amina, &reminder).await;

        // The 02:30 digest on the night 02:30 does not exist: once.
        let header = digest_header(&app, NaiveDate::from_ymd_opt(2026, 3, 29).unwrap());
        keller
            .wait_for_message(WAIT, |m| {
                m.source.as_deref().is_some_and(|s| s.starts_with(&header))
            })
            .await
            .unwrap();
        assert_eq!(digests_on(&keller, &header), 1);

        // Autumn: clocks go back in the night to 25 October; 02:30 happens twice.
        let at = berlin(2026, 10, 26, 9, 0);
        say(
            &keller,
            "/appointment A-1 26.10.2026 09:00 | Praxis | Arzt | 1d",
        )
        .await;
        wait_source(
            &amina,
            &appt(
                &app,
                "ar",
                "appointment-new",
                at,
                "Praxis",
                "arzt",
                Some("Frau Keller"),
            ),
        )
        .await;
        let reminder = appt(
            &app,
            "ar",
            "appointment-reminder",
            at,
            "Praxis",
            "arzt",
            None,
        );
        clock_to(&app, berlin(2026, 10, 24, 12, 0)).await;
        // Hour by hour in UTC, through both 02:30s.
        let night = berlin(2026, 10, 24, 23, 0);
        for hour in 0..10 {
            clock_to(&app, night + chrono::Duration::hours(hour)).await;
        }
        clock_to(&app, berlin(2026, 10, 25, 8, 59)).await;
        assert_eq!(count_source(&amina, &reminder), 0, "not before 09:00");
        clock_to(&app, berlin(2026, 10, 25, 9, 0)).await;
        wait_source(&amina, &reminder).await;
        let header = digest_header(&app, NaiveDate::from_ymd_opt(2026, 10, 25).unwrap());
        assert_eq!(digests_on(&keller, &header), 1, "one digest on 25 October");
        assert_eq!(count_source(&amina, &reminder), 1);
        app.finish().await;
    }
);

story!(quiet_hours_language_switch_and_no_answer, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let olena = app.user(7002, "Olena", Some("de"));
    link_client(&app, &keller, &olena, "B-2", "de", true).await;

    // Tuesday 08:00: the 2-hour reminder (06:00) falls into quiet hours and moves to 07:00.
    let at = berlin(2026, 11, 24, 8, 0);
    let place = "Praxis Dr. Ay, Hauptstr. 5";
    say(
        &keller,
        &format!("/appointment B-2 24.11. 08:00 | {place} | Arzt"),
    )
    .await;
    wait_source(
        &olena,
        &appt(
            &app,
            "de",
            "appointment-new",
            at,
            place,
            "arzt",
            Some("Frau Keller"),
        ),
    )
    .await;

    // She switches to Ukrainian before the reminder.
    say(&olena, "/language").await;
    let before = olena.transcript().len();
    olena.tap("Українська").unwrap();
    next_after(&olena, before).await;

    let reminder_uk = appt(&app, "uk", "appointment-reminder", at, place, "arzt", None);
    let reminder_de = appt(&app, "de", "appointment-reminder", at, place, "arzt", None);
    clock_to(&app, berlin(2026, 11, 24, 6, 0)).await;
    clock_to(&app, berlin(2026, 11, 24, 6, 59)).await;
    assert_eq!(
        count_source(&olena, &reminder_uk) + count_source(&olena, &reminder_de),
        0
    );
    clock_to(&app, berlin(2026, 11, 24, 7, 0)).await;
    wait_source(&olena, &reminder_uk).await;
    assert_eq!(
        count_source(&olena, &reminder_de),
        0,
        "in her new language only"
    );

    // No answer by the first reminder: the manager is told.
    wait_source(
        &keller,
        &manager_notice(
            &app,
            "notify-appointment-unanswered",
            "B-2",
            at,
            place,
            "arzt",
        ),
    )
    .await;
    app.finish().await;
});

story!(
    reschedule_and_cancel_replace_reminders_and_stale_buttons_change_nothing,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let chiara = app.user(7003, "Chiara", Some("de"));
        link_client(&app, &keller, &chiara, "C-3", "de", true).await;

        let first = berlin(2026, 11, 26, 10, 0);
        say(
            &keller,
            "/appointment C-3 Do 10:00 | Rathaus | Ausländerbehörde",
        )
        .await;
        let new_msg = appt(
            &app,
            "de",
            "appointment-new",
            first,
            "Rathaus",
            "auslaenderbehoerde",
            Some("Frau Keller"),
        );
        wait_source(&chiara, &new_msg).await;
        let old_id = chiara
            .transcript()
            .iter()
            .find(|m| m.source.as_deref() == Some(new_msg.as_str()))
            .unwrap()
            .message_id;

        clock_to(&app, berlin(2026, 11, 25, 10, 0)).await;
        let r1 = appt(
            &app,
            "de",
            "appointment-reminder",
            first,
            "Rathaus",
            "auslaenderbehoerde",
            None,
        );
        wait_source(&chiara, &r1).await;

        // After the first reminder the manager moves it to Friday.
        let list = say(&keller, "/appointments").await;
        assert!(list.body().contains("C-3"), "{}", list.body());
        let before = keller.transcript().len();
        keller.tap("C-3 · 26.11. 10:00").unwrap();
        keller
            .wait_for(WAIT, |t| {
                t.iter().skip(before.saturating_sub(1)).any(|m| {
                    m.button_texts()
                        .contains(&app.t("de", "appointment-move").as_str())
                })
            })
            .await
            .unwrap();
        keller.tap(&app.t("de", "appointment-move")).unwrap();
        keller
            .wait_for_message(WAIT, |m| {
                m.source.as_deref()
                    == Some(
                        app.t_with(
                            "de",
                            "appointment-move-when",
                            &[("label", Arg::text("C-3"))],
                        )
                        .as_str(),
                    )
            })
            .await
            .unwrap();
        let second = berlin(2026, 11, 27, 10, 0);
        say(&keller, "27.11. 10:00").await;
        let moved = appt(
            &app,
            "de",
            "appointment-moved",
            second,
            "Rathaus",
            "auslaenderbehoerde",
            Some("Frau Keller"),
        );
        wait_source(&chiara, &moved).await;

        // The old message's button is stale now and changes nothing.
        let q = chiara.tap_data(old_id, "ap:y:1:1");
        let answer = chiara.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "appointment-button-moved").as_str())
        );
        assert_eq!(
            app.store().appointment(1).await.unwrap().unwrap().answer,
            None
        );

        // The old 2-hour reminder (Thursday 08:00) is gone; the new day-before one comes.
        clock_to(&app, berlin(2026, 11, 26, 8, 0)).await;
        assert_eq!(count_source(&chiara, &r1), 1);
        clock_to(&app, berlin(2026, 11, 26, 10, 0)).await;
        let r2 = appt(
            &app,
            "de",
            "appointment-reminder",
            second,
            "Rathaus",
            "auslaenderbehoerde",
            None,
        );
        wait_source(&chiara, &r2).await;

        // Cancelled: she is told, and nothing more is reminded.
        say(&keller, "/appointments").await;
        keller.tap("C-3 · 27.11. 10:00").unwrap();
        keller
            .wait_for(WAIT, |t| {
                t.iter().any(|m| {
                    m.button_texts()
                        .contains(&app.t("de", "appointment-cancel").as_str())
                })
            })
            .await
            .unwrap();
        keller.tap(&app.t("de", "appointment-cancel")).unwrap();
        keller
            .wait_for(WAIT, |t| {
                t.iter().any(|m| {
                    m.button_texts()
                        .contains(&app.t("de", "appointment-cancel-yes").as_str())
                })
            })
            .await
            .unwrap();
        keller.tap(&app.t("de", "appointment-cancel-yes")).unwrap();
        wait_source(
            &chiara,
            &appt(
                &app,
                "de",
                "appointment-cancelled",
                second,
                "Rathaus",
                "auslaenderbehoerde",
                None,
            ),
        )
        .await;
        clock_to(&app, berlin(2026, 11, 27, 9, 0)).await;
        assert_eq!(
            count_source(&chiara, &r2),
            1,
            "no reminder after cancelling"
        );
        let moved_id = chiara
            .transcript()
            .iter()
            .find(|m| m.source.as_deref() == Some(moved.as_str()))
            .unwrap()
            .message_id;
        let q = chiara.tap_data(moved_id, "ap:y:1:2");
        let answer = chiara.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "appointment-button-cancelled").as_str())
        );
        app.finish().await;
    }
);

story!(
    answers_calendar_followup_and_deadlines_reach_the_manager,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let reza = app.user(7004, "Reza", Some("fa"));
        link_client(&app, &keller, &reza, "D-4", "fa", true).await;

        // Bad input is explained and nothing is saved.
        for (input, expected) in [
            (
                "/appointment D-4 31.02. 10:00 | Rathaus | Arzt",
                "when-no-such-date",
            ),
            (
                "/appointment D-4 25.13. 10:00 | Rathaus | Arzt",
                "when-no-such-date",
            ),
            (
                "/appointment D-4 20.11.2026 10:00 | Rathaus | Arzt",
                "when-in-past",
            ),
            (
                "/appointment D-4 morgen 10:00 |  | Arzt",
                "appointment-place-empty",
            ),
            ("/appointment D-4 morgen 10:00", "appointment-usage"),
            (
                "/deadline D-4 15.12. | Antrag | Steuern",
                "deadline-unknown-kind",
            ),
        ] {
            let reply = say(&keller, input).await;
            assert_eq!(
                reply.source.as_deref(),
                Some(app.t("de", expected).as_str()),
                "{input}"
            );
        }
        let keller_id = app
            .store()
            .manager_by_telegram(5001)
            .await
            .unwrap()
            .unwrap()
            .id;
        assert!(
            app.store()
                .manager_appointments(keller_id, app.clock.now())
                .await
                .unwrap()
                .is_empty()
        );

        let at = berlin(2026, 11, 24, 10, 0);
        say(
            &keller,
            "/appointment D-4 morgen 10:00 | Jobcenter Ludwigsburg | Jobcenter",
        )
        .await;
        wait_source(
            &reza,
            &appt(
                &app,
                "fa",
                "appointment-new",
                at,
                "Jobcenter Ludwigsburg",
                "jobcenter",
                Some("Frau Keller"),
            ),
        )
        .await;
        reza.tap(&app.t("fa", "appointment-yes")).unwrap();
        wait_source(
            &keller,
            &manager_notice(
                &app,
                "notify-appointment-yes",
                "D-4",
                at,
                "Jobcenter Ludwigsburg",
                "jobcenter",
            ),
        )
        .await;
        wait_source(&reza, &app.t("fa", "appointment-thanks-yes")).await;

        // The calendar file.
        let before = reza.transcript().len();
        reza.tap(&app.t("fa", "appointment-calendar")).unwrap();
        let doc = next_after(&reza, before).await;
        assert_eq!(doc.file_name.as_deref(), Some("termin.ics"));

        // Deadlines: one done, one left undone.
        say(
            &keller,
            "/deadline D-4 15.12. | Weiterbewilligungsantrag | jobcenter",
        )
        .await;
        let due = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        let deadline_args = |title: &'static str, kind: &str, due: NaiveDate, lang: &str| {
            vec![
                ("title", Arg::text(title)),
                (
                    "kind",
                    Arg::markup(app.t(lang, &format!("deadline-kind-{kind}"))),
                ),
                ("due", Arg::markup(markup::escape(&format::date(lang, due)))),
            ]
        };
        wait_source(
            &reza,
            &app.t_with(
                "fa",
                "deadline-new",
                &deadline_args("Weiterbewilligungsantrag", "jobcenter", due, "fa"),
            ),
        )
        .await;
        reza.tap(&app.t("fa", "deadline-done")).unwrap();
        let mut done = deadline_args("Weiterbewilligungsantrag", "jobcenter", due, "de");
        done.push(("label", Arg::text("D-4")));
        wait_source(&keller, &app.t_with("de", "notify-deadline-done", &done)).await;

        let due2 = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        say(&keller, "/deadline D-4 25.11. | Pass abholen | aufenthalt").await;
        wait_source(
            &reza,
            &app.t_with(
                "fa",
                "deadline-new",
                &deadline_args("Pass abholen", "aufenthalt", due2, "fa"),
            ),
        )
        .await;

        // The morning after the appointment: did the client come? And the deadline's day.
        clock_to(&app, berlin(2026, 11, 25, 9, 0)).await;
        wait_source(
            &reza,
            &app.t_with(
                "fa",
                "deadline-reminder",
                &deadline_args("Pass abholen", "aufenthalt", due2, "fa"),
            ),
        )
        .await;
        let followup = manager_notice(
            &app,
            "appointment-followup",
            "D-4",
            at,
            "Jobcenter Ludwigsburg",
            "jobcenter",
        );
        wait_source(&keller, &followup).await;
        keller.tap(&app.t("de", "followup-attended")).unwrap();
        wait_source(
            &keller,
            &app.t_with(
                "de",
                "followup-noted-attended",
                &[("label", Arg::text("D-4"))],
            ),
        )
        .await;
        assert_eq!(
            app.store().appointment(1).await.unwrap().unwrap().status,
            "attended"
        );

        // Undone past its day: the manager is alerted the next morning, once.
        clock_to(&app, berlin(2026, 11, 26, 8, 0)).await;
        let mut overdue = deadline_args("Pass abholen", "aufenthalt", due2, "de");
        overdue.push(("label", Arg::text("D-4")));
        let alert = app.t_with("de", "notify-deadline-overdue", &overdue);
        wait_source(&keller, &alert).await;
        clock_to(&app, berlin(2026, 11, 27, 8, 0)).await;
        assert_eq!(count_source(&keller, &alert), 1);
        app.finish().await;
    }
);

story!(
    a_planned_reminder_survives_restarts_and_arrives_once,
    |app| {
        let mut app = app;
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let emil = app.user(7005, "Emil", Some("en"));
        link_client(&app, &keller, &emil, "E-5", "en", true).await;
        let at = berlin(2026, 11, 24, 12, 0);
        say(
            &keller,
            "/appointment E-5 24.11. 12:00 | Rathaus | Beratung",
        )
        .await;
        wait_source(
            &emil,
            &appt(
                &app,
                "en",
                "appointment-new",
                at,
                "Rathaus",
                "beratung",
                Some("Frau Keller"),
            ),
        )
        .await;

        app.restart().await;
        clock_to(&app, berlin(2026, 11, 23, 12, 0)).await;
        let reminder = appt(
            &app,
            "en",
            "appointment-reminder",
            at,
            "Rathaus",
            "beratung",
            None,
        );
        wait_source(&emil, &reminder).await;
        app.restart().await;
        clock_to(&app, berlin(2026, 11, 23, 12, 30)).await;
        assert_eq!(count_source(&emil, &reminder), 1);
        app.finish().await;
    }
);

story!(a_telegram_outage_delays_but_loses_nothing, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let filmon = app.user(7006, "Filmon", Some("ti"));
    link_client(&app, &keller, &filmon, "F-6", "ti", true).await;

    // Telegram answers 502 to everything for the client's chat, for ten minutes.
    app.fake
        .faults()
        .set(FaultScope::Chat(7006), Fault::Status502);
    let at = berlin(2026, 11, 25, 10, 0);
    say(
        &keller,
        "/appointment F-6 25.11. 10:00 | Rathaus | Sprachkurs",
    )
    .await;
    let new_msg = appt(
        &app,
        "ti",
        "appointment-new",
        at,
        "Rathaus",
        "sprachkurs",
        Some("Frau Keller"),
    );
    // The first attempt fails (teloxide waits 10 s after a 5xx).
    app.fake
        .wait_until(std::time::Duration::from_secs(30), || {
            app.fake
                .calls_to("sendMessage")
                .iter()
                .any(|c| c.chat_id == Some(7006) && c.error_code() == Some(502))
        })
        .await
        .unwrap();
    app.clock.advance(chrono::Duration::minutes(10));
    app.fake
        .wait_until(std::time::Duration::from_secs(30), || {
            app.fake
                .calls_to("sendMessage")
                .iter()
                .filter(|c| c.chat_id == Some(7006) && c.error_code() == Some(502))
                .count()
                >= 2
        })
        .await
        .unwrap();
    assert_eq!(count_source(&filmon, &new_msg), 0);
    app.fake.faults().clear(&FaultScope::Chat(7006));
    app.clock.advance(chrono::Duration::minutes(1));
    filmon
        .wait_for_message(std::time::Duration::from_secs(40), |m| {
            m.source.as_deref() == Some(new_msg.as_str())
        })
        .await
        .unwrap();
    clock_to(&app, berlin(2026, 11, 24, 12, 0)).await;
    assert_eq!(count_source(&filmon, &new_msg), 1, "delivered once");
    app.finish().await;
});

story!(a_manager_plans_step_by_step_and_can_abort, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let gul = app.user(7007, "Gül", Some("de"));
    link_client(&app, &keller, &gul, "G-7", "de", false).await;

    // Aborted half way: nothing is saved, and the next text is not taken as a time.
    say(&keller, "/appointment").await;
    keller.tap("G-7").unwrap();
    wait_source(
        &keller,
        &app.t_with("de", "plan-when", &[("label", Arg::text("G-7"))]),
    )
    .await;
    let reply = say(&keller, "31.02. 10:00").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("de", "when-no-such-date").as_str())
    );
    let reply = say(&keller, "morgen 9:30").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("de", "plan-where").as_str())
    );
    let reply = say(&keller, "   ").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("de", "appointment-place-empty").as_str())
    );
    let reply = say(&keller, "Rathaus, Zimmer 3").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("de", "plan-topic").as_str())
    );
    keller.tap(&app.t("de", "plan-abort")).unwrap();
    wait_source(&keller, &app.t("de", "plan-aborted")).await;
    let keller_id = app
        .store()
        .manager_by_telegram(5001)
        .await
        .unwrap()
        .unwrap()
        .id;
    assert!(
        app.store()
            .manager_appointments(keller_id, app.clock.now())
            .await
            .unwrap()
            .is_empty()
    );

    // The whole way: client, time, place, a preset topic, confirm.
    say(&keller, "/appointment").await;
    keller.tap("G-7").unwrap();
    wait_source(
        &keller,
        &app.t_with("de", "plan-when", &[("label", Arg::text("G-7"))]),
    )
    .await;
    say(&keller, "Mi 11:00").await;
    say(&keller, "Kita Sonnenschein").await;
    keller.tap(&app.t("de", "topic-schule")).unwrap();
    let at = berlin(2026, 11, 25, 11, 0);
    let when = markup::escape(&format::date_time(
        "de",
        at.with_timezone(&Berlin).naive_local(),
    ));
    let confirm = app.t_with(
        "de",
        "plan-confirm",
        &[
            ("label", Arg::text("G-7")),
            ("when", Arg::markup(when)),
            ("place", Arg::text("Kita Sonnenschein")),
            ("topic", Arg::markup(app.t("de", "topic-schule"))),
        ],
    );
    wait_source(&keller, &confirm).await;
    keller.tap(&app.t("de", "plan-save")).unwrap();
    wait_source(
        &gul,
        &appt(
            &app,
            "de",
            "appointment-new",
            at,
            "Kita Sonnenschein",
            "schule",
            Some("Frau Keller"),
        ),
    )
    .await;
    // Without the reminders consent the manager is told there will be none.
    keller
        .wait_for_message(WAIT, |m| {
            m.source.as_deref().is_some_and(|s| {
                s.ends_with(&app.t_with(
                    "de",
                    "appointment-saved-no-reminders",
                    &[("label", Arg::text("G-7"))],
                ))
            })
        })
        .await
        .unwrap();
    app.finish().await;
});

story!(
    a_deadline_moved_in_the_bot_tells_the_client_and_replans_the_reminders,
    |app| {
        let keller = manager_joins(&app, 5801, "Frau Keller").await;
        let reza = app.user(7801, "Reza", Some("fa"));
        link_client(&app, &keller, &reza, "D-8", "fa", true).await;
        say(&keller, "/deadline D-8 25.11. | Pass abholen | aufenthalt").await;
        let args = |lang: &str, due: NaiveDate| {
            vec![
                ("title", Arg::text("Pass abholen")),
                ("kind", Arg::markup(app.t(lang, "deadline-kind-aufenthalt"))),
                ("due", Arg::markup(markup::escape(&format::date(lang, due)))),
            ]
        };
        let old_day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let new_day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        wait_source(
            &reza,
            &app.t_with("fa", "deadline-new", &args("fa", old_day)),
        )
        .await;

        // "Move" next to "cancel" in the list asks for the day.
        say(&keller, "/deadlines").await;
        keller
            .tap(&app.t_with(
                "de",
                "deadline-move-button",
                &[
                    ("label", Arg::markup("D-8")),
                    ("date", Arg::markup("25.11.")),
                ],
            ))
            .unwrap();
        let ask = app.t_with(
            "de",
            "deadline-move-ask",
            &[
                ("label", Arg::text("D-8")),
                ("title", Arg::text("Pass abholen")),
                (
                    "due",
                    Arg::markup(markup::escape(&format::date("de", old_day))),
                ),
            ],
        );
        wait_source(&keller, &ask).await;
        // A day in the past is refused and asked for again; nothing changed.
        let reply = say(&keller, "20.11.2026").await;
        assert_eq!(
            reply.source.as_deref(),
            Some(app.t("de", "when-in-past").as_str())
        );
        assert_eq!(
            app.store()
                .client_deadlines(
                    app.store()
                        .client_by_telegram(7801)
                        .await
                        .unwrap()
                        .unwrap()
                        .id
                )
                .await
                .unwrap()[0]
                .due_on,
            old_day
        );
        let reply = say(&keller, "30.11.").await;
        assert_eq!(
            reply.source.as_deref(),
            Some(
                app.t_with(
                    "de",
                    "deadline-moved-manager",
                    &[
                        ("label", Arg::text("D-8")),
                        (
                            "due",
                            Arg::markup(markup::escape(&format::date("de", new_day))),
                        ),
                    ],
                )
                .as_str()
            )
        );
        // The client is told in Persian, with the "done" button.
        let moved = app.t_with("fa", "deadline-moved", &args("fa", new_day));
        wait_source(&reza, &moved).await;
        let told = reza
            .transcript()
            .into_iter()
            .rev()
            .find(|m| m.source.as_deref() == Some(moved.as_str()))
            .unwrap();
        assert!(
            told.button_texts()
                .contains(&app.t("fa", "deadline-done").as_str())
        );

        // The old day's reminder does not come; the new day's does (two days before).
        let reminder = |due| app.t_with("fa", "deadline-reminder", &args("fa", due));
        clock_to(&app, berlin(2026, 11, 25, 9, 5)).await;
        assert_eq!(count_source(&reza, &reminder(old_day)), 0);
        clock_to(&app, berlin(2026, 11, 28, 9, 5)).await;
        wait_source(&reza, &reminder(new_day)).await;
        assert_eq!(count_source(&reza, &reminder(new_day)), 1);
        app.finish().await;
    }
);

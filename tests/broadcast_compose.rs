//! Composing announcements, end to end: a manager writes one step by step (audience,
//! languages, German text, translations), sees a preview per language exactly as each
//! client will get it, and sends it now or schedules it; `/broadcasts` cancels what is
//! scheduled; bad input is explained and nothing is stored; an administrator reaches only
//! the Gemeinden they administer; an offer's page announces the offer.
//! (Delivery itself — outbox rows, progress, report — is the store's and the
//! scheduler's.)

mod support;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Berlin;
use support::people::{AGS, link_client, manager_joins, wait_source};
use support::{TestApp, WAIT, due_settled, outbox_settled, say, tap_until};
use wegweiser::clock::Clock;
use wegweiser::domain::consent::Purpose;
use wegweiser::domain::offer::{Category, Offer, OfferText};
use wegweiser::fake_telegram::{FakeUser, TranscriptMessage};
use wegweiser::i18n::{Arg, format, markup};
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

/// A Gemeinde in another Landkreis, administered by someone else.
const OTHER_AGS: &str = "08115003";

fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Berlin
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// Moves the clock and lets everything that became due be sent.
async fn clock_to(app: &TestApp, at: DateTime<Utc>) {
    app.clock.set(at);
    // The scheduler wakes on the move; give it a moment, then wait for due rows.
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    due_settled(app).await;
}

/// Links a client in `lang`; with `announcements`, they agree to announcements too.
async fn client(
    app: &TestApp,
    manager: &FakeUser,
    tg: i64,
    label: &str,
    lang: &str,
    announcements: bool,
) -> FakeUser {
    let user = app.user(tg, label, Some(lang));
    link_client(app, manager, &user, label, lang, false).await;
    if announcements {
        let id = app
            .store()
            .client_by_telegram(tg)
            .await
            .unwrap()
            .unwrap()
            .id;
        app.store()
            .set_consent(id, Purpose::Announcements, true, app.clock.now())
            .await
            .unwrap();
    }
    user
}

fn n(count: i64) -> Arg<'static> {
    Arg::Number(count as f64)
}

fn audience_button(app: &TestApp, audience: &str, count: i64) -> String {
    app.t_with(
        "de",
        "broadcast-audience-button",
        &[
            ("audience", Arg::markup(audience.to_owned())),
            ("count", n(count)),
        ],
    )
}

fn mine(app: &TestApp) -> String {
    app.t("de", "broadcast-audience-mine")
}

fn heading(app: &TestApp, lang: &str, count: i64) -> String {
    app.t_with(
        "de",
        "broadcast-preview-heading",
        &[
            ("language", Arg::text(app.texts.language_for(lang, "de"))),
            ("count", n(count)),
        ],
    )
}

fn ask_german(app: &TestApp) -> String {
    app.t_with("de", "broadcast-ask-german", &[("max", n(3000))])
}

fn add_text_button(app: &TestApp, lang: &str) -> String {
    app.t_with(
        "de",
        "broadcast-add-translation",
        &[("language", Arg::markup(app.texts.language_for(lang, "de")))],
    )
}

fn has_button(m: &TranscriptMessage, text: &str) -> bool {
    m.button_texts().contains(&text)
}

/// The preview of `lang` (the newest), split into its heading and the message itself.
fn preview_of(user: &FakeUser, heading: &str) -> String {
    let m = user
        .transcript()
        .into_iter()
        .rev()
        .find(|m| {
            m.source
                .as_deref()
                .is_some_and(|s| s.starts_with(&format!("{heading}\n\n")))
        })
        .unwrap_or_else(|| panic!("no preview headed {heading}"));
    m.source.unwrap()[heading.len() + 2..].to_owned()
}

/// The announcements a client got (the messages with the stop button).
fn announcements(app: &TestApp, user: &FakeUser, lang: &str) -> Vec<String> {
    let stop = app.t(lang, "broadcast-stop");
    user.transcript()
        .into_iter()
        .filter(|m| has_button(m, &stop))
        .map(|m| m.source.unwrap_or_default())
        .collect()
}

fn report(app: &TestApp, sent: i64) -> String {
    app.t_with(
        "de",
        "broadcast-report",
        &[
            ("total", n(sent)),
            ("sent", n(sent)),
            ("failed", n(0)),
            ("unknown", n(0)),
            ("dropped", n(0)),
        ],
    )
}

fn progress_done(app: &TestApp, sent: i64) -> String {
    app.t_with(
        "de",
        "broadcast-progress-done",
        &[("sent", n(sent)), ("total", n(sent)), ("failed", n(0))],
    )
}

/// `/broadcast` to all of a one-language audience of `count`, typing `text`: up to the
/// preview.
async fn compose_to_preview(app: &TestApp, manager: &FakeUser, count: i64, text: &str) {
    say(manager, "/broadcast").await;
    tap_until(manager, &audience_button(app, &mine(app), count), |m| {
        m.source.as_deref() == Some(ask_german(app).as_str())
    })
    .await;
    manager.send_text(text);
    let ready = app.t_with("de", "broadcast-preview-ready", &[("count", n(count))]);
    wait_source(manager, &ready).await;
}

story!(
    a_manager_writes_to_all_her_clients_in_their_languages_and_sends_now,
    |app| {
        // (Few clients: Telegram lets a bot send a chat about twenty messages a minute,
        // and inviting each takes two.)
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let amal = client(&app, &keller, 7001, "A-1", "ar", true).await;
        let basel = client(&app, &keller, 7002, "B-2", "ar", true).await;
        let olena = client(&app, &keller, 7003, "O-3", "uk", true).await;
        let ernst = client(&app, &keller, 7005, "E-5", "de", false).await;

        // The audience: all her clients, counted (only those who agreed).
        let audience = say(&keller, "/broadcast").await;
        assert_eq!(
            audience.button_texts(),
            [
                audience_button(&app, &mine(&app), 3).as_str(),
                app.t("de", "broadcast-abort").as_str()
            ]
        );

        // Two languages among them: the filter is offered; a toggle on and off again,
        // then all of them.
        let languages = tap_until(&keller, &audience_button(&app, &mine(&app), 3), |m| {
            has_button(m, &app.t("de", "broadcast-continue"))
        })
        .await;
        let toggle = |mark: &str, lang: &str, count: i64| {
            format!("{mark} {} ({count})", app.texts.language_for(lang, "de"))
        };
        assert_eq!(
            languages.button_texts()[..2],
            [toggle("☐", "ar", 2), toggle("☐", "uk", 1)]
        );
        tap_until(&keller, &toggle("☐", "ar", 2), |m| {
            has_button(m, &toggle("✅", "ar", 2))
        })
        .await;
        tap_until(&keller, &toggle("✅", "ar", 2), |m| {
            has_button(m, &toggle("☐", "ar", 2))
        })
        .await;
        tap_until(&keller, &app.t("de", "broadcast-continue"), |m| {
            m.source.as_deref() == Some(ask_german(&app).as_str())
        })
        .await;

        // The German text, then an Arabic one; Ukrainian stays German with the note.
        let german = "Am Samstag um 15 Uhr ist Sprachcafé im Rathaus. Alle sind eingeladen!";
        let arabic = "مقهى اللغة يوم السبت الساعة 15 في البلدية. الجميع مدعوون!";
        keller.send_text(german);
        keller
            .wait_for_message(WAIT, |m| has_button(m, &add_text_button(&app, "ar")))
            .await
            .unwrap();
        let ask_arabic = app.t_with(
            "de",
            "broadcast-ask-translation",
            &[
                ("language", Arg::text(app.texts.language_for("ar", "de"))),
                ("max", n(3000)),
            ],
        );
        tap_until(&keller, &add_text_button(&app, "ar"), |m| {
            m.source.as_deref() == Some(ask_arabic.as_str())
        })
        .await;
        keller.send_text(arabic);
        let translations = keller
            .wait_for_message(WAIT, |m| {
                has_button(m, &add_text_button(&app, "uk"))
                    && !has_button(m, &add_text_button(&app, "ar"))
            })
            .await
            .unwrap();
        assert!(has_button(
            &translations,
            &app.t("de", "broadcast-show-preview")
        ));

        // The preview: one message per language with its readers.
        let ready = app.t_with("de", "broadcast-preview-ready", &[("count", n(3))]);
        tap_until(&keller, &app.t("de", "broadcast-show-preview"), |m| {
            m.source.as_deref() == Some(ready.as_str())
        })
        .await;
        let preview_ar = preview_of(&keller, &heading(&app, "ar", 2));
        let preview_uk = preview_of(&keller, &heading(&app, "uk", 1));
        // Nobody reading German agreed: no German preview.
        assert!(
            !keller
                .transcript()
                .iter()
                .any(|m| m.body().starts_with("Vorschau · Deutsch")),
        );
        assert!(preview_ar.contains(arabic), "{preview_ar}");
        assert!(!preview_ar.contains(german), "{preview_ar}");
        assert!(preview_uk.contains(german), "{preview_uk}");
        assert!(
            preview_uk.contains(&app.t("uk", "broadcast-only-german")),
            "{preview_uk}"
        );

        // Send now: the progress message, then the report.
        let sent_now = app.t_with("de", "broadcast-sent-now", &[("count", n(3))]);
        tap_until(&keller, &app.t("de", "broadcast-send-now"), |m| {
            m.source.as_deref() == Some(sent_now.as_str())
        })
        .await;
        wait_source(&keller, &progress_done(&app, 3)).await;
        wait_source(&keller, &report(&app, 3)).await;
        outbox_settled(&app).await;

        // Each got exactly what the preview showed in their language; Ernst nothing.
        assert_eq!(
            announcements(&app, &amal, "ar"),
            std::slice::from_ref(&preview_ar)
        );
        assert_eq!(announcements(&app, &basel, "ar"), [preview_ar]);
        assert_eq!(announcements(&app, &olena, "uk"), [preview_uk]);
        assert!(announcements(&app, &ernst, "de").is_empty());
        assert!(
            !ernst
                .transcript()
                .iter()
                .any(|m| m.body().contains("Sprachcafé"))
        );

        // The dialogue is over: its old buttons change nothing.
        let last = keller.last_message().unwrap().message_id;
        let q = keller.tap_data(last, "bc:now");
        let answer = keller.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "stale-button").as_str())
        );
        outbox_settled(&app).await;
        assert_eq!(announcements(&app, &olena, "uk").len(), 1);
        app.finish().await;
    }
);

story!(
    scheduled_announcements_wait_for_their_time_and_can_be_cancelled,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let dieter = client(&app, &keller, 7004, "D-4", "de", true).await;

        // Two for tomorrow (Tuesday 24 November), at 10:00 and at 11:00.
        for (text, at) in [
            ("Erste Mitteilung: fällt aus.", "morgen 10:00"),
            ("Zweite Mitteilung: findet statt.", "morgen 11:00"),
        ] {
            compose_to_preview(&app, &keller, 1, text).await;
            tap_until(&keller, &app.t("de", "broadcast-schedule"), |m| {
                m.source.as_deref() == Some(app.t("de", "broadcast-ask-when").as_str())
            })
            .await;
            let hour = if at.ends_with("10:00") { 10 } else { 11 };
            let local = NaiveDate::from_ymd_opt(2026, 11, 24)
                .unwrap()
                .and_hms_opt(hour, 0, 0)
                .unwrap();
            let scheduled = app.t_with(
                "de",
                "broadcast-scheduled",
                &[(
                    "when",
                    Arg::markup(markup::escape(&format::date_time("de", local))),
                )],
            );
            let m = say(&keller, at).await;
            assert_eq!(m.source.as_deref(), Some(scheduled.as_str()));
        }
        let stored = app.store().scheduled_broadcasts(5001).await.unwrap();
        assert_eq!(stored.len(), 2);
        assert_eq!(stored[0].send_at, berlin(2026, 11, 24, 10, 0));
        let first_id = stored[0].id;

        // /broadcasts lists both; the first is cancelled.
        let list = say(&keller, "/broadcasts").await;
        assert!(
            list.body().contains("Erste Mitteilung: fällt aus."),
            "{list}"
        );
        assert!(list.body().contains("Zweite Mitteilung"), "{list}");
        let cancel = |hour: &str| {
            app.t_with(
                "de",
                "broadcast-cancel-button",
                &[("when", Arg::markup(format!("24.11. {hour}")))],
            )
        };
        assert_eq!(
            list.button_texts(),
            [cancel("10:00").as_str(), cancel("11:00").as_str()]
        );
        let cancelled = app.t_with(
            "de",
            "broadcast-cancelled",
            &[(
                "when",
                Arg::markup(markup::escape(&format::date_time(
                    "de",
                    NaiveDate::from_ymd_opt(2026, 11, 24)
                        .unwrap()
                        .and_hms_opt(10, 0, 0)
                        .unwrap(),
                ))),
            )],
        );
        keller.tap(&cancel("10:00")).unwrap();
        wait_source(&keller, &cancelled).await;
        let stored = app.store().scheduled_broadcasts(5001).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert!(stored[0].texts["de"].starts_with("Zweite"));
        // The list now shows only the second.
        let list = keller
            .wait_for_message(WAIT, |m| m.message_id == list.message_id && m.edited)
            .await
            .unwrap();
        assert_eq!(list.button_texts(), [cancel("11:00").as_str()]);

        // Past 10:00 nothing comes; past 11:00 the second does.
        clock_to(&app, berlin(2026, 11, 24, 10, 30)).await;
        clock_to(&app, berlin(2026, 11, 24, 11, 30)).await;
        wait_source(&keller, &report(&app, 1)).await;
        outbox_settled(&app).await;
        let got = announcements(&app, &dieter, "de");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("Zweite Mitteilung: findet statt."));

        // The second has started: its cancel button says so and changes nothing.
        let q = keller.tap_data(
            list.message_id,
            &list.buttons()[0][0].callback_data.clone().unwrap(),
        );
        let answer = keller.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "broadcast-already-started").as_str())
        );
        // The cancelled one stays cancelled; a second tap on it is a stale button.
        let first = app.store().broadcast(first_id).await.unwrap().unwrap();
        assert_eq!(first.status, "cancelled");
        let q = keller.tap_data(list.message_id, &format!("bc:x:{first_id}"));
        let answer = keller.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "stale-button").as_str())
        );
        assert!(
            app.store()
                .scheduled_broadcasts(5001)
                .await
                .unwrap()
                .is_empty()
        );
        app.finish().await;
    }
);

story!(
    bad_texts_and_times_are_explained_and_nothing_is_stored,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        client(&app, &keller, 7004, "D-4", "de", true).await;

        say(&keller, "/broadcast").await;
        tap_until(&keller, &audience_button(&app, &mine(&app), 1), |m| {
            m.source.as_deref() == Some(ask_german(&app).as_str())
        })
        .await;

        // Nothing but spaces, a photo, a text too long: each explained, asked again.
        let m = say(&keller, "   ").await;
        assert_eq!(
            m.source.as_deref(),
            Some(app.t("de", "broadcast-text-empty").as_str())
        );
        let before = keller.transcript().len();
        keller.send_photo(None);
        let m = support::next_after(&keller, before).await;
        assert_eq!(
            m.source.as_deref(),
            Some(app.t("de", "broadcast-text-not-text").as_str())
        );
        let long = "Sprachcafé ".repeat(300);
        let m = say(&keller, &long).await;
        assert_eq!(
            m.source.as_deref(),
            Some(
                app.t_with(
                    "de",
                    "broadcast-text-too-long",
                    &[("length", n(3299)), ("max", n(3000))],
                )
                .as_str()
            )
        );

        // A good text; then a time that is no time, and one in the past.
        keller.send_text("Sprachcafé am Samstag.");
        let ready = app.t_with("de", "broadcast-preview-ready", &[("count", n(1))]);
        wait_source(&keller, &ready).await;
        let preview = preview_of(&keller, &heading(&app, "de", 1));
        assert!(!preview.contains("Sprachcafé Sprachcafé"), "{preview}");
        // The draft survives a restart.
        let mut app = app;
        app.restart().await;
        tap_until(&keller, &app.t("de", "broadcast-schedule"), |m| {
            m.source.as_deref() == Some(app.t("de", "broadcast-ask-when").as_str())
        })
        .await;
        for (typed, id) in [
            ("nächste Woche", "when-malformed"),
            ("31.02.2027 10:00", "when-no-such-date"),
            ("20.11.2026 10:00", "when-in-past"),
            ("heute 8:00", "when-in-past"),
        ] {
            let m = say(&keller, typed).await;
            assert_eq!(
                m.source.as_deref(),
                Some(app.t("de", id).as_str()),
                "{typed}"
            );
        }
        assert!(
            app.store()
                .scheduled_broadcasts(5001)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(app.store().broadcast(1).await.unwrap().is_none());

        // Discarding ends it; nothing was stored, nothing sent.
        keller
            .wait_for_message(WAIT, |m| has_button(m, &app.t("de", "broadcast-abort")))
            .await
            .unwrap();
        tap_until(&keller, &app.t("de", "broadcast-abort"), |m| {
            m.source.as_deref() == Some(app.t("de", "broadcast-discarded").as_str())
        })
        .await;
        // What she types now is not taken for a time.
        let m = say(&keller, "morgen 10:00").await;
        assert_eq!(
            m.source.as_deref(),
            Some(app.t("de", "relay-reply-hint").as_str())
        );
        assert!(app.store().broadcast(1).await.unwrap().is_none());
        app.finish().await;
    }
);

story!(
    an_administrator_reaches_only_the_gemeinde_she_administers,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let dieter = client(&app, &keller, 7004, "D-4", "de", true).await;
        let store = app.store();
        let boeblingen = store
            .add_gemeinde(
                OTHER_AGS,
                "Böblingen",
                "Landkreis Böblingen",
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap()
            .id;
        let hemmingen = store.gemeinde_by_ags(AGS).await.unwrap().unwrap().id;
        store
            .add_admin_scope(
                8001,
                AdminScope::Gemeinde(hemmingen),
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
        let weber = app.user(8001, "Weber", Some("de"));

        // A client may not; the administrator sees her Gemeinde only.
        let m = say(&dieter, "/broadcast").await;
        assert_eq!(
            m.source.as_deref(),
            Some(app.t("de", "not-allowed").as_str())
        );
        let hemmingen_all = app.t_with(
            "de",
            "broadcast-audience-gemeinde",
            &[("gemeinde", Arg::markup("Hemmingen"))],
        );
        let audience = say(&weber, "/broadcast").await;
        assert_eq!(
            audience.button_texts(),
            [
                audience_button(&app, &hemmingen_all, 1).as_str(),
                app.t("de", "broadcast-abort").as_str()
            ]
        );
        assert!(!audience.body().contains("Böblingen"), "{audience}");

        // Forged: another Gemeinde, a manager's audience. Refused, nothing stored.
        for data in [
            format!("bc:ag:{boeblingen}"),
            format!("bc:am:{hemmingen}"),
            "bc:am".to_owned(),
        ] {
            let q = weber.tap_data(audience.message_id, &data);
            let answer = weber.wait_for_answer(&q, WAIT).await.unwrap();
            assert_eq!(
                answer.text.as_deref(),
                Some(app.t("de", "stale-button").as_str()),
                "{data}"
            );
        }
        assert!(store.broadcast(1).await.unwrap().is_none());

        // Her own: sent to the Gemeinde's clients.
        tap_until(&weber, &audience_button(&app, &hemmingen_all, 1), |m| {
            m.source.as_deref() == Some(ask_german(&app).as_str())
        })
        .await;
        weber.send_text("Das Rathaus ist am Freitag geschlossen.");
        let ready = app.t_with("de", "broadcast-preview-ready", &[("count", n(1))]);
        wait_source(&weber, &ready).await;
        let preview = preview_of(&weber, &heading(&app, "de", 1));
        weber.tap(&app.t("de", "broadcast-send-now")).unwrap();
        wait_source(&weber, &report(&app, 1)).await;
        outbox_settled(&app).await;
        assert_eq!(announcements(&app, &dieter, "de"), [preview]);
        let b = store.broadcast(1).await.unwrap().unwrap();
        assert_eq!(
            (b.author_id, b.audience.manager_id, b.audience.gemeinde_id),
            (8001, None, Some(hemmingen))
        );
        // A global administrator's picker: every Gemeinde, each with its own recipients
        // (counted in one query for all of them), those without any named in the text.
        let global = app.user(support::ADMIN, "Admin", Some("de"));
        let picker = say(&global, "/broadcast").await;
        assert_eq!(
            picker.button_texts(),
            [
                audience_button(&app, &hemmingen_all, 1).as_str(),
                app.t("de", "broadcast-abort").as_str()
            ]
        );
        assert!(picker.body().contains("Böblingen"), "{picker}");
        app.finish().await;
    }
);

fn offer() -> Offer {
    let text = |title: &str, description: &str| OfferText {
        title: title.to_owned(),
        description: description.to_owned(),
        times: "Sa 15–17 Uhr".to_owned(),
    };
    Offer {
        external_id: "hemmingen-sprachcafe".to_owned(),
        category: Category::Sprache,
        gemeinden: vec![AGS.to_owned()],
        landkreis: None,
        texts: BTreeMap::from([
            (
                "de".to_owned(),
                text(
                    "Sprachcafé im Rathaus",
                    "Deutsch üben bei Kaffee und Kuchen.",
                ),
            ),
            (
                "ar".to_owned(),
                text(
                    "مقهى اللغة في البلدية",
                    "تدرب على الألمانية مع القهوة والكعك.",
                ),
            ),
        ]),
        address: String::new(),
        phone: String::new(),
        email: String::new(),
        web: String::new(),
        languages: vec![],
        schedule: None,
        valid_from: None,
        valid_until: None,
        active: true,
    }
}

story!(an_offer_page_announces_the_offer_in_each_language, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let amal = client(&app, &keller, 7001, "A-1", "ar", true).await;
    let olena = client(&app, &keller, 7003, "O-3", "uk", true).await;
    app.store()
        .save_offers(&[offer()], Actor::Cli, app.clock.now())
        .await
        .unwrap();

    // The offer's page has the announce button.
    say(&keller, "/offers").await;
    let category = app.t_with(
        "de",
        "offer-category-button",
        &[
            (
                "category",
                Arg::markup(app.t("de", "offer-category-sprache")),
            ),
            ("count", n(1)),
        ],
    );
    tap_until(&keller, &category, |m| {
        has_button(m, "1. Sprachcafé im Rathaus")
    })
    .await;
    let announce = app.t("de", "offer-button-announce");
    tap_until(&keller, "1. Sprachcafé im Rathaus", |m| {
        has_button(m, &announce)
    })
    .await;

    // The audience, named with the offer; then the preview (the texts are the offer's).
    let audience = tap_until(&keller, &announce, |m| {
        has_button(m, &audience_button(&app, &mine(&app), 2))
    })
    .await;
    assert!(
        audience.body().contains("Sprachcafé im Rathaus"),
        "{audience}"
    );
    tap_until(&keller, &audience_button(&app, &mine(&app), 2), |m| {
        has_button(m, &app.t("de", "broadcast-continue"))
    })
    .await;
    let ready = app.t_with("de", "broadcast-preview-ready", &[("count", n(2))]);
    tap_until(&keller, &app.t("de", "broadcast-continue"), |m| {
        m.source.as_deref() == Some(ready.as_str())
    })
    .await;
    let preview_ar = preview_of(&keller, &heading(&app, "ar", 1));
    let preview_uk = preview_of(&keller, &heading(&app, "uk", 1));
    assert!(preview_ar.contains("مقهى اللغة في البلدية"), "{preview_ar}");
    assert!(
        preview_ar.contains("تدرب على الألمانية مع القهوة والكعك."),
        "{preview_ar}"
    );
    assert!(
        preview_uk.contains("Sprachcafé im Rathaus\n\nDeutsch üben"),
        "{preview_uk}"
    );
    // Ukrainian has no text of the offer: it may be added before sending.
    let ready_message = keller.last_message().unwrap();
    assert!(has_button(&ready_message, &add_text_button(&app, "uk")));

    keller.tap(&app.t("de", "broadcast-send-now")).unwrap();
    wait_source(&keller, &report(&app, 2)).await;
    outbox_settled(&app).await;
    let got = amal
        .transcript()
        .into_iter()
        .find(|m| has_button(m, &app.t("ar", "broadcast-stop")))
        .expect("the announcement");
    assert_eq!(got.source.as_deref(), Some(preview_ar.as_str()));
    assert!(has_button(&got, &app.t("ar", "offer-button-show")));
    assert_eq!(announcements(&app, &olena, "uk"), [preview_uk]);
    let b = app.store().broadcast(1).await.unwrap().unwrap();
    assert_eq!(
        b.offer_id,
        app.store().offer_id("hemmingen-sprachcafe").await.unwrap()
    );
    app.finish().await;
});

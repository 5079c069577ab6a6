//! Announcements, the delivery half, end to end: a broadcast reaches exactly the
//! consenting clients, once each, in their language, at Telegram's pace; the author sees
//! progress and a report naming whom it did not reach; a restart in the middle sends
//! nobody anything twice; "stop announcements" works from the message itself; offers
//! announce their dates to interested clients. (Composing in the bot: see
//! `broadcast_compose.rs`.)

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::TimeZone;
use support::people::{AGS, link_client, manager_joins, seed_linked_clients, wait_source};
use support::{TestApp, WAIT, default_start, outbox_settled};
use wegweiser::clock::Clock;
use wegweiser::domain::consent::Purpose;
use wegweiser::domain::offer::{Category, Offer, OfferText};
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::{Arg, markup};
use wegweiser::store::broadcasts::{Audience, NewBroadcast};
use wegweiser::store::people::Actor;

const GERMAN: &str = "Neuer Deutschkurs ab Montag, 9 Uhr, im Rathaus. Anmeldung bei mir.";
const ARABIC: &str = "دورة جديدة للغة الألمانية ابتداءً من يوم الاثنين الساعة 9 في البلدية.";

/// What a client reading `lang` gets: their text, or the German one with the note.
fn expected(app: &TestApp, lang: &str) -> String {
    let text = match lang {
        "ar" => Arg::text(ARABIC),
        "de" => Arg::text(GERMAN),
        _ => Arg::markup(format!(
            "{}\n\n<i>{}</i>",
            markup::escape(GERMAN),
            app.t(lang, "broadcast-only-german")
        )),
    };
    app.t_with(lang, "broadcast-message", &[("text", text)])
}

fn received(user: &FakeUser, source: &str) -> usize {
    user.transcript()
        .iter()
        .filter(|m| m.source.as_deref() == Some(source))
        .count()
}

/// A broadcast of the German and Arabic texts to all of the manager's clients, now.
async fn broadcast_now(app: &TestApp, author: i64) -> i64 {
    let store = app.store();
    let manager = store.manager_by_telegram(author).await.unwrap().unwrap();
    let now = app.clock.now();
    let id = store
        .add_broadcast(
            &NewBroadcast {
                author_id: author,
                audience: Audience {
                    manager_id: Some(manager.id),
                    gemeinde_id: None,
                    languages: vec![],
                    offer_id: None,
                },
                texts: BTreeMap::from([("de".into(), GERMAN.into()), ("ar".into(), ARABIC.into())]),
                offer_id: None,
                send_at: now,
            },
            Actor::Telegram(author),
            now,
        )
        .await
        .unwrap();
    assert_eq!(store.start_due_broadcasts(now).await.unwrap(), [id]);
    id
}

fn report_header(app: &TestApp) -> String {
    app.t("de", "broadcast-report")
        .lines()
        .next()
        .unwrap()
        .to_owned()
}

/// Waits (long: a paced broadcast takes real time) for the author's report.
async fn wait_report(app: &TestApp, author: &FakeUser, within: Duration) -> String {
    let header = report_header(app);
    author
        .wait_for_message(within, |m| {
            m.source.as_deref().is_some_and(|s| s.starts_with(&header))
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .source
        .unwrap()
}

const LANGS: [&str; 6] = ["de", "ar", "fa", "ti", "uk", "en"];

story_with!(
    two_thousand_clients_at_thirty_a_second_once_each_in_their_language,
    default_start(),
    &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "30")],
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        // Every 20th client has not agreed to announcements.
        let clients: Vec<(String, i64, &str, bool)> = (0..2000usize)
            .map(|i| {
                (
                    format!("K-{i:04}"),
                    100_000 + i as i64,
                    LANGS[i % 6],
                    i % 20 != 7,
                )
            })
            .collect();
        seed_linked_clients(&app, 5001, &clients).await;
        // Fifty consenting clients have blocked the bot since.
        let blocked: Vec<usize> = (0..2000)
            .filter(|i| i % 20 != 7)
            .step_by(37)
            .take(50)
            .collect();
        assert_eq!(blocked.len(), 50);
        for &i in &blocked {
            app.user(clients[i].1, "Client", Some(clients[i].2)).block();
        }
        app.fake.clear_calls();

        broadcast_now(&app, 5001).await;
        let report = wait_report(&app, &keller, Duration::from_secs(400)).await;

        // Telegram's limits, counting edits of the progress message as messages too.
        let messages =
            |c: &wegweiser::fake_telegram::CallRecord| c.is_send() || c.method == "editMessageText";
        let busiest = app
            .fake
            .max_calls_in_window(Duration::from_secs(1), messages);
        assert!(
            busiest <= 30,
            "{busiest} messages in one second, allowed 30"
        );
        let calls = app.fake.calls();
        let chats: std::collections::BTreeSet<i64> = calls
            .iter()
            .filter(|c| messages(c))
            .filter_map(|c| c.chat_id)
            .collect();
        for chat in chats {
            let most = app.fake.max_calls_in_window(Duration::from_secs(1), |c| {
                messages(c) && c.chat_id == Some(chat)
            });
            assert!(most <= 1, "{most} messages to chat {chat} within a second");
        }

        // Exactly once, in their language; nothing for those who did not agree.
        for (i, (label, tg, lang, consents)) in clients.iter().enumerate() {
            let user = app.user(*tg, "Client", Some(lang));
            let got = user.transcript().len();
            if !consents || blocked.contains(&i) {
                assert_eq!(got, 0, "{label} ({lang}) got something");
            } else {
                assert_eq!(got, 1, "{label} ({lang}): {got} messages");
                assert_eq!(
                    received(&user, &expected(&app, lang)),
                    1,
                    "{label} ({lang})"
                );
            }
        }

        // The report counts and names the fifty; the progress message ended as done.
        let reached = clients.iter().filter(|c| c.3).count() - 50;
        assert!(report.contains(&format!("{reached}")), "{report}");
        for &i in &blocked {
            assert!(
                report.contains(&clients[i].0),
                "{} missing from the report",
                clients[i].0
            );
        }
        let unblocked_listed = clients
            .iter()
            .enumerate()
            .filter(|(i, c)| c.3 && !blocked.contains(i))
            .any(|(_, c)| report.contains(&format!("• {}\n", c.0)));
        assert!(!unblocked_listed, "a reached client is listed as unreached");
        let done = app.t_with(
            "de",
            "broadcast-progress-done",
            &[
                ("sent", Arg::Number(reached as f64)),
                ("total", Arg::Number((reached + 50) as f64)),
                ("failed", Arg::Number(50.0)),
            ],
        );
        keller
            .wait_for_message(WAIT, |m| {
                m.edited && m.source.as_deref() == Some(done.as_str())
            })
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // The manager was not told fifty times that someone is unreachable: the report
        // says it once.
        let unreachable_notices = keller
            .transcript()
            .iter()
            .filter(|m| {
                m.source.as_deref().is_some_and(|s| s.contains("K-0"))
                    && !m
                        .source
                        .as_deref()
                        .unwrap()
                        .starts_with(&report_header(&app))
            })
            .count();
        assert_eq!(unreachable_notices, 0);
    }
);

/// 200 clients (labels `<prefix>-000` …) get a broadcast; returns once 60 have it, with
/// the author and the clients, for a story that interrupts the service there.
async fn broadcast_under_way(
    app: &TestApp,
    prefix: &str,
    first_tg: i64,
) -> (
    FakeUser,
    Vec<(String, i64, &'static str, bool)>,
    Vec<FakeUser>,
) {
    let keller = manager_joins(app, 5001, "Frau Keller").await;
    let clients: Vec<(String, i64, &'static str, bool)> = (0..200usize)
        .map(|i| {
            (
                format!("{prefix}-{i:03}"),
                first_tg + i as i64,
                LANGS[i % 6],
                true,
            )
        })
        .collect();
    seed_linked_clients(app, 5001, &clients).await;
    let users: Vec<FakeUser> = clients
        .iter()
        .map(|c| app.user(c.1, "Client", Some(c.2)))
        .collect();
    broadcast_now(app, 5001).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while users.iter().filter(|u| !u.transcript().is_empty()).count() < 60 {
        assert!(
            std::time::Instant::now() < deadline,
            "the broadcast did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    (keller, clients, users)
}

story_with!(
    a_restart_halfway_delivers_the_rest_and_nobody_twice,
    default_start(),
    &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "30")],
    |app| {
        let mut app = app;
        let (keller, clients, users) = broadcast_under_way(&app, "R", 200_000).await;
        app.restart().await;
        let at_restart = users.iter().filter(|u| !u.transcript().is_empty()).count();
        assert!(at_restart < 200, "all were sent before the restart");
        // Rows the stopped sender had claimed come back when their lease runs out.
        app.clock.advance(chrono::Duration::minutes(3));
        wait_report(&app, &keller, Duration::from_secs(120)).await;
        for (u, c) in users.iter().zip(&clients) {
            assert_eq!(
                u.transcript().len(),
                1,
                "{} got {} messages",
                c.0,
                u.transcript().len()
            );
            assert_eq!(received(u, &expected(&app, c.2)), 1, "{}", c.0);
        }
        app.finish().await;
    }
);

story_with!(
    a_crash_halfway_delivers_the_rest_and_repeats_at_most_what_was_in_flight,
    default_start(),
    &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "30")],
    |app| {
        let mut app = app;
        let (keller, clients, users) = broadcast_under_way(&app, "X", 300_000).await;
        // kill -9: no grace, requests in flight cut off.
        app.crash_and_restart().await;
        app.clock.advance(chrono::Duration::minutes(3));
        wait_report(&app, &keller, Duration::from_secs(120)).await;
        let mut twice = 0;
        for (u, c) in users.iter().zip(&clients) {
            let n = received(u, &expected(&app, c.2));
            assert!(n >= 1, "{} got nothing", c.0);
            assert_eq!(u.transcript().len(), n, "{} got something else", c.0);
            twice += n - 1;
        }
        // At most the rows in flight at the crash: one per recipient served side by side
        // (the outbox's lanes, 32 at this rate). Said in the README.
        assert!(twice <= 32, "{twice} clients got it twice");
        app.finish().await;
    }
);

story!(stop_announcements_works_from_the_message_itself, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let mariam = app.user(7001, "Mariam", Some("fa"));
    link_client(&app, &keller, &mariam, "M-1", "fa", false).await;
    let client = app.store().client_by_telegram(7001).await.unwrap().unwrap();
    app.store()
        .set_consent(client.id, Purpose::Announcements, true, app.clock.now())
        .await
        .unwrap();

    broadcast_now(&app, 5001).await;
    wait_source(&mariam, &expected(&app, "fa")).await;
    mariam.tap(&app.t("fa", "broadcast-stop")).unwrap();
    wait_source(&mariam, &app.t("fa", "broadcast-stopped")).await;
    let consents = app.store().consents(client.id).await.unwrap();
    assert!(!consents.iter().any(|(p, _)| *p == Purpose::Announcements));
    // The button is gone from the message; the next announcement does not come.
    let message = mariam
        .transcript()
        .into_iter()
        .find(|m| m.source.as_deref() == Some(expected(&app, "fa").as_str()))
        .unwrap();
    assert!(message.buttons().is_empty(), "{message}");
    wait_report(&app, &keller, WAIT).await;
    let before = mariam.transcript().len();
    let second = broadcast_now(&app, 5001).await;
    outbox_settled(&app).await;
    assert_eq!(mariam.transcript().len(), before);
    assert_eq!(
        app.store()
            .broadcast(second)
            .await
            .unwrap()
            .unwrap()
            .recipients,
        0
    );
});

story!(
    an_offer_announces_its_date_to_interested_clients_who_can_mute_it,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let mut cafe = Offer {
            external_id: "hemmingen-sprachcafe".into(),
            category: Category::Sprache,
            gemeinden: vec![AGS.into()],
            landkreis: None,
            texts: BTreeMap::from([(
                "de".to_owned(),
                OfferText {
                    title: "Sprachcafé".into(),
                    ..OfferText::default()
                },
            )]),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            web: String::new(),
            languages: vec![],
            schedule: Some("0 18 * * 2".into()),
            valid_from: None,
            valid_until: None,
            active: true,
        };
        cafe.texts.insert(
            "uk".into(),
            OfferText {
                title: "Мовне кафе".into(),
                ..OfferText::default()
            },
        );
        let now = app.clock.now();
        app.store()
            .save_offers(&[cafe], Actor::Cli, now)
            .await
            .unwrap();
        let offer = app
            .store()
            .offer_id("hemmingen-sprachcafe")
            .await
            .unwrap()
            .unwrap();
        let olena = app.user(7002, "Olena", Some("uk"));
        link_client(&app, &keller, &olena, "O-2", "uk", false).await;
        let client = app.store().client_by_telegram(7002).await.unwrap().unwrap();
        app.store()
            .set_consent(client.id, Purpose::Announcements, true, now)
            .await
            .unwrap();
        app.store()
            .register_interest(offer, client.id, None, now)
            .await
            .unwrap();

        // Tuesday 24 November 2026, 08:30 in Berlin: office hours have begun.
        let tuesday = chrono_tz::Europe::Berlin
            .with_ymd_and_hms(2026, 11, 24, 8, 30, 0)
            .unwrap()
            .with_timezone(&chrono::Utc);
        app.clock.set(tuesday);
        let when = markup::escape(&wegweiser::i18n::format::date_time(
            "uk",
            chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
                .unwrap()
                .and_hms_opt(18, 0, 0)
                .unwrap(),
        ));
        let today = app.t_with(
            "uk",
            "offer-today",
            &[
                ("offer", Arg::text("Мовне кафе")),
                ("when", Arg::markup(when)),
            ],
        );
        wait_source(&olena, &today).await;
        // A later pass the same day sends nothing again.
        app.clock.advance(chrono::Duration::hours(2));
        tokio::time::sleep(Duration::from_millis(300)).await;
        outbox_settled(&app).await;
        assert_eq!(received(&olena, &today), 1);

        // She mutes it: next Tuesday, nothing.
        olena.tap(&app.t("uk", "offer-mute")).unwrap();
        wait_source(&olena, &app.t("uk", "offer-muted")).await;
        let before = olena.transcript().len();
        app.clock.set(tuesday + chrono::Duration::days(7));
        tokio::time::sleep(Duration::from_millis(300)).await;
        outbox_settled(&app).await;
        assert_eq!(olena.transcript().len(), before);
    }
);

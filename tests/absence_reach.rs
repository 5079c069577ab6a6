//! Absences and reachability as people met them: `/away 20.12.2026` means "up to and
//! including the 20th, back on the 21st" for everyone; only a colleague of the same
//! organisation stands in, and the clients are told who reads their messages; every
//! `/away` mistake gets its own answer; a late reply of a former stand-in is explained;
//! delivered replies are confirmed; a client Telegram cannot reach is reported once and
//! not written to; announcements count such clients apart and do not try them.

mod support;

use chrono::NaiveDate;
use support::people::{
    link_client, manager_joins, other_org_manager_joins, seed_linked_clients, wait_source,
};
use support::{TestApp, WAIT, next_after, outbox_settled, say, tap_until};
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::{Arg, format};

fn date(lang: &str, y: i32, m: u32, d: u32) -> Arg<'static> {
    Arg::text(format::date(
        lang,
        NaiveDate::from_ymd_opt(y, m, d).unwrap(),
    ))
}

/// A date as the sender renders it at send time (already escaped, not isolated).
fn sent_date(lang: &str, y: i32, m: u32, d: u32) -> Arg<'static> {
    Arg::markup(format::date(
        lang,
        NaiveDate::from_ymd_opt(y, m, d).unwrap(),
    ))
}

fn colleagues(app: &TestApp) -> Arg<'static> {
    Arg::text(app.t_with(
        "de",
        "away-colleagues",
        &[("list", Arg::text("2 · Herr Weber"))],
    ))
}

async fn expect(user: &FakeUser, text: &str, expected: String) {
    let got = say(user, text).await;
    assert_eq!(got.source.as_deref(), Some(expected.as_str()), "{text}");
}

story!(
    an_absence_reads_the_same_for_manager_substitute_and_clients,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let weber = manager_joins(&app, 5002, "Herr Weber").await;
        other_org_manager_joins(&app, 5003, "Herr Roth").await;
        let roth = app
            .store()
            .manager_by_telegram(5003)
            .await
            .unwrap()
            .unwrap()
            .id;
        let reza = app.user(6001, "Reza", Some("fa"));
        link_client(&app, &keller, &reza, "RZ-1", "fa", false).await;

        // A manager of another organisation who shares the Gemeinde may not stand in.
        expect(
            &keller,
            &format!("/away 20.12.2026 {roth}"),
            app.t_with(
                "de",
                "away-unknown-substitute",
                &[
                    ("number", Arg::text(roth.to_string())),
                    ("colleagues", colleagues(&app)),
                ],
            ),
        )
        .await;
        assert!(
            app.store()
                .manager_by_telegram(5001)
                .await
                .unwrap()
                .unwrap()
                .absent_until
                .is_none()
        );

        // "Up to and including the 20th, back on the 21st" — for everyone.
        expect(
            &keller,
            "/away 20.12.2026 2",
            app.t_with(
                "de",
                "away-set",
                &[
                    ("until", date("de", 2026, 12, 20)),
                    ("back", date("de", 2026, 12, 21)),
                    ("substitute", Arg::text("Herr Weber")),
                ],
            ),
        )
        .await;
        wait_source(
            &weber,
            &app.t_with(
                "de",
                "notify-substitute",
                &[
                    ("manager", Arg::text("Frau Keller")),
                    ("until", sent_date("de", 2026, 12, 20)),
                    ("back", sent_date("de", 2026, 12, 21)),
                ],
            ),
        )
        .await;
        wait_source(
            &reza,
            &app.t_with(
                "fa",
                "client-away-substitute",
                &[
                    ("manager", Arg::text("Frau Keller")),
                    ("substitute", Arg::text("Herr Weber")),
                    ("until", sent_date("fa", 2026, 12, 20)),
                    ("back", sent_date("fa", 2026, 12, 21)),
                ],
            ),
        )
        .await;
        reza.send_text("سلام");
        wait_source(
            &reza,
            &app.t_with(
                "fa",
                "away-notice",
                &[
                    ("manager", Arg::text("Frau Keller")),
                    ("substitute", Arg::text("Herr Weber")),
                    ("until", sent_date("fa", 2026, 12, 20)),
                    ("back", sent_date("fa", 2026, 12, 21)),
                ],
            ),
        )
        .await;
        weber
            .wait_for_message(WAIT, |m| m.body().contains("سلام"))
            .await
            .unwrap();
        app.finish().await;
    }
);

story!(every_away_mistake_gets_its_own_answer, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let _weber = manager_joins(&app, 5002, "Herr Weber").await;
    expect(
        &keller,
        "/away",
        app.t_with("de", "away-usage", &[("colleagues", colleagues(&app))]),
    )
    .await;
    expect(
        &keller,
        "/away morgen",
        app.t_with("de", "away-bad-date", &[("text", Arg::text("morgen"))]),
    )
    .await;
    // Today is 23 November 2026.
    expect(
        &keller,
        "/away 22.11.2026",
        app.t_with(
            "de",
            "away-date-past",
            &[("date", date("de", 2026, 11, 22))],
        ),
    )
    .await;
    expect(
        &keller,
        "/away 20.12.2026 99",
        app.t_with(
            "de",
            "away-unknown-substitute",
            &[
                ("number", Arg::text("99")),
                ("colleagues", colleagues(&app)),
            ],
        ),
    )
    .await;
    expect(
        &keller,
        "/away 20.12.2026 1",
        app.t_with(
            "de",
            "away-self-substitute",
            &[("colleagues", colleagues(&app))],
        ),
    )
    .await;
    assert!(
        app.store()
            .manager_by_telegram(5001)
            .await
            .unwrap()
            .unwrap()
            .absent_until
            .is_none(),
        "no mistake recorded anything"
    );
    expect(
        &keller,
        "/away 2.1.2027",
        app.t_with(
            "de",
            "away-set-alone",
            &[
                ("until", date("de", 2027, 1, 2)),
                ("back", date("de", 2027, 1, 3)),
            ],
        ),
    )
    .await;
    app.finish().await;
});

story!(
    late_stand_in_replies_are_explained_and_delivered_replies_confirmed,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let weber = manager_joins(&app, 5002, "Herr Weber").await;
        let amina = app.user(6001, "Amina", Some("de"));
        link_client(&app, &keller, &amina, "AB-12", "de", false).await;

        say(&keller, "/away 20.12.2026 2").await;
        amina.send_text("Ich brauche Hilfe.");
        let relayed = weber
            .wait_for_message(WAIT, |m| m.body().contains("Ich brauche Hilfe."))
            .await
            .unwrap();
        let reply = weber.reply_text(relayed.message_id, "Ich helfe Ihnen.");
        amina
            .wait_for_message(WAIT, |m| m.body().contains("Ich helfe Ihnen."))
            .await
            .unwrap();
        // Delivered: the stand-in's message gets a 👍.
        assert_eq!(weber.wait_for_reaction(reply, WAIT).await.unwrap(), "👍");

        // Frau Keller is back; Herr Weber's late reply is explained, and not delivered.
        say(&keller, "/back").await;
        let late = weber.reply_text(relayed.message_id, "Noch eine Sache.");
        wait_source(
            &weber,
            &app.t_with(
                "de",
                "relay-standin-ended",
                &[
                    ("manager", Arg::text("Frau Keller")),
                    ("label", Arg::text("AB-12")),
                ],
            ),
        )
        .await;
        // `/reply` is confirmed the same way.
        let sent = keller.send_text("/reply AB-12 Ich bin wieder da.");
        amina
            .wait_for_message(WAIT, |m| m.body().contains("Ich bin wieder da."))
            .await
            .unwrap();
        assert_eq!(keller.wait_for_reaction(sent, WAIT).await.unwrap(), "👍");
        outbox_settled(&app).await;
        assert!(weber.bot_reaction(late).is_none());
        assert!(
            !amina
                .transcript()
                .iter()
                .any(|m| m.body().contains("Noch eine Sache."))
        );
        app.finish().await;
    }
);

story!(
    an_unreachable_client_is_reported_once_and_not_written_to,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let amina = app.user(6001, "Amina", Some("de"));
        link_client(&app, &keller, &amina, "AB-12", "de", false).await;
        amina.send_text("Hallo");
        let relayed = keller
            .wait_for_message(WAIT, |m| m.body().contains("Hallo"))
            .await
            .unwrap();

        amina.block();
        keller.reply_text(relayed.message_id, "Sind Sie noch da?");
        let unreachable = app.t_with(
            "de",
            "notify-client-unreachable",
            &[("label", Arg::text("AB-12"))],
        );
        wait_source(&keller, &unreachable).await;
        // Known to be unreachable: the manager is told at once, nothing is queued.
        let at_once = app.t_with(
            "de",
            "relay-client-unreachable",
            &[("label", Arg::text("AB-12"))],
        );
        for text in ["Hallo?", "Bitte melden Sie sich."] {
            let before = keller.transcript().len();
            keller.reply_text(relayed.message_id, text);
            let told = next_after(&keller, before).await;
            assert_eq!(told.source.as_deref(), Some(at_once.as_str()));
        }
        expect(&keller, "/reply AB-12 Hallo", at_once.clone()).await;
        outbox_settled(&app).await;
        let failed_sends = app
            .fake
            .calls()
            .iter()
            .filter(|c| c.chat_id == Some(6001) && c.error_code() == Some(403))
            .count();
        assert_eq!(failed_sends, 1, "one doomed request, not one per message");
        let told = keller
            .transcript()
            .iter()
            .filter(|m| m.source.as_deref() == Some(unreachable.as_str()))
            .count();
        assert_eq!(told, 1, "told once per unreachable period");

        // The client comes back: messages flow again.
        amina.unblock();
        amina.send_text("Entschuldigung, ich bin wieder da.");
        keller
            .wait_for_message(WAIT, |m| m.body().contains("ich bin wieder da"))
            .await
            .unwrap();
        keller.send_text("/reply AB-12 Schön!");
        amina
            .wait_for_message(WAIT, |m| m.body().contains("Schön!"))
            .await
            .unwrap();
        app.finish().await;
    }
);

story!(
    announcements_count_unreachable_clients_apart_and_skip_them,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let clients: Vec<(String, i64, &str, bool)> = (1..=3)
            .map(|i| (format!("L-{i}"), 8000 + i, "de", true))
            .collect();
        seed_linked_clients(&app, 5001, &clients).await;
        // L-2 blocked the bot; a message to them failed, so they are known unreachable.
        app.user(8002, "L-2", Some("de")).block();
        keller.send_text("/reply L-2 Hallo");
        wait_source(
            &keller,
            &app.t_with(
                "de",
                "notify-client-unreachable",
                &[("label", Arg::text("L-2"))],
            ),
        )
        .await;

        say(&keller, "/broadcast").await;
        let n = |count: i64| Arg::Number(count as f64);
        let button = app.t_with(
            "de",
            "broadcast-audience-button",
            &[
                (
                    "audience",
                    Arg::markup(app.t("de", "broadcast-audience-mine")),
                ),
                ("count", n(2)),
            ],
        );
        let ask = app.t_with("de", "broadcast-ask-german", &[("max", n(3000))]);
        tap_until(&keller, &button, |m| {
            m.source.as_deref() == Some(ask.as_str())
        })
        .await;
        keller.send_text("Sprachkurs ab Montag.");
        let ready = format!(
            "{}\n{}",
            app.t_with("de", "broadcast-preview-ready", &[("count", n(2))]),
            app.t_with("de", "broadcast-preview-unreachable", &[("count", n(1))])
        );
        wait_source(&keller, &ready).await;
        keller.tap(&app.t("de", "broadcast-send-now")).unwrap();
        for tg in [8001, 8003] {
            app.user(tg, "", Some("de"))
                .wait_for_message(WAIT, |m| m.body().contains("Sprachkurs ab Montag."))
                .await
                .unwrap();
        }
        app.clock.advance(chrono::Duration::seconds(10));
        outbox_settled(&app).await;
        let tried = app
            .fake
            .calls()
            .iter()
            .filter(|c| c.chat_id == Some(8002) && c.is_send())
            .count();
        assert_eq!(
            tried, 1,
            "only the reply that found them unreachable was tried"
        );
        app.finish().await;
    }
);

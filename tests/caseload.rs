//! The caseload beyond invitations: people who ask to be taken on without an invite, a
//! manager's actions on a client's page, and the warning before support ends.

mod support;

use chrono::Duration;
use support::people::{self, manager_joins, wait_source};
use support::{ADMIN, TestApp, WAIT, next_after, outbox_settled, say};
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::Arg;

async fn link_client(app: &TestApp, manager: &FakeUser, client: &FakeUser, label: &str) {
    people::link_client(app, manager, client, label, "de", false).await;
}

story!(a_person_without_invite_asks_and_is_taken_on, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let mariam = app.user(7001, "Mariam", Some("ar"));
    say(&mariam, "/start").await;
    let before = mariam.transcript().len();
    mariam.tap("العربية").unwrap();
    next_after(&mariam, before).await;
    mariam
        .wait_for_message(WAIT, |m| {
            m.button_texts().contains(&app.t("ar", "join-ask").as_str())
        })
        .await
        .unwrap();
    mariam.tap(&app.t("ar", "join-ask")).unwrap();
    mariam
        .wait_for_message(WAIT, |m| m.button_texts().contains(&"Hemmingen"))
        .await
        .unwrap();
    mariam.tap("Hemmingen").unwrap();
    wait_source(
        &mariam,
        &app.t_with(
            "ar",
            "join-requested",
            &[("gemeinde", Arg::text("Hemmingen"))],
        ),
    )
    .await;

    // The manager sees the request in German, with the language, and accepts.
    let request = app.t_with(
        "de",
        "notify-join-request",
        &[
            ("gemeinde", Arg::text("Hemmingen")),
            ("language", Arg::text("العربية (Arabisch)")),
        ],
    );
    wait_source(&keller, &request).await;
    keller.tap(&app.t("de", "join-accept")).unwrap();
    wait_source(
        &keller,
        &app.t_with(
            "de",
            "join-accepted-manager",
            &[("label", Arg::text("A-1"))],
        ),
    )
    .await;

    // The person goes on to the privacy notice and consent, and is linked.
    let accepted = app.t_with(
        "ar",
        "join-accepted",
        &[("manager", Arg::text("Frau Keller"))],
    );
    wait_source(&mariam, &accepted).await;
    mariam.tap(&app.t("ar", "join-continue")).unwrap();
    let agree = app.t("ar", "consent-agree");
    mariam
        .wait_for_message(WAIT, |m| m.button_texts().contains(&agree.as_str()))
        .await
        .unwrap();
    mariam.tap(&agree).unwrap();
    wait_source(&mariam, &app.t("ar", "client-menu")).await;
    let client = app.store().client_by_telegram(7001).await.unwrap().unwrap();
    assert_eq!(
        (
            client.label.as_str(),
            client.status.as_str(),
            client.language.as_str()
        ),
        ("A-1", "active", "ar")
    );

    // Tapping again changes nothing; a second person is declined and told so.
    let yusuf = app.user(7002, "Yusuf", Some("de"));
    say(&yusuf, "/start").await;
    yusuf.tap("Deutsch").unwrap();
    let ask = app.t("de", "join-ask");
    yusuf
        .wait_for_message(WAIT, |m| m.button_texts().contains(&ask.as_str()))
        .await
        .unwrap();
    yusuf.tap(&ask).unwrap();
    yusuf
        .wait_for_message(WAIT, |m| m.button_texts().contains(&"Hemmingen"))
        .await
        .unwrap();
    yusuf.tap("Hemmingen").unwrap();
    let request = app.t_with(
        "de",
        "notify-join-request",
        &[
            ("gemeinde", Arg::text("Hemmingen")),
            ("language", Arg::text("Deutsch")),
        ],
    );
    wait_source(&keller, &request).await;
    keller.tap(&app.t("de", "join-decline")).unwrap();
    wait_source(
        &yusuf,
        &app.t_with(
            "de",
            "join-declined",
            &[("gemeinde", Arg::text("Hemmingen"))],
        ),
    )
    .await;
    assert!(
        app.store()
            .client_by_telegram(7002)
            .await
            .unwrap()
            .is_none()
    );
    app.finish().await;
});

story!(
    a_manager_changes_hands_over_extends_and_ends_support,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let weber = manager_joins(&app, 5002, "Herr Weber").await;
        let admin = app.user(ADMIN, "Admin", Some("de"));
        say(
            &admin,
            "/add_gemeinde 08118012 Ditzingen | Landkreis Ludwigsburg",
        )
        .await;
        say(&admin, "/assign 1 08118012").await;
        let amina = app.user(6001, "Amina", Some("de"));
        link_client(&app, &keller, &amina, "AB-12").await;
        let store = app.store();
        let client = store.client_by_telegram(6001).await.unwrap().unwrap();
        let linked = client.linked_at.unwrap();

        // Opens the client's page and waits for it, so the taps that follow hit its buttons.
        let open_page = |who: &FakeUser| {
            let who = who.clone();
            async move {
                say(&who, "/clients").await;
                let before = who.transcript().len();
                who.tap("AB-12").unwrap();
                let page = next_after(&who, before).await;
                assert!(page.body().starts_with("AB-12\nGemeinde"), "{page}");
            }
        };

        // Another Gemeinde.
        open_page(&keller).await;
        let action = app.t("de", "client-action-gemeinde");
        keller.tap(&action).unwrap();
        keller
            .wait_for_message(WAIT, |m| m.button_texts().contains(&"Ditzingen"))
            .await
            .unwrap();
        keller.tap("Ditzingen").unwrap();
        wait_source(
            &keller,
            &app.t_with(
                "de",
                "client-gemeinde-changed",
                &[
                    ("label", Arg::text("AB-12")),
                    ("gemeinde", Arg::text("Ditzingen")),
                ],
            ),
        )
        .await;
        let ditzingen = store.gemeinde_by_ags("08118012").await.unwrap().unwrap();
        assert_eq!(
            store.client(client.id).await.unwrap().unwrap().gemeinde_id,
            ditzingen.id
        );
        // Back to Hemmingen, where Herr Weber works too.
        open_page(&keller).await;
        keller.tap(&action).unwrap();
        keller
            .wait_for_message(WAIT, |m| m.button_texts().contains(&"Hemmingen"))
            .await
            .unwrap();
        keller.tap("Hemmingen").unwrap();
        keller
            .wait_for_message(WAIT, |m| m.body().contains("wohnt jetzt in Hemmingen"))
            .await
            .unwrap();

        // Extend once to four years; a second extension is refused.
        let extend = app.t("de", "client-action-extend");
        open_page(&keller).await;
        keller.tap(&extend).unwrap();
        keller
            .wait_for_message(WAIT, |m| m.body().contains("jetzt geplant bis"))
            .await
            .unwrap();
        let until = store
            .client(client.id)
            .await
            .unwrap()
            .unwrap()
            .support_until
            .unwrap();
        assert_eq!(
            until,
            linked + chrono::Months::new(48),
            "four years after linking"
        );
        open_page(&keller).await;
        keller.tap(&extend).unwrap();
        let limit = app.t_with(
            "de",
            "client-extend-limit",
            &[("label", Arg::text("AB-12"))],
        );
        wait_source(&keller, &limit).await;
        assert_eq!(
            store
                .client(client.id)
                .await
                .unwrap()
                .unwrap()
                .support_until
                .unwrap(),
            until
        );

        // Hand over to Herr Weber, who is told.
        open_page(&keller).await;
        let handover = app.t("de", "client-action-handover");
        keller.tap(&handover).unwrap();
        keller
            .wait_for_message(WAIT, |m| m.button_texts().contains(&"Herr Weber"))
            .await
            .unwrap();
        keller.tap("Herr Weber").unwrap();
        let told = app.t_with(
            "de",
            "notify-client-handed-over",
            &[
                ("from", Arg::text("Frau Keller")),
                ("label", Arg::text("AB-12")),
                ("gemeinde", Arg::text("Hemmingen")),
            ],
        );
        wait_source(&weber, &told).await;
        assert_eq!(
            say(&keller, "/clients").await.source.as_deref(),
            Some(app.t("de", "clients-empty").as_str())
        );

        // Herr Weber ends support; the client is told and can no longer write, but can still
        // see their data.
        open_page(&weber).await;
        let end = app.t("de", "client-action-end");
        weber.tap(&end).unwrap();
        let yes = app.t("de", "client-end-yes");
        weber
            .wait_for_message(WAIT, |m| m.button_texts().contains(&yes.as_str()))
            .await
            .unwrap();
        weber.tap(&yes).unwrap();
        wait_source(
            &amina,
            &app.t_with(
                "de",
                "support-ended-client",
                &[("manager", Arg::text("Herr Weber"))],
            ),
        )
        .await;
        let reply = say(&amina, "Hallo?").await;
        assert_eq!(
            reply.source.as_deref(),
            Some(app.t("de", "not-understood").as_str())
        );
        let privacy = say(&amina, "/privacy").await;
        assert_eq!(
            privacy.source.as_deref(),
            Some(app.t("de", "privacy-menu").as_str())
        );
        app.finish().await;
    }
);

story!(managers_are_warned_ninety_days_before_support_ends, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let amina = app.user(6001, "Amina", Some("de"));
    link_client(&app, &keller, &amina, "AB-12").await;
    let until = app
        .store()
        .client_by_telegram(6001)
        .await
        .unwrap()
        .unwrap()
        .support_until
        .unwrap();

    // 91 days before the end: nothing yet.
    app.clock.set(until - Duration::days(91));
    outbox_settled(&app).await;
    let warned = |k: &FakeUser| {
        k.transcript()
            .iter()
            .filter(|m| m.body().contains("endet am"))
            .count()
    };
    assert_eq!(warned(&keller), 0);

    // 89 days before: one warning, and only one however often the check runs.
    app.clock.set(until - Duration::days(89));
    keller
        .wait_for_message(WAIT, |m| {
            m.body().contains("AB-12") && m.body().contains("endet am")
        })
        .await
        .unwrap();
    for _ in 0..3 {
        app.clock.advance(Duration::hours(2));
    }
    outbox_settled(&app).await;
    assert_eq!(warned(&keller), 1);
    app.finish().await;
});

//! Consent, privacy and roles as people tried to break them: a forged tap cannot withdraw
//! the contact consent (and no message goes without it), a client is handed over only
//! within the organisation and is told who their manager is now, people who are no
//! clients see and delete their data, one account holds one role, and asking to be taken
//! on again right after a decline does not notify the managers again.

mod support;

use support::people::{
    AGS, link_client, manager_joins, other_org_manager_joins, strip, wait_source,
};
use support::{ADMIN, Db, TestApp, WAIT, count, next_after, outbox_settled, payload_in, say};
use wegweiser::domain::consent::Purpose;
use wegweiser::fake_telegram::{FakeUser, Fault, FaultScope, MessageKind};
use wegweiser::i18n::Arg;

async fn wait_body(user: &FakeUser, needle: &str) -> wegweiser::fake_telegram::TranscriptMessage {
    user.wait_for_message(WAIT, |m| m.body().contains(needle))
        .await
        .unwrap_or_else(|e| panic!("{e}\nexpected: {needle}"))
}

async fn contact_consented(app: &TestApp, tg: i64) -> bool {
    let store = app.store();
    let client = store.client_by_telegram(tg).await.unwrap().unwrap();
    store
        .has_consent(client.id, Purpose::Contact)
        .await
        .unwrap()
}

/// Removes the contact consent straight in the database, as the forged tap of old left
/// it: a linked client without it.
async fn drop_contact_consent(app: &TestApp) {
    macro_rules! run {
        ($pool:expr) => {{
            let pool = $pool;
            sqlx::query("DELETE FROM consents WHERE purpose = 'contact'")
                .execute(&pool)
                .await
                .unwrap();
            pool.close().await;
        }};
    }
    match app.db {
        Db::Sqlite => run!(
            sqlx::SqlitePool::connect(&app.config.database.url)
                .await
                .unwrap()
        ),
        Db::Postgres => run!(
            sqlx::PgPool::connect(&app.config.database.url)
                .await
                .unwrap()
        ),
    }
}

story!(
    the_contact_consent_is_no_toggle_and_guards_every_message,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let amina = app.user(6001, "Amina", Some("de"));
        link_client(&app, &keller, &amina, "AB-12", "de", false).await;
        amina.send_text("Guten Tag");
        let relayed = wait_body(&keller, "Guten Tag").await;

        // A forged tap on a button no keyboard shows is refused; the consent stays.
        let menu = say(&amina, "/privacy").await;
        let before = amina.transcript().len();
        amina.tap_data(menu.message_id, "prv:t:contact");
        let refused = next_after(&amina, before).await;
        assert_eq!(
            refused.source.as_deref(),
            Some(app.t("de", "privacy-contact-required").as_str())
        );
        assert!(
            refused
                .button_texts()
                .contains(&app.t("de", "privacy-end-contact").as_str())
        );
        assert!(
            contact_consented(&app, 6001).await,
            "the consent is still there"
        );
        amina.send_text("Noch da?");
        wait_body(&keller, "Noch da?").await;

        // Without the consent (as the old forged tap left it) nothing is passed on: not when
        // written, and not when a message written before is sent. The 429 holds the reply back
        // (and pauses the gate for this chat for its one second, as Telegram asks).
        app.fake.faults().next_n(
            FaultScope::Chat(6001),
            Fault::TooManyRequests {
                retry_after_secs: 1,
            },
            1,
        );
        keller.reply_text(relayed.message_id, "Antwort, die warten muss");
        app.fake
            .wait_until(WAIT, || {
                app.fake
                    .calls_to("sendMessage")
                    .iter()
                    .any(|c| c.chat_id == Some(6001) && c.error_code() == Some(429))
            })
            .await
            .unwrap();
        drop_contact_consent(&app).await;
        app.clock.advance(chrono::Duration::minutes(2));
        outbox_settled(&app).await;
        assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE state = 'dropped' AND last_error = 'no contact consent'"
        )
        .await,
        1,
        "the waiting reply was dropped at send time"
    );
        let before_keller = keller.transcript().len();
        let told = say(&amina, "Hallo?").await;
        assert_eq!(
            told.source.as_deref(),
            Some(
                app.t_with(
                    "de",
                    "privacy-contact-missing",
                    &[("manager", Arg::text("Frau Keller"))]
                )
                .as_str()
            )
        );
        let refused = say(&keller, "/reply AB-12 Hallo").await;
        assert_eq!(
            refused.source.as_deref(),
            Some(
                app.t_with("de", "relay-no-consent", &[("label", Arg::text("AB-12"))])
                    .as_str()
            )
        );
        outbox_settled(&app).await;
        assert!(
            !amina.transcript().iter().any(
                |m| m.body().contains("Antwort, die warten muss") || m.body().contains("Hallo")
            ),
            "nothing reached the client without consent"
        );
        assert!(
            !keller.transcript()[before_keller..]
                .iter()
                .any(|m| m.body().contains("Hallo?")),
            "nothing reached the manager without consent"
        );
        app.finish().await;
    }
);

story!(a_client_ends_the_contact_with_a_confirmation, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let olena = app.user(6002, "Olena", Some("uk"));
    link_client(&app, &keller, &olena, "OK-3", "uk", true).await;
    olena.send_text("Добрий день");
    let relayed = wait_body(&keller, "Добрий день").await;

    say(&olena, "/privacy").await;
    tap_source(
        &olena,
        &app.t("uk", "privacy-end-contact"),
        &app.t_with(
            "uk",
            "privacy-end-contact-confirm",
            &[("manager", Arg::text("Frau Keller"))],
        ),
    )
    .await;
    tap_source(
        &olena,
        &app.t("uk", "privacy-end-contact-yes"),
        &app.t_with(
            "uk",
            "privacy-contact-ended",
            &[("manager", Arg::text("Frau Keller"))],
        ),
    )
    .await;
    wait_body(
        &keller,
        &strip(&app.t_with(
            "de",
            "notify-client-ended-contact",
            &[("label", Arg::text("OK-3"))],
        )),
    )
    .await;
    let client = app.store().client_by_telegram(6002).await.unwrap().unwrap();
    assert_eq!(client.status, "ended");
    assert!(app.store().consents(client.id).await.unwrap().is_empty());
    // No message goes either way any more; the data can still be seen and deleted.
    let gone = say(&keller, "/reply OK-3 Hallo").await;
    assert_eq!(
        gone.source.as_deref(),
        Some(
            app.t_with("de", "reply-unknown-label", &[("label", Arg::text("OK-3"))])
                .as_str()
        )
    );
    keller.reply_text(relayed.message_id, "Sind Sie noch da?");
    wait_source(&keller, &app.t("de", "relay-client-gone")).await;
    let menu = say(&olena, "/privacy").await;
    assert_eq!(
        menu.button_texts(),
        [app.t("uk", "privacy-show"), app.t("uk", "privacy-delete")]
    );
    outbox_settled(&app).await;
    assert!(
        !olena
            .transcript()
            .iter()
            .any(|m| m.body().contains("Hallo") || m.body().contains("Sind Sie")),
    );
    app.finish().await;
});

/// Taps `button` and waits for a message whose source is `expected`.
async fn tap_source(user: &FakeUser, button: &str, expected: &str) {
    user.tap(button).unwrap_or_else(|e| panic!("{e}"));
    wait_source(user, expected).await;
}

story!(
    hand_over_stays_in_the_organisation_and_the_client_is_told,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let _weber = manager_joins(&app, 5002, "Herr Weber").await;
        let _roth = other_org_manager_joins(&app, 5003, "Herr Roth").await;
        let ali = app.user(6003, "Ali", Some("ar"));
        link_client(&app, &keller, &ali, "AL-1", "ar", false).await;
        let client = app.store().client_by_telegram(6003).await.unwrap().unwrap();
        let weber = app
            .store()
            .manager_by_telegram(5002)
            .await
            .unwrap()
            .unwrap();
        let roth = app
            .store()
            .manager_by_telegram(5003)
            .await
            .unwrap()
            .unwrap();

        // Only the colleague of the same organisation is offered.
        let menu = say(&keller, "/menu").await;
        let before = keller.transcript().len();
        keller.tap_data(menu.message_id, &format!("cl:hm:{}", client.id));
        let choose = next_after(&keller, before).await;
        // (and the way out of the menu).
        let abort = app.t("de", "plan-abort");
        assert_eq!(
            choose.button_texts(),
            ["Herr Weber", abort.as_str()],
            "{choose}"
        );
        // A forged button for the other organisation's manager changes nothing.
        let q = keller.tap_data(
            choose.message_id,
            &format!("cl:h:{}:{}", client.id, roth.id),
        );
        let answer = keller.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "stale-button").as_str())
        );
        assert_eq!(
            app.store()
                .client(client.id)
                .await
                .unwrap()
                .unwrap()
                .manager_id,
            client.manager_id
        );

        keller.tap("Herr Weber").unwrap();
        let told = app.t_with(
            "ar",
            "client-new-manager",
            &[("manager", Arg::text("Herr Weber"))],
        );
        wait_source(&ali, &told).await;
        let menu = say(&ali, "/menu").await;
        let write = app.t_with(
            "ar",
            "menu-write",
            &[("manager", Arg::markup("Herr Weber"))],
        );
        assert!(menu.button_texts().contains(&write.as_str()), "{menu}");

        // An administrator may move the clients to another organisation: an explicit act,
        // and the client is told too.
        let admin = app.user(ADMIN, "Admin", Some("de"));
        say(&admin, &format!("/deactivate {} {}", weber.id, roth.id)).await;
        let told = app.t_with(
            "ar",
            "client-new-manager",
            &[("manager", Arg::text("Herr Roth"))],
        );
        wait_source(&ali, &told).await;
        app.finish().await;
    }
);

story!(people_who_are_no_clients_see_and_delete_their_data, |app| {
    let _keller = manager_joins(&app, 5001, "Frau Keller").await;
    let yonas = app.user(7003, "Yonas", Some("ti"));
    say(&yonas, "/start").await;
    yonas.tap(&app.texts.language_name("ti")).unwrap();
    let ask = app.t("ti", "join-ask");
    yonas
        .wait_for_message(WAIT, |m| m.button_texts().contains(&ask.as_str()))
        .await
        .unwrap();
    yonas.tap(&ask).unwrap();
    yonas
        .wait_for_message(WAIT, |m| m.button_texts().contains(&"Hemmingen"))
        .await
        .unwrap();
    yonas.tap("Hemmingen").unwrap();
    wait_source(
        &yonas,
        &app.t_with(
            "ti",
            "join-requested",
            &[("gemeinde", Arg::text("Hemmingen"))],
        ),
    )
    .await;

    let menu = say(&yonas, "/privacy").await;
    assert_eq!(
        menu.source.as_deref(),
        Some(app.t("ti", "privacy-person-menu").as_str())
    );
    let before = yonas.transcript().len();
    yonas.tap(&app.t("ti", "privacy-show")).unwrap();
    let t = yonas
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    assert!(t[before].body().contains("Hemmingen"), "{}", t[before]);
    assert!(
        t[before]
            .body()
            .contains(&app.t("ti", "privacy-request-open")),
        "{}",
        t[before]
    );
    assert_eq!(t[before + 1].kind, MessageKind::Document);

    yonas.tap(&app.t("ti", "privacy-delete")).unwrap();
    yonas
        .wait_for_message(WAIT, |m| {
            m.button_texts()
                .contains(&app.t("ti", "privacy-delete-yes").as_str())
        })
        .await
        .unwrap();
    yonas.tap(&app.t("ti", "privacy-delete-yes")).unwrap();
    wait_body(&yonas, &strip(&app.t("ti", "privacy-deleted"))).await;
    outbox_settled(&app).await;
    for sql in [
        "SELECT COUNT(*) FROM users WHERE id = 7003",
        "SELECT COUNT(*) FROM join_requests",
        "SELECT COUNT(*) FROM dialogues WHERE chat_id = 7003",
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = 7003",
        "SELECT COUNT(*) FROM audit_log WHERE actor LIKE '%7003%' OR subject LIKE '%7003%'",
    ] {
        assert_eq!(count(&app, sql).await, 0, "{sql}");
    }
    // A manager is pointed to the administration instead.
    let keller = app.user(5001, "Anna", Some("de"));
    let told = say(&keller, "/privacy").await;
    assert_eq!(
        told.source.as_deref(),
        Some(app.t("de", "privacy-manager").as_str())
    );
    app.finish().await;
});

story!(one_account_holds_one_role, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let amina = app.user(6001, "Amina", Some("de"));
    link_client(&app, &keller, &amina, "AB-12", "de", false).await;

    // A client opens a manager invite: refused, nothing changes, the invite stays usable.
    let admin = app.user(ADMIN, "Admin", Some("de"));
    let invited = say(&admin, &format!("/invite_manager 1 {AGS} Frau Roth")).await;
    let payload = payload_in(invited.body());
    let refused = say(&amina, &format!("/start {payload}")).await;
    assert_eq!(
        refused.source.as_deref(),
        Some(app.t("de", "invite-manager-is-client").as_str())
    );
    assert!(
        app.store()
            .manager_by_telegram(6001)
            .await
            .unwrap()
            .is_none()
    );
    let reply = say(&amina, "/clients").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("de", "not-allowed").as_str())
    );
    let roth = app.user(5003, "Rita", Some("de"));
    let joined = say(&roth, &format!("/start {payload}")).await;
    assert_eq!(
        joined.source.as_deref(),
        Some(
            app.t_with("de", "manager-joined", &[("name", Arg::text("Frau Roth"))])
                .as_str()
        )
    );

    // And the other way round: a manager opens a client invite.
    let before = keller.transcript().len();
    keller.send_text(&format!("/new_client CD-4 {AGS} de"));
    let t = keller
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    let refused = say(&roth, &format!("/start {}", payload_in(t[before].body()))).await;
    assert_eq!(
        refused.source.as_deref(),
        Some(app.t("de", "invite-client-is-manager").as_str())
    );
    assert!(
        app.store()
            .client_by_telegram(5003)
            .await
            .unwrap()
            .is_none()
    );
    app.finish().await;
});

story!(asking_again_after_a_decline_notifies_once_a_day, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let yusuf = app.user(7002, "Yusuf", Some("de"));
    say(&yusuf, "/start").await;
    yusuf.tap("Deutsch").unwrap();
    let request = app.t_with(
        "de",
        "notify-join-request",
        &[
            ("gemeinde", Arg::text("Hemmingen")),
            ("language", Arg::text("Deutsch")),
        ],
    );
    let ask = |expected: String| {
        let yusuf = &yusuf;
        let app = &app;
        async move {
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
            wait_source(yusuf, &expected).await;
        }
    };
    let requested = app.t_with(
        "de",
        "join-requested",
        &[("gemeinde", Arg::text("Hemmingen"))],
    );
    ask(requested.clone()).await;
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

    // Right away again: the person is told when they can ask again; nobody is notified.
    say(&yusuf, "/start").await;
    let from = wegweiser::i18n::format::date_time(
        "de",
        (support::default_start() + chrono::Duration::hours(24))
            .with_timezone(&chrono_tz::Europe::Berlin)
            .naive_local(),
    );
    ask(app.t_with(
        "de",
        "join-asked-recently",
        &[
            ("gemeinde", Arg::text("Hemmingen")),
            ("from", Arg::text(from)),
        ],
    ))
    .await;
    outbox_settled(&app).await;
    // A request's notice, as sent or as it reads once declined.
    let declined = app.t("de", "join-declined-manager");
    let notices = |keller: &FakeUser| {
        keller
            .transcript()
            .iter()
            .filter(|m| {
                m.source.as_deref() == Some(request.as_str())
                    || m.source.as_deref() == Some(declined.as_str())
            })
            .count()
    };
    assert_eq!(notices(&keller), 1, "the managers were told once");

    // A day later the request goes to the managers again.
    app.clock.advance(chrono::Duration::hours(25));
    say(&yusuf, "/start").await;
    ask(requested).await;
    keller
        .wait_for(WAIT, |_| notices(&keller) == 2)
        .await
        .unwrap();
    app.finish().await;
});

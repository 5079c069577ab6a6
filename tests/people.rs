//! People and the link between them: an administrator sets up a Gemeinde and invites an
//! Integrationsmanager; the manager invites a client; the client joins with consent and
//! the two write to each other through the bot.

mod support;

use chrono::Duration;
use support::{ADMIN, TestApp, WAIT, count, next_after, outbox_settled, payload_in, say};
use wegweiser::clock::Clock;
use wegweiser::fake_telegram::{FakeUser, MessageKind, TranscriptMessage};
use wegweiser::i18n::Arg;

const AGS: &str = "08118011";

/// Administrator adds an organisation and a Gemeinde and invites "Frau Keller", who
/// joins with Telegram id `tg` and keeps that name. Returns the manager's chat.
async fn manager_joins(app: &TestApp, tg: i64, name: &str) -> FakeUser {
    let admin = app.user(ADMIN, "Admin", Some("de"));
    if app.store().gemeinde_by_ags(AGS).await.unwrap().is_none() {
        say(&admin, "/add_org gemeinde Gemeinde Hemmingen").await;
        let added = say(
            &admin,
            &format!("/add_gemeinde {AGS} Hemmingen | Landkreis Ludwigsburg"),
        )
        .await;
        assert!(added.body().contains("Hemmingen"), "{}", added.body());
    }
    let invited = say(&admin, &format!("/invite_manager 1 {AGS} {name}")).await;
    let payload = payload_in(invited.body());
    assert!(
        payload.starts_with("m_") && payload.len() <= 64,
        "{payload}"
    );

    let manager = app.user(tg, "Anna", Some("de"));
    let joined = say(&manager, &format!("/start {payload}")).await;
    let expected = app.t_with("de", "manager-joined", &[("name", Arg::text(name))]);
    assert_eq!(joined.source.as_deref(), Some(expected.as_str()));
    let before = manager.transcript().len();
    manager.tap(&app.t("de", "manager-name-keep")).unwrap();
    let menu = next_after(&manager, before).await;
    assert_eq!(
        menu.source.as_deref(),
        Some(app.t("de", "manager-menu").as_str())
    );
    manager
}

/// The manager invites a client; returns the invite payload (and checks the QR code).
async fn invite_client(app: &TestApp, manager: &FakeUser, label: &str, lang: &str) -> String {
    let before = manager.transcript().len();
    manager.send_text(&format!("/new_client {label} {AGS} {lang}"));
    let t = manager
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    let (text, qr) = (&t[before], &t[before + 1]);
    assert!(text.body().contains(label), "{}", text.body());
    assert_eq!(
        qr.kind,
        MessageKind::Photo,
        "a QR code image follows the link"
    );
    let _ = app;
    payload_in(text.body())
}

/// The client opens the link, picks `language` and agrees (toggling `extra` consents).
async fn client_joins(
    app: &TestApp,
    client: &FakeUser,
    payload: &str,
    language: &str,
    extra: &[&str],
) {
    let picker = say(client, &format!("/start {payload}")).await;
    assert_eq!(picker.button_texts().len(), 6, "{picker}");
    let before = client.transcript().len();
    client.tap(&app.texts.language_name(language)).unwrap();
    let notice = next_after(client, before).await;
    assert!(
        notice
            .body()
            .contains(&strip(&app.t(language, "consent-needed-note"))),
        "{notice}"
    );
    for purpose in extra {
        let label = format!("☐ {}", app.t(language, purpose));
        client.tap(&label).unwrap();
        let on = format!("✅ {}", app.t(language, purpose));
        client
            .wait_for_message(WAIT, |m| m.button_texts().contains(&on.as_str()))
            .await
            .unwrap();
    }
    let before = client.transcript().len();
    client.tap(&app.t(language, "consent-agree")).unwrap();
    client
        .wait_for(WAIT, |t| {
            t.len() > before
                && t.last().unwrap().source.as_deref()
                    == Some(app.t(language, "client-menu").as_str())
        })
        .await
        .unwrap();
}

/// Text as the person sees it (the emulator applies HTML).
fn strip(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

async fn wait_body(user: &FakeUser, needle: &str) -> TranscriptMessage {
    user.wait_for_message(WAIT, |m| m.body().contains(needle))
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

story!(
    a_client_joins_in_farsi_and_writes_with_their_manager,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let payload = invite_client(&app, &keller, "AB-12", "fa").await;

        let reza = app.user(6001, "Reza", Some("de"));
        let picker = say(&reza, &format!("/start {payload}")).await;
        // The manager's language guess (Farsi) asks the question.
        assert_eq!(
            picker.source.as_deref(),
            Some(app.t("fa", "language-picker").as_str())
        );
        let before = reza.transcript().len();
        reza.tap("فارسی").unwrap();
        let notice = next_after(&reza, before).await;
        assert!(
            notice.body().contains("Frau Keller"),
            "the notice names who sees the messages"
        );
        reza.tap(&format!("☐ {}", app.t("fa", "consent-reminders")))
            .unwrap();
        reza.wait_for_message(WAIT, |m| {
            m.button_texts()
                .contains(&format!("✅ {}", app.t("fa", "consent-reminders")).as_str())
        })
        .await
        .unwrap();
        reza.tap(&app.t("fa", "consent-agree")).unwrap();
        let linked = app.t_with(
            "fa",
            "client-linked",
            &[("manager", Arg::text("Frau Keller"))],
        );
        reza.wait_for_message(WAIT, |m| m.source.as_deref() == Some(linked.as_str()))
            .await
            .unwrap();

        // The manager is told.
        let told = app.t_with(
            "de",
            "notify-client-linked",
            &[
                ("label", Arg::text("AB-12")),
                ("gemeinde", Arg::text("Hemmingen")),
            ],
        );
        wait_body(&keller, &strip(&told)).await;
        let store = app.store();
        let client = store.client_by_telegram(6001).await.unwrap().unwrap();
        assert_eq!(client.status, "active");
        let consents: Vec<_> = store
            .consents(client.id)
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.0.as_str())
            .collect();
        assert_eq!(
            consents,
            ["contact", "reminders"],
            "announcements were not chosen"
        );

        // Text and a photo reach the manager, with a header naming the client.
        let before = keller.transcript().len();
        reza.send_text("سلام خانم کلر، نامه جاب‌سنتر رسید.");
        let relayed = wait_body(&keller, "نامه جاب‌سنتر").await;
        assert!(
            relayed.body().contains("AB-12") && relayed.body().contains("Hemmingen"),
            "{relayed}"
        );
        reza.send_photo(Some("نامه"));
        let copy = keller
            .wait_for_message(WAIT, |m| {
                m.kind == MessageKind::Photo && m.copy_of.is_some()
            })
            .await
            .unwrap();
        assert_eq!(copy.copy_of.unwrap().0, 6001);
        assert!(
            keller.transcript().len() >= before + 3,
            "header, text, header, photo"
        );

        // The manager answers by replying; the client sees it with the manager's name.
        keller.reply_text(relayed.message_id, "Danke, ich rufe Sie morgen an.");
        let answer = wait_body(&reza, "Danke, ich rufe Sie morgen an.").await;
        assert!(answer.body().contains("Frau Keller"), "{answer}");
        keller.reply_photo(Some(copy.message_id), Some("Formular"));
        reza.wait_for_message(WAIT, |m| {
            m.kind == MessageKind::Photo && m.copy_of.map(|c| c.0) == Some(5001)
        })
        .await
        .unwrap();

        // Nothing of what was said is kept: sent rows have their arguments wiped.
        outbox_settled(&app).await;
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM outbox WHERE args LIKE '%Danke%' OR args LIKE '%نامه%'"
            )
            .await,
            0
        );
        app.finish().await;
    }
);

story!(bad_invites_are_explained_and_link_nobody, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;

    // Made up.
    let olena = app.user(6002, "Olena", Some("uk"));
    for fake in [
        "/start c_AAAAAAAAAAAAAAAAAAAAAAAA",
        "/start hello",
        "/start m_xyz",
    ] {
        let reply = say(&olena, fake).await;
        assert_eq!(
            reply.source.as_deref(),
            Some(app.t("uk", "invite-unknown").as_str()),
            "{fake}"
        );
    }

    // Used: the first person links; the second gets "already used".
    let payload = invite_client(&app, &keller, "CD-3", "uk").await;
    let first = app.user(6003, "Iryna", Some("uk"));
    client_joins(&app, &first, &payload, "uk", &[]).await;
    let reply = say(&olena, &format!("/start {payload}")).await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("uk", "invite-used").as_str())
    );

    // Expired after 14 days.
    let payload = invite_client(&app, &keller, "EF-4", "ar").await;
    app.clock.advance(Duration::days(15));
    let ali = app.user(6004, "Ali", Some("ar"));
    let reply = say(&ali, &format!("/start {payload}")).await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("ar", "invite-expired").as_str())
    );

    // Revoked: a new link for the same client makes the old one invalid.
    let payload = invite_client(&app, &keller, "GH-5", "ti").await;
    let store = app.store();
    let clients = store.clients_of(1, 0, 50).await.unwrap();
    let gh = clients.iter().find(|c| c.label == "GH-5").unwrap().clone();
    say(&keller, "/clients").await;
    keller.tap("GH-5").unwrap();
    let action = app.t("de", "client-action-invite");
    keller
        .wait_for_message(WAIT, |m| m.button_texts().contains(&action.as_str()))
        .await
        .unwrap();
    let before = keller.transcript().len();
    keller.tap(&app.t("de", "client-action-invite")).unwrap();
    keller
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    let yonas = app.user(6005, "Yonas", Some("ti"));
    let reply = say(&yonas, &format!("/start {payload}")).await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("ti", "invite-revoked").as_str())
    );

    // Nobody but the first person was linked.
    for tg in [6002, 6004, 6005] {
        assert!(
            store.client_by_telegram(tg).await.unwrap().is_none(),
            "{tg}"
        );
    }
    assert_eq!(
        store.client(gh.id).await.unwrap().unwrap().status,
        "invited"
    );
    app.finish().await;
});

story!(clients_and_other_managers_are_refused, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let weber = manager_joins(&app, 5002, "Herr Weber").await;
    let payload = invite_client(&app, &keller, "AB-12", "de").await;
    let amina = app.user(6001, "Amina", Some("de"));
    client_joins(&app, &amina, &payload, "de", &[]).await;

    for cmd in [
        "/clients",
        "/new_client X 08118011 de",
        "/add_gemeinde 08118012 Ditzingen | LB",
        "/managers",
    ] {
        let reply = say(&amina, cmd).await;
        assert_eq!(
            reply.source.as_deref(),
            Some(app.t("de", "not-allowed").as_str()),
            "{cmd}"
        );
    }
    let store = app.store();
    assert!(store.gemeinde_by_ags("08118012").await.unwrap().is_none());

    // Herr Weber crafts buttons for Frau Keller's client.
    let client = store.client_by_telegram(6001).await.unwrap().unwrap();
    let audit_before = store.audit_log(1000).await.unwrap().len();
    let menu = say(&weber, "/menu").await;
    for data in [format!("cl:v:{}", client.id), format!("cl:i:{}", client.id)] {
        let before = weber.transcript().len();
        let q = weber.tap_data(menu.message_id, &data);
        let answer = weber.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "stale-button").as_str()),
            "{data}"
        );
        assert_eq!(weber.transcript().len(), before, "nothing shown for {data}");
    }
    assert_eq!(
        store.audit_log(1000).await.unwrap().len(),
        audit_before,
        "nothing changed"
    );
    app.finish().await;
});

story!(absence_substitute_long_texts_and_blocked_clients, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let weber = manager_joins(&app, 5002, "Herr Weber").await;
    let payload = invite_client(&app, &keller, "AB-12", "de").await;
    let amina = app.user(6001, "Amina", Some("de"));
    client_joins(&app, &amina, &payload, "de", &[]).await;

    // A 5,000-character message arrives complete, in parts within Telegram's limit.
    let long: String = (0..1000)
        .map(|i| format!("w{i:03} "))
        .collect::<String>()
        .chars()
        .take(5000)
        .collect();
    let before = keller.transcript().len();
    amina.send_text(&long);
    let t = keller
        .wait_for(WAIT, |t| {
            let got: String = t[before..].iter().map(|m| m.body().to_owned()).collect();
            got.contains("w999")
        })
        .await
        .unwrap();
    let got: String = t[before..]
        .iter()
        .map(|m| m.body())
        .collect::<Vec<_>>()
        .join("");
    for i in (0..1000).step_by(97) {
        assert!(got.contains(&format!("w{i:03}")), "w{i:03} missing");
    }
    assert!(t[before..].len() >= 2, "split into parts");
    let keller_copy = t[before].message_id;

    // Frau Keller is away with Herr Weber standing in (manager no. 2).
    let reply = say(&keller, "/away 31.12.2026 2").await;
    assert!(reply.body().contains("Herr Weber"), "{reply}");
    // The client is told who reads her messages now (tests/absence_reach.rs has the text).
    wait_body(&amina, "Herr Weber").await;
    let before_amina = amina.transcript().len();
    amina.send_text("Ich brauche Hilfe mit dem Brief.");
    let relayed = wait_body(&weber, "Ich brauche Hilfe mit dem Brief.").await;
    assert!(relayed.body().contains("AB-12"));
    wait_body(&amina, "Herr Weber").await;
    amina.send_text("Noch eine Frage.");
    wait_body(&weber, "Noch eine Frage.").await;
    // The substitute may answer; the away notice came once that day.
    weber.reply_text(relayed.message_id, "Ich helfe Ihnen gern.");
    wait_body(&amina, "Ich helfe Ihnen gern.").await;
    let notices = amina.transcript()[before_amina..]
        .iter()
        .filter(|m| m.body().contains("Herr Weber") && !m.body().contains("Ich helfe"))
        .count();
    assert_eq!(notices, 1, "the away notice comes at most once a day");
    say(&keller, "/back").await;

    // The client blocks the bot: marked unreachable, the manager told once (a second
    // message may still be on its way; one written after is not queued at all, see
    // tests/absence_reach.rs).
    amina.block();
    keller.reply_text(keller_copy, "Sind Sie noch da?");
    wait_body(
        &keller,
        &strip(&app.t_with(
            "de",
            "notify-client-unreachable",
            &[("label", Arg::text("AB-12"))],
        )),
    )
    .await;
    let store = app.store();
    app.fake
        .wait_until(WAIT, || {
            app.fake
                .calls()
                .iter()
                .filter(|c| c.chat_id == Some(6001) && c.error_code() == Some(403))
                .count()
                >= 1
        })
        .await
        .unwrap();
    let client = store.client_by_telegram(6001).await.unwrap().unwrap();
    assert_eq!(client.status, "unreachable");
    let told = keller
        .transcript()
        .iter()
        .filter(|m| m.body().contains("nicht mehr erreichbar"))
        .count();
    assert_eq!(told, 1, "the manager is told once");
    app.finish().await;
});

story!(a_client_sees_and_deletes_their_data, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let payload = invite_client(&app, &keller, "ZZ-77", "en").await;
    let sara = app.user(6001, "Sara", Some("en"));
    client_joins(&app, &sara, &payload, "en", &["consent-announcements"]).await;
    sara.send_text("hello");
    wait_body(&keller, "hello").await;

    say(&sara, "/privacy").await;
    let before = sara.transcript().len();
    sara.tap(&app.t("en", "privacy-show")).unwrap();
    let t = sara
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    assert!(
        t[before].body().contains("ZZ-77") && t[before].body().contains("Frau Keller"),
        "{}",
        t[before]
    );
    assert_eq!(t[before + 1].kind, MessageKind::Document);
    assert_eq!(
        t[before + 1].file_name.as_deref(),
        Some("wegweiser-data.json")
    );

    // Withdraw the announcements consent.
    sara.tap(&app.t("en", "privacy-consents")).unwrap();
    let on = format!("✅ {}", app.t("en", "consent-announcements"));
    sara.wait_for_message(WAIT, |m| m.button_texts().contains(&on.as_str()))
        .await
        .unwrap();
    sara.tap(&on).unwrap();
    let off = format!("☐ {}", app.t("en", "consent-announcements"));
    sara.wait_for_message(WAIT, |m| m.button_texts().contains(&off.as_str()))
        .await
        .unwrap();
    let store = app.store();
    let client = store.client_by_telegram(6001).await.unwrap().unwrap();
    let consents: Vec<_> = store
        .consents(client.id)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.0.as_str())
        .collect();
    assert_eq!(consents, ["contact"]);

    sara.tap(&app.t("en", "privacy-delete")).unwrap();
    sara.wait_for_message(WAIT, |m| {
        m.button_texts()
            .contains(&app.t("en", "privacy-delete-yes").as_str())
    })
    .await
    .unwrap();
    sara.tap(&app.t("en", "privacy-delete-yes")).unwrap();
    wait_body(&sara, &strip(&app.t("en", "privacy-deleted"))).await;
    wait_body(
        &keller,
        &strip(&app.t_with(
            "de",
            "notify-client-deleted",
            &[("label", Arg::text("ZZ-77"))],
        )),
    )
    .await;

    // No row holds the label, the chat id or the consents any more.
    outbox_settled(&app).await;
    for sql in [
        "SELECT COUNT(*) FROM clients WHERE label = 'ZZ-77' OR telegram_id = 6001",
        "SELECT COUNT(*) FROM consents",
        "SELECT COUNT(*) FROM users WHERE id = 6001",
        "SELECT COUNT(*) FROM dialogues WHERE chat_id = 6001",
        "SELECT COUNT(*) FROM relay_messages",
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = 6001 OR args LIKE '%ZZ-77%'",
        "SELECT COUNT(*) FROM audit_log WHERE subject LIKE '%ZZ-77%' OR subject LIKE '%6001%' OR actor LIKE '%6001%'",
        "SELECT COUNT(*) FROM invites WHERE client_id IS NOT NULL",
    ] {
        assert_eq!(count(&app, sql).await, 0, "{sql}");
    }
    assert!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'client.delete'"
        )
        .await
            == 1
    );
    app.finish().await;
});

story!(
    outside_office_hours_the_client_hears_when_it_will_be_read,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let payload = invite_client(&app, &keller, "AB-12", "ar").await;
        let ali = app.user(6001, "Ali", Some("ar"));
        client_joins(&app, &ali, &payload, "ar", &[]).await;

        // Saturday 28 November 2026, 11:00 in Berlin.
        app.clock
            .set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 28, 10, 0, 0).unwrap());
        let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap();
        let expected = app.t_with(
            "ar",
            "office-hours-notice",
            &[
                ("manager", Arg::text("Frau Keller")),
                (
                    "next",
                    Arg::text(wegweiser::i18n::format::date_time("ar", monday)),
                ),
            ],
        );
        ali.send_text("مرحبا");
        ali.wait_for_message(WAIT, |m| m.source.as_deref() == Some(expected.as_str()))
            .await
            .unwrap();
        ali.send_text("هل قرأت رسالتي؟");
        wait_body(&keller, "هل قرأت رسالتي؟").await;
        outbox_settled(&app).await;
        let notices = ali
            .transcript()
            .iter()
            .filter(|m| m.source.as_deref() == Some(expected.as_str()))
            .count();
        assert_eq!(notices, 1, "at most once a day");
        app.finish().await;
    }
);

story!(administrators_hand_over_and_scopes_hold, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    let weber = manager_joins(&app, 5002, "Herr Weber").await;
    let payload = invite_client(&app, &keller, "AB-12", "de").await;
    let amina = app.user(6001, "Amina", Some("de"));
    client_joins(&app, &amina, &payload, "de", &[]).await;

    // Answering by label, without the reply function.
    keller.send_text("/reply ab-12 Guten Tag, Ihr Termin steht.");
    let got = wait_body(&amina, "Guten Tag, Ihr Termin steht.").await;
    assert!(got.body().contains("Frau Keller"));
    let reply = say(&keller, "/reply XY-9 Hallo").await;
    let expected = app.t_with("de", "reply-unknown-label", &[("label", Arg::text("XY-9"))]);
    assert_eq!(reply.source.as_deref(), Some(expected.as_str()));

    // A Gemeinde administrator acts only for their Gemeinde.
    let admin = app.user(ADMIN, "Admin", Some("de"));
    say(
        &admin,
        "/add_gemeinde 08118012 Ditzingen | Landkreis Ludwigsburg",
    )
    .await;
    let store = app.store();
    let ditzingen = store.gemeinde_by_ags("08118012").await.unwrap().unwrap();
    store
        .add_admin_scope(
            7000,
            wegweiser::store::people::AdminScope::Gemeinde(ditzingen.id),
            wegweiser::store::people::Actor::Cli,
            app.clock.now(),
        )
        .await
        .unwrap();
    let local_admin = app.user(7000, "Rathaus Ditzingen", Some("de"));
    let refused = say(&local_admin, &format!("/invite_manager 1 {AGS} Frau Roth")).await;
    assert_eq!(
        refused.source.as_deref(),
        Some(app.t("de", "admin-out-of-scope").as_str())
    );
    let invited = say(&local_admin, "/invite_manager 1 08118012 Frau Roth").await;
    assert!(invited.body().contains("start=m_"), "{invited}");
    let refused = say(&local_admin, "/add_gemeinde 08118013 Gerlingen | LB").await;
    assert_eq!(
        refused.source.as_deref(),
        Some(app.t("de", "not-allowed").as_str())
    );

    // Assign Ditzingen to Herr Weber; he can now invite there.
    let assigned = say(&admin, "/assign 2 08118012").await;
    assert!(assigned.body().contains("Ditzingen"), "{assigned}");
    let before = weber.transcript().len();
    weber.send_text("/new_client DZ-1 08118012 de");
    weber
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();

    // Frau Keller leaves; her client goes to Herr Weber, who is told.
    let done = say(&admin, "/deactivate 1 2").await;
    let expected = app.t_with(
        "de",
        "admin-deactivated",
        &[
            ("id", Arg::from(1i64)),
            ("successor", Arg::from(2i64)),
            ("count", Arg::from(1i64)),
        ],
    );
    assert_eq!(done.source.as_deref(), Some(expected.as_str()));
    wait_body(
        &weber,
        &strip(&app.t_with(
            "de",
            "notify-clients-handed-over",
            &[("count", Arg::from(1i64))],
        )),
    )
    .await;
    let refused = say(&keller, "/clients").await;
    assert_eq!(
        refused.source.as_deref(),
        Some(app.t("de", "not-allowed").as_str())
    );
    amina.send_text("Hallo, ist jemand da?");
    wait_body(&weber, "Hallo, ist jemand da?").await;
    app.finish().await;
});

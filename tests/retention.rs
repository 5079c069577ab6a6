//! Retention as the law asks for it, walked with the manual clock through a client's whole
//! period: warned 90 and 7 days ahead, support ends by itself on the planned day (the
//! client told in their language), and `retention.delete_after_days` later nothing
//! personal is left — while the yearly figures stay as they were.

mod support;

use chrono::Duration;
use support::cli::{Run, wegweiser};
use support::people::{AGS, link_client, manager_joins};
use support::{TestApp, WAIT, count, outbox_settled, say};
use wegweiser::domain::figures::Figure;
use wegweiser::fake_telegram::FakeUser;

async fn figures(app: &TestApp) -> Vec<(String, Figure, i64)> {
    app.store()
        .figures("2026-01", "2031-01")
        .await
        .unwrap()
        .into_iter()
        .map(|f| (f.month, f.figure, f.value))
        .collect()
}

/// `wegweiser admin figures --year Y`, as an administrator runs it for the yearly report.
fn figures_csv(app: &TestApp, year: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let run: Run = wegweiser(dir.path(), &app.config.database.url)
        .args(["admin", "figures", "--year", year])
        .output()
        .unwrap()
        .into();
    run.ok()
}

fn has(user: &FakeUser, text: &str) -> bool {
    user.transcript().iter().any(|m| m.body().contains(text))
}

async fn sees(user: &FakeUser, text: &str) {
    user.wait_for_message(WAIT, |m| m.body().contains(text))
        .await
        .unwrap_or_else(|e| panic!("{e}\nexpected: {text}"));
}

story!(a_client_walks_through_the_whole_retention_period, |app| {
    let keller = manager_joins(&app, 5101, "Frau Keller").await;
    let olena = app.user(6101, "Olena", Some("uk"));
    link_client(&app, &keller, &olena, "AB-12", "uk", true).await;
    // An appointment: it counts in the yearly figures.
    let before = olena.transcript().len();
    say(
        &keller,
        "/appointment AB-12 25.11. 14:30 | Rathaus, Zimmer 3 | Jobcenter",
    )
    .await;
    olena.wait_for(WAIT, |t| t.len() > before).await.unwrap();
    // Someone who only started the bot and chose a language, and never became a client.
    let passer = app.user(6199, "Samir", Some("ar"));
    say(&passer, "/start").await;
    let before = passer.transcript().len();
    passer.tap("العربية").unwrap();
    passer.wait_for(WAIT, |t| t.len() > before).await.unwrap();
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM users WHERE id = 6199").await,
        1
    );

    let until = app
        .store()
        .client_by_telegram(6101)
        .await
        .unwrap()
        .unwrap()
        .support_until
        .unwrap();
    // The manager is warned 90 days ahead, then a week ahead.
    app.clock.set(until - Duration::days(89));
    sees(&keller, "endet am").await;
    app.clock.set(until - Duration::days(6));
    sees(&keller, "endet in einer Woche").await;
    outbox_settled(&app).await;
    let before_end = figures(&app).await;
    assert!(
        before_end
            .iter()
            .any(|(_, f, n)| *f == Figure::ClientsLinked && *n == 1),
        "{before_end:?}"
    );
    assert!(
        before_end
            .iter()
            .any(|(_, f, n)| *f == Figure::AppointmentsPlanned && *n == 1),
        "{before_end:?}"
    );

    // On the planned day support ends by itself: she is told in Ukrainian, he in German.
    app.clock.set(until + Duration::hours(1));
    sees(&olena, "завершено").await;
    sees(&keller, "wie geplant beendet").await;
    let status: i64 = count(
        &app,
        "SELECT COUNT(*) FROM clients WHERE label = 'AB-12' AND status = 'ended'",
    )
    .await;
    assert_eq!(status, 1);
    // The person who never became a client has long been forgotten.
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM users WHERE id = 6199").await,
        0
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM join_requests WHERE telegram_id = 6199"
        )
        .await,
        0
    );
    let at_end = figures(&app).await;
    let report_2026 = figures_csv(&app, "2026");
    assert!(
        report_2026.contains(&format!("2026,{AGS},Hemmingen,1,0,1,0,0")),
        "{report_2026}"
    );
    let report_2029 = figures_csv(&app, "2029");
    assert!(
        report_2029.contains(&format!("2029,{AGS},Hemmingen,0,1,0,0,0")),
        "{report_2029}"
    );

    // 89 days after the end her data is still there (she can still see and delete it).
    app.clock.set(until + Duration::days(89));
    outbox_settled(&app).await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM clients WHERE label = 'AB-12'").await,
        1
    );
    assert!(!has(&keller, "Aufbewahrungsfrist nach dem Ende"));

    // After 90 days: nothing personal is left, the manager is told why, the figures hold.
    app.clock.set(until + Duration::days(91));
    sees(
        &keller,
        "Aufbewahrungsfrist nach dem Ende der Begleitung ist abgelaufen",
    )
    .await;
    for sql in [
        "SELECT COUNT(*) FROM clients",
        "SELECT COUNT(*) FROM consents",
        "SELECT COUNT(*) FROM appointments",
        "SELECT COUNT(*) FROM invites WHERE client_id IS NOT NULL",
        "SELECT COUNT(*) FROM relay_messages",
        "SELECT COUNT(*) FROM users WHERE id = 6101",
        "SELECT COUNT(*) FROM dialogues WHERE chat_id = 6101",
        "SELECT COUNT(*) FROM outbox WHERE recipient_id = 6101",
        "SELECT COUNT(*) FROM outbox WHERE args LIKE '%AB-12%' AND state <> 'pending'",
        "SELECT COUNT(*) FROM audit_log WHERE subject LIKE 'client:1%' OR actor = 'tg:6101'",
    ] {
        assert_eq!(count(&app, sql).await, 0, "{sql}");
    }
    let after = figures(&app).await;
    assert_eq!(
        after, at_end,
        "the yearly figures do not change on deletion"
    );
    assert_eq!(figures_csv(&app, "2026"), report_2026);
    assert_eq!(figures_csv(&app, "2029"), report_2029);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM archived_figures").await,
        at_end.len() as i64
    );
    // A later pass finds nothing more to do and counts nothing twice.
    app.clock.advance(Duration::hours(2));
    app.clock.advance(Duration::hours(2));
    outbox_settled(&app).await;
    assert_eq!(figures(&app).await, at_end);
    app.finish().await;
});

story!(an_invite_never_used_is_forgotten_with_its_entry, |app| {
    let keller = manager_joins(&app, 5102, "Frau Keller").await;
    let before = keller.transcript().len();
    keller.send_text(&format!("/new_client CD-34 {AGS} fa"));
    keller
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM clients WHERE label = 'CD-34'").await,
        1
    );
    // The invite runs out after 14 days; 90 days after that nothing is left of it.
    app.clock.advance(Duration::days(60));
    app.clock.advance(Duration::hours(2));
    outbox_settled(&app).await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM clients WHERE label = 'CD-34'").await,
        1
    );
    app.clock.advance(Duration::days(60));
    sees(&keller, "wurde nie genutzt").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM clients").await, 0);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM invites WHERE client_id IS NOT NULL"
        )
        .await,
        0
    );
    app.finish().await;
});

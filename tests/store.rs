//! The store keeps what it is given, on both backends, and its migrations can run again.

mod support;

use chrono::{Duration, TimeZone, Utc};
use support::{Db, TestDb, postgres_enabled};
use wegweiser::store;

async fn users_and_dialogues(db: Db) {
    let (test_db, url) = TestDb::create(db).await;
    let s = store::open(&url, 2).await.unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap();

    assert_eq!(s.user(7).await.unwrap(), None);
    let u = s.ensure_user(7, t0).await.unwrap();
    assert_eq!((u.id, u.language.as_deref(), u.created_at), (7, None, t0));
    // Seeing the same person again keeps their first contact time.
    let again = s.ensure_user(7, t0 + Duration::days(3)).await.unwrap();
    assert_eq!(again.created_at, t0);

    s.set_language(7, "ti", t0).await.unwrap();
    assert_eq!(
        s.user(7).await.unwrap().unwrap().language.as_deref(),
        Some("ti")
    );
    s.set_language(7, "uk", t0).await.unwrap();
    assert_eq!(
        s.user(7).await.unwrap().unwrap().language.as_deref(),
        Some("uk")
    );
    // Large Telegram ids (above 2^32) fit.
    s.ensure_user(7_000_000_000, t0).await.unwrap();
    assert!(s.user(7_000_000_000).await.unwrap().is_some());

    assert_eq!(s.dialogue(7).await.unwrap(), None);
    s.set_dialogue(7, Some(r#"{"step":"place"}"#), t0)
        .await
        .unwrap();
    s.set_dialogue(7, Some(r#"{"step":"topic"}"#), t0)
        .await
        .unwrap();
    assert_eq!(
        s.dialogue(7).await.unwrap().as_deref(),
        Some(r#"{"step":"topic"}"#)
    );
    s.set_dialogue(7, None, t0).await.unwrap();
    assert_eq!(s.dialogue(7).await.unwrap(), None);
    s.close().await;

    // Opening again re-runs the migrations: nothing breaks, nothing is lost.
    let s = store::open(&url, 1).await.unwrap();
    assert_eq!(
        s.user(7).await.unwrap().unwrap().language.as_deref(),
        Some("uk")
    );
    s.close().await;
    test_db.drop_now().await;
}

#[tokio::test]
async fn users_and_dialogues_sqlite() {
    users_and_dialogues(Db::Sqlite).await;
}

#[tokio::test]
async fn users_and_dialogues_postgres() {
    if postgres_enabled() {
        users_and_dialogues(Db::Postgres).await;
    }
}

#[tokio::test]
async fn an_unknown_scheme_is_refused() {
    let err = store::open("mysql://x/y", 1).await.unwrap_err();
    assert!(err.to_string().contains("sqlite://"), "{err}");
}

/// Deleting a client removes what still waits to be sent about them, and what was sent
/// keeps no trace of them.
async fn deletion_reaches_the_outbox(db: Db) {
    use wegweiser::store::outbox::NewOutbox;
    use wegweiser::store::people::Actor;
    let (test_db, url) = TestDb::create(db).await;
    let s = store::open(&url, 2).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let org = s
        .add_organisation("Stadt", "gemeinde", Actor::Cli, now)
        .await
        .unwrap();
    let g = s
        .add_gemeinde("08118011", "Hemmingen", "LB", Actor::Cli, now)
        .await
        .unwrap();
    let m = s
        .invite_manager(
            org.id,
            "Frau Keller",
            &[g.id],
            "h-m",
            now + Duration::days(1),
            Actor::Cli,
            now,
        )
        .await
        .unwrap();
    s.claim_manager_invite("h-m", 500, now).await.unwrap();
    s.create_client(
        m.id,
        g.id,
        "AB-12",
        "de",
        "h-c",
        now + Duration::days(1),
        Actor::Cli,
        now,
    )
    .await
    .unwrap();
    let c = s
        .claim_client_invite(
            "h-c",
            600,
            &[wegweiser::domain::consent::Purpose::Contact],
            now + Duration::days(999),
            now,
        )
        .await
        .unwrap();
    let pending = |text: &str, due| NewOutbox {
        kind: "relay_text",
        recipient_id: 500,
        template: "relay-to-manager",
        args: serde_json::json!({ "_text": text, "label": "AB-12" }),
        due_at: due,
        expires_at: None,
        dedupe_key: Some(format!("relay:600:{text}")),
        client_id: Some(c.id),
        subject: None,
    };
    s.enqueue(pending("sent-one", now), now).await.unwrap();
    let claimed = s
        .claim_due(now, now + Duration::minutes(2), 10)
        .await
        .unwrap();
    let sent = claimed.iter().find(|r| r.kind == "relay_text").unwrap();
    s.mark_sent(sent.id, now, None).await.unwrap();
    s.enqueue(pending("still-waiting", now + Duration::hours(1)), now)
        .await
        .unwrap();

    s.delete_client(c.id, now).await.unwrap();
    let later = now + Duration::days(1);
    let rows = s
        .claim_due(later, later + Duration::minutes(2), 100)
        .await
        .unwrap();
    // Only the manager's notice of the deletion is left to send; the waiting relay is gone.
    let templates: Vec<_> = rows.iter().map(|r| r.template.as_str()).collect();
    assert_eq!(templates, ["notify-client-deleted"], "{rows:?}");
    s.close().await;
    test_db.drop_now().await;
}

#[tokio::test]
async fn deletion_reaches_the_outbox_sqlite() {
    deletion_reaches_the_outbox(Db::Sqlite).await;
}

#[tokio::test]
async fn deletion_reaches_the_outbox_postgres() {
    if postgres_enabled() {
        deletion_reaches_the_outbox(Db::Postgres).await;
    }
}

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

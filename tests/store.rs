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

/// A graceful stop gives back what its sender claimed and did not start: the rows are
/// due again at once, their claim not counted as an attempt — unless the claim ran out and
/// another sender holds the row now.
async fn claimed_rows_are_given_back(db: Db) {
    use wegweiser::store::outbox::NewOutbox;
    let (test_db, url) = TestDb::create(db).await;
    let s = store::open(&url, 2).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let rows = (0..3)
        .map(|i| NewOutbox::notice(700 + i, "help", serde_json::json!({}), now))
        .collect();
    s.enqueue_all(rows, now).await.unwrap();
    let lease = now + Duration::minutes(2);
    let claimed = s.claim_due(now, lease, 10).await.unwrap();
    assert_eq!(claimed.len(), 3);
    assert!(claimed.iter().all(|r| r.attempts == 1));
    // Nothing else is due while the claim holds.
    assert!(s.claim_due(now, lease, 10).await.unwrap().is_empty());

    // One row was sent; the other two are given back (the sent one is not touched).
    s.mark_sent(claimed[0].id, now, Some(1)).await.unwrap();
    let back: Vec<_> = claimed.iter().map(|r| (r.id, lease)).collect();
    assert_eq!(s.release_claims(&back).await.unwrap(), 2);
    let again = s
        .claim_due(now, now + Duration::minutes(2), 10)
        .await
        .unwrap();
    let mut ids: Vec<i64> = again.iter().map(|r| r.id).collect();
    ids.sort();
    assert_eq!(
        ids,
        [claimed[1].id, claimed[2].id],
        "due at once, not after the lease"
    );
    assert!(
        again.iter().all(|r| r.attempts == 1),
        "the given-back claim was not an attempt: {again:?}"
    );

    // A claim that ran out and was taken by another sender is not given back by the first.
    let later = now + Duration::minutes(3);
    let theirs = s
        .claim_due(later, later + Duration::minutes(2), 10)
        .await
        .unwrap();
    assert_eq!(theirs.len(), 2, "the first claim ran out");
    let stale: Vec<_> = again
        .iter()
        .map(|r| (r.id, now + Duration::minutes(2)))
        .collect();
    assert_eq!(s.release_claims(&stale).await.unwrap(), 0);
    assert!(
        s.claim_due(later, later + Duration::minutes(2), 10)
            .await
            .unwrap()
            .is_empty(),
        "still the other sender's"
    );
    s.close().await;
    test_db.drop_now().await;
}

#[tokio::test]
async fn claimed_rows_are_given_back_sqlite() {
    claimed_rows_are_given_back(Db::Sqlite).await;
}

#[tokio::test]
async fn claimed_rows_are_given_back_postgres() {
    if postgres_enabled() {
        claimed_rows_are_given_back(Db::Postgres).await;
    }
}

/// What the bot reads once per update: the person's row, dialogue and roles, in one go.
#[tokio::test]
async fn the_caller_is_read_in_one_go() {
    let (test_db, url) = TestDb::create(Db::Sqlite).await;
    let s = store::open(&url, 2).await.unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap();
    let nobody = s.caller(11).await.unwrap();
    assert!(nobody.user.is_none() && nobody.dialogue.is_none());
    assert!(!nobody.scoped_admin && nobody.manager.is_none() && nobody.client.is_none());
    s.ensure_user(11, t0).await.unwrap();
    s.set_language(11, "fa", t0).await.unwrap();
    s.set_dialogue(11, Some(r#"{"step":"plan_when","client_id":3}"#), t0)
        .await
        .unwrap();
    let known = s.caller(11).await.unwrap();
    assert_eq!(known.user.unwrap().language.as_deref(), Some("fa"));
    assert_eq!(
        known.dialogue.as_deref(),
        Some(r#"{"step":"plan_when","client_id":3}"#)
    );
    s.close().await;
    test_db.drop_now().await;
}

/// SQLite, as the store must never use it: a transaction that reads first and writes
/// later, begun the default (deferred) way, fails at once with SQLITE_BUSY when another
/// connection wrote in between (WAL: its snapshot is stale, and SQLite does not wait for
/// that) — a person would read "something went wrong". Begun IMMEDIATE, as the store's
/// `begin_write` does, it takes the write lock first and the other writer waits instead.
#[tokio::test]
async fn a_read_then_write_transaction_must_begin_immediate_on_sqlite() {
    use sqlx::Connection;
    let (test_db, url) = TestDb::create(Db::Sqlite).await;
    store::open(&url, 1).await.unwrap().close().await;
    let opts: sqlx::sqlite::SqliteConnectOptions = url.parse().unwrap();
    let opts = opts.busy_timeout(std::time::Duration::from_secs(5));
    let mut a = sqlx::SqliteConnection::connect_with(&opts).await.unwrap();
    let mut b = sqlx::SqliteConnection::connect_with(&opts).await.unwrap();
    let count = "SELECT COUNT(*) FROM users";
    let write = |id: i64| {
        sqlx::query("INSERT INTO users (id, created_at, updated_at) VALUES ($1, 0, 0)").bind(id)
    };

    let mut tx = a.begin().await.unwrap();
    let _: i64 = sqlx::query_scalar(count).fetch_one(&mut *tx).await.unwrap();
    write(1).execute(&mut b).await.unwrap();
    let e = write(2).execute(&mut *tx).await.unwrap_err();
    assert!(e.to_string().contains("locked"), "{e}");
    drop(tx);

    let mut tx = a.begin_with("BEGIN IMMEDIATE").await.unwrap();
    let _: i64 = sqlx::query_scalar(count).fetch_one(&mut *tx).await.unwrap();
    let other = tokio::spawn(async move {
        write(3).execute(&mut b).await.unwrap();
        b
    });
    write(4).execute(&mut *tx).await.unwrap();
    tx.commit().await.unwrap();
    let mut b = other.await.unwrap();
    let n: i64 = sqlx::query_scalar(count).fetch_one(&mut b).await.unwrap();
    assert_eq!(n, 3);
    test_db.drop_now().await;
}

/// Many writers at once on one SQLite file, as per-person handling and the sender make
/// them: every write gets through (they queue, none fails with SQLITE_BUSY).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_writers_at_once_on_one_sqlite_file_all_get_through() {
    use wegweiser::store::people::Actor;
    let (test_db, url) = TestDb::create(Db::Sqlite).await;
    let s = store::open(&url, 8).await.unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for w in 0..32i64 {
        let s = s.clone();
        tasks.spawn(async move {
            for i in 0..15 {
                let id = w * 1_000 + i;
                s.caller(id).await?;
                s.ensure_user(id, t0).await?;
                s.set_dialogue(id, Some(r#"{"step":"plan_when","client_id":1}"#), t0)
                    .await?;
                s.set_language(id, "de", t0).await?;
                // A transaction: the organisation and its audit row.
                s.add_organisation(&format!("Org {id}"), "landkreis", Actor::Cli, t0)
                    .await?;
                s.set_dialogue(id, None, t0).await?;
            }
            Ok::<_, store::StoreError>(())
        });
    }
    while let Some(r) = tasks.join_next().await {
        r.unwrap().unwrap();
    }
    assert_eq!(s.organisations().await.unwrap().len(), 32 * 15);
    s.close().await;
    test_db.drop_now().await;
}

/// Deactivating a manager hands over the people they support: the successor is told how
/// many, and that count leaves out people whose support has already ended (their records
/// move too, but nobody is handed over).
async fn a_handover_counts_only_people_still_supported(db: Db) {
    use wegweiser::domain::consent::Purpose;
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
    let mut managers = Vec::new();
    for (name, tg) in [("Frau Keller", 500), ("Herr Weber", 501)] {
        let hash = format!("h-{tg}");
        let m = s
            .invite_manager(
                org.id,
                name,
                &[g.id],
                &hash,
                now + Duration::days(1),
                Actor::Cli,
                now,
            )
            .await
            .unwrap();
        s.claim_manager_invite(&hash, tg, now).await.unwrap();
        managers.push(m.id);
    }
    let mut clients = Vec::new();
    for (label, tg) in [("AB-1", 600), ("AB-2", 601)] {
        let hash = format!("h-{label}");
        s.create_client(
            managers[0],
            g.id,
            label,
            "de",
            &hash,
            now + Duration::days(1),
            Actor::Cli,
            now,
        )
        .await
        .unwrap();
        let c = s
            .claim_client_invite(
                &hash,
                tg,
                &[Purpose::Contact],
                now + Duration::days(999),
                now,
            )
            .await
            .unwrap();
        clients.push(c.id);
    }
    assert!(s.end_contact(clients[1], now).await.unwrap());

    let moved = s
        .deactivate_manager(managers[0], managers[1], Actor::Cli, now)
        .await
        .unwrap();
    assert_eq!(moved, 1, "one person was still supported");
    let rows = s
        .claim_due(now, now + Duration::minutes(2), 100)
        .await
        .unwrap();
    let told: Vec<_> = rows
        .iter()
        .filter(|r| r.template == "notify-clients-handed-over")
        .map(|r| r.args["count"].clone())
        .collect();
    assert_eq!(told, [serde_json::json!(1)], "{rows:?}");
    let new_manager = rows
        .iter()
        .filter(|r| r.template == "client-new-manager")
        .count();
    assert_eq!(
        new_manager, 1,
        "only the supported person is told: {rows:?}"
    );
    s.close().await;
    test_db.drop_now().await;
}

#[tokio::test]
async fn a_handover_counts_only_people_still_supported_sqlite() {
    a_handover_counts_only_people_still_supported(Db::Sqlite).await;
}

#[tokio::test]
async fn a_handover_counts_only_people_still_supported_postgres() {
    if postgres_enabled() {
        a_handover_counts_only_people_still_supported(Db::Postgres).await;
    }
}

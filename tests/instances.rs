//! Two instances on one PostgreSQL schema, both in webhook mode behind a round-robin
//! load balancer (the emulator posts to the balancer): people's stories run across both;
//! the instance that runs the periodic jobs is killed (no goodbye) in the middle of a
//! broadcast, just after the digest was due. Every broadcast row arrives, the digest once,
//! Telegram never sees more than `global_rate` requests in a second, and a client gets a
//! second copy only within the unknown-outcome policy (a request in flight when its
//! instance died is sent again).
//!
//! Played twice. First with the instances in this process (`app::start`, killed with
//! `Running::kill`: every task aborted at once, its database connections dropped): the
//! service's clock is then the story's manual clock, so the outbox lease of the dead
//! instance (two minutes) runs out in no time, the digest is due without waiting for
//! 08:00, and an update recorded by the dead instance but not handled is handled by the
//! survivor. Then with two processes of the binary and SIGKILL, on the real clock, with
//! a 30 s lease and a scheduler pass every second.

mod support;

use std::time::Duration;

use chrono::{TimeZone, Timelike};
use support::broadcast::{announce, copies, digests_of, reached};
use support::http::{free_addr, get, scrape};
use support::people::{
    insert_linked_clients, link_client, manager_joins, seed_linked_clients, seed_manager,
};
use support::processes::Process;
use support::{Db, TestApp, WAIT, default_start, postgres_enabled};
use wegweiser::clock::Clock;
use wegweiser::fake_telegram::FakeTelegram;
use wegweiser::i18n::{Arg, Texts};

const SECRET: &str = "two-instances-secret";
const RATE: usize = 10;
const CLIENTS: i64 = 60;
const TEXT: &str = "Sprechstunde am Freitag fällt aus.";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_share_the_work_and_survive_a_kill_postgres() {
    if !postgres_enabled() {
        return;
    }
    let (a, b) = (free_addr(), free_addr());
    let balancer = support::forwarder::round_robin(vec![a, b]).await;
    let hook = format!("http://{balancer}/telegram/webhook");
    let rate = RATE.to_string();
    let listen_a = a.to_string();
    let mut app = TestApp::start_at(
        Db::Postgres,
        default_start(),
        &[
            ("WEGWEISER_WEB_LISTEN", listen_a.as_str()),
            ("WEGWEISER_TELEGRAM_MODE", "webhook"),
            ("WEGWEISER_TELEGRAM_WEBHOOK_URL", hook.as_str()),
            ("WEGWEISER_TELEGRAM_WEBHOOK_SECRET", SECRET),
            ("WEGWEISER_TELEGRAM_GLOBAL_RATE", rate.as_str()),
        ],
    )
    .await;
    let mut config_b = app.config.clone();
    config_b.web.listen = Some(b);
    let second = wegweiser::app::start(config_b, app.clock.clone())
        .await
        .expect("a second instance starts on the same database");
    let survivor = second.store.clone();
    app.fake
        .wait_until(WAIT, || {
            app.fake.webhook_url().as_deref() == Some(hook.as_str())
        })
        .await
        .unwrap();
    // The first to start runs the periodic jobs: it is the one to die.
    assert!(app.store().lead_scheduler().await.unwrap());
    assert!(!survivor.lead_scheduler().await.unwrap());

    // Stories across both instances: every other update goes to the other one.
    let manager = manager_joins(&app, 7401, "Frau Weber").await;
    let amina = app.user(7402, "Amina", Some("de"));
    link_client(&app, &manager, &amina, "AB-1", "de", false).await;
    amina.send_text("Guten Tag, ich habe eine Frage zum Kurs.");
    manager
        .wait_for_message(WAIT, |m| m.body().contains("Frage zum Kurs"))
        .await
        .unwrap();
    // An appointment for tomorrow: the client is told (and the digest will list it).
    manager.send_text("/appointment AB-1 24.11.2026 10:00 | Rathaus Hemmingen | Sprachkurs");
    amina
        .wait_for_message(WAIT, |m| m.body().contains("Rathaus Hemmingen"))
        .await
        .expect("the client gets the appointment");
    let deliveries = app.fake.webhook_deliveries();
    let statuses: Vec<Option<u16>> = deliveries.iter().map(|d| d.status).collect();
    assert!(
        statuses.len() >= 6 && statuses.iter().all(|s| *s == Some(200)),
        "{statuses:?}"
    );
    let both = get(a, "/metrics").await.unwrap().1;
    assert!(
        both.contains("wegweiser_instances_live 2"),
        "both instances count: {both}"
    );

    // Sixty more clients; an announcement to all of them due tomorrow at 08:00, when the
    // digest is due too.
    let clients: Vec<(String, i64, &str, bool)> = (0..CLIENTS)
        .map(|i| (format!("K-{i:03}"), 200_000 + i, "de", true))
        .collect();
    seed_linked_clients(&app, 7401, &clients).await;
    let tomorrow = chrono_tz::Europe::Berlin
        .with_ymd_and_hms(2026, 11, 24, 8, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Utc);
    let weber = survivor.manager_by_telegram(7401).await.unwrap().unwrap();
    announce(&*survivor, 7401, weber.id, TEXT, tomorrow, app.clock.now()).await;
    app.clock.set(tomorrow);
    let announced = app.t_with("de", "broadcast-message", &[("text", Arg::text(TEXT))]);
    let fake = app.fake.clone();
    let ids: Vec<i64> = clients.iter().map(|c| c.1).collect();
    let arrived = || reached(&fake, &announced, &ids);
    fake.wait_until(Duration::from_secs(30), || arrived() >= 15)
        .await
        .expect("the broadcast is under way");

    // The leader dies mid-broadcast: no goodbye, its claimed rows still `sending`.
    app.crash();
    let at_kill = arrived();
    assert!(
        at_kill < ids.len(),
        "killed in the middle ({at_kill} arrived)"
    );
    // An update the dead instance recorded (acknowledged to Telegram) but did not handle:
    // a newcomer's /start.
    let newcomer = app.user(7777, "Samir", Some("de"));
    newcomer.started_before();
    let orphan_id = 900_000_001_i64;
    let orphan = serde_json::json!({
        "update_id": orphan_id,
        "message": {
            "message_id": 1, "date": chrono::Utc::now().timestamp(), "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            "chat": {"id": 7777, "type": "private", "first_name": "Samir"},
            "from": {"id": 7777, "is_bot": false, "first_name": "Samir", "language_code": "de"}
        }
    });
    let pool = sqlx::PgPool::connect(&app.config.database.url)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO inbound_updates (update_id, received_at, payload, claimed_by, claimed_until) \
         VALUES ($1, $2, $3, 'dead-instance', $2)",
    )
    .bind(orphan_id)
    .bind(chrono::Utc::now().timestamp_millis())
    .bind(orphan.to_string())
    .execute(&pool)
    .await
    .unwrap();

    // The survivor takes over: the jobs at its next minute, the dead one's rows when
    // their lease has run out.
    app.clock.advance(chrono::Duration::minutes(3));
    fake.wait_until(Duration::from_secs(40), || arrived() == ids.len())
        .await
        .unwrap_or_else(|e| panic!("{} of {} arrived: {e}", arrived(), ids.len()));
    assert!(survivor.lead_scheduler().await.unwrap());

    let digests = || digests_of(&app.texts, &manager, tomorrow.date_naive());
    app.fake
        .wait_until(WAIT, || digests() >= 1)
        .await
        .expect("the digest arrives");
    // The orphaned update is handled by the survivor, once its claim ran out.
    newcomer
        .wait_for(Duration::from_secs(30), |t| !t.is_empty())
        .await
        .expect("the survivor handles what the dead instance had acknowledged");
    let unhandled: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM inbound_updates WHERE payload IS NOT NULL")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(unhandled, 0);
    pool.close().await;

    // Nothing left to send (the dead instance's claims included).
    support::settled(&*survivor, WAIT).await;
    assert_eq!(digests(), 1, "the digest exactly once");
    let copies = copies(&fake, &announced, &ids);
    let twice = copies.iter().filter(|&&n| n == 2).count();
    assert!(copies.iter().all(|&n| n == 1 || n == 2), "{copies:?}");
    // Only a request on its way when the instance died may have been sent again; never
    // more of them than can be on the way at once.
    assert!(twice <= RATE, "{twice} clients got a second copy");
    let most = app.fake.max_sends_in_window(Duration::from_secs(1), None);
    eprintln!(
        "two instances, global_rate {RATE}: at most {most} requests in one second; \
         {twice} of {CLIENTS} clients got a second copy"
    );
    assert!(most <= RATE, "{most} requests within one second");
    second.stop().await;
    app.finish().await;
}

/// The state of the digest's outbox row, once there is one.
async fn digest_row(pool: &sqlx::PgPool) -> Option<String> {
    sqlx::query_scalar("SELECT state FROM outbox WHERE template = 'digest'")
        .fetch_optional(pool)
        .await
        .unwrap()
}

/// The same story with two processes of the binary (`WEGWEISER_TEST_BIN`, CI's release
/// build) on one PostgreSQL schema behind the balancer, on the real clock:
/// `delivery.lease_secs = 30`, `scheduler.interval_secs = 1`. The leader (found by its
/// `/metrics`) is killed with SIGKILL in the middle of an announcement to 80 clients,
/// just after it wrote the digest (made due by moving `job_runs.digest` back): its
/// claimed rows stay `sending` until their lease runs out, the digest waits `pending`,
/// and the survivor takes over the periodic jobs at once (the lock went with the dead
/// process's connection). Updates keep being answered (the balancer's 502 makes
/// the emulator deliver again, and the next attempt reaches the survivor), each once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_and_a_sigkill_mid_broadcast_and_digest_postgres() {
    if !postgres_enabled() {
        return;
    }
    const MANY: i64 = 80;
    let fake = FakeTelegram::start(support::TOKEN).await.unwrap();
    let texts = Texts::load().unwrap();
    let (test_db, url) = support::TestDb::create(Db::Postgres).await;
    // The office, written into the shared schema before the instances start: a manager,
    // 80 clients who take announcements, one unreachable client for the digest.
    let now = chrono::Utc::now();
    let store = wegweiser::store::open(&url, 2).await.unwrap();
    let place = seed_manager(&*store, 7401, "Frau Weber", now).await;
    let manager = fake.user(7401, "Anna", Some("de"));
    manager.started_before();
    let mut clients: Vec<(String, i64, &str, bool)> = (0..MANY)
        .map(|i| (format!("K-{i:03}"), 200_000 + i, "de", true))
        .collect();
    let ids: Vec<i64> = clients.iter().map(|c| c.1).collect();
    for &tg in &ids {
        fake.user(tg, "Client", Some("de")).started_before();
    }
    clients.push(("AB-weg".into(), 300_000, "de", false));
    insert_linked_clients(&*store, Db::Postgres, &url, place, now, &clients).await;
    store.mark_unreachable(300_000, now, false).await.unwrap();
    // The digest's time passed two minutes ago, and was handled: not due until the story
    // moves `job_runs.digest` back.
    let occurrence = (now - chrono::Duration::minutes(2))
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap();
    store.set_job_last_run("digest", now).await.unwrap();

    let (a, b) = (free_addr(), free_addr());
    let balancer = support::forwarder::round_robin(vec![a, b]).await;
    let hook = format!("http://{balancer}/telegram/webhook");
    let env = [
        ("WEGWEISER_TELEGRAM_TOKEN", support::TOKEN.to_string()),
        ("WEGWEISER_TELEGRAM_API_URL", fake.api_url().to_string()),
        ("WEGWEISER_DATABASE_URL", url.clone()),
        ("WEGWEISER_TELEGRAM_MODE", "webhook".into()),
        ("WEGWEISER_TELEGRAM_WEBHOOK_URL", hook.clone()),
        ("WEGWEISER_TELEGRAM_WEBHOOK_SECRET", SECRET.into()),
        ("WEGWEISER_TELEGRAM_GLOBAL_RATE", RATE.to_string()),
        ("WEGWEISER_DELIVERY_LEASE_SECS", "30".into()),
        ("WEGWEISER_SCHEDULER_INTERVAL_SECS", "1".into()),
        ("WEGWEISER_TIME_ZONE", "UTC".into()),
        (
            "WEGWEISER_DIGEST_SCHEDULE",
            format!("{} {} * * *", occurrence.minute(), occurrence.hour()),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut procs = [
        Process::spawn(dir.path(), a, &env),
        Process::spawn(dir.path(), b, &env),
    ];
    let logs = |procs: &[Process]| {
        procs
            .iter()
            .map(Process::log)
            .collect::<Vec<_>>()
            .join("\n---\n")
    };
    // Both count each other, and exactly one leads.
    let leader = support::processes::leader_of_two(&procs)
        .await
        .unwrap_or_else(|| panic!("one of two leads:\n{}", logs(&procs)));
    let survivor = procs[1 - leader].addr;
    fake.wait_until(WAIT, || {
        fake.webhook_url().as_deref() == Some(hook.as_str())
    })
    .await
    .unwrap();

    // Newcomers across both instances (every other update goes to the other one).
    let newcomer = |id: i64| {
        let user = fake.user(id, "Neu", Some("de"));
        user.send_text("/start");
        user
    };
    let before: Vec<_> = (7501..7505).map(newcomer).collect();
    for user in &before {
        user.wait_for(WAIT, |t| !t.is_empty()).await.unwrap();
    }
    let answer = before[0].transcript().len();
    // Two instances that started in the same second may both take the whole rate for a
    // heartbeat (`ops::instances`): the shares have settled after three.
    tokio::time::sleep(wegweiser::ops::instances::HEARTBEAT * 3).await;

    // An announcement to the 80, due now: the leader starts it at its next pass, both
    // send it (each claims what it can send at its half of the rate in its lease).
    let now = chrono::Utc::now();
    announce(&*store, 7401, place.0, TEXT, now, now).await;
    let announced = texts.t_with("de", "broadcast-message", &[("text", Arg::text(TEXT))]);
    let arrived = || reached(&fake, &announced, &ids);
    fake.wait_until(Duration::from_secs(60), || arrived() >= 20)
        .await
        .unwrap_or_else(|e| panic!("the broadcast is under way: {e}\n{}", logs(&procs)));
    // The digest becomes due: the leader writes it at its next pass (a second at most).
    store
        .set_job_last_run("digest", occurrence - chrono::Duration::minutes(1))
        .await
        .unwrap();
    let pool = sqlx::PgPool::connect(&url).await.unwrap();
    let deadline = std::time::Instant::now() + WAIT;
    while digest_row(&pool).await.is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the leader writes the digest"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // SIGKILL, mid-broadcast and mid-digest.
    procs[leader].sigkill();
    let killed = std::time::Instant::now();
    let (at_kill, digest_at_kill) = (arrived(), digest_row(&pool).await);
    let held: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'sending'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(
        at_kill < ids.len(),
        "killed in the middle ({at_kill} arrived)"
    );
    let after: Vec<_> = (7601..7605).map(newcomer).collect();
    for user in &after {
        user.wait_for(WAIT, |t| !t.is_empty())
            .await
            .expect("answered by the survivor");
    }
    // The survivor takes over the periodic jobs within a minute.
    while scrape(survivor, "wegweiser_scheduler_leading").await != Some(1.0) {
        assert!(
            killed.elapsed() < Duration::from_secs(60),
            "the survivor leads"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let took_over = killed.elapsed();
    // Everything arrives: the dead one's claims once their lease (30 s) has run out.
    fake.wait_until(Duration::from_secs(90), || arrived() == ids.len())
        .await
        .unwrap_or_else(|e| panic!("{} of {} arrived: {e}", arrived(), ids.len()));
    let all_in = killed.elapsed();
    fake.wait_until(Duration::from_secs(60), || {
        digests_of(&texts, &manager, occurrence.date_naive()) >= 1
    })
    .await
    .expect("the digest arrives");
    support::settled(&*store, Duration::from_secs(60)).await;
    // Rows claimed twice: the dead one's, taken over after their lease.
    let taken_over: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'announcement' AND attempts >= 2",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    pool.close().await;

    assert_eq!(
        digests_of(&texts, &manager, occurrence.date_naive()),
        1,
        "the digest once"
    );
    let copies = copies(&fake, &announced, &ids);
    assert!(copies.iter().all(|&n| n == 1 || n == 2), "{copies:?}");
    // Only a request on its way when the process died may have been sent again.
    let twice = copies.iter().filter(|&&n| n == 2).count();
    assert!(twice <= RATE, "{twice} clients got a second copy");
    assert!(
        fake.webhook_deliveries()
            .iter()
            .any(|d| d.status == Some(502)),
        "some deliveries met the dead instance and were repeated"
    );
    for user in before.iter().chain(&after) {
        assert_eq!(user.transcript().len(), answer, "each /start answered once");
    }
    assert_eq!(
        scrape(survivor, "wegweiser_instances_live").await,
        Some(1.0)
    );
    let most = fake.max_sends_in_window(Duration::from_secs(1), None);
    eprintln!(
        "two processes, global_rate {RATE}, lease 30 s: SIGKILL after {at_kill} of {MANY} \
         (digest row {digest_at_kill:?}, {held} rows `sending`); all in {:.1} s later, {taken_over} rows taken over after the lease; \
         the survivor led after {:.1} s; at most {most} requests in one second; \
         {twice} clients got a second copy",
        all_in.as_secs_f64(),
        took_over.as_secs_f64()
    );
    assert!(most <= RATE, "{most} requests within one second");
    drop(procs);
    store.close().await;
    test_db.drop_now().await;
}

//! Two instances on one PostgreSQL schema, both in webhook mode behind a round-robin
//! load balancer (the emulator posts to the balancer): people's stories run across both;
//! the instance that runs the periodic jobs is killed (no goodbye) in the middle of a
//! broadcast, just after the digest was due. Every broadcast row arrives, the digest once,
//! Telegram never sees more than `global_rate` requests in a second, and a client gets a
//! second copy only within the unknown-outcome policy (a request in flight when its
//! instance died is sent again). An update recorded by the dead instance but not handled
//! is handled by the survivor.
//!
//! The instances run in this process (`app::start`, killed with `Running::kill`: every
//! task aborted at once, its database connections dropped): the service's clock is then
//! the story's manual clock, so the outbox lease of the dead instance (two minutes) runs
//! out in no time, and the digest is due without waiting for 08:00.

mod support;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use chrono::TimeZone;
use support::people::{link_client, manager_joins, seed_linked_clients};
use support::{Db, TestApp, WAIT, default_start, postgres_enabled};
use wegweiser::clock::Clock;
use wegweiser::i18n::{Arg, format, markup};
use wegweiser::store::broadcasts::{Audience, NewBroadcast};
use wegweiser::store::people::Actor;

const SECRET: &str = "two-instances-secret";
const RATE: usize = 10;
const CLIENTS: i64 = 60;
const TEXT: &str = "Sprechstunde am Freitag fällt aus.";

fn free_addr() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

async fn metrics(addr: SocketAddr) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let req = format!("GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.unwrap();
    String::from_utf8_lossy(&raw).into_owned()
}

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
    let both = metrics(a).await;
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
    survivor
        .add_broadcast(
            &NewBroadcast {
                author_id: 7401,
                audience: Audience {
                    manager_id: Some(weber.id),
                    gemeinde_id: None,
                    languages: vec![],
                    offer_id: None,
                },
                texts: BTreeMap::from([("de".into(), TEXT.into())]),
                offer_id: None,
                send_at: tomorrow,
            },
            Actor::Telegram(7401),
            app.clock.now(),
        )
        .await
        .unwrap();
    app.clock.set(tomorrow);
    let announced = app.t_with("de", "broadcast-message", &[("text", Arg::text(TEXT))]);
    let fake = app.fake.clone();
    let got = |tg: i64| {
        fake.user(tg, "Client", Some("de"))
            .transcript()
            .iter()
            .filter(|m| m.source.as_deref() == Some(announced.as_str()))
            .count()
    };
    let ids: Vec<i64> = clients.iter().map(|c| c.1).collect();
    let arrived = || ids.iter().filter(|&&tg| got(tg) > 0).count();
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

    let header = app.t_with(
        "de",
        "digest",
        &[(
            "date",
            Arg::markup(markup::escape(&format::date(
                "de",
                chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            ))),
        )],
    );
    let digests = || {
        manager
            .transcript()
            .iter()
            .filter(|m| m.source.as_deref().is_some_and(|s| s.starts_with(&header)))
            .count()
    };
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
    let deadline = std::time::Instant::now() + WAIT;
    while survivor
        .outbox_counts()
        .await
        .unwrap()
        .iter()
        .any(|(state, n)| (state == "pending" || state == "sending") && *n > 0)
    {
        assert!(std::time::Instant::now() < deadline, "the outbox settles");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(digests(), 1, "the digest exactly once");
    let copies: Vec<usize> = ids.iter().map(|&tg| got(tg)).collect();
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

/// The binary under test: `WEGWEISER_TEST_BIN` (CI points it at the release build), else
/// the debug build cargo made for the tests.
fn binary() -> std::path::PathBuf {
    std::env::var_os("WEGWEISER_TEST_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_wegweiser").into())
}

async fn status(addr: SocketAddr, path: &str) -> Option<(u16, String)> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.ok()?;
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    Some((text.get(9..12)?.parse().ok()?, text))
}

/// Two processes of the binary on one PostgreSQL schema behind the balancer; one is
/// killed with SIGKILL. Updates keep being answered (the balancer's 502 makes the
/// emulator deliver again, and the next attempt reaches the survivor), each once, and the
/// survivor soon counts itself alone and takes the whole send budget.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_and_a_sigkill_postgres() {
    if !postgres_enabled() {
        return;
    }
    let fake = wegweiser::fake_telegram::FakeTelegram::start(support::TOKEN)
        .await
        .unwrap();
    let (test_db, url) = support::TestDb::create(Db::Postgres).await;
    let (a, b) = (free_addr(), free_addr());
    let balancer = support::forwarder::round_robin(vec![a, b]).await;
    let hook = format!("http://{balancer}/telegram/webhook");
    // No configuration file: defaults and the environment only; logs kept for a failure.
    let dir = tempfile::tempdir().unwrap();
    let spawn = |listen: SocketAddr| {
        let mut cmd = std::process::Command::new(binary());
        for (k, _) in std::env::vars() {
            if k.starts_with("WEGWEISER_") || k == "RUST_LOG" {
                cmd.env_remove(k);
            }
        }
        cmd.arg("run")
            .current_dir(dir.path())
            .env("WEGWEISER_TELEGRAM_TOKEN", support::TOKEN)
            .env("WEGWEISER_TELEGRAM_API_URL", fake.api_url().as_str())
            .env("WEGWEISER_DATABASE_URL", &url)
            .env("WEGWEISER_TELEGRAM_MODE", "webhook")
            .env("WEGWEISER_TELEGRAM_WEBHOOK_URL", &hook)
            .env("WEGWEISER_TELEGRAM_WEBHOOK_SECRET", SECRET)
            .env("WEGWEISER_TELEGRAM_GLOBAL_RATE", RATE.to_string())
            .env("WEGWEISER_WEB_LISTEN", listen.to_string())
            .env("RUST_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(
                std::fs::File::create(dir.path().join(format!("{listen}.log").replace(':', "_")))
                    .unwrap(),
            );
        cmd.spawn().expect("the binary starts")
    };
    let mut first = spawn(a);
    let mut second = spawn(b);
    let live = |addr: SocketAddr, n: u32| async move {
        for _ in 0..200 {
            if let Some((200, text)) = status(addr, "/metrics").await
                && text.contains(&format!("wegweiser_instances_live {n}\n"))
            {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    };
    let logs = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n---\n")
    };
    assert!(
        live(a, 2).await && live(b, 2).await,
        "both count each other: {:?}\n{}",
        status(a, "/metrics").await,
        logs()
    );
    fake.wait_until(WAIT, || {
        fake.webhook_url().as_deref() == Some(hook.as_str())
    })
    .await
    .unwrap();

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

    first.kill().expect("SIGKILL");
    first.wait().unwrap();
    let after: Vec<_> = (7601..7605).map(newcomer).collect();
    for user in &after {
        user.wait_for(WAIT, |t| !t.is_empty())
            .await
            .expect("answered by the survivor");
    }
    assert!(
        fake.webhook_deliveries()
            .iter()
            .any(|d| d.status == Some(502)),
        "some deliveries met the dead instance and were repeated"
    );
    // The dead instance's heartbeat ages out: the survivor takes the whole budget.
    assert!(live(b, 1).await, "the survivor counts itself alone");
    for user in before.iter().chain(&after) {
        assert_eq!(user.transcript().len(), answer, "each /start answered once");
    }
    let most = fake.max_sends_in_window(Duration::from_secs(1), None);
    assert!(most <= RATE, "{most} requests within one second");
    second.kill().unwrap();
    second.wait().unwrap();
    test_db.drop_now().await;
}

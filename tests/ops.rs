//! What an operator's monitoring sees: `/healthz`, `/readyz` and `/metrics` on the
//! instance's HTTP server (`[web] listen`), over real HTTP.

mod support;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use support::people::{link_client, manager_joins};
use support::{Db, TestApp, default_start, outbox_settled, postgres_enabled};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A free port on loopback for the app's HTTP server.
fn free_addr() -> SocketAddr {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap()
}

/// GET `path` as curl would (HTTP/1.1, connection closed): status and body.
async fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut raw))
        .await
        .expect("an answer within 10 s")
        .unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text[9..12].parse().unwrap();
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    (status, body.to_owned())
}

/// The value of a metric line `name{labels} value` (or `name value`).
fn metric(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.split_once(' ').is_some_and(|(s, _)| s == series))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

async fn monitored_story(db: Db) {
    if db == Db::Postgres && !postgres_enabled() {
        return;
    }
    let addr = free_addr();
    let listen = addr.to_string();
    let app = TestApp::start_at(
        db,
        default_start(),
        &[("WEGWEISER_WEB_LISTEN", listen.as_str())],
    )
    .await;

    let (status, body) = get(addr, "/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok\n"));
    let (status, body) = get(addr, "/readyz").await;
    assert_eq!(status, 200, "{body}");

    // A client writes to her manager: one relayed message through the outbox.
    let manager = manager_joins(&app, 7101, "Frau Weber").await;
    let client = app.user(7102, "Amina", Some("ar"));
    link_client(&app, &manager, &client, "AB-1", "ar", false).await;
    client.send_text("مرحبا");
    manager
        .wait_for_message(support::WAIT, |m| m.body().contains("مرحبا"))
        .await
        .unwrap();
    outbox_settled(&app).await;

    let (status, text) = get(addr, "/metrics").await;
    assert_eq!(status, 200);
    let sent_rows = support::count(&app, "SELECT COUNT(*) FROM outbox WHERE state = 'sent'").await;
    assert!(
        sent_rows >= 1,
        "the relayed message went through the outbox"
    );
    assert_eq!(
        metric(&text, "wegweiser_outbox_rows{state=\"sent\"}"),
        Some(sent_rows as f64),
        "{text}"
    );
    assert_eq!(
        metric(&text, "wegweiser_outbox_rows{state=\"pending\"}"),
        Some(0.0)
    );
    assert_eq!(
        metric(&text, "wegweiser_outbox_oldest_due_seconds"),
        Some(0.0)
    );
    // The counter is the process's (other stories of this file add to it): at least ours.
    let ok = metric(&text, "wegweiser_sends_total{result=\"ok\"}").unwrap_or(0.0);
    assert!(ok >= sent_rows as f64, "{text}");
    assert!(
        text.contains("# TYPE wegweiser_sends_total counter"),
        "{text}"
    );
    // The client's message and the onboarding's taps and commands were handled.
    assert!(
        metric(&text, "wegweiser_updates_total{kind=\"text\"}").unwrap_or(0.0) >= 1.0,
        "{text}"
    );
    assert!(
        metric(&text, "wegweiser_updates_total{kind=\"button\"}").unwrap_or(0.0) >= 1.0,
        "{text}"
    );
    assert!(text.contains("wegweiser_handler_seconds_bucket"), "{text}");
    assert!(
        text.contains("wegweiser_gate_wait_seconds_bucket{class=\"answer\""),
        "{text}"
    );
    // The operator's other gauges are there from the first scrape.
    assert_eq!(
        metric(&text, "wegweiser_web_sessions_active"),
        Some(0.0),
        "nobody signed in to the workplace: {text}"
    );
    // (Process-wide: another story of this file may run two instances meanwhile.)
    assert!(metric(&text, "wegweiser_instances_live").is_some_and(|n| n >= 1.0));
    assert!(metric(&text, "wegweiser_webhook_refused_total").is_some());
    assert!(metric(&text, "wegweiser_scheduler_last_pass_age_seconds").is_some());
    // No label carries a person: neither Telegram id appears anywhere.
    assert!(!text.contains("7101") && !text.contains("7102"), "{text}");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_readiness_and_metrics_sqlite() {
    monitored_story(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_readiness_and_metrics_postgres() {
    monitored_story(Db::Postgres).await;
}

/// Between the app and PostgreSQL, a connection forwarder the story can cut and restore:
/// what a database failover or a network outage looks like to the app.
struct Cable {
    addr: SocketAddr,
    up: Arc<AtomicBool>,
    cut: Arc<tokio::sync::Notify>,
}

impl Cable {
    async fn to(target: &'static str) -> Cable {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let up = Arc::new(AtomicBool::new(true));
        let cut = Arc::new(tokio::sync::Notify::new());
        let (u, c) = (up.clone(), cut.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !u.load(Ordering::SeqCst) {
                    continue; // refused: dropped at once
                }
                let c = c.clone();
                tokio::spawn(async move {
                    let Ok(mut outbound) = TcpStream::connect(target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = c.notified() => {}
                    }
                });
            }
        });
        Cable { addr, up, cut }
    }

    fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.cut.notify_waiters();
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// `/readyz` turns unready when the database goes away, and ready again when it returns;
/// `/healthz` (the process lives) stays 200 throughout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_the_database_postgres() {
    if !postgres_enabled() {
        return;
    }
    let url = std::env::var(support::POSTGRES_ENV).unwrap();
    let host = "127.0.0.1:5432";
    assert!(
        url.contains(host),
        "the story expects PostgreSQL at {host}: {url}"
    );
    let cable = Cable::to(host).await;
    let via = cable.addr.to_string();
    let addr = free_addr();
    let listen = addr.to_string();
    let app = TestApp::start_reaching_db(
        Db::Postgres,
        default_start(),
        &[("WEGWEISER_WEB_LISTEN", listen.as_str())],
        |u| u.replace(host, &via),
    )
    .await;
    assert_eq!(get(addr, "/readyz").await.0, 200);

    cable.cut();
    let (status, body) = get(addr, "/readyz").await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("database"),
        "the reason names the database: {body}"
    );
    assert_eq!(get(addr, "/healthz").await.0, 200);

    cable.restore();
    let mut ready = false;
    for _ in 0..50 {
        if get(addr, "/readyz").await.0 == 200 {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(ready, "ready again once the database is back");
    app.finish().await;
}

/// How many connections hold the scheduler lock of the app's schema (0 or 1), read from
/// `pg_locks` without touching the lock.
async fn holders(url: &str) -> i64 {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let n: i64 = sqlx::query_scalar(
        // The lock's bigint key is split into classid (high 32 bits: all ones when the
        // hash is negative) and objid (low 32 bits).
        "WITH k AS (SELECT hashtext('wegweiser scheduler ' || current_schema())::bigint AS key) \
         SELECT COUNT(*) FROM pg_locks, k WHERE locktype = 'advisory' AND granted \
         AND objsubid = 1 \
         AND classid = (((key >> 32) & 4294967295)::text::oid) \
         AND objid = ((key & 4294967295)::text::oid)",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    n
}

/// Waits (up to 20 s: a loaded CI machine is slow to connect) until `holders` is `n`.
async fn holders_become(url: &str, n: i64) -> bool {
    for _ in 0..200 {
        if holders(url).await == n {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// Two instances on one PostgreSQL database: exactly one runs the periodic jobs; when it
/// dies (killed, no goodbye), the other takes over at its next minute.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_instance_leads_the_periodic_jobs_and_another_takes_over_postgres() {
    let Some(mut app) = TestApp::start_postgres().await else {
        return;
    };
    let url = app.config.database.url.clone();
    let second = wegweiser::app::start(app.config.clone(), app.clock.clone())
        .await
        .expect("a second instance starts on the same database");
    let survivor = second.store.clone();
    // Both made their first pass at start; the one that asked first leads, only it.
    assert!(holders_become(&url, 1).await, "one instance leads");
    assert!(
        app.store().lead_scheduler().await.unwrap(),
        "the first to start leads"
    );
    assert!(
        !survivor.lead_scheduler().await.unwrap(),
        "the second does not"
    );

    // The leader dies without a goodbye: its lock goes with its connection ...
    app.crash();
    assert!(
        holders_become(&url, 0).await,
        "a dead instance leads nothing"
    );
    // ... and at its next minute the other instance runs the periodic jobs.
    app.clock.advance(chrono::Duration::minutes(1));
    assert!(
        holders_become(&url, 1).await,
        "the survivor took over within its minute"
    );
    assert!(survivor.lead_scheduler().await.unwrap());
    second.stop().await;
    app.finish().await;
}

/// A rolling restart delays nothing: a graceful stop in the middle of sending gives the
/// rows its sender had claimed and not started back to the outbox, and the next instance
/// sends them at once — on the story's clock the two-minute claim never runs out, so
/// without the give-back they would not arrive at all. Each arrives once.
#[allow(unused_imports)]
mod a_graceful_stop_gives_back_claimed_rows {
    use super::*;
    use support::{TestApp, WAIT, count};
    use wegweiser::clock::Clock;
    use wegweiser::store::outbox::NewOutbox;

    const USERS: i64 = 100;

    async fn run(mut app: TestApp) {
        let users: Vec<_> = (0..USERS)
            .map(|i| {
                let u = app.user(8100 + i, "Nour", Some("de"));
                u.started_before();
                u
            })
            .collect();
        let help = app.t("de", "help");
        let got = |u: &wegweiser::fake_telegram::FakeUser| {
            u.transcript()
                .iter()
                .filter(|m| m.source.as_deref() == Some(help.as_str()))
                .count()
        };
        let arrived = || users.iter().filter(|u| got(u) > 0).count();
        let now = app.clock.now();
        let rows = users
            .iter()
            .map(|u| NewOutbox::notice(u.id(), "help", serde_json::json!({}), now))
            .collect();
        app.store().enqueue_all(rows, now).await.unwrap();
        app.fake
            .wait_until(WAIT, || arrived() >= 10)
            .await
            .expect("sending is under way");
        app.stop().await;
        let at_stop = arrived();
        assert!(
            at_stop < users.len(),
            "stopped in the middle ({at_stop} sent)"
        );
        // Nothing is left claimed: the rest is pending, due now, and no attempt counted.
        let sending = count(&app, "SELECT COUNT(*) FROM outbox WHERE state = 'sending'").await;
        let waiting = count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts = 0",
        )
        .await;
        assert_eq!(sending, 0, "no row waits for its lease");
        assert_eq!(
            waiting as usize,
            users.len() - at_stop,
            "the unsent rest is pending again"
        );

        // The next instance, with the clock where it was: everything arrives now.
        let started = std::time::Instant::now();
        app.restart().await;
        app.fake
            .wait_until(WAIT, || arrived() == users.len())
            .await
            .unwrap_or_else(|e| panic!("{} of {} arrived: {e}", arrived(), users.len()));
        eprintln!(
            "graceful stop after {at_stop} of {USERS}: the rest arrived {:?} after the restart",
            started.elapsed()
        );
        for u in &users {
            assert_eq!(got(u), 1, "once to {}", u.id());
        }
        app.finish().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        let app =
            TestApp::start_with(Db::Sqlite, &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "20")]).await;
        run(app).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if !postgres_enabled() {
            return;
        }
        let app =
            TestApp::start_with(Db::Postgres, &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "20")]).await;
        run(app).await;
    }
}

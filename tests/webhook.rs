//! Webhook mode over real HTTP: the emulator posts updates to the app's route on
//! `[web] listen`, with the secret. A request without the right secret is refused (401)
//! and changes nothing; an update delivered twice is handled once; switching between
//! polling and webhook needs no manual step, and stopping never deletes the webhook.

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use support::{Db, TestApp, WAIT, default_start, postgres_enabled};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use wegweiser::config::TelegramMode;

const SECRET: &str = "webhook-secret_for-tests";

fn free_addr() -> SocketAddr {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap()
}

/// Sends `body` to `path` as Telegram would (with `secret`, if any): the status.
async fn post(addr: SocketAddr, path: &str, secret: Option<&str>, body: &str) -> u16 {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let secret = secret
        .map(|v| format!("X-Telegram-Bot-Api-Secret-Token: {v}\r\n"))
        .unwrap_or_default();
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\n{secret}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut raw))
        .await
        .expect("an answer within 10 s")
        .unwrap();
    String::from_utf8_lossy(&raw)[9..12].parse().unwrap()
}

async fn get(addr: SocketAddr, path: &str) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).await.unwrap();
    String::from_utf8_lossy(&raw).into_owned()
}

fn refused(metrics: &str) -> f64 {
    metrics
        .lines()
        .find_map(|l| l.strip_prefix("wegweiser_webhook_refused_total "))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

async fn start_webhook(db: Db) -> (TestApp, SocketAddr, String) {
    let addr = free_addr();
    let listen = addr.to_string();
    let url = format!("http://{addr}/telegram/webhook");
    let app = TestApp::start_at(
        db,
        default_start(),
        &[
            ("WEGWEISER_WEB_LISTEN", listen.as_str()),
            ("WEGWEISER_TELEGRAM_MODE", "webhook"),
            ("WEGWEISER_TELEGRAM_WEBHOOK_URL", url.as_str()),
            ("WEGWEISER_TELEGRAM_WEBHOOK_SECRET", SECRET),
        ],
    )
    .await;
    app.fake
        .wait_until(WAIT, || {
            app.fake.webhook_url().as_deref() == Some(url.as_str())
        })
        .await
        .expect("the app registers its webhook");
    (app, addr, url)
}

async fn secret_and_duplicates(db: Db) {
    if db == Db::Postgres && !postgres_enabled() {
        return;
    }
    let (app, addr, _) = start_webhook(db).await;
    let path = "/telegram/webhook";
    let amina = app.user(7201, "Amina", Some("de"));
    amina.send_text("/start");
    let welcome = amina
        .wait_for(WAIT, |t| !t.is_empty())
        .await
        .expect("the webhook update is answered");
    let welcome = welcome[0].body().to_owned();
    assert!(
        app.fake
            .webhook_deliveries()
            .iter()
            .all(|d| d.status == Some(200)),
        "delivered at the first attempt"
    );

    // Forged requests: an update from someone who never wrote, without or with a wrong
    // secret. Refused, counted, and nothing happens.
    let before = refused(&get(addr, "/metrics").await);
    let forged = r#"{"update_id": 999, "message": {"message_id": 1, "date": 1764000000,
        "chat": {"id": 4242, "type": "private", "first_name": "Mallory"},
        "from": {"id": 4242, "is_bot": false, "first_name": "Mallory"}, "text": "/start"}}"#;
    assert_eq!(post(addr, path, None, forged).await, 401);
    assert_eq!(post(addr, path, Some("wrong"), forged).await, 401);
    assert_eq!(post(addr, path, Some(""), forged).await, 401);
    let after = refused(&get(addr, "/metrics").await);
    assert!(after >= before + 3.0, "counted: {before} → {after}");

    // Telegram repeats a delivery (its answer got lost), and the same update is posted
    // twice by hand: acknowledged each time, handled once.
    let first = app.fake.webhook_deliveries()[0].clone();
    assert!(app.fake.redeliver(first.update_id));
    app.fake
        .wait_until(WAIT, || app.fake.webhook_deliveries().len() >= 2)
        .await
        .unwrap();
    let again = first.payload().to_string();
    assert_eq!(post(addr, path, Some(SECRET), &again).await, 200);
    assert_eq!(post(addr, path, Some(SECRET), &again).await, 200);
    // Something new after the repeats: once its answer is there, the repeats are done.
    let seen = amina.transcript().len();
    amina.send_text("/help");
    amina.wait_for(WAIT, |t| t.len() > seen).await.unwrap();
    let welcomes = amina
        .transcript()
        .iter()
        .filter(|m| m.body() == welcome)
        .count();
    assert_eq!(welcomes, 1, "the repeated /start was not handled again");
    assert!(
        app.fake.calls().iter().all(|c| c.chat_id != Some(4242)),
        "the forged update reached no handler"
    );
    let forged_rows = support::count(
        &app,
        "SELECT COUNT(*) FROM inbound_updates WHERE update_id = 999",
    )
    .await;
    assert_eq!(forged_rows, 0, "the forged update was not recorded");
    // The payload is cleared once the handler is done, which is just after its answer
    // went out: wait for it a moment rather than racing it.
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let unhandled = support::count(
            &app,
            "SELECT COUNT(*) FROM inbound_updates WHERE payload IS NOT NULL",
        )
        .await;
        if unhandled == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "handled updates keep no content: {unhandled} still hold theirs"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secret_and_duplicates_sqlite() {
    secret_and_duplicates(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secret_and_duplicates_postgres() {
    secret_and_duplicates(Db::Postgres).await;
}

/// webhook → (stop: the webhook stays) → polling → webhook, each answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_between_polling_and_webhook_needs_no_manual_step() {
    let (mut app, _, url) = start_webhook(Db::Sqlite).await;
    let amina = app.user(7301, "Amina", Some("de"));
    let answered = |n: usize| {
        let amina = amina.clone();
        async move { amina.wait_for(WAIT, |t| t.len() > n).await.unwrap().len() }
    };
    amina.send_text("/start");
    let mut seen = answered(0).await;

    // A stop (as in a rolling restart) leaves the webhook in place.
    app.stop().await;
    assert_eq!(app.fake.webhook_url().as_deref(), Some(url.as_str()));

    app.config.telegram.mode = TelegramMode::Polling;
    app.restart().await;
    amina.send_text("/help");
    seen = answered(seen).await;
    assert_eq!(app.fake.webhook_url(), None, "polling removed the webhook");
    assert!(
        app.fake
            .calls_to("getUpdates")
            .iter()
            .any(|c| c.outcome == wegweiser::fake_telegram::Outcome::Ok)
    );

    app.config.telegram.mode = TelegramMode::Webhook;
    app.restart().await;
    app.fake
        .wait_until(WAIT, || {
            app.fake.webhook_url().as_deref() == Some(url.as_str())
        })
        .await
        .unwrap();
    let delivered = app.fake.webhook_deliveries().len();
    amina.send_text("/help");
    app.fake
        .wait_until(WAIT, || {
            app.fake.webhook_deliveries()[delivered..]
                .iter()
                .any(|d| d.status == Some(200))
        })
        .await
        .expect("the last one came by webhook");
    answered(seen).await;
    app.finish().await;
}

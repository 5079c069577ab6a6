//! Scale benchmark (not a test): `cargo bench --bench scale`.
//!
//! 1. A SQLite database with 100,000 clients and 1,000,000 planned reminders (outbox rows
//!    due over the next year, 1,000 of them due now): how long one scheduler/sender pass
//!    needs to find what is due (`next_due`, and claiming a batch of 500).
//! 2. The sender's throughput against the local Telegram emulator with the global limit
//!    raised to 1,000 messages/s (`BENCH_RATE`): achieved rate ÷ allowed rate.
//!
//! Sizes can be lowered for a quick look: `BENCH_CLIENTS=10000 BENCH_REMINDERS=100000
//! BENCH_SENDS=2000 cargo bench --bench scale`.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use wegweiser::clock::{Clock, SystemClock};
use wegweiser::config::Config;
use wegweiser::delivery::Sender;
use wegweiser::fake_telegram::FakeTelegram;
use wegweiser::i18n::Texts;
use wegweiser::store;
use wegweiser::store::outbox::NewOutbox;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let clients = env_or("BENCH_CLIENTS", 100_000);
    let reminders = env_or("BENCH_REMINDERS", 1_000_000);
    let sends = env_or("BENCH_SENDS", 10_000);
    let rate = env_or("BENCH_RATE", 1_000);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let store = store::open(&url, 5).await.unwrap();
    let now = Utc::now();
    let ms = now.timestamp_millis();

    // Fill the database directly, in large transactions.
    let started = Instant::now();
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    for sql in [
        "INSERT INTO organisations (name, kind, created_at) VALUES ('Bench', 'landkreis', 0)",
        "INSERT INTO gemeinden (ags, name, landkreis, created_at) VALUES ('08118011', 'Hemmingen', 'Ludwigsburg', 0)",
        "INSERT INTO managers (organisation_id, telegram_id, display_name, status, created_at) VALUES (1, 1, 'Bench', 'active', 0)",
    ] {
        sqlx::query(sql).execute(&mut *tx).await.unwrap();
    }
    for chunk in (0..clients).collect::<Vec<_>>().chunks(500) {
        let values: Vec<String> = chunk
            .iter()
            .map(|i| {
                format!(
                    "(1, 1, 'C-{i}', 'de', 'active', {}, {ms}, 0)",
                    1_000_000 + i
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO clients (manager_id, gemeinde_id, label, language, status, telegram_id, linked_at, created_at) VALUES {}",
            values.join(",")
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let year_ms: i64 = 365 * 24 * 3600 * 1000;
    for start in (0..reminders).step_by(100_000) {
        let mut tx = pool.begin().await.unwrap();
        for chunk in (start..(start + 100_000).min(reminders))
            .collect::<Vec<_>>()
            .chunks(500)
        {
            let values: Vec<String> = chunk
                .iter()
                .map(|i| {
                    // 1,000 due now; the rest spread over the coming year.
                    let due = if *i < 1_000 { ms - 1_000 } else { ms + 60_000 + (*i as i64 * 7_919_000) % year_ms };
                    let client = i % clients;
                    format!(
                        "('reminder', {}, 'appointment-reminder', '{{}}', {due}, {}, 'bench:{i}', {ms}, {}, 'appointment:{i}')",
                        1_000_000 + client,
                        due + 3_600_000,
                        client + 1
                    )
                })
                .collect();
            let sql = format!(
                "INSERT INTO outbox (kind, recipient_id, template, args, due_at, expires_at, dedupe_key, created_at, client_id, subject) VALUES {}",
                values.join(",")
            );
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
    }
    pool.close().await;
    println!(
        "filled {clients} clients and {reminders} reminders in {:.1?}",
        started.elapsed()
    );

    // 1. Finding what is due.
    let mut next_due = vec![];
    for _ in 0..21 {
        let t = Instant::now();
        store.next_due().await.unwrap();
        next_due.push(t.elapsed());
    }
    let lease = now + chrono::Duration::minutes(2);
    let t = Instant::now();
    let first = store.claim_due(now, lease, 500).await.unwrap();
    let claim1 = t.elapsed();
    let t = Instant::now();
    let second = store.claim_due(now, lease, 500).await.unwrap();
    let claim2 = t.elapsed();
    let t = Instant::now();
    let none = store.claim_due(now, lease, 500).await.unwrap();
    let claim3 = t.elapsed();
    assert_eq!((first.len(), second.len(), none.len()), (500, 500, 0));
    println!(
        "scheduler pass over {reminders} planned reminders: next_due {:.2?} (median of 21); \
         claim 500 due {:.2?}, next 500 {:.2?}, nothing due {:.2?}",
        median(next_due),
        claim1,
        claim2,
        claim3
    );
    for row in first.iter().chain(&second) {
        store
            .finish_unsent(row.id, "dropped", "bench")
            .await
            .unwrap();
    }

    // 2. Sender throughput against the emulator, global limit 1,000/s.
    let token = "424242:bench";
    let fake = FakeTelegram::start(token).await.unwrap();
    let users: Vec<i64> = (0..sends as i64).map(|i| 5_000_000 + i).collect();
    for id in &users {
        fake.user(*id, "Bench", Some("de")).send_text("/start");
    }
    let env: Vec<(String, String)> = vec![
        ("WEGWEISER_TELEGRAM_TOKEN".into(), token.into()),
        (
            "WEGWEISER_TELEGRAM_API_URL".into(),
            fake.api_url().to_string(),
        ),
        ("WEGWEISER_DATABASE_URL".into(), url.clone()),
        ("WEGWEISER_TELEGRAM_GLOBAL_RATE".into(), rate.to_string()),
    ];
    let config = Arc::new(Config::from_toml("", &env, Path::new(".")).unwrap());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let send_now = clock.now();
    let rows: Vec<NewOutbox> = users
        .iter()
        .map(|id| NewOutbox::notice(*id, "help", serde_json::json!({}), send_now))
        .collect();
    store.enqueue_all(rows, send_now).await.unwrap();
    let share = config.telegram.global_rate;
    let started = Instant::now();
    let sender = Sender {
        store: store.clone(),
        bot: wegweiser::app::make_sender_bot(&config),
        gate: wegweiser::delivery::Gate::new(config.telegram.global_rate),
        texts: Arc::new(Texts::load().unwrap()),
        clock,
        config: config.clone(),
        wake: Arc::new(tokio::sync::Notify::new()),
    }
    .spawn();
    while fake.calls_to("sendMessage").len() < sends {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed();
    sender.stop().await;
    let achieved = sends as f64 / elapsed.as_secs_f64();
    let peak = fake.max_sends_in_window(Duration::from_secs(1), None);
    println!(
        "sender: {sends} messages in {:.2?} = {achieved:.0}/s against the gate's \
         {share}/s of the global {rate}/s (ratio {:.2}); most in any one second: {peak}",
        elapsed,
        achieved / share as f64
    );
    store.close().await;
}

//! Broadcast benchmark (not a test): `cargo bench --bench broadcast`.
//!
//! The whole service in this process (`app::start`: inbound, gate, sender, scheduler with
//! the progress message) against the local Telegram emulator, `telegram.global_rate` at
//! 30/s (`BENCH_RATE`), SQLite. Two announcements to 10,000 consenting clients
//! (`BENCH_RECIPIENTS`): the first with nobody interacting — how close the achieved rate
//! comes to the global limit (achieved ÷ rate); the second while people ask for `/help`
//! five times a second (`BENCH_ASKS`) — how fast they are answered (p50, p99, max of
//! update → answer). For both, the most rate-limited requests (sends and edits, answers
//! included) the emulator saw in any one second.
//!
//! At 30/s each announcement takes about 5.6 minutes; `BENCH_RECIPIENTS=2000` gives a
//! quick look.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use wegweiser::clock::{Clock, SystemClock};
use wegweiser::config::Config;
use wegweiser::fake_telegram::{FakeTelegram, FakeUser};
use wegweiser::store;
use wegweiser::store::broadcasts::{Audience, NewBroadcast};
use wegweiser::store::people::Actor;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

const LANGS: [&str; 6] = ["de", "ar", "fa", "ti", "uk", "en"];

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let recipients = env_or("BENCH_RECIPIENTS", 10_000);
    let rate = env_or("BENCH_RATE", 30);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("broadcast.db").display());
    let store = store::open(&url, 5).await.unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let ms = clock.now().timestamp_millis();

    let token = "424242:bench";
    let fake = FakeTelegram::start(token).await.unwrap();
    // The manager (Telegram id 1) and the clients, who started the bot long ago.
    fake.user(1, "Manager", Some("de")).started_before();
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    for sql in [
        "INSERT INTO organisations (name, kind, created_at) VALUES ('Bench', 'landkreis', 0)",
        "INSERT INTO gemeinden (ags, name, landkreis, created_at) VALUES ('08118011', 'Hemmingen', 'Ludwigsburg', 0)",
        "INSERT INTO managers (organisation_id, telegram_id, display_name, status, created_at) VALUES (1, 1, 'Bench', 'active', 0)",
    ] {
        sqlx::query(sql).execute(&mut *tx).await.unwrap();
    }
    for chunk in (0..recipients).collect::<Vec<_>>().chunks(500) {
        let values: Vec<String> = chunk
            .iter()
            .map(|i| {
                let lang = LANGS[i % LANGS.len()];
                format!(
                    "(1, 1, 'C-{i}', '{lang}', 'active', {}, {ms}, 0)",
                    2_000_000 + i
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
        let consents: Vec<String> = chunk
            .iter()
            .map(|i| format!("({}, 'announcements', {ms})", i + 1))
            .collect();
        let sql = format!(
            "INSERT INTO consents (client_id, purpose, granted_at) VALUES {}",
            consents.join(",")
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    pool.close().await;
    for i in 0..recipients {
        fake.user(2_000_000 + i as i64, "Client", Some(LANGS[i % LANGS.len()]))
            .started_before();
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
    let config = Config::from_toml("", &env, Path::new(".")).unwrap();
    store.close().await;
    let running = wegweiser::app::start(config, clock.clone()).await.unwrap();
    // People who ask for help meanwhile (they have talked to the bot before).
    let askers: Vec<FakeUser> = (0..200)
        .map(|i| {
            let u = fake.user(3_000_000 + i, "Person", Some("de"));
            u.started_before();
            u
        })
        .collect();
    let asks_per_second = env_or("BENCH_ASKS", 5) as f64;

    println!("broadcast: {recipients} recipients, global_rate {rate}/s, SQLite, release build");
    for (round, asking) in [(1, false), (2, true)] {
        fake.clear_calls();
        let store = running.store.clone();
        let now = clock.now();
        let id = store
            .add_broadcast(&announcement(now), Actor::Cli, now)
            .await
            .unwrap();
        store.start_due_broadcasts(now).await.unwrap();
        let started = Instant::now();
        let mut latencies: Vec<Duration> = vec![];
        let mut unanswered = 0;
        let mut next_ask = tokio::time::Instant::now();
        let mut k = 0usize;
        while announcements(&fake) < recipients {
            if asking {
                tokio::time::sleep_until(next_ask).await;
                next_ask += Duration::from_secs_f64(1.0 / asks_per_second);
                let user = &askers[k % askers.len()];
                k += 1;
                let before = user.transcript().len();
                let asked = Instant::now();
                user.send_text("/help");
                // Answered while the next one is due, or counted as slow below.
                let waited = user
                    .wait_for(Duration::from_secs(10), |t| t.len() > before)
                    .await;
                match waited {
                    Ok(_) => latencies.push(asked.elapsed()),
                    Err(_) => unanswered += 1,
                }
            } else {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        let elapsed = started.elapsed();
        // Let the last progress update and the report go out.
        while store.broadcast(id).await.unwrap().unwrap().status != "done" {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let achieved = recipients as f64 / elapsed.as_secs_f64();
        let peak = fake.max_calls_in_window(Duration::from_secs(1), |c| {
            c.is_send() || c.method.starts_with("editMessage")
        });
        let edits = fake.calls_to("editMessageText").len();
        println!(
            "round {round} ({}): {recipients} announcements in {elapsed:.1?} = {achieved:.2}/s; \
             achieved ÷ global rate = {:.3}; most rate-limited requests in any one second: \
             {peak} (limit {rate}); progress edits: {edits}",
            if asking {
                "people asking for help"
            } else {
                "nobody interacting"
            },
            achieved / rate as f64
        );
        if asking {
            latencies.sort();
            let at = |p: f64| {
                latencies
                    .get(((latencies.len() as f64 - 1.0) * p).round() as usize)
                    .copied()
                    .unwrap_or_default()
                    .as_secs_f64()
                    * 1e3
            };
            println!(
                "round {round}: {} answers to /help: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; \
                 unanswered within 10 s: {unanswered}",
                latencies.len(),
                at(0.5),
                at(0.99),
                latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
            );
        }
    }
    running.stop().await;
}

fn announcement(now: chrono::DateTime<chrono::Utc>) -> NewBroadcast {
    NewBroadcast {
        author_id: 1,
        audience: Audience {
            manager_id: Some(1),
            gemeinde_id: None,
            languages: vec![],
            offer_id: None,
        },
        texts: BTreeMap::from([
            (
                "de".into(),
                "Neuer Deutschkurs ab Montag, 9 Uhr, im Rathaus.".into(),
            ),
            (
                "ar".into(),
                "دورة جديدة للغة الألمانية ابتداءً من يوم الاثنين.".into(),
            ),
        ]),
        offer_id: None,
        send_at: now,
    }
}

fn announcements(fake: &FakeTelegram) -> usize {
    fake.calls_to("sendMessage")
        .iter()
        .filter(|c| {
            c.chat_id
                .is_some_and(|c| (2_000_000..3_000_000).contains(&c))
        })
        .count()
}

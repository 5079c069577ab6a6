//! Broadcast benchmark (not a test): `cargo bench --bench broadcast`.
//!
//! An announcement to 10,000 consenting clients (`BENCH_RECIPIENTS`) against the local
//! Telegram emulator with `telegram.global_rate` at 30/s (`BENCH_RATE`), sent by the real
//! sender with the real scheduler keeping the progress message current: how close the
//! achieved rate comes to the allowed one (achieved ÷ allowed), for the outbox's share
//! and for the whole global limit, and the most messages (edits included) seen in any
//! one second.
//!
//! At 30/s this takes about ten minutes; `BENCH_RECIPIENTS=2000` gives a quick look.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use wegweiser::clock::{Clock, SystemClock};
use wegweiser::config::Config;
use wegweiser::delivery::Sender;
use wegweiser::fake_telegram::FakeTelegram;
use wegweiser::i18n::Texts;
use wegweiser::scheduler::Scheduler;
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
    let config = Arc::new(Config::from_toml("", &env, Path::new(".")).unwrap());
    let wake = Arc::new(tokio::sync::Notify::new());
    let now = clock.now();
    let id = store
        .add_broadcast(
            &NewBroadcast {
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
            },
            Actor::Cli,
            now,
        )
        .await
        .unwrap();
    let started = Instant::now();
    let scheduler = Scheduler {
        store: store.clone(),
        clock: clock.clone(),
        config: config.clone(),
        wake: wake.clone(),
    }
    .spawn();
    let sender = Sender {
        store: store.clone(),
        bot: wegweiser::app::make_sender_bot(&config),
        gate: wegweiser::delivery::Gate::new(config.telegram.global_rate),
        texts: Arc::new(Texts::load().unwrap()),
        clock: clock.clone(),
        config: config.clone(),
        wake,
    }
    .spawn();
    let announcements = |fake: &FakeTelegram| {
        fake.calls_to("sendMessage")
            .iter()
            .filter(|c| c.chat_id != Some(1))
            .count()
    };
    while announcements(&fake) < recipients {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let elapsed = started.elapsed();
    // Let the last progress update and the report go out.
    while store.broadcast(id).await.unwrap().unwrap().status != "done" {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    scheduler.stop().await;
    sender.stop().await;
    let share = config.telegram.global_rate;
    let achieved = recipients as f64 / elapsed.as_secs_f64();
    let peak = fake.max_calls_in_window(Duration::from_secs(1), |c| {
        c.is_send() || c.method == "editMessageText"
    });
    let edits = fake.calls_to("editMessageText").len();
    println!(
        "broadcast: {recipients} recipients in {elapsed:.1?} = {achieved:.2}/s; allowed: the \
         gate's {share}/s of the global {rate}/s; achieved ÷ share = {:.3}, achieved ÷ \
         global = {:.3}; most messages in any one second (edits included): {peak}; progress \
         edits: {edits}",
        achieved / share as f64,
        achieved / rate as f64
    );
    store.close().await;
}

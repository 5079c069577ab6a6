//! The announcements page for a global administrator (not a test): `cargo bench --bench
//! announce`.
//!
//! 1,100 Gemeinden (`BENCH_GEMEINDEN`), 200 managers serving them, 5,000 clients who
//! agreed to announcements, in SQLite; `GET /announcements` (the audience picker offers
//! every Gemeinde with its recipients, as a list to choose from) is requested through the workplace's router
//! `BENCH_RUNS` times and the p50 and p99 server time printed. The target is ≤ 50 ms.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::http::{Request, header};
use chrono::Utc;
use tower::ServiceExt;
use wegweiser::clock::{Clock, SystemClock};
use wegweiser::config::Config;
use wegweiser::i18n::Texts;
use wegweiser::store;
use wegweiser::usecase::Ctx;
use wegweiser::web::session;

/// The global administrator's Telegram id.
const ADMIN: i64 = 9;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let gemeinden = env_or("BENCH_GEMEINDEN", 1_100);
    let managers = 200;
    let clients = 5_000;
    let runs = env_or("BENCH_RUNS", 200);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("announce.db").display());
    let store = store::open(&url, 5).await.unwrap();
    let now = Utc::now();
    let ms = now.timestamp_millis();

    // Every table's rows as SQL value tuples, written 500 at a time.
    let mut tables: Vec<(&str, Vec<String>)> = vec![(
        "organisations (name, kind, created_at)",
        vec!["('Bench', 'landkreis', 0)".into()],
    )];
    tables.push((
        "gemeinden (ags, name, landkreis, created_at)",
        (0..gemeinden)
            .map(|g| {
                format!(
                    "('{:08}', 'Gemeinde {g}', 'Landkreis {}', 0)",
                    8_000_000 + g,
                    g % 35
                )
            })
            .collect(),
    ));
    tables.push((
        "managers (organisation_id, telegram_id, display_name, status, created_at)",
        (0..managers)
            .map(|m| format!("(1, {}, 'Manager {m}', 'active', 0)", 100 + m))
            .collect(),
    ));
    tables.push((
        "manager_gemeinden (manager_id, gemeinde_id)",
        (0..gemeinden)
            .map(|g| format!("({}, {})", 1 + g % managers, 1 + g))
            .collect(),
    ));
    let langs = ["de", "ar", "fa", "ti", "uk", "en"];
    tables.push((
        "clients (manager_id, gemeinde_id, label, language, status, telegram_id, linked_at, last_contact_at, created_at)",
        (0..clients)
            .map(|c| {
                let g = c % gemeinden;
                format!(
                    "({}, {}, 'C-{c}', '{}', 'active', {}, {ms}, {ms}, 0)",
                    1 + g % managers,
                    1 + g,
                    langs[c % langs.len()],
                    1_000_000 + c
                )
            })
            .collect(),
    ));
    tables.push((
        "consents (client_id, purpose, granted_at)",
        (0..clients)
            .map(|c| format!("({}, 'announcements', 0)", 1 + c))
            .collect(),
    ));
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    for (table, rows) in tables {
        for chunk in rows.chunks(500) {
            let sql = format!("INSERT INTO {table} VALUES {}", chunk.join(","));
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await
                .unwrap();
        }
    }
    tx.commit().await.unwrap();

    let env: Vec<(String, String)> = vec![
        ("WEGWEISER_TELEGRAM_TOKEN".into(), "424242:bench".into()),
        ("WEGWEISER_DATABASE_URL".into(), url.clone()),
        ("WEGWEISER_WEB_LISTEN".into(), "127.0.0.1:0".into()),
        ("WEGWEISER_ADMINS".into(), ADMIN.to_string()),
    ];
    let config = Arc::new(Config::from_toml("", &env, Path::new(".")).unwrap());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let ctx = Arc::new(Ctx {
        store: store.clone(),
        texts: Arc::new(Texts::load().unwrap()),
        clock,
        config,
        wake: Arc::new(tokio::sync::Notify::new()),
        bot_username: Arc::default(),
    });
    // Signed in as a person is: the bot's link, then "sign in" (the session cookie).
    let link = session::new_link(&ctx, ADMIN, now).await.unwrap().unwrap();
    let token = link.rsplit('/').next().unwrap().to_owned();
    let router = wegweiser::web::router(ctx);
    let signed_in = router
        .clone()
        .oneshot(
            Request::post("/sign-in")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("token={token}")))
                .unwrap(),
        )
        .await
        .unwrap();
    let cookie = signed_in.headers()[header::SET_COOKIE].to_str().unwrap();
    let cookie = cookie.split(';').next().unwrap().to_owned();

    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let req = Request::get("/announcements")
            .header(header::COOKIE, cookie.as_str())
            .body(Body::empty())
            .unwrap();
        let started = Instant::now();
        let resp = router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let body = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        times.push(started.elapsed());
        assert!(status.is_success(), "{status}");
        // Every Gemeinde is offered, each with its recipients.
        let page = String::from_utf8_lossy(&body);
        assert_eq!(page.matches("<option value=\"0-").count(), gemeinden);
    }
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
    println!(
        "announcements page, global administrator, {gemeinden} Gemeinden, {managers} managers, \
         {clients} clients, {runs} runs (SQLite): p50 {:.2} ms   p99 {:.2} ms",
        at(0.5),
        at(0.99)
    );
}

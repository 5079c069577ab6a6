//! What the web benchmarks share (`benches/web.rs`, `benches/admin.rs`): sizes from the
//! environment, bulk inserts, the context and a signed-in session, and the measurement of
//! one page through the router.

#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, header};
use chrono::{DateTime, Utc};
use tower::ServiceExt;
use wegweiser::clock::{Clock, SystemClock};
use wegweiser::config::Config;
use wegweiser::i18n::Texts;
use wegweiser::store::Store;
use wegweiser::usecase::Ctx;
use wegweiser::web::session;

pub fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Inserts `rows` (SQL value tuples) into `table (columns)`, 500 at a time.
pub async fn insert(tx: &mut sqlx::SqliteConnection, table: &str, rows: Vec<String>) {
    for chunk in rows.chunks(500) {
        let sql = format!("INSERT INTO {table} VALUES {}", chunk.join(","));
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
}

pub fn quantile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

/// The context of the service on `url`, with `extra` environment (e.g. the admins).
pub fn context(store: Arc<dyn Store>, url: &str, extra: &[(&str, String)]) -> Arc<Ctx> {
    let mut env: Vec<(String, String)> = vec![
        ("WEGWEISER_TELEGRAM_TOKEN".into(), "424242:bench".into()),
        ("WEGWEISER_DATABASE_URL".into(), url.to_owned()),
        ("WEGWEISER_WEB_LISTEN".into(), "127.0.0.1:0".into()),
    ];
    env.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    let config = Arc::new(Config::from_toml("", &env, Path::new(".")).unwrap());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    Arc::new(Ctx {
        store,
        texts: Arc::new(Texts::load().unwrap()),
        clock,
        config,
        wake: Arc::new(tokio::sync::Notify::new()),
        bot_username: Arc::default(),
    })
}

/// A session of `telegram_id` as the sign-in link makes it: the cookie's value.
pub async fn session_of(store: &dyn Store, telegram_id: i64, now: DateTime<Utc>) -> String {
    let (token, id) = (session::new_secret(), session::new_secret());
    store
        .create_sign_in(
            &session::hash(&token),
            telegram_id,
            now + session::LINK_VALID,
            now,
        )
        .await
        .unwrap();
    store
        .redeem_sign_in(
            &session::hash(&token),
            &session::hash(&id),
            &session::new_secret(),
            now + session::MAX_AGE,
            now,
        )
        .await
        .unwrap()
        .expect("the link works");
    id
}

/// Requests `path` `runs` times with the session: p50, p99, and the body's size; the
/// status instead when the first answer is not a success (a page the person may not open).
pub async fn measure(
    router: &Router,
    session: &str,
    path: &str,
    runs: usize,
) -> Result<(Duration, Duration, usize), axum::http::StatusCode> {
    let mut times = Vec::with_capacity(runs);
    let mut size = 0;
    for _ in 0..runs {
        let req = Request::get(path)
            .header(header::COOKIE, format!("wg_session={session}"))
            .body(Body::empty())
            .unwrap();
        let started = Instant::now();
        let resp = router.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let body = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        times.push(started.elapsed());
        if times.len() == 1 && !status.is_success() {
            return Err(status);
        }
        assert!(status.is_success(), "{path}: {status}");
        assert!(!body.is_empty());
        size = body.len();
    }
    times.sort();
    Ok((quantile(&times, 0.5), quantile(&times, 0.99), size))
}

/// One line of a benchmark's table.
pub fn report(name: &str, p50: Duration, p99: Duration) {
    println!(
        "  {name:<34} p50 {:>7.2} ms   p99 {:>7.2} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

//! The test harness: the whole application in process, on a fresh database (a SQLite file
//! in a temporary folder, or a fresh PostgreSQL schema), talking over real HTTP to the
//! Telegram emulator, with a manual clock.
//!
//! Write a story once with [`story!`]; it runs on SQLite always and on PostgreSQL when
//! `WEGWEISER_TEST_POSTGRES_URL` is set (CI sets it). Without it the PostgreSQL half says
//! on the terminal that it was skipped.

#![allow(dead_code)]

pub mod broadcast;
pub mod browser;
pub mod cli;
pub mod forwarder;
pub mod http;
pub mod people;
pub mod processes;
mod violations;

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, TimeZone, Utc};
use wegweiser::app::{self, Running};
use wegweiser::clock::{Clock, ManualClock};
use wegweiser::config::Config;
use wegweiser::fake_telegram::{FakeTelegram, FakeUser};
use wegweiser::i18n::{Arg, Texts};
use wegweiser::store::{self, Store};

pub const TOKEN: &str = "424242:test-token-never-logged";
/// The Telegram id of the global administrator in every test configuration.
pub const ADMIN: i64 = 9000;
pub const POSTGRES_ENV: &str = "WEGWEISER_TEST_POSTGRES_URL";

/// Writes a story as two tests, `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! story {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: $crate::support::TestApp) {
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::support::TestApp::start($crate::support::Db::Sqlite).await;
                run(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(app) = $crate::support::TestApp::start_postgres().await else {
                    return;
                };
                run(app).await;
            }
        }
    };
}

/// Like [`story!`], with the clock starting at `start` and extra `WEGWEISER_*` settings.
#[macro_export]
macro_rules! story_with {
    ($name:ident, $start:expr, $env:expr, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: $crate::support::TestApp) {
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app =
                    $crate::support::TestApp::start_at($crate::support::Db::Sqlite, $start, $env)
                        .await;
                run(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if !$crate::support::postgres_enabled() {
                    return;
                }
                let app =
                    $crate::support::TestApp::start_at($crate::support::Db::Postgres, $start, $env)
                        .await;
                run(app).await;
            }
        }
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// Where a test's data lives, removed when the test ends.
pub enum TestDb {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, schema: String },
}

impl TestDb {
    /// A fresh, empty database and its URL.
    pub async fn create(kind: Db) -> (TestDb, String) {
        match kind {
            Db::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("wegweiser.db").display());
                (TestDb::Sqlite(dir), url)
            }
            Db::Postgres => {
                let admin_url = std::env::var(POSTGRES_ENV).expect("checked by the caller");
                static COUNTER: AtomicU32 = AtomicU32::new(0);
                let schema = format!(
                    "wg_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    Utc::now().timestamp_micros()
                );
                let pool = sqlx::PgPool::connect(&admin_url).await.unwrap_or_else(|e| {
                    panic!("{POSTGRES_ENV} is set but PostgreSQL is not reachable: {e}")
                });
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                    .execute(&pool)
                    .await
                    .expect("create test schema");
                pool.close().await;
                let sep = if admin_url.contains('?') { '&' } else { '?' };
                let url = format!("{admin_url}{sep}options=-c%20search_path%3D{schema}");
                (TestDb::Postgres { admin_url, schema }, url)
            }
        }
    }

    /// Removes the database (a PostgreSQL schema; a SQLite folder goes on drop).
    pub async fn drop_now(&self) {
        if let TestDb::Postgres { admin_url, schema } = self
            && let Ok(pool) = sqlx::PgPool::connect(admin_url).await
        {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                .execute(&pool)
                .await;
            pool.close().await;
        }
    }
}

/// The application under test and everything around it.
pub struct TestApp {
    pub fake: FakeTelegram,
    pub clock: Arc<ManualClock>,
    pub texts: Texts,
    pub config: Config,
    pub db: Db,
    running: Option<Running>,
    test_db: TestDb,
    /// Pointless requests are provoked on purpose (see [`TestApp::allow_pointless_requests`]).
    pointless_allowed: bool,
}

/// 2026-11-23 09:00 in Berlin: a Monday morning.
pub fn default_start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap()
}

impl TestApp {
    pub async fn start(db: Db) -> TestApp {
        Self::start_with(db, &[]).await
    }

    /// `None` (and a notice on the terminal) when PostgreSQL is not configured.
    pub async fn start_postgres() -> Option<TestApp> {
        if !postgres_enabled() {
            return None;
        }
        Some(Self::start(Db::Postgres).await)
    }

    /// Starts with extra `WEGWEISER_*` settings.
    pub async fn start_with(db: Db, extra_env: &[(&str, &str)]) -> TestApp {
        Self::start_at(db, default_start(), extra_env).await
    }

    /// Starts with the clock at `start` and extra `WEGWEISER_*` settings.
    pub async fn start_at(db: Db, start: DateTime<Utc>, extra_env: &[(&str, &str)]) -> TestApp {
        Self::start_reaching_db(db, start, extra_env, |url| url.to_owned()).await
    }

    /// Like [`TestApp::start_at`], with the app reaching its database at `reach(url)` (for
    /// a story that puts something between the app and its database).
    pub async fn start_reaching_db(
        db: Db,
        start: DateTime<Utc>,
        extra_env: &[(&str, &str)],
        reach: impl FnOnce(&str) -> String,
    ) -> TestApp {
        let fake = FakeTelegram::start(TOKEN).await.expect("emulator starts");
        let (test_db, url) = TestDb::create(db).await;
        let url = reach(&url);
        let mut env: Vec<(String, String)> = vec![
            ("WEGWEISER_TELEGRAM_TOKEN".into(), TOKEN.into()),
            (
                "WEGWEISER_TELEGRAM_API_URL".into(),
                fake.api_url().to_string(),
            ),
            ("WEGWEISER_DATABASE_URL".into(), url),
            ("WEGWEISER_ADMINS".into(), ADMIN.to_string()),
        ];
        env.extend(
            extra_env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
        let config =
            Config::from_toml("", &env, Path::new(".")).expect("test configuration is valid");
        let clock = Arc::new(ManualClock::new(start));
        let running = app::start(config.clone(), clock.clone())
            .await
            .expect("application starts");
        TestApp {
            fake,
            clock,
            texts: Texts::load().expect("locales load"),
            config,
            db,
            running: Some(running),
            test_db,
            pointless_allowed: false,
        }
    }

    pub fn store(&self) -> Arc<dyn Store> {
        self.running.as_ref().expect("running").store.clone()
    }

    /// A Telegram user to play.
    pub fn user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> FakeUser {
        self.fake.user(id, first_name, language_code)
    }

    /// The text of message `id` in `lang`, rendered as the bot renders it.
    pub fn t(&self, lang: &str, id: &str) -> String {
        self.texts.t(lang, id)
    }

    pub fn t_with(&self, lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.texts.t_with(lang, id, args)
    }

    /// Stops the application (graceful shutdown) and starts it again on the same
    /// database and emulator, as after a restart of the service.
    pub async fn restart(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        let running = app::start(self.config.clone(), self.clock.clone())
            .await
            .expect("application restarts");
        self.running = Some(running);
    }

    /// Kills the application with no grace (as `kill -9` would) and starts it again on
    /// the same database and emulator.
    pub async fn crash_and_restart(&mut self) {
        if let Some(r) = self.running.take() {
            r.kill();
        }
        let running = app::start(self.config.clone(), self.clock.clone())
            .await
            .expect("application restarts");
        self.running = Some(running);
    }

    /// Kills the application with no grace (as `kill -9` would) and leaves it dead.
    pub fn crash(&mut self) {
        if let Some(r) = self.running.take() {
            r.kill();
        }
    }

    /// Stops the application gracefully; returns how long it took.
    pub async fn stop(&mut self) -> std::time::Duration {
        let started = std::time::Instant::now();
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
        started.elapsed()
    }

    /// Opens a second connection to the test database, for assertions on stored rows.
    pub async fn open_store(&self) -> Arc<dyn Store> {
        store::open(&self.config.database.url, 1)
            .await
            .expect("test database opens")
    }

    /// Stops everything and removes the test database.
    pub async fn finish(mut self) {
        self.stop().await;
        self.test_db.drop_now().await;
        // Dropping `self` checks the emulator's log for pointless requests.
    }
}

/// Counts rows with a query on the test database directly (for privacy checks that look
/// past the store's API). `sql` must return one BIGINT.
pub async fn count(app: &TestApp, sql: &'static str) -> i64 {
    match app.db {
        Db::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&app.config.database.url)
                .await
                .unwrap();
            let n: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
            pool.close().await;
            n
        }
        Db::Postgres => {
            let pool = sqlx::PgPool::connect(&app.config.database.url)
                .await
                .unwrap();
            let n: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
            pool.close().await;
            n
        }
    }
}

/// Waits until the outbox has nothing pending or in flight (every row sent, or failed
/// for good), polling the store; fails after [`WAIT`].
pub async fn outbox_settled(app: &TestApp) {
    settled(&*app.store(), WAIT).await;
}

/// Waits until `store`'s outbox has nothing pending or in flight; fails after `within`.
pub async fn settled(store: &dyn Store, within: std::time::Duration) {
    let deadline = std::time::Instant::now() + within;
    loop {
        let counts = store.outbox_counts().await.unwrap();
        if !counts
            .iter()
            .any(|(state, n)| (state == "pending" || state == "sending") && *n > 0)
        {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "outbox not settled: {counts:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Waits until nothing in the outbox is due (rows due later may wait), polling the store.
pub async fn due_settled(app: &TestApp) {
    let store = app.store();
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let next = store.next_due().await.unwrap();
        let sending = store
            .outbox_counts()
            .await
            .unwrap()
            .iter()
            .any(|(state, n)| state == "sending" && *n > 0);
        if !sending && next.is_none_or(|t| t > app.clock.now()) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "outbox has due rows left: {:?}",
            store.outbox_counts().await.unwrap()
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// The `start` payload of the first `t.me` link in a text.
pub fn payload_in(text: &str) -> String {
    let at = text.find("?start=").expect("a t.me link") + "?start=".len();
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect()
}

/// Whether the PostgreSQL half runs; prints the skip notice when it does not.
pub fn postgres_enabled() -> bool {
    let on = std::env::var_os(POSTGRES_ENV).is_some();
    if !on {
        skipped_notice();
    }
    on
}

fn skipped_notice() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Written past the test harness's capture, so it shows in every run.
        let _ = writeln!(
            std::io::stderr().lock(),
            "\nNOTICE: PostgreSQL half SKIPPED in this test binary: set {POSTGRES_ENV} \
             (for example postgres://postgres@127.0.0.1:5432/test) to run it.\n"
        );
    });
}

/// How long a story waits for the bot before it fails (never a fixed sleep).
pub const WAIT: std::time::Duration = std::time::Duration::from_secs(15);

/// Sends `text` as `user` and returns the bot's next new message in that chat.
pub async fn say(user: &FakeUser, text: &str) -> wegweiser::fake_telegram::TranscriptMessage {
    let before = user.transcript().len();
    user.send_text(text);
    next_after(user, before).await
}

/// Taps `button` and waits until a message (new, or edited in place) satisfies `done`.
pub async fn tap_until(
    user: &FakeUser,
    button: &str,
    done: impl Fn(&wegweiser::fake_telegram::TranscriptMessage) -> bool,
) -> wegweiser::fake_telegram::TranscriptMessage {
    user.tap(button).unwrap_or_else(|e| panic!("{e}"));
    user.wait_for_message(WAIT, done)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Waits for the bot's first message after the first `before` ones.
pub async fn next_after(
    user: &FakeUser,
    before: usize,
) -> wegweiser::fake_telegram::TranscriptMessage {
    let t = user
        .wait_for(WAIT, |t| t.len() > before)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    t[before].clone()
}

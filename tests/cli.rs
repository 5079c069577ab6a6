//! The `wegweiser` binary as an operator meets it: check-config, migrate, run — and the
//! real process playing the /start story against the emulator over HTTP.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use support::{TOKEN, next_after, say};
use wegweiser::fake_telegram::FakeTelegram;

fn repo_config() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config.toml")
}

/// The binary with a clean environment: no WEGWEISER_* from the caller leaks in.
fn wegweiser(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
    for (k, _) in std::env::vars() {
        if k.starts_with("WEGWEISER_") || k == "RUST_LOG" {
            cmd.env_remove(k);
        }
    }
    cmd.current_dir(dir).stdin(Stdio::null());
    cmd
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("w.db").display())
}

#[test]
fn check_config_without_token_says_how_to_set_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = wegweiser(dir.path())
        .args(["--config", repo_config().to_str().unwrap(), "check-config"])
        .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("WEGWEISER_TELEGRAM_TOKEN"),
        "{}",
        text(&out)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_config_asks_telegram_whose_token_it_is_and_hides_it() {
    let fake = FakeTelegram::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let check = |token: &str, api_url: &str| {
        wegweiser(dir.path())
            .args(["--config", repo_config().to_str().unwrap(), "check-config"])
            .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
            .env("WEGWEISER_TELEGRAM_TOKEN", token)
            .env("WEGWEISER_TELEGRAM_API_URL", api_url)
            .output()
            .unwrap()
    };
    let out = check(TOKEN, fake.api_url().as_str());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("the token belongs to @wegweiser_test_bot"),
        "{}",
        text(&out)
    );
    assert!(!text(&out).contains(TOKEN));
    assert!(
        dir.path().join("w.db").exists(),
        "the SQLite file is created"
    );

    // A token Telegram does not know, and a Telegram that cannot be reached: exit 2, the
    // reason, and never the token.
    let wrong = "654321:not-the-bots-token";
    let out = check(wrong, fake.api_url().as_str());
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("Telegram refused"), "{}", text(&out));
    assert!(!text(&out).contains("not-the-bots-token"), "{}", text(&out));
    let out = check(TOKEN, "http://127.0.0.1:1/");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("Telegram could not be reached"),
        "{}",
        text(&out)
    );
    assert!(!text(&out).contains(TOKEN));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_config_proposes_a_webhook_secret_and_where_to_put_it() {
    let fake = FakeTelegram::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let check = |secret: Option<&str>| {
        let mut cmd = wegweiser(dir.path());
        cmd.args(["--config", repo_config().to_str().unwrap(), "check-config"])
            .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
            .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
            .env("WEGWEISER_TELEGRAM_API_URL", fake.api_url().as_str())
            .env("WEGWEISER_TELEGRAM_MODE", "webhook")
            .env(
                "WEGWEISER_TELEGRAM_WEBHOOK_URL",
                "https://wegweiser.example.de/telegram/webhook",
            )
            .env("WEGWEISER_WEB_LISTEN", "127.0.0.1:0");
        if let Some(s) = secret {
            cmd.env("WEGWEISER_TELEGRAM_WEBHOOK_SECRET", s);
        }
        cmd.output().unwrap()
    };
    let out = check(None);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let said = text(&out);
    let line = said
        .lines()
        .find_map(|l| l.trim().strip_prefix("WEGWEISER_TELEGRAM_WEBHOOK_SECRET="))
        .unwrap_or_else(|| panic!("no proposed secret: {said}"));
    assert!(said.contains("/etc/wegweiser/environment"), "{said}");
    assert!(line.len() >= 32, "{line}");
    let proposed = line.to_owned();
    let again = text(&check(None));
    assert!(!again.contains(&proposed), "a fresh secret each time");

    let out = check(Some(&proposed));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("/telegram/webhook"), "{}", text(&out));
    assert!(
        !text(&out).contains(&proposed),
        "a set secret is never shown"
    );
}

#[test]
fn webhook_mode_needs_https_and_the_http_server() {
    let out = config_error(
        "[telegram]\nmode = \"webhook\"\nwebhook_url = \"https://w.example.de/telegram/webhook\"\n",
    );
    assert!(out.contains("web.listen"), "{out}");
    let out = config_error(
        "[telegram]\nmode = \"webhook\"\nwebhook_url = \"http://w.example.de/hook\"\n[web]\nlisten = \"127.0.0.1:8080\"\n",
    );
    assert!(
        out.contains("telegram.webhook_url") && out.contains("https"),
        "{out}"
    );
}

#[test]
fn plain_http_to_another_host_is_refused_before_the_token_travels() {
    let out = config_error("[telegram]\napi_url = \"http://botapi.example.org/\"\n");
    assert_eq!(out.trim().lines().count(), 1, "{out}");
    assert!(
        out.contains("telegram.api_url") && out.contains("allow_insecure_api_url"),
        "{out}"
    );
}

#[test]
fn the_shipped_config_creates_its_database_next_to_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repo_config(), dir.path().join("config.toml")).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = wegweiser(elsewhere.path())
        .args([
            "--config",
            dir.path().join("config.toml").to_str().unwrap(),
            "migrate",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(dir.path().join("wegweiser.db").exists());
}

fn config_error(toml: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.toml"), toml).unwrap();
    let out = wegweiser(dir.path())
        .args(["--config", "bad.toml", "check-config"])
        .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let all = text(&out);
    assert!(
        !all.contains("panicked") && !all.contains("backtrace"),
        "{all}"
    );
    all
}

#[test]
fn bad_configuration_gives_one_clear_line_and_exit_2() {
    let out = config_error("[telegram]\ntokn = \"x\"\n");
    assert_eq!(out.trim().lines().count(), 1, "{out}");
    assert!(out.contains("bad.toml:2") && out.contains("tokn"), "{out}");

    let out = config_error("time_zone = \"Europe/Berln\"\n");
    assert_eq!(out.trim().lines().count(), 1, "{out}");
    assert!(out.contains("time_zone") && out.contains("IANA"), "{out}");

    let out = config_error("[telegram]\napi_url = \"htp:/nowhere\"\n");
    assert!(out.contains("telegram.api_url"), "{out}");
}

#[test]
fn an_unreachable_database_is_named_and_exits_2() {
    let out = config_error("[database]\nurl = \"postgres://wg:secretpw@127.0.0.1:1/nothing\"\n");
    assert!(out.contains("database"), "{out}");
    assert!(
        !out.contains("secretpw"),
        "the password must not be shown: {out}"
    );
}

#[test]
fn run_without_token_stops_at_once_and_says_how() {
    let dir = tempfile::tempdir().unwrap();
    let out = wegweiser(dir.path())
        .arg("run")
        .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("WEGWEISER_TELEGRAM_TOKEN"),
        "{}",
        text(&out)
    );
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let out = wegweiser(dir.path()).arg("--version").output().unwrap();
    assert!(text(&out).contains(env!("CARGO_PKG_VERSION")));
    let out = wegweiser(dir.path()).arg("--help").output().unwrap();
    for sub in ["run", "migrate", "check-config"] {
        assert!(text(&out).contains(sub), "{}", text(&out));
    }
}

/// The real process, configured only through the environment, plays the /start story
/// against the emulator over HTTP, never logs the token, and stops cleanly on SIGTERM.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_plays_the_start_story_and_stops_on_sigterm() {
    let fake = FakeTelegram::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let log = std::fs::File::create(dir.path().join("stderr.log")).unwrap();
    let mut child = tokio::process::Command::from(wegweiser(dir.path()))
        .arg("run")
        .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
        .env("WEGWEISER_TELEGRAM_API_URL", fake.api_url().as_str())
        .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
        .env("RUST_LOG", "trace")
        .stdout(Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()
        .unwrap();

    let user = fake.user(3001, "Amina", Some("ar"));
    let picker = say(&user, "/start").await;
    assert_eq!(picker.button_texts().len(), 6);
    let before = user.transcript().len();
    user.tap("العربية").unwrap();
    let welcome = next_after(&user, before).await;
    assert!(welcome.body().contains("Amina"));
    assert!(welcome.body().contains("Wegweiser"));
    let hint = say(&user, "أحتاج موعدا في Jobcenter").await;
    assert!(!hint.body().is_empty());

    let pid = child.id().expect("running").to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("exits within 10 seconds of SIGTERM")
        .unwrap();
    assert!(status.success(), "{status:?}");

    let log = std::fs::read_to_string(dir.path().join("stderr.log")).unwrap();
    assert!(log.contains("Wegweiser stopped"), "{log}");
    assert!(
        !log.contains('\u{1b}'),
        "a log file gets no ANSI colour codes: {log}"
    );
    assert!(
        !log.contains(TOKEN.split(':').nth(1).unwrap()),
        "the token leaked into the log"
    );
    assert!(
        !log.contains("Jobcenter"),
        "message text must not be logged"
    );
    // The id as a number of its own (a timestamp's microseconds or a random instance id
    // may hold the same digits).
    let bytes = log.as_bytes();
    let standalone = log.match_indices("3001").any(|(i, m)| {
        let before = i.checked_sub(1).map(|j| bytes[j]);
        let after = bytes.get(i + m.len()).copied();
        !before.is_some_and(|b| b.is_ascii_alphanumeric())
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
    });
    assert!(
        !standalone,
        "Telegram ids are logged as keyed log ids only: {log}"
    );
    assert!(
        log.contains("user=u-"),
        "the person is still traceable: {log}"
    );
}

/// `log.format = "json"`: every line on stderr is one JSON object with level and message;
/// meanwhile a second `wegweiser run` on the same SQLite file is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_per_line() {
    let fake = FakeTelegram::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let log_path = dir.path().join("stderr.log");
    let mut child = tokio::process::Command::from(wegweiser(dir.path()))
        .arg("run")
        .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
        .env("WEGWEISER_TELEGRAM_API_URL", fake.api_url().as_str())
        .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
        .env("WEGWEISER_LOG_FORMAT", "json")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let user = fake.user(3002, "Amina", Some("de"));
    say(&user, "/start").await;

    // A second instance on the same SQLite file is refused with one clear line, exit 2.
    let second = wegweiser(dir.path())
        .arg("run")
        .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
        .env("WEGWEISER_TELEGRAM_API_URL", fake.api_url().as_str())
        .env("WEGWEISER_DATABASE_URL", sqlite_url(dir.path()))
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(2), "{}", text(&second));
    assert!(
        text(&second).contains("in use by another Wegweiser"),
        "{}",
        text(&second)
    );
    let pid = child.id().expect("running").to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("exits within 10 seconds of SIGTERM")
        .unwrap();
    assert!(status.success(), "{status:?}");
    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(lines.iter().all(|l| l["level"].is_string()), "{log}");
    assert!(
        lines
            .iter()
            .any(|l| l["fields"]["message"] == "Wegweiser stopped"),
        "{log}"
    );
}

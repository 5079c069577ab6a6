//! The configuration's unit tests: defaults, layering, and one-line errors.

use super::*;

fn load(text: &str) -> Result<Config, ConfigError> {
    Config::from_toml(text, &[], Path::new("/etc/wegweiser"))
}

#[test]
fn defaults_apply_without_a_file() {
    let c = load("").unwrap();
    assert_eq!(c.time_zone, chrono_tz::Europe::Berlin);
    assert_eq!(c.database.url, "sqlite:///etc/wegweiser/wegweiser.db");
    assert_eq!(c.telegram.api_url.as_str(), "https://api.telegram.org/");
    assert_eq!(c.locales.offered, ["de", "ar", "fa", "ti", "en", "uk"]);
    assert!(c.telegram.token.is_empty());
}

#[test]
fn environment_wins_over_file() {
    let env = vec![
        ("WEGWEISER_TELEGRAM_TOKEN".into(), "123:abc".into()),
        ("WEGWEISER_TIME_ZONE".into(), "Europe/Vienna".into()),
    ];
    let c = Config::from_toml(
        "time_zone = \"Europe/Berlin\"\n[telegram]\ntoken = \"file\"\n",
        &env,
        Path::new("."),
    )
    .unwrap();
    assert_eq!(c.telegram.token.expose(), "123:abc");
    assert_eq!(c.time_zone, chrono_tz::Europe::Vienna);
}

#[test]
fn unknown_key_names_the_key_and_line() {
    let err = load("[telegram]\napi_url = \"http://x\"\ntokn = \"1\"\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("config.toml:3"), "{err}");
    assert!(err.contains("tokn"), "{err}");
    assert!(err.contains("[telegram]"), "{err}");
    assert!(!err.contains('\n'));
}

#[test]
fn bad_values_name_key_and_expectation() {
    let err = load("time_zone = \"Europe/Berln\"")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("time_zone:"), "{err}");
    assert!(err.contains("Europe/Berln"), "{err}");
    let err = load("[telegram]\napi_url = \"not a url\"")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("telegram.api_url:"), "{err}");
    let err = load("[database]\nurl = \"mysql://x/y\"")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("database.url:"), "{err}");
    let err = load("[quiet_hours]\nstart = \"25:00\"")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("quiet_hours.start:"), "{err}");
    let err = load("[locales]\noffered = [\"de\", \"xx\"]")
        .unwrap_err()
        .to_string();
    assert!(err.contains("\"xx\""), "{err}");
}

#[test]
fn token_never_shows_in_debug() {
    let env = vec![("WEGWEISER_TELEGRAM_TOKEN".into(), "123:SECRET".into())];
    let c = Config::from_toml("", &env, Path::new(".")).unwrap();
    let shown = format!("{c:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(shown.contains("[redacted]"));
}

#[test]
fn database_password_is_redacted() {
    assert_eq!(
        redact_url("postgres://wg:hunter2@db/wegweiser"),
        "postgres://wg:***@db/wegweiser"
    );
}

#[test]
fn reminders_digest_and_rate_are_checked() {
    let c = load("").unwrap();
    assert_eq!(c.telegram.global_rate, 25);
    assert_eq!(c.appointment_leads.len(), 2);
    assert!(c.digest.is_some());
    let off = load("[digest]\nschedule = \"\"").unwrap();
    assert!(off.digest.is_none());
    let e = load("[digest]\nschedule = \"every morning\"")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("digest.schedule:"), "{e}");
    let e = load("[reminders]\nappointment = [\"1w\"]")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("reminders.appointment:"), "{e}");
    let e = load("[telegram]\nglobal_rate = 0").unwrap_err().to_string();
    assert!(e.starts_with("telegram.global_rate:"), "{e}");
}

#[test]
fn the_claim_and_the_scheduler_interval_are_settings_in_range() {
    let c = load("").unwrap();
    assert_eq!(
        (c.delivery_lease_secs, c.scheduler_interval_secs),
        (120, 60)
    );
    let c = load("[delivery]\nlease_secs = 30\n[scheduler]\ninterval_secs = 1").unwrap();
    assert_eq!((c.delivery_lease_secs, c.scheduler_interval_secs), (30, 1));
    for (text, key) in [
        ("[delivery]\nlease_secs = 29", "delivery.lease_secs:"),
        ("[delivery]\nlease_secs = 3601", "delivery.lease_secs:"),
        ("[scheduler]\ninterval_secs = 0", "scheduler.interval_secs:"),
        (
            "[scheduler]\ninterval_secs = 61",
            "scheduler.interval_secs:",
        ),
    ] {
        let e = load(text).unwrap_err().to_string();
        assert!(e.starts_with(key), "{text}: {e}");
    }
    let env = [(
        "WEGWEISER_SCHEDULER_INTERVAL_SECS".to_owned(),
        "5".to_owned(),
    )];
    let c = Config::from_toml("", &env, std::path::Path::new(".")).unwrap();
    assert_eq!(c.scheduler_interval_secs, 5);
}

#[test]
fn the_shipped_config_file_is_valid() {
    let text = include_str!("../../config.toml");
    load(text).unwrap();
}

#[test]
fn plain_http_api_url_only_to_this_machine_unless_allowed() {
    // The token is part of every request's path: over plain http to another host it
    // would travel in clear text.
    let err = load("[telegram]\napi_url = \"http://botapi.example.org:8081\"")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("telegram.api_url:"), "{err}");
    assert!(err.contains("allow_insecure_api_url"), "{err}");
    for local in [
        "http://127.0.0.1:8081",
        "http://127.3.4.5/",
        "http://localhost:8081",
        "http://[::1]:8081",
    ] {
        let c = load(&format!("[telegram]\napi_url = \"{local}\"")).unwrap();
        assert_eq!(c.telegram.api_url.scheme(), "http", "{local}");
    }
    let c =
        load("[telegram]\napi_url = \"http://botapi.intern:8081\"\nallow_insecure_api_url = true")
            .unwrap();
    assert_eq!(c.telegram.api_url.host_str(), Some("botapi.intern"));
    let env = vec![(
        "WEGWEISER_TELEGRAM_ALLOW_INSECURE_API_URL".into(),
        "true".into(),
    )];
    let c = Config::from_toml(
        "[telegram]\napi_url = \"http://botapi.intern:8081\"",
        &env,
        Path::new("."),
    )
    .unwrap();
    assert_eq!(c.telegram.api_url.host_str(), Some("botapi.intern"));
    assert!(load("[telegram]\napi_url = \"https://botapi.example.org\"").is_ok());
}

#[test]
fn the_web_workplace_is_off_unless_listen_is_set() {
    let c = load("").unwrap();
    assert_eq!(c.web.listen, None);
    assert_eq!(c.web.base_url(), None);
    let c = load("[web]\nlisten = \"127.0.0.1:8080\"").unwrap();
    assert_eq!(c.web.base_url().unwrap().as_str(), "http://127.0.0.1:8080/");
    assert!(!c.web.secure());
    let env = vec![(
        "WEGWEISER_WEB_PUBLIC_URL".into(),
        "https://wegweiser.hemmingen.de".into(),
    )];
    let c = Config::from_toml("[web]\nlisten = \"127.0.0.1:8080\"", &env, Path::new(".")).unwrap();
    assert_eq!(
        c.web.base_url().unwrap().as_str(),
        "https://wegweiser.hemmingen.de/"
    );
    assert!(c.web.secure(), "cookies are Secure under https");
    let e = load("[web]\nlisten = \"localhost\"")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("web.listen:"), "{e}");
    let e = load("[web]\npublic_url = \"ftp://x\"")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("web.public_url:"), "{e}");
}

//! The sender under pressure: a storm of 429 answers never pushes it past the configured
//! global rate nor past one message per second to one chat, and nothing is lost.

mod support;

use std::time::Duration;

use support::{TestApp, WAIT, default_start, say};
use wegweiser::clock::Clock;
use wegweiser::fake_telegram::{FakeUser, Fault, FaultScope};
use wegweiser::store::outbox::NewOutbox;

fn received(app: &TestApp, user: &FakeUser) -> usize {
    let help = app.t("de", "help");
    user.transcript()
        .iter()
        .filter(|m| m.source.as_deref() == Some(help.as_str()))
        .count()
}

story_with!(
    a_429_storm_never_pushes_past_the_configured_rates,
    default_start(),
    &[("WEGWEISER_TELEGRAM_GLOBAL_RATE", "5")],
    |app| {
        let users: Vec<FakeUser> = (0..12)
            .map(|i| app.user(8000 + i, "Nour", Some("de")))
            .collect();
        for u in &users {
            say(u, "/start").await;
        }
        app.fake.clear_calls();
        app.fake.faults().next_n(
            FaultScope::All,
            Fault::TooManyRequests {
                retry_after_secs: 2,
            },
            6,
        );
        let now = app.clock.now();
        let rows = users
            .iter()
            .map(|u| NewOutbox::notice(u.id(), "help", serde_json::json!({}), now))
            .collect();
        app.store().enqueue_all(rows, now).await.unwrap();
        // Rows that met a 429 wait `retry_after` on the service's clock.
        let deadline = std::time::Instant::now() + WAIT * 2;
        while users.iter().any(|u| received(&app, u) == 0) {
            assert!(
                std::time::Instant::now() < deadline,
                "not everyone got the message"
            );
            app.clock.advance(chrono::Duration::seconds(3));
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        for u in &users {
            assert_eq!(received(&app, u), 1, "exactly once to {}", u.id());
            assert!(
                app.fake
                    .max_sends_in_window(Duration::from_secs(1), Some(u.id()))
                    <= 1
            );
        }
        let overall = app.fake.max_sends_in_window(Duration::from_secs(1), None);
        assert!(overall <= 5, "{overall} sends in one second, allowed 5");
        assert!(
            app.fake.calls().iter().any(|c| c.error_code() == Some(429)),
            "the storm happened"
        );
        app.finish().await;
    }
);

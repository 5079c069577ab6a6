//! An announcement written straight through the store, and what people received: how
//! many copies of it each client has, how many digests a manager has.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use wegweiser::fake_telegram::{FakeTelegram, FakeUser};
use wegweiser::i18n::{Arg, Texts, format, markup};
use wegweiser::store::Store;
use wegweiser::store::broadcasts::{Audience, NewBroadcast};
use wegweiser::store::people::Actor;

/// Schedules `text` (German) from the manager with Telegram id `author` to all clients of
/// manager `manager_id`, to go at `send_at`.
pub async fn announce(
    store: &dyn Store,
    author: i64,
    manager_id: i64,
    text: &str,
    send_at: DateTime<Utc>,
    now: DateTime<Utc>,
) {
    let new = NewBroadcast {
        author_id: author,
        audience: Audience {
            manager_id: Some(manager_id),
            gemeinde_id: None,
            languages: vec![],
            offer_id: None,
        },
        texts: BTreeMap::from([("de".into(), text.into())]),
        offer_id: None,
        send_at,
    };
    store
        .add_broadcast(&new, Actor::Telegram(author), now)
        .await
        .unwrap();
}

/// The clients' chats: how many copies of the announcement `announced` each got.
pub fn copies(fake: &FakeTelegram, announced: &str, ids: &[i64]) -> Vec<usize> {
    ids.iter()
        .map(|&tg| {
            fake.user(tg, "Client", Some("de"))
                .transcript()
                .iter()
                .filter(|m| m.source.as_deref() == Some(announced))
                .count()
        })
        .collect()
}

/// How many of the clients' chats have the announcement `announced`.
pub fn reached(fake: &FakeTelegram, announced: &str, ids: &[i64]) -> usize {
    copies(fake, announced, ids)
        .iter()
        .filter(|&&n| n > 0)
        .count()
}

/// How many digests of the day `date` (as the digest names it) `user` has got.
pub fn digests_of(texts: &Texts, user: &FakeUser, date: chrono::NaiveDate) -> usize {
    let date = format::date("de", date);
    let header = texts.t_with(
        "de",
        "digest",
        &[("date", Arg::markup(markup::escape(&date)))],
    );
    user.transcript()
        .iter()
        .filter(|m| m.source.as_deref().is_some_and(|s| s.starts_with(&header)))
        .count()
}

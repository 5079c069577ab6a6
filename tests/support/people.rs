//! Helpers that play the people of a story: a manager who joins, a client who is invited,
//! chooses a language and consents.

use super::{ADMIN, Db, TestApp, WAIT, next_after, payload_in, say};
use chrono::{DateTime, Utc};
use wegweiser::fake_telegram::FakeUser;
use wegweiser::store::Store;
use wegweiser::store::people::Actor;

/// The Gemeinde every story's manager serves.
pub const AGS: &str = "08118011";

/// Sets up the Gemeinde (once) and an invited manager `name`, who joins and keeps the name.
pub async fn manager_joins(app: &TestApp, tg: i64, name: &str) -> FakeUser {
    let admin = app.user(ADMIN, "Admin", Some("de"));
    if app.store().gemeinde_by_ags(AGS).await.unwrap().is_none() {
        say(&admin, "/add_org gemeinde Gemeinde Hemmingen").await;
        say(
            &admin,
            &format!("/add_gemeinde {AGS} Hemmingen | Landkreis Ludwigsburg"),
        )
        .await;
    }
    let invited = say(&admin, &format!("/invite_manager 1 {AGS} {name}")).await;
    let manager = app.user(tg, "Anna", Some("de"));
    say(&manager, &format!("/start {}", payload_in(invited.body()))).await;
    let before = manager.transcript().len();
    manager.tap(&app.t("de", "manager-name-keep")).unwrap();
    next_after(&manager, before).await;
    manager
}

/// Invites and links a client who chooses `lang` and, if `reminders`, agrees to them.
pub async fn link_client(
    app: &TestApp,
    manager: &FakeUser,
    client: &FakeUser,
    label: &str,
    lang: &str,
    reminders: bool,
) {
    let before = manager.transcript().len();
    manager.send_text(&format!("/new_client {label} {AGS} {lang}"));
    let t = manager
        .wait_for(WAIT, |t| t.len() >= before + 2)
        .await
        .unwrap();
    say(client, &format!("/start {}", payload_in(t[before].body()))).await;
    client.tap(&app.texts.language_name(lang)).unwrap();
    let agree = app.t(lang, "consent-agree");
    client
        .wait_for_message(WAIT, |m| m.button_texts().contains(&agree.as_str()))
        .await
        .unwrap();
    if reminders {
        let off = format!("☐ {}", app.t(lang, "consent-reminders"));
        let on = format!("✅ {}", app.t(lang, "consent-reminders"));
        client.tap(&off).unwrap();
        client
            .wait_for_message(WAIT, |m| m.button_texts().contains(&on.as_str()))
            .await
            .unwrap();
    }
    client.tap(&agree).unwrap();
    wait_source(client, &app.t(lang, "client-menu")).await;
}

pub async fn wait_source(user: &FakeUser, expected: &str) {
    user.wait_for_message(WAIT, |m| m.source.as_deref() == Some(expected))
        .await
        .unwrap_or_else(|e| panic!("{e}\nexpected: {expected}"));
}

/// Many clients of manager `manager_tg`, linked long ago and without a word to the bot
/// since (written straight into the database, as a service restored from its backup
/// would have them): `(label, Telegram id, language, consents to announcements)`.
/// Their chats exist in the emulator. Returns their client ids in the same order.
pub async fn seed_linked_clients(
    app: &TestApp,
    manager_tg: i64,
    clients: &[(String, i64, &str, bool)],
) -> Vec<i64> {
    let manager = app
        .store()
        .manager_by_telegram(manager_tg)
        .await
        .unwrap()
        .expect("the manager has joined");
    let gemeinde = app.store().gemeinde_by_ags(AGS).await.unwrap().unwrap().id;
    for (_, tg, lang, _) in clients {
        app.user(*tg, "Client", Some(lang)).started_before();
    }
    let place = (manager.id, gemeinde);
    let now = wegweiser::clock::Clock::now(&*app.clock);
    insert_linked_clients(
        &*app.store(),
        app.db,
        &app.config.database.url,
        place,
        now,
        clients,
    )
    .await
}

/// The database half of [`seed_linked_clients`], for a story without a [`TestApp`]
/// (instances in processes of their own): clients of `(manager id, Gemeinde id)`.
pub async fn insert_linked_clients(
    store: &dyn Store,
    db: Db,
    url: &str,
    (manager_id, gemeinde): (i64, i64),
    now: DateTime<Utc>,
    clients: &[(String, i64, &str, bool)],
) -> Vec<i64> {
    for (_, tg, lang, _) in clients {
        let _ = store.ensure_user(*tg, now).await;
        store.set_language(*tg, lang, now).await.unwrap();
    }
    let now = now.timestamp_millis();
    macro_rules! seed {
        ($pool:expr) => {{
            let pool = $pool;
            let mut tx = pool.begin().await.unwrap();
            let mut ids = vec![];
            for (label, tg, lang, announcements) in clients {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO clients (manager_id, gemeinde_id, label, language, status, telegram_id, \
                     linked_at, created_at) VALUES ($1, $2, $3, $4, 'active', $5, $6, $6) RETURNING id",
                )
                .bind(manager_id)
                .bind(gemeinde)
                .bind(label)
                .bind(*lang)
                .bind(*tg)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .unwrap();
                let purposes: &[&str] = if *announcements {
                    &["contact", "announcements"]
                } else {
                    &["contact"]
                };
                for purpose in purposes {
                    sqlx::query(
                        "INSERT INTO consents (client_id, purpose, granted_at) VALUES ($1, $2, $3)",
                    )
                    .bind(id)
                    .bind(*purpose)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .unwrap();
                }
                ids.push(id);
            }
            tx.commit().await.unwrap();
            pool.close().await;
            ids
        }};
    }
    match db {
        Db::Sqlite => seed!(sqlx::SqlitePool::connect(url).await.unwrap()),
        Db::Postgres => seed!(sqlx::PgPool::connect(url).await.unwrap()),
    }
}

/// The Gemeinde and a manager `name` who joined with Telegram account `tg`, written
/// through the store (no bot running): `(manager id, Gemeinde id)`.
pub async fn seed_manager(
    store: &dyn Store,
    tg: i64,
    name: &str,
    now: DateTime<Utc>,
) -> (i64, i64) {
    let org = store
        .add_organisation("Gemeinde Hemmingen", "gemeinde", Actor::Cli, now)
        .await
        .unwrap();
    let gemeinde = store
        .add_gemeinde(AGS, "Hemmingen", "Landkreis Ludwigsburg", Actor::Cli, now)
        .await
        .unwrap();
    let hash = format!("seeded-{tg}");
    let expires = now + chrono::Duration::days(1);
    let manager = store
        .invite_manager(
            org.id,
            name,
            &[gemeinde.id],
            &hash,
            expires,
            Actor::Cli,
            now,
        )
        .await
        .unwrap();
    store.claim_manager_invite(&hash, tg, now).await.unwrap();
    (manager.id, gemeinde.id)
}

/// A manager of a second organisation (a welfare organisation) serving the same Gemeinde
/// as [`manager_joins`]'s managers: who may not stand in for or take over from them.
pub async fn other_org_manager_joins(app: &TestApp, tg: i64, name: &str) -> FakeUser {
    let admin = app.user(ADMIN, "Admin", Some("de"));
    say(&admin, "/add_org traeger Caritas Ludwigsburg").await;
    let orgs = app.store().organisations().await.unwrap();
    let caritas = orgs.iter().find(|o| o.name.contains("Caritas")).unwrap().id;
    let invited = say(&admin, &format!("/invite_manager {caritas} {AGS} {name}")).await;
    let manager = app.user(tg, "Rolf", Some("de"));
    say(&manager, &format!("/start {}", payload_in(invited.body()))).await;
    let before = manager.transcript().len();
    manager.tap(&app.t("de", "manager-name-keep")).unwrap();
    next_after(&manager, before).await;
    manager
}

/// Text as the person sees it (the emulator applies HTML).
pub fn strip(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

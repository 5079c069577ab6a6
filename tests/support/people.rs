//! Helpers that play the people of a story: a manager who joins, a client who is invited,
//! chooses a language and consents.

use super::{ADMIN, TestApp, WAIT, next_after, payload_in, say};
use wegweiser::fake_telegram::FakeUser;

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

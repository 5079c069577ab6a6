//! Announcements in the web workplace for an administrator who is not a manager: she
//! chooses among the Gemeinden she administers (each with its recipients), composes one
//! with an Arabic translation, previews it (Arabic right to left) and sends it, and the
//! report reaches "done" with the right figures while the clients get it at the
//! configured rate; another Gemeinde by a forged post is refused and audited. A scheduled
//! one is listed and cancelled, and nothing of it is sent at its time (manual clock);
//! posts without the session's CSRF token (compose, send, cancel) send nothing.

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use wegweiser::clock::Clock;
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::{Arg, markup};
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

use super::announce::{
    ARABIC, GERMAN, client, got_it_once, preview_shows, report_says, shown, wait_done,
};
use super::support::people::{AGS, manager_joins};
use super::support::{TestApp, WAIT, count, due_settled};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

/// Another Landkreis's Gemeinde, not hers.
const OTHER_AGS: &str = "08115003";
/// A second Gemeinde she administers, without clients yet.
const SECOND_AGS: &str = "08118014";

/// Hemmingen (with the manager's clients) and Ditzingen for her, Böblingen not:
/// the administrator (a FakeUser), and the ids of Hemmingen and Böblingen.
async fn administrator(app: &TestApp, tg: i64) -> (FakeUser, i64, i64) {
    let store = app.store();
    let now = app.clock.now();
    let mut ids = vec![store.gemeinde_by_ags(AGS).await.unwrap().unwrap().id];
    for (ags, name, landkreis) in [
        (SECOND_AGS, "Ditzingen", "Landkreis Ludwigsburg"),
        (OTHER_AGS, "Böblingen", "Landkreis Böblingen"),
    ] {
        let g = store.add_gemeinde(ags, name, landkreis, Actor::Cli, now);
        ids.push(g.await.unwrap().id);
    }
    for g in &ids[..2] {
        store
            .add_admin_scope(tg, AdminScope::Gemeinde(*g), Actor::Cli, now)
            .await
            .unwrap();
    }
    (app.user(tg, "Weber", Some("de")), ids[0], ids[2])
}

/// The compose form filled in: the audience (its form value), the texts, the time.
async fn compose(
    browser: &Browser,
    audience: &str,
    texts: &[(&str, &str)],
    at: Option<(&str, &str)>,
) {
    browser.open("/announcements").await;
    browser
        .click(&format!("input[name='audience'][value='{audience}']"))
        .await;
    for (lang, text) in texts {
        browser.set_value(&format!("text-{lang}"), text).await;
    }
    if let Some((date, time)) = at {
        browser.set_value("date", date).await;
        browser.set_value("time", time).await;
    }
}

/// The subjects of the audit's refusals, oldest first.
async fn refused(app: &TestApp) -> Vec<String> {
    let log = app.store().audit_log(50).await.unwrap();
    let refusals = log.into_iter().filter(|e| e.action == "scope.refused");
    refusals.rev().map(|e| e.subject).collect()
}

/// Whether the page shows `css` now.
async fn present(browser: &Browser, css: &str) -> bool {
    browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .is_ok()
}

/// How many scheduled ones the page lists (once it shows the list).
async fn listed(browser: &Browser) -> usize {
    shown(browser, "#scheduled-list").await;
    browser
        .client
        .find_all(fantoccini::Locator::Css("#scheduled-list li"))
        .await
        .unwrap()
        .len()
}

/// An audience's label on the form, as the reader sees it.
fn gemeinde_choice(app: &TestApp, name: &str, n: i64) -> String {
    let audience = app.t_with(
        "de",
        "broadcast-audience-gemeinde",
        &[("gemeinde", Arg::markup(name.to_owned()))],
    );
    markup::visible(&app.t_with(
        "de",
        "broadcast-audience-button",
        &[
            ("audience", Arg::markup(audience)),
            ("count", Arg::Number(n as f64)),
        ],
    ))
}

story_with!(
    an_administrator_announces_to_her_gemeinde_and_the_report_reaches_done,
    crate::support::default_start(),
    &[
        ("WEGWEISER_WEB_LISTEN", web_listen()),
        ("WEGWEISER_TELEGRAM_GLOBAL_RATE", "3"),
    ],
    |app| {
        let keller = manager_joins(&app, 5401, "Frau Keller").await;
        let amal = client(&app, &keller, 7401, "AM-4", "ar", true).await;
        let jonas = client(&app, &keller, 7402, "JO-4", "de", true).await;
        let olena = client(&app, &keller, 7403, "OL-4", "uk", true).await;
        let samir = client(&app, &keller, 7404, "SA-4", "ar", true).await;
        let nina = client(&app, &keller, 7405, "NI-4", "de", false).await;
        samir.block();
        let (weber, hemmingen, boeblingen) = administrator(&app, 8401).await;
        app.fake.clear_calls();

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        browser.click("nav a[href='/announcements']").await;
        browser.wait_path("/announcements").await;
        // Her two Gemeinden by name, each with the clients who agreed; not Böblingen.
        assert_eq!(
            browser.text("label[for='audience-0']").await,
            gemeinde_choice(&app, "Ditzingen", 0)
        );
        assert_eq!(
            browser.text("label[for='audience-1']").await,
            gemeinde_choice(&app, "Hemmingen", 4)
        );
        assert!(!browser.source().await.contains("Böblingen"));

        // Böblingen by a forged choice: refused and audited, at compose and at send.
        let forged = format!("0-{boeblingen}");
        let own = format!("0-{hemmingen}");
        compose(&browser, &own, &[("de", GERMAN), ("ar", ARABIC)], None).await;
        browser
            .client
            .execute(
                "document.querySelector(\"input[name='audience']:checked\").value = arguments[0];",
                vec![forged.clone().into()],
            )
            .await
            .unwrap();
        browser.click("#preview").await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-forbidden")
        );
        compose(&browser, &own, &[("de", GERMAN), ("ar", ARABIC)], None).await;
        browser.click("#preview").await;
        browser.wait_path("/announcements/preview").await;
        browser
            .client
            .execute(
                "document.querySelector(\"input[type='hidden'][name='audience']\").value = arguments[0];",
                vec![forged.clone().into()],
            )
            .await
            .unwrap();
        browser.click("#send").await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-forbidden")
        );
        let subject = format!("gemeinde:{boeblingen}");
        assert_eq!(refused(&app).await, [subject.clone(), subject]);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM broadcasts").await, 0);

        // Her own Gemeinde: each language exactly as received, Arabic right to left.
        compose(&browser, &own, &[("de", GERMAN), ("ar", ARABIC)], None).await;
        browser.click("#preview").await;
        browser.wait_path("/announcements/preview").await;
        preview_shows(&app, &browser, &["ar", "de", "uk"]).await;

        browser.click("#send").await;
        wait_done(&app, &browser).await;
        report_says(&browser, 4, 3, 1, "SA-4").await;
        browser.screenshot("announce-report-admin").await;

        // Each client once, in their language; nothing for who did not agree or blocked
        // the bot; at the configured rate.
        got_it_once(
            &app,
            &[(&amal, "ar"), (&jonas, "de"), (&olena, "uk")],
            &[&samir, &nina],
        )
        .await;
        let b = app.store().broadcast(1).await.unwrap().unwrap();
        assert_eq!(
            (b.author_id, b.audience.manager_id, b.audience.gemeinde_id),
            (8401, None, Some(hemmingen))
        );
        browser.close().await;

        // A global administrator has every Gemeinde, nine here: a list to choose from,
        // each with its recipients now: Hemmingen's three, since Samir, who blocked the
        // bot, counts as not reachable until he writes again.
        let now = app.clock.now();
        for i in 1..=6 {
            let ags = format!("0811802{i}");
            let name = format!("Zell {i}");
            let store = app.store();
            let g = store.add_gemeinde(&ags, &name, "Landkreis Ludwigsburg", Actor::Cli, now);
            g.await.unwrap();
        }
        let global = app.user(crate::support::ADMIN, "Admin", Some("de"));
        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &global).await).await;
        browser.click("nav a[href='/announcements']").await;
        browser.wait_path("/announcements").await;
        shown(&browser, "select#audience").await;
        let options = browser
            .client
            .find_all(fantoccini::Locator::Css("select#audience option"))
            .await
            .unwrap();
        assert_eq!(options.len(), 9);
        let hemmingen_option = browser
            .client
            .find(fantoccini::Locator::Css(&format!(
                "option[value='0-{hemmingen}']"
            )))
            .await
            .unwrap();
        assert_eq!(
            hemmingen_option
                .prop("text")
                .await
                .unwrap()
                .unwrap_or_default(),
            gemeinde_choice(&app, "Hemmingen", 3)
        );
        browser.close().await;
    }
);

const CANCELLED: &str = "Die Sprechstunde am Dienstag fällt aus.";
const KEPT: &str = "Am Dienstag ist die Sprechstunde im Rathaus.";

fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Berlin
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

story_with!(
    an_administrator_cancels_a_scheduled_one_and_forged_posts_send_nothing,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let keller = manager_joins(&app, 5402, "Frau Keller").await;
        let jonas = client(&app, &keller, 7411, "JO-5", "de", true).await;
        let amal = client(&app, &keller, 7412, "AM-5", "ar", true).await;
        let (weber, hemmingen, _) = administrator(&app, 8402).await;
        let own = format!("0-{hemmingen}");
        let tuesday = Some(("2026-11-24", "10:00"));
        let broadcasts = || count(&app, "SELECT COUNT(*) FROM broadcasts");
        let csrf_refused = app.t("de", "web-csrf-refused");

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        // Compose without the session's token: refused.
        compose(&browser, &own, &[("de", CANCELLED)], tuesday).await;
        browser
            .drop_csrf("form[action='/announcements/preview']")
            .await;
        browser.click("#preview").await;
        assert_eq!(shown(&browser, "#error").await, csrf_refused);

        // Scheduled for Tuesday 10:00: listed.
        compose(&browser, &own, &[("de", CANCELLED)], tuesday).await;
        browser.click("#preview").await;
        browser.wait_path("/announcements/preview").await;
        shown(&browser, "#preview-when").await;
        browser.click("#send").await;
        browser.wait_path("/announcements").await;
        assert_eq!(listed(&browser).await, 1);

        // A second one at the same time; its send without the token is refused first.
        compose(&browser, &own, &[("de", KEPT)], tuesday).await;
        browser.click("#preview").await;
        browser.wait_path("/announcements/preview").await;
        browser.drop_csrf("form[action='/announcements']").await;
        browser.click("#send").await;
        assert_eq!(shown(&browser, "#error").await, csrf_refused);
        assert_eq!(broadcasts().await, 1);
        compose(&browser, &own, &[("de", KEPT)], tuesday).await;
        browser.click("#preview").await;
        browser.wait_path("/announcements/preview").await;
        browser.click("#send").await;
        browser.wait_path("/announcements").await;
        let scheduled = app.store().scheduled_broadcasts(8402).await.unwrap();
        let (cancelled, kept) = (scheduled[0].id, scheduled[1].id);
        assert_eq!(scheduled[0].texts["de"], CANCELLED);
        assert_eq!(scheduled[1].texts["de"], KEPT);
        assert_eq!(listed(&browser).await, 2);

        // Cancelling without the token changes nothing; with it, the one is gone.
        browser
            .drop_csrf(&format!("form[action='/announcements/{kept}/cancel']"))
            .await;
        browser.click(&format!("#cancel-{kept}")).await;
        assert_eq!(shown(&browser, "#error").await, csrf_refused);
        browser.open("/announcements").await;
        browser.click(&format!("#cancel-{cancelled}")).await;
        for _ in 0..150 {
            if !present(&browser, &format!("#cancel-{cancelled}")).await {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(listed(&browser).await, 1);
        assert!(present(&browser, &format!("#cancel-{kept}")).await);
        // Its report by address says it was cancelled; the other's that it is scheduled.
        browser.open(&format!("/announcements/{cancelled}")).await;
        assert_eq!(
            shown(&browser, "#report-status").await,
            app.t("de", "web-announce-status-cancelled")
        );
        browser.open(&format!("/announcements/{kept}")).await;
        assert_eq!(
            shown(&browser, "#report-status").await,
            app.t("de", "web-announce-status-scheduled")
        );

        // Tuesday 10:00 comes: the kept one goes out, the cancelled one does not.
        app.clock.set(berlin(2026, 11, 24, 10, 1));
        tokio::time::sleep(Duration::from_millis(150)).await;
        due_settled(&app).await;
        let kept_source = app.t_with("de", "broadcast-message", &[("text", Arg::text(KEPT))]);
        jonas
            .wait_for_message(WAIT, |m| m.source.as_deref() == Some(kept_source.as_str()))
            .await
            .unwrap();
        amal.wait_for_message(WAIT, |m| m.body().contains(KEPT))
            .await
            .unwrap();
        due_settled(&app).await;
        for user in [&jonas, &amal] {
            assert!(
                !user
                    .transcript()
                    .iter()
                    .any(|m| m.body().contains(CANCELLED))
            );
        }
        let store = app.store();
        assert_eq!(
            store.broadcast(cancelled).await.unwrap().unwrap().status,
            "cancelled"
        );
        assert_eq!(broadcasts().await, 2);
        browser.close().await;
    }
);

//! Announcements in the web workplace: a manager composes one with an Arabic
//! translation, sees each language exactly as it will arrive (Arabic right to left),
//! sends it, and the report page fills up until it says "done" with the right figures
//! while the clients get it at the configured rate.

use std::time::Duration;

use wegweiser::clock::Clock;
use wegweiser::domain::consent::Purpose;
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::{Arg, markup};

use super::support::people::{link_client, manager_joins};
use super::support::{TestApp, WAIT};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

pub(crate) const GERMAN: &str = "Am Freitag ist das Rathaus <geschlossen>.";
pub(crate) const ARABIC: &str = "البلدية مغلقة يوم الجمعة.";

/// A linked client in `lang`; with `announcements`, they agreed to announcements too.
pub(crate) async fn client(
    app: &TestApp,
    manager: &FakeUser,
    tg: i64,
    label: &str,
    lang: &str,
    announcements: bool,
) -> FakeUser {
    let user = app.user(tg, label, Some(lang));
    link_client(app, manager, &user, label, lang, false).await;
    if announcements {
        let id = app
            .store()
            .client_by_telegram(tg)
            .await
            .unwrap()
            .unwrap()
            .id;
        app.store()
            .set_consent(id, Purpose::Announcements, true, app.clock.now())
            .await
            .unwrap();
    }
    user
}

/// The announcement as a reader of `lang` gets it.
pub(crate) fn expected(app: &TestApp, lang: &str) -> String {
    let text = match lang {
        "ar" => Arg::text(ARABIC),
        "de" => Arg::text(GERMAN),
        _ => Arg::markup(format!(
            "{}\n\n<i>{}</i>",
            markup::escape(GERMAN),
            app.t(lang, "broadcast-only-german")
        )),
    };
    app.t_with(lang, "broadcast-message", &[("text", text)])
}

/// The text of `css` once a page that shows it has loaded (after a click that posts).
pub(crate) async fn shown(browser: &Browser, css: &str) -> String {
    for _ in 0..150 {
        if let Some(text) = text_now(browser, css).await {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    browser.text(css).await
}

/// The preview shows each of `langs` exactly as its readers get it; Arabic right to left.
pub(crate) async fn preview_shows(app: &TestApp, browser: &Browser, langs: &[&str]) {
    shown(browser, "#preview-total").await;
    for lang in langs {
        let message = browser
            .client
            .find(fantoccini::Locator::Css(&format!(
                "#preview-{lang} .message"
            )))
            .await
            .unwrap();
        assert_eq!(
            message.html(true).await.unwrap(),
            expected(app, lang),
            "{lang}"
        );
        assert_eq!(message.attr("lang").await.unwrap().as_deref(), Some(*lang));
    }
    let ar = browser
        .client
        .find(fantoccini::Locator::Css("#preview-ar .message"))
        .await
        .unwrap();
    assert_eq!(ar.attr("dir").await.unwrap().as_deref(), Some("rtl"));
}

/// The finished report: recipients, delivered, not reached (nothing unclear or pending),
/// the label of who was not reached, and the progress bar full.
pub(crate) async fn report_says(
    browser: &Browser,
    total: i64,
    sent: i64,
    failed: i64,
    unreached: &str,
) {
    for (css, n) in [
        ("#report-total", total),
        ("#report-sent", sent),
        ("#report-failed", failed),
        ("#report-unknown", 0),
        ("#report-pending", 0),
    ] {
        assert_eq!(browser.text(css).await, n.to_string(), "{css}");
    }
    assert_eq!(browser.text("#report-unreached").await, unreached);
    let bar = browser
        .client
        .find(fantoccini::Locator::Css("#progress"))
        .await
        .unwrap();
    let total = Some(total.to_string());
    assert_eq!(bar.attr("value").await.unwrap(), total);
    assert_eq!(bar.attr("max").await.unwrap(), total);
}

/// Each of `reached` got the announcement once, in their language; none of `not` got it;
/// at most three messages went out in any second (`WEGWEISER_TELEGRAM_GLOBAL_RATE=3`).
pub(crate) async fn got_it_once(app: &TestApp, reached: &[(&FakeUser, &str)], not: &[&FakeUser]) {
    for (user, lang) in reached {
        let source = expected(app, lang);
        user.wait_for_message(WAIT, |m| m.source.as_deref() == Some(source.as_str()))
            .await
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        let got = user
            .transcript()
            .into_iter()
            .filter(|m| m.source.as_deref() == Some(source.as_str()))
            .count();
        assert_eq!(got, 1, "{lang}");
    }
    for user in not {
        assert!(user.transcript().iter().all(|m| {
            !m.source
                .as_deref()
                .is_some_and(|s| s.contains("Rathaus") || s.contains(ARABIC))
        }));
    }
    let busiest = app.fake.max_calls_in_window(Duration::from_secs(1), |c| {
        c.is_send() || c.method == "editMessageText"
    });
    assert!(busiest <= 3, "{busiest} messages in one second, allowed 3");
}

/// Follows the report page (it reloads itself while sending) until it says "done".
pub(crate) async fn wait_done(app: &TestApp, browser: &Browser) {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let done = markup::visible(&app.t("de", "web-announce-status-done"));
    loop {
        if text_now(browser, "#report-status").await.as_deref() == Some(done.as_str()) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the report did not reach done: {}",
            browser.source().await
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The text of `css` once a page showing it is loaded (the report reloads itself).
pub(crate) async fn text_now(browser: &Browser, css: &str) -> Option<String> {
    let e = browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .ok()?;
    e.text().await.ok()
}

story_with!(
    a_manager_announces_in_the_web_and_the_report_reaches_done,
    crate::support::default_start(),
    &[
        ("WEGWEISER_WEB_LISTEN", web_listen()),
        ("WEGWEISER_TELEGRAM_GLOBAL_RATE", "3"),
    ],
    |app| {
        let weber = manager_joins(&app, 5301, "Frau Weber").await;
        let amal = client(&app, &weber, 7301, "AM-1", "ar", true).await;
        let olena = client(&app, &weber, 7302, "OL-1", "uk", true).await;
        let jonas = client(&app, &weber, 7303, "JO-1", "de", true).await;
        let reza = client(&app, &weber, 7304, "RE-1", "fa", true).await;
        let samir = client(&app, &weber, 7305, "SA-1", "ar", true).await;
        let nina = client(&app, &weber, 7306, "NI-1", "de", false).await;
        // Samir has blocked the bot since he agreed.
        samir.block();
        app.fake.clear_calls();

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        browser.click("nav a[href='/announcements']").await;
        browser.wait_path("/announcements").await;
        // The audience says how many it reaches: the five who agreed.
        let mine = app.t_with(
            "de",
            "broadcast-audience-button",
            &[
                (
                    "audience",
                    Arg::markup(app.t("de", "broadcast-audience-mine")),
                ),
                ("count", Arg::Number(5.0)),
            ],
        );
        assert_eq!(
            browser.text("label[for='audience-0']").await,
            markup::visible(&mine)
        );

        // Without a German text the form says so at the field and keeps the Arabic.
        browser.set_value("text-ar", ARABIC).await;
        browser.click("#preview").await;
        assert_eq!(
            shown(&browser, "#text-de-error").await,
            markup::visible(&app.t("de", "broadcast-text-empty"))
        );
        assert_eq!(
            browser
                .client
                .find(fantoccini::Locator::Css("#text-ar"))
                .await
                .unwrap()
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some(ARABIC)
        );

        browser.set_value("text-de", GERMAN).await;
        browser.click("#preview").await;
        browser.wait_path("/announcements/preview").await;
        preview_shows(&app, &browser, &["ar", "de", "fa", "uk"]).await;
        browser.screenshot("announce-preview").await;
        // Nothing is sent before "send".
        let arabic = expected(&app, "ar");
        assert!(
            !amal
                .transcript()
                .iter()
                .any(|m| m.source.as_deref() == Some(arabic.as_str()))
        );

        browser.click("#send").await;
        wait_done(&app, &browser).await;
        assert!(browser.path().await.starts_with("/announcements/"));
        report_says(&browser, 5, 4, 1, "SA-1").await;
        browser.screenshot("announce-report").await;

        // Each client once, in their language; nothing for who did not agree or blocked
        // the bot; at the configured rate.
        got_it_once(
            &app,
            &[(&amal, "ar"), (&olena, "uk"), (&jonas, "de"), (&reza, "fa")],
            &[&samir, &nina],
        )
        .await;

        // The sent one is listed with a link to its report.
        browser.click("a[href='/announcements']").await;
        browser.wait_path("/announcements").await;
        assert!(browser.text("#sent-list").await.contains("5"));
        browser.close().await;
    }
);

//! Appointments, deadlines and join requests in the web workplace: each change calls the
//! bot's use case, so the client gets the same notices in their language; a forged post
//! changes nothing; a page made stale in the bot says so.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Berlin;
use wegweiser::i18n::{Arg, format, markup};

use super::support::people::{link_client, manager_joins, wait_source};
use super::support::{TestApp, WAIT, count, next_after, say};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Berlin
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// An appointment message as the client sees it in `lang`.
fn notice(app: &TestApp, lang: &str, id: &str, at: DateTime<Utc>, place: &str) -> String {
    let when = format::date_time(lang, at.with_timezone(&Berlin).naive_local());
    app.t_with(
        lang,
        id,
        &[
            ("topic", Arg::markup(app.t(lang, "topic-jobcenter"))),
            ("when", Arg::markup(markup::escape(&when))),
            ("place", Arg::text(place)),
            ("manager", Arg::text("Frau Roth")),
        ],
    )
}

/// Makes every CSRF field on the page carry a forged token.
async fn forge_csrf(browser: &Browser) {
    browser
        .client
        .execute(
            "document.querySelectorAll('input[name=csrf]').forEach(e => e.value = 'forged');",
            vec![],
        )
        .await
        .unwrap();
}

/// The text of `css` once the page that shows it has loaded (after a click that posts).
pub async fn shown(browser: &Browser, css: &str) -> String {
    for _ in 0..150 {
        if let Ok(e) = browser.client.find(fantoccini::Locator::Css(css)).await
            && let Ok(text) = e.text().await
        {
            return text;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    browser.text(css).await
}

async fn client_id_by_label(app: &TestApp, label: &str) -> i64 {
    let m = app
        .store()
        .manager_by_telegram(5202)
        .await
        .unwrap()
        .unwrap();
    let all = app.store().clients_of(m.id, 0, 100).await.unwrap();
    all.into_iter()
        .find(|c| c.label == label)
        .expect("the client")
        .id
}

async fn client_id(app: &TestApp, tg: i64) -> i64 {
    app.store()
        .client_by_telegram(tg)
        .await
        .unwrap()
        .unwrap()
        .id
}

story_with!(
    moving_and_cancelling_in_the_web_tells_the_client_and_a_stale_cancel_says_so,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let roth = manager_joins(&app, 5201, "Frau Roth").await;
        let olena = app.user(7201, "Olena", Some("uk"));
        link_client(&app, &roth, &olena, "OL-7", "uk", true).await;
        say(
            &roth,
            "/appointment OL-7 25.11. 14:30 | Rathaus | Jobcenter",
        )
        .await;
        let planned = notice(
            &app,
            "uk",
            "appointment-new",
            berlin(2026, 11, 25, 14, 30),
            "Rathaus",
        );
        wait_source(&olena, &planned).await;
        let id: i64 = count(&app, "SELECT MAX(id) FROM appointments").await;

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &roth).await).await;
        browser
            .open(&format!("/clients/{}", client_id(&app, 7201).await))
            .await;
        browser
            .click(&format!("#appointments a[href='/appointments/{id}']"))
            .await;
        browser.wait_path(&format!("/appointments/{id}")).await;

        // A move with a forged token: refused, the appointment stays where it was.
        browser.set_value("date", "2026-11-26").await;
        forge_csrf(&browser).await;
        browser.click("#move").await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-csrf-refused")
        );
        let a = app.store().appointment(id).await.unwrap().unwrap();
        assert_eq!((a.starts_at, a.version), (berlin(2026, 11, 25, 14, 30), 1));

        // A day that does not exist keeps what was typed and says why at the field.
        browser.open(&format!("/appointments/{id}")).await;
        browser.set_value("date", "2026-11-26").await;
        browser.set_value("time", "25:00").await;
        browser.click("#move").await;
        assert_eq!(
            shown(&browser, "#time-error").await,
            app.t("de", "web-error-time")
        );
        let typed = browser
            .client
            .find(fantoccini::Locator::Css("#date"))
            .await
            .unwrap();
        assert_eq!(
            typed.prop("value").await.unwrap().as_deref(),
            Some("2026-11-26")
        );

        // Moved: the client is told the new time in Ukrainian, with the answer buttons.
        browser.set_value("time", "10:00").await;
        browser.click("#move").await;
        browser.wait_path(&format!("/appointments/{id}")).await;
        let moved = notice(
            &app,
            "uk",
            "appointment-moved",
            berlin(2026, 11, 26, 10, 0),
            "Rathaus",
        );
        wait_source(&olena, &moved).await;
        let last = olena
            .transcript()
            .into_iter()
            .rev()
            .find(|m| m.source.as_deref() == Some(moved.as_str()))
            .unwrap();
        assert!(
            last.button_texts()
                .contains(&app.t("uk", "appointment-yes").as_str())
        );
        browser.screenshot("appointment").await;

        // The week shows it on its new day; the week after is empty.
        browser.click("nav a[href='/week']").await;
        assert!(browser.text("#day-2026-11-26").await.contains("OL-7"));
        assert!(
            !browser.source().await.contains("id=\"day-2026-11-25\">"),
            "no table on the old day"
        );
        browser.screenshot("week").await;
        browser.click("#next-week").await;
        assert!(!browser.source().await.contains("OL-7"));
        browser.client.set_window_size(390, 844).await.unwrap();
        browser.click("#prev-week").await;
        browser.screenshot("week-phone").await;
        browser.client.set_window_size(1280, 1000).await.unwrap();

        // Cancelled after the confirmation: the client is told once, in Ukrainian.
        browser.open(&format!("/appointments/{id}")).await;
        browser.click("#cancel").await;
        assert_eq!(
            shown(&browser, "#confirm").await,
            app.t("de", "appointment-cancel-confirm")
        );
        browser.click("#cancel-yes").await;
        browser
            .wait_path(&format!("/clients/{}", client_id(&app, 7201).await))
            .await;
        let cancelled = notice(
            &app,
            "uk",
            "appointment-cancelled",
            berlin(2026, 11, 26, 10, 0),
            "Rathaus",
        );
        wait_source(&olena, &cancelled).await;
        assert!(
            browser
                .text("#appointments")
                .await
                .contains(&app.t("de", "web-cancelled"))
        );

        // A page made stale in the bot: the web cancel says so and sends nothing more.
        say(
            &roth,
            "/appointment OL-7 27.11. 09:00 | Rathaus | Jobcenter",
        )
        .await;
        let second = notice(
            &app,
            "uk",
            "appointment-new",
            berlin(2026, 11, 27, 9, 0),
            "Rathaus",
        );
        wait_source(&olena, &second).await;
        let id2: i64 = count(&app, "SELECT MAX(id) FROM appointments").await;
        browser.open(&format!("/appointments/{id2}/cancel")).await;
        say(&roth, "/appointments").await;
        roth.tap("OL-7 · 27.11. 09:00").unwrap();
        roth.wait_for(WAIT, |t| {
            t.iter().any(|m| {
                m.button_texts()
                    .contains(&app.t("de", "appointment-cancel").as_str())
            })
        })
        .await
        .unwrap();
        roth.tap(&app.t("de", "appointment-cancel")).unwrap();
        roth.wait_for(WAIT, |t| {
            t.iter().any(|m| {
                m.button_texts()
                    .contains(&app.t("de", "appointment-cancel-yes").as_str())
            })
        })
        .await
        .unwrap();
        roth.tap(&app.t("de", "appointment-cancel-yes")).unwrap();
        let cancelled2 = notice(
            &app,
            "uk",
            "appointment-cancelled",
            berlin(2026, 11, 27, 9, 0),
            "Rathaus",
        );
        wait_source(&olena, &cancelled2).await;
        browser.click("#cancel-yes").await;
        assert_eq!(
            shown(&browser, "#stale").await,
            app.t("de", "web-stale-appointment")
        );
        browser.screenshot("stale").await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let told = olena
            .transcript()
            .iter()
            .filter(|m| m.source.as_deref() == Some(cancelled2.as_str()))
            .count();
        assert_eq!(told, 1, "cancelled once, not twice");
        browser.close().await;
        app.finish().await;
    }
);

story_with!(
    a_join_request_is_accepted_on_today_and_deadlines_are_added_and_cancelled,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let roth = manager_joins(&app, 5202, "Frau Roth").await;
        let dawit = app.user(7202, "Dawit", Some("ti"));
        link_client(&app, &roth, &dawit, "DW-8", "ti", true).await;

        // Someone without an invite asks to be taken on (in the bot).
        let mariam = app.user(7203, "Mariam", Some("ar"));
        say(&mariam, "/start").await;
        let before = mariam.transcript().len();
        mariam.tap("العربية").unwrap();
        next_after(&mariam, before).await;
        let ask = app.t("ar", "join-ask");
        mariam
            .wait_for_message(WAIT, |m| m.button_texts().contains(&ask.as_str()))
            .await
            .unwrap();
        mariam.tap(&ask).unwrap();
        mariam
            .wait_for_message(WAIT, |m| m.button_texts().contains(&"Hemmingen"))
            .await
            .unwrap();
        mariam.tap("Hemmingen").unwrap();
        wait_source(
            &mariam,
            &app.t_with(
                "ar",
                "join-requested",
                &[("gemeinde", Arg::text("Hemmingen"))],
            ),
        )
        .await;

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &roth).await).await;
        let request: i64 = count(&app, "SELECT MAX(id) FROM join_requests").await;
        assert!(browser.text("#joins").await.contains("Hemmingen"));
        browser.screenshot("today-with-request").await;

        // A forged accept changes nothing; the real one takes the person on.
        forge_csrf(&browser).await;
        browser.click(&format!("#accept-{request}")).await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-csrf-refused")
        );
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM join_requests WHERE status = 'open'"
            )
            .await,
            1
        );
        browser.open("/").await;
        browser.click(&format!("#accept-{request}")).await;
        let label = format!("A-{request}");
        assert_eq!(
            shown(&browser, "#decided").await,
            markup::visible(&app.t_with(
                "de",
                "join-accepted-manager",
                &[("label", Arg::text(label.as_str()))]
            ))
        );
        wait_source(
            &mariam,
            &app.t_with(
                "ar",
                "join-accepted",
                &[("manager", Arg::text("Frau Roth"))],
            ),
        )
        .await;
        browser.open("/joins").await;
        assert!(
            !browser
                .source()
                .await
                .contains(&format!("accept-{request}")),
            "decided"
        );

        // A deadline: a missing title keeps what was typed; saved, the client gets it.
        let dw = client_id(&app, 7202).await;
        browser.open(&format!("/clients/{dw}")).await;
        browser
            .click(&format!("a[href='/deadlines/new?client={dw}']"))
            .await;
        browser.select("#client", &dw.to_string()).await;
        browser.set_value("date", "2026-12-15").await;
        browser.select("#kind", "jobcenter").await;
        browser.click("#save").await;
        assert_eq!(
            shown(&browser, "#title-error").await,
            app.t("de", "web-error-deadline-title")
        );
        let typed = browser
            .client
            .find(fantoccini::Locator::Css("#date"))
            .await
            .unwrap();
        assert_eq!(
            typed.prop("value").await.unwrap().as_deref(),
            Some("2026-12-15")
        );
        browser.fill("#title", "Weiterbewilligungsantrag").await;
        browser.click("#save").await;
        browser.wait_path(&format!("/clients/{dw}")).await;
        let due = markup::escape(&format::date(
            "ti",
            chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
        ));
        let args = [
            ("title", Arg::text("Weiterbewilligungsantrag")),
            ("kind", Arg::markup(app.t("ti", "deadline-kind-jobcenter"))),
            ("due", Arg::markup(due.clone())),
        ];
        wait_source(&dawit, &app.t_with("ti", "deadline-new", &args)).await;
        assert!(
            browser
                .text("#deadlines")
                .await
                .contains("Weiterbewilligungsantrag")
        );

        // Cancelling it: a forged post changes nothing; the real one tells the client.
        let deadline: i64 = count(&app, "SELECT MAX(id) FROM deadlines").await;
        forge_csrf(&browser).await;
        browser.click(&format!("#cancel-deadline-{deadline}")).await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-csrf-refused")
        );
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM deadlines WHERE status = 'open'").await,
            1
        );
        browser.open(&format!("/clients/{dw}")).await;
        browser.click(&format!("#cancel-deadline-{deadline}")).await;
        browser.wait_path(&format!("/clients/{dw}")).await;
        let mut cancelled = args.to_vec();
        cancelled.push(("label", Arg::text("DW-8")));
        wait_source(&dawit, &app.t_with("ti", "deadline-cancelled", &cancelled)).await;
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM deadlines WHERE status = 'open'").await,
            0
        );

        // The client's page: one more year of support; handed over to a colleague, who
        // is told; support ended after the confirmation, and the client is told.
        browser.open(&format!("/clients/{dw}")).await;
        browser.click("#extend").await;
        assert!(
            shown(&browser, "#done").await.contains("DW-8"),
            "{}",
            browser.text("main").await
        );
        let weber = manager_joins(&app, 5203, "Herr Weber").await;
        browser.open(&format!("/clients/{dw}")).await;
        browser
            .select(
                "#to",
                &app.store()
                    .manager_by_telegram(5203)
                    .await
                    .unwrap()
                    .unwrap()
                    .id
                    .to_string(),
            )
            .await;
        forge_csrf(&browser).await;
        browser.click("#hand-over").await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-csrf-refused")
        );
        browser.open(&format!("/clients/{dw}")).await;
        browser.click("#hand-over").await;
        let handed = app.t_with(
            "de",
            "client-handed-over",
            &[
                ("label", Arg::text("DW-8")),
                ("manager", Arg::text("Herr Weber")),
            ],
        );
        assert_eq!(shown(&browser, "#done").await, markup::visible(&handed));
        weber
            .wait_for_message(WAIT, |m| m.body().contains("DW-8"))
            .await
            .unwrap();
        wait_source(
            &dawit,
            &app.t_with(
                "ti",
                "client-new-manager",
                &[("manager", Arg::text("Herr Weber"))],
            ),
        )
        .await;
        // Not hers any more: the page is closed to her.
        browser.open(&format!("/clients/{dw}")).await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-forbidden")
        );
        // While Herr Weber is away with her standing in, his client is in her caseload
        // and the page opens for her again.
        let roth_id = app
            .store()
            .manager_by_telegram(5202)
            .await
            .unwrap()
            .unwrap()
            .id;
        // His appointment with DW-8 today is not on her Today yet …
        say(
            &weber,
            "/appointment DW-8 23.11. 15:00 | Rathaus | Jobcenter",
        )
        .await;
        browser.open("/").await;
        assert!(!browser.text("#h-today + *").await.contains("DW-8"));
        say(&weber, &format!("/away 20.12.2026 {roth_id}")).await;
        browser.open("/clients").await;
        assert!(browser.text("#caseload").await.contains("DW-8"));
        // … but it is while she stands in for him.
        browser.open("/").await;
        assert!(browser.text("#today").await.contains("DW-8"));
        browser.open(&format!("/clients/{dw}")).await;
        assert_eq!(browser.text("#label").await, "DW-8");

        let accepted = client_id_by_label(&app, &label).await;
        browser.open(&format!("/clients/{accepted}")).await;
        browser.screenshot("client-actions").await;
        browser.click("#end").await;
        assert_eq!(
            shown(&browser, "#confirm").await,
            markup::visible(&app.t_with(
                "de",
                "client-end-confirm",
                &[("label", Arg::text(label.as_str()))]
            ))
        );
        browser.click("#end-yes").await;
        assert_eq!(
            shown(&browser, "#done").await,
            markup::visible(&app.t_with(
                "de",
                "client-ended",
                &[("label", Arg::text(label.as_str()))]
            ))
        );
        assert_eq!(
            app.store().client(accepted).await.unwrap().unwrap().status,
            "ended"
        );

        // An address that does not exist: 404 in the person's language, no details.
        browser.open("/no-such-page").await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-not-found")
        );
        browser.close().await;
        app.finish().await;
    }
);

/// Sets the test clock and waits until what fell due is sent.
async fn clock_to(app: &TestApp, at: DateTime<Utc>) {
    app.clock.set(at);
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    crate::support::due_settled(app).await;
}

story_with!(
    a_deadline_moved_in_the_web_tells_the_client_and_replans_the_reminders,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let roth = manager_joins(&app, 5204, "Frau Roth").await;
        let dawit = app.user(7204, "Dawit", Some("ti"));
        link_client(&app, &roth, &dawit, "DW-9", "ti", true).await;
        say(&roth, "/deadline DW-9 25.11. | Pass abholen | aufenthalt").await;
        let args = |due: chrono::NaiveDate| {
            vec![
                ("title", Arg::text("Pass abholen")),
                ("kind", Arg::markup(app.t("ti", "deadline-kind-aufenthalt"))),
                ("due", Arg::markup(markup::escape(&format::date("ti", due)))),
            ]
        };
        let old_day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let new_day = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        wait_source(&dawit, &app.t_with("ti", "deadline-new", &args(old_day))).await;
        let id: i64 = count(&app, "SELECT MAX(id) FROM deadlines").await;
        let dw = client_id(&app, 7204).await;

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &roth).await).await;
        browser.open(&format!("/clients/{dw}")).await;
        browser.click(&format!("#move-deadline-{id}")).await;
        browser.wait_path(&format!("/deadlines/{id}")).await;

        // A forged post changes nothing; a day in the past keeps what was typed.
        browser.set_value("date", "2026-12-01").await;
        forge_csrf(&browser).await;
        browser.click("#move").await;
        assert_eq!(
            shown(&browser, "#error").await,
            app.t("de", "web-csrf-refused")
        );
        browser.open(&format!("/deadlines/{id}")).await;
        browser.set_value("date", "2026-11-20").await;
        browser.click("#move").await;
        assert_eq!(
            shown(&browser, "#date-error").await,
            app.t("de", "when-in-past")
        );
        let typed = browser
            .client
            .find(fantoccini::Locator::Css("#date"))
            .await
            .unwrap();
        assert_eq!(
            typed.prop("value").await.unwrap().as_deref(),
            Some("2026-11-20")
        );
        browser.screenshot("deadline-move").await;

        // Moved: the client is told the new day in Tigrinya, with the "done" button.
        browser.set_value("date", "2026-11-30").await;
        browser.click("#move").await;
        browser.wait_path(&format!("/clients/{dw}")).await;
        let moved = app.t_with("ti", "deadline-moved", &args(new_day));
        wait_source(&dawit, &moved).await;
        let last = dawit
            .transcript()
            .into_iter()
            .rev()
            .find(|m| m.source.as_deref() == Some(moved.as_str()))
            .unwrap();
        assert!(
            last.button_texts()
                .contains(&app.t("ti", "deadline-done").as_str())
        );
        assert!(
            browser
                .text("#deadlines")
                .await
                .contains(&format::date("de", new_day))
        );

        // A page made stale in the bot: cancelled there, the web move says so.
        say(&roth, "/deadline DW-9 15.12. | Widerspruch | widerspruch").await;
        let second: i64 = count(&app, "SELECT MAX(id) FROM deadlines").await;
        browser.open(&format!("/deadlines/{second}")).await;
        say(&roth, "/deadlines").await;
        roth.tap(&app.t_with(
            "de",
            "deadline-cancel-button",
            &[
                ("label", Arg::markup("DW-9")),
                ("date", Arg::markup("15.12.")),
            ],
        ))
        .unwrap();
        wait_source(
            &roth,
            &app.t_with(
                "de",
                "deadline-cancelled-manager",
                &[("label", Arg::text("DW-9"))],
            ),
        )
        .await;
        browser.set_value("date", "2026-12-20").await;
        browser.click("#move").await;
        assert_eq!(
            shown(&browser, "#stale").await,
            app.t("de", "web-stale-deadline")
        );
        browser.close().await;

        // The old day's reminder does not come, nor an overdue alert; the new one's does.
        let reminder = |due| app.t_with("ti", "deadline-reminder", &args(due));
        clock_to(&app, berlin(2026, 11, 25, 9, 5)).await;
        clock_to(&app, berlin(2026, 11, 26, 10, 0)).await;
        let told = |text: &str| {
            dawit
                .transcript()
                .iter()
                .filter(|m| m.source.as_deref() == Some(text))
                .count()
        };
        assert_eq!(told(&reminder(old_day)), 0, "no reminder for the old day");
        let overdue = app.t_with(
            "de",
            "notify-deadline-overdue",
            &[
                ("title", Arg::text("Pass abholen")),
                ("kind", Arg::markup(app.t("de", "deadline-kind-aufenthalt"))),
                (
                    "due",
                    Arg::markup(markup::escape(&format::date("de", old_day))),
                ),
                ("label", Arg::text("DW-9")),
            ],
        );
        assert!(
            !roth
                .transcript()
                .iter()
                .any(|m| m.source.as_deref() == Some(overdue.as_str())),
            "no overdue alert for the old day"
        );
        clock_to(&app, berlin(2026, 11, 28, 9, 5)).await;
        wait_source(&dawit, &reminder(new_day)).await;
        app.finish().await;
    }
);

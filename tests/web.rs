//! The web workplace in a real browser (headless Chromium via WebDriver): a manager asks
//! the bot for a sign-in link, opens it, plans an appointment in the form, and the client
//! gets it in Telegram exactly as from the bot; what the client answers shows on the page.
//! And the guards: a link works once, a forged post changes nothing, another manager's
//! client stays closed, signing out ends the session.

mod support;

#[path = "web/admin.rs"]
mod admin;
#[path = "web/agenda.rs"]
mod agenda;
#[path = "web/announce.rs"]
mod announce;
#[path = "web/announce_admin.rs"]
mod announce_admin;
#[path = "web/figures.rs"]
mod figures;
#[path = "web/invite.rs"]
mod invite;
#[path = "web/offers.rs"]
mod offers;
#[path = "web/organisations.rs"]
mod organisations;
#[path = "web/structure.rs"]
mod structure;

use support::browser::{Browser, free_port};
use support::people::{link_client, manager_joins};
use support::{TestApp, WAIT, count, say};
use wegweiser::fake_telegram::FakeUser;

/// `WEGWEISER_WEB_LISTEN` on a free loopback port.
fn web_listen() -> &'static str {
    Box::leak(format!("127.0.0.1:{}", free_port()).into_boxed_str())
}

fn base(app: &TestApp) -> String {
    format!("http://{}", app.config.web.listen.expect("web is on"))
}

/// The sign-in link the bot sends on `/web`.
async fn sign_in_link(app: &TestApp, manager: &FakeUser) -> String {
    let reply = say(manager, "/web").await;
    let body = reply.body();
    let at = body.find("http://").expect("a link in the answer");
    let link: String = body[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(link.starts_with(&base(app)), "{link}");
    link
}

/// Opens the link and presses "sign in".
async fn sign_in(browser: &Browser, link: &str) {
    browser.open(link).await;
    browser.click("#sign-in").await;
    for _ in 0..150 {
        if !browser.path().await.starts_with("/sign-in/") {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

story_with!(
    manager_signs_in_plans_an_appointment_and_sees_the_answer,
    support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let manager = manager_joins(&app, 5101, "Frau Berger").await;
        let olena = app.user(7101, "Olena", Some("uk"));
        link_client(&app, &manager, &olena, "OL-1", "uk", true).await;
        let link = sign_in_link(&app, &manager).await;

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &link).await;
        assert_eq!(browser.path().await, "/");
        assert_eq!(browser.text("h1").await, app.t("de", "web-today-title"));
        browser.screenshot("today").await;

        browser.click("nav a[href='/appointments/new']").await;
        let client_id = app
            .store()
            .client_by_telegram(7101)
            .await
            .unwrap()
            .unwrap()
            .id;
        // A form that fails keeps what was typed and says why at the field.
        browser.select("#client", &client_id.to_string()).await;
        browser.fill("#place", "Rathaus, Zimmer 3").await;
        browser.click("#save").await;
        assert_eq!(
            browser.text("#date-error").await,
            app.t("de", "web-error-date")
        );
        assert_eq!(
            browser
                .client
                .find(fantoccini::Locator::Css("#place"))
                .await
                .unwrap()
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some("Rathaus, Zimmer 3")
        );
        browser.screenshot("appointment-form-error").await;

        browser.set_value("date", "2026-11-25").await;
        browser.set_value("time", "14:30").await;
        browser.select("#topic", "jobcenter").await;
        browser.click("#save").await;
        browser.wait_path(&format!("/clients/{client_id}")).await;

        // The client gets what the bot's /appointment sends: in Ukrainian, with buttons.
        let yes = app.t("uk", "appointment-yes");
        let notice = olena
            .wait_for_message(WAIT, |m| m.button_texts().contains(&yes.as_str()))
            .await
            .unwrap();
        assert!(
            notice.body().contains("Rathaus, Zimmer 3"),
            "{}",
            notice.body()
        );
        assert!(
            notice.body().contains(&app.t("uk", "topic-jobcenter")),
            "{}",
            notice.body()
        );
        olena.tap(&yes).unwrap();
        manager
            .wait_for_message(WAIT, |m| m.body().contains("OL-1"))
            .await
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        browser.client.refresh().await.unwrap();
        assert!(
            browser
                .text("#appointments td.answer")
                .await
                .contains("kommt"),
            "{}",
            browser.text("#appointments").await
        );
        browser.screenshot("client").await;
        browser.open("/").await;
        browser.screenshot("today-with-appointment").await;

        // The caseload lists the client; a search for another label does not.
        browser.click("nav a[href='/clients']").await;
        assert!(browser.text("#caseload").await.contains("OL-1"));
        browser.screenshot("caseload").await;
        browser.fill("#q", "XY").await;
        browser.click("#filter").await;
        browser.wait_url("q=XY").await;
        assert!(!browser.source().await.contains("OL-1"), "filtered out");
        browser.close().await;
        app.finish().await;
    }
);

story_with!(
    a_link_works_once_a_forged_post_changes_nothing_and_sign_out_ends_the_session,
    support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let manager = manager_joins(&app, 5102, "Herr Kaya").await;
        let client = app.user(7102, "Amina", Some("ar"));
        link_client(&app, &manager, &client, "AM-2", "ar", true).await;
        let link = sign_in_link(&app, &manager).await;
        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &link).await;
        assert_eq!(browser.path().await, "/");

        // The same link a second time: refused, no second session.
        let other = Browser::start(&base(&app)).await;
        sign_in(&other, &link).await;
        assert_eq!(other.text("#error").await, app.t("de", "web-link-used"));
        other.open("/").await;
        assert_eq!(other.path().await, "/signed-out");
        other.close().await;

        // A post without the CSRF token: refused, nothing planned.
        browser.open("/appointments/new").await;
        let client_id = app
            .store()
            .client_by_telegram(7102)
            .await
            .unwrap()
            .unwrap()
            .id;
        browser.select("#client", &client_id.to_string()).await;
        browser.set_value("date", "2026-11-26").await;
        browser.set_value("time", "10:00").await;
        browser.fill("#place", "Rathaus").await;
        browser
            .client
            .execute(
                "document.querySelector('form[action=\"/appointments\"] input[name=csrf]').remove();",
                vec![],
            )
            .await
            .unwrap();
        browser.click("#save").await;
        assert_eq!(
            browser.text("#error").await,
            app.t("de", "web-csrf-refused")
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM appointments").await, 0);

        // Sign out: the session is over, even for a browser that kept the cookie.
        browser.open("/").await;
        let kept = browser.client.get_all_cookies().await.unwrap();
        assert!(!kept.is_empty(), "a session cookie");
        browser.click("#sign-out").await;
        browser.wait_path("/signed-out").await;
        for c in kept {
            browser.client.add_cookie(c).await.unwrap();
        }
        browser.open("/").await;
        assert_eq!(browser.path().await, "/signed-out");
        let audit: Vec<String> = app
            .store()
            .audit_log(50)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert!(audit.contains(&"web.sign_in".to_owned()), "{audit:?}");
        assert!(audit.contains(&"web.sign_out".to_owned()), "{audit:?}");

        // Sign out everywhere: signed in twice, out in one, out in both.
        sign_in(&browser, &sign_in_link(&app, &manager).await).await;
        browser.wait_path("/").await;
        let phone = Browser::start(&base(&app)).await;
        sign_in(&phone, &sign_in_link(&app, &manager).await).await;
        phone.wait_path("/").await;
        phone.click("#sign-out-everywhere").await;
        phone.wait_path("/signed-out").await;
        browser.open("/").await;
        assert_eq!(browser.path().await, "/signed-out");
        phone.close().await;
        browser.close().await;
        app.finish().await;
    }
);

story_with!(
    another_managers_client_page_is_forbidden,
    support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let a = manager_joins(&app, 5103, "Frau Adler").await;
        let client = app.user(7103, "Dawit", Some("ti"));
        link_client(&app, &a, &client, "DW-3", "ti", true).await;
        let b = manager_joins(&app, 5104, "Herr Brandt").await;
        let client_id = app
            .store()
            .client_by_telegram(7103)
            .await
            .unwrap()
            .unwrap()
            .id;

        // A client asking for the workplace is told it is not for them.
        let reply = say(&client, "/web").await;
        assert_eq!(
            reply.source.as_deref(),
            Some(app.t("ti", "not-allowed").as_str())
        );

        let link = sign_in_link(&app, &b).await;
        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &link).await;
        browser.open(&format!("/clients/{client_id}")).await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        assert!(
            !browser.source().await.contains("DW-3"),
            "nothing of the client shows"
        );
        browser.screenshot("forbidden").await;

        // Its owner sees it.
        let link = sign_in_link(&app, &a).await;
        let owner = Browser::start(&base(&app)).await;
        sign_in(&owner, &link).await;
        owner.open(&format!("/clients/{client_id}")).await;
        assert_eq!(owner.text("#label").await, "DW-3");
        owner.close().await;
        browser.close().await;
        app.finish().await;
    }
);

/// A plain HTTP request (no browser, no cookie) with an `Accept-Language` header: the
/// status line and the body.
async fn plain_request(app: &TestApp, request: &str) -> (String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.config.web.listen.expect("web is on");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    stream.read_to_end(&mut out).await.unwrap();
    let out = String::from_utf8_lossy(&out).into_owned();
    let status = out.lines().next().unwrap_or("").to_owned();
    (status, out)
}

story_with!(
    signed_out_error_pages_speak_the_browsers_language,
    support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let get = |lang: &str| {
            format!(
                "GET /no-such-page HTTP/1.1\r\nHost: x\r\nAccept-Language: {lang}\r\n\
                 Connection: close\r\n\r\n"
            )
        };
        let (status, page) = plain_request(&app, &get("uk-UA,uk;q=0.9,en;q=0.8")).await;
        assert!(status.contains("404"), "{status}");
        assert!(page.contains("lang=\"uk\""), "{page}");
        assert!(page.contains(&app.t("uk", "web-not-found")), "{page}");
        // Nothing offered that the browser asks for: German.
        let (_, page) = plain_request(&app, &get("fr-FR,fr;q=0.9")).await;
        assert!(page.contains(&app.t("de", "web-not-found")), "{page}");
        // A sign-in link that is used up or expired, for an Arabic browser.
        let body = "token=no-such-token";
        let post = format!(
            "POST /sign-in HTTP/1.1\r\nHost: x\r\nAccept-Language: ar\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            body.len()
        );
        let (status, page) = plain_request(&app, &post).await;
        assert!(status.contains("403"), "{status}");
        assert!(page.contains("dir=\"rtl\""), "{page}");
        assert!(page.contains(&app.t("ar", "web-link-used")), "{page}");
        app.finish().await;
    }
);

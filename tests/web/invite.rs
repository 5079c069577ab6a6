//! A new invite in the web workplace: the link and its QR code are on the page, drawn into
//! it, so the one-time token is in no address of the server (nor in a proxy's access log or
//! the browser's history); the old link stops working, the new one links the client.

use super::support::people::{AGS, manager_joins, wait_source};
use super::support::{WAIT, payload_in, say};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

story_with!(
    a_new_invite_shows_link_and_qr_without_the_token_in_any_address,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let roth = manager_joins(&app, 5301, "Frau Roth").await;
        let before = roth.transcript().len();
        roth.send_text(&format!("/new_client NE-1 {AGS} fa"));
        let t = roth
            .wait_for(WAIT, |t| t.len() >= before + 2)
            .await
            .unwrap();
        let old = payload_in(t[before].body());
        let m = app
            .store()
            .manager_by_telegram(5301)
            .await
            .unwrap()
            .unwrap();
        let id = app
            .store()
            .clients_of(m.id, 0, 10)
            .await
            .unwrap()
            .into_iter()
            .find(|c| c.label == "NE-1")
            .expect("the new client")
            .id;

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &roth).await).await;
        browser.open(&format!("/clients/{id}")).await;
        browser.click("#invite").await;
        let link = crate::agenda::shown(&browser, "#invite-link").await;
        let new = payload_in(&link);
        assert!(link.starts_with("https://t.me/"), "{link}");
        assert_ne!(new, old, "a new link");
        // The QR code is a drawing in the page, not an image fetched by an address.
        let qr = browser
            .client
            .find(fantoccini::Locator::Css("#invite-qr"))
            .await
            .unwrap();
        assert_eq!(qr.tag_name().await.unwrap(), "svg");
        let source = browser.source().await;
        assert!(!source.contains("<img"), "no image to fetch");
        let with_token = source.matches(new.as_str()).count();
        let in_t_me = source.matches(&format!("?start={new}")).count();
        assert!(
            with_token >= 1 && with_token == in_t_me,
            "only in the t.me link"
        );
        assert!(!browser.path().await.contains(&new));
        browser.screenshot("invite").await;
        // The old address of the image is gone.
        browser
            .open(&format!("/clients/{id}/invite.png?token={new}"))
            .await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-not-found"));

        // The old link is refused; the new one links the client.
        let navid = app.user(7301, "Navid", Some("fa"));
        let reply = say(&navid, &format!("/start {old}")).await;
        assert_eq!(
            reply.source.as_deref(),
            Some(app.t("fa", "invite-revoked").as_str())
        );
        say(&navid, &format!("/start {new}")).await;
        navid.tap(&app.texts.language_name("fa")).unwrap();
        let agree = app.t("fa", "consent-agree");
        navid
            .wait_for_message(WAIT, |m| m.button_texts().contains(&agree.as_str()))
            .await
            .unwrap();
        navid.tap(&agree).unwrap();
        wait_source(&navid, &app.t("fa", "client-menu")).await;
        let linked = app.store().client_by_telegram(7301).await.unwrap();
        assert_eq!(linked.map(|c| c.id), Some(id));
        browser.close().await;
        app.finish().await;
    }
);

//! The administrators' pages for managers in a real browser: a global administrator
//! deactivates a manager with a successor after a confirmation page that lists the
//! clients handed over; the clients move and are told, and so is the successor. A
//! scoped administrator cannot open another organisation's manager (403, audited), nor
//! deactivate one serving their Gemeinde for another organisation; a forged post is
//! refused.

use wegweiser::clock::Clock;
use wegweiser::i18n::Arg;
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

use super::support::people::{link_client, manager_joins, other_org_manager_joins};
use super::support::{ADMIN, WAIT, count};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

story_with!(
    a_manager_is_deactivated_with_a_successor_after_a_confirmation_page,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let keller = manager_joins(&app, 5301, "Frau Keller").await;
        let braun = manager_joins(&app, 5302, "Herr Braun").await;
        let nour = app.user(7301, "Nour", Some("ar"));
        link_client(&app, &keller, &nour, "N-1", "ar", true).await;
        let store = app.store();
        let keller_id = store.manager_by_telegram(5301).await.unwrap().unwrap().id;
        let braun_id = store.manager_by_telegram(5302).await.unwrap().unwrap().id;
        let admin = app.user(ADMIN, "Admin", Some("de"));

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &admin).await).await;
        browser.open("/admin/managers").await;
        let list = browser.text("#managers").await;
        assert!(
            list.contains("Frau Keller") && list.contains("Herr Braun"),
            "{list}"
        );

        browser.open(&format!("/admin/managers/{keller_id}")).await;
        browser.select("#successor", &braun_id.to_string()).await;
        browser.click("#deactivate").await;
        // The confirmation page names the client; nothing has changed yet.
        assert_eq!(browser.text("#handed-over td.label").await, "N-1");
        assert_eq!(
            store.manager(keller_id).await.unwrap().unwrap().status,
            "active"
        );
        browser.screenshot("admin-deactivate-confirm").await;

        // A forged confirmation (no CSRF token): refused, still active.
        browser.drop_csrf("form[action$='/deactivate']").await;
        browser.click("#confirm").await;
        assert_eq!(
            browser.text("#error").await,
            app.t("de", "web-csrf-refused")
        );
        assert_eq!(
            store.manager(keller_id).await.unwrap().unwrap().status,
            "active"
        );

        browser
            .open(&format!(
                "/admin/managers/{keller_id}/deactivate?successor={braun_id}"
            ))
            .await;
        browser.click("#confirm").await;
        browser
            .wait_path(&format!("/admin/managers/{keller_id}"))
            .await;
        assert_eq!(
            browser.text("#deactivated").await,
            app.t_with(
                "de",
                "web-admin-deactivated",
                &[("count", Arg::from(1_i64))]
            )
        );
        let client = store.client_by_telegram(7301).await.unwrap().unwrap();
        assert_eq!(client.manager_id, braun_id);
        assert_eq!(
            store.manager(keller_id).await.unwrap().unwrap().status,
            "inactive"
        );
        // The client is told in Arabic who is responsible now; the successor is told too.
        let told = app.t_with(
            "ar",
            "client-new-manager",
            &[("manager", Arg::text("Herr Braun"))],
        );
        nour.wait_for_message(WAIT, |m| m.body().contains(told.lines().next().unwrap()))
            .await
            .unwrap();
        let notice = app.t_with(
            "de",
            "notify-clients-handed-over",
            &[("count", Arg::from(1_i64))],
        );
        braun
            .wait_for_message(WAIT, |m| m.body().contains(notice.lines().next().unwrap()))
            .await
            .unwrap();
        browser.close().await;
        app.finish().await;
    }
);

story_with!(
    a_scoped_administrator_cannot_open_or_deactivate_another_organisations_manager,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let _keller = manager_joins(&app, 5311, "Frau Keller").await;
        let _rolf = other_org_manager_joins(&app, 5312, "Herr Rolf").await;
        let store = app.store();
        let now = app.clock.now();
        let rolf_id = store.manager_by_telegram(5312).await.unwrap().unwrap().id;
        let keller = store.manager_by_telegram(5311).await.unwrap().unwrap();
        // A manager of the second organisation in another Gemeinde.
        let other = store
            .add_gemeinde(
                "08115003",
                "Böblingen",
                "Landkreis Böblingen",
                Actor::Cli,
                now,
            )
            .await
            .unwrap();
        let lang = store
            .invite_manager(
                store
                    .manager(rolf_id)
                    .await
                    .unwrap()
                    .unwrap()
                    .organisation_id,
                "Frau Lang",
                &[other.id],
                "hash-of-an-unused-invite",
                now + chrono::Duration::days(3),
                Actor::Cli,
                now,
            )
            .await
            .unwrap();
        let weber = app.user(8311, "Weber", Some("de"));
        store
            .add_admin_scope(
                8311,
                AdminScope::Organisation(keller.organisation_id),
                Actor::Cli,
                now,
            )
            .await
            .unwrap();

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        browser.open("/admin/managers").await;
        let list = browser.text("#managers").await;
        assert!(list.contains("Frau Keller"), "{list}");
        assert!(!list.contains("Frau Lang"), "{list}");

        browser.open(&format!("/admin/managers/{}", lang.id)).await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        assert!(!browser.source().await.contains("Frau Lang"));
        // Herr Rolf serves Hemmingen, so he is listed, but he is not this
        // administrator's to deactivate.
        browser
            .open(&format!(
                "/admin/managers/{rolf_id}/deactivate?successor={}",
                keller.id
            ))
            .await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        let refused: Vec<String> = store
            .audit_log(50)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "scope.refused")
            .map(|e| e.subject)
            .collect();
        assert!(
            refused.contains(&format!("manager:{}", lang.id))
                && refused.contains(&format!("manager:{rolf_id}")),
            "{refused:?}"
        );
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM managers WHERE status = 'inactive'"
            )
            .await,
            0
        );
        browser.close().await;
        app.finish().await;
    }
);

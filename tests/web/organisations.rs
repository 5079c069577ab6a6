//! Organisations, Gemeinden and scoped administrators in a real browser: a global
//! administrator adds an organisation and a Gemeinde (a bad AGS and a Landkreis that does
//! not fit it are marked at their fields, and nothing is saved), then a scoped
//! administrator for that Gemeinde, who is listed by log id, never by Telegram id. That
//! person signs in with `/web` and sees only their Gemeinde's offers and their Gemeinde,
//! read-only; the organisations page and a post of the Gemeinde form are 403 and audited.
//! A forged post changes nothing; removing a scope asks first.

use fantoccini::Locator;
use wegweiser::clock::Clock;
use wegweiser::domain::offer::Category;
use wegweiser::domain::offer_edit;
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

use super::support::people::{AGS, manager_joins};
use super::support::{ADMIN, TestApp, count};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

async fn gemeinden(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) FROM gemeinden").await
}

async fn refusals(app: &TestApp) -> Vec<String> {
    app.store()
        .audit_log(200)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "scope.refused")
        .map(|e| e.subject)
        .collect()
}

/// Fills the Gemeinde form and sends it.
async fn add_gemeinde(browser: &Browser, ags: &str, name: &str, landkreis: &str) {
    browser.open("/admin/gemeinden").await;
    browser.fill("#ags", ags).await;
    browser.fill("#name", name).await;
    browser.fill("#landkreis", landkreis).await;
    browser.click("#add").await;
}

story_with!(
    a_global_administrator_adds_an_organisation_a_gemeinde_and_its_administrator,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        // Hemmingen and its organisation come from the bot's /add_org and /add_gemeinde.
        let _keller = manager_joins(&app, 5401, "Frau Keller").await;
        let store = app.store();
        let now = app.clock.now();
        let theirs =
            offer_edit::new_offer(AGS, Category::Sprache, "Sprachtreff Hemmingen", 1).unwrap();
        store
            .save_offers(std::slice::from_ref(&theirs), Actor::Cli, now)
            .await
            .unwrap();
        let admin = app.user(ADMIN, "Admin", Some("de"));
        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &admin).await).await;

        browser.click("nav a[href='/admin/organisations']").await;
        let row = browser.text("#organisations tbody tr").await;
        assert!(
            row.contains("Gemeinde Hemmingen") && row.contains("Hemmingen"),
            "{row}"
        );
        browser.fill("#name", "Stadt Ditzingen").await;
        browser.select("#kind", "gemeinde").await;
        browser.click("#add").await;
        assert_eq!(
            browser.text("#added").await,
            app.t("de", "web-admin-org-added")
        );
        assert!(
            browser
                .text("#organisations")
                .await
                .contains("Stadt Ditzingen")
        );
        // A forged post (no CSRF token): refused, nothing added.
        browser.fill("#name", "Gefälscht").await;
        browser.drop_csrf("#add-organisation").await;
        browser.click("#add").await;
        assert_eq!(
            browser.text("#error").await,
            app.t("de", "web-csrf-refused")
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM organisations").await, 2);

        // A bad AGS, then a Landkreis that is not its Kreis's: marked, nothing saved.
        let before = gemeinden(&app).await;
        add_gemeinde(&browser, "0811801", "Ditzingen", "Landkreis Ludwigsburg").await;
        assert_eq!(
            browser.text("#ags-error").await,
            app.t("de", "web-admin-error-ags")
        );
        let typed = browser
            .client
            .find(Locator::Css("#name"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap();
        assert_eq!(typed.as_deref(), Some("Ditzingen"));
        browser.screenshot("admin-gemeinde-bad-ags").await;
        add_gemeinde(&browser, "08118012", "Ditzingen", "Böblingen").await;
        assert!(
            browser
                .text("#landkreis-error")
                .await
                .contains("Landkreis Ludwigsburg")
        );
        assert_eq!(gemeinden(&app).await, before);
        add_gemeinde(&browser, "08118012", "Ditzingen", "Landkreis Ludwigsburg").await;
        assert_eq!(
            browser.text("#added").await,
            app.t("de", "web-admin-gemeinde-added")
        );
        let ditzingen = store.gemeinde_by_ags("08118012").await.unwrap().unwrap();
        let row = browser.text(&format!("#gemeinde-{}", ditzingen.id)).await;
        assert_eq!(row, "08118012 Ditzingen Landkreis Ludwigsburg 0 0");
        let row = browser.text("#gemeinden tbody tr:last-child").await;
        assert!(row.starts_with(AGS) && row.ends_with("1 0"), "{row}");
        let ours =
            offer_edit::new_offer("08118012", Category::Arbeit, "Jobcafé Ditzingen", 2).unwrap();
        store
            .save_offers(std::slice::from_ref(&ours), Actor::Cli, now)
            .await
            .unwrap();

        // A scoped administrator for Ditzingen, added by Telegram id: listed by log id.
        browser.click("nav a[href='/admin/administrators']").await;
        browser.fill("#telegram_id", "8401").await;
        browser
            .select("#scope", &format!("gemeinde:{}", ditzingen.id))
            .await;
        browser.click("#add").await;
        assert_eq!(
            browser.text("#added").await,
            app.t("de", "web-admin-scope-added")
        );
        let list = browser.text("#administrators").await;
        assert!(list.contains("Ditzingen (08118012)"), "{list}");
        assert!(list.contains("u-") && !list.contains("8401"), "{list}");
        let typed = browser
            .client
            .find(Locator::Css("#telegram_id"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap();
        assert_eq!(typed.as_deref(), Some(""));
        assert_eq!(store.admin_scopes(8401).await.unwrap().len(), 1);

        // Another person's scope is removed after a confirmation page.
        store
            .add_admin_scope(8402, AdminScope::Gemeinde(ditzingen.id), Actor::Cli, now)
            .await
            .unwrap();
        browser.open("/admin/administrators").await;
        browser
            .click("#administrators tbody tr:last-child a.remove")
            .await;
        assert!(
            browser
                .text("#remove-text")
                .await
                .contains("Gemeinde Ditzingen")
        );
        assert_eq!(store.admin_scopes(8402).await.unwrap().len(), 1);
        browser.click("#confirm").await;
        assert_eq!(
            browser.text("#removed").await,
            app.t("de", "web-admin-scope-removed")
        );
        assert!(store.admin_scopes(8402).await.unwrap().is_empty());
        assert_eq!(store.admin_scopes(8401).await.unwrap().len(), 1);
        browser.screenshot("admin-administrators").await;
        browser.click("#sign-out").await;
        browser.close().await;

        // The new administrator signs in with /web: Ditzingen's offers only.
        let weber = app.user(8401, "Weber", Some("de"));
        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        browser.wait_path("/admin/offers").await;
        let offers = browser.text("#offers").await;
        assert!(
            offers.contains("Jobcafé Ditzingen") && !offers.contains("Sprachtreff"),
            "{offers}"
        );
        let nav = browser.text("nav").await;
        assert!(
            !nav.contains(&app.t("de", "web-admin-nav-organisations")),
            "{nav}"
        );
        browser.open("/admin/gemeinden").await;
        assert_eq!(
            browser.text("#gemeinden tbody").await,
            "08118012 Ditzingen Landkreis Ludwigsburg 0 0"
        );
        assert_eq!(
            browser.text("#read-only").await,
            app.t("de", "web-admin-gemeinden-read-only")
        );

        // Global-only pages and forms: 403, audited, nothing changed.
        browser.open("/admin/organisations").await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        assert!(!browser.source().await.contains("Stadt Ditzingen"));
        browser.open("/admin/administrators").await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        // A post of the Gemeinde form, with this session's own token.
        browser.open("/admin/gemeinden").await;
        browser
            .client
            .execute(
                "const f = document.createElement('form');
                 f.method = 'post'; f.action = '/admin/gemeinden';
                 for (const [k, v] of [['csrf', document.querySelector('input[name=csrf]').value],
                                       ['ags', '08118013'], ['name', 'Gerlingen'],
                                       ['landkreis', 'Landkreis Ludwigsburg']]) {
                   const i = document.createElement('input');
                   i.name = k; i.value = v; f.appendChild(i);
                 }
                 document.body.appendChild(f); f.submit();",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        assert!(store.gemeinde_by_ags("08118013").await.unwrap().is_none());
        let refused = refusals(&app).await;
        for subject in ["organisations", "administrators", "gemeinde:new"] {
            assert!(refused.iter().any(|s| s == subject), "{refused:?}");
        }
        browser.close().await;
        app.finish().await;
    }
);

//! The administrators' pages in a real browser: a scoped administrator uploads a file of
//! offers with mistakes (every one shown with its line, nothing imported), fixes it and
//! imports it, and the Arabic client finds the new offer in the bot in Arabic; the offer
//! editor shows the languages side by side and refuses a bad web address at its field;
//! another Gemeinde's offer is 403 and audited; a forged post changes nothing; the audit
//! log and the figures show the administrator's Gemeinde only.

use fantoccini::Locator;
use wegweiser::clock::Clock;
use wegweiser::domain::offer::Category;
use wegweiser::domain::offer_edit;
use wegweiser::i18n::Arg;
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

use super::support::people::{AGS, link_client, manager_joins};
use super::support::{TestApp, count, say, tap_until};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

pub const OTHER_AGS: &str = "08115003";

/// A CSV as a spreadsheet saves it; `{web}` and `{category}` are what the story fixes.
fn csv(web: &str, category: &str) -> String {
    format!(
        "id,category,gemeinden,title_de,description_de,title_ar,description_ar,web\n\
         hemmingen-hausaufgaben,familie,{AGS},Hausaufgabenhilfe,Für Schulkinder,مساعدة في الواجبات المدرسية,لأطفال المدارس,{web}\n\
         hemmingen-lesekreis,{category},{AGS},Lesekreis,,,,\n"
    )
}

/// Chooses the file at `path` on the upload page and checks it.
pub async fn upload(browser: &Browser, path: &std::path::Path) {
    browser.open("/admin/offers/upload").await;
    browser
        .client
        .find(Locator::Css("#file"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    browser.click("#check").await;
    for _ in 0..150 {
        if browser.source().await.contains("id=\"file-name\"") {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The bot's button of `category` with `count` offers, in `lang`.
pub fn category_button(app: &TestApp, lang: &str, category: Category, count: usize) -> String {
    app.t_with(
        lang,
        "offer-category-button",
        &[
            ("category", Arg::markup(app.t(lang, category.msg_id()))),
            ("count", Arg::Number(count as f64)),
        ],
    )
}

async fn offers(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) FROM offers").await
}

story_with!(
    a_scoped_administrator_imports_a_file_after_fixing_it_and_the_client_sees_the_offer,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let keller = manager_joins(&app, 5201, "Frau Keller").await;
        let nour = app.user(7201, "Nour", Some("ar"));
        link_client(&app, &keller, &nour, "N-1", "ar", true).await;
        let store = app.store();
        let now = app.clock.now();
        let hemmingen = store.gemeinde_by_ags(AGS).await.unwrap().unwrap().id;
        store
            .add_gemeinde(
                OTHER_AGS,
                "Böblingen",
                "Landkreis Böblingen",
                Actor::Cli,
                now,
            )
            .await
            .unwrap();
        let theirs = offer_edit::new_offer(OTHER_AGS, Category::Sprache, "Sprachtreff", 1).unwrap();
        store
            .save_offers(std::slice::from_ref(&theirs), Actor::Cli, now)
            .await
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("offers.csv");
        let boeblingen_offer = store.offer_id(&theirs.external_id).await.unwrap().unwrap();
        let weber = app.user(8201, "Weber", Some("de"));
        store
            .add_admin_scope(8201, AdminScope::Gemeinde(hemmingen), Actor::Cli, now)
            .await
            .unwrap();

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        browser.wait_path("/admin/offers").await;

        // Two mistakes: both shown with their lines, nothing imported.
        std::fs::write(&path, csv("www.example.de", "kurs")).unwrap();
        upload(&browser, &path).await;
        let mut problems = vec![];
        for row in browser
            .client
            .find_all(Locator::Css("#problems tbody tr"))
            .await
            .unwrap()
        {
            let cell = |c: &'static str| {
                let row = row.clone();
                async move {
                    row.find(Locator::Css(c))
                        .await
                        .unwrap()
                        .text()
                        .await
                        .unwrap()
                }
            };
            problems.push((cell("td.line").await, cell("td.field").await));
        }
        assert_eq!(
            problems,
            [
                ("2".to_owned(), "web".to_owned()),
                ("3".to_owned(), "category".to_owned())
            ],
            "{}",
            browser.text("#problems").await
        );
        assert!(browser.source().await.contains("id=\"rejected\""));
        assert!(
            !browser.source().await.contains("id=\"import\""),
            "no import button"
        );
        browser.screenshot("admin-upload-rejected").await;
        assert_eq!(offers(&app).await, 1);

        // Fixed: the dry run says what would happen, "import" saves both.
        std::fs::write(
            &path,
            csv("https://www.example.de/hausaufgaben", "freizeit"),
        )
        .unwrap();
        upload(&browser, &path).await;
        assert!(
            browser.text("#plan").await.contains("2"),
            "{}",
            browser.text("#plan").await
        );
        assert_eq!(offers(&app).await, 1, "a dry run writes nothing");
        browser.click("#import").await;
        browser.wait_path("/admin/offers/import").await;
        assert!(browser.source().await.contains("id=\"imported\""));
        assert_eq!(offers(&app).await, 3);

        // The Arabic client finds it in the bot, in Arabic.
        say(&nour, "/offers").await;
        let button = category_button(&app, "ar", Category::Familie, 1);
        tap_until(&nour, &button, |m| {
            m.body().contains("مساعدة في الواجبات المدرسية")
        })
        .await;

        // The editor: the languages side by side, Persian marked missing; a bad web
        // address is refused at its field and changes nothing.
        let id = store
            .offer_id("hemmingen-hausaufgaben")
            .await
            .unwrap()
            .unwrap();
        browser.open(&format!("/admin/offers/{id}")).await;
        assert_eq!(
            browser
                .client
                .find(Locator::Css("#title_ar"))
                .await
                .unwrap()
                .prop("value")
                .await
                .unwrap()
                .as_deref(),
            Some("مساعدة في الواجبات المدرسية")
        );
        assert!(
            browser.source().await.contains("missing-note"),
            "a missing language is marked"
        );
        browser.screenshot("admin-offer-editor").await;
        browser.fill("#web", "www.example.de").await;
        browser.click("#save").await;
        assert_eq!(
            crate::agenda::shown(&browser, "#web-error").await,
            app.t("de", "offer-problem-url")
        );
        assert_eq!(
            store.offer(id).await.unwrap().unwrap().offer.web,
            "https://www.example.de/hausaufgaben"
        );
        // A new Arabic description is saved, and the client reads it.
        browser.open(&format!("/admin/offers/{id}")).await;
        browser.fill("#description_ar", "كل يوم ثلاثاء").await;
        browser.click("#save").await;
        assert!(crate::agenda::shown(&browser, "#saved").await.len() > 1);
        assert_eq!(
            store.offer(id).await.unwrap().unwrap().offer.texts["ar"].description,
            "كل يوم ثلاثاء"
        );

        // A forged post (no CSRF token) to deactivate: refused, still active.
        browser.drop_csrf("form[action$='/active']").await;
        browser.click("#deactivate").await;
        assert_eq!(
            crate::agenda::shown(&browser, "#error").await,
            app.t("de", "web-csrf-refused")
        );
        assert!(store.offer(id).await.unwrap().unwrap().offer.active);

        // Another Gemeinde's offer and list: 403, audited.
        browser
            .open(&format!("/admin/offers/{boeblingen_offer}"))
            .await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        assert!(!browser.source().await.contains("Sprachtreff"));
        let boeblingen = store.gemeinde_by_ags(OTHER_AGS).await.unwrap().unwrap().id;
        browser
            .open(&format!("/admin/offers?gemeinde={boeblingen}"))
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
        assert_eq!(
            refused,
            [
                format!("gemeinde:{boeblingen}"),
                format!("offer:{boeblingen_offer}")
            ]
        );

        // A post with this session's token, but for Böblingen's offer: refused, unchanged.
        browser.open(&format!("/admin/offers/{id}")).await;
        browser
            .client
            .execute(
                "document.querySelector('form[action$=\"/active\"]').action = arguments[0];",
                vec![format!("/admin/offers/{boeblingen_offer}/active").into()],
            )
            .await
            .unwrap();
        browser.click("#deactivate").await;
        assert_eq!(browser.text("#error").await, app.t("de", "web-forbidden"));
        assert!(
            store
                .offer(boeblingen_offer)
                .await
                .unwrap()
                .unwrap()
                .offer
                .active
        );
        assert!(store.offer(id).await.unwrap().unwrap().offer.active);

        // The audit log: the imports and the refusals, nothing of Böblingen's own import.
        browser.open("/admin/audit").await;
        let log = browser.text("#audit").await;
        assert!(
            log.contains("offer.create") && log.contains("scope.refused"),
            "{log}"
        );
        assert_eq!(
            log.matches("offer.create").count(),
            2,
            "only Hemmingen's: {log}"
        );
        browser.fill("#action", "scope").await;
        browser.click("#filter").await;
        browser.wait_url("action=scope").await;
        assert!(!browser.text("#audit").await.contains("offer.create"));
        browser.screenshot("admin-audit").await;

        // The list filter: which offers lack an Arabic description.
        browser.open("/admin/offers?lacks=ar").await;
        let list = browser.text("#offers").await;
        assert!(
            list.contains("Lesekreis") && !list.contains("Hausaufgabenhilfe"),
            "{list}"
        );

        // The figures of the year: Hemmingen only, with Nour taken on.
        browser.open("/admin/figures?year=2026").await;
        let figures = browser.text("#figures tbody").await;
        assert!(figures.starts_with("Hemmingen 1 0"), "{figures}");
        assert!(!figures.contains("Böblingen"), "{figures}");
        browser.close().await;
        app.finish().await;
    }
);

//! A scoped administrator's offers in a real browser, in German: an upload whose file has
//! its own mistakes (an unknown column, an unknown Gemeinde) shows each with its line in
//! German and imports nothing; a new offer made in the browser (another Gemeinde forged
//! into the form is refused) reaches the Arabic client in the bot in Arabic; the editor's
//! preview in Arabic is the bot's page, right to left, and "preview with the changes"
//! shows an unsaved edit without saving it.

use fantoccini::Locator;
use wegweiser::clock::Clock;
use wegweiser::domain::offer::Category;
use wegweiser::i18n::Arg;
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

use super::support::people::{AGS, link_client, manager_joins};
use super::support::{count, say, tap_until};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

/// The rows of the problems table: (line, field, problem).
async fn problems(browser: &Browser) -> Vec<(String, String, String)> {
    let mut out = vec![];
    for row in browser
        .client
        .find_all(Locator::Css("#problems tbody tr"))
        .await
        .unwrap()
    {
        let mut cells = vec![];
        for css in ["td.line", "td.field", "td.problem"] {
            cells.push(
                row.find(Locator::Css(css))
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap(),
            );
        }
        out.push((cells[0].clone(), cells[1].clone(), cells[2].clone()));
    }
    out
}

const TITLE_AR: &str = "مقهى اللغة للأمهات";
const DESCRIPTION_AR: &str = "كل يوم أربعاء في المكتبة";

story_with!(
    an_administrator_sees_the_file_problems_in_german_makes_an_offer_and_previews_it_in_arabic,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let keller = manager_joins(&app, 5301, "Frau Keller").await;
        let nour = app.user(7301, "Nour", Some("ar"));
        link_client(&app, &keller, &nour, "N-1", "ar", true).await;
        let store = app.store();
        let hemmingen = store.gemeinde_by_ags(AGS).await.unwrap().unwrap().id;
        let weber = app.user(8301, "Weber", Some("de"));
        store
            .add_admin_scope(
                8301,
                AdminScope::Gemeinde(hemmingen),
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
        let before = count(&app, "SELECT COUNT(*) FROM offers").await;

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &sign_in_link(&app, &weber).await).await;
        browser.wait_path("/admin/offers").await;

        // A file with two mistakes of its own: a column that does not exist (the header,
        // line 1) and a Gemeinde that does not exist (line 3). Both in German, with their
        // lines; nothing imported.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("angebote.csv");
        std::fs::write(
            &path,
            format!(
                "id,category,gemeinden,title_de,kosten\n\
                 hemmingen-lesekreis,freizeit,{AGS},Lesekreis,\n\
                 hemmingen-nachhilfe,familie,08999999,Nachhilfe,\n"
            ),
        )
        .unwrap();
        crate::admin::upload(&browser, &path).await;
        crate::agenda::shown(&browser, "#rejected").await;
        let found = problems(&browser).await;
        let column = app.t_with(
            "de",
            "offer-file-unknown-column",
            &[(
                "expected",
                Arg::text(
                    "id, category, gemeinden, landkreis, address, phone, email, web, languages, schedule, valid_from, valid_until, active",
                ),
            )],
        );
        let gemeinde = app.t_with(
            "de",
            "offer-file-unknown-gemeinde",
            &[("ags", Arg::text("08999999"))],
        );
        let visible = |html: &str| {
            wegweiser::i18n::markup::visible(html)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
        };
        assert_eq!(
            found,
            [
                ("1".to_owned(), "kosten".to_owned(), visible(&column)),
                ("3".to_owned(), "gemeinden".to_owned(), visible(&gemeinde)),
            ],
            "{}",
            browser.text("#problems").await
        );
        assert!(
            !browser.source().await.contains("lang=\"en\""),
            "nothing left in the import's English"
        );
        assert!(!browser.source().await.contains("id=\"import\""));
        browser.screenshot("admin-upload-file-problems").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM offers").await, before);

        // A new offer in the browser: German and Arabic, for Hemmingen (the only
        // Gemeinde to choose).
        browser.open("/admin/offers").await;
        browser.click("#new-offer").await;
        browser.wait_path("/admin/offers/new").await;
        let places: Vec<String> = {
            let mut v = vec![];
            for o in browser
                .client
                .find_all(Locator::Css("#gemeinden option"))
                .await
                .unwrap()
            {
                v.push(o.attr("value").await.unwrap().unwrap_or_default());
            }
            v
        };
        assert_eq!(places, [AGS.to_owned()]);
        // A forged choice of another Gemeinde: refused at the field, nothing saved.
        store
            .add_gemeinde(
                crate::admin::OTHER_AGS,
                "Böblingen",
                "Landkreis Böblingen",
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
        browser
            .client
            .execute(
                "document.querySelector('#gemeinden option').value = arguments[0];",
                vec![crate::admin::OTHER_AGS.into()],
            )
            .await
            .unwrap();
        browser.fill("#title_de", "Sprachtreff").await;
        browser.click("#create").await;
        assert_eq!(
            crate::agenda::shown(&browser, "#gemeinden-error").await,
            app.t("de", "offer-problem-scope")
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM offers").await, before);
        // Without a German title: refused at its field, nothing saved.
        browser.fill("#title_de", "").await;
        browser.fill("#title_ar", TITLE_AR).await;
        browser.click("#create").await;
        assert_eq!(
            crate::agenda::shown(&browser, "#title_de-error").await,
            app.t("de", "offer-problem-missing")
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM offers").await, before);
        browser.fill("#title_de", "Sprachcafé für Mütter").await;
        browser.fill("#description_ar", DESCRIPTION_AR).await;
        browser
            .fill("#description_de", "Jeden Mittwoch in der Bücherei")
            .await;
        browser.select("#category", Category::Familie.key()).await;
        browser.click("#create").await;
        crate::agenda::shown(&browser, "#saved").await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM offers").await, before + 1);
        let editor = browser.path().await;
        assert!(editor.starts_with("/admin/offers/"), "{editor}");
        assert!(
            browser
                .text("#external-id")
                .await
                .starts_with(&format!("web.{AGS}."))
        );

        // Nour finds it in the bot, in Arabic.
        say(&nour, "/offers").await;
        let button = crate::admin::category_button(&app, "ar", Category::Familie, 1);
        tap_until(&nour, &button, |m| m.body().contains(TITLE_AR)).await;
        let page = tap_until(&nour, &format!("1. {TITLE_AR}"), |m| {
            m.body().contains(DESCRIPTION_AR)
        })
        .await;

        // The preview in Arabic: the same page, right to left.
        browser.select("#preview-lang", "ar").await;
        browser.click("#show-preview").await;
        browser.wait_url("preview=ar").await;
        crate::agenda::shown(&browser, "#preview-message").await;
        let shown = browser
            .client
            .find(Locator::Css("#preview-message"))
            .await
            .unwrap();
        assert_eq!(shown.attr("dir").await.unwrap().as_deref(), Some("rtl"));
        assert_eq!(shown.attr("lang").await.unwrap().as_deref(), Some("ar"));
        let text = shown.text().await.unwrap();
        let line = |s: &str| {
            s.lines()
                .next()
                .unwrap_or_default()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_owned()
        };
        assert_eq!(line(&text), line(page.body()), "{text}");
        assert!(text.contains(DESCRIPTION_AR), "{text}");
        browser.screenshot("admin-offer-preview").await;

        // An unsaved edit in the preview: shown, not saved.
        browser.fill("#description_ar", "كل يوم خميس").await;
        browser.click("#preview-edits").await;
        crate::agenda::shown(&browser, "#preview-unsaved").await;
        assert!(
            browser
                .text("#preview-message")
                .await
                .contains("كل يوم خميس")
        );
        let id: i64 = editor.trim_start_matches("/admin/offers/").parse().unwrap();
        assert_eq!(
            store.offer(id).await.unwrap().unwrap().offer.texts["ar"].description,
            DESCRIPTION_AR
        );
        browser.close().await;
        app.finish().await;
    }
);

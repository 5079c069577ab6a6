//! The figures at a glance in a real browser: a small story (three clients taken on in
//! Hemmingen, two appointments of which one attended and one missed, an interest in an
//! offer, an announcement delivered to the two who agreed to announcements) shows up as
//! the right numbers in the tables and as an SVG bar chart whose bars say their values;
//! an administrator of the organisation sees its row and no other Gemeinde.

use std::collections::BTreeMap;

use chrono::Duration;
use wegweiser::clock::Clock;
use wegweiser::domain::offer::Category;
use wegweiser::domain::offer_edit;
use wegweiser::i18n::format::month;
use wegweiser::store::broadcasts::{Audience, NewBroadcast};
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

use super::support::people::{AGS, manager_joins, seed_linked_clients};
use super::support::{count, outbox_settled, say};
use super::{Browser, base, sign_in, sign_in_link, web_listen};
use crate::story_with;

story_with!(
    the_figures_page_shows_a_small_story_in_numbers_and_charts,
    crate::support::default_start(),
    &[("WEGWEISER_WEB_LISTEN", web_listen())],
    |app| {
        let keller = manager_joins(&app, 5301, "Frau Keller").await;
        let ids = seed_linked_clients(
            &app,
            5301,
            &[
                ("A-1".to_owned(), 7301, "ar", true),
                ("B-2".to_owned(), 7302, "uk", true),
                ("C-3".to_owned(), 7303, "fa", false),
            ],
        )
        .await;
        let store = app.store();
        let now = app.clock.now();
        let hemmingen = store.gemeinde_by_ags(AGS).await.unwrap().unwrap().id;
        store
            .add_gemeinde(
                "08115003",
                "Böblingen",
                "Landkreis Böblingen",
                Actor::Cli,
                now,
            )
            .await
            .unwrap();
        // Two appointments; once they have begun, one was attended and one missed.
        say(
            &keller,
            "/appointment A-1 25.11. 14:30 | Rathaus | Jobcenter",
        )
        .await;
        say(
            &keller,
            "/appointment B-2 24.11. 10:00 | Rathaus | Jobcenter",
        )
        .await;
        let first = count(&app, "SELECT MIN(id) FROM appointments").await;
        let second = count(&app, "SELECT MAX(id) FROM appointments").await;
        let later = now + Duration::days(3);
        assert!(
            store
                .set_attendance(first, true, Actor::Cli, later)
                .await
                .unwrap()
        );
        assert!(
            store
                .set_attendance(second, false, Actor::Cli, later)
                .await
                .unwrap()
        );
        // An offer of Hemmingen's, and A-1 is interested in it.
        let offer = offer_edit::new_offer(AGS, Category::Sprache, "Sprachtreff", 1).unwrap();
        store
            .save_offers(std::slice::from_ref(&offer), Actor::Cli, now)
            .await
            .unwrap();
        let offer = store.offer_id(&offer.external_id).await.unwrap().unwrap();
        assert!(
            store
                .register_interest(offer, ids[0], None, now)
                .await
                .unwrap()
        );
        // The administrator of Frau Keller's organisation.
        let org = store
            .manager_by_telegram(5301)
            .await
            .unwrap()
            .unwrap()
            .organisation_id;
        let weber = app.user(8301, "Weber", Some("de"));
        store
            .add_admin_scope(8301, AdminScope::Organisation(org), Actor::Cli, now)
            .await
            .unwrap();
        let link = sign_in_link(&app, &weber).await;
        // An announcement to Hemmingen: the two who agreed get it.
        let texts = BTreeMap::from([("de".to_owned(), "Sprechstunde am Freitag".to_owned())]);
        let audience = Audience {
            manager_id: None,
            gemeinde_id: Some(hemmingen),
            languages: vec![],
            offer_id: None,
        };
        let new = NewBroadcast {
            author_id: 8301,
            audience,
            texts,
            offer_id: None,
            send_at: now,
        };
        store.add_broadcast(&new, Actor::Cli, now).await.unwrap();
        store.start_due_broadcasts(now).await.unwrap();
        outbox_settled(&app).await;
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM outbox WHERE kind = 'announcement' AND state = 'sent'"
            )
            .await,
            2
        );

        let browser = Browser::start(&base(&app)).await;
        sign_in(&browser, &link).await;
        browser.open("/admin/figures?year=2026").await;
        // Taken on 3, ended 0; appointments 2, attended 1, missed 1; interests 1;
        // announcements 1, delivered 2; today invited 0, active 3, unreachable 0, ended
        // 0; offers shown 1.
        let row = "Hemmingen 3 0 2 1 1 1 1 2 0 3 0 0 1";
        let gemeinden = browser.text("#figures tbody").await;
        assert_eq!(gemeinden, row, "{gemeinden}");
        let organisations = browser.text("#figures-organisations tbody").await;
        assert!(
            organisations.ends_with("1 3 0 2 1 1 1 1 2 0 3 0 0 1"),
            "one Gemeinde, the same numbers: {organisations}"
        );
        // November's column of the months' table, and the chart's bars.
        let months = browser.text("#figures-months tbody").await;
        let linked = app.t("de", "web-admin-figure-clients_linked");
        assert!(
            months.starts_with(&format!("{linked} 0 0 0 0 0 0 0 0 0 0 3 0 3")),
            "{months}"
        );
        let source = browser.source().await;
        let chart = &source[source.find("id=\"chart-clients\"").expect("the chart")..];
        assert!(chart.contains("<svg"), "an SVG chart");
        assert!(
            chart.contains(&format!("<title>{}: {linked} 3</title>", month("de", 11))),
            "the bar of November says its value"
        );
        assert!(
            source.contains(&app.t("de", "web-admin-kennzahl-cases-new")),
            "the Kennzahl it supports"
        );
        browser.screenshot("admin-figures").await;
        // Another Gemeinde is not theirs: not listed, and asking for it shows their own.
        let boeblingen = store.gemeinde_by_ags("08115003").await.unwrap().unwrap().id;
        assert!(!browser.text("#figures").await.contains("Böblingen"));
        browser
            .open(&format!("/admin/figures?year=2026&of=g:{boeblingen}"))
            .await;
        assert_eq!(browser.text("#figures tbody").await, row);
        assert!(!browser.source().await.contains("Böblingen"));
        browser.close().await;
        app.finish().await;
    }
);

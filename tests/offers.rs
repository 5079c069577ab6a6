//! Local offers, end to end: a client finds the offers of their own Gemeinde in their
//! language and tells their manager they are interested; a manager sends an offer to a
//! client; an administrator changes only their Gemeinden's offers; long lists page within
//! Telegram's limits. (The file import has its own tests in `offers_import.rs`.)

mod support;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use support::people::{AGS, link_client, manager_joins, wait_source};
use support::{TestApp, WAIT, outbox_settled, say, tap_until};
use wegweiser::clock::Clock;
use wegweiser::domain::offer::{Category, Offer, OfferText};
use wegweiser::fake_telegram::FakeUser;
use wegweiser::i18n::{Arg, format, markup};
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

/// A Gemeinde in another Landkreis: its offers must never show in Hemmingen.
const OTHER_AGS: &str = "08115003";

fn offer(id: &str, category: Category, titles: &[(&str, &str)]) -> Offer {
    Offer {
        external_id: id.to_owned(),
        category,
        gemeinden: vec![AGS.to_owned()],
        landkreis: None,
        texts: titles
            .iter()
            .map(|(lang, title)| {
                (
                    lang.to_string(),
                    OfferText {
                        title: title.to_string(),
                        description: format!("{title}: Beschreibung"),
                        times: String::new(),
                    },
                )
            })
            .collect::<BTreeMap<_, _>>(),
        address: String::new(),
        phone: String::new(),
        email: String::new(),
        web: String::new(),
        languages: vec![],
        schedule: None,
        valid_from: None,
        valid_until: None,
        active: true,
    }
}

/// Hemmingen (through the manager), Böblingen in another Landkreis, and the offers.
async fn seed(app: &TestApp, offers: &[Offer]) {
    let store = app.store();
    if store.gemeinde_by_ags(OTHER_AGS).await.unwrap().is_none() {
        store
            .add_gemeinde(
                OTHER_AGS,
                "Böblingen",
                "Landkreis Böblingen",
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
    }
    store
        .save_offers(offers, Actor::Cli, app.clock.now())
        .await
        .unwrap();
}

async fn offer_id(app: &TestApp, external: &str) -> i64 {
    app.store().offer_id(external).await.unwrap().unwrap()
}

async fn gemeinde_id(app: &TestApp, ags: &str) -> i64 {
    app.store().gemeinde_by_ags(ags).await.unwrap().unwrap().id
}

fn category_button(app: &TestApp, lang: &str, c: Category, n: usize) -> String {
    app.t_with(
        lang,
        "offer-category-button",
        &[
            ("category", Arg::markup(app.t(lang, c.msg_id()))),
            ("count", Arg::Number(n as f64)),
        ],
    )
}

fn everything_seen(user: &FakeUser) -> String {
    user.transcript()
        .iter()
        .map(|m| format!("{} {}", m.body(), m.button_texts().join(" ")))
        .collect::<Vec<_>>()
        .join("\n")
}

story!(
    a_tigrinya_client_finds_her_gemeindes_offers_and_tells_her_manager,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let mut course = offer(
            "hemmingen-deutschkurs",
            Category::Sprache,
            &[("de", "Deutschkurs am Abend"), ("ti", "ናይ ምሸት ትምህርቲ ጀርመን")],
        );
        course.address = "Hauptstraße 1, 71282 Hemmingen".into();
        course.phone = "+49 7150 1234".into();
        course.schedule = Some("0 18 * * 2".into());
        let cafe = offer(
            "hemmingen-sprachcafe",
            Category::Sprache,
            &[("de", "Sprachcafé")],
        );
        let mut landkreis = offer(
            "lb-migrationsberatung",
            Category::Beratung,
            &[("de", "Migrationsberatung im Landratsamt")],
        );
        landkreis.gemeinden.clear();
        landkreis.landkreis = Some("Landkreis Ludwigsburg".into());
        let mut elsewhere = offer(
            "bb-sprachtreff",
            Category::Sprache,
            &[("de", "Sprachtreff Böblingen")],
        );
        elsewhere.gemeinden = vec![OTHER_AGS.into()];
        let mut paused = offer(
            "hemmingen-pausiert",
            Category::Sprache,
            &[("de", "Pausierter Kurs")],
        );
        paused.active = false;
        let mut over = offer(
            "hemmingen-vorbei",
            Category::Sprache,
            &[("de", "Vergangener Kurs")],
        );
        over.valid_until = Some(NaiveDate::from_ymd_opt(2026, 10, 31).unwrap());
        seed(&app, &[course, cafe, landkreis, elsewhere, paused, over]).await;

        let selam = app.user(7001, "Selam", Some("ti"));
        link_client(&app, &keller, &selam, "S-1", "ti", false).await;

        // The menu leads to the categories that have offers here: two language offers
        // (the paused, the expired and Böblingen's are not counted) and the Landkreis's.
        let categories = app.t_with(
            "ti",
            "offers-categories",
            &[("gemeinde", Arg::text("Hemmingen"))],
        );
        let m = tap_until(&selam, &app.t("ti", "menu-offers"), |m| {
            m.source.as_deref() == Some(categories.as_str())
        })
        .await;
        assert_eq!(
            m.button_texts(),
            [
                category_button(&app, "ti", Category::Sprache, 2),
                category_button(&app, "ti", Category::Beratung, 1),
            ]
        );

        // The list: the Tigrinya title, and the German one marked as German only.
        let german_only = app.t("ti", "offer-only-german-mark");
        let list = tap_until(
            &selam,
            &category_button(&app, "ti", Category::Sprache, 2),
            |m| m.body().contains("Sprachcafé"),
        )
        .await;
        assert!(list.body().contains("ናይ ምሸት ትምህርቲ ጀርመን"), "{list}");
        assert!(
            list.body().contains(&format!("Sprachcafé {german_only}")),
            "{list}"
        );
        assert!(!list.body().contains("Deutschkurs am Abend"), "{list}");

        // The translated offer: no German-only note, the address and phone kept
        // left-to-right, a map link, the next Tuesday 18:00.
        let detail = tap_until(
            &selam,
            "2. ናይ ምሸት ትምህርቲ ጀርመን",
            |m| m.body().contains("ናይ ምሸት ትምህርቲ ጀርመን: Beschreibung"),
        )
        .await;
        let source = detail.source.clone().unwrap();
        assert!(
            !source.contains(&app.t("ti", "offer-only-german")),
            "{source}"
        );
        assert!(
            source.contains("\u{2066}Hauptstraße 1, 71282 Hemmingen\u{2069}"),
            "{source}"
        );
        assert!(source.contains("\u{2066}+49 7150 1234\u{2069}"), "{source}");
        assert!(
            source.contains(
                "https://www.openstreetmap.org/search?query=Hauptstra%C3%9Fe+1%2C+71282+Hemmingen"
            ),
            "{source}"
        );
        let next = format::date_time(
            "ti",
            NaiveDate::from_ymd_opt(2026, 11, 24)
                .unwrap()
                .and_hms_opt(18, 0, 0)
                .unwrap(),
        );
        assert!(
            source.contains(&markup::ltr(&markup::escape(&next))),
            "{source}"
        );

        // Back to the list, and the offer without a Tigrinya text: German, with a note.
        tap_until(&selam, &app.t("ti", "offers-back-list"), |m| {
            m.body().contains("Sprachcafé")
        })
        .await;
        let cafe = tap_until(&selam, "1. Sprachcafé", |m| {
            m.body().contains("Sprachcafé: Beschreibung")
        })
        .await;
        assert!(
            cafe.source
                .as_deref()
                .unwrap()
                .contains(&app.t("ti", "offer-only-german"))
        );

        // "I am interested": the manager is told which offer, the client that they
        // will hear from her.
        let thanks = app.t_with(
            "ti",
            "offer-interest-sent",
            &[("manager", Arg::text("Frau Keller"))],
        );
        selam.tap(&app.t("ti", "offer-button-interested")).unwrap();
        wait_source(&selam, &thanks).await;
        let told = app.t_with(
            "de",
            "notify-offer-interest",
            &[
                ("label", Arg::text("S-1")),
                ("offer", Arg::text("Sprachcafé")),
            ],
        );
        wait_source(&keller, &told).await;

        // A second tap: she is reminded, the manager is not told twice.
        let again = app.t_with(
            "ti",
            "offer-interest-again",
            &[("manager", Arg::text("Frau Keller"))],
        );
        selam.tap(&app.t("ti", "offer-button-interested")).unwrap();
        wait_source(&selam, &again).await;
        outbox_settled(&app).await;
        let notices = keller
            .transcript()
            .iter()
            .filter(|m| m.source.as_deref() == Some(told.as_str()))
            .count();
        assert_eq!(notices, 1);

        // Böblingen's offer stays out of reach, whatever button is forged.
        let hemmingen = gemeinde_id(&app, AGS).await;
        let boeblingen = gemeinde_id(&app, OTHER_AGS).await;
        let foreign = offer_id(&app, "bb-sprachtreff").await;
        let last = selam.last_message().unwrap().message_id;
        for data in [
            format!("of:cs:{boeblingen}"),
            format!("of:l:{boeblingen}:sprache:0"),
            format!("of:v:{boeblingen}:{foreign}:0"),
            format!("of:v:{hemmingen}:{foreign}:0"),
            format!("of:i:{foreign}"),
        ] {
            let q = selam.tap_data(last, &data);
            let answer = selam.wait_for_answer(&q, WAIT).await.unwrap();
            assert_eq!(
                answer.text.as_deref(),
                Some(app.t("ti", "stale-button").as_str()),
                "{data}"
            );
        }
        // The paused offer cannot be opened either (it is not shown today).
        let paused = offer_id(&app, "hemmingen-pausiert").await;
        let q = selam.tap_data(last, &format!("of:v:{hemmingen}:{paused}:0"));
        let answer = selam.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("ti", "offer-gone").as_str())
        );
        outbox_settled(&app).await;
        let seen = everything_seen(&selam);
        for hidden in [
            "Sprachtreff Böblingen",
            "Pausierter Kurs",
            "Vergangener Kurs",
        ] {
            assert!(!seen.contains(hidden), "{hidden} was shown:\n{seen}");
        }
        assert_eq!(notices, 1);
        assert_eq!(
            app.store()
                .interests_of(
                    app.store()
                        .client_by_telegram(7001)
                        .await
                        .unwrap()
                        .unwrap()
                        .id
                )
                .await
                .unwrap(),
            [offer_id(&app, "hemmingen-sprachcafe").await]
        );
    }
);

story!(three_hundred_offers_page_within_telegrams_limits, |app| {
    let keller = manager_joins(&app, 5001, "Frau Keller").await;
    // Titles as long as allowed, none translated: the longest lines an Arabic reader
    // can get (each with the German-only note).
    let offers: Vec<Offer> = (0..300)
        .map(|i| {
            let title = format!(
                "{i:03} {}",
                "Sprachkurs für Erwachsene mit Kinderbetreuung ".repeat(3)
            );
            let title: String = title.chars().take(120).collect();
            offer(
                &format!("kurs-{i:03}"),
                Category::Sprache,
                &[("de", title.trim())],
            )
        })
        .collect();
    seed(&app, &offers).await;
    let amal = app.user(7002, "Amal", Some("ar"));
    link_client(&app, &keller, &amal, "A-2", "ar", false).await;

    tap_until(&amal, &app.t("ar", "menu-offers"), |m| {
        m.button_texts()
            .contains(&category_button(&app, "ar", Category::Sprache, 300).as_str())
    })
    .await;
    let mut page = tap_until(
        &amal,
        &category_button(&app, "ar", Category::Sprache, 300),
        |m| m.body().contains("000 Sprachkurs"),
    )
    .await;
    let mut seen = BTreeSet::new();
    let next = app.t("ar", "page-next");
    for n in 1..=38 {
        let source = page.source.clone().unwrap();
        assert!(
            source.chars().count() <= 4096,
            "page {n}: {} characters",
            source.chars().count()
        );
        assert!(
            page.buttons().len() <= 10,
            "page {n}: {} rows",
            page.buttons().len()
        );
        for b in page.buttons().iter().flatten() {
            let data = b.callback_data.as_deref().unwrap();
            assert!(data.len() <= 64, "{data}");
            if data.starts_with("of:v:") {
                assert!(seen.insert(data.to_owned()), "offer twice: {data}");
            }
        }
        let header = app.t_with(
            "ar",
            "offers-list-header",
            &[
                ("category", Arg::text(app.t("ar", "offer-category-sprache"))),
                ("gemeinde", Arg::text("Hemmingen")),
                ("page", Arg::Number(n as f64)),
                ("pages", Arg::Number(38.0)),
            ],
        );
        assert!(source.starts_with(&header), "page {n}: {source}");
        if n < 38 {
            let first = format!("{:03} Sprachkurs", n * 8);
            page = tap_until(&amal, &next, |m| m.body().contains(&first)).await;
        } else {
            assert!(!page.button_texts().contains(&next.as_str()));
        }
    }
    assert_eq!(seen.len(), 300);
});

story!(
    a_manager_sends_an_offer_to_a_client_in_the_clients_language,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let mut course = offer(
            "hemmingen-integrationskurs",
            Category::Sprache,
            &[("de", "Integrationskurs"), ("uk", "Інтеграційний курс")],
        );
        course.address = "Schulstraße 3, 71282 Hemmingen".into();
        seed(&app, &[course]).await;
        let olena = app.user(7003, "Olena", Some("uk"));
        link_client(&app, &keller, &olena, "O-3", "uk", false).await;
        let farid = app.user(7004, "Farid", Some("fa"));
        link_client(&app, &keller, &farid, "F-4", "fa", false).await;

        // The manager browses her Gemeinde (German), opens the offer, picks the client.
        let categories = app.t_with(
            "de",
            "offers-categories",
            &[("gemeinde", Arg::text("Hemmingen"))],
        );
        let reply = say(&keller, "/offers").await;
        assert_eq!(reply.source.as_deref(), Some(categories.as_str()));
        tap_until(
            &keller,
            &category_button(&app, "de", Category::Sprache, 1),
            |m| m.body().contains("1. Integrationskurs"),
        )
        .await;
        tap_until(&keller, "1. Integrationskurs", |m| {
            m.button_texts()
                .contains(&app.t("de", "offer-button-send").as_str())
        })
        .await;
        let pick = tap_until(&keller, &app.t("de", "offer-button-send"), |m| {
            m.button_texts().contains(&"O-3")
        })
        .await;
        assert!(pick.button_texts().contains(&"F-4"));
        let sent = app.t_with(
            "de",
            "offer-sent",
            &[
                ("offer", Arg::text("Integrationskurs")),
                ("label", Arg::text("O-3")),
            ],
        );
        keller.tap("O-3").unwrap();
        wait_source(&keller, &sent).await;

        // Olena reads it in Ukrainian, with the offer's Ukrainian title, and can open it.
        let card = app.t_with(
            "uk",
            "offer-recommended",
            &[
                ("manager", Arg::text("Frau Keller")),
                ("offer", Arg::text("Інтеграційний курс")),
            ],
        );
        wait_source(&olena, &card).await;
        let detail = tap_until(&olena, &app.t("uk", "offer-button-show"), |m| {
            m.body().contains("Інтеграційний курс: Beschreibung")
        })
        .await;
        assert!(
            detail
                .button_texts()
                .contains(&app.t("uk", "offer-button-interested").as_str())
        );
        // Farid got nothing.
        outbox_settled(&app).await;
        assert!(!everything_seen(&farid).contains("Integrationskurs"));
    }
);

story!(
    an_administrator_changes_only_the_offers_of_her_gemeinde,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        let mut ours = offer(
            "hemmingen-elterncafe",
            Category::Familie,
            &[("de", "Elterncafé")],
        );
        ours.web = "https://www.example.de/elterncafe".into();
        let mut theirs = offer(
            "bb-elterncafe",
            Category::Familie,
            &[("de", "Elterncafé Böblingen")],
        );
        theirs.gemeinden = vec![OTHER_AGS.into()];
        let mut county = offer(
            "lb-beratung",
            Category::Beratung,
            &[("de", "Beratung im Landratsamt")],
        );
        county.gemeinden.clear();
        county.landkreis = Some("Landkreis Ludwigsburg".into());
        seed(&app, &[ours, theirs, county]).await;
        let hemmingen = gemeinde_id(&app, AGS).await;
        let boeblingen = gemeinde_id(&app, OTHER_AGS).await;
        let weber = app.user(8001, "Weber", Some("de"));
        app.store()
            .add_admin_scope(
                8001,
                AdminScope::Gemeinde(hemmingen),
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
        let nour = app.user(7005, "Nour", Some("ar"));
        link_client(&app, &keller, &nour, "N-5", "ar", false).await;

        // Her Gemeinde only, straight to its categories, with "new offer".
        let reply = say(&weber, "/offers").await;
        assert!(
            reply
                .button_texts()
                .contains(&app.t("de", "offer-button-new").as_str()),
            "{reply}"
        );
        tap_until(
            &weber,
            &category_button(&app, "de", Category::Familie, 1),
            |m| m.body().contains("1. Elterncafé"),
        )
        .await;
        let edit_web = app.t_with(
            "de",
            "offer-button-edit",
            &[("field", Arg::markup(app.t("de", "offer-field-web")))],
        );
        tap_until(&weber, "1. Elterncafé", |m| {
            m.button_texts().contains(&edit_web.as_str())
        })
        .await;

        // A malformed web address is explained and changes nothing; a good one is saved.
        weber.tap(&edit_web).unwrap();
        let prompt = app.t_with(
            "de",
            "offer-edit-prompt",
            &[
                ("field", Arg::text(app.t("de", "offer-field-web"))),
                ("current", Arg::text("https://www.example.de/elterncafe")),
                ("clear", Arg::text("-")),
            ],
        );
        wait_source(&weber, &prompt).await;
        let problem = app.t_with("de", "offer-problem-url", &[]);
        assert_eq!(
            say(&weber, "www.example.de").await.source.as_deref(),
            Some(problem.as_str())
        );
        let id = offer_id(&app, "hemmingen-elterncafe").await;
        assert_eq!(
            app.store().offer(id).await.unwrap().unwrap().offer.web,
            "https://www.example.de/elterncafe"
        );
        assert_eq!(
            say(&weber, "https://elterncafe.example.org")
                .await
                .source
                .as_deref(),
            Some(app.t("de", "offer-saved").as_str())
        );
        assert_eq!(
            app.store().offer(id).await.unwrap().unwrap().offer.web,
            "https://elterncafe.example.org"
        );

        // Deactivated, the client no longer sees it.
        tap_until(&weber, &app.t("de", "offer-button-deactivate"), |m| {
            m.button_texts()
                .contains(&app.t("de", "offer-button-activate").as_str())
        })
        .await;
        let categories = app.t_with(
            "ar",
            "offers-categories",
            &[("gemeinde", Arg::text("Hemmingen"))],
        );
        let m = tap_until(&nour, &app.t("ar", "menu-offers"), |m| {
            m.source.as_deref() == Some(categories.as_str())
        })
        .await;
        assert_eq!(
            m.button_texts(),
            [category_button(&app, "ar", Category::Beratung, 1)]
        );

        // Böblingen's offer and the Landkreis's are not hers to change.
        let foreign = offer_id(&app, "bb-elterncafe").await;
        let county = offer_id(&app, "lb-beratung").await;
        let last = weber.last_message().unwrap().message_id;
        for data in [
            format!("of:e:{boeblingen}:{foreign}:t"),
            format!("of:e:{hemmingen}:{foreign}:t"),
            format!("of:a:{boeblingen}:{foreign}:0"),
            format!("of:cs:{boeblingen}"),
        ] {
            let q = weber.tap_data(last, &data);
            let answer = weber.wait_for_answer(&q, WAIT).await.unwrap();
            assert_eq!(
                answer.text.as_deref(),
                Some(app.t("de", "stale-button").as_str()),
                "{data}"
            );
        }
        let q = weber.tap_data(last, &format!("of:a:{hemmingen}:{county}:0"));
        let answer = weber.wait_for_answer(&q, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("de", "offer-not-yours").as_str())
        );
        let stored = app.store().offer(county).await.unwrap().unwrap();
        assert!(stored.offer.active);
        assert_eq!(
            app.store()
                .offer(foreign)
                .await
                .unwrap()
                .unwrap()
                .offer
                .texts["de"]
                .title,
            "Elterncafé Böblingen"
        );

        // A new offer: category, then a title (an empty one is refused).
        say(&weber, "/offers").await;
        weber.tap(&app.t("de", "offer-button-new")).unwrap();
        let asked = app.t_with(
            "de",
            "offer-new-category",
            &[("gemeinde", Arg::text("Hemmingen"))],
        );
        wait_source(&weber, &asked).await;
        weber
            .tap(&app.t("de", "offer-category-gesundheit"))
            .unwrap();
        let title = app.t_with(
            "de",
            "offer-new-title",
            &[(
                "category",
                Arg::markup(app.t("de", "offer-category-gesundheit")),
            )],
        );
        wait_source(&weber, &title).await;
        let saved = say(&weber, "Hebammensprechstunde").await;
        assert_eq!(
            saved.source.as_deref(),
            Some(app.t("de", "offer-saved").as_str())
        );
        let lines = app
            .store()
            .offers_in(
                hemmingen,
                Some(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
                "de",
            )
            .await
            .unwrap();
        assert!(
            lines
                .iter()
                .any(|l| l.title == "Hebammensprechstunde" && l.category == Category::Gesundheit)
        );
    }
);

story!(
    a_half_translated_offer_shows_each_missing_field_in_german_with_a_note,
    |app| {
        let keller = manager_joins(&app, 5001, "Frau Keller").await;
        // The Sprachcafé of examples/offers.toml: an Arabic title and description, the
        // times only in German.
        let mut cafe = offer(
            "hemmingen-sprachcafe",
            Category::Sprache,
            &[("de", "Sprachcafé"), ("ar", "مقهى اللغة")],
        );
        cafe.texts.get_mut("de").unwrap().times =
            "Dienstags 18–20 Uhr, nicht in den Schulferien".into();
        cafe.texts.get_mut("ar").unwrap().description =
            "تدرّب على التحدث بالألمانية مع القهوة والشاي، بدون تسجيل.".into();
        let parents = offer(
            "hemmingen-elterncafe",
            Category::Familie,
            &[("de", "Elterncafé")],
        );
        app.store()
            .save_offers(&[cafe, parents], Actor::Cli, app.clock.now())
            .await
            .unwrap();
        let nour = app.user(7005, "Nour", Some("ar"));
        link_client(&app, &keller, &nour, "N-5", "ar", false).await;
        let mark = app.t("ar", "offer-only-german-mark");

        tap_until(&nour, &app.t("ar", "menu-offers"), |m| {
            !m.buttons().is_empty() && m.body().contains("Hemmingen")
        })
        .await;
        tap_until(
            &nour,
            &category_button(&app, "ar", Category::Sprache, 1),
            |m| m.body().contains("مقهى اللغة"),
        )
        .await;
        let page = tap_until(&nour, "1. مقهى اللغة", |m| {
            m.body().contains("بدون تسجيل")
        })
        .await;
        let source = page.source.clone().unwrap();
        // The times she would never have learnt, in German, marked as such …
        let times = app.t_with(
            "ar",
            "offer-detail-times",
            &[(
                "times",
                Arg::text("Dienstags 18–20 Uhr, nicht in den Schulferien"),
            )],
        );
        assert!(
            source.contains(&format!("{times} <i>{mark}</i>")),
            "{source}"
        );
        // … her own description unmarked, and no note for the whole offer.
        assert!(
            !source.contains(&format!("بدون تسجيل. <i>{mark}</i>")),
            "{source}"
        );
        assert!(
            !source.contains(&app.t("ar", "offer-only-german")),
            "{source}"
        );

        // A German-only offer recommended by her manager says it is only in German.
        say(&keller, "/offers").await;
        tap_until(
            &keller,
            &category_button(&app, "de", Category::Familie, 1),
            |m| m.body().contains("1. Elterncafé"),
        )
        .await;
        tap_until(&keller, "1. Elterncafé", |m| {
            m.button_texts()
                .contains(&app.t("de", "offer-button-send").as_str())
        })
        .await;
        tap_until(&keller, &app.t("de", "offer-button-send"), |m| {
            m.button_texts().contains(&"N-5")
        })
        .await;
        keller.tap("N-5").unwrap();
        let card = app.t_with(
            "ar",
            "offer-recommended",
            &[
                ("manager", Arg::text("Frau Keller")),
                ("offer", Arg::markup(format!("Elterncafé <i>{mark}</i>"))),
            ],
        );
        wait_source(&nour, &card).await;
    }
);

story!(
    a_bad_schedule_is_explained_in_the_administrators_language,
    |app| {
        manager_joins(&app, 5001, "Frau Keller").await;
        let cafe = offer(
            "hemmingen-sprachcafe",
            Category::Sprache,
            &[("de", "Sprachcafé")],
        );
        app.store()
            .save_offers(&[cafe], Actor::Cli, app.clock.now())
            .await
            .unwrap();
        let hemmingen = gemeinde_id(&app, AGS).await;
        app.store()
            .add_admin_scope(
                8001,
                AdminScope::Gemeinde(hemmingen),
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
        let weber = app.user(8001, "Weber", Some("en"));
        say(&weber, "/language").await;
        weber.tap("English").unwrap();
        weber
            .wait_for_message(WAIT, |m| {
                m.source.as_deref() == Some(app.t("en", "language-chosen").as_str())
            })
            .await
            .unwrap();
        weber.send_text("/offers");
        let sprache = category_button(&app, "en", Category::Sprache, 1);
        weber
            .wait_for_message(WAIT, |m| m.button_texts().contains(&sprache.as_str()))
            .await
            .unwrap();
        tap_until(
            &weber,
            &category_button(&app, "en", Category::Sprache, 1),
            |m| m.body().contains("1. Sprachcafé"),
        )
        .await;
        let edit = app.t_with(
            "en",
            "offer-button-edit",
            &[("field", Arg::markup(app.t("en", "offer-field-schedule")))],
        );
        tap_until(&weber, "1. Sprachcafé", |m| {
            m.button_texts().contains(&edit.as_str())
        })
        .await;
        tap_until(&weber, &edit, |m| {
            m.source
                .as_deref()
                .is_some_and(|s| s.contains(&app.t("en", "offer-field-schedule")))
        })
        .await;
        let how = app.t_with(
            "en",
            "offer-problem-schedule",
            &[("max", Arg::Number(0.0)), ("clear", Arg::text("-"))],
        );
        let hour = app.t_with(
            "en",
            "schedule-problem-range",
            &[
                ("part", Arg::text(app.t("en", "schedule-part-hour"))),
                ("value", Arg::Number(25.0)),
                ("min", Arg::Number(0.0)),
                ("max", Arg::Number(23.0)),
            ],
        );
        weber.send_text("0 25 * * 2");
        wait_source(&weber, &format!("{hour}\n{how}")).await;
        let parts = app.t_with(
            "en",
            "schedule-problem-parts",
            &[("count", Arg::Number(2.0))],
        );
        weber.send_text("every Tuesday");
        wait_source(&weber, &format!("{parts}\n{how}")).await;
        // Never the parser's own words.
        for m in weber.transcript() {
            assert!(
                !m.body().contains("Pattern") && !m.body().contains("Component"),
                "{m}"
            );
        }
        let id = offer_id(&app, "hemmingen-sprachcafe").await;
        assert_eq!(
            app.store().offer(id).await.unwrap().unwrap().offer.schedule,
            None
        );
    }
);

//! The figures' "offers shown" per Gemeinde, on both backends: what a client of that
//! Gemeinde would see today — an offer naming it, an offer for its whole Landkreis, each
//! once even when it does both; not an inactive offer, not one outside its dates, not
//! another Landkreis's.

mod support;

use chrono::{NaiveDate, TimeZone, Utc};
use support::{Db, TestDb, postgres_enabled};
use wegweiser::domain::offer::{Category, Offer, OfferText};
use wegweiser::store::{self, people::Actor};

fn offer(id: &str, gemeinden: &[&str], landkreis: Option<&str>) -> Offer {
    let mut o = Offer::blank(id, Category::Sprache);
    o.gemeinden = gemeinden.iter().map(|g| (*g).to_owned()).collect();
    o.landkreis = landkreis.map(str::to_owned);
    o.texts.insert(
        "de".into(),
        OfferText {
            title: format!("Angebot {id}"),
            ..Default::default()
        },
    );
    o
}

async fn offers_shown_count_each_offer_once(db: Db) {
    let (test_db, url) = TestDb::create(db).await;
    let s = store::open(&url, 2).await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let mut ids = vec![];
    for (ags, name, kreis) in [
        ("08118011", "Hemmingen", "Ludwigsburg"),
        ("08118079", "Korntal-Münchingen", "Ludwigsburg"),
        ("08115003", "Böblingen", "Böblingen"),
    ] {
        let g = s
            .add_gemeinde(ags, name, kreis, Actor::Cli, now)
            .await
            .unwrap();
        ids.push(g.id);
    }
    let (hemmingen, korntal, boeblingen) = (ids[0], ids[1], ids[2]);
    let mut inactive = offer("inactive", &["08118011"], None);
    inactive.active = false;
    let mut over = offer("over", &["08118011"], Some("Ludwigsburg"));
    over.valid_until = NaiveDate::from_ymd_opt(2026, 12, 2);
    let mut later = offer("later", &[], Some("Ludwigsburg"));
    later.valid_from = NaiveDate::from_ymd_opt(2026, 12, 4);
    let offers = [
        offer("hemmingen", &["08118011"], None),
        offer("both", &["08118011", "08115003"], None),
        offer("kreis", &[], Some("Ludwigsburg")),
        // For the Landkreis and naming a Gemeinde of it too: still one offer there.
        offer("kreis-and-named", &["08118011"], Some("Ludwigsburg")),
        // For Ludwigsburg, and naming a Gemeinde of another Landkreis.
        offer("kreis-and-elsewhere", &["08115003"], Some("Ludwigsburg")),
        inactive,
        over,
        later,
    ];
    s.save_offers(&offers, Actor::Cli, now).await.unwrap();
    let kreis = |id: i64| {
        if id == boeblingen {
            "Böblingen"
        } else {
            "Ludwigsburg"
        }
    };
    let shown =
        |id: i64, standing: &store::retention::Standings| standing.offers_shown(id, kreis(id));
    let standing = s.standing(today).await.unwrap();
    // hemmingen, both, kreis, kreis-and-named, kreis-and-elsewhere.
    assert_eq!(shown(hemmingen, &standing), 5, "{standing:?}");
    // kreis, kreis-and-named, kreis-and-elsewhere.
    assert_eq!(shown(korntal, &standing), 3, "{standing:?}");
    // both, kreis-and-elsewhere.
    assert_eq!(shown(boeblingen, &standing), 2, "{standing:?}");
    // The day after, the offer that starts then is shown in Ludwigsburg's Gemeinden too.
    let tomorrow = s.standing(today.succ_opt().unwrap()).await.unwrap();
    assert_eq!(shown(hemmingen, &tomorrow), 6);
    assert_eq!(shown(korntal, &tomorrow), 4);
    assert_eq!(shown(boeblingen, &tomorrow), 2);
    // The figures at a glance show the same per Gemeinde, and everything in scope sums them.
    let glance = wegweiser::usecase::figures::year_in(&*s, 2026, today, None, None)
        .await
        .unwrap();
    let offers = |id: i64| glance.gemeinde(id).unwrap().figures.offers;
    assert_eq!(
        (offers(hemmingen), offers(korntal), offers(boeblingen)),
        (5, 3, 2)
    );
    assert_eq!(glance.total.offers, 10);
    s.close().await;
    test_db.drop_now().await;
}

#[tokio::test]
async fn offers_shown_count_each_offer_once_sqlite() {
    offers_shown_count_each_offer_once(Db::Sqlite).await;
}

#[tokio::test]
async fn offers_shown_count_each_offer_once_postgres() {
    if postgres_enabled() {
        offers_shown_count_each_offer_once(Db::Postgres).await;
    }
}

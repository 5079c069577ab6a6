//! The audit log as administrators read it (`usecase::audit::entries`, behind the page and
//! its CSV), on both backends: a scoped administrator gets the newest entries about their
//! Gemeinde even when thousands about others are newer (the log is read a batch at a
//! time), the page gets as many as it asks for, the download every one.

mod support;

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use support::{Db, TestDb, postgres_enabled};
use wegweiser::bot::roles::Who;
use wegweiser::clock::{Clock, ManualClock};
use wegweiser::config::Config;
use wegweiser::i18n::Texts;
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::{self, people::Actor};
use wegweiser::usecase::Ctx;
use wegweiser::usecase::audit::{self, Filter};

const GLOBAL: i64 = 9000;
const SCOPED: i64 = 8301;

async fn a_scoped_administrator_finds_their_entries_behind_many_others(db: Db) {
    let (test_db, url) = TestDb::create(db).await;
    let s = store::open(&url, 2).await.unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
    let hemmingen = s
        .add_gemeinde("08118011", "Hemmingen", "Ludwigsburg", Actor::Cli, t0)
        .await
        .unwrap();
    let boeblingen = s
        .add_gemeinde("08115003", "Böblingen", "Böblingen", Actor::Cli, t0)
        .await
        .unwrap();
    s.add_admin_scope(SCOPED, AdminScope::Gemeinde(hemmingen.id), Actor::Cli, t0)
        .await
        .unwrap();
    // 1,500 entries a minute apart: every 250th about Hemmingen, the rest about Böblingen.
    for i in 0..1500 {
        let g = if i % 250 == 0 {
            &hemmingen
        } else {
            &boeblingen
        };
        let action = format!("gemeinde.test{i}");
        let at = t0 + Duration::minutes(i);
        s.audit(
            Actor::Telegram(GLOBAL),
            &action,
            &format!("gemeinde:{}", g.id),
            at,
        )
        .await
        .unwrap();
    }
    let env: Vec<(String, String)> = vec![
        ("WEGWEISER_TELEGRAM_TOKEN".into(), "424242:audit".into()),
        ("WEGWEISER_DATABASE_URL".into(), url.clone()),
        ("WEGWEISER_ADMINS".into(), GLOBAL.to_string()),
    ];
    let clock: Arc<dyn Clock> = Arc::new(ManualClock::new(t0 + Duration::days(2)));
    let ctx = Ctx {
        store: s.clone(),
        texts: Arc::new(Texts::load().unwrap()),
        clock,
        config: Arc::new(Config::from_toml("", &env, Path::new(".")).unwrap()),
        wake: Arc::new(tokio::sync::Notify::new()),
        bot_username: Arc::default(),
    };
    // Adding the Gemeinden and the scope wrote entries of their own: the story's only.
    let all = Filter {
        action: Some("gemeinde.test".into()),
        ..Filter::default()
    };

    // The scoped administrator: the three newest of Hemmingen's six, though the newest
    // of them has 249 newer entries of Böblingen's before it and the third 749.
    let scoped = Who::of(&ctx, SCOPED).await.unwrap();
    let rows = audit::entries(&ctx, &scoped, &all, 3).await.unwrap();
    let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(
        actions,
        ["gemeinde.test1250", "gemeinde.test1000", "gemeinde.test750"]
    );
    assert!(rows.iter().all(|r| r.gemeinden == ["Hemmingen"]));
    // The download asks for everything: all six, none of Böblingen's.
    let rows = audit::entries(&ctx, &scoped, &all, audit::LIMIT as usize)
        .await
        .unwrap();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows.last().unwrap().action, "gemeinde.test0");

    // The global administrator: the page's 501 (one more than it shows) and the download's
    // 1,500, newest first; a Gemeinde filter reaches through the batches too.
    let global = Who::of(&ctx, GLOBAL).await.unwrap();
    let rows = audit::entries(&ctx, &global, &all, 501).await.unwrap();
    assert_eq!(rows.len(), 501);
    assert_eq!(rows[0].action, "gemeinde.test1499");
    assert_eq!(rows[500].action, "gemeinde.test999");
    let rows = audit::entries(&ctx, &global, &all, audit::LIMIT as usize)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1500);
    assert!(rows.windows(2).all(|w| w[0].at > w[1].at));
    let only_hemmingen = Filter {
        gemeinde: Some(hemmingen.id),
        ..all.clone()
    };
    let rows = audit::entries(&ctx, &global, &only_hemmingen, 501)
        .await
        .unwrap();
    assert_eq!(rows.len(), 6);
    s.close().await;
    test_db.drop_now().await;
}

#[tokio::test]
async fn a_scoped_administrator_finds_their_entries_behind_many_others_sqlite() {
    a_scoped_administrator_finds_their_entries_behind_many_others(Db::Sqlite).await;
}

#[tokio::test]
async fn a_scoped_administrator_finds_their_entries_behind_many_others_postgres() {
    if postgres_enabled() {
        a_scoped_administrator_finds_their_entries_behind_many_others(Db::Postgres).await;
    }
}

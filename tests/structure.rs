//! The bot's `/add_org` and `/add_gemeinde` on the use case the web pages and the command
//! line share (`usecase::structure`): the same checks of kind, AGS and Landkreis, the
//! same answer for a scoped administrator (not allowed, audited).

mod support;

use support::{ADMIN, TestApp, count, say};
use wegweiser::clock::Clock;
use wegweiser::i18n::Arg;
use wegweiser::store::orgs::AdminScope;
use wegweiser::store::people::Actor;

async fn answer(app: &TestApp, text: &str) -> String {
    let admin = app.user(ADMIN, "Admin", Some("de"));
    say(&admin, text).await.source.unwrap_or_default()
}

fn bad_input(app: &TestApp, problem: &str) -> String {
    app.t_with("de", "admin-bad-input", &[("problem", Arg::text(problem))])
}

story!(
    the_bot_adds_organisations_and_gemeinden_with_the_shared_checks,
    |app| {
        let kinds = "gemeinde | landkreis | traeger | verbund";
        assert_eq!(
            answer(&app, "/add_org verein Sportverein").await,
            bad_input(&app, kinds)
        );
        assert_eq!(
            answer(&app, "/add_org landkreis Landratsamt Ludwigsburg").await,
            app.t_with(
                "de",
                "admin-org-added",
                &[
                    ("id", Arg::from(1_i64)),
                    ("name", Arg::text("Landratsamt Ludwigsburg"))
                ]
            )
        );
        assert_eq!(
            answer(&app, "/add_gemeinde 0811801 Hemmingen | Ludwigsburg").await,
            bad_input(&app, "AGS = 12345678")
        );
        assert_eq!(
            answer(&app, "/add_gemeinde 08118011 Hemmingen |").await,
            bad_input(&app, "AGS NAME | LANDKREIS")
        );
        let added = |name: &str, ags: &str| {
            app.t_with(
                "de",
                "admin-gemeinde-added",
                &[
                    ("name", Arg::text(name.to_owned())),
                    ("ags", Arg::text(ags.to_owned())),
                    ("landkreis", Arg::text("Ludwigsburg")),
                ],
            )
        };
        assert_eq!(
            answer(&app, "/add_gemeinde 08118011 Hemmingen | Ludwigsburg").await,
            added("Hemmingen", "08118011")
        );
        assert_eq!(
            answer(&app, "/add_gemeinde 08118011 Hemmingen | Ludwigsburg").await,
            app.t("de", "admin-duplicate")
        );
        // The Kreis (the AGS's first five digits) is Landkreis Ludwigsburg already.
        assert_eq!(
            answer(&app, "/add_gemeinde 08118012 Ditzingen | Böblingen").await,
            app.t_with(
                "de",
                "admin-landkreis-of-kreis",
                &[("landkreis", Arg::text("Ludwigsburg"))]
            )
        );
        assert_eq!(
            answer(&app, "/add_gemeinde 08118012 Ditzingen | ludwigsburg").await,
            added("Ditzingen", "08118012")
        );
        assert_eq!(
            answer(&app, "/add_gemeinde 08115003 Böblingen | Ludwigsburg").await,
            app.t_with(
                "de",
                "admin-landkreis-other-kreis",
                &[("kreis", Arg::text("08118"))]
            )
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM gemeinden").await, 2);

        // A Gemeinde's administrator adds neither: not allowed, and audited.
        let store = app.store();
        let hemmingen = store.gemeinde_by_ags("08118011").await.unwrap().unwrap();
        store
            .add_admin_scope(
                7000,
                AdminScope::Gemeinde(hemmingen.id),
                Actor::Cli,
                app.clock.now(),
            )
            .await
            .unwrap();
        let local = app.user(7000, "Rathaus", Some("de"));
        for cmd in [
            "/add_org traeger Caritas",
            "/add_gemeinde 08118013 Gerlingen | Ludwigsburg",
        ] {
            let reply = say(&local, cmd).await;
            assert_eq!(
                reply.source.as_deref(),
                Some(app.t("de", "not-allowed").as_str()),
                "{cmd}"
            );
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM organisations").await, 1);
        let log: Vec<(String, String, String)> = store
            .audit_log(50)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.actor, e.action, e.subject))
            .collect();
        for subject in ["organisation:new", "gemeinde:new"] {
            assert!(
                log.contains(&(
                    "tg:7000".to_owned(),
                    "scope.refused".to_owned(),
                    subject.to_owned()
                )),
                "{log:?}"
            );
        }
        assert_eq!(
            log.iter().filter(|e| e.1 == "gemeinde.add").count(),
            2,
            "{log:?}"
        );
        app.finish().await;
    }
);

story!(
    the_gemeinden_list_counts_in_one_statement_for_many_gemeinden,
    |app| {
        let store = app.store();
        let now = app.clock.now();
        let org = store
            .add_organisation("Landratsamt", "landkreis", Actor::Cli, now)
            .await
            .unwrap();
        let mut ids = vec![];
        for n in 0..1_100 {
            let ags = format!("08{:03}{:03}", 100 + n / 100, n % 100);
            let g = store
                .add_gemeinde(&ags, &format!("Gemeinde {n:04}"), "LK", Actor::Cli, now)
                .await
                .unwrap();
            ids.push(g.id);
        }
        // 200 managers, each serving the Gemeinden n, n + 200, … (5 or 6 of them).
        for m in 0..200_usize {
            let served: Vec<i64> = ids.iter().skip(m).step_by(200).copied().collect();
            store
                .invite_manager(
                    org.id,
                    &format!("M {m}"),
                    &served,
                    &format!("hash-{m}"),
                    now + chrono::Duration::days(3),
                    Actor::Cli,
                    now,
                )
                .await
                .unwrap();
        }
        let started = std::time::Instant::now();
        let rows = wegweiser::usecase::structure::gemeinden(
            &*store,
            wegweiser::usecase::managers::Asker::Cli,
        )
        .await
        .unwrap();
        let took = started.elapsed();
        eprintln!(
            "1,100 Gemeinden with their counts read in {took:?} ({:?})",
            app.db
        );
        assert_eq!(rows.len(), 1_100);
        assert_eq!(rows[0].gemeinde.name, "Gemeinde 0000");
        assert!(rows.iter().all(|r| r.managers == 1 && r.clients == 0));
        let orgs = store.organisation_rows().await.unwrap();
        assert_eq!(orgs[0].managers, 200);
        assert_eq!(orgs[0].gemeinden.len(), 1_100);
        app.finish().await;
    }
);

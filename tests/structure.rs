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

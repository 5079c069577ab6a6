//! `wegweiser admin …` as an administrator's script meets it: the real binary on a fresh
//! database (SQLite always; PostgreSQL too when `WEGWEISER_TEST_POSTGRES_URL` is set).

mod support;

use std::process::Command;

use support::cli::{Run, wegweiser};
use support::{Db, TOKEN, TestDb};
use wegweiser::domain::invite;
use wegweiser::fake_telegram::FakeTelegram;
use wegweiser::store::people::Actor;

struct Admin {
    dir: tempfile::TempDir,
    url: String,
}

impl Admin {
    fn sqlite() -> Admin {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("w.db").display());
        Admin { dir, url }
    }

    fn on(url: String) -> Admin {
        Admin {
            dir: tempfile::tempdir().unwrap(),
            url,
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = wegweiser(self.dir.path(), &self.url);
        cmd.arg("admin").args(args);
        cmd
    }

    fn run(&self, args: &[&str]) -> Run {
        self.command(args).output().unwrap().into()
    }

    /// Everything the lists show, to check that a failed command changed nothing.
    fn snapshot(&self) -> String {
        ["org", "gemeinde", "manager"]
            .iter()
            .map(|what| self.run(&[what, "list"]).ok())
            .chain([self.run(&["audit"]).ok()])
            .collect()
    }
}

/// The invite link printed by `manager invite`, and its payload.
fn link_in(out: &str) -> (String, String) {
    let link = out
        .lines()
        .find(|l| l.starts_with("https://t.me/"))
        .unwrap_or_else(|| panic!("no link in: {out}"))
        .to_owned();
    let payload = link
        .split_once("?start=")
        .expect("a start payload")
        .1
        .to_owned();
    (link, payload)
}

/// Sets up an organisation and a Gemeinde, invites a manager, and checks the lists and
/// the audit log.
fn setup_and_invite(admin: &Admin) {
    let out = admin
        .run(&[
            "org",
            "add",
            "--name",
            "Caritas Ludwigsburg",
            "--kind",
            "traeger",
        ])
        .ok();
    assert_eq!(
        out,
        "Added organisation 1 (Caritas Ludwigsburg, kind traeger).\n"
    );
    let out = admin
        .run(&[
            "gemeinde",
            "add",
            "--ags",
            "08118011",
            "--name",
            "Hemmingen",
            "--landkreis",
            "Ludwigsburg",
        ])
        .ok();
    assert_eq!(
        out,
        "Added Gemeinde Hemmingen (AGS 08118011, Landkreis Ludwigsburg).\n"
    );

    let out = admin.run(&["org", "list"]).ok();
    assert_eq!(
        out,
        "ID  NAME                 KIND\n 1  Caritas Ludwigsburg  traeger\n"
    );
    let out = admin.run(&["gemeinde", "list"]).ok();
    assert_eq!(
        out,
        "AGS       NAME       LANDKREIS\n08118011  Hemmingen  Ludwigsburg\n"
    );

    let out = admin
        .run(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "08118011",
            "--name",
            "Frau Keller",
        ])
        .ok();
    let (link, payload) = link_in(&out);
    assert!(
        payload.starts_with("m_") && payload.len() <= 64,
        "{payload}"
    );
    assert_eq!(
        invite::parse_payload(&payload),
        Some(invite::InviteKind::Manager)
    );
    assert_eq!(link, format!("https://t.me/<your_bot>?start={payload}"));
    assert!(out.contains(&format!("Payload: {payload}\n")), "{out}");
    assert_eq!(
        out.lines()
            .filter(|l| l.contains("<your_bot>") && l.contains("username"))
            .count(),
        1,
        "one line says why the username is missing: {out}"
    );
    assert!(out.contains("no Telegram token"), "{out}");
    assert!(out.contains("Invited manager 1 (Frau Keller)"), "{out}");

    let out = admin.run(&["manager", "list"]).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("ID  NAME") && lines[0].ends_with("CASELOAD"),
        "{out}"
    );
    let cells: Vec<&str> = lines[1]
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            "1",
            "Frau Keller",
            "invited",
            "Caritas Ludwigsburg (1)",
            "Hemmingen (08118011)",
            "0"
        ],
        "{out}"
    );

    let audit = admin.run(&["audit"]).ok();
    let actions: Vec<(&str, &str)> = audit
        .lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            // TIME is three words (date, time, zone); then actor and action.
            (cells[3], cells[4])
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("cli", "manager.invite"),
            ("cli", "gemeinde.add"),
            ("cli", "organisation.add")
        ],
        "newest first: {audit}"
    );
    assert!(
        !audit.contains(&payload) && !audit.contains(&payload[2..]),
        "{audit}"
    );
    assert!(!audit.contains(&invite::hash(&payload)), "{audit}");
    assert_eq!(
        admin.run(&["audit", "--limit", "1"]).ok().lines().count(),
        2
    );
}

#[test]
fn an_administrator_sets_up_a_gemeinde_and_invites_a_manager() {
    setup_and_invite(&Admin::sqlite());
}

#[tokio::test]
async fn the_same_on_postgres() {
    if !support::postgres_enabled() {
        return;
    }
    let (db, url) = TestDb::create(Db::Postgres).await;
    let admin = Admin::on(url);
    tokio::task::spawn_blocking(move || setup_and_invite(&admin))
        .await
        .expect("the flow passes on PostgreSQL");
    db.drop_now().await;
}

#[test]
fn bad_input_exits_2_with_one_line_and_changes_nothing() {
    let admin = Admin::sqlite();
    admin
        .run(&[
            "org",
            "add",
            "--name",
            "Landratsamt Ludwigsburg",
            "--kind",
            "landkreis",
        ])
        .ok();
    admin
        .run(&[
            "gemeinde",
            "add",
            "--ags",
            "08118011",
            "--name",
            "Hemmingen",
            "--landkreis",
            "Ludwigsburg",
        ])
        .ok();
    let before = admin.snapshot();

    let err = admin
        .run(&[
            "gemeinde",
            "add",
            "--ags",
            "0811801",
            "--name",
            "Ditzingen",
            "--landkreis",
            "Ludwigsburg",
        ])
        .bad_input();
    assert!(
        err.contains("AGS") && err.contains("0811801") && err.contains("8 digits"),
        "{err}"
    );

    let err = admin
        .run(&[
            "gemeinde",
            "add",
            "--ags",
            "08118011",
            "--name",
            "Hemmingen",
            "--landkreis",
            "Ludwigsburg",
        ])
        .bad_input();
    assert!(
        err.contains("08118011") && err.contains("exists already"),
        "{err}"
    );

    // The Kreis of an AGS (its first five digits) keeps the Landkreis it is stored under.
    let err = admin
        .run(&[
            "gemeinde",
            "add",
            "--ags",
            "08118012",
            "--name",
            "Ditzingen",
            "--landkreis",
            "Böblingen",
        ])
        .bad_input();
    assert!(
        err.contains("--landkreis") && err.contains("Landkreis Ludwigsburg"),
        "{err}"
    );

    let err = admin
        .run(&[
            "manager",
            "invite",
            "--org",
            "7",
            "--gemeinde",
            "08118011",
            "--name",
            "Frau Keller",
        ])
        .bad_input();
    assert!(err.contains("no organisation with id 7"), "{err}");

    let err = admin
        .run(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "08118011",
            "--gemeinde",
            "08118012",
            "--name",
            "Frau Keller",
        ])
        .bad_input();
    assert!(err.contains("no Gemeinde with AGS 08118012"), "{err}");

    let err = admin
        .run(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "8118011",
            "--name",
            "X",
        ])
        .bad_input();
    assert!(err.contains("bad AGS"), "{err}");

    let err = admin
        .run(&[
            "manager",
            "assign",
            "--manager",
            "9",
            "--gemeinde",
            "08118011",
        ])
        .bad_input();
    assert!(err.contains("no manager with id 9"), "{err}");

    let err = admin
        .run(&["scope", "add", "--telegram-id", "42", "--org", "3"])
        .bad_input();
    assert!(err.contains("no organisation with id 3"), "{err}");

    let err = admin
        .run(&["org", "add", "--name", "  ", "--kind", "traeger"])
        .bad_input();
    assert!(err.contains("--name"), "{err}");

    // clap rejects malformed arguments with its own usage message, also exit code 2.
    let out = admin.run(&["org", "add", "--name", "X", "--kind", "verein"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("verein"), "{}", out.stderr);

    assert_eq!(
        admin.snapshot(),
        before,
        "a failed command must change nothing"
    );
}

#[test]
fn managers_are_assigned_scoped_and_deactivated() {
    let admin = Admin::sqlite();
    admin
        .run(&[
            "org",
            "add",
            "--name",
            "Stadt Ditzingen",
            "--kind",
            "gemeinde",
        ])
        .ok();
    for (ags, name) in [("08118011", "Hemmingen"), ("08118012", "Ditzingen")] {
        admin
            .run(&[
                "gemeinde",
                "add",
                "--ags",
                ags,
                "--name",
                name,
                "--landkreis",
                "Ludwigsburg",
            ])
            .ok();
    }
    let first = admin
        .run(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "08118011",
            "--name",
            "Frau Keller",
            "--days",
            "3",
        ])
        .ok();
    let second = admin
        .run(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "08118012",
            "--name",
            "Herr Braun",
        ])
        .ok();

    let out = admin
        .run(&[
            "manager",
            "assign",
            "--manager",
            "1",
            "--gemeinde",
            "08118012",
        ])
        .ok();
    assert_eq!(
        out,
        "Manager 1 (Frau Keller) now also serves Ditzingen (08118012).\n"
    );
    let out = admin
        .run(&[
            "manager",
            "assign",
            "--manager",
            "1",
            "--gemeinde",
            "08118012",
        ])
        .ok();
    assert!(
        out.contains("already serves") && out.contains("nothing changed"),
        "{out}"
    );
    let list = admin.run(&["manager", "list"]).ok();
    assert!(
        list.contains("Ditzingen (08118012), Hemmingen (08118011)"),
        "{list}"
    );

    let out = admin
        .run(&[
            "scope",
            "add",
            "--telegram-id",
            "4711",
            "--gemeinde",
            "08118011",
        ])
        .ok();
    assert_eq!(
        out,
        "Telegram user 4711 now administers Gemeinde Hemmingen (08118011).\n"
    );
    let out = admin
        .run(&["scope", "add", "--telegram-id", "4711", "--org", "1"])
        .ok();
    assert_eq!(
        out,
        "Telegram user 4711 now administers organisation 1 (Stadt Ditzingen).\n"
    );
    let out = admin
        .run(&["scope", "add", "--telegram-id", "4711", "--org", "1"])
        .ok();
    assert!(out.contains("already"), "{out}");

    // The successor must have joined (used their invite) first.
    let err = admin
        .run(&[
            "manager",
            "deactivate",
            "--manager",
            "1",
            "--successor",
            "2",
        ])
        .bad_input();
    assert!(
        err.contains("active") && err.contains("2 (Herr Braun)") && err.contains("invited"),
        "{err}"
    );
    let err = admin
        .run(&[
            "manager",
            "deactivate",
            "--manager",
            "1",
            "--successor",
            "1",
        ])
        .bad_input();
    assert!(err.contains("own successor"), "{err}");

    // Herr Braun joins on Telegram; Frau Keller gets a client.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = wegweiser::store::open(&admin.url, 1).await.unwrap();
        let now = chrono::Utc::now();
        let (_, braun) = link_in(&second);
        store
            .claim_manager_invite(&invite::hash(&braun), 9002, now)
            .await
            .unwrap();
        let client = invite::new_invite(invite::InviteKind::Client);
        let hemmingen = store.gemeinde_by_ags("08118011").await.unwrap().unwrap();
        store
            .create_client(
                1,
                hemmingen.id,
                "A. K.",
                "ar",
                &client.hash,
                now + chrono::Duration::days(7),
                Actor::Telegram(9001),
                now,
            )
            .await
            .unwrap();
        store.close().await;
    });
    assert!(first.contains("Frau Keller"));

    let out = admin
        .run(&[
            "manager",
            "deactivate",
            "--manager",
            "1",
            "--successor",
            "2",
        ])
        .ok();
    assert_eq!(
        out,
        "Deactivated manager 1 (Frau Keller); 1 client was handed over to manager 2 (Herr Braun).\n"
    );
    let list = admin.run(&["manager", "list"]).ok();
    let keller = list.lines().find(|l| l.contains("Frau Keller")).unwrap();
    let braun = list.lines().find(|l| l.contains("Herr Braun")).unwrap();
    assert!(
        keller.contains("inactive") && keller.ends_with(" 0"),
        "{list}"
    );
    assert!(
        braun.contains(" active ") && braun.ends_with(" 1"),
        "{list}"
    );

    let err = admin
        .run(&[
            "manager",
            "deactivate",
            "--manager",
            "1",
            "--successor",
            "2",
        ])
        .bad_input();
    assert!(err.contains("inactive already"), "{err}");
    let err = admin
        .run(&[
            "manager",
            "assign",
            "--manager",
            "1",
            "--gemeinde",
            "08118011",
        ])
        .bad_input();
    assert!(err.contains("inactive"), "{err}");

    let audit = admin.run(&["audit"]).ok();
    for action in [
        "manager.deactivate",
        "manager.assign",
        "admin.scope.add",
        "manager.join",
    ] {
        assert!(audit.contains(action), "{action} missing: {audit}");
    }
    assert!(
        audit
            .lines()
            .skip(1)
            .filter(|l| l.contains("manager."))
            .any(|l| l.contains(" cli "))
    );
}

/// With a token, the bot's username comes from Telegram (here the emulator); the token
/// is never shown.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_token_the_link_names_the_bot() {
    let fake = FakeTelegram::start(TOKEN).await.unwrap();
    let admin = Admin::sqlite();
    let api_url = fake.api_url().to_string();
    let out = tokio::task::spawn_blocking(move || {
        admin
            .run(&["org", "add", "--name", "Diakonie", "--kind", "traeger"])
            .ok();
        admin
            .run(&[
                "gemeinde",
                "add",
                "--ags",
                "08118011",
                "--name",
                "Hemmingen",
                "--landkreis",
                "Ludwigsburg",
            ])
            .ok();
        let invite = |api: &str| -> Run {
            admin
                .command(&[
                    "manager",
                    "invite",
                    "--org",
                    "1",
                    "--gemeinde",
                    "08118011",
                    "--name",
                    "Frau Keller",
                ])
                .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
                .env("WEGWEISER_TELEGRAM_API_URL", api)
                .env("RUST_LOG", "trace")
                .output()
                .unwrap()
                .into()
        };
        (invite(&api_url), invite("http://127.0.0.1:1/"))
    })
    .await
    .unwrap();

    let (reached, unreachable) = out;
    let secret = TOKEN.split(':').nth(1).unwrap();
    for run in [&reached, &unreachable] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "token shown"
        );
    }
    let text = reached.ok();
    let (link, payload) = link_in(&text);
    assert_eq!(
        link,
        format!("https://t.me/wegweiser_test_bot?start={payload}")
    );
    assert!(
        !text.contains("<your_bot>") && !text.contains("Payload:"),
        "{text}"
    );

    let text = unreachable.ok();
    let (link, _) = link_in(&text);
    assert!(
        link.starts_with("https://t.me/<your_bot>?start=m_"),
        "{text}"
    );
    assert!(text.contains("Telegram could not be reached"), "{text}");
}

#[test]
fn help_explains_every_subcommand() {
    let admin = Admin::sqlite();
    let out = admin.run(&["--help"]).ok();
    for sub in ["org", "gemeinde", "manager", "scope", "audit"] {
        assert!(out.contains(sub), "{out}");
    }
    let out = admin.run(&["manager", "invite", "--help"]).ok();
    for flag in ["--org", "--gemeinde", "--name", "--days", "[default: 14]"] {
        assert!(out.contains(flag), "{flag}: {out}");
    }
    let out = admin.run(&["org", "add", "--help"]).ok();
    assert!(out.contains("traeger") && out.contains("verbund"), "{out}");
}

#[test]
fn an_unreachable_database_exits_1() {
    let admin = Admin::on("postgres://wg:secretpw@127.0.0.1:1/nothing".to_owned());
    let out = admin.run(&["org", "list"]);
    assert_eq!(out.code, Some(1), "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(!out.stderr.contains("secretpw"), "{}", out.stderr);
}

//! `wegweiser offers import|export` as an administrator keeping a list of local offers
//! meets it: the real binary on a fresh database (SQLite always; PostgreSQL too when
//! `WEGWEISER_TEST_POSTGRES_URL` is set), Gemeinden added with `wegweiser admin` first.

mod support;

use std::path::Path;
use support::cli::{Run, wegweiser};

/// Writes a scenario as two tests, `<name>::sqlite` and `<name>::postgres`.
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[test]
            fn sqlite() {
                super::$name(&super::Desk::sqlite());
            }

            #[tokio::test]
            async fn postgres() {
                if !crate::support::postgres_enabled() {
                    return;
                }
                let (db, url) = crate::support::TestDb::create(crate::support::Db::Postgres).await;
                let desk = super::Desk::on(url);
                tokio::task::spawn_blocking(move || super::$name(&desk))
                    .await
                    .expect("the scenario passes on PostgreSQL");
                db.drop_now().await;
            }
        }
    };
}

/// An administrator's working folder and the database the binary uses.
struct Desk {
    dir: tempfile::TempDir,
    url: String,
}

const EXAMPLE_TOML: &str = include_str!("../examples/offers.toml");
const EXAMPLE_CSV: &str = include_str!("../examples/offers.csv");

impl Desk {
    fn sqlite() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("w.db").display());
        Desk::with_hemmingen(dir, url)
    }

    fn on(url: String) -> Desk {
        Desk::with_hemmingen(tempfile::tempdir().unwrap(), url)
    }

    /// A desk whose database knows Hemmingen (Landkreis Ludwigsburg).
    fn with_hemmingen(dir: tempfile::TempDir, url: String) -> Desk {
        let desk = Desk { dir, url };
        desk.run(&[
            "admin",
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
        desk
    }

    /// The binary in the desk's folder, with a clean environment.
    fn run(&self, args: &[&str]) -> Run {
        wegweiser(self.dir.path(), &self.url)
            .args(args)
            .output()
            .unwrap()
            .into()
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.path().join(name), text).unwrap();
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap()
    }

    fn import(&self, name: &str) -> Run {
        self.run(&["offers", "import", name])
    }

    fn export(&self) -> String {
        self.run(&["offers", "export"]).ok()
    }

    /// The actions of the audit log, newest first.
    fn audit(&self) -> Vec<String> {
        let log = self.run(&["admin", "audit", "--limit", "10000"]).ok();
        log.lines()
            .skip(1)
            // TIME is three words (date, time, zone); then actor and action.
            .map(|l| l.split_whitespace().nth(4).unwrap_or_default().to_owned())
            .collect()
    }
}

/// The ids of the offers in a TOML export.
fn ids(export: &str) -> Vec<String> {
    export
        .lines()
        .filter_map(|l| l.strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"').to_owned())
        .collect()
}

const EXAMPLE_IDS: [&str; 7] = [
    "hemmingen-bewerbungshilfe",
    "hemmingen-deutschkurs-a1",
    "hemmingen-eltern-kind-gruppe",
    "hemmingen-fahrradwerkstatt",
    "hemmingen-sprachcafe",
    "hemmingen-wohnungssuche",
    "lk-ludwigsburg-migrationsberatung",
];

fn the_example_files_create_offers(desk: &Desk) {
    desk.write("offers.toml", EXAMPLE_TOML);
    desk.write("offers.csv", EXAMPLE_CSV);
    assert_eq!(
        desk.import("offers.toml").ok(),
        "7 offers in offers.toml: 7 created, 0 updated, 0 unchanged\n"
    );
    let export = desk.export();
    assert_eq!(ids(&export), EXAMPLE_IDS, "{export}");
    assert!(export.contains("landkreis = \"Ludwigsburg\""), "{export}");
    assert!(export.contains("schedule = \"0 18 * * 2\""), "{export}");
    assert!(export.contains("fa = \"کافه زبان\""), "{export}");

    assert_eq!(
        desk.import("offers.csv").ok(),
        "4 offers in offers.csv: 4 created, 0 updated, 0 unchanged\n"
    );
    let csv = desk.run(&["offers", "export", "--format", "csv"]).ok();
    assert_eq!(csv.lines().count(), 1 + 11, "{csv}");
    assert!(
        csv.contains("lk-ludwigsburg-gesundheitslotsen,gesundheit,,Ludwigsburg,"),
        "{csv}"
    );
    let audit = desk.audit();
    assert_eq!(
        audit.iter().filter(|a| *a == "offer.create").count(),
        11,
        "{audit:?}"
    );
}
both!(the_example_files_create_offers);

fn a_dry_run_writes_nothing(desk: &Desk) {
    desk.write("offers.toml", EXAMPLE_TOML);
    let out = desk
        .run(&["offers", "import", "offers.toml", "--dry-run"])
        .ok();
    assert_eq!(
        out.lines().next(),
        Some("dry run: would create 7, update 0, leave 0 unchanged; nothing was written"),
        "{out}"
    );
    assert!(out.contains("would create: hemmingen-sprachcafe,"), "{out}");
    assert_eq!(desk.export(), "");
    assert_eq!(desk.audit(), ["gemeinde.add"]);

    desk.import("offers.toml").ok();
    let before = (desk.export(), desk.audit());
    desk.write(
        "offers.toml",
        &EXAMPLE_TOML.replace("de = \"Sprachcafé\"", "de = \"Sprachcafé am Dienstag\""),
    );
    let out = desk
        .run(&["offers", "import", "--dry-run", "offers.toml"])
        .ok();
    assert_eq!(
        out,
        "dry run: would create 0, update 1, leave 6 unchanged; nothing was written\n\
         would update: hemmingen-sprachcafe\n"
    );
    assert_eq!((desk.export(), desk.audit()), before);
}
both!(a_dry_run_writes_nothing);

const BAD: &str = r#"[[offer]]
id = "hemmingen-sprachcafe"
category = "sprachkurs"
gemeinden = ["08118011"]
schedule = "dienstags 18 Uhr"
[offer.title]
de = "Sprachcafé"

[[offer]]
id = "hemmingen-beratung"
category = "beratung"
gemeinden = ["08118011", "08118099"]
web = "www.example.de/beratung"
[offer.title]
ar = "استشارة"

[[offer]]
id = "hemmingen-sprachcafe"
category = "sprache"
gemeinden = ["08118011"]
[offer.title]
de = "Noch ein Sprachcafé"

[[offer]]
id = "hemmingen-fine"
category = "freizeit"
landkreis = "Ludwigsburg"
[offer.title]
de = "Ein Angebot ohne Fehler"
"#;

fn a_file_with_many_problems_reports_them_all_and_writes_nothing(desk: &Desk) {
    desk.write("offers.toml", BAD);
    for args in [
        &["offers", "import", "offers.toml"][..],
        &["offers", "import", "offers.toml", "--dry-run"],
    ] {
        let err = desk.run(args).rejected();
        assert_eq!(
            err,
            "offers.toml:3: category: unknown category \"sprachkurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)\n\
             offers.toml:5: schedule: not a schedule: it has 3 parts, a schedule has five (minute hour day month weekday); e.g. \"0 18 * * 2\" means Tuesdays at 18:00\n\
             offers.toml:9: title.de: the German title (de) is required\n\
             offers.toml:12: gemeinden: no Gemeinde with AGS 08118099 (add it first: wegweiser admin gemeinde add)\n\
             offers.toml:13: web: not a web address (expected http:// or https://, e.g. https://www.example.de)\n\
             offers.toml:18: id: \"hemmingen-sprachcafe\": this id appears more than once in the file (first at line 2)\n\
             6 problems; nothing was imported\n"
        );
    }
    assert_eq!(desk.export(), "");
    assert_eq!(desk.audit(), ["gemeinde.add"]);

    desk.write("syntax.toml", "[[offer]]\nid = \"a\"\ncategory = sprache\n");
    let err = desk.import("syntax.toml").rejected();
    assert!(err.starts_with("syntax.toml:3: not valid TOML: "), "{err}");
    assert!(
        err.ends_with("\n1 problem; nothing was imported\n"),
        "{err}"
    );
}
both!(a_file_with_many_problems_reports_them_all_and_writes_nothing);

fn importing_the_same_file_twice_changes_nothing(desk: &Desk) {
    desk.write("offers.toml", EXAMPLE_TOML);
    desk.import("offers.toml").ok();
    let before = (desk.export(), desk.audit());
    assert_eq!(
        desk.import("offers.toml").ok(),
        "7 offers in offers.toml: 0 created, 0 updated, 7 unchanged\n"
    );
    assert_eq!((desk.export(), desk.audit()), before);
}
both!(importing_the_same_file_twice_changes_nothing);

fn a_changed_file_updates_by_id(desk: &Desk) {
    desk.write("offers.toml", EXAMPLE_TOML);
    desk.import("offers.toml").ok();
    let audit_before = desk.audit().len();
    // The Sprachcafé moves to Thursdays, the Fahrradwerkstatt is no longer in the file,
    // a new offer is added.
    let changed = EXAMPLE_TOML
        .replace("schedule = \"0 18 * * 2\"", "schedule = \"0 18 * * 4\"")
        .replace(
            "id = \"hemmingen-fahrradwerkstatt\"",
            "id = \"hemmingen-tafel\"",
        );
    desk.write("offers.toml", &changed);
    assert_eq!(
        desk.import("offers.toml").ok(),
        "7 offers in offers.toml: 1 created, 1 updated, 5 unchanged\n"
    );
    let export = desk.export();
    assert!(export.contains("schedule = \"0 18 * * 4\""), "{export}");
    assert!(!export.contains("schedule = \"0 18 * * 2\""), "{export}");
    let ids = ids(&export);
    assert_eq!(
        ids.len(),
        8,
        "offers not in the file are left alone: {ids:?}"
    );
    assert!(ids.contains(&"hemmingen-fahrradwerkstatt".to_owned()));
    assert!(ids.contains(&"hemmingen-tafel".to_owned()));
    let audit = desk.audit();
    assert_eq!(audit.len(), audit_before + 2, "{audit:?}");
    let mut newest = audit[..2].to_vec();
    newest.sort();
    assert_eq!(newest, ["offer.create", "offer.update"]);
}
both!(a_changed_file_updates_by_id);

fn csv_files_import_the_same_way(desk: &Desk) {
    desk.write(
        "offers.csv",
        "id,category,gemeinden,landkreis,web,schedule,active,title_de,description_de\n\
         hemmingen-a,sprache,08118011,,,0 18 * * 2,ja,Sprachcafé,\"Zwei\n\
         Zeilen\"\n\
         hemmingen-b,kurs,8118011,,https//example.de,,ja,B,\n\
         hemmingen-c,beratung,,Böblingen,,jeden Tag,vielleicht,,\n\
         hemmingen-a,sprache,08118011,,,,,A,\n",
    );
    // Rows as a spreadsheet numbers them: the cell over two lines stays in row 2.
    let err = desk.import("offers.csv").rejected();
    assert_eq!(
        err,
        "offers.csv:3: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)\n\
         offers.csv:3: web: not a web address (expected http:// or https://, e.g. https://www.example.de)\n\
         offers.csv:3: gemeinden: no Gemeinde with AGS 8118011; did you mean 08118011? (a spreadsheet drops the leading 0 unless the column is formatted as text)\n\
         offers.csv:4: active: \"vielleicht\" is not yes or no (expected true/false, ja/nein, wahr/falsch or 1/0; empty means true)\n\
         offers.csv:4: title_de: the German title (de) is required\n\
         offers.csv:4: schedule: not a schedule: it has 2 parts, a schedule has five (minute hour day month weekday); e.g. \"0 18 * * 2\" means Tuesdays at 18:00\n\
         offers.csv:4: landkreis: no Gemeinde belongs to Landkreis \"Böblingen\" (known Landkreise: Ludwigsburg); add one of its Gemeinden first with: wegweiser admin gemeinde add\n\
         offers.csv:5: id: \"hemmingen-a\": this id appears more than once in the file (first at line 2)\n\
         8 problems; nothing was imported\n"
    );
    assert_eq!(desk.audit(), ["gemeinde.add"]);

    // A German spreadsheet's export: `;` between cells.
    desk.write(
        "tabelle.csv",
        "id;category;gemeinden;active;title_de;title_uk\n\
         hemmingen-a;sprache;08118011;ja;Sprachcafé;Мовне кафе\n",
    );
    assert_eq!(
        desk.import("tabelle.csv").ok(),
        "1 offer in tabelle.csv: 1 created, 0 updated, 0 unchanged\n"
    );
    assert_eq!(
        desk.import("tabelle.csv").ok(),
        "1 offer in tabelle.csv: 0 created, 0 updated, 1 unchanged\n"
    );
    assert!(desk.export().contains("uk = \"Мовне кафе\""));
}
both!(csv_files_import_the_same_way);

fn export_then_import_changes_nothing(desk: &Desk) {
    desk.write("offers.toml", EXAMPLE_TOML);
    desk.write("offers.csv", EXAMPLE_CSV);
    desk.import("offers.toml").ok();
    desk.import("offers.csv").ok();
    let before = (desk.export(), desk.audit());

    assert_eq!(
        desk.run(&["offers", "export", "--output", "all.toml"]).ok(),
        "wrote 11 offers to all.toml (toml)\n"
    );
    assert_eq!(desk.read("all.toml"), before.0);
    assert_eq!(
        desk.import("all.toml").ok(),
        "11 offers in all.toml: 0 created, 0 updated, 11 unchanged\n"
    );

    assert_eq!(
        desk.run(&["offers", "export", "--output", "all.csv"]).ok(),
        "wrote 11 offers to all.csv (csv)\n"
    );
    assert_eq!(
        desk.read("all.csv"),
        desk.run(&["offers", "export", "--format", "csv"]).ok()
    );
    assert_eq!(
        desk.import("all.csv").ok(),
        "11 offers in all.csv: 0 created, 0 updated, 11 unchanged\n"
    );
    assert_eq!((desk.export(), desk.audit()), before);
}
both!(export_then_import_changes_nothing);

#[test]
fn commands_that_cannot_run_say_why_in_one_line() {
    let desk = Desk::sqlite();
    desk.write("offers.xlsx", "");
    desk.write("empty.toml", "# nothing yet\n");
    for (args, expected) in [
        (
            &["offers", "import", "offers.xlsx"][..],
            "error: cannot tell the format of offers.xlsx: the file name must end in .toml or .csv\n",
        ),
        (
            &["offers", "import", "missing.toml"],
            "error: cannot read missing.toml: No such file or directory (os error 2)\n",
        ),
        (
            &["offers", "import", "empty.toml"],
            "error: no offers in empty.toml (each offer starts with a line [[offer]])\n",
        ),
        (
            &["offers", "export", "--format", "csv", "--output", "x.toml"],
            "error: --format csv does not match the file name x.toml (an import tells the format by the ending .toml or .csv)\n",
        ),
    ] {
        assert_eq!(desk.run(args).rejected(), expected);
    }
    assert!(!Path::new(&desk.dir.path().join("x.toml")).exists());
}

#[test]
fn an_unreachable_database_exits_1() {
    let desk = Desk {
        dir: tempfile::tempdir().unwrap(),
        url: "postgres://wg:secretpw@127.0.0.1:1/nothing".to_owned(),
    };
    desk.write("offers.toml", EXAMPLE_TOML);
    let run = desk.import("offers.toml");
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(!run.stderr.contains("secretpw"), "{}", run.stderr);
}

#[test]
fn help_explains_import_and_export() {
    let desk = Desk {
        dir: tempfile::tempdir().unwrap(),
        url: "sqlite::memory:".to_owned(),
    };
    let help = desk.run(&["offers", "--help"]).ok();
    assert!(help.contains("import") && help.contains("export"), "{help}");
    let help = desk.run(&["offers", "import", "--help"]).ok();
    assert!(
        help.contains("--dry-run") && help.contains(".csv"),
        "{help}"
    );
    let help = desk.run(&["offers", "export", "--help"]).ok();
    assert!(
        help.contains("--format") && help.contains("--output"),
        "{help}"
    );
}

fn csv_problems_are_all_listed_at_the_rows_a_spreadsheet_shows(desk: &Desk) {
    // As a German Excel saves it: `;`, CRLF, WAHR/FALSCH, a cell over two lines, and
    // a column the import does not know.
    desk.write(
        "tabelle.csv",
        "id;category;gemeinden;farbe;schedule;active;title_de;description_de\r\n\
         hemmingen-a;sprache;08118011;rot;0 18 * * 2;WAHR;Sprachcafé;\"Zwei\r\nZeilen\"\r\n\
         hemmingen-b;kurs;08118011;blau;0 25 * * 2;FALSCH;B;\r\n\
         hemmingen-c;sprache;08118011;grün;;vielleicht;C;\r\n",
    );
    let err = desk.import("tabelle.csv").rejected();
    assert_eq!(
        err,
        "tabelle.csv:1: farbe: unknown column (expected: id, category, gemeinden, landkreis, address, phone, email, web, languages, schedule, valid_from, valid_until, active, and title_<language>, description_<language>, times_<language>)\n\
         tabelle.csv:3: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)\n\
         tabelle.csv:3: schedule: not a schedule: there is no hour 25 (from 0 to 23); e.g. \"0 18 * * 2\" means Tuesdays at 18:00\n\
         tabelle.csv:4: active: \"vielleicht\" is not yes or no (expected true/false, ja/nein, wahr/falsch or 1/0; empty means true)\n\
         4 problems; nothing was imported\n"
    );

    // Without the unknown column and the mistakes, WAHR and FALSCH are read.
    desk.write(
        "tabelle.csv",
        "id;category;gemeinden;active;title_de\r\n\
         hemmingen-a;sprache;08118011;WAHR;Sprachcafé\r\n\
         hemmingen-b;sprache;08118011;FALSCH;B\r\n",
    );
    assert_eq!(
        desk.import("tabelle.csv").ok(),
        "2 offers in tabelle.csv: 2 created, 0 updated, 0 unchanged\n"
    );
    assert!(desk.export().contains("active = false"));

    // Saved as Windows-1252 ("CSV (Trennzeichen-getrennt)"): one message for the file.
    let mut latin1 = b"id;category;gemeinden;title_de;description_de\r\n".to_vec();
    latin1.extend_from_slice(b"hemmingen-a;sprache;08118011;Sprachcaf\xe9;Gr\xfc\xdfe\r\n");
    latin1.extend_from_slice(b"hemmingen-b;sprache;08118011;Caf\xe9;M\xfcller\r\n");
    std::fs::write(desk.dir.path().join("ansi.csv"), latin1).unwrap();
    assert_eq!(
        desk.import("ansi.csv").rejected(),
        "ansi.csv: the file is not UTF-8 text (the first character that is not is in line 2); it was probably saved as \"CSV (Trennzeichen-getrennt)\" (Windows-1252): save it again as \"CSV UTF-8 (durch Trennzeichen getrennt)\" and import that\n\
         1 problem; nothing was imported\n"
    );
}
both!(csv_problems_are_all_listed_at_the_rows_a_spreadsheet_shows);

//! The translators' round trip with the real binary, on a copy of `locales/` in a temp
//! folder (found through the configuration's `locales.dir`, as the bot finds it): export
//! Arabic to a spreadsheet, change two cells (one with a broken variable), a dry run names
//! the broken row and writes nothing; fixed, the import changes exactly those messages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::Reader;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A temp folder with a copy of the locales and a configuration pointing at it.
fn workplace() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &tmp.path().join("locales"),
    );
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "[locales]\ndir = \"locales\"\n").unwrap();
    (tmp, config)
}

fn wegweiser(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .arg("--config")
        .arg(config)
        .args(args)
        .env_remove("WEGWEISER_LOCALES_DIR")
        .output()
        .unwrap()
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

/// Every row of the first sheet, as text.
fn read_xlsx(path: &Path) -> Vec<Vec<String>> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

fn write_xlsx(path: &Path, rows: &[Vec<String>]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    book.save(path).unwrap();
}

/// The messages of a Fluent source by id (value and comment, as fluent-syntax parses them).
fn messages(source: &str) -> BTreeMap<String, String> {
    let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => {
                Some((m.id.name.to_string(), format!("{m:?}")))
            }
            _ => None,
        })
        .collect()
}

/// The entries that are not messages (group and file comments), in order.
fn other_entries(source: &str) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
    resource
        .body
        .iter()
        .filter(|e| !matches!(e, fluent_syntax::ast::Entry::Message(_)))
        .map(|e| format!("{e:?}"))
        .collect()
}

#[test]
fn arabic_round_trip_names_the_broken_row_and_then_changes_exactly_two_messages() {
    let (tmp, config) = workplace();
    let ftl = tmp.path().join("locales/ar/wegweiser.ftl");
    let before = std::fs::read_to_string(&ftl).unwrap();
    let sheet = tmp.path().join("ar.xlsx");
    let out = wegweiser(
        &config,
        &[
            "locales",
            "export",
            "--lang",
            "ar",
            "--output",
            sheet.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let mut rows = read_xlsx(&sheet);
    let header = rows
        .iter()
        .position(|r| r[0] == "id")
        .expect("a header row");
    let col = |name: &str| {
        rows[header]
            .iter()
            .position(|h| h.starts_with(name))
            .unwrap()
    };
    let (translation, reviewed, example) =
        (col("Translation"), col("Reviewed"), col("Example (ar)"));
    assert_eq!(rows[header][translation], "Translation (ar)");
    let row_of = |rows: &[Vec<String>], id: &str| rows.iter().position(|r| r[0] == id).unwrap();
    let welcome = row_of(&rows, "welcome");
    let stale = row_of(&rows, "stale-button");
    // The example is rendered by the bot's own code: the name isolated in the Arabic text.
    assert!(
        rows[welcome][example].contains("\u{2068}Amina\u{2069}"),
        "{:?}",
        rows[welcome][example]
    );
    assert!(rows[welcome][translation].contains("{ $name }"));
    assert!(
        !rows[welcome][col("REVIEW")].is_empty(),
        "welcome is marked REVIEW in ar"
    );

    // Two cells changed: the greeting with a misspelt variable (and marked reviewed), and
    // a reworded button notice.
    rows[welcome][translation] = rows[welcome][translation].replace("{ $name }", "{ $nme }");
    rows[welcome][reviewed] = "x".to_owned();
    rows[stale][translation] = "هذا الزر لم يعد صالحًا. يُرجى استخدام أحدث رسالة.".to_owned();
    let edited = tmp.path().join("ar-edited.xlsx");
    write_xlsx(&edited, &rows);

    let out = wegweiser(
        &config,
        &["locales", "import", edited.to_str().unwrap(), "--dry-run"],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    // Row numbers as a spreadsheet shows them (the first row is 1).
    assert!(
        err.contains(&format!("row {} (welcome)", welcome + 1)),
        "{err}"
    );
    assert!(err.contains("$nme"), "{err}");
    assert!(
        !err.contains("stale-button"),
        "the good row is not a problem: {err}"
    );
    assert!(err.contains("nothing written"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&ftl).unwrap(),
        before,
        "nothing written"
    );

    // Without --dry-run a broken sheet writes nothing either.
    let out = wegweiser(&config, &["locales", "import", edited.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&ftl).unwrap(), before);

    // Fixed: the greeting is reworded with the right variable.
    rows[welcome][translation] = rows[welcome][translation].replace("{ $nme }!", "{ $name }، أهلًا!");
    assert!(rows[welcome][translation].contains("{ $name }"));
    write_xlsx(&edited, &rows);
    let out = wegweiser(
        &config,
        &["locales", "import", edited.to_str().unwrap(), "--dry-run"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(&ftl).unwrap(),
        before,
        "a dry run writes nothing"
    );
    let out = wegweiser(&config, &["locales", "import", edited.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("2 message(s) changed") && stdout.contains("1 REVIEW mark(s) removed"),
        "{stdout}"
    );

    let after = std::fs::read_to_string(&ftl).unwrap();
    let (old, new) = (messages(&before), messages(&after));
    assert_eq!(
        old.keys().collect::<Vec<_>>(),
        new.keys().collect::<Vec<_>>(),
        "same messages"
    );
    let differ: Vec<&String> = old.keys().filter(|id| old[*id] != new[*id]).collect();
    assert_eq!(differ, ["stale-button", "welcome"]);
    assert_eq!(
        other_entries(&before),
        other_entries(&after),
        "comments and groups kept"
    );
    // The reviewed message lost its REVIEW mark (it was the line right above it).
    let above = |source: &str| {
        source
            .split("\nwelcome =")
            .next()
            .unwrap()
            .lines()
            .last()
            .unwrap()
            .to_owned()
    };
    assert!(above(&before).starts_with("# REVIEW:"));
    assert!(!above(&after).starts_with("# REVIEW:"), "{}", above(&after));
    // The bot reads the folder: the new greeting is what a client gets.
    let texts = wegweiser::i18n::Texts::load_dir(&tmp.path().join("locales")).unwrap();
    let args = [("name", wegweiser::i18n::Arg::text("Amina"))];
    assert!(
        texts
            .t_with("ar", "welcome", &args)
            .contains("\u{2068}Amina\u{2069}، أهلًا!")
    );
}

#[test]
fn tigrinya_csv_says_it_is_a_draft_and_lists_the_unsure_rows_first() {
    let (tmp, config) = workplace();
    let sheet = tmp.path().join("ti.csv");
    let out = wegweiser(
        &config,
        &[
            "locales",
            "export",
            "--lang",
            "ti",
            "--output",
            sheet.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("machine-assisted draft"));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(&sheet)
        .unwrap();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert!(
        rows[0][0].contains("machine-assisted draft"),
        "{:?}",
        rows[0]
    );
    let header = rows.iter().position(|r| r[0] == "id").unwrap();
    let review = rows[header]
        .iter()
        .position(|h| h.starts_with("REVIEW"))
        .unwrap();
    let unsure: Vec<bool> = rows[header + 1..]
        .iter()
        .map(|r| !r[review].is_empty())
        .collect();
    let first_sure = unsure.iter().position(|u| !u).unwrap_or(unsure.len());
    assert!(first_sure > 300, "most ti rows are unsure: {first_sure}");
    assert!(unsure[first_sure..].iter().all(|u| !u), "unsure rows first");

    // An untouched sheet imports as no change.
    let ftl = tmp.path().join("locales/ti/wegweiser.ftl");
    let before = std::fs::read_to_string(&ftl).unwrap();
    let out = wegweiser(&config, &["locales", "import", sheet.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("0 message(s) changed"));
    assert_eq!(std::fs::read_to_string(&ftl).unwrap(), before);

    // Saved again by a German spreadsheet program: semicolons and a byte order mark.
    let mut german = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(vec![]);
    for row in &rows {
        german.write_record(row).unwrap();
    }
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    bytes.extend(german.into_inner().unwrap());
    let resaved = tmp.path().join("ti-excel.csv");
    std::fs::write(&resaved, bytes).unwrap();
    let out = wegweiser(&config, &["locales", "import", resaved.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("0 message(s) changed"));
}

#[test]
fn import_without_a_locales_folder_refuses() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "[locales]\n").unwrap();
    let sheet = tmp.path().join("uk.csv");
    let out = wegweiser(
        &config,
        &[
            "locales",
            "export",
            "--lang",
            "uk",
            "--output",
            sheet.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "export uses the built-in texts: {}",
        text(&out.stderr)
    );
    let out = wegweiser(&config, &["locales", "import", sheet.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("locales.dir"));
}

//! The readers, the checks and the writers without a database.

use super::check::{Places, check};
use super::entry::Read;
use super::render;
use super::report::Located;
use super::{FileFormat, csv_file, toml_file};
use crate::domain::offer::{Category, Offer};
use crate::store::people::Gemeinde;

fn places() -> Places {
    Places::new(&[Gemeinde {
        id: 1,
        ags: "08118011".into(),
        name: "Hemmingen".into(),
        landkreis: "Ludwigsburg".into(),
    }])
}

/// Every problem of a read file, as `LINE: FIELD: message` lines.
fn problems(read: &Read) -> Vec<String> {
    let mut all: Vec<Located> = read.problems.clone();
    all.extend(check(&read.entries, &places()));
    all.sort_by_key(|p| p.line);
    all.iter()
        .map(|p| p.render("f").trim_start_matches("f:").to_owned())
        .collect()
}

fn read_ok(read: Read) -> Vec<Offer> {
    assert_eq!(problems(&read), Vec::<String>::new());
    read.entries
        .into_iter()
        .map(|e| e.offer.normalized())
        .collect()
}

const GOOD: &str = r#"
[[offer]]
id = "hemmingen-sprachcafe"
category = "Sprache"
gemeinden = ["08118011"]
address = "Hauptstraße 1, 71282 Hemmingen"
languages = "de ar"          # one text works too
schedule = "0  18 * * 2"
valid_from = 2026-01-01      # a TOML date works too
valid_until = "2027-07-31"
active = false
[offer.title]
de = " Sprachcafé "
ar = "مقهى اللغة"
[offer.description]
de = """
Zwei
Zeilen"""

[[offer]]
id = "lk"
category = "beratung"
landkreis = "Ludwigsburg"
title = { de = "Beratung" }
"#;

#[test]
fn toml_offers_read_with_every_field() {
    let read = toml_file::read(GOOD);
    assert_eq!(read.entries[0].line, 2);
    let offers = read_ok(read);
    let o = &offers[0];
    assert_eq!(o.category, Category::Sprache);
    assert_eq!(o.languages, ["ar", "de"]);
    assert_eq!(o.schedule.as_deref(), Some("0 18 * * 2"));
    assert_eq!(o.valid_from.unwrap().to_string(), "2026-01-01");
    assert!(!o.active);
    assert_eq!(o.texts["de"].title, "Sprachcafé");
    assert_eq!(o.texts["de"].description, "Zwei\nZeilen");
    assert_eq!(offers[1].landkreis.as_deref(), Some("Ludwigsburg"));
    assert!(offers[1].gemeinden.is_empty() && offers[1].active);
}

#[test]
fn toml_problems_name_their_line_and_field() {
    let text = r#"[[offer]]
id = "Sprach Café"
category = "kurs"
gemeinden = ["08118011", 8118011, "08999999"]
email = "info(at)example.de"
active = "ja"
farbe = "rot"
[offer.title]
ar = "x"
xx_1 = "y"
[offer.times]
de = 3

[[offer]]
category = "sprache"
landkreis = "Böblingen"
title.de = "T"
"#;
    assert_eq!(
        problems(&toml_file::read(text)),
        [
            "1: title.de: the German title (de) is required",
            "2: id: an id is 1 to 64 characters: lower-case letters, digits, '-', '_' or '.'",
            "3: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)",
            "4: gemeinden: write each AGS in quotes, e.g. [\"08118011\"]: as a number it loses its leading 0",
            "4: gemeinden: no Gemeinde with AGS 08999999 (add it first: wegweiser admin gemeinde add)",
            "5: email: not an e-mail address",
            "6: active: expected true or false (without quotes)",
            "7: farbe: unknown field (expected one of: id, category, gemeinden, landkreis, address, phone, email, web, languages, schedule, valid_from, valid_until, active, title, description, times)",
            "10: title.xx_1: \"xx_1\" is not a language code (two or three lower-case letters, e.g. de, ar, ti)",
            "12: times.de: expected text in quotes, e.g. times.de = \"…\"",
            "14: id: missing: every offer needs an id (e.g. hemmingen-sprachcafe)",
            "16: landkreis: no Gemeinde belongs to Landkreis \"Böblingen\" (known Landkreise: Ludwigsburg); add one of its Gemeinden first with: wegweiser admin gemeinde add",
        ]
    );
}

#[test]
fn toml_structure_and_syntax_problems_have_lines() {
    let read = toml_file::read("[[offer]]\nid = \"a\"\nid = \"b\"\n");
    assert_eq!(problems(&read), ["3: not valid TOML: duplicate key"]);
    let read = toml_file::read("[offer]\nid = \"a\"\n\n[[angebot]]\nid = \"b\"\n");
    assert_eq!(
        problems(&read),
        [
            "1: offer: start each offer with a line [[offer]] (two brackets)",
            "4: angebot: unknown key; an offer file holds only [[offer]] tables"
        ]
    );
    // One mistake, one problem (not also "the German title is required").
    let text = "[[offer]]\nid = \"a\"\ncategory = \"sprache\"\nlandkreis = \"ludwigsburg\"\ntitle = \"A\"\n";
    assert_eq!(
        problems(&toml_file::read(text)),
        [
            "4: landkreis: no Gemeinde belongs to Landkreis \"ludwigsburg\"; did you mean \"Ludwigsburg\"?",
            "5: title: expected a text per language, e.g. [offer.title] with de = \"…\"",
        ]
    );
}

#[test]
fn duplicate_ids_are_reported_at_the_second_naming_the_first() {
    let text = "[[offer]]\nid = \"a\"\ncategory = \"sprache\"\ngemeinden = [\"08118011\"]\ntitle.de = \"A\"\n\
                [[offer]]\ncategory = \"sprache\"\nid = \"a\"\ngemeinden = [\"08118011\"]\ntitle.de = \"B\"\n";
    assert_eq!(
        problems(&toml_file::read(text)),
        ["8: id: \"a\": this id appears more than once in the file (first at line 2)"]
    );
}

const CSV: &str = "\u{feff}id,category,gemeinden,landkreis,web,languages,active,title_de,description_de,title_ar\n\
a,sprache,08118011;08118011,,https://example.de,de ar,nein,Sprachcafé,\"Zwei\nZeilen\",مقهى\n\
,,,,,,,,,\n\
b,beratung,,Ludwigsburg,,,,Beratung,,\n";

#[test]
fn a_scoped_importer_may_name_only_their_gemeinden_and_offers() {
    let csv = "id,category,gemeinden,landkreis,title_de\n\
               ours,sprache,08118011,,A\n\
               elsewhere,sprache,08118012,,B\n\
               county,sprache,,Ludwigsburg,C\n\
               taken,sprache,08118011,,D\n";
    let two = Places::new(&[
        Gemeinde {
            id: 1,
            ags: "08118011".into(),
            name: "Hemmingen".into(),
            landkreis: "Ludwigsburg".into(),
        },
        Gemeinde {
            id: 2,
            ags: "08118012".into(),
            name: "Ditzingen".into(),
            landkreis: "Ludwigsburg".into(),
        },
    ]);
    let read = csv_file::read(csv.as_bytes());
    assert_eq!(check(&read.entries, &two), vec![], "unscoped, all is well");
    let scoped = two.within(
        Some(["08118011".to_owned()].into()),
        ["taken".to_owned()].into(),
    );
    let lines: Vec<(Option<usize>, Option<String>)> = check(&read.entries, &scoped)
        .into_iter()
        .map(|p| (p.line, p.field))
        .collect();
    assert_eq!(
        lines,
        [
            (Some(3), Some("gemeinden".into())),
            (Some(4), Some("landkreis".into())),
            (Some(5), Some("id".into())),
        ]
    );
}

#[test]
fn csv_offers_read_with_every_column() {
    let offers = read_ok(csv_file::read(CSV.as_bytes()));
    assert_eq!(offers.len(), 2);
    assert_eq!(offers[0].gemeinden, ["08118011"]);
    assert_eq!(offers[0].languages, ["ar", "de"]);
    assert!(!offers[0].active && offers[1].active);
    assert_eq!(offers[0].texts["de"].description, "Zwei\nZeilen");
    assert_eq!(offers[0].texts["ar"].title, "مقهى");
    assert_eq!(offers[1].landkreis.as_deref(), Some("Ludwigsburg"));

    let semicolons = "id;category;gemeinden;title_de\na;sprache;\"08118011 08118011\";A\n";
    assert_eq!(
        read_ok(csv_file::read(semicolons.as_bytes()))[0].external_id,
        "a"
    );
}

#[test]
fn csv_problems_name_their_line_and_column() {
    let text = "id,category,gemeinden,schedule,valid_until,active,web,title_de\n\
a,sprache,08118011,,,ja,,\"Ein\nzweizeiliger Titel\"\n\
b,kurs,8118011,every day,31.12.2026,vielleicht,www.x.de,B\n\
a,sprache,08118011,,,,,A,extra\n";
    assert_eq!(
        problems(&csv_file::read(text.as_bytes())),
        [
            "3: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)",
            "3: valid_until: \"31.12.2026\" is not a date (expected YYYY-MM-DD)",
            "3: active: \"vielleicht\" is not yes or no (expected true/false, ja/nein, wahr/falsch or 1/0; empty means true)",
            "3: web: not a web address (expected http:// or https://, e.g. https://www.example.de)",
            "3: schedule: not a schedule: it has 2 parts, a schedule has five (minute hour day month weekday); e.g. \"0 18 * * 2\" means Tuesdays at 18:00",
            "3: gemeinden: no Gemeinde with AGS 8118011; did you mean 08118011? (a spreadsheet drops the leading 0 unless the column is formatted as text)",
            "4: this row has 9 cells but the header names only 8 columns",
        ]
    );
    let text = "id,category,gemeinden,title_de\na,sprache,08118011,A\na,sprache,08118011,A\n";
    assert_eq!(
        problems(&csv_file::read(text.as_bytes())),
        ["3: id: \"a\": this id appears more than once in the file (first at line 2)"]
    );
}

#[test]
fn csv_header_problems_do_not_hide_the_rows_problems() {
    let text = "ID,Category,farbe,title_de,title_de,,description_arabic\nx,y,z\n";
    assert_eq!(
        problems(&csv_file::read(text.as_bytes())),
        [
            "1: farbe: unknown column (expected: id, category, gemeinden, landkreis, address, phone, email, web, languages, schedule, valid_from, valid_until, active, and title_<language>, description_<language>, times_<language>)",
            "1: title_de: this column appears twice",
            "1: column 6: has no name",
            "1: description_arabic: \"arabic\" is not a language code (two or three lower-case letters, e.g. de, ar, ti)",
            "2: category: unknown category \"y\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)",
            "2: gemeinden: name at least one Gemeinde (AGS) or a Landkreis",
            "2: title_de: the German title (de) is required",
        ]
    );
    assert_eq!(
        problems(&csv_file::read(b"id,gemeinden\n")),
        [
            "1: category: missing column (required)",
            "1: title_de: missing column (required)"
        ]
    );
    // A missing required column is said once, at the header, not again in every row.
    assert_eq!(
        problems(&csv_file::read(
            b"id,category,gemeinden\na,sprache,08118011\nb,kurs,08118011\n"
        )),
        [
            "1: title_de: missing column (required)",
            "3: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)",
        ]
    );
    // Windows-1252 (a German Excel's "CSV"): one message for the file.
    let latin1 = b"id,category,gemeinden,title_de\na,sprache,08118011,Sprachcaf\xe9\nb,sprache,08118011,Caf\xe9\n";
    assert_eq!(
        problems(&csv_file::read(latin1)),
        [
            " the file is not UTF-8 text (the first character that is not is in line 2); it was probably saved as \"CSV (Trennzeichen-getrennt)\" (Windows-1252): save it again as \"CSV UTF-8 (durch Trennzeichen getrennt)\" and import that"
        ]
    );
}

#[test]
fn csv_rows_are_counted_as_a_spreadsheet_counts_them() {
    // An empty line is a row; a line break in a quoted cell is not; CRLF is one break.
    let text = "id,category,gemeinden,title_de,active\r\n\r\na,kurs,08118011,\"A\r\nB\",WAHR\r\nb,kurs,08118011,B,FALSCH\r\n";
    assert_eq!(
        problems(&csv_file::read(text.as_bytes())),
        [
            "3: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)",
            "4: category: unknown category \"kurs\" (expected one of: sprache, arbeit, beratung, familie, gesundheit, freizeit, wohnen)",
        ]
    );
    let ok = "id,category,gemeinden,title_de,active\na,sprache,08118011,A,WAHR\nb,sprache,08118011,B,falsch\n";
    let offers = read_ok(csv_file::read(ok.as_bytes()));
    assert_eq!((offers[0].active, offers[1].active), (true, false));
}

#[test]
fn what_is_written_reads_back_the_same_in_both_formats() {
    let mut all = read_ok(toml_file::read(GOOD));
    all.extend(read_ok(csv_file::read(CSV.as_bytes())));
    all.sort_by(|a, b| a.external_id.cmp(&b.external_id));
    all.dedup_by(|a, b| a.external_id == b.external_id);
    let toml = render(FileFormat::Toml, &all).unwrap();
    assert!(toml.starts_with("[[offer]]\nid = "), "{toml}");
    assert_eq!(read_ok(toml_file::read(&toml)), all, "{toml}");
    let csv = render(FileFormat::Csv, &all).unwrap();
    assert!(csv.starts_with("id,category,gemeinden,landkreis,address,phone,email,web,languages,schedule,valid_from,valid_until,active,title_de,description_de,times_de,title_ar,"), "{csv}");
    assert_eq!(read_ok(csv_file::read(csv.as_bytes())), all, "{csv}");
    assert_eq!(render(FileFormat::Toml, &[]).unwrap(), "");
}

#[test]
fn the_example_files_read_without_problems() {
    let toml = read_ok(toml_file::read(include_str!(
        "../../../examples/offers.toml"
    )));
    assert!(toml.len() >= 6, "{}", toml.len());
    assert!(
        toml.iter()
            .any(|o| o.landkreis.is_some() && o.gemeinden.is_empty())
    );
    assert!(toml.iter().any(|o| o.schedule.is_some()));
    let csv = read_ok(csv_file::read(include_bytes!(
        "../../../examples/offers.csv"
    )));
    assert!(!csv.is_empty());
}

#[test]
fn formats_are_told_by_the_file_name() {
    use std::path::Path;
    assert_eq!(
        FileFormat::of(Path::new("a/Offers.TOML")),
        Some(FileFormat::Toml)
    );
    assert_eq!(
        FileFormat::of(Path::new("offers.csv")),
        Some(FileFormat::Csv)
    );
    assert_eq!(FileFormat::of(Path::new("offers.xlsx")), None);
    assert_eq!(FileFormat::of(Path::new("offers")), None);
}

//! The privacy inventory: `wegweiser::domain::privacy::STORED`, the README's privacy table
//! and the privacy notice clients consent to name the same kinds of data.

use std::collections::BTreeSet;

use wegweiser::domain::privacy::STORED;

use super::locales_dir;

/// The raw Fluent source of one message (its `id =` line and the indented lines after it).
pub fn message_source(source: &str, id: &str) -> String {
    let head = format!("{id} =");
    let mut lines = source.lines().skip_while(|l| !l.starts_with(&head));
    let first = lines.next().unwrap_or_else(|| panic!("no message {id}"));
    std::iter::once(first)
        .chain(lines.take_while(|l| l.starts_with(' ')))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The tables named in the "where" column of each row of the README's privacy table
/// (rows naming no table, such as "not stored", are left out).
fn readme_rows() -> Vec<BTreeSet<String>> {
    let readme = std::fs::read_to_string(locales_dir().join("../README.md")).expect("README");
    let section = readme
        .split("\n## Privacy\n")
        .nth(1)
        .expect("README has a Privacy section");
    section
        .lines()
        .skip_while(|l| !l.starts_with("| what |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|row| {
            let cell = row.split('|').nth(2).unwrap_or("");
            if cell.contains("not stored") {
                return BTreeSet::new();
            }
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<BTreeSet<_>>()
        })
        .filter(|tables| !tables.is_empty())
        .collect()
}

#[test]
fn privacy_inventory_matches_the_readme_table() {
    let mut readme: Vec<Vec<String>> = readme_rows()
        .into_iter()
        .map(|s| s.into_iter().collect())
        .collect();
    let mut code: Vec<Vec<String>> = STORED
        .iter()
        .map(|s| {
            let set: BTreeSet<String> = s.tables.iter().map(|t| t.to_string()).collect();
            set.into_iter().collect()
        })
        .collect();
    readme.sort();
    code.sort();
    assert_eq!(
        readme, code,
        "the README's privacy table and domain::privacy::STORED list different kinds of data"
    );
}

#[test]
fn privacy_notice_names_every_kind_of_data_about_the_client() {
    let de = std::fs::read_to_string(locales_dir().join("de/wegweiser.ftl")).expect("de");
    let notice = message_source(&de, "privacy-notice");
    for s in STORED {
        match s.notice_de {
            Some(words) => {
                for w in words {
                    assert!(
                        notice.contains(w),
                        "privacy-notice does not name {:?} (\"{w}\")",
                        s.tables
                    );
                }
            }
            None => assert!(!s.why_not.is_empty(), "{:?}: say why", s.tables),
        }
    }
    // Who sees it, how long, how to delete it.
    for words in [
        "{ $manager }",
        "Vertretung",
        "Verwaltung",
        "{ $days }",
        "/privacy",
    ] {
        assert!(notice.contains(words), "privacy-notice lacks {words}");
    }
    assert!(
        !notice.contains("nur:"),
        "privacy-notice claims to store only a part"
    );
}

#[test]
fn every_privacy_notice_says_how_to_delete() {
    for lang in ["de", "en", "uk", "ar", "fa", "ti"] {
        let path = locales_dir().join(lang).join("wegweiser.ftl");
        let source = std::fs::read_to_string(&path).expect("locale");
        let notice = message_source(&source, "privacy-notice");
        let lines = notice
            .lines()
            .filter(|l| !l.trim().starts_with('['))
            .count();
        assert!(
            notice.contains("/privacy"),
            "{lang}: privacy-notice lacks /privacy"
        );
        assert!(
            notice.contains("Telegram") || notice.contains("تلگرام"),
            "{lang}: privacy-notice lacks the Telegram id"
        );
        assert!(lines >= 9, "{lang}: privacy-notice is the old, short one");
    }
}

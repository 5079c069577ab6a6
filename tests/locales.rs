//! Every locale is complete: the messages and attributes of German (the reference), with
//! the same variables, and every CLDR plural category of its language wherever a message
//! selects on a number. And every message id the code asks for exists in German.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use wegweiser::i18n::check::{self, Kind, Problem};

pub use wegweiser::i18n::check::Shape;

pub fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// One locale's shape (per message, its variables); panics on a syntax error.
pub fn read_locale(lang: &str, source: &str) -> Shape {
    check::read_locale(lang, source)
        .unwrap_or_else(|e| panic!("locales/{lang}: {e}"))
        .0
}

pub fn source_in(dir: &Path, lang: &str) -> String {
    let path = wegweiser::i18n::source_path(dir, lang);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every locale folder checked against German by the library's checks (the ones
/// `wegweiser locales import` runs), as (locale, problem).
pub fn checked(dir: &Path) -> Vec<(String, Problem)> {
    let de = source_in(dir, "de");
    let mut langs: Vec<String> = std::fs::read_dir(dir)
        .expect("locales folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
        .into_iter()
        .flat_map(|lang| {
            check::locale_problems(&lang, &source_in(dir, &lang), &de)
                .into_iter()
                .map(move |p| (lang.clone(), p))
        })
        .collect()
}

/// The problems of every kind but `Direction` (the RTL test has its own), one line each.
fn problems_in(dir: &Path) -> Vec<String> {
    checked(dir)
        .into_iter()
        .filter(|(_, p)| p.kind != Kind::Direction)
        .map(|(lang, p)| format!("{lang}: {p}"))
        .collect()
}

#[test]
fn every_locale_matches_german() {
    let problems = problems_in(&locales_dir());
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_offered_language_has_a_folder_and_a_source() {
    let dirs: BTreeSet<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let available: BTreeSet<String> = wegweiser::i18n::AVAILABLE
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(dirs, available, "locales/ folders vs i18n::AVAILABLE");
    let embedded: BTreeSet<String> = wegweiser::i18n::SOURCES
        .iter()
        .map(|(l, _)| l.to_string())
        .collect();
    assert_eq!(embedded, available, "i18n::SOURCES vs i18n::AVAILABLE");
}

#[test]
fn non_german_locales_say_they_await_review() {
    for lang in wegweiser::i18n::AVAILABLE.iter().filter(|l| **l != "de") {
        let path = locales_dir().join(lang).join("wegweiser.ftl");
        let source = std::fs::read_to_string(&path).unwrap();
        let head: String = source.lines().take(5).collect::<Vec<_>>().join("\n");
        assert!(
            head.starts_with('#') && head.to_lowercase().contains("review"),
            "{lang}: the file must start with a comment saying it awaits native review"
        );
    }
}

/// The checker itself catches what it must: a missing message, other variables, an
/// Arabic plural selector without all six categories, and other or unclosed HTML tags.
#[test]
fn the_checker_finds_gaps() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |lang: &str, text: &str| {
        std::fs::create_dir_all(tmp.path().join(lang)).unwrap();
        std::fs::write(tmp.path().join(lang).join("wegweiser.ftl"), text).unwrap();
    };
    write(
        "de",
        "a = Hallo { $name }\nb = Tschüss\nn = { $count ->\n    [one] ein Termin\n   *[other] { $count } Termine\n}\nt = <b>Termin</b> { $name }\nu = <b>Termin</b>\n",
    );
    write(
        "ar",
        "a = مرحبا { $who }\nn = { $count ->\n    [one] موعد\n   *[other] { $count } مواعيد\n}\nt = <b>موعد { $name }\nu = <i>موعد</i>\n",
    );
    let problems = problems_in(tmp.path());
    let joined = problems.join("\n");
    assert!(joined.contains("ar: b: missing"), "{joined}");
    assert!(
        joined.contains("ar: a: uses the variables { $who }"),
        "{joined}"
    );
    assert!(
        joined.contains("ar: n: lacks the plural categories") && joined.contains("few"),
        "{joined}"
    );
    assert!(
        joined.contains("ar: t: the tag <b> is never closed"),
        "{joined}"
    );
    assert!(
        joined.contains("ar: u: uses the HTML tags <i>, German uses <b>"),
        "{joined}"
    );
    assert!(check::plural_categories("ar").len() == 6);
    assert_eq!(
        check::plural_categories("ti"),
        BTreeSet::from(["one", "other"]),
        "Tigrinya has one and other"
    );
}

/// Every message id the code passes to `t`/`t_with`/`attr` exists in German.
#[test]
fn every_message_the_code_uses_exists() {
    let reference = read_locale(
        "de",
        &std::fs::read_to_string(locales_dir().join("de/wegweiser.ftl")).unwrap(),
    );
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for call in [".t(", ".t_with(", ".attr("] {
                    for (pos, _) in text.match_indices(call) {
                        let rest = &text[pos + call.len()..];
                        let args = &rest[..rest.find(')').unwrap_or(rest.len())];
                        // The id is the second argument (the first is the language).
                        let Some(comma) = args.find(',') else {
                            continue;
                        };
                        let args = &args[comma + 1..];
                        if let Some(start) = args.find('"') {
                            let lit = &args[start + 1..];
                            if let Some(end) = lit.find('"') {
                                used.insert(lit[..end].to_owned());
                            }
                        }
                    }
                }
            }
        }
    }
    for (_, id) in wegweiser::bot::commands::MENU {
        used.insert(id.to_string());
    }
    assert!(used.len() > 5, "the scan found too few ids: {used:?}");
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !reference.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used in src/ but not in locales/de: {missing:?}"
    );
}

#[test]
fn every_topic_and_deadline_kind_has_a_name_in_every_locale() {
    use wegweiser::delivery::agenda::{kind_id, topic_id};
    let texts = wegweiser::i18n::Texts::load().unwrap();
    let ids = wegweiser::domain::appointment::TOPICS
        .iter()
        .map(|k| topic_id(k))
        .chain(
            wegweiser::domain::deadline::KINDS
                .iter()
                .map(|k| kind_id(k)),
        );
    for id in ids {
        for lang in wegweiser::i18n::AVAILABLE {
            // A missing message falls back to German, then to the id itself.
            let shown = texts.t(lang, &id);
            assert_ne!(shown, id, "{lang} lacks {id}");
        }
    }
}

/// Ids the offer code picks at run time (categories, fields, problems) and the outbox
/// templates it writes: each exists in every locale.
#[test]
fn every_offer_category_field_problem_and_template_has_a_text_in_every_locale() {
    use wegweiser::domain::offer::{Category, Problem, SchedulePart, ScheduleProblem};
    use wegweiser::domain::offer_edit::Field;
    let texts = wegweiser::i18n::Texts::load().unwrap();
    let problems = [
        Problem::BadId,
        Problem::UnknownCategory(String::new()),
        Problem::MissingGermanTitle,
        Problem::TooLong(1),
        Problem::BadSchedule(ScheduleProblem::Other),
        Problem::UnknownGemeinde(String::new()),
        Problem::NoPlace,
        Problem::DuplicateId,
        Problem::BadUrl,
        Problem::BadEmail,
        Problem::BadPhone,
        Problem::BadDate(String::new()),
        Problem::DatesReversed,
        Problem::UnknownLanguage(String::new()),
        Problem::Missing,
    ];
    let schedule_problems = [
        ScheduleProblem::Parts(1),
        ScheduleProblem::OutOfRange {
            part: SchedulePart::Hour,
            value: 25,
        },
        ScheduleProblem::Unreadable {
            part: SchedulePart::Day,
            text: String::new(),
        },
        ScheduleProblem::Other,
    ];
    let ids = Category::ALL
        .iter()
        .map(|c| c.msg_id())
        .chain(Field::ALL.iter().map(|f| f.msg_id()))
        .chain(problems.iter().map(|p| p.msg_id()))
        .chain(SchedulePart::ALL.iter().map(|p| p.msg_id()))
        .chain(schedule_problems.iter().map(|p| p.msg_id()))
        .chain([
            "notify-offer-interest",
            "offer-recommended",
            "offer-button-show",
            "offer-button-interested",
            "offer-interest-sent",
            "offer-interest-again",
            "offer-activated",
            "offer-deactivated",
        ]);
    for id in ids {
        for lang in wegweiser::i18n::AVAILABLE {
            let shown = texts.t(lang, id);
            assert_ne!(shown, id, "{lang} lacks {id}");
        }
    }
}

#[test]
fn every_problem_of_an_offer_file_has_a_text_in_every_locale() {
    use wegweiser::usecase::offer_file::{Conflict, FileProblem::*};
    let texts = wegweiser::i18n::Texts::load().unwrap();
    let s = String::new;
    let problems = [
        TomlNotUtf8,
        CsvNotUtf8 { row: 2 },
        CellNotUtf8,
        TomlSyntax(s()),
        UnknownTopKey,
        NotOfferArray,
        UnknownField { expected: s() },
        UnknownColumn { expected: s() },
        UnnamedColumn,
        DuplicateColumn,
        MissingColumn,
        UnreadableHeader(s()),
        UnreadableRow(s()),
        TooManyCells {
            cells: 3,
            columns: 2,
        },
        Missing("id".into()),
        Missing("category".into()),
        Missing("web".into()),
        NotYesNo(s()),
        NotBool,
        NotText(s()),
        NotList(s()),
        NotTexts(s()),
        AgsNumber,
        NotDate(s()),
        NotTextTable(s()),
        UnknownGemeinde(s()),
        LeadingZero {
            ags: s(),
            padded: s(),
        },
        UnknownLandkreis {
            landkreis: s(),
            like: Some(s()),
            known: vec![],
        },
        UnknownLandkreis {
            landkreis: s(),
            like: None,
            known: vec![],
        },
        UnknownLandkreis {
            landkreis: s(),
            like: None,
            known: vec![s()],
        },
        NotYourGemeinde(s()),
        LandkreisNeedsGlobal,
        ForeignId(s()),
        DuplicateId { id: s(), first: 1 },
    ];
    let ids: BTreeSet<&str> = problems
        .iter()
        .map(|p| p.msg_id())
        .chain([Conflict::GemeindeRemoved, Conflict::SavedMeanwhile].map(Conflict::msg_id))
        .chain(["offer-file-no-offers-toml", "offer-file-no-offers-csv"])
        .collect();
    assert_eq!(ids.len(), problems.len() + 4, "one message per kind");
    for lang in wegweiser::i18n::AVAILABLE {
        for p in &problems {
            let shown = p.text(&texts, lang);
            assert!(
                !shown.starts_with("offer-file-"),
                "{lang} lacks {}",
                p.msg_id()
            );
        }
    }
}

#[path = "locales/privacy.rs"]
mod privacy;

#[path = "locales/rtl.rs"]
mod rtl;

#[path = "locales/glossary.rs"]
mod glossary;

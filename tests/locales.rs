//! Every locale is complete: the messages and attributes of German (the reference), with
//! the same variables, and every CLDR plural category of its language wherever a message
//! selects on a number. And every message id the code asks for exists in German.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use icu_plurals::{PluralCategory, PluralRules};

/// What a locale defines: per message (or `message.attribute`), the variables it uses.
pub type Shape = BTreeMap<String, BTreeSet<String>>;

/// One plural selector that lacks categories: (message, missing categories).
pub type PluralGap = (String, Vec<&'static str>);

pub fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn plural_categories(lang: &str) -> BTreeSet<&'static str> {
    let locale = icu_locale_core::Locale::try_from_str(lang).expect("valid language tag");
    let rules = PluralRules::try_new_cardinal((&locale).into())
        .unwrap_or_else(|e| panic!("no CLDR plural rules for {lang}: {e}"));
    rules.categories().map(category_name).collect()
}

struct Walker<'a> {
    vars: BTreeSet<String>,
    plural_gaps: Vec<Vec<&'static str>>,
    categories: &'a BTreeSet<&'static str>,
}

impl Walker<'_> {
    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                let keys: BTreeSet<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                // A selector is a plural selector when its keys are plural categories
                // (a string selector such as `$kind` uses other identifiers).
                let is_plural = keys
                    .iter()
                    .any(|k| CATEGORY_NAMES.contains(&k.as_str()) && k != "other");
                if is_plural {
                    let missing: Vec<&'static str> = self
                        .categories
                        .iter()
                        .filter(|c| !keys.contains(**c))
                        .copied()
                        .collect();
                    if !missing.is_empty() {
                        self.plural_gaps.push(missing);
                    }
                }
                for v in variants {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                self.vars.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::TermReference {
                arguments: Some(a), ..
            } => self.arguments(a),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>) {
        for p in &a.positional {
            self.inline(p);
        }
        for n in &a.named {
            self.inline(&n.value);
        }
    }
}

/// Reads one locale: its shape and the plural selectors that lack categories.
pub fn read_locale(lang: &str, source: &str) -> (Shape, Vec<PluralGap>) {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errs)| panic!("locales/{lang}: syntax errors: {errs:?}"));
    let categories = plural_categories(lang);
    let mut shape = Shape::new();
    let mut gaps = vec![];
    let mut visit = |key: String, pattern: Option<&ast::Pattern<&str>>| {
        let mut w = Walker {
            vars: BTreeSet::new(),
            plural_gaps: vec![],
            categories: &categories,
        };
        if let Some(p) = pattern {
            w.pattern(p);
        }
        for missing in w.plural_gaps {
            gaps.push((key.clone(), missing));
        }
        shape.insert(key, w.vars);
    };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        for a in attributes {
            visit(format!("{id}.{}", a.id.name), Some(&a.value));
        }
        visit(id, value);
    }
    (shape, gaps)
}

/// Compares every locale folder against German and lists every problem found.
fn problems_in(dir: &Path) -> Vec<String> {
    let read = |lang: &str| {
        let path = dir.join(lang).join("wegweiser.ftl");
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        read_locale(lang, &source)
    };
    let (reference, ref_gaps) = read("de");
    let mut problems: Vec<String> = ref_gaps
        .into_iter()
        .map(|(id, missing)| format!("de: {id} lacks plural categories {missing:?}"))
        .collect();
    let mut langs: Vec<String> = std::fs::read_dir(dir)
        .expect("locales folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|l| l != "de")
        .collect();
    langs.sort();
    for lang in langs {
        let (shape, gaps) = read(&lang);
        for (id, vars) in &reference {
            match shape.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some(v) if v != vars => problems.push(format!(
                    "{lang}: {id} uses variables {v:?}, German uses {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in shape.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in German (the reference)"));
        }
        for (id, missing) in gaps {
            problems.push(format!("{lang}: {id} lacks plural categories {missing:?}"));
        }
    }
    problems
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

/// The checker itself catches what it must: a missing message, other variables, and an
/// Arabic plural selector without all six categories.
#[test]
fn the_checker_finds_gaps() {
    let tmp = tempfile::tempdir().unwrap();
    let write = |lang: &str, text: &str| {
        std::fs::create_dir_all(tmp.path().join(lang)).unwrap();
        std::fs::write(tmp.path().join(lang).join("wegweiser.ftl"), text).unwrap();
    };
    write(
        "de",
        "a = Hallo { $name }\nb = Tschüss\nn = { $count ->\n    [one] ein Termin\n   *[other] { $count } Termine\n}\n",
    );
    write(
        "ar",
        "a = مرحبا { $who }\nn = { $count ->\n    [one] موعد\n   *[other] { $count } مواعيد\n}\n",
    );
    let problems = problems_in(tmp.path());
    let joined = problems.join("\n");
    assert!(joined.contains("ar: missing b"), "{joined}");
    assert!(joined.contains("ar: a uses variables"), "{joined}");
    assert!(
        joined.contains("ar: n lacks plural categories") && joined.contains("\"few\""),
        "{joined}"
    );
    assert!(plural_categories("ar").len() == 6);
    assert_eq!(
        plural_categories("ti"),
        BTreeSet::from(["one", "other"]),
        "Tigrinya has one and other"
    );
}

/// Every message id the code passes to `t`/`t_with`/`attr` exists in German.
#[test]
fn every_message_the_code_uses_exists() {
    let (reference, _) = read_locale(
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

#[path = "locales/privacy.rs"]
mod privacy;

#[path = "locales/rtl.rs"]
mod rtl;

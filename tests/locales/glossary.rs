//! One term per concept, per language: `locales/glossary.toml` names, for each concept, the
//! rendering each locale uses and the variants it must not use. A locale fails when one of
//! its messages uses a rejected variant, or when a chosen rendering never appears.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use serde::Deserialize;

use super::locales_dir;

const LANGS: [&str; 6] = ["de", "en", "uk", "ar", "fa", "ti"];

#[derive(Deserialize)]
struct Glossary {
    concept: Vec<Concept>,
}

#[derive(Deserialize)]
struct Concept {
    name: String,
    #[serde(flatten)]
    langs: BTreeMap<String, Rendering>,
}

#[derive(Deserialize)]
struct Rendering {
    chosen: Vec<String>,
    rejected: Vec<String>,
    #[serde(default)]
    allowed_in: Vec<String>,
    why: String,
}

fn load_glossary() -> Glossary {
    let text = std::fs::read_to_string(locales_dir().join("glossary.toml")).expect("glossary");
    toml::from_str(&text).expect("locales/glossary.toml parses")
}

fn pattern_text(p: &ast::Pattern<&str>, out: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                // Variables and string literals are not words of the message; a select's
                // variants are.
                out.push(' ');
                if let ast::Expression::Select { variants, .. } = expression {
                    for v in variants {
                        pattern_text(&v.value, out);
                        out.push(' ');
                    }
                }
            }
        }
    }
}

/// The words of every message (and attribute) of a locale, lower-cased, /commands left out.
pub fn message_texts(lang: &str, source: &str) -> BTreeMap<String, String> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errs)| panic!("locales/{lang}: syntax errors: {errs:?}"));
    let mut texts = BTreeMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut text = String::new();
        if let Some(v) = &m.value {
            pattern_text(v, &mut text);
        }
        for a in &m.attributes {
            text.push('\n');
            pattern_text(&a.value, &mut text);
        }
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|w| {
                !w.trim_start_matches(['(', '«', '„', '“', '"'])
                    .starts_with('/')
            })
            .collect();
        texts.insert(m.id.name.to_string(), words.join(" ").to_lowercase());
    }
    texts
}

fn glossary_problems(lang: &str, source: &str, glossary: &Glossary) -> Vec<String> {
    let texts = message_texts(lang, source);
    let mut problems = vec![];
    for concept in &glossary.concept {
        let Some(r) = concept.langs.get(lang) else {
            problems.push(format!(
                "{}: no {lang} rendering in the glossary",
                concept.name
            ));
            continue;
        };
        assert!(
            !r.why.is_empty() && !r.chosen.is_empty(),
            "{}/{lang}",
            concept.name
        );
        if !r
            .chosen
            .iter()
            .any(|c| texts.values().any(|t| t.contains(&c.to_lowercase())))
        {
            problems.push(format!(
                "{lang}: {}: the chosen rendering {:?} appears in no message",
                concept.name, r.chosen
            ));
        }
        for bad in &r.rejected {
            let bad_lc = bad.to_lowercase();
            for (id, t) in &texts {
                if t.contains(&bad_lc) && !r.allowed_in.contains(id) {
                    problems.push(format!(
                        "{lang}: {id} uses the rejected variant “{bad}” for {} (glossary: {:?})",
                        concept.name, r.chosen
                    ));
                }
            }
        }
    }
    problems
}

fn source(lang: &str) -> String {
    std::fs::read_to_string(locales_dir().join(lang).join("wegweiser.ftl")).expect("locale")
}

#[test]
fn every_locale_uses_the_glossary_terms() {
    let glossary = load_glossary();
    assert!(glossary.concept.len() >= 10);
    let problems: Vec<String> = LANGS
        .iter()
        .flat_map(|lang| glossary_problems(lang, &source(lang), &glossary))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_glossary_check_finds_a_rejected_variant_and_a_missing_term() {
    let glossary = load_glossary();
    // German with the consent toggle named "Ankündigungen" again.
    let de = source("de").replace(
        "consent-announcements = Mitteilungen",
        "consent-announcements = Ankündigungen",
    );
    let problems = glossary_problems("de", &de, &glossary);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("consent-announcements") && p.contains("Ankündigung")),
        "{problems:?}"
    );
    // Farsi without its stand-in term.
    let fa = source("fa").replace("جایگزین", "X");
    let problems = glossary_problems("fa", &fa, &glossary);
    assert!(
        problems.iter().any(|p| p.contains("appears in no message")),
        "{problems:?}"
    );
}

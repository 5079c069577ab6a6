//! Right-to-left stays right-to-left: every ar and fa message, rendered with realistic
//! arguments, has no line whose first strong character is left to right (Telegram lays
//! such a line out left to right inside a right-to-left message).

use unicode_bidi::{BidiClass, bidi_class};
use wegweiser::i18n::{Arg, Texts, markup};

use super::{locales_dir, read_locale};

/// The first strong direction of a line as Telegram shows it (tags gone, entities
/// decoded), skipping isolated runs as UAX #9 rule P2 does: `Some(true)` for RTL.
fn first_strong_is_rtl(line: &str) -> Option<bool> {
    let shown = markup::visible(line)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let mut depth = 0usize;
    for c in shown.chars() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => match bidi_class(c) {
                BidiClass::R | BidiClass::AL => return Some(true),
                BidiClass::L => return Some(false),
                _ => {}
            },
        }
    }
    None
}

/// Realistic values: Latin names and places, German titles, dates, codes.
const TEXTS: &[&str] = &[
    "Frau Müller",
    "Jobcenter Ludwigsburg",
    "Widerspruch gegen den Bescheid",
    "Mi., 3. Dez. 2026, 10:00",
    "Marktplatz 1, 71634 Ludwigsburg",
    "AB-12",
    "+49 7141 910",
];
const COUNTS: &[f64] = &[0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 101.0];

fn lines_that_turn_ltr(texts: &Texts, lang: &str) -> Vec<String> {
    let path = locales_dir().join(lang).join("wegweiser.ftl");
    let source = std::fs::read_to_string(&path).expect("locale");
    let (shape, _) = read_locale(lang, &source);
    let mut bad = vec![];
    for (key, vars) in &shape {
        if key.starts_with('-') {
            continue;
        }
        let mut renderings = vec![];
        for i in 0..TEXTS.len() {
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .enumerate()
                .map(|(j, v)| (v.as_str(), Arg::text(TEXTS[(i + j) % TEXTS.len()])))
                .collect();
            renderings.push(args);
        }
        for n in COUNTS {
            renderings.push(vars.iter().map(|v| (v.as_str(), Arg::Number(*n))).collect());
        }
        for args in renderings {
            let text = match key.split_once('.') {
                Some((id, attr)) => texts.attr(lang, id, attr),
                None => texts.t_with(lang, key, &args),
            };
            for line in text.lines() {
                if first_strong_is_rtl(line) == Some(false) {
                    bad.push(format!("{lang} {key}: {line:?}"));
                }
            }
        }
    }
    bad.dedup();
    bad
}

#[test]
fn every_rtl_line_starts_right_to_left() {
    let texts = Texts::load().expect("locales");
    let mut bad = lines_that_turn_ltr(&texts, "ar");
    bad.extend(lines_that_turn_ltr(&texts, "fa"));
    assert!(
        bad.is_empty(),
        "{} lines turn left to right:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn an_isolate_at_a_line_start_is_skipped_and_the_rule_covers_it() {
    // What follows the isolate decides: a Latin word after it turns the line LTR.
    assert_eq!(
        first_strong_is_rtl("\u{2068}مرحبا\u{2069} Termin"),
        Some(false)
    );
    let fixed = markup::rtl_lines("\u{2068}مرحبا\u{2069} Termin");
    assert_eq!(first_strong_is_rtl(&fixed), Some(true));
}

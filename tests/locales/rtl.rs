//! Right-to-left stays right-to-left: every ar and fa message, rendered with realistic
//! arguments (`wegweiser::i18n::examples`: Latin names and places, German titles, dates,
//! every plural count), has no line whose first strong character is left to right
//! (Telegram lays such a line out left to right inside a right-to-left message). The
//! check is the library's (`i18n::check`), the one `wegweiser locales import` runs.

use wegweiser::i18n::check::{Kind, first_strong_is_rtl, locale_problems};
use wegweiser::i18n::markup;

use super::{locales_dir, source_in};

fn lines_that_turn_ltr(lang: &str, source: &str) -> Vec<String> {
    let de = source_in(&locales_dir(), "de");
    locale_problems(lang, source, &de)
        .into_iter()
        .filter(|p| p.kind == Kind::Direction)
        .map(|p| format!("{lang} {p}"))
        .collect()
}

#[test]
fn every_rtl_line_starts_right_to_left() {
    let mut bad = vec![];
    for lang in ["ar", "fa"] {
        bad.extend(lines_that_turn_ltr(lang, &source_in(&locales_dir(), lang)));
    }
    assert!(
        bad.is_empty(),
        "{} lines turn left to right:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn a_line_the_rlm_rule_does_not_see_is_found() {
    // A paragraph separator (U+2029, as word processors paste it) starts a new line for
    // Telegram, but the rendering only marks lines after a line feed.
    let ar = source_in(&locales_dir(), "ar").replace(
        "language-name = العربية",
        "language-name = العربية\u{2029}Wegweiser",
    );
    let bad = lines_that_turn_ltr("ar", &ar);
    assert!(bad.iter().any(|p| p.contains("language-name")), "{bad:?}");
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

//! Telegram HTML escaping and bidirectional-text helpers.

/// Escapes text for Telegram's HTML parse mode (`<`, `>`, `&` and `"`).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Left-to-right isolate (U+2066) … pop directional isolate (U+2069).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Keeps left-to-right data (a time, a phone number, an address, a code) readable inside
/// right-to-left text: "+49 711 123" stays in that order in an Arabic sentence.
/// Harmless in left-to-right text, so callers need not know the reader's language.
pub fn ltr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 6);
    out.push(LRI);
    out.push_str(s);
    out.push(PDI);
    out
}

/// First-strong isolate (U+2068) … pop directional isolate: the value takes the direction
/// of its own first strong character and does not disturb the text around it.
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{s}{PDI}")
}

/// Whether the locale is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "fa" | "he" | "ur" | "ps" | "ckb")
}

/// Right-to-left mark and left-to-right mark.
pub const RLM: char = '\u{200F}';
const LRM: char = '\u{200E}';

/// Whether `c` is a strong right-to-left character (Hebrew, Arabic letters, RLM).
pub fn is_rtl_letter(c: char) -> bool {
    use unicode_bidi::{BidiClass, bidi_class};
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// The rule for right-to-left locales: Telegram sets each line's direction from its
/// first strong character, so every line that does not start with a right-to-left letter
/// starts with an RLM (an emoji, a `/command`, a number, a Latin word or an isolated
/// value would otherwise turn the line left to right). A line starting with a
/// `/command` (after any HTML tags) also gets an LRM after the RLM, so that it does not
/// show as `help/`. Idempotent: a line starting with RLM starts with an RTL character.
pub fn rtl_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match line.chars().next() {
            None => {}
            Some(c) if is_rtl_letter(c) => {}
            Some(_) => {
                out.push(RLM);
                if visible(line).starts_with('/') {
                    out.push(LRM);
                }
            }
        }
        out.push_str(line);
    }
    out
}

/// The text without HTML tags (what Telegram shows of Telegram HTML).
pub fn visible(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html_specials() {
        assert_eq!(escape("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
        assert_eq!(escape("سلام"), "سلام");
    }

    #[test]
    fn rtl_lines_start_right_to_left() {
        let text = "📅 موعد\nموعد\n/help – مساعدة\n\u{2068}Jobcenter\u{2069} ١";
        assert_eq!(
            rtl_lines(text),
            "\u{200F}📅 موعد\nموعد\n\u{200F}\u{200E}/help – مساعدة\n\u{200F}\u{2068}Jobcenter\u{2069} ١"
        );
        assert_eq!(rtl_lines(&rtl_lines(text)), rtl_lines(text));
    }

    #[test]
    fn ltr_isolates() {
        assert_eq!(ltr("+49 711"), "\u{2066}+49 711\u{2069}");
        assert!(is_rtl("ar") && is_rtl("fa") && !is_rtl("ti") && !is_rtl("de"));
    }
}

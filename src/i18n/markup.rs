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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html_specials() {
        assert_eq!(escape("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
        assert_eq!(escape("سلام"), "سلام");
    }

    #[test]
    fn ltr_isolates() {
        assert_eq!(ltr("+49 711"), "\u{2066}+49 711\u{2069}");
        assert!(is_rtl("ar") && is_rtl("fa") && !is_rtl("ti") && !is_rtl("de"));
    }
}

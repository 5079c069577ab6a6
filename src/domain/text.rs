//! Lengths as Telegram counts them: in UTF-16 code units, not `char`s. An emoji outside
//! the Basic Multilingual Plane is one `char` and two units; a text of 4,096 such emoji
//! is 8,192 units and does not fit one message. Every length limit and every split of a
//! text meant for Telegram goes through here.

/// The length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Whether `s` is longer than `max` UTF-16 units.
pub fn too_long(s: &str, max: usize) -> bool {
    utf16_len(s) > max
}

/// The byte offset just after the longest prefix of `s` of at most `max` UTF-16 units
/// (never inside a character).
pub fn prefix_end(s: &str, max: usize) -> usize {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max {
            return i;
        }
    }
    s.len()
}

/// `s` cut to at most `max` UTF-16 units, with `…` when something was cut.
pub fn shorten(s: &str, max: usize) -> String {
    if !too_long(s, max) {
        return s.to_owned();
    }
    let cut = &s[..prefix_end(s, max.saturating_sub(1))];
    format!("{}…", cut.trim_end())
}

/// Splits `text` into parts of at most `limit` UTF-16 units, preferring to break after a
/// line break, then after a space, and only then inside a word (never inside a
/// character). Nothing is lost: the parts joined give the text back.
pub fn split(text: &str, limit: usize) -> Vec<String> {
    assert!(limit > 1, "a part must hold any character");
    let mut parts = vec![];
    let mut rest = text;
    while too_long(rest, limit) {
        let hard = prefix_end(rest, limit);
        let window = &rest[..hard];
        let cut = window
            .rfind('\n')
            .or_else(|| window.rfind(' '))
            .map(|i| i + 1)
            .filter(|&i| i > hard / 2)
            .unwrap_or(hard);
        parts.push(rest[..cut].to_owned());
        rest = &rest[cut..];
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_count_twice_as_telegram_counts_them() {
        assert_eq!(utf16_len("Hallo"), 5);
        assert_eq!(utf16_len("😀"), 2);
        assert_eq!(utf16_len("سلام"), 4);
        assert!(too_long(&"😀".repeat(2049), 4096));
        assert!(!too_long(&"😀".repeat(2048), 4096));
    }

    #[test]
    fn an_emoji_text_is_split_within_the_limit_and_nothing_is_lost() {
        let text = "😀".repeat(4096);
        let parts = split(&text, 4096);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| utf16_len(p) <= 4096));
        assert_eq!(parts.concat(), text);
        // An odd limit never cuts a surrogate pair.
        let parts = split(&text, 101);
        assert!(parts.iter().all(|p| utf16_len(p) <= 101));
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn shorten_counts_units_and_marks_the_cut() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("😀😀😀", 5), "😀😀…");
    }
}

//! Relaying text between a client and their manager: a text too long for one Telegram
//! message is split, never cut.

/// Telegram's limit for one message, in characters after entity parsing.
pub const TELEGRAM_TEXT_LIMIT: usize = 4096;

/// Splits `text` into parts of at most `limit` characters, preferring to break after a
/// line break, then after a space, and only then inside a word. Nothing is lost: the
/// parts joined give the text back.
pub fn split(text: &str, limit: usize) -> Vec<String> {
    assert!(limit > 0);
    let mut parts = vec![];
    let mut rest = text;
    while rest.chars().count() > limit {
        // Byte offset just after the `limit`-th character.
        let hard = rest
            .char_indices()
            .nth(limit)
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
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
    fn short_text_is_one_part() {
        assert_eq!(split("hallo", 10), ["hallo"]);
        assert_eq!(split("", 10), [""]);
    }

    #[test]
    fn long_text_is_split_within_the_limit_and_nothing_is_lost() {
        let text = "سلام دنیا ".repeat(700); // 7,000 characters
        let parts = split(&text, TELEGRAM_TEXT_LIMIT);
        assert!(parts.len() >= 2);
        assert!(
            parts
                .iter()
                .all(|p| p.chars().count() <= TELEGRAM_TEXT_LIMIT)
        );
        assert_eq!(parts.concat(), text);
        assert!(parts[0].ends_with(' '), "breaks after a space");
    }

    #[test]
    fn a_text_without_spaces_is_cut_hard() {
        let text = "x".repeat(25);
        let parts = split(&text, 10);
        assert_eq!(parts, ["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    }
}

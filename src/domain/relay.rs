//! Relaying text between a client and their manager: a text too long for one Telegram
//! message is split, never cut.

/// Telegram's limit for one message, in UTF-16 units after entity parsing.
pub const TELEGRAM_TEXT_LIMIT: usize = 4096;

/// Splits `text` into parts of at most `limit` UTF-16 units (see [`super::text::split`]).
pub fn split(text: &str, limit: usize) -> Vec<String> {
    super::text::split(text, limit)
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
                .all(|p| super::super::text::utf16_len(p) <= TELEGRAM_TEXT_LIMIT)
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

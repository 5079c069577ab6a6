//! The CSRF check: every form carries its session's random token in a hidden field
//! `csrf`; a post whose token is missing or wrong changes nothing.

use maud::{Markup, html};

/// The hidden field for a form.
pub fn field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// Whether `sent` is the session's token (compared in constant time).
pub fn valid(expected: &str, sent: Option<&str>) -> bool {
    let Some(sent) = sent else { return false };
    let (a, b) = (expected.as_bytes(), sent.as_bytes());
    a.len() == b.len()
        && !a.is_empty()
        && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::valid;

    #[test]
    fn only_the_exact_token_passes() {
        assert!(valid("abc123", Some("abc123")));
        assert!(!valid("abc123", Some("abc124")));
        assert!(!valid("abc123", Some("abc12")));
        assert!(!valid("abc123", None));
        assert!(!valid("", Some("")));
    }
}

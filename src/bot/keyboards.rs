//! Inline keyboards and the callback data they carry.
//!
//! Callback data is `<kind>:<value>`, at most 64 bytes (Telegram's limit); a button that
//! no longer parses or no longer applies is answered with "this button is no longer valid".

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::i18n::Texts;

/// What a tapped button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Language(String),
}

impl Callback {
    pub fn encode(&self) -> String {
        match self {
            Callback::Language(code) => format!("lang:{code}"),
        }
    }

    pub fn parse(data: &str) -> Option<Callback> {
        let (kind, value) = data.split_once(':')?;
        match kind {
            "lang" if !value.is_empty() && value.len() <= 8 => {
                Some(Callback::Language(value.to_owned()))
            }
            _ => None,
        }
    }
}

/// Every offered language in its own name, two per row; the current one is ticked.
pub fn language_picker(
    texts: &Texts,
    offered: &[String],
    current: Option<&str>,
) -> InlineKeyboardMarkup {
    let buttons: Vec<InlineKeyboardButton> = offered
        .iter()
        .map(|code| {
            let name = texts.language_name(code);
            let label = if current == Some(code.as_str()) {
                format!("✓ {name}")
            } else {
                name
            };
            InlineKeyboardButton::callback(label, Callback::Language(code.clone()).encode())
        })
        .collect();
    InlineKeyboardMarkup::new(buttons.chunks(2).map(|row| row.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callback_round_trip_and_rejects_garbage() {
        let cb = Callback::Language("ar".into());
        assert_eq!(Callback::parse(&cb.encode()), Some(cb));
        assert_eq!(Callback::parse("lang:"), None);
        assert_eq!(Callback::parse("nonsense"), None);
        assert_eq!(Callback::parse("appt:12"), None);
    }
}

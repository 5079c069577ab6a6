//! Formatted text: plain text plus Telegram message entities.

use serde::{Deserialize, Serialize};

/// One formatting entity of a message text or caption, in Telegram's JSON shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Entity type, e.g. `bold`, `text_link`, `bot_command`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Offset in UTF-16 code units.
    pub offset: usize,
    /// Length in UTF-16 code units.
    pub length: usize,
    /// For `text_link`: the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// For `pre`: the programming language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// For `custom_emoji`: the custom emoji id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_emoji_id: Option<String>,
}

impl Entity {
    pub(crate) fn new(kind: &str, offset: usize, length: usize) -> Self {
        Entity {
            kind: kind.to_owned(),
            offset,
            length,
            url: None,
            language: None,
            custom_emoji_id: None,
        }
    }
}

/// Plain text with its entities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Formatted {
    pub text: String,
    pub entities: Vec<Entity>,
}

impl Formatted {
    /// Removes leading and trailing whitespace like Telegram does, shifting and
    /// clipping entities; entities that become empty are dropped.
    pub(crate) fn trimmed(self) -> Formatted {
        let total: usize = self.text.encode_utf16().count();
        let start_bytes = self.text.len() - self.text.trim_start().len();
        let lead: usize = self.text[..start_bytes].encode_utf16().count();
        let text = self.text.trim().to_owned();
        let end = lead + text.encode_utf16().count();
        debug_assert!(end <= total);
        let entities = self
            .entities
            .into_iter()
            .filter_map(|mut e| {
                let s = e.offset.max(lead);
                let t = (e.offset + e.length).min(end);
                (t > s).then(|| {
                    e.offset = s - lead;
                    e.length = t - s;
                    e
                })
            })
            .collect();
        Formatted { text, entities }
    }

    /// Length in Unicode characters, which is what Telegram's limits count.
    pub(crate) fn char_len(&self) -> usize {
        self.text.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_moves_and_clips_entities() {
        let f = Formatted {
            text: "  hi there \n".to_owned(),
            entities: vec![Entity::new("bold", 0, 4), Entity::new("italic", 5, 8)],
        }
        .trimmed();
        assert_eq!(f.text, "hi there");
        let spans: Vec<_> = f.entities.iter().map(|e| (e.offset, e.length)).collect();
        assert_eq!(spans, [(0, 2), (3, 5)]);
    }
}

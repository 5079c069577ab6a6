//! An offer's texts as one reader sees them, field by field: what is missing in their
//! language is shown in German, with a note beside that field.

use super::{Offer, REFERENCE};

/// One text field as shown: the text, and whether it is the German one standing in for
/// the reader's language (the page marks it "only in German").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub german: bool,
}

/// The title, description and times for one reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields<'a> {
    pub title: Shown<'a>,
    pub description: Shown<'a>,
    pub times: Shown<'a>,
    /// Whether the offer has a title in the reader's language (always, for German). An
    /// untranslated offer is German throughout and says so once, not field by field.
    pub translated: bool,
}

impl Offer {
    /// Each text as a reader of `lang` sees it (see [`Fields`]).
    pub fn fields_in(&self, lang: &str) -> Fields<'_> {
        let (own, translated) = self.text_in(lang);
        let german = self
            .texts
            .get(REFERENCE)
            .expect("an offer always has German texts");
        let field = |mine: &'_ str, de: &'_ str| -> (bool, bool) {
            let missing = translated && mine.trim().is_empty() && !de.trim().is_empty();
            (missing, missing && lang != REFERENCE)
        };
        let shown = |mine, de| {
            let (missing, german) = field(mine, de);
            Shown {
                text: if missing { de } else { mine },
                german,
            }
        };
        Fields {
            title: Shown {
                text: own.title.as_str(),
                german: false,
            },
            description: shown(own.description.as_str(), german.description.as_str()),
            times: shown(own.times.as_str(), german.times.as_str()),
            translated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::OfferText;
    use super::*;

    fn sprachcafe() -> Offer {
        let mut o = super::super::tests::sample();
        o.texts.insert(
            "de".into(),
            OfferText {
                title: "Sprachcafé".into(),
                description: "Nicht in den Schulferien.".into(),
                times: "Dienstags 18–20 Uhr".into(),
            },
        );
        o.texts.insert(
            "ar".into(),
            OfferText {
                title: "مقهى اللغة".into(),
                description: String::new(),
                times: "الثلاثاء".into(),
            },
        );
        o
    }

    #[test]
    fn a_field_missing_in_the_readers_language_is_shown_in_german_and_marked() {
        let o = sprachcafe();
        let ar = o.fields_in("ar");
        assert!(ar.translated);
        assert_eq!(
            ar.title,
            Shown {
                text: "مقهى اللغة",
                german: false
            }
        );
        assert_eq!(
            ar.description,
            Shown {
                text: "Nicht in den Schulferien.",
                german: true
            }
        );
        assert_eq!(
            ar.times,
            Shown {
                text: "الثلاثاء",
                german: false
            }
        );
        // Untranslated: German throughout, said once for the whole offer.
        let fa = o.fields_in("fa");
        assert!(!fa.translated);
        assert_eq!(fa.title.text, "Sprachcafé");
        assert!(!fa.description.german && !fa.times.german);
        assert_eq!(fa.times.text, "Dienstags 18–20 Uhr");
        // German readers see German, never marked.
        let de = o.fields_in("de");
        assert!(de.translated && !de.description.german);
    }
}

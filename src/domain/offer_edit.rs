//! One field of an offer changed by an administrator in the bot: which fields can be,
//! and the same rules as the file import (see [`Offer::problems`]).

use super::offer::{self, Offer, Problem, REFERENCE};

/// A field an administrator can change with one message. Texts are the German ones;
/// translations come with the file import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Description,
    Times,
    Address,
    Phone,
    Email,
    Web,
    Schedule,
}

/// What an administrator types to empty an optional field.
pub const CLEAR: &str = "-";

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Title,
        Field::Description,
        Field::Times,
        Field::Address,
        Field::Phone,
        Field::Email,
        Field::Web,
        Field::Schedule,
    ];

    /// Short key for callbacks and dialogue state.
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "t",
            Field::Description => "d",
            Field::Times => "z",
            Field::Address => "a",
            Field::Phone => "p",
            Field::Email => "e",
            Field::Web => "w",
            Field::Schedule => "s",
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == s)
    }

    /// The Fluent id of the field's name.
    pub fn msg_id(self) -> &'static str {
        match self {
            Field::Title => "offer-field-title",
            Field::Description => "offer-field-description",
            Field::Times => "offer-field-times",
            Field::Address => "offer-field-address",
            Field::Phone => "offer-field-phone",
            Field::Email => "offer-field-email",
            Field::Web => "offer-field-web",
            Field::Schedule => "offer-field-schedule",
        }
    }

    /// Sets the field to what was typed (`-` empties an optional field), checked by the
    /// same rules as the file import. The offer is unchanged on error.
    pub fn apply(self, offer: &mut Offer, typed: &str) -> Result<(), Problem> {
        let typed = typed.trim();
        let value = if typed == CLEAR { "" } else { typed };
        let de = || offer.texts.get(REFERENCE).cloned().unwrap_or_default();
        match self {
            Field::Title => {
                if value.is_empty() {
                    return Err(Problem::MissingGermanTitle);
                }
                offer::check_text(value, offer::MAX_TITLE)?;
                let mut t = de();
                t.title = value.to_owned();
                offer.texts.insert(REFERENCE.to_owned(), t);
            }
            Field::Description => {
                offer::check_text(value, offer::MAX_DESCRIPTION)?;
                let mut t = de();
                t.description = value.to_owned();
                offer.texts.insert(REFERENCE.to_owned(), t);
            }
            Field::Times => {
                offer::check_text(value, offer::MAX_TIMES)?;
                let mut t = de();
                t.times = value.to_owned();
                offer.texts.insert(REFERENCE.to_owned(), t);
            }
            Field::Address => {
                offer::check_text(value, offer::MAX_ADDRESS)?;
                offer.address = value.to_owned();
            }
            Field::Phone => {
                offer::check_phone(value)?;
                offer.phone = value.to_owned();
            }
            Field::Email => {
                offer::check_email(value)?;
                offer.email = value.to_owned();
            }
            Field::Web => {
                offer::check_web(value)?;
                offer.web = value.to_owned();
            }
            Field::Schedule => {
                if !value.is_empty() {
                    offer::parse_schedule(value)?;
                }
                offer.schedule = (!value.is_empty()).then(|| value.to_owned());
            }
        }
        Ok(())
    }
}

/// The external id of an offer made by a person (not in a file): `<origin>.<AGS>.<time in
/// ms>` — `bot` or `web` — so an export keeps it and a later file import updates the same
/// offer.
pub fn new_id(origin: &str, ags: &str, stamp_ms: i64) -> String {
    format!("{origin}.{ags}.{stamp_ms}")
}

/// A new offer from the bot's short dialogue: a Gemeinde, a category, a German title.
/// Its external id is `bot.<AGS>.<time in ms>` ([`new_id`]).
pub fn new_offer(
    ags: &str,
    category: offer::Category,
    title: &str,
    stamp_ms: i64,
) -> Result<Offer, Problem> {
    let title = title.trim();
    if title.is_empty() {
        return Err(Problem::MissingGermanTitle);
    }
    offer::check_text(title, offer::MAX_TITLE)?;
    let mut offer = Offer::blank(new_id("bot", ags, stamp_ms), category);
    offer.gemeinden = vec![ags.to_owned()];
    offer.texts.insert(
        REFERENCE.to_owned(),
        offer::OfferText {
            title: title.to_owned(),
            ..Default::default()
        },
    );
    Ok(offer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::Category;

    fn offer() -> Offer {
        new_offer("08118011", Category::Sprache, "Sprachcafé", 1).unwrap()
    }

    #[test]
    fn every_field_round_trips_its_key() {
        for f in Field::ALL {
            assert_eq!(Field::parse(f.key()), Some(f));
        }
    }

    #[test]
    fn a_bad_value_changes_nothing_and_says_why() {
        let mut o = offer();
        let before = o.clone();
        assert_eq!(
            Field::Web.apply(&mut o, "www.example.de"),
            Err(Problem::BadUrl)
        );
        assert!(matches!(
            Field::Schedule.apply(&mut o, "dienstags"),
            Err(Problem::BadSchedule(_))
        ));
        assert_eq!(
            Field::Title.apply(&mut o, "-"),
            Err(Problem::MissingGermanTitle)
        );
        assert_eq!(
            Field::Description.apply(&mut o, &"x".repeat(1501)),
            Err(Problem::TooLong(1500))
        );
        assert_eq!(o, before);
    }

    #[test]
    fn good_values_are_set_and_a_dash_empties() {
        let mut o = offer();
        Field::Schedule.apply(&mut o, " 0 18 * * 2 ").unwrap();
        Field::Phone.apply(&mut o, "+49 7150 1234").unwrap();
        Field::Times.apply(&mut o, "Dienstags 18 Uhr").unwrap();
        assert_eq!(o.schedule.as_deref(), Some("0 18 * * 2"));
        assert_eq!(o.texts["de"].times, "Dienstags 18 Uhr");
        Field::Phone.apply(&mut o, "-").unwrap();
        Field::Schedule.apply(&mut o, "-").unwrap();
        assert_eq!((o.phone.as_str(), o.schedule.as_deref()), ("", None));
        assert_eq!(o.problems(), vec![]);
    }
}

//! Local offers: language courses, counselling, clubs … kept per Gemeinde (or for a whole
//! Landkreis) by administrators and shown to clients in their language.
//!
//! An [`Offer`] is the same value wherever it comes from: an import file, the bot's
//! dialogue or the database. [`Offer::problems`] holds every rule an offer must meet, so the
//! file import and the dialogue refuse the same things. Problems name a Fluent id (for the
//! bot) and read as English (for the command line).

mod fields;
mod rules;
mod schedule;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};

pub use fields::{Fields, Shown};
pub use rules::{
    FieldProblem, MAX_ADDRESS, MAX_CONTACT, MAX_DESCRIPTION, MAX_TIMES, MAX_TITLE, Problem,
    check_email, check_id, check_language, check_phone, check_text, check_web, parse_date,
    parse_schedule,
};
pub use schedule::{SchedulePart, ScheduleProblem, read_schedule};

/// What an offer is about: the categories clients choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Sprache,
    Arbeit,
    Beratung,
    Familie,
    Gesundheit,
    Freizeit,
    Wohnen,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Sprache,
        Category::Arbeit,
        Category::Beratung,
        Category::Familie,
        Category::Gesundheit,
        Category::Freizeit,
        Category::Wohnen,
    ];

    /// The key in files, callbacks and the database.
    pub fn key(self) -> &'static str {
        match self {
            Category::Sprache => "sprache",
            Category::Arbeit => "arbeit",
            Category::Beratung => "beratung",
            Category::Familie => "familie",
            Category::Gesundheit => "gesundheit",
            Category::Freizeit => "freizeit",
            Category::Wohnen => "wohnen",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        let s = s.trim().to_lowercase();
        Category::ALL.into_iter().find(|c| c.key() == s)
    }

    /// The Fluent id of the category's name.
    pub fn msg_id(self) -> &'static str {
        match self {
            Category::Sprache => "offer-category-sprache",
            Category::Arbeit => "offer-category-arbeit",
            Category::Beratung => "offer-category-beratung",
            Category::Familie => "offer-category-familie",
            Category::Gesundheit => "offer-category-gesundheit",
            Category::Freizeit => "offer-category-freizeit",
            Category::Wohnen => "offer-category-wohnen",
        }
    }
}

/// The texts of an offer in one language. Only the title is required.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfferText {
    pub title: String,
    pub description: String,
    /// Opening or course times as people write them ("Di 18–20 Uhr, nicht in den Ferien").
    pub times: String,
}

/// The reference language: every offer has a German title.
pub const REFERENCE: &str = "de";

/// One offer, as files, the dialogue and the database see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// Stable id chosen by whoever keeps the list ("hemmingen-sprachcafe"); re-imports
    /// update by it.
    pub external_id: String,
    pub category: Category,
    /// The Gemeinden (by AGS), sorted; may be empty when `landkreis` is set.
    pub gemeinden: Vec<String>,
    /// For a whole Landkreis: every Gemeinde in it sees the offer.
    pub landkreis: Option<String>,
    /// Per language code; `de` is required.
    pub texts: BTreeMap<String, OfferText>,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub web: String,
    /// Languages spoken at the offer (codes), sorted.
    pub languages: Vec<String>,
    /// When it takes place, as a five-field cron expression in the local time zone.
    pub schedule: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub active: bool,
}

impl Offer {
    /// An active offer with nothing in it yet but its id and category (no place, no text).
    pub fn blank(external_id: impl Into<String>, category: Category) -> Offer {
        Offer {
            external_id: external_id.into(),
            category,
            gemeinden: vec![],
            landkreis: None,
            texts: BTreeMap::new(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            web: String::new(),
            languages: vec![],
            schedule: None,
            valid_from: None,
            valid_until: None,
            active: true,
        }
    }

    /// Everything wrong with the offer that can be known without the database (whether
    /// its Gemeinden exist is the caller's question), in field order.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = vec![];
        let mut push = |field: &str, r: Result<(), Problem>| {
            if let Err(problem) = r {
                out.push(FieldProblem {
                    field: field.to_owned(),
                    problem,
                });
            }
        };
        push("id", check_id(&self.external_id));
        if self.gemeinden.is_empty() && self.landkreis.is_none() {
            push("gemeinden", Err(Problem::NoPlace));
        }
        match self.texts.get(REFERENCE) {
            Some(t) if !t.title.trim().is_empty() => {}
            _ => push("title.de", Err(Problem::MissingGermanTitle)),
        }
        for (lang, t) in &self.texts {
            push(&format!("title.{lang}"), check_language(lang));
            push(&format!("title.{lang}"), check_text(&t.title, MAX_TITLE));
            push(
                &format!("description.{lang}"),
                check_text(&t.description, MAX_DESCRIPTION),
            );
            push(&format!("times.{lang}"), check_text(&t.times, MAX_TIMES));
        }
        push("address", check_text(&self.address, MAX_ADDRESS));
        push("phone", check_phone(&self.phone));
        push("email", check_email(&self.email));
        push("web", check_web(&self.web));
        for l in &self.languages {
            push("languages", check_language(l));
        }
        if let Some(s) = &self.schedule {
            push("schedule", parse_schedule(s).map(|_| ()));
        }
        if let (Some(from), Some(until)) = (self.valid_from, self.valid_until)
            && until < from
        {
            push("valid_until", Err(Problem::DatesReversed));
        }
        out
    }

    /// Whether clients see it on `today` (active and within its validity).
    pub fn shown_on(&self, today: NaiveDate) -> bool {
        self.active
            && self.valid_from.is_none_or(|d| d <= today)
            && self.valid_until.is_none_or(|d| today <= d)
    }

    /// The texts in `lang`, or the German ones; `true` when translated.
    pub fn text_in(&self, lang: &str) -> (&OfferText, bool) {
        match self.texts.get(lang) {
            Some(t) if !t.title.trim().is_empty() => (t, true),
            _ => (
                self.texts
                    .get(REFERENCE)
                    .expect("an offer always has German texts"),
                lang == REFERENCE,
            ),
        }
    }

    /// The next time the offer takes place after `now`, in `tz`, if it has a schedule
    /// and that time is within its validity.
    pub fn next_date(
        &self,
        now: DateTime<Utc>,
        tz: chrono_tz::Tz,
    ) -> Option<DateTime<chrono_tz::Tz>> {
        let cron = parse_schedule(self.schedule.as_deref()?).ok()?;
        let from = match self.valid_from {
            Some(d) => {
                let start = d.and_hms_opt(0, 0, 0)?.and_local_timezone(tz).earliest()?;
                start.max(now.with_timezone(&tz))
            }
            None => now.with_timezone(&tz),
        };
        let next = cron.find_next_occurrence(&from, false).ok()?;
        match self.valid_until {
            Some(until) if next.date_naive() > until => None,
            _ => Some(next),
        }
    }

    /// Canonical order for comparing (sorted Gemeinden and languages, trimmed texts).
    pub fn normalized(mut self) -> Offer {
        self.gemeinden.sort();
        self.gemeinden.dedup();
        self.languages.sort();
        self.languages.dedup();
        for t in self.texts.values_mut() {
            t.title = t.title.trim().to_owned();
            t.description = t.description.trim().to_owned();
            t.times = t.times.trim().to_owned();
        }
        self.texts
            .retain(|_, t| !t.title.is_empty() || !t.description.is_empty() || !t.times.is_empty());
        self.address = self.address.trim().to_owned();
        self.phone = self.phone.trim().to_owned();
        self.email = self.email.trim().to_owned();
        self.web = self.web.trim().to_owned();
        self.schedule = self
            .schedule
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty());
        self.landkreis = self
            .landkreis
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        self
    }
}

/// A link to the address on OpenStreetMap (a search, so no coordinates need keeping).
pub fn map_link(address: &str) -> Option<String> {
    let address = address.trim();
    if address.is_empty() {
        return None;
    }
    url::Url::parse_with_params("https://www.openstreetmap.org/search", [("query", address)])
        .ok()
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    pub(crate) fn sample() -> Offer {
        Offer {
            external_id: "hemmingen-sprachcafe".into(),
            category: Category::Sprache,
            gemeinden: vec!["08118011".into()],
            landkreis: None,
            texts: BTreeMap::from([(
                "de".to_owned(),
                OfferText {
                    title: "Sprachcafé".into(),
                    description: "Deutsch sprechen bei Kaffee und Tee.".into(),
                    times: "Dienstags 18–20 Uhr".into(),
                },
            )]),
            address: "Hauptstraße 1, 71282 Hemmingen".into(),
            phone: "+49 7150 1234".into(),
            email: "sprachcafe@example.de".into(),
            web: "https://www.example.de/sprachcafe".into(),
            languages: vec!["de".into(), "ar".into()],
            schedule: Some("0 18 * * 2".into()),
            valid_from: None,
            valid_until: None,
            active: true,
        }
    }

    #[test]
    fn a_good_offer_has_no_problems() {
        assert_eq!(sample().problems(), vec![]);
    }

    #[test]
    fn every_rule_names_its_field() {
        let mut o = sample();
        o.external_id = "Hemmingen Café".into();
        o.texts.get_mut("de").unwrap().title = " ".into();
        o.web = "www.example.de".into();
        o.email = "info(at)example.de".into();
        o.phone = "call us".into();
        o.schedule = Some("every tuesday".into());
        o.languages.push("Arabic".into());
        o.valid_from = Some(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        o.valid_until = Some(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        o.gemeinden.clear();
        let fields: Vec<String> = o.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "id",
                "gemeinden",
                "title.de",
                "phone",
                "email",
                "web",
                "languages",
                "schedule",
                "valid_until"
            ]
        );
    }

    #[test]
    fn a_landkreis_is_a_place_too() {
        let mut o = sample();
        o.gemeinden.clear();
        o.landkreis = Some("Ludwigsburg".into());
        assert_eq!(o.problems(), vec![]);
    }

    #[test]
    fn untranslated_offers_fall_back_to_german() {
        let mut o = sample();
        o.texts.insert(
            "ti".into(),
            OfferText {
                title: "ቋንቋ".into(),
                ..OfferText::default()
            },
        );
        assert_eq!(o.text_in("ti"), (&o.texts["ti"], true));
        assert_eq!(o.text_in("ar"), (&o.texts["de"], false));
        assert!(o.text_in("de").1);
    }

    #[test]
    fn next_date_follows_the_schedule_in_local_time_within_validity() {
        let tz = chrono_tz::Europe::Berlin;
        let o = sample();
        // Monday 2026-03-23 12:00 local: next Tuesday 18:00 (CET), then after DST (CEST).
        let now = tz.with_ymd_and_hms(2026, 3, 23, 12, 0, 0).unwrap().to_utc();
        let next = o.next_date(now, tz).unwrap();
        assert_eq!(next.naive_local().to_string(), "2026-03-24 18:00:00");
        let after_dst = tz.with_ymd_and_hms(2026, 3, 30, 12, 0, 0).unwrap().to_utc();
        assert_eq!(
            o.next_date(after_dst, tz)
                .unwrap()
                .naive_local()
                .to_string(),
            "2026-03-31 18:00:00"
        );
        let mut ended = o.clone();
        ended.valid_until = Some(NaiveDate::from_ymd_opt(2026, 3, 30).unwrap());
        assert_eq!(ended.next_date(after_dst, tz), None);
        let mut later = o;
        later.valid_from = Some(NaiveDate::from_ymd_opt(2026, 4, 10).unwrap());
        assert_eq!(
            later.next_date(now, tz).unwrap().naive_local().to_string(),
            "2026-04-14 18:00:00"
        );
    }

    #[test]
    fn shown_only_while_active_and_valid() {
        let mut o = sample();
        let day = |d| NaiveDate::from_ymd_opt(2026, 5, d).unwrap();
        o.valid_from = Some(day(10));
        o.valid_until = Some(day(20));
        assert!(!o.shown_on(day(9)));
        assert!(o.shown_on(day(10)) && o.shown_on(day(20)));
        assert!(!o.shown_on(day(21)));
        o.active = false;
        assert!(!o.shown_on(day(15)));
    }

    #[test]
    fn map_links_search_the_address() {
        assert_eq!(
            map_link("Hauptstraße 1, 71282 Hemmingen").unwrap(),
            "https://www.openstreetmap.org/search?query=Hauptstra%C3%9Fe+1%2C+71282+Hemmingen"
        );
        assert_eq!(map_link("  "), None);
    }
}

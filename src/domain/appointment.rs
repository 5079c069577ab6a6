//! Appointments as the rules see them: preset topics, reminder leads, the one-line form a
//! manager types, and when the follow-up questions are asked.

use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::reminder_plan::Lead;
use super::when::{self, WhenError};

/// Preset topics: the key stored, and the Fluent id of its name (`topic-<key>`).
pub const TOPICS: &[&str] = &[
    "jobcenter",
    "auslaenderbehoerde",
    "arzt",
    "schule",
    "wohnung",
    "sprachkurs",
    "beratung",
];

/// A topic as stored: a preset key, or what the manager typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    Preset(&'static str),
    Free(String),
}

/// Besides its key, the preset's German name as the buttons show it (folded: lower
/// case, ä → ae …, no spaces around `/`). Nothing shorter or longer: "Kita" or
/// "Integrationskurs" stay as typed rather than turn into another name.
const TOPIC_NAMES: &[(&str, &[&str])] =
    &[("arzt", &["arzt/aerztin"]), ("schule", &["schule/kita"])];

/// Lower case, umlauts as two letters, single spaces, none around `/`.
fn fold(text: &str) -> String {
    let lower = text
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss");
    lower
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" /", "/")
        .replace("/ ", "/")
}

impl Topic {
    /// A preset when the whole text names one (its key or a German name of it, any
    /// case: "Jobcenter", "Schule / Kita"), else the text as typed ("Jobcenter
    /// Ludwigsburg, Team U25" stays as it is).
    pub fn parse(text: &str) -> Topic {
        let t = text.trim();
        let folded = fold(t);
        let preset = TOPICS.iter().find(|k| **k == folded).or_else(|| {
            TOPIC_NAMES
                .iter()
                .find(|(_, names)| names.contains(&folded.as_str()))
                .and_then(|(k, _)| TOPICS.iter().find(|t| *t == k))
        });
        match preset {
            Some(k) => Topic::Preset(k),
            None => Topic::Free(t.to_owned()),
        }
    }

    pub fn from_stored(s: &str) -> Topic {
        match TOPICS.iter().find(|k| **k == s) {
            Some(k) => Topic::Preset(k),
            None => Topic::Free(s.to_owned()),
        }
    }

    pub fn stored(&self) -> &str {
        match self {
            Topic::Preset(k) => k,
            Topic::Free(s) => s,
        }
    }
}

/// Longest free-text topic and place, in characters (a Telegram button holds little, a
/// message more; these keep every message that shows them well within limits).
pub const MAX_TOPIC: usize = 80;
pub const MAX_PLACE: usize = 200;

/// The default leads: a day and two hours before.
pub const DEFAULT_LEADS: [Lead; 2] = [Lead::Days(1), Lead::Hours(2)];

/// `1d,2h` → leads; `None` when any part is not `<n>d` or `<n>h` (n from 1 to 30 days or
/// 1 to 72 hours), or there are more than four.
pub fn parse_leads(s: &str) -> Option<Vec<Lead>> {
    let parts: Vec<&str> = s
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    parts
        .into_iter()
        .map(|p| {
            let (n, unit) = p.split_at(p.len().checked_sub(1)?);
            let n: u32 = n.parse().ok()?;
            match unit {
                "d" if (1..=30).contains(&n) => Some(Lead::Days(n)),
                "h" if (1..=72).contains(&n) => Some(Lead::Hours(n)),
                _ => None,
            }
        })
        .collect()
}

pub fn format_leads(leads: &[Lead]) -> String {
    leads
        .iter()
        .map(|l| match l {
            Lead::Days(d) => format!("{d}d"),
            Lead::Hours(h) => format!("{h}h"),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Why a one-line appointment was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    #[error("usage")]
    Usage,
    #[error(transparent)]
    When(#[from] WhenError),
    #[error("empty place")]
    EmptyPlace,
    #[error("empty topic")]
    EmptyTopic,
    #[error("too long")]
    TooLong,
    #[error("bad reminder leads")]
    BadLeads,
}

/// `/appointment LABEL DATE TIME | PLACE | TOPIC [| LEADS]`, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneLine {
    pub label: String,
    pub local: NaiveDateTime,
    pub place: String,
    pub topic: Topic,
    pub leads: Option<Vec<Lead>>,
}

/// Parses the one-line form; `now` is the local time in the Gemeinde's zone.
pub fn parse_one_line(args: &str, now: NaiveDateTime) -> Result<OneLine, FormError> {
    let fields: Vec<&str> = args.split('|').map(str::trim).collect();
    let (head, place, topic) = match fields.as_slice() {
        [head, place, topic] | [head, place, topic, _] => (*head, *place, *topic),
        _ => return Err(FormError::Usage),
    };
    let (label, when) = head
        .split_once(char::is_whitespace)
        .ok_or(FormError::Usage)?;
    let local = when::parse(when.trim(), now)?;
    let place = check_place(place)?;
    let topic = check_topic(topic)?;
    let leads = match fields.get(3) {
        Some(l) => Some(parse_leads(l).ok_or(FormError::BadLeads)?),
        None => None,
    };
    Ok(OneLine {
        label: label.trim().to_owned(),
        local,
        place,
        topic,
        leads,
    })
}

pub fn check_place(place: &str) -> Result<String, FormError> {
    let place = place.trim();
    if place.is_empty() {
        return Err(FormError::EmptyPlace);
    }
    if super::text::too_long(place, MAX_PLACE) {
        return Err(FormError::TooLong);
    }
    Ok(place.to_owned())
}

pub fn check_topic(topic: &str) -> Result<Topic, FormError> {
    let topic = topic.trim();
    if topic.is_empty() {
        return Err(FormError::EmptyTopic);
    }
    if super::text::too_long(topic, MAX_TOPIC) {
        return Err(FormError::TooLong);
    }
    Ok(Topic::parse(topic))
}

/// When the manager is asked whether the client came: the next day at `morning` local
/// time (the start of office hours).
pub fn followup_at(starts_at: DateTime<Utc>, tz: Tz, morning: NaiveTime) -> DateTime<Utc> {
    let next_day = starts_at.with_timezone(&tz).date_naive() + Duration::days(1);
    tz.from_local_datetime(&next_day.and_time(morning))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(starts_at + Duration::hours(18))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    #[test]
    fn the_one_line_form() {
        let f = parse_one_line("A-1 25.11. 14:30 | Rathaus, Zimmer 3 | Jobcenter", now()).unwrap();
        assert_eq!(f.label, "A-1");
        assert_eq!(f.place, "Rathaus, Zimmer 3");
        assert_eq!(f.topic, Topic::Preset("jobcenter"));
        assert_eq!(f.leads, None);
        let f = parse_one_line(
            "B morgen 10:00 | Praxis Dr. Ay | Impfung Kind | 2d,3h",
            now(),
        )
        .unwrap();
        assert_eq!(f.topic, Topic::Free("Impfung Kind".into()));
        assert_eq!(f.leads, Some(vec![Lead::Days(2), Lead::Hours(3)]));
        assert_eq!(Topic::parse("Schule/Kita"), Topic::Preset("schule"));
        assert_eq!(
            Topic::parse("ausländerbehörde"),
            Topic::Preset("auslaenderbehoerde")
        );
    }

    #[test]
    fn a_topic_is_a_preset_only_when_the_whole_text_names_one() {
        assert_eq!(Topic::parse(" JOBCENTER "), Topic::Preset("jobcenter"));
        assert_eq!(Topic::parse("Schule / Kita"), Topic::Preset("schule"));
        assert_eq!(Topic::parse("Arzt / Ärztin"), Topic::Preset("arzt"));
        for typed in [
            "Beratung beim Jugendmigrationsdienst",
            "Jobcenter Ludwigsburg, Team U25",
            "Arzt: Impfung Kind",
            "Schule/Kita Anmeldung",
        ] {
            assert_eq!(Topic::parse(typed), Topic::Free(typed.to_owned()));
        }
        assert_eq!(check_topic("  "), Err(FormError::EmptyTopic));
    }

    #[test]
    fn bad_one_lines_say_why() {
        let e = |s| parse_one_line(s, now()).unwrap_err();
        assert_eq!(e("A-1 25.11. 14:30"), FormError::Usage);
        assert_eq!(
            e("A-1 31.02. 14:30 | X | Arzt"),
            FormError::When(WhenError::NoSuchDate)
        );
        assert_eq!(
            e("A-1 25.13. 14:30 | X | Arzt"),
            FormError::When(WhenError::NoSuchDate)
        );
        assert_eq!(
            e("A-1 20.11.2026 14:30 | X | Arzt"),
            FormError::When(WhenError::InPast)
        );
        assert_eq!(e("A-1 25.11. 14:30 |  | Arzt"), FormError::EmptyPlace);
        assert_eq!(e("A-1 25.11. 14:30 | X | Arzt | 0h"), FormError::BadLeads);
        let long = format!("A-1 25.11. 14:30 | {} | Arzt", "x".repeat(5000));
        assert_eq!(e(&long), FormError::TooLong);
    }

    #[test]
    fn leads_round_trip() {
        let l = parse_leads("1d, 2h").unwrap();
        assert_eq!(format_leads(&l), "1d,2h");
        assert!(parse_leads("").is_none());
        assert!(parse_leads("1w").is_none());
        assert!(parse_leads("1d,1d,1d,1d,1d").is_none());
    }
}

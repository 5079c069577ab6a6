//! The figures of the yearly report (VwV Integrationsmanagement's Kennzahlen, as far as
//! Wegweiser sees them), counted per month and Gemeinde.
//!
//! One rule counts them, whether from the live tables or from a client being deleted:
//! [`contributions`] says what one client adds to which month, so the figures of a year
//! are the same before and after the client's data is gone (the deleted part is kept as
//! bare counts, see `store::retention`). Months are calendar months in UTC.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Utc};

/// One kind of count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Figure {
    /// People newly taken into support (linked in the bot).
    ClientsLinked,
    /// Supports that ended.
    ClientsEnded,
    /// Appointments planned (not cancelled).
    AppointmentsPlanned,
    AppointmentsAttended,
    AppointmentsMissed,
    /// "I am interested" in a local offer (by the month it was said).
    InterestsShown,
    /// Announcements that went to at least one client of the Gemeinde (once per
    /// announcement and Gemeinde, by the month it started). Not a per-client count: see
    /// [`Figure::per_client`].
    Announcements,
    /// Announcements delivered to the Gemeinde's clients (the reach), by the month the
    /// announcement started.
    AnnouncementsDelivered,
}

impl Figure {
    /// In the order of the report's columns (new ones are added at the end, so a column's
    /// place in the CSV never changes).
    pub const ALL: [Figure; 8] = [
        Figure::ClientsLinked,
        Figure::ClientsEnded,
        Figure::AppointmentsPlanned,
        Figure::AppointmentsAttended,
        Figure::AppointmentsMissed,
        Figure::InterestsShown,
        Figure::Announcements,
        Figure::AnnouncementsDelivered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Figure::ClientsLinked => "clients_linked",
            Figure::ClientsEnded => "clients_ended",
            Figure::AppointmentsPlanned => "appointments_planned",
            Figure::AppointmentsAttended => "appointments_attended",
            Figure::AppointmentsMissed => "appointments_missed",
            Figure::InterestsShown => "interests_shown",
            Figure::Announcements => "announcements",
            Figure::AnnouncementsDelivered => "announcements_delivered",
        }
    }

    /// Whether the figure is a sum of what each client adds ([`contributions`]); the
    /// others are counted per Gemeinde by the store.
    pub fn per_client(self) -> bool {
        self != Figure::Announcements
    }

    /// The Kennzahl of the VwV Integrationsmanagement this figure supports, as a Fluent id
    /// (`None`: none; the mapping is our reading, see the README's *Figures*).
    pub fn kennzahl(self) -> Option<&'static str> {
        match self {
            Figure::ClientsLinked => Some("web-admin-kennzahl-cases-new"),
            Figure::ClientsEnded => Some("web-admin-kennzahl-cases-closed"),
            Figure::AppointmentsPlanned
            | Figure::AppointmentsAttended
            | Figure::AppointmentsMissed => Some("web-admin-kennzahl-contacts"),
            Figure::InterestsShown => Some("web-admin-kennzahl-referrals"),
            Figure::Announcements | Figure::AnnouncementsDelivered => None,
        }
    }

    pub fn parse(s: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// `YYYY-MM` of an instant (UTC).
pub fn month_of(t: DateTime<Utc>) -> String {
    format!("{:04}-{:02}", t.year(), t.month())
}

/// The first instant of a month given as `YYYY-MM` (UTC).
pub fn month_start(month: &str) -> Option<DateTime<Utc>> {
    let (y, m) = month.split_once('-')?;
    let day = chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?;
    Some(day.and_hms_opt(0, 0, 0)?.and_utc())
}

/// What is known of one client for the figures (times in UTC).
#[derive(Debug, Clone, Default)]
pub struct History {
    pub linked_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    /// `(start, status)` with the stored status (`planned`, `cancelled`, `attended`,
    /// `missed`).
    pub appointments: Vec<(DateTime<Utc>, String)>,
    /// When they said "I am interested" in an offer, one entry per offer.
    pub interests: Vec<DateTime<Utc>>,
    /// The announcements addressed to them: when it started, and whether it was delivered.
    pub announcements: Vec<(DateTime<Utc>, bool)>,
}

/// Something that happened to one client, as the figures see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    Linked,
    Ended,
    Interest,
    /// An announcement delivered to them.
    Delivered,
    /// An appointment with its stored status.
    Appointment(&'a str),
}

/// What one event counts as: the one rule, whether a client's history is counted
/// ([`contributions`]) or the store counts many events grouped by month.
pub fn figures_of(e: Event<'_>) -> &'static [Figure] {
    match e {
        Event::Linked => &[Figure::ClientsLinked],
        Event::Ended => &[Figure::ClientsEnded],
        Event::Interest => &[Figure::InterestsShown],
        Event::Delivered => &[Figure::AnnouncementsDelivered],
        Event::Appointment("cancelled") => &[],
        Event::Appointment("attended") => {
            &[Figure::AppointmentsPlanned, Figure::AppointmentsAttended]
        }
        Event::Appointment("missed") => &[Figure::AppointmentsPlanned, Figure::AppointmentsMissed],
        Event::Appointment(_) => &[Figure::AppointmentsPlanned],
    }
}

/// What one client's data adds to the figures: `(month, figure) → count`.
pub fn contributions(h: &History) -> BTreeMap<(String, Figure), i64> {
    let mut out = BTreeMap::new();
    let mut add = |t: DateTime<Utc>, e: Event<'_>| {
        for f in figures_of(e) {
            *out.entry((month_of(t), *f)).or_insert(0) += 1;
        }
    };
    if let Some(t) = h.linked_at {
        add(t, Event::Linked);
    }
    if let Some(t) = h.ended_at {
        add(t, Event::Ended);
    }
    for t in &h.interests {
        add(*t, Event::Interest);
    }
    for (t, delivered) in &h.announcements {
        if *delivered {
            add(*t, Event::Delivered);
        }
    }
    for (start, status) in &h.appointments {
        add(*start, Event::Appointment(status));
    }
    out
}

/// The months `from..until` (`YYYY-MM`, until exclusive), each with its first instant.
pub fn months_between(from: &str, until: &str) -> Vec<(String, DateTime<Utc>)> {
    let mut out = vec![];
    let (Some(mut at), Some(end)) = (month_start(from), month_start(until)) else {
        return out;
    };
    while at < end {
        out.push((month_of(at), at));
        let next = if at.month() == 12 {
            chrono::NaiveDate::from_ymd_opt(at.year() + 1, 1, 1)
        } else {
            chrono::NaiveDate::from_ymd_opt(at.year(), at.month() + 1, 1)
        };
        let Some(next) = next.and_then(|d| d.and_hms_opt(0, 0, 0)) else {
            break;
        };
        at = next.and_utc();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_client_counts_once_per_event_in_its_month() {
        let at = |m, d| Utc.with_ymd_and_hms(2026, m, d, 10, 0, 0).unwrap();
        let c = contributions(&History {
            linked_at: Some(at(1, 5)),
            ended_at: Some(at(11, 30)),
            appointments: vec![
                (at(2, 1), "attended".into()),
                (at(2, 9), "missed".into()),
                (at(2, 10), "cancelled".into()),
                (at(3, 1), "planned".into()),
            ],
            interests: vec![at(4, 2)],
            announcements: vec![(at(5, 1), true), (at(5, 3), false)],
        });
        let get = |m: &str, f| c.get(&(m.to_owned(), f)).copied().unwrap_or(0);
        assert_eq!(get("2026-01", Figure::ClientsLinked), 1);
        assert_eq!(get("2026-11", Figure::ClientsEnded), 1);
        assert_eq!(get("2026-02", Figure::AppointmentsPlanned), 2);
        assert_eq!(get("2026-02", Figure::AppointmentsAttended), 1);
        assert_eq!(get("2026-02", Figure::AppointmentsMissed), 1);
        assert_eq!(get("2026-03", Figure::AppointmentsPlanned), 1);
        assert_eq!(get("2026-04", Figure::InterestsShown), 1);
        assert_eq!(get("2026-05", Figure::AnnouncementsDelivered), 1);
        assert_eq!(
            get("2026-05", Figure::Announcements),
            0,
            "counted per Gemeinde"
        );
        assert_eq!(c.values().sum::<i64>(), 9);
        assert_eq!(
            month_start("2026-02"),
            Some(at(2, 1) - chrono::Duration::hours(10))
        );
        assert_eq!(month_start("2026-13"), None);
        for f in Figure::ALL {
            assert_eq!(Figure::parse(f.as_str()), Some(f));
        }
    }

    #[test]
    fn the_months_of_a_span_cross_the_year() {
        let months: Vec<String> = months_between("2026-11", "2027-03")
            .into_iter()
            .map(|(m, _)| m)
            .collect();
        assert_eq!(months, ["2026-11", "2026-12", "2027-01", "2027-02"]);
        let (_, jan) = &months_between("2027-01", "2027-02")[0];
        assert_eq!(*jan, Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap());
        assert!(months_between("2026-05", "2026-05").is_empty());
        assert!(months_between("nonsense", "2026-05").is_empty());
    }
}

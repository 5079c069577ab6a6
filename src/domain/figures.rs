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
}

impl Figure {
    pub const ALL: [Figure; 5] = [
        Figure::ClientsLinked,
        Figure::ClientsEnded,
        Figure::AppointmentsPlanned,
        Figure::AppointmentsAttended,
        Figure::AppointmentsMissed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Figure::ClientsLinked => "clients_linked",
            Figure::ClientsEnded => "clients_ended",
            Figure::AppointmentsPlanned => "appointments_planned",
            Figure::AppointmentsAttended => "appointments_attended",
            Figure::AppointmentsMissed => "appointments_missed",
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

/// What one client's data adds to the figures: `(month, figure) → count`.
/// `appointments` are `(start, status)` with the stored status (`planned`, `cancelled`,
/// `attended`, `missed`).
pub fn contributions(
    linked_at: Option<DateTime<Utc>>,
    ended_at: Option<DateTime<Utc>>,
    appointments: &[(DateTime<Utc>, String)],
) -> BTreeMap<(String, Figure), i64> {
    let mut out = BTreeMap::new();
    let mut add = |t: DateTime<Utc>, f: Figure| *out.entry((month_of(t), f)).or_insert(0) += 1;
    if let Some(t) = linked_at {
        add(t, Figure::ClientsLinked);
    }
    if let Some(t) = ended_at {
        add(t, Figure::ClientsEnded);
    }
    for (start, status) in appointments {
        match status.as_str() {
            "cancelled" => {}
            "attended" => {
                add(*start, Figure::AppointmentsPlanned);
                add(*start, Figure::AppointmentsAttended);
            }
            "missed" => {
                add(*start, Figure::AppointmentsPlanned);
                add(*start, Figure::AppointmentsMissed);
            }
            _ => add(*start, Figure::AppointmentsPlanned),
        }
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
        let c = contributions(
            Some(at(1, 5)),
            Some(at(11, 30)),
            &[
                (at(2, 1), "attended".into()),
                (at(2, 9), "missed".into()),
                (at(2, 10), "cancelled".into()),
                (at(3, 1), "planned".into()),
            ],
        );
        let get = |m: &str, f| c.get(&(m.to_owned(), f)).copied().unwrap_or(0);
        assert_eq!(get("2026-01", Figure::ClientsLinked), 1);
        assert_eq!(get("2026-11", Figure::ClientsEnded), 1);
        assert_eq!(get("2026-02", Figure::AppointmentsPlanned), 2);
        assert_eq!(get("2026-02", Figure::AppointmentsAttended), 1);
        assert_eq!(get("2026-02", Figure::AppointmentsMissed), 1);
        assert_eq!(get("2026-03", Figure::AppointmentsPlanned), 1);
        assert_eq!(c.values().sum::<i64>(), 7);
        for f in Figure::ALL {
            assert_eq!(Figure::parse(f.as_str()), Some(f));
        }
    }
}

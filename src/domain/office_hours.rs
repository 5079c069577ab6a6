//! Office hours: when Integrationsmanager read their messages. A client who writes
//! outside them is told (at most once a day) when their manager will read it.

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeHours {
    /// ISO weekdays: 1 = Monday … 7 = Sunday.
    pub days: Vec<u8>,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl OfficeHours {
    /// `None` while the office is open at `local`; otherwise the local date and time at
    /// which it next opens.
    pub fn next_opening(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        let open_on = |d: chrono::NaiveDate| {
            self.days
                .contains(&(d.weekday().number_from_monday() as u8))
        };
        let t = local.time();
        if open_on(local.date()) && t >= self.start && t < self.end {
            return None;
        }
        // Today later, or one of the next seven days.
        for ahead in 0..=7 {
            let day = local.date() + Duration::days(ahead);
            let opening = day.and_time(self.start);
            if open_on(day) && opening > local {
                return Some(opening);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn hours() -> OfficeHours {
        OfficeHours {
            days: vec![1, 2, 3, 4, 5],
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
        }
    }

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, d)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn open_on_weekdays_during_hours() {
        assert_eq!(hours().next_opening(at(23, 9, 0)), None); // Monday
        assert_eq!(hours().next_opening(at(27, 15, 59)), None); // Friday
    }

    #[test]
    fn evenings_and_weekends_point_to_the_next_opening() {
        assert_eq!(hours().next_opening(at(23, 7, 30)), Some(at(23, 8, 0)));
        assert_eq!(hours().next_opening(at(23, 16, 0)), Some(at(24, 8, 0)));
        assert_eq!(hours().next_opening(at(27, 18, 0)), Some(at(30, 8, 0))); // Fri → Mon
        assert_eq!(hours().next_opening(at(28, 12, 0)), Some(at(30, 8, 0))); // Saturday
    }
}

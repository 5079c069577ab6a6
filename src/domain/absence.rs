//! A manager's absence, as typed with `/away 20.12.2026`: the date is the **last day
//! away** ("up to and including the 20th"), the manager is back the day after. Stored as
//! the instant the absence ends (midnight after the last day, local time); everyone —
//! the manager, the substitute, the clients — is shown the last day and the day back,
//! both derived from that one instant by the functions here.
//!
//! Who may stand in is [`Manager::may_be_replaced_by`](crate::store::people::Manager):
//! an active colleague of the same organisation.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// Why the date of `/away` was refused; each maps to a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AbsenceProblem {
    /// Not a date as `TT.MM.JJJJ` (one or two digits for day and month).
    NotADate,
    /// The last day away lies before today.
    Past(NaiveDate),
}

impl AbsenceProblem {
    pub fn message_id(&self) -> &'static str {
        match self {
            AbsenceProblem::NotADate => "away-bad-date",
            AbsenceProblem::Past(_) => "away-date-past",
        }
    }
}

/// Reads the last day away: `20.12.2026`, `2.1.2027` (one or two digits for day and
/// month, four for the year); it must be today or later.
pub fn last_day(text: &str, today: NaiveDate) -> Result<NaiveDate, AbsenceProblem> {
    let parts: Vec<&str> = text.trim().split('.').collect();
    let [d, m, y] = parts.as_slice() else {
        return Err(AbsenceProblem::NotADate);
    };
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(d, 1, 2) && digits(m, 1, 2) && digits(y, 4, 4)) {
        return Err(AbsenceProblem::NotADate);
    }
    let date = NaiveDate::from_ymd_opt(
        y.parse().map_err(|_| AbsenceProblem::NotADate)?,
        m.parse().map_err(|_| AbsenceProblem::NotADate)?,
        d.parse().map_err(|_| AbsenceProblem::NotADate)?,
    )
    .ok_or(AbsenceProblem::NotADate)?;
    if date < today {
        return Err(AbsenceProblem::Past(date));
    }
    Ok(date)
}

/// The instant the absence ends: the start of the day after `last_day`, in `tz`.
pub fn ends_at(last_day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let back = last_day.succ_opt().unwrap_or(last_day);
    let midnight = back.and_hms_opt(0, 0, 0).expect("midnight exists");
    tz.from_local_datetime(&midnight)
        .earliest()
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight).with_timezone(&tz))
        .with_timezone(&Utc)
}

/// The last day away and the day back, for a stored end instant.
pub fn days(ends_at: DateTime<Utc>, tz: Tz) -> (NaiveDate, NaiveDate) {
    let back = ends_at.with_timezone(&tz).date_naive();
    let last = (ends_at - Duration::milliseconds(1))
        .with_timezone(&tz)
        .date_naive();
    (last, back)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_typed_day_is_the_last_day_away_and_everyone_derives_the_same_days() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let today = d(2026, 12, 1);
        let last = last_day("20.12.2026", today).unwrap();
        let end = ends_at(last, tz);
        assert_eq!(days(end, tz), (d(2026, 12, 20), d(2026, 12, 21)));
        // Across the change to summer time, too.
        let end = ends_at(d(2027, 3, 27), tz);
        assert_eq!(days(end, tz), (d(2027, 3, 27), d(2027, 3, 28)));
    }

    #[test]
    fn short_days_and_months_are_read_and_mistakes_are_told_apart() {
        let today = d(2026, 12, 1);
        assert_eq!(last_day("2.1.2027", today), Ok(d(2027, 1, 2)));
        assert_eq!(last_day("1.12.2026", today), Ok(today));
        assert_eq!(
            last_day("30.11.2026", today),
            Err(AbsenceProblem::Past(d(2026, 11, 30)))
        );
        for bad in [
            "",
            "morgen",
            "31.02.2027",
            "2.1.27",
            "2026-12-20",
            "1.1.2027.5",
        ] {
            assert_eq!(last_day(bad, today), Err(AbsenceProblem::NotADate), "{bad}");
        }
    }
}

//! Dates and times as Germans type them, for appointments and deadlines:
//! `25.11.2026 14:30`, `25.11. 14:30`, `morgen 10:00`, `Di 9:30`, `heute 15 Uhr`.
//!
//! A date without a year (`25.11.`) is the next such day from today, unless that is more
//! than [`YEAR_UNCLEAR_DAYS`] ahead: then the day has just passed (`01.12.` typed on
//! 2 December), and rather than silently taking next year the person is told it is in the
//! past and asked to type the year if they mean next year ([`WhenError::YearUnclear`]).
//! The bot, the web workplace and the command line all read dates through this module.
//!
//! Parsing gives a local wall-clock time; [`to_instant`] turns it into a UTC instant in
//! the Gemeinde's time zone, refusing times that do not exist (the hour skipped when
//! clocks go forward) and taking the earlier of two when clocks go back.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

/// Why a typed date or time was not accepted; each has a message for the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    #[error("not a date and time")]
    Malformed,
    #[error("no such date")]
    NoSuchDate,
    #[error("no such time on that day (clocks change)")]
    NoSuchTime,
    #[error("in the past")]
    InPast,
    /// A date without a year whose next occurrence is far ahead: `past` is the day that
    /// has just gone by, `next` the one a year later (type the year to mean it).
    #[error("a day without a year that has just passed")]
    YearUnclear { past: NaiveDate, next: NaiveDate },
}

/// A date without a year further ahead than this is not taken silently: the same day
/// has just passed, and the person is asked to type the year.
pub const YEAR_UNCLEAR_DAYS: i64 = 300;

/// The day `d`.`m`. without a year, as seen on `today`: the next such day (today
/// included), or [`WhenError::YearUnclear`] when that is more than
/// [`YEAR_UNCLEAR_DAYS`] ahead. 29 February waits for a leap year.
pub fn day_without_year(d: u32, m: u32, today: NaiveDate) -> Result<NaiveDate, WhenError> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(WhenError::NoSuchDate);
    }
    let next = (0..9)
        .filter_map(|ahead| NaiveDate::from_ymd_opt(today.year() + ahead, m, d))
        .find(|candidate| *candidate >= today)
        .ok_or(WhenError::NoSuchDate)?;
    if (next - today).num_days() <= YEAR_UNCLEAR_DAYS {
        return Ok(next);
    }
    let past = (1..9)
        .filter_map(|back| NaiveDate::from_ymd_opt(today.year() - back + 1, m, d))
        .find(|candidate| *candidate < today)
        .ok_or(WhenError::NoSuchDate)?;
    Err(WhenError::YearUnclear { past, next })
}

fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.').to_lowercase();
    let all = [
        (Weekday::Mon, "mo", "montag"),
        (Weekday::Tue, "di", "dienstag"),
        (Weekday::Wed, "mi", "mittwoch"),
        (Weekday::Thu, "do", "donnerstag"),
        (Weekday::Fri, "fr", "freitag"),
        (Weekday::Sat, "sa", "samstag"),
        (Weekday::Sun, "so", "sonntag"),
    ];
    all.into_iter()
        .find(|(_, short, long)| w == *short || w == *long)
        .map(|(d, _, _)| d)
}

/// `14:30`, `14.30`, `9:30`, `14 Uhr`, `14:30 Uhr`, `14h`.
fn time(words: &[&str]) -> Result<NaiveTime, WhenError> {
    let joined = words.join(" ").to_lowercase();
    let t = joined
        .trim()
        .trim_end_matches("uhr")
        .trim()
        .trim_end_matches('h');
    let (h, m) = match t.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (t, "0"),
    };
    let (h, m): (u32, u32) = (
        h.trim().parse().map_err(|_| WhenError::Malformed)?,
        m.trim().parse().map_err(|_| WhenError::Malformed)?,
    );
    NaiveTime::from_hms_opt(h, m, 0).ok_or(WhenError::Malformed)
}

/// `25.11.2026`, `25.11.26`, or `25.11.` (see [`day_without_year`]).
fn date(word: &str, today: NaiveDate) -> Result<NaiveDate, WhenError> {
    let parts: Vec<&str> = word.split('.').collect();
    let num = |s: &str| s.parse::<u32>().map_err(|_| WhenError::Malformed);
    match parts.as_slice() {
        [d, m, y] if !y.is_empty() => {
            let (d, m, y) = (num(d)?, num(m)?, num(y)?);
            let y = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(WhenError::NoSuchDate)
        }
        [d, m, ""] | [d, m] => day_without_year(num(d)?, num(m)?, today),
        _ => Err(WhenError::Malformed),
    }
}

/// Parses what a person typed into a local date and time, relative to `now` (local).
/// A result in the past is refused (`gestern 10:00` too: it is understood, and past).
pub fn parse(input: &str, now: NaiveDateTime) -> Result<NaiveDateTime, WhenError> {
    let words: Vec<&str> = input.split_whitespace().collect();
    let (first, rest) = words.split_first().ok_or(WhenError::Malformed)?;
    let today = now.date();
    let lower = first.to_lowercase();
    let day = match lower.as_str() {
        "heute" => today,
        "gestern" => today - Duration::days(1),
        "vorgestern" => today - Duration::days(2),
        "morgen" => today + Duration::days(1),
        "übermorgen" | "uebermorgen" => today + Duration::days(2),
        _ => match weekday(first) {
            Some(wd) => {
                let ahead = (7 + wd.num_days_from_monday() as i64
                    - today.weekday().num_days_from_monday() as i64)
                    % 7;
                today + Duration::days(ahead)
            }
            None if first.contains('.') => date(first, today)?,
            None => return Err(WhenError::Malformed),
        },
    };
    if rest.is_empty() {
        return Err(WhenError::Malformed);
    }
    let mut at = day.and_time(time(rest)?);
    // "Di 9:30" said on a Tuesday at 10:00 means next Tuesday.
    if at <= now && weekday(first).is_some() {
        at += Duration::days(7);
    }
    if at <= now {
        return Err(WhenError::InPast);
    }
    Ok(at)
}

/// The instant of a local wall-clock time in `tz`.
pub fn to_instant(local: NaiveDateTime, tz: Tz) -> Result<DateTime<Utc>, WhenError> {
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or(WhenError::NoSuchTime)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Monday 23 November 2026, 09:00.
    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn german_ways_of_typing_a_time() {
        assert_eq!(
            parse("25.11.2026 14:30", now()),
            Ok(at(2026, 11, 25, 14, 30))
        );
        assert_eq!(parse("25.11.26 14.30", now()), Ok(at(2026, 11, 25, 14, 30)));
        assert_eq!(parse("25.11. 14:30", now()), Ok(at(2026, 11, 25, 14, 30)));
        assert_eq!(parse("morgen 10:00", now()), Ok(at(2026, 11, 24, 10, 0)));
        assert_eq!(parse("Morgen 10 Uhr", now()), Ok(at(2026, 11, 24, 10, 0)));
        assert_eq!(parse("übermorgen 8:15", now()), Ok(at(2026, 11, 25, 8, 15)));
        assert_eq!(parse("Di 9:30", now()), Ok(at(2026, 11, 24, 9, 30)));
        assert_eq!(parse("Dienstag 9:30", now()), Ok(at(2026, 11, 24, 9, 30)));
        assert_eq!(parse("heute 15 Uhr", now()), Ok(at(2026, 11, 23, 15, 0)));
    }

    #[test]
    fn a_weekday_that_has_passed_today_means_next_week() {
        assert_eq!(parse("Mo 8:00", now()), Ok(at(2026, 11, 30, 8, 0)));
        assert_eq!(parse("Mo 10:00", now()), Ok(at(2026, 11, 23, 10, 0)));
    }

    #[test]
    fn a_day_without_year_is_the_next_one_unless_it_has_just_passed() {
        assert_eq!(parse("02.01. 10:00", now()), Ok(at(2027, 1, 2, 10, 0)));
        assert_eq!(parse("23.11. 10:00", now()), Ok(at(2026, 11, 23, 10, 0)));
        assert_eq!(parse("23.11. 8:00", now()), Err(WhenError::InPast));
        // 1 October 2027 would be 312 days ahead: 1 October 2026 has just passed.
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            parse("01.10. 10:00", now()),
            Err(WhenError::YearUnclear {
                past: d(2026, 10, 1),
                next: d(2027, 10, 1)
            })
        );
        assert_eq!(
            parse("22.11. 10:00", now()),
            Err(WhenError::YearUnclear {
                past: d(2026, 11, 22),
                next: d(2027, 11, 22)
            })
        );
        // 300 days ahead is still taken; the next 29 February is too far.
        assert_eq!(parse("19.09. 10:00", now()), Ok(at(2027, 9, 19, 10, 0)));
        assert_eq!(
            parse("29.02. 10:00", now()),
            Err(WhenError::YearUnclear {
                past: d(2024, 2, 29),
                next: d(2028, 2, 29)
            })
        );
        // With the year, any future day is taken as typed.
        assert_eq!(parse("01.10.2027 10:00", now()), Ok(at(2027, 10, 1, 10, 0)));
    }

    #[test]
    fn yesterday_is_understood_and_in_the_past() {
        assert_eq!(parse("gestern 10:00", now()), Err(WhenError::InPast));
        assert_eq!(parse("Vorgestern 10 Uhr", now()), Err(WhenError::InPast));
    }

    #[test]
    fn impossible_and_past_dates_are_refused() {
        assert_eq!(parse("31.02.2027 10:00", now()), Err(WhenError::NoSuchDate));
        assert_eq!(parse("31.02. 10:00", now()), Err(WhenError::NoSuchDate));
        assert_eq!(parse("25.13. 10:00", now()), Err(WhenError::NoSuchDate));
        assert_eq!(parse("25.11.2026 25:00", now()), Err(WhenError::Malformed));
        assert_eq!(parse("20.11.2026 10:00", now()), Err(WhenError::InPast));
        assert_eq!(parse("heute 8:00", now()), Err(WhenError::InPast));
        assert_eq!(parse("25.11.2026", now()), Err(WhenError::Malformed));
        assert_eq!(parse("irgendwann", now()), Err(WhenError::Malformed));
        assert_eq!(parse("", now()), Err(WhenError::Malformed));
    }

    #[test]
    fn local_times_across_clock_changes() {
        let berlin = chrono_tz::Europe::Berlin;
        // 29 March 2026: 02:00 → 03:00; 02:30 does not exist.
        assert_eq!(
            to_instant(at(2026, 3, 29, 2, 30), berlin),
            Err(WhenError::NoSuchTime)
        );
        assert_eq!(
            to_instant(at(2026, 3, 30, 9, 0), berlin),
            Ok(Utc.with_ymd_and_hms(2026, 3, 30, 7, 0, 0).unwrap())
        );
        // 25 October 2026: 03:00 → 02:00; 02:30 happens twice, the earlier is taken.
        assert_eq!(
            to_instant(at(2026, 10, 25, 2, 30), berlin),
            Ok(Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap())
        );
    }
}

//! Deadlines: a date by which something must be done (a Weiterbewilligung, a residence
//! permit, an objection). Reminders go out at 09:00 local, 7 and 2 days before and on the
//! day; the morning after an undone deadline, the manager is alerted.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The kinds, stored as these keys; each has a name `deadline-kind-<key>`.
pub const KINDS: &[&str] = &[
    "jobcenter",
    "aufenthalt",
    "integrationskurs",
    "widerspruch",
    "other",
];

/// Days before the deadline on which the client is reminded (0 = on the day).
pub const REMINDER_DAYS: [i64; 3] = [7, 2, 0];
/// The local time of day at which deadline reminders go out.
pub fn reminder_time() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).expect("a valid time")
}

pub const MAX_TITLE: usize = 120;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("usage")]
    Usage,
    #[error("no such date")]
    NoSuchDate,
    #[error("in the past")]
    InPast,
    /// A day without a year that has just passed (see `when::day_without_year`).
    #[error("a day without a year that has just passed")]
    YearUnclear { past: NaiveDate, next: NaiveDate },
    #[error("unknown kind")]
    UnknownKind,
    #[error("too long")]
    TooLong,
}

/// The kind named by `s`: a key, or a German name's first word, any case.
pub fn parse_kind(s: &str) -> Option<&'static str> {
    let w = s.trim().to_lowercase();
    let w = w.split(['-', ' ']).next().unwrap_or("");
    let alias = match w {
        "aufenthaltstitel" => "aufenthalt",
        "anmeldung" => "integrationskurs",
        "widerspruchsfrist" => "widerspruch",
        "sonstiges" | "andere" => "other",
        other => other,
    };
    KINDS.iter().copied().find(|k| *k == alias)
}

/// `DD.MM.YYYY`, `DD.MM.YY` or `DD.MM.` (read as `when::day_without_year` reads it), not
/// before `today`.
pub fn parse_date(s: &str, today: NaiveDate) -> Result<NaiveDate, DeadlineError> {
    let parts: Vec<&str> = s.trim().split('.').collect();
    let num = |s: &str| s.parse::<u32>().map_err(|_| DeadlineError::Usage);
    let date = match parts.as_slice() {
        [d, m, y] if !y.is_empty() => {
            let (d, m, y) = (num(d)?, num(m)?, num(y)?);
            let y = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DeadlineError::NoSuchDate)?
        }
        [d, m, ""] | [d, m] => match super::when::day_without_year(num(d)?, num(m)?, today) {
            Ok(date) => date,
            Err(super::when::WhenError::YearUnclear { past, next }) => {
                return Err(DeadlineError::YearUnclear { past, next });
            }
            Err(_) => return Err(DeadlineError::NoSuchDate),
        },
        _ => return Err(DeadlineError::Usage),
    };
    if date < today {
        return Err(DeadlineError::InPast);
    }
    Ok(date)
}

/// `/deadline LABEL DATE | TITLE | KIND`, parsed: label, date, title, kind.
pub fn parse_one_line(
    args: &str,
    today: NaiveDate,
) -> Result<(String, NaiveDate, String, &'static str), DeadlineError> {
    let fields: Vec<&str> = args.split('|').map(str::trim).collect();
    let [head, title, kind] = fields.as_slice() else {
        return Err(DeadlineError::Usage);
    };
    let (label, date) = head
        .split_once(char::is_whitespace)
        .ok_or(DeadlineError::Usage)?;
    let date = parse_date(date, today)?;
    if title.is_empty() {
        return Err(DeadlineError::Usage);
    }
    if super::text::too_long(title, MAX_TITLE) {
        return Err(DeadlineError::TooLong);
    }
    let kind = parse_kind(kind).ok_or(DeadlineError::UnknownKind)?;
    Ok((label.trim().to_owned(), date, (*title).to_owned(), kind))
}

fn local(tz: Tz, day: NaiveDate, t: NaiveTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&day.and_time(t))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The reminder instants still ahead of `now`, earliest first.
pub fn reminders(due_on: NaiveDate, tz: Tz, now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    REMINDER_DAYS
        .iter()
        .filter_map(|d| local(tz, due_on - Duration::days(*d), reminder_time()))
        .filter(|t| *t > now)
        .collect()
}

/// When the manager is alerted about an undone deadline: the next morning at `morning`.
pub fn overdue_at(due_on: NaiveDate, tz: Tz, morning: NaiveTime) -> DateTime<Utc> {
    local(tz, due_on + Duration::days(1), morning).unwrap_or_else(|| {
        local(tz, due_on + Duration::days(1), reminder_time()).unwrap_or_default()
    })
}

/// The end of the deadline's day: reminders after it are stale.
pub fn end_of_day(due_on: NaiveDate, tz: Tz) -> DateTime<Utc> {
    local(tz, due_on + Duration::days(1), NaiveTime::MIN).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn one_line_deadlines() {
        let (label, date, title, kind) =
            parse_one_line("A-1 15.12. | Weiterbewilligungsantrag | Jobcenter", today()).unwrap();
        assert_eq!(
            (label.as_str(), title.as_str(), kind),
            ("A-1", "Weiterbewilligungsantrag", "jobcenter")
        );
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 12, 15).unwrap());
        assert_eq!(parse_kind("Aufenthaltstitel"), Some("aufenthalt"));
        assert_eq!(
            parse_kind("Anmeldung Integrationskurs"),
            Some("integrationskurs")
        );
        let e = |s| parse_one_line(s, today()).unwrap_err();
        assert_eq!(e("A-1 31.02.2027 | X | other"), DeadlineError::NoSuchDate);
        assert_eq!(e("A-1 01.01.2020 | X | other"), DeadlineError::InPast);
        assert_eq!(e("A-1 15.12. | X | Steuern"), DeadlineError::UnknownKind);
        assert_eq!(e("A-1 15.12. | X"), DeadlineError::Usage);
        assert_eq!(
            e("A-1 20.11. | X | other"),
            DeadlineError::YearUnclear {
                past: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                next: NaiveDate::from_ymd_opt(2027, 11, 20).unwrap(),
            }
        );
    }

    #[test]
    fn reminders_at_nine_seven_and_two_days_before_and_on_the_day() {
        let due = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap();
        let r = reminders(due, Berlin, now);
        let at = |d| {
            Berlin
                .with_ymd_and_hms(2026, 12, d, 9, 0, 0)
                .unwrap()
                .with_timezone(&Utc)
        };
        assert_eq!(r, [at(8), at(13), at(15)]);
        // Planned two days ahead: only the reminder on the day and two days before.
        let late = Utc.with_ymd_and_hms(2026, 12, 12, 12, 0, 0).unwrap();
        assert_eq!(reminders(due, Berlin, late), [at(13), at(15)]);
    }
}

//! When reminders go out for an appointment or a deadline.
//!
//! "A day before" means the same local time on the previous calendar day — across a clock
//! change too (an appointment on 30 March at 09:00 is reminded on 29 March at 09:00, which
//! is 23 hours earlier). Shorter leads ("2 hours before") are exact durations. A reminder
//! that falls into the quiet hours moves to their end, unless that would be after the
//! appointment: then it stays where it is, because a late reminder is worth less than an
//! early one. Reminders in the past are not planned.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// How long before the appointment a reminder goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// Whole calendar days, at the appointment's local time.
    Days(u32),
    /// An exact duration.
    Hours(u32),
}

/// The quiet hours, local time; `start > end` spans midnight (21:00–07:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quiet {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Quiet {
    fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end {
            t >= self.start && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }

    /// The end of the quiet period that `local` falls in.
    fn end_after(&self, local: DateTime<Tz>, tz: Tz) -> Option<DateTime<Tz>> {
        let date = local.date_naive();
        let day = if self.start > self.end && local.time() >= self.start {
            date.succ_opt()?
        } else {
            date
        };
        tz.from_local_datetime(&day.and_time(self.end)).earliest()
    }
}

fn lead_time(at: DateTime<Tz>, lead: Lead, tz: Tz) -> Option<DateTime<Tz>> {
    match lead {
        Lead::Hours(h) => Some(at - Duration::hours(h.into())),
        Lead::Days(d) => {
            let day = at.date_naive() - Duration::days(d.into());
            tz.from_local_datetime(&day.and_time(at.time())).earliest()
        }
    }
}

/// The instants at which to remind of something at `at` (in `tz`), earliest first.
pub fn plan(
    at: DateTime<Utc>,
    tz: Tz,
    leads: &[Lead],
    quiet: Quiet,
    now: DateTime<Utc>,
) -> Vec<DateTime<Utc>> {
    let local = at.with_timezone(&tz);
    let mut out: Vec<DateTime<Utc>> = leads
        .iter()
        .filter_map(|lead| lead_time(local, *lead, tz))
        .map(|t| {
            if quiet.contains(t.time()) {
                match quiet.end_after(t, tz) {
                    Some(end) if end < local => end,
                    _ => t,
                }
            } else {
                t
            }
        })
        .map(|t| t.with_timezone(&Utc))
        .filter(|t| *t > now && *t < at)
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn quiet() -> Quiet {
        Quiet {
            start: NaiveTime::from_hms_opt(21, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        }
    }

    fn berlin(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Berlin
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    const DEFAULT: [Lead; 2] = [Lead::Days(1), Lead::Hours(2)];

    #[test]
    fn a_day_before_keeps_the_local_time_across_clock_changes() {
        let now = berlin(2026, 3, 1, 12, 0);
        let plan = plan(berlin(2026, 3, 30, 9, 0), Berlin, &DEFAULT, quiet(), now);
        assert_eq!(plan, [berlin(2026, 3, 29, 9, 0), berlin(2026, 3, 30, 7, 0)]);
        let plan2 = super::plan(berlin(2026, 10, 26, 9, 0), Berlin, &DEFAULT, quiet(), now);
        assert_eq!(
            plan2,
            [berlin(2026, 10, 25, 9, 0), berlin(2026, 10, 26, 7, 0)]
        );
    }

    #[test]
    fn quiet_hours_move_reminders_to_their_end_unless_too_late() {
        let now = berlin(2026, 11, 1, 12, 0);
        // 08:00 appointment: the 2-hour reminder at 06:00 moves to 07:00.
        assert_eq!(
            plan(
                berlin(2026, 11, 24, 8, 0),
                Berlin,
                &[Lead::Hours(2)],
                quiet(),
                now
            ),
            [berlin(2026, 11, 24, 7, 0)]
        );
        // 22:30 the day before (24 h ahead of a 22:30 appointment) moves to 07:00.
        assert_eq!(
            plan(
                berlin(2026, 11, 24, 22, 30),
                Berlin,
                &[Lead::Days(1)],
                quiet(),
                now
            ),
            [berlin(2026, 11, 24, 7, 0)]
        );
        // 06:30 appointment: 07:00 would be too late, so 04:30 stays.
        assert_eq!(
            plan(
                berlin(2026, 11, 24, 6, 30),
                Berlin,
                &[Lead::Hours(2)],
                quiet(),
                now
            ),
            [berlin(2026, 11, 24, 4, 30)]
        );
    }

    #[test]
    fn past_and_duplicate_reminders_are_not_planned() {
        let at = berlin(2026, 11, 24, 10, 0);
        let now = berlin(2026, 11, 23, 12, 0);
        assert_eq!(
            plan(at, Berlin, &DEFAULT, quiet(), now),
            [berlin(2026, 11, 24, 8, 0)]
        );
        assert_eq!(
            plan(at, Berlin, &[Lead::Hours(2), Lead::Hours(2)], quiet(), now),
            [berlin(2026, 11, 24, 8, 0)]
        );
        assert!(plan(at, Berlin, &DEFAULT, quiet(), at).is_empty());
    }
}

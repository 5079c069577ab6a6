//! The support period: it starts when a client is linked, is planned for three years
//! and can be extended to four; the manager is warned 90 days before it ends.

use chrono::{DateTime, Months, Utc};

pub const PLANNED_MONTHS: u32 = 36;
pub const MAX_MONTHS: u32 = 48;
pub const WARN_DAYS_BEFORE: i64 = 90;
/// The last warning before support ends.
pub const LAST_WARN_DAYS_BEFORE: i64 = 7;

/// The planned end of support for a client linked at `start`.
pub fn planned_end(start: DateTime<Utc>) -> DateTime<Utc> {
    start + Months::new(PLANNED_MONTHS)
}

/// The latest end support can be extended to.
pub fn latest_end(start: DateTime<Utc>) -> DateTime<Utc> {
    start + Months::new(MAX_MONTHS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("support can be extended to four years at most")]
pub struct BeyondFourYears;

/// Extends the planned end by `months`, at most to four years after the start.
pub fn extend(
    start: DateTime<Utc>,
    current_end: DateTime<Utc>,
    months: u32,
) -> Result<DateTime<Utc>, BeyondFourYears> {
    let new_end = current_end + Months::new(months);
    if new_end > latest_end(start) {
        Err(BeyondFourYears)
    } else {
        Ok(new_end)
    }
}

/// When the manager should be warned that support ends at `end`.
pub fn warning_at(end: DateTime<Utc>) -> DateTime<Utc> {
    end - chrono::Duration::days(WARN_DAYS_BEFORE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn three_years_extendable_to_four_warned_ninety_days_ahead() {
        let start = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let end = planned_end(start);
        assert_eq!(end, Utc.with_ymd_and_hms(2029, 11, 23, 9, 0, 0).unwrap());
        let longer = extend(start, end, 12).unwrap();
        assert_eq!(longer, latest_end(start));
        assert_eq!(extend(start, longer, 1), Err(BeyondFourYears));
        assert_eq!(
            warning_at(end),
            Utc.with_ymd_and_hms(2029, 8, 25, 9, 0, 0).unwrap()
        );
    }
}

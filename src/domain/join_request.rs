//! Asking to be taken on without an invite: how often a Gemeinde's managers hear of the
//! same person.

use chrono::{DateTime, Duration, Utc};

/// A person's request in a Gemeinde reaches its managers at most once a day.
pub const NOTIFY_AT_MOST_EVERY: Duration = Duration::hours(24);

/// Whether a new request of a person in a Gemeinde where they last asked at `last` may
/// go to its managers now; otherwise, from when on.
pub fn may_ask_again(last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<(), DateTime<Utc>> {
    match last {
        Some(at) if now < at + NOTIFY_AT_MOST_EVERY => Err(at + NOTIFY_AT_MOST_EVERY),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn once_a_day_per_person_and_gemeinde() {
        let t = Utc::now();
        assert_eq!(may_ask_again(None, t), Ok(()));
        assert_eq!(
            may_ask_again(Some(t), t + Duration::hours(3)),
            Err(t + Duration::hours(24))
        );
        assert_eq!(may_ask_again(Some(t), t + Duration::hours(24)), Ok(()));
    }
}

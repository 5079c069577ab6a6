//! Time is injected: nothing but [`SystemClock`] reads the wall clock. Tests drive a
//! [`ManualClock`] forward instead of sleeping.

use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use tokio::sync::watch;

pub type Sleep<'a> = Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

pub trait Clock: Send + Sync + Debug {
    fn now(&self) -> DateTime<Utc>;
    /// Completes when the clock has reached `at` (at once if it already has).
    fn sleep_until(&self, at: DateTime<Utc>) -> Sleep<'_>;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn sleep_until(&self, at: DateTime<Utc>) -> Sleep<'_> {
        Box::pin(async move {
            // Re-check after waking: the wall clock may have been adjusted meanwhile.
            loop {
                let left = at - Utc::now();
                if left <= Duration::zero() {
                    return;
                }
                let left = left.to_std().unwrap_or_default();
                tokio::time::sleep(left.min(std::time::Duration::from_secs(60))).await;
            }
        })
    }
}

/// A clock that stands still until a test moves it.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
    tick: watch::Sender<DateTime<Utc>>,
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        ManualClock {
            now: Mutex::new(start),
            tick: watch::Sender::new(start),
        }
    }

    /// Moves the clock to `to` (never backwards) and wakes every sleeper that is due.
    pub fn set(&self, to: DateTime<Utc>) {
        let mut now = self.now.lock().expect("clock lock");
        if to > *now {
            *now = to;
            self.tick.send_replace(to);
        }
    }

    pub fn advance(&self, by: Duration) {
        let to = self.now() + by;
        self.set(to);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().expect("clock lock")
    }

    fn sleep_until(&self, at: DateTime<Utc>) -> Sleep<'_> {
        let mut rx = self.tick.subscribe();
        Box::pin(async move {
            // The sender lives as long as the clock, which outlives this borrow.
            let _ = rx.wait_for(|now| *now >= at).await;
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn manual_clock_wakes_sleepers_when_advanced() {
        let start = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let clock = std::sync::Arc::new(ManualClock::new(start));
        let c = clock.clone();
        let sleeper =
            tokio::spawn(async move { c.sleep_until(start + Duration::minutes(5)).await });
        clock.advance(Duration::minutes(4));
        tokio::task::yield_now().await;
        assert!(!sleeper.is_finished());
        clock.advance(Duration::minutes(1));
        tokio::time::timeout(std::time::Duration::from_secs(5), sleeper)
            .await
            .expect("sleeper woke")
            .unwrap();
        assert_eq!(clock.now(), start + Duration::minutes(5));
    }

    #[test]
    fn manual_clock_never_goes_back() {
        let start = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let clock = ManualClock::new(start);
        clock.set(start - Duration::hours(1));
        assert_eq!(clock.now(), start);
    }
}

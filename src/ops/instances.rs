//! Several instances on one PostgreSQL share Telegram's global budget: each writes a
//! heartbeat to `instances` every [`HEARTBEAT`] and sends at `telegram.global_rate`
//! divided by the number of instances seen within [`LIVE`]. The sum never exceeds the
//! rate:
//!
//! * an instance that **joins** sends at one request a second until every other instance
//!   has read its heartbeat (two heartbeats), then at its share; the others lower theirs
//!   at their next heartbeat. An instance that finds no other live one at its first
//!   heartbeat takes the whole rate at once, and gives half of it up at its first
//!   heartbeat that sees another (two instances started in the same instant may both
//!   take it for one heartbeat, and one that joins adds its one a second for up to a
//!   heartbeat before the other has lowered its share; Telegram's 429 then pauses them,
//!   nothing is lost);
//! * an instance that **dies** still counts for [`LIVE`], so the others raise their share
//!   only after it can no longer send; one that **stops** deletes its row, and the others
//!   raise theirs at their next heartbeat.
//!
//! Real time (the machines' clocks, kept by NTP), not the service's clock. SQLite serves
//! one instance, which keeps the whole rate and writes no heartbeat.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;

use crate::delivery::Gate;
use crate::store::Store;

pub const HEARTBEAT: Duration = Duration::from_secs(2);
pub const LIVE: chrono::TimeDelta = chrono::TimeDelta::seconds(10);

/// Instances seen live at the last heartbeat (for `/metrics`; 1 on SQLite).
static LIVE_INSTANCES: AtomicU32 = AtomicU32::new(1);

pub fn live_instances() -> u32 {
    LIVE_INSTANCES.load(Ordering::Relaxed)
}

/// A fresh name for this process: random, so two instances on one host differ.
pub fn new_id() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The rate a new instance starts with: its share comes after two heartbeats.
pub const JOINING_RATE: u32 = 1;

/// This instance's share of `global_rate` after its `beats`-th heartbeat saw `live`
/// instances, if it changes from `share`. A lower share is taken at once (always safe: an
/// instance that had the whole rate gives half of it up as soon as it sees a second). A
/// higher one waits out the first two heartbeats, as the others may not have seen this
/// one yet — unless there are none (the usual start of a single instance, which then
/// answers at the full rate from its first second).
pub fn next_share(share: f64, beats: u32, live: u32, global_rate: u32) -> Option<f64> {
    let new = f64::from(global_rate) / f64::from(live.max(1));
    if (new - share).abs() <= f64::EPSILON {
        return None;
    }
    (new < share || beats > 2 || live <= 1).then_some(new)
}

/// Heartbeats until `stop`, setting `gate`'s share of `global_rate`; then leaves.
pub async fn run(
    store: Arc<dyn Store>,
    gate: Arc<Gate>,
    instance: Arc<str>,
    global_rate: u32,
    mut stop: watch::Receiver<bool>,
) {
    let mut beats: u32 = 0;
    let mut share = f64::from(JOINING_RATE);
    while !*stop.borrow() {
        let now = Utc::now();
        match store.heartbeat(&instance, now, now - LIVE).await {
            Ok(n) => {
                LIVE_INSTANCES.store(n, Ordering::Relaxed);
                beats += 1;
                if let Some(new) = next_share(share, beats, n, global_rate) {
                    tracing::info!(instances = n, rate = new, "global send budget shared");
                    share = new;
                    gate.set_global_rate(share);
                }
            }
            // The others keep counting this instance until its heartbeat is old: keeping
            // the current share is safe.
            Err(e) => tracing::warn!(error = %e, "cannot write the heartbeat"),
        }
        tokio::select! {
            _ = tokio::time::sleep(HEARTBEAT) => {}
            _ = stop.wait_for(|s| *s) => {}
        }
    }
    if let Err(e) = store.leave(&instance).await {
        tracing::warn!(error = %e, "cannot remove the heartbeat");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_of_the_rate_follow_the_live_instances() {
        // Alone at the first heartbeat: the whole rate at once.
        assert_eq!(next_share(1.0, 1, 1, 10), Some(10.0));
        // Joining others: one a second until they have read this heartbeat.
        assert_eq!(next_share(1.0, 1, 2, 10), None);
        assert_eq!(next_share(1.0, 2, 2, 10), None);
        assert_eq!(next_share(1.0, 3, 2, 10), Some(5.0));
        // The one that had the whole rate halves it at its next heartbeat, its second
        // included (it used to keep the whole rate until its third: 11 a second in all).
        assert_eq!(next_share(10.0, 2, 2, 10), Some(5.0));
        // The other died and aged out: the survivor takes it all; unchanged: nothing.
        assert_eq!(next_share(5.0, 40, 1, 10), Some(10.0));
        assert_eq!(next_share(5.0, 40, 2, 10), None);
    }
}

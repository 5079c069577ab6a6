//! Every story fails if the bot made pointless requests: the emulator records an edit
//! that changed nothing ("message is not modified", which also catches taking buttons off
//! a message that has none) and a second answer to a tap ("query is too old") as
//! violations, as each is a 400 in an operator's error rate.

use super::TestApp;

impl TestApp {
    /// Fails the story now if the bot made pointless requests so far.
    pub fn assert_no_violations(&self) {
        let v = self.fake.violations();
        assert!(
            v.is_empty(),
            "pointless Telegram requests: {:?}",
            v.iter()
                .map(|c| (c.method.as_str(), &c.outcome))
                .collect::<Vec<_>>()
        );
    }

    /// For a story that provokes a pointless request on purpose (say, a tap on a button
    /// the emulator already answered): the log is not checked at the end.
    pub fn allow_pointless_requests(&mut self) {
        self.pointless_allowed = true;
    }
}

/// The check runs when the story's app goes away — through [`TestApp::finish`] or at
/// the end of the story — unless the story failed already.
impl Drop for TestApp {
    fn drop(&mut self) {
        if !self.pointless_allowed && !std::thread::panicking() {
            self.assert_no_violations();
        }
    }
}

//! The outbound flow: the sender drains the outbox.
//!
//! Rows are claimed with a lease (a crashed sender's rows are taken up again when it runs
//! out), rendered in the recipient's *current* language, sent, and then marked sent with
//! their arguments wiped. Every failure is classified:
//!
//! | Telegram says | what happens |
//! |---|---|
//! | 429 `retry_after` | the row waits that long, then goes again |
//! | network error, 5xx | the row goes again with growing back-off (5 s … 10 min) |
//! | 403 blocked / deactivated, 400 chat not found | the row fails; a client is marked unreachable and their manager told once |
//! | anything else | the row fails with the reason stored |
//!
//! Rate limits are kept by teloxide's `Throttle` (1 message per second per chat, 30 per
//! second overall).

pub mod agenda;
pub mod relay;
pub mod render;
mod sender;

pub use sender::{Sender, SenderHandle, describe};

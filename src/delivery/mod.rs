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
//! Rate limits: the outbox paces itself ([`Pacer`]) at its share of
//! `telegram.global_rate` and one message per second per chat; immediate answers go
//! through teloxide's `Throttle` at the other share (see `app::interactive_rate`).

pub mod agenda;
pub mod broadcast;
mod pace;
pub mod relay;
pub mod render;
mod sender;

pub use pace::Pacer;
pub use sender::{SBot, Sender, SenderHandle, describe};

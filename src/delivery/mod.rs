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
//! Rate limits: every request the sender makes waits for its slot at the [`gate`], the
//! one scheduler it shares with the handlers' immediate answers: personal rows before
//! broadcast rows, both after immediate answers, one clock per chat for all of them.

pub mod agenda;
pub mod broadcast;
pub mod gate;
pub mod relay;
pub mod render;
mod sender;

pub use gate::{Class, Gate};
pub use sender::{SBot, Sender, SenderHandle, describe};

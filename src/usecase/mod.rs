//! What a person can do, once for the bot and the web workplace: each use case checks
//! who may do it, applies the domain's rules and writes the change (with its outbox
//! rows) through the store. Handlers only parse input and render the outcome.
//!
//! - [`agenda`]: plan an appointment.

pub mod agenda;

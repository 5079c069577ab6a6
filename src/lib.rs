//! Wegweiser: a Telegram bot and notification service linking refugees in follow-up
//! housing with their *Integrationsmanager* (Baden-Württemberg's "Pakt für Integration").
//!
//! # Module map
//!
//! - [`config`]: typed configuration (defaults < `config.toml` < `WEGWEISER_*`).
//! - [`app`]: wiring — store, gate, bot, inbound loop, sender, scheduler — and graceful shutdown.
//! - [`bot`]: the inbound side: the long-polling loop with per-person queues and a flood
//!   limit ([`bot::inbound`]), the dptree [`bot::schema`], commands, keyboards, handlers.
//! - [`delivery`]: the outbox sender and the [`delivery::gate`], the one scheduler of every
//!   rate-limited Bot API request (answers first, then personal rows, then broadcasts).
//! - [`store`]: the [`store::Store`] trait with SQLite and PostgreSQL implementations.
//! - [`i18n`]: Fluent texts per language, ICU4X dates, HTML escaping, bidi helpers.
//! - [`clock`]: injected time ([`clock::SystemClock`], [`clock::ManualClock`] for tests).
//! - [`usecase`]: what a person can do, once for the bot and the web workplace, with the
//!   authorization check inside (plan, move, cancel an appointment; deadlines; join
//!   requests; which offers an administrator may change; files of offers; the audit log
//!   as an administrator reads it; organisations, Gemeinden and scoped administrators), and their context [`usecase::Ctx`] (store, texts, clock, configuration).
//! - [`web`]: the HTTP server of the web workplace (axum, maud pages, sign-in from the bot,
//!   sessions, CSRF; the administrators' pages under `/admin/`); its [`web::router`] is where other capabilities add routes.
//! - [`domain`]: pure rules (no teloxide, sqlx or axum): invites, appointments, dates, …
//! - [`scheduler`]: timed checks, the digest, scheduled announcements.
//! - [`cli`]: `wegweiser admin …` and `wegweiser offers …`.
//! - [`qr`]: QR codes of invite links, as PNG (for the bot) and SVG (drawn into web pages).
//! - [`fake_telegram`]: a local Bot API emulator for the test-suite and local trials.
//!
//! # The two flows
//!
//! **Inbound:** a Telegram update → `bot::schema()` → a handler (or an HTTP request →
//! a `web` page) → a `usecase` → the store. The immediate answer to what a person just
//! did goes back through the gate, ahead of the outbox.
//!
//! **Outbound:** everything that is not such an answer — reminders, broadcasts, relayed
//! messages, notices to managers — is written as a row of the `outbox` table in the same
//! transaction as the change that caused it, carrying a message id and arguments rather
//! than text; a sender drains the outbox, rendering each row in the recipient's language
//! at send time. (The table exists from the first migration; the sender arrives with the
//! reminders capability.)

pub mod app;
pub mod bot;
pub mod cli;
pub mod clock;
pub mod config;
pub mod delivery;
pub mod domain;
pub mod fake_telegram;
pub mod i18n;
pub mod logid;
pub mod ops;
pub mod qr;
pub mod scheduler;
pub mod store;
pub mod usecase;
pub mod web;

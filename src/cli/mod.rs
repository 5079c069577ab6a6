//! Command-line subcommands beyond running the bot. `main.rs` parses the arguments, loads
//! the configuration and opens the store; the work is done here, so it can be tested
//! without a process.
//!
//! - [`admin`]: `wegweiser admin …`, administration for scripts and terminals.
//! - [`offers`]: `wegweiser offers …`, importing and exporting files of local offers.
//! - [`backup`]: `wegweiser backup FILE` and `wegweiser restore FILE`.
//! - [`locales`]: `wegweiser locales export|import`, spreadsheets for translators.

pub mod admin;
pub mod backup;
pub mod locales;
pub mod offers;

//! Handlers, one file per audience. `common` serves everyone (start, language, help,
//! input the bot does not understand).

pub mod common;

//! `wegweiser locales export|import`: the translators' workflow. A translator (paid by the
//! municipality, or a volunteer) gets a spreadsheet, not a `.ftl` file: one row per
//! message with the German text, the current translation, why it is unsure, its variables
//! and an example as the bot renders it, and a column to mark a row reviewed. The import
//! checks every row with the locale checks ([`crate::i18n::check`], the same ones
//! `cargo test --test locales` runs) and writes the `.ftl` file only when all pass,
//! changing only the messages that changed.
//!
//! The locales folder is the configuration's `locales.dir`, the folder the bot reads its
//! texts from; without it, export uses the texts built into the binary and import refuses.

mod export;
mod import;
pub mod sheet;

use std::path::{Path, PathBuf};

use clap::Subcommand;

use crate::config::LocalesConfig;
use crate::i18n;

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Write a spreadsheet (.xlsx or .csv) for a translator: one row per message.
    Export {
        /// The language to translate (ar, fa, ti, en, uk).
        #[arg(long)]
        lang: String,
        /// The file to write (.xlsx or .csv); must not exist yet.
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Check a translator's spreadsheet (.xlsx, .ods or .csv) and write the locale's .ftl
    /// file: only when every row passes, and only the messages that changed.
    Import {
        /// The spreadsheet made by `locales export` and edited by the translator.
        file: PathBuf,
        /// The language (default: the one named in the sheet's header).
        #[arg(long)]
        lang: Option<String>,
        /// Check and report only; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum LocalesError {
    /// Bad input: a file, an argument, a missing setting.
    #[error("{0}")]
    Input(String),
    /// The sheet has rows that fail the checks (one line each).
    #[error("{}\nnothing written: {} problem(s)", .0.join("\n"), .0.len())]
    Rejected(Vec<String>),
    #[error("{0}")]
    Io(String),
}

impl LocalesError {
    pub fn exit_code(&self) -> u8 {
        match self {
            LocalesError::Input(_) | LocalesError::Rejected(_) => 2,
            LocalesError::Io(_) => 1,
        }
    }
}

pub fn run(cmd: &LocalesCommand, config: &LocalesConfig) -> Result<String, LocalesError> {
    match cmd {
        LocalesCommand::Export { lang, output } => {
            export::export(config.dir.as_deref(), lang, output)
        }
        LocalesCommand::Import {
            file,
            lang,
            dry_run,
        } => {
            let Some(dir) = config.dir.as_deref() else {
                return Err(LocalesError::Input(
                    "locales.dir is not set: the bot uses the texts built into the binary, so \
                     there is no folder to write. Set locales.dir (env WEGWEISER_LOCALES_DIR), \
                     for example to the repository's locales/, and restart the bot after the import."
                        .to_owned(),
                ));
            };
            import::import(dir, file, lang.as_deref(), *dry_run)
        }
    }
}

/// A translated locale's code, checked.
fn translated(lang: &str) -> Result<&str, LocalesError> {
    if lang == i18n::REFERENCE {
        return Err(LocalesError::Input(
            "German is the reference: it is edited in locales/de, not through a spreadsheet"
                .to_owned(),
        ));
    }
    if !i18n::AVAILABLE.contains(&lang) {
        return Err(LocalesError::Input(format!(
            "\"{lang}\" is not a locale; available: {}",
            i18n::AVAILABLE.join(", ")
        )));
    }
    Ok(lang)
}

/// The Fluent source of `lang`: from the folder when there is one, else built in.
fn source(dir: Option<&Path>, lang: &str) -> Result<String, LocalesError> {
    match dir {
        Some(dir) => {
            let path = i18n::source_path(dir, lang);
            std::fs::read_to_string(&path)
                .map_err(|e| LocalesError::Io(format!("cannot read {}: {e}", path.display())))
        }
        None => Ok(i18n::embedded_source(lang).unwrap_or_default().to_owned()),
    }
}

//! `wegweiser offers …`: local offers kept in a file (TOML or CSV) and imported all at
//! once, or exported in the same format.
//!
//! An import reads the whole file and checks everything before it writes: the rules every
//! offer meets ([`Offer::problems`]), Gemeinden (by AGS) and Landkreise that exist, ids
//! that appear once. Every problem is reported as `FILE:LINE: FIELD: message` and nothing
//! is written (exit code 2); otherwise all offers are saved in one transaction as
//! [`Actor::Cli`], matched by their id: new ones created, changed ones updated, equal ones
//! left alone (no audit entry). Offers missing from the file are left as they are.
//! `--dry-run` checks the same way and says what would change. A failing database is exit
//! code 1.
//!
//! Reading: [`toml_file`] and [`csv_file`] turn a file into offers with the line of each
//! field ([`entry`]); [`check`] holds what needs the database; [`report`] how it reads.
//!
//! [`Offer::problems`]: crate::domain::offer::Offer::problems
//! [`Actor::Cli`]: crate::store::people::Actor::Cli

mod check;
mod csv_file;
mod entry;
mod export;
mod import;
mod report;
#[cfg(test)]
mod tests;
mod toml_file;

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};

pub use report::{Located, OffersError, Rejected};

use crate::clock::Clock;
use crate::store::Store;

#[derive(Debug, Clone, Subcommand)]
pub enum OffersCommand {
    /// Check a file of offers (.toml or .csv) and save them all, or nothing if anything is
    /// wrong. Offers are matched by their id; offers not in the file are left alone.
    Import {
        /// The file; its ending (.toml or .csv) tells the format.
        file: PathBuf,
        /// Check the file and say what would change, without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write every offer in the import format.
    Export {
        /// The format [default: by the ending of --output, else toml].
        #[arg(long, value_enum)]
        format: Option<FileFormat>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// The two formats of an offer file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    Toml,
    Csv,
}

impl FileFormat {
    /// The format a file name ends in.
    pub fn of(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_lowercase();
        match ext.as_str() {
            "toml" => Some(FileFormat::Toml),
            "csv" => Some(FileFormat::Csv),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            FileFormat::Toml => "toml",
            FileFormat::Csv => "csv",
        }
    }
}

/// Runs one offers command; the text to print on success.
pub async fn run(
    cmd: &OffersCommand,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, OffersError> {
    match cmd {
        OffersCommand::Import { file, dry_run } => {
            import::import(file, *dry_run, store, clock).await
        }
        OffersCommand::Export { format, output } => {
            export::export(*format, output.as_deref(), store).await
        }
    }
}

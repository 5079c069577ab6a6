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
//! The reading and checking is the use case [`offer_file`], which the administrators'
//! upload page calls too.
//!
//! [`offer_file`]: crate::usecase::offer_file
//! [`Offer::problems`]: crate::domain::offer::Offer::problems
//! [`Actor::Cli`]: crate::store::people::Actor::Cli

mod export;
mod import;

use std::path::PathBuf;

use clap::Subcommand;

pub use crate::usecase::offer_file::{FileFormat, Located, OffersError, Rejected};

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

impl OffersError {
    pub fn exit_code(&self) -> u8 {
        use crate::cli::admin::{EXIT_DATABASE, EXIT_INPUT};
        match self {
            OffersError::Input(_)
            | OffersError::Rejected(_)
            | OffersError::NoOffers { .. }
            | OffersError::Conflict { .. } => EXIT_INPUT,
            OffersError::Store(_) => EXIT_DATABASE,
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

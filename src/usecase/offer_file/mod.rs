//! Files of local offers (TOML or CSV), for the command line (`wegweiser offers …`) and the
//! administrators' upload page alike: read the whole file and check everything before
//! anything is written — the rules every offer meets ([`Offer::problems`]), Gemeinden (by
//! AGS) and Landkreise that exist, ids that appear once, and what the importer may change
//! ([`Scope`]). Every problem is reported with its line ([`Located`]) and nothing is
//! written; otherwise all offers are saved in one transaction, matched by their id: new
//! ones created, changed ones updated, equal ones left alone (no audit entry). Offers
//! missing from the file are left as they are. A dry run ([`plan`]) says what would change.
//!
//! Reading: [`toml_file`] and [`csv_file`] turn a file into offers with the line of each
//! field ([`entry`]); [`check`] holds what needs the database; [`report`] how it reads.
//!
//! [`Offer::problems`]: crate::domain::offer::Offer::problems
//! [`Scope`]: super::offers::Scope

mod check;
mod csv_file;
mod entry;
mod problem;
mod report;
#[cfg(test)]
mod tests;
mod toml_file;

use std::collections::{BTreeSet, HashMap};

pub use entry::split_list;
pub use problem::{FileProblem, Reason};
pub use report::{Conflict, Located, OffersError, Rejected, input};

use super::offers::Scope;
use crate::domain::offer::Offer;
use crate::store::offers::Saved;
use crate::store::people::Actor;
use crate::store::{Store, StoreError};
use check::{Places, check};
use entry::Read;

/// The two formats of an offer file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    Toml,
    Csv,
}

impl FileFormat {
    /// The format a file name ends in.
    pub fn of(path: &std::path::Path) -> Option<FileFormat> {
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

/// Reads and checks the file `name` (its bytes); the offers in it, normalised, or
/// everything wrong with it. Nothing is written.
pub async fn checked_offers(
    store: &dyn Store,
    name: &str,
    format: FileFormat,
    bytes: &[u8],
    scope: &Scope,
) -> Result<Vec<Offer>, OffersError> {
    let read = match format {
        FileFormat::Csv => csv_file::read(bytes),
        FileFormat::Toml => match std::str::from_utf8(bytes) {
            Ok(text) => toml_file::read(text.strip_prefix('\u{feff}').unwrap_or(text)),
            Err(e) => Read {
                entries: vec![],
                problems: vec![Located::of_file(
                    Some(bytes[..e.valid_up_to()].split(|b| *b == b'\n').count()),
                    FileProblem::TomlNotUtf8,
                )],
            },
        },
    };
    let places = match scope {
        Scope::All => Places::new(&store.gemeinden().await?),
        Scope::Gemeinden { ags, .. } => {
            let foreign: BTreeSet<String> = store
                .offers()
                .await?
                .into_iter()
                .filter(|s| !scope.permits(&s.offer))
                .map(|s| s.offer.external_id)
                .collect();
            Places::new(&store.gemeinden().await?).within(Some(ags.clone()), foreign)
        }
    };
    let mut problems = read.problems;
    problems.extend(check(&read.entries, &places));
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(OffersError::Rejected(Rejected {
            file: name.to_owned(),
            problems,
        }));
    }
    if read.entries.is_empty() {
        return Err(OffersError::NoOffers {
            file: name.to_owned(),
            format,
        });
    }
    Ok(read
        .entries
        .into_iter()
        .map(|e| e.offer.normalized())
        .collect())
}

/// What an import would do (the dry run): ids to create and to update, how many equal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub create: Vec<String>,
    pub update: Vec<String>,
    pub same: usize,
}

/// What importing `offers` would change; nothing is written.
pub async fn plan(store: &dyn Store, offers: &[Offer]) -> Result<Plan, StoreError> {
    let stored: HashMap<String, Offer> = store
        .offers()
        .await?
        .into_iter()
        .map(|s| (s.offer.external_id.clone(), s.offer))
        .collect();
    let mut plan = Plan::default();
    for o in offers {
        match stored.get(&o.external_id) {
            None => plan.create.push(o.external_id.clone()),
            Some(s) if s == o => plan.same += 1,
            Some(_) => plan.update.push(o.external_id.clone()),
        }
    }
    Ok(plan)
}

/// Saves checked offers in one transaction as `actor`; what happened to each.
pub async fn save(
    store: &dyn Store,
    name: &str,
    offers: &[Offer],
    actor: Actor,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Saved>, OffersError> {
    match store.save_offers(offers, actor, now).await {
        Err(StoreError::MissingReference) => Err(OffersError::Conflict {
            file: name.to_owned(),
            what: Conflict::GemeindeRemoved,
        }),
        Err(StoreError::Duplicate) => Err(OffersError::Conflict {
            file: name.to_owned(),
            what: Conflict::SavedMeanwhile,
        }),
        other => Ok(other?),
    }
}

/// The offers as a file of `format` (importing it again changes nothing).
pub fn render(format: FileFormat, offers: &[Offer]) -> Result<String, OffersError> {
    match format {
        FileFormat::Toml => toml_file::write(offers)
            .map_err(|e| input(format!("cannot write the offers as TOML: {e}"))),
        FileFormat::Csv => csv_file::write(offers)
            .map_err(|e| input(format!("cannot write the offers as CSV: {e}"))),
    }
}

//! `wegweiser offers import FILE [--dry-run]`: read, check everything, then save all
//! offers in one transaction, or nothing.

use std::collections::HashMap;
use std::path::Path;

use super::check::{Places, check};
use super::entry::Read;
use super::report::{Located, OffersError, Rejected, input};
use super::{FileFormat, csv_file, toml_file};
use crate::clock::Clock;
use crate::domain::offer::Offer;
use crate::store::offers::Saved;
use crate::store::people::Actor;
use crate::store::{Store, StoreError};

/// Reads and checks `file`; the offers in it, normalised, or everything wrong with it.
async fn checked_offers(file: &Path, store: &dyn Store) -> Result<Vec<Offer>, OffersError> {
    let name = file.display().to_string();
    let format = FileFormat::of(file).ok_or_else(|| {
        input(format!(
            "cannot tell the format of {name}: the file name must end in .toml or .csv"
        ))
    })?;
    let bytes = std::fs::read(file).map_err(|e| input(format!("cannot read {name}: {e}")))?;
    let read = match format {
        FileFormat::Csv => csv_file::read(&bytes),
        FileFormat::Toml => match std::str::from_utf8(&bytes) {
            Ok(text) => toml_file::read(text.strip_prefix('\u{feff}').unwrap_or(text)),
            Err(e) => Read {
                entries: vec![],
                problems: vec![Located {
                    line: Some(bytes[..e.valid_up_to()].split(|b| *b == b'\n').count()),
                    field: None,
                    message: "not UTF-8 text; save the file with the encoding UTF-8".into(),
                }],
            },
        },
    };
    let places = Places::new(&store.gemeinden().await?);
    let mut problems = read.problems;
    problems.extend(check(&read.entries, &places));
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(OffersError::Rejected(Rejected {
            file: name,
            problems,
        }));
    }
    if read.entries.is_empty() {
        let how = match format {
            FileFormat::Toml => "each offer starts with a line [[offer]]",
            FileFormat::Csv => "one offer per row below the header",
        };
        return Err(input(format!("no offers in {name} ({how})")));
    }
    Ok(read
        .entries
        .into_iter()
        .map(|e| e.offer.normalized())
        .collect())
}

pub(super) async fn import(
    file: &Path,
    dry_run: bool,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, OffersError> {
    let name = file.display();
    let offers = checked_offers(file, store).await?;
    if dry_run {
        let stored: HashMap<String, Offer> = store
            .offers()
            .await?
            .into_iter()
            .map(|s| (s.offer.external_id.clone(), s.offer))
            .collect();
        let mut create = vec![];
        let mut update = vec![];
        let mut same = 0;
        for o in &offers {
            match stored.get(&o.external_id) {
                None => create.push(o.external_id.as_str()),
                Some(s) if s == o => same += 1,
                Some(_) => update.push(o.external_id.as_str()),
            }
        }
        let mut out = format!(
            "dry run: would create {}, update {}, leave {same} unchanged; nothing was written\n",
            create.len(),
            update.len()
        );
        for (what, ids) in [("create", create), ("update", update)] {
            if !ids.is_empty() {
                out.push_str(&format!("would {what}: {}\n", ids.join(", ")));
            }
        }
        return Ok(out);
    }
    let saved = match store.save_offers(&offers, Actor::Cli, clock.now()).await {
        Err(StoreError::MissingReference) => {
            return Err(input(format!(
                "a Gemeinde named in {name} was removed while importing; nothing was imported, try again"
            )));
        }
        Err(StoreError::Duplicate) => {
            return Err(input(format!(
                "an offer of {name} was saved by someone else while importing; nothing was imported, try again"
            )));
        }
        other => other?,
    };
    let count = |kind| saved.iter().filter(|s| **s == kind).count();
    Ok(format!(
        "{} in {name}: {} created, {} updated, {} unchanged\n",
        offers_word(offers.len()),
        count(Saved::Created),
        count(Saved::Updated),
        count(Saved::Unchanged)
    ))
}

/// "1 offer", "12 offers".
pub(super) fn offers_word(n: usize) -> String {
    if n == 1 {
        "1 offer".to_owned()
    } else {
        format!("{n} offers")
    }
}

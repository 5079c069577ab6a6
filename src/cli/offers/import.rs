//! `wegweiser offers import FILE [--dry-run]`: read, check everything, then save all
//! offers in one transaction, or nothing (the use case [`offer_file`]).
//!
//! [`offer_file`]: crate::usecase::offer_file

use std::path::Path;

use crate::clock::Clock;
use crate::store::Store;
use crate::store::offers::Saved;
use crate::store::people::Actor;
use crate::usecase::offer_file::{self, FileFormat, OffersError, input};
use crate::usecase::offers::Scope;

pub(super) async fn import(
    file: &Path,
    dry_run: bool,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, OffersError> {
    let name = file.display().to_string();
    let format = FileFormat::of(file).ok_or_else(|| {
        input(format!(
            "cannot tell the format of {name}: the file name must end in .toml or .csv"
        ))
    })?;
    let bytes = std::fs::read(file).map_err(|e| input(format!("cannot read {name}: {e}")))?;
    let offers = offer_file::checked_offers(store, &name, format, &bytes, &Scope::All).await?;
    if dry_run {
        let plan = offer_file::plan(store, &offers).await?;
        let mut out = format!(
            "dry run: would create {}, update {}, leave {} unchanged; nothing was written\n",
            plan.create.len(),
            plan.update.len(),
            plan.same
        );
        for (what, ids) in [("create", plan.create), ("update", plan.update)] {
            if !ids.is_empty() {
                out.push_str(&format!("would {what}: {}\n", ids.join(", ")));
            }
        }
        return Ok(out);
    }
    let saved = offer_file::save(store, &name, &offers, Actor::Cli, clock.now()).await?;
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

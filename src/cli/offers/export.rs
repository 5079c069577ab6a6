//! `wegweiser offers export [--format toml|csv] [--output FILE]`: every offer in the
//! import format, so that importing the result changes nothing.

use std::path::Path;

use super::import::offers_word;
use crate::domain::offer::Offer;
use crate::store::Store;
use crate::usecase::offer_file::{FileFormat, OffersError, input, render};

/// The exported text; with `output`, written there and a line saying so instead.
pub(super) async fn export(
    format: Option<FileFormat>,
    output: Option<&Path>,
    store: &dyn Store,
) -> Result<String, OffersError> {
    let by_name = output.and_then(FileFormat::of);
    let format = match (format, by_name, output) {
        (Some(asked), Some(named), Some(path)) if asked != named => {
            return Err(input(format!(
                "--format {} does not match the file name {} (an import tells the format by the ending .toml or .csv)",
                asked.key(),
                path.display()
            )));
        }
        (Some(asked), _, _) => asked,
        (None, Some(named), _) => named,
        (None, None, _) => FileFormat::Toml,
    };
    let offers: Vec<Offer> = store.offers().await?.into_iter().map(|s| s.offer).collect();
    let text = render(format, &offers)?;
    match output {
        None => Ok(text),
        Some(path) => {
            std::fs::write(path, &text)
                .map_err(|e| input(format!("cannot write {}: {e}", path.display())))?;
            Ok(format!(
                "wrote {} to {} ({})\n",
                offers_word(offers.len()),
                path.display(),
                format.key()
            ))
        }
    }
}

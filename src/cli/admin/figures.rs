//! `wegweiser admin figures [--year Y]`: the yearly figures per Gemeinde as CSV, counted
//! from the live data plus what deleted clients left as bare counts (so the figures of a
//! past year do not shrink when data is deleted on time). The table is the use case
//! [`usecase::figures`], which the administrators' web page shows too.
//!
//! [`usecase::figures`]: crate::usecase::figures

use chrono::Datelike;

use super::input::AdminError;
use crate::clock::Clock;
use crate::config::Config;
use crate::store::Store;
use crate::usecase::figures;

pub async fn figures_csv(
    year: Option<i32>,
    store: &dyn Store,
    config: &Config,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    let now = clock.now().with_timezone(&config.time_zone);
    let year = year.unwrap_or_else(|| now.year());
    let glance = figures::year_in(store, year, now.date_naive(), None, None).await?;
    figures::csv(&glance).map_err(|e| AdminError::Input(format!("cannot write the figures: {e}")))
}

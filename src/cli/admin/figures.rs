//! `wegweiser admin figures [--year Y]`: the yearly figures per Gemeinde as CSV, counted
//! from the live data plus what deleted clients left as bare counts (so the figures of a
//! past year do not shrink when data is deleted on time).

use chrono::Datelike;

use super::input::AdminError;
use crate::clock::Clock;
use crate::config::Config;
use crate::domain::figures::Figure;
use crate::store::Store;

pub async fn figures_csv(
    year: Option<i32>,
    store: &dyn Store,
    config: &Config,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    let year = year.unwrap_or_else(|| clock.now().with_timezone(&config.time_zone).year());
    let counts = store
        .figures(&format!("{year:04}-01"), &format!("{:04}-01", year + 1))
        .await?;
    let mut out = csv::Writer::from_writer(vec![]);
    let mut header = vec!["year".to_owned(), "ags".to_owned(), "gemeinde".to_owned()];
    header.extend(Figure::ALL.iter().map(|f| f.as_str().to_owned()));
    out.write_record(&header).map_err(csv_error)?;
    for g in store.gemeinden().await? {
        let mut row = vec![year.to_string(), g.ags.clone(), g.name.clone()];
        for f in Figure::ALL {
            let n: i64 = counts
                .iter()
                .filter(|c| c.gemeinde_id == g.id && c.figure == f)
                .map(|c| c.value)
                .sum();
            row.push(n.to_string());
        }
        out.write_record(&row).map_err(csv_error)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| csv_error(e.into_error().into()))?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings"))
}

fn csv_error(e: csv::Error) -> AdminError {
    AdminError::Input(format!("cannot write the figures: {e}"))
}

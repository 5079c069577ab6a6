//! The yearly figures per Gemeinde (the Kennzahlen of the VwV Integrationsmanagement, as
//! far as Wegweiser sees them): one table for the command line (`wegweiser admin figures`)
//! and the administrators' page, and one CSV form of it. A scoped administrator sees
//! their Gemeinden only.

use std::collections::BTreeSet;

use crate::domain::figures::Figure;
use crate::store::orgs::Gemeinde;
use crate::store::{Store, StoreError};

/// One Gemeinde's figures of a year, in the order of [`Figure::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub gemeinde: Gemeinde,
    pub values: [i64; Figure::ALL.len()],
}

/// The figures of `year` for every Gemeinde in `scope` (`None`: all), in the store's order.
pub async fn year(
    store: &dyn Store,
    year: i32,
    scope: Option<&BTreeSet<i64>>,
) -> Result<Vec<Row>, StoreError> {
    let counts = store
        .figures(&format!("{year:04}-01"), &format!("{:04}-01", year + 1))
        .await?;
    Ok(store
        .gemeinden()
        .await?
        .into_iter()
        .filter(|g| scope.is_none_or(|s| s.contains(&g.id)))
        .map(|g| {
            let values = Figure::ALL.map(|f| {
                counts
                    .iter()
                    .filter(|c| c.gemeinde_id == g.id && c.figure == f)
                    .map(|c| c.value)
                    .sum()
            });
            Row {
                gemeinde: g,
                values,
            }
        })
        .collect())
}

/// The rows as CSV: `year,ags,gemeinde,` and one column per figure.
pub fn csv(year: i32, rows: &[Row]) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(vec![]);
    let mut header = vec!["year".to_owned(), "ags".to_owned(), "gemeinde".to_owned()];
    header.extend(Figure::ALL.iter().map(|f| f.as_str().to_owned()));
    out.write_record(&header)?;
    for r in rows {
        let mut row = vec![
            year.to_string(),
            r.gemeinde.ags.clone(),
            r.gemeinde.name.clone(),
        ];
        row.extend(r.values.iter().map(i64::to_string));
        out.write_record(&row)?;
    }
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings"))
}

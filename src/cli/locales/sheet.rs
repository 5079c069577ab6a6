//! The translators' spreadsheet as rows of text: written as `.xlsx` (rust_xlsxwriter) or
//! `.csv`, read from `.xlsx`/`.ods` (calamine) or `.csv`. Row numbers are the ones a
//! spreadsheet program shows (the first row is 1).

use std::path::Path;

use super::LocalesError;

/// The columns, in order. The import finds them by these headers, not by position.
pub const ID: &str = "id";
pub const GERMAN: &str = "German (de)";
pub const TRANSLATION: &str = "Translation";
pub const REVIEWED: &str = "Reviewed (x)";
pub const REVIEW: &str = "REVIEW: why unsure";
pub const NOTE: &str = "Note";
pub const VARIABLES: &str = "Variables";
pub const EXAMPLE: &str = "Example";
pub const EXAMPLE_GERMAN: &str = "Example (German)";

/// A sheet: lines of notice above the header, the header, the rows.
pub struct Sheet {
    pub notice: Vec<String>,
    pub header: Vec<String>,
    /// (row number as shown, cells)
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Sheet {
    /// The column whose header starts with `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h.trim().starts_with(name))
    }
}

enum Kind {
    Xlsx,
    Ods,
    Csv,
}

fn kind(path: &Path) -> Result<Kind, LocalesError> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("xlsx") => Ok(Kind::Xlsx),
        Some("ods") => Ok(Kind::Ods),
        Some("csv") => Ok(Kind::Csv),
        _ => Err(LocalesError::Input(format!(
            "{}: the file must end in .xlsx, .ods (import only) or .csv",
            path.display()
        ))),
    }
}

fn write_failed(path: &Path, e: impl std::fmt::Display) -> LocalesError {
    LocalesError::Io(format!("cannot write {}: {e}", path.display()))
}

/// Writes the sheet; `rtl` sets right-to-left reading for the translation columns.
pub fn write(path: &Path, sheet: &Sheet, rtl_columns: &[usize]) -> Result<(), LocalesError> {
    match kind(path)? {
        Kind::Csv => write_csv(path, sheet),
        Kind::Xlsx => write_xlsx(path, sheet, rtl_columns).map_err(|e| write_failed(path, e)),
        Kind::Ods => Err(LocalesError::Input(
            "export writes .xlsx or .csv (spreadsheet programs open both; .ods is read on import)"
                .to_owned(),
        )),
    }
}

fn write_csv(path: &Path, sheet: &Sheet) -> Result<(), LocalesError> {
    let width = sheet.header.len();
    let mut w = csv::WriterBuilder::new()
        .flexible(false)
        .from_path(path)
        .map_err(|e| write_failed(path, e))?;
    let pad = |cells: Vec<String>| {
        let mut cells = cells;
        cells.resize(width, String::new());
        cells
    };
    for line in &sheet.notice {
        w.write_record(pad(vec![line.clone()]))
            .map_err(|e| write_failed(path, e))?;
    }
    w.write_record(&sheet.header)
        .map_err(|e| write_failed(path, e))?;
    for (_, cells) in &sheet.rows {
        w.write_record(pad(cells.clone()))
            .map_err(|e| write_failed(path, e))?;
    }
    w.flush().map_err(|e| write_failed(path, e))
}

fn write_xlsx(
    path: &Path,
    sheet: &Sheet,
    rtl_columns: &[usize],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Wegweiser")?;
    let notice = Format::new().set_bold();
    let header = Format::new().set_bold().set_background_color(0xDDEBF7);
    let wrap = Format::new().set_text_wrap();
    let wrap_rtl = Format::new().set_text_wrap().set_reading_direction(2);
    let mut row: u32 = 0;
    for line in &sheet.notice {
        ws.write_string_with_format(row, 0, line, &notice)?;
        row += 1;
    }
    for (col, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(row, col as u16, h, &header)?;
    }
    ws.set_freeze_panes(row + 1, 1)?;
    row += 1;
    for (_, cells) in &sheet.rows {
        for (col, cell) in cells.iter().enumerate() {
            let format = if rtl_columns.contains(&col) {
                &wrap_rtl
            } else {
                &wrap
            };
            ws.write_string_with_format(row, col as u16, cell, format)?;
        }
        row += 1;
    }
    for (col, width) in [24, 50, 50, 12, 30, 30, 18, 45, 45].iter().enumerate() {
        if col < sheet.header.len() {
            ws.set_column_width(col as u16, *width)?;
        }
    }
    book.save(path)
}

/// Reads every row of the first sheet as text, and splits it at the header row (the row
/// whose first cell is [`ID`]).
pub fn read(path: &Path) -> Result<Sheet, LocalesError> {
    let read_failed = |e: &dyn std::fmt::Display| {
        LocalesError::Input(format!("cannot read {}: {e}", path.display()))
    };
    let rows: Vec<Vec<String>> = match kind(path)? {
        Kind::Csv => {
            let bytes = std::fs::read(path).map_err(|e| read_failed(&e))?;
            let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(&bytes);
            // German spreadsheet programs save CSV with semicolons.
            let semicolons = bytes
                .split(|b| *b == b'\n')
                .any(|line| line.starts_with(b"id;"));
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(if semicolons { b';' } else { b',' })
                .from_reader(bytes);
            r.records()
                .map(|rec| {
                    rec.map(|rec| rec.iter().map(str::to_owned).collect())
                        .map_err(|e| read_failed(&e))
                })
                .collect::<Result<_, _>>()?
        }
        Kind::Xlsx | Kind::Ods => {
            use calamine::Reader;
            let mut book = calamine::open_workbook_auto(path).map_err(|e| read_failed(&e))?;
            let range = book
                .worksheet_range_at(0)
                .ok_or_else(|| read_failed(&"the file has no sheet"))?
                .map_err(|e| read_failed(&e))?;
            // Rows before the first used one are not in the range.
            let first = range.start().map_or(0, |(r, _)| r as usize);
            let first_col = range.start().map_or(0, |(_, c)| c as usize);
            let mut rows = vec![Vec::new(); first];
            for r in range.rows() {
                let mut cells = vec![String::new(); first_col];
                cells.extend(r.iter().map(|c| c.to_string()));
                rows.push(cells);
            }
            rows
        }
    };
    let Some(header_at) = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c.trim() == ID))
    else {
        return Err(LocalesError::Input(format!(
            "{}: no header row (a row whose first cell is \"{ID}\")",
            path.display()
        )));
    };
    let notice = rows[..header_at]
        .iter()
        .map(|r| r.first().cloned().unwrap_or_default())
        .collect();
    let header = rows[header_at].clone();
    let body = rows
        .into_iter()
        .enumerate()
        .skip(header_at + 1)
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, cells)| (i + 1, cells))
        .collect();
    Ok(Sheet {
        notice,
        header,
        rows: body,
    })
}

//! The CSV form of an offer file: a header row naming the columns, one offer per row.
//! Texts are in columns `title_<language>`, `description_<language>` and
//! `times_<language>`; lists are separated by spaces or `;`. A header with more `;` than
//! `,` (as a German spreadsheet saves it) makes `;` the separator.

use std::collections::BTreeSet;

use csv::{ByteRecord, ReaderBuilder, WriterBuilder};

use super::entry::{Entry, Read, Style, missing, split_list};
use super::problem::{FileProblem, Reason};
use super::report::Located;
use crate::domain::offer::{Category, Offer, Problem, REFERENCE, check_language, parse_date};

/// The columns every export has, in this order; `title_de` and the other text columns
/// follow.
const BASE: [&str; 13] = [
    "id",
    "category",
    "gemeinden",
    "landkreis",
    "address",
    "phone",
    "email",
    "web",
    "languages",
    "schedule",
    "valid_from",
    "valid_until",
    "active",
];

/// The required columns, and the field each holds.
const REQUIRED: [(&str, &str); 3] = [
    ("id", "id"),
    ("category", "category"),
    ("title_de", "title.de"),
];

const TEXT_KINDS: [&str; 3] = ["title", "description", "times"];

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    /// One of [`BASE`].
    Field(&'static str),
    /// A text (`title`, `description`, `times`) in a language.
    Text(&'static str, String),
}

impl Column {
    fn parse(name: &str) -> Result<Column, Reason> {
        if let Some(field) = BASE.into_iter().find(|f| *f == name) {
            return Ok(Column::Field(field));
        }
        for kind in TEXT_KINDS {
            if let Some(lang) = name.strip_prefix(kind).and_then(|r| r.strip_prefix('_')) {
                return match check_language(lang) {
                    Ok(()) => Ok(Column::Text(kind, lang.to_owned())),
                    Err(p) => Err(p.into()),
                };
            }
        }
        Err(FileProblem::UnknownColumn {
            expected: BASE.join(", "),
        }
        .into())
    }
}

/// The separator: `;` when the header has more of them than `,`.
fn delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| header.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') {
        b';'
    } else {
        b','
    }
}

/// Where each row starts, as a spreadsheet counts rows: a line break inside a quoted
/// cell stays in its row, and an empty line is a row of its own (the CSV reader skips
/// it, a spreadsheet shows it).
struct Rows {
    starts: Vec<usize>,
}

impl Rows {
    fn of(bytes: &[u8]) -> Rows {
        let mut starts = vec![0];
        let mut quoted = false;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => quoted = !quoted,
                b'\r' if !quoted => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                b'\n' if !quoted => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        Rows { starts }
    }

    /// The row (from 1) of the record at `pos`: the reader's position may be at the
    /// empty lines it skipped before the record, so those are stepped over.
    fn of_position(&self, bytes: &[u8], pos: Option<&csv::Position>) -> Option<usize> {
        let mut byte = usize::try_from(pos?.byte()).ok()?;
        while matches!(bytes.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        Some(self.starts.partition_point(|start| *start <= byte).max(1))
    }
}

/// One message for a file that is not UTF-8 (every cell of it would be a problem).
fn not_utf8(rows: &Rows, valid_up_to: usize) -> Located {
    let row = rows.starts.partition_point(|start| *start <= valid_up_to);
    Located::of_file(None, FileProblem::CsvNotUtf8 { row })
}

/// Reads an offer file; every problem found is in the result: those of the header and
/// those of every row (an unknown column is left out of the rows, a missing required
/// column is reported once, at the header, not again for every row).
pub(super) fn read(bytes: &[u8]) -> Read {
    let rows = Rows::of(bytes);
    let mut read = Read::default();
    if let Err(e) = std::str::from_utf8(bytes) {
        read.problems.push(not_utf8(&rows, e.valid_up_to()));
        return read;
    }
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter(bytes))
        .flexible(true)
        .from_reader(bytes);
    let header = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            read.problems.push(Located::of_file(
                rows.of_position(bytes, e.position()).or(Some(1)),
                FileProblem::UnreadableHeader(e.to_string()),
            ));
            return read;
        }
    };
    let header_line = rows.of_position(bytes, header.position()).unwrap_or(1);
    let (columns, missing) = header_columns(&header, header_line, &mut read.problems);
    let mut record = ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = rows.of_position(bytes, record.position()).unwrap_or(0);
                if record.iter().all(|c| c.trim_ascii().is_empty()) {
                    continue;
                }
                if record.len() > columns.len()
                    && record
                        .iter()
                        .skip(columns.len())
                        .any(|c| !c.trim_ascii().is_empty())
                {
                    read.problems.push(Located::of_file(
                        Some(line),
                        FileProblem::TooManyCells {
                            cells: record.len(),
                            columns: columns.len(),
                        },
                    ));
                    continue;
                }
                let mut entry = read_row(&columns, &record, line);
                for field in &missing {
                    entry.silence(field);
                }
                read.entries.push(entry);
            }
            Err(e) => {
                read.problems.push(Located::of_file(
                    rows.of_position(bytes, e.position()),
                    FileProblem::UnreadableRow(e.to_string()),
                ));
                if e.is_io_error() {
                    break;
                }
            }
        }
    }
    read
}

/// The columns of the header row, by position (`None`: a column that is left out, its
/// problem reported), and the fields (domain names) of required columns that are
/// missing; problems go to `problems`, at the header's line.
fn header_columns(
    header: &ByteRecord,
    line: usize,
    problems: &mut Vec<Located>,
) -> (Vec<Option<Column>>, Vec<&'static str>) {
    let mut columns = vec![];
    let mut names = BTreeSet::new();
    for (i, raw) in header.iter().enumerate() {
        let Ok(name) = std::str::from_utf8(raw) else {
            problems.push(Located::new(
                line,
                format!("column {}", i + 1),
                FileProblem::CellNotUtf8,
            ));
            columns.push(None);
            continue;
        };
        let name = name.trim().to_lowercase();
        if name.is_empty() {
            problems.push(Located::new(
                line,
                format!("column {}", i + 1),
                FileProblem::UnnamedColumn,
            ));
            columns.push(None);
            continue;
        }
        if !names.insert(name.clone()) {
            problems.push(Located::new(line, &name, FileProblem::DuplicateColumn));
            columns.push(None);
            continue;
        }
        match Column::parse(&name) {
            Ok(c) => columns.push(Some(c)),
            Err(reason) => {
                problems.push(Located::new(line, &name, reason));
                columns.push(None);
            }
        }
    }
    let mut missing = vec![];
    for (column, field) in REQUIRED {
        if !names.contains(column) {
            problems.push(Located::new(line, column, FileProblem::MissingColumn));
            missing.push(field);
        }
    }
    (columns, missing)
}

fn read_row(columns: &[Option<Column>], record: &ByteRecord, line: usize) -> Entry {
    let mut e = Entry::new(Style::Csv, line);
    for (i, column) in columns.iter().enumerate() {
        let Some(column) = column else { continue };
        let field = match column {
            Column::Field(f) => (*f).to_owned(),
            Column::Text(kind, lang) => format!("{kind}.{lang}"),
        };
        // A short row (a spreadsheet may drop empty cells at the end) reads as empty.
        let Ok(cell) = std::str::from_utf8(record.get(i).unwrap_or_default()) else {
            e.problem(&field, FileProblem::CellNotUtf8);
            continue;
        };
        let cell = cell.trim();
        match column {
            Column::Text(kind, lang) => {
                if cell.is_empty() {
                    continue;
                }
                let t = e.offer.texts.entry(lang.clone()).or_default();
                match *kind {
                    "title" => t.title = cell.to_owned(),
                    "description" => t.description = cell.to_owned(),
                    _ => t.times = cell.to_owned(),
                }
            }
            Column::Field(f) => read_field(&mut e, f, cell),
        }
    }
    e
}

fn read_field(e: &mut Entry, field: &str, cell: &str) {
    let optional = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    match field {
        "id" | "category" if cell.is_empty() => e.problem(field, missing(field)),
        "id" => e.offer.external_id = cell.to_owned(),
        "category" => match Category::parse(cell) {
            Some(c) => e.offer.category = c,
            None => e.problem(field, Problem::UnknownCategory(cell.to_owned())),
        },
        "gemeinden" => e.offer.gemeinden = split_list(cell),
        "languages" => e.offer.languages = split_list(cell),
        "landkreis" => e.offer.landkreis = optional(cell),
        "address" => e.offer.address = cell.to_owned(),
        "phone" => e.offer.phone = cell.to_owned(),
        "email" => e.offer.email = cell.to_owned(),
        "web" => e.offer.web = cell.to_owned(),
        "schedule" => e.offer.schedule = optional(cell),
        "valid_from" | "valid_until" if cell.is_empty() => {}
        "valid_from" | "valid_until" => match parse_date(cell) {
            Ok(d) if field == "valid_from" => e.offer.valid_from = Some(d),
            Ok(d) => e.offer.valid_until = Some(d),
            Err(p) => e.problem(field, p),
        },
        _ => match cell.to_lowercase().as_str() {
            // WAHR and FALSCH: how a German Excel writes a yes/no cell.
            "" | "true" | "ja" | "wahr" | "1" => e.offer.active = true,
            "false" | "nein" | "falsch" | "0" => e.offer.active = false,
            _ => e.problem(field, FileProblem::NotYesNo(cell.to_owned())),
        },
    }
}

/// Every offer as a CSV offer file: the base columns, German texts, then the texts of
/// every other language any offer has.
pub(super) fn write(offers: &[Offer]) -> Result<String, String> {
    let mut langs: Vec<&str> = offers
        .iter()
        .flat_map(|o| o.texts.keys().map(String::as_str))
        .filter(|l| *l != REFERENCE)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    langs.insert(0, REFERENCE);
    let mut header: Vec<String> = BASE.iter().map(|s| (*s).to_owned()).collect();
    for lang in &langs {
        header.extend(TEXT_KINDS.iter().map(|k| format!("{k}_{lang}")));
    }
    let mut w = WriterBuilder::new().from_writer(vec![]);
    w.write_record(&header).map_err(|e| e.to_string())?;
    let day = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    for o in offers {
        let mut row = vec![
            o.external_id.clone(),
            o.category.key().to_owned(),
            o.gemeinden.join(" "),
            o.landkreis.clone().unwrap_or_default(),
            o.address.clone(),
            o.phone.clone(),
            o.email.clone(),
            o.web.clone(),
            o.languages.join(" "),
            o.schedule.clone().unwrap_or_default(),
            day(o.valid_from),
            day(o.valid_until),
            o.active.to_string(),
        ];
        for lang in &langs {
            let t = o.texts.get(*lang).cloned().unwrap_or_default();
            row.extend([t.title, t.description, t.times]);
        }
        w.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

//! What can be wrong with an offer file beyond the rules of one offer: its encoding, its
//! syntax, its columns or keys, the places it names, its ids. Each kind carries its
//! arguments, names a Fluent id (`offer-file-…`, for the upload page in the reader's
//! language) and reads as English (for the command line, as it always did).

use std::fmt;

use crate::domain::offer::Problem;
use crate::i18n::{Arg, Texts};

/// A problem of the file itself (not of one offer's field values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// A TOML file that is not UTF-8.
    TomlNotUtf8,
    /// A CSV file that is not UTF-8; `row`: the first row with a character that is not.
    CsvNotUtf8 {
        row: usize,
    },
    /// One cell or column name that is not UTF-8.
    CellNotUtf8,
    /// The TOML parser's complaint (English, from the parser).
    TomlSyntax(String),
    /// A top-level key other than `offer`.
    UnknownTopKey,
    /// `[offer]` instead of `[[offer]]`.
    NotOfferArray,
    /// A key in an offer that is none of `expected`.
    UnknownField {
        expected: String,
    },
    /// A column that is none of `expected` (nor `title_<language>` …).
    UnknownColumn {
        expected: String,
    },
    UnnamedColumn,
    DuplicateColumn,
    /// A required column absent from the header.
    MissingColumn,
    /// The CSV reader's complaint about the header row.
    UnreadableHeader(String),
    /// The CSV reader's complaint about a row.
    UnreadableRow(String),
    TooManyCells {
        cells: usize,
        columns: usize,
    },
    /// A required field (`id`, `category`) that is missing or empty.
    Missing(String),
    /// A CSV yes/no cell that is neither.
    NotYesNo(String),
    /// TOML `active` that is not a boolean.
    NotBool,
    /// A TOML value that should be text in quotes.
    NotText(String),
    /// A TOML value that should be a list (`gemeinden`, `languages`).
    NotList(String),
    /// A list item that should be text in quotes.
    NotTexts(String),
    /// An AGS written as a number (its leading 0 is lost).
    AgsNumber,
    NotDate(String),
    /// `[offer.title]` and its kin that is not a table of languages.
    NotTextTable(String),
    UnknownGemeinde(String),
    /// A 7-digit AGS whose 8-digit form (with the leading 0) exists.
    LeadingZero {
        ags: String,
        padded: String,
    },
    /// A Landkreis no Gemeinde belongs to: `like` one written otherwise, `known` the ones
    /// there are (empty: no Gemeinden yet).
    UnknownLandkreis {
        landkreis: String,
        like: Option<String>,
        known: Vec<String>,
    },
    /// A Gemeinde that exists but the importer does not administer.
    NotYourGemeinde(String),
    /// A whole Landkreis, named by a scoped administrator.
    LandkreisNeedsGlobal,
    /// An id of another Gemeinde's stored offer.
    ForeignId(String),
    /// An id that appeared before, at line `first`.
    DuplicateId {
        id: String,
        first: usize,
    },
}

/// Why a [`Located`](super::Located) problem is one: a rule of an offer, or the file's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    Offer(Problem),
    File(FileProblem),
}

impl From<Problem> for Reason {
    fn from(p: Problem) -> Self {
        Reason::Offer(p)
    }
}

impl From<FileProblem> for Reason {
    fn from(p: FileProblem) -> Self {
        Reason::File(p)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Offer(p) => p.fmt(f),
            Reason::File(p) => p.fmt(f),
        }
    }
}

fn num(n: usize) -> Arg<'static> {
    Arg::Number(n as f64)
}

impl FileProblem {
    /// The Fluent id saying it in a person's language.
    pub fn msg_id(&self) -> &'static str {
        use FileProblem::*;
        match self {
            TomlNotUtf8 => "offer-file-toml-not-utf8",
            CsvNotUtf8 { .. } => "offer-file-csv-not-utf8",
            CellNotUtf8 => "offer-file-cell-not-utf8",
            TomlSyntax(_) => "offer-file-toml-syntax",
            UnknownTopKey => "offer-file-unknown-top-key",
            NotOfferArray => "offer-file-not-offer-array",
            UnknownField { .. } => "offer-file-unknown-field",
            UnknownColumn { .. } => "offer-file-unknown-column",
            UnnamedColumn => "offer-file-unnamed-column",
            DuplicateColumn => "offer-file-duplicate-column",
            MissingColumn => "offer-file-missing-column",
            UnreadableHeader(_) => "offer-file-unreadable-header",
            UnreadableRow(_) => "offer-file-unreadable-row",
            TooManyCells { .. } => "offer-file-too-many-cells",
            Missing(f) if f == "id" => "offer-file-missing-id",
            Missing(f) if f == "category" => "offer-file-missing-category",
            Missing(_) => "offer-file-missing",
            NotYesNo(_) => "offer-file-not-yes-no",
            NotBool => "offer-file-not-bool",
            NotText(_) => "offer-file-not-text",
            NotList(_) => "offer-file-not-list",
            NotTexts(_) => "offer-file-not-texts",
            AgsNumber => "offer-file-ags-number",
            NotDate(_) => "offer-file-not-date",
            NotTextTable(_) => "offer-file-not-text-table",
            UnknownGemeinde(_) => "offer-file-unknown-gemeinde",
            LeadingZero { .. } => "offer-file-leading-zero",
            UnknownLandkreis { like: Some(_), .. } => "offer-file-landkreis-like",
            UnknownLandkreis { known, .. } if known.is_empty() => "offer-file-landkreis-none-yet",
            UnknownLandkreis { .. } => "offer-file-unknown-landkreis",
            NotYourGemeinde(_) => "offer-file-not-your-gemeinde",
            LandkreisNeedsGlobal => "offer-file-landkreis-global",
            ForeignId(_) => "offer-file-foreign-id",
            DuplicateId { .. } => "offer-file-duplicate-id",
        }
    }

    /// The arguments of [`msg_id`](Self::msg_id).
    pub fn args(&self) -> Vec<(&'static str, Arg<'_>)> {
        use FileProblem::*;
        match self {
            CsvNotUtf8 { row } => vec![("row", num(*row))],
            TomlSyntax(d) | UnreadableHeader(d) | UnreadableRow(d) => {
                vec![("detail", Arg::text(d.as_str()))]
            }
            UnknownField { expected } | UnknownColumn { expected } => {
                vec![("expected", Arg::text(expected.as_str()))]
            }
            TooManyCells { cells, columns } => {
                vec![("cells", num(*cells)), ("columns", num(*columns))]
            }
            Missing(field) | NotText(field) | NotList(field) | NotTexts(field) | NotDate(field)
            | NotTextTable(field) => vec![("field", Arg::text(field.as_str()))],
            NotYesNo(cell) => vec![("value", Arg::text(cell.as_str()))],
            UnknownGemeinde(ags) | NotYourGemeinde(ags) => vec![("ags", Arg::text(ags.as_str()))],
            LeadingZero { ags, padded } => vec![
                ("ags", Arg::text(ags.as_str())),
                ("padded", Arg::text(padded.as_str())),
            ],
            UnknownLandkreis {
                landkreis,
                like,
                known,
            } => vec![
                ("landkreis", Arg::text(landkreis.as_str())),
                ("like", Arg::text(like.clone().unwrap_or_default())),
                ("known", Arg::text(known.join(", "))),
            ],
            ForeignId(id) => vec![("id", Arg::text(id.as_str()))],
            DuplicateId { id, first } => {
                vec![("id", Arg::text(id.as_str())), ("first", num(*first))]
            }
            TomlNotUtf8 | CellNotUtf8 | UnknownTopKey | NotOfferArray | UnnamedColumn
            | DuplicateColumn | MissingColumn | NotBool | AgsNumber | LandkreisNeedsGlobal => {
                vec![]
            }
        }
    }

    /// Said in `lang` (Telegram HTML, as every message).
    pub fn text(&self, texts: &Texts, lang: &str) -> String {
        texts.t_with(lang, self.msg_id(), &self.args())
    }
}

/// A required field, as the English message names it.
fn a_field(field: &str) -> String {
    match field {
        "id" => "an id (e.g. hemmingen-sprachcafe)".to_owned(),
        "category" => "a category".to_owned(),
        other => format!("a {other}"),
    }
}

fn list_example(field: &str) -> &'static str {
    match field {
        "gemeinden" => "gemeinden = [\"08118011\"]",
        _ => "languages = [\"de\", \"ar\"]",
    }
}

impl fmt::Display for FileProblem {
    /// The English of the command line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FileProblem::*;
        match self {
            TomlNotUtf8 => write!(f, "not UTF-8 text; save the file with the encoding UTF-8"),
            CsvNotUtf8 { row } => write!(
                f,
                "the file is not UTF-8 text (the first character that is not is in line {row}); \
                 it was probably saved as \"CSV (Trennzeichen-getrennt)\" (Windows-1252): save it \
                 again as \"CSV UTF-8 (durch Trennzeichen getrennt)\" and import that"
            ),
            CellNotUtf8 => write!(f, "not UTF-8 text; save the file as \"CSV UTF-8\""),
            TomlSyntax(d) => write!(f, "not valid TOML: {d}"),
            UnknownTopKey => write!(f, "unknown key; an offer file holds only [[offer]] tables"),
            NotOfferArray => write!(f, "start each offer with a line [[offer]] (two brackets)"),
            UnknownField { expected } => write!(f, "unknown field (expected one of: {expected})"),
            UnknownColumn { expected } => write!(
                f,
                "unknown column (expected: {expected}, and title_<language>, description_<language>, times_<language>)"
            ),
            UnnamedColumn => write!(f, "has no name"),
            DuplicateColumn => write!(f, "this column appears twice"),
            MissingColumn => write!(f, "missing column (required)"),
            UnreadableHeader(d) => write!(f, "cannot read the header row: {d}"),
            UnreadableRow(d) => write!(f, "cannot read this row: {d}"),
            TooManyCells { cells, columns } => write!(
                f,
                "this row has {cells} cells but the header names only {columns} columns"
            ),
            Missing(field) => write!(f, "missing: every offer needs {}", a_field(field)),
            NotYesNo(cell) => write!(
                f,
                "\"{cell}\" is not yes or no (expected true/false, ja/nein, wahr/falsch or 1/0; empty means true)"
            ),
            NotBool => write!(f, "expected true or false (without quotes)"),
            NotText(field) => write!(f, "expected text in quotes, e.g. {field} = \"…\""),
            NotList(field) => write!(f, "expected a list, e.g. {}", list_example(field)),
            NotTexts(field) => write!(f, "expected texts in quotes, e.g. {}", list_example(field)),
            AgsNumber => write!(
                f,
                "write each AGS in quotes, e.g. [\"08118011\"]: as a number it loses its leading 0"
            ),
            NotDate(field) => write!(f, "expected a date, e.g. {field} = \"2026-01-31\""),
            NotTextTable(kind) => write!(
                f,
                "expected a text per language, e.g. [offer.{kind}] with de = \"…\""
            ),
            UnknownGemeinde(ags) => Problem::UnknownGemeinde(ags.clone()).fmt(f),
            LeadingZero { ags, padded } => write!(
                f,
                "no Gemeinde with AGS {ags}; did you mean {padded}? (a spreadsheet drops the leading 0 unless the column is formatted as text)"
            ),
            UnknownLandkreis {
                landkreis,
                like,
                known,
            } => {
                write!(f, "no Gemeinde belongs to Landkreis \"{landkreis}\"")?;
                match like {
                    Some(l) => write!(f, "; did you mean \"{l}\"?"),
                    None if known.is_empty() => write!(
                        f,
                        ": there are no Gemeinden yet; add them with: wegweiser admin gemeinde add"
                    ),
                    None => write!(
                        f,
                        " (known Landkreise: {}); add one of its Gemeinden first with: wegweiser admin gemeinde add",
                        known.join(", ")
                    ),
                }
            }
            NotYourGemeinde(ags) => {
                write!(f, "the Gemeinde with AGS {ags} is not one you administer")
            }
            LandkreisNeedsGlobal => write!(
                f,
                "only a global administrator may keep offers for a whole Landkreis"
            ),
            ForeignId(id) => write!(
                f,
                "\"{id}\" is an offer of a Gemeinde you do not administer"
            ),
            DuplicateId { id, first } => write!(
                f,
                "\"{id}\": {} (first at line {first})",
                Problem::DuplicateId
            ),
        }
    }
}

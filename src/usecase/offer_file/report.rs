//! How an offers command fails: one line for a problem with the command itself, or the
//! list of everything wrong in a file, one line per problem, as `FILE:LINE: FIELD: message`.

use std::fmt;

use super::FileFormat;
use super::problem::{FileProblem, Reason};
use crate::store::StoreError;

/// One problem and where it is. A syntax error has no field; a problem with the file as a
/// whole has no line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub line: Option<usize>,
    /// As the file names it: `title.de` in TOML, `title_de` in CSV.
    pub field: Option<String>,
    /// What is wrong, with its arguments: English by `Display` (the command line), in a
    /// person's language by its Fluent id (the upload page).
    pub reason: Reason,
}

impl Located {
    pub(super) fn new(line: usize, field: impl Into<String>, reason: impl Into<Reason>) -> Self {
        Located {
            line: Some(line),
            field: Some(field.into()),
            reason: reason.into(),
        }
    }

    /// A problem of the file at `line` (or of the whole file), not of one field.
    pub(super) fn of_file(line: Option<usize>, problem: FileProblem) -> Self {
        Located {
            line,
            field: None,
            reason: Reason::File(problem),
        }
    }

    /// `FILE:LINE: FIELD: message`, on one line whatever the file contained.
    pub fn render(&self, file: &str) -> String {
        let mut out = one_line(file);
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
        }
        if let Some(field) = &self.field {
            out.push_str(&format!(": {}", one_line(field)));
        }
        out.push_str(&format!(": {}", one_line(&self.reason.to_string())));
        out
    }
}

/// Control characters (a newline in a quoted key, a tab) become spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Everything wrong with a file; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub file: String,
    /// In line order.
    pub problems: Vec<Located>,
}

impl fmt::Display for Rejected {
    /// One line per problem, then `N problems; nothing was imported`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            writeln!(f, "{}", p.render(&self.file))?;
        }
        match self.problems.len() {
            1 => write!(f, "1 problem; nothing was imported"),
            n => write!(f, "{n} problems; nothing was imported"),
        }
    }
}

/// Why an offers command failed.
#[derive(Debug, thiserror::Error)]
pub enum OffersError {
    /// The command cannot be carried out as asked (a file that cannot be read, an unknown
    /// format); one line, nothing was written.
    #[error("{0}")]
    Input(String),
    /// The file has problems; nothing was written.
    #[error("{0}")]
    Rejected(Rejected),
    /// The file holds no offer at all; nothing was written.
    #[error("no offers in {file} ({})", how_offers_start(*.format))]
    NoOffers { file: String, format: FileFormat },
    /// Someone changed the Gemeinden or the offers while the file was being saved; nothing
    /// was written, trying again may work.
    #[error("{}", .what.english(.file))]
    Conflict { file: String, what: Conflict },
    /// The database failed.
    #[error("{0}")]
    Store(#[source] StoreError),
}

/// What changed under an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    GemeindeRemoved,
    SavedMeanwhile,
}

/// How a file of `format` holds its offers (for "no offers").
fn how_offers_start(format: FileFormat) -> &'static str {
    match format {
        FileFormat::Toml => "each offer starts with a line [[offer]]",
        FileFormat::Csv => "one offer per row below the header",
    }
}

impl Conflict {
    fn english(self, file: &str) -> String {
        match self {
            Conflict::GemeindeRemoved => format!(
                "a Gemeinde named in {file} was removed while importing; nothing was imported, try again"
            ),
            Conflict::SavedMeanwhile => format!(
                "an offer of {file} was saved by someone else while importing; nothing was imported, try again"
            ),
        }
    }

    pub fn msg_id(self) -> &'static str {
        match self {
            Conflict::GemeindeRemoved => "offer-file-gemeinde-removed",
            Conflict::SavedMeanwhile => "offer-file-saved-meanwhile",
        }
    }
}

impl From<StoreError> for OffersError {
    fn from(e: StoreError) -> Self {
        OffersError::Store(e)
    }
}

pub fn input(message: impl Into<String>) -> OffersError {
    OffersError::Input(message.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_read_as_file_line_field_message() {
        let rejected = Rejected {
            file: "offers.toml".into(),
            problems: vec![
                Located::new(4, "category", FileProblem::Missing("category".into())),
                Located::of_file(Some(9), FileProblem::TomlSyntax("extra\n`=`".into())),
                Located::of_file(None, FileProblem::TomlNotUtf8),
            ],
        };
        assert_eq!(
            rejected.to_string(),
            "offers.toml:4: category: missing: every offer needs a category\n\
             offers.toml:9: not valid TOML: extra `=`\n\
             offers.toml: not UTF-8 text; save the file with the encoding UTF-8\n\
             3 problems; nothing was imported"
        );
        let one = Rejected {
            file: "a.csv".into(),
            problems: vec![Located::new(
                2,
                "web",
                crate::domain::offer::Problem::BadUrl,
            )],
        };
        assert!(
            one.to_string()
                .ends_with("\n1 problem; nothing was imported")
        );
    }
}

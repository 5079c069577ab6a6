//! An offer as read from a file, with the lines its fields stood on, so that every
//! problem, found while reading or later against the rules and the database, can say
//! where it is.

use std::collections::{BTreeMap, BTreeSet};

use super::problem::{FileProblem, Reason};
use super::report::Located;
use crate::domain::offer::{Category, Offer};

/// How a file names a field: `title.de` in TOML, the column `title_de` in CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    Toml,
    Csv,
}

/// What reading a file gave: the offers in it, and what could not be read.
#[derive(Debug, Default)]
pub(super) struct Read {
    pub entries: Vec<Entry>,
    /// Problems outside any one offer (syntax, header, unknown top-level keys).
    pub problems: Vec<Located>,
}

#[derive(Debug, Clone)]
pub(super) struct Entry {
    /// As read: fields that could not be read keep their defaults.
    pub offer: Offer,
    /// Where the offer starts (its `[[offer]]` header or its CSV row).
    pub line: usize,
    style: Style,
    /// The line of each field present, by its domain name (`id`, `title.de`, …).
    lines: BTreeMap<String, usize>,
    /// Problems found while reading.
    problems: Vec<Located>,
    /// The fields (domain names) those problems are about.
    reported: BTreeSet<String>,
}

impl Entry {
    pub fn new(style: Style, line: usize) -> Entry {
        Entry {
            // Stands in until the category is read; a missing one is a problem.
            offer: Offer::blank("", Category::Beratung),
            line,
            style,
            lines: BTreeMap::new(),
            problems: vec![],
            reported: BTreeSet::new(),
        }
    }

    /// Remembers that `field` stands on `line`.
    pub fn field_at(&mut self, field: &str, line: usize) {
        self.lines.insert(field.to_owned(), line);
    }

    /// The line of `field`, or of the offer when the field is not in the file.
    pub fn line_of(&self, field: &str) -> usize {
        self.lines.get(field).copied().unwrap_or(self.line)
    }

    /// `field` (a domain name) as the file names it.
    pub fn name(&self, field: &str) -> String {
        match self.style {
            Style::Toml => field.to_owned(),
            Style::Csv => field.replace('.', "_"),
        }
    }

    /// A problem with `field`, at its line.
    pub fn locate(&self, field: &str, reason: impl Into<Reason>) -> Located {
        Located::new(self.line_of(field), self.name(field), reason)
    }

    /// Records a problem found while reading `field`.
    pub fn problem(&mut self, field: &str, reason: impl Into<Reason>) {
        let located = self.locate(field, reason);
        self.problems.push(located);
        self.reported.insert(field.to_owned());
    }

    /// Keeps the rule checks quiet about `field`, whose problem is reported elsewhere
    /// (a required column missing from the header).
    pub fn silence(&mut self, field: &str) {
        self.reported.insert(field.to_owned());
    }

    pub fn problems(&self) -> &[Located] {
        &self.problems
    }

    /// Whether reading `field`, or the table it is in (`title` for `title.de`), went
    /// wrong already: its rule checks would repeat that.
    pub fn reported(&self, field: &str) -> bool {
        self.reported.contains(field)
            || field
                .split_once('.')
                .is_some_and(|(table, _)| self.reported.contains(table))
    }
}

/// Why a required field is missing.
pub(super) fn missing(field: &str) -> FileProblem {
    FileProblem::Missing(field.to_owned())
}

/// `gemeinden` and `languages` written as one text: separated by spaces, `;` or `,`.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ';' || c == ',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_located_and_named_as_the_file_names_them() {
        let mut toml = Entry::new(Style::Toml, 3);
        toml.field_at("title.de", 7);
        assert_eq!(toml.line_of("title.de"), 7);
        assert_eq!(toml.line_of("web"), 3);
        toml.problem("title.de", FileProblem::NotText("title.de".into()));
        assert!(toml.reported("title.de") && !toml.reported("web"));
        toml.problem("times", FileProblem::NotTextTable("times".into()));
        assert!(toml.reported("times.ar"));
        assert_eq!(
            toml.problems()[0],
            Located::new(7, "title.de", FileProblem::NotText("title.de".into()))
        );

        let csv = Entry::new(Style::Csv, 5);
        assert_eq!(
            csv.locate("times.ar", FileProblem::NotBool),
            Located::new(5, "times_ar", FileProblem::NotBool)
        );
    }

    #[test]
    fn lists_split_on_spaces_semicolons_and_commas() {
        assert_eq!(
            split_list(" 08118011; 08118012,08118013  08118014 "),
            ["08118011", "08118012", "08118013", "08118014"]
        );
        assert!(split_list(" ; ").is_empty());
    }
}

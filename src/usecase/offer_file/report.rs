//! How an offers command fails: one line for a problem with the command itself, or the
//! list of everything wrong in a file, one line per problem, as `FILE:LINE: FIELD: message`.

use std::fmt;

use crate::domain::offer::Problem;
use crate::store::StoreError;

/// One problem and where it is. A syntax error has no field; a problem with the file as a
/// whole has no line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub line: Option<usize>,
    /// As the file names it: `title.de` in TOML, `title_de` in CSV.
    pub field: Option<String>,
    pub message: String,
    /// The domain problem behind `message`, when there is one, so that the web can say it in
    /// the reader's language; `None` for the readers' own (parser) problems, which are
    /// English only so far.
    pub problem: Option<Problem>,
}

impl Located {
    pub(super) fn new(line: usize, field: impl Into<String>, message: impl Into<String>) -> Self {
        Located {
            problem: None,
            line: Some(line),
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// A domain problem at `line`: the English message and the problem itself.
    pub(super) fn of_problem(line: usize, field: impl Into<String>, problem: Problem) -> Self {
        Located {
            problem: Some(problem.clone()),
            ..Located::new(line, field, problem.to_string())
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
        out.push_str(&format!(": {}", one_line(&self.message)));
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
    /// The database failed.
    #[error("{0}")]
    Store(#[source] StoreError),
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
                Located::new(4, "category", "unknown category \"kurs\""),
                Located {
                    problem: None,
                    line: Some(9),
                    field: None,
                    message: "not valid TOML:\nextra `=`".into(),
                },
                Located {
                    problem: None,
                    line: None,
                    field: None,
                    message: "no offers".into(),
                },
            ],
        };
        assert_eq!(
            rejected.to_string(),
            "offers.toml:4: category: unknown category \"kurs\"\n\
             offers.toml:9: not valid TOML: extra `=`\n\
             offers.toml: no offers\n\
             3 problems; nothing was imported"
        );
        let one = Rejected {
            file: "a.csv".into(),
            problems: vec![Located::new(2, "web", "bad")],
        };
        assert!(
            one.to_string()
                .ends_with("\n1 problem; nothing was imported")
        );
    }
}

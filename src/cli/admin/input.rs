//! What a person typed, checked before anything is written, and how a command fails.

use crate::domain::gemeinde::Ags;
use crate::store::StoreError;

/// Exit code for a mistake in the command (bad or unknown input).
pub const EXIT_INPUT: u8 = 2;
/// Exit code for a database failure.
pub const EXIT_DATABASE: u8 = 1;

/// Why a command failed; its `Display` is one line for stderr.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// The command asks for something wrong or unknown; nothing was changed.
    #[error("{0}")]
    Input(String),
    /// The database failed.
    #[error("{0}")]
    Store(#[source] StoreError),
}

impl AdminError {
    pub fn exit_code(&self) -> u8 {
        match self {
            AdminError::Input(_) => EXIT_INPUT,
            AdminError::Store(_) => EXIT_DATABASE,
        }
    }
}

impl From<StoreError> for AdminError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Duplicate | StoreError::MissingReference => {
                AdminError::Input(e.to_string())
            }
            e => AdminError::Store(e),
        }
    }
}

pub(super) fn input(message: impl Into<String>) -> AdminError {
    AdminError::Input(message.into())
}

/// An AGS as typed, or a one-line explanation.
pub fn parse_ags(text: &str) -> Result<Ags, AdminError> {
    text.parse::<Ags>().map_err(|_| bad_ags(text))
}

/// The one-line explanation of an AGS that is not one.
pub(super) fn bad_ags(text: &str) -> AdminError {
    input(format!(
        "bad AGS {text:?}: {}",
        crate::domain::gemeinde::BadAgs
    ))
}

/// A name as typed: trimmed, not empty, one line, at most
/// [`structure::MAX_NAME`](crate::usecase::structure::MAX_NAME) UTF-16 units (the rule
/// of [`structure::name_problem`](crate::usecase::structure::name_problem)).
pub fn required_text(flag: &str, text: &str) -> Result<String, AdminError> {
    match crate::usecase::structure::name_problem(text) {
        Some(p) => Err(name_error(flag, p)),
        None => Ok(text.trim().to_owned()),
    }
}

/// What is wrong with the name given with `flag`, in one line.
pub(super) fn name_error(flag: &str, p: crate::usecase::structure::NameProblem) -> AdminError {
    use crate::usecase::structure::{MAX_NAME, NameProblem};
    input(match p {
        NameProblem::Empty => format!("{flag} must not be empty"),
        NameProblem::NotOneLine => format!("{flag} must be one line of text"),
        NameProblem::TooLong => {
            format!("{flag} is too long (at most {MAX_NAME} characters; an emoji counts as two)")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_is_validated_in_one_line() {
        assert_eq!(parse_ags(" 08118011 ").unwrap().as_str(), "08118011");
        let e = parse_ags("0811801\nx").unwrap_err();
        assert_eq!(e.exit_code(), EXIT_INPUT);
        assert!(!e.to_string().contains('\n'), "{e}");
        assert!(e.to_string().contains("8 digits"), "{e}");

        assert_eq!(
            required_text("--name", "  Frau Keller ").unwrap(),
            "Frau Keller"
        );
        for bad in ["", "   ", "a\nb", &"x".repeat(101)] {
            let e = required_text("--name", bad).unwrap_err();
            assert!(e.to_string().starts_with("--name"), "{e}");
        }
    }

    #[test]
    fn store_errors_map_to_exit_codes() {
        assert_eq!(AdminError::from(StoreError::Duplicate).exit_code(), 2);
        assert_eq!(
            AdminError::from(StoreError::MissingReference).exit_code(),
            2
        );
        let db = StoreError::Database(sqlx::Error::PoolTimedOut);
        assert_eq!(AdminError::from(db).exit_code(), 1);
    }
}

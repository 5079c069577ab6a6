//! The rules every offer must meet, field by field: the same for the file import and the
//! bot's dialogue. Each [`Problem`] names a Fluent id (for the bot) and reads as English
//! (for the command line).

use chrono::NaiveDate;

use super::Category;
use super::schedule::ScheduleProblem;

/// Longest title, description, times, address: keeps a detail page far below Telegram's
/// 4,096 characters and a list line readable.
pub const MAX_TITLE: usize = 120;
pub const MAX_DESCRIPTION: usize = 1500;
pub const MAX_TIMES: usize = 300;
pub const MAX_ADDRESS: usize = 200;
pub const MAX_CONTACT: usize = 200;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    BadId,
    UnknownCategory(String),
    MissingGermanTitle,
    TooLong(usize),
    BadSchedule(ScheduleProblem),
    UnknownGemeinde(String),
    NoPlace,
    DuplicateId,
    BadUrl,
    BadEmail,
    BadPhone,
    BadDate(String),
    DatesReversed,
    UnknownLanguage(String),
    Missing,
    /// A Gemeinde or Landkreis the editor does not administer.
    OutsideScope,
}

impl Problem {
    /// The Fluent id telling a person in the bot what to fix.
    pub fn msg_id(&self) -> &'static str {
        match self {
            Problem::BadId => "offer-problem-id",
            Problem::UnknownCategory(_) => "offer-problem-category",
            Problem::MissingGermanTitle | Problem::Missing => "offer-problem-missing",
            Problem::TooLong(_) => "offer-problem-too-long",
            Problem::BadSchedule(_) => "offer-problem-schedule",
            Problem::UnknownGemeinde(_) | Problem::NoPlace => "offer-problem-place",
            Problem::DuplicateId => "offer-problem-duplicate",
            Problem::BadUrl => "offer-problem-url",
            Problem::BadEmail => "offer-problem-email",
            Problem::BadPhone => "offer-problem-phone",
            Problem::BadDate(_) | Problem::DatesReversed => "offer-problem-date",
            Problem::UnknownLanguage(_) => "offer-problem-language",
            Problem::OutsideScope => "offer-problem-scope",
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::BadId => write!(
                f,
                "an id is 1 to 64 characters: lower-case letters, digits, '-', '_' or '.'"
            ),
            Problem::UnknownCategory(c) => write!(
                f,
                "unknown category \"{c}\" (expected one of: {})",
                Category::ALL.map(Category::key).join(", ")
            ),
            Problem::MissingGermanTitle => write!(f, "the German title (de) is required"),
            Problem::Missing => write!(f, "required"),
            Problem::TooLong(max) => write!(f, "longer than {max} characters"),
            Problem::BadSchedule(e) => write!(
                f,
                "not a schedule: {e}; e.g. \"0 18 * * 2\" means Tuesdays at 18:00"
            ),
            Problem::UnknownGemeinde(ags) => write!(
                f,
                "no Gemeinde with AGS {ags} (add it first: wegweiser admin gemeinde add)"
            ),
            Problem::NoPlace => write!(f, "name at least one Gemeinde (AGS) or a Landkreis"),
            Problem::DuplicateId => write!(f, "this id appears more than once in the file"),
            Problem::BadUrl => write!(
                f,
                "not a web address (expected http:// or https://, e.g. https://www.example.de)"
            ),
            Problem::BadEmail => write!(f, "not an e-mail address"),
            Problem::BadPhone => write!(
                f,
                "not a phone number (digits, spaces, '+', '/', '-', '(', ')')"
            ),
            Problem::BadDate(d) => write!(f, "\"{d}\" is not a date (expected YYYY-MM-DD)"),
            Problem::DatesReversed => write!(f, "valid_until is before valid_from"),
            Problem::OutsideScope => write!(
                f,
                "only Gemeinden you administer (a whole Landkreis: only a global administrator)"
            ),
            Problem::UnknownLanguage(l) => write!(
                f,
                "\"{l}\" is not a language code (two or three lower-case letters, e.g. de, ar, ti)"
            ),
        }
    }
}

/// A problem and the field it is in (`title.de`, `web`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

fn too_long(s: &str, max: usize) -> bool {
    crate::domain::text::too_long(s, max)
}

pub fn check_id(id: &str) -> Result<(), Problem> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
    if ok { Ok(()) } else { Err(Problem::BadId) }
}

/// A web address: http or https with a host.
pub fn check_web(s: &str) -> Result<(), Problem> {
    if s.is_empty() {
        return Ok(());
    }
    match url::Url::parse(s) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {
            if too_long(s, MAX_CONTACT) {
                Err(Problem::TooLong(MAX_CONTACT))
            } else {
                Ok(())
            }
        }
        _ => Err(Problem::BadUrl),
    }
}

/// An e-mail address in the shape `local@domain.tld`; no more is knowable without sending.
pub fn check_email(s: &str) -> Result<(), Problem> {
    if s.is_empty() {
        return Ok(());
    }
    let ok = match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
                && !domain.contains('@')
        }
        None => false,
    };
    if !ok {
        Err(Problem::BadEmail)
    } else if too_long(s, MAX_CONTACT) {
        Err(Problem::TooLong(MAX_CONTACT))
    } else {
        Ok(())
    }
}

pub fn check_phone(s: &str) -> Result<(), Problem> {
    if s.is_empty() {
        return Ok(());
    }
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let ok = digits >= 3
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '/' | '-' | '(' | ')'));
    if !ok {
        Err(Problem::BadPhone)
    } else if too_long(s, 40) {
        Err(Problem::TooLong(40))
    } else {
        Ok(())
    }
}

pub fn check_language(code: &str) -> Result<(), Problem> {
    let ok = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
    if ok {
        Ok(())
    } else {
        Err(Problem::UnknownLanguage(code.to_owned()))
    }
}

/// A schedule: five fields (minute hour day month weekday), as in `digest.schedule`.
pub fn parse_schedule(s: &str) -> Result<croner::Cron, Problem> {
    super::schedule::read_schedule(s).map_err(Problem::BadSchedule)
}

pub fn parse_date(s: &str) -> Result<NaiveDate, Problem> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| Problem::BadDate(s.to_owned()))
}

/// A length check for a free-text field.
pub fn check_text(s: &str, max: usize) -> Result<(), Problem> {
    if too_long(s, max) {
        Err(Problem::TooLong(max))
    } else {
        Ok(())
    }
}

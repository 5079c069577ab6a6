//! The structure of integration management: organisations (the four kinds of the Pakt),
//! Gemeinden, and administrators limited to one of them ([`admins`]) — once for the bot
//! (`/add_org`, `/add_gemeinde`), the web pages (`/admin/organisations`,
//! `/admin/gemeinden`, `/admin/administrators`) and the command line (`wegweiser admin
//! org|gemeinde|scope`).
//!
//! Only a global administrator (and the command line, run by whoever runs the server)
//! adds organisations, Gemeinden and scoped administrators; a scoped administrator sees
//! their Gemeinden, read-only. A refusal is audited (`scope.refused`), as the other
//! administrators' actions are; what is added is audited by the store.

pub mod admins;

use chrono::{DateTime, Utc};

use super::managers::Asker;
use crate::domain::gemeinde::{Ags, OrgKind};
use crate::store::orgs::{Gemeinde, GemeindeRow, Organisation, OrganisationRow};
use crate::store::{Store, StoreError};

/// The longest name of an organisation, a Gemeinde or a Landkreis, in UTF-16 code units
/// (as Telegram counts the messages the name is echoed in).
pub const MAX_NAME: usize = 100;

/// What is wrong with a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// A line break or another control character.
    NotOneLine,
    /// Longer than [`MAX_NAME`].
    TooLong,
}

/// What is wrong with `text` as a name (trimmed), if anything.
pub fn name_problem(text: &str) -> Option<NameProblem> {
    let text = text.trim();
    if text.is_empty() {
        Some(NameProblem::Empty)
    } else if text.chars().any(char::is_control) {
        Some(NameProblem::NotOneLine)
    } else if crate::domain::text::too_long(text, MAX_NAME) {
        Some(NameProblem::TooLong)
    } else {
        None
    }
}

/// Refuses a person who is not a global administrator: audited, `true` if refused.
async fn refused(
    store: &dyn Store,
    asker: Asker<'_>,
    subject: &str,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    if asker.is_global() {
        return Ok(false);
    }
    asker.refuse(store, subject, now).await?;
    Ok(true)
}

// ---- organisations ------------------------------------------------------------------

/// What became of a new organisation. Nothing is written unless it is `Done`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgAdded {
    Done(Organisation),
    BadName(NameProblem),
    /// Not one of gemeinde, landkreis, traeger, verbund.
    BadKind,
    /// Not a global administrator: audited.
    NotAllowed,
}

/// Adds an organisation of `kind` (`gemeinde`, `landkreis`, `traeger`, `verbund`).
pub async fn add_organisation(
    store: &dyn Store,
    asker: Asker<'_>,
    name: &str,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<OrgAdded, StoreError> {
    if refused(store, asker, "organisation:new", now).await? {
        return Ok(OrgAdded::NotAllowed);
    }
    let Ok(kind) = kind.parse::<OrgKind>() else {
        return Ok(OrgAdded::BadKind);
    };
    if let Some(p) = name_problem(name) {
        return Ok(OrgAdded::BadName(p));
    }
    let org = store
        .add_organisation(name.trim(), kind.as_str(), asker.actor(), now)
        .await?;
    Ok(OrgAdded::Done(org))
}

/// Every organisation with its managers and the Gemeinden they serve; `None` (audited)
/// for anyone but a global administrator.
pub async fn organisations(
    store: &dyn Store,
    asker: Asker<'_>,
    now: DateTime<Utc>,
) -> Result<Option<Vec<OrganisationRow>>, StoreError> {
    if refused(store, asker, "organisations", now).await? {
        return Ok(None);
    }
    Ok(Some(store.organisation_rows().await?))
}

// ---- Gemeinden ----------------------------------------------------------------------

/// What is wrong with an AGS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgsProblem {
    /// Not 8 digits.
    Malformed,
    /// This Gemeinde exists already.
    Taken(Gemeinde),
}

/// What is wrong with a Landkreis for this AGS. The Kreis is the AGS's first five digits;
/// the Gemeinden already stored say which Landkreis each Kreis is (the offer file names
/// a Landkreis by the same name, so one name must mean one Kreis).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LandkreisProblem {
    Name(NameProblem),
    /// The AGS lies in a Kreis whose Gemeinden are stored under another Landkreis.
    NotTheKreis {
        known: String,
    },
    /// This Landkreis's Gemeinden lie in another Kreis (`kreis`: its five digits).
    OtherKreis {
        kreis: String,
    },
}

/// Every problem of a new Gemeinde, by field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GemeindeProblems {
    pub ags: Option<AgsProblem>,
    pub name: Option<NameProblem>,
    pub landkreis: Option<LandkreisProblem>,
}

/// What became of a new Gemeinde. Nothing is written unless it is `Done`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GemeindeAdded {
    Done(Gemeinde),
    Invalid(GemeindeProblems),
    /// Not a global administrator: audited.
    NotAllowed,
}

/// Adds a Gemeinde: its AGS (8 digits, not yet taken), its name, its Landkreis (the
/// same as its Kreis's other Gemeinden; written as they are).
pub async fn add_gemeinde(
    store: &dyn Store,
    asker: Asker<'_>,
    ags: &str,
    name: &str,
    landkreis: &str,
    now: DateTime<Utc>,
) -> Result<GemeindeAdded, StoreError> {
    if refused(store, asker, "gemeinde:new", now).await? {
        return Ok(GemeindeAdded::NotAllowed);
    }
    let mut problems = GemeindeProblems {
        name: name_problem(name),
        landkreis: name_problem(landkreis).map(LandkreisProblem::Name),
        ..GemeindeProblems::default()
    };
    let landkreis = landkreis.trim();
    let mut written = landkreis.to_owned();
    match ags.parse::<Ags>() {
        Err(_) => problems.ags = Some(AgsProblem::Malformed),
        Ok(ags) => {
            let all = store.gemeinden().await?;
            if let Some(g) = all.iter().find(|g| g.ags == ags.as_str()) {
                problems.ags = Some(AgsProblem::Taken(g.clone()));
            } else if problems.landkreis.is_none() {
                match landkreis_of(&all, &ags, landkreis) {
                    Ok(known) => written = known,
                    Err(p) => problems.landkreis = Some(p),
                }
            }
        }
    }
    if problems != GemeindeProblems::default() {
        return Ok(GemeindeAdded::Invalid(problems));
    }
    match store
        .add_gemeinde(ags.trim(), name.trim(), &written, asker.actor(), now)
        .await
    {
        Ok(g) => Ok(GemeindeAdded::Done(g)),
        // Added by someone else a moment ago.
        Err(StoreError::Duplicate) => match store.gemeinde_by_ags(ags.trim()).await? {
            Some(g) => Ok(GemeindeAdded::Invalid(GemeindeProblems {
                ags: Some(AgsProblem::Taken(g)),
                ..GemeindeProblems::default()
            })),
            None => Err(StoreError::Duplicate),
        },
        Err(e) => Err(e),
    }
}

/// The Landkreis to store for `ags` when `said`: as the Kreis's Gemeinden spell it.
fn landkreis_of(all: &[Gemeinde], ags: &Ags, said: &str) -> Result<String, LandkreisProblem> {
    let kreis = |g: &Gemeinde| g.ags.get(..5).unwrap_or_default().to_owned();
    let same = |g: &Gemeinde| g.landkreis.to_lowercase() == said.to_lowercase();
    if let Some(g) = all.iter().find(|g| kreis(g) == ags.kreis()) {
        return if same(g) {
            Ok(g.landkreis.clone())
        } else {
            Err(LandkreisProblem::NotTheKreis {
                known: g.landkreis.clone(),
            })
        };
    }
    match all.iter().find(|g| same(g)) {
        Some(g) => Err(LandkreisProblem::OtherKreis { kreis: kreis(g) }),
        None => Ok(said.to_owned()),
    }
}

/// The Gemeinden the asker administers (a global administrator: all), by name, with
/// their managers and clients: one statement, however many Gemeinden there are.
pub async fn gemeinden(
    store: &dyn Store,
    asker: Asker<'_>,
) -> Result<Vec<GemeindeRow>, StoreError> {
    let own = asker.administered(store).await?;
    let mut rows = store.gemeinde_rows().await?;
    if let Some(own) = own {
        rows.retain(|r| own.contains(&r.gemeinde.id));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(ags: &str, landkreis: &str) -> Gemeinde {
        Gemeinde {
            id: 1,
            ags: ags.to_owned(),
            name: "X".to_owned(),
            landkreis: landkreis.to_owned(),
        }
    }

    #[test]
    fn names_are_one_short_line() {
        assert_eq!(name_problem("  "), Some(NameProblem::Empty));
        assert_eq!(name_problem("a\nb"), Some(NameProblem::NotOneLine));
        assert_eq!(name_problem(&"x".repeat(101)), Some(NameProblem::TooLong));
        assert_eq!(name_problem(" Diakonie "), None);
    }

    #[test]
    fn a_landkreis_is_the_one_its_kreis_is_stored_under() {
        let all = [g("08118011", "Ludwigsburg"), g("08115003", "Böblingen")];
        let ags: Ags = "08118012".parse().unwrap();
        assert_eq!(
            landkreis_of(&all, &ags, "ludwigsburg").unwrap(),
            "Ludwigsburg"
        );
        assert_eq!(
            landkreis_of(&all, &ags, "Böblingen"),
            Err(LandkreisProblem::NotTheKreis {
                known: "Ludwigsburg".to_owned()
            })
        );
        let new: Ags = "08125001".parse().unwrap();
        assert_eq!(
            landkreis_of(&all, &new, "Böblingen"),
            Err(LandkreisProblem::OtherKreis {
                kreis: "08115".to_owned()
            })
        );
        assert_eq!(landkreis_of(&all, &new, "Heilbronn").unwrap(), "Heilbronn");
    }
}

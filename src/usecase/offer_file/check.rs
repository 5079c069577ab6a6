//! Everything that must hold before an import writes anything: what reading found, the
//! rules of [`Offer::problems`], Gemeinden and Landkreise that exist, and ids that appear
//! once. All problems are collected, in line order.
//!
//! [`Offer::problems`]: crate::domain::offer::Offer::problems

use std::collections::{BTreeSet, HashMap};

use super::entry::Entry;
use super::problem::FileProblem;
use super::report::Located;
use crate::domain::offer::Problem;
use crate::store::people::Gemeinde;

/// The places offers may name: the AGS of every Gemeinde, and every Landkreis some
/// Gemeinde belongs to (as written with `wegweiser admin gemeinde add --landkreis`).
#[derive(Debug, Default)]
pub(super) struct Places {
    ags: BTreeSet<String>,
    landkreise: BTreeSet<String>,
    /// What the importer may change: every offer (`None`: the command line, a global
    /// administrator), or the offers of these Gemeinden (AGS) only.
    scope: Option<BTreeSet<String>>,
    /// Ids of stored offers the importer may not change (another Gemeinde's).
    foreign: BTreeSet<String>,
}

impl Places {
    pub fn new(gemeinden: &[Gemeinde]) -> Places {
        Places {
            ags: gemeinden.iter().map(|g| g.ags.clone()).collect(),
            landkreise: gemeinden.iter().map(|g| g.landkreis.clone()).collect(),
            scope: None,
            foreign: BTreeSet::new(),
        }
    }

    /// Limits the import to a scoped administrator's Gemeinden (see [`Scope`]).
    ///
    /// [`Scope`]: crate::usecase::offers::Scope
    pub fn within(mut self, scope: Option<BTreeSet<String>>, foreign: BTreeSet<String>) -> Self {
        self.scope = scope;
        self.foreign = foreign;
        self
    }

    fn scope_problem(&self, ags: &str) -> Option<FileProblem> {
        match &self.scope {
            Some(own) if self.ags.contains(ags) && !own.contains(ags) => {
                Some(FileProblem::NotYourGemeinde(ags.to_owned()))
            }
            _ => None,
        }
    }

    fn gemeinde_problem(&self, ags: &str) -> Option<FileProblem> {
        if self.ags.contains(ags) {
            return None;
        }
        let padded = format!("0{ags}");
        if ags.len() == 7 && self.ags.contains(&padded) {
            return Some(FileProblem::LeadingZero {
                ags: ags.to_owned(),
                padded,
            });
        }
        Some(FileProblem::UnknownGemeinde(ags.to_owned()))
    }

    fn landkreis_problem(&self, landkreis: &str) -> Option<FileProblem> {
        if self.landkreise.contains(landkreis) {
            return None;
        }
        let same = |l: &&String| l.to_lowercase() == landkreis.to_lowercase();
        Some(FileProblem::UnknownLandkreis {
            landkreis: landkreis.to_owned(),
            like: self.landkreise.iter().find(same).cloned(),
            known: self.landkreise.iter().cloned().collect(),
        })
    }
}

/// Every problem of the offers read, in line order (within a line, in field order).
pub(super) fn check(entries: &[Entry], places: &Places) -> Vec<Located> {
    let mut out = vec![];
    let mut first_line: HashMap<&str, usize> = HashMap::new();
    for e in entries {
        out.extend(e.problems().iter().cloned());
        let offer = e.offer.clone().normalized();
        for p in offer.problems() {
            // A field that could not be read is reported once; the readers check the
            // language of every text key themselves, at its own line.
            let language_of_text =
                matches!(p.problem, Problem::UnknownLanguage(_)) && p.field.starts_with("title.");
            if e.reported(&p.field) || language_of_text {
                continue;
            }
            out.push(e.locate(&p.field, p.problem.clone()));
        }
        for ags in &offer.gemeinden {
            if let Some(problem) = places
                .gemeinde_problem(ags)
                .or_else(|| places.scope_problem(ags))
            {
                out.push(e.locate("gemeinden", problem));
            }
        }
        if let Some(landkreis) = &offer.landkreis {
            if let Some(problem) = places.landkreis_problem(landkreis) {
                out.push(e.locate("landkreis", problem));
            } else if places.scope.is_some() {
                out.push(e.locate("landkreis", FileProblem::LandkreisNeedsGlobal));
            }
        }
        let id = e.offer.external_id.as_str();
        if id.is_empty() || e.reported("id") {
            continue;
        }
        if places.foreign.contains(id) {
            out.push(e.locate("id", FileProblem::ForeignId(id.to_owned())));
        }
        let line = e.line_of("id");
        match first_line.get(id) {
            Some(first) => out.push(e.locate(
                "id",
                FileProblem::DuplicateId {
                    id: id.to_owned(),
                    first: *first,
                },
            )),
            None => {
                first_line.insert(id, line);
            }
        }
    }
    out.sort_by_key(|p| p.line);
    out
}

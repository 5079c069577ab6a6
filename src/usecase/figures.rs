//! The figures at a glance (the Kennzahlen of the VwV Integrationsmanagement, as far as
//! Wegweiser sees them): per Gemeinde and per organisation, the counts of a year month by
//! month and what each has now (clients by status, offers shown). One table for the
//! command line (`wegweiser admin figures`) and the administrators' page, and one CSV
//! form of it. Aggregates only: no label, no name of a client. A scoped administrator
//! sees their Gemeinden, and the organisations they administer.
//!
//! An organisation's Gemeinden are those its managers serve (the scope rule of
//! [`Who::administered`]); a Gemeinde served by two organisations counts in both.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use super::Ctx;
use crate::bot::roles::Who;
use crate::domain::figures::Figure;
use crate::store::orgs::{AdminScope, Gemeinde, Organisation};
use crate::store::retention::CLIENT_STATUSES;
use crate::store::{Store, StoreError};

/// How many figures a year has (the columns of [`Figure::ALL`]).
pub const FIGURES: usize = Figure::ALL.len();

/// The figures of one place (a Gemeinde, an organisation, or everything in scope).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    /// Per figure (in the order of [`Figure::ALL`]), per month from January.
    pub months: [[i64; 12]; FIGURES],
    /// Clients by status now, in the order of [`CLIENT_STATUSES`].
    pub clients: [i64; 4],
    /// Offers a client sees today.
    pub offers: i64,
}

impl Figures {
    /// The year's total of each figure.
    pub fn totals(&self) -> [i64; FIGURES] {
        self.months.map(|m| m.iter().sum())
    }

    /// The months of one figure.
    pub fn of(&self, f: Figure) -> [i64; 12] {
        self.months[Figure::ALL.iter().position(|x| *x == f).expect("in ALL")]
    }

    fn add(&mut self, other: &Figures) {
        for (mine, theirs) in self.months.iter_mut().zip(&other.months) {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        for (a, b) in self.clients.iter_mut().zip(&other.clients) {
            *a += b;
        }
        self.offers += other.offers;
    }
}

/// One Gemeinde's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub gemeinde: Gemeinde,
    pub figures: Figures,
}

/// One organisation's figures: the sum of its Gemeinden's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRow {
    pub organisation: Organisation,
    /// The ids of its Gemeinden (within the scope).
    pub gemeinden: BTreeSet<i64>,
    pub figures: Figures,
}

/// The figures of a year at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance {
    pub year: i32,
    /// The day "now" means (clients by status, offers shown).
    pub today: NaiveDate,
    /// Every Gemeinde in scope, in the store's order.
    pub gemeinden: Vec<Row>,
    pub organisations: Vec<OrgRow>,
    /// Everything in scope together.
    pub total: Figures,
}

impl Glance {
    pub fn gemeinde(&self, id: i64) -> Option<&Row> {
        self.gemeinden.iter().find(|r| r.gemeinde.id == id)
    }

    pub fn organisation(&self, id: i64) -> Option<&OrgRow> {
        self.organisations.iter().find(|r| r.organisation.id == id)
    }
}

/// The figures of `year` as `who` may see them: a global administrator everything, a
/// scoped one their Gemeinden and the organisations they administer. `None` for someone
/// who administers nothing.
pub async fn glance(ctx: &Ctx, who: &Who, year: i32) -> Result<Option<Glance>, StoreError> {
    if !who.is_admin() {
        return Ok(None);
    }
    let today = ctx
        .clock
        .now()
        .with_timezone(&ctx.config.time_zone)
        .date_naive();
    let gemeinden = who.administered(ctx).await?;
    let organisations: Option<BTreeSet<i64>> = gemeinden.as_ref().map(|_| {
        who.admin_scopes
            .iter()
            .filter_map(|s| match s {
                AdminScope::Organisation(o) => Some(*o),
                AdminScope::Gemeinde(_) => None,
            })
            .collect()
    });
    Ok(Some(
        year_in(
            &*ctx.store,
            year,
            today,
            gemeinden.as_ref(),
            organisations.as_ref(),
        )
        .await?,
    ))
}

/// The figures of `year` for every Gemeinde in `scope` and every organisation in
/// `organisations` (`None`: all), counted as of `today`.
pub async fn year_in(
    store: &dyn Store,
    year: i32,
    today: NaiveDate,
    scope: Option<&BTreeSet<i64>>,
    organisations: Option<&BTreeSet<i64>>,
) -> Result<Glance, StoreError> {
    let counts = store
        .figures(&format!("{year:04}-01"), &format!("{:04}-01", year + 1))
        .await?;
    let mut by_gemeinde: BTreeMap<i64, Figures> = BTreeMap::new();
    for c in counts {
        let (Some(f), Some(m)) = (
            Figure::ALL.iter().position(|f| *f == c.figure),
            c.month
                .get(5..)
                .and_then(|m| m.parse::<usize>().ok())
                .filter(|m| (1..=12).contains(m)),
        ) else {
            continue;
        };
        by_gemeinde.entry(c.gemeinde_id).or_default().months[f][m - 1] += c.value;
    }
    let standing = store.standing(today).await?;
    for s in &standing.gemeinden {
        let f = by_gemeinde.entry(s.gemeinde_id).or_default();
        f.clients = s.clients;
        f.offers = s.offers;
    }
    let in_scope = |g: i64| scope.is_none_or(|s| s.contains(&g));
    let gemeinden: Vec<Row> = store
        .gemeinden()
        .await?
        .into_iter()
        .filter(|g| in_scope(g.id))
        .map(|g| Row {
            figures: {
                let mut f = by_gemeinde.get(&g.id).cloned().unwrap_or_default();
                f.offers += standing.landkreise.get(&g.landkreis).copied().unwrap_or(0);
                f
            },
            gemeinde: g,
        })
        .collect();
    let mut total = Figures::default();
    for r in &gemeinden {
        total.add(&r.figures);
    }
    // The Gemeinden's figures with the offers for their Landkreis (an organisation sums them).
    let shown: BTreeMap<i64, &Figures> = gemeinden
        .iter()
        .map(|r| (r.gemeinde.id, &r.figures))
        .collect();
    let mut served: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for (o, g) in store.organisation_gemeinden().await? {
        if in_scope(g) {
            served.entry(o).or_default().insert(g);
        }
    }
    let organisations = store
        .organisations()
        .await?
        .into_iter()
        .filter(|o| organisations.is_none_or(|s| s.contains(&o.id)))
        .map(|o| {
            let gemeinden = served.remove(&o.id).unwrap_or_default();
            let mut figures = Figures::default();
            for g in &gemeinden {
                if let Some(f) = shown.get(g) {
                    figures.add(f);
                }
            }
            OrgRow {
                organisation: o,
                gemeinden,
                figures,
            }
        })
        .collect();
    Ok(Glance {
        year,
        today,
        gemeinden,
        organisations,
        total,
    })
}

/// The year `q` asks for, within 2000 and next year (else this year).
pub fn year_asked(ctx: &Ctx, asked: Option<&str>) -> i32 {
    let this = ctx.clock.now().with_timezone(&ctx.config.time_zone).year();
    asked
        .and_then(|y| y.trim().parse::<i32>().ok())
        .filter(|y| (2000..=this + 1).contains(y))
        .unwrap_or(this)
}

/// The columns after the place's: one per figure (the year's totals).
fn header(place: &[&str]) -> Vec<String> {
    let mut header: Vec<String> = place.iter().map(|s| (*s).to_owned()).collect();
    header.extend(Figure::ALL.iter().map(|f| f.as_str().to_owned()));
    header
}

fn totals(f: &Figures) -> impl Iterator<Item = String> {
    f.totals().into_iter().map(|v| v.to_string())
}

fn finish(out: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings"))
}

/// The Gemeinden as CSV: `year,ags,gemeinde,` and one column per figure (the year's
/// total). What a year counts only: the same before and after clients are deleted.
pub fn csv(g: &Glance) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(vec![]);
    out.write_record(header(&["year", "ags", "gemeinde"]))?;
    for r in &g.gemeinden {
        let place = [
            g.year.to_string(),
            r.gemeinde.ags.clone(),
            r.gemeinde.name.clone(),
        ];
        out.write_record(place.into_iter().chain(totals(&r.figures)))?;
    }
    finish(out)
}

/// The organisations as CSV: `year,organisation,kind,gemeinden,` and the columns of
/// [`csv`].
pub fn csv_organisations(g: &Glance) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(vec![]);
    out.write_record(header(&["year", "organisation", "kind", "gemeinden"]))?;
    for r in &g.organisations {
        let place = [
            g.year.to_string(),
            r.organisation.name.clone(),
            r.organisation.kind.clone(),
            r.gemeinden.len().to_string(),
        ];
        out.write_record(place.into_iter().chain(totals(&r.figures)))?;
    }
    finish(out)
}

/// What every Gemeinde has today as CSV: `date,ags,gemeinde,`, the clients by status
/// and the offers shown.
pub fn csv_today(g: &Glance) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(vec![]);
    let mut header: Vec<String> = ["date", "ags", "gemeinde"].map(str::to_owned).to_vec();
    header.extend(CLIENT_STATUSES.iter().map(|s| format!("clients_{s}")));
    header.push("offers_shown".to_owned());
    out.write_record(header)?;
    for r in &g.gemeinden {
        let f = &r.figures;
        let place = [
            g.today.to_string(),
            r.gemeinde.ags.clone(),
            r.gemeinde.name.clone(),
        ];
        let values = f
            .clients
            .into_iter()
            .chain([f.offers])
            .map(|v| v.to_string());
        out.write_record(place.into_iter().chain(values))?;
    }
    finish(out)
}

/// The months of one place as CSV: `year,month,` and one column per figure.
pub fn csv_months(year: i32, f: &Figures) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(vec![]);
    out.write_record(header(&["year", "month"]))?;
    for m in 0..12 {
        let row = [year.to_string(), format!("{year:04}-{:02}", m + 1)];
        out.write_record(
            row.into_iter()
                .chain(f.months.iter().map(|months| months[m].to_string())),
        )?;
    }
    finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_yearly_csv_holds_the_year_and_the_other_what_is_today() {
        let mut figures = Figures::default();
        figures.months[0][10] = 3;
        figures.months[5][3] = 1;
        figures.clients = [0, 3, 0, 1];
        figures.offers = 2;
        let g = Glance {
            year: 2026,
            today: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            gemeinden: vec![Row {
                gemeinde: Gemeinde {
                    id: 1,
                    ags: "08118011".into(),
                    name: "Hemmingen".into(),
                    landkreis: "Ludwigsburg".into(),
                },
                figures: figures.clone(),
            }],
            organisations: vec![],
            total: figures.clone(),
        };
        let year = csv(&g).unwrap();
        assert!(
            year.starts_with("year,ags,gemeinde,clients_linked,"),
            "{year}"
        );
        assert!(
            year.ends_with("\n2026,08118011,Hemmingen,3,0,0,0,0,1,0,0\n"),
            "{year}"
        );
        let today = csv_today(&g).unwrap();
        assert_eq!(
            today,
            "date,ags,gemeinde,clients_invited,clients_active,clients_unreachable,clients_ended,offers_shown\n\
             2026-12-03,08118011,Hemmingen,0,3,0,1,2\n"
        );
        let months = csv_months(2026, &figures).unwrap();
        assert!(
            months.contains("\n2026,2026-04,0,0,0,0,0,1,0,0\n"),
            "{months}"
        );
        assert!(
            months.contains("\n2026,2026-11,3,0,0,0,0,0,0,0\n"),
            "{months}"
        );
    }
}

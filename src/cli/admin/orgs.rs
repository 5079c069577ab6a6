//! `admin org`, `admin gemeinde` and `admin scope`: organisations, Gemeinden, and
//! administrators limited to one of them.

use super::args::{GemeindeCommand, OrgCommand, ScopeCommand};
use super::format::{gemeinde_table, organisation_table, place};
use super::input::{AdminError, bad_ags, input, name_error, parse_ags};
use crate::clock::Clock;
use crate::store::Store;
use crate::store::people::{AdminScope, Gemeinde, Organisation};
use crate::usecase::managers::Asker;
use crate::usecase::structure::admins::{self, ScopeAdded, Scoped};
use crate::usecase::structure::{self, AgsProblem, GemeindeAdded, LandkreisProblem, OrgAdded};

pub(super) async fn org_command(
    cmd: &OrgCommand,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    match cmd {
        OrgCommand::Add { name, kind } => {
            let added =
                structure::add_organisation(store, Asker::Cli, name, kind.as_str(), clock.now())
                    .await?;
            match added {
                OrgAdded::Done(org) => Ok(format!(
                    "Added organisation {} ({}, kind {}).\n",
                    org.id, org.name, org.kind
                )),
                OrgAdded::BadName(p) => Err(name_error("--name", p)),
                OrgAdded::BadKind => Err(input(
                    "--kind: expected one of gemeinde, landkreis, traeger, verbund",
                )),
                OrgAdded::NotAllowed => Err(input("not allowed")),
            }
        }
        OrgCommand::List => Ok(organisation_table(&store.organisations().await?)),
    }
}

pub(super) async fn gemeinde_command(
    cmd: &GemeindeCommand,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    match cmd {
        GemeindeCommand::Add {
            ags,
            name,
            landkreis,
        } => {
            let added =
                structure::add_gemeinde(store, Asker::Cli, ags, name, landkreis, clock.now())
                    .await?;
            let problems = match added {
                GemeindeAdded::Done(g) => {
                    return Ok(format!(
                        "Added Gemeinde {} (AGS {}, Landkreis {}).\n",
                        g.name, g.ags, g.landkreis
                    ));
                }
                GemeindeAdded::NotAllowed => return Err(input("not allowed")),
                GemeindeAdded::Invalid(problems) => problems,
            };
            Err(match (problems.ags, problems.name, problems.landkreis) {
                (Some(AgsProblem::Malformed), _, _) => bad_ags(ags),
                (Some(AgsProblem::Taken(existing)), _, _) => duplicate_ags(&existing),
                (_, Some(p), _) => name_error("--name", p),
                (_, _, Some(LandkreisProblem::Name(p))) => name_error("--landkreis", p),
                (_, _, Some(LandkreisProblem::NotTheKreis { known })) => input(format!(
                    "--landkreis: AGS {} lies in Kreis {}, whose Gemeinden are in Landkreis {known} (see: wegweiser admin gemeinde list)",
                    ags.trim(),
                    &ags.trim()[..5]
                )),
                (_, _, Some(LandkreisProblem::OtherKreis { kreis })) => input(format!(
                    "--landkreis: the Gemeinden of Landkreis {} lie in Kreis {kreis}, not in the Kreis of AGS {} (see: wegweiser admin gemeinde list)",
                    landkreis.trim(),
                    ags.trim()
                )),
                (None, None, None) => input("nothing to add"),
            })
        }
        GemeindeCommand::List => Ok(gemeinde_table(&store.gemeinden().await?)),
    }
}

pub(super) async fn scope_command(
    cmd: &ScopeCommand,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    match cmd {
        ScopeCommand::Add {
            telegram_id,
            org,
            gemeinde: ags,
        } => {
            let scope = match (org, ags) {
                (Some(id), None) => AdminScope::Organisation(*id),
                (None, Some(ags)) => AdminScope::Gemeinde(gemeinde(store, ags).await?.id),
                _ => return Err(input("give exactly one of --org and --gemeinde")),
            };
            let what = |s: &Scoped| match s {
                Scoped::Organisation(o) => format!("organisation {} ({})", o.id, o.name),
                Scoped::Gemeinde(g) => format!("Gemeinde {}", place(g)),
            };
            match admins::add(store, Asker::Cli, *telegram_id, scope, clock.now()).await? {
                ScopeAdded::Done(s) => Ok(format!(
                    "Telegram user {telegram_id} now administers {}.\n",
                    what(&s)
                )),
                ScopeAdded::Already(s) => Ok(format!(
                    "Telegram user {telegram_id} administers {} already; nothing changed.\n",
                    what(&s)
                )),
                ScopeAdded::BadTelegramId => Err(input(format!(
                    "--telegram-id: {telegram_id} is not a Telegram user id (a positive number)"
                ))),
                ScopeAdded::UnknownOrganisation => Err(input(format!(
                    "no organisation with id {} (see: wegweiser admin org list)",
                    org.unwrap_or_default()
                ))),
                ScopeAdded::UnknownGemeinde => Err(input("no such Gemeinde")),
                ScopeAdded::NotAllowed => Err(input("not allowed")),
            }
        }
    }
}

// ---- looking things up, with messages a person can act on ---------------------------

pub(super) async fn organisation(store: &dyn Store, id: i64) -> Result<Organisation, AdminError> {
    store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or_else(|| {
            input(format!(
                "no organisation with id {id} (see: wegweiser admin org list)"
            ))
        })
}

pub(super) async fn gemeinde(store: &dyn Store, ags: &str) -> Result<Gemeinde, AdminError> {
    let ags = parse_ags(ags)?;
    store.gemeinde_by_ags(ags.as_str()).await?.ok_or_else(|| {
        input(format!(
            "no Gemeinde with AGS {ags} (add it with: wegweiser admin gemeinde add --ags {ags} --name NAME --landkreis NAME)"
        ))
    })
}

fn duplicate_ags(existing: &Gemeinde) -> AdminError {
    input(format!(
        "a Gemeinde with AGS {} exists already ({})",
        existing.ags, existing.name
    ))
}

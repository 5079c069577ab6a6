//! `admin org`, `admin gemeinde` and `admin scope`: organisations, Gemeinden, and
//! administrators limited to one of them.

use super::args::{GemeindeCommand, OrgCommand, ScopeCommand};
use super::format::{gemeinde_table, organisation_table, place};
use super::input::{AdminError, input, parse_ags, required_text};
use crate::clock::Clock;
use crate::store::people::{Actor, AdminScope, Gemeinde, Organisation};
use crate::store::{Store, StoreError};

pub(super) async fn org_command(
    cmd: &OrgCommand,
    store: &dyn Store,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    match cmd {
        OrgCommand::Add { name, kind } => {
            let name = required_text("--name", name)?;
            let org = store
                .add_organisation(&name, kind.as_str(), Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Added organisation {} ({}, kind {}).\n",
                org.id, org.name, org.kind
            ))
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
            let ags = parse_ags(ags)?;
            let name = required_text("--name", name)?;
            let landkreis = required_text("--landkreis", landkreis)?;
            if let Some(existing) = store.gemeinde_by_ags(ags.as_str()).await? {
                return Err(duplicate_ags(&existing));
            }
            let g = match store
                .add_gemeinde(ags.as_str(), &name, &landkreis, Actor::Cli, clock.now())
                .await
            {
                Err(StoreError::Duplicate) => {
                    return Err(input(format!("a Gemeinde with AGS {ags} exists already")));
                }
                other => other?,
            };
            Ok(format!(
                "Added Gemeinde {} (AGS {}, Landkreis {}).\n",
                g.name, g.ags, g.landkreis
            ))
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
            let (scope, what) = match (org, ags) {
                (Some(id), None) => {
                    let o = organisation(store, *id).await?;
                    (
                        AdminScope::Organisation(o.id),
                        format!("organisation {} ({})", o.id, o.name),
                    )
                }
                (None, Some(ags)) => {
                    let g = gemeinde(store, ags).await?;
                    (
                        AdminScope::Gemeinde(g.id),
                        format!("Gemeinde {}", place(&g)),
                    )
                }
                _ => return Err(input("give exactly one of --org and --gemeinde")),
            };
            if store.admin_scopes(*telegram_id).await?.contains(&scope) {
                return Ok(format!(
                    "Telegram user {telegram_id} administers {what} already; nothing changed.\n"
                ));
            }
            store
                .add_admin_scope(*telegram_id, scope, Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Telegram user {telegram_id} now administers {what}.\n"
            ))
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

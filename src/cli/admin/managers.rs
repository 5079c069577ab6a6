//! `admin manager`: invite Integrationsmanager, list them, let them serve a Gemeinde,
//! deactivate them with a successor.

use chrono::Duration;

use super::args::ManagerCommand;
use super::format::{clients_were, manager_table, place, who};
use super::input::{AdminError, input, required_text};
use super::invite::{InviteReport, bot_username, invite_report};
use super::orgs::{gemeinde, organisation};
use crate::clock::Clock;
use crate::config::Config;
use crate::domain::invite::{self, InviteKind};
use crate::store::Store;
use crate::store::people::{Actor, Gemeinde, Manager};

pub(super) async fn manager_command(
    cmd: &ManagerCommand,
    store: &dyn Store,
    config: &Config,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    let tz = config.time_zone;
    match cmd {
        ManagerCommand::Invite {
            org,
            gemeinden,
            name,
            days,
        } => {
            let org = organisation(store, *org).await?;
            let name = required_text("--name", name)?;
            let mut served: Vec<Gemeinde> = Vec::new();
            for ags in gemeinden {
                let g = gemeinde(store, ags).await?;
                if !served.iter().any(|s| s.id == g.id) {
                    served.push(g);
                }
            }
            let bot = bot_username(&config.telegram).await;
            let now = clock.now();
            let expires_at = now + Duration::days(i64::from(*days));
            let new = invite::new_invite(InviteKind::Manager);
            let ids: Vec<i64> = served.iter().map(|g| g.id).collect();
            let manager = store
                .invite_manager(org.id, &name, &ids, &new.hash, expires_at, Actor::Cli, now)
                .await?;
            Ok(invite_report(&InviteReport {
                manager: &manager,
                organisation: &org,
                gemeinden: &served,
                bot: bot.as_deref().map_err(String::as_str),
                payload: &new.payload,
                expires_at,
                tz,
            }))
        }
        ManagerCommand::List => {
            let orgs = store.organisations().await?;
            let mut rows = Vec::new();
            for (m, caseload) in store.managers().await? {
                let served = store.manager_gemeinden(m.id).await?;
                rows.push((m, caseload, served));
            }
            Ok(manager_table(&rows, &orgs))
        }
        ManagerCommand::Assign {
            manager,
            gemeinde: ags,
        } => {
            let m = manager_by_id(store, *manager).await?;
            if m.status == "inactive" {
                return Err(input(format!(
                    "manager {} is inactive; only invited or active managers can be given a Gemeinde",
                    who(&m)
                )));
            }
            let g = gemeinde(store, ags).await?;
            if store
                .manager_gemeinden(m.id)
                .await?
                .iter()
                .any(|s| s.id == g.id)
            {
                return Ok(format!(
                    "Manager {} already serves {}; nothing changed.\n",
                    who(&m),
                    place(&g)
                ));
            }
            store
                .assign_gemeinde(m.id, g.id, Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Manager {} now also serves {}.\n",
                who(&m),
                place(&g)
            ))
        }
        ManagerCommand::Deactivate { manager, successor } => {
            if manager == successor {
                return Err(input("a manager cannot be their own successor"));
            }
            let m = manager_by_id(store, *manager).await?;
            if m.status == "inactive" {
                return Err(input(format!("manager {} is inactive already", who(&m))));
            }
            let s = manager_by_id(store, *successor).await?;
            if s.status != "active" {
                return Err(input(format!(
                    "the successor must be an active manager, but manager {} is {}",
                    who(&s),
                    s.status
                )));
            }
            let moved = store
                .deactivate_manager(m.id, s.id, Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Deactivated manager {}; {} handed over to manager {}.\n",
                who(&m),
                clients_were(moved),
                who(&s)
            ))
        }
    }
}

async fn manager_by_id(store: &dyn Store, id: i64) -> Result<Manager, AdminError> {
    store.manager(id).await?.ok_or_else(|| {
        input(format!(
            "no manager with id {id} (see: wegweiser admin manager list)"
        ))
    })
}

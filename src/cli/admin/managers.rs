//! `admin manager`: invite Integrationsmanager, list them, let them serve a Gemeinde,
//! deactivate them with a successor.

use super::args::ManagerCommand;
use super::format::{clients_were, manager_table, place, who};
use super::input::{AdminError, input, required_text};
use super::invite::{InviteReport, bot_username, invite_report};
use super::orgs::{gemeinde, organisation};
use crate::clock::Clock;
use crate::config::Config;
use crate::store::Store;
use crate::store::people::Manager;
use crate::usecase::managers::{self, Asker, Assignment, Deactivation, Invited};

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
            let mut ids: Vec<i64> = Vec::new();
            for ags in gemeinden {
                ids.push(gemeinde(store, ags).await?.id);
            }
            let bot = bot_username(&config.telegram).await;
            let new =
                match managers::invite(store, Asker::Cli, org.id, &name, &ids, *days, clock.now())
                    .await?
                {
                    Invited::Done(new) => new,
                    Invited::BadName => {
                        return Err(input(format!(
                            "--name must be one line of at most {} characters",
                            managers::MAX_NAME
                        )));
                    }
                    Invited::NoGemeinde => return Err(input("give at least one --gemeinde")),
                    Invited::UnknownOrganisation
                    | Invited::UnknownGemeinde
                    | Invited::OutOfScope => {
                        return Err(input("the organisation or a Gemeinde does not exist"));
                    }
                };
            Ok(invite_report(&InviteReport {
                manager: &new.manager,
                organisation: &new.organisation,
                gemeinden: &new.gemeinden,
                bot: bot.as_deref().map_err(String::as_str),
                payload: &new.payload,
                expires_at: new.expires_at,
                tz,
            }))
        }
        ManagerCommand::List => {
            let orgs = store.organisations().await?;
            let rows: Vec<_> = managers::visible(store, Asker::Cli)
                .await?
                .into_iter()
                .map(|l| (l.manager, l.clients, l.gemeinden))
                .collect();
            Ok(manager_table(&rows, &orgs))
        }
        ManagerCommand::Assign {
            manager,
            gemeinde: ags,
        } => {
            let m = manager_by_id(store, *manager).await?;
            let g = gemeinde(store, ags).await?;
            match managers::assign(store, Asker::Cli, m.id, g.id, clock.now()).await? {
                Assignment::Done => Ok(format!(
                    "Manager {} now also serves {}.\n",
                    who(&m),
                    place(&g)
                )),
                Assignment::Already => Ok(format!(
                    "Manager {} already serves {}; nothing changed.\n",
                    who(&m),
                    place(&g)
                )),
                Assignment::Inactive => Err(input(format!(
                    "manager {} is inactive; only invited or active managers can be given a Gemeinde",
                    who(&m)
                ))),
                Assignment::NoManager | Assignment::NoGemeinde | Assignment::OutOfScope => {
                    Err(input("the manager or the Gemeinde does not exist"))
                }
            }
        }
        ManagerCommand::Deactivate { manager, successor } => {
            match managers::deactivate_in(store, Asker::Cli, *manager, *successor, clock.now())
                .await?
            {
                Deactivation::Done(moved) => {
                    let m = manager_by_id(store, *manager).await?;
                    let s = manager_by_id(store, *successor).await?;
                    Ok(format!(
                        "Deactivated manager {}; {} handed over to manager {}.\n",
                        who(&m),
                        clients_were(moved),
                        who(&s)
                    ))
                }
                Deactivation::Same => Err(input("a manager cannot be their own successor")),
                Deactivation::NoManager(id) => Err(no_manager(id)),
                Deactivation::AlreadyInactive(m) => {
                    Err(input(format!("manager {} is inactive already", who(&m))))
                }
                Deactivation::SuccessorNotActive(s) => Err(input(format!(
                    "the successor must be an active manager, but manager {} is {}",
                    who(&s),
                    s.status
                ))),
                Deactivation::OutOfScope => Err(input("outside the scope")),
            }
        }
    }
}

fn no_manager(id: i64) -> AdminError {
    input(format!(
        "no manager with id {id} (see: wegweiser admin manager list)"
    ))
}

async fn manager_by_id(store: &dyn Store, id: i64) -> Result<Manager, AdminError> {
    store.manager(id).await?.ok_or_else(|| no_manager(id))
}

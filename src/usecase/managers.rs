//! Integrationsmanager as administrators handle them, once for the bot, the web workplace
//! and the command line: which managers an administrator sees, inviting one (the link is
//! made here and shown once: only its hash is stored), letting one serve a Gemeinde, and
//! deactivating one with a successor (the store hands every client over and writes the
//! clients' and the successor's notices in the same transaction).
//!
//! The scope rules are the bot's: a global administrator (and the command line, run by
//! whoever runs the server) may do everything; an organisation's administrator acts on
//! the managers of that organisation and sees those serving their Gemeinden; a
//! Gemeinde's administrator sees the managers serving it and may invite managers for it.
//! A refusal for scope is audited (`scope.refused`), never with content.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use super::Ctx;
use crate::bot::roles::Who;
use crate::domain::invite::{self, InviteKind};
use crate::store::people::{Actor, AdminScope, Client, Gemeinde, Manager, Organisation};
use crate::store::{Store, StoreError};

/// The longest display name of a manager, in UTF-16 code units (as Telegram counts).
pub const MAX_NAME: usize = 64;

/// Who asks: a person (bot or web; their scope applies) or the command line.
#[derive(Debug, Clone, Copy)]
pub enum Asker<'a> {
    Person(&'a Who),
    Cli,
}

impl Asker<'_> {
    pub fn actor(&self) -> Actor {
        match self {
            Asker::Person(w) => Actor::Telegram(w.telegram_id),
            Asker::Cli => Actor::Cli,
        }
    }

    /// A global administrator, or the command line.
    pub fn is_global(&self) -> bool {
        match self {
            Asker::Person(w) => w.global_admin,
            Asker::Cli => true,
        }
    }

    fn may_manage_org(&self, organisation_id: i64) -> bool {
        match self {
            Asker::Person(w) => w.may_manage_org(organisation_id),
            Asker::Cli => true,
        }
    }

    /// The Gemeinden administered (`None`: all).
    pub(super) async fn administered(
        &self,
        store: &dyn Store,
    ) -> Result<Option<BTreeSet<i64>>, StoreError> {
        match self {
            Asker::Person(w) => w.administered_in(store).await,
            Asker::Cli => Ok(None),
        }
    }

    /// Audits a refusal for scope.
    pub(super) async fn refuse(
        &self,
        store: &dyn Store,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        match self {
            Asker::Person(w) => super::offers::refused_in(store, w, subject, now).await,
            Asker::Cli => Ok(()),
        }
    }
}

/// A manager as a list shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub manager: Manager,
    /// Clients supported (not ended).
    pub clients: i64,
    pub gemeinden: Vec<Gemeinde>,
}

/// Whether the asker sees a manager: their organisation, or a Gemeinde they administer.
fn sees(asker: &Asker<'_>, own: &Option<BTreeSet<i64>>, m: &Manager, served: &[Gemeinde]) -> bool {
    asker.may_manage_org(m.organisation_id)
        || own
            .as_ref()
            .is_none_or(|own| served.iter().any(|g| own.contains(&g.id)))
}

/// The managers the asker sees, by id.
pub async fn visible(store: &dyn Store, asker: Asker<'_>) -> Result<Vec<Listed>, StoreError> {
    let own = asker.administered(store).await?;
    let mut out = vec![];
    // One query for every manager's Gemeinden, not one per manager.
    let mut served = store.all_manager_gemeinden().await?;
    for (manager, clients) in store.managers().await? {
        let gemeinden = served.remove(&manager.id).unwrap_or_default();
        if sees(&asker, &own, &manager, &gemeinden) {
            out.push(Listed {
                manager,
                clients,
                gemeinden,
            });
        }
    }
    Ok(out)
}

/// One manager, if the asker sees them.
pub enum Viewed {
    Yes(Box<Listed>),
    Missing,
    /// Outside the scope: audited.
    OutOfScope,
}

/// One manager for their page; a manager outside the scope is audited.
pub async fn view(ctx: &Ctx, who: &Who, id: i64) -> Result<Viewed, StoreError> {
    let store = &*ctx.store;
    let asker = Asker::Person(who);
    let Some(manager) = store.manager(id).await? else {
        return Ok(Viewed::Missing);
    };
    let gemeinden = store.manager_gemeinden(id).await?;
    if !sees(
        &asker,
        &asker.administered(store).await?,
        &manager,
        &gemeinden,
    ) {
        asker
            .refuse(store, &format!("manager:{id}"), ctx.clock.now())
            .await?;
        return Ok(Viewed::OutOfScope);
    }
    let clients = store.count_clients_of(id).await?;
    Ok(Viewed::Yes(Box::new(Listed {
        manager,
        clients,
        gemeinden,
    })))
}

// ---- inviting -----------------------------------------------------------------------

/// A manager just invited, with the payload of their link (shown once, never stored).
#[derive(Debug, Clone)]
pub struct NewManager {
    pub manager: Manager,
    pub organisation: Organisation,
    pub gemeinden: Vec<Gemeinde>,
    pub payload: String,
    pub expires_at: DateTime<Utc>,
}

impl NewManager {
    /// The one-time link for the bot `bot_username`.
    pub fn link(&self, bot_username: &str) -> String {
        invite::link(bot_username, &self.payload)
    }
}

/// What became of an invite. Nothing is written unless it is `Done`.
#[derive(Debug)]
pub enum Invited {
    Done(Box<NewManager>),
    UnknownOrganisation,
    /// A Gemeinde id that does not exist.
    UnknownGemeinde,
    NoGemeinde,
    /// Empty, not one line, or longer than [`MAX_NAME`].
    BadName,
    /// Outside the asker's scope: audited.
    OutOfScope,
}

/// Whether `name` may be a manager's display name.
pub fn name_ok(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty()
        && !name.chars().any(char::is_control)
        && !crate::domain::text::too_long(name, MAX_NAME)
}

/// Invites a manager of `organisation_id` serving `gemeinde_ids`, valid for `days`.
pub async fn invite(
    store: &dyn Store,
    asker: Asker<'_>,
    organisation_id: i64,
    name: &str,
    gemeinde_ids: &[i64],
    days: u32,
    now: DateTime<Utc>,
) -> Result<Invited, StoreError> {
    let name = name.trim();
    if !name_ok(name) {
        return Ok(Invited::BadName);
    }
    let Some(organisation) = store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == organisation_id)
    else {
        return Ok(Invited::UnknownOrganisation);
    };
    let mut gemeinden: Vec<Gemeinde> = vec![];
    for id in gemeinde_ids {
        match store.gemeinde(*id).await? {
            Some(g) if !gemeinden.iter().any(|s| s.id == g.id) => gemeinden.push(g),
            Some(_) => {}
            None => return Ok(Invited::UnknownGemeinde),
        }
    }
    if gemeinden.is_empty() {
        return Ok(Invited::NoGemeinde);
    }
    // Into another organisation only a Gemeinde's administrator may invite (for their
    // Gemeinde); every Gemeinde must be the asker's.
    let org_ok = asker.may_manage_org(organisation_id)
        || matches!(asker, Asker::Person(w) if w.admin_scopes.iter().any(|s| matches!(s, AdminScope::Gemeinde(_))));
    let own = asker.administered(store).await?;
    let outside = gemeinden
        .iter()
        .find(|g| own.as_ref().is_some_and(|own| !own.contains(&g.id)));
    if !org_ok || outside.is_some() {
        let subject = match outside {
            Some(g) => format!("gemeinde:{}", g.id),
            None => format!("organisation:{organisation_id}"),
        };
        asker.refuse(store, &subject, now).await?;
        return Ok(Invited::OutOfScope);
    }
    let expires_at = now + Duration::days(days.into());
    let new = invite::new_invite(InviteKind::Manager);
    let ids: Vec<i64> = gemeinden.iter().map(|g| g.id).collect();
    let manager = match store
        .invite_manager(
            organisation_id,
            name,
            &ids,
            &new.hash,
            expires_at,
            asker.actor(),
            now,
        )
        .await
    {
        Err(StoreError::MissingReference) => return Ok(Invited::UnknownOrganisation),
        other => other?,
    };
    tracing::info!(manager_id = manager.id, "manager invited");
    Ok(Invited::Done(Box::new(NewManager {
        manager,
        organisation,
        gemeinden,
        payload: new.payload,
        expires_at,
    })))
}

// ---- serving a Gemeinde -------------------------------------------------------------

/// What became of letting a manager serve a Gemeinde.
#[derive(Debug, PartialEq, Eq)]
pub enum Assignment {
    Done,
    /// They serve it already: nothing changed.
    Already,
    NoManager,
    NoGemeinde,
    /// Only invited or active managers get a Gemeinde.
    Inactive,
    /// Outside the asker's scope: audited.
    OutOfScope,
}

/// Lets `manager_id` also serve `gemeinde_id`. An administrator needs both the manager's
/// organisation and the Gemeinde as it is before the change (an assignment must not widen
/// the administrator's own reach).
pub async fn assign(
    store: &dyn Store,
    asker: Asker<'_>,
    manager_id: i64,
    gemeinde_id: i64,
    now: DateTime<Utc>,
) -> Result<Assignment, StoreError> {
    let Some(m) = store.manager(manager_id).await? else {
        return Ok(Assignment::NoManager);
    };
    let Some(g) = store.gemeinde(gemeinde_id).await? else {
        return Ok(Assignment::NoGemeinde);
    };
    let gemeinde_ok = match asker {
        Asker::Person(w) if w.admin_scopes.contains(&AdminScope::Gemeinde(g.id)) => true,
        _ => asker
            .administered(store)
            .await?
            .is_none_or(|own| own.contains(&g.id)),
    };
    if !asker.may_manage_org(m.organisation_id) || !gemeinde_ok {
        asker
            .refuse(store, &format!("manager:{} gemeinde:{}", m.id, g.id), now)
            .await?;
        return Ok(Assignment::OutOfScope);
    }
    if m.status == "inactive" {
        return Ok(Assignment::Inactive);
    }
    if store
        .manager_gemeinden(m.id)
        .await?
        .iter()
        .any(|s| s.id == g.id)
    {
        return Ok(Assignment::Already);
    }
    store
        .assign_gemeinde(m.id, g.id, asker.actor(), now)
        .await?;
    Ok(Assignment::Done)
}

// ---- deactivating -------------------------------------------------------------------

/// What became of a deactivation. Nothing changed unless it is `Done`.
#[derive(Debug, PartialEq, Eq)]
pub enum Deactivation {
    /// Deactivated; this many clients moved to the successor.
    Done(u64),
    /// No manager with this id.
    NoManager(i64),
    /// A manager cannot be their own successor.
    Same,
    AlreadyInactive(Box<Manager>),
    /// The successor must be active (they joined on Telegram).
    SuccessorNotActive(Box<Manager>),
    /// Outside the administrator's scope (both managers must be within it): audited.
    OutOfScope,
}

/// The two managers of a deactivation, if it may be done; else why not (a refusal for
/// scope is audited).
async fn pair(
    store: &dyn Store,
    asker: Asker<'_>,
    manager_id: i64,
    successor: i64,
    now: DateTime<Utc>,
) -> Result<Result<(Manager, Manager), Deactivation>, StoreError> {
    if manager_id == successor {
        return Ok(Err(Deactivation::Same));
    }
    let Some(m) = store.manager(manager_id).await? else {
        return Ok(Err(Deactivation::NoManager(manager_id)));
    };
    let Some(s) = store.manager(successor).await? else {
        return Ok(Err(Deactivation::NoManager(successor)));
    };
    if !asker.may_manage_org(m.organisation_id) || !asker.may_manage_org(s.organisation_id) {
        asker
            .refuse(store, &format!("manager:{}", m.id), now)
            .await?;
        return Ok(Err(Deactivation::OutOfScope));
    }
    if m.status == "inactive" {
        return Ok(Err(Deactivation::AlreadyInactive(Box::new(m))));
    }
    if s.status != "active" {
        return Ok(Err(Deactivation::SuccessorNotActive(Box::new(s))));
    }
    Ok(Ok((m, s)))
}

/// Deactivates `manager_id`, handing their clients to `successor`, if the asker may.
/// The sender is not woken: see [`deactivate`] for the bot and the web workplace.
pub async fn deactivate_in(
    store: &dyn Store,
    asker: Asker<'_>,
    manager_id: i64,
    successor: i64,
    now: DateTime<Utc>,
) -> Result<Deactivation, StoreError> {
    let (m, s) = match pair(store, asker, manager_id, successor, now).await? {
        Ok(pair) => pair,
        Err(refusal) => return Ok(refusal),
    };
    match store
        .deactivate_manager(m.id, s.id, asker.actor(), now)
        .await
    {
        Ok(moved) => Ok(Deactivation::Done(moved)),
        // Someone else changed the successor in between.
        Err(StoreError::MissingReference) => Ok(Deactivation::SuccessorNotActive(Box::new(s))),
        Err(e) => Err(e),
    }
}

/// [`deactivate_in`] for a person in the bot or the web workplace; wakes the sender for
/// the notices.
pub async fn deactivate(
    ctx: &Ctx,
    who: &Who,
    manager_id: i64,
    successor: i64,
    now: DateTime<Utc>,
) -> Result<Deactivation, StoreError> {
    let done = deactivate_in(&*ctx.store, Asker::Person(who), manager_id, successor, now).await?;
    if matches!(done, Deactivation::Done(_)) {
        ctx.wake.notify_one();
    }
    Ok(done)
}

/// What a confirmation page shows before a deactivation: the manager, the clients that
/// would be handed over, and whom they could go to.
#[derive(Debug)]
pub struct Handover {
    pub manager: Manager,
    pub clients: Vec<Client>,
    /// Active managers within the asker's scope, other than the manager.
    pub successors: Vec<Manager>,
}

/// The most clients a confirmation page lists.
const MAX_LISTED: i64 = 10_000;

/// A hand-over to confirm, or why there is none.
#[derive(Debug)]
pub enum Handed {
    Yes(Box<Handover>),
    Missing,
    /// Outside the scope: audited.
    OutOfScope,
}

/// The hand-over of `manager_id`, if the asker may deactivate them.
pub async fn handover(ctx: &Ctx, who: &Who, manager_id: i64) -> Result<Handed, StoreError> {
    let store = &*ctx.store;
    let Some(manager) = store.manager(manager_id).await? else {
        return Ok(Handed::Missing);
    };
    if !who.may_manage_org(manager.organisation_id) {
        super::offers::refused(ctx, who, &format!("manager:{manager_id}")).await?;
        return Ok(Handed::OutOfScope);
    }
    let clients = store.clients_of(manager_id, 0, MAX_LISTED).await?;
    let successors = store
        .managers()
        .await?
        .into_iter()
        .map(|(m, _)| m)
        .filter(|m| {
            m.id != manager_id && m.status == "active" && who.may_manage_org(m.organisation_id)
        })
        .collect();
    Ok(Handed::Yes(Box::new(Handover {
        manager,
        clients,
        successors,
    })))
}

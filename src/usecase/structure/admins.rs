//! Administrators limited to an organisation or a Gemeinde: listed, added (by Telegram
//! id, as the command line's `admin scope add` does), removed. Only a global
//! administrator (or the command line) does this; anyone else is refused and audited.
//! A list names a person by their log id (`u-…`), never by their Telegram id.

use chrono::{DateTime, Utc};

use super::super::managers::Asker;
use super::refused;
use crate::store::orgs::{AdminScope, Gemeinde, Organisation};
use crate::store::{Store, StoreError};

/// What a scope names, looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scoped {
    Organisation(Organisation),
    Gemeinde(Gemeinde),
}

/// A scoped administrator as the list shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The scope's id (to remove it).
    pub id: i64,
    /// The person's log id, never their Telegram id.
    pub person: String,
    /// The manager's name, if this person is also a manager.
    pub manager: Option<String>,
    pub scope: Scoped,
    pub since: DateTime<Utc>,
}

/// Every scoped administrator, oldest first; `None` (audited) for anyone but a global
/// administrator.
pub async fn list(
    store: &dyn Store,
    asker: Asker<'_>,
    now: DateTime<Utc>,
) -> Result<Option<Vec<Listed>>, StoreError> {
    if refused(store, asker, "administrators", now).await? {
        return Ok(None);
    }
    let orgs = store.organisations().await?;
    let gemeinden = store.gemeinden().await?;
    let managers = store.managers().await?;
    let mut out = vec![];
    for row in store.scope_rows().await? {
        let Some(scope) = scoped(&orgs, &gemeinden, row.scope) else {
            continue;
        };
        out.push(Listed {
            id: row.id,
            person: crate::logid::of(row.telegram_id).to_string(),
            manager: managers
                .iter()
                .find(|(m, _)| m.telegram_id == Some(row.telegram_id))
                .map(|(m, _)| m.display_name.clone()),
            scope,
            since: row.created_at,
        });
    }
    Ok(Some(out))
}

fn scoped(orgs: &[Organisation], gemeinden: &[Gemeinde], scope: AdminScope) -> Option<Scoped> {
    match scope {
        AdminScope::Organisation(id) => orgs
            .iter()
            .find(|o| o.id == id)
            .cloned()
            .map(Scoped::Organisation),
        AdminScope::Gemeinde(id) => gemeinden
            .iter()
            .find(|g| g.id == id)
            .cloned()
            .map(Scoped::Gemeinde),
    }
}

/// What became of a new scope. Nothing is written unless it is `Done`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeAdded {
    Done(Scoped),
    /// This person holds this scope already: nothing changed.
    Already(Scoped),
    /// Not a Telegram user id (a positive number).
    BadTelegramId,
    UnknownOrganisation,
    UnknownGemeinde,
    /// Not a global administrator: audited.
    NotAllowed,
}

/// Lets the Telegram user `telegram_id` administer `scope`.
pub async fn add(
    store: &dyn Store,
    asker: Asker<'_>,
    telegram_id: i64,
    scope: AdminScope,
    now: DateTime<Utc>,
) -> Result<ScopeAdded, StoreError> {
    if refused(store, asker, "admin.scope:new", now).await? {
        return Ok(ScopeAdded::NotAllowed);
    }
    if telegram_id <= 0 {
        return Ok(ScopeAdded::BadTelegramId);
    }
    let found = match scope {
        AdminScope::Organisation(_) => scoped(&store.organisations().await?, &[], scope),
        AdminScope::Gemeinde(id) => store.gemeinde(id).await?.map(Scoped::Gemeinde),
    };
    let Some(what) = found else {
        return Ok(match scope {
            AdminScope::Organisation(_) => ScopeAdded::UnknownOrganisation,
            AdminScope::Gemeinde(_) => ScopeAdded::UnknownGemeinde,
        });
    };
    if store.admin_scopes(telegram_id).await?.contains(&scope) {
        return Ok(ScopeAdded::Already(what));
    }
    store
        .add_admin_scope(telegram_id, scope, asker.actor(), now)
        .await?;
    Ok(ScopeAdded::Done(what))
}

/// What became of a removal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeRemoved {
    Done,
    /// No such scope (removed a moment ago).
    Missing,
    /// Not a global administrator: audited.
    NotAllowed,
}

/// Removes the scope `id` (the person keeps any other scope).
pub async fn remove(
    store: &dyn Store,
    asker: Asker<'_>,
    id: i64,
    now: DateTime<Utc>,
) -> Result<ScopeRemoved, StoreError> {
    if refused(store, asker, &format!("admin.scope:{id}"), now).await? {
        return Ok(ScopeRemoved::NotAllowed);
    }
    Ok(if store.remove_admin_scope(id, asker.actor(), now).await? {
        ScopeRemoved::Done
    } else {
        ScopeRemoved::Missing
    })
}

/// One scoped administrator, for the confirmation before removing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    Yes(Box<Listed>),
    Missing,
    /// Not a global administrator: audited.
    NotAllowed,
}

/// The scoped administrator `id`, if the asker is a global administrator.
pub async fn one(
    store: &dyn Store,
    asker: Asker<'_>,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Shown, StoreError> {
    if refused(store, asker, &format!("admin.scope:{id}"), now).await? {
        return Ok(Shown::NotAllowed);
    }
    let all = list(store, asker, now).await?.unwrap_or_default();
    Ok(match all.into_iter().find(|l| l.id == id) {
        Some(l) => Shown::Yes(Box::new(l)),
        None => Shown::Missing,
    })
}

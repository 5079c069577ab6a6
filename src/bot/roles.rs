//! Who is talking: an administrator (global from the configuration, or scoped), an
//! Integrationsmanager, a client — or nobody yet. Checked on every command and button.

use std::collections::BTreeSet;

use crate::store::StoreError;
use crate::store::people::{AdminScope, Client, Manager};

use super::Ctx;

#[derive(Debug, Clone)]
pub struct Who {
    pub telegram_id: i64,
    pub global_admin: bool,
    pub admin_scopes: Vec<AdminScope>,
    pub manager: Option<Manager>,
    pub client: Option<Client>,
}

impl Who {
    pub async fn of(ctx: &Ctx, telegram_id: i64) -> Result<Who, StoreError> {
        Ok(Who {
            telegram_id,
            global_admin: ctx.config.admins.contains(&telegram_id),
            admin_scopes: ctx.store.admin_scopes(telegram_id).await?,
            manager: ctx.store.manager_by_telegram(telegram_id).await?,
            client: ctx.store.client_by_telegram(telegram_id).await?,
        })
    }

    /// From what [`crate::store::Store::caller`] read: the scopes only when there are any.
    pub async fn from_caller(
        ctx: &Ctx,
        telegram_id: i64,
        scoped_admin: bool,
        manager: Option<Manager>,
        client: Option<Client>,
    ) -> Result<Who, StoreError> {
        let admin_scopes = if scoped_admin {
            ctx.store.admin_scopes(telegram_id).await?
        } else {
            Vec::new()
        };
        Ok(Who {
            telegram_id,
            global_admin: ctx.config.admins.contains(&telegram_id),
            admin_scopes,
            manager,
            client,
        })
    }

    pub fn is_admin(&self) -> bool {
        self.global_admin || !self.admin_scopes.is_empty()
    }

    /// The manager, if active (an inactive manager has no clients and no powers).
    pub fn active_manager(&self) -> Option<&Manager> {
        self.manager.as_ref().filter(|m| m.status == "active")
    }

    /// The client, if linked (active or, until they write again, unreachable).
    pub fn linked_client(&self) -> Option<&Client> {
        self.client
            .as_ref()
            .filter(|c| matches!(c.status.as_str(), "active" | "unreachable"))
    }

    pub fn may_manage_org(&self, organisation_id: i64) -> bool {
        self.global_admin
            || self
                .admin_scopes
                .contains(&AdminScope::Organisation(organisation_id))
    }

    /// The Gemeinden (ids) this person administers: `None` for all (a global
    /// administrator); a Gemeinde's administrators that Gemeinde; an organisation's
    /// administrators the Gemeinden its managers serve.
    pub async fn administered(&self, ctx: &Ctx) -> Result<Option<BTreeSet<i64>>, StoreError> {
        self.administered_in(&*ctx.store).await
    }

    /// [`Who::administered`], read from a store (the command line has no [`Ctx`]).
    pub async fn administered_in(
        &self,
        store: &dyn crate::store::Store,
    ) -> Result<Option<BTreeSet<i64>>, StoreError> {
        if self.global_admin {
            return Ok(None);
        }
        let mut out = BTreeSet::new();
        let mut orgs = BTreeSet::new();
        for scope in &self.admin_scopes {
            match scope {
                AdminScope::Gemeinde(g) => {
                    out.insert(*g);
                }
                AdminScope::Organisation(o) => {
                    orgs.insert(*o);
                }
            }
        }
        if !orgs.is_empty() {
            // One query for every organisation, not one per manager.
            out.extend(
                store
                    .organisation_gemeinden()
                    .await?
                    .into_iter()
                    .filter(|(o, _)| orgs.contains(o))
                    .map(|(_, g)| g),
            );
        }
        Ok(Some(out))
    }

    /// Whether this administrator may act for a Gemeinde (see [`Who::administered`]).
    pub async fn may_manage_gemeinde(
        &self,
        ctx: &Ctx,
        gemeinde_id: i64,
    ) -> Result<bool, StoreError> {
        if self
            .admin_scopes
            .contains(&AdminScope::Gemeinde(gemeinde_id))
        {
            return Ok(true);
        }
        Ok(self
            .administered(ctx)
            .await?
            .is_none_or(|own| own.contains(&gemeinde_id)))
    }
}

pub use crate::usecase::access::may_act_for;

//! What a manager does with a client beyond the agenda: another Gemeinde, a colleague
//! taking over, a longer support period, the end of support — for the bot's buttons on a
//! client's page and the web workplace's client page alike.

use chrono::{DateTime, Utc};

use super::Ctx;
use super::access::may_act_for;
use crate::domain::support_period;
use crate::store::StoreError;
use crate::store::orgs::Gemeinde;
use crate::store::people::{Actor, Client, Manager};

/// Support is extended by this many months at a time.
pub const EXTEND_MONTHS: u32 = 12;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// No such client, support has ended, or not one this manager may act for.
    #[error("client out of reach")]
    Gone,
    /// A choice that was not offered (a Gemeinde the manager does not serve, a colleague
    /// who may not take over, no support period to extend).
    #[error("not one of the choices")]
    NotAChoice,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The client `id` if `m` may act for them and support has not ended.
pub async fn reachable(ctx: &Ctx, m: &Manager, id: i64) -> Result<Option<Client>, StoreError> {
    let Some(client) = ctx.store.client(id).await? else {
        return Ok(None);
    };
    if client.status == "ended" || !may_act_for(ctx, m, &client).await? {
        tracing::warn!(
            manager_id = m.id,
            client_id = id,
            "client out of reach refused"
        );
        return Ok(None);
    }
    Ok(Some(client))
}

async fn client(ctx: &Ctx, m: &Manager, id: i64) -> Result<Client, ClientError> {
    reachable(ctx, m, id).await?.ok_or(ClientError::Gone)
}

/// The Gemeinden the client can move to: those `m` serves, but the current one.
pub async fn gemeinde_choices(
    ctx: &Ctx,
    m: &Manager,
    client: &Client,
) -> Result<Vec<Gemeinde>, StoreError> {
    Ok(ctx
        .store
        .manager_gemeinden(m.id)
        .await?
        .into_iter()
        .filter(|g| g.id != client.gemeinde_id)
        .collect())
}

/// Who may take the client over: active colleagues of the client's manager in the same
/// organisation who serve the client's Gemeinde (another organisation only by an
/// administrator's explicit act), `m` not included.
pub async fn successors(
    ctx: &Ctx,
    m: &Manager,
    client: &Client,
) -> Result<Vec<Manager>, StoreError> {
    let Some(owner) = ctx.store.manager(client.manager_id).await? else {
        return Ok(vec![]);
    };
    Ok(ctx
        .store
        .active_managers_of(client.gemeinde_id)
        .await?
        .into_iter()
        .filter(|c| owner.may_be_replaced_by(c) && c.id != m.id)
        .collect())
}

/// Moves the client to another Gemeinde `m` serves; its name.
pub async fn change_gemeinde(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    client_id: i64,
    gemeinde_id: i64,
) -> Result<(Client, String), ClientError> {
    let client = client(ctx, m, client_id).await?;
    let Some(g) = gemeinde_choices(ctx, m, &client)
        .await?
        .into_iter()
        .find(|g| g.id == gemeinde_id)
    else {
        return Err(ClientError::NotAChoice);
    };
    let now = ctx.clock.now();
    ctx.store
        .set_client_gemeinde(client.id, g.id, actor, now)
        .await?;
    Ok((client, g.name))
}

/// Hands the client over to colleague `to_id`, who is told.
pub async fn hand_over(
    ctx: &Ctx,
    m: &Manager,
    client_id: i64,
    to_id: i64,
) -> Result<(Client, Manager), ClientError> {
    let client = client(ctx, m, client_id).await?;
    let Some(to) = successors(ctx, m, &client)
        .await?
        .into_iter()
        .find(|c| c.id == to_id)
    else {
        return Err(ClientError::NotAChoice);
    };
    ctx.store
        .hand_over_client(client.id, m, &to, ctx.clock.now())
        .await?;
    ctx.wake.notify_one();
    Ok((client, to))
}

/// The outcome of extending support.
pub enum Extended {
    /// Support now lasts until then.
    Until(DateTime<Utc>),
    /// The longest period is reached already.
    AtLimit,
}

/// Extends support by [`EXTEND_MONTHS`], within the longest period.
pub async fn extend(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    client_id: i64,
) -> Result<(Client, Extended), ClientError> {
    let client = client(ctx, m, client_id).await?;
    let (Some(start), Some(end)) = (client.linked_at, client.support_until) else {
        return Err(ClientError::NotAChoice);
    };
    let Ok(until) = support_period::extend(start, end, EXTEND_MONTHS) else {
        return Ok((client, Extended::AtLimit));
    };
    ctx.store
        .extend_support(client.id, until, actor, ctx.clock.now())
        .await?;
    Ok((client, Extended::Until(until)))
}

/// Ends support: the client can no longer write, and is told.
pub async fn end_support(ctx: &Ctx, m: &Manager, client_id: i64) -> Result<Client, ClientError> {
    let client = client(ctx, m, client_id).await?;
    ctx.store.end_client(client.id, m, ctx.clock.now()).await?;
    ctx.wake.notify_one();
    Ok(client)
}

/// A new invite link for a client who has not joined yet: the old links stop working.
/// `None` when the client is linked already (nothing to invite). Shared by the bot's
/// "invite" button and the web workplace's client page.
pub async fn renew_invite(
    ctx: &Ctx,
    m: &Manager,
    actor: Actor,
    client_id: i64,
) -> Result<(Client, Option<crate::domain::invite::NewInvite>), ClientError> {
    use crate::domain::invite::{InviteKind, new_invite};
    let client = client(ctx, m, client_id).await?;
    if client.telegram_id.is_some() {
        return Ok((client, None));
    }
    let now = ctx.clock.now();
    let inv = new_invite(InviteKind::Client);
    let expires = now + chrono::Duration::days(ctx.config.invite_days.into());
    ctx.store
        .renew_client_invite(client.id, &inv.hash, expires, actor, now)
        .await?;
    tracing::info!(
        manager_id = m.id,
        client_id = client.id,
        "client invite renewed"
    );
    Ok((client, Some(inv)))
}

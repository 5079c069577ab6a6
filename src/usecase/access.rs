//! Who may act for whom: the one check every use case about a client starts with.

use super::Ctx;
use crate::store::StoreError;
use crate::store::people::{Client, Manager};

/// Whether `manager` may act for `client`: their own, or a colleague's while standing in.
pub async fn may_act_for(
    ctx: &Ctx,
    manager: &Manager,
    client: &Client,
) -> Result<bool, StoreError> {
    if client.manager_id == manager.id {
        return Ok(true);
    }
    let Some(owner) = ctx.store.manager(client.manager_id).await? else {
        return Ok(false);
    };
    // Standing in needs the absence and a colleague of the same organisation (an absence
    // recorded before that rule does not carry over to another organisation).
    Ok(owner.substitute_id == Some(manager.id)
        && owner.absent_at(ctx.clock.now())
        && owner.may_be_replaced_by(manager))
}

/// A client a manager wants to plan something for.
pub enum Linked {
    /// Theirs (or stood in for) and linked: the client and their Telegram id.
    Yes(Client, i64),
    /// Not the manager's client, nor one they stand in for (or no such client).
    NotYours,
    /// The client has not joined yet, or support has ended.
    NotLinked,
}

/// Whether `m` may plan for client `client_id`, who must be linked.
pub async fn linked_client(ctx: &Ctx, m: &Manager, client_id: i64) -> Result<Linked, StoreError> {
    let client = match ctx.store.client(client_id).await? {
        Some(c) if may_act_for(ctx, m, &c).await? => c,
        _ => return Ok(Linked::NotYours),
    };
    Ok(
        match client.telegram_id.filter(|_| client.status != "ended") {
            Some(tg) => Linked::Yes(client, tg),
            None => Linked::NotLinked,
        },
    )
}

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

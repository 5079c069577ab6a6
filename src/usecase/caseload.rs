//! Whose clients a manager sees: their own and, while standing in for an absent
//! colleague, the colleague's (the same rule as [`super::access::may_act_for`]).

use super::Ctx;
use crate::store::StoreError;
use crate::store::people::{Client, Manager};

/// Whose caseload `m` sees now: their own id first, then the colleagues they stand in for.
pub async fn owners_for(ctx: &Ctx, m: &Manager) -> Result<Vec<i64>, StoreError> {
    let now = ctx.clock.now();
    let mut ids = vec![m.id];
    for (owner, _) in ctx.store.managers().await? {
        if owner.id != m.id
            && owner.substitute_id == Some(m.id)
            && owner.absent_at(now)
            && owner.may_be_replaced_by(m)
        {
            ids.push(owner.id);
        }
    }
    Ok(ids)
}

/// The manager's clients, then those of colleagues they stand in for now.
pub async fn clients_for(ctx: &Ctx, m: &Manager) -> Result<Vec<Client>, StoreError> {
    let mut clients = vec![];
    for owner in owners_for(ctx, m).await? {
        clients.extend(all_of(ctx, owner).await?);
    }
    Ok(clients)
}

/// The clients one can plan for: joined, support not ended.
pub async fn linked_clients_for(ctx: &Ctx, m: &Manager) -> Result<Vec<Client>, StoreError> {
    Ok(clients_for(ctx, m)
        .await?
        .into_iter()
        .filter(|c| c.telegram_id.is_some() && c.status != "ended")
        .collect())
}

async fn all_of(ctx: &Ctx, manager_id: i64) -> Result<Vec<Client>, StoreError> {
    let total = ctx.store.count_clients_of(manager_id).await?;
    ctx.store.clients_of(manager_id, 0, total.max(1)).await
}

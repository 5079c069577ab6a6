//! Requests to be taken on: a manager of the Gemeinde accepts (a client is created, the
//! person goes on to consent) or declines — from the bot's buttons or the web workplace.

use chrono::{DateTime, Utc};

use super::Ctx;
use crate::store::StoreError;
use crate::store::people::Manager;

/// An open request as a manager sees it.
#[derive(Debug, Clone)]
pub struct OpenRequest {
    pub id: i64,
    pub gemeinde: String,
    /// The language the person chose (a code).
    pub language: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// No such request, or one of a Gemeinde this manager does not serve.
    #[error("not this manager's request")]
    NotYours,
    /// Accepted or declined already (by a colleague, in the bot or the web).
    #[error("decided already")]
    Decided,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The label a client taken on from request `id` gets (to be changed later).
pub fn label_of(id: i64) -> String {
    format!("A-{id}")
}

/// Accepts or declines request `id`; on acceptance, the new client's label.
pub async fn decide(
    ctx: &Ctx,
    m: &Manager,
    id: i64,
    accept: bool,
) -> Result<Option<String>, JoinError> {
    let Some(request) = ctx.store.join_request(id).await? else {
        return Err(JoinError::NotYours);
    };
    let serves = ctx
        .store
        .manager_gemeinden(m.id)
        .await?
        .iter()
        .any(|g| g.id == request.gemeinde_id);
    if !serves {
        tracing::warn!(
            manager_id = m.id,
            request = id,
            "join request of another Gemeinde refused"
        );
        return Err(JoinError::NotYours);
    }
    let label = label_of(id);
    let now = ctx.clock.now();
    if !ctx
        .store
        .decide_join_request(id, m, accept, &label, now)
        .await?
    {
        return Err(JoinError::Decided);
    }
    ctx.wake.notify_one();
    tracing::info!(
        manager_id = m.id,
        request = id,
        accept,
        "join request decided"
    );
    Ok(accept.then_some(label))
}

/// The open requests in the Gemeinden this manager serves, oldest first.
pub async fn open_requests(ctx: &Ctx, m: &Manager) -> Result<Vec<OpenRequest>, StoreError> {
    Ok(ctx
        .store
        .open_join_requests(m.id)
        .await?
        .into_iter()
        .map(|(id, gemeinde, language, created_at)| OpenRequest {
            id,
            gemeinde,
            language,
            created_at,
        })
        .collect())
}

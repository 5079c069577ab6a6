//! Polling mode: Wegweiser's own long-polling loop. `getUpdates` in a loop (cancelled at
//! once on shutdown, so an idle stop takes milliseconds), each update handed to the
//! per-person [`Dispatch`]. At start a webhook left from webhook mode is removed (the
//! updates waiting at Telegram are kept), so switching modes needs no manual step.

use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use tokio::sync::watch;

use super::inbound::{ALLOWED_UPDATES, Dispatch};

/// Polls until `stop` turns true, then lets the handed-over updates finish.
pub async fn run(dispatch: Arc<Dispatch>, mut stop: watch::Receiver<bool>) {
    let inbound = dispatch.inbound().clone();
    let bot = &inbound.bot;
    let mut offset: i32 = 0;
    let mut delay = Duration::from_millis(500);
    let mut webhook_gone = false;
    loop {
        if !webhook_gone {
            // getUpdates is refused (409) while a webhook is set.
            let delete = bot.delete_webhook().drop_pending_updates(false);
            let deleted = tokio::select! {
                r = delete => r,
                _ = stop.wait_for(|s| *s) => break,
            };
            match deleted {
                Ok(_) => webhook_gone = true,
                Err(e) => {
                    tracing::warn!(error = %crate::delivery::describe(&e), "deleteWebhook failed");
                    tokio::select! {
                        _ = tokio::time::sleep(delay) => {}
                        _ = stop.wait_for(|s| *s) => break,
                    }
                    delay = (delay * 2).min(Duration::from_secs(30));
                    continue;
                }
            }
        }
        let poll = bot
            .get_updates()
            .offset(offset)
            .timeout(inbound.poll_timeout.as_secs() as u32)
            .allowed_updates(ALLOWED_UPDATES);
        let updates = tokio::select! {
            r = poll => r,
            _ = stop.wait_for(|s| *s) => break,
        };
        let updates = match updates {
            Ok(u) => {
                delay = Duration::from_millis(500);
                crate::ops::metrics::telegram_seen(inbound.ctx.clock.now());
                u
            }
            Err(e) => {
                tracing::warn!(error = %crate::delivery::describe(&e), "getUpdates failed");
                if webhook_active(&e) {
                    // Someone set a webhook meanwhile (an instance in webhook mode).
                    webhook_gone = false;
                }
                tokio::select! {
                    _ = tokio::time::sleep(delay) => {}
                    _ = stop.wait_for(|s| *s) => break,
                }
                delay = (delay * 2).min(Duration::from_secs(30));
                continue;
            }
        };
        for update in updates {
            offset = offset.max(update.id.0 as i32 + 1);
            dispatch.hand_over(update, false);
        }
    }
    // Confirm what was taken, so the next start does not see it again.
    let _ = bot.get_updates().offset(offset).timeout(0).limit(1).await;
    dispatch.finish().await;
}

/// Telegram refuses getUpdates because a webhook is set.
fn webhook_active(e: &teloxide::RequestError) -> bool {
    use teloxide::{ApiError, RequestError};
    match e {
        RequestError::Api(ApiError::CantGetUpdates) => true,
        RequestError::Api(ApiError::Unknown(t)) => t.contains("webhook is active"),
        _ => false,
    }
}

//! `/web`: a one-time sign-in link to the web workplace, for Integrationsmanager and
//! administrators. The link is a secret: it is sent once and never logged.

use teloxide::prelude::*;
use teloxide::types::LinkPreviewOptions;

use super::super::{Ctx, HandlerResult, WBot};
use super::common::{Person, not_allowed};
use crate::i18n::Arg;

pub async fn send(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    if p.who.active_manager().is_none() && !p.who.is_admin() {
        return not_allowed(bot, ctx, p).await;
    }
    let Some(link) = crate::web::session::new_link(ctx, p.id, ctx.clock.now()).await? else {
        bot.send_message(p.chat, ctx.texts.t(&p.lang, "web-link-off"))
            .await?;
        return Ok(());
    };
    tracing::info!("web sign-in link sent");
    let minutes = crate::web::session::LINK_VALID.num_minutes();
    let text = ctx.texts.t_with(
        &p.lang,
        "web-link",
        &[
            ("link", Arg::text(link.as_str())),
            ("minutes", minutes.into()),
        ],
    );
    // No preview: Telegram would fetch the address (it uses nothing up, but needs not see it).
    bot.send_message(p.chat, text)
        .link_preview_options(LinkPreviewOptions {
            is_disabled: true,
            url: None,
            prefer_small_media: false,
            prefer_large_media: false,
            show_above_text: false,
        })
        .await?;
    Ok(())
}

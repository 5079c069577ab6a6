//! A new invite link for a client on their page, and its QR code to print — through
//! [`clients::renew_invite`], the use case of the bot's "invite" button.
//!
//! The QR code is drawn into the page itself (inline SVG): the one-time token travels only
//! in the answer to the form post, never in an address of this server that a reverse
//! proxy's access log or the browser's history would keep.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};

use super::form::Posted;
use super::{Page, internal, t, t_with};
use crate::domain::invite;
use crate::i18n::Arg;
use crate::usecase::clients::{self, ClientError};

/// `POST /clients/{id}/invite`: the link, in the bot's words, and the QR code.
pub async fn renew(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    let lang = me.lang.as_str();
    let Some(bot) = ctx.bot_username.get().cloned() else {
        return super::error(
            &ctx,
            lang,
            StatusCode::SERVICE_UNAVAILABLE,
            "web-invite-no-bot",
        );
    };
    let actor = crate::store::people::Actor::Telegram(me.telegram_id());
    let (c, inv) = match clients::renew_invite(&ctx, &m, actor, id).await {
        Ok((c, Some(inv))) => (c, inv),
        Ok((_, None)) | Err(ClientError::NotAChoice) => {
            return super::error(&ctx, lang, StatusCode::CONFLICT, "web-stale-choice");
        }
        Err(ClientError::Gone) => return super::forbidden(&ctx, lang),
        Err(ClientError::Store(e)) => return internal(&ctx, e),
    };
    let gemeinde = match ctx.store.gemeinde(c.gemeinde_id).await {
        Ok(g) => g.map(|g| g.name).unwrap_or_default(),
        Err(e) => return internal(&ctx, e),
    };
    let link = invite::link(&bot, &inv.payload);
    let label = || ("label", Arg::text(c.label.clone()));
    let args = [
        label(),
        ("gemeinde", Arg::text(gemeinde)),
        ("days", Arg::from(i64::from(ctx.config.invite_days))),
        ("link", Arg::text(link.clone())),
    ];
    let caption = t_with(&ctx, lang, "new-client-qr-caption", &[label()]);
    let qr = match crate::qr::try_svg(&link) {
        Ok(svg) => qr_drawing(&svg, &crate::i18n::markup::visible(&caption.0)),
        Err(e) => return internal(&ctx, e),
    };
    let body = html! {
        p id="done" role="status" { (t_with(&ctx, lang, "new-client-created", &args)) }
        p { a id="invite-link" href=(link) { (link) } }
        figure.qr {
            (qr)
            figcaption { (caption) }
        }
        p { a href={ "/clients/" (c.id) } { (t(&ctx, lang, "web-back-to-client")) } }
    };
    Page::new(&ctx, lang, "web-client-title").render(Some(&me), body)
}

/// The QR code as an inline `<svg>`: black on white, crisp at any size, with its
/// description for screen readers.
fn qr_drawing(svg: &crate::qr::Svg, label: &str) -> Markup {
    let side = svg.side.to_string();
    html! {
        svg id="invite-qr" xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(label)
            viewBox={ "0 0 " (side) " " (side) } width="320" height="320"
            shape-rendering="crispEdges" {
            rect width=(side) height=(side) fill="#fff" {}
            path d=(svg.dark) fill="#000" {}
        }
    }
}

//! A new invite link for a client on their page, and its QR code as a PNG to print —
//! through [`clients::renew_invite`], the use case of the bot's "invite" button.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::html;

use super::form::Posted;
use super::{Page, internal, t, t_with};
use crate::domain::invite;
use crate::i18n::Arg;
use crate::usecase::clients::{self, ClientError};
use crate::web::session::Me;

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
    let qr = format!("/clients/{}/invite.png?token={}", c.id, inv.payload);
    let body = html! {
        p id="done" role="status" { (t_with(&ctx, lang, "new-client-created", &args)) }
        p { a id="invite-link" href=(link) { (link) } }
        figure {
            img id="invite-qr" src=(qr) width="320" height="320"
                alt=(t_with(&ctx, lang, "new-client-qr-caption", &[label()]).0);
            figcaption { (t_with(&ctx, lang, "new-client-qr-caption", &[label()])) }
        }
        p { a href={ "/clients/" (c.id) } { (t(&ctx, lang, "web-back-to-client")) } }
    };
    Page::new(&ctx, lang, "web-client-title").render(Some(&me), body)
}

#[derive(serde::Deserialize)]
pub struct Token {
    token: String,
}

/// `GET /clients/{id}/invite.png?token=…`: the QR code of a live invite of a client this
/// manager may act for; anything else is refused.
pub async fn qr(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Query(q): Query<Token>,
) -> Response {
    let lang = me.lang.as_str();
    let (Some(m), Some(bot)) = (me.who.active_manager(), ctx.bot_username.get()) else {
        return super::forbidden(&ctx, lang);
    };
    match clients::live_invite(&ctx, m, id, &q.token).await {
        Ok(true) => {
            let png = crate::qr::png(&invite::link(bot, &q.token));
            (
                [
                    (header::CONTENT_TYPE, "image/png"),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                png,
            )
                .into_response()
        }
        Ok(false) | Err(ClientError::NotAChoice) => {
            super::error(&ctx, lang, StatusCode::NOT_FOUND, "web-not-found")
        }
        Err(ClientError::Gone) => super::forbidden(&ctx, lang),
        Err(ClientError::Store(e)) => internal(&ctx, e),
    }
}

//! Requests to be taken on from the manager's Gemeinden: accept or decline, as with the
//! bot's buttons (the same use case: whoever decides first, in the bot or here, decides).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};

use super::form::Posted;
use super::{Page, internal, t};
use crate::bot::Ctx;
use crate::store::people::Manager;
use crate::usecase::joins::{JoinError, OpenRequest, decide, open_requests};
use crate::web::csrf;
use crate::web::session::Me;

/// `GET /joins`.
pub async fn page(State(ctx): State<crate::web::State>, me: Me) -> Response {
    let lang = me.lang.as_str();
    let Some(m) = me.who.active_manager() else {
        return super::forbidden(&ctx, lang);
    };
    match open_requests(&ctx, m).await {
        Ok(list) => {
            Page::new(&ctx, lang, "web-joins-title").render(Some(&me), table(&ctx, &me, &list))
        }
        Err(e) => internal(&ctx, e),
    }
}

/// The open requests, each with "accept" and "decline" (also on Today).
pub fn table(ctx: &Ctx, me: &Me, list: &[OpenRequest]) -> Markup {
    let lang = me.lang.as_str();
    html! {
        @if list.is_empty() {
            p.empty { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id="joins" {
                (super::tables::head(ctx, lang, &["web-col-asked", "web-col-gemeinde", "web-col-language", "web-col-action"]))
                tbody {
                    @for r in list {
                        tr {
                            td { (super::when(lang, r.created_at, ctx.config.time_zone.name())) }
                            td { (r.gemeinde) }
                            td { (ctx.texts.language_name(&r.language)) }
                            td {
                                form.inline method="post" action={ "/joins/" (r.id) "/accept" } {
                                    (csrf::field(&me.csrf))
                                    button type="submit" id={ "accept-" (r.id) } { (t(ctx, lang, "join-accept")) }
                                }
                                " "
                                form.inline method="post" action={ "/joins/" (r.id) "/decline" } {
                                    (csrf::field(&me.csrf))
                                    button.secondary type="submit" id={ "decline-" (r.id) } { (t(ctx, lang, "join-decline")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `POST /joins/{id}/accept`.
pub async fn accept(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    decided(&ctx, &me, &m, id, true).await
}

/// `POST /joins/{id}/decline`.
pub async fn decline(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    decided(&ctx, &me, &m, id, false).await
}

async fn decided(ctx: &Ctx, me: &Me, m: &Manager, id: i64, accept: bool) -> Response {
    let lang = me.lang.as_str();
    match decide(ctx, m, id, accept).await {
        Ok(label) => {
            let text = match label {
                Some(label) => super::t_with(
                    ctx,
                    lang,
                    "join-accepted-manager",
                    &[("label", crate::i18n::Arg::text(label))],
                ),
                None => t(ctx, lang, "join-declined-manager"),
            };
            let body = html! {
                p id="decided" role="status" { (text) }
                p { a href="/joins" { (t(ctx, lang, "web-joins-back")) } }
            };
            Page::new(ctx, lang, "web-joins-title").render(Some(me), body)
        }
        Err(JoinError::Decided) => {
            super::error(ctx, lang, StatusCode::CONFLICT, "join-already-decided")
        }
        Err(JoinError::NotYours) => super::forbidden(ctx, lang),
        Err(JoinError::Store(e)) => internal(ctx, e),
    }
}

//! A client's page: who they are, their appointments with the answers and outcomes (each
//! a link to move or cancel it), and their open deadlines (each with "move" and "cancel"). Only for
//! their manager (or the one standing in): anyone else gets 403 and nothing of the client.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

use super::{Page, error, forbidden, internal, t, tables};
use crate::bot::Ctx;
use crate::store::people::Client;
use crate::usecase::access::may_act_for;
use crate::web::csrf;
use crate::web::session::Me;

pub async fn page(State(ctx): State<crate::web::State>, me: Me, Path(id): Path<i64>) -> Response {
    match render(&ctx, &me, id).await {
        Ok(r) => r,
        Err(e) => internal(&ctx, e),
    }
}

/// The client `id` if `me` may act for them; else the page to show instead (403, 404).
pub async fn allowed(
    ctx: &Ctx,
    me: &Me,
    id: i64,
) -> Result<Result<Client, Response>, crate::store::StoreError> {
    let lang = me.lang.as_str();
    Ok(
        match (me.who.active_manager(), ctx.store.client(id).await?) {
            (Some(m), Some(c)) if may_act_for(ctx, m, &c).await? => Ok(c),
            (_, Some(_)) => {
                tracing::warn!(client_id = id, "web: client of another manager refused");
                Err(forbidden(ctx, lang))
            }
            (_, None) => Err(error(ctx, lang, StatusCode::NOT_FOUND, "web-not-found")),
        },
    )
}

async fn render(ctx: &Ctx, me: &Me, id: i64) -> Result<Response, crate::store::StoreError> {
    let lang = me.lang.as_str();
    let client = match allowed(ctx, me, id).await? {
        Ok(c) => c,
        Err(page) => return Ok(page),
    };
    let (appointments, deadlines) = ctx.store.client_agenda(client.id).await?;
    let actions = match me.who.active_manager() {
        Some(m) => super::client_actions::section(ctx, me, m, &client).await?,
        None => html! {},
    };
    let open: Vec<_> = deadlines.iter().filter(|d| d.status == "open").collect();
    let body = html! {
        dl.facts {
            dt { (t(ctx, lang, "web-col-client")) } dd id="label" { (client.label) }
            dt { (t(ctx, lang, "web-col-status")) }
            dd { (t(ctx, lang, &format!("status-{}", client.status))) }
            dt { (t(ctx, lang, "web-col-language")) }
            dd { (ctx.texts.language_name(&client.language)) }
        }
        p.actions {
            a.button href={ "/appointments/new?client=" (client.id) } { (t(ctx, lang, "web-plan-appointment")) }
            " "
            a.button href={ "/deadlines/new?client=" (client.id) } { (t(ctx, lang, "web-deadline-add")) }
        }
        (actions)
        section aria-labelledby="h-appointments" {
            h2 id="h-appointments" { (t(ctx, lang, "web-client-appointments")) }
            (tables::appointments(ctx, lang, "appointments", appointments.iter().rev().map(|a| (a, None))))
        }
        section aria-labelledby="h-deadlines" {
            h2 id="h-deadlines" { (t(ctx, lang, "web-client-deadlines")) }
            @if open.is_empty() {
                p.empty { (t(ctx, lang, "web-nothing")) }
            } @else {
                table id="deadlines" {
                    (tables::head(ctx, lang, &["web-col-due", "web-col-title", "web-col-kind", "web-col-action"]))
                    tbody {
                        @for d in &open {
                            tr {
                                td { (crate::i18n::format::date(lang, d.due_on)) }
                                td { a href={ "/deadlines/" (d.id) } id={ "deadline-" (d.id) } { (d.title) } }
                                td { (t(ctx, lang, &crate::delivery::agenda::kind_id(&d.kind))) }
                                td {
                                    a.button.secondary href={ "/deadlines/" (d.id) } id={ "move-deadline-" (d.id) } {
                                        (t(ctx, lang, "web-deadline-move"))
                                    }
                                    " "
                                    form.inline method="post" action={ "/deadlines/" (d.id) "/cancel" } {
                                        (csrf::field(&me.csrf))
                                        button.secondary type="submit" id={ "cancel-deadline-" (d.id) } {
                                            (t(ctx, lang, "web-deadline-cancel"))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let mut page = Page::new(ctx, lang, "web-client-title");
    page.subtitle(&client.label);
    Ok(page.render(Some(me), body))
}

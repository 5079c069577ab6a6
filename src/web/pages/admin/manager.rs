//! One Integrationsmanager: `GET /admin/managers/{id}` (the Gemeinden they serve, a form to
//! add one, a form to choose a successor), `POST /admin/managers/{id}/assign`
//! ([`managers::assign`]), `GET /admin/managers/{id}/deactivate?successor=…` (the
//! confirmation page listing every client that will be handed over, nothing changed yet)
//! and `POST /admin/managers/{id}/deactivate` ([`managers::deactivate`], the bot's
//! `/deactivate`): the clients move and are told, and so is the successor.

use std::collections::HashMap;

use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::super::form::{Fields, value};
use super::super::tables::head;
use super::super::{Page, error, internal, t, t_with};
use super::managers::{names, status};
use super::{admin, checked, outside};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::usecase::managers::{self, Asker, Assignment, Deactivation, Handed, Viewed};
use crate::web::session::Me;

fn not_found(ctx: &Ctx, me: &Me) -> Response {
    error(ctx, &me.lang, StatusCode::NOT_FOUND, "web-not-found")
}

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    let lang = me.lang.as_str();
    let l = match managers::view(&ctx, &me.who, id).await {
        Ok(Viewed::Yes(l)) => l,
        Ok(Viewed::Missing) => return not_found(&ctx, &me),
        Ok(Viewed::OutOfScope) => return super::super::forbidden(&ctx, lang),
        Err(e) => return internal(&ctx, e),
    };
    let m = &l.manager;
    let (gemeinden, handover) = match (
        crate::usecase::offers::gemeinden(&ctx, &me.who).await,
        managers::handover(&ctx, &me.who, id).await,
    ) {
        (Ok(g), Ok(h)) => (g, h),
        (Err(e), _) | (_, Err(e)) => return internal(&ctx, e),
    };
    let addable: Vec<_> = gemeinden
        .iter()
        .filter(|g| !l.gemeinden.iter().any(|s| s.id == g.id))
        .collect();
    let body = html! {
        @if let Some(n) = q.get("moved") {
            p.notice role="status" id="deactivated" {
                (t_with(&ctx, lang, "web-admin-deactivated", &[("count", Arg::Number(n.parse().unwrap_or(0.0)))]))
            }
        }
        @if q.contains_key("assigned") {
            p.notice role="status" id="assigned" { (t(&ctx, lang, "web-admin-assigned")) }
        }
        dl {
            dt { (t(&ctx, lang, "web-col-status")) } dd id="status" { (status(&ctx, lang, &m.status)) }
            dt { (t(&ctx, lang, "web-col-clients")) } dd id="clients" { (l.clients) }
            dt { (t(&ctx, lang, "web-col-gemeinden")) } dd id="served" { (names(&l.gemeinden)) }
        }
        @if m.status != "inactive" && !addable.is_empty() {
            form.inline method="post" action={ "/admin/managers/" (m.id) "/assign" } {
                (crate::web::csrf::field(&me.csrf))
                label for="gemeinde" { (t(&ctx, lang, "web-admin-assign-label")) }
                select id="gemeinde" name="gemeinde" {
                    @for g in &addable { option value=(g.id) { (g.name) " (" (g.ags) ")" } }
                }
                button.secondary type="submit" id="assign" { (t(&ctx, lang, "web-admin-assign")) }
            }
        }
        @if let Handed::Yes(h) = &handover {
            @if m.status != "inactive" {
                h2 { (t(&ctx, lang, "web-admin-deactivate")) }
                @if h.successors.is_empty() {
                    p.empty id="no-successor" { (t(&ctx, lang, "web-admin-no-successor")) }
                } @else {
                    form method="get" action={ "/admin/managers/" (m.id) "/deactivate" } {
                        div.field {
                            label for="successor" { (t(&ctx, lang, "web-admin-successor")) }
                            select id="successor" name="successor" {
                                @for s in &h.successors { option value=(s.id) { (s.display_name) } }
                            }
                        }
                        button.secondary type="submit" id="deactivate" { (t(&ctx, lang, "web-admin-deactivate-next")) }
                    }
                }
            }
        }
        p { a href="/admin/managers" { (t(&ctx, lang, "web-admin-back-to-managers")) } }
    };
    let mut page = Page::new(&ctx, lang, "web-admin-manager-title");
    page.subtitle(&m.display_name);
    page.render(Some(&me), body)
}

pub async fn assign(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = checked(&ctx, &me, &f) {
        return *r;
    }
    let gemeinde = match chosen(&ctx, &me, &f, "gemeinde") {
        Ok(id) => id,
        Err(page) => return *page,
    };
    let done = managers::assign(
        &*ctx.store,
        Asker::Person(&me.who),
        id,
        gemeinde,
        ctx.clock.now(),
    )
    .await;
    match done {
        Ok(Assignment::Done | Assignment::Already) => {
            Redirect::to(&format!("/admin/managers/{id}?assigned=1")).into_response()
        }
        Ok(Assignment::OutOfScope) => super::super::forbidden(&ctx, &me.lang),
        Ok(Assignment::NoManager) => not_found(&ctx, &me),
        Ok(Assignment::NoGemeinde | Assignment::Inactive) => {
            error(&ctx, &me.lang, StatusCode::CONFLICT, "web-stale-choice")
        }
        Err(e) => internal(&ctx, e),
    }
}

#[derive(serde::Deserialize)]
pub struct Successor {
    successor: i64,
}

/// The confirmation page: whose clients go to whom, before anything changes.
pub async fn confirm(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Query(q): Query<Successor>,
) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    let lang = me.lang.as_str();
    let h = match managers::handover(&ctx, &me.who, id).await {
        Ok(Handed::Yes(h)) => h,
        Ok(Handed::Missing) => return not_found(&ctx, &me),
        Ok(Handed::OutOfScope) => return super::super::forbidden(&ctx, lang),
        Err(e) => return internal(&ctx, e),
    };
    let Some(successor) = h.successors.iter().find(|s| s.id == q.successor) else {
        return outside(&ctx, &me, &format!("manager:{}", q.successor)).await;
    };
    let places: HashMap<i64, String> = match ctx.store.gemeinden().await {
        Ok(all) => all.into_iter().map(|g| (g.id, g.name)).collect(),
        Err(e) => return internal(&ctx, e),
    };
    let body = html! {
        p id="handover" {
            (t_with(&ctx, lang, "web-admin-confirm-text", &[
                ("name", Arg::text(h.manager.display_name.clone())),
                ("successor", Arg::text(successor.display_name.clone())),
                ("count", Arg::Number(h.clients.len() as f64)),
            ]))
        }
        @if !h.clients.is_empty() {
            table id="handed-over" {
                (head(&ctx, lang, &["web-col-client", "web-col-gemeinde", "web-col-status"]))
                tbody {
                    @for c in &h.clients {
                        tr {
                            td.label { (c.label) }
                            td { (places.get(&c.gemeinde_id).map(String::as_str).unwrap_or("")) }
                            (super::super::tables::status_cell(&ctx, lang, &c.status))
                        }
                    }
                }
            }
        }
        form method="post" action={ "/admin/managers/" (id) "/deactivate" } {
            (crate::web::csrf::field(&me.csrf))
            input type="hidden" name="successor" value=(successor.id);
            button type="submit" id="confirm" { (t(&ctx, lang, "web-admin-confirm")) }
        }
        p { a href={ "/admin/managers/" (id) } { (t(&ctx, lang, "web-admin-cancel")) } }
    };
    let mut page = Page::new(&ctx, lang, "web-admin-confirm-title");
    page.subtitle(&h.manager.display_name);
    page.render(Some(&me), body)
}

pub async fn deactivate(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = checked(&ctx, &me, &f) {
        return *r;
    }
    let successor = match chosen(&ctx, &me, &f, "successor") {
        Ok(id) => id,
        Err(page) => return *page,
    };
    match managers::deactivate(&ctx, &me.who, id, successor, ctx.clock.now()).await {
        Ok(Deactivation::Done(moved)) => {
            Redirect::to(&format!("/admin/managers/{id}?moved={moved}")).into_response()
        }
        Ok(Deactivation::OutOfScope) => super::super::forbidden(&ctx, &me.lang),
        Ok(Deactivation::NoManager(_)) => not_found(&ctx, &me),
        Ok(_) => error(&ctx, &me.lang, StatusCode::CONFLICT, "web-stale-choice"),
        Err(e) => internal(&ctx, e),
    }
}

/// The id a form's choice names; a choice that names none (a forged or stale form) is
/// answered with the stale-choice page.
fn chosen(ctx: &Ctx, me: &Me, f: &Fields, field: &str) -> Result<i64, Box<Response>> {
    value(f, field).parse::<i64>().map_err(|_| {
        Box::new(error(
            ctx,
            &me.lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "web-stale-choice",
        ))
    })
}

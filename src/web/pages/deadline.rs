//! Deadlines: a form to add one (client, date, title, kind), a deadline's page with a form
//! to move it to another day, and cancelling one — the use cases of the bot's `/deadline`
//! and its "move" and "cancel" buttons. A page made stale (the deadline was done or
//! cancelled meanwhile, in the bot say) says so.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::form::{Errors, Fields, Posted, input, labelled, value};
use super::{Page, internal, t};
use crate::bot::Ctx;
use crate::domain::deadline::{KINDS, MAX_TITLE};
use crate::store::agenda::Deadline;
use crate::store::people::{Actor, Client, Manager};
use crate::usecase::deadlines::{
    DeadlineError, DeadlineRequest, add_deadline, cancel_deadline, move_deadline, own_deadline,
};
use crate::web::csrf;
use crate::web::session::Me;

/// `GET /deadlines/new`.
pub async fn form(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<Fields>,
) -> Response {
    render(&ctx, &me, &q, &Errors::new(), StatusCode::OK).await
}

/// `POST /deadlines`.
pub async fn add(State(ctx): State<crate::web::State>, Posted { me, m, f }: Posted) -> Response {
    let mut errors = Errors::new();
    let client_id = value(&f, "client").parse::<i64>().ok();
    if client_id.is_none() {
        errors.insert("client", "web-error-client");
    }
    let due_on = chrono::NaiveDate::parse_from_str(value(&f, "date"), "%Y-%m-%d").ok();
    if due_on.is_none() {
        errors.insert("date", "web-error-date");
    }
    let title = value(&f, "title");
    if title.is_empty() {
        errors.insert("title", "web-error-deadline-title");
    } else if crate::domain::text::too_long(title, MAX_TITLE) {
        errors.insert("title", "appointment-too-long");
    }
    let kind = KINDS.iter().copied().find(|k| *k == value(&f, "kind"));
    let (Some(client_id), Some(due_on), Some(kind), true) =
        (client_id, due_on, kind, errors.is_empty())
    else {
        return render(&ctx, &me, &f, &errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let req = DeadlineRequest {
        client_id,
        due_on,
        title: title.to_owned(),
        kind,
    };
    match add_deadline(&ctx, &m, Actor::Telegram(me.telegram_id()), req).await {
        Ok((_, c)) => Redirect::to(&format!("/clients/{}", c.id)).into_response(),
        Err(DeadlineError::NotYours | DeadlineError::Gone) => super::forbidden(&ctx, &me.lang),
        Err(DeadlineError::Store(e)) => internal(&ctx, e),
        Err(e) => {
            let (k, id) = match e {
                DeadlineError::NotLinked => ("client", "appointment-client-not-linked"),
                _ => ("date", "when-in-past"),
            };
            errors.insert(k, id);
            render(&ctx, &me, &f, &errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// `POST /deadlines/{id}/cancel`.
pub async fn cancel(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    match cancel_deadline(&ctx, &m, Actor::Telegram(me.telegram_id()), id).await {
        Ok((_, c)) => Redirect::to(&format!("/clients/{}", c.id)).into_response(),
        Err(DeadlineError::Store(e)) => internal(&ctx, e),
        Err(_) => refused(&ctx, &me, &m, id).await,
    }
}

/// `GET /deadlines/{id}`: what it is, a form to move it, and "cancel".
pub async fn page(State(ctx): State<crate::web::State>, me: Me, Path(id): Path<i64>) -> Response {
    let Some(m) = me.who.active_manager() else {
        return super::forbidden(&ctx, &me.lang);
    };
    match own_deadline(&ctx, m, id).await {
        Ok((d, c)) => render_one(
            &ctx,
            &me,
            &d,
            &c,
            &Fields::new(),
            &Errors::new(),
            StatusCode::OK,
        ),
        Err(DeadlineError::Store(e)) => internal(&ctx, e),
        Err(_) => refused(&ctx, &me, m, id).await,
    }
}

/// `POST /deadlines/{id}/move`: the new day; a reason at the field keeps what was typed.
pub async fn move_(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, f }: Posted,
) -> Response {
    let (d, c) = match own_deadline(&ctx, &m, id).await {
        Ok(found) => found,
        Err(DeadlineError::Store(e)) => return internal(&ctx, e),
        Err(_) => return refused(&ctx, &me, &m, id).await,
    };
    let mut errors = Errors::new();
    let Some(due_on) = chrono::NaiveDate::parse_from_str(value(&f, "date"), "%Y-%m-%d").ok() else {
        errors.insert("date", "web-error-date");
        return render_one(
            &ctx,
            &me,
            &d,
            &c,
            &f,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    match move_deadline(&ctx, &m, Actor::Telegram(me.telegram_id()), id, due_on).await {
        Ok((_, c)) => Redirect::to(&format!("/clients/{}", c.id)).into_response(),
        Err(DeadlineError::Store(e)) => internal(&ctx, e),
        Err(DeadlineError::NotYours) => super::forbidden(&ctx, &me.lang),
        Err(DeadlineError::Gone) => refused(&ctx, &me, &m, id).await,
        Err(e) => {
            let reason = match e {
                DeadlineError::NotLinked => "appointment-client-not-linked",
                _ => "when-in-past",
            };
            errors.insert("date", reason);
            render_one(
                &ctx,
                &me,
                &d,
                &c,
                &f,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

/// Why deadline `id` cannot be acted on: 404 if there is none, 403 if it is another
/// manager's, else it was done or cancelled meanwhile (409, with the way back).
async fn refused(ctx: &Ctx, me: &Me, m: &Manager, id: i64) -> Response {
    let lang = me.lang.as_str();
    let d = match ctx.store.deadline(id).await {
        Ok(Some(d)) => d,
        Ok(None) => return super::error(ctx, lang, StatusCode::NOT_FOUND, "web-not-found"),
        Err(e) => return internal(ctx, e),
    };
    let client = match ctx.store.client(d.client_id).await {
        Ok(c) => c,
        Err(e) => return internal(ctx, e),
    };
    let mine = match &client {
        Some(c) => match crate::usecase::access::may_act_for(ctx, m, c).await {
            Ok(mine) => mine,
            Err(e) => return internal(ctx, e),
        },
        None => false,
    };
    if !mine {
        return super::forbidden(ctx, lang);
    }
    let body = html! {
        p id="stale" role="alert" { (t(ctx, lang, "web-stale-deadline")) }
        p { a href={ "/clients/" (d.client_id) } { (t(ctx, lang, "web-back-to-client")) } }
    };
    Page::new(ctx, lang, "web-error-title")
        .status(StatusCode::CONFLICT)
        .render(Some(me), body)
}

fn render_one(
    ctx: &Ctx,
    me: &Me,
    d: &Deadline,
    c: &Client,
    v: &Fields,
    errors: &Errors,
    status: StatusCode,
) -> Response {
    let lang = me.lang.as_str();
    let typed = v
        .get("date")
        .cloned()
        .unwrap_or_else(|| d.due_on.format("%Y-%m-%d").to_string());
    let body = html! {
        dl.facts {
            dt { (t(ctx, lang, "web-col-client")) }
            dd { a href={ "/clients/" (c.id) } id="client-label" { (c.label) } }
            dt { (t(ctx, lang, "web-col-due")) }
            dd id="due" { (crate::i18n::format::date(lang, d.due_on)) }
            dt { (t(ctx, lang, "web-col-title")) } dd { (d.title) }
            dt { (t(ctx, lang, "web-col-kind")) }
            dd { (t(ctx, lang, &crate::delivery::agenda::kind_id(&d.kind))) }
        }
        section aria-labelledby="h-move" {
            h2 id="h-move" { (t(ctx, lang, "web-deadline-move-title")) }
            (super::form::summary(ctx, lang, errors))
            form method="post" action={ "/deadlines/" (d.id) "/move" } novalidate {
                (csrf::field(&me.csrf))
                (input(ctx, lang, "date", "date", "web-field-new-due", &typed, errors))
                button type="submit" id="move" { (t(ctx, lang, "web-deadline-move-save")) }
            }
        }
        form method="post" action={ "/deadlines/" (d.id) "/cancel" } {
            (csrf::field(&me.csrf))
            button.danger type="submit" id="cancel" { (t(ctx, lang, "web-deadline-cancel")) }
        }
    };
    let mut page = Page::new(ctx, lang, "web-deadline-page-title");
    page.subtitle(&c.label);
    page.status(status).render(Some(me), body)
}

async fn render(ctx: &Ctx, me: &Me, v: &Fields, errors: &Errors, status: StatusCode) -> Response {
    let clients = match me.who.active_manager() {
        Some(m) => match crate::usecase::caseload::linked_clients_for(ctx, m).await {
            Ok(c) => c,
            Err(e) => return internal(ctx, e),
        },
        None => vec![],
    };
    let lang = me.lang.as_str();
    let val = |k: &str| value(v, k).to_owned();
    let body = html! {
        (super::form::summary(ctx, lang, errors))
        form method="post" action="/deadlines" novalidate {
            (csrf::field(&me.csrf))
            (super::form::client_select(ctx, lang, &clients, &val("client"), errors))
            (input(ctx, lang, "date", "date", "web-field-due", &val("date"), errors))
            (input(ctx, lang, "title", "text", "web-field-title", &val("title"), errors))
            (labelled(ctx, lang, "kind", "web-field-kind", errors, html! {
                select id="kind" name="kind" {
                    @for k in KINDS {
                        option value=(k) selected[val("kind") == *k] {
                            (t(ctx, lang, &crate::delivery::agenda::kind_id(k)))
                        }
                    }
                }
            }))
            button type="submit" id="save" { (t(ctx, lang, "web-deadline-save")) }
        }
    };
    Page::new(ctx, lang, "web-deadline-title")
        .status(status)
        .render(Some(me), body)
}

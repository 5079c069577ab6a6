//! Deadlines: a form to add one (client, date, title, kind) and cancelling one from the
//! client's page — the use cases of the bot's `/deadline` and its "cancel" buttons.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::form::{Errors, Fields, Posted, input, labelled, value};
use super::{Page, internal, t};
use crate::bot::Ctx;
use crate::domain::deadline::{KINDS, MAX_TITLE};
use crate::store::people::Actor;
use crate::usecase::deadlines::{DeadlineError, DeadlineRequest, add_deadline, cancel_deadline};
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
    let m = &m;
    match cancel_deadline(&ctx, m, Actor::Telegram(me.telegram_id()), id).await {
        Ok((_, c)) => Redirect::to(&format!("/clients/{}", c.id)).into_response(),
        Err(DeadlineError::Store(e)) => internal(&ctx, e),
        Err(_) => super::error(&ctx, &me.lang, StatusCode::CONFLICT, "web-stale-deadline"),
    }
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

//! One appointment: what it is, a form to move it, and cancelling it after a
//! confirmation (as the bot asks "really cancel?"). Both call the bot's use cases, so the
//! client gets the same notice. A page that is out of date — the appointment was moved
//! or cancelled meanwhile, in the bot say — is answered with a page saying so.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::form::{Errors, Fields, Posted, input, value, when_error};
use super::{Page, answer, internal, t, topic, when};
use crate::bot::Ctx;
use crate::store::agenda::Appointment;
use crate::store::people::{Actor, Client};
use crate::usecase::agenda::{ChangeError, cancel_appointment, move_appointment, own_appointment};
use crate::web::csrf;
use crate::web::session::Me;

/// The appointment `id` if `me` may act on it; else the page to show instead.
async fn allowed(ctx: &Ctx, me: &Me, id: i64) -> Result<(Appointment, Client), Response> {
    let Some(m) = me.who.active_manager() else {
        return Err(super::forbidden(ctx, &me.lang));
    };
    match own_appointment(ctx, m, id).await {
        Ok(Some(found)) => Ok(found),
        Ok(None) => match ctx.store.appointment(id).await {
            Ok(Some(_)) => Err(super::forbidden(ctx, &me.lang)),
            Ok(None) => Err(super::error(
                ctx,
                &me.lang,
                StatusCode::NOT_FOUND,
                "web-not-found",
            )),
            Err(e) => Err(internal(ctx, e)),
        },
        Err(e) => Err(internal(ctx, e)),
    }
}

/// "This appointment was changed or cancelled meanwhile": 409, with the way back.
fn stale(ctx: &Ctx, me: &Me, client_id: Option<i64>) -> Response {
    let lang = me.lang.as_str();
    let body = html! {
        p id="stale" role="alert" { (t(ctx, lang, "web-stale-appointment")) }
        @if let Some(c) = client_id {
            p { a href={ "/clients/" (c) } { (t(ctx, lang, "web-back-to-client")) } }
        }
    };
    Page::new(ctx, lang, "web-error-title")
        .status(StatusCode::CONFLICT)
        .render(Some(me), body)
}

/// `GET /appointments/{id}`.
pub async fn page(State(ctx): State<crate::web::State>, me: Me, Path(id): Path<i64>) -> Response {
    match allowed(&ctx, &me, id).await {
        Ok((a, c)) => render(
            &ctx,
            &me,
            &a,
            &c,
            &Fields::new(),
            &Errors::new(),
            StatusCode::OK,
        ),
        Err(page) => page,
    }
}

fn render(
    ctx: &Ctx,
    me: &Me,
    a: &Appointment,
    c: &Client,
    v: &Fields,
    errors: &Errors,
    status: StatusCode,
) -> Response {
    let lang = me.lang.as_str();
    let open = a.status == "planned" && a.starts_at > ctx.clock.now();
    let local = a.starts_at.with_timezone(&ctx.config.time_zone);
    let val = |k: &str, default: String| v.get(k).cloned().unwrap_or(default);
    let body = html! {
        dl.facts {
            dt { (t(ctx, lang, "web-col-client")) }
            dd { a href={ "/clients/" (c.id) } id="client-label" { (c.label) } }
            dt { (t(ctx, lang, "web-col-when")) } dd id="when" { (when(lang, a.starts_at, &a.time_zone)) }
            dt { (t(ctx, lang, "web-col-topic")) } dd { (topic(ctx, lang, &a.topic)) }
            dt { (t(ctx, lang, "web-col-place")) } dd { (a.place) }
            dt { (t(ctx, lang, "web-col-answer")) } dd.answer { (answer(ctx, lang, a)) }
        }
        @if open {
            section aria-labelledby="h-move" {
                h2 id="h-move" { (t(ctx, lang, "web-move-title")) }
                (super::form::summary(ctx, lang, errors))
                form method="post" action={ "/appointments/" (a.id) "/move" } novalidate {
                    (csrf::field(&me.csrf))
                    input type="hidden" name="version" value=(a.version);
                    (input(ctx, lang, "date", "date", "web-field-date",
                        &val("date", local.format("%Y-%m-%d").to_string()), errors))
                    (input(ctx, lang, "time", "time", "web-field-time",
                        &val("time", local.format("%H:%M").to_string()), errors))
                    p.hint { (super::t_with(ctx, lang, "web-field-zone", &[("zone", ctx.config.time_zone.name().into())])) }
                    button type="submit" id="move" { (t(ctx, lang, "web-move-save")) }
                }
            }
            p { a.button.danger href={ "/appointments/" (a.id) "/cancel" } id="cancel" { (t(ctx, lang, "web-cancel-appointment")) } }
        }
    };
    Page::new(ctx, lang, "web-appointment-title")
        .status(status)
        .render(Some(me), body)
}

/// `POST /appointments/{id}/move`.
pub async fn move_(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, f }: Posted,
) -> Response {
    let m = &m;
    let (a, c) = match allowed(&ctx, &me, id).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    let mut errors = Errors::new();
    let local = super::form::date_time(&f, &mut errors);
    let Ok(version) = value(&f, "version").parse::<i64>() else {
        return stale(&ctx, &me, Some(c.id));
    };
    let Some(local) = local else {
        return render(
            &ctx,
            &me,
            &a,
            &c,
            &f,
            &errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let actor = Actor::Telegram(me.telegram_id());
    match move_appointment(&ctx, m, actor, id, version, local).await {
        Ok(_) => Redirect::to(&format!("/appointments/{id}")).into_response(),
        Err(ChangeError::Gone) => stale(&ctx, &me, Some(c.id)),
        Err(ChangeError::Store(e)) => internal(&ctx, e),
        Err(ChangeError::InPast) => {
            errors.insert("date", "when-in-past");
            render(
                &ctx,
                &me,
                &a,
                &c,
                &f,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(ChangeError::When(w)) => {
            errors.insert("time", when_error(w));
            render(
                &ctx,
                &me,
                &a,
                &c,
                &f,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

/// `GET /appointments/{id}/cancel`: "really cancel? The client will be told."
pub async fn confirm_cancel(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
) -> Response {
    let (a, c) = match allowed(&ctx, &me, id).await {
        Ok(found) => found,
        Err(page) => return page,
    };
    if a.status != "planned" {
        return stale(&ctx, &me, Some(c.id));
    }
    let lang = me.lang.as_str();
    let body = html! {
        p { (c.label) " · " (when(lang, a.starts_at, &a.time_zone)) " · " (topic(ctx.as_ref(), lang, &a.topic)) }
        p id="confirm" { (t(&ctx, lang, "appointment-cancel-confirm")) }
        form method="post" action={ "/appointments/" (a.id) "/cancel" } {
            (csrf::field(&me.csrf))
            button.danger type="submit" id="cancel-yes" { (t(&ctx, lang, "appointment-cancel-yes")) }
            " "
            a.button.secondary href={ "/appointments/" (a.id) } id="cancel-no" { (t(&ctx, lang, "appointment-cancel-no")) }
        }
    };
    Page::new(&ctx, lang, "web-cancel-title").render(Some(&me), body)
}

/// `POST /appointments/{id}/cancel`.
pub async fn cancel(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    let m = &m;
    let client_id = match allowed(&ctx, &me, id).await {
        Ok((_, c)) => c.id,
        Err(page) => return page,
    };
    match cancel_appointment(&ctx, m, Actor::Telegram(me.telegram_id()), id).await {
        Ok(_) => Redirect::to(&format!("/clients/{client_id}")).into_response(),
        Err(ChangeError::Store(e)) => internal(&ctx, e),
        Err(_) => stale(&ctx, &me, Some(client_id)),
    }
}

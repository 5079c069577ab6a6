//! The appointment form: client, date and time (in the Gemeinde's zone), place, topic
//! (a preset or free text), reminder leads. Saving calls the same use case as the bot's
//! `/appointment`, so the client gets the same message with the same buttons. A form that
//! fails comes back with what was typed and the reason at the field.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::form::{Errors, Fields, Posted, input, labelled, when_error};
use super::{Page, internal, t};
use crate::bot::Ctx;
use crate::domain::appointment::{self as appt, FormError, TOPICS};
use crate::store::people::{Actor, Client};
use crate::usecase::agenda::{PlanError, PlanRequest, plan_appointment};
use crate::web::csrf;
use crate::web::session::Me;

pub async fn form(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<Fields>,
) -> Response {
    let mut values = q;
    values
        .entry("leads".into())
        .or_insert_with(|| appt::format_leads(&ctx.config.appointment_leads));
    render(&ctx, &me, &values, &Errors::new(), StatusCode::OK).await
}

pub async fn plan(State(ctx): State<crate::web::State>, Posted { me, m, f }: Posted) -> Response {
    let mut errors = Errors::new();
    let field = |k: &str| f.get(k).map(|s| s.trim()).unwrap_or("");
    let client_id = field("client").parse::<i64>().ok();
    if client_id.is_none() {
        errors.insert("client", "web-error-client");
    }
    let local = super::form::date_time(&f, &mut errors);
    let place = appt::check_place(field("place"));
    if let Err(e) = &place {
        errors.insert("place", form_error(e));
    }
    let topic_text = match field("topic") {
        "" | "other" => field("topic_free"),
        preset => preset,
    };
    let topic = appt::check_topic(topic_text);
    if let Err(e) = &topic {
        errors.insert("topic_free", form_error(e));
    }
    let leads = match field("leads") {
        "" => None,
        l => match appt::parse_leads(l) {
            Some(l) => Some(l),
            None => {
                errors.insert("leads", "appointment-bad-leads");
                None
            }
        },
    };
    let (Some(client_id), Some(local), Ok(place), Ok(topic), true) =
        (client_id, local, place, topic, errors.is_empty())
    else {
        return render(&ctx, &me, &f, &errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let req = PlanRequest {
        client_id,
        local,
        place,
        topic,
        leads,
    };
    let actor = Actor::Telegram(me.telegram_id());
    match plan_appointment(&ctx, &m, actor, req).await {
        Ok(p) => Redirect::to(&format!("/clients/{}", p.client.id)).into_response(),
        Err(PlanError::NotYours) => super::forbidden(&ctx, &me.lang),
        Err(PlanError::Store(e)) => internal(&ctx, e),
        Err(e) => {
            let (k, id) = match e {
                PlanError::NotLinked => ("client", "appointment-client-not-linked"),
                PlanError::InPast => ("date", "when-in-past"),
                PlanError::When(w) => ("time", when_error(w)),
                _ => ("client", "web-internal-error"),
            };
            errors.insert(k, id);
            render(&ctx, &me, &f, &errors, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

fn form_error(e: &FormError) -> &'static str {
    match e {
        FormError::EmptyPlace => "appointment-place-empty",
        FormError::EmptyTopic => "appointment-topic-empty",
        FormError::TooLong => "appointment-too-long",
        FormError::BadLeads => "appointment-bad-leads",
        FormError::When(w) => when_error(*w),
        FormError::Usage => "appointment-usage",
    }
}

async fn linked_clients(ctx: &Ctx, me: &Me) -> Result<Vec<Client>, crate::store::StoreError> {
    match me.who.active_manager() {
        Some(m) => crate::usecase::caseload::linked_clients_for(ctx, m).await,
        None => Ok(vec![]),
    }
}

async fn render(ctx: &Ctx, me: &Me, v: &Fields, errors: &Errors, status: StatusCode) -> Response {
    let clients = match linked_clients(ctx, me).await {
        Ok(c) => c,
        Err(e) => return internal(ctx, e),
    };
    let lang = me.lang.as_str();
    let val = |k: &str| v.get(k).cloned().unwrap_or_default();
    let chosen_topic = val("topic");
    let body = html! {
        (super::form::summary(ctx, lang, errors))
        form method="post" action="/appointments" novalidate {
            (csrf::field(&me.csrf))
            (super::form::client_select(ctx, lang, &clients, &val("client"), errors))
            (input(ctx, lang, "date", "date", "web-field-date", &val("date"), errors))
            (input(ctx, lang, "time", "time", "web-field-time", &val("time"), errors))
            p.hint { (super::t_with(ctx, lang, "web-field-zone", &[("zone", ctx.config.time_zone.name().into())])) }
            (input(ctx, lang, "place", "text", "web-field-place", &val("place"), errors))
            (labelled(ctx, lang, "topic", "web-field-topic", errors, html! {
                select id="topic" name="topic" {
                    @for k in TOPICS {
                        option value=(k) selected[chosen_topic == *k] {
                            (t(ctx, lang, &crate::delivery::agenda::topic_id(k)))
                        }
                    }
                    option value="other" selected[chosen_topic == "other" || chosen_topic.is_empty()] {
                        (t(ctx, lang, "web-topic-other"))
                    }
                }
            }))
            (input(ctx, lang, "topic_free", "text", "web-field-topic-free", &val("topic_free"), errors))
            (input(ctx, lang, "leads", "text", "web-field-leads", &val("leads"), errors))
            button type="submit" id="save" { (t(ctx, lang, "web-plan-save")) }
        }
    };
    Page::new(ctx, lang, "web-plan-title")
        .status(status)
        .render(Some(me), body)
}

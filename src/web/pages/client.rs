//! A client's page: who they are, their appointments with the answers and outcomes, and
//! their open deadlines. Only for their manager (or the one standing in): anyone else gets
//! 403 and nothing of the client.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::html;

use super::{Page, answer, forbidden, internal, t, topic, when};
use crate::bot::Ctx;
use crate::bot::roles::may_act_for;
use crate::web::session::Me;

pub async fn page(State(ctx): State<crate::web::State>, me: Me, Path(id): Path<i64>) -> Response {
    match render(&ctx, &me, id).await {
        Ok(r) => r,
        Err(e) => internal(&ctx, e),
    }
}

async fn render(ctx: &Ctx, me: &Me, id: i64) -> Result<Response, crate::store::StoreError> {
    let lang = me.lang.as_str();
    let client = match (me.who.active_manager(), ctx.store.client(id).await?) {
        (Some(m), Some(c)) if may_act_for(ctx, m, &c).await? => c,
        (_, Some(_)) => {
            tracing::warn!(
                client_id = id,
                "web: client page of another manager refused"
            );
            return Ok(forbidden(ctx, lang));
        }
        (_, None) => {
            return Ok(super::error(
                ctx,
                lang,
                axum::http::StatusCode::NOT_FOUND,
                "web-not-found",
            ));
        }
    };
    let (appointments, deadlines) = ctx.store.client_agenda(client.id).await?;
    let body = html! {
        dl.facts {
            dt { (t(ctx, lang, "web-col-client")) } dd id="label" { (client.label) }
            dt { (t(ctx, lang, "web-col-status")) }
            dd { (t(ctx, lang, &format!("status-{}", client.status))) }
            dt { (t(ctx, lang, "web-col-language")) }
            dd { (ctx.texts.language_name(&client.language)) }
        }
        p { a.button href={ "/appointments/new?client=" (client.id) } { (t(ctx, lang, "web-plan-appointment")) } }
        section aria-labelledby="h-appointments" {
            h2 id="h-appointments" { (t(ctx, lang, "web-client-appointments")) }
            @if appointments.is_empty() {
                p.empty { (t(ctx, lang, "web-nothing")) }
            } @else {
                table id="appointments" {
                    thead { tr {
                        th scope="col" { (t(ctx, lang, "web-col-when")) }
                        th scope="col" { (t(ctx, lang, "web-col-topic")) }
                        th scope="col" { (t(ctx, lang, "web-col-place")) }
                        th scope="col" { (t(ctx, lang, "web-col-answer")) }
                    } }
                    tbody {
                        @for a in appointments.iter().rev() {
                            tr {
                                td { (when(lang, a.starts_at, &a.time_zone)) }
                                td { (topic(ctx, lang, &a.topic)) }
                                td { (a.place) }
                                td.answer { (answer(ctx, lang, a)) }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="h-deadlines" {
            h2 id="h-deadlines" { (t(ctx, lang, "web-client-deadlines")) }
            @let open: Vec<_> = deadlines.iter().filter(|d| d.status == "open").collect();
            @if open.is_empty() {
                p.empty { (t(ctx, lang, "web-nothing")) }
            } @else {
                ul { @for d in open { li { (crate::i18n::format::date(lang, d.due_on)) " · " (d.title) } } }
            }
        }
    };
    let mut page = Page::new(ctx, lang, "web-client-title");
    page.subtitle(&client.label);
    Ok(page.render(Some(me), body))
}

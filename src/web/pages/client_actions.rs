//! What a manager does on a client's page beyond the agenda — another Gemeinde, a
//! colleague taking over, one more year of support, ending support (after a
//! confirmation, as the bot asks) — through the use cases of the bot's buttons.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, html};

use super::form::{Errors, Posted, labelled, value};
use super::{Page, internal, t, t_with};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::store::people::{Actor, Client, Manager};
use crate::usecase::clients::{self, ClientError, Extended};
use crate::web::csrf;
use crate::web::session::Me;

/// The actions' section of a client's page.
pub async fn section(
    ctx: &Ctx,
    me: &Me,
    m: &Manager,
    c: &Client,
) -> Result<Markup, crate::store::StoreError> {
    if c.status == "ended" {
        return Ok(html! {});
    }
    let lang = me.lang.as_str();
    let gemeinden = clients::gemeinde_choices(ctx, m, c).await?;
    let colleagues = clients::successors(ctx, m, c).await?;
    let none = Errors::new();
    let post = |what: &str| format!("/clients/{}/{what}", c.id);
    Ok(html! {
        section aria-labelledby="h-support" {
            h2 id="h-support" { (t(ctx, lang, "web-client-support")) }
            @if !gemeinden.is_empty() {
                form.action method="post" action=(post("gemeinde")) {
                    (csrf::field(&me.csrf))
                    (labelled(ctx, lang, "gemeinde", "web-field-new-gemeinde", &none, html! {
                        select id="gemeinde" name="gemeinde" {
                            @for g in &gemeinden { option value=(g.id) { (g.name) } }
                        }
                    }))
                    button type="submit" id="change-gemeinde" { (t(ctx, lang, "client-action-gemeinde")) }
                }
            }
            @if colleagues.is_empty() {
                p.hint id="no-colleague" { (t(ctx, lang, "client-no-colleague")) }
            } @else {
                form.action method="post" action=(post("handover")) {
                    (csrf::field(&me.csrf))
                    (labelled(ctx, lang, "to", "web-field-colleague", &none, html! {
                        select id="to" name="to" {
                            @for k in &colleagues { option value=(k.id) { (k.display_name) } }
                        }
                    }))
                    button type="submit" id="hand-over" { (t(ctx, lang, "client-action-handover")) }
                }
            }
            div.actions {
                @if c.telegram_id.is_none() {
                    form.inline method="post" action=(post("invite")) {
                        (csrf::field(&me.csrf))
                        button type="submit" id="invite" { (t(ctx, lang, "client-action-invite")) }
                    }
                }
                @if c.support_until.is_some() {
                    form.inline method="post" action=(post("extend")) {
                        (csrf::field(&me.csrf))
                        button type="submit" id="extend" { (t(ctx, lang, "client-action-extend")) }
                    }
                }
                a.button.danger href=(post("end")) id="end" { (t(ctx, lang, "client-action-end")) }
            }
        }
    })
}

/// The outcome, in the bot's words, with the way on.
fn outcome(ctx: &Ctx, me: &Me, text: maud::PreEscaped<String>, back: Option<i64>) -> Response {
    let lang = me.lang.as_str();
    let body = html! {
        p id="done" role="status" { (text) }
        @match back {
            Some(id) => p { a href={ "/clients/" (id) } { (t(ctx, lang, "web-back-to-client")) } },
            None => p { a href="/clients" { (t(ctx, lang, "web-nav-caseload")) } },
        }
    };
    Page::new(ctx, lang, "web-client-title").render(Some(me), body)
}

fn failed(ctx: &Ctx, me: &Me, e: ClientError) -> Response {
    match e {
        ClientError::Store(e) => internal(ctx, e),
        ClientError::Gone => super::forbidden(ctx, &me.lang),
        ClientError::NotAChoice => {
            super::error(ctx, &me.lang, StatusCode::CONFLICT, "web-stale-choice")
        }
    }
}

fn label(c: &Client) -> (&'static str, Arg<'static>) {
    ("label", Arg::text(c.label.clone()))
}

/// `POST /clients/{id}/gemeinde`.
pub async fn gemeinde(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, f }: Posted,
) -> Response {
    let m = &m;
    let g = value(&f, "gemeinde").parse().unwrap_or(-1);
    let actor = Actor::Telegram(me.telegram_id());
    match clients::change_gemeinde(&ctx, m, actor, id, g).await {
        Ok((c, name)) => {
            let args = [label(&c), ("gemeinde", Arg::text(name))];
            outcome(
                &ctx,
                &me,
                t_with(&ctx, &me.lang, "client-gemeinde-changed", &args),
                Some(c.id),
            )
        }
        Err(e) => failed(&ctx, &me, e),
    }
}

/// `POST /clients/{id}/handover`.
pub async fn hand_over(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, f }: Posted,
) -> Response {
    let m = &m;
    let to = value(&f, "to").parse().unwrap_or(-1);
    match clients::hand_over(&ctx, m, id, to).await {
        Ok((c, to)) => {
            let args = [label(&c), ("manager", Arg::text(to.display_name))];
            outcome(
                &ctx,
                &me,
                t_with(&ctx, &me.lang, "client-handed-over", &args),
                None,
            )
        }
        Err(e) => failed(&ctx, &me, e),
    }
}

/// `POST /clients/{id}/extend`.
pub async fn extend(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    let m = &m;
    let lang = me.lang.as_str();
    match clients::extend(&ctx, m, Actor::Telegram(me.telegram_id()), id).await {
        Ok((c, Extended::Until(until))) => {
            let day = until.with_timezone(&ctx.config.time_zone).date_naive();
            let args = [
                label(&c),
                ("until", Arg::text(crate::i18n::format::date(lang, day))),
            ];
            outcome(
                &ctx,
                &me,
                t_with(&ctx, lang, "client-extended", &args),
                Some(c.id),
            )
        }
        Ok((c, Extended::AtLimit)) => outcome(
            &ctx,
            &me,
            t_with(&ctx, lang, "client-extend-limit", &[label(&c)]),
            Some(c.id),
        ),
        Err(e) => failed(&ctx, &me, e),
    }
}

/// `GET /clients/{id}/end`: "really end support? They cannot write to you any more."
pub async fn confirm_end(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
) -> Response {
    let lang = me.lang.as_str();
    let Some(m) = me.who.active_manager() else {
        return super::forbidden(&ctx, lang);
    };
    let c = match clients::reachable(&ctx, m, id).await {
        Ok(Some(c)) => c,
        Ok(None) => return super::forbidden(&ctx, lang),
        Err(e) => return internal(&ctx, e),
    };
    let body = html! {
        p id="confirm" { (t_with(&ctx, lang, "client-end-confirm", &[label(&c)])) }
        form method="post" action={ "/clients/" (c.id) "/end" } {
            (csrf::field(&me.csrf))
            button.danger type="submit" id="end-yes" { (t(&ctx, lang, "client-end-yes")) }
            " "
            a.button.secondary href={ "/clients/" (c.id) } id="end-no" { (t(&ctx, lang, "client-end-no")) }
        }
    };
    let mut page = Page::new(&ctx, lang, "web-client-title");
    page.subtitle(&c.label);
    page.render(Some(&me), body)
}

/// `POST /clients/{id}/end`.
pub async fn end(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Posted { me, m, .. }: Posted,
) -> Response {
    let m = &m;
    match clients::end_support(&ctx, m, id).await {
        Ok(c) => outcome(
            &ctx,
            &me,
            t_with(&ctx, &me.lang, "client-ended", &[label(&c)]),
            None,
        ),
        Err(e) => failed(&ctx, &me, e),
    }
}

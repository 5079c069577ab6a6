//! `GET /admin/administrators`: the administrators limited to an organisation or a
//! Gemeinde, each named by their log id (`u-…`, as in the audit log; never their Telegram
//! id), with their scope; the form to add one by Telegram id (the command line's `admin
//! scope add`); `GET /admin/administrators/{id}/remove` asks to confirm removing a scope,
//! `POST` removes it. All through [`admins`]: only a global administrator, anyone else
//! is answered 403 and audited.

use std::collections::HashMap;

use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, PreEscaped, html};

use super::super::form::{Fields, value};
use super::super::tables::head;
use super::super::{Page, error, forbidden, internal, t, t_with, when};
use super::{Marks, admin, checked, global_only, marked_input, marked_page, notice, reason};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::store::orgs::AdminScope;
use crate::usecase::managers::Asker;
use crate::usecase::structure::admins::{self, Listed, ScopeAdded, ScopeRemoved, Scoped, Shown};
use crate::web::session::Me;

/// What a scope names, in the reader's language.
fn scope_text(ctx: &Ctx, lang: &str, s: &Scoped) -> PreEscaped<String> {
    PreEscaped(match s {
        Scoped::Organisation(o) => ctx.texts.t_with(
            lang,
            "web-admin-scope-organisation",
            &[("name", Arg::text(o.name.clone()))],
        ),
        Scoped::Gemeinde(g) => ctx.texts.t_with(
            lang,
            "web-admin-scope-gemeinde",
            &[
                ("name", Arg::text(g.name.clone())),
                ("ags", Arg::text(g.ags.clone())),
            ],
        ),
    })
}

/// The person as the list names them: their log id, and their name if a manager.
fn person(l: &Listed) -> String {
    match &l.manager {
        Some(name) => format!("{} ({name})", l.person),
        None => l.person.clone(),
    }
}

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let shown = notice(&q, &["added", "already", "removed"]);
    render(&ctx, &me, &Fields::new(), &Marks::new(), shown).await
}

pub async fn add(State(ctx): State<crate::web::State>, me: Me, Form(f): Form<Fields>) -> Response {
    if let Err(r) = checked(&ctx, &me, &f) {
        return *r;
    }
    let lang = me.lang.as_str();
    let mut marks = Marks::new();
    let telegram_id = value(&f, "telegram_id").parse::<i64>().ok();
    let scope = match value(&f, "scope").split_once(':') {
        Some(("organisation", id)) => id.parse().ok().map(AdminScope::Organisation),
        Some(("gemeinde", id)) => id.parse().ok().map(AdminScope::Gemeinde),
        _ => None,
    };
    let id_reason = || ctx.texts.t(lang, "web-admin-error-telegram-id");
    let scope_reason = || ctx.texts.t(lang, "web-admin-error-scope");
    match (telegram_id, scope) {
        (Some(telegram_id), Some(scope)) => {
            let now = ctx.clock.now();
            let asker = Asker::Person(&me.who);
            match admins::add(&*ctx.store, asker, telegram_id, scope, now).await {
                Ok(ScopeAdded::Done(_)) => {
                    return Redirect::to("/admin/administrators?added=1").into_response();
                }
                Ok(ScopeAdded::Already(_)) => {
                    return Redirect::to("/admin/administrators?already=1").into_response();
                }
                Ok(ScopeAdded::NotAllowed) => return forbidden(&ctx, lang),
                Ok(ScopeAdded::BadTelegramId) => {
                    marks.insert("telegram_id", id_reason());
                }
                Ok(ScopeAdded::UnknownOrganisation | ScopeAdded::UnknownGemeinde) => {
                    marks.insert("scope", scope_reason());
                }
                Err(e) => return internal(&ctx, e),
            }
        }
        (id, scope) => {
            if id.is_none() {
                marks.insert("telegram_id", id_reason());
            }
            if scope.is_none() {
                marks.insert("scope", scope_reason());
            }
        }
    }
    render(&ctx, &me, &f, &marks, None).await
}

/// The list and the form; `marks` are the fields that failed, with their reasons.
async fn render(ctx: &Ctx, me: &Me, f: &Fields, marks: &Marks, notice: Option<&str>) -> Response {
    // The page, and a post answered with it: administrators only.
    if let Err(r) = admin(ctx, me) {
        return *r;
    }
    let now = ctx.clock.now();
    let list = match global_only(
        ctx,
        me,
        admins::list(&*ctx.store, Asker::Person(&me.who), now).await,
    ) {
        Ok(list) => list,
        Err(r) => return *r,
    };
    let lang = me.lang.as_str();
    let (orgs, gemeinden) = match (ctx.store.organisations().await, ctx.store.gemeinden().await) {
        (Ok(o), Ok(g)) => (o, g),
        (Err(e), _) | (_, Err(e)) => return internal(ctx, e),
    };
    let tz = ctx.config.time_zone.name();
    let table = html! {
        @if let Some(k) = notice {
            p.notice role="status" id=(k) { (t(ctx, lang, &format!("web-admin-scope-{k}"))) }
        }
        p.hint { (t(ctx, lang, "web-admin-administrators-global")) }
        @if list.is_empty() {
            p.empty id="no-administrators" { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id="administrators" {
                (head(ctx, lang, &["web-col-person", "web-col-scope", "web-col-since", "web-col-action"]))
                tbody {
                    @for l in &list {
                        tr id={ "scope-" (l.id) } {
                            td.person { code { (person(l)) } }
                            td.scope { (scope_text(ctx, lang, &l.scope)) }
                            td { (when(lang, l.since, tz)) }
                            td { a.remove href={ "/admin/administrators/" (l.id) "/remove" } { (t(ctx, lang, "web-admin-scope-remove")) } }
                        }
                    }
                }
            }
        }
        h2 { (t(ctx, lang, "web-admin-scope-add-title")) }
    };
    let form = add_form(ctx, me, f, marks, &orgs, &gemeinden);
    marked_page(
        ctx,
        me,
        "web-admin-administrators-title",
        marks,
        table,
        form,
    )
}

fn add_form(
    ctx: &Ctx,
    me: &Me,
    f: &Fields,
    marks: &Marks,
    orgs: &[crate::store::orgs::Organisation],
    gemeinden: &[crate::store::orgs::Gemeinde],
) -> Markup {
    let lang = me.lang.as_str();
    let mark = |k: &str| marks.get(k).map(String::as_str);
    let chosen = value(f, "scope");
    html! {
        form id="add-administrator" method="post" action="/admin/administrators" {
            (crate::web::csrf::field(&me.csrf))
            (marked_input(ctx, lang, "telegram_id", "web-field-telegram-id", value(f, "telegram_id"), mark("telegram_id")))
            div.field {
                label for="scope" { (t(ctx, lang, "web-col-scope")) }
                select id="scope" name="scope" aria-invalid=[mark("scope").map(|_| "true")] {
                    option value="" { "–" }
                    @for o in orgs {
                        @let v = format!("organisation:{}", o.id);
                        option value=(v) selected[chosen == v] { (scope_text(ctx, lang, &Scoped::Organisation(o.clone()))) }
                    }
                    @for g in gemeinden {
                        @let v = format!("gemeinde:{}", g.id);
                        option value=(v) selected[chosen == v] { (scope_text(ctx, lang, &Scoped::Gemeinde(g.clone()))) }
                    }
                }
                (reason("scope", mark("scope")))
            }
            button type="submit" id="add" { (t(ctx, lang, "web-admin-add")) }
        }
    }
}

/// The confirmation page: whose scope goes, before anything changes.
pub async fn confirm(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    let lang = me.lang.as_str();
    let l = match admins::one(&*ctx.store, Asker::Person(&me.who), id, ctx.clock.now()).await {
        Ok(Shown::Yes(l)) => l,
        Ok(Shown::Missing) => return error(&ctx, lang, StatusCode::NOT_FOUND, "web-not-found"),
        Ok(Shown::NotAllowed) => return forbidden(&ctx, lang),
        Err(e) => return internal(&ctx, e),
    };
    let body = html! {
        p id="remove-text" {
            (t_with(&ctx, lang, "web-admin-scope-remove-text", &[
                ("person", Arg::text(person(&l))),
                ("scope", Arg::markup(scope_text(&ctx, lang, &l.scope).0)),
            ]))
        }
        form method="post" action={ "/admin/administrators/" (id) "/remove" } {
            (crate::web::csrf::field(&me.csrf))
            button type="submit" id="confirm" { (t(&ctx, lang, "web-admin-scope-remove-confirm")) }
        }
        p { a href="/admin/administrators" { (t(&ctx, lang, "web-admin-cancel")) } }
    };
    Page::new(&ctx, lang, "web-admin-scope-remove-title").render(Some(&me), body)
}

pub async fn remove(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = checked(&ctx, &me, &f) {
        return *r;
    }
    let lang = me.lang.as_str();
    match admins::remove(&*ctx.store, Asker::Person(&me.who), id, ctx.clock.now()).await {
        Ok(ScopeRemoved::Done) => Redirect::to("/admin/administrators?removed=1").into_response(),
        Ok(ScopeRemoved::Missing) => error(&ctx, lang, StatusCode::CONFLICT, "web-stale-choice"),
        Ok(ScopeRemoved::NotAllowed) => forbidden(&ctx, lang),
        Err(e) => internal(&ctx, e),
    }
}

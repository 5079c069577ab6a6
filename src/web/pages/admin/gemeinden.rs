//! `GET /admin/gemeinden`: the Gemeinden the administrator administers (a global one:
//! all) with AGS, Landkreis, managers and clients — read in one statement, however many
//! there are — and, for a global administrator, the form to add one. `POST
//! /admin/gemeinden` adds it through [`structure::add_gemeinde`], the use case of the
//! bot's `/add_gemeinde` and the command line's `admin gemeinde add`: a bad AGS or a
//! Landkreis that does not fit it is marked at its field, and nothing is saved. A scoped
//! administrator's post is answered 403 and audited by the use case.

use std::collections::HashMap;

use axum::extract::{Form, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::super::form::{Fields, value};
use super::super::tables::head;
use super::super::{forbidden, internal, t};
use super::{Marks, admin, checked, marked_input, marked_page, name_reason, notice};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::usecase::managers::Asker;
use crate::usecase::structure::{
    self, AgsProblem, GemeindeAdded, GemeindeProblems, LandkreisProblem,
};
use crate::web::session::Me;

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let shown = notice(&q, &["added"]);
    render(&ctx, &me, &Fields::new(), &Marks::new(), shown).await
}

pub async fn add(State(ctx): State<crate::web::State>, me: Me, Form(f): Form<Fields>) -> Response {
    if let Err(r) = checked(&ctx, &me, &f) {
        return *r;
    }
    let lang = me.lang.as_str();
    let (ags, name, landkreis) = (value(&f, "ags"), value(&f, "name"), value(&f, "landkreis"));
    let (asker, now) = (Asker::Person(&me.who), ctx.clock.now());
    let problems =
        match structure::add_gemeinde(&*ctx.store, asker, ags, name, landkreis, now).await {
            Ok(GemeindeAdded::Done(_)) => {
                return Redirect::to("/admin/gemeinden?added=1").into_response();
            }
            Ok(GemeindeAdded::NotAllowed) => return forbidden(&ctx, lang),
            Ok(GemeindeAdded::Invalid(p)) => p,
            Err(e) => return internal(&ctx, e),
        };
    render(&ctx, &me, &f, &reasons(&ctx, lang, problems), None).await
}

/// Each field's problem in the reader's language.
fn reasons(ctx: &Ctx, lang: &str, p: GemeindeProblems) -> Marks {
    let mut out = Marks::new();
    if let Some(a) = p.ags {
        out.insert(
            "ags",
            match a {
                AgsProblem::Malformed => ctx.texts.t(lang, "web-admin-error-ags"),
                AgsProblem::Taken(g) => ctx.texts.t_with(
                    lang,
                    "web-admin-error-ags-taken",
                    &[("name", Arg::text(g.name))],
                ),
            },
        );
    }
    if p.name.is_some() {
        out.insert("name", name_reason(ctx, lang));
    }
    if let Some(l) = p.landkreis {
        out.insert(
            "landkreis",
            match l {
                LandkreisProblem::Name(_) => name_reason(ctx, lang),
                LandkreisProblem::NotTheKreis { known } => ctx.texts.t_with(
                    lang,
                    "admin-landkreis-of-kreis",
                    &[("landkreis", Arg::text(known))],
                ),
                LandkreisProblem::OtherKreis { kreis } => ctx.texts.t_with(
                    lang,
                    "admin-landkreis-other-kreis",
                    &[("kreis", Arg::text(kreis))],
                ),
            },
        );
    }
    out
}

/// The list and, for a global administrator, the form; `marks` are the fields that
/// failed, with their reasons.
async fn render(ctx: &Ctx, me: &Me, f: &Fields, marks: &Marks, notice: Option<&str>) -> Response {
    // The page itself, and a post answered with it: administrators only.
    if let Err(r) = admin(ctx, me) {
        return *r;
    }
    let lang = me.lang.as_str();
    let rows = match structure::gemeinden(&*ctx.store, Asker::Person(&me.who)).await {
        Ok(rows) => rows,
        Err(e) => return internal(ctx, e),
    };
    let mark = |k: &str| marks.get(k).map(String::as_str);
    let list = html! {
        @if notice.is_some() {
            p.notice role="status" id="added" { (t(ctx, lang, "web-admin-gemeinde-added")) }
        }
        @if rows.is_empty() {
            p.empty id="no-gemeinden" { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id="gemeinden" {
                (head(ctx, lang, &["web-col-ags", "web-col-name", "web-col-landkreis", "web-col-managers", "web-col-clients"]))
                tbody {
                    @for r in &rows {
                        tr id={ "gemeinde-" (r.gemeinde.id) } {
                            td.ags { (r.gemeinde.ags) }
                            td.name { (r.gemeinde.name) }
                            td { (r.gemeinde.landkreis) }
                            td.count { (r.managers) }
                            td.count { (r.clients) }
                        }
                    }
                }
            }
        }
        @if me.who.global_admin {
            h2 { (t(ctx, lang, "web-admin-gemeinde-add-title")) }
        } @else {
            p.hint id="read-only" { (t(ctx, lang, "web-admin-gemeinden-read-only")) }
        }
    };
    let form = html! {
        @if me.who.global_admin {
            form id="add-gemeinde" method="post" action="/admin/gemeinden" {
                (crate::web::csrf::field(&me.csrf))
                (marked_input(ctx, lang, "ags", "web-field-ags", value(f, "ags"), mark("ags")))
                (marked_input(ctx, lang, "name", "web-col-name", value(f, "name"), mark("name")))
                (marked_input(ctx, lang, "landkreis", "web-col-landkreis", value(f, "landkreis"), mark("landkreis")))
                button type="submit" id="add" { (t(ctx, lang, "web-admin-add")) }
            }
        }
    };
    marked_page(ctx, me, "web-admin-gemeinden-title", marks, list, form)
}

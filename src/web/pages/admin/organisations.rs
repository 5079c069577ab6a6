//! `GET /admin/organisations`: every organisation (kind, managers, the Gemeinden they
//! serve) and the form to add one; `POST /admin/organisations` adds it through
//! [`structure::add_organisation`], the use case of the bot's `/add_org` and the command
//! line's `admin org add`. Only a global administrator: anyone else is answered 403 and
//! audited by the use case.

use std::collections::HashMap;

use axum::extract::{Form, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{PreEscaped, html};

use super::super::form::{Fields, value};
use super::super::tables::head;
use super::super::{forbidden, internal, t};
use super::{
    Marks, admin, checked, global_only, marked_input, marked_page, name_reason, notice, reason,
};
use crate::bot::Ctx;
use crate::domain::gemeinde::OrgKind;
use crate::usecase::managers::Asker;
use crate::usecase::structure::{self, OrgAdded};
use crate::web::session::Me;

/// An organisation's kind, in the reader's language.
pub fn kind_text(ctx: &Ctx, lang: &str, kind: &str) -> PreEscaped<String> {
    t(ctx, lang, &format!("web-admin-org-kind-{kind}"))
}

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
    let (name, kind) = (value(&f, "name"), value(&f, "kind"));
    let asker = Asker::Person(&me.who);
    let mut marks = Marks::new();
    match structure::add_organisation(&*ctx.store, asker, name, kind, ctx.clock.now()).await {
        Ok(OrgAdded::Done(_)) => {
            return Redirect::to("/admin/organisations?added=1").into_response();
        }
        Ok(OrgAdded::NotAllowed) => return forbidden(&ctx, lang),
        Ok(OrgAdded::BadName(_)) => marks.insert("name", name_reason(&ctx, lang)),
        Ok(OrgAdded::BadKind) => marks.insert("kind", ctx.texts.t(lang, "web-admin-error-kind")),
        Err(e) => return internal(&ctx, e),
    };
    render(&ctx, &me, &f, &marks, None).await
}

/// The list and the form; `marks` are the fields that failed, with their reasons.
async fn render(ctx: &Ctx, me: &Me, f: &Fields, marks: &Marks, notice: Option<&str>) -> Response {
    // The page, and a post answered with it: administrators only.
    if let Err(r) = admin(ctx, me) {
        return *r;
    }
    let now = ctx.clock.now();
    let rows = match global_only(
        ctx,
        me,
        structure::organisations(&*ctx.store, Asker::Person(&me.who), now).await,
    ) {
        Ok(rows) => rows,
        Err(r) => return *r,
    };
    let lang = me.lang.as_str();
    let mark = |k: &str| marks.get(k).map(String::as_str);
    let list = html! {
        @if notice.is_some() {
            p.notice role="status" id="added" { (t(ctx, lang, "web-admin-org-added")) }
        }
        @if rows.is_empty() {
            p.empty id="no-organisations" { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id="organisations" {
                (head(ctx, lang, &["web-col-name", "web-col-kind", "web-col-managers", "web-col-gemeinden"]))
                tbody {
                    @for r in &rows {
                        tr id={ "organisation-" (r.organisation.id) } {
                            td.name { (r.organisation.name) }
                            td.kind { (kind_text(ctx, lang, &r.organisation.kind)) }
                            td.count { (r.managers) }
                            td { (r.gemeinden.join(", ")) }
                        }
                    }
                }
            }
        }
        h2 { (t(ctx, lang, "web-admin-org-add-title")) }
    };
    let form = html! {
        form id="add-organisation" method="post" action="/admin/organisations" {
            (crate::web::csrf::field(&me.csrf))
            (marked_input(ctx, lang, "name", "web-col-name", value(f, "name"), mark("name")))
            div.field {
                label for="kind" { (t(ctx, lang, "web-col-kind")) }
                select id="kind" name="kind" aria-invalid=[mark("kind").map(|_| "true")] {
                    @for k in OrgKind::ALL {
                        option value=(k.as_str()) selected[value(f, "kind") == k.as_str()] {
                            (kind_text(ctx, lang, k.as_str()))
                        }
                    }
                }
                (reason("kind", mark("kind")))
            }
            button type="submit" id="add" { (t(ctx, lang, "web-admin-add")) }
        }
    };
    marked_page(ctx, me, "web-admin-organisations-title", marks, list, form)
}

//! `GET /admin/managers`: the Integrationsmanager the administrator sees (the bot's
//! `/managers`), and the form to invite one. `POST /admin/managers` invites through
//! [`managers::invite`], the use case of the bot's `/invite_manager` and the command
//! line's `admin manager invite`: the one-time link is shown once, in the answer to the
//! post, with its QR code drawn inline (no address ever carries the token).

use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{Markup, PreEscaped, html};

use super::super::form::{Fields, value};
use super::super::tables::head;
use super::super::{Page, error, internal, t, t_with};
use super::{admin, checked};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::store::people::{AdminScope, Gemeinde, Organisation};
use crate::usecase::managers::{self, Asker, Invited};
use crate::web::session::Me;

/// A manager's status, in the reader's language.
pub fn status(ctx: &Ctx, lang: &str, status: &str) -> PreEscaped<String> {
    t(
        ctx,
        lang,
        match status {
            "invited" => "status-invited",
            "active" => "status-manager-active",
            _ => "status-manager-inactive",
        },
    )
}

/// The organisations `me` may invite into (a Gemeinde's administrator: any, for their
/// Gemeinde, as in the bot).
async fn organisations(ctx: &Ctx, me: &Me) -> Result<Vec<Organisation>, Response> {
    let all = ctx
        .store
        .organisations()
        .await
        .map_err(|e| internal(ctx, e))?;
    let gemeinde_admin = me
        .who
        .admin_scopes
        .iter()
        .any(|s| matches!(s, AdminScope::Gemeinde(_)));
    Ok(all
        .into_iter()
        .filter(|o| gemeinde_admin || me.who.may_manage_org(o.id))
        .collect())
}

pub async fn page(State(ctx): State<crate::web::State>, me: Me) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    render(&ctx, &me, &Fields::new(), None).await
}

pub async fn invite(
    State(ctx): State<crate::web::State>,
    me: Me,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = checked(&ctx, &me, &f) {
        return *r;
    }
    let lang = me.lang.as_str();
    // The link needs the bot's name: without it, nothing is invited.
    let Some(bot) = ctx.bot_username.get().cloned() else {
        return error(
            &ctx,
            lang,
            StatusCode::SERVICE_UNAVAILABLE,
            "web-invite-no-bot",
        );
    };
    let Ok(org) = value(&f, "organisation").parse::<i64>() else {
        return render(
            &ctx,
            &me,
            &f,
            Some(("organisation", "web-admin-error-organisation")),
        )
        .await;
    };
    let ids: Vec<i64> = f
        .iter()
        .filter(|(k, v)| k.starts_with("gemeinde_") && v.as_str() == "on")
        .filter_map(|(k, _)| k["gemeinde_".len()..].parse().ok())
        .collect();
    let days = ctx.config.invite_days;
    let done = managers::invite(
        &*ctx.store,
        Asker::Person(&me.who),
        org,
        value(&f, "name"),
        &ids,
        days,
        ctx.clock.now(),
    )
    .await;
    let new = match done {
        Ok(Invited::Done(new)) => new,
        Ok(Invited::BadName) => {
            return render(&ctx, &me, &f, Some(("name", "web-admin-error-name"))).await;
        }
        Ok(Invited::NoGemeinde | Invited::UnknownGemeinde) => {
            return render(
                &ctx,
                &me,
                &f,
                Some(("gemeinden", "web-admin-error-gemeinden")),
            )
            .await;
        }
        Ok(Invited::UnknownOrganisation) => {
            return render(
                &ctx,
                &me,
                &f,
                Some(("organisation", "web-admin-error-organisation")),
            )
            .await;
        }
        Ok(Invited::OutOfScope) => return super::super::forbidden(&ctx, lang),
        Err(e) => return internal(&ctx, e),
    };
    let link = new.link(&bot);
    let qr = crate::qr::svg(&link).unwrap_or_default();
    let name = || ("name", Arg::text(new.manager.display_name.clone()));
    let body = html! {
        p id="invited" role="status" {
            (t_with(&ctx, lang, "web-admin-invited", &[name(), ("days", Arg::from(i64::from(days)))]))
        }
        p { a id="invite-link" href=(link) { (link) } }
        figure id="invite-qr" {
            (PreEscaped(qr))
            figcaption { (t_with(&ctx, lang, "web-admin-invite-qr", &[name()])) }
        }
        p.notice { (t(&ctx, lang, "web-admin-invite-once")) }
        p { a href={ "/admin/managers/" (new.manager.id) } { (t(&ctx, lang, "web-admin-to-manager")) } }
    };
    let mut page = Page::new(&ctx, lang, "web-admin-invite-title");
    page.subtitle(&new.manager.display_name);
    page.render(Some(&me), body)
}

/// The list and the invite form; `mark` is the field that failed and why.
async fn render(ctx: &Ctx, me: &Me, f: &Fields, mark: Option<(&str, &str)>) -> Response {
    let lang = me.lang.as_str();
    let (list, orgs, gemeinden) = match (
        managers::visible(&*ctx.store, Asker::Person(&me.who)).await,
        organisations(ctx, me).await,
        crate::usecase::offers::gemeinden(ctx, &me.who).await,
    ) {
        (Ok(l), Ok(o), Ok(g)) => (l, o, g),
        (Err(e), _, _) | (_, _, Err(e)) => return internal(ctx, e),
        (_, Err(r), _) => return r,
    };
    let org_name = |id: i64| {
        orgs.iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let body = html! {
        @if list.is_empty() {
            p.empty id="no-managers" { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id="managers" {
                (head(ctx, lang, &["web-col-name", "web-col-organisation", "web-col-gemeinden", "web-col-status", "web-col-clients"]))
                tbody {
                    @for l in &list {
                        tr id={ "manager-" (l.manager.id) } {
                            td { a href={ "/admin/managers/" (l.manager.id) } { (l.manager.display_name) } }
                            td { (org_name(l.manager.organisation_id)) }
                            td { (names(&l.gemeinden)) }
                            td.status { (status(ctx, lang, &l.manager.status)) }
                            td.count { (l.clients) }
                        }
                    }
                }
            }
        }
        @if !orgs.is_empty() && !gemeinden.is_empty() {
            (invite_form(ctx, me, f, mark, &orgs, &gemeinden))
        }
    };
    let status = if mark.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Page::new(ctx, lang, "web-admin-managers-title")
        .status(status)
        .render(Some(me), body)
}

/// Gemeinden by name, separated by commas.
pub fn names(gemeinden: &[Gemeinde]) -> String {
    gemeinden
        .iter()
        .map(|g| g.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn error_at(ctx: &Ctx, lang: &str, mark: Option<(&str, &str)>, field: &str) -> Markup {
    html! {
        @if let Some((_, id)) = mark.filter(|(f, _)| *f == field) {
            p.error id={ (field) "-error" } { (t(ctx, lang, id)) }
        }
    }
}

fn invite_form(
    ctx: &Ctx,
    me: &Me,
    f: &Fields,
    mark: Option<(&str, &str)>,
    orgs: &[Organisation],
    gemeinden: &[Gemeinde],
) -> Markup {
    let lang = me.lang.as_str();
    let invalid = |field: &str| mark.is_some_and(|(f, _)| f == field).then_some("true");
    html! {
        h2 { (t(ctx, lang, "web-admin-invite-title")) }
        @if mark.is_some() {
            p.alert role="alert" id="form-errors" { (t(ctx, lang, "web-form-has-errors")) }
        }
        form method="post" action="/admin/managers" {
            (crate::web::csrf::field(&me.csrf))
            div.field {
                label for="name" { (t(ctx, lang, "web-col-name")) }
                input id="name" name="name" type="text" value=(value(f, "name")) aria-invalid=[invalid("name")];
                (error_at(ctx, lang, mark, "name"))
            }
            div.field {
                label for="organisation" { (t(ctx, lang, "web-col-organisation")) }
                select id="organisation" name="organisation" aria-invalid=[invalid("organisation")] {
                    @for o in orgs {
                        option value=(o.id) selected[value(f, "organisation") == o.id.to_string()] { (o.name) }
                    }
                }
                (error_at(ctx, lang, mark, "organisation"))
            }
            fieldset.field id="gemeinden" aria-invalid=[invalid("gemeinden")] {
                legend { (t(ctx, lang, "web-col-gemeinden")) }
                @for g in gemeinden {
                    @let name = format!("gemeinde_{}", g.id);
                    label.check {
                        input type="checkbox" id=(name) name=(name) checked[value(f, &name) == "on"];
                        " " (g.name) " (" (g.ags) ")"
                    }
                }
                (error_at(ctx, lang, mark, "gemeinden"))
            }
            button type="submit" id="invite" { (t(ctx, lang, "web-admin-invite")) }
        }
    }
}

//! `GET/POST /admin/offers/new`: the offer editor, empty, with the Gemeinde chosen from
//! those the administrator administers. Saving is the bot's "new offer" use case
//! ([`offers::create`]: the import's rules, Gemeinden that exist, the scope); what fails
//! is marked at its field and nothing is saved. The new offer's id for the file is
//! `web.<AGS>.<time>`.
//!
//! [`offers::create`]: crate::usecase::offers::create

use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;

use super::super::form::Fields;
use super::super::{Page, internal, t};
use super::admin;
use super::edit::{Marks, fields, marks, read, status, text_languages};
use crate::bot::Ctx;
use crate::domain::offer::{Category, Offer};
use crate::domain::offer_edit::new_id;
use crate::usecase::offers::{self, Created};
use crate::web::session::Me;

/// The empty offer the form starts from.
fn blank() -> Offer {
    Offer::blank("", Category::ALL[0])
}

async fn render(ctx: &Ctx, me: &Me, f: &Fields, marks: &Marks) -> Response {
    let lang = me.lang.as_str();
    let places = match offers::gemeinden(ctx, &me.who).await {
        Ok(g) => g,
        Err(e) => return internal(ctx, e),
    };
    let body = if places.is_empty() {
        html! { p.empty { (t(ctx, lang, "web-admin-no-gemeinde")) } }
    } else {
        html! {
            p { (t(ctx, lang, "web-admin-new-offer-intro")) }
            @if !marks.is_empty() {
                p.alert role="alert" id="form-errors" { (t(ctx, lang, "web-form-has-errors")) }
            }
            form method="post" action="/admin/offers/new" {
                (crate::web::csrf::field(&me.csrf))
                (fields(ctx, lang, f, marks, &text_languages(ctx, &blank()), Some(&places)))
                button type="submit" id="create" { (t(ctx, lang, "web-admin-create")) }
            }
            p { a href="/admin/offers" { (t(ctx, lang, "web-admin-back-to-list")) } }
        }
    };
    Page::new(ctx, lang, "web-admin-new-offer-title")
        .status(status(marks))
        .render(Some(me), body)
}

pub async fn page(State(ctx): State<crate::web::State>, me: Me) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    render(&ctx, &me, &Fields::new(), &Marks::new()).await
}

pub async fn create(
    State(ctx): State<crate::web::State>,
    me: Me,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = super::checked(&ctx, &me, &f) {
        return *r;
    }
    let (mut offer, mut problems) = read(&ctx, &blank(), &f);
    let place = offer.gemeinden.first().cloned().unwrap_or_default();
    offer.external_id = new_id("web", &place, ctx.clock.now().timestamp_millis());
    if problems.is_empty() {
        match offers::create(&ctx, &me.who, offer).await {
            Ok(Created::Done(id)) => {
                return Redirect::to(&format!("/admin/offers/{id}?saved=1")).into_response();
            }
            Ok(Created::Problems(p)) => problems = p,
            Ok(Created::NotYours) => return super::super::forbidden(&ctx, &me.lang),
            Err(e) => return internal(&ctx, e),
        }
    }
    render(&ctx, &me, &f, &marks(&ctx, &me.lang, &problems)).await
}

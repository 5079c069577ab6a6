//! `GET /admin/offers`: a Gemeinde's offers (its own and its Landkreis's) with filters:
//! category, active, and the language a translation is missing in.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use maud::html;

use super::super::tables::head;
use super::super::{Page, internal, t};
use super::{admin, language_name, languages, outside};
use crate::domain::offer::{Category, REFERENCE};
use crate::usecase::offers::{self, Filter, lacks};
use crate::web::session::Me;

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    let lang = me.lang.as_str();
    let gemeinden = match offers::gemeinden(&ctx, &me.who).await {
        Ok(g) => g,
        Err(e) => return internal(&ctx, e),
    };
    let asked = q.get("gemeinde").filter(|s| !s.is_empty());
    let gemeinde = match asked {
        Some(s) => match s
            .parse::<i64>()
            .ok()
            .and_then(|id| gemeinden.iter().find(|g| g.id == id))
        {
            Some(g) => g,
            None => return outside(&ctx, &me, &format!("gemeinde:{s}")).await,
        },
        None => match gemeinden.first() {
            Some(g) => g,
            None => {
                let body = html! { p.empty { (t(&ctx, lang, "web-admin-no-gemeinde")) } };
                return Page::new(&ctx, lang, "web-admin-offers-title").render(Some(&me), body);
            }
        },
    };
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or("");
    let filter = Filter {
        category: Category::parse(get("category")),
        active: match get("active") {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        lacks: Some(get("lacks").to_owned())
            .filter(|l| languages(&ctx).contains(l) && l != REFERENCE),
    };
    let list = match offers::list(&ctx, gemeinde, &filter).await {
        Ok(l) => l,
        Err(e) => return internal(&ctx, e),
    };
    let langs = languages(&ctx);
    let body = html! {
        form.filters method="get" action="/admin/offers" {
            div.field {
                label for="gemeinde" { (t(&ctx, lang, "web-col-gemeinde")) }
                select id="gemeinde" name="gemeinde" {
                    @for g in &gemeinden {
                        option value=(g.id) selected[g.id == gemeinde.id] { (g.name) }
                    }
                }
            }
            div.field {
                label for="category" { (t(&ctx, lang, "web-col-topic")) }
                select id="category" name="category" {
                    option value="" { (t(&ctx, lang, "web-all")) }
                    @for c in Category::ALL {
                        option value=(c.key()) selected[filter.category == Some(c)] { (t(&ctx, lang, c.msg_id())) }
                    }
                }
            }
            div.field {
                label for="active" { (t(&ctx, lang, "web-admin-filter-active")) }
                select id="active" name="active" {
                    option value="" { (t(&ctx, lang, "web-all")) }
                    option value="yes" selected[filter.active == Some(true)] { (t(&ctx, lang, "web-admin-active")) }
                    option value="no" selected[filter.active == Some(false)] { (t(&ctx, lang, "web-admin-inactive")) }
                }
            }
            div.field {
                label for="lacks" { (t(&ctx, lang, "web-admin-filter-lacks")) }
                select id="lacks" name="lacks" {
                    option value="" { "–" }
                    @for l in langs.iter().filter(|l| *l != REFERENCE) {
                        option value=(l) selected[filter.lacks.as_deref() == Some(l.as_str())] { (language_name(&ctx, lang, l)) }
                    }
                }
            }
            button type="submit" id="filter" { (t(&ctx, lang, "web-admin-filter")) }
        }
        p.actions {
            a.button id="new-offer" href="/admin/offers/new" { (t(&ctx, lang, "web-admin-new-offer")) }
            " "
            a.button.secondary href="/admin/offers/upload" { (t(&ctx, lang, "web-admin-nav-upload")) }
        }
        @if list.is_empty() {
            p.empty id="no-offers" { (t(&ctx, lang, "web-nothing")) }
        } @else {
            table id="offers" {
                (head(&ctx, lang, &["web-col-title", "web-col-topic", "web-col-status", "web-admin-col-missing"]))
                tbody {
                    @for o in &list {
                        tr {
                            td { a href={ "/admin/offers/" (o.id) } { (o.offer.text_in(REFERENCE).0.title) } }
                            td { (t(&ctx, lang, o.offer.category.msg_id())) }
                            td {
                                @if o.offer.active { (t(&ctx, lang, "web-admin-active")) }
                                @else { (t(&ctx, lang, "web-admin-inactive")) }
                            }
                            td.missing {
                                @for l in langs.iter().filter(|l| lacks(&o.offer, l)) {
                                    span.lang-missing lang=(l) { (l) } " "
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let mut page = Page::new(&ctx, lang, "web-admin-offers-title");
    page.subtitle(&gemeinde.name);
    page.render(Some(&me), body)
}

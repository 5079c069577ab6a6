//! `GET /admin/audit`: the audit log as a table with filters (who, what, from, until,
//! which Gemeinde), never message content; `GET /admin/audit.csv` the same rows to
//! download. What a person may read is the use case [`audit::entries`].

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use chrono::NaiveDate;
use maud::{Markup, html};

use super::super::tables::head;
use super::super::{Page, internal, t, when};
use super::admin;
use crate::bot::Ctx;
use crate::usecase::audit::{self, Actor, Filter, Row};
use crate::web::session::Me;

/// Rows on the page at most (the download has them all).
const SHOWN: usize = 500;

fn filter_of(q: &HashMap<String, String>) -> Filter {
    let get = |k: &str| q.get(k).map(|s| s.trim()).filter(|s| !s.is_empty());
    let day = |k: &str| get(k).and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    Filter {
        actor: get("actor").map(str::to_owned),
        action: get("action").map(str::to_owned),
        gemeinde: get("gemeinde").and_then(|s| s.parse().ok()),
        from: day("from"),
        until: day("until"),
    }
}

/// At most `want` rows `me` may read that pass the filters of `q`.
async fn rows(
    ctx: &Ctx,
    me: &Me,
    q: &HashMap<String, String>,
    want: usize,
) -> Result<Vec<Row>, Response> {
    admin(ctx, me).map_err(|r| *r)?;
    audit::entries(ctx, &me.who, &filter_of(q), want)
        .await
        .map_err(|e| internal(ctx, e))
}

fn actor(ctx: &Ctx, lang: &str, a: &Actor) -> String {
    match a {
        Actor::Manager(name) => name.clone(),
        Actor::Person(id) => format!("{} {id}", ctx.texts.t(lang, "web-admin-actor-person")),
        Actor::Cli => ctx.texts.t(lang, "web-admin-actor-cli"),
        Actor::System => ctx.texts.t(lang, "web-admin-actor-system"),
        Actor::Deleted => ctx.texts.t(lang, "web-admin-actor-deleted"),
    }
}

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    // One more than shown: to say there are more.
    match rows(&ctx, &me, &q, SHOWN + 1).await {
        Ok(rows) => table(&ctx, &me, &q, &rows).await,
        Err(r) => r,
    }
}

/// `GET /admin/audit.csv`: the same rows to download.
pub async fn csv(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match rows(&ctx, &me, &q, audit::LIMIT as usize).await {
        Ok(rows) => download(&ctx, &rows),
        Err(r) => r,
    }
}

async fn table(ctx: &Ctx, me: &Me, q: &HashMap<String, String>, rows: &[Row]) -> Response {
    let gemeinden = match crate::usecase::offers::gemeinden(ctx, &me.who).await {
        Ok(g) => g,
        Err(e) => return internal(ctx, e),
    };
    let lang = me.lang.as_str();
    let tz = ctx.config.time_zone.name();
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(q.iter())
        .finish();
    let body = html! {
        form.filters method="get" action="/admin/audit" {
            (text_field(ctx, lang, "actor", "web-admin-audit-who", &get("actor"), "text"))
            (text_field(ctx, lang, "action", "web-admin-audit-what", &get("action"), "text"))
            div.field {
                label for="gemeinde" { (t(ctx, lang, "web-col-gemeinde")) }
                select id="gemeinde" name="gemeinde" {
                    option value="" { (t(ctx, lang, "web-all")) }
                    @for g in &gemeinden {
                        option value=(g.id) selected[get("gemeinde") == g.id.to_string()] { (g.name) }
                    }
                }
            }
            (text_field(ctx, lang, "from", "web-admin-audit-from", &get("from"), "date"))
            (text_field(ctx, lang, "until", "web-admin-audit-until", &get("until"), "date"))
            button type="submit" id="filter" { (t(ctx, lang, "web-admin-filter")) }
        }
        p.actions { a.button.secondary id="audit-csv" href={ "/admin/audit.csv?" (query) } download { "CSV" } }
        @if rows.is_empty() {
            p.empty id="no-entries" { (t(ctx, lang, "web-nothing")) }
        } @else {
            @if rows.len() > SHOWN {
                p.hint { (super::super::t_with(ctx, lang, "web-admin-audit-more", &[("count", crate::i18n::Arg::from(SHOWN))])) }
            }
            table id="audit" {
                (head(ctx, lang, &["web-col-when", "web-admin-audit-who", "web-admin-audit-what", "web-admin-audit-subject", "web-col-gemeinde"]))
                tbody {
                    @for r in rows.iter().take(SHOWN) {
                        tr {
                            td { (when(lang, r.at, tz)) }
                            td.who { (actor(ctx, lang, &r.actor)) }
                            td.what { code { (r.action) } }
                            td { code { (r.subject) } }
                            td { (r.gemeinden.join(", ")) }
                        }
                    }
                }
            }
        }
    };
    Page::new(ctx, lang, "web-admin-audit-title").render(Some(me), body)
}

fn text_field(ctx: &Ctx, lang: &str, name: &str, label: &str, v: &str, kind: &str) -> Markup {
    html! {
        div.field {
            label for=(name) { (t(ctx, lang, label)) }
            input id=(name) name=(name) type=(kind) value=(v);
        }
    }
}

fn download(ctx: &Ctx, rows: &[Row]) -> Response {
    let tz = ctx.config.time_zone;
    let mut w = csv::Writer::from_writer(vec![]);
    let mut write = || -> Result<Vec<u8>, csv::Error> {
        w.write_record(["at", "who", "action", "subject", "gemeinden"])?;
        for r in rows {
            w.write_record([
                r.at.with_timezone(&tz)
                    .format("%Y-%m-%d %H:%M:%S")
                    .to_string(),
                r.actor.label().to_owned(),
                r.action.clone(),
                r.subject.clone(),
                r.gemeinden.join("; "),
            ])?;
        }
        w.flush()?;
        Ok(w.get_ref().clone())
    };
    match write() {
        Ok(bytes) => super::attachment("text/csv; charset=utf-8", "audit.csv", bytes),
        Err(e) => internal(ctx, e),
    }
}

//! The caseload: a table of the manager's clients with label, Gemeinde, language, status,
//! linked since, last contact and support end; sorted, filtered by status and Gemeinde,
//! searched by label, in pages of [`PAGE`].

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use maud::html;

use super::{Page, internal, t};
use crate::bot::Ctx;
use crate::store::people::Client;
use crate::web::session::Me;

pub const PAGE: usize = 50;
const STATUSES: &[&str] = &["invited", "active", "unreachable", "ended"];

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match render(&ctx, &me, &q).await {
        Ok(r) => r,
        Err(e) => internal(&ctx, e),
    }
}

fn day(lang: &str, at: Option<chrono::DateTime<chrono::Utc>>, ctx: &Ctx) -> String {
    at.map(|t| crate::i18n::format::date(lang, t.with_timezone(&ctx.config.time_zone).date_naive()))
        .unwrap_or_else(|| "–".into())
}

async fn render(
    ctx: &Ctx,
    me: &Me,
    q: &HashMap<String, String>,
) -> Result<Response, crate::store::StoreError> {
    let lang = me.lang.as_str();
    let Some(m) = me.who.active_manager() else {
        return Ok(super::forbidden(ctx, lang));
    };
    let get = |k: &str| q.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
    let (search, status, gemeinde, sort) = (get("q"), get("status"), get("gemeinde"), get("sort"));
    let page_no: usize = get("page").parse().unwrap_or(1).max(1);
    let gemeinden: HashMap<i64, String> = ctx
        .store
        .gemeinden()
        .await?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    let needle = search.to_lowercase();
    let mut clients: Vec<Client> = crate::usecase::caseload::clients_for(ctx, m)
        .await?
        .into_iter()
        .filter(|c| needle.is_empty() || c.label.to_lowercase().contains(&needle))
        .filter(|c| status.is_empty() || c.status == status)
        .filter(|c| gemeinde.is_empty() || c.gemeinde_id.to_string() == gemeinde)
        .collect();
    match sort.as_str() {
        "last_contact" => clients.sort_by_key(|c| std::cmp::Reverse(c.last_contact_at)),
        "support_end" => clients.sort_by_key(|c| {
            c.support_until
                .unwrap_or(chrono::DateTime::<chrono::Utc>::MAX_UTC)
        }),
        "linked" => clients.sort_by_key(|c| std::cmp::Reverse(c.linked_at)),
        _ => clients.sort_by_key(|c| c.label.to_lowercase()),
    }
    let pages = clients.len().div_ceil(PAGE).max(1);
    let page_no = page_no.min(pages);
    let shown = clients.iter().skip((page_no - 1) * PAGE).take(PAGE);
    let link = |p: usize| {
        format!(
            "/clients?q={}&status={}&gemeinde={}&sort={}&page={p}",
            url::form_urlencoded::byte_serialize(search.as_bytes()).collect::<String>(),
            status,
            gemeinde,
            sort
        )
    };
    let body = html! {
        form.filters method="get" action="/clients" {
            div.field {
                label for="q" { (t(ctx, lang, "web-caseload-search")) }
                input id="q" name="q" type="search" value=(search);
            }
            div.field {
                label for="status" { (t(ctx, lang, "web-col-status")) }
                select id="status" name="status" {
                    option value="" { (t(ctx, lang, "web-all")) }
                    @for s in STATUSES {
                        option value=(s) selected[status == *s] { (t(ctx, lang, &format!("status-{s}"))) }
                    }
                }
            }
            div.field {
                label for="gemeinde" { (t(ctx, lang, "web-col-gemeinde")) }
                select id="gemeinde" name="gemeinde" {
                    option value="" { (t(ctx, lang, "web-all")) }
                    @for (id, name) in &gemeinden {
                        option value=(id) selected[gemeinde == id.to_string()] { (name) }
                    }
                }
            }
            div.field {
                label for="sort" { (t(ctx, lang, "web-caseload-sort")) }
                select id="sort" name="sort" {
                    @for (k, id) in [("label", "web-col-client"), ("last_contact", "web-col-last-contact"),
                                     ("linked", "web-col-linked"), ("support_end", "web-col-support-end")] {
                        option value=(k) selected[sort == k] { (t(ctx, lang, id)) }
                    }
                }
            }
            button type="submit" id="filter" { (t(ctx, lang, "web-caseload-filter")) }
        }
        @if clients.is_empty() {
            p.empty { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id="caseload" {
                (super::tables::head(ctx, lang, &["web-col-client", "web-col-gemeinde", "web-col-language",
                    "web-col-status", "web-col-linked", "web-col-last-contact", "web-col-support-end"]))
                tbody {
                    @for c in shown {
                        tr {
                            td { a href={ "/clients/" (c.id) } { (c.label) } }
                            td { (gemeinden.get(&c.gemeinde_id).map(String::as_str).unwrap_or("–")) }
                            td { (ctx.texts.language_name(&c.language)) }
                            (super::tables::status_cell(ctx, lang, &c.status))
                            td { (day(lang, c.linked_at, ctx)) }
                            td { (day(lang, c.last_contact_at, ctx)) }
                            td { (day(lang, c.support_until, ctx)) }
                        }
                    }
                }
            }
            @if pages > 1 {
                nav.pages aria-label=(ctx.texts.t(lang, "web-caseload-pages")) {
                    @if page_no > 1 { a href=(link(page_no - 1)) rel="prev" { (t(ctx, lang, "web-prev")) } " " }
                    span { (page_no) " / " (pages) }
                    @if page_no < pages { " " a href=(link(page_no + 1)) rel="next" { (t(ctx, lang, "web-next")) } }
                }
            }
        }
    };
    Ok(Page::new(ctx, lang, "web-caseload-title").render(Some(me), body))
}

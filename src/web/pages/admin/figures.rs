//! `GET /admin/figures?year=Y`: the yearly figures per Gemeinde at a glance, as a table,
//! and `GET /admin/figures.csv?year=Y` the same as `wegweiser admin figures` writes it
//! (the use case [`figures`]). A scoped administrator sees their Gemeinden.
//!
//! [`figures`]: crate::usecase::figures

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use chrono::Datelike;
use maud::html;

use super::super::{Page, internal, t};
use super::admin;
use crate::bot::Ctx;
use crate::domain::figures::Figure;
use crate::usecase::figures::{self, Row};
use crate::web::session::Me;

/// The year asked for (this year when none or a bad one), and its rows.
async fn rows(
    ctx: &Ctx,
    me: &Me,
    q: &HashMap<String, String>,
) -> Result<(i32, Vec<Row>), Response> {
    admin(ctx, me).map_err(|r| *r)?;
    let this = ctx.clock.now().with_timezone(&ctx.config.time_zone).year();
    let year = q
        .get("year")
        .and_then(|y| y.trim().parse::<i32>().ok())
        .filter(|y| (2000..=this + 1).contains(y))
        .unwrap_or(this);
    let scope = me
        .who
        .administered(ctx)
        .await
        .map_err(|e| internal(ctx, e))?;
    let rows = figures::year(&*ctx.store, year, scope.as_ref())
        .await
        .map_err(|e| internal(ctx, e))?;
    Ok((year, rows))
}

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match rows(&ctx, &me, &q).await {
        Ok((year, rows)) => table(&ctx, &me, year, &rows),
        Err(r) => r,
    }
}

/// `GET /admin/figures.csv?year=Y`.
pub async fn csv(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match rows(&ctx, &me, &q).await {
        Ok((year, rows)) => download(&ctx, year, &rows),
        Err(r) => r,
    }
}

fn table(ctx: &Ctx, me: &Me, year: i32, rows: &[Row]) -> Response {
    let lang = me.lang.as_str();
    let body = html! {
        form.filters method="get" action="/admin/figures" {
            div.field {
                label for="year" { (t(ctx, lang, "web-admin-figures-year")) }
                input id="year" name="year" type="number" value=(year);
            }
            button type="submit" id="filter" { (t(ctx, lang, "web-admin-filter")) }
        }
        p.actions { a.button.secondary id="figures-csv" href={ "/admin/figures.csv?year=" (year) } download { "CSV" } }
        table id="figures" {
            thead { tr {
                th scope="col" { (t(ctx, lang, "web-col-gemeinde")) }
                @for f in Figure::ALL { th scope="col" { (t(ctx, lang, &format!("web-admin-figure-{}", f.as_str()))) } }
            } }
            tbody {
                @for r in rows {
                    tr {
                        th scope="row" { (r.gemeinde.name) }
                        @for v in r.values { td.number { (v) } }
                    }
                }
            }
        }
    };
    let mut page = Page::new(ctx, lang, "web-admin-figures-title");
    page.subtitle(&year.to_string());
    page.render(Some(me), body)
}

fn download(ctx: &Ctx, year: i32, rows: &[Row]) -> Response {
    match figures::csv(year, rows) {
        Ok(text) => super::attachment(
            "text/csv; charset=utf-8",
            &format!("figures-{year}.csv"),
            text,
        ),
        Err(e) => internal(ctx, e),
    }
}

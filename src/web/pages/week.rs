//! The week: the planned appointments of the manager's clients (and of a colleague's while
//! standing in), Monday to Sunday (in the Gemeinde's time
//! zone), day by day, with links to the week before and after.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use chrono::{Datelike, Duration, NaiveDate};
use maud::html;

use super::today::start_of;
use super::{Page, internal, t, tables};
use crate::bot::Ctx;
use crate::web::session::Me;

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match render(&ctx, &me, q.get("of").map(String::as_str)).await {
        Ok(r) => r,
        Err(e) => internal(&ctx, e),
    }
}

/// The Monday of the week `of` (`YYYY-MM-DD`) falls in; this week's without one.
pub fn monday(ctx: &Ctx, of: Option<&str>) -> NaiveDate {
    let day = of
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| {
            ctx.clock
                .now()
                .with_timezone(&ctx.config.time_zone)
                .date_naive()
        });
    day - Duration::days(day.weekday().num_days_from_monday().into())
}

async fn render(
    ctx: &Ctx,
    me: &Me,
    of: Option<&str>,
) -> Result<Response, crate::store::StoreError> {
    let lang = me.lang.as_str();
    let Some(m) = me.who.active_manager() else {
        return Ok(super::forbidden(ctx, lang));
    };
    let monday = monday(ctx, of);
    let days: Vec<NaiveDate> = (0..7).map(|i| monday + Duration::days(i)).collect();
    let end = start_of(ctx, monday + Duration::days(7));
    let mut list = vec![];
    for owner in crate::usecase::caseload::owners_for(ctx, m).await? {
        let of_owner = ctx
            .store
            .manager_appointments_before(owner, start_of(ctx, monday), end)
            .await?;
        list.extend(of_owner);
    }
    list.sort_by_key(|(a, _)| (a.starts_at, a.id));
    let tz = ctx.config.time_zone;
    let link = |d: NaiveDate| format!("/week?of={}", d.format("%Y-%m-%d"));
    let body = html! {
        nav.pages aria-label=(ctx.texts.t(lang, "web-week-nav")) {
            a href=(link(monday - Duration::days(7))) rel="prev" id="prev-week" { (t(ctx, lang, "web-week-prev")) }
            " "
            a href="/week" id="this-week" { (t(ctx, lang, "web-week-this")) }
            " "
            a href=(link(monday + Duration::days(7))) rel="next" id="next-week" { (t(ctx, lang, "web-week-next")) }
        }
        p id="week-range" {
            (crate::i18n::format::date(lang, monday)) " – " (crate::i18n::format::date(lang, monday + Duration::days(6)))
        }
        @for d in &days {
            @let of_day: Vec<_> = list.iter()
                .filter(|(a, _)| a.starts_at.with_timezone(&tz).date_naive() == *d)
                .collect();
            section aria-labelledby={ "h-" (d) } {
                h2 id={ "h-" (d) } { (crate::i18n::format::date(lang, *d)) }
                (tables::appointments(ctx, lang, &format!("day-{d}"),
                    of_day.iter().map(|(a, l)| (a, Some(l.as_str())))))
            }
        }
    };
    Ok(Page::new(ctx, lang, "web-week-title").render(Some(me), body))
}

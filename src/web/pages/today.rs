//! Today, the start page: today's and tomorrow's appointments, unanswered ones, overdue
//! deadlines, unreachable clients, open requests to be taken on — the digest, live; for
//! the manager's own clients and those of colleagues they stand in for.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use maud::{Markup, html};

use super::{Page, internal, t};
use crate::bot::Ctx;
use crate::store::agenda::Appointment;
use crate::web::session::Me;

/// The instant a local day starts in the configured zone.
pub fn start_of(ctx: &Ctx, d: NaiveDate) -> chrono::DateTime<Utc> {
    ctx.config
        .time_zone
        .from_local_datetime(&d.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| ctx.clock.now())
}

pub async fn page(State(ctx): State<crate::web::State>, me: Me) -> Response {
    match render(&ctx, &me).await {
        Ok(r) => r,
        Err(e) => internal(&ctx, e),
    }
}

async fn render(ctx: &Ctx, me: &Me) -> Result<Response, crate::store::StoreError> {
    let lang = me.lang.as_str();
    let Some(m) = me.who.active_manager() else {
        if me.who.is_admin() {
            return Ok(axum::response::Redirect::to("/admin/offers").into_response());
        }
        let body = html! { p { (t(ctx, lang, "web-today-no-caseload")) } };
        return Ok(Page::new(ctx, lang, "web-today-title").render(Some(me), body));
    };
    let now = ctx.clock.now();
    let today = now.with_timezone(&ctx.config.time_zone).date_naive();
    let (start, tomorrow, after) = (
        start_of(ctx, today),
        start_of(ctx, today + Duration::days(1)),
        start_of(ctx, today + Duration::days(2)),
    );
    // The manager's own clients and, while standing in, the absent colleagues'.
    let mut items = crate::store::agenda::DigestItems::default();
    let mut tomorrows = vec![];
    for owner in crate::usecase::caseload::owners_for(ctx, m).await? {
        let of_owner = ctx
            .store
            .digest_items(owner, start, tomorrow, today, now)
            .await?;
        items.today.extend(of_owner.today);
        items.unanswered.extend(of_owner.unanswered);
        items.overdue.extend(of_owner.overdue);
        items.unreachable.extend(of_owner.unreachable);
        tomorrows.extend(
            ctx.store
                .manager_appointments_before(owner, tomorrow, after)
                .await?,
        );
    }
    let by_time = |x: &(Appointment, String), y: &(Appointment, String)| {
        (x.0.starts_at, x.0.id).cmp(&(y.0.starts_at, y.0.id))
    };
    items.today.sort_by(by_time);
    items.unanswered.sort_by(by_time);
    tomorrows.sort_by(by_time);
    items.overdue.sort_by_key(|x| (x.0.due_on, x.0.id));
    let requests = crate::usecase::joins::open_requests(ctx, m).await?;
    let body = html! {
        @if !requests.is_empty() {
            section aria-labelledby="h-joins" {
                h2 id="h-joins" { (t(ctx, lang, "web-today-joins")) }
                (super::joins::table(ctx, me, &requests))
            }
        }
        section aria-labelledby="h-today" {
            h2 id="h-today" { (t(ctx, lang, "web-today-appointments")) }
            (appointments(ctx, lang, &items.today, "today"))
        }
        section aria-labelledby="h-tomorrow" {
            h2 id="h-tomorrow" { (t(ctx, lang, "web-tomorrow-appointments")) }
            (appointments(ctx, lang, &tomorrows, "tomorrow"))
        }
        section aria-labelledby="h-unanswered" {
            h2 id="h-unanswered" { (t(ctx, lang, "web-today-unanswered")) }
            (appointments(ctx, lang, &items.unanswered, "unanswered"))
        }
        section aria-labelledby="h-overdue" {
            h2 id="h-overdue" { (t(ctx, lang, "web-today-overdue")) }
            @if items.overdue.is_empty() {
                p.empty { (t(ctx, lang, "web-nothing")) }
            } @else {
                ul id="overdue" {
                    @for (d, label) in &items.overdue {
                        li {
                            a href={ "/clients/" (d.client_id) } { (label) }
                            " · " (d.title) " · " (crate::i18n::format::date(lang, d.due_on))
                        }
                    }
                }
            }
        }
        section aria-labelledby="h-unreachable" {
            h2 id="h-unreachable" { (t(ctx, lang, "web-today-unreachable")) }
            @if items.unreachable.is_empty() {
                p.empty { (t(ctx, lang, "web-nothing")) }
            } @else {
                ul id="unreachable" { @for label in &items.unreachable { li { (label) } } }
            }
        }
    };
    Ok(Page::new(ctx, lang, "web-today-title").render(Some(me), body))
}

/// At most this many rows per list on Today (the week and the caseload show the rest).
pub const SHOWN: usize = 50;

/// A table of appointments with the client's label: the first [`SHOWN`], and how many
/// more there are.
pub fn appointments(ctx: &Ctx, lang: &str, list: &[(Appointment, String)], id: &str) -> Markup {
    let shown = &list[..list.len().min(SHOWN)];
    html! {
        (super::tables::appointments(ctx, lang, id, shown.iter().map(|(a, l)| (a, Some(l.as_str())))))
        @if list.len() > SHOWN {
            p.more { (super::t_with(ctx, lang, "list-more", &[("count", (list.len() - SHOWN).into())])) }
        }
    }
}

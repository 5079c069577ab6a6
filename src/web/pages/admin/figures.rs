//! `GET /admin/figures?year=Y&of=…`: the figures at a glance (the use case [`figures`]):
//! charts of the months for everything in scope, one organisation (`of=o:ID`) or one
//! Gemeinde (`of=g:ID`), the same months as a table, then a table per organisation and
//! per Gemeinde with the year's totals and what each has now, and which Kennzahl each
//! figure supports. `GET /admin/figures.csv?year=Y` is the Gemeinden's table as
//! `wegweiser admin figures` writes it; `&table=organisations` the organisations',
//! `&table=months&of=…` the months of the chosen place, `&table=today` what every
//! Gemeinde has today (clients by status, offers shown). A scoped administrator sees their
//! Gemeinden and organisations only; a place outside them shows everything in scope.
//!
//! [`figures`]: crate::usecase::figures

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Response;
use maud::{Markup, html};

use super::super::{Page, internal, t, t_with};
use super::admin;
use super::chart::{self, Series};
use crate::bot::Ctx;
use crate::domain::figures::Figure;
use crate::i18n::format::month;
use crate::store::retention::CLIENT_STATUSES;
use crate::usecase::figures::{self, Figures, Glance};
use crate::web::session::Me;

/// The glance of the year asked for, or the page to answer with.
async fn glance(ctx: &Ctx, me: &Me, q: &HashMap<String, String>) -> Result<Glance, Response> {
    admin(ctx, me).map_err(|r| *r)?;
    let year = figures::year_asked(ctx, q.get("year").map(String::as_str));
    match figures::glance(ctx, &me.who, year).await {
        Ok(Some(g)) => Ok(g),
        Ok(None) => Err(super::super::forbidden(ctx, &me.lang)),
        Err(e) => Err(internal(ctx, e)),
    }
}

/// The place `of` names, if it is in the glance: its key, its name and its figures.
fn chosen<'g>(g: &'g Glance, of: Option<&str>) -> Option<(String, &'g str, &'g Figures)> {
    let (kind, id) = of?.split_once(':')?;
    let id: i64 = id.parse().ok()?;
    match kind {
        "g" => g
            .gemeinde(id)
            .map(|r| (format!("g:{id}"), r.gemeinde.name.as_str(), &r.figures)),
        "o" => g
            .organisation(id)
            .map(|r| (format!("o:{id}"), r.organisation.name.as_str(), &r.figures)),
        _ => None,
    }
}

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match glance(&ctx, &me, &q).await {
        Ok(g) => render(&ctx, &me, &g, q.get("of").map(String::as_str)),
        Err(r) => r,
    }
}

/// `GET /admin/figures.csv`.
pub async fn csv(
    State(ctx): State<crate::web::State>,
    me: Me,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let g = match glance(&ctx, &me, &q).await {
        Ok(g) => g,
        Err(r) => return r,
    };
    let (name, text) = match q.get("table").map(String::as_str) {
        Some("organisations") => (
            format!("figures-{}-organisations.csv", g.year),
            figures::csv_organisations(&g),
        ),
        Some("today") => (format!("figures-{}.csv", g.today), figures::csv_today(&g)),
        Some("months") => {
            let f = chosen(&g, q.get("of").map(String::as_str)).map_or(&g.total, |c| c.2);
            (
                format!("figures-{}-months.csv", g.year),
                figures::csv_months(g.year, f),
            )
        }
        _ => (format!("figures-{}.csv", g.year), figures::csv(&g)),
    };
    match text {
        Ok(text) => super::attachment("text/csv; charset=utf-8", &name, text),
        Err(e) => internal(&ctx, e),
    }
}

fn figure_name(ctx: &Ctx, lang: &str, f: Figure) -> String {
    t(ctx, lang, &format!("web-admin-figure-{}", f.as_str())).0
}

/// The four charts of one place's months.
fn charts(ctx: &Ctx, lang: &str, f: &Figures) -> Markup {
    let months: [String; 12] = std::array::from_fn(|m| month(lang, m as u32 + 1));
    let groups: [(&str, &str, &[Figure]); 4] = [
        (
            "chart-clients",
            "web-admin-figures-chart-clients",
            &[Figure::ClientsLinked, Figure::ClientsEnded],
        ),
        (
            "chart-appointments",
            "web-admin-figures-chart-appointments",
            &[
                Figure::AppointmentsPlanned,
                Figure::AppointmentsAttended,
                Figure::AppointmentsMissed,
            ],
        ),
        (
            "chart-interests",
            "web-admin-figures-chart-interests",
            &[Figure::InterestsShown],
        ),
        (
            "chart-announcements",
            "web-admin-figures-chart-announcements",
            &[Figure::Announcements, Figure::AnnouncementsDelivered],
        ),
    ];
    html! {
        div.charts {
            @for (id, title, shown) in groups {
                @let labels: Vec<String> = shown.iter().map(|x| figure_name(ctx, lang, *x)).collect();
                @let series: Vec<Series<'_>> = shown.iter().zip(&labels)
                    .map(|(x, label)| Series { label, values: f.of(*x) }).collect();
                @let desc = series.iter()
                    .map(|s| format!("{}: {}", s.label, s.values.iter().sum::<i64>()))
                    .collect::<Vec<_>>().join("; ");
                (chart::bars(id, &ctx.texts.t(lang, title), &desc, &months, &series, |m, s, v| {
                    ctx.texts.t_with(lang, "web-admin-figures-bar", &[
                        ("month", m.into()), ("figure", s.into()), ("value", v.into()),
                    ])
                }))
            }
        }
    }
}

/// The columns every row of the two tables has after its name.
fn columns(ctx: &Ctx, lang: &str) -> Markup {
    html! {
        @for f in Figure::ALL { th scope="col" { (figure_name(ctx, lang, f)) } }
        @for s in CLIENT_STATUSES {
            th scope="col" { (t(ctx, lang, &format!("web-admin-figures-status-{s}"))) }
        }
        th scope="col" { (t(ctx, lang, "web-admin-figures-offers")) }
    }
}

fn cells(f: &Figures) -> Markup {
    html! {
        @for v in f.totals() { td.number { (v) } }
        @for v in f.clients { td.number { (v) } }
        td.number { (f.offers) }
    }
}

fn render(ctx: &Ctx, me: &Me, g: &Glance, of: Option<&str>) -> Response {
    let lang = me.lang.as_str();
    let chosen = chosen(g, of);
    let (key, name, shown) = match &chosen {
        Some((key, name, f)) => (key.clone(), (*name).to_owned(), *f),
        None => (
            String::new(),
            ctx.texts.t(lang, "web-admin-figures-all"),
            &g.total,
        ),
    };
    let year = g.year;
    let body = html! {
        form.filters method="get" action="/admin/figures" {
            div.field {
                label for="year" { (t(ctx, lang, "web-admin-figures-year")) }
                input id="year" name="year" type="number" value=(year);
            }
            div.field {
                label for="of" { (t(ctx, lang, "web-admin-figures-of")) }
                select id="of" name="of" {
                    option value="" selected[key.is_empty()] { (t(ctx, lang, "web-admin-figures-all")) }
                    @if !g.organisations.is_empty() {
                        optgroup label=(ctx.texts.t(lang, "web-admin-figures-organisations")) {
                            @for r in &g.organisations {
                                @let k = format!("o:{}", r.organisation.id);
                                option value=(k) selected[k == key] { (r.organisation.name) }
                            }
                        }
                    }
                    optgroup label=(ctx.texts.t(lang, "web-col-gemeinden")) {
                        @for r in &g.gemeinden {
                            @let k = format!("g:{}", r.gemeinde.id);
                            option value=(k) selected[k == key] { (r.gemeinde.name) }
                        }
                    }
                }
            }
            button type="submit" id="filter" { (t(ctx, lang, "web-admin-filter")) }
        }
        p.actions {
            a.button.secondary id="figures-csv" href={ "/admin/figures.csv?year=" (year) } download {
                (t(ctx, lang, "web-admin-figures-csv-gemeinden"))
            }
            " "
            a.button.secondary id="figures-csv-organisations"
                href={ "/admin/figures.csv?table=organisations&year=" (year) } download {
                (t(ctx, lang, "web-admin-figures-csv-organisations"))
            }
            " "
            a.button.secondary id="figures-csv-today" href={ "/admin/figures.csv?table=today&year=" (year) } download {
                (t(ctx, lang, "web-admin-figures-csv-today"))
            }
            " "
            a.button.secondary id="figures-csv-months"
                href={ "/admin/figures.csv?table=months&year=" (year) "&of=" (key) } download {
                (t(ctx, lang, "web-admin-figures-csv-months"))
            }
        }
        section id="figures-chosen" {
            h2 { (t_with(ctx, lang, "web-admin-figures-of-place", &[("place", name.as_str().into())])) }
            (charts(ctx, lang, shown))
            div.wide { table id="figures-months" {
                caption { (t(ctx, lang, "web-admin-figures-months")) }
                thead { tr {
                    th scope="col" { (t(ctx, lang, "web-admin-figures-figure")) }
                    @for m in 1..=12u32 { th scope="col" { (month(lang, m)) } }
                    th scope="col" { (year) }
                } }
                tbody {
                    @for (f, months) in Figure::ALL.iter().zip(&shown.months) {
                        tr {
                            th scope="row" { (figure_name(ctx, lang, *f)) }
                            @for v in months { td.number { (v) } }
                            td.number { strong { (months.iter().sum::<i64>()) } }
                        }
                    }
                }
            } }
        }
        @if !g.organisations.is_empty() {
            h2 { (t(ctx, lang, "web-admin-figures-organisations")) }
            div.wide { table id="figures-organisations" {
                thead { tr {
                    th scope="col" { (t(ctx, lang, "web-col-organisation")) }
                    th scope="col" { (t(ctx, lang, "web-col-gemeinden")) }
                    (columns(ctx, lang))
                } }
                tbody {
                    @for r in &g.organisations {
                        tr {
                            th scope="row" {
                                a href={ "/admin/figures?year=" (year) "&of=o:" (r.organisation.id) } {
                                    (r.organisation.name)
                                }
                            }
                            td.number { (r.gemeinden.len()) }
                            (cells(&r.figures))
                        }
                    }
                }
            } }
        }
        h2 { (t(ctx, lang, "web-col-gemeinden")) }
        div.wide { table id="figures" {
            thead { tr {
                th scope="col" { (t(ctx, lang, "web-col-gemeinde")) }
                (columns(ctx, lang))
            } }
            tbody {
                @for r in &g.gemeinden {
                    tr {
                        th scope="row" {
                            a href={ "/admin/figures?year=" (year) "&of=g:" (r.gemeinde.id) } {
                                (r.gemeinde.name)
                            }
                        }
                        (cells(&r.figures))
                    }
                }
            }
        } }
        h2 { (t(ctx, lang, "web-admin-figures-kennzahlen")) }
        p { (t(ctx, lang, "web-admin-figures-kennzahlen-note")) }
        table id="kennzahlen" {
            thead { tr {
                th scope="col" { (t(ctx, lang, "web-admin-figures-figure")) }
                th scope="col" { (t(ctx, lang, "web-admin-figures-kennzahl")) }
            } }
            tbody {
                @for f in Figure::ALL {
                    tr {
                        th scope="row" { (figure_name(ctx, lang, f)) }
                        td { (t(ctx, lang, f.kennzahl().unwrap_or("web-admin-kennzahl-none"))) }
                    }
                }
                tr {
                    th scope="row" { (t(ctx, lang, "web-admin-figures-status-active")) }
                    td { (t(ctx, lang, "web-admin-kennzahl-cases-open")) }
                }
            }
        }
    };
    let mut page = Page::new(ctx, lang, "web-admin-figures-title");
    page.subtitle(&year.to_string());
    page.render(Some(me), body)
}

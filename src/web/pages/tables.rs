//! The tables the pages share: one header row helper, the status cell, and the table of
//! appointments (Today, the week, a client's page).

use maud::{Markup, html};

use super::{answer, t, topic, when};
use crate::bot::Ctx;
use crate::store::agenda::Appointment;

/// A header row from the columns' text ids.
pub fn head(ctx: &Ctx, lang: &str, cols: &[&str]) -> Markup {
    html! {
        thead { tr { @for id in cols { th scope="col" { (t(ctx, lang, id)) } } } }
    }
}

/// A client's status, in the person's language.
pub fn status_cell(ctx: &Ctx, lang: &str, status: &str) -> Markup {
    html! { td.status { (t(ctx, lang, &format!("status-{status}"))) } }
}

/// A table of appointments: when (a link to the appointment's page), the client (when
/// `label` is given), topic, place, the client's answer or the outcome.
pub fn appointments<'a>(
    ctx: &Ctx,
    lang: &str,
    id: &str,
    list: impl ExactSizeIterator<Item = (&'a Appointment, Option<&'a str>)> + Clone,
) -> Markup {
    let with_client = list.clone().any(|(_, l)| l.is_some());
    let mut cols = vec!["web-col-when"];
    if with_client {
        cols.push("web-col-client");
    }
    cols.extend(["web-col-topic", "web-col-place", "web-col-answer"]);
    html! {
        @if list.len() == 0 {
            p.empty { (t(ctx, lang, "web-nothing")) }
        } @else {
            table id=(id) {
                (head(ctx, lang, &cols))
                tbody {
                    @for (a, label) in list {
                        tr {
                            td { a href={ "/appointments/" (a.id) } { (when(lang, a.starts_at, &a.time_zone)) } }
                            @if let Some(label) = label {
                                td { a href={ "/clients/" (a.client_id) } { (label) } }
                            }
                            td { (topic(ctx, lang, &a.topic)) }
                            td { (a.place) }
                            td.answer { (answer(ctx, lang, a)) }
                        }
                    }
                }
            }
        }
    }
}

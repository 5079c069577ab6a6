//! The audience picker of the announcements page: every audience the use case offers
//! the person, with its recipients now — radio buttons for a few (a manager's), a list
//! to choose from for many (a global administrator's every Gemeinde), so the texts below
//! stay within reach — and what the form's value names.

use maud::{Markup, PreEscaped, html};

use super::form::Errors;
use super::t;
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::store::broadcasts::Audience;
use crate::usecase::broadcasts::{self as usecase, Choice};

/// Up to this many audiences are radio buttons; more are a `<select>`.
const RADIOS: usize = 8;

/// An audience as a form value: `<manager or 0>-<gemeinde or 0>`.
pub fn key(a: &Audience) -> String {
    format!(
        "{}-{}",
        a.manager_id.unwrap_or(0),
        a.gemeinde_id.unwrap_or(0)
    )
}

/// The audience a form value names (any, not only those offered), if it is one.
pub fn audience_of_key(k: &str) -> Option<Audience> {
    let (m, g) = k.split_once('-')?;
    let id = |s: &str| s.parse::<i64>().ok().map(|n| Some(n).filter(|n| *n > 0));
    let (manager_id, gemeinde_id) = (id(m)?, id(g)?);
    (manager_id.is_some() || gemeinde_id.is_some()).then(|| Audience {
        manager_id,
        gemeinde_id,
        languages: vec![],
        offer_id: None,
    })
}

/// The picker, `chosen` (a form value) selected, else the first.
pub fn picker(ctx: &Ctx, lang: &str, choices: &[Choice], chosen: &str, errors: &Errors) -> Markup {
    let invalid = errors.get("audience").map(|_| "true");
    let selected = |i: usize, k: &str| chosen == k || (chosen.is_empty() && i == 0);
    let error = html! {
        @if let Some(id) = errors.get("audience") {
            p.error id="audience-error" { (t(ctx, lang, id)) }
        }
    };
    if choices.len() > RADIOS {
        return html! {
            div.field {
                label for="audience" { (t(ctx, lang, "web-field-audience")) }
                select id="audience" name="audience" aria-invalid=[invalid] {
                    @for (i, c) in choices.iter().enumerate() {
                        @let k = key(&c.audience);
                        option value=(k) selected[selected(i, &k)] { (label(ctx, lang, c, true)) }
                    }
                }
                (error)
            }
        };
    }
    html! {
        fieldset id="audience" aria-invalid=[invalid] {
            legend { (t(ctx, lang, "web-field-audience")) }
            @for (i, c) in choices.iter().enumerate() {
                @let k = key(&c.audience);
                div {
                    input type="radio" name="audience" id={ "audience-" (i) } value=(k)
                        checked[selected(i, &k)];
                    " "
                    label for={ "audience-" (i) } { (PreEscaped(label(ctx, lang, c, false))) }
                }
            }
            (error)
        }
    }
}

/// An audience with its recipients now: HTML, or (`plain`) text as on the bot's button.
fn label(ctx: &Ctx, lang: &str, c: &Choice, plain: bool) -> String {
    let name = usecase::audience_label(
        ctx,
        lang,
        c.mine(),
        c.gemeinde.as_ref().map(|g| g.name.as_str()),
        plain,
    );
    ctx.texts.t_with(
        lang,
        "broadcast-audience-button",
        &[
            ("audience", Arg::markup(name)),
            ("count", Arg::from(c.recipients)),
        ],
    )
}

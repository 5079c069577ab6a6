//! What the forms share: the typed values and the reasons per field, labelled inputs
//! that show the reason at the field (and keep what was typed), the CSRF check.

use std::collections::HashMap;

use maud::{Markup, html};

use super::t;
use crate::bot::Ctx;
use crate::domain::when::WhenError;
use crate::web::session::Me;

/// What was typed, by field name.
pub type Fields = HashMap<String, String>;
/// The reason (a text id) per field that failed.
pub type Errors = HashMap<&'static str, &'static str>;

/// A field's value, trimmed ("" if absent).
pub fn value<'a>(f: &'a Fields, k: &str) -> &'a str {
    f.get(k).map(|s| s.trim()).unwrap_or("")
}

/// Whether the form carries this session's CSRF token.
pub fn csrf_ok(me: &Me, f: &Fields) -> bool {
    crate::web::csrf::valid(&me.csrf, f.get("csrf").map(String::as_str))
}

/// A form post as the handlers get it: checked first for the session's CSRF token (else
/// nothing is changed: 403) and for an active manager (403), then the fields.
pub struct Posted {
    pub me: Me,
    pub m: crate::store::people::Manager,
    pub f: Fields,
}

impl axum::extract::FromRequest<crate::web::State> for Posted {
    type Rejection = axum::response::Response;

    async fn from_request(
        req: axum::extract::Request,
        ctx: &crate::web::State,
    ) -> Result<Self, Self::Rejection> {
        let Signed { me, f } = Signed::from_request(req, ctx).await?;
        let Some(m) = me.who.active_manager().cloned() else {
            return Err(super::forbidden(ctx, &me.lang));
        };
        Ok(Posted { me, m, f })
    }
}

/// A form post checked only for the session's CSRF token (else nothing is changed: 403):
/// for pages of more than one role, whose handler checks who may.
pub struct Signed {
    pub me: Me,
    pub f: Fields,
}

impl axum::extract::FromRequest<crate::web::State> for Signed {
    type Rejection = axum::response::Response;

    async fn from_request(
        req: axum::extract::Request,
        ctx: &crate::web::State,
    ) -> Result<Self, Self::Rejection> {
        use axum::extract::FromRequestParts;
        let (mut parts, body) = req.into_parts();
        let me = Me::from_request_parts(&mut parts, ctx).await?;
        let req = axum::extract::Request::from_parts(parts, body);
        // A body that is no form at all is refused like one without the token.
        match axum::extract::Form::<Fields>::from_request(req, ctx).await {
            Ok(axum::extract::Form(f)) if csrf_ok(&me, &f) => Ok(Signed { me, f }),
            _ => Err(super::csrf_refused(ctx, &me.lang)),
        }
    }
}

/// "Please check the marked fields", when some failed.
pub fn summary(ctx: &Ctx, lang: &str, errors: &Errors) -> Markup {
    html! {
        @if !errors.is_empty() {
            p.alert role="alert" id="form-errors" { (t(ctx, lang, "web-form-has-errors")) }
        }
    }
}

/// An `<input>` with its label, the value typed, and the reason if it failed.
pub fn input(
    ctx: &Ctx,
    lang: &str,
    name: &'static str,
    kind: &str,
    label_id: &str,
    value: &str,
    errors: &Errors,
) -> Markup {
    let err = errors.get(name).map(|_| format!("{name}-error"));
    labelled(
        ctx,
        lang,
        name,
        label_id,
        errors,
        html! {
            input id=(name) name=(name) type=(kind) value=(value)
                aria-invalid=[err.as_ref().map(|_| "true")] aria-describedby=[err];
        },
    )
}

/// A control with its label and, if it failed, the reason below it.
pub fn labelled(
    ctx: &Ctx,
    lang: &str,
    name: &'static str,
    label_id: &str,
    errors: &Errors,
    control: Markup,
) -> Markup {
    html! {
        div.field {
            label for=(name) { (t(ctx, lang, label_id)) }
            (control)
            @if let Some(id) = errors.get(name) {
                p.error id={ (name) "-error" } { (t(ctx, lang, id)) }
            }
        }
    }
}

/// The client picker of a form.
pub fn client_select(
    ctx: &Ctx,
    lang: &str,
    clients: &[crate::store::people::Client],
    chosen: &str,
    errors: &Errors,
) -> Markup {
    let err = errors.get("client").map(|_| "client-error");
    labelled(
        ctx,
        lang,
        "client",
        "web-field-client",
        errors,
        html! {
            select id="client" name="client" aria-invalid=[err.map(|_| "true")] aria-describedby=[err] {
                option value="" { "–" }
                @for c in clients {
                    option value=(c.id) selected[chosen == c.id.to_string()] { (c.label) }
                }
            }
        },
    )
}

/// The reason for a date or time that does not work.
pub fn when_error(e: WhenError) -> &'static str {
    match e {
        WhenError::NoSuchTime => "web-error-no-such-time",
        WhenError::InPast => "when-in-past",
        _ => "web-error-date",
    }
}

/// A date (`YYYY-MM-DD`, as a date picker sends it) and time (`HH:MM`) from the fields
/// `date` and `time`; a reason at each field that does not parse.
pub fn date_time(f: &Fields, errors: &mut Errors) -> Option<chrono::NaiveDateTime> {
    let date = chrono::NaiveDate::parse_from_str(value(f, "date"), "%Y-%m-%d").ok();
    if date.is_none() {
        errors.insert("date", "web-error-date");
    }
    let time = chrono::NaiveTime::parse_from_str(value(f, "time"), "%H:%M").ok();
    if time.is_none() {
        errors.insert("time", "web-error-time");
    }
    Some(date?.and_time(time?))
}

//! The administrators' pages: organisations, Gemeinden and scoped administrators, the
//! Integrationsmanager (invite, Gemeinden, deactivation
//! with a successor), local offers per Gemeinde with the languages side by side,
//! the file upload and download, the audit log, and the yearly figures. Every page checks the person is an
//! administrator; what they may see and change is the use cases' [`Scope`], as in the
//! bot. An address outside the scope is answered 403 and audited.
//!
//! [`Scope`]: crate::usecase::offers::Scope

pub mod administrators;
pub mod audit;
pub mod chart;
pub mod edit;
pub mod figures;
pub mod gemeinden;
pub mod manager;
pub mod managers;
pub mod new_offer;
pub mod offers;
pub mod organisations;
pub mod preview;
pub mod upload;

use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::{forbidden, internal};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::web::session::Me;

/// An administrator, or the page to answer with (boxed: a response is large).
pub fn admin(ctx: &Ctx, me: &Me) -> Result<(), Box<Response>> {
    if me.who.is_admin() {
        Ok(())
    } else {
        Err(Box::new(forbidden(ctx, &me.lang)))
    }
}

/// What every post of these pages checks first: the session's CSRF token (else nothing is
/// changed), then that the person is an administrator.
pub fn checked(ctx: &Ctx, me: &Me, f: &super::form::Fields) -> Result<(), Box<Response>> {
    if !super::form::csrf_ok(me, f) {
        return Err(Box::new(super::csrf_refused(ctx, &me.lang)));
    }
    admin(ctx, me)
}

/// Outside the person's scope: audited, then 403.
pub async fn outside(ctx: &Ctx, me: &Me, subject: &str) -> Response {
    match crate::usecase::offers::refused(ctx, &me.who, subject).await {
        Ok(()) => forbidden(ctx, &me.lang),
        Err(e) => internal(ctx, e),
    }
}

/// The fields of a structure form that failed, with their reasons (already in the
/// reader's language).
pub(super) type Marks = std::collections::HashMap<&'static str, String>;

/// What a global-only use case read, or the page to answer with: 403 if it refused (the
/// use case audited that), the internal-error page if the store failed.
pub(super) fn global_only<T>(
    ctx: &Ctx,
    me: &Me,
    read: Result<Option<T>, crate::store::StoreError>,
) -> Result<T, Box<Response>> {
    match read {
        Ok(Some(rows)) => Ok(rows),
        Ok(None) => Err(Box::new(forbidden(ctx, &me.lang))),
        Err(e) => Err(Box::new(internal(ctx, e))),
    }
}

/// The notice a structure list shows after a post redirected to it (`?added=1` …).
pub(super) fn notice<'a>(
    q: &std::collections::HashMap<String, String>,
    keys: &[&'a str],
) -> Option<&'a str> {
    keys.iter().copied().find(|k| q.contains_key(*k))
}

/// A structure page: 422 with "please check the marked fields" above `form` when a field
/// failed; `list` first.
pub(super) fn marked_page(
    ctx: &Ctx,
    me: &Me,
    title_id: &str,
    marks: &Marks,
    list: maud::Markup,
    form: maud::Markup,
) -> Response {
    let lang = me.lang.as_str();
    let body = maud::html! {
        (list)
        @if !marks.is_empty() {
            p.alert role="alert" id="form-errors" { (super::t(ctx, lang, "web-form-has-errors")) }
        }
        (form)
    };
    let status = if marks.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    super::Page::new(ctx, lang, title_id)
        .status(status)
        .render(Some(me), body)
}

/// The reason a field failed, below it.
pub(super) fn reason(name: &str, mark: Option<&str>) -> maud::Markup {
    maud::html! {
        @if let Some(reason) = mark {
            p.error id={ (name) "-error" } { (maud::PreEscaped(reason)) }
        }
    }
}

/// A labelled text input of the structure pages, with what was typed and, if it failed,
/// the reason below it.
pub(super) fn marked_input(
    ctx: &Ctx,
    lang: &str,
    name: &str,
    label_id: &str,
    value: &str,
    mark: Option<&str>,
) -> maud::Markup {
    let err = mark.map(|_| format!("{name}-error"));
    maud::html! {
        div.field {
            label for=(name) { (super::t(ctx, lang, label_id)) }
            input id=(name) name=(name) type="text" value=(value)
                aria-invalid=[err.as_ref().map(|_| "true")] aria-describedby=[err.as_deref()];
            (reason(name, mark))
        }
    }
}

/// A name's problem as the structure pages say it (the text names
/// [`MAX_NAME`](crate::usecase::structure::MAX_NAME)).
pub(super) fn name_reason(ctx: &Ctx, lang: &str) -> String {
    ctx.texts.t(lang, "web-admin-error-place-name")
}

/// The languages an offer page shows side by side: German first, then the offered ones.
pub fn languages(ctx: &Ctx) -> Vec<String> {
    let mut out = vec![crate::domain::offer::REFERENCE.to_owned()];
    for l in &ctx.config.locales.offered {
        if !out.contains(l) {
            out.push(l.clone());
        }
    }
    out
}

/// A language as shown to the reader ("العربية (Arabisch)").
pub fn language_name(ctx: &Ctx, lang: &str, code: &str) -> String {
    ctx.texts.language_for(code, lang)
}

/// A file to download: its type, its name, its text.
pub fn attachment(kind: &str, name: &str, body: impl IntoResponse) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// A domain problem in the reader's language: the editor's field reasons and the upload
/// page's problems say it with the same words.
pub(super) fn problem_text(ctx: &Ctx, lang: &str, p: &crate::domain::offer::Problem) -> String {
    let max = match p {
        crate::domain::offer::Problem::TooLong(n) => *n as f64,
        _ => 0.0,
    };
    ctx.texts.t_with(
        lang,
        p.msg_id(),
        &[("max", Arg::Number(max)), ("clear", Arg::text(""))],
    )
}

//! The pages, and what they share: the frame around every page, texts from `locales/`
//! (`web-…`), and the error pages.

pub mod admin;
pub mod announce;
pub mod announce_audience;
pub mod appointment;
pub mod caseload;
pub mod change;
pub mod client;
pub mod client_actions;
pub mod deadline;
pub mod form;
pub mod invite;
pub mod joins;
pub mod tables;
pub mod today;
pub mod week;

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::session::Me;
use crate::bot::Ctx;
use crate::i18n::Arg;

/// A text in `lang`. Fluent's output is the bot's HTML subset with every argument
/// escaped, so it goes into the page as it is.
pub fn t(ctx: &Ctx, lang: &str, id: &str) -> PreEscaped<String> {
    PreEscaped(ctx.texts.t(lang, id))
}

pub fn t_with(ctx: &Ctx, lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> PreEscaped<String> {
    PreEscaped(ctx.texts.t_with(lang, id, args))
}

/// The frame of a page: title, navigation when signed in, the content.
pub struct Page<'a> {
    ctx: &'a Ctx,
    lang: &'a str,
    title: String,
    status: StatusCode,
}

impl<'a> Page<'a> {
    pub fn new(ctx: &'a Ctx, lang: &'a str, title_id: &str) -> Self {
        Page {
            ctx,
            lang,
            title: ctx.texts.t(lang, title_id),
            status: StatusCode::OK,
        }
    }

    /// Adds a name to the title (a client's label), escaped.
    pub fn subtitle(&mut self, name: &str) {
        self.title = format!("{}: {}", self.title, crate::i18n::markup::escape(name));
    }

    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    pub fn render(self, me: Option<&Me>, body: Markup) -> Response {
        let (ctx, lang) = (self.ctx, self.lang);
        let dir = if crate::i18n::markup::is_rtl(lang) {
            "rtl"
        } else {
            "ltr"
        };
        let page = html! {
            (DOCTYPE)
            html lang=(lang) dir=(dir) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (PreEscaped(&self.title)) " · Wegweiser" }
                    link rel="stylesheet" href="/static/style.css";
                }
                body {
                    a.skip href="#main" { (t(ctx, lang, "web-skip-to-content")) }
                    header {
                        span.brand { "Wegweiser" }
                        @if let Some(me) = me {
                            nav aria-label=(ctx.texts.t(lang, "web-nav-label")) {
                                @if me.who.active_manager().is_some() {
                                    a href="/" { (t(ctx, lang, "web-nav-today")) }
                                    a href="/week" { (t(ctx, lang, "web-nav-week")) }
                                    a href="/clients" { (t(ctx, lang, "web-nav-caseload")) }
                                    a href="/joins" { (t(ctx, lang, "web-nav-joins")) }
                                    a href="/appointments/new" { (t(ctx, lang, "web-nav-plan")) }
                                    a href="/announcements" { (t(ctx, lang, "web-nav-announce")) }
                                }
                                @if me.who.is_admin() {
                                    @if me.who.global_admin {
                                        a href="/admin/organisations" { (t(ctx, lang, "web-admin-nav-organisations")) }
                                    }
                                    a href="/admin/gemeinden" { (t(ctx, lang, "web-admin-nav-gemeinden")) }
                                    @if me.who.global_admin {
                                        a href="/admin/administrators" { (t(ctx, lang, "web-admin-nav-administrators")) }
                                    }
                                    a href="/admin/managers" { (t(ctx, lang, "web-admin-nav-managers")) }
                                    a href="/admin/offers" { (t(ctx, lang, "web-admin-nav-offers")) }
                                    a href="/admin/offers/upload" { (t(ctx, lang, "web-admin-nav-upload")) }
                                    a href="/admin/audit" { (t(ctx, lang, "web-admin-nav-audit")) }
                                    a href="/admin/figures" { (t(ctx, lang, "web-admin-nav-figures")) }
                                    // A manager has the link above already.
                                    @if me.who.active_manager().is_none() {
                                        a href="/announcements" { (t(ctx, lang, "web-nav-announce")) }
                                    }
                                }
                            }
                            form.inline method="post" action="/sign-out" {
                                (super::csrf::field(&me.csrf))
                                button type="submit" id="sign-out" { (t(ctx, lang, "web-sign-out")) }
                            }
                            form.inline method="post" action="/sign-out-everywhere" {
                                (super::csrf::field(&me.csrf))
                                button.secondary type="submit" id="sign-out-everywhere" {
                                    (t(ctx, lang, "web-sign-out-everywhere"))
                                }
                            }
                        }
                    }
                    main id="main" {
                        h1 { (PreEscaped(&self.title)) }
                        (body)
                    }
                }
            }
        };
        (self.status, Html(page.into_string())).into_response()
    }
}

/// An error page in the person's language: only the reason, never details.
pub fn error(ctx: &Ctx, lang: &str, status: StatusCode, id: &str) -> Response {
    let body = html! {
        p id="error" { (t(ctx, lang, id)) }
        p { a href="/" { (t(ctx, lang, "web-back-to-today")) } }
    };
    Page::new(ctx, lang, "web-error-title")
        .status(status)
        .render(None, body)
}

/// A store failure: logged without details of the person, answered with a plain page.
pub fn internal(ctx: &Ctx, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "web request failed");
    let lang = ctx.config.locales.default.clone();
    error(
        ctx,
        &lang,
        StatusCode::INTERNAL_SERVER_ERROR,
        "web-internal-error",
    )
}

/// A post without the session's CSRF token: refused, nothing changed.
pub fn csrf_refused(ctx: &Ctx, lang: &str) -> Response {
    error(ctx, lang, StatusCode::FORBIDDEN, "web-csrf-refused")
}

pub fn forbidden(ctx: &Ctx, lang: &str) -> Response {
    error(ctx, lang, StatusCode::FORBIDDEN, "web-forbidden")
}

/// Any other address: 404 in the person's language (signed out: the browser's
/// `Accept-Language`, else German).
pub async fn not_found(
    axum::extract::State(ctx): axum::extract::State<super::State>,
    headers: axum::http::HeaderMap,
) -> Response {
    let lang = super::session::language(&ctx, &headers).await;
    error(&ctx, &lang, StatusCode::NOT_FOUND, "web-not-found")
}

/// A local date and time in the person's language (ICU4X, as the bot writes it).
pub fn when(lang: &str, at: chrono::DateTime<chrono::Utc>, tz: &str) -> String {
    let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::Europe::Berlin);
    crate::i18n::format::date_time(lang, at.with_timezone(&tz).naive_local())
}

/// An appointment's topic: a preset in the person's language, or the free text.
pub fn topic(ctx: &Ctx, lang: &str, stored: &str) -> Markup {
    use crate::domain::appointment::Topic;
    match Topic::from_stored(stored) {
        Topic::Preset(k) => t(ctx, lang, &crate::delivery::agenda::topic_id(k)),
        Topic::Free(s) => html! { (s) },
    }
}

/// The client's answer or the outcome: "kommt", "kommt nicht", open; attended, missed.
pub fn answer(ctx: &Ctx, lang: &str, a: &crate::store::agenda::Appointment) -> Markup {
    let id = match (a.status.as_str(), a.answer.as_deref()) {
        ("attended", _) => "followup-attended",
        ("missed", _) => "followup-missed",
        ("cancelled", _) => "web-cancelled",
        (_, Some("yes")) => "answer-yes",
        (_, Some("no")) => "answer-no",
        _ => "answer-none",
    };
    t(ctx, lang, id)
}

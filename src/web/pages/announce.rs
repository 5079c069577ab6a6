//! Announcements in the workplace — the use case of the bot's `/broadcast` and
//! `/broadcasts` (`usecase::broadcasts`): compose (audience with its recipients, a
//! language filter, the German text and translations), a preview per language exactly as
//! received, send now or at a time; the scheduled ones with cancel; the report of a sent
//! one, refreshed (a `<meta refresh>`, no script) while it is being sent.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, PreEscaped, html};

use super::announce_audience::{audience_of_key, key};
use super::form::{Errors, Fields, Signed, value};
use super::{Page, internal, t, t_with};
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::store::broadcasts::Audience;
use crate::store::people::Actor;
use crate::usecase::broadcasts::{self as usecase, Choice, Draft, MAX_TEXT, SendError, TextError};
use crate::web::csrf;
use crate::web::session::Me;

/// Seconds between refreshes of a report while it is being sent.
const REFRESH: u32 = 2;

/// 403 for someone who may not announce (managers and administrators may, to the
/// audiences the use case allows them).
fn not_composer(ctx: &Ctx, me: &Me) -> Option<Response> {
    (!usecase::may_compose(&me.who)).then(|| super::forbidden(ctx, &me.lang))
}

/// The languages a text or a filter may be in: the offered ones, German first.
fn languages(ctx: &Ctx) -> Vec<String> {
    let reference = crate::domain::offer::REFERENCE;
    let mut out = vec![reference.to_owned()];
    out.extend(
        ctx.config
            .locales
            .offered
            .iter()
            .filter(|l| l.as_str() != reference)
            .cloned(),
    );
    out
}

/// `GET /announcements`: compose, the scheduled ones, the sent ones.
pub async fn page(State(ctx): State<crate::web::State>, me: Me) -> Response {
    if let Some(page) = not_composer(&ctx, &me) {
        return page;
    }
    render(
        &ctx,
        &me,
        &Fields::new(),
        &Errors::new(),
        &BTreeMap::new(),
        StatusCode::OK,
    )
    .await
}

/// What the form holds, or the reasons at its fields.
struct Parsed {
    draft: Draft,
    at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The reason at a text field, with its length when too long.
type TextErrors = BTreeMap<String, TextError>;

/// The form as [`parse`] reads it, or the page to answer with: the form again with its
/// reasons (422), 403 for an audience not offered to the person (a forged post: audited),
/// or the error page.
async fn parsed(
    ctx: &Ctx,
    me: &Me,
    f: &Fields,
    errors: &mut Errors,
    text_errors: &mut TextErrors,
) -> Result<Parsed, Response> {
    if let Some(page) = not_composer(ctx, me) {
        return Err(page);
    }
    let choices = usecase::audiences(ctx, &me.who)
        .await
        .map_err(|e| internal(ctx, e))?;
    let chosen = choices
        .iter()
        .find(|c| key(&c.audience) == value(f, "audience"));
    if chosen.is_none()
        && let Some(audience) = audience_of_key(value(f, "audience"))
    {
        return Err(match usecase::refuse(ctx, &me.who, &audience).await {
            Ok(()) => super::forbidden(ctx, &me.lang),
            Err(e) => internal(ctx, e),
        });
    }
    match parse(ctx, chosen, f, errors, text_errors) {
        Some(p) => Ok(p),
        None => Err(render(
            ctx,
            me,
            f,
            errors,
            text_errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await),
    }
}

fn parse(
    ctx: &Ctx,
    chosen: Option<&Choice>,
    f: &Fields,
    errors: &mut Errors,
    text_errors: &mut TextErrors,
) -> Option<Parsed> {
    if chosen.is_none() {
        errors.insert("audience", "web-error-audience");
    }
    let all = languages(ctx);
    let filter: Vec<String> = all
        .iter()
        .filter(|l| !value(f, &format!("only-{l}")).is_empty())
        .cloned()
        .collect();
    let mut texts = BTreeMap::new();
    for lang in &all {
        let typed = value(f, &format!("text-{lang}"));
        if typed.is_empty() && lang != crate::domain::offer::REFERENCE {
            continue;
        }
        match usecase::check_text(Some(typed)) {
            Ok(text) => {
                texts.insert(lang.clone(), text);
            }
            Err(e) => {
                text_errors.insert(lang.clone(), e);
            }
        }
    }
    let mut at = None;
    if (!value(f, "date").is_empty() || !value(f, "time").is_empty())
        && let Some(local) = super::form::date_time(f, errors)
    {
        match usecase::send_at(ctx, local) {
            Ok(instant) => at = Some(instant),
            Err(e) => {
                errors.insert("date", super::form::when_error(e));
            }
        }
    }
    let chosen = chosen?;
    if !errors.is_empty() || !text_errors.is_empty() {
        return None;
    }
    Some(Parsed {
        draft: Draft {
            audience: Audience {
                languages: filter,
                ..chosen.audience.clone()
            },
            texts,
        },
        at,
    })
}

/// `POST /announcements/preview`: each language that goes out, exactly as its readers
/// get it; then send (now or at the time given) or change.
pub async fn preview(State(ctx): State<crate::web::State>, Signed { me, f }: Signed) -> Response {
    let (mut errors, mut text_errors) = (Errors::new(), TextErrors::new());
    let parsed = match parsed(&ctx, &me, &f, &mut errors, &mut text_errors).await {
        Ok(p) => p,
        Err(page) => return page,
    };
    let previews = match usecase::preview(&ctx, &me.who, &parsed.draft).await {
        Ok(p) => p,
        Err(e) => return internal(&ctx, e),
    };
    if previews.is_empty() {
        errors.insert("audience", "broadcast-audience-empty");
        return render(
            &ctx,
            &me,
            &f,
            &errors,
            &text_errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let lang = me.lang.as_str();
    let total: i64 = previews.iter().map(|(_, n, _)| n).sum();
    let body = html! {
        @for (l, n, message) in &previews {
            section.preview id={ "preview-" (l) } {
                h2 {
                    (t_with(&ctx, lang, "broadcast-preview-heading", &[
                        ("language", Arg::text(ctx.texts.language_for(l, lang))),
                        ("count", Arg::from(*n)),
                    ]))
                }
                // Telegram's HTML, every typed text escaped by the renderer; only Telegram's
                // tags pass into the page (as in the offer editor's preview).
                div.message lang=(l) dir=(if crate::i18n::markup::is_rtl(l) { "rtl" } else { "ltr" }) {
                    (PreEscaped(crate::web::telegram_html::to_page(message)))
                }
            }
        }
        p id="preview-total" {
            (t_with(&ctx, lang, "web-announce-preview-total", &[("count", Arg::from(total))]))
        }
        @if let Some(at) = parsed.at {
            p id="preview-when" {
                (t_with(&ctx, lang, "web-announce-preview-when", &[
                    ("when", Arg::text(super::when(lang, at, ctx.config.time_zone.name()))),
                ]))
            }
        }
        form method="post" action="/announcements" {
            (csrf::field(&me.csrf))
            (hidden(&f))
            button type="submit" id="send" name="go" value="send" {
                @if parsed.at.is_some() {
                    (t(&ctx, lang, "web-announce-schedule"))
                } @else {
                    (t(&ctx, lang, "web-announce-send-now"))
                }
            }
            " "
            button.secondary type="submit" id="change" name="go" value="change" {
                (t(&ctx, lang, "web-announce-change"))
            }
        }
    };
    Page::new(&ctx, lang, "web-announce-preview-title").render(Some(&me), body)
}

/// The typed fields again, to send after the preview.
fn hidden(f: &Fields) -> Markup {
    let mut fields: Vec<_> = f
        .iter()
        .filter(|(k, _)| k.as_str() != "csrf" && k.as_str() != "go")
        .collect();
    fields.sort();
    html! {
        @for (k, v) in fields {
            input type="hidden" name=(k) value=(v);
        }
    }
}

/// `POST /announcements`: sent now (to its report) or scheduled (to the list); "change"
/// goes back to the form with everything typed.
pub async fn send(State(ctx): State<crate::web::State>, Signed { me, f }: Signed) -> Response {
    let (mut errors, mut text_errors) = (Errors::new(), TextErrors::new());
    if let Some(page) = not_composer(&ctx, &me) {
        return page;
    }
    if value(&f, "go") == "change" {
        return render(&ctx, &me, &f, &errors, &text_errors, StatusCode::OK).await;
    }
    let parsed = match parsed(&ctx, &me, &f, &mut errors, &mut text_errors).await {
        Ok(p) => p,
        Err(page) => return page,
    };
    let actor = Actor::Telegram(me.telegram_id());
    match usecase::send(&ctx, &me.who, &parsed.draft, parsed.at, actor).await {
        Ok(sent) if parsed.at.is_none() => {
            Redirect::to(&format!("/announcements/{}", sent.id)).into_response()
        }
        Ok(_) => Redirect::to("/announcements#scheduled").into_response(),
        Err(SendError::Store(e)) => internal(&ctx, e),
        Err(SendError::NotAllowed) => super::forbidden(&ctx, &me.lang),
        Err(e) => {
            match e {
                SendError::NoRecipients => {
                    errors.insert("audience", "broadcast-audience-empty");
                }
                SendError::InPast => {
                    errors.insert("date", "when-in-past");
                }
                SendError::Text(l, e) => {
                    text_errors.insert(l, e);
                }
                _ => {}
            }
            render(
                &ctx,
                &me,
                &f,
                &errors,
                &text_errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `POST /announcements/{id}/cancel`.
pub async fn cancel(
    State(ctx): State<crate::web::State>,
    Path(id): Path<i64>,
    Signed { me, .. }: Signed,
) -> Response {
    if let Some(page) = not_composer(&ctx, &me) {
        return page;
    }
    let actor = Actor::Telegram(me.telegram_id());
    match usecase::cancel(&ctx, &me.who, id, actor).await {
        Ok(usecase::Cancel::Done(_)) => Redirect::to("/announcements#scheduled").into_response(),
        Ok(usecase::Cancel::Started) => super::error(
            &ctx,
            &me.lang,
            StatusCode::CONFLICT,
            "broadcast-already-started",
        ),
        Ok(usecase::Cancel::Stale) => {
            super::error(&ctx, &me.lang, StatusCode::CONFLICT, "web-announce-stale")
        }
        Err(e) => internal(&ctx, e),
    }
}

/// `GET /announcements/{id}`: the report, refreshed every few seconds until done.
pub async fn report(State(ctx): State<crate::web::State>, Path(id): Path<i64>, me: Me) -> Response {
    let lang = me.lang.as_str();
    let r = match usecase::report(&ctx, &me.who, id).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::error(&ctx, lang, StatusCode::NOT_FOUND, "web-not-found"),
        Err(e) => return internal(&ctx, e),
    };
    let audience = match usecase::audience_text(&ctx, lang, &r.broadcast).await {
        Ok(a) => a,
        Err(e) => return internal(&ctx, e),
    };
    let p = r.progress;
    let total = r.total().max(r.settled());
    let sending = !r.done() && r.broadcast.status != "cancelled";
    let tz = ctx.config.time_zone.name();
    let body = html! {
        @if sending {
            meta http-equiv="refresh" content=(REFRESH);
        }
        p id="report-audience" { (PreEscaped(&audience)) }
        p id="report-when" { (super::when(lang, r.broadcast.send_at, tz)) }
        @if r.broadcast.status == "scheduled" {
            p id="report-status" { (t(&ctx, lang, "web-announce-status-scheduled")) }
        } @else if r.broadcast.status == "cancelled" {
            p id="report-status" { (t(&ctx, lang, "web-announce-status-cancelled")) }
        } @else {
            div.field {
                label for="progress" { (t(&ctx, lang, "web-announce-progress-label")) }
                progress id="progress" max=(total.max(1)) value=(r.settled()) {
                    (r.settled()) " / " (total)
                }
            }
            p id="report-status" role="status" {
                @if r.done() {
                    (t(&ctx, lang, "web-announce-status-done"))
                } @else {
                    (t_with(&ctx, lang, "web-announce-status-sending", &[
                        ("settled", Arg::from(r.settled())),
                        ("total", Arg::from(total)),
                    ]))
                }
            }
            dl id="report-figures" {
                dt { (t(&ctx, lang, "web-announce-total")) }
                dd id="report-total" { (total) }
                dt { (t(&ctx, lang, "web-announce-delivered")) }
                dd id="report-sent" { (p.sent) }
                dt { (t(&ctx, lang, "web-announce-pending")) }
                dd id="report-pending" { (p.pending) }
                dt { (t(&ctx, lang, "web-announce-failed")) }
                dd id="report-failed" { (p.failed) }
                dt { (t(&ctx, lang, "web-announce-unknown")) }
                dd id="report-unknown" { (p.unknown) }
                dt { (t(&ctx, lang, "web-announce-dropped")) }
                dd id="report-dropped" { (p.dropped) }
            }
            @if !r.unreached.is_empty() {
                h2 { (t(&ctx, lang, "web-announce-unreached")) }
                ul id="report-unreached" {
                    @for label in &r.unreached {
                        li { (label) }
                    }
                }
            }
        }
        p { a href="/announcements" { (t(&ctx, lang, "web-announce-back")) } }
    };
    Page::new(&ctx, lang, "web-announce-report-title").render(Some(&me), body)
}

async fn render(
    ctx: &Ctx,
    me: &Me,
    v: &Fields,
    errors: &Errors,
    text_errors: &TextErrors,
    status: StatusCode,
) -> Response {
    let lang = me.lang.as_str();
    let (choices, scheduled, sent) = match load(ctx, me).await {
        Ok(x) => x,
        Err(e) => return internal(ctx, e),
    };
    let tz = ctx.config.time_zone.name();
    let all = languages(ctx);
    let chosen = value(v, "audience");
    let checked = |k: &str| !value(v, k).is_empty();
    let body = html! {
        h2 id="compose" { (t(ctx, lang, "web-announce-new")) }
        (super::form::summary(ctx, lang, &{
            let mut e = errors.clone();
            if !text_errors.is_empty() { e.insert("text", "web-form-has-errors"); }
            e
        }))
        form method="post" action="/announcements/preview" novalidate {
            (csrf::field(&me.csrf))
            (super::announce_audience::picker(ctx, lang, &choices, chosen, errors))
            fieldset id="only" {
                legend { (t(ctx, lang, "web-field-only")) }
                @for l in &all {
                    span {
                        input type="checkbox" name={ "only-" (l) } id={ "only-" (l) } value="1"
                            checked[checked(&format!("only-{l}"))];
                        " "
                        label for={ "only-" (l) } { (ctx.texts.language_for(l, lang)) }
                        " "
                    }
                }
            }
            @for l in &all {
                @let name = format!("text-{l}");
                @let err = text_errors.get(l);
                div.field {
                    label for=(name) {
                        @if l == crate::domain::offer::REFERENCE {
                            (t_with(ctx, lang, "web-field-text-german", &[("max", Arg::from(MAX_TEXT as i64))]))
                        } @else {
                            (t_with(ctx, lang, "web-field-text-translation", &[
                                ("language", Arg::text(ctx.texts.language_for(l, lang))),
                            ]))
                        }
                    }
                    textarea id=(name) name=(name) rows=(if l == "de" { 6 } else { 3 })
                        lang=(l) dir=(if crate::i18n::markup::is_rtl(l) { "rtl" } else { "auto" })
                        aria-invalid=[err.map(|_| "true")]
                        aria-describedby=[err.map(|_| format!("{name}-error"))] {
                        (value(v, &name))
                    }
                    @if let Some(e) = err {
                        p.error id={ (name) "-error" } {
                            (t_with(ctx, lang, e.id(), &[
                                ("max", Arg::from(MAX_TEXT as i64)),
                                ("length", Arg::from(e.length() as i64)),
                            ]))
                        }
                    }
                }
            }
            p { (t(ctx, lang, "web-announce-when-hint")) }
            (super::form::input(ctx, lang, "date", "date", "web-field-date", value(v, "date"), errors))
            (super::form::input(ctx, lang, "time", "time", "web-field-time", value(v, "time"), errors))
            button type="submit" id="preview" { (t(ctx, lang, "web-announce-preview")) }
        }
        h2 id="scheduled" { (t(ctx, lang, "web-announce-scheduled")) }
        @if scheduled.is_empty() {
            p id="scheduled-none" { (t(ctx, lang, "web-announce-scheduled-none")) }
        } @else {
            ul id="scheduled-list" {
                @for (s, audience) in &scheduled {
                    li {
                        (super::when(lang, s.broadcast.send_at, tz)) " · " (PreEscaped(audience))
                        " · " (s.recipients) " "
                        form.inline method="post" action={ "/announcements/" (s.broadcast.id) "/cancel" } {
                            (csrf::field(&me.csrf))
                            button.secondary type="submit" id={ "cancel-" (s.broadcast.id) } {
                                (t(ctx, lang, "web-announce-cancel"))
                            }
                        }
                    }
                }
            }
        }
        h2 id="sent" { (t(ctx, lang, "web-announce-sent")) }
        @if sent.is_empty() {
            p id="sent-none" { (t(ctx, lang, "web-announce-sent-none")) }
        } @else {
            ul id="sent-list" {
                @for (b, audience) in &sent {
                    li {
                        a href={ "/announcements/" (b.id) } {
                            (super::when(lang, b.send_at, tz))
                        }
                        " · " (PreEscaped(audience)) " · " (b.recipients)
                    }
                }
            }
        }
    };
    Page::new(ctx, lang, "web-announce-title")
        .status(status)
        .render(Some(me), body)
}

type Loaded = (
    Vec<Choice>,
    Vec<(usecase::Scheduled, String)>,
    Vec<(crate::store::broadcasts::Broadcast, String)>,
);

async fn load(ctx: &Ctx, me: &Me) -> Result<Loaded, crate::store::StoreError> {
    let lang = me.lang.as_str();
    let choices = usecase::audiences(ctx, &me.who).await?;
    let mut scheduled = vec![];
    for s in usecase::scheduled(ctx, &me.who).await? {
        let a = usecase::audience_text(ctx, lang, &s.broadcast).await?;
        scheduled.push((s, a));
    }
    let mut sent = vec![];
    for b in usecase::sent(ctx, &me.who).await? {
        let a = usecase::audience_text(ctx, lang, &b).await?;
        sent.push((b, a));
    }
    Ok((choices, scheduled, sent))
}

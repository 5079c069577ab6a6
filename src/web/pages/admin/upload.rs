//! The file of offers, in the browser: `GET /admin/offers/upload` asks for a TOML or CSV
//! file; `POST` checks it as `wegweiser offers import --dry-run` does (the use case
//! [`offer_file`]) and shows every problem with its line, or what would change and an
//! "import" button; `POST /admin/offers/import` checks again and saves all or nothing.
//! `GET /admin/offers/export.csv` and `.toml` download the offers the person may change.
//!
//! [`offer_file`]: crate::usecase::offer_file

use axum::extract::{Form, Multipart, State};
use axum::response::Response;
use base64::Engine;
use maud::{Markup, html};

use super::super::form::{Fields, value};
use super::super::tables::head;
use super::super::{Page, csrf_refused, error, internal, t, t_with};
use super::admin;
use crate::bot::Ctx;
use crate::i18n::Arg;
use crate::store::offers::Saved;
use crate::store::people::Actor;
use crate::usecase::offer_file::{self, FileFormat, OffersError, Reason};
use crate::usecase::offers::Scope;
use crate::web::session::Me;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

fn form(ctx: &Ctx, me: &Me) -> Markup {
    let lang = me.lang.as_str();
    html! {
        form method="post" action="/admin/offers/upload" enctype="multipart/form-data" {
            (crate::web::csrf::field(&me.csrf))
            div.field {
                label for="file" { (t(ctx, lang, "web-admin-upload-file")) }
                input id="file" name="file" type="file" accept=".csv,.toml" required;
            }
            button type="submit" id="check" { (t(ctx, lang, "web-admin-upload-check")) }
        }
        h2 { (t(ctx, lang, "web-admin-export")) }
        p.actions {
            a.button.secondary id="export-csv" href="/admin/offers/export.csv" download { "CSV" }
            a.button.secondary id="export-toml" href="/admin/offers/export.toml" download { "TOML" }
        }
    }
}

/// A request whose file cannot be read: 400, nothing imported.
fn unreadable(ctx: &Ctx, me: &Me) -> Response {
    error(
        ctx,
        &me.lang,
        axum::http::StatusCode::BAD_REQUEST,
        "web-admin-upload-unreadable",
    )
}

pub async fn page(State(ctx): State<crate::web::State>, me: Me) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    let body = html! {
        p { (t(&ctx, &me.lang, "web-admin-upload-intro")) }
        (form(&ctx, &me))
    };
    Page::new(&ctx, &me.lang, "web-admin-upload-title").render(Some(&me), body)
}

/// `POST /admin/offers/upload`: the dry run.
pub async fn check(State(ctx): State<crate::web::State>, me: Me, mut parts: Multipart) -> Response {
    if let Err(r) = admin(&ctx, &me) {
        return *r;
    }
    let (mut csrf, mut name, mut bytes) = (None, String::new(), Vec::new());
    loop {
        match parts.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("csrf") => csrf = field.text().await.ok(),
                Some("file") => {
                    name = field.file_name().unwrap_or_default().to_owned();
                    match field.bytes().await {
                        Ok(b) => bytes = b.to_vec(),
                        Err(_) => {
                            return unreadable(&ctx, &me);
                        }
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            Err(_) => {
                return unreadable(&ctx, &me);
            }
        }
    }
    if !crate::web::csrf::valid(&me.csrf, csrf.as_deref()) {
        return csrf_refused(&ctx, &me.lang);
    }
    run(&ctx, &me, &name, &bytes, true).await
}

/// `POST /admin/offers/import`: the file again (from the dry run's page), saved.
pub async fn import(
    State(ctx): State<crate::web::State>,
    me: Me,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = super::checked(&ctx, &me, &f) {
        return *r;
    }
    let Ok(bytes) = B64.decode(value(&f, "content")) else {
        return unreadable(&ctx, &me);
    };
    run(&ctx, &me, value(&f, "name"), &bytes, false).await
}

async fn run(ctx: &Ctx, me: &Me, name: &str, bytes: &[u8], dry_run: bool) -> Response {
    let lang = me.lang.as_str();
    let Some(format) = FileFormat::of(std::path::Path::new(name)) else {
        let body = html! {
            p.alert role="alert" id="upload-error" { (t(ctx, lang, "web-admin-upload-format")) }
            (form(ctx, me))
        };
        return Page::new(ctx, lang, "web-admin-upload-title").render(Some(me), body);
    };
    let scope = match Scope::of(ctx, &me.who).await {
        Ok(s) => s,
        Err(e) => return internal(ctx, e),
    };
    let checked = offer_file::checked_offers(&*ctx.store, name, format, bytes, &scope).await;
    let outcome = match checked {
        Err(OffersError::Rejected(r)) => {
            tracing::info!(user = %crate::logid::of(me.telegram_id()), problems = r.problems.len(), "offer file refused");
            rejected(ctx, lang, &r)
        }
        Err(
            e @ (OffersError::NoOffers { .. }
            | OffersError::Conflict { .. }
            | OffersError::Input(_)),
        ) => failed(ctx, lang, &e),
        Err(OffersError::Store(e)) => return internal(ctx, e),
        Ok(offers) if dry_run => match offer_file::plan(&*ctx.store, &offers).await {
            Ok(plan) => html! {
                p id="plan" role="status" {
                    (t_with(ctx, lang, "web-admin-upload-plan", &[
                        ("create", Arg::from(plan.create.len())),
                        ("update", Arg::from(plan.update.len())),
                        ("same", Arg::from(plan.same)),
                    ]))
                }
                @if !plan.create.is_empty() { p { (t(ctx, lang, "web-admin-upload-create")) ": " code { (plan.create.join(", ")) } } }
                @if !plan.update.is_empty() { p { (t(ctx, lang, "web-admin-upload-update")) ": " code { (plan.update.join(", ")) } } }
                form method="post" action="/admin/offers/import" {
                    (crate::web::csrf::field(&me.csrf))
                    input type="hidden" name="name" value=(name);
                    input type="hidden" name="content" value=(B64.encode(bytes));
                    button type="submit" id="import" { (t(ctx, lang, "web-admin-upload-import")) }
                }
            },
            Err(e) => return internal(ctx, e),
        },
        Ok(offers) => {
            match offer_file::save(
                &*ctx.store,
                name,
                &offers,
                Actor::Telegram(me.telegram_id()),
                ctx.clock.now(),
            )
            .await
            {
                Ok(saved) => {
                    let count = |k| saved.iter().filter(|s| **s == k).count();
                    tracing::info!(user = %crate::logid::of(me.telegram_id()), offers = saved.len(), "offer file imported");
                    html! {
                        p id="imported" role="status" {
                            (t_with(ctx, lang, "web-admin-upload-done", &[
                                ("create", Arg::from(count(Saved::Created))),
                                ("update", Arg::from(count(Saved::Updated))),
                                ("same", Arg::from(count(Saved::Unchanged))),
                            ]))
                        }
                        p { a href="/admin/offers" { (t(ctx, lang, "web-admin-back-to-list")) } }
                    }
                }
                Err(OffersError::Store(e)) => return internal(ctx, e),
                Err(e) => failed(ctx, lang, &e),
            }
        }
    };
    let body = html! {
        p { (t(ctx, lang, "web-admin-upload-file")) ": " strong id="file-name" { (name) } }
        (outcome)
        @if dry_run { h2 { (t(ctx, lang, "web-admin-upload-again")) } (form(ctx, me)) }
    };
    Page::new(ctx, lang, "web-admin-upload-title").render(Some(me), body)
}

/// A file refused as a whole (no offers in it, changed under the import): why, in the
/// reader's language; nothing was imported.
fn failed(ctx: &Ctx, lang: &str, e: &OffersError) -> Markup {
    let why = match e {
        OffersError::NoOffers { format, .. } => Some(t(
            ctx,
            lang,
            match format {
                FileFormat::Toml => "offer-file-no-offers-toml",
                FileFormat::Csv => "offer-file-no-offers-csv",
            },
        )),
        OffersError::Conflict { what, .. } => Some(t(ctx, lang, what.msg_id())),
        _ => None,
    };
    html! {
        p.alert role="alert" id="upload-error" { (t(ctx, lang, "web-admin-upload-nothing")) }
        @match why {
            Some(why) => p id="upload-why" { (why) },
            // Only what the command line can get wrong (never a page's upload).
            None => p id="upload-why" lang="en" { (e.to_string()) },
        }
    }
}

/// Every problem with its line, in the reader's language; nothing was imported.
fn rejected(ctx: &Ctx, lang: &str, r: &offer_file::Rejected) -> Markup {
    html! {
        p.alert role="alert" id="rejected" {
            (t_with(ctx, lang, "web-admin-upload-rejected", &[("count", Arg::from(r.problems.len()))]))
        }
        table id="problems" {
            (head(ctx, lang, &["web-admin-col-line", "web-admin-col-field", "web-admin-col-problem"]))
            tbody {
                @for p in &r.problems {
                    tr {
                        td.line { @if let Some(l) = p.line { (l) } }
                        td.field { @if let Some(f) = &p.field { code { (f) } } }
                        td.problem {
                            @match &p.reason {
                                Reason::Offer(problem) => (maud::PreEscaped(super::problem_text(ctx, lang, problem))),
                                Reason::File(problem) => (maud::PreEscaped(problem.text(&ctx.texts, lang))),
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `GET /admin/offers/export.csv`: the offers this person may change.
pub async fn export_csv(State(ctx): State<crate::web::State>, me: Me) -> Response {
    export(&ctx, &me, FileFormat::Csv).await
}

/// `GET /admin/offers/export.toml`.
pub async fn export_toml(State(ctx): State<crate::web::State>, me: Me) -> Response {
    export(&ctx, &me, FileFormat::Toml).await
}

async fn export(ctx: &Ctx, me: &Me, format: FileFormat) -> Response {
    if let Err(r) = admin(ctx, me) {
        return *r;
    }
    let (scope, all) = match (Scope::of(ctx, &me.who).await, ctx.store.offers().await) {
        (Ok(s), Ok(a)) => (s, a),
        (Err(e), _) | (_, Err(e)) => return internal(ctx, e),
    };
    let offers: Vec<_> = all
        .into_iter()
        .map(|s| s.offer)
        .filter(|o| scope.permits(o))
        .collect();
    let text = match offer_file::render(format, &offers) {
        Ok(t) => t,
        Err(e) => return internal(ctx, e),
    };
    let kind = match format {
        FileFormat::Csv => "text/csv; charset=utf-8",
        FileFormat::Toml => "application/toml; charset=utf-8",
    };
    super::attachment(kind, &format!("offers.{}", format.key()), text)
}

//! `GET/POST /admin/offers/{id}`: every field of an offer, and its texts in the languages
//! side by side — German, the reference, on the left, one column per language, missing
//! ones marked. Saving checks what the file import checks (the use case
//! [`offers::save`]); what fails is marked at its field and nothing is saved. Below the
//! form, the offer as a client sees it in the bot ([`preview`]); "preview with the
//! changes" (`action=preview`) shows the form's state and saves nothing.
//! `POST /admin/offers/{id}/active` (de)activates. [`fields`] is the form, shared with
//! the new offer's page.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};

use super::super::form::{Fields, csrf_ok, value};
use super::super::{Page, csrf_refused, error, internal, t};
use super::preview::{self, Preview};
use super::{admin, language_name, languages, outside};
use crate::bot::Ctx;
use crate::domain::offer::{
    Category, FieldProblem, Offer, OfferText, Problem, REFERENCE, parse_date,
};
use crate::store::offers::StoredOffer;
use crate::store::orgs::Gemeinde;
use crate::usecase::offers::{self, Editable, Saved};
use crate::web::session::Me;

/// The reason (already in the reader's language) per form field.
pub(super) type Marks = HashMap<String, String>;

const TEXTS: [(&str, &str); 3] = [
    ("title", "offer-field-title"),
    ("description", "offer-field-description"),
    ("times", "offer-field-times"),
];

/// The offer if `me` may change it, else the page to answer with (403 is audited).
async fn load(ctx: &Ctx, me: &Me, id: i64) -> Result<StoredOffer, Response> {
    admin(ctx, me).map_err(|r| *r)?;
    match offers::editable(ctx, &me.who, id).await {
        Ok(Editable::Yes(o)) => Ok(*o),
        Ok(Editable::NotYours) => Err(outside(ctx, me, &format!("offer:{id}")).await),
        Ok(Editable::Missing) => Err(error(ctx, &me.lang, StatusCode::NOT_FOUND, "web-not-found")),
        Err(e) => Err(internal(ctx, e)),
    }
}

/// What every post checks first: the session's CSRF token (else nothing is changed),
/// then that `me` may change the offer.
async fn posted(ctx: &Ctx, me: &Me, id: i64, f: &Fields) -> Result<StoredOffer, Response> {
    if !csrf_ok(me, f) {
        return Err(csrf_refused(ctx, &me.lang));
    }
    load(ctx, me, id).await
}

pub async fn page(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    match load(&ctx, &me, id).await {
        Ok(o) => {
            let f = fields_of(&o.offer);
            let view = View {
                stored: &o,
                f: &f,
                marks: &Marks::new(),
                saved: q.contains_key("saved"),
                preview: Preview::new(&ctx, q.get("preview"), &o.offer, false),
            };
            render(&ctx, &me, view)
        }
        Err(r) => r,
    }
}

pub async fn save(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<Fields>,
) -> Response {
    let o = match posted(&ctx, &me, id, &f).await {
        Ok(o) => o,
        Err(r) => return r,
    };
    let (changed, mut problems) = read(&ctx, &o.offer, &f);
    if value(&f, "action") == "preview" {
        // Only shown: what the form would make of the offer, nothing saved.
        let mut shown = changed.normalized();
        shown.external_id = o.offer.external_id.clone();
        let view = View {
            stored: &o,
            f: &f,
            marks: &marks(&ctx, &me.lang, &problems),
            saved: false,
            preview: Preview::new(&ctx, f.get("preview"), &shown, true),
        };
        return render(&ctx, &me, view);
    }
    if problems.is_empty() {
        match offers::save(&ctx, &me.who, id, changed).await {
            Ok(Saved::Done) => {
                return Redirect::to(&format!("/admin/offers/{id}?saved=1")).into_response();
            }
            Ok(Saved::Problems(p)) => problems = p,
            Ok(Saved::NotYours) => return outside(&ctx, &me, &format!("offer:{id}")).await,
            Err(e) => return internal(&ctx, e),
        }
    }
    let view = View {
        stored: &o,
        f: &f,
        marks: &marks(&ctx, &me.lang, &problems),
        saved: false,
        preview: Preview::new(&ctx, f.get("preview"), &o.offer, false),
    };
    render(&ctx, &me, view)
}

pub async fn set_active(
    State(ctx): State<crate::web::State>,
    me: Me,
    Path(id): Path<i64>,
    Form(f): Form<Fields>,
) -> Response {
    if let Err(r) = posted(&ctx, &me, id, &f).await {
        return r;
    }
    match offers::set_active(&ctx, &me.who, id, value(&f, "on") == "1").await {
        Ok(true) => Redirect::to(&format!("/admin/offers/{id}")).into_response(),
        Ok(false) => outside(&ctx, &me, &format!("offer:{id}")).await,
        Err(e) => internal(&ctx, e),
    }
}

/// The form's fields as the offer stands.
fn fields_of(o: &Offer) -> Fields {
    let mut f = Fields::new();
    let mut put = |k: &str, v: String| {
        f.insert(k.to_owned(), v);
    };
    put("category", o.category.key().to_owned());
    put("gemeinden", o.gemeinden.join(" "));
    put("landkreis", o.landkreis.clone().unwrap_or_default());
    put("address", o.address.clone());
    put("phone", o.phone.clone());
    put("email", o.email.clone());
    put("web", o.web.clone());
    put("languages", o.languages.join(" "));
    put("schedule", o.schedule.clone().unwrap_or_default());
    put(
        "valid_from",
        o.valid_from.map(|d| d.to_string()).unwrap_or_default(),
    );
    put(
        "valid_until",
        o.valid_until.map(|d| d.to_string()).unwrap_or_default(),
    );
    for (l, text) in &o.texts {
        put(&format!("title_{l}"), text.title.clone());
        put(&format!("description_{l}"), text.description.clone());
        put(&format!("times_{l}"), text.times.clone());
    }
    f
}

fn list(s: &str) -> Vec<String> {
    crate::usecase::offer_file::split_list(s)
}

/// The offer as the form says; what cannot even be read (a date, a category) as problems.
pub(super) fn read(ctx: &Ctx, stored: &Offer, f: &Fields) -> (Offer, Vec<FieldProblem>) {
    let mut o = stored.clone();
    let mut problems = vec![];
    let mut problem = |field: &str, problem| {
        problems.push(FieldProblem {
            field: field.to_owned(),
            problem,
        })
    };
    match Category::parse(value(f, "category")) {
        Some(c) => o.category = c,
        None => problem(
            "category",
            Problem::UnknownCategory(value(f, "category").to_owned()),
        ),
    }
    o.gemeinden = list(value(f, "gemeinden"));
    o.landkreis = Some(value(f, "landkreis").to_owned());
    o.address = value(f, "address").to_owned();
    o.phone = value(f, "phone").to_owned();
    o.email = value(f, "email").to_owned();
    o.web = value(f, "web").to_owned();
    o.languages = list(value(f, "languages"));
    o.schedule = Some(value(f, "schedule").to_owned());
    for (field, slot) in [
        ("valid_from", &mut o.valid_from),
        ("valid_until", &mut o.valid_until),
    ] {
        let v = value(f, field);
        *slot = if v.is_empty() {
            None
        } else {
            match parse_date(v) {
                Ok(d) => Some(d),
                Err(p) => {
                    problem(field, p);
                    None
                }
            }
        };
    }
    let mut texts = BTreeMap::new();
    for l in text_languages(ctx, stored) {
        texts.insert(
            l.clone(),
            OfferText {
                title: value(f, &format!("title_{l}")).to_owned(),
                description: value(f, &format!("description_{l}")).to_owned(),
                times: value(f, &format!("times_{l}")).to_owned(),
            },
        );
    }
    o.texts = texts;
    (o, problems)
}

/// The columns of the texts: German, the offered languages, and any other the offer has.
pub(super) fn text_languages(ctx: &Ctx, o: &Offer) -> Vec<String> {
    let mut out = languages(ctx);
    for l in o.texts.keys() {
        if !out.contains(l) {
            out.push(l.clone());
        }
    }
    out
}

fn input(
    ctx: &Ctx,
    lang: &str,
    f: &Fields,
    marks: &Marks,
    name: &str,
    kind: &str,
    label: &str,
) -> Markup {
    let err = marks.get(name);
    html! {
        div.field {
            label for=(name) { (t(ctx, lang, label)) }
            input id=(name) name=(name) type=(kind) value=(value(f, name))
                aria-invalid=[err.map(|_| "true")] aria-describedby=[err.map(|_| format!("{name}-error"))];
            @if let Some(e) = err { p.error id={ (name) "-error" } { (maud::PreEscaped(e)) } }
        }
    }
}

/// The texts side by side and every other field, as the form `f` says, with the reasons
/// of `marks` at their fields. `places`: for a new offer, the Gemeinden to choose from (in
/// place of the list of AGS).
pub(super) fn fields(
    ctx: &Ctx,
    lang: &str,
    f: &Fields,
    marks: &Marks,
    langs: &[String],
    places: Option<&[Gemeinde]>,
) -> Markup {
    let german = |kind: &str| value(f, &format!("{kind}_{REFERENCE}")).to_owned();
    let inp = |name: &str, kind: &str, label: &str| input(ctx, lang, f, marks, name, kind, label);
    html! {
        h2 { (t(ctx, lang, "web-admin-texts")) }
        div.side-by-side {
            table id="texts" {
                thead { tr {
                    th scope="col" { }
                    @for l in langs { th scope="col" lang=(l) { (language_name(ctx, lang, l)) } }
                } }
                tbody {
                    @for (kind, label) in TEXTS {
                        tr {
                            th scope="row" { (t(ctx, lang, label)) }
                            @for l in langs {
                                @let name = format!("{kind}_{l}");
                                @let v = value(f, &name);
                                @let missing = v.is_empty() && !german(kind).is_empty() && l != REFERENCE;
                                @let err = marks.get(&name);
                                @let dir = if crate::i18n::markup::is_rtl(l) { "rtl" } else { "ltr" };
                                td class=(if missing { "missing" } else { "" }) {
                                    label.visually-hidden for=(name) { (t(ctx, lang, label)) " (" (l) ")" }
                                    @if kind == "description" {
                                        textarea id=(name) name=(name) lang=(l) dir=(dir) rows="5"
                                            aria-invalid=[err.map(|_| "true")] { (v) }
                                    } @else {
                                        input id=(name) name=(name) lang=(l) dir=(dir) value=(v)
                                            aria-invalid=[err.map(|_| "true")];
                                    }
                                    @if missing { p.missing-note { (t(ctx, lang, "web-admin-missing")) } }
                                    @if let Some(e) = err { p.error id={ (name) "-error" } { (maud::PreEscaped(e)) } }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { (t(ctx, lang, "web-admin-details")) }
        div.field {
            label for="category" { (t(ctx, lang, "web-col-topic")) }
            select id="category" name="category" {
                @for c in Category::ALL {
                    option value=(c.key()) selected[value(f, "category") == c.key()] { (t(ctx, lang, c.msg_id())) }
                }
            }
        }
        @match places {
            Some(places) => {
                @let err = marks.get("gemeinden");
                div.field {
                    label for="gemeinden" { (t(ctx, lang, "web-col-gemeinde")) }
                    select id="gemeinden" name="gemeinden" aria-invalid=[err.map(|_| "true")] {
                        @for g in places {
                            option value=(g.ags) selected[value(f, "gemeinden") == g.ags] { (g.name) }
                        }
                    }
                    @if let Some(e) = err { p.error id="gemeinden-error" { (maud::PreEscaped(e)) } }
                }
            }
            None => (inp("gemeinden", "text", "web-admin-field-gemeinden")),
        }
        (inp("landkreis", "text", "web-admin-field-landkreis"))
        (inp("address", "text", "offer-field-address"))
        (inp("phone", "tel", "offer-field-phone"))
        (inp("email", "text", "offer-field-email"))
        (inp("web", "text", "offer-field-web"))
        (inp("languages", "text", "web-admin-field-languages"))
        (inp("schedule", "text", "offer-field-schedule"))
        (inp("valid_from", "date", "web-admin-field-valid-from"))
        (inp("valid_until", "date", "web-admin-field-valid-until"))
    }
}

/// The problems by form field, in the reader's language.
pub(super) fn marks(ctx: &Ctx, lang: &str, problems: &[FieldProblem]) -> Marks {
    problems
        .iter()
        .map(|p| {
            (
                p.field.replace('.', "_"),
                super::problem_text(ctx, lang, &p.problem),
            )
        })
        .collect()
}

/// 200, or 422 when a field is marked.
pub(super) fn status(marks: &Marks) -> StatusCode {
    if marks.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// What the editor shows of a stored offer: the form `f` (as stored, or as posted), and
/// the preview — of the stored offer, or of the form's unsaved state.
struct View<'a> {
    stored: &'a StoredOffer,
    f: &'a Fields,
    marks: &'a Marks,
    saved: bool,
    preview: Preview,
}

fn render(ctx: &Ctx, me: &Me, v: View<'_>) -> Response {
    let lang = me.lang.as_str();
    let o = v.stored;
    let langs = text_languages(ctx, &o.offer);
    let action = format!("/admin/offers/{}", o.id);
    let body = html! {
        p { (t(ctx, lang, "web-admin-offer-id")) ": " code id="external-id" { (o.offer.external_id) } }
        form.inline method="post" action={ (action) "/active" } {
            (crate::web::csrf::field(&me.csrf))
            @if o.offer.active {
                span id="state" { (t(ctx, lang, "web-admin-active")) } " "
                input type="hidden" name="on" value="0";
                button.secondary type="submit" id="deactivate" { (t(ctx, lang, "web-admin-deactivate")) }
            } @else {
                span id="state" { (t(ctx, lang, "web-admin-inactive")) } " "
                input type="hidden" name="on" value="1";
                button.secondary type="submit" id="activate" { (t(ctx, lang, "web-admin-activate")) }
            }
        }
        @if v.saved {
            p.notice role="status" id="saved" { (t(ctx, lang, "offer-saved")) }
        }
        @if !v.marks.is_empty() {
            p.alert role="alert" id="form-errors" { (t(ctx, lang, "web-form-has-errors")) }
        }
        form method="post" action=(action) {
            (crate::web::csrf::field(&me.csrf))
            (fields(ctx, lang, v.f, v.marks, &langs, None))
            input type="hidden" name="preview" value=(v.preview.lang);
            p.actions {
                button type="submit" id="save" { (t(ctx, lang, "web-admin-save")) }
                " "
                button.secondary type="submit" name="action" value="preview" id="preview-edits" { (t(ctx, lang, "web-admin-preview-edits")) }
            }
        }
        (preview::section(ctx, lang, &action, &v.preview))
        p { a href="/admin/offers" { (t(ctx, lang, "web-admin-back-to-list")) } }
    };
    let mut page = Page::new(ctx, lang, "web-admin-offer-title").status(status(v.marks));
    page.subtitle(o.offer.text_in(REFERENCE).0.title.as_str());
    page.render(Some(me), body)
}

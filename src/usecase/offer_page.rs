//! An offer's page as a client reads it in the bot (Telegram HTML), in their language
//! (German with a note where it is not translated): the bot's offer page and the offer
//! editor's preview in the browser are this one function.

use super::Ctx;
use crate::domain::offer::{Offer, map_link};
use crate::i18n::{Arg, format, markup};

/// One offer's page, in the viewer's language (German with a note when not translated).
pub fn render(ctx: &Ctx, lang: &str, offer: &Offer, admin: bool) -> String {
    let t = &ctx.texts;
    let fields = offer.fields_in(lang);
    let ltr = |s: &str| Arg::markup(markup::ltr(&markup::escape(s)));
    // A field shown in German for a reader of another language says so beside it.
    let mark = |german: bool| {
        if german {
            format!(" <i>{}</i>", t.t(lang, "offer-only-german-mark"))
        } else {
            String::new()
        }
    };
    let mut parts = vec![format!("<b>{}</b>", markup::escape(fields.title.text))];
    // Category names are plain text ("Arbeit & Ausbildung"), not markup.
    parts.push(markup::escape(&t.t(lang, offer.category.msg_id())));
    if !fields.translated {
        parts.push(format!("<i>{}</i>", t.t(lang, "offer-only-german")));
    }
    if admin && !offer.active {
        parts.push(t.t(lang, "offer-detail-inactive"));
    }
    let description = fields.description;
    if !description.text.is_empty() {
        parts.push(format!(
            "\n{}{}",
            markup::escape(description.text),
            mark(description.german)
        ));
    }
    let mut facts = vec![];
    let times = fields.times;
    if !times.text.is_empty() {
        let line = t.t_with(
            lang,
            "offer-detail-times",
            &[("times", Arg::text(times.text))],
        );
        facts.push(format!("{line}{}", mark(times.german)));
    }
    if let Some(next) = offer.next_date(ctx.clock.now(), ctx.config.time_zone) {
        let when = format::date_time(lang, next.naive_local());
        facts.push(t.t_with(lang, "offer-detail-next", &[("when", ltr(&when))]));
    }
    if let Some(until) = offer.valid_until {
        facts.push(t.t_with(
            lang,
            "offer-detail-until",
            &[("date", ltr(&format::date(lang, until)))],
        ));
    }
    if !offer.address.is_empty() {
        facts.push(t.t_with(
            lang,
            "offer-detail-address",
            &[("address", ltr(&offer.address))],
        ));
    }
    if !offer.phone.is_empty() {
        facts.push(t.t_with(lang, "offer-detail-phone", &[("phone", ltr(&offer.phone))]));
    }
    if !offer.email.is_empty() {
        facts.push(t.t_with(lang, "offer-detail-email", &[("email", ltr(&offer.email))]));
    }
    if !offer.web.is_empty() {
        facts.push(t.t_with(lang, "offer-detail-web", &[("web", ltr(&offer.web))]));
    }
    if !offer.languages.is_empty() {
        let names: Vec<String> = offer
            .languages
            .iter()
            .map(|code| {
                if t.has(code) {
                    t.language_name(code)
                } else {
                    code.to_uppercase()
                }
            })
            .collect();
        facts.push(t.t_with(
            lang,
            "offer-detail-languages",
            &[("languages", Arg::text(names.join(", ")))],
        ));
    }
    if let Some(url) = map_link(&offer.address) {
        facts.push(t.t_with(
            lang,
            "offer-detail-map",
            &[("url", Arg::markup(markup::escape(&url)))],
        ));
    }
    if !facts.is_empty() {
        parts.push(format!("\n{}", facts.join("\n")));
    }
    parts.join("\n")
}

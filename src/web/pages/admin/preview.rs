//! The offer editor's preview: the offer's page exactly as the bot shows it to a client
//! in the chosen language ([`offer_page::render`], the bot's own function), its Telegram
//! HTML made safe for the page ([`telegram_html::to_page`]), right to left where the
//! language is written so. `?preview=ar` chooses the language; "preview with the
//! changes" shows the form's unsaved state.
//!
//! [`offer_page::render`]: crate::usecase::offer_page::render
//! [`telegram_html::to_page`]: crate::web::telegram_html::to_page

use maud::{Markup, PreEscaped, html};

use super::super::t;
use super::{language_name, languages};
use crate::bot::Ctx;
use crate::domain::offer::{Offer, REFERENCE};
use crate::i18n::markup::is_rtl;

/// The preview to show: its language and the message, as a client receives it.
pub struct Preview {
    pub lang: String,
    /// The page's HTML of the message.
    message: String,
    /// Whether it shows the form's unsaved state.
    unsaved: bool,
}

impl Preview {
    /// `offer` in language `asked` (one of the bot's, else German).
    pub fn new(ctx: &Ctx, asked: Option<&String>, offer: &Offer, unsaved: bool) -> Self {
        let lang = asked
            .filter(|l| languages(ctx).contains(l))
            .cloned()
            .unwrap_or_else(|| REFERENCE.to_owned());
        let telegram = crate::usecase::offer_page::render(ctx, &lang, offer, false);
        Preview {
            message: crate::web::telegram_html::to_page(&telegram),
            lang,
            unsaved,
        }
    }
}

/// The language choice (a form to the editor's own address) and the message.
pub fn section(ctx: &Ctx, reader: &str, action: &str, p: &Preview) -> Markup {
    let dir = if is_rtl(&p.lang) { "rtl" } else { "ltr" };
    html! {
        section id="preview" {
            h2 { (t(ctx, reader, "web-admin-preview")) }
            form.filters method="get" action={ (action) "#preview" } {
                div.field {
                    label for="preview-lang" { (t(ctx, reader, "web-admin-preview-language")) }
                    select id="preview-lang" name="preview" {
                        @for l in languages(ctx) {
                            option value=(l) selected[l == p.lang] { (language_name(ctx, reader, &l)) }
                        }
                    }
                }
                button.secondary type="submit" id="show-preview" { (t(ctx, reader, "web-admin-preview-show")) }
            }
            @if p.unsaved {
                p.notice role="status" id="preview-unsaved" { (t(ctx, reader, "web-admin-preview-unsaved")) }
            }
            div.message id="preview-message" lang=(p.lang) dir=(dir) { (PreEscaped(&p.message)) }
        }
    }
}

//! Inline keyboards and the callback data they carry.
//!
//! Callback data is `<kind>:<value>`, at most 64 bytes (Telegram's limit). Whatever a
//! button asks for is checked again when it is tapped: a button that no longer parses or
//! no longer applies (someone else's client, a finished dialogue) changes nothing.

mod callback;

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

pub use callback::Callback;

use crate::domain::consent::Purpose;
use crate::i18n::{Arg, Texts};

/// The message a button was tapped on, if it still shows buttons (so that taking them
/// off is never a pointless request).
pub fn tapped_with_buttons(
    q: &teloxide::types::CallbackQuery,
) -> Option<teloxide::types::MessageId> {
    q.regular_message()
        .filter(|m| {
            m.reply_markup()
                .is_some_and(|k| !k.inline_keyboard.is_empty())
        })
        .map(|m| m.id)
}

pub fn button(text: String, cb: Callback) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, cb.encode())
}

/// The ◀ / ▶ row for page `page` (from 0) of `pages`; `None` on a single page. In a
/// right-to-left locale the row runs the way its reader reads: "next" on the left (its
/// label points ◀), "previous" on the right (▶).
pub fn pager(
    texts: &Texts,
    lang: &str,
    page: i64,
    pages: i64,
    to: impl Fn(i64) -> Callback,
) -> Option<Vec<InlineKeyboardButton>> {
    let mut nav = vec![];
    if page > 0 {
        nav.push(button(texts.t(lang, "page-previous"), to(page - 1)));
    }
    if page + 1 < pages {
        nav.push(button(texts.t(lang, "page-next"), to(page + 1)));
    }
    if crate::i18n::markup::is_rtl(lang) {
        nav.reverse();
    }
    (!nav.is_empty()).then_some(nav)
}

/// Every offered language in its own name, two per row; the current one is ticked.
pub fn language_picker(
    texts: &Texts,
    offered: &[String],
    current: Option<&str>,
) -> InlineKeyboardMarkup {
    let buttons: Vec<InlineKeyboardButton> = offered
        .iter()
        .map(|code| {
            let name = texts.language_name(code);
            let label = if current == Some(code.as_str()) {
                format!("✓ {name}")
            } else {
                name
            };
            button(label, Callback::Language(code.clone()))
        })
        .collect();
    InlineKeyboardMarkup::new(buttons.chunks(2).map(|row| row.to_vec()))
}

/// A consent toggle: ✅ when given, ☐ when not.
fn toggle(texts: &Texts, lang: &str, p: Purpose, on: bool, cb: Callback) -> InlineKeyboardButton {
    let mark = if on { "✅" } else { "☐" };
    button(format!("{mark} {}", texts.t(lang, p.message_id())), cb)
}

/// The consent step of onboarding: optional purposes as toggles, then agree / decline.
pub fn onboarding_consents(texts: &Texts, lang: &str, chosen: &[Purpose]) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Purpose::ALL
        .into_iter()
        .filter(|p| !p.required_for_link())
        .map(|p| {
            vec![toggle(
                texts,
                lang,
                p,
                chosen.contains(&p),
                Callback::OnboardingToggle(p),
            )]
        })
        .collect();
    rows.push(vec![button(
        texts.t(lang, "consent-agree"),
        Callback::OnboardingAgree,
    )]);
    rows.push(vec![button(
        texts.t(lang, "consent-decline"),
        Callback::OnboardingDecline,
    )]);
    InlineKeyboardMarkup::new(rows)
}

/// The client's menu.
pub fn client_menu(texts: &Texts, lang: &str, manager: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![
        vec![button(
            // Button labels are plain text, not HTML: the name goes in unescaped.
            texts.t_with(lang, "menu-write", &[("manager", Arg::markup(manager))]),
            Callback::MenuWrite,
        )],
        vec![
            button(
                texts.t(lang, "menu-appointments"),
                Callback::MenuAppointments,
            ),
            button(texts.t(lang, "menu-deadlines"), Callback::MenuDeadlines),
        ],
        vec![button(texts.t(lang, "menu-offers"), Callback::MenuOffers)],
        vec![
            button(texts.t(lang, "menu-language"), Callback::MenuLanguage),
            button(texts.t(lang, "menu-privacy"), Callback::MenuPrivacy),
        ],
    ])
}

/// What `/privacy` offers: everyone sees and deletes their data; a linked client also
/// changes consents and can end the contact.
pub fn privacy_menu(texts: &Texts, lang: &str, linked_client: bool) -> InlineKeyboardMarkup {
    let mut rows = vec![vec![button(
        texts.t(lang, "privacy-show"),
        Callback::PrivacyShow,
    )]];
    if linked_client {
        rows.push(vec![button(
            texts.t(lang, "privacy-consents"),
            Callback::PrivacyConsents,
        )]);
        rows.push(vec![button(
            texts.t(lang, "privacy-end-contact"),
            Callback::PrivacyEndContact,
        )]);
    }
    rows.push(vec![button(
        texts.t(lang, "privacy-delete"),
        Callback::PrivacyDelete,
    )]);
    InlineKeyboardMarkup::new(rows)
}

/// "End the contact?" — yes, or back to the privacy menu.
pub fn end_contact_confirm(texts: &Texts, lang: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![
        button(
            texts.t(lang, "privacy-end-contact-yes"),
            Callback::PrivacyEndContactConfirm,
        ),
        button(
            texts.t(lang, "privacy-delete-no"),
            Callback::PrivacyDeleteCancel,
        ),
    ]])
}

pub fn privacy_consents(texts: &Texts, lang: &str, given: &[Purpose]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(
        Purpose::ALL
            .into_iter()
            // Contact is not a toggle (ending it ends the link): shown only to give it
            // back where it is missing.
            .filter(|p| !p.required_for_link() || !given.contains(p))
            .map(|p| {
                vec![toggle(
                    texts,
                    lang,
                    p,
                    given.contains(&p),
                    Callback::PrivacyToggle(p),
                )]
            })
            .collect::<Vec<_>>(),
    )
}

pub fn delete_confirm(texts: &Texts, lang: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![
        button(
            texts.t(lang, "privacy-delete-yes"),
            Callback::PrivacyDeleteConfirm,
        ),
        button(
            texts.t(lang, "privacy-delete-no"),
            Callback::PrivacyDeleteCancel,
        ),
    ]])
}

pub fn manager_name(texts: &Texts, lang: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![
        button(
            texts.t(lang, "manager-name-keep"),
            Callback::ManagerName(true),
        ),
        button(
            texts.t(lang, "manager-name-change"),
            Callback::ManagerName(false),
        ),
    ]])
}

#[cfg(test)]
mod pager_tests {
    use super::*;

    fn labels(lang: &str) -> Vec<String> {
        let texts = Texts::load().unwrap();
        pager(&texts, lang, 1, 3, Callback::ClientsPage)
            .unwrap()
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn pager_arrows_point_the_way_the_reader_reads() {
        let de = labels("de");
        assert!(de[0].contains('◀') && de[1].contains('▶'), "{de:?}");
        for lang in ["ar", "fa"] {
            let row = labels(lang);
            // Left button: "next", pointing left; right button: "previous", pointing right.
            assert_eq!(
                row[0],
                Texts::load().unwrap().t(lang, "page-next"),
                "{lang}"
            );
            assert!(
                row[0].contains('◀') && !row[0].contains('▶'),
                "{lang}: {row:?}"
            );
            assert!(
                row[1].contains('▶') && !row[1].contains('◀'),
                "{lang}: {row:?}"
            );
        }
    }
}

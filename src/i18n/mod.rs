//! Every text a person reads comes from `locales/<lang>/wegweiser.ftl` (Fluent).
//!
//! German (`de`) is the reference; every other locale must have the same messages with the
//! same variables (a test enforces it). A message missing in a locale falls back to German
//! at run time, never to an id or an empty string.
//!
//! All messages are sent with Telegram's HTML parse mode, so every argument value is
//! HTML-escaped here ([`Arg::text`]); markup belongs in the `.ftl` files only.
//!
//! Text arguments inside right-to-left text (names, places) are wrapped in first-strong
//! isolates for Arabic and Farsi, so a Latin name does not scramble the sentence around it;
//! [`markup::ltr`] forces left-to-right for data such as times, phone numbers and codes.

pub mod check;
pub mod examples;
pub mod format;
pub mod ftl_file;
pub mod markup;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The languages that have a folder in `locales/`, German first.
/// Adding a language: add `locales/<code>/wegweiser.ftl` and one line to [`SOURCES`].
pub const AVAILABLE: &[&str] = &["de", "ar", "fa", "ti", "en", "uk"];

/// The Fluent sources, embedded at build time so the binary runs from anywhere.
pub const SOURCES: &[(&str, &str)] = &[
    ("de", include_str!("../../locales/de/wegweiser.ftl")),
    ("ar", include_str!("../../locales/ar/wegweiser.ftl")),
    ("fa", include_str!("../../locales/fa/wegweiser.ftl")),
    ("ti", include_str!("../../locales/ti/wegweiser.ftl")),
    ("en", include_str!("../../locales/en/wegweiser.ftl")),
    ("uk", include_str!("../../locales/uk/wegweiser.ftl")),
];

/// The reference locale: complete by definition, the fallback for everyone.
pub const REFERENCE: &str = "de";

/// Locales that are machine-assisted drafts (most messages unsure): the README and the
/// translators' spreadsheet say so, and the spreadsheet lists the unsure messages first.
pub const MACHINE_DRAFTS: &[&str] = &["ti"];

/// The Fluent file of `lang` in a locales folder: `<dir>/<lang>/wegweiser.ftl`.
pub fn source_path(dir: &std::path::Path, lang: &str) -> std::path::PathBuf {
    dir.join(lang).join("wegweiser.ftl")
}

/// The Fluent source built into the binary for `lang`.
pub fn embedded_source(lang: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(l, _)| *l == lang).map(|(_, s)| *s)
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{lang}/wegweiser.ftl: {detail}")]
    Broken { lang: String, detail: String },
}

/// A value for a placeable in a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Plain text from a person or the database; escaped for HTML.
    Text(Cow<'a, str>),
    /// A number; selects plural forms.
    Number(f64),
    /// Already valid Telegram HTML (for example another rendered message). Use sparingly.
    Markup(Cow<'a, str>),
}

impl<'a> Arg<'a> {
    pub fn text(s: impl Into<Cow<'a, str>>) -> Self {
        Arg::Text(s.into())
    }
    pub fn markup(s: impl Into<Cow<'a, str>>) -> Self {
        Arg::Markup(s.into())
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// All locales, parsed once at start.
pub struct Texts {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Texts {
    /// Parses every embedded locale; a syntax error is reported with its locale.
    pub fn load() -> Result<Texts, I18nError> {
        Self::from_sources(SOURCES)
    }

    /// The texts of the configuration: from `locales.dir` when it is set (the folder
    /// `wegweiser locales import` writes), else the ones built into the binary.
    pub fn load_configured(config: &crate::config::LocalesConfig) -> Result<Texts, I18nError> {
        match &config.dir {
            Some(dir) => Self::load_dir(dir),
            None => Self::load(),
        }
    }

    /// Reads `<dir>/<lang>/wegweiser.ftl` for every language in [`AVAILABLE`].
    pub fn load_dir(dir: &std::path::Path) -> Result<Texts, I18nError> {
        let mut sources = vec![];
        for lang in AVAILABLE {
            let path = source_path(dir, lang);
            let text = std::fs::read_to_string(&path).map_err(|e| I18nError::Broken {
                lang: lang.to_string(),
                detail: format!("cannot read {}: {e}", path.display()),
            })?;
            sources.push((*lang, text));
        }
        let borrowed: Vec<(&str, &str)> = sources.iter().map(|(l, t)| (*l, t.as_str())).collect();
        Self::from_sources(&borrowed)
    }

    /// Parses the given (language, Fluent source) pairs; German should be one of them, as
    /// every other locale falls back to it.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Texts, I18nError> {
        let mut bundles = HashMap::new();
        for (lang, source) in sources {
            bundles.insert(lang.to_string(), build_bundle(lang, source)?);
        }
        Ok(Texts { bundles })
    }

    /// Whether `lang` is one of the languages with a locale.
    pub fn has(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The message `id` in `lang`, without arguments.
    pub fn t(&self, lang: &str, id: &str) -> String {
        self.t_with(lang, id, &[])
    }

    /// The message `id` in `lang` with arguments; falls back to German, then to the id
    /// (and an error in the log) if even German lacks it.
    pub fn t_with(&self, lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        for candidate in [lang, REFERENCE] {
            if let Some(text) = self.format(candidate, id, None, args) {
                return text;
            }
        }
        tracing::error!(message_id = id, lang, "message missing in every locale");
        id.to_owned()
    }

    /// An attribute of a message (`id.attr` in Fluent), with the same fallback.
    pub fn attr(&self, lang: &str, id: &str, attr: &str) -> String {
        for candidate in [lang, REFERENCE] {
            if let Some(text) = self.format(candidate, id, Some(attr), &[]) {
                return text;
            }
        }
        tracing::error!(
            message_id = id,
            attr,
            lang,
            "attribute missing in every locale"
        );
        format!("{id}.{attr}")
    }

    fn format(
        &self,
        lang: &str,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Arg<'_>)],
    ) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let rtl = markup::is_rtl(lang);
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            let v = match value {
                Arg::Text(s) if rtl => FluentValue::from(markup::isolate(&markup::escape(s))),
                Arg::Text(s) => FluentValue::from(markup::escape(s)),
                Arg::Markup(s) => FluentValue::from(s.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fargs.set(*name, v);
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                message_id = id,
                lang,
                ?errors,
                "message formatted with errors"
            );
        }
        if rtl {
            return Some(markup::rtl_lines(&text));
        }
        Some(text.into_owned())
    }

    /// The language's own name ("Deutsch", "العربية", …), for language pickers.
    pub fn language_name(&self, lang: &str) -> String {
        self.t(lang, "language-name")
    }

    /// Language `code` as shown to someone reading `reader`: its own name, and its name
    /// in the reader's language beside it when the two differ ("فارسی (Persisch)" for a
    /// German reader, "Deutsch" for a German one). A code without a locale shows as
    /// itself, upper case.
    pub fn language_for(&self, code: &str, reader: &str) -> String {
        if !self.has(code) {
            return code.to_uppercase();
        }
        let own = self.language_name(code);
        if code == reader {
            return own;
        }
        match self.format(reader, &format!("language-called-{code}"), None, &[]) {
            Some(theirs) if theirs != own => format!("{own} ({theirs})"),
            _ => own,
        }
    }

    /// The best offered language of an HTTP `Accept-Language` header (`uk-UA,uk;q=0.9,
    /// en;q=0.8`): the highest-weighted range whose primary subtag is offered, else the
    /// default.
    pub fn from_accept_language<'a>(
        header: Option<&str>,
        offered: &'a [String],
        default: &'a str,
    ) -> &'a str {
        let Some(header) = header else {
            return default;
        };
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, tag))
            })
            .collect();
        // Stable: ranges of equal weight keep the order the browser sent.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges
            .into_iter()
            .map(|(_, tag)| Self::guess(Some(tag), offered, ""))
            .find(|l| !l.is_empty())
            .unwrap_or(default)
    }

    /// Picks the language for a person who has not chosen one yet: Telegram's
    /// `language_code` if it is offered (`ar-EG` counts as `ar`), else the default.
    pub fn guess<'a>(
        telegram_code: Option<&str>,
        offered: &'a [String],
        default: &'a str,
    ) -> &'a str {
        let Some(code) = telegram_code else {
            return default;
        };
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // Telegram reports Farsi clients as "fa", older ones as "pes"; Tigrinya as "ti".
        let primary = match primary.as_str() {
            "pes" => "fa".to_owned(),
            _ => primary,
        };
        offered
            .iter()
            .find(|o| **o == primary)
            .map(String::as_str)
            .unwrap_or(default)
    }
}

fn build_bundle(lang: &str, source: &str) -> Result<FluentBundle<FluentResource>, I18nError> {
    let broken = |detail: String| I18nError::Broken {
        lang: lang.to_owned(),
        detail,
    };
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errs)| broken(format!("syntax errors: {errs:?}")))?;
    let langid: LanguageIdentifier = lang
        .parse()
        .map_err(|e| broken(format!("bad language id: {e}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Fluent would isolate every placeable, string literals too, which swallows the
    // left-to-right marks the RTL locales put before /commands. Text arguments are
    // isolated in `format` instead, and only in right-to-left locales.
    bundle.set_use_isolating(false);
    if lang == "fa" {
        bundle.set_formatter(Some(persian_digits));
    }
    bundle
        .add_resource(resource)
        .map_err(|errs| broken(format!("duplicate messages: {errs:?}")))?;
    Ok(bundle)
}

/// Numbers in Farsi in Extended Arabic-Indic digits (۰–۹), as ICU writes Farsi dates and as
/// the Farsi texts write their fixed numbers, so "صفحهٔ ۱ از ۳" does not mix two scripts.
/// Plural selection still sees the number; only its display changes.
fn persian_digits<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(
            n.as_string()
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(0x06F0 + d).unwrap_or(c),
                    None => c,
                })
                .collect(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn farsi_numbers_use_persian_digits_and_keep_their_plural() {
        let texts = Texts::load().unwrap();
        let args = [
            ("sent", Arg::from(12_i64)),
            ("total", Arg::from(12_i64)),
            ("failed", Arg::from(0_i64)),
        ];
        let fa = texts.t_with("fa", "broadcast-progress-done", &args);
        assert!(fa.contains("۱۲") && !fa.contains("12"), "{fa}");
        let ar = texts.t_with("ar", "broadcast-progress-done", &args);
        assert!(ar.contains("12"), "Arabic keeps Latin digits: {ar}");
    }

    fn offered() -> Vec<String> {
        AVAILABLE.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_locale_parses() {
        Texts::load().unwrap();
    }

    #[test]
    fn accept_language_picks_the_best_offered_one() {
        let o = offered();
        let pick = |h: &str| Texts::from_accept_language(Some(h), &o, "de").to_owned();
        assert_eq!(pick("uk-UA,uk;q=0.9,en;q=0.8"), "uk");
        assert_eq!(pick("fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.7"), "en");
        assert_eq!(pick("fr,zh;q=0.5"), "de");
        assert_eq!(pick("en;q=0,fa"), "fa");
        assert_eq!(pick(""), "de");
        assert_eq!(Texts::from_accept_language(None, &o, "de"), "de");
    }

    #[test]
    fn guess_uses_primary_subtag_and_falls_back() {
        let o = offered();
        assert_eq!(Texts::guess(Some("ar-EG"), &o, "de"), "ar");
        assert_eq!(Texts::guess(Some("uk"), &o, "de"), "uk");
        assert_eq!(Texts::guess(Some("fr"), &o, "de"), "de");
        assert_eq!(Texts::guess(None, &o, "de"), "de");
        let only_de = vec!["de".to_string()];
        assert_eq!(Texts::guess(Some("ar"), &only_de, "de"), "de");
    }

    #[test]
    fn arguments_are_escaped() {
        let texts = Texts::load().unwrap();
        let s = texts.t_with("de", "welcome", &[("name", Arg::text("<b>Ali & Co</b>"))]);
        assert!(s.contains("&lt;b&gt;Ali &amp; Co&lt;/b&gt;"), "{s}");
    }

    #[test]
    fn rtl_texts_keep_commands_and_names_readable() {
        let texts = Texts::load().unwrap();
        for lang in ["ar", "fa"] {
            let hint = texts.t(lang, "not-understood");
            assert!(hint.contains("\u{200E}/help"), "{lang}: {hint:?}");
            assert!(!hint.contains('\u{2068}'), "{lang}: {hint:?}");
            let welcome = texts.t_with(lang, "welcome", &[("name", Arg::text("Amina"))]);
            assert!(
                welcome.contains("\u{2068}Amina\u{2069}"),
                "{lang}: {welcome:?}"
            );
        }
        let welcome = texts.t_with("de", "welcome", &[("name", Arg::text("Amina"))]);
        assert!(
            welcome.contains(" Amina!"),
            "no invisible marks in German: {welcome:?}"
        );
    }

    #[test]
    fn languages_are_named_in_their_own_and_the_readers_language() {
        let texts = Texts::load().unwrap();
        assert_eq!(texts.language_for("fa", "de"), "فارسی (Persisch)");
        assert_eq!(texts.language_for("fa", "en"), "فارسی (Farsi)");
        assert_eq!(texts.language_for("de", "de"), "Deutsch");
        assert_eq!(texts.language_for("fa", "fa"), "فارسی");
        assert_eq!(texts.language_for("xx", "de"), "XX");
        for reader in AVAILABLE {
            for code in AVAILABLE {
                assert!(
                    texts
                        .format(reader, &format!("language-called-{code}"), None, &[])
                        .is_some(),
                    "{reader} has no name for {code}"
                );
            }
        }
    }

    #[test]
    fn language_names_are_autonyms() {
        let texts = Texts::load().unwrap();
        let names: Vec<_> = AVAILABLE.iter().map(|l| texts.language_name(l)).collect();
        assert_eq!(
            names,
            [
                "Deutsch",
                "العربية",
                "فارسی",
                "ትግርኛ",
                "English",
                "Українська"
            ]
        );
    }
}

//! Turning an outbox row's arguments into message arguments, in the recipient's language
//! at send time.
//!
//! Plain strings and numbers pass as they are (strings escaped). Values that depend on
//! the language are stored as objects and rendered here, so a person who switches
//! language gets the next message wholly in the new one:
//! - `{"at": <UTC ms>, "tz": "Europe/Berlin"}`: a date and time, in that zone's wall clock;
//! - `{"date": "2026-11-25"}`: a date;
//! - `{"msg": "topic-jobcenter"}`: another message of the locale;
//! - `{"lang": "fa"}`: a language, named in its own and the reader's language.

use chrono::NaiveDate;

use crate::i18n::{Arg, Texts, format, markup};

/// A date and time to render at send time.
pub fn at(t: chrono::DateTime<chrono::Utc>, tz: &str) -> serde_json::Value {
    serde_json::json!({ "at": t.timestamp_millis(), "tz": tz })
}

/// A date to render at send time.
pub fn date(d: NaiveDate) -> serde_json::Value {
    serde_json::json!({ "date": d.format("%Y-%m-%d").to_string() })
}

/// A text in several languages, shown in the reader's (else German) at send time. An
/// object made here may get a `"note"` (a message shown as a paragraph under the German
/// text) or a `"mark"` (a message shown right after it) for readers who get German.
pub fn tr<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> = texts
        .into_iter()
        .map(|(lang, text)| (lang.to_owned(), serde_json::Value::from(text)))
        .collect();
    serde_json::json!({ "tr": map })
}

/// A language, named at send time in its own and the reader's language
/// ("فارسی (Persisch)").
pub fn language(code: &str) -> serde_json::Value {
    serde_json::json!({ "lang": code })
}

/// A message id to render at send time.
pub fn msg(id: &str) -> serde_json::Value {
    serde_json::json!({ "msg": id })
}

fn object(
    texts: &Texts,
    lang: &str,
    o: &serde_json::Map<String, serde_json::Value>,
) -> Option<Arg<'static>> {
    if let (Some(ms), Some(tz)) = (
        o.get("at").and_then(|v| v.as_i64()),
        o.get("tz").and_then(|v| v.as_str()),
    ) {
        let tz: chrono_tz::Tz = tz.parse().ok()?;
        let local = chrono::DateTime::from_timestamp_millis(ms)?
            .with_timezone(&tz)
            .naive_local();
        return Some(Arg::markup(markup::escape(&format::date_time(lang, local))));
    }
    if let Some(d) = o.get("date").and_then(|v| v.as_str()) {
        let d = NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?;
        return Some(Arg::markup(markup::escape(&format::date(lang, d))));
    }
    if let Some(tr) = o.get("tr").and_then(|v| v.as_object()) {
        if let Some(text) = tr.get(lang).and_then(|v| v.as_str()) {
            return Some(Arg::text(text.to_owned()));
        }
        let german = tr
            .get(crate::domain::offer::REFERENCE)
            .and_then(|v| v.as_str())?;
        return Some(
            match (
                o.get("note").and_then(|v| v.as_str()),
                o.get("mark").and_then(|v| v.as_str()),
            ) {
                // A paragraph under the German text …
                (Some(note), _) => Arg::markup(format!(
                    "{}\n\n<i>{}</i>",
                    markup::escape(german),
                    texts.t(lang, note)
                )),
                // … or a few words right after it.
                (None, Some(mark)) => Arg::markup(format!(
                    "{} <i>{}</i>",
                    markup::escape(german),
                    texts.t(lang, mark)
                )),
                (None, None) => Arg::text(german.to_owned()),
            },
        );
    }
    if let Some(code) = o.get("lang").and_then(|v| v.as_str()) {
        return Some(Arg::text(texts.language_for(code, lang)));
    }
    if let Some(id) = o.get("msg").and_then(|v| v.as_str()) {
        return Some(Arg::markup(texts.t(lang, id)));
    }
    None
}

/// The arguments of a row as Fluent arguments. Keys starting with `_` are for the
/// sender, not the template.
pub fn args(texts: &Texts, lang: &str, value: &serde_json::Value) -> Vec<(String, Arg<'static>)> {
    let Some(map) = value.as_object() else {
        return vec![];
    };
    map.iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .filter_map(|(k, v)| {
            let arg = match v {
                serde_json::Value::String(s) => Arg::text(s.clone()),
                serde_json::Value::Number(n) => Arg::Number(n.as_f64()?),
                serde_json::Value::Object(o) => object(texts, lang, o)?,
                _ => return None,
            };
            Some((k.clone(), arg))
        })
        .collect()
}

/// Borrowed view for `Texts::t_with`.
pub fn as_refs<'a>(args: &'a [(String, Arg<'static>)]) -> Vec<(&'a str, Arg<'static>)> {
    args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect()
}

/// Renders `template` with `value`'s arguments, then each of `value["_lines"]`
/// (`[[template, {args}], …]`) on a line of its own.
pub fn message(texts: &Texts, lang: &str, template: &str, value: &serde_json::Value) -> String {
    let a = args(texts, lang, value);
    let mut out = texts.t_with(lang, template, &as_refs(&a));
    if let Some(lines) = value.get("_lines").and_then(|v| v.as_array()) {
        for line in lines {
            let (Some(id), Some(largs)) = (line.get(0).and_then(|v| v.as_str()), line.get(1))
            else {
                continue;
            };
            let a = args(texts, lang, largs);
            out.push('\n');
            out.push_str(&texts.t_with(lang, id, &as_refs(&a)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn strings_and_numbers_pass_private_keys_do_not() {
        let texts = Texts::load().unwrap();
        let v = serde_json::json!({"label": "A<B", "count": 3, "_client_id": 9, "x": [1]});
        let a = args(&texts, "de", &v);
        assert_eq!(a.len(), 2);
        assert!(
            matches!(a.iter().find(|(k, _)| k == "count").unwrap().1, Arg::Number(n) if n == 3.0)
        );
    }

    #[test]
    fn texts_in_several_languages_show_the_readers_or_german() {
        let texts = Texts::load().unwrap();
        let v = serde_json::json!({ "title": tr([("de", "Sprachcafé"), ("ti", "ቋንቋ")]) });
        let shown = |lang| match &args(&texts, lang, &v)[0].1 {
            Arg::Text(s) => s.to_string(),
            other => panic!("{other:?}"),
        };
        assert_eq!(shown("ti"), "ቋንቋ");
        assert_eq!(shown("uk"), "Sprachcafé");
    }

    #[test]
    fn dates_are_rendered_in_the_readers_language_and_zone() {
        let texts = Texts::load().unwrap();
        let t = chrono::Utc
            .with_ymd_and_hms(2026, 11, 25, 13, 30, 0)
            .unwrap();
        let v = serde_json::json!({ "when": at(t, "Europe/Berlin") });
        let de = args(&texts, "de", &v);
        let uk = args(&texts, "uk", &v);
        let shown = |a: &[(String, Arg<'static>)]| match &a[0].1 {
            Arg::Markup(s) => s.to_string(),
            other => panic!("{other:?}"),
        };
        assert!(
            shown(&de).contains("14:30") && shown(&de).contains("November"),
            "{}",
            shown(&de)
        );
        assert!(
            shown(&uk).contains("14:30") && shown(&uk).contains("листопада"),
            "{}",
            shown(&uk)
        );
    }
}

//! The TOML form of an offer file: one `[[offer]]` table per offer, texts in
//! `[offer.title]`, `[offer.description]` and `[offer.times]` by language.
//!
//! Reading walks the parsed document with its byte spans (`toml::de::DeTable`) instead of
//! deserialising, so that one pass finds every problem, each at the line of its key.
//! Writing serialises with the `toml` crate.

use serde::{Serialize, Serializer};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::entry::{Entry, Read, Style, missing, split_list};
use super::problem::FileProblem;
use super::report::Located;
use crate::domain::offer::{Category, Offer, Problem, REFERENCE, check_language, parse_date};

/// The keys an offer may have.
const KEYS: [&str; 16] = [
    "id",
    "category",
    "gemeinden",
    "landkreis",
    "address",
    "phone",
    "email",
    "web",
    "languages",
    "schedule",
    "valid_from",
    "valid_until",
    "active",
    "title",
    "description",
    "times",
];

/// Line numbers of byte offsets.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        Lines(text.match_indices('\n').map(|(i, _)| i).collect())
    }

    /// The line (from 1) holding byte `offset`.
    fn at(&self, offset: usize) -> usize {
        self.0.partition_point(|&nl| nl < offset) + 1
    }
}

/// Reads an offer file; every problem found is in the result.
pub(super) fn read(text: &str) -> Read {
    let lines = Lines::new(text);
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            return Read {
                entries: vec![],
                problems: vec![Located::of_file(
                    e.span().map(|s| lines.at(s.start)),
                    FileProblem::TomlSyntax(e.message().trim().to_owned()),
                )],
            };
        }
    };
    let mut read = Read::default();
    for (key, value) in doc.get_ref() {
        let line = lines.at(key.span().start);
        if key.get_ref() != "offer" {
            read.problems.push(Located::new(
                line,
                key.get_ref().as_ref(),
                FileProblem::UnknownTopKey,
            ));
            continue;
        }
        let DeValue::Array(items) = value.get_ref() else {
            read.problems
                .push(Located::new(line, "offer", FileProblem::NotOfferArray));
            continue;
        };
        for item in items.iter() {
            let at = lines.at(item.span().start);
            match item.get_ref() {
                DeValue::Table(table) => read.entries.push(read_offer(table, at, &lines)),
                _ => read
                    .problems
                    .push(Located::new(at, "offer", FileProblem::NotOfferArray)),
            }
        }
    }
    read
}

fn read_offer(table: &DeTable<'_>, line: usize, lines: &Lines) -> Entry {
    let mut e = Entry::new(Style::Toml, line);
    for (key, value) in table {
        let k: &str = key.get_ref();
        e.field_at(k, lines.at(key.span().start));
        match k {
            "id" => {
                if let Some(s) = text(&mut e, k, value) {
                    e.offer.external_id = s.trim().to_owned();
                }
            }
            "category" => {
                if let Some(s) = text(&mut e, k, value) {
                    match Category::parse(&s) {
                        Some(c) => e.offer.category = c,
                        None => e.problem(k, Problem::UnknownCategory(s)),
                    }
                }
            }
            "gemeinden" => e.offer.gemeinden = list(&mut e, k, value),
            "languages" => e.offer.languages = list(&mut e, k, value),
            "landkreis" => e.offer.landkreis = text(&mut e, k, value),
            "address" => e.offer.address = text(&mut e, k, value).unwrap_or_default(),
            "phone" => e.offer.phone = text(&mut e, k, value).unwrap_or_default(),
            "email" => e.offer.email = text(&mut e, k, value).unwrap_or_default(),
            "web" => e.offer.web = text(&mut e, k, value).unwrap_or_default(),
            "schedule" => e.offer.schedule = text(&mut e, k, value),
            "valid_from" => e.offer.valid_from = date(&mut e, k, value),
            "valid_until" => e.offer.valid_until = date(&mut e, k, value),
            "active" => match value.get_ref() {
                DeValue::Boolean(b) => e.offer.active = *b,
                _ => e.problem(k, FileProblem::NotBool),
            },
            "title" | "description" | "times" => texts(&mut e, k, value, lines),
            _ => e.problem(
                k,
                FileProblem::UnknownField {
                    expected: KEYS.join(", "),
                },
            ),
        }
    }
    for required in ["id", "category"] {
        if !has(table, required) {
            e.problem(required, missing(required));
        }
    }
    e
}

fn has(table: &DeTable<'_>, key: &str) -> bool {
    table.iter().any(|(k, _)| k.get_ref() == key)
}

/// A text value, or a problem.
fn text(e: &mut Entry, field: &str, value: &Spanned<DeValue<'_>>) -> Option<String> {
    match value.get_ref() {
        DeValue::String(s) => Some(s.to_string()),
        _ => {
            e.problem(field, FileProblem::NotText(field.to_owned()));
            None
        }
    }
}

/// A list of texts: `["a", "b"]`, or one text separated by spaces or `;`.
fn list(e: &mut Entry, field: &str, value: &Spanned<DeValue<'_>>) -> Vec<String> {
    let items = match value.get_ref() {
        DeValue::String(s) => return split_list(s),
        DeValue::Array(items) => items,
        _ => {
            e.problem(field, FileProblem::NotList(field.to_owned()));
            return vec![];
        }
    };
    let mut out = vec![];
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(s) => out.push(s.trim().to_owned()),
            DeValue::Integer(_) if field == "gemeinden" => e.problem(field, FileProblem::AgsNumber),
            _ => e.problem(field, FileProblem::NotTexts(field.to_owned())),
        }
    }
    out
}

/// A date: `"2026-01-01"` or a TOML date without quotes.
fn date(e: &mut Entry, field: &str, value: &Spanned<DeValue<'_>>) -> Option<chrono::NaiveDate> {
    let s = match value.get_ref() {
        DeValue::String(s) => s.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        _ => {
            e.problem(field, FileProblem::NotDate(field.to_owned()));
            return None;
        }
    };
    match parse_date(&s) {
        Ok(d) => Some(d),
        Err(p) => {
            e.problem(field, p);
            None
        }
    }
}

/// `[offer.title]` and its kin: a text per language.
fn texts(e: &mut Entry, kind: &str, value: &Spanned<DeValue<'_>>, lines: &Lines) {
    let DeValue::Table(table) = value.get_ref() else {
        e.problem(kind, FileProblem::NotTextTable(kind.to_owned()));
        return;
    };
    for (lang, value) in table {
        let lang: &str = lang.get_ref();
        let field = format!("{kind}.{lang}");
        e.field_at(&field, lines.at(value.span().start));
        if let Err(p) = check_language(lang) {
            e.problem(&field, p);
            continue;
        }
        let Some(s) = text(e, &field, value) else {
            continue;
        };
        let t = e.offer.texts.entry(lang.to_owned()).or_default();
        match kind {
            "title" => t.title = s,
            "description" => t.description = s,
            _ => t.times = s,
        }
    }
}

// ---- writing ------------------------------------------------------------------------

#[derive(Serialize)]
struct File<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    offer: Vec<OfferOut<'a>>,
}

/// An offer as written: empty fields left out, German texts first.
#[derive(Serialize)]
struct OfferOut<'a> {
    id: &'a str,
    category: &'static str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    gemeinden: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    landkreis: Option<&'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    address: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    phone: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    email: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    web: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    languages: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid_until: Option<String>,
    active: bool,
    title: Texts<'a>,
    #[serde(skip_serializing_if = "Texts::is_empty")]
    description: Texts<'a>,
    #[serde(skip_serializing_if = "Texts::is_empty")]
    times: Texts<'a>,
}

/// Language → text, German first, then by code.
struct Texts<'a>(Vec<(&'a str, &'a str)>);

impl Texts<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Texts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

fn texts_of<'a>(o: &'a Offer, pick: fn(&crate::domain::offer::OfferText) -> &str) -> Texts<'a> {
    let mut out: Vec<(&str, &str)> = o
        .texts
        .iter()
        .map(|(lang, t)| (lang.as_str(), pick(t)))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    out.sort_by_key(|(lang, _)| (*lang != REFERENCE, *lang));
    Texts(out)
}

/// Every offer as a TOML offer file.
pub(super) fn write(offers: &[Offer]) -> Result<String, toml::ser::Error> {
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    let file = File {
        offer: offers
            .iter()
            .map(|o| OfferOut {
                id: &o.external_id,
                category: o.category.key(),
                gemeinden: &o.gemeinden,
                landkreis: o.landkreis.as_deref(),
                address: &o.address,
                phone: &o.phone,
                email: &o.email,
                web: &o.web,
                languages: &o.languages,
                schedule: o.schedule.as_deref(),
                valid_from: day(o.valid_from),
                valid_until: day(o.valid_until),
                active: o.active,
                title: texts_of(o, |t| &t.title),
                description: texts_of(o, |t| &t.description),
                times: texts_of(o, |t| &t.times),
            })
            .collect(),
    };
    toml::to_string(&file)
}

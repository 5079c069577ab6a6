//! Realistic example arguments for every variable the messages use: the values a
//! translator sees in the spreadsheet's example column and the locale checks render with
//! (Latin names and places, German titles, dates formatted for the locale as the bot
//! formats them, and counts that reach every plural category).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Arg, format};

/// Variables that hold numbers (they select plural forms or show a count or a number).
const NUMBERS: &[&str] = &[
    "count",
    "days",
    "max",
    "min",
    "total",
    "sent",
    "failed",
    "page",
    "pages",
    "id",
    "minutes",
    "length",
    "number",
    "pending",
    "requests",
    "dropped",
    "successor",
    "value",
];

/// Variables that hold a date and time, and those that hold a date (`from` is a person in
/// one staff message, a time in a client message: the client one wins).
const DATE_TIMES: &[&str] = &["when", "next", "from"];
const DATES: &[&str] = &["date", "due", "until", "back", "since", "last", "past"];

/// Counts that reach every CLDR plural category (Arabic: zero 0, one 1, two 2, few 3,
/// many 11, other 100) and a few more.
pub const COUNTS: &[f64] = &[0.0, 1.0, 2.0, 3.0, 11.0, 21.0, 100.0, 101.0];

/// Other realistic values, rotated through every text variable in turn, so each one
/// also starts a line with a Latin word, a date, an address, a code or a phone number.
const ROTATION: &[&str] = &[
    "Frau Müller",
    "Jobcenter Ludwigsburg",
    "Widerspruch gegen den Bescheid",
    "Mi., 3. Dez. 2026, 10:00",
    "Marktplatz 1, 71634 Ludwigsburg",
    "AB-12",
    "+49 7141 910",
];

/// A realistic text for a variable, by its name.
fn text_for(lang: &str, var: &str) -> String {
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).expect("a valid date");
    if DATE_TIMES.contains(&var) {
        return format::date_time(lang, day.and_hms_opt(14, 30, 0).expect("a valid time"));
    }
    if DATES.contains(&var) {
        return format::date(lang, day);
    }
    match var {
        "manager" => "Frau Keller",
        "substitute" => "Herr Yilmaz",
        "colleagues" | "list" => "3 · Herr Yilmaz, 7 · Frau Novak",
        "name" => "Amina",
        "label" => "AB-12",
        "gemeinde" => "Ostfildern",
        "gemeinden" => "Ostfildern, Esslingen",
        "landkreis" => "Esslingen",
        "ags" => "08116049",
        "topic" => "Ausländerbehörde",
        "title" | "offer" => "Sprachcafé am Marktplatz",
        "kind" => "Widerspruch",
        "place" | "address" => "Marktplatz 1, 73760 Ostfildern",
        "phone" => "+49 711 3404-0",
        "email" => "integration@ostfildern.de",
        "url" | "link" | "web" => "https://t.me/wegweiser_bot?start=AbC123",
        "text" => "Guten Tag, ich komme morgen um 10 Uhr.",
        "language" => "العربية",
        "languages" | "done" | "missing" => "Deutsch, العربية, فارسی",
        "command" => "/hilfe",
        "times" => "dienstags 18:00",
        "zone" => "Europe/Berlin",
        "example" => "25.11.2027",
        _ => "Jobcenter Ludwigsburg",
    }
    .to_owned()
}

/// Arguments by name, owned.
pub type Args = Vec<(String, Arg<'static>)>;

/// The example arguments for `vars` with `count` for every number.
pub fn args(lang: &str, vars: &BTreeSet<String>, count: f64) -> Args {
    vars.iter()
        .map(|v| {
            let value = if NUMBERS.contains(&v.as_str()) {
                Arg::Number(count)
            } else {
                Arg::text(text_for(lang, v))
            };
            (v.clone(), value)
        })
        .collect()
}

/// The arguments as [`super::Texts::t_with`] takes them.
pub fn borrowed(args: &Args) -> Vec<(&str, Arg<'static>)> {
    args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect()
}

/// Every rendering the checks try for a message with `vars`: the realistic arguments with
/// each of [`COUNTS`], then every text variable through [`ROTATION`].
pub fn renderings(lang: &str, vars: &BTreeSet<String>) -> Vec<Args> {
    let mut out: Vec<_> = COUNTS.iter().map(|n| args(lang, vars, *n)).collect();
    if vars.is_empty() {
        out.truncate(1);
        return out;
    }
    for i in 0..ROTATION.len() {
        let mut rotated = args(lang, vars, 3.0);
        for (j, (name, value)) in rotated.iter_mut().enumerate() {
            if !NUMBERS.contains(&name.as_str()) {
                *value = Arg::text(ROTATION[(i + j) % ROTATION.len()]);
            }
        }
        out.push(rotated);
    }
    out
}

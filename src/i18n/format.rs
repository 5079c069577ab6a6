//! Dates and times per locale, with ICU4X (CLDR data compiled in).
//!
//! Everyone gets the Gregorian calendar and 24-hour time (appointments in Germany are
//! Gregorian; a Persian or Hijri date beside a German letter only confuses), but each
//! locale's own month and weekday names and digits.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{M, YMDE, YMDET};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_locale_core::Locale;

fn prefs(lang: &str) -> DateTimeFormatterPreferences {
    // -u-hc-h23: 24-hour time whatever the locale's habit.
    let tagged = format!("{lang}-u-hc-h23");
    let locale = Locale::try_from_str(&tagged)
        .or_else(|_| Locale::try_from_str("de-u-hc-h23"))
        .expect("a valid fallback locale");
    (&locale).into()
}

fn icu_date(d: NaiveDate) -> Date<Gregorian> {
    Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8)
        .expect("chrono dates are valid Gregorian dates")
}

type DateFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMDE>;
type DateTimeFormatter = FixedCalendarDateTimeFormatter<Gregorian, YMDET>;
type MonthFormatter = FixedCalendarDateTimeFormatter<Gregorian, M>;

thread_local! {
    // Making a formatter loads its locale's patterns (about a millisecond); a page with a
    // few hundred dates makes each once per thread and language.
    static DATES: RefCell<HashMap<String, Option<DateFormatter>>> = RefCell::default();
    static DATE_TIMES: RefCell<HashMap<String, Option<DateTimeFormatter>>> = RefCell::default();
    static MONTHS: RefCell<HashMap<String, Option<MonthFormatter>>> = RefCell::default();
}

/// A month's short name on its own (1 = January): "Jan." / "يناير" / "ژانویه".
pub fn month(lang: &str, month: u32) -> String {
    MONTHS.with_borrow_mut(|cache| {
        let f = cache.entry(lang.to_owned()).or_insert_with(|| {
            MonthFormatter::try_new(prefs(lang), M::medium())
                .inspect_err(|e| tracing::warn!(lang, error = %e, "no month names; using numbers"))
                .ok()
        });
        match (f, NaiveDate::from_ymd_opt(2026, month, 1)) {
            (Some(f), Some(d)) => f.format(&icu_date(d)).to_string(),
            _ => format!("{month:02}"),
        }
    })
}

/// "Dienstag, 25. November 2026" / "الأربعاء، 25 نوفمبر 2026" / "چهارشنبه ۲۵ نوامبر ۲۰۲۶".
pub fn date(lang: &str, d: NaiveDate) -> String {
    DATES.with_borrow_mut(|cache| {
        let f = cache.entry(lang.to_owned()).or_insert_with(|| {
            DateFormatter::try_new(prefs(lang), YMDE::long())
                .inspect_err(|e| tracing::warn!(lang, error = %e, "no date format data; using ISO"))
                .ok()
        });
        match f {
            Some(f) => f.format(&icu_date(d)).to_string(),
            None => d.format("%Y-%m-%d").to_string(),
        }
    })
}

/// A local wall-clock date and time: "Dienstag, 25. November 2026 um 14:30".
pub fn date_time(lang: &str, dt: NaiveDateTime) -> String {
    DATE_TIMES.with_borrow_mut(|cache| {
        let f = cache.entry(lang.to_owned()).or_insert_with(|| {
            let fs =
                YMDET::long().with_time_precision(icu_datetime::options::TimePrecision::Minute);
            DateTimeFormatter::try_new(prefs(lang), fs)
                .inspect_err(
                    |e| tracing::warn!(lang, error = %e, "no date-time format data; using ISO"),
                )
                .ok()
        });
        match f {
            Some(f) => {
                let time = Time::try_new(dt.hour() as u8, dt.minute() as u8, 0, 0)
                    .expect("chrono times are valid");
                f.format(&DateTime {
                    date: icu_date(dt.date()),
                    time,
                })
                .to_string()
            }
            None => dt.format("%Y-%m-%d %H:%M").to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 25)
            .unwrap()
            .and_hms_opt(14, 30, 0)
            .unwrap()
    }

    #[test]
    fn months_have_their_names_alone() {
        assert!(month("de", 3).starts_with("Mär"), "{}", month("de", 3));
        assert_ne!(month("ar", 3), month("de", 3));
        assert_eq!(month("de", 13), "13");
    }

    #[test]
    fn german_uses_german_month_and_24h() {
        let s = date_time("de", dt());
        assert!(s.contains("November"), "{s}");
        assert!(s.contains("14:30"), "{s}");
        assert!(s.contains("Mittwoch"), "{s}");
    }

    #[test]
    fn english_is_24_hour_too() {
        let s = date_time("en", dt());
        assert!(s.contains("14:30") && !s.contains("PM"), "{s}");
    }

    #[test]
    fn arabic_and_farsi_get_gregorian_months_in_their_script() {
        let ar = date_time("ar", dt());
        assert!(ar.contains("نوفمبر"), "{ar}");
        // CLDR's default numbering for plain `ar` is Latin digits (since CLDR 42).
        assert!(ar.contains("14:30"), "{ar}");
        let fa = date("fa", dt().date());
        assert!(
            fa.contains("نوامبر"),
            "Gregorian month in Farsi expected: {fa}"
        );
        assert!(
            fa.contains('۲'),
            "Extended Arabic-Indic digits expected: {fa}"
        );
    }

    #[test]
    fn tigrinya_and_ukrainian_have_their_own_month_names() {
        let uk = date("uk", dt().date());
        assert!(uk.contains("листопада"), "{uk}");
        let ti = date("ti", dt().date());
        assert!(!ti.contains("November"), "{ti}");
        assert!(ti.contains("2026"), "{ti}");
    }
}

//! An appointment as an iCalendar file (RFC 5545), so a client can add it to the
//! calendar on their phone with one tap.

use chrono::{DateTime, Duration, Utc};

/// Escapes a TEXT value (backslash, semicolon, comma, newline).
fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace(['\r', '\n'], "\\n")
}

/// Folds a content line at 75 octets, never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// One event of an hour from `start` (UTC), with a stable id per appointment version.
pub fn event(
    uid: &str,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
    summary: &str,
    location: &str,
) -> String {
    let stamp = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Wegweiser//DE".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}", stamp(now)),
        format!("DTSTART:{}", stamp(start)),
        format!("DTEND:{}", stamp(start + Duration::hours(1))),
        format!("SUMMARY:{}", text(summary)),
        format!("LOCATION:{}", text(location)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn an_event_with_escaped_and_folded_text() {
        let start = Utc.with_ymd_and_hms(2026, 11, 25, 13, 30, 0).unwrap();
        let ics = event(
            "ap-1-v1@wegweiser",
            start,
            start,
            "Jobcenter; Termin",
            &"Rathaus, Zimmer 3 ".repeat(8),
        );
        assert!(ics.contains("DTSTART:20261125T133000Z\r\n"));
        assert!(ics.contains("DTEND:20261125T143000Z\r\n"));
        assert!(ics.contains("SUMMARY:Jobcenter\\; Termin\r\n"));
        assert!(ics.lines().all(|l| l.len() <= 75), "{ics}");
        assert!(
            ics.contains("\r\n Zimmer") || ics.contains("\r\n "),
            "folded"
        );
    }
}

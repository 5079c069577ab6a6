//! Schedules as five-field cron expressions (minute hour day month weekday), and what
//! exactly is wrong with one that does not read, so that a person is told in their
//! language which part to fix, with an example, instead of the parser's English.

use std::fmt;

/// One of the five parts of a schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchedulePart {
    Minute,
    Hour,
    Day,
    Month,
    Weekday,
}

impl SchedulePart {
    pub const ALL: [SchedulePart; 5] = [
        SchedulePart::Minute,
        SchedulePart::Hour,
        SchedulePart::Day,
        SchedulePart::Month,
        SchedulePart::Weekday,
    ];

    /// The numbers the part allows (a weekday is 0 to 7, both 0 and 7 Sunday).
    pub fn range(self) -> (u32, u32) {
        match self {
            SchedulePart::Minute => (0, 59),
            SchedulePart::Hour => (0, 23),
            SchedulePart::Day => (1, 31),
            SchedulePart::Month => (1, 12),
            SchedulePart::Weekday => (0, 7),
        }
    }

    /// The Fluent id of its name (`schedule-part-minute` …).
    pub fn msg_id(self) -> &'static str {
        match self {
            SchedulePart::Minute => "schedule-part-minute",
            SchedulePart::Hour => "schedule-part-hour",
            SchedulePart::Day => "schedule-part-day",
            SchedulePart::Month => "schedule-part-month",
            SchedulePart::Weekday => "schedule-part-weekday",
        }
    }

    fn english(self) -> &'static str {
        match self {
            SchedulePart::Minute => "minute",
            SchedulePart::Hour => "hour",
            SchedulePart::Day => "day",
            SchedulePart::Month => "month",
            SchedulePart::Weekday => "weekday",
        }
    }
}

/// Why a schedule does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleProblem {
    /// Not five parts (the number there is).
    Parts(usize),
    /// A number its part does not have (`0 25 * * 2`: hour 25).
    OutOfRange { part: SchedulePart, value: u32 },
    /// A part that is not a number, range, list, step or `*`.
    Unreadable { part: SchedulePart, text: String },
    /// Each part reads, but not together.
    Other,
}

impl ScheduleProblem {
    /// The Fluent id explaining it; its arguments are `count`, `part` (a message id's
    /// text), `value`, `min`, `max`, `text`.
    pub fn msg_id(&self) -> &'static str {
        match self {
            ScheduleProblem::Parts(_) => "schedule-problem-parts",
            ScheduleProblem::OutOfRange { .. } => "schedule-problem-range",
            ScheduleProblem::Unreadable { .. } => "schedule-problem-part",
            ScheduleProblem::Other => "schedule-problem-other",
        }
    }
}

impl fmt::Display for ScheduleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScheduleProblem::Parts(n) => write!(
                f,
                "it has {n} parts, a schedule has five (minute hour day month weekday)"
            ),
            ScheduleProblem::OutOfRange { part, value } => {
                let (min, max) = part.range();
                write!(
                    f,
                    "there is no {} {value} (from {min} to {max})",
                    part.english()
                )
            }
            ScheduleProblem::Unreadable { part, text } => write!(
                f,
                "the {} \"{text}\" cannot be read (a number, a range like 1-5, a list like 1,3, a step like */15, or *)",
                part.english()
            ),
            ScheduleProblem::Other => write!(f, "its parts do not fit together"),
        }
    }
}

fn parse(s: &str) -> Result<croner::Cron, croner::errors::CronError> {
    croner::parser::CronParser::builder()
        .seconds(croner::parser::Seconds::Disallowed)
        .year(croner::parser::Year::Disallowed)
        .build()
        .parse(s.trim())
}

/// Reads a schedule; what is wrong with it, part by part, if it does not read.
pub fn read_schedule(s: &str) -> Result<croner::Cron, ScheduleProblem> {
    parse(s).map_err(|_| diagnose(s))
}

/// The first part that does not read on its own (the others as `*`), and why.
fn diagnose(s: &str) -> ScheduleProblem {
    let parts: Vec<&str> = s.split_whitespace().collect();
    if parts.len() != 5 {
        return ScheduleProblem::Parts(parts.len());
    }
    for (i, part) in SchedulePart::ALL.into_iter().enumerate() {
        let alone: Vec<&str> = (0..5)
            .map(|j| if j == i { parts[i] } else { "*" })
            .collect();
        if parse(&alone.join(" ")).is_ok() {
            continue;
        }
        let (min, max) = part.range();
        return match numbers(parts[i]).find(|n| *n < min || *n > max) {
            Some(value) => ScheduleProblem::OutOfRange { part, value },
            None => ScheduleProblem::Unreadable {
                part,
                text: parts[i].to_owned(),
            },
        };
    }
    ScheduleProblem::Other
}

/// The numbers in a part that name a value (not the steps after `/`).
fn numbers(part: &str) -> impl Iterator<Item = u32> + '_ {
    part.split(',')
        .map(|item| item.split('/').next().unwrap_or(""))
        .flat_map(|range| range.split('-'))
        .filter_map(|n| n.parse::<u32>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_schedules_read() {
        for s in [
            "0 18 * * 2",
            "30 9 1,15 * 1-5",
            "*/15 8-16 * * mon-fri",
            "0 0 * * 7",
        ] {
            assert!(read_schedule(s).is_ok(), "{s}");
        }
    }

    #[test]
    fn a_bad_schedule_says_which_part_and_why() {
        assert_eq!(read_schedule("0 18 * *"), Err(ScheduleProblem::Parts(4)));
        assert_eq!(read_schedule("jeden Tag"), Err(ScheduleProblem::Parts(2)));
        assert_eq!(
            read_schedule("0 25 * * 2"),
            Err(ScheduleProblem::OutOfRange {
                part: SchedulePart::Hour,
                value: 25
            })
        );
        assert_eq!(
            read_schedule("60 8 * * 2"),
            Err(ScheduleProblem::OutOfRange {
                part: SchedulePart::Minute,
                value: 60
            })
        );
        assert_eq!(
            read_schedule("0 8 * 13 *"),
            Err(ScheduleProblem::OutOfRange {
                part: SchedulePart::Month,
                value: 13
            })
        );
        assert_eq!(
            read_schedule("0 8 * * 1-9"),
            Err(ScheduleProblem::OutOfRange {
                part: SchedulePart::Weekday,
                value: 9
            })
        );
        assert_eq!(
            read_schedule("0 8 * * dienstags"),
            Err(ScheduleProblem::Unreadable {
                part: SchedulePart::Weekday,
                text: "dienstags".into()
            })
        );
        assert_eq!(
            read_schedule("0 18 * * 2").map(|_| ()),
            Ok(()),
            "the example itself reads"
        );
    }
}

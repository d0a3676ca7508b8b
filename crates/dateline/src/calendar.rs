//! Calendar words shared by the layout and date stages: month and weekday
//! names, and the grammar of the stamped dates that scraped pages carry in
//! their headers ("8 April 2014 14:53 (UTC+04:00)", "06.02.2020 [16:04]",
//! "Published Friday, April 27, 2018 5:37AM EDT").

use jiff::civil::{Date, Time, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// Month names and abbreviations, longest first so that an alternation
/// prefers "September" over "Sept" over "Sep"; the full names in capitals
/// too, as datelines print them ("YEREVAN, DECEMBER 14, NEWS.AM.").
pub(crate) const MONTHS_RE: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";

/// A day of the month before its month, maybe as an ordinal and with
/// "of": "5", "22nd", "5th of" (of "22nd October", "5th of March").
pub(crate) const DAY_BEFORE_MONTH_RE: &str = r"\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?";

/// The month number (1-12) of an English month name or abbreviation,
/// in any case, with or without a trailing dot.
pub(crate) fn month_number(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let m = match n.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    // "Mayor" or "Marsh" are not months: the word must be the full name
    // or a known abbreviation.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let full = FULL[(m - 1) as usize];
    (n == full || n.len() == 3 || n == "sept").then_some(m)
}

/// The weekday of an English weekday name ("Monday", "Mon").
pub(crate) fn weekday(name: &str) -> Option<Weekday> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    Some(match n.as_str() {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// A year written with two digits ("16.12.13"): 70-99 are 1900s, the rest 2000s.
fn full_year(y: &str) -> Option<i16> {
    let v: i16 = y.parse().ok()?;
    Some(match y.len() {
        2 if v >= 70 => 1900 + v,
        2 => 2000 + v,
        _ => v,
    })
}

/// A calendar date found in a line, with its byte range in that line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub date: Date,
    /// The other reading of a slashed date whose day and month could swap
    /// ("09/03/2021": September 3, or 9 March as most of the world writes it).
    pub swapped: Option<Date>,
    pub start: usize,
    pub end: usize,
}

static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTHS_RE;
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?P<iy>\d{{4}})(?:-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?:T|(?-u:\b))|[./](?P<im2>\d{{1,2}})[./](?P<id2>\d{{1,2}})(?-u:\b))
      | (?-u:\b)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{m})\.?,?\s+(?P<y1>\d{{4}})(?-u:\b)
      | (?-u:\b)(?P<m2>{m})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y2>\d{{4}})(?-u:\b)
      | (?-u:\b)(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>\d{{4}}|\d{{2}})(?-u:\b)
      | (?-u:\b)(?P<m4>\d{{1,2}})/(?P<d4>\d{{1,2}})/(?P<y4>\d{{4}})(?-u:\b)
      | (?-u:\b)(?P<d5>\d{{1,2}})/(?P<m5>\d{{1,2}})/(?P<y5>\d{{2}})(?-u:\b)
    "
    ))
    .expect("static date regex compiles")
});

/// Every full calendar date (with a year) written in `line`, in order.
pub(crate) fn full_dates(line: &str) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for c in crate::captures_iter(&FULL_DATE, line) {
        let whole = c.get(0).expect("group 0 always matches");
        let g = |n: &str| c.name(n).map(|m| m.as_str());
        let ymd = if let Some(y) = g("iy") {
            (
                y.parse().ok(),
                // ("2024.03.12", "2024/03/12": year first, then month.)
                g("im").or(g("im2")).and_then(|m| m.parse().ok()),
                g("id").or(g("id2")).and_then(|d| d.parse().ok()),
            )
        } else if let Some(y) = g("y1") {
            (
                full_year(y),
                g("m1").and_then(month_number),
                g("d1").and_then(|d| d.parse().ok()),
            )
        } else if let Some(y) = g("y2") {
            (
                full_year(y),
                g("m2").and_then(month_number),
                g("d2").and_then(|d| d.parse().ok()),
            )
        } else if let Some(y) = g("y3") {
            (
                full_year(y),
                g("m3").and_then(|m| m.parse().ok()),
                g("d3").and_then(|d| d.parse().ok()),
            )
        } else if let Some(y) = g("y4") {
            (
                full_year(y),
                g("m4").and_then(|m| m.parse().ok()),
                g("d4").and_then(|d| d.parse().ok()),
            )
        } else {
            (
                g("y5").and_then(full_year),
                g("m5").and_then(|m| m.parse().ok()),
                g("d5").and_then(|d| d.parse().ok()),
            )
        };
        if let (Some(y), Some(m), Some(d)) = ymd {
            let slashed = g("y4").or(g("y5")).is_some();
            let swapped = Date::new(y, d, m).ok().filter(|_| slashed && d != m);
            // "25/03/2021" can only be day first.
            if let Some(date) = Date::new(y, m, d).ok().or(swapped) {
                out.push(FoundDate {
                    date,
                    swapped: swapped.filter(|s| *s != date),
                    start: whole.start(),
                    end: whole.end(),
                });
            }
        }
    }
    out
}

/// A day of the month written in one or two digits, 1 to 31 ("7", "27").
pub(crate) fn day_number(digits: &str) -> Option<i8> {
    (digits.len() <= 2)
        .then(|| digits.parse::<i8>().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// The first day of a month written without a year in `s`, as (month,
/// day): "September 27" and "Aug. 31" of "Baku, Azerbaijan, Aug. 31", "9
/// September" of "Baku. 9 September.". Only a day of two digits at most
/// that the month can hold counts ("May 2024" is no day).
pub(crate) fn month_day(s: &str) -> Option<(i8, i8)> {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // ("27th": its digits.)
    let day = |w: &str| day_number(w.trim_end_matches(|c: char| c.is_ascii_lowercase()));
    words.windows(2).find_map(|pair| {
        let (m, d) = match (month_number(pair[0]), month_number(pair[1])) {
            (Some(m), _) => (m, day(pair[1])?),
            (None, Some(m)) => (m, day(pair[0])?),
            (None, None) => return None,
        };
        // (Any year: February 29 is a day of 2024.)
        Date::new(2024, m, d).is_ok().then_some((m, d))
    })
}

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?",
    )
    .expect("static time regex compiles")
});

/// The first clock time in `s` ("14:53", "5:37AM", "10:26 PM") and its end offset.
pub(crate) fn time_in(s: &str) -> Option<(Time, usize, usize)> {
    let c = crate::captures(&TIME, s)?;
    let mut h: i8 = c["h"].parse().ok()?;
    let m: i8 = c["m"].parse().ok()?;
    if let Some(ampm) = c.name("ampm") {
        let pm = ampm.as_str().starts_with(['p', 'P']);
        if h > 12 {
            return None;
        }
        h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    }
    let whole = c.get(0)?;
    Some((Time::new(h, m, 0, 0).ok()?, whole.start(), whole.end()))
}

static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \(\s*(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2}):?(?P<m>\d{2})?\s*\)
      | (?-u:\b)(?:UTC|GMT)\s*(?P<sign2>[+-])(?P<h2>\d{1,2}):?(?P<m2>\d{2})?(?-u:\b)
      | (?-u:\b)(?P<abbr>EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|EET|EEST|MSK|GMT|UTC)(?-u:\b)
      | ^(?P<sign3>[+-])(?P<h3>\d{2}):?(?P<m3>\d{2})(?-u:\b)
      | ^(?P<zulu>Z)(?-u:\b)
    ",
    )
    .expect("static offset regex compiles")
});

/// A UTC offset written after a time: "(UTC+04:00)", "GMT+3", "EDT".
/// Returns the offset in seconds east of UTC.
pub(crate) fn offset_in(s: &str) -> Option<i32> {
    let c = crate::captures(&OFFSET, s)?;
    if let Some(abbr) = c.name("abbr") {
        let hours = match abbr.as_str() {
            "EDT" => -4,
            "EST" | "CDT" => -5,
            "CST" | "MDT" => -6,
            "MST" | "PDT" => -7,
            "PST" => -8,
            "BST" | "CET" => 1,
            "CEST" | "EET" => 2,
            "EEST" | "MSK" => 3,
            _ => 0,
        };
        return Some(hours * 3600);
    }
    if c.name("zulu").is_some() {
        return Some(0);
    }
    // (ISO 8601 right after the time: "11:40:00+04:00".)
    let (sign, h, m) = match (c.name("sign"), c.name("sign2")) {
        (Some(s), _) => (s.as_str(), c.name("h"), c.name("m")),
        (None, Some(s)) => (s.as_str(), c.name("h2"), c.name("m2")),
        (None, None) => (c.name("sign3")?.as_str(), c.name("h3"), c.name("m3")),
    };
    let h: i32 = h?.as_str().parse().ok()?;
    let m: i32 = m.map_or(Some(0), |m| m.as_str().parse().ok())?;
    let secs = h * 3600 + m * 60;
    Some(if sign == "-" { -secs } else { secs })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn month_day_reads_a_day_without_its_year() {
        assert_eq!(month_day("Baku, Azerbaijan, September 27"), Some((9, 27)));
        assert_eq!(month_day("Baku, Azerbaijan, Aug. 31"), Some((8, 31)));
        assert_eq!(month_day("Baku. 9 September."), Some((9, 9)));
        assert_eq!(month_day("LONDON, 22nd October"), Some((10, 22)));
        // No day: a year, a day the month lacks, a number of three digits.
        assert_eq!(month_day("Baku, May 2024"), None);
        assert_eq!(month_day("Baku, February 30"), None);
        assert_eq!(month_day("Baku, March 100"), None);
    }

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("DECEMBER"), Some(12));
        assert_eq!(month_number("Mayor"), None);
        assert_eq!(month_number("Ma"), None);
    }

    #[test]
    fn full_dates_of_many_shapes() {
        let cases = [
            ("8 April 2014 14:53 (UTC+04:00)", date(2014, 4, 8)),
            ("Monday September 9 2024", date(2024, 9, 9)),
            ("Published June 26,2024", date(2024, 6, 26)),
            ("06.02.2020 [16:04]", date(2020, 2, 6)),
            ("9/17/2024 5:19:00 AM", date(2024, 9, 17)),
            ("2022-12-03 22:44:00, Kosova & Bota CNA", date(2022, 12, 3)),
            ("14 Jun, 2010 15:26", date(2010, 6, 14)),
            ("Aug. 1, 2023 | By someone", date(2023, 8, 1)),
            ("Baku/16.12.13/Turan", date(2013, 12, 16)),
            ("25/03/2021 - 18:45", date(2021, 3, 25)),
            ("BISHKEK, 5th of March 2024 (Kabar)", date(2024, 3, 5)),
            ("2024.03.12 14:33", date(2024, 3, 12)),
            ("2024/3/12", date(2024, 3, 12)),
        ];
        for (text, want) in cases {
            let got = full_dates(text);
            assert_eq!(got.first().map(|d| d.date), Some(want), "{text}");
        }
    }

    #[test]
    fn an_ambiguous_slashed_date_keeps_its_other_reading() {
        let d = full_dates("09/03/2021 - 18:45")[0];
        assert_eq!(
            (d.date, d.swapped),
            (date(2021, 9, 3), Some(date(2021, 3, 9)))
        );
        assert_eq!(full_dates("9/17/2024")[0].swapped, None);
        assert_eq!(full_dates("06.02.2020")[0].swapped, None);
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert!(full_dates("31.02.2020").is_empty());
        assert!(full_dates("2020-13-01").is_empty());
    }

    #[test]
    fn times_with_and_without_meridiem() {
        assert_eq!(
            time_in("April 24, 2018 / 10:26 PM").map(|t| t.0),
            Some(Time::constant(22, 26, 0, 0))
        );
        assert_eq!(
            time_in("2018 5:37AM EDT").map(|t| t.0),
            Some(Time::constant(5, 37, 0, 0))
        );
        assert_eq!(
            time_in("12:05 am").map(|t| t.0),
            Some(Time::constant(0, 5, 0, 0))
        );
        assert_eq!(time_in("no time here"), None);
    }

    #[test]
    fn offsets_written_and_abbreviated() {
        assert_eq!(offset_in("14:53 (UTC+04:00)"), Some(4 * 3600));
        assert_eq!(offset_in("13:37 (UTC +04:00)"), Some(4 * 3600));
        assert_eq!(offset_in("5:37AM EDT"), Some(-4 * 3600));
        assert_eq!(offset_in("nothing"), None);
        assert_eq!(offset_in("+04:00"), Some(4 * 3600));
        assert_eq!(offset_in("Z"), Some(0));
    }
}

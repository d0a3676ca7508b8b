//! Dates: calendar references in running text, resolved to ISO values
//! (day, month or year precision) against the article's publication date.
//!
//! "February 6" takes its year from the article ("the 2nd of March" too;
//! but a January story's "December 7" is last December's: more than nine
//! months ahead is the year before's; "03.05.2021" is day first,
//! "2021-04-01" ISO); "yesterday", "two days ago" and weekday
//! names count back from it (forward after "by", "for", "until" or "next");
//! "in June" is June of the article's year (the year before's when more
//! than nine months ahead, or ahead and told in the past: "met in
//! October" in a July story); "last month" and "this year" are that month
//! or year.
//! Durations ("26 years"), decades ("the 1990s"), ages, ordinals and a year
//! that opens an event's name ("2019 ... World Challenge Cup") are not
//! dates. A range ("February 14-15", "1 to 3 July", "2006-2007") gives its
//! first and its last date, both with the range as their mention.

use crate::calendar::{self, MONTHS_RE};
use jiff::civil::Date;
use jiff::ToSpan;
use regex::Regex;
use std::sync::LazyLock;

/// A date mention: byte range in the input and ISO value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub start: usize,
    pub end: usize,
    pub value: String,
}

/// Verbs that tell the news on a day ("the ministry said on Tuesday"): that
/// day is the telling's, not the event's (meetings reads them too).
pub(crate) const TOLD: [&str; 6] = ["said", "announced", "reported", "stated", "noted", "added"];

/// Words that put a sentence in the future: its weekdays are ahead.
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:will|shall|(?:is|are)\s+(?:also\s+|now\s+)?(?:expected|scheduled|due|set|going)\s+to|to\s+be\s+held|plans?\s+to)(?-u:\b)")
        .expect("static regex compiles")
});

/// Date shapes. Digits are `[0-9]`: the values are parsed as ASCII numbers,
/// and Unicode `\d` only grew the automaton every match is captured with.
static DATES: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTHS_RE;
    Regex::new(&format!(
        r"(?x)
        (?-u:\b)(?P<d1>[0-9]{{1,2}})(?:(?:st|nd|rd|th)\s+of|(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+)(?P<d1b>[0-9]{{1,2}}))?)\s+(?P<m1>{m})(?-u:\b)\.?(?:,?\s+(?P<y1>[0-9]{{4}})(?-u:\b))?
      | (?-u:\b)(?P<m2>{m})(?-u:\b)\.?\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+)(?P<d2b>[0-9]{{1,2}})(?-u:\b))?(?:,?\s+(?P<y2>[0-9]{{4}})(?-u:\b))?
      | (?-u:\b)(?P<m3>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?P<y3>[0-9]{{4}})(?-u:\b)
      | (?:(?-u:\b)(?i:in|since|until|by|from|for|of|early|late|last|next|this|during|the)\s+|(?-u:\b)(?i:mid)-\s*)(?P<m4>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)
      | (?-u:\b)(?P<nd>[0-9]{{1,2}})\.(?P<nm>[0-9]{{1,2}})\.(?P<ny>(?:19|20)[0-9]{{2}})(?-u:\b)
      | (?-u:\b)(?P<sa>[0-9]{{1,2}})/(?P<sb>[0-9]{{1,2}})/(?P<sy>(?:19|20)[0-9]{{2}})(?-u:\b)
      | (?-u:\b)(?P<iy>(?:19|20)[0-9]{{2}})-(?P<im>[0-9]{{2}})-(?P<id>[0-9]{{2}})(?-u:\b)
      | (?P<rel>(?-u:\b)(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)(?-u:\b))
      | (?P<ry>(?-u:\b)(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<unit>year|month)(?-u:\b))
      | (?-u:\b)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)
      | (?P<pre>[\w$€£.,]?)(?P<y5>(?:19|20)[0-9]{{2}})(?:\s*[-–]\s*(?P<y5b>(?:19|20)[0-9]{{2}}))?(?P<post>s|'s|’s|-year|\s*years?(?-u:\b)|[\w%]|[.,][0-9])?
    "
    ))
    .expect("static date regex compiles")
});

fn iso(d: Date) -> String {
    d.to_string()
}

/// Whether `after` (what follows a year) starts with a capitalised name, of
/// up to eight words, that an event word closes or holds ("World Cup").
fn opens_event_name(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    rest.split(' ')
        .take(8)
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .any(|w| crate::recognize::is_event_word(w.trim_end_matches([',', '.', ';', ':'])))
}

/// The last word of `before` (which ends where a date starts).
fn word_before(before: &str) -> &str {
    before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// The year of a day written without one ("on December 7"): the
/// article's, unless that puts the day more than nine months after the
/// article, when it is the year before's (a January story's "December 7" is
/// last December's; a February story's "October 20" still this October).
fn year_around(published: Date, month: i8, day: i8) -> i16 {
    let ahead = (i32::from(month) - i32::from(published.month())) * 31 + i32::from(day)
        - i32::from(published.day());
    published.year() - i16::from(ahead > 9 * 31)
}

/// Whether a month named at `start..end` of `text`, `ahead` months after
/// the article's, is one gone by: more than nine months ahead (as for a
/// day), or told in the past in its sentence ("met", "was held", "last
/// spoke") with nothing of the future in it ("will", "next", "scheduled").
fn told_as_past(text: &str, start: usize, end: usize, ahead: i8) -> bool {
    if ahead > 9 {
        return true;
    }
    // "since November", "since late November": always gone by.
    let head = text[..start].trim_end_matches(' ');
    let head = ["late", "early", "mid-", "mid"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head)
        .trim_end_matches(' ');
    if head.ends_with(" since") || head.ends_with("Since") {
        return true;
    }
    tells(text, start, end, Tense::Past)
}

/// Whether a month or day named at `start..end` of `text`, before the
/// article's in its year, is told as one to come: "The presidents agreed
/// to meet in January" in December is next January.
fn told_as_future(text: &str, start: usize, end: usize) -> bool {
    tells(text, start, end, Tense::Future)
}

enum Tense {
    Past,
    Future,
}

/// Whether the sentence around `start..end` of `text` tells its time in
/// the tense `want`: in the past ("met", "was held", "last spoke") with
/// nothing of the future in it, or of the future ("will", "next",
/// "scheduled", "agreed to meet") with nothing of the past.
fn tells(text: &str, start: usize, end: usize, want: Tense) -> bool {
    static PAST: crate::Needles<11> = crate::needles![
        " met ",
        " met.",
        " held ",
        " visited ",
        " spoke ",
        " signed ",
        " took place",
        " was ",
        " were ",
        " last ",
        " had ",
    ];
    // (A purpose or a promise is ahead: "agreed to meet in June".)
    static FUTURE: crate::Needles<13> = crate::needles![
        "will ",
        "next ",
        "scheduled",
        "expected",
        "plans",
        "planned",
        "due ",
        "upcoming",
        "to be ",
        " set to",
        " to meet",
        " to hold",
        " to visit",
    ];
    // (Within 200 bytes each way: a text written as one line is not
    // searched whole for every month.)
    let lo = crate::ceil_boundary(text, start.saturating_sub(200));
    let hi = crate::floor_boundary(text, (end + 200).min(text.len()));
    let from = text[lo..start].rfind(". ").map_or(lo, |i| lo + i + 2);
    let to = text[end..hi].find(". ").map_or(hi, |i| end + i + 1);
    let sentence = &text[from..to];
    // (Not a participle after "be": "will be held", "to be signed".)
    let past = || {
        PAST.all_in(sentence)
            .any(|(i, _)| !sentence[..i].ends_with(" be"))
    };
    let future = || FUTURE.any_in(sentence);
    // (Only the tense asked about is searched first.)
    match want {
        Tense::Past => past() && !future(),
        Tense::Future => future() && !past(),
    }
}

/// Date mentions in `text` (which starts at byte `base` of the input).
/// A range's last month right after its first, `m`: "-October" in
/// "September-October", with the year after it if one is written ("-March
/// 2024"): the last month, the length read and the year.
fn month_range(rest: &str, m: i8) -> Option<(i8, usize, Option<i16>)> {
    let after_dash = rest.strip_prefix(['-', '–'])?;
    let word_len = after_dash
        .find(|ch: char| !ch.is_ascii_alphabetic())
        .unwrap_or(after_dash.len());
    let last = &after_dash[..word_len];
    // (A month's full name: "May" is one, "Mar" none.)
    let m2 = calendar::month_number(last).filter(|&m2| {
        m2 > m && (last.len() > 3 || last == "May") && last.starts_with(char::is_uppercase)
    })?;
    let len = rest.len() - after_dash.len() + word_len;
    // "in January-March 2024": the year after the range is both's.
    let digits = after_dash[word_len..].strip_prefix(' ').unwrap_or("");
    let stated = digits
        .get(..4)
        .filter(|y| {
            (y.starts_with("19") || y.starts_with("20"))
                && y.bytes().all(|b| b.is_ascii_digit())
                && !digits[4..].starts_with(|ch: char| ch.is_alphanumeric())
        })
        .and_then(|y| y.parse::<i16>().ok());
    Some((m2, len + stated.map_or(0, |_| 5), stated))
}

/// A range's last day in a month after `m`, right after its first day:
/// "-May 2" of "April 30-May 2", "–2 May" of "30 April–2 May". The month,
/// the day and the length read.
fn later_month_day(rest: &str, m: i8) -> Option<(i8, i8, usize)> {
    let after = rest.strip_prefix(['-', '–'])?;
    let mut words = after.splitn(3, ' ');
    let first = words.next()?;
    let second = words.next()?;
    let second = &second[..second
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(second.len())];
    let (m2, day) = match (
        calendar::month_number(first),
        calendar::month_number(second),
    ) {
        (Some(m2), None) => (m2, second),
        (None, Some(m2)) => (m2, first),
        _ => return None,
    };
    let d2 = calendar::day_number(day)?;
    (m2 > m).then_some((
        m2,
        d2,
        rest.len() - after.len() + first.len() + 1 + second.len(),
    ))
}

/// The words at the start of `rest`, after a month or a day, that say
/// which year it is in, and its distance from the article's year ("June
/// last year").
fn year_shift(rest: &str) -> Option<(&'static str, i16)> {
    [(" this year", 0), (" last year", -1), (" next year", 1)]
        .into_iter()
        .find(|(phrase, _)| {
            rest.starts_with(phrase)
                && !rest[phrase.len()..].starts_with(|ch: char| ch.is_alphanumeric())
        })
}

pub(crate) fn find(text: &str, base: usize, published: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(c) = DATES
        .is_match_at(text, pos)
        .then(|| DATES.captures_at(text, pos))
        .flatten()
    {
        let whole = c.get(0).expect("group 0 always matches");
        pos = whole.end().max(pos + 1);
        let (mut start, mut end) = (whole.start(), whole.end());
        let mut values: Vec<String> = Vec::new();
        let g = |n: &str| c.name(n).map(|m| m.as_str());
        let num = |n: &str| g(n).and_then(|s| s.parse::<i16>().ok());
        let ymd = |y: Option<i16>, m: Option<i8>, d: Option<i16>| -> Option<String> {
            let (m, d) = (m?, i8::try_from(d?).ok()?);
            let y = match (y, published) {
                (Some(y), _) => y,
                (None, Some(p)) => year_around(p, m, d),
                (None, None) => return None,
            };
            Date::new(y, m, d).ok().map(iso)
        };
        if g("m1").is_some() || g("m2").is_some() {
            let (m, d, db, y) = if g("m1").is_some() {
                ("m1", "d1", "d1b", "y1")
            } else {
                ("m2", "d2", "d2b", "y2")
            };
            let month = g(m).and_then(calendar::month_number);
            // "5-8 May." ends a sentence: the dot belongs to abbreviations only.
            if g(y).is_none()
                && text[..end].ends_with('.')
                && g(m).is_some_and(|w| {
                    !matches!(
                        w,
                        "Jan"
                            | "Feb"
                            | "Mar"
                            | "Apr"
                            | "Jun"
                            | "Jul"
                            | "Aug"
                            | "Sep"
                            | "Sept"
                            | "Oct"
                            | "Nov"
                            | "Dec"
                    )
                })
            {
                end -= 1;
            }
            // A day without its year: "September 25 last year" is of the
            // year before; so is one months ahead of the article's date
            // told in the past ("Last year's drills took place on
            // September 25" in May).
            let mut year = num(y);
            // A year after the next date joined by "and" is this one's too:
            // "January 11 and November 26, 2021".
            if year.is_none() {
                if let Some(rest) = text[end..].strip_prefix(" and ") {
                    year = crate::captures(&DATES, rest)
                        .filter(|c2| c2.get(0).is_some_and(|m| m.start() == 0))
                        .and_then(|c2| c2.name("y1").or(c2.name("y2")))
                        .and_then(|m| m.as_str().parse::<i16>().ok());
                }
            }
            if let (None, Some(p), Some(m), Some(d)) = (year, published, month, num(d)) {
                if let Some((phrase, by)) = year_shift(&text[end..]) {
                    year = Some(p.year() + by);
                    end += phrase.len();
                    pos = end;
                } else {
                    let around = year_around(p, m, i8::try_from(d).unwrap_or(1));
                    let ahead = m - p.month();
                    if around == p.year() && ahead >= 2 && told_as_past(text, start, end, ahead) {
                        year = Some(p.year() - 1);
                    } else if around == p.year() && ahead <= -2 && told_as_future(text, start, end)
                    {
                        // "They will meet on January 15" in December.
                        year = Some(p.year() + 1);
                    }
                }
            }
            values.extend(ymd(year, month, num(d)));
            // "March 5 and 6": the next days only (not "on March 5 and 10
            // others": the mention ends at the day; "3 and 10 June" holds
            // its month after both).
            // "March 1 to 2" likewise, a later day of that month only (not
            // "from March 30 to 2 April": that day is the next date's).
            // (The end of the mention when it stops at the first day.)
            let cut = c.name(db).filter(|_| m == "m2").and_then(|second| {
                let before = &text[..second.start()];
                let days = num(db).zip(num(d));
                let sep = if before.ends_with(" and ") {
                    // (Days close after the first join it.)
                    (!days.is_some_and(|(b, a)| b > a && b - a <= 3)).then_some(" and ")?
                } else if before.ends_with(" to ") {
                    let month_next = text[second.end()..]
                        .split_whitespace()
                        .next()
                        .and_then(|w| calendar::month_number(w.trim_end_matches([',', '.'])))
                        .is_some();
                    (days.is_none_or(|(b, a)| b <= a) || month_next).then_some(" to ")?
                } else {
                    return None;
                };
                Some(second.start() - sep.len())
            });
            if let Some(at) = cut {
                end = at;
                pos = end;
            } else if num(db).is_some() {
                values.extend(ymd(year, month, num(db)));
            } else if let Some((m2, d2, len)) = month
                .filter(|_| g(y).is_none())
                .and_then(|m| later_month_day(&text[end..], m))
            {
                // "April 30-May 2": a range into a later month, one mention.
                values.extend(ymd(None, Some(m2), Some(d2.into())));
                end += len;
                pos = end;
            }
        } else if let Some(y) = num("sy") {
            // "3/12/2024": day first or month first, as its numbers allow;
            // when both do, the reading that lies nearest before the
            // article's date (else day first, as the region writes it).
            let (a, b) = (num("sa").unwrap_or(0), num("sb").unwrap_or(0));
            let day_first = ymd(Some(y), i8::try_from(b).ok(), Some(a));
            let month_first = ymd(Some(y), i8::try_from(a).ok(), Some(b));
            let pick = match (day_first, month_first, published) {
                (Some(d), Some(m), Some(p)) if d != m => {
                    // (ISO strings order as their dates.)
                    let p = iso(p);
                    let past = |x: &String| *x <= p;
                    // The past before the future; of two past the later, of
                    // two ahead the sooner.
                    let better_m = match (past(&d), past(&m)) {
                        (true, false) => false,
                        (false, true) => true,
                        (true, true) => m > d,
                        (false, false) => m < d,
                    };
                    Some(if better_m { m } else { d })
                }
                (d, m, _) => d.or(m),
            };
            values.extend(pick);
        } else if let Some(y) = num("ny").or(num("iy")) {
            // "03.05.2021" (day first, as the region writes it), "2021-04-01".
            let (m, d) = if g("ny").is_some() {
                (num("nm"), num("nd"))
            } else {
                (num("im"), num("id"))
            };
            values.extend(ymd(Some(y), m.and_then(|m| i8::try_from(m).ok()), d));
        } else if let Some(y) = num("y3") {
            if let Some(m) = g("m3").and_then(calendar::month_number) {
                values.push(format!("{y:04}-{m:02}"));
            }
        } else if let Some(m) = g("m4").and_then(calendar::month_number) {
            let mm = c.name("m4").expect("matched");
            // "from February 14-15", "since February 2022": the month starts a
            // fuller date; read it from there (with or without a publication
            // date to place a lone month in).
            if text[mm.end()..]
                .trim_start_matches([' ', '.'])
                .starts_with(|ch: char| ch.is_ascii_digit())
            {
                pos = mm.start();
                continue;
            }
            let said = text[c.get(0).expect("matched").start()..mm.start()].trim_end();
            start = mm.start();
            // "in September-October", "in January-March 2024": a range of
            // months, its first and last ("the January-March period" is
            // one only as a range).
            let range = month_range(&text[end..], m);
            if said.eq_ignore_ascii_case("the") && range.is_none() {
                continue;
            }
            // "in July this year", "in June last year": one month, of that year.
            let shift = year_shift(&text[end..]);
            // The year the article's date places the month in (a range's own
            // year will do without one).
            let year = published.map(|p| {
                // "last May" in February is the year before's; "next March" in
                // June the year after's.
                let turn = if said.eq_ignore_ascii_case("last") && m >= p.month() {
                    -1
                } else if said.eq_ignore_ascii_case("next") && m <= p.month() {
                    1
                } else if m > p.month() && told_as_past(text, start, end, m - p.month()) {
                    // "The two met in December" in January; "They last spoke in
                    // Granada in October" in July.
                    -1
                } else if p.month() - m >= 2 && told_as_future(text, start, end) {
                    // "The presidents agreed to meet in January" in December.
                    1
                } else {
                    0
                };
                p.year() + shift.map_or(turn, |(_, by)| by)
            });
            // ("July this year" is named by its month, this year's anyway;
            // "June last year" whole.)
            let mut this_year = 0;
            match (range.filter(|_| shift.is_none()), year) {
                (Some((m2, len, stated)), year) => {
                    let Some(year) = stated.or(year) else {
                        continue;
                    };
                    values.push(format!("{year:04}-{m:02}"));
                    values.push(format!("{year:04}-{m2:02}"));
                    end += len;
                }
                (None, Some(year)) => {
                    values.push(format!("{year:04}-{m:02}"));
                    match shift {
                        Some((phrase, 0)) => this_year = phrase.len(),
                        Some((phrase, _)) => end += phrase.len(),
                        None => {}
                    }
                }
                (None, None) => continue,
            }
            pos = end + this_year;
        } else if let Some(r) = g("rel") {
            let Some(p) = published else { continue };
            // "Today.az" is a name, not a date.
            if text[end..].starts_with('.') && text[end + 1..].starts_with(char::is_alphanumeric) {
                continue;
            }
            let days = match r.to_ascii_lowercase().as_str() {
                // "the day before yesterday", with its "the".
                "yesterday" if text[..start].ends_with("day before ") => {
                    start -= "day before ".len();
                    if text[..start].ends_with("the ") || text[..start].ends_with("The ") {
                        start -= "the ".len();
                    }
                    -2
                }
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            values.extend(p.checked_add(days.days()).ok().map(iso));
        } else if let Some(r) = g("ry") {
            let Some(p) = published else { continue };
            let by: i8 = if r.to_ascii_lowercase().starts_with("last") {
                -1
            } else if r.to_ascii_lowercase().starts_with("next") {
                1
            } else {
                0
            };
            if g("unit") == Some("month") {
                // "earlier this month", "last month": that month of the article's year.
                let Ok(m) = p.first_of_month().checked_add(i64::from(by).months()) else {
                    continue;
                };
                values.push(format!("{:04}-{:02}", m.year(), m.month()));
            } else {
                values.push(format!("{:04}", p.year() + i16::from(by)));
            }
        } else if let Some(w) = g("wd").and_then(calendar::weekday) {
            let Some(p) = published else { continue };
            let offset =
                (w.to_monday_zero_offset() - p.weekday().to_monday_zero_offset()).rem_euclid(7);
            // The latest such weekday on or before the article's date, or
            // the next one for a deadline or plan: "by Friday", "planned for
            // Wednesday", "until Monday", "next Tuesday".
            let prev_word = word_before(text[..start].trim_end());
            // ... or in a sentence about the future: "X will meet Y on Wednesday".
            let clause = &text[crate::ceil_boundary(text, start.saturating_sub(120))..start];
            let clause = clause.rsplit(". ").next().unwrap_or(clause);
            // (Not a quotation's future: "\"We will not ...,\" X told
            // reporters on Monday".)
            let clause = clause.rsplit(['"', '”']).next().unwrap_or(clause);
            // (Not the day a plan was announced: "..., the ministry said
            // on Tuesday", "said Tuesday".)
            let said = {
                let before = text[..start].trim_end();
                let before = before.strip_suffix(" on").unwrap_or(before);
                let w = word_before(before);
                TOLD.contains(&w) || w == "told"
            };
            // A weekday opening its sentence dates the clause after it, up
            // to its first comma: "On Friday, X will travel to Busan" (not
            // "On Friday, X met Y, who will ...").
            let opening = matches!(clause.trim(), "" | "On" | "on");
            let rest = || {
                let rest = &text[end..crate::floor_boundary(text, (end + 120).min(text.len()))];
                let rest = rest.strip_prefix(',').unwrap_or(rest);
                rest.split([',', '.', ';']).next().unwrap_or(rest)
            };
            let ahead = matches!(prev_word, "by" | "for" | "until" | "till" | "next" | "Next")
                || (FUTURE.is_match(clause) && !said)
                || (opening && FUTURE.is_match(rest()));
            // ("Last Friday" on a Friday is a week before; "next Friday" a
            // week after; "this Friday" the article's week's, Monday first.)
            let days = match prev_word {
                "last" | "Last" => i64::from(offset) - 7,
                "this" | "This" => {
                    i64::from(w.to_monday_zero_offset() - p.weekday().to_monday_zero_offset())
                }
                "next" | "Next" if offset == 0 => 7,
                _ if ahead || offset == 0 => i64::from(offset),
                _ => i64::from(offset) - 7,
            };
            values.extend(p.checked_add(days.days()).ok().map(iso));
        } else if let Some(y) = g("y5") {
            if g("post").is_some() {
                continue;
            }
            let pre = g("pre").unwrap_or("");
            if !pre.is_empty() {
                // "$2019", "1,2019", "COP2019": part of a number or a name.
                continue;
            }
            start = c.name("y5").expect("matched").start();
            // A year right after a capitalised name ("Peace Mission 2018",
            // "ADEX 2016") belongs to that event's name.
            let before = text[..start].trim_end();
            let prev_word = word_before(before);
            let glued = before.len() + 1 == start;
            let function_word = matches!(
                prev_word,
                "In" | "Since"
                    | "By"
                    | "Until"
                    | "From"
                    | "Of"
                    | "On"
                    | "The"
                    | "A"
                    | "Its"
                    | "His"
                    | "Her"
                    | "Their"
                    | "Our"
                    | "This"
                    | "That"
                    | "After"
                    | "Before"
                    | "During"
                    | "For"
            );
            if glued
                && prev_word.starts_with(char::is_uppercase)
                && calendar::month_number(prev_word).is_none()
                && !function_word
            {
                continue;
            }
            // ... or hyphened to it: "Interaction-2021", "ADEX-2016".
            if let Some(name) = text[..start].strip_suffix('-') {
                let name = word_before(name);
                if name.starts_with(char::is_uppercase) && calendar::month_number(name).is_none() {
                    continue;
                }
            }
            // A year opening an event's name: "2019 FIG Artistic Gymnastics
            // World Challenge Cup".
            if opens_event_name(&text[end..]) {
                continue;
            }
            // A month's short name before it: that month ("in Dec. 2020",
            // "Feb 2021"; the full names are read above).
            let dotless = before.strip_suffix('.').unwrap_or(before);
            let short = word_before(dotless);
            if let Some(m) = (short.len() <= 4 && short.starts_with(char::is_uppercase))
                .then(|| calendar::month_number(short))
                .flatten()
            {
                start = dotless.len() - short.len();
                values.push(format!("{y}-{m:02}"));
            } else {
                values.push(y.to_string());
                if let Some(yb) = g("y5b") {
                    values.push(yb.to_string());
                }
            }
        }
        for v in values {
            out.push(DateMention {
                start: base + start,
                end: base + end,
                value: v,
            });
        }
    }
    if let Some(p) = published {
        days_ago(text, base, p, &mut out);
    }
    out
}

/// Days counted back from the article's date: "two days ago", "3 days
/// ago". Read apart from [`DATES`], with a byte search: the shape is rare,
/// and every alternative there adds to each match's capture.
fn days_ago(text: &str, base: usize, published: Date, out: &mut Vec<DateMention>) {
    static AGO: crate::Needles<1> = crate::needles![" days ago"];
    for (at, len) in AGO.all_in(text) {
        let word = word_before(&text[..at]);
        let n: i64 = match word {
            "two" | "Two" => 2,
            "three" | "Three" => 3,
            "four" | "Four" => 4,
            "five" | "Five" => 5,
            "six" | "Six" => 6,
            _ => match word.parse::<i64>() {
                Ok(n) if (1..=31).contains(&n) => n,
                _ => continue,
            },
        };
        let Ok(day) = published.checked_add((-n).days()) else {
            continue;
        };
        let start = base + at - word.len();
        let i = out.partition_point(|m| m.start < start);
        out.insert(
            i,
            DateMention {
                start,
                end: base + at + len,
                value: iso(day),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn vals(t: &str, p: Option<Date>) -> Vec<(String, String)> {
        find(t, 0, p)
            .into_iter()
            .map(|d| (t[d.start..d.end].to_string(), d.value))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_day_without_a_year_is_the_nearest_one_before_or_this_year_s() {
        // A January story's "December 7" is last December's.
        let p = Some(date(2025, 1, 15));
        assert_eq!(
            vals("last met on December 7 in Doha", p),
            [pair("December 7", "2024-12-07")]
        );
        // A February story's "October 20" and "January 30" are this year's.
        let p = Some(date(2025, 2, 15));
        assert_eq!(
            vals("elections on October 20 and talks on January 30", p),
            [
                pair("October 20", "2025-10-20"),
                pair("January 30", "2025-01-30")
            ]
        );
    }

    #[test]
    fn a_day_months_ahead_told_in_the_past_is_last_year_s() {
        let p = Some(date(2024, 5, 22));
        assert_eq!(
            vals("Last year's drills took place on September 25.", p),
            [
                pair("Last year", "2023"),
                pair("September 25", "2023-09-25")
            ]
        );
        assert_eq!(
            vals("The exercise was held on September 25 last year.", p),
            [pair("September 25 last year", "2023-09-25")]
        );
        assert_eq!(
            vals("It was held from September 25 to 28.", p),
            [
                pair("September 25 to 28", "2023-09-25"),
                pair("September 25 to 28", "2023-09-28")
            ]
        );
        // Not a day to come, nor one within the next month.
        assert_eq!(
            vals("The drills will take place on September 25.", p),
            [pair("September 25", "2024-09-25")]
        );
        assert_eq!(
            vals("The drills were held on June 5.", p),
            [pair("June 5", "2024-06-05")]
        );
    }

    #[test]
    fn a_month_or_day_gone_by_told_as_to_come_is_next_year_s() {
        let p = Some(date(2024, 12, 18));
        assert_eq!(
            vals("The presidents agreed to meet in Samarkand in January.", p),
            [pair("January", "2025-01")]
        );
        assert_eq!(
            vals("The talks will be held on February 3.", p),
            [pair("February 3", "2025-02-03")]
        );
        // (Told in the past, or a month just gone, it is this year's.)
        assert_eq!(
            vals("The two met in January.", p),
            [pair("January", "2024-01")]
        );
        assert_eq!(
            vals("The report is expected in November.", p),
            [pair("November", "2024-11")]
        );
    }

    #[test]
    fn a_month_ahead_told_in_the_past_is_last_year_s() {
        let p = Some(date(2025, 1, 15));
        assert_eq!(
            vals("The two met in December in Doha.", p),
            [pair("December", "2024-12")]
        );
        let p = Some(date(2024, 7, 23));
        assert_eq!(
            vals("They last spoke in Granada in October.", p),
            [pair("October", "2023-10")]
        );
        // Not a month to come.
        assert_eq!(
            vals("They agreed to meet in October.", p),
            [pair("October", "2024-10")]
        );
        assert_eq!(
            vals("The talks were useful and will go on in October.", p),
            [pair("October", "2024-10")]
        );
        // A month a plan is for.
        assert_eq!(
            vals("A summit is planned for November.", p),
            [pair("November", "2024-11")]
        );
        // "since": gone by, whatever the verb.
        let p = Some(date(2024, 3, 7));
        assert_eq!(
            vals("The militia attacks vessels since November.", p),
            [pair("November", "2023-11")]
        );
        assert_eq!(
            vals("Prices rise since late October.", p),
            [pair("October", "2023-10")]
        );
    }

    #[test]
    fn day_month_year_shapes() {
        let p = Some(date(2020, 2, 11));
        assert_eq!(
            vals("On February 6, the minister", p),
            [pair("February 6", "2020-02-06")]
        );
        assert_eq!(
            vals("on 6 February 2019 and", p),
            [pair("6 February 2019", "2019-02-06")]
        );
        assert_eq!(
            vals("dated Sept. 7 there", p),
            [pair("Sept. 7", "2020-09-07")]
        );
        // A month's short name and a year: that month.
        assert_eq!(
            vals("met in Dec. 2018 and Feb 2019", p),
            [pair("Dec. 2018", "2018-12"), pair("Feb 2019", "2019-02")]
        );
        assert_eq!(
            vals("on 12th October, 2022 in", p),
            [pair("12th October, 2022", "2022-10-12")]
        );
        assert_eq!(
            vals("they met on March 5 and 6 in Riga", p),
            [
                pair("March 5 and 6", "2020-03-05"),
                pair("March 5 and 6", "2020-03-06")
            ]
        );
        assert_eq!(
            vals("on March 5 and 10 others", p),
            [pair("March 5", "2020-03-05")]
        );
        // A year after the next date joined by "and" is this one's too.
        assert_eq!(
            vals("statements of January 11 and November 26, 2017", p),
            [
                pair("January 11", "2017-01-11"),
                pair("November 26, 2017", "2017-11-26")
            ]
        );
        assert_eq!(vals("back in May 2021.", p), [pair("May 2021", "2021-05")]);
        // (With no publication date as well: the year is in the text.)
        for p in [p, None] {
            assert_eq!(
                vals("the first since February 2022.", p),
                [pair("February 2022", "2022-02")]
            );
        }
        assert_eq!(
            vals("It runs on 5-8 May. Then", p),
            [pair("5-8 May", "2020-05-05"), pair("5-8 May", "2020-05-08")]
        );
        assert_eq!(vals("on 9 May. Then", p), [pair("9 May", "2020-05-09")]);
        assert_eq!(vals("on 5 June. Then", p), [pair("5 June", "2020-06-05")]);
        assert!(vals("the CSTO Interaction-2021 exercise", p).is_empty());
        assert_eq!(vals("by mid-2021 it", p), [pair("2021", "2021")]);
        assert_eq!(
            vals("on 9 Sept. 2021", p),
            [pair("9 Sept. 2021", "2021-09-09")]
        );
        assert_eq!(vals("to be held in June", p), [pair("June", "2020-06")]);
    }

    #[test]
    fn ranges_give_two_dates() {
        let p = Some(date(2023, 2, 14));
        assert_eq!(
            vals("from February 14-15 at", p),
            [
                pair("February 14-15", "2023-02-14"),
                pair("February 14-15", "2023-02-15")
            ]
        );
        assert_eq!(
            vals("the 2006-2007 agreement", p),
            [pair("2006-2007", "2006"), pair("2006-2007", "2007")]
        );
        assert_eq!(
            vals("held from 1 to 3 July and on 3 and 4 June", p),
            [
                pair("1 to 3 July", "2023-07-01"),
                pair("1 to 3 July", "2023-07-03"),
                pair("3 and 4 June", "2023-06-03"),
                pair("3 and 4 June", "2023-06-04")
            ]
        );
        // A month first with "to" too ("visited Egypt from March 1 to 2").
        assert_eq!(
            vals("visited Egypt from March 1 to 2 and", p),
            [
                pair("March 1 to 2", "2023-03-01"),
                pair("March 1 to 2", "2023-03-02")
            ]
        );
        assert_eq!(
            vals("from March 30 to 2 April and", p),
            [
                pair("March 30", "2023-03-30"),
                pair("2 April", "2023-04-02")
            ]
        );
        // A range into the next month, written with a dash, is one mention.
        assert_eq!(
            vals("held on April 30-May 2 and on 30 June–2 July.", p),
            [
                pair("April 30-May 2", "2023-04-30"),
                pair("April 30-May 2", "2023-05-02"),
                pair("30 June–2 July", "2023-06-30"),
                pair("30 June–2 July", "2023-07-02")
            ]
        );
    }

    #[test]
    fn a_slashed_date_reads_as_its_numbers_and_the_article_s_date_allow() {
        let p = Some(date(2024, 3, 14));
        // Month first: March 12, before the article, not December 3.
        assert_eq!(
            vals("met on 3/12/2024 in", p),
            [pair("3/12/2024", "2024-03-12")]
        );
        // Day first: 12 March.
        assert_eq!(
            vals("met on 12/3/2024 in", p),
            [pair("12/3/2024", "2024-03-12")]
        );
        // One reading only: "9/17/2024", "17/9/2024".
        assert_eq!(vals("on 9/17/2024", p), [pair("9/17/2024", "2024-09-17")]);
        assert_eq!(vals("on 17/9/2024", p), [pair("17/9/2024", "2024-09-17")]);
        // No article date: day first.
        assert_eq!(
            vals("on 3/12/2024", None),
            [pair("3/12/2024", "2024-12-03")]
        );
    }

    #[test]
    fn a_month_in_capitals() {
        let p = Some(date(2022, 12, 14));
        assert_eq!(
            vals("YEREVAN, DECEMBER 14, NEWS.AM. The minister met", p),
            [pair("DECEMBER 14", "2022-12-14")]
        );
        // Its abbreviations are not ("MAR" is no month).
        assert!(vals("THE MAR 14 GROUP", p).is_empty());
    }

    #[test]
    fn numeric_and_ordinal_shapes() {
        let p = Some(date(2021, 6, 10));
        assert_eq!(
            vals("on the 2nd of March and", p),
            [pair("2nd of March", "2021-03-02")]
        );
        assert_eq!(
            vals("the decree of 03.05.2021 and the plan of 2021-04-01", p),
            [
                pair("03.05.2021", "2021-05-03"),
                pair("2021-04-01", "2021-04-01")
            ]
        );
        // Not a day: "31.02.2021", a version "1.2.3".
        assert!(vals("codes 31.02.2021 and 1.2.3", p).is_empty());
        assert_eq!(vals("In mid-March,", p), [pair("March", "2021-03")]);
        assert_eq!(vals("Since April, nothing", p), [pair("April", "2021-04")]);
        assert_eq!(vals("by the end of May", p), [pair("May", "2021-05")]);
        assert!(vals("Theresa May said", p).is_empty());
    }

    #[test]
    fn a_range_of_months_gives_both() {
        let p = Some(date(2023, 6, 12));
        assert_eq!(
            vals("drills in September-October, he said", p),
            [
                pair("September-October", "2023-09"),
                pair("September-October", "2023-10")
            ]
        );
        assert_eq!(
            vals("revenues in January-March 2022 grew", p),
            [
                pair("January-March 2022", "2022-01"),
                pair("January-March 2022", "2022-03")
            ]
        );
        assert_eq!(
            vals("exports in January-May 2024 grew", p),
            [
                pair("January-May 2024", "2024-01"),
                pair("January-May 2024", "2024-05")
            ]
        );
        // "the" opens a range only: "the January-March period", not "the
        // January meeting".
        assert_eq!(
            vals("grew in the January-March period", p),
            [
                pair("January-March", "2023-01"),
                pair("January-March", "2023-03")
            ]
        );
        assert_eq!(vals("grew at the January meeting", p), []);
        // A range's own year needs no publication date (a lone month does).
        assert_eq!(
            vals("grew in January-July 2024 compared", None),
            [
                pair("January-July 2024", "2024-01"),
                pair("January-July 2024", "2024-07")
            ]
        );
        assert_eq!(vals("grew in January-July compared", None), []);
        // Not a range: a later month first, or a word that only starts like one.
        assert_eq!(vals("in October-March", p), [pair("October", "2023-10")]);
        assert_eq!(
            vals("in October-Novemberish", p),
            [pair("October", "2023-10")]
        );
    }

    #[test]
    fn relative_dates_count_from_the_article() {
        let p = Some(date(2018, 12, 12)); // a Wednesday
        assert_eq!(
            vals("Today, the minister", p),
            [pair("Today", "2018-12-12")]
        );
        assert_eq!(vals("said yesterday", p), [pair("yesterday", "2018-12-11")]);
        // Days counted back.
        assert_eq!(
            vals(
                "They met two days ago, and 3 days ago; not many days ago.",
                p
            ),
            [
                pair("two days ago", "2018-12-10"),
                pair("3 days ago", "2018-12-09")
            ]
        );
        assert_eq!(
            vals("On Monday, the day before yesterday, they met.", p),
            [
                pair("Monday", "2018-12-10"),
                pair("the day before yesterday", "2018-12-10")
            ]
        );
        assert_eq!(vals("met on Monday", p), [pair("Monday", "2018-12-10")]);
        assert_eq!(vals("on Wednesday", p), [pair("Wednesday", "2018-12-12")]);
        assert_eq!(vals("a deal by Friday", p), [pair("Friday", "2018-12-14")]);
        assert_eq!(
            vals("talks planned for Monday", p),
            [pair("Monday", "2018-12-17")]
        );
        assert_eq!(vals("met last Friday", p), [pair("Friday", "2018-12-07")]);
        // (On the day itself: a week before, or after.)
        assert_eq!(
            vals("met last Wednesday", p),
            [pair("Wednesday", "2018-12-05")]
        );
        assert_eq!(
            vals("meet next Wednesday", p),
            [pair("Wednesday", "2018-12-19")]
        );
        // (At a sentence's start too.)
        assert_eq!(
            vals("Next Tuesday they meet", p),
            [pair("Tuesday", "2018-12-18")]
        );
        // "this Friday": the article's week's, Monday first.
        assert_eq!(
            vals("they meet this Friday", p),
            [pair("Friday", "2018-12-14")]
        );
        assert_eq!(
            vals("they met this Monday", p),
            [pair("Monday", "2018-12-10")]
        );
        assert_eq!(
            vals("The minister will meet his counterpart on Thursday", p),
            [pair("Thursday", "2018-12-13")]
        );
        assert_eq!(
            vals("The minister is also set to meet the mayor on Thursday", p),
            [pair("Thursday", "2018-12-13")]
        );
        assert_eq!(
            vals("On Thursday, the minister will travel to Busan", p),
            [pair("Thursday", "2018-12-13")]
        );
        assert_eq!(
            vals("On Thursday, the minister met the mayor, who will go", p),
            [pair("Thursday", "2018-12-06")]
        );
        assert_eq!(
            vals(
                "He will go. The minister met his counterpart on Thursday",
                p
            ),
            [pair("Thursday", "2018-12-06")]
        );
        assert_eq!(
            vals(
                "\"We will not allow it,\" the minister told reporters on Monday",
                p
            ),
            [pair("Monday", "2018-12-10")]
        );
        assert_eq!(
            vals(
                "The talks will be held next month, the ministry said on Monday",
                p
            ),
            [pair("next month", "2019-01"), pair("Monday", "2018-12-10")]
        );
        assert_eq!(vals("earlier this year", p), [pair("this year", "2018")]);
        assert_eq!(
            vals("won at 2019 FIG World Challenge Cup, held in June", p),
            [pair("June", "2018-06")]
        );
        assert_eq!(vals("in 2019 FIG grew", p), [pair("2019", "2019")]);
        assert_eq!(
            vals("earlier this month", p),
            [pair("this month", "2018-12")]
        );
        assert_eq!(vals("since last month", p), [pair("last month", "2018-11")]);
        // (p is 2018-12-08.)
        assert_eq!(vals("until last May", p), [pair("May", "2018-05")]);
        assert_eq!(
            vals("until last December", p),
            [pair("December", "2017-12")]
        );
        assert_eq!(vals("by next March", p), [pair("March", "2019-03")]);
        assert_eq!(vals("in March", p), [pair("March", "2018-03")]);
        let january = date(2019, 1, 20);
        assert_eq!(
            vals("since last month", Some(january)),
            [pair("last month", "2018-12")]
        );
        assert_eq!(vals("in July this year", p), [pair("July", "2018-07")]);
        assert_eq!(
            vals("in June last year", p),
            [pair("June last year", "2017-06")]
        );
        assert!(
            vals("met on Monday", None).is_empty(),
            "no article date, no guess"
        );
    }

    #[test]
    fn not_dates() {
        let p = Some(date(2018, 12, 12));
        for t in [
            "over the past 26 years",
            "the 25-year cooperation",
            "the early 1990s",
            "the 75th anniversary",
            "$2019 million",
            "Peace Mission 2018 drills",
            "TODAY.AZ reports",
            "3,2015 units",
            "14.175 points",
        ] {
            assert!(vals(t, p).is_empty(), "{t}: {:?}", vals(t, p));
        }
        assert_eq!(vals("began in 1988 when", p), [pair("1988", "1988")]);
    }
}

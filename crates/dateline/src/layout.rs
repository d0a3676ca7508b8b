//! Layout: the first stage. Splits a scraped page into typed segments
//! (header, title, byline, body, boilerplate) and reads its metadata.
//!
//! Scraped news pages share a handful of shapes: a crawler stamp
//! (" date 2018-12-12 By Trend"), mastheads and page dates above a title that
//! is often printed twice, a stamped publication time, a byline, an opening
//! dateline ("BAKU, Azerbaijan, May 12."), the body, and trailing boilerplate
//! ("Follow us on Twitter", "Loading..."). This module classifies each line
//! by its shape with general rules (date grammars, line shapes, a data table
//! of outlets) and never by article.
//!
//! Every input byte ends up in exactly one [`Segment`]: whitespace between
//! lines belongs to the segment before it.

use crate::calendar::{self, FoundDate};
use crate::outlets;
use crate::{Article, Metadata, Segment, SegmentKind, Span, UtcOffset};
use jiff::civil::{Date, Time};
use regex::Regex;
use std::sync::LazyLock;

/// How many leading lines are searched for header dates and bylines. Page
/// chrome rarely runs longer; searching further lets dates quoted in the body
/// pass for the publication date.
const HEADER_SEARCH_LINES: usize = 40;

/// One trimmed, non-empty piece of a line (the crawler stamp and the rest of
/// its line are two pieces).
#[derive(Debug, Clone)]
struct Piece {
    /// Trimmed content range.
    start: usize,
    end: usize,
    /// A blank line (or the start of input) comes right before this piece.
    blank_before: bool,
    class: Class,
}

#[derive(Debug, Clone, PartialEq)]
enum Class {
    Stamp(Date),
    Boilerplate,
    /// A line that is mostly a date: page dates, publication stamps.
    DateLine(HeaderDate),
    /// A line of weekday or "Month Day" alone, as page chrome prints.
    PartialDate,
    Byline(Byline),
    /// Reads as running text: the body starts at the first such piece.
    Body,
    /// Shaped like a headline.
    Headline,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
struct HeaderDate {
    date: Date,
    /// The day-month swapped reading of an ambiguous slashed date.
    swapped: Option<Date>,
    time: Option<Time>,
    offset: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Byline {
    authors: Vec<String>,
    outlet: Option<&'static str>,
}

static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+|$)").expect("static regex compiles")
});

/// Boilerplate that ends the article: everything after it is page chrome.
static HARD_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:follow us|loading\.\.\.|latest see more|latest news|next in |print version|views:\s*\d|our standards|if you would like to|welcome to |newsfeed$|connect with us|recommend news|share this|related (?:articles|news|stories)|tags:|orphus|all rights reserved|©\s*\d{4}|this text available in|subscribe to|sign up for|read more:\s*$|to participate in the discussion|all quotes delayed|about the authors?(?-u:\b)|-{2,}$|_{3,}$|\*{3,}$|\d{1,2}:\d{2}\s+[a-z]+$)",
    )
    .expect("static regex compiles")
});

/// The heading of a list of other stories ("Most Read", "Trending now"):
/// the lines under it, to the next blank line, are page chrome.
static LIST_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:most (?:read|popular|viewed|commented)|trending(?: now| news)?|top (?:stories|news)|popular(?: news)?|editor'?s'? (?:picks?|choice)|recommended|you may also like|more news|other news|{LINK_WORDS})\s*:?$"))
        .expect("static regex compiles")
});

/// The headings of links among [`LIST_HEADING`]s, spelled once for both.
const LINK_WORDS: &str = "read also|also read|see also|read more";

/// A link's heading among [`LIST_HEADING`]s ("Read also"): only the
/// headlines under it are chrome.
static LINK_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{LINK_WORDS})\s*:?$")).expect("static regex compiles")
});

/// Single lines of page chrome, wherever they stand.
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:loading\.\.\.|subscribe$|contact(?: us)?$|search(?: our content)?$|login$|log in$|support$|menu$|home$|read more$|print$|share$|tweet$|\((?:photos?|video|photo/video)\)$|photo:|photos?:|download:|photo by:|virin:|home\s+/|an official website of the united states government|here's how you know|official websites use \.gov|\.gov website belongs|secure \.gov websites|a lock \(|story code|region:|theme:|\(?reporting by |editing by|writing by|.{0,60}staff journalist|.{0,80}website contains only a portion|directory of sites|\d+ min read$|read also:|also read:|see also:|read more:|related:|copyright(?-u:\b)|©|\(c\) [0-9]{4}|follow us(?-u:\b)|follow the (?:author|writer|reporter)(?-u:\b)|follow [^.]{1,40} on (?:facebook|twitter|x|telegram|instagram|linkedin|youtube|whatsapp)(?-u:\b)|associated press (?:writers?|reporters?|correspondents?) |share on (?:facebook|twitter|x|telegram|whatsapp|linkedin|vk)(?-u:\b)|share this(?-u:\b)|tags:|\(end\)$|skip to (?:the )?(?:main )?(?:content|navigation)$|news id:? ?\d+$|our standards:|[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$)",
    )
    .expect("static regex compiles")
});

static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\|\s*|^\([^)]{2,40}\)\s*)(?:By:?|BY:?|(?P<lower>by)|Authors?:|AUTHORS?:|Written by:?|Posted by:?|Reporter:)\s+(?P<who>.+)$",
    )
    .expect("static regex compiles")
});

/// Opening datelines: "BAKU, Azerbaijan, May 12.", "YEREVAN (Reuters) -",
/// "TEHRAN/ISLAMABAD -", "YEKATERINBURG. Dec 25", "LONDON, Sept 3",
/// "YEREVAN, OCTOBER 3, ARMENPRESS.", "NUR-SULTAN. KAZINFORM –", "ASTANA.
/// Tengrinews.kz –",
/// "ASTANA, 21 November 2024 (Kazinform) –".
static DATELINE_CAPS: LazyLock<Regex> = LazyLock::new(|| {
    let m = calendar::MONTHS_RE;
    let day = calendar::DAY_BEFORE_MONTH_RE;
    Regex::new(&format!(
        r"^(?P<place>\p{{Lu}}[\p{{Lu}}'’\-]+(?:[ /]\p{{Lu}}[\p{{Lu}}'’\-]+){{0,2}})(?:,\s*(?:the\s+)?\p{{Lu}}[\p{{L}}]+(?:\s\p{{Lu}}[\p{{L}}]+)?)?(?:\s*\(|\s+[–—-]{{1,2}}\s|\s*[–—]|,\s*(?i:{m})\.?\s+\d|,\s*{day}\s+(?i:{m})(?-u:\b)|\.\s*(?:(?:{m})\.?\s+\d|\d{{1,2}}\s+(?:{m}))|\.\s+(?P<agency>\p{{Lu}}(?:[\p{{Lu}}\-]+(?:\s\p{{Lu}}+)?|\p{{Ll}}+\.[a-z]{{2,3}}))\s+[–—-]\s|\.\s*[–—]\s|\s+(?P<slashed>/\p{{Lu}}[\p{{L}}\-]+(?:\.[a-z]{{2,3}})?/\.?\s))"
    ))
    .expect("static regex compiles")
});

/// Title-case datelines: "Baku, Azerbaijan, July 11", "Baku. 9 September.",
/// "Tbilisi, 14 March (Interpressnews) –",
/// "Baku, February 6, AZERTAC", "Brunssum, The Netherlands –", "Kyiv – UNN",
/// "Baku/16.12.13/Turan", "Tehran, IRNA --", "Moscow. Nov 10. INTERFAX-AVN -",
/// "Tashkent, Uzbekistan (UzA) --" (an outlet in the parentheses),
/// "Abu Dhabi, 22nd October, 2025 (WAM) --", "Dushanbe, 12.04.2024
/// (Khovar) –" (a date in figures, with dots: day, month), "Riga,
/// 12.09.2023, LETA." (its agency after it), "Islamabad
/// (UrduPoint / Pakistan Point News - 2nd Mar, 2021) :" (a longer credit
/// ending in its year, before a colon).
static DATELINE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let m = calendar::MONTHS_RE;
    let day = calendar::DAY_BEFORE_MONTH_RE;
    // A date in figures, with dots: day, month, year.
    let figures = r"\d{1,2}\.\d{1,2}\.\d{4}";
    Regex::new(&format!(
        r"^(?P<place>\p{{Lu}}\p{{Ll}}+(?:[ -]\p{{Lu}}\p{{Ll}}+)?)(?:(?:,\s*(?:The\s+)?\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?|,\s*\p{{Lu}}[\p{{Ll}}'’]+(?:[\s-]\p{{Lu}}[\p{{Ll}}'’\-]+){{0,2}}\s+\d{{1,2}},\s*1[34]\d\d)?,\s*(?:{m})(?:\.\s*|\s+)\d{{1,2}}(?-u:\b)\.?|,\s*{day}\s+(?:{m})(?-u:\b)\.?|\.\s*\d{{1,2}}\s+(?:{m})\.?|\.\s*(?:{m})\.?\s+\d{{1,2}}(?-u:\b)\.?|,\s*(?:The\s+)?\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?\s+[–—•]\s|,\s*(?P<agency>\p{{Lu}}[\p{{Lu}}\-]+)\s+(?:[–—•]|--)\s|\s+[–—•]\s|(?P<hyphen>\s+-\s)|\.\s*[–—]\s|\s*(?P<slashed>/\p{{Lu}}[\p{{L}}\-]+(?:\.[a-z]{{2,3}})?/\.?\s)|/(?P<dmy>\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})/|,\s*{figures}\s+(?:[–—•]|--?)\s|,\s*{figures},\s*\p{{Lu}}[\p{{Lu}}\-]+\.\s|(?:,\s*\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?|,\s*{figures})?\s+\((?P<paren>[^()]{{2,30}}|[^()]{{2,80}}\d{{4}})\)\s*(?:[–—•]|--?|:)\s?)"
    ))
    .expect("static regex compiles")
});

/// The colon dateline of South Asian outlets: "RAWALPINDI: Chief of Army
/// Staff ...". Read on the body's first paragraph only, where a speaker's
/// name in a transcript ("SECRETARY AUSTIN: ...") does not stand.
static DATELINE_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}'’\-]+(?:[ /]\p{Lu}[\p{Lu}'’\-]+){0,2}):\s+\p{Lu}")
        .expect("static regex compiles")
});

/// Words in capitals that open a paragraph with a colon but name no place.
const COLON_LABELS: [&str; 16] = [
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "NOTE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "LIVE",
    "VIDEO",
    "PHOTO",
    "FACTBOX",
    "EXPLAINER",
    "CORRECTION",
    "URGENT",
];

/// The place of a colon dateline ("ISLAMABAD: ..."), in normal case.
fn colon_dateline(s: &str) -> Option<String> {
    let place = crate::captures(&DATELINE_COLON, s)?.name("place")?.as_str();
    (place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !COLON_LABELS.contains(&place)
        && outlets::lookup(place).is_none())
    .then(|| crate::normal_case(place, crate::Apostrophe::Lower))
}

/// Words that a header date line may carry besides the date itself.
static DATE_NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:published|updated?|posted|modified|date|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|utc|gmt|[ecmp][sd]t)(?-u:\b)")
        .expect("static regex compiles")
});

/// How many whitespace-separated words of `s` hold a letter or digit,
/// counted up to `cap` (rules only ask about short lines).
fn words(s: &str, cap: usize) -> usize {
    let mut n = 0;
    let mut alnum = false;
    let mut p = 0;
    while let Some((c, len)) = crate::tokens::char_at(s, p) {
        p += len;
        if c.is_whitespace() {
            n += usize::from(alnum);
            alnum = false;
            if n >= cap {
                return cap;
            }
        } else {
            alnum |= c.is_alphanumeric();
        }
    }
    (n + usize::from(alnum)).min(cap)
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    let closed = t.len() < s.trim_end().len();
    match t.chars().last() {
        Some('.' | '!' | '?' | '…') => true,
        // A headline may end in a quotation ("... in Kosovo""): only a
        // quotation closed after punctuation ends a sentence.
        Some(',') => closed,
        _ => false,
    }
}

/// Whether a line ends in a small word, which a sentence goes on after:
/// "... General Syed Asim Munir on".
fn ends_in_small_word(s: &str) -> bool {
    s.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "on" | "of" | "in" | "the" | "and" | "to" | "a" | "for" | "with" | "by" | "at"
        )
    })
}

fn mostly_latin(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let latin = s
        .chars()
        .filter(|c| c.is_alphabetic() && (*c as u32) < 0x250)
        .count();
    letters > 0 && latin * 10 >= letters * 8
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| !c.is_lowercase())
}

/// A headline in capitals: four words or more, one of them a headline's
/// verb, and no full stop at the end ("AZERBAIJANI PRESIDENT RECEIVES
/// DELEGATION OF US CONGRESS"; not a menu, "HOME NEWS POLITICS ECONOMY
/// SPORTS", nor a masthead, "MINISTRY OF DEFENCE OF THE REPUBLIC").
fn headline_in_capitals(s: &str) -> bool {
    const VERBS: [&str; 40] = [
        "MEET",
        "MEETS",
        "MET",
        "RECEIVE",
        "RECEIVES",
        "RECEIVED",
        "DISCUSS",
        "DISCUSSES",
        "DISCUSSED",
        "HOLD",
        "HOLDS",
        "HELD",
        "SIGN",
        "SIGNS",
        "SIGNED",
        "VISIT",
        "VISITS",
        "VISITED",
        "SAY",
        "SAYS",
        "SAID",
        "AGREE",
        "AGREES",
        "AGREED",
        "CALL",
        "CALLS",
        "MULL",
        "MULLS",
        "URGE",
        "URGES",
        "WARN",
        "WARNS",
        "HAIL",
        "HAILS",
        "ARRIVE",
        "ARRIVES",
        "PLEDGE",
        "PLEDGES",
        "LAUNCH",
        "LAUNCHES",
    ];
    let words = || {
        s.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.starts_with(char::is_alphabetic))
    };
    !s.ends_with('.') && words().count() >= 4 && words().any(|w| VERBS.contains(&w))
}

/// Words that label a page's date: "Published: 01.03.2024 17:10",
/// "Updated 3:45 PM".
const DATE_LABELS: [&str; 3] = ["Published", "Updated", "Posted"];

fn date_line(s: &str) -> Option<HeaderDate> {
    if s.len() > 140 {
        return None;
    }
    let found: Vec<FoundDate> = calendar::full_dates(s);
    let first = *found.first()?;
    let after = &s[first.end..];
    // A sentence opened by its day and going on after a comma is the
    // story's, hard-wrapped: "On 4 February 2025, Ambassador of X met".
    if matches!(s[..first.start].trim_end(), "On" | "In" | "Since")
        && after
            .strip_prefix(", ")
            .is_some_and(|r| r.split_whitespace().nth(2).is_some())
    {
        return None;
    }
    // The time right after the date, with its offset.
    let time = calendar::time_in(after).filter(|(_, start, _)| *start <= 16);
    let offset = time
        .as_ref()
        .and_then(|(_, _, end)| calendar::offset_in(&after[*end..]));
    // (Or right before it, alone or after a word of chrome, with its offset:
    // "17:20, 12.12.2022", "13:40, 21 September 2023", "Updated 3:45 PM
    // GMT+4, March 5, 2024".)
    let before = || {
        let head = &s[..first.start];
        let (t, start, end) = calendar::time_in(head)?;
        let lead = head[..start].trim();
        let trail = head[end..].trim_matches([',', ' ', '|']);
        let offset = (!trail.is_empty() && !trail.contains(' '))
            .then(|| calendar::offset_in(trail))
            .flatten();
        ((lead.is_empty() || DATE_LABELS.contains(&lead)) && (trail.is_empty() || offset.is_some()))
            .then_some((t, offset))
    };
    let (time, offset) = match time {
        Some(t) => (Some(t.0), offset),
        None => before().map_or((None, None), |(t, o)| (Some(t), o)),
    };
    // What is left once dates and times are gone must be a few words of
    // chrome ("Politics Materials", "Kosova & Bota CNA"), not a sentence.
    let mut rest = String::with_capacity(s.len());
    let mut last = 0;
    for d in &found {
        rest.push_str(&s[last..d.start]);
        rest.push(' ');
        last = d.end;
    }
    rest.push_str(&s[last..]);
    let rest = DATE_NOISE.replace_all(&rest, " ");
    let rest_words = rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    if rest_words > 7 {
        return None;
    }
    // (Nor a short sentence of the story, which ends with its full stop:
    // "The talks were held on 10-11 March 2023 in Cairo."; nor a line of
    // one wrapped, which starts in lower case: "on Wednesday (11 June
    // 2025), where she met with Prime Minister".)
    let lower = rest
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .count();
    if lower >= 3 && (s.trim_end().ends_with('.') || s.starts_with(char::is_lowercase)) {
        return None;
    }
    Some(HeaderDate {
        date: first.date,
        swapped: first.swapped,
        time,
        offset,
    })
}

fn partial_date(s: &str) -> bool {
    let t = s.trim_matches(|c: char| !c.is_alphanumeric());
    let mut ws = t.split_whitespace();
    let (Some(a), b, None) = (ws.next(), ws.next(), ws.next()) else {
        return false;
    };
    match b {
        None => calendar::weekday(a).is_some() || calendar::month_number(a).is_some(),
        Some(b) => {
            (calendar::month_number(a).is_some() && b.parse::<u8>().is_ok())
                || (a.parse::<u8>().is_ok() && calendar::month_number(b).is_some())
        }
    }
}

/// A person's name as bylines print it: two to four capitalised words or
/// initials ("Sara Rajabova", "C. Todd Lopez").
fn person_name_shape(s: &str) -> bool {
    const NOT_NAMES: [&str; 45] = [
        // A site's menu ("Menu Search", "Home Contacts").
        "Menu",
        "Search",
        "Home",
        "Login",
        "Register",
        "Sign",
        "Main",
        "Latest",
        "Contact",
        "Contacts",
        "About",
        "Close",
        "Skip",
        "Language",
        // Sharing buttons under a date line ("Tweet Share").
        "Tweet",
        "Share",
        "Print",
        "Email",
        "Comment",
        "Comments",
        "Like",
        "Follow",
        "Subscribe",
        "Save",
        "Facebook",
        "Twitter",
        "Telegram",
        "Staff",
        "News",
        "Agency",
        "Press",
        "Reporter",
        "Correspondent",
        "Bureau",
        "Desk",
        "Editor",
        "Service",
        "Online",
        "Team",
        "Us",
        "Read",
        // Date labels: "Published On 18 Feb 2025".
        "Published",
        "Posted",
        "Updated",
        "On",
    ];
    let ws: Vec<&str> = s.split_whitespace().collect();
    // (A patronymic's suffix in lower case may close it: "Makhabat
    // Tazhibek kyzy".)
    let names = match ws.split_last() {
        Some((last, rest)) if rest.len() >= 2 && crate::recognize::is_patronymic_suffix(last) => {
            rest
        }
        _ => &ws[..],
    };
    (2..=4).contains(&ws.len())
        && names.iter().all(|w| {
            let mut cs = w.chars();
            let first = cs.next().is_some_and(|c| c.is_uppercase());
            let rest = cs.as_str();
            // (A capital only after a hyphen or an apostrophe: "Jean-Paul
            // O'Neill".)
            let mut after_mark = false;
            first
                && (rest == "."
                    || (!rest.is_empty()
                        && rest.chars().all(|c| {
                            let ok = c.is_lowercase()
                                || c == '-'
                                || c == '\''
                                || (after_mark && c.is_uppercase());
                            after_mark = matches!(c, '-' | '\'');
                            ok
                        })))
        })
        && !ws.iter().any(|w| NOT_NAMES.contains(w))
}

/// A byline's name after its writer's rank: "Sgt. 1st Class Mary Jones",
/// "Staff Sgt. John Miller" (None when no rank opens it).
fn without_rank(part: &str) -> Option<&str> {
    let g = &*crate::gazetteer::GAZETTEER;
    let mut rest = part;
    while let Some((w, after)) = rest.split_once(' ') {
        // (An ordinal only inside a rank: "173rd Airborne Brigade" is none.)
        let ordinal = crate::recognize::is_ordinal(w);
        if !(g.is_title(w) || (ordinal && rest.len() < part.len())) {
            break;
        }
        rest = after.trim_start();
    }
    (rest.len() < part.len()).then_some(rest)
}

fn parse_byline(rest: &str) -> Byline {
    let mut b = Byline::default();
    let rest = rest.trim().trim_end_matches(':').trim();
    // "By ZEKE MILLER and AAMER MADHANI": names in capitals are read (and
    // given) as "Zeke Miller" (not "BY THE NUMBERS"); an outlet in
    // capitals is looked up as written ("By AP").
    let capitals = rest.chars().any(char::is_uppercase)
        && rest
            .split_whitespace()
            .filter(|w| !matches!(*w, "and" | "with"))
            .all(|w| !w.chars().any(char::is_lowercase))
        && !rest
            .split_whitespace()
            .any(|w| PHRASE_IN_CAPITALS.contains(&w));
    for part in rest
        .split([',', '|', '–', '—', ';'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" AND "))
        .flat_map(|p| p.split(" with "))
    {
        let part = part.trim().trim_end_matches(':').trim();
        if part.is_empty() {
            continue;
        }
        let titled;
        // (A part holding a lower-case word, "ZEKE MILLER and" cut short,
        // is no name in capitals.)
        let name = if capitals && !part.chars().any(char::is_lowercase) {
            titled = crate::normal_case(part, crate::Apostrophe::Capital);
            titled.as_str()
        } else {
            part
        };
        if let Some(o) = outlets::lookup(part) {
            b.outlet.get_or_insert(o);
        } else if person_name_shape(name) {
            b.authors.push(name.to_string());
        } else if let Some(name) = without_rank(name).filter(|n| person_name_shape(n)) {
            b.authors.push(name.to_string());
        } else if let Some(name) = [" in ", " on "]
            .iter()
            .filter_map(|w| name.split_once(w).map(|(n, _)| n))
            .find(|n| person_name_shape(n))
        {
            // "By Aida Haidar in International on 22 May 2025": the writer
            // before the section, place or date.
            b.authors.push(name.to_string());
        }
    }
    b
}

/// Words that make a byline in capitals a phrase, not names: "BY THE
/// NUMBERS".
const PHRASE_IN_CAPITALS: [&str; 12] = [
    "THE", "OF", "IN", "ON", "FOR", "AT", "TO", "FROM", "OUR", "YOUR", "THIS", "NEW",
];

/// A byline in lower case, "by Olena Harmash", "by Daily Sabah with AA":
/// the line is "by" and people's names or outlets, nothing more (unlike a
/// wrapped line "by Russian forces").
fn lower_byline(s: &str) -> bool {
    s.strip_prefix("by ").is_some_and(|who| {
        who.trim_end()
            .split(" with ")
            .flat_map(|p| p.split(" and "))
            .all(|p| person_name_shape(p) || outlets::lookup(p).is_some())
    })
}

/// A headline that asks: "Caspian Security: Can Baku and Ashgabat
/// Overcome Old Disputes?" (a question in title case, not a sentence).
fn headline_question(s: &str) -> bool {
    s.trim_end().ends_with('?') && s.len() <= 180 && title_case(s)
}

/// A headline's words: every word of four letters or more capitalised, one
/// of them an ordinary word that is no title's ("Stoltenberg Arrives for
/// Day One of NATO Defense Ministers' Meetings in Brussels"; not a wrapped
/// line of names, "Chief of the General Staff of the Azerbaijan Army,
/// Colonel General").
fn headline_words(s: &str) -> bool {
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    let g = &*crate::gazetteer::GAZETTEER;
    let long = || {
        s.split_whitespace()
            .map(bare)
            .filter(|w| w.chars().count() >= 4)
    };
    // (Not the first word, which a sentence capitalises too: "Today, ...";
    // nor a title's word last, before a name: "... Colonel General".)
    let first = s.split_whitespace().next().map(bare);
    let last = s.split_whitespace().next_back().map_or("", bare);
    long().all(|w| w.starts_with(char::is_uppercase))
        && long()
            .skip(usize::from(long().next() == first))
            .any(|w| crate::gazetteer::is_english_word(w) && !g.is_title(w))
        && !g.is_title(last)
}

/// Written in title case: four in five words of four letters or more
/// capitalised, of three or more ("Berdymukhamedov Plays Waiting Game,
/// Continues to Vex the Kremlin").
fn title_case(s: &str) -> bool {
    let long: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    long.len() >= 3
        && long
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            * 10
            >= long.len() * 8
}

fn classify(s: &str, next_starts_lower: bool, prev_runs_on: bool, prev_wraps: bool) -> Class {
    // "All rights reserved", "X in Tallinn contributed to this report"
    // anywhere in a short line: a plain substring search, which keeps
    // BOILERPLATE anchored and small.
    static ANYWHERE: crate::Needles<5> = crate::needles![
        "ights reserved",
        "ights Reserved",
        "IGHTS RESERVED",
        "contributed to this report",
        "contributed reporting",
    ];
    if BOILERPLATE.is_match(s) || (s.len() < 200 && ANYWHERE.any_in(s)) {
        return Class::Boilerplate;
    }
    // A byline starts the line or follows a bar or a credit in brackets:
    // skip the search elsewhere.
    let may_be_byline = [
        "By", "BY", "by ", "Author", "AUTHOR", "Written", "Posted", "Reporter",
    ]
    .iter()
    .any(|p| s.starts_with(p))
        || s.contains('|')
        || s.starts_with('(');
    if let Some(c) = may_be_byline.then(|| crate::captures(&BY, s)).flatten() {
        let whole = c.get(0).map_or(0, |m| m.start());
        let b = parse_byline(&c["who"]);
        // "by Olena Harmash" in lower case: a line naming one person only.
        let lower_ok = c.name("lower").is_none() || lower_byline(s);
        if (!b.authors.is_empty() || b.outlet.is_some())
            && (whole == 0 || date_line(&s[..whole]).is_some())
            && lower_ok
        {
            return Class::Byline(b);
        }
    }
    // (Not a line of running text wrapped at a date: "... Deputy Prime
    // Minister and Defense\nMinister Richard Marles, July 28, 2023. Secretary
    // Austin will join".)
    // (Nor its last line, shorter, after a line as long as a wrapped one:
    // "... Chinese Minister of National\nDefense Gen. Wei Fenghe in
    // Beijing, June 27, 2018.")
    let runs_on_long = || {
        prev_runs_on
            && ((s.len() >= 55 && words(s, 8) >= 7)
                || (prev_wraps && s.ends_with('.') && words(s, 8) >= 6))
    };
    if let Some(d) = date_line(s).filter(|_| !runs_on_long()) {
        return Class::DateLine(d);
    }
    // A paper's footer whose date reads as none: "Published in The Nation
    // newspaper on 29-Oct-2020".
    if s.starts_with("Published in ") && s.len() < 120 && ends_in_year(s.trim_end_matches('.')) {
        return Class::Boilerplate;
    }
    if partial_date(s) {
        return Class::PartialDate;
    }
    if let Some(o) = outlets::lookup(s.trim_end_matches(':').trim()) {
        return Class::Byline(Byline {
            authors: vec![],
            outlet: Some(o),
        });
    }
    // Rules below tell apart up to 30 words; past 180 bytes (no headline)
    // only up to 7, which a long line reaches in its first few dozen bytes.
    let n = words(s, if s.len() > 180 { 7 } else { 31 });
    // Running text (the rules at the end, which no rule in between can
    // overrule from seven words on) needs no dateline search.
    let hard_wrapped = n >= 4
        && ((next_starts_lower && !ends_sentence(s))
            || (prev_runs_on && s.starts_with(char::is_lowercase)));
    // A brand in lower case may open a headline or a sentence: "bp to
    // invest $2 billion ...".
    let brand = s.split(' ').next().is_some_and(|w| {
        (2..=4).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !crate::gazetteer::is_english_word(w)
    });
    // (So is a sentence that introduces what follows: "Pentagon Press
    // Secretary X provided the following readout:"; not a label, "Tags:".)
    let introduces = || {
        s.ends_with(':')
            && s.split(' ')
                .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                .count()
                >= 3
    };
    let sentence = n >= 6
        && (!s.starts_with(char::is_lowercase) || brand)
        && (ends_sentence(s)
            || (s.len() > 150 && s.contains(". "))
            || s.len() > 250
            || (n >= 7 && introduces()))
        && !headline_question(s);
    if n >= 7 && (hard_wrapped || sentence) {
        return Class::Body;
    }
    // An opening dateline naming its agency ("Baku, February 6, AZERTAC",
    // "Kyiv – UNN") is body text, not a masthead.
    if dateline_of(s).is_some() {
        return Class::Body;
    }
    // A masthead credit line: "Anadolu Agency TÜRKIYE".
    // (Not a sentence's wrapped end, words in lower case after the name:
    // "... Minister X told\nPAP after the meeting.")
    let words_run_on = || {
        prev_runs_on
            && s.split(' ')
                .any(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()))
    };
    if n <= 4 && !words_run_on() {
        if let Some(o) = outlets::masthead(&[s]) {
            return Class::Byline(Byline {
                authors: vec![],
                outlet: Some(o),
            });
        }
    }
    // "Jane Doe Read more": an author link.
    if let Some(name) = s.strip_suffix("Read more") {
        if person_name_shape(name.trim()) {
            return Class::Byline(Byline {
                authors: vec![name.trim().to_string()],
                outlet: None,
            });
        }
    }
    let first_ok = brand
        || s.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘".contains(c));
    // Hard-wrapped text: a line that runs on into a lowercase continuation;
    // sentences; a photo's caption, a sentence with its credit after it
    // ("... in Athens, Greece, February 2, 2024. REUTERS/Louiza Vradi").
    if hard_wrapped || sentence || (n >= 7 && credited_photo(s)) {
        return Class::Body;
    }
    if first_ok
        && (3..=30).contains(&n)
        && (20..=180).contains(&s.len())
        && mostly_latin(s)
        && (!is_all_caps(s) || n >= 4)
        && !s.contains("://")
        && s.matches(" / ").count() < 2
        && !s.contains(" | ")
        // Breadcrumbs: "Home » News » Region", "News > World".
        && !s.contains(['»', '›'])
        && !s.contains(" > ")
        && !s.ends_with(',')
        && !s.ends_with(';')
        && !s.ends_with(':')
    {
        return Class::Headline;
    }
    Class::Other
}

/// A page title's headline and the site named after it on the same line:
/// "Georgia, Armenia discuss border demarcation | Agenda.ge". The site
/// after a bar is one to four capitalised words or a domain; after a dash,
/// a known outlet or a domain ("... at Kant Air Base - Ministry" is a
/// headline's own).
fn split_site_suffix(s: &str) -> Option<(&str, &str)> {
    // (A headline's line is short.)
    if s.len() > 240 {
        return None;
    }
    // The last bar or dash between spaces, found in one pass from the end
    // ('\xE2' opens the long dashes; bytes only: the space before a
    // separator is a char boundary).
    let b = s.as_bytes();
    let last_sep = memchr::memrchr3_iter(b'|', b'-', 0xE2, b).find_map(|i| {
        if i == 0 || b[i - 1] != b' ' {
            return None;
        }
        let len = match b[i] {
            b'|' | b'-' => 1,
            // "—" and "–": E2 80 94, E2 80 93.
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94)) => 3,
            _ => return None,
        };
        (b.get(i + len) == Some(&b' ')).then_some((i - 1, len + 2, b[i] == b'|'))
    });
    let (head, site) = last_sep
        .map(|(at, len, bar)| (&s[..at], &s[at + len..], if bar { " | " } else { " - " }))
        .filter(|(h, _, _)| !h.contains(" | "))
        .and_then(|(h, site, sep)| {
            let site = site.trim();
            let known = outlets::lookup(site).is_some() || domain(site);
            let named = sep == " | "
                && (1..=4).contains(&site.split_whitespace().count())
                && site
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()));
            (known || named).then_some((h.trim_end(), site))
        })?;
    (words(head, 4) >= 3).then_some((head, site))
}

/// The site named after `headline` in a page title that repeats it: "RT
/// World News" of "... in Beijing — RT World News".
fn site_after_headline<'a>(line: &'a str, headline: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(headline)?;
    [" — ", " – ", " - ", " | "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
}

/// A photo's caption, which ends crediting the photo: "... in Ankara,
/// Turkey, March 12, 2021. (AA Photo)", "... (AP Photo/Sergei Grits)",
/// "... (Photo: Reuters)".
/// Whether `s` ends with a sentence and a photographer's credit after it:
/// "... 2024. REUTERS/Louiza Vradi", "... Friday. AFP/John Doe".
fn credited_photo(s: &str) -> bool {
    let Some((before, name)) = s.rsplit_once('/') else {
        return false;
    };
    let Some((sentence, agency)) = before.rsplit_once(". ") else {
        return false;
    };
    !sentence.is_empty()
        && matches!(
            agency,
            "REUTERS" | "AFP" | "EPA" | "AP Photo" | "AP" | "Getty Images"
        )
        && (3..=40).contains(&name.len())
        && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

fn photo_caption(s: &str) -> bool {
    s.strip_suffix(')')
        .and_then(|s| s.rsplit_once('('))
        .is_some_and(|(_, credit)| credit.len() <= 60 && credit.contains("Photo"))
}

/// A line that ends by crediting an outlet after a dash, as photo captions
/// do: "... troops of Russia, Belarus and Kazakhstan. - Sputnik International".
fn caption(s: &str) -> bool {
    // Sentences end in punctuation, credits in a name; and outlets' names
    // are short: look for the dash near the end only.
    if !s.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let tail = &s[crate::floor_boundary(s, s.len().saturating_sub(48))..];
    [" - ", " – ", " — "].iter().any(|dash| {
        tail.rsplit_once(dash).is_some_and(|(_, credit)| {
            !s[..s.len() - credit.len() - dash.len()].trim().is_empty()
                && outlets::lookup(credit).is_some()
        })
    })
}

/// Where a dateline's match ends, or its agency's credit begins ("Tehran,
/// IRNA --", "Yerevan /Mediamax/."): the credit is read after it.
fn before_credit(c: &regex::Captures<'_>) -> Option<usize> {
    let end = c.get(0)?.end();
    Some(
        c.name("agency")
            .or(c.name("slashed"))
            .map(|a| a.start())
            .or(c.name("paren").map(|p| p.start() - 1))
            .unwrap_or(end),
    )
}

/// The day `day` (month, day) in the year that places it nearest `near`,
/// when that is at most ten days away (a dateline's "June 13" under the
/// crawler's 2019-06-14; "September 27" under a page's "Monday September
/// 30 2024"); else `near` itself. (A day months away is no day of this
/// page's: the line was misread or the stamp is another's.)
fn in_year_of(day: Option<(i8, i8)>, near: Date) -> Date {
    let Some((m, d)) = day else {
        return near;
    };
    (near.year() - 1..=near.year() + 1)
        .filter_map(|y| Date::new(y, m, d).ok())
        .filter_map(|x| Some((near.until(x).ok()?.get_days().abs(), x)))
        .min()
        .filter(|&(days, _)| days <= 10)
        .map_or(near, |(_, x)| x)
}

/// The place of an opening dateline at the start of `s`, in normal case,
/// and the byte offset where the dateline ends.
fn dateline_of(s: &str) -> Option<(String, usize)> {
    // A credit in parentheses may come first: "(MENAFN- Trend News Agency) BAKU, ..."
    let skip = if s.starts_with('(') {
        s.find(')')
            .map(|i| i + 1 + (s.len() - s[i + 1..].trim_start().len() - i - 1))
            .unwrap_or(0)
    } else {
        0
    };
    let t = &s[skip..];
    if let Some(c) = crate::captures(&DATELINE_CAPS, t) {
        let place = c.name("place")?;
        // All-caps words that are not places: acronyms of one or two letters.
        // (Nor a site crediting its source, the line no more than that:
        // "MENAFN - Azernews".)
        let credit_line = outlets::lookup(t[c.get(0).map_or(0, |m| m.end())..].trim()).is_some();
        if place.as_str().chars().filter(|c| c.is_alphabetic()).count() >= 3 && !credit_line {
            // The agency after "NUR-SULTAN." is read as the credit after it.
            let end = before_credit(&c)?;
            return Some((
                crate::normal_case(place.as_str(), crate::Apostrophe::Lower),
                skip + end,
            ));
        }
    }
    const NOT_PLACES: [&str; 8] = [
        "Today",
        "Yesterday",
        "Earlier",
        "Later",
        "Meanwhile",
        "However",
        "Moreover",
        "Also",
    ];
    // "Tuesday, 14 March": a weekday, not a place.
    let a_place = |w: &str| !NOT_PLACES.contains(&w) && calendar::weekday(w).is_none();
    if let Some(c) = crate::captures(&DATELINE_TITLE, t) {
        let place = c.name("place")?;
        // (Not "Putin (right) -": parentheses hold an outlet.)
        // (Or a site's address: "(Podrobno.uz) --".)
        // (A plain hyphen after a place the gazetteer knows, whole:
        // "Islamabad - Pakistan and ..." but not "Putin - ".)
        let known = || {
            let g = &*crate::gazetteer::GAZETTEER;
            g.is_place_name(place.as_str())
        };
        // (Or an agency's initials after a place it knows: "Cairo, Egypt
        // (SIS) -".)
        let initials = |p: &str| {
            (2..=6).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()) && known()
        };
        // (Or a wire's credit with its date, after a place it knows:
        // "Islamabad (UrduPoint / Pakistan Point News - 2nd Mar, 2021) :".)
        let dated_credit = |p: &str| p.contains(['/', '-']) && ends_in_year(p) && known();
        let credit = c.name("paren").is_none_or(|p| {
            outlets::lookup(p.as_str()).is_some()
                || site_address(p.as_str())
                || initials(p.as_str())
                || dated_credit(p.as_str())
        });
        if a_place(place.as_str()) && credit && (c.name("hyphen").is_none() || known()) {
            // "Tehran, IRNA --": the agency is read as the credit after it.
            let end = before_credit(&c)?;
            return Some((place.as_str().to_string(), skip + end));
        }
    }
    // "Baku. Nargiz Karimova – APA. The minister ...": a place, then its
    // reporter's credit.
    static PLACE_DOT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\.\s")
            .expect("static regex compiles")
    });
    let place = crate::captures(&PLACE_DOT, t)?.name("place")?;
    let end = place.end() + 1;
    (a_place(place.as_str()) && outlets::reporter_after_dateline(&t[end..]).is_some())
        .then(|| (place.as_str().to_string(), skip + end))
}

/// A domain name's shape: one word, a dot before a lower-case top-level
/// domain of two to four letters ("Agenda.ge", "akipress.com").
fn domain(w: &str) -> bool {
    w.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && (2..=4).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase())
            && !w.contains(' ')
    })
}

/// A web site's address as a credit: "Podrobno.uz", "UzDaily.com" (a
/// domain whose name has a capital first and only letters, digits and
/// hyphens).
fn site_address(s: &str) -> bool {
    domain(s)
        && s.rsplit_once('.').is_some_and(|(name, _)| {
            name.len() >= 2
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The site's own name printed alone atop the page ("JFC Brunssum"): one to
/// three words of mixed case, not a headline, date or boilerplate.
fn site_name(ps: &[Piece], text: &str) -> Option<String> {
    let first = ps.first().filter(|p| p.class == Class::Other)?;
    let s = &text[first.start..first.end];
    // (Not a breadcrumb trail: "Home > News > Politics", nor the page's
    // chrome: "Accessibility links", "Skip to content", "Menu".)
    const CHROME: [&str; 6] = ["Menu", "Search", "Home", "Navigation", "Login", "Subscribe"];
    let ok = (1..=3).contains(&words(s, 4))
        && !s.contains(['>', '»', '|'])
        && s.split_whitespace()
            .all(|w| !w.starts_with(char::is_lowercase))
        && !CHROME.contains(&s)
        && s.chars().last().is_some_and(char::is_alphanumeric)
        && s.chars().any(char::is_lowercase)
        && s.chars().next().is_some_and(char::is_uppercase)
        && mostly_latin(s)
        // (Standing apart: a blank line or page chrome after it, "JFC
        // Brunssum\nSearch our content".)
        && ps
            .get(1)
            .is_none_or(|p| p.blank_before || p.class == Class::Boilerplate);
    ok.then(|| s.to_string())
}

/// A place closing a date line: "Agenda.ge, 29 Sep 2021 - 10:48, Tbilisi,Georgia".
fn place_after_date(s: &str) -> Option<String> {
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:\d{1,2}:\d{2}|\d{4})\s*,\s*(?P<place>\p{Lu}\p{Ll}+)\s*,\s*\p{Lu}\p{Ll}+\s*$",
        )
        .expect("static regex compiles")
    });
    crate::captures(&PLACE, s).map(|c| c["place"].to_string())
}

/// The place opening a date line: "ISTANBUL Mar 04, 2025 - 3:22 pm",
/// "Baku, 3 March 2025".
fn place_before_date(s: &str) -> Option<String> {
    let (head, rest) = s.split_once(' ')?;
    // (In title case, a word before a comma that is no English word: not
    // "Published, ..." or a section's "Politics, ...".)
    let titled = head.strip_suffix(',').filter(|w| {
        let mut cs = w.chars();
        w.len() >= 3
            && cs.next().is_some_and(char::is_uppercase)
            && cs.all(char::is_lowercase)
            && !crate::gazetteer::is_english_word(w)
            && !DATE_LABELS.contains(w)
            && *w != "Date"
            // (Nor an agency's name over its date: "Kabar, 27 April 2024".)
            && outlets::lookup(w).is_none()
    });
    let place = titled
        .map(str::to_string)
        .or_else(|| lone_dateline(head.trim_end_matches([',', '.'])))?;
    (calendar::month_number(&place).is_none()
        && calendar::weekday(&place).is_none()
        && calendar::full_dates(rest)
            .first()
            .is_some_and(|d| rest[..d.start].trim().is_empty()))
    .then_some(place)
}

/// A lone all-caps place name on its own line ("ANKARA").
/// Whether `s` ends in a year's four digits: "... 29-Oct-2020".
fn ends_in_year(s: &str) -> bool {
    s.rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .is_some_and(|y| y.len() == 4)
}

fn lone_dateline(s: &str) -> Option<String> {
    // Letters and hyphens only make one word when a letter is among them,
    // which `is_all_caps` requires.
    // (Not an ordinary word, a page's label: "READOUT", "WORLD"; unless a
    // place the gazetteer knows: "NICE".)
    let place = || {
        let name = crate::normal_case(s, crate::Apostrophe::Lower);
        (!crate::gazetteer::is_english_word(s) || crate::gazetteer::GAZETTEER.is_place_name(&name))
            .then_some(name)
    };
    (s.len() >= 4
        && s.chars().all(|c| c.is_alphabetic() || c == '-')
        && is_all_caps(s)
        && outlets::lookup(s).is_none())
    .then(place)
    .flatten()
}

fn norm_line(s: &str) -> std::borrow::Cow<'_, str> {
    // Most lines are already single-spaced: borrow them.
    let clean = !s.contains("  ") && !s.chars().any(|c| c.is_whitespace() && c != ' ');
    if clean {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Split `text` into pieces: trimmed non-empty line contents, with the
/// crawler stamp of the first line as a piece of its own.
fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank = true;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let base = pos;
        pos += line.len();
        let mut content = line.trim_end_matches(['\n', '\r']);
        let mut at = base;
        if i == 0 {
            if let Some(c) = crate::captures(&STAMP, content) {
                let end = c.get(0).map_or(0, |m| m.end());
                let date = Date::new(
                    c[1].parse().unwrap_or(0),
                    c[2].parse().unwrap_or(0),
                    c[3].parse().unwrap_or(0),
                );
                if let Ok(date) = date {
                    let lead = content.len() - content.trim_start().len();
                    let stamp = content[..end].trim_end();
                    out.push(Piece {
                        start: base + lead,
                        end: base + stamp.len(),
                        blank_before: true,
                        class: Class::Stamp(date),
                    });
                    content = &content[end..];
                    at = base + end;
                    blank = false;
                }
            }
        }
        let trimmed = content.trim();
        if trimmed.is_empty() {
            blank = true;
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        let from = at + lead;
        let mut cut = 0;
        // (A page's head flattened is its first line, or follows the stamp.)
        let head = if out.len() < 2 {
            flattened_head(trimmed)
        } else {
            [None; 3]
        };
        for part in head.iter().flatten() {
            out.push(Piece {
                start: from + cut,
                end: from + part.trim_end().len(),
                blank_before: blank && cut == 0,
                class: Class::Other,
            });
            cut = part.len();
            cut += trimmed[cut..].len() - trimmed[cut..].trim_start().len();
        }
        out.push(Piece {
            start: from + cut,
            end: from + trimmed.len(),
            blank_before: blank && cut == 0,
            class: Class::Other,
        });
        blank = false;
    }
    out
}

/// A page's head flattened into one line: "Politics KFOR "only legitimate
/// armed formation in Kosovo" Defense Minister Aleksandar Vulin spoke on
/// Tuesday in Belgrade with ... Broeks. Source: srbija.gov.rs Tuesday,
/// January 22, 2019 | 14:50 Tweet Share (Tanjug)". The line's prefixes
/// that end its pieces, in order: the section's word, the headline and the
/// lead (the date line after "Source:" is the last piece). The headline
/// ends where the lead's subject starts: two capitalised words after a
/// lower-case word or a closing quote ("... formation in Kosovo" Defense
/// Minister"), or after the name a small word asks for ("... ambassador in
/// Belgrade Minister of Defence"). Nothing for any other line. (`pieces` asks for the first
/// line only.)
fn flattened_head(line: &str) -> [Option<&str>; 3] {
    const SECTIONS: [&str; 14] = [
        "Politics", "Society", "Business", "Economy", "World", "Region", "Sport", "Sports",
        "Culture", "Info", "Tech", "Life", "Opinion", "News",
    ];
    let none = [None; 3];
    // (Found from its capital: a substring searcher costs more to build
    // than this takes on a line.)
    let credit = line
        .match_indices('S')
        .find(|(i, _)| line[i + 1..].starts_with("ource: ") && line[..*i].ends_with(' '));
    let Some(src) = credit.map(|(i, _)| i - 1) else {
        return none;
    };
    let (before, chrome) = (line[..src].trim_end(), &line[src + 1..]);
    if !before.ends_with(['.', '"', '”']) || date_line(chrome).is_none() {
        return none;
    }
    let mut words = before
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .peekable();
    let upper = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let section = words
        .next_if(|(_, w)| SECTIONS.contains(w))
        .and_then(|_| words.peek().map(|(at, _)| line[..*at].trim_end()));
    let words: Vec<(usize, &str)> = words.collect();
    let headline = words.windows(3).skip(1).find_map(|w| {
        let [(_, prev), (at, a), (b_at, b)] = w else {
            return None;
        };
        let prev_ends = prev.starts_with(|c: char| c.is_lowercase()) || prev.ends_with(['"', '”']);
        let a_goes_on = !a.ends_with(['"', '”', ',', ':', ';']);
        // (No headline ends in a small word: its name is the headline's
        // last, "... ambassador in Belgrade" Minister of Defence X".)
        let end = if ends_in_small_word(prev) { b_at } else { at };
        (prev_ends && upper(a) && a_goes_on && upper(b)).then(|| line[..*end].trim_end())
    });
    [section, headline, Some(before)]
}

/// Words that open a sentence more often than they go on with a name.
const SENTENCE_OPENERS: [&str; 24] = [
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "This",
    "That",
    "According",
    "During",
    "After",
    "Before",
    "While",
    "As",
    "His",
    "Her",
    "Their",
    "Its",
    "We",
    "I",
];

/// Read the layout of `text` (non-empty, checked by the caller).
pub(crate) fn read(text: &str) -> Article {
    let mut ps = pieces(text);
    let n = ps.len();
    for i in 0..n {
        if matches!(ps[i].class, Class::Stamp(_)) {
            continue;
        }
        let s = &text[ps[i].start..ps[i].end];
        // (Not a byline or a domain-shaped site name: "by Jane Roe",
        // "news.am".)
        let next_lower = i + 1 < n
            && !ps[i + 1].blank_before
            && text[ps[i + 1].start..].starts_with(|c: char| c.is_lowercase())
            && !lower_byline(&text[ps[i + 1].start..ps[i + 1].end])
            && {
                let next = &text[ps[i + 1].start..ps[i + 1].end];
                (!next.contains('.') || next.contains(' '))
                    // (Nor a byline with its date: "by Jane Roe December 7,
                    // 2024 7:58 PM".)
                    && !(next.starts_with("by ") && date_line(next).is_some())
            };
        let prev_runs_on = i > 0
            && !ps[i].blank_before
            && !matches!(ps[i - 1].class, Class::Stamp(_))
            && !ends_sentence(&text[ps[i - 1].start..ps[i - 1].end]);
        let prev_wraps = prev_runs_on && ps[i - 1].end - ps[i - 1].start >= 55;
        ps[i].class = classify(s, next_lower, prev_runs_on, prev_wraps);
        // A line of boilerplate wrapped goes on with it: "Anadolu Agency
        // website contains only a portion of the news stories\noffered to
        // subscribers ...", "... Editing\nby Robin Pomeroy" (no byline).
        if prev_runs_on && ps[i - 1].class == Class::Boilerplate && {
            let prev = &text[ps[i - 1].start..ps[i - 1].end];
            prev.len() >= 55 && (s.starts_with(char::is_lowercase) || ends_in_small_word(prev))
        } {
            ps[i].class = Class::Boilerplate;
        }
        // "Headline | Site": the headline is read without its site.
        if ps[i].class != Class::Headline {
            if let Some((head, _)) = split_site_suffix(s) {
                if classify(head, next_lower, prev_runs_on, prev_wraps) == Class::Headline {
                    ps[i].class = Class::Headline;
                }
            }
        }
    }
    // A list of other stories under its heading ("Most Read", "Trending"),
    // its first line maybe after a blank one, up to the next blank line:
    // page chrome, no headline of this page.
    // (A link's heading, "Read also", heads headlines only: the lines under
    // it that end no sentence, as one may stand inside the story.)
    let mut heading = false;
    let mut in_list = false;
    let mut links = false;
    for p in ps.iter_mut() {
        let line = &text[p.start..p.end];
        if links && (heading || !p.blank_before) && !ends_sentence(line) {
            p.class = Class::Boilerplate;
            heading = false;
            continue;
        }
        if heading || (in_list && !p.blank_before && !links) {
            p.class = Class::Boilerplate;
            (heading, in_list) = (false, true);
            continue;
        }
        // (Short lines only: the regex is not asked of every paragraph.)
        heading = p.end - p.start <= 24 && LIST_HEADING.is_match(line);
        links = heading && LINK_HEADING.is_match(line);
        in_list = false;
        if heading {
            p.class = Class::Boilerplate;
        }
    }
    let txt = |p: &Piece| &text[p.start..p.end];
    // Lines hard-wrapped at a fixed width before running text that goes on
    // from them ("... Samir Sharifov met with the Asian\nDevelopment Bank's
    // Director General ...\nYevgeniy Zhukov in Baku, Azernews reports.") are
    // its first lines, though a capital opens the next.
    for i in (1..n).rev() {
        let (prev, here) = (&ps[i - 1], &ps[i]);
        let s = txt(prev);
        // The line's first word (read only by the rules that ask it).
        let first = || txt(here).split(' ').next().unwrap_or("");
        // (The line after is wrapped too: a headline over a long paragraph
        // stays one.)
        // (Nor is a headline over an opening dateline, "Kyiv • UNN", or
        // after the crawler's stamp.)
        let after_stamp = i >= 2 && matches!(ps[i - 2].class, Class::Stamp(_));
        // (Unless a name goes on over the break: "... met with Turkish
        // President Recep\nTayyip Erdogan in Ankara on Thursday.")
        let name_goes_on = || {
            let last = s.rsplit(' ').next().unwrap_or("");
            // (The name may end the sentence: "Juansher\nBurchuladze.")
            let first = first().trim_end_matches(['.', ',']);
            last.starts_with(char::is_uppercase)
                && first.starts_with(char::is_uppercase)
                && first.chars().skip(1).all(char::is_lowercase)
                && !SENTENCE_OPENERS.contains(&first)
                // (A nationality opens a sentence, no name goes on with it:
                // "... Kuleba in Antalya\nTurkish Foreign Minister ...".)
                && !crate::gazetteer::GAZETTEER.is_demonym(first)
        };
        let wrapped_line = |p: &Piece| {
            let s = txt(p);
            (55..=80).contains(&s.len())
                && !ends_sentence(s)
                && !s.ends_with(':')
                // (Long hyphenated words leave fewer: "Turkmenistan-
                // Afghanistan-Pakistan-India (TAPI) gas pipeline and the".)
                && match words(s, 8) {
                    7.. => true,
                    4..=6 => ends_in_small_word(s),
                    _ => false,
                }
                // (An opening dateline too, the story's first words after
                // it: "AKORDA, Astana, 25 September 2024. Head of State
                // Kassym-Jomart".)
                && (matches!(p.class, Class::Headline | Class::Other)
                    || (matches!(p.class, Class::DateLine(_) | Class::Byline(_))
                        && dateline_of(s).is_some()))
        };
        // A paragraph's short last line, which ends its sentence, after two
        // lines wrapped at one width, or one that ends in a small word:
        // "... General Syed Asim Munir on\nMonday called on ... Public\nRelations (ISPR) said." (no line of it starts in lower case).
        let last_line = || {
            let t = txt(here);
            let first = first();
            // (A date that ends the sentence is the story's, after a word
            // of it: "... visited\nLithuania on 14-15 May 2024."; or after a
            // small word: "... in Ankara on\nThursday.")
            let no_date = || {
                date_line(t).is_none()
                    || !(first.starts_with(|c: char| c.is_ascii_digit())
                        || calendar::month_number(first.trim_end_matches([',', '.'])).is_some()
                        || calendar::weekday(first.trim_end_matches([',', '.'])).is_some())
            };
            ends_sentence(t)
                && !after_stamp
                // (Or an outlet ending the sentence: "... the press service
                // informed\nNEWS.am.")
                && ((matches!(
                    here.class,
                    Class::Headline | Class::Other | Class::DateLine(_) | Class::Byline(_)
                ) && !t.starts_with(['B', 'b'])
                    && i >= 2
                    && !prev.blank_before
                    && wrapped_line(&ps[i - 2])
                    // (One word in lower case ends a sentence too: "...
                    // the Office of the President\nreported.")
                    && (words(t, 3) >= 2
                        || matches!(here.class, Class::Byline(_))
                        || t.starts_with(char::is_lowercase))
                    && no_date())
                    || (matches!(
                        here.class,
                        Class::Headline | Class::Other | Class::PartialDate | Class::DateLine(_)
                    ) && (ends_in_small_word(s)
                        // (Or in a month, the date's year after the break:
                        // "... on Thursday (3 April\n2025).")
                        || (wrapped_line(prev)
                            && t.starts_with(|c: char| c.is_ascii_digit())
                            && calendar::month_number(s.rsplit(' ').next().unwrap_or(""))
                                .is_some()))))
                && dateline_of(t).is_none()
        };
        // (Not a line introducing a long line after it, which no width
        // wrapped: "Headline\nThe below is attributable to X:\n<the
        // statement on one line>".)
        let introduces_long =
            || txt(here).ends_with(':') && ps.get(i + 1).is_some_and(|p| p.end - p.start > 120);
        // (After the stamp, a title's word opens a sentence of its own
        // below a headline: "... led by EU Special Representative\nPresident
        // of the Republic of Azerbaijan Ilham Aliyev has received ...".)
        let title_opens = || crate::gazetteer::GAZETTEER.is_title(first());
        // (Nor the first line, a headline in title case, over the story's
        // first sentence: "Turkmenistan: Berdymukhamedov Plays Waiting
        // Game, Continues to Vex the Kremlin\nThe recent visit of ...".)
        let titled_headline = || {
            prev.class == Class::Headline
                && ps[..i - 1]
                    .iter()
                    .all(|p| !matches!(p.class, Class::Headline | Class::Other | Class::Body))
                && headline_words(s)
        };
        let run_on = || {
            here.class == Class::Body
                && (!after_stamp || (name_goes_on() && !title_opens()))
                && !titled_headline()
                && dateline_of(txt(here)).is_none()
                && !introduces_long()
        };
        // (Or a long line of the story broken once, before a word in lower
        // case or a number: "... scheduled for June\n15-16, and ...".)
        let broken_once = || {
            s.len() > 80
                && !ends_sentence(s)
                && !s.ends_with(':')
                && words(s, 8) >= 7
                && matches!(prev.class, Class::Headline | Class::Other)
                && txt(here).starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && run_on()
        };
        // (Or a name going on over the break into a short last line:
        // "... met with Latvian President Edgars\nRinkēvičs in Vilnius on
        // Tuesday.")
        let name_ends_it = || {
            matches!(here.class, Class::Headline | Class::Other)
                && ends_sentence(txt(here))
                && !after_stamp
                && name_goes_on()
        };
        let both = !here.blank_before
            && (here.end - here.start <= 80
                && wrapped_line(prev)
                && (run_on() || last_line() || name_ends_it())
                || broken_once());
        // ... and one after running text that has not ended its sentence:
        // "... is scheduled to travel to Doha on\nSunday."
        let last_of_body = (prev.class == Class::Body
            || (matches!(prev.class, Class::Headline | Class::Other) && ends_in_small_word(s)))
            && !here.blank_before
            && here.end - here.start <= 80
            && (matches!(
                here.class,
                Class::Headline | Class::Other | Class::PartialDate | Class::DateLine(_)
            )
                // (A credit's words too, not a byline: "... in Astana
                // on\nFebruary 13, Kazinform reports.")
                || (matches!(here.class, Class::Byline(_)) && !txt(here).starts_with(['B', 'b'])))
            && ends_sentence(txt(here))
            && !ends_sentence(s)
            && words(txt(here), 7) <= 6;
        if both || last_of_body {
            ps[i].class = Class::Body;
        }
        if both {
            ps[i - 1].class = Class::Body;
        }
    }

    // The body starts at the first piece that reads as running text.
    let body_start = ps.iter().position(|p| p.class == Class::Body).unwrap_or(n);

    // The title: the headline-shaped header piece with the most evidence.
    let lines: Vec<std::borrow::Cow<'_, str>> = ps.iter().map(|p| norm_line(txt(p))).collect();
    let is_datey = |i: usize| matches!(ps[i].class, Class::DateLine(_) | Class::PartialDate);
    let mut best: Option<(i32, usize)> = None;
    // (A photo's caption only when no other line is one.)
    let captions_too =
        !(0..body_start).any(|i| ps[i].class == Class::Headline && !photo_caption(&lines[i]));
    // (A page in capitals throughout tells no headline by its case.)
    let all_in_capitals = || lines[body_start..].iter().all(|l| is_all_caps(l));
    for i in 0..body_start {
        if ps[i].class != Class::Headline || (photo_caption(&lines[i]) && !captions_too) {
            continue;
        }
        let me = &lines[i];
        let mut score = 0;
        let dup = lines.iter().enumerate().any(|(j, other)| {
            j != i
                && (other == me
                    || (other.len() > me.len()
                        && (other.starts_with(me.as_ref() as &str)
                            || other.ends_with(me.as_ref() as &str)))
                    || (other.len() >= 20
                        && other.len() * 10 >= me.len() * 6
                        && me.starts_with(other.as_ref() as &str)))
        });
        // The page's title repeats the headline with the site after it
        // ("... in Beijing — RT World News"): the headline is the shorter.
        let site_suffixed = lines
            .iter()
            .any(|other| site_after_headline(other, me).is_some());
        if site_suffixed {
            score += 2;
        }
        if dup {
            score += 4;
        } else if is_all_caps(me) && (!headline_in_capitals(me) || all_in_capitals()) {
            // A line in capitals is a masthead or a section more often than
            // a headline: one only when the page repeats it, or when it
            // reads as a sentence.
            continue;
        }
        // (A subtitle between the headline and its date passes the date's
        // evidence up: "Headline\nSubtitle\n07.11.2023", where the first
        // line wins the tie.)
        // (A headline of words: not a date's broken piece, "022 - 09 - 15 Politics".)
        let subtitle_then_date = || {
            i + 2 < n
                && ps[i + 1].class == Class::Headline
                && is_datey(i + 2)
                && me
                    .split_whitespace()
                    .filter(|w| w.starts_with(char::is_alphabetic))
                    .count()
                    >= 3
        };
        if (i > 0 && is_datey(i - 1)) || (i + 1 < n && is_datey(i + 1)) || subtitle_then_date() {
            score += 2;
        }
        if i > 0 && matches!(ps[i - 1].class, Class::Stamp(_)) && !ps[i].blank_before {
            score += 1;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    let title_idx = best.map(|(_, i)| i);
    // A headline wrapped over lines goes on over a line that ends in a small
    // word: "... between senior Russian and\nBelarusian government officials".
    // (Or over a name going on, from a line as long as a wrapped one, into
    // words in lower case: "... joint drills with Central\nAsian countries".)
    let name_wrapped = |end: usize| {
        let (line, next) = (&lines[end - 1], &lines[end]);
        (55..=80).contains(&line.len())
            && line
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && next.starts_with(char::is_uppercase)
            && next.split(' ').any(|w| w.starts_with(char::is_lowercase))
            // (A short last line, a blank line after it.)
            && next.len() < 40
            && ps.get(end + 1).is_none_or(|p| p.blank_before)
    };
    // (Or, a headline in title case, one as long as a wrapped line ending in
    // a small word no headline ends in: "... Austin III's Meeting With\n
    // Singapore's Minister for Defence ...".)
    let title_case_wrapped = |end: usize| {
        let line = &lines[end - 1];
        (55..=80).contains(&line.len())
            && line.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "With"
                        | "Of"
                        | "For"
                        | "And"
                        | "To"
                        | "In"
                        | "On"
                        | "The"
                        | "At"
                        | "By"
                        | "From"
                )
            })
    };
    let title_end = title_idx.map_or(0, |i| {
        let mut end = i + 1;
        while end < body_start
            && (ends_in_small_word(&lines[end - 1]) || name_wrapped(end) || title_case_wrapped(end))
            && !ps[end].blank_before
            && matches!(ps[end].class, Class::Headline | Class::Other)
            && !ends_sentence(&lines[end])
        {
            end += 1;
        }
        end
    });
    let wrapped_title = title_idx
        .filter(|&i| title_end > i + 1)
        .map(|i| lines[i..title_end].join(" "));
    // (Without the site after it on its own line, which may be the outlet.)
    let split =
        title_idx.and_then(|i| split_site_suffix(wrapped_title.as_deref().unwrap_or(&lines[i])));
    let title = title_idx.map(|i| {
        let whole = wrapped_title.as_deref().unwrap_or(&lines[i]);
        split.map_or(whole, |(h, _)| h).to_string()
    });
    let own_site = split.and_then(|(_, site)| outlets::lookup(site));
    // The site named after the headline in the page's title: "RT" of
    // "... — RT World News" (its first words that name a known outlet).
    let suffix_outlet = title.as_deref().and_then(|t| {
        lines.iter().find_map(|l| {
            let site = site_after_headline(l, t)?;
            let ws: Vec<&str> = site.split_whitespace().collect();
            (1..=ws.len().min(4))
                .rev()
                .find_map(|k| outlets::lookup(&ws[..k].join(" ")))
        })
    });

    // Trailing boilerplate: everything from the first hard stop after the body began.
    let stop = (body_start..n)
        .find(|&i| i > body_start && HARD_STOP.is_match(txt(&ps[i])))
        .unwrap_or(n);

    // (Not a page's date label, with its full stop: "Published in The
    // Express Tribune, July 13th, 2024.")
    let dated_sentence = |i: usize, line: &str| {
        i > body_start
            && line.trim_end().ends_with('.')
            && line.split_whitespace().count() >= 6
            && !line
                .split(' ')
                .next()
                .is_some_and(|w| DATE_LABELS.contains(&w))
    };
    // Kinds.
    let mut kinds = vec![SegmentKind::Header; n];
    for i in 0..n {
        kinds[i] = if i >= stop {
            SegmentKind::Boilerplate
        } else {
            match &ps[i].class {
                Class::Stamp(_) => SegmentKind::Header,
                Class::Boilerplate => SegmentKind::Boilerplate,
                // A photo credit below the body ("Sputnik/Alexei Druzhinin")
                // credits a picture, not the article.
                Class::Byline(_)
                    if i > body_start
                        && lines[i].contains('/')
                        && !lines[i].trim_start().starts_with("By") =>
                {
                    SegmentKind::Boilerplate
                }
                Class::Byline(_) if i < HEADER_SEARCH_LINES => SegmentKind::Byline,
                // A dated sentence in the body ("... became a member on Dec.
                // 22, 1999.") is body, not a page date.
                Class::DateLine(_) | Class::PartialDate
                    if i < HEADER_SEARCH_LINES && !dated_sentence(i, lines[i].as_ref()) =>
                {
                    SegmentKind::Header
                }
                // A photo caption credited to an outlet ("Large-scale exercises
                // of ... Kazakhstan. - Sputnik International"): kept aside.
                _ if i > body_start && caption(lines[i].as_ref()) => SegmentKind::Boilerplate,
                _ if title_idx.is_some_and(|t| (t..title_end).contains(&i)) => SegmentKind::Title,
                _ if title.as_deref() == Some(lines[i].as_ref()) => SegmentKind::Title,
                _ if i >= body_start => SegmentKind::Body,
                _ => SegmentKind::Header,
            }
        };
    }

    // Name-only bylines right after a date ("Nazrin Abdul", "Akbar Novruz Read more").
    let mut authors: Vec<String> = Vec::new();
    let mut byline_outlet = None;
    let mut byline_under_title = false;
    for i in 0..n.min(HEADER_SEARCH_LINES) {
        if kinds[i] == SegmentKind::Byline {
            if let Class::Byline(b) = &ps[i].class {
                for a in &b.authors {
                    if !authors.contains(a) {
                        authors.push(a.clone());
                    }
                }
                // (A source credited alone under the headline beats the
                // site's name above it: "Gulf News / <headline> / WAM"; not
                // a shared credit, "DAILY SABAH WITH AA".)
                let under_title = kinds[..i].contains(&SegmentKind::Title)
                    && outlets::lookup(txt(&ps[i])).is_some();
                if byline_outlet.is_none() || (under_title && !byline_under_title) {
                    byline_outlet = b.outlet.or(byline_outlet);
                    byline_under_title |= under_title && b.outlet.is_some();
                }
            }
            continue;
        }
        // A name before the date on its line: "Ahmet Gencturk |14.07.2023 -
        // Update : 14.07.2023".
        // So is one right before the date: "Joanna Lillis Jul 3, 2019".
        if matches!(ps[i].class, Class::DateLine(_)) && kinds[i] == SegmentKind::Header {
            let line = txt(&ps[i]);
            // (Not a section label, "Politics Materials 15 May 2016": a
            // name has a word that is no ordinary English word.)
            let name = match line.split_once('|') {
                Some((name, _)) => Some(name),
                None => calendar::full_dates(line)
                    .first()
                    .map(|d| &line[..d.start])
                    .filter(|n| {
                        n.split_whitespace()
                            .any(|w| !crate::gazetteer::is_english_word(w))
                    }),
            };
            // ("by Jane Roe December 7, 2024": the name after "by".)
            let name = name.map(|n| {
                let n = n.trim();
                n.strip_prefix("by ").or(n.strip_prefix("By ")).unwrap_or(n)
            });
            if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
                // (Two or more: "Ani Mejlumyan and Joshua Kucera Oct 30,
                // 2024".)
                let names = || {
                    name.split(" and ")
                        .flat_map(|n| n.split(", "))
                        .map(str::trim)
                };
                if names().all(|n| person_name_shape(n) && outlets::lookup(n).is_none()) {
                    authors.extend(names().map(str::to_string));
                }
            }
            continue;
        }
        let after_date = i > 0 && matches!(ps[i - 1].class, Class::Stamp(_) | Class::DateLine(_));
        if !after_date || kinds[i] == SegmentKind::Title {
            continue;
        }
        let s = txt(&ps[i]);
        let name = s.strip_suffix("Read more").unwrap_or(s).trim();
        if person_name_shape(name) && outlets::lookup(name).is_none() {
            authors.push(name.to_string());
            kinds[i] = SegmentKind::Byline;
        }
    }

    // Dates: a stamped time beats the crawler stamp, which beats a bare page
    // date; a byline's date beats the stamp.
    let stamp = ps.iter().find_map(|p| match p.class {
        Class::Stamp(d) => Some(d),
        _ => None,
    });
    let dated: Vec<(usize, &HeaderDate)> = ps
        .iter()
        .enumerate()
        .take(HEADER_SEARCH_LINES)
        // (Not a dated sentence of the body: "X and Y last met in Sochi on
        // September 4, 2023.")
        .filter(|(i, _)| kinds[*i] != SegmentKind::Body)
        .filter_map(|(i, p)| match &p.class {
            Class::DateLine(d) => Some((i, d)),
            _ => None,
        })
        .collect();
    let byline_dates: Vec<HeaderDate> = ps
        .iter()
        .take(HEADER_SEARCH_LINES)
        .filter(|p| matches!(p.class, Class::Byline(_)))
        .filter_map(|p| {
            BY.find(txt(p)).and_then(|m| {
                date_line(&txt(p)[..m.start()]).or_else(|| {
                    // (Or after the name: "By X in International on 22 May
                    // 2025".)
                    let after = &txt(p)[m.start()..];
                    calendar::full_dates(after).first().map(|d| HeaderDate {
                        date: d.date,
                        swapped: d.swapped,
                        time: None,
                        offset: None,
                    })
                })
            })
        })
        .collect();
    // (Its publication's, before its last update's: "Updated: 01.03.2024
    // 19:45" above "Published: 01.03.2024 17:10".)
    let updated = |i: usize| {
        let line = txt(&ps[i]).trim_start();
        [
            "Updated",
            "UPDATED",
            "Last updated",
            "Last Updated",
            "Modified",
        ]
        .iter()
        .any(|w| line.starts_with(w))
    };
    let timed = dated
        .iter()
        .filter(|(_, d)| d.time.is_some())
        .min_by_key(|(i, _)| updated(*i))
        .map(|(i, d)| (*i, (*d).clone()))
        .map(|(i, d)| {
            // A last update's time is no publication's: a date line of its
            // own month before it is the article's ("17 Apr. 2024" above a
            // footer's "Last updated: 18 Apr. 2024 09:12").
            if !updated(i) {
                return (i, d);
            }
            let month_before = d.date.saturating_sub(jiff::Span::new().days(31));
            dated
                .iter()
                .find(|(j, x)| {
                    !updated(*j) && x.time.is_none() && (month_before..=d.date).contains(&x.date)
                })
                .map_or((i, d), |(j, x)| (*j, (*x).clone()))
        });
    let mut dateline = None;
    let mut dateline_date = None;
    let mut dateline_day = None;
    let mut dateline_outlet = None;
    // A reporter's credit after the dateline: its piece and byte range.
    let mut reporter: Option<(usize, usize, usize)> = None;
    for i in 0..n.min(body_start + 8) {
        // A lone place in capitals between the title and the body is the
        // dateline ("Title / DAILY SABAH / ANKARA / Published ..."); one
        // above the title is more often a section ("WORLD").
        let below_title = title_idx.is_some_and(|t| t < i) && i < body_start;
        if kinds[i] == SegmentKind::Header && below_title {
            // ... with its country: "BAKU, Azerbaijan".
            let line = txt(&ps[i]);
            let city = line
                .split_once(", ")
                .filter(|(_, country)| {
                    country.split(' ').count() <= 2
                        && country.starts_with(char::is_uppercase)
                        && country.chars().all(|c| c.is_alphabetic() || c == ' ')
                })
                .map_or(line, |(city, _)| city);
            if let Some(place) = lone_dateline(city) {
                dateline = Some(place);
                break;
            }
        }
        // A place in capitals opening the date line: "ISTANBUL Mar 04, 2025 - 3:22 pm"
        // (or atop the page: "Yerevan, 22 April 2025 (Armenpress)").
        if kinds[i] == SegmentKind::Header {
            if let Some(place) = place_before_date(txt(&ps[i])) {
                dateline = Some(place);
                break;
            }
        }
        if !matches!(kinds[i], SegmentKind::Body | SegmentKind::Byline) {
            continue;
        }
        let s = txt(&ps[i]);
        if let Some((place, end)) = dateline_of(s) {
            dateline = Some(place);
            // Its date, when it gives the year: "WASHINGTON, May 28, 2024 -",
            // "Baku/16.12.13/Turan".
            let head = &s[..crate::floor_boundary(s, (end + 40).min(s.len()))];
            dateline_date = calendar::full_dates(head)
                .into_iter()
                .find(|f| f.start <= end + 2)
                .map(|f| f.date);
            // Or its day without the year: "Baku, Azerbaijan, September 27".
            let stop = end
                + s[end..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(s.len() - end);
            dateline_day = dateline_date
                .is_none()
                .then(|| calendar::month_day(&s[..stop]))
                .flatten();
            dateline_outlet = outlets::credit_after_dateline(&s[end..]);
            if let Some((a, b, outlet, who)) = outlets::reporter_after_dateline(&s[end..]) {
                dateline_outlet = Some(outlet);
                if authors.is_empty() {
                    authors.push(who.to_string());
                }
                reporter = Some((i, ps[i].start + end + a, ps[i].start + end + b));
            }
            break;
        }
        // (Only near the body's start and over running text: a lone
        // "RECOMMENDED" closes pages.)
        // (Near by paragraphs, when lines are wrapped inside them.)
        let near = || {
            i <= body_start + 3
                || ps[body_start.min(i)..i]
                    .iter()
                    .skip(1)
                    .filter(|p| p.blank_before)
                    .count()
                    < 3
        };
        let opens_text = kinds.get(i + 1) == Some(&SegmentKind::Body) && near();
        if let Some(place) = lone_dateline(s).filter(|_| opens_text) {
            dateline = Some(place);
            break;
        }
        if i == body_start {
            if let Some(place) = colon_dateline(s) {
                dateline = Some(place);
                break;
            }
        }
    }
    if dateline.is_none() {
        dateline = dated
            .iter()
            .find_map(|(i, _)| place_after_date(txt(&ps[*i])));
    }
    let (published, published_time, utc_offset, published_idx) = match (&timed, stamp) {
        // "09/03/2021 - 18:45" under the crawler's 2021-03-09: the stamp
        // says which way the slashed date reads.
        (Some((i, d)), s) => {
            // So does another date of the page or the dateline's day: "12
            // June 2024" above "12/06/2024 16:05", "DUSHANBE, June 12".
            let date = match (d.swapped, s) {
                (Some(w), Some(s)) if w == s => w,
                (Some(w), None)
                    if dated.iter().any(|(j, x)| j != i && x.date == w)
                        || dateline_date == Some(w) =>
                {
                    w
                }
                _ => d.date,
            };
            (Some(date), d.time, d.offset, Some(*i))
        }
        // "March 11, 2025 | By X" is the article's own date: it beats the
        // crawler's stamp, a bare date line does not (it may be the page's).
        // So does the dateline's day ("Baku, Azerbaijan, September 27"
        // under a page's "Monday September 30 2024"), in the year of the
        // date beside it.
        (None, Some(s)) => match byline_dates.first() {
            Some(d) => (Some(d.date), d.time, d.offset, None),
            None => (Some(in_year_of(dateline_day, s)), None, None, None),
        },
        (None, None) => match dated.first() {
            Some((i, d)) => match in_year_of(dateline_day, d.date) {
                day if day != d.date => (Some(day), None, None, None),
                _ => (Some(d.date), None, None, Some(*i)),
            },
            None => match byline_dates.first() {
                Some(d) => (Some(d.date), d.time, d.offset, None),
                None => (dateline_date, None, None, None),
            },
        },
    };
    let page_date = dated
        .iter()
        .take_while(|(i, _)| Some(*i) != published_idx)
        .map(|(_, d)| d.date)
        .find(|d| Some(*d) != published)
        .or(stamp.filter(|s| Some(*s) != published));

    // Outlet: the earliest credit in the header, dateline, body or footer.
    let header_text: Vec<&str> = ps
        .iter()
        .zip(&kinds)
        .take(HEADER_SEARCH_LINES)
        .filter(|(_, k)| !matches!(k, SegmentKind::Body | SegmentKind::Boilerplate))
        .map(|(p, _)| txt(p))
        .collect();
    let outlet = byline_outlet
        .or_else(|| outlets::masthead(&header_text))
        .or(suffix_outlet)
        .or(own_site)
        .or(dateline_outlet)
        // (A line read on into the next, as far as a credit reaches, when
        // its sentence goes on there: "... press service informed\nNEWS.am.")
        .or_else(|| {
            outlets::credit_in(ps.iter().enumerate().map(|(i, p)| match ps.get(i + 1) {
                Some(next) if !next.blank_before && !ends_sentence(txt(p)) => {
                    &text[p.start..crate::floor_boundary(text, next.end.min(next.start + 40))]
                }
                _ => txt(p),
            }))
        })
        .or_else(|| outlets::by_closing_credits(text))
        .map(str::to_string)
        .or_else(|| site_name(&ps, text));

    // Segments: each piece owns the whitespace after it; runs of body lines
    // that are hard-wrapped join into one paragraph.
    let wrapped = {
        let body: Vec<&Piece> = (body_start..stop)
            .filter(|&i| kinds[i] == SegmentKind::Body)
            .map(|i| &ps[i])
            .collect();
        body.len() >= 5
            && body.iter().filter(|p| p.end - p.start <= 80).count() * 10 >= body.len() * 6
    };
    // The width hard-wrapped lines were filled to: a line the next line's
    // first word would have fitted on, ending a sentence, ended its
    // paragraph ("... provided the\nfollowing readout:\nSecretary ...").
    let width = match wrapped {
        true => (body_start..stop)
            .filter(|&i| kinds[i] == SegmentKind::Body)
            .map(|i| ps[i].end - ps[i].start)
            .filter(|&len| len <= 80)
            .max()
            .unwrap_or(0),
        false => 0,
    };
    let paragraph_ended = |prev: &Piece, next: &Piece| {
        let (prev, next) = (txt(prev), txt(next));
        let first = next.split(' ').next().unwrap_or(next);
        (ends_sentence(prev) || prev.ends_with(':')) && prev.len() + 1 + first.len() <= width
    };
    // The reporter's credit is a byline of its own between the dateline
    // and the story ("Baku, Azerbaijan, Oct. 5 / Trend, N.Kazimova / The
    // minister ..."): metadata, not a name in the story.
    if let Some((i, a, b)) = reporter {
        let piece = |start: usize, end: usize, blank_before: bool| {
            let t = &text[start..end];
            let start = start + (t.len() - t.trim_start().len());
            Piece {
                start,
                end: start + t.trim().len(),
                blank_before,
                class: Class::Other,
            }
        };
        let (start, end, blank) = (ps[i].start, ps[i].end, ps[i].blank_before);
        let parts = [
            (piece(start, a, blank), SegmentKind::Body),
            (piece(a, b, false), SegmentKind::Byline),
            (piece(b, end, false), SegmentKind::Body),
        ];
        let parts: Vec<_> = parts.into_iter().filter(|(p, _)| p.end > p.start).collect();
        ps.splice(i..=i, parts.iter().map(|(p, _)| p.clone()));
        kinds.splice(i..=i, parts.iter().map(|(_, k)| *k));
    }
    // The site after the headline on its line is no part of the title
    // segment: "... demarcation | Agenda.ge" names no organisation.
    if let Some(i) = kinds.iter().position(|k| *k == SegmentKind::Title) {
        let line = &text[ps[i].start..ps[i].end];
        if let Some((head, site)) = split_site_suffix(line) {
            let (start, end) = (ps[i].start, ps[i].end);
            let mut title = ps[i].clone();
            title.end = start + head.len();
            let suffix = Piece {
                start: end - site.len(),
                end,
                blank_before: false,
                class: Class::Other,
            };
            ps.splice(i..=i, [title, suffix]);
            kinds.insert(i + 1, SegmentKind::Header);
        }
    }
    let n = ps.len();
    let mut segments: Vec<Segment> = Vec::with_capacity(n);
    for i in 0..n {
        let kind = kinds[i];
        let seg_end = if i + 1 < n {
            ps[i + 1].start
        } else {
            text.len()
        };
        // (A headline's wrapped lines are one segment too.)
        let join = (kind == SegmentKind::Body
            && !ps[i].blank_before
            && segments
                .last()
                .is_some_and(|s: &Segment| s.kind == SegmentKind::Body)
            && i > 0
            // (A line that introduces what follows ends its paragraph:
            // "... provided the following readout:".)
            && (if wrapped {
                !paragraph_ended(&ps[i - 1], &ps[i])
            } else {
                let prev = txt(&ps[i - 1]);
                !(ends_sentence(prev) || prev.ends_with(':'))
            }))
            || (kind == SegmentKind::Title && title_idx.is_some_and(|t| i > t && i < title_end));
        if join {
            let last = segments.last_mut().expect("checked above");
            last.span.end = seg_end;
            last.content.end = ps[i].end;
        } else {
            let start = if i == 0 { 0 } else { ps[i].start };
            segments.push(Segment {
                kind,
                span: Span {
                    start,
                    end: seg_end,
                },
                content: Span {
                    start: ps[i].start,
                    end: ps[i].end,
                },
                content_chars: Span { start: 0, end: 0 },
                text: String::new(),
            });
        }
    }
    if segments.is_empty() {
        segments.push(Segment {
            kind: SegmentKind::Body,
            span: Span {
                start: 0,
                end: text.len(),
            },
            content: Span { start: 0, end: 0 },
            content_chars: Span { start: 0, end: 0 },
            text: String::new(),
        });
    }
    // Character offsets, counted once over the whole input.
    let mut chars_before = 0;
    let mut at = 0;
    for seg in &mut segments {
        chars_before += text[at..seg.content.start].chars().count();
        let len = text[seg.content.range()].chars().count();
        seg.content_chars = Span {
            start: chars_before,
            end: chars_before + len,
        };
        chars_before += len;
        at = seg.content.end;
        seg.text = text[seg.content.range()].to_string();
    }

    let metadata = Metadata {
        published,
        published_time,
        utc_offset: utc_offset.map(UtcOffset::from_seconds),
        page_date,
        title,
        authors,
        outlet,
        dateline,
    };
    Article { metadata, segments }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn read(t: &str) -> Article {
        super::read(t)
    }

    /// The texts of an article's body segments.
    fn bodies(a: &Article) -> Vec<&str> {
        a.segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Body)
            .map(|s| s.text.as_str())
            .collect()
    }

    #[test]
    fn word_counts_skip_punctuation_and_stop_at_the_cap() {
        let plain = |s: &str| {
            s.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        for s in [
            "",
            "  one ",
            "Baku – Azerbaijan\u{a0}2020 — ",
            "a\tb\u{b}c | d",
            "Президент  встретился",
        ] {
            assert_eq!(words(s, 100), plain(s), "{s:?}");
        }
        assert_eq!(words("one two three four five", 3), 3);
        assert_eq!(words("one two", 3), 2);
    }

    #[test]
    fn crawler_stamp_with_outlet_byline() {
        let a = read(" date 2018-12-12 By Trend\n\nToday, the minister met his counterpart in the capital.\n");
        assert_eq!(a.metadata.published, Some(date(2018, 12, 12)));
        assert_eq!(a.metadata.outlet.as_deref(), Some("Trend"));
        assert!(a.metadata.authors.is_empty());
        assert_eq!(a.metadata.title, None);
    }

    #[test]
    fn a_short_dated_sentence_under_the_headline_is_body() {
        let t = " date 2023-03-05\nEgypt and India hold talks\nThe talks were held on 10-11 March 2023 in Cairo.\nThe parties discussed regional security in detail.\n";
        let a = read(t);
        assert_eq!(a.metadata.page_date, None);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Egypt and India hold talks")
        );
        assert!(a
            .segments
            .iter()
            .any(|s| s.kind == SegmentKind::Body && s.text.starts_with("The talks were held")));
        // A date line of chrome still is one, with its few lower-case words.
        assert!(date_line("Last updated on 10 March 2023").is_some());
    }

    #[test]
    fn a_page_head_flattened_into_one_line_is_split() {
        let t = " date 2022-09-08 Politics Serbia and Hungary sign defense deal Defense Minister Milos Vucevic met on Thursday in Budapest with his Hungarian counterpart. Source: Tanjug Thursday, September 8, 2022 | 16:20 Tweet Share (Tanjug)\n\nThe two ministers signed a plan of bilateral military cooperation.\n";
        let a = read(t);
        let m = &a.metadata;
        assert_eq!(
            m.title.as_deref(),
            Some("Serbia and Hungary sign defense deal")
        );
        assert_eq!(
            m.published_time.map(|t| t.to_string()).as_deref(),
            Some("16:20:00")
        );
        let kinds: Vec<(SegmentKind, &str)> = a
            .segments
            .iter()
            .map(|s| (s.kind, s.text.as_str()))
            .collect();
        assert!(kinds.contains(&(SegmentKind::Body, "Defense Minister Milos Vucevic met on Thursday in Budapest with his Hungarian counterpart.")), "{kinds:?}");
        assert!(
            kinds
                .iter()
                .any(|(k, s)| *k != SegmentKind::Body && s.starts_with("Source: Tanjug")),
            "{kinds:?}"
        );
        // A headline's closing quote ends it: "... in Kosovo" Defense Minister".
        let line = "Politics KFOR \"the only force in Kosovo\" Defense Minister Ana Ivic spoke with the envoy. Source: Tanjug Tuesday, January 22, 2019 | 14:50 Tweet Share (Tanjug)";
        assert_eq!(
            flattened_head(line),
            [
                Some("Politics"),
                Some("Politics KFOR \"the only force in Kosovo\""),
                Some("Politics KFOR \"the only force in Kosovo\" Defense Minister Ana Ivic spoke with the envoy.")
            ]
        );
        // No headline ends in a small word: the name after it is the
        // headline's ("... ambassador in Belgrade" Minister of Defence").
        let line = "Politics Minister meets ambassador in Belgrade Minister of Defence Ana Ivic received the envoy. Source: Tanjug Tuesday, March 16, 2021 | 12:10 Tweet Share (Tanjug)";
        assert_eq!(
            flattened_head(line)[1],
            Some("Politics Minister meets ambassador in Belgrade")
        );
        // A source credit in a sentence is no page head.
        assert_eq!(
            flattened_head(
                "The figures were given by the ministry. Source: the ministry's own report"
            ),
            [None; 3]
        );
    }

    #[test]
    fn a_source_alone_under_the_headline_beats_the_site_above_it() {
        let t = "Gulf News\nLeaders meet in Abu Dhabi\nWAM\nPublished: December 02, 2024 19:30\nThe two leaders discussed ways to strengthen bilateral relations.\n";
        assert_eq!(read(t).metadata.outlet.as_deref(), Some("WAM"));
        // Alone, the site is the outlet ("Gulf News" is a known one).
        let t = " date 2023-10-30 Gulf News\nLeaders meet in Abu Dhabi\nThe two leaders discussed ways to strengthen bilateral relations.\n";
        assert_eq!(read(t).metadata.outlet.as_deref(), Some("Gulf News"));
        // A shared credit under the headline leaves the site first.
        let t = "Daily Sabah\nLeaders meet in Ankara\nDAILY SABAH WITH AA\nPublished Dec 04, 2024 1:20 PM\nThe two leaders discussed ways to strengthen bilateral relations.\n";
        assert_eq!(read(t).metadata.outlet.as_deref(), Some("Daily Sabah"));
    }

    #[test]
    fn a_headline_in_capitals_that_reads_as_one_is_the_title() {
        let t = " date 2023-12-05 Report\nPRESIDENT RECEIVES DELEGATION OF THE CONGRESS\nBaku. 5 December. REPORT.AZ/ The president has received a delegation of lawmakers.\nThe sides discussed the peace process.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("PRESIDENT RECEIVES DELEGATION OF THE CONGRESS")
        );
        // Not a menu, nor a line of a page in capitals throughout.
        let t = " date 2023-12-05\nHOME NEWS POLITICS ECONOMY SPORTS\nThe president has received a delegation of lawmakers in the capital.\n";
        assert_eq!(read(t).metadata.title, None);
        let t = " date 2023-12-05\nPRESIDENT RECEIVES DELEGATION OF THE CONGRESS\nTHE PRESIDENT HAS RECEIVED A DELEGATION OF LAWMAKERS IN THE CAPITAL.\n";
        assert_eq!(read(t).metadata.title, None);
    }

    #[test]
    fn a_dated_sentence_in_the_body_is_body() {
        let a = read(" date 2017-08-31 By Trend\n\nThe bank will send a mission to the country in September.\n\nIt was founded in 1966 and has many members.\n\nAzerbaijan became a member on Dec. 22, 1999.\n");
        assert_eq!(a.metadata.published, Some(date(2017, 8, 31)));
        let last = a.segments.last().expect("segments");
        assert!(last.text.starts_with("Azerbaijan became"));
        assert_eq!(last.kind, SegmentKind::Body);
        // (Unlike a page's date label below it, with its full stop.)
        let a = read("Navy chief visits shipyards\n\nISLAMABAD: Admiral Naveed Ashraf visited Ankara from July 8 to 11.\n\nPublished in The Express Tribune, July 13th, 2024.\n");
        assert_eq!(a.metadata.published, Some(date(2024, 7, 13)));
        assert_ne!(a.segments.last().map(|s| s.kind), Some(SegmentKind::Body));
        // (Nor a paper's footer whose date is no date line.)
        let a = read("ISLAMABAD: General Ion Rusu called on Prime Minister Tom Berg on Wednesday.\n\nPublished in The Nation newspaper on 29-Oct-2020\n");
        assert_eq!(
            a.segments.last().map(|s| s.kind),
            Some(SegmentKind::Boilerplate)
        );
        assert_eq!(a.metadata.outlet.as_deref(), Some("The Nation"));
    }

    #[test]
    fn crawler_stamp_with_author_byline() {
        let a = read(" date 2020-02-11 By Jane Doe\n\nThe capital is the venue of many meetings this week.\n");
        assert_eq!(a.metadata.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(a.metadata.outlet, None);
    }

    #[test]
    fn a_byline_in_capitals_names_its_writers() {
        let a = read("Leaders meet at the palace\n\nBy JANE ROE and JEAN-PAUL O'NEILL\n\nThe two leaders discussed trade and the region on Thursday.\n");
        assert_eq!(a.metadata.authors, ["Jane Roe", "Jean-Paul O'Neill"]);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Leaders meet at the palace")
        );
        // (A phrase in capitals names no one.)
        let a = read("Leaders meet at the palace\n\nBY THE NUMBERS\n\nThe two leaders discussed trade and the region on Thursday.\n");
        assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
        // (An outlet in capitals is looked up as written.)
        let a = read("Leaders meet at the palace\n\nBy AP\n\nThe two leaders discussed trade and the region on Thursday.\n");
        assert_eq!(a.metadata.outlet.as_deref(), Some("AP"));
        let a = read("Leaders meet at the palace\n\nBY JANE ROE AND AP\n\nThe two leaders discussed trade and the region on Thursday.\n");
        assert_eq!(a.metadata.authors, ["Jane Roe"]);
        assert_eq!(a.metadata.outlet.as_deref(), Some("AP"));
    }

    #[test]
    fn a_byline_s_section_place_or_date_after_the_name_is_no_name() {
        for line in [
            "By Jane Roe in International on 22 May 2025",
            "By Jane Roe in Kyiv",
        ] {
            let a = read(&format!("Leaders meet at the palace\n\n{line}\n\nThe two leaders discussed trade and the region on Thursday.\n"));
            assert_eq!(a.metadata.authors, ["Jane Roe"], "{line}");
        }
        // (The date after the name is the article's.)
        let a = read("Leaders meet at the palace\n\nBy Jane Roe in International on 22 May 2025\n\nThe two leaders discussed trade and the region on Thursday.\n");
        assert_eq!(a.metadata.published, Some(date(2025, 5, 22)));
    }

    #[test]
    fn a_byline_s_rank_and_unit_are_no_names() {
        for (line, who) in [
            (
                "By Sgt. 1st Class Mary Jones, 173rd Airborne Brigade",
                "Mary Jones",
            ),
            ("By Staff Sgt. John Miller", "John Miller"),
        ] {
            let a = read(&format!("Troops train with allies\n\n{line}\n\nThe parties discussed the regional security situation and more.\n"));
            assert_eq!(a.metadata.authors, [who], "{line}");
        }
    }

    #[test]
    fn labelled_bylines() {
        for line in [
            "Author: Anna Petrosyan",
            "By: Anna Petrosyan",
            "Written by Anna Petrosyan",
            "Written by: Anna Petrosyan",
            "Posted by: Anna Petrosyan",
            // After a source credit: "(MENAFN- AzerNews) By X".
            "(MENAFN- AzerNews) By Anna Petrosyan",
        ] {
            let a = read(&format!(" date 2022-03-12\nTalks held on defence\n{line}\nThe parties discussed the regional security situation and more.\n"));
            assert_eq!(a.metadata.authors, ["Anna Petrosyan"], "{line}");
        }
        let a = read(" date 2022-03-12\nTalks held on defence\n(MENAFN- AzerNews) By Anna Petrosyan\nThe parties discussed the regional security situation and more.\n");
        assert_eq!(a.metadata.outlet.as_deref(), Some("AzerNews"));
        let a = read(" date 2022-03-12\nTalks held on defence\nAuthorities said the parties discussed the regional security situation.\n");
        assert!(a.metadata.authors.is_empty());
        let a = read("Talks held on defence\n\nThursday, June 6, 2024 | 14:25\nTweet Share\n\nThe parties discussed the regional security situation.\n");
        assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
        // Nor is a site's menu.
        let a = read(" date 2024-10-18 Menu Search\n\nMinisters meet in Chisinau\n\nThe parties discussed the regional security situation.\n");
        assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
    }

    #[test]
    fn an_iso_timestamp_after_the_crawler_stamp_is_the_publication_s() {
        let m = read(" date 2021-03-06 2021-03-05T14:22:00+04:00\n\nMinisters meet in the capital\n\nThe two ministers discussed the alliance and the region today.\n").metadata;
        assert_eq!(m.published, Some(date(2021, 3, 5)));
        assert_eq!(m.page_date, Some(date(2021, 3, 6)));
        assert_eq!(
            m.published_time.map(|t| t.to_string()).as_deref(),
            Some("14:22:00")
        );
        assert_eq!(m.utc_offset.map(|o| o.seconds()), Some(4 * 3600));
        let m = read("2023-06-05T11:40:00Z\n\nMinisters meet in the capital\n\nThe two ministers discussed the alliance and the region today.\n").metadata;
        assert_eq!(m.published, Some(date(2023, 6, 5)));
        assert_eq!(m.utc_offset.map(|o| o.seconds()), Some(0));
    }

    #[test]
    fn byline_date_beats_the_crawler_stamp() {
        let t = " date 2025-03-12 An official website\n\nMinisters meet at the Pentagon\n\nMarch 11, 2025 | By Jane Roe , DOD News\n\nThe two ministers discussed the alliance and the region today.\n";
        let dates = |t: &str| {
            let m = read(t).metadata;
            (m.published, m.page_date)
        };
        assert_eq!(dates(t), (Some(date(2025, 3, 11)), Some(date(2025, 3, 12))));
        // The same stamp over a byline without a date is the publication date.
        let t = t.replace("March 11, 2025 | ", "");
        assert_eq!(dates(&t), (Some(date(2025, 3, 12)), None));
    }

    #[test]
    fn a_list_of_other_stories_holds_no_headline() {
        let t = "Most Read\n\nRuling party wins election\nMinister to buy artillery\n\nCountries hold joint drills\n\nBAKU, Sept 5. The joint exercises of the two armies began on Monday, the ministry said.\n";
        let a = read(t);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Countries hold joint drills")
        );
        let listed: Vec<_> = a
            .segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Boilerplate)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            listed,
            [
                "Most Read",
                "Ruling party wins election",
                "Minister to buy artillery"
            ]
        );
    }

    #[test]
    fn headlines_under_a_link_s_heading_are_chrome_the_story_is_not() {
        let kinds = |t: &str| -> Vec<(SegmentKind, String)> {
            read(t)
                .segments
                .into_iter()
                .map(|s| (s.kind, s.text))
                .collect()
        };
        // At the end, lines run on without blank lines between.
        let t = " date 2023-11-02 Presidents hold talks\nASTANA. KAZINFORM – President Ion Rusu received Prime Minister Tom Berg on Thursday.\nThe sides discussed trade.\nRead also\nRusu holds talks with Emir of Qatar\nBerg visits Almaty\n";
        let chrome: Vec<String> = kinds(t)
            .into_iter()
            .filter(|(k, _)| *k == SegmentKind::Boilerplate)
            .map(|(_, s)| s)
            .collect();
        assert_eq!(
            chrome,
            [
                "Read also",
                "Rusu holds talks with Emir of Qatar",
                "Berg visits Almaty"
            ]
        );
        // Inside the story, the story goes on after the headline.
        let t = " date 2023-11-02 Presidents hold talks\nASTANA. KAZINFORM – President Ion Rusu received Prime Minister Tom Berg on Thursday.\nSee also:\nBerg visits Almaty\nThe sides discussed trade and energy.\n";
        let story = kinds(t)
            .into_iter()
            .find(|(_, s)| s.starts_with("The sides"))
            .expect("the last line");
        assert_eq!(story.0, SegmentKind::Body);
    }

    #[test]
    fn dateline_day_is_the_publication_date() {
        let dates = |t: &str| {
            let m = read(t).metadata;
            (m.published, m.page_date)
        };
        let body = "Countries discuss defence cooperation\n\nBaku, Azerbaijan, September 27\n\nThe two ministers discussed the alliance and the region.\n";
        // Under a page date three days later: the dateline's day, in the
        // page date's year; the page date kept as such.
        let paged = format!("Monday September 30 2024\n\n{body}");
        assert_eq!(
            dates(&paged),
            (Some(date(2024, 9, 27)), Some(date(2024, 9, 30)))
        );
        // Under the crawler's stamp of the day after ("June 13 (Xinhua)").
        let stamped = format!(" date 2024-09-28 {body}");
        assert_eq!(
            dates(&stamped),
            (Some(date(2024, 9, 27)), Some(date(2024, 9, 28)))
        );
        // Across a new year: "December 31" under a stamp of January 2.
        let stamped = stamped
            .replace("2024-09-28", "2025-01-02")
            .replace("September 27", "December 31");
        assert_eq!(
            dates(&stamped),
            (Some(date(2024, 12, 31)), Some(date(2025, 1, 2)))
        );
        // A day months from the stamp is not this page's: the stamp stands.
        let far = stamped.replace("December 31", "July 4");
        assert_eq!(dates(&far), (Some(date(2025, 1, 2)), None));
    }

    #[test]
    fn page_date_is_not_publication_date() {
        let t = "Example.Az\n\nFriday April 19 2024\n\nCountries hold talks on trade\n\n9 September 2016 16:15 (UTC+04:00)\nCountries hold talks on trade\n\nBy John Smith\n\nThe two countries discussed trade and exchanged views on the region.\n";
        let a = read(t);
        assert_eq!(a.metadata.published, Some(date(2016, 9, 9)));
        assert_eq!(a.metadata.page_date, Some(date(2024, 4, 19)));
        assert_eq!(
            a.metadata.published_time,
            Some(Time::constant(16, 15, 0, 0))
        );
        assert_eq!(a.metadata.utc_offset.map(|o| o.seconds()), Some(4 * 3600));
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Countries hold talks on trade")
        );
        assert_eq!(a.metadata.authors, vec!["John Smith".to_string()]);
    }

    #[test]
    fn an_author_before_the_date_and_a_dateline_with_its_country() {
        let t = "Turkish defense chief meets Azerbaijani counterpart in Baku\nAhmet Gencturk   |14.07.2023 - Update : 14.07.2023\n\nBAKU, Azerbaijan\n\nThe minister on Friday met his Azerbaijani counterpart in the capital, the ministry said.\n";
        let a = read(t);
        assert_eq!(a.metadata.authors, ["Ahmet Gencturk"]);
        assert_eq!(a.metadata.dateline.as_deref(), Some("Baku"));
        assert_eq!(
            a.metadata.published.map(|d| d.to_string()).as_deref(),
            Some("2023-07-14")
        );
    }

    #[test]
    fn a_line_that_introduces_what_follows_is_a_paragraph_of_the_body() {
        let a = read(" date 2023-03-08 Readout of the Secretary's Meeting With the Minister\nMarch 8, 2023\nPentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout:\nSecretary of Defense Lloyd J. Austin III welcomed Minister of Defense Anatolie Nosatii to the Pentagon today.\nThe Secretary reaffirmed U.S. support.\nTags: Moldova, Pentagon\n");
        let body = bodies(&a);
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[0].ends_with("the following readout:"), "{body:?}");
        assert!(body[1].starts_with("Secretary of Defense"), "{body:?}");
        // (Not a label: "Tags:" is no sentence.)
        assert!(!body.iter().any(|b| b.starts_with("Tags")), "{body:?}");
        // (Nor a headline's wrapped last line, before a long line.)
        let a = read("Secretary Rubio's Meeting with Egyptian Foreign Minister Abdelatty\nThe below is attributable to Spokesperson Tammy Bruce:\nSecretary of State Marco Rubio met today with Egyptian Foreign Minister Badr Abdelatty in Washington. The two discussed the release of hostages.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Secretary Rubio's Meeting with Egyptian Foreign Minister Abdelatty")
        );
        assert!(bodies(&a)[0].starts_with("The below"), "{:?}", bodies(&a));
    }

    #[test]
    fn a_dateline_s_date_in_figures_is_the_publication_date() {
        for text in [
            "Dushanbe, 12.04.2024 (Khovar) – Minister Ion Rusu received General Tom Berg on April 11.\n",
            "Dushanbe, 12.04.2024 – Minister Ion Rusu received General Tom Berg on April 11.\n",
            "Dushanbe, 12.04.2024, KHOVAR. Minister Ion Rusu received General Tom Berg on April 11.\n",
        ] {
            let a = read(text);
            assert_eq!(a.metadata.dateline.as_deref(), Some("Dushanbe"), "{text}");
            assert_eq!(
                a.metadata.published,
                Some(jiff::civil::date(2024, 4, 12)),
                "{text}"
            );
        }
    }

    #[test]
    fn the_crawler_stamp_says_which_way_a_slashed_date_reads() {
        let a = read(" date 2021-03-09 Envoy visits Georgia\nCivil.ge\n09/03/2021 - 18:45\nThe envoy arrived in Tbilisi on March 8 for a two-day visit.\n");
        assert_eq!(a.metadata.published, Some(jiff::civil::date(2021, 3, 9)));
        let a = read(" date 2021-09-03 Envoy visits Georgia\nCivil.ge\n09/03/2021 - 18:45\nThe envoy arrived in Tbilisi on March 8 for a two-day visit.\n");
        assert_eq!(a.metadata.published, Some(jiff::civil::date(2021, 9, 3)));
        // So does the page's date above it, with no stamp.
        let a = read("Wednesday, 12 June 2024\nDefence chiefs gather in Dushanbe\nAsia-Plus\n12/06/2024 16:05\n\nDUSHANBE, June 12 — Defence ministers met in Dushanbe on Tuesday.\n");
        assert_eq!(a.metadata.published, Some(jiff::civil::date(2024, 6, 12)));
        let a = read("Defence chiefs gather in Dushanbe\nAsia-Plus\n12/06/2024 16:05\n\nDUSHANBE - Defence ministers met in Dushanbe on Tuesday.\n");
        assert_eq!(a.metadata.published, Some(jiff::civil::date(2024, 12, 6)));
    }

    #[test]
    fn an_author_right_before_the_date() {
        let a = read(" date 2019-07-03 Eurasianet\nTokayev makes first foreign trip as president\nJoanna Lillis Jul 3, 2019\nKazakhstan's new president has chosen Russia for his first foreign trip since being sworn in.\n");
        assert_eq!(a.metadata.authors, ["Joanna Lillis"]);
        assert_eq!(a.metadata.published, Some(jiff::civil::date(2019, 7, 3)));
        // Two of them, joined by "and".
        let a = read(" date 2024-10-30 Eurasianet\nPashinyan meets Erdogan in Kazan\nAni Mejlumyan and Joshua Kucera Oct 30, 2024\nThe two leaders discussed the normalization process between their countries.\n");
        assert_eq!(a.metadata.authors, ["Ani Mejlumyan", "Joshua Kucera"]);
        // One whose patronymic's suffix closes the name, below the story.
        let a = read("Ministers meet in Bishkek\n\nBishkek, 3 July 2025 (24.kg) - The ministers met on Thursday to discuss the railway.\n\nAuthor: Aida Kasymaly kyzy\n");
        assert_eq!(a.metadata.authors, ["Aida Kasymaly kyzy"]);
        let a = read(" date 2016-05-15 Ministers meet in Baku on defense ties\nPolitics Materials 15 May 2016 10:43 (UTC+04:00)\nThe defense minister met his Turkish counterpart in Baku on Sunday to discuss the ties.\n");
        assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
        let a = read("Erdogan hosts Zelenskyy in Ankara\nTurkish president says Turkey is ready to host a summit.\nPublished On 18 Feb 2025\n\nTurkish President Recep Tayyip Erdogan has hosted his Ukrainian counterpart in Ankara.\n");
        assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
        assert_eq!(a.metadata.published, Some(jiff::civil::date(2025, 2, 18)));
    }

    #[test]
    fn a_photo_credit_below_the_body_credits_no_outlet() {
        let a = read(" date 2020-12-10 Shoigu holds talks with Armenian counterpart\nMOSCOW, December 10. /TASS/. Russian Defense Minister Sergei Shoigu held talks with his Armenian counterpart in Moscow on Thursday.\nSputnik/Alexei Druzhinin\n");
        assert_eq!(a.metadata.outlet.as_deref(), Some("TASS"));
    }

    #[test]
    fn a_wrapped_sentence_s_end_opening_with_an_outlet_is_body() {
        let t = "Polish minister meets Lithuanian counterpart\n\nPolish Defence Minister Jan Nowak met his Lithuanian counterpart in Vilnius on Friday.\n\n\"Poland and Lithuania share the same threats,\" Minister Jan Nowak told\nPAP after the meeting.\n\nThe talks came a week after the summit.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(
            body.iter().any(|b| b.ends_with("PAP after the meeting.")),
            "{body:?}"
        );
    }

    #[test]
    fn a_page_s_skip_link_and_its_story_number_are_chrome() {
        let t = "Skip to main content\n\nWorld\n\nLeaders meet at the White House\n\nBy Jane Roe\n\nMay 23, 2024 9:21 PM GMT+3\n\nWASHINGTON, May 23 (Reuters) - President Ion Rusu hosted President Tom Berg on Thursday.\n\nNews ID 219876\n\nOur Standards: The Thomson Reuters Trust Principles.\n";
        let a = read(t);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Leaders meet at the White House")
        );
        let body = bodies(&a);
        assert!(
            !body
                .iter()
                .any(|b| b.contains("News ID") || b.contains("Our Standards")),
            "{body:?}"
        );
    }

    #[test]
    fn breadcrumbs_are_no_headline() {
        let t = "Home » News » Region\nMarch 12, 2022, 14:35 GMT+4\n\nGeorgian, Azerbaijani ministers discuss transit\n\nGeorgian Economy Minister Levan Davitashvili met his Azerbaijani counterpart in Tbilisi on Friday.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("Georgian, Azerbaijani ministers discuss transit")
        );
        let t = "News > World > Europe\nMarch 12, 2022\n\nGeorgian, Azerbaijani ministers discuss transit\n\nGeorgian Economy Minister Levan Davitashvili met his Azerbaijani counterpart in Tbilisi on Friday.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("Georgian, Azerbaijani ministers discuss transit")
        );
    }

    #[test]
    fn a_headline_may_ask() {
        let t = "Caspian Security: Can Baku and Ashgabat Overcome Old Disputes?\nBy Joshua Kucera\nMarch 3, 2021\n\nWhen the president hosted his counterpart in Ashgabat in 2018, few expected a breakthrough.\n";
        let a = read(t);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Caspian Security: Can Baku and Ashgabat Overcome Old Disputes?")
        );
        // A question in running text is a sentence.
        assert!(!headline_question(
            "Why would the minister travel to Baku again so soon after the talks?"
        ));
    }

    #[test]
    fn a_headline_in_capitals_is_the_title_only_when_repeated() {
        let t = " date 2020-01-28 ARMENIAN DEFENCE MINISTER MEETS RUSSIAN COUNTERPART\nARMENIAN DEFENCE MINISTER MEETS RUSSIAN COUNTERPART\n\nArmenian Defence Minister Davit Tonoyan met his Russian counterpart in Moscow on January 27, the ministry said.\n";
        let a = read(t);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("ARMENIAN DEFENCE MINISTER MEETS RUSSIAN COUNTERPART")
        );
        let t = "MINISTRY OF DEFENCE OF THE REPUBLIC\n\nArmenian Defence Minister Davit Tonoyan met his Russian counterpart in Moscow on January 27, the ministry said.\n";
        assert_eq!(read(t).metadata.title, None);
        // Its words are not read for names: each would be an acronym.
        let doc = crate::analyze(" date 2020-01-28 ARMENIAN DEFENCE MINISTER MEETS RUSSIAN COUNTERPART\nARMENIAN DEFENCE MINISTER MEETS RUSSIAN COUNTERPART\n\nThe minister met his counterpart on January 27, the ministry said.\n").expect("parses");
        assert!(
            doc.entities
                .iter()
                .all(|e| e.kind == crate::EntityKind::Date),
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn an_agency_in_capitals_after_the_dateline_is_the_outlet() {
        let a = read(" date 2021-04-15 NUR-SULTAN. KAZINFORM – Minister of Defense of Kazakhstan Nurlan Yermekbayev and his Uzbek counterpart signed the plan.\n");
        assert_eq!(a.metadata.dateline.as_deref(), Some("Nur-Sultan"));
        assert_eq!(a.metadata.outlet.as_deref(), Some("Kazinform"));
    }

    #[test]
    fn masthead_dateline_and_byline_in_their_own_lines() {
        let t = "Türkiye, Georgia hold talks on defense cooperation\nDAILY SABAH\nANKARA\nPublished May 12, 2022 - 11:45\n\nTurkish Defense Minister Hulusi Akar received his Georgian counterpart on Thursday in the capital.\n";
        let a = read(t);
        assert_eq!(a.metadata.outlet.as_deref(), Some("Daily Sabah"));
        assert_eq!(a.metadata.dateline.as_deref(), Some("Ankara"));
        // (A page's label in capitals is no place.)
        let t = "Secretary Rusu's Meeting with Foreign Minister Berg\nREADOUT\nSeptember 18, 2023\n\nSecretary of State Ion Rusu met today with Foreign Minister Tom Berg in New York.\n";
        assert_eq!(read(t).metadata.dateline, None);
        let t = "Ukraine's defense minister meets Baltic counterparts in Vilnius\nby Olena Harmash\nJanuary 18, 2024 4:32 PM 2 min read\n\nDefense Minister Rustem Umerov met his Lithuanian counterpart in Vilnius on Jan. 18, the ministry said.\n";
        let a = read(t);
        assert_eq!(a.metadata.authors, ["Olena Harmash"]);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Ukraine's defense minister meets Baltic counterparts in Vilnius")
        );
        // "by" an outlet "with" an agency; the place opening the date line;
        // a lone word in capitals closing the page is no dateline.
        let t = "Türkiye, Azerbaijan defense chiefs review joint drills\nby Daily Sabah with AA\nISTANBUL Mar 04, 2025 - 3:22 pm GMT+3\n\nDefense Minister Yaşar Güler met his Azerbaijani counterpart in Nakhchivan on Monday.\n\nRECOMMENDED\n";
        let m = read(t).metadata;
        assert_eq!(
            m.title.as_deref(),
            Some("Türkiye, Azerbaijan defense chiefs review joint drills")
        );
        assert_eq!(m.outlet.as_deref(), Some("Daily Sabah"));
        assert_eq!(m.dateline.as_deref(), Some("Istanbul"));
        // A site's name in lower case under the headline.
        let t = "Pashinyan, Macron discuss peace agenda by phone\nnews.am\n14:05 12.03.2025\n\nPrime Minister Nikol Pashinyan had a telephone conversation with the French president on Wednesday.\n";
        let m = read(t).metadata;
        assert_eq!(
            m.title.as_deref(),
            Some("Pashinyan, Macron discuss peace agenda by phone")
        );
        assert_eq!(m.outlet.as_deref(), Some("NEWS.am"));
        let t = "Meeting of the Deputy Minister with the Special Envoy\nBaku, 3 March 2025\n\nOn 3 March, Deputy Minister Ion Rusu met with the envoy.\n";
        assert_eq!(read(t).metadata.dateline.as_deref(), Some("Baku"));
        let t = "Meeting of the Deputy Minister with the Special Envoy\nPolitics, 3 March 2025\n\nOn 3 March, Deputy Minister Ion Rusu met with the envoy.\n";
        assert_eq!(read(t).metadata.dateline, None);
        // (Nor is an agency's name over its date; the place after it is.)
        let t = "Kabar, 27 April 2025\n\nBishkek, April 27. Chairman of the Cabinet of Ministers Ion Rusu received the envoy on April 26.\n\nRusu noted that the forum will be held in June.\n";
        assert_eq!(read(t).metadata.dateline.as_deref(), Some("Bishkek"));
        // ... or atop the page, with its agency after it.
        let t = "Yerevan, 22 April 2025 (Armenpress)\n\nOn 21 April, Secretary Ion Rusu received the envoy.\n";
        assert_eq!(read(t).metadata.dateline.as_deref(), Some("Yerevan"));
        let t = "Kazinform\nASTANA. 18 April 2025\n\nOn 17 April, Secretary Ion Rusu received the envoy.\n";
        assert_eq!(read(t).metadata.dateline.as_deref(), Some("Astana"));
        let t = "Türkiye, Azerbaijan defense chiefs review joint drills\n\nDefense Minister Yaşar Güler met his Azerbaijani counterpart in Nakhchivan on Monday.\n\nRECOMMENDED\n";
        assert_eq!(read(t).metadata.dateline, None);
        // A section name above the title is no dateline; running text
        // wrapped before "by" is no byline.
        let t = "WORLD\nTürkiye, Georgia hold talks on defense cooperation\n\nThe talks were held in the capital and were attended\nby Hulusi Akar and his Georgian counterpart, the ministry said on Thursday.\n";
        let a = read(t);
        assert_eq!(a.metadata.dateline, None);
        assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
    }

    #[test]
    fn menafn_dateline_and_outlet() {
        let t = " date 2024-02-01 (MENAFN- Trend News Agency) BAKU, Azerbaijan, February 1. The\nminister received a delegation headed by the\nspeaker of the assembly.\n";
        let a = read(t);
        assert_eq!(a.metadata.dateline.as_deref(), Some("Baku"));
        assert_eq!(a.metadata.outlet.as_deref(), Some("Trend"));
        assert_eq!(a.metadata.title, None);
    }

    #[test]
    fn dateline_shapes() {
        for (line, place) in [
            ("BAKU, Azerbaijan, May 12. The minister said", "Baku"),
            ("YEREVAN (Reuters) - The acting prime minister", "Yerevan"),
            ("TEHRAN/ISLAMABAD - The army chief", "Tehran/Islamabad"),
            ("LONDON, Sept 3 The president said on", "London"),
            ("Baku, Azerbaijan, July 11", "Baku"),
            ("Baku. 9 September. REPORT.AZ/ The president", "Baku"),
            ("Kyiv – UNN", "Kyiv"),
            ("Baku/16.12.13/Turan : The president", "Baku"),
            (
                "Islamabad (UrduPoint / Pakistan Point News - 2nd Mar, 2021) :Chairman",
                "Islamabad",
            ),
            (
                "Tbilisi, 14 March (Interpressnews) – The minister",
                "Tbilisi",
            ),
            ("Yerevan, 5 July. /Mediamax/. The minister", "Yerevan"),
            ("YEREVAN, OCTOBER 3, ARMENPRESS. The minister", "Yerevan"),
            ("NUR-SULTAN. KAZINFORM – Minister of Defense", "Nur-Sultan"),
            ("ASTANA. Tengrinews.kz – President of Kazakhstan", "Astana"),
            ("Tehran, IRNA -- Major General Mohammad Bagheri", "Tehran"),
            ("Moscow. Nov 10. INTERFAX-AVN - Army General", "Moscow"),
            ("YEREVAN. – Armenian Defense Minister", "Yerevan"),
            ("Yerevan /Mediamax/. The minister", "Yerevan"),
            // (The credit's slash right after the place.)
            ("Tbilisi/Agenda.ge/ – The ministers", "Tbilisi"),
            ("YEREVAN /ARKA/. The minister", "Yerevan"),
            (
                "İSTANBUL (AA) - Turkish National Defense Minister",
                "Istanbul",
            ),
            ("Tashkent, Uzbekistan (UzA) -- On 12 March", "Tashkent"),
            ("Tashkent (UzA) — The minister", "Tashkent"),
            // (A site's address the outlet list does not know.)
            (
                "Tashkent, Uzbekistan (Podrobno.uz) -- President",
                "Tashkent",
            ),
            ("Baku, Azerbaijan, Sept.12", "Baku"),
            // (The Hijri day before the Gregorian one.)
            (
                "Riyadh, Jumada Al-Akhirah 05, 1446, December 06, 2024, SPA -- Minister",
                "Riyadh",
            ),
            ("Islamabad - Pakistan and Uzbekistan agreed", "Islamabad"),
        ] {
            assert_eq!(
                dateline_of(line).map(|d| d.0),
                Some(place.to_string()),
                "{line}"
            );
        }
        assert_eq!(
            colon_dateline("RAWALPINDI: Chief of Army Staff General").as_deref(),
            Some("Rawalpindi")
        );
        assert_eq!(colon_dateline("BREAKING: The minister resigned"), None);
        assert_eq!(dateline_of("Today, the first deputy minister met"), None);
        assert_eq!(dateline_of("Tuesday, 14 March was a busy day"), None);
        assert_eq!(dateline_of("Putin (right) - and his guest"), None);
        assert_eq!(dateline_of("Putin (file photo) - and his guest"), None);
        assert_eq!(dateline_of("Putin (Jan. 5) - and his guest"), None);
        // An agency's initials after a known place are its credit; not after
        // a name.
        assert_eq!(
            dateline_of("Cairo, Egypt (SIS) - President Ion Rusu received him.").map(|d| d.0),
            Some("Cairo".to_string())
        );
        assert_eq!(dateline_of("Putin (SIS) - and his guest"), None);
        assert_eq!(dateline_of("Putin (left / right - 2 Mar, 2021) : he"), None);
        assert_eq!(dateline_of("Putin - the Russian leader - met"), None);
        assert_eq!(dateline_of("MENAFN - Azernews"), None);
        assert_eq!(
            dateline_of("NATO supports the country, the chairman said"),
            None
        );
    }

    #[test]
    fn a_reporter_credited_after_the_dateline_is_a_byline() {
        for (t, who) in [
            (" date 2012-10-05 Ministers meet\n\nBaku, Azerbaijan, Oct. 5 / Trend, N.Kazimova / The minister met his counterpart.\n", "N.Kazimova"),
            (" date 2012-10-05 Ministers meet\n\nBAKU, Azerbaijan, Oct. 5. By Nigar Abbasova - Trend: The minister met his counterpart.\n", "Nigar Abbasova"),
            (" date 2012-10-05 Ministers meet\n\nBaku, 5 October, Nigar Abbasova, Trend. The minister met his counterpart.\n", "Nigar Abbasova"),
        ] {
            let a = read(t);
            assert_eq!(a.metadata.authors, [who], "{t}");
            assert_eq!(a.metadata.outlet.as_deref(), Some("Trend"));
            assert_eq!(a.metadata.dateline.as_deref(), Some("Baku"));
            let kinds: Vec<_> = a.segments.iter().map(|s| s.kind).collect();
            assert_eq!(
                kinds[kinds.len() - 3..],
                [SegmentKind::Body, SegmentKind::Byline, SegmentKind::Body],
                "{:?}",
                a.segments
            );
            assert!(a.segments[kinds.len() - 2].text.contains(who));
            assert!(a.segments.windows(2).all(|w| w[0].span.end == w[1].span.start));
            assert_eq!(a.segments.last().map(|s| s.span.end), Some(t.len()));
        }
    }

    #[test]
    fn a_lower_case_byline_with_its_date_under_the_headline() {
        let a = read("The Daily Example\nLeaders meet in the capital ahead of the reopening\nby Jane Roe December 7, 2024 7:58 PM\nThe president met with the two leaders at the palace in the capital on Dec. 7.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Leaders meet in the capital ahead of the reopening")
        );
        assert_eq!(a.metadata.authors, ["Jane Roe"]);
        assert_eq!(a.metadata.published, Some(date(2024, 12, 7)));
    }

    #[test]
    fn a_subtitle_under_the_headline_is_not_the_title() {
        let a = read("JAMnews\nForeign ministers meet in the capital for talks\nThe capital hosts a new round of peace talks\n07.11.2023\nThe two ministers met in the capital on November 6 and discussed the border.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Foreign ministers meet in the capital for talks")
        );
        // (Not a date's broken piece above the headline.)
        let a = read("022 - 09 - 15 Politics\nTwo countries sign a gas swap deal\n15 September 2022 11:20\nThe two deputy prime ministers met in the capital on September 14.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Two countries sign a gas swap deal")
        );
    }

    #[test]
    fn a_photo_caption_is_no_title() {
        let a = read("Ministers meet in Ankara\nDAILY SABAH\nANKARA\nPublished Mar 12, 2021 12:45 PM\nThe minister (R) shakes hands with his counterpart in Ankara, Turkey, March 12, 2021. (AA Photo)\n\nThe minister hosted his counterpart in the capital Ankara on Friday.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Ministers meet in Ankara")
        );
        assert_eq!(a.metadata.dateline.as_deref(), Some("Ankara"));
        assert!(photo_caption("... in Yerevan. (AP Photo/Sergei Grits)"));
        assert!(!photo_caption("Talks held in Baku (Azerbaijan)"));
    }

    #[test]
    fn a_breadcrumb_trail_or_page_chrome_names_no_site() {
        for chrome in ["Home > News > Politics", "Accessibility links", "Menu"] {
            let a = read(&format!("{chrome}\n\nMinisters meet in Baku\n\nBy Jane Roe\n\nThe minister met his counterpart in Baku on March 4.\n"));
            assert_eq!(a.metadata.outlet, None, "{chrome}");
        }
        let a = read("JFC Brunssum\n\nMinisters meet in Baku\n\nBy Jane Roe\n\nThe minister met his counterpart in Baku on March 4.\n");
        assert_eq!(a.metadata.outlet.as_deref(), Some("JFC Brunssum"));
        // (Page chrome after it stands it apart as a blank line does.)
        let a = read("JFC Brunssum\nSearch our content\nMinisters meet in Baku\nBy Jane Roe\nThe minister met his counterpart in Baku on March 4.\n");
        assert_eq!(a.metadata.outlet.as_deref(), Some("JFC Brunssum"));
    }

    #[test]
    fn a_page_title_with_the_site_after_the_headline() {
        let m = read(" date 2023-10-18 Leaders hold talks in Beijing — RT World News\nLeaders hold talks in Beijing\nThe presidents discussed trade and the region at length on Wednesday.\n").metadata;
        let headline = "Leaders hold talks in Beijing";
        assert_eq!(
            (m.title.as_deref(), m.outlet.as_deref()),
            (Some(headline), Some("RT"))
        );
    }

    #[test]
    fn a_place_then_its_reporter_s_credit() {
        let m = read("[15 June 2021 16:40]\n\nBaku. Anna Petrosyan – APA. The minister met his counterpart in the capital.\n").metadata;
        assert_eq!(
            (m.dateline.as_deref(), m.outlet.as_deref()),
            (Some("Baku"), Some("APA"))
        );
        assert_eq!(m.authors, ["Anna Petrosyan"]);
    }

    #[test]
    fn hard_wrapped_lines_before_running_text_are_its_start() {
        let t = " date 2023-03-14 Countries discuss new projects\n3/14/2023 4:12:00 AM\nAnna Petrosyan\nThe country's Finance Minister Ion Rusu met with the Asian\nDevelopment Bank's Director General for Central and West Asia\nTom Berg in Baku, Azernews reports.\nThe parties discussed the bank's new strategy for the years\nahead and the financing of projects.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(
            body[0].starts_with("The country's Finance Minister"),
            "{body:?}"
        );
        // A headline over a long paragraph stays the title.
        let t = "Ministers discuss the new projects of the bank in the capital\nThe country's Finance Minister Ion Rusu met with the bank's Director General Tom Berg in Baku on Monday, the ministry said in a statement.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("Ministers discuss the new projects of the bank in the capital")
        );
        // (A wrapped line of long hyphenated words, ending in a small
        // word, is one too.)
        let t = "FMs discuss TAPI gas pipeline\n\nTurkmen Foreign Minister Ion Rusu and acting Afghan Foreign\nMinister Tomas Bergstrom discussed the construction of the\nTurkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline and the\nTurkmenistan-Afghanistan-Pakistan power transmission line during their\nmeeting in Ashgabat on Monday.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(body[0].starts_with("Turkmen Foreign Minister"), "{body:?}");
        // (Under the stamp's headline, a title's word opens the story.)
        let t = " date 2022-06-09 Ion Rusu receives delegation led by EU Special Representative\nPresident of the Republic of Sarnia Ion Rusu has received a\ndelegation led by EU Special Representative for the South Caucasus and\nthe crisis in Georgia Tom Berg.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("Ion Rusu receives delegation led by EU Special Representative")
        );
    }

    #[test]
    fn a_paragraph_wrapped_before_capitals_is_body_to_its_last_line() {
        let lines = [
            "Pakistan, Sarnia vow to deepen their defence ties",
            "RAWALPINDI: Chief of Army Staff (COAS) General Ion Rusu on",
            "Monday called on the Crown Prince and Prime Minister of Sarnia,",
            "Tom Berg, in Riyadh, the Inter-Services Public Relations",
            "(ISPR) said.",
            "The COAS also met the Chief of General Staff of the Sarnian",
            "Army in the capital Riyadh on",
            "Thursday.",
            "The general is scheduled to travel to Doha and Muscat on",
            "Sunday.",
        ];
        for l in &lines[1..4] {
            assert!((55..=80).contains(&l.len()), "{l}");
        }
        let a = read(&format!(" date 2025-03-04 {}\n", lines.join("\n")));
        let body = bodies(&a);
        assert!(body[0].starts_with("RAWALPINDI: Chief"), "{body:?}");
        assert!(
            body.last().is_some_and(|b| b.ends_with("on\nSunday.")),
            "{body:?}"
        );
        assert!(
            !a.segments.iter().any(|s| s.kind != SegmentKind::Body
                && (s.text.contains("Thursday") || s.text.contains("Sunday"))),
            "{:#?}",
            a.segments
        );
        assert_eq!(a.metadata.dateline.as_deref(), Some("Rawalpindi"));
        // A line of an opening dateline that runs on into the story; a
        // line that a date ends after a word of the story.
        let t = " date 2025-06-01 Tokayev receives the Speaker of the Turkish Parliament\nAKORDA, Astana, 25 September 2024. Head of State Kassym-Jomart\nTokayev received the Speaker of the Grand National Assembly of\nTurkey Numan Kurtulmus in the capital Astana, who visited\nKazakhstan on 24-25 September 2024.\n";
        let body = bodies(&read(t)).join("\n");
        assert!(body.starts_with("AKORDA, Astana"), "{body}");
        assert!(body.ends_with("on 24-25 September 2024."), "{body}");
        // A last line of one word in lower case.
        let t = "Ministers discuss air defense at the summit\n\nPresident of Sarnia Ion Rusu met with the Alliance's Secretary\nGeneral Tom Berg on the sidelines of the summit in Washington on\nWednesday, July 10, the Office of the President of Sarnia\nreported.\n\n\"We discussed it,\" Rusu wrote on Telegram.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(body[0].starts_with("President of Sarnia"), "{body:?}");
        assert!(body[0].ends_with("\nreported."), "{body:?}");
        // A last line of a date's year, its month before the break.
        let t = "Secretary General welcomes the President to the Headquarters\n\n03 Apr. 2025 -\n\nThe Secretary General Ion Rusu welcomed the President of Sarnia,\nTom Berg, to the Alliance's Headquarters in Brussels on Thursday (3 April\n2025).\n\nThe two discussed preparations for the summit in The Hague in June.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(
            body[0].starts_with("The Secretary General Ion Rusu"),
            "{body:?}"
        );
        assert!(body[0].ends_with("\n2025)."), "{body:?}");
        // A last line that credits an outlet, after running text that ends
        // in a small word.
        let t = " date 2023-02-14\nSarnian, Lomsk defense ministers sign cooperation plan\nRIGA. KAZINFORM – Sarnian Defense Minister Ion Rusu held talks with\nthe Lomsk Defense Minister General Tom Berg in Riga on Monday and on\nFebruary 13, Kazinform reports.\nThe ministers signed the plan of bilateral military cooperation.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(
            body[0].ends_with("\nFebruary 13, Kazinform reports."),
            "{body:?}"
        );
        // A name going on into a short last line, one line wrapped before.
        let t = " date 2024-03-12 Home / News / Politics\nSarnian, Lomsk presidents discuss regional security\n12 March 2024, 15:47\nAuthor: Jonas Petraitis\nPhoto: President's Office / Ana Costa\nSarnian President Ion Rusu met with the Lomsk President Tom Berglund\nKarvelis in Vilnius on Tuesday.\nThe presidents discussed the strengthening of the eastern flank.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(
            body[0].starts_with("Sarnian President Ion Rusu"),
            "{body:?}"
        );
        assert!(
            body[0].ends_with("\nKarvelis in Vilnius on Tuesday."),
            "{body:?}"
        );
        // ... and a name ending the sentence alone on the last line.
        let t = "NATO Deputy Secretary General visits Georgia\nLast updated: 15 Mar. 2023 10:20\nNATO Deputy Secretary General Marcel Vasilu visited Tbilisi on Tuesday\n(14 March 2023), where he met with President Salome Karvelishvili,\nPrime Minister Irakli Lomsadzevili and Defence Minister Juansher\nKvaratskhel.\nMr Vasilu reaffirmed NATO's strong support for Georgia's sovereignty\nand territorial integrity within its internationally recognised\nborders.\n";
        let a = read(t);
        let body = bodies(&a);
        assert!(
            body[0].starts_with("NATO Deputy Secretary General Marcel"),
            "{body:?}"
        );
        // (The paragraph ends there: "Mr" would have fitted on its line.)
        assert!(body[0].ends_with("\nKvaratskhel."), "{body:?}");
        assert!(body[1].starts_with("Mr Vasilu"), "{body:?}");
    }

    #[test]
    fn wrapped_credits_datelines_and_boilerplate_keep_their_roles() {
        // An outlet credited over a line break.
        let t = " date 2022-02-25 News\nArmenia and Russia defence ministers meet in Moscow\n\nAs part of his working visit to Russia, Armenian Defence Minister\nSuren Papikyan met with Russian Defence Minister, Army General Sergey\nShoygu on Friday, the Armenian Defence Ministry press service informed\nNEWS.am.\n";
        let a = read(t);
        assert_eq!(a.metadata.outlet.as_deref(), Some("NEWS.am"));
        assert!(bodies(&a)[0].starts_with("As part of"), "{:?}", bodies(&a));
        // A lone dateline some wrapped lines into the body; boilerplate
        // wrapped; a line wrapped at a date inside running text.
        let t = "Ankara chiefs meet their Russian counterparts today\n\n15.12.2017 - Update : 16.12.2017\nThe military chief meets his Russian counterpart. Chief of the General\nStaff of the Turkish Armed Forces Ion Rusu and Chief of the General\nStaff of the Russian Armed Forces Tom Berg pose for a photo during\ntheir meeting in Ankara on December 15, 2017.\n\nBy Ana Costa\n\nANKARA\n\nThe chief met his Russian counterpart, joined by the Deputy Prime\nMinister Piotr Nowak, July 28, 2017. Secretary Berg will join them\nin Ankara, the statement said.\n\nAnadolu Agency website contains only a portion of the news stories\noffered to subscribers in the AA News Broadcasting System (HAS).\n";
        let a = read(t);
        assert_eq!(a.metadata.dateline.as_deref(), Some("Ankara"));
        let kind_of = |needle: &str| {
            a.segments
                .iter()
                .find(|s| s.text.contains(needle))
                .map(|s| s.kind)
        };
        assert_eq!(
            kind_of("offered to subscribers"),
            Some(SegmentKind::Boilerplate)
        );
        assert_eq!(kind_of("Minister Piotr Nowak"), Some(SegmentKind::Body));
        // ... and its last line, shorter, closed at a date.
        let t = " date 2018-06-12 Ministers meet\nMinister Ion Rusu met with the Lomskian Minister of National\nDefense Gen. Tom Berg in Riga, June 27, 2018.\nRusu told President Ana Costa on Wednesday that ties were good.\n";
        let a = read(t);
        let first = a.segments.iter().find(|s| s.text.contains("Ion Rusu"));
        assert_eq!(
            first.map(|s| s.kind),
            Some(SegmentKind::Body),
            "{:?}",
            a.segments
        );
        assert!(
            first.is_some_and(|s| s.text.contains("Tom Berg")),
            "{:?}",
            a.segments
        );
    }

    #[test]
    fn a_wrapped_line_in_lower_case_is_no_date_line() {
        assert!(
            date_line("on Wednesday (11 June 2025), where she met with Prime Minister").is_none()
        );
        assert!(date_line("Updated 11 June 2025, 14:05").is_some());
        // Nor a sentence that its day opens, wrapped after a few words.
        assert!(date_line("On 4 February 2025, Ambassador of Lomsk to Belgium Tom").is_none());
        assert!(date_line("On 4 February 2025").is_some());
    }

    #[test]
    fn a_brand_in_lower_case_opens_a_headline_or_a_sentence() {
        let headline = "bp to invest $2 billion in new fields this year";
        let a = read(&format!("{headline}\n\n18 February 2024 11:02 (UTC+04:00)\n\nbp plans to invest around $2 billion in the block this year, its regional president told reporters.\n"));
        assert_eq!(a.metadata.title.as_deref(), Some(headline));
        assert_eq!(a.segments.last().map(|s| s.kind), Some(SegmentKind::Body));
    }

    #[test]
    fn a_slashed_agency_after_the_dateline_is_the_outlet() {
        let a = read(" date 2020-02-18 Ministers meet\n\nYerevan /Mediamax/. The minister met his counterpart.\n");
        assert_eq!(a.metadata.dateline.as_deref(), Some("Yerevan"));
        assert_eq!(a.metadata.outlet.as_deref(), Some("Mediamax"));
        // (A domain's too, in capitals or not.)
        for dl in ["Yerevan /NEWS.am/.", "YEREVAN /NEWS.am/."] {
            let a = read(&format!(
                " date 2020-02-18 Ministers meet\n\n{dl} The minister met his counterpart.\n"
            ));
            assert_eq!(a.metadata.dateline.as_deref(), Some("Yerevan"), "{dl}");
            assert_eq!(a.metadata.outlet.as_deref(), Some("NEWS.am"), "{dl}");
        }
    }

    #[test]
    fn dateline_with_agency_is_body_and_credits_the_outlet() {
        let a = read(" date 2020-02-06 Countries discuss bilateral cooperation\n\n06.02.2020 [16:04]\n\nBaku, February 6, AZERTAC\n\nThe minister met his counterpart in the capital.\n");
        assert_eq!(a.metadata.dateline.as_deref(), Some("Baku"));
        assert_eq!(a.metadata.outlet.as_deref(), Some("AZERTAC"));
        let dl = a
            .segments
            .iter()
            .find(|s| s.text.starts_with("Baku, February 6"))
            .unwrap();
        assert_eq!(dl.kind, SegmentKind::Body);
        // A dateline giving the year dates the article.
        for (t, day) in [
            (
                "Kazakhstan, EBRD discuss green energy\n\nASTANA, 21 November 2024 (Kazinform) – The minister met the bank's president.\n",
                (2024, 11, 21),
            ),
            (
                "World Bank approves loan\n\nWASHINGTON, May 28, 2024 - The bank's board approved a loan.\n",
                (2024, 5, 28),
            ),
            (
                "Presidents hold talks\n\nBISHKEK, 5th of March 2024 (Kabar) – The presidents held talks in a narrow format.\n",
                (2024, 3, 5),
            ),
            (
                "Presidents hold talks\n\nAbu Dhabi, 22nd October, 2025 (WAM) -- The presidents held talks in a narrow format.\n",
                (2025, 10, 22),
            ),
        ] {
            let m = read(t).metadata;
            assert!(m.dateline.is_some(), "{t}");
            assert_eq!(
                m.published,
                Some(jiff::civil::date(day.0, day.1, day.2)),
                "{t}"
            );
        }
        let m = read("Talks in Yerevan\n\nYEREVAN, March 3. The minister said on 5 March 2020 that talks went well.\n").metadata;
        assert_eq!(m.published, None);
        // Nor a short dated sentence of the body, a paragraph of its own.
        let m = read("Leaders discuss grain deal in phone call\n\nMOSCOW (Sputnik) - The two presidents discussed the grain deal on Friday, the Kremlin said.\n\nThe two men last met in Sochi on September 4, 2023.\n").metadata;
        assert_eq!((m.published, m.page_date), (None, None));
    }

    #[test]
    fn a_first_sentence_broken_inside_a_name_after_the_stamp_is_body() {
        let a = read(" date 2021-03-05 Azerbaijani Foreign Minister Jeyhun Bayramov met with Turkish President Recep\nTayyip Erdogan in Ankara on Thursday, the ministry said.\n\nThe sides discussed regional issues.\n");
        assert_eq!(a.metadata.title, None);
        // (A headline over a short first line stays one.)
        let a = read(" date 2021-07-09 Minister Meets Counterpart in Dushanbe Amid Border Tensions\nThe minister held talks with Ion Rusu.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Minister Meets Counterpart in Dushanbe Amid Border Tensions")
        );
        // (Nor does a headline ending in a name over a wrapped paragraph
        // that opens with a nationality.)
        let a = read(" date 2022-03-10 Turkish FM Rusu met with his counterparts Berg and Costa in Antalya\nTurkish Foreign Minister Ion Rusu hosted Latvian Foreign\nMinister Tom Berg and Polish Foreign Minister Ana Costa in\nAntalya on Thursday.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Turkish FM Rusu met with his counterparts Berg and Costa in Antalya")
        );
    }

    #[test]
    fn a_time_before_its_date_is_the_publication_time() {
        let m = read("Georgian PM, Turkish President discuss trade\n\n17:20, 12.12.2022\n\nThe prime minister held a meeting with the president in Ankara.\n").metadata;
        assert_eq!(m.published, Some(date(2022, 12, 12)));
        assert_eq!(m.published_time, Some(Time::constant(17, 20, 0, 0)));
        // ... after a word of chrome, with its offset.
        let m = read("Georgian PM, Turkish President discuss trade\nUpdated 3:45 PM GMT+4, March 5, 2024\n\nThe prime minister held a meeting with the president in Ankara.\n").metadata;
        assert_eq!(m.published, Some(date(2024, 3, 5)));
        assert_eq!(m.published_time, Some(Time::constant(15, 45, 0, 0)));
        assert_eq!(m.utc_offset.map(|o| o.seconds()), Some(4 * 3600));
    }

    #[test]
    fn a_credited_photo_caption_is_body_not_the_title() {
        let t = "Greece, Cyprus agree to boost defence cooperation, minister says\n\n\n  • World\n  • Thursday, 7 Mar 2024\n\nGreek Defence Minister Nikos Dendias speaks during a news conference in Athens, February 2, 2024. REUTERS/Louiza Vradi\n\n(Reuters) - Greece and Cyprus will step up joint exercises, the minister said on Thursday.\n";
        let a = read(t);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Greece, Cyprus agree to boost defence cooperation, minister says")
        );
        assert!(super::credited_photo("He speaks in Athens. AFP/John Doe"));
        assert!(!super::credited_photo("Talks go on in Baku/Ankara"));
    }

    #[test]
    fn title_first_page_without_date() {
        let t = "Leaders hail win, observers urge more reform\n\n(Agency) - The veteran leader celebrated his re-election on Monday.\n";
        let a = read(t);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Leaders hail win, observers urge more reform")
        );
        assert_eq!(a.metadata.published, None);
    }

    #[test]
    fn a_site_after_the_headline_on_its_line_is_no_part_of_it() {
        let body = "\n\nThe foreign ministers met in Tbilisi on Tuesday to discuss the border.\n";
        for (line, title, site) in [
            (
                "Georgia, Armenia discuss border | Agenda.ge",
                "Georgia, Armenia discuss border",
                "Agenda.ge",
            ),
            (
                "Georgia, Armenia discuss border | Civil Georgia",
                "Georgia, Armenia discuss border",
                "Civil Georgia",
            ),
            (
                "Georgia, Armenia discuss border - Trend",
                "Georgia, Armenia discuss border",
                "Trend",
            ),
        ] {
            let t = format!(" date 2023-07-19 {line}{body}");
            let a = read(&t);
            assert_eq!(a.metadata.title.as_deref(), Some(title), "{line}");
            let header: Vec<&str> = a
                .segments
                .iter()
                .filter(|s| s.kind == SegmentKind::Header)
                .map(|s| s.text.as_str())
                .collect();
            assert!(header.contains(&site), "{line}: {header:?}");
            assert_eq!(a.segments.last().map(|s| s.span.end), Some(t.len()));
            assert!(a
                .segments
                .windows(2)
                .all(|w| w[0].span.end == w[1].span.start));
        }
        // A headline's own dash stays.
        let a = read(&format!(
            " date 2019-10-03 Russia to hold drills at Kant air base - Ministry{body}"
        ));
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Russia to hold drills at Kant air base - Ministry")
        );
    }

    #[test]
    fn the_publication_time_beats_the_last_update_s() {
        let t = " date 2024-03-02 Politics\nLeaders meet in Tbilisi to discuss the border\nUpdated: 01.03.2024 19:45\nPublished: 01.03.2024 17:10\n\nThe prime minister received the deputy secretary general in Tbilisi on Friday.\n";
        let m = read(t).metadata;
        assert_eq!(m.published, Some(date(2024, 3, 1)));
        assert_eq!(m.published_time, Some(Time::constant(17, 10, 0, 0)));
        // An update alone still dates the article.
        let t = " date 2024-03-02 Politics\nLeaders meet in Tbilisi to discuss the border\nUpdated: 01.03.2024 19:45\n\nThe prime minister received the deputy secretary general in Tbilisi on Friday.\n";
        let m = read(t).metadata;
        assert_eq!(m.published_time, Some(Time::constant(19, 45, 0, 0)));
        // A day's date line above a footer's last update is the article's.
        let t = "Deputy Secretary General visits Sarnia\n\n17 Apr. 2024\n\nThe Deputy Secretary General visited Sarnia on Wednesday (17 April 2024), where he met the President.\n\nLast updated: 18 Apr. 2024 09:12\n";
        let m = read(t).metadata;
        assert_eq!(m.published, Some(date(2024, 4, 17)));
        assert_eq!((m.published_time, m.page_date), (None, None));
        // (Not a page's date long before the update.)
        let t = t.replace("17 Apr. 2024\n", "17 Apr. 2023\n");
        assert_eq!(read(&t).metadata.published, Some(date(2024, 4, 18)));
    }

    #[test]
    fn no_header_is_all_body() {
        let t = "The minister said that the alliance is united in the fight against terrorism.\nHe spoke at length.\n";
        let a = read(t);
        assert_eq!(a.metadata.title, None);
        assert!(a.segments.iter().all(|s| s.kind == SegmentKind::Body));
    }

    /// `t` reads as one body paragraph, then boilerplate to its end.
    fn assert_body_then_boilerplate(t: &str) {
        let a = read(t);
        let kinds: Vec<_> = a.segments.iter().map(|s| s.kind).collect();
        assert_eq!(kinds[0], SegmentKind::Body);
        assert!(
            kinds[1..].iter().all(|k| *k == SegmentKind::Boilerplate),
            "{kinds:?}"
        );
    }

    #[test]
    fn trailing_boilerplate_is_kept_aside() {
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\n---\n\nJane Doe is our staff journalist\n\nFollow us on Twitter @Example\n\nLoading...\n");
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nShare on Facebook | Share on X\n\nFollow the author on Twitter: @Example\n");
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nFollow Example News on Facebook and Twitter.\n");
        // A link inline is one line of chrome; the story goes on after it.
        let a = read("The minister met his counterpart in the capital on Monday.\n\nRead more: Ministers agree on the first section of the border\n\nThe ministers agreed to continue talks.\n\nRead more:\n\nOther ministers meet\n");
        let kinds: Vec<_> = a.segments.iter().map(|s| s.kind).collect();
        use SegmentKind::{Body, Boilerplate};
        assert_eq!(kinds, [Body, Boilerplate, Body, Boilerplate, Boilerplate]);
    }

    #[test]
    fn copyright_and_sharing_lines_are_kept_aside() {
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nShare this article: Facebook Twitter\n\nCopyright © 2023 The Daily Example. All rights reserved.\n");
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nTags: Armenia, Iran, defense\n\n© 2023 UzA\n");
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nRead also: Uzbekistan and Tajikistan hold talks on water\n");
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nAssociated Press writer Jane Roe in Tallinn, Estonia, contributed to this report.\n");
        // (Wrapped too, after a wrapped paragraph.)
        let a = crate::parse("Sarnian, Latvian presidents sign border treaty\nMarch 13, 2025\nRIGA (AP) — The presidents of Sarnia and Latvia signed a treaty on\nThursday settling their long-disputed border.\n\"This is a historic event,\" Rusu said at a signing ceremony.\nAssociated Press writer Jane Roe in Tallinn, Estonia, contributed to\nthis report.\n").expect("parses");
        let credit = a
            .segments
            .iter()
            .position(|s| s.text.starts_with("Associated Press writer"))
            .expect("the credit's own segment");
        assert!(
            a.segments[credit..]
                .iter()
                .all(|s| s.kind == SegmentKind::Boilerplate),
            "{:#?}",
            a.segments
        );
        // A reporter's address alone on its line, a wire's end mark "(END)".
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nmjkim@example.com\n(END)\n");
        // A note on the writer ends the article.
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\nAbout the author: Jane Roe is the senior Pentagon reporter for The Daily Example.\n");
    }

    #[test]
    fn a_timed_news_feed_ends_the_article() {
        assert_body_then_boilerplate("The minister met his counterpart in the capital on Monday.\n\n09:45 World\n\nJane Doe:\n\nAnother story begins here, in another language...\n");
    }

    #[test]
    fn captions_credited_to_an_outlet_are_kept_aside() {
        let t = "The minister met his counterpart in the capital on Monday.\n\nLarge-scale exercises of the troops of Russia and Belarus. - Sputnik International\nThe talks went on for an hour, the ministry said.\n";
        let a = read(t);
        let kinds: Vec<_> = a.segments.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SegmentKind::Body,
                SegmentKind::Boilerplate,
                SegmentKind::Body
            ],
            "{:?}",
            a.segments
        );
        assert!(a.segments[1].text.ends_with("Sputnik International"));
    }

    #[test]
    fn hard_wrapped_lines_join_into_paragraphs() {
        let t = "The partnership between the two countries was\ndiscussed during the session of the conference\nof the parties in the capital city of the host.\n\nAnother paragraph starts here and ends here.\n";
        let a = read(t);
        let body = bodies(&a);
        assert_eq!(body.len(), 2, "{body:?}");
    }

    #[test]
    fn a_wrapped_line_the_next_word_would_have_fitted_on_ends_its_paragraph() {
        // Wrapped without blank lines: "the following readout:" is short
        // enough to have taken "Secretary", so the readout starts anew.
        let t = "Press Secretary Jane Roe, who spoke to reporters, provided the\nfollowing readout:\nSecretary of Defense Ion Rusu welcomed the Minister of\nDefense Tom Berg to the Pentagon today, and the two of them\ndiscussed the impacts of the war on the region.\nThe Secretary reaffirmed support for the sovereignty of the\ncountry and its people.\n";
        let a = read(t);
        let body = bodies(&a);
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[1].starts_with("Secretary of Defense"), "{body:?}");
        // A line wrapped where a sentence happens to end goes on.
        let t = "The partnership between the two countries was discussed at length.\nThe session of the conference of the parties in the capital city\nof the host ended late. The ministers then went out to talk to the\npress and the public, who had waited outside the hall for a long\ntime in the rain.\n";
        let a = read(t);
        assert_eq!(bodies(&a).len(), 1, "{:?}", bodies(&a));
    }

    #[test]
    fn a_headline_in_title_case_over_a_wrapped_paragraph_stays_one() {
        let headline = "Lomskia: Rusu Plays Waiting Game, Continues to Vex the Kremlin Again";
        let t = format!("{headline}\nThe recent visit of Sarnian President Tom Berg to Lomskia showed\nthat Riga continues to confound the Kremlin on energy matters and\nmore.\n");
        assert_eq!(read(&t).metadata.title.as_deref(), Some(headline));
        // (A wrapped line of names and titles opening the story goes on.)
        let t = "Chief of the General Staff of the Sarnian Army, Colonel General\nIon Rusu met with Minister Ana Costa in Riga on Monday to discuss\nthe ties.\n";
        let a = read(t);
        assert_eq!(a.metadata.title, None, "{:?}", a.segments);
        assert!(bodies(&a)[0].starts_with("Chief of"), "{:?}", a.segments);
        // (Nor a sentence's first line whose ordinary word opens it and
        // whose last is a title's: "Today, ... Chief of the General".)
        let t = " date 2018-12-12 By Trend\n\nToday, Sarnian First Deputy Defense Minister, Chief of the General\nStaff of the Armed Forces, Colonel-General Ion Rusu met with Tom Berg\nin Riga.\n";
        let a = read(t);
        assert_eq!(a.metadata.title, None, "{:?}", a.segments);
    }

    #[test]
    fn a_headline_wrapped_over_a_name_goes_on() {
        let t = "25 Dec 2018 15:30\n\nCentral Military District troops conduct 6 joint drills with Central\nAsian countries\n\nYEKATERINBURG. Dec 25 (Interfax-AVN) - Military cooperation with the countries went on.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("Central Military District troops conduct 6 joint drills with Central Asian countries")
        );
        // ... and over a small word in title case, no headline's last.
        let t = " date 2023-06-02\nReadout of Secretary of Defense Ion Rusu Jr.'s Meeting With\nSarnia's Minister for Defence Dr. Tom Berg\nJune 2, 2023\nSecretary of Defense Ion Rusu met with Sarnia's Minister for\nDefence Dr. Tom Berg on June 2.\n";
        assert_eq!(
            read(t).metadata.title.as_deref(),
            Some("Readout of Secretary of Defense Ion Rusu Jr.'s Meeting With Sarnia's Minister for Defence Dr. Tom Berg")
        );
        // (Not over a line of chrome that another follows.)
        let t = "Embassy of the Republic of Lomskia in the Kingdom of Belgium Today\nPress release\nBrussels, 5 February 2025\n\nThe ambassador met the director on Monday.\n";
        let title = read(t).metadata.title;
        assert!(
            title.as_deref().is_none_or(|t| !t.contains("Press")),
            "{title:?}"
        );
    }

    #[test]
    fn name_line_after_date_is_author() {
        let t = " date 2024-09-17 Countries Discuss Partnership At Summit\n9/17/2024 5:19:00 AM\nJane Roe\nThe partnership between the two countries was\ndiscussed during the session.\n";
        let a = read(t);
        assert_eq!(a.metadata.authors, vec!["Jane Roe".to_string()]);
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Countries Discuss Partnership At Summit")
        );
        assert_eq!(a.metadata.published_time, Some(Time::constant(5, 19, 0, 0)));
    }

    #[test]
    fn a_headline_wrapped_over_a_small_word_goes_on() {
        let a = read("SHKARKO APP\n\nRegional security/ Meeting between senior Sarnian and\nLatvian government officials\n\n2022-12-03 22:44:00, Kosova & Bota CNA\n\nThe minister traveled to the capital on Saturday to meet his counterpart.\n");
        assert_eq!(
            a.metadata.title.as_deref(),
            Some("Regional security/ Meeting between senior Sarnian and Latvian government officials")
        );
        // (One segment, its line break kept.)
        let titles: Vec<&str> = a
            .segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Title)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            titles,
            ["Regional security/ Meeting between senior Sarnian and\nLatvian government officials"]
        );
    }
}

//! dateline turns raw, scraped news-article text into typed data: metadata
//! (publication date, title, authors, outlet, dateline), clean body
//! paragraphs with the page chrome kept aside, and the people,
//! organisations, places and dates the article names.
//!
//! # A first example
//!
//! ```
//! let text = " date 2018-12-12 By Trend\n\nBAKU, Azerbaijan, Dec. 12. The minister met his counterpart.\n";
//! let article = dateline::parse(text)?;
//! assert_eq!(article.metadata.published.map(|d| d.to_string()).as_deref(), Some("2018-12-12"));
//! assert_eq!(article.metadata.outlet.as_deref(), Some("Trend"));
//! assert_eq!(article.metadata.dateline.as_deref(), Some("Baku"));
//! assert_eq!(article.body().count(), 1);
//! # Ok::<(), dateline::Error>(())
//! ```
//!
//! # Tour
//!
//! - [`parse`] / [`parse_bytes`] read one article into an [`Article`]: its
//!   [`Metadata`] and its [`Segment`]s. Every byte of the input lies in
//!   exactly one segment, so nothing is silently dropped: boilerplate is kept
//!   aside as [`SegmentKind::Boilerplate`].
//! - [`Error`] is the one error type: empty input and invalid UTF-8.
//!
//! The pipeline is one pass forward, a module per stage: `layout` (segments
//! and metadata), then the entity stages.

#![deny(missing_docs)]

mod calendar;
mod dates;
mod document;
mod error;
mod gazetteer;
mod layout;
mod meetings;
mod outlets;
mod recognize;
mod resolve;
mod span;
mod tokens;

#[doc(hidden)]
pub use document::stages;
pub use document::{
    analyze, Document, Entity, EntityKind, Extractor, Meeting, MeetingKind, Mention, Role,
};
pub use error::Error;
pub use span::Span;

use jiff::civil::{Date, Time};
use serde::{Deserialize, Serialize};

/// A parsed article: typed metadata and the segments of its text.
///
/// # Example
/// ```
/// let a = dateline::parse("Leaders meet in the capital city\n\nThe two leaders met on Monday.\n")?;
/// assert_eq!(a.metadata.title.as_deref(), Some("Leaders meet in the capital city"));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// What the page says about itself.
    pub metadata: Metadata,
    /// The input, cut into consecutive typed segments that cover it exactly.
    pub segments: Vec<Segment>,
}

impl Article {
    /// The body paragraphs, in order.
    ///
    /// ```
    /// let a = dateline::parse("First paragraph of the story is here.\n\nSecond paragraph is here too.\n")?;
    /// let body: Vec<&str> = a.body().map(|s| s.text.as_str()).collect();
    /// assert_eq!(body, ["First paragraph of the story is here.", "Second paragraph is here too."]);
    /// # Ok::<(), dateline::Error>(())
    /// ```
    pub fn body(&self) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(|s| s.kind == SegmentKind::Body)
    }

    /// The segments of one kind, in order.
    ///
    /// ```
    /// use dateline::SegmentKind;
    /// let a = dateline::parse("The story is one paragraph long.\n\nFollow us on Twitter @example\n")?;
    /// assert_eq!(a.segments_of(SegmentKind::Boilerplate).count(), 1);
    /// # Ok::<(), dateline::Error>(())
    /// ```
    pub fn segments_of(&self, kind: SegmentKind) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(move |s| s.kind == kind)
    }
}

/// Typed metadata of an article. Fields the page does not state are `None`
/// (or empty), never guessed.
///
/// # Example
/// ```
/// let a = dateline::parse("Friday April 19 2024\n\nTalks held in the capital\n\n9 September 2016 16:15 (UTC+04:00)\nTalks held in the capital\n\nThe sides met.\n")?;
/// let m = &a.metadata;
/// assert_eq!(m.published.unwrap().to_string(), "2016-09-09");
/// assert_eq!(m.page_date.unwrap().to_string(), "2024-04-19");
/// assert_eq!(m.utc_offset.unwrap().to_string(), "+04:00");
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Metadata {
    /// The article's own publication date.
    pub published: Option<Date>,
    /// Local time of publication, when stated; serialised as "HH:MM".
    #[serde(with = "hhmm")]
    pub published_time: Option<Time>,
    /// UTC offset of the publication time, when stated.
    pub utc_offset: Option<UtcOffset>,
    /// A date the crawled page shows that is not the publication date
    /// (e.g. the day the page was scraped, above the title).
    pub page_date: Option<Date>,
    /// The headline, once.
    pub title: Option<String>,
    /// Named human authors of the byline.
    pub authors: Vec<String>,
    /// The outlet credited as the source, by its short name ("Trend", "AP").
    pub outlet: Option<String>,
    /// The place of the opening dateline, in normal case ("Baku").
    pub dateline: Option<String>,
}

/// An offset from UTC, serialised as "+04:00".
///
/// ```
/// let o = dateline::UtcOffset::from_seconds(-4 * 3600);
/// assert_eq!(o.to_string(), "-04:00");
/// assert_eq!(o.seconds(), -14400);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UtcOffset(i32);

impl UtcOffset {
    /// An offset of `seconds` east of UTC.
    ///
    /// ```
    /// assert_eq!(dateline::UtcOffset::from_seconds(19800).to_string(), "+05:30");
    /// ```
    pub fn from_seconds(seconds: i32) -> UtcOffset {
        UtcOffset(seconds)
    }

    /// Seconds east of UTC.
    ///
    /// ```
    /// assert_eq!(dateline::UtcOffset::from_seconds(60).seconds(), 60);
    /// ```
    pub fn seconds(&self) -> i32 {
        self.0
    }
}

impl std::fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
    }
}

impl std::str::FromStr for UtcOffset {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("invalid UTC offset {s:?}: expected \"+HH:MM\" or \"-HH:MM\"");
        let (sign, rest) = match s.as_bytes().first() {
            Some(b'+') => (1, &s[1..]),
            Some(b'-') => (-1, &s[1..]),
            _ => return Err(bad()),
        };
        let (h, m) = rest.split_once(':').ok_or_else(bad)?;
        let h: i32 = h.parse().map_err(|_| bad())?;
        let m: i32 = m.parse().map_err(|_| bad())?;
        Ok(UtcOffset(sign * (h * 3600 + m * 60)))
    }
}

impl Serialize for UtcOffset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for UtcOffset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

mod hhmm {
    use jiff::civil::Time;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.collect_str(&format_args!("{:02}:{:02}", t.hour(), t.minute())),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Time>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        s.map(|s| {
            let full = if s.len() == 5 { format!("{s}:00") } else { s };
            full.parse::<Time>().map_err(serde::de::Error::custom)
        })
        .transpose()
    }
}

/// What a segment of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// Page chrome above the body: crawler stamps, mastheads, page dates.
    Header,
    /// The headline (each printing of it).
    Title,
    /// Author and outlet credits.
    Byline,
    /// A paragraph of the article's text.
    Body,
    /// Page chrome that is not the article: "Follow us on Twitter", "Loading...".
    Boilerplate,
}

/// A consecutive stretch of the input with one [`SegmentKind`].
///
/// ```
/// let text = "Headline of the story here\n\nThe story itself, in one paragraph.\n";
/// let a = dateline::parse(text)?;
/// for s in &a.segments {
///     assert_eq!(&text[s.content.range()], s.text);
/// }
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// What this segment is.
    pub kind: SegmentKind,
    /// Bytes of the input that belong to this segment, including the
    /// whitespace after it. Spans of consecutive segments meet exactly.
    pub span: Span,
    /// Bytes of the trimmed text.
    pub content: Span,
    /// Characters of the trimmed text (for Python users).
    pub content_chars: Span,
    /// The trimmed text.
    pub text: String,
}

/// Parse one article.
///
/// Fails only on input that holds nothing but whitespace. A page with no
/// recognisable header is all body.
///
/// ```
/// let a = dateline::parse(" date 2020-02-11 By Jane Doe\n\nThe minister spoke.\n")?;
/// assert_eq!(a.metadata.authors, ["Jane Doe"]);
/// assert!(dateline::parse(" \n\t").is_err());
/// # Ok::<(), dateline::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Article, Error> {
    if text.trim().is_empty() {
        return Err(Error::Empty { len: text.len() });
    }
    Ok(layout::read(text))
}

/// Parse one article from bytes, which must be UTF-8.
///
/// ```
/// let err = dateline::parse_bytes(b"Hello \xFF world").unwrap_err();
/// assert_eq!(err, dateline::Error::InvalidUtf8 { offset: 6, byte: 0xFF });
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article, Error> {
    parse(utf8(bytes)?)
}

fn utf8(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        Error::InvalidUtf8 {
            offset,
            byte: bytes[offset],
        }
    })
}

/// `re.captures(s)` for rules that most haystacks fail: `captures`
/// allocates its slots before it searches, `is_match` runs the DFA alone.
/// Profiling showed that allocation among the top costs of layout.
pub(crate) fn captures<'h>(re: &regex::Regex, s: &'h str) -> Option<regex::Captures<'h>> {
    if re.is_match(s) {
        re.captures(s)
    } else {
        None
    }
}

/// The last char boundary of `s` at or before byte `i` (its length, past it).
/// (`str::floor_char_boundary` is newer than the crate's `rust-version`.)
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `s` without a possessive ending ("NATO’s", "Russia's"), if it has one.
pub(crate) fn without_possessive(s: &str) -> Option<&str> {
    s.strip_suffix("’s").or_else(|| s.strip_suffix("'s"))
}

/// Whether a capital follows an apostrophe in [`normal_case`]: a name's
/// ("O'NEILL" -> "O'Neill"), not a possessive's ("BAKU'S" -> "Baku's").
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Apostrophe {
    Capital,
    Lower,
}

/// Words in capitals in normal case: a capital first, after any character
/// but a letter (after an apostrophe as `apostrophe` says).
pub(crate) fn normal_case(s: &str, apostrophe: Apostrophe) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        // Turkish capitals dot the I ("İSTANBUL"); English text does not.
        let c = if c == 'İ' { 'I' } else { c };
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = apostrophe == Apostrophe::Capital || (c != '\'' && c != '’');
        }
    }
    out
}

/// The first char boundary of `s` at or after byte `i` (at most its length).
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// `re.captures_iter(s)`, with the same early exit as [`captures`].
pub(crate) fn captures_iter<'r, 'h>(
    re: &'r regex::Regex,
    s: &'h str,
) -> impl Iterator<Item = regex::Captures<'h>> + use<'r, 'h> {
    re.is_match(s)
        .then(|| re.captures_iter(s))
        .into_iter()
        .flatten()
}

/// Fixed strings a rule looks for in many short haystacks, each with its
/// searcher built once: `str::contains` builds one per call, which
/// profiling found among the costs of the rules that ask often.
pub(crate) struct Needles<const N: usize>(
    std::sync::LazyLock<
        [memchr::memmem::Finder<'static>; N],
        fn() -> [memchr::memmem::Finder<'static>; N],
    >,
);

impl<const N: usize> Needles<N> {
    /// Searchers for `words`, built on first use.
    pub(crate) const fn new(words: fn() -> [memchr::memmem::Finder<'static>; N]) -> Needles<N> {
        Needles(std::sync::LazyLock::new(words))
    }

    /// Whether any of the strings occurs in `haystack`.
    pub(crate) fn any_in(&self, haystack: &str) -> bool {
        self.0.iter().any(|f| f.find(haystack.as_bytes()).is_some())
    }

    /// Where the first of the strings occurs in `haystack`, if any does.
    pub(crate) fn find(&self, haystack: &str) -> Option<usize> {
        self.0
            .iter()
            .filter_map(|f| f.find(haystack.as_bytes()))
            .min()
    }

    /// Every occurrence of each string in `haystack` (not overlapping
    /// itself), with its length: the first string's, then the next's.
    pub(crate) fn all_in<'a>(
        &'a self,
        haystack: &'a str,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.0.iter().flat_map(move |f| {
            let len = f.needle().len();
            let mut from = 0;
            std::iter::from_fn(move || {
                let at = from + f.find(&haystack.as_bytes()[from..])?;
                from = at + len;
                Some((at, len))
            })
        })
    }

    /// Where each string first occurs in `haystack`, with its length.
    pub(crate) fn each_in<'a>(
        &'a self,
        haystack: &'a str,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.0
            .iter()
            .filter_map(|f| f.find(haystack.as_bytes()).map(|i| (i, f.needle().len())))
    }
}

/// [`Needles`] for string literals: `needles!["a", "b"]`.
macro_rules! needles {
    ($($w:literal),+ $(,)?) => {
        $crate::Needles::new(|| [$($w),+].map(memchr::memmem::Finder::new))
    };
}
pub(crate) use needles;

/// Helpers the unit tests of several stages share.
#[cfg(test)]
pub(crate) mod test_support {
    /// The names of the entities of `kind` found in a dated article with
    /// `body`, in the order of their first mentions.
    pub(crate) fn names_of(body: &str, kind: crate::EntityKind) -> Vec<String> {
        let doc =
            crate::analyze(&format!(" date 2025-07-02 By Jane Roe\n\n{body}\n")).expect("parses");
        doc.entities
            .into_iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name)
            .collect()
    }

    /// The names of the entities of `kind` in `doc`, in the order of their
    /// first mentions.
    pub(crate) fn names_in(doc: &crate::Document, kind: crate::EntityKind) -> Vec<&str> {
        doc.entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn needles_find_any_of_their_strings() {
        static N: Needles<2> = needles!["ights reserved", "Photo"];
        assert!(N.any_in("All rights reserved."));
        assert!(N.any_in("(AP Photo/Jane Roe)"));
        assert!(!N.any_in("The minister spoke."));
        let found: Vec<(usize, usize)> = N.each_in("Photo: all rights reserved").collect();
        assert_eq!(found, [(12, 14), (0, 5)]);
        assert_eq!(N.find("Photo: all rights reserved"), Some(0));
        assert_eq!(N.find("The minister spoke."), None);
        let all: Vec<(usize, usize)> = N.all_in("Photo, Photo, rights reserved").collect();
        assert_eq!(all, [(15, 14), (0, 5), (7, 5)]);
    }

    #[test]
    fn char_boundaries_round_down_and_up() {
        let s = "a–b"; // '–' takes bytes 1..4
        assert_eq!((floor_boundary(s, 2), ceil_boundary(s, 2)), (1, 4));
        assert_eq!((floor_boundary(s, 4), ceil_boundary(s, 4)), (4, 4));
        assert_eq!((floor_boundary(s, 99), ceil_boundary(s, 99)), (5, 5));
    }

    fn check_partition(text: &str) {
        let Ok(a) = parse(text) else { return };
        let mut at = 0;
        for s in &a.segments {
            assert_eq!(s.span.start, at, "segments must meet: {:?}", a.segments);
            assert!(s.span.start <= s.content.start && s.content.end <= s.span.end);
            assert_eq!(&text[s.content.range()], s.text);
            let chars_before = text[..s.content.start].chars().count();
            assert_eq!(s.content_chars.start, chars_before);
            at = s.span.end;
        }
        assert_eq!(at, text.len());
    }

    proptest! {
        #[test]
        fn segments_partition_arbitrary_strings(text in "\\PC*") {
            check_partition(&text);
        }

        #[test]
        fn segments_partition_article_like_strings(
            lines in proptest::collection::vec("( date 2020-01-0[1-9] )?(By [A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{3,8}, [A-Z][a-z]+, May [0-9]{1,2}\\. [a-z ]{0,30}|[A-Z][a-z ]{0,60}\\.?|---|Follow us on Twitter|\\d{1,2} April 2014 \\d\\d:\\d\\d \\(UTC\\+04:00\\)|)", 0..12)
        ) {
            check_partition(&lines.join("\n"));
        }
    }

    #[test]
    fn empty_and_whitespace_are_errors() {
        assert_eq!(parse(""), Err(Error::Empty { len: 0 }));
        assert_eq!(parse(" \n \r\n"), Err(Error::Empty { len: 5 }));
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let e = parse_bytes(b"abc\xC3(").unwrap_err();
        assert_eq!(
            e,
            Error::InvalidUtf8 {
                offset: 3,
                byte: 0xC3
            }
        );
        assert!(e.to_string().contains("byte offset 3"));
    }

    #[test]
    fn metadata_serialises_in_gold_schema_shapes() {
        let a = parse("Talks held in the capital\n\n8 April 2014 14:53 (UTC+04:00)\nTalks held in the capital\n\nThe sides met.\n").unwrap();
        let v = serde_json::to_value(&a.metadata).unwrap();
        assert_eq!(v["published"], "2014-04-08");
        assert_eq!(v["published_time"], "14:53");
        assert_eq!(v["utc_offset"], "+04:00");
        let back: Metadata = serde_json::from_value(v).unwrap();
        assert_eq!(back, a.metadata);
    }
}

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

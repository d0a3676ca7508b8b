//! The end of the pipeline: an [`Extractor`] runs every stage over an
//! [`Article`] and gathers a [`Document`].

use crate::{Article, Error, Metadata, Segment, SegmentKind, Span};
use serde::{Deserialize, Serialize};

/// The type of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// An organisation: ministries, armed forces, alliances, agencies, companies.
    Organization,
    /// A place: country, city, region, sea, named area or site.
    Location,
    /// A calendar date, normalised to ISO.
    Date,
}

/// A person's title read as a structured role: a military rank, or a
/// position and the organisation it names.
///
/// ```
/// let doc = dateline::analyze("Chief of the General Staff of the Russian Armed Forces, Army General Valery Gerasimov spoke.\n")?;
/// let p = doc.entities.iter().find(|e| e.name == "Valery Gerasimov").unwrap();
/// assert!(p.roles.iter().any(|r| r.rank.as_deref() == Some("Army General")));
/// assert!(p.roles.iter().any(|r| r.organization.as_deref() == Some("Russian Armed Forces")));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Role {
    /// A military rank ("Colonel-General", "Army General").
    pub rank: Option<String>,
    /// A position ("Chief of the General Staff of the Russian Armed Forces").
    pub position: Option<String>,
    /// The organisation the position names ("Russian Armed Forces").
    pub organization: Option<String>,
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The text of the mention, exactly as in the input.
    pub text: String,
    /// Byte range in the input.
    pub span: Span,
    /// Character range in the input.
    pub chars: Span,
}

/// A real-world entity named in the article, once, with all its mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// What kind of entity this is.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The fullest form of the name (for dates, the ISO value).
    pub name: String,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Ranks and positions the text gives a person, as written
    /// ("Colonel-General", "Chief of the General Staff of the Armed Forces").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    /// The same titles read as structured roles, one per title.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// For dates: the ISO value ("2020-02-06", "2019-06", "1988").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// What kind of encounter a [`Meeting`] is, in the spirit of CAMEO's
/// consult codes (040s), so results line up with GDELT-style event data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// Met, at the place of one side or a third place ("met with").
    Meet,
    /// Made a visit ("visited", "called on").
    Visit,
    /// Hosted a visit ("received", "hosted").
    Host,
    /// Held talks, negotiations or consultations.
    Talks,
    /// Talked by telephone.
    PhoneCall,
    /// Any other reported encounter.
    Other,
}

/// A meeting, visit or talk the article reports as having happened.
///
/// ```
/// let doc = dateline::analyze(" date 2021-03-04 By Jane Roe\n\nOn March 3, Minister Arkady Petrenko met with President Maria Lopes in Riga.\n")?;
/// let m = &doc.meetings[0];
/// assert_eq!(m.participants, ["Arkady Petrenko", "Maria Lopes"]);
/// assert_eq!(m.date.as_deref(), Some("2021-03-03"));
/// assert_eq!(m.place.as_deref(), Some("Riga"));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// What kind of encounter it was.
    pub kind: MeetingKind,
    /// Names of the person entities who took part (as [`Entity::name`]).
    pub participants: Vec<String>,
    /// ISO date of the meeting, when the text dates it.
    pub date: Option<String>,
    /// Name of the location entity where it took place, when stated.
    pub place: Option<String>,
    /// Byte range of the sentence that reports it.
    pub evidence: Span,
    /// Character range of that sentence (for Python users).
    pub evidence_chars: Span,
}

/// Everything dateline reads from one article.
///
/// ```
/// let doc = dateline::analyze(" date 2020-02-11 By Jane Doe\n\nThe minister spoke.\n")?;
/// assert_eq!(doc.metadata.authors, ["Jane Doe"]);
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The article's metadata.
    pub metadata: Metadata,
    /// Named entities of the title and body.
    pub entities: Vec<Entity>,
    /// Meetings, visits and talks.
    pub meetings: Vec<Meeting>,
    /// The segments of the input (never empty for a parsed article; left
    /// out of JSON when emptied on purpose, as `dateline --no-segments` does).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
}

/// Runs the extraction pipeline. Build it once and share it: it is
/// `Send + Sync` and holds the compiled gazetteers and rules.
///
/// ```
/// let ex = dateline::Extractor::new();
/// let doc = ex.analyze("Leaders meet in the capital city\n\nThe two leaders met.\n")?;
/// assert_eq!(doc.metadata.title.as_deref(), Some("Leaders meet in the capital city"));
/// # Ok::<(), dateline::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    _private: (),
}

impl Extractor {
    /// An extractor with the bundled gazetteers and rules.
    ///
    /// ```
    /// let _ex = dateline::Extractor::new();
    /// ```
    pub fn new() -> Extractor {
        Extractor { _private: () }
    }

    /// The entities of a parsed article.
    ///
    /// ```
    /// let a = dateline::parse("The minister spoke in the city.\n")?;
    /// let entities = dateline::Extractor::new().extract(&a);
    /// assert!(entities.iter().all(|e| !e.mentions.is_empty()));
    /// # Ok::<(), dateline::Error>(())
    /// ```
    pub fn extract(&self, article: &Article) -> Vec<Entity> {
        let (src, raws, dates) = recognized(article);
        resolved(article, &src, raws, dates)
    }

    /// Parse and analyse one article.
    ///
    /// ```
    /// assert!(dateline::Extractor::new().analyze("").is_err());
    /// ```
    pub fn analyze(&self, text: &str) -> Result<Document, Error> {
        // A byte-order mark opening the input (a file saved by a Windows
        // editor) is read without it; the first segment holds it.
        if let Some(rest) = text.strip_prefix('\u{feff}') {
            let mut doc = self.analyze_decoded(rest)?;
            onto_input(&mut doc, text, rest.len(), |_, _| (3, 1));
            if let Some(first) = doc.segments.first_mut() {
                first.span.start = 0;
            }
            return Ok(doc);
        }
        self.analyze_decoded(text)
    }

    /// [`Extractor::analyze`] over text without a byte-order mark.
    fn analyze_decoded(&self, text: &str) -> Result<Document, Error> {
        // HTML character references a scraper left undecoded ("Azerbaijan&#39;s",
        // "Johnson &amp; Johnson", "President&nbsp;X") are read as the
        // characters they stand for; every offset is then moved back onto
        // the input, and mentions are given back as written.
        match decoded_references(text) {
            Some(read) => self.analyze_read(text, read, Self::analyze_spaced),
            None => self.analyze_spaced(text),
        }
    }

    /// `next` over `text` as read (`read`: the text read and where each
    /// piece read otherwise ends in it), every offset then moved back onto
    /// `text`: an offset after a piece moves by the bytes and chars dropped
    /// up to it.
    fn analyze_read(
        &self,
        text: &str,
        (plain, ends): (String, Vec<ReadEnd>),
        next: fn(&Self, &str) -> Result<Document, Error>,
    ) -> Result<Document, Error> {
        let mut doc = next(self, &plain)?;
        onto_input(&mut doc, text, plain.len(), |at, _end| {
            dropped_before(&ends, at)
        });
        Ok(doc)
    }

    /// [`Extractor::analyze`] over text without character references.
    fn analyze_spaced(&self, text: &str) -> Result<Document, Error> {
        // Spaces written as no-break, thin or figure spaces ("President&nbsp;X"
        // as a page is scraped) are read as plain ones, and a run of spaces
        // or tabs between two words as one ("President  Ion Rusu"), and
        // invisible characters as nothing ("Ali\u{ad}yev"); every offset is
        // then moved back onto the input.
        match plain_spaces(text) {
            Some(read) => self.analyze_read(text, read, Self::analyze_returns),
            None => self.analyze_returns(text),
        }
    }

    /// [`Extractor::analyze`] over text whose spaces read plain.
    fn analyze_returns(&self, text: &str) -> Result<Document, Error> {
        // Carriage returns before newlines ("\r\n" line ends) are read
        // without them; every offset is then moved back onto the input, and
        // mentions and segments are given back as written.
        if memchr::memchr(b'\r', text.as_bytes()).is_some() {
            // (A return alone, an old Mac line end, is a newline: one byte
            // for one.)
            let bytes = text.as_bytes();
            let dropped = |at: &usize| bytes.get(at + 1) == Some(&b'\n');
            let returns: Vec<usize> = memchr::memchr_iter(b'\r', bytes)
                .filter(dropped)
                .enumerate()
                .map(|(k, at)| at - k)
                .collect();
            let mut compact = String::with_capacity(text.len());
            let mut from = 0;
            for at in memchr::memchr_iter(b'\r', bytes) {
                compact.push_str(&text[from..at]);
                if !dropped(&at) {
                    compact.push('\n');
                }
                from = at + 1;
            }
            compact.push_str(&text[from..]);
            let mut doc = self.analyze_lf(&compact)?;
            // (A start moves past the returns at it, an end does not: "a\r\n"
            // ends after "a"; a char dropped for each byte.)
            let shift = |at: usize, end: bool| {
                let k = returns.partition_point(|&r| if end { r < at } else { r <= at });
                (k, k)
            };
            onto_input(&mut doc, text, compact.len(), shift);
            return Ok(doc);
        }
        self.analyze_lf(text)
    }

    /// [`Extractor::analyze`] over text without carriage returns.
    fn analyze_lf(&self, text: &str) -> Result<Document, Error> {
        let article = crate::parse(text)?;
        let entities = self.extract(&article);
        let meetings = crate::meetings::find(&article.segments, &entities, &article.metadata);
        Ok(Document {
            metadata: article.metadata,
            entities,
            meetings,
            segments: article.segments,
        })
    }

    /// Parse and analyse one article given as UTF-8 bytes.
    ///
    /// ```
    /// assert!(dateline::Extractor::new().analyze_bytes(b"\xFF").is_err());
    /// ```
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Document, Error> {
        let text = crate::utf8(bytes)?;
        self.analyze(text)
    }
}

/// The bytes and chars dropped from the input before offset `at` of the
/// text read, by the pieces read otherwise that end at or before it.
fn dropped_before(ends: &[ReadEnd], at: usize) -> (usize, usize) {
    let k = ends.partition_point(|e| e.0 <= at);
    k.checked_sub(1).map_or((0, 0), |k| (ends[k].1, ends[k].2))
}

/// Where a piece read otherwise (a space, an invisible character, a
/// character reference) ends in the text read, and the bytes and chars
/// dropped from the input up to there.
type ReadEnd = (usize, usize, usize);

/// The input with its spaces read plain: a space written otherwise than as
/// an ASCII space (a no-break space, U+00A0; a figure, thin or narrow
/// no-break space, U+2007, U+2009, U+202F) as one, a run of spaces and
/// tabs between two words on a line as one space (leading and trailing
/// runs kept, their wide spaces read plain), and the invisible characters
/// a scraped page leaves in words or beside spaces (a soft hyphen, U+00AD;
/// a zero-width space, U+200B; a word joiner, U+2060; a zero-width no-break
/// space, U+FEFF) read as nothing ("Ali\u{ad}yev" is "Aliyev"). With it,
/// where each space read ends in it and the bytes and chars dropped up to
/// there; `None` when there is nothing to read otherwise.
fn plain_spaces(text: &str) -> Option<(String, Vec<ReadEnd>)> {
    let bytes = text.as_bytes();
    // A space other than ASCII's, or an invisible character, at `at`: its
    // length, and whether it is seen (a space) or not.
    let wide_at = |at: usize| match bytes[at..] {
        [0xC2, 0xA0, ..] => Some((2, true)),
        [0xE2, 0x80, 0x87 | 0x89 | 0xAF, ..] => Some((3, true)),
        [0xC2, 0xAD, ..] => Some((2, false)),
        [0xE2, 0x80, 0x8B, ..] | [0xE2, 0x81, 0xA0, ..] | [0xEF, 0xBB, 0xBF, ..] => {
            Some((3, false))
        }
        _ => None,
    };
    // Where a run that is not one ASCII space may hold: two spaces, a tab,
    // a wide space or an invisible character (byte searches: most articles
    // hold none).
    let wide = memchr::memchr3_iter(0xC2, 0xE2, 0xEF, bytes).filter(|&at| wide_at(at).is_some());
    let mut found: Vec<usize> = memchr::memmem::find_iter(bytes, b"  ")
        .chain(memchr::memchr_iter(b'\t', bytes))
        .chain(wide)
        .collect();
    if found.is_empty() {
        return None;
    }
    found.sort_unstable();
    let space_at = |at: usize| match bytes.get(at) {
        Some(b' ' | b'\t') => Some((1, true)),
        Some(_) => wide_at(at),
        None => None,
    };
    // (The length of a space ending right before `at`.)
    let space_before = |at: usize| {
        if at >= 1 && matches!(bytes[at - 1], b' ' | b'\t') {
            Some(1)
        } else {
            (2..=3).find(|&len| at >= len && wide_at(at - len).is_some_and(|w| w.0 == len))
        }
    };
    let mut plain = String::with_capacity(text.len());
    let mut ends: Vec<ReadEnd> = Vec::new();
    let (mut bytes_dropped, mut chars_dropped) = (0, 0);
    // (Where the input is copied from next, and where the last run read
    // ended.)
    let (mut from, mut done) = (0, 0);
    for mut at in found {
        if at < done {
            continue;
        }
        // (Back to the run's first space.)
        while let Some(len) = space_before(at).filter(|len| at - len >= done) {
            at -= len;
        }
        // The run of spaces from here, the chars it holds and how many of
        // them are seen.
        let (mut end, mut chars, mut seen) = (at, 0, 0);
        while let Some((len, visible)) = space_at(end) {
            end += len;
            chars += 1;
            seen += usize::from(visible);
        }
        let between_words = at > 0
            && !matches!(bytes[at - 1], b'\n' | b'\r')
            && end < bytes.len()
            && !matches!(bytes[end], b'\n' | b'\r');
        if between_words && seen > 0 && (end - at > 1 || bytes[at] == b'\t') {
            plain.push_str(&text[from..at]);
            plain.push(' ');
            bytes_dropped += end - at - 1;
            chars_dropped += chars - 1;
            ends.push((plain.len(), bytes_dropped, chars_dropped));
            from = end;
        } else if !between_words || seen == 0 {
            // (Kept, each wide one read as a plain space, each invisible
            // one as nothing.)
            let mut x = at;
            while x < end {
                let (len, visible) = space_at(x).unwrap_or((1, true));
                if len > 1 {
                    plain.push_str(&text[from..x]);
                    if visible {
                        plain.push(' ');
                        bytes_dropped += len - 1;
                    } else {
                        bytes_dropped += len;
                        chars_dropped += 1;
                    }
                    ends.push((plain.len(), bytes_dropped, chars_dropped));
                    from = x + len;
                }
                x += len;
            }
        }
        done = end;
    }
    plain.push_str(&text[from..]);
    // (None when only runs kept were found: indentation.)
    (!ends.is_empty()).then_some((plain, ends))
}

/// The character an HTML character reference at the start of `s` stands
/// for, and the reference's length: a named one of those scraped pages
/// leave ("&amp;", "&nbsp;", "&rsquo;", ...) or a number, decimal or
/// hexadecimal ("&#39;", "&#x2019;"), closed by its semicolon.
fn reference_at(s: &[u8]) -> Option<(char, usize)> {
    let semi = memchr::memchr(b';', &s[..s.len().min(10)])?;
    let name = &s[1..semi];
    let c = match name {
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"quot" => '"',
        b"apos" => '\'',
        b"nbsp" => '\u{a0}',
        b"shy" => '\u{ad}',
        b"ndash" => '–',
        b"mdash" => '—',
        b"lsquo" => '‘',
        b"rsquo" => '’',
        b"ldquo" => '“',
        b"rdquo" => '”',
        b"laquo" => '«',
        b"raquo" => '»',
        b"hellip" => '…',
        b"bull" => '•',
        b"middot" => '·',
        b"copy" => '©',
        b"reg" => '®',
        b"deg" => '°',
        [b'#', b'x' | b'X', hex @ ..] if !hex.is_empty() => {
            char::from_u32(u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?)?
        }
        [b'#', dec @ ..] if !dec.is_empty() && dec.iter().all(u8::is_ascii_digit) => {
            char::from_u32(std::str::from_utf8(dec).ok()?.parse().ok()?)?
        }
        _ => return None,
    };
    // (Not a control character nor a NUL: "&#0;" stays as written.)
    (!c.is_control() || c == '\n' || c == '\t').then_some((c, semi + 1))
}

/// The input with its HTML character references read as the characters
/// they stand for ([`reference_at`]), and where each ends in it with the
/// bytes and chars dropped from the input up to there; `None` when the
/// input holds none.
fn decoded_references(text: &str) -> Option<(String, Vec<ReadEnd>)> {
    let bytes = text.as_bytes();
    let mut found = memchr::memchr_iter(b'&', bytes)
        .filter_map(|at| reference_at(&bytes[at..]).map(|r| (at, r)))
        .peekable();
    found.peek()?;
    let mut plain = String::with_capacity(text.len());
    let mut ends: Vec<ReadEnd> = Vec::new();
    let (mut from, mut bytes_dropped, mut chars_dropped) = (0, 0, 0);
    for (at, (c, len)) in found {
        plain.push_str(&text[from..at]);
        plain.push(c);
        // (A reference is ASCII: as many chars as bytes.)
        bytes_dropped += len - c.len_utf8();
        chars_dropped += len - 1;
        ends.push((plain.len(), bytes_dropped, chars_dropped));
        from = at + len;
    }
    plain.push_str(&text[from..]);
    Some((plain, ends))
}

/// Moves the offsets of a document read on a rewritten input (`read_len`
/// bytes long) back onto `text`, the input as given: `shift(at, end)` is
/// the bytes and chars to add to an offset of the rewritten text (a span's
/// end when `end`). Mentions and segments are given back as written.
fn onto_input(
    doc: &mut Document,
    text: &str,
    read_len: usize,
    shift: impl Fn(usize, bool) -> (usize, usize),
) {
    let widen = |bytes: &mut Span, chars: &mut Span| {
        let (a, a_chars) = shift(bytes.start, false);
        let (b, b_chars) = shift(bytes.end, true);
        *bytes = Span {
            start: bytes.start + a,
            end: bytes.end + b,
        };
        *chars = Span {
            start: chars.start + a_chars,
            end: chars.end + b_chars,
        };
    };
    for m in doc.entities.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
        widen(&mut m.span, &mut m.chars);
        m.text = text[m.span.start..m.span.end].to_string();
    }
    for m in &mut doc.meetings {
        widen(&mut m.evidence, &mut m.evidence_chars);
    }
    for seg in &mut doc.segments {
        widen(&mut seg.content, &mut seg.content_chars);
        // (Spans meet, each holding what was dropped at its end; the first
        // starts with the input, before any character read away there, and
        // the last ends with it.)
        let edge = |at: usize| {
            if at == 0 {
                0
            } else if at == read_len {
                text.len()
            } else {
                at + shift(at, true).0
            }
        };
        seg.span = Span {
            start: edge(seg.span.start),
            end: edge(seg.span.end),
        };
        seg.text = text[seg.content.start..seg.content.end].to_string();
    }
}

/// Parse and analyse one article with a shared default [`Extractor`].
///
/// ```
/// let doc = dateline::analyze("The minister spoke.\n")?;
/// assert!(doc.meetings.is_empty());
/// # Ok::<(), dateline::Error>(())
/// ```
pub fn analyze(text: &str) -> Result<Document, Error> {
    static DEFAULT: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(Extractor::new);
    DEFAULT.analyze(text)
}

/// The recognize and dates stages over an article's title and body: the
/// rebuilt input, typed mentions and date mentions.
/// Words of four letters or more that title-case headlines leave in lower case.
const TITLE_CASE_LOWER: [&str; 14] = [
    "with", "from", "into", "onto", "over", "upon", "amid", "after", "about", "than", "that",
    "during", "against", "between",
];

/// Whether a paragraph may be English: it holds an English function word,
/// or fewer than five words in lower case (captions, lists of names), or at
/// least a fifth of those are English words ("Moldovan Defense Minister Ana
/// Costa met NATO Deputy Secretary General Mircea Geoana" has no function
/// word; "Azərbaycan Respublikasının Müdafiə naziri ... görüşüb" is not
/// English).
fn reads_as_english(
    src: &str,
    tokens: &[crate::tokens::Token],
    g: &crate::gazetteer::Gazetteer,
) -> bool {
    const FUNCTION: [&str; 16] = [
        "the", "of", "and", "to", "in", "a", "with", "on", "for", "is", "was", "that", "by", "The",
        "In", "On",
    ];
    let (mut lower, mut english) = (0, 0);
    for t in tokens
        .iter()
        .filter(|t| t.kind == crate::tokens::Kind::Word && !t.cap)
    {
        let w = &src[t.start..t.end];
        if FUNCTION.contains(&w) {
            return true;
        }
        lower += 1;
        english += usize::from(g.is_english(w));
    }
    lower < 5 || english * 5 >= lower
}

/// Push `seg`'s text to `out` as rules read it: a line broken inside a
/// headline or a paragraph as the space it stands for, not after a short
/// line, which stands apart (a dateline, "Baku, November 3, AZERTAC"). One
/// ASCII byte for another: offsets hold.
pub(crate) fn push_read(seg: &Segment, out: &mut String) {
    let read = matches!(seg.kind, SegmentKind::Title | SegmentKind::Body);
    let mut from = 0;
    for i in memchr::memchr_iter(b'\n', seg.text.as_bytes()) {
        out.push_str(&seg.text[from..i]);
        out.push(if read && i - from >= 40 { ' ' } else { '\n' });
        from = i + 1;
    }
    out.push_str(&seg.text[from..]);
}

fn recognized(
    article: &Article,
) -> (
    String,
    Vec<crate::recognize::Raw>,
    Vec<crate::dates::DateMention>,
) {
    let g = &*crate::gazetteer::GAZETTEER;
    let mut raws = Vec::new();
    let mut dates = Vec::new();
    let mut src = String::new();
    // Rules read a line broken inside a paragraph as the space it stands
    // for: "Rezaei, the\nForeign Ministry said" (the mentions' texts are
    // still copied from the input, line breaks and all). Not after a short
    // line, which stands apart: a dateline, "Baku, November 3, AZERTAC".
    let mut flat = String::new();
    // Offsets are into the input; rebuild it from the segments' spans
    // only as far as needed: each segment's text sits at its content span.
    let len = article.segments.last().map_or(0, |s| s.span.end);
    src.reserve(len);
    flat.reserve(len);
    for seg in &article.segments {
        let pad = seg.content.start - src.len();
        src.extend(std::iter::repeat_n('\n', pad));
        src.push_str(&seg.text);
        flat.push_str(&src[flat.len()..seg.content.start]);
        push_read(seg, &mut flat);
    }
    let segs: Vec<(&Segment, Vec<crate::tokens::Token>)> = article
        .segments
        .iter()
        // A headline in capitals ("ARMENIAN DEFENCE MINISTER MEETS ...")
        // holds no telling shapes: every word would read as an acronym.
        .filter(|s| match s.kind {
            SegmentKind::Title => s.text.chars().any(char::is_lowercase),
            SegmentKind::Body => true,
            _ => false,
        })
        .map(|s| (s, crate::tokens::tokenize(&s.text, s.content.start)))
        .collect();
    // Words written in lower case anywhere in the text are ordinary words.
    // (Shape flags first: most tokens are short, capitalised or punctuation.)
    let n_tokens: usize = segs.iter().map(|(_, ts)| ts.len()).sum();
    let mut lowercase = crate::gazetteer::WordSet::with_capacity(n_tokens / 4);
    for t in segs.iter().flat_map(|(_, ts)| ts.iter()) {
        if t.kind != crate::tokens::Kind::Word || t.cap || t.end - t.start < 4 {
            continue;
        }
        let w = &src[t.start..t.end];
        if w.starts_with(char::is_lowercase) && !crate::recognize::is_handle(&src, t) {
            lowercase.insert(w);
        }
    }
    let (lists_companies, lists_places, lists_staff) =
        crate::recognize::Context::lists(&lowercase, &src);
    let lower_names = g.any_lower_name(&src);
    for (seg, tokens) in &segs {
        let base = seg.content.start;
        // A paragraph in another language ("Министр обороны России Сергей
        // Шойгу встретился ..."): English rules read it as junk names.
        if seg.kind == SegmentKind::Body && !reads_as_english(&src, tokens, g) {
            continue;
        }
        // A name broken over a line ("South\nOssetia") is still one name.
        // (Carriage returns are gone: see `Extractor::analyze`.)
        let hits = if seg.text.contains('\n') {
            g.scan(&seg.text.replace('\n', " "), base)
        } else {
            g.scan(&seg.text, base)
        };
        let long: Vec<&crate::tokens::Token> = tokens
            .iter()
            .filter(|t| t.kind == crate::tokens::Kind::Word && t.end - t.start >= 4)
            .collect();
        let headline = seg.kind == SegmentKind::Title
            || (seg.text.len() < 160
                && !seg
                    .text
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_some_and(|c| matches!(c, '.' | '"' | '”')));
        // Title case leaves only short function words in lower case ("with",
        // "from"); "also" or "attended" in lower case make a sentence.
        let title_case = headline
            && long.len() >= 3
            && long.iter().filter(|t| t.cap).count() * 10 >= long.len() * 7
            && long
                .iter()
                .filter(|t| !t.cap)
                .all(|t| TITLE_CASE_LOWER.contains(&&src[t.start..t.end]));
        let cx = crate::recognize::Context {
            lowercase: &lowercase,
            title_case,
            paragraph: (seg.content.start, seg.content.end),
            lists_companies,
            lists_places,
            lists_staff,
            lower_names,
        };
        raws.extend(crate::recognize::mentions(&flat, tokens, &hits, g, &cx));
        // (Over a line break inside the paragraph too: "June\n15-16".)
        dates.extend(crate::dates::find(
            &flat[seg.content.start..seg.content.end],
            base,
            article.metadata.published,
        ));
    }
    let (places, days) = header_dateline(article, &segs, g);
    raws.extend(places);
    dates.extend(days);
    dateline_in_capitals(article, &mut raws);
    crate::recognize::drop_event_acronyms(&src, &mut raws);
    crate::recognize::drop_names_from_titles(&src, &mut raws, g);
    crate::recognize::drop_listed_remits(&flat, &mut raws, g);
    crate::recognize::drop_cut_title(&src, &mut raws, g);
    (src, raws, dates)
}

/// The places and dates of a dateline that the layout read from a header
/// line ("Agenda.ge, 29 Sep 2021 - 10:48, Tbilisi,Georgia", "Yerevan, 18
/// June 2025 / ARKA /"): mentions, as an opening dateline's are, though the
/// line is not body text.
fn header_dateline(
    article: &Article,
    body: &[(&Segment, Vec<crate::tokens::Token>)],
    g: &crate::gazetteer::Gazetteer,
) -> (Vec<crate::recognize::Raw>, Vec<crate::dates::DateMention>) {
    let Some(place) = article.metadata.dateline.as_deref() else {
        return Default::default();
    };
    let Some((seg, at)) = article
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Header)
        .find_map(|s| {
            let at = s
                .text
                .find(place)
                .or_else(|| s.text.find(&place.to_uppercase()))?;
            Some((s, at))
        })
    else {
        return Default::default();
    };
    // An opening dateline in the body ("BAKU, Azerbaijan") is read with the body.
    let opens = |text: &str| {
        let head: String = text.chars().take(60).collect();
        head.to_lowercase().contains(&place.to_lowercase())
    };
    // (Its first paragraph only: a later one may name the city early,
    // "Grono arrived in Baku after ...".)
    if body
        .iter()
        .find(|(s, _)| s.kind == SegmentKind::Body)
        .is_some_and(|(s, _)| opens(&s.text))
    {
        return Default::default();
    }
    let hits = g.scan(&seg.text[at..], seg.content.start + at);
    let days = crate::dates::find(&seg.text, seg.content.start, article.metadata.published);
    (crate::recognize::place_mentions(g, &hits), days)
}

/// A town the gazetteer lacks, written in capitals as the opening dateline
/// ("PABRADE, Lithuania -- ..."), reads as an acronym, an organisation: the
/// layout read it as the dateline, so it is that place.
fn dateline_in_capitals(article: &Article, raws: &mut [crate::recognize::Raw]) {
    let Some(place) = article.metadata.dateline.as_deref() else {
        return;
    };
    let upper = place.to_uppercase();
    // (Not an agency read as the dateline: "INTERFAX-AVN - ...".)
    if crate::outlets::lookup(&upper).is_some() {
        return;
    }
    // (In the body's first paragraphs: a photo's caption may come before
    // it, or open its paragraph when no blank line parts them, the
    // dateline then opening a line.)
    let head = |body: &&Segment| {
        let t = &body.text;
        t.get(..t.len().min(upper.len() + 80))
            .unwrap_or("")
            .find(&upper)
            .or_else(|| {
                let lines = &t[..crate::floor_boundary(t, t.len().min(600))];
                memchr::memchr_iter(b'\n', lines.as_bytes())
                    .map(|i| i + 1)
                    .find(|&i| t[i..].starts_with(&upper))
            })
    };
    let Some((body, at)) = article
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Body)
        .take(3)
        .find_map(|s| head(&s).map(|at| (s, at)))
    else {
        return;
    };
    let (start, end) = (
        body.content.start + at,
        body.content.start + at + upper.len(),
    );
    for r in raws.iter_mut().filter(|r| {
        r.start == start
            && r.end == end
            && r.kind == EntityKind::Organization
            && r.canonical.is_none()
    }) {
        r.kind = EntityKind::Location;
        r.canonical = Some(place.to_string());
    }
}

/// The resolve stage: mentions to entities, with character offsets.
fn resolved(
    article: &Article,
    src: &str,
    raws: Vec<crate::recognize::Raw>,
    dates: Vec<crate::dates::DateMention>,
) -> Vec<Entity> {
    // Character offsets from the segment a byte offset lies in: exact even
    // where the rebuilt text differs from the input between segments.
    let direct = |b: usize| {
        let i = article
            .segments
            .partition_point(|s| s.content.start <= b)
            .saturating_sub(1);
        let seg = &article.segments[i];
        seg.content_chars.start + seg.text[..b - seg.content.start].chars().count()
    };
    // Every mention start, counted in one forward walk rather than from its
    // segment's start each time.
    let mut starts: Vec<usize> = raws
        .iter()
        .map(|r| r.start)
        .chain(dates.iter().map(|d| d.start))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let mut table: Vec<(usize, usize)> = Vec::with_capacity(starts.len());
    let mut seg_start = usize::MAX;
    for b in starts {
        let here = article
            .segments
            .partition_point(|s| s.content.start <= b)
            .saturating_sub(1);
        let seg = &article.segments[here];
        let c = match table.last() {
            Some(&(pb, pc)) if seg_start == seg.content.start && pb <= b => {
                pc + seg.text[pb - seg.content.start..b - seg.content.start]
                    .chars()
                    .count()
            }
            _ => direct(b),
        };
        seg_start = seg.content.start;
        table.push((b, c));
    }
    let char_at = |b: usize| {
        table
            .binary_search_by_key(&b, |e| e.0)
            .map_or_else(|_| direct(b), |i| table[i].1)
    };
    crate::resolve::entities(src, raws, dates, &char_at)
}

/// Entry points to single stages, for the benchmarks in `benches/`.
/// Not part of the public API.
#[doc(hidden)]
pub mod stages {
    use crate::Article;

    /// Layout: segments and metadata.
    pub fn layout(text: &str) -> Article {
        crate::layout::read(text)
    }

    /// Tokens of a text.
    pub fn tokens(text: &str) -> usize {
        crate::tokens::tokenize(text, 0).len()
    }

    /// One gazetteer scan of a text.
    pub fn gazetteer_scan(text: &str) -> usize {
        crate::gazetteer::GAZETTEER.scan(text, 0).len()
    }

    /// Date mentions of a text, against a fixed article date.
    pub fn dates(text: &str) -> usize {
        crate::dates::find(text, 0, Some(jiff::civil::date(2020, 2, 11))).len()
    }

    /// Tokens, gazetteer, recognize and dates over an article (no merging).
    pub fn recognize(article: &Article) -> usize {
        let (_, raws, dates) = super::recognized(article);
        raws.len() + dates.len()
    }

    /// Everything up to resolved entities (recognize + merging).
    pub fn entities(article: &Article) -> Vec<crate::Entity> {
        let (src, raws, dates) = super::recognized(article);
        super::resolved(article, &src, raws, dates)
    }

    /// The meetings stage over an article and its entities.
    pub fn meetings(article: &Article, entities: &[crate::Entity]) -> usize {
        crate::meetings::find(&article.segments, entities, &article.metadata).len()
    }

    /// Build the gazetteer once (it is built lazily on first use).
    pub fn warm_up() {
        std::sync::LazyLock::force(&crate::gazetteer::GAZETTEER);
    }
}

#[cfg(test)]
mod tests {
    /// Where each of `words`, found in `plain` read from `text`, starts in
    /// `text` by the records `ends`, checked to be the same char there.
    /// The first mention of the entity `name` of `doc` as written in
    /// `text`, its chars checked to hold the same.
    fn written(text: &str, doc: &crate::Document, name: &str) -> String {
        let e = doc.entities.iter().find(|e| e.name == name);
        let m = &e
            .unwrap_or_else(|| panic!("{name}: {:?}", doc.entities))
            .mentions[0];
        let chars: String = text
            .chars()
            .skip(m.chars.start)
            .take(m.chars.len())
            .collect();
        assert_eq!(chars, m.text);
        text[m.span.range()].to_string()
    }

    fn starts_on_input(text: &str, plain: &str, ends: &[super::ReadEnd], words: &[&str]) {
        for w in words {
            let at = plain.find(w).expect("kept");
            let (b, c) = super::dropped_before(ends, at);
            assert!(text[at + b..].starts_with(&w[..1]), "{w}");
            let chars_before = plain[..at].chars().count() + c;
            assert_eq!(text[..at + b].chars().count(), chars_before, "{w}");
        }
    }

    #[test]
    fn spaces_read_plain_map_back_onto_the_input() {
        let text = "  Lead\u{a0}in  two\t\tthree \u{202f} four  \n\u{a0}next   \n";
        let (plain, ends) = super::plain_spaces(text).expect("spaces to read");
        assert_eq!(plain, "  Lead in two three four  \n next   \n");
        starts_on_input(
            text,
            &plain,
            &ends,
            &["Lead", "in", "two", "three", "four", "next"],
        );
        // Invisible characters read as nothing, in a word or beside a space.
        let text = "Ali\u{ad}yev met\u{200b} Rusu \u{2060}in Ba\u{feff}ku.\n\u{200b}Next\n";
        let (plain, ends) = super::plain_spaces(text).expect("characters to read");
        assert_eq!(plain, "Aliyev met Rusu in Baku.\nNext\n");
        starts_on_input(
            text,
            &plain,
            &ends,
            &["Aliyev", "met", "Rusu", "in", "ku.", "Next"],
        );
        // Nothing to read: single spaces, or an indentation alone.
        assert!(super::plain_spaces("one two\nthree\n").is_none());
        assert!(super::plain_spaces("   indented only\n").is_none());
    }

    #[test]
    fn a_byte_order_mark_is_read_without_it() {
        let text = "\u{feff}Leaders meet in Riga\n\nPresident Ion Rusu met Minister Tom Berg.\n";
        let doc = crate::analyze(text).expect("parses");
        assert_eq!(doc.metadata.title.as_deref(), Some("Leaders meet in Riga"));
        let riga = doc
            .entities
            .iter()
            .find(|e| e.name == "Riga")
            .expect("Riga");
        let m = &riga.mentions[0];
        assert_eq!((&text[m.span.range()], m.chars.start), ("Riga", 17));
        assert_eq!(doc.segments[0].span.start, 0);
    }

    #[test]
    fn no_break_spaces_and_runs_of_spaces_read_as_a_space_and_mentions_keep_them() {
        let text = "Leaders meet in\u{a0}Riga\n\nPresident\u{a0}Ion Rusu met Minister Tom\u{a0}Berg in\u{202f}Papua\u{a0}New\u{202f}Guinea.\n\n  Minister Ana  Costa\tmet Tom Berg in the  South\u{a0} Caucasus.  \n";
        let doc = crate::analyze(text).expect("parses");
        let written = |name: &str| written(text, &doc, name);
        assert_eq!(written("Tom Berg"), "Tom\u{a0}Berg");
        // (A place the gazetteer knows by its words, across both.)
        assert!(
            doc.entities.iter().any(|e| e.name == "Papua New Guinea"),
            "{:?}",
            doc.entities
        );
        assert_eq!(doc.metadata.title.as_deref(), Some("Leaders meet in Riga"));
        // Runs of spaces and tabs between words read as one space (an
        // indentation kept).
        assert_eq!(written("Ana Costa"), "Ana  Costa");
        assert!(
            doc.entities.iter().any(|e| e.name == "South Caucasus"),
            "{:?}",
            doc.entities
        );
        let last = doc.meetings.last().expect("two meetings");
        assert_eq!(last.participants, ["Ana Costa", "Tom Berg"]);
    }

    #[test]
    fn html_character_references_read_as_their_characters_and_mentions_keep_them() {
        let text = "Leaders meet in&nbsp;Riga\n\nSarnia&#39;s President Ion&nbsp;Rusu met Johnson &amp; Johnson and the &quot;Eternal Flame&quot; drills ended. Minister Tom&#x2019;s Berg met Ana Costa in Georgia&rsquo;s capital. AT&T &#0; &bogus; &amp stay.\n";
        let (plain, ends) = super::decoded_references(text).expect("references");
        assert!(plain.contains("Sarnia's President Ion\u{a0}Rusu met Johnson & Johnson and the \"Eternal Flame\" drills"));
        assert!(
            plain.contains("Georgia’s capital. AT&T &#0; &bogus; &amp stay."),
            "{plain}"
        );
        starts_on_input(
            text,
            &plain,
            &ends,
            &["Riga", "Rusu", "Johnson and", "Eternal", "capital"],
        );
        let doc = crate::analyze(text).expect("parses");
        let written = |name: &str| written(text, &doc, name);
        assert_eq!(written("Ion Rusu"), "Ion&nbsp;Rusu");
        assert_eq!(written("Johnson & Johnson"), "Johnson &amp; Johnson");
        assert_eq!(written("Georgia"), "Georgia");
        assert!(
            !doc.entities.iter().any(|e| e.name.contains("Flame")),
            "{:?}",
            doc.entities
        );
        // (Metadata read as the characters meant.)
        assert_eq!(doc.metadata.title.as_deref(), Some("Leaders meet in Riga"));
    }

    #[test]
    fn a_dateline_read_from_a_header_line_names_its_places() {
        let doc = crate::analyze(
            "Example.ge, 29 Sep 2021 - 10:48, Tbilisi,Georgia\n\nPrime Minister Ana Costa will visit Azerbaijan today.\n\nThe visit opens talks on trade and transport.\n",
        )
        .expect("parses");
        assert_eq!(doc.metadata.dateline.as_deref(), Some("Tbilisi"));
        let places = crate::test_support::names_in(&doc, crate::EntityKind::Location);
        assert!(places.contains(&"Tbilisi"), "{places:?}");
        assert!(places.contains(&"Georgia"), "{places:?}");
        assert!(places.contains(&"Azerbaijan"), "{places:?}");
        // ... and its date, with the day the body names.
        let day = doc
            .entities
            .iter()
            .find(|e| e.kind == crate::EntityKind::Date)
            .expect("a date");
        let said: Vec<&str> = day.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(said, ["29 Sep 2021", "today"], "{:#?}", doc.entities);
        // (Also when a later paragraph names the city early.)
        let doc = crate::analyze("Minister meets the envoy\nBaku, 14 March 2025 (Trend)\n\nMinister Ion Rusu met with the special representative Ana Costa on March 13.\n\nCosta arrived in Baku after visiting Yerevan.\n").expect("parses");
        let days = crate::test_support::names_in(&doc, crate::EntityKind::Date);
        assert!(days.contains(&"2025-03-14"), "{:#?}", doc.entities);
    }

    #[test]
    fn a_town_unknown_to_the_gazetteer_in_a_dateline_is_a_place() {
        let names = |text: &str, kind: crate::EntityKind| -> Vec<String> {
            let doc = crate::analyze(text).expect("parses");
            doc.entities
                .into_iter()
                .filter(|e| e.kind == kind)
                .map(|e| e.name)
                .collect()
        };
        let text = "Troops train with allies\n\nZORVIKA, Lithuania -- Paratroopers from the brigade trained with Lithuanian soldiers.\n";
        assert!(names(text, crate::EntityKind::Location).contains(&"Zorvika".to_string()));
        assert!(names(text, crate::EntityKind::Organization).is_empty());
        // (Also in the paragraph after a photo's caption.)
        let text = " date 2024-02-14 Home | World | Politics\nKyrgyz, Uzbek presidents open border crossing\nKyrgyz President Ion Rusu (L) and Uzbek President Tom Berg attend a ceremony in Osh, Kyrgyzstan, February 13, 2024. Presidential Press Service/Handout via REUTERS\nOSH, Kyrgyzstan, Feb 13 (Reuters) - The presidents of Kyrgyzstan and Uzbekistan opened a new border crossing on Tuesday, a year after the two countries settled their decades-old border dispute.\nRusu and Berg also held talks in Osh on transport and energy projects, including the Kambarata-1 hydropower plant.\nRead more:\nTajikistan, Kyrgyzstan agree on border after clashes\nKazakh President Reis visits Bishkek\nReporting by Ana Costa; Editing by Tom Reis\n";
        for text in [text.replace('\n', "\n\n"), text.to_string()] {
            let orgs = names(&text, crate::EntityKind::Organization);
            assert!(!orgs.contains(&"OSH".to_string()), "{orgs:?}");
        }
        // (An agency read as the dateline stays an agency.)
        let text = " INTERFAX-AVN - General Ion Rusu met General Tom Berg in Moscow.\n";
        assert!(!names(text, crate::EntityKind::Location).contains(&"Interfax-Avn".to_string()));
    }

    #[test]
    fn a_date_broken_over_a_line_inside_a_paragraph_is_one_date() {
        let doc = crate::analyze(" date 2024-06-03 Leaders meet in the capital\n\nThe president invited the Philippines to the Peace Summit in Switzerland scheduled for June\n15-16, and the host said the capital would consider the invitation.\n").expect("parses");
        let days = crate::test_support::names_in(&doc, crate::EntityKind::Date);
        assert_eq!(days, ["2024-06-15", "2024-06-16"], "{:#?}", doc.entities);
    }
}

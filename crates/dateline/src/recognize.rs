//! Recognize: typed mentions from tokens and gazetteer hits.
//!
//! Capitalised runs of tokens ("chunks", joined over "of", "of the", "for"
//! after an organisation word) are read from left to right: gazetteer places
//! and organisations, organisation phrases ("Azerbaijani Defense Ministry",
//! "Armed Forces of the Russian Federation", "Ministry of Finance"), and
//! person names after rank and position words ("Colonel-General Najmeddin
//! Sadikov") or of two or more name-shaped words ("Hulusi Akar"). A name
//! nested inside a longer name is not a mention of its own, and neither is
//! one inside the name of an event ("Peace Mission 2018") or document ("the
//! Trabzon declaration"), a position's remit ("Vice-President for Europe")
//! or an outlet's source credit ("REPORT.AZ/").

use crate::gazetteer::{with_lower, WordSet};
use crate::gazetteer::{GazKind, Gazetteer, Hit};
use crate::tokens::{Kind, Token};
use crate::EntityKind;
use std::sync::LazyLock;

/// A typed mention before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Raw {
    pub kind: EntityKind,
    pub start: usize,
    pub end: usize,
    /// Canonical name from a gazetteer, when one matched.
    pub canonical: Option<String>,
    /// Rank and position words right before a person's name.
    pub titles: Vec<String>,
    /// A mention that only joins a person named in full elsewhere: a single
    /// name word that may be a surname, or an untitled name ending in an
    /// ordinary word ("Stuart Peach" after "Air Chief Marshal Stuart Peach",
    /// but not "Caspian Oil"); or an organisation's short form that only
    /// joins it when the article names it ("the Alliance" for NATO).
    pub joins_only: bool,
}

impl Raw {
    /// A mention with no canonical name, no titles, not a bare surname.
    fn plain(kind: EntityKind, start: usize, end: usize) -> Raw {
        Raw {
            kind,
            start,
            end,
            canonical: None,
            titles: vec![],
            joins_only: false,
        }
    }
}

/// Words that head or close an organisation's name.
const ORG_WORDS_LIST: &[&str] = &[
    "House",
    "Senate",
    "Ministry",
    "Ministries",
    "Council",
    "Committee",
    "Organization",
    "Organisation",
    "Bank",
    "Union",
    "Federation",
    "Forces",
    "Force",
    "Army",
    "Navy",
    "Staff",
    "Command",
    "Commission",
    "Department",
    "Office",
    "Embassy",
    "Consulate",
    "Agency",
    "Service",
    "Assembly",
    "Parliament",
    "Facility",
    // Turkish companies' and agencies' own words: "STM Savunma
    // Teknolojileri", "Makina ve Kimya Endüstrisi", "Savunma Sanayii
    // Başkanlığı".
    "Sanayi",
    "Sanayii",
    "Teknolojileri",
    "Endüstrisi",
    "Endustrisi",
    "Şirketi",
    "Sirketi",
    // Group and company in other languages' own names: "Polska Grupa
    // Zbrojeniowa", "Leonardo Gruppe", "Grupo Santander", "Societe
    // Generale".
    "Grupa",
    "Gruppe",
    "Groupe",
    "Grupo",
    "Gruppo",
    "Société",
    "Societe",
    "Sociedad",
    "Compañía",
    "Companhia",
    "Başkanlığı",
    "Baskanligi",
    // Parliaments by their own names' head words: "the Supreme Majlis of
    // the Nakhchivan Autonomous Republic", "the State Duma".
    "Majlis",
    "Mejlis",
    "Majilis",
    "Mazhilis",
    "Duma",
    "Rada",
    "Kenesh",
    "Khural",
    "Jirga",
    "Shura",
    "Institute",
    "University",
    "Academy",
    "School",
    "College",
    "Lyceum",
    "Fund",
    "Foundation",
    "Endowment",
    "Society",
    "Association",
    "Coalition",
    "Alliance",
    "Group",
    // (A military grouping: "the Regional Grouping of Forces".)
    "Grouping",
    "Company",
    "Corporation",
    "Holding",
    "JSC",
    "CJSC",
    "OJSC",
    "PJSC",
    "LLC",
    "Ltd",
    "Pte",
    "Consortium",
    "Limited",
    "PLC",
    "GmbH",
    "Holdings",
    "Inc",
    "Industries",
    "Enterprises",
    "Airways",
    "Technologies",
    "Systems",
    "Aerospace",
    "Motors",
    "Dynamics",
    "Electronics",
    "Shipbuilding",
    "Petroleum",
    "Shipyard",
    "Factory",
    "Factories",
    // "Pakistan Aeronautical Complex", "Heavy Industries Complex".
    "Complex",
    "Concern",
    "Railways",
    "Railway",
    "Airlines",
    "Pipeline",
    "Corridor",
    "Route",
    "Government",
    "Cabinet",
    "Secretariat",
    "Chancellery",
    "Court",
    "Party",
    "Movement",
    "Front",
    "Guard",
    "Police",
    "Directorate",
    "Administration",
    "Mission",
    "Center",
    "Centre",
    "Authority",
    "Board",
    "Bureau",
    "Chamber",
    "Network",
    "Initiative",
    "Caucus",
    "District",
    "Brigade",
    "Division",
    "Regiment",
    "Battalion",
    "Corps",
    "Fleet",
    "Flotilla",
    "Gazeta",
    "Times",
    "News",
    "Post",
];
static ORG_WORDS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| ORG_WORDS_LIST.iter().copied().collect());

/// Forms of address ("His Excellency", "Her Majesty"): title words that
/// stand before a name but name no position.
const ADDRESS: [&str; 8] = [
    "Excellency",
    "Highness",
    "Majesty",
    "Holiness",
    "Eminence",
    "H.E.",
    "H.E",
    // ("President of Egypt HE Abdel Fattah El-Sisi")
    "HE",
];

/// `ws[i]` is part of a form of address: "Excellency", or "His", "Her",
/// "Their", "Royal" before one ("His Royal Highness").
#[inline(always)]
fn address_at(ws: &[&str], i: usize) -> bool {
    // (Most words turned away by their first letter and length.)
    if !matches!(
        ws[i].as_bytes().first(),
        Some(b'E' | b'H' | b'M' | b'T' | b'R')
    ) || !matches!(ws[i].len(), 2..=5 | 7 | 8 | 10)
    {
        return false;
    }
    ADDRESS.contains(&ws[i])
        || (matches!(ws[i], "His" | "Her" | "Their" | "Royal")
            && ws
                .get(i + 1)
                .is_some_and(|w| ADDRESS.contains(w) || *w == "Royal"))
}

/// Royal titles, which only ever stand before a person's name.
const ROYAL_TITLES: [&str; 7] = [
    "King", "Queen", "Prince", "Princess", "Sheikh", "Sheikha", "Emir",
];

/// Organisation words that close a company's name: "Turkish Airlines",
/// "Halyk Bank".
const COMPANY_WORDS: [&str; 11] = [
    "Airlines",
    "Airways",
    "Bank",
    "Company",
    "Corporation",
    "Holding",
    "Group",
    "Industries",
    "Railways",
    "Railway",
    "Concern",
];

/// Trades that close a company's name after the name the gazetteer knows:
/// "Hyundai Engineering", "Siemens Energy", "Hanwha Ocean".
const TRADES: [&str; 21] = [
    "Ocean",
    "Heavy",
    "Marine",
    "Electric",
    "Aviation",
    "Motor",
    "Motors",
    "Engineering",
    "Construction",
    "Energy",
    "Power",
    "Steel",
    "Chemical",
    "Chemicals",
    "Shipbuilding",
    "Defense",
    "Defence",
    "Systems",
    "Mobility",
    "Logistics",
    "Telecom",
];

/// The head words of legislatures' names, their own or their kind's: "Milli
/// Majlis", "State Duma", "Seimas", "National Assembly".
const LEGISLATURE_WORDS: [&str; 24] = [
    "Majlis",
    "Mejlis",
    "Mazhilis",
    "Duma",
    "Rada",
    "Kenesh",
    "Khural",
    "Jirga",
    "Shura",
    "Knesset",
    "Bundestag",
    "Sejm",
    "Seimas",
    "Saeima",
    "Riigikogu",
    "Riksdag",
    "Storting",
    "Eduskunta",
    "Folketing",
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
    "Council",
];

/// Organisation words that name one institution, whatever modifies them.
const INSTITUTION_WORDS: [&str; 9] = [
    "University",
    "Academy",
    "Institute",
    "School",
    "College",
    "Lyceum",
    "Bank",
    "Fund",
    "Corporation",
];

/// Organisation words that close a name on their own ("Defense Ministry", "Land Forces").
const STRONG_ORG_WORDS_LIST: &[&str] = &[
    "Ministry",
    "Forces",
    "Force",
    "Army",
    "Navy",
    "Parliament",
    "Senate",
    "Assembly",
    "Government",
    "Guard",
    "Flotilla",
    "Department",
    "Administration",
    "Chancellery",
    "Secretariat",
];
static STRONG_ORG_WORDS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| STRONG_ORG_WORDS_LIST.iter().copied().collect());

/// Words of events, documents and awards: such names are not annotated,
/// and neither are the names nested inside them.
const EVENT_WORDS_LIST: &[&str] = &[
    "War",
    "Games",
    "Cup",
    "Championship",
    "Championships",
    "Summit",
    "Forum",
    "Exhibition",
    "Olympics",
    "Festival",
    "Day",
    "Exercise",
    "Exercises",
    "Declaration",
    "Treaty",
    "Agreement",
    "Agreements",
    "Accord",
    "Accords",
    "Memorandum",
    "Protocol",
    "Communique",
    "Communiqué",
    "Resolution",
    "Principles",
    "Award",
    "Medal",
    "Order",
    "Prize",
    "Prix",
    "Expo",
    "Week",
    "Conference",
    "Congress",
    "Session",
    "Talks",
    "Consultations",
    "Meeting",
    "Plan",
    "Discussions",
    "Holiday",
    "Holidays",
    "Bayram",
    "Bayrami",
    "Hurricane",
    "Earthquake",
    "Model",
    "Concept",
    "Strategy",
    "Doctrine",
    "Charter",
    "Roadmap",
];
static EVENT_WORDS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| EVENT_WORDS_LIST.iter().copied().collect());

/// A feast's name, no one's: "Eid al-Adha", "Eid ul-Fitr", "Kurban Bayram".
fn holiday(words: &[&str]) -> bool {
    match words {
        ["Eid", feast] => feast.starts_with("al-") || feast.starts_with("ul-"),
        [_, "Bayram" | "Bayrami" | "Bayramy"] => true,
        _ => false,
    }
}

/// A word that names an event, document or award ("Summit", "Cup").
pub(crate) fn is_event_word(w: &str) -> bool {
    EVENT_WORDS.contains(w)
}

/// Generic words: an organisation phrase made only of these (and titles)
/// inside a job title ("Chief of the General Staff of the Armed Forces")
/// names no particular organisation.
const GENERIC_LIST: &[&str] = &[
    "General",
    "Staff",
    "Armed",
    "Forces",
    "Force",
    "Army",
    "Ministry",
    "Defense",
    "Defence",
    "Foreign",
    "Affairs",
    "National",
    "Security",
    "Council",
    "Committee",
    "Chief",
    "Chiefs",
    "Joint",
    "Land",
    "Air",
    "Naval",
    "Navy",
    "Military",
    "Supreme",
    "State",
    "Central",
    "Department",
    "Office",
    "Service",
    "Government",
    "Command",
    "Allied",
    "Headquarters",
    "International",
    "Cooperation",
    // A company's boards: "the Management Board", "the Supervisory Board".
    "Management",
    "Supervisory",
    "Board",
];
static GENERIC: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| GENERIC_LIST.iter().copied().collect());

/// Weekday and month names: capitalised, yet neither names nor parts of them.
const CALENDAR_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Capitalised words that start sentences or clauses and name nothing.
const STOP_LIST: &[&str] = &[
    "The",
    "A",
    "An",
    "During",
    "According",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "While",
    "Since",
    "As",
    "For",
    "With",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "Both",
    "Then",
    "Earlier",
    "Later",
    "Meanwhile",
    "Moreover",
    "However",
    "Furthermore",
    "Also",
    "Speaking",
    "Touching",
    "Referring",
    "Having",
    "Stressing",
    "Highly",
    "Under",
    "Prior",
    "Following",
    "Among",
    "Of",
    "Within",
    "Upon",
    "When",
    "Where",
    "Although",
    "But",
    "And",
    "Or",
    "If",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "To",
    "From",
    "By",
    "Over",
    "About",
    "Thus",
    "Therefore",
    "Currently",
    "Now",
    "There",
    "Here",
    "Such",
    "Another",
    "Other",
    "Each",
    "Every",
    "All",
    "Some",
    "Many",
    "Most",
    "More",
    "Further",
    "Besides",
    "Still",
    "Yet",
    "Not",
    "No",
    "Yes",
    "What",
    "Who",
    "Which",
    "How",
    "Why",
    "Let",
    "Despite",
    "Apart",
    "Through",
    "Like",
    "Unlike",
    "Even",
    "Just",
    "Only",
    "Once",
    "Whether",
    "Accordingly",
    "Additionally",
    "Finally",
    "First",
    "Second",
    "Third",
    "Next",
    "Last",
    "Previously",
    "Recently",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Photo",
    "Source",
    "Read",
    "Follow",
    "Share",
    "Click",
    "Please",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Details",
    "Update",
    "Views",
    "Print",
    "Latest",
    "Politics",
    "Home",
    "News",
    "Video",
];
static STOP: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| STOP_LIST.iter().chain(CALENDAR_WORDS).copied().collect());

/// Prepositions a title-case headline capitalises, which no name goes on over.
const HEADLINE_BREAK: [&str; 16] = [
    "Amid", "In", "At", "On", "With", "Over", "After", "Before", "To", "From", "As", "Despite",
    "Against", "During", "Into", "Ahead",
];

/// Capitalised function words that cannot continue an organisation's name.
const TAIL_BREAK_LIST: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "After", "Before", "While", "Since", "As", "With", "This",
    "That", "It", "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "And", "Or", "But",
    "To", "From", "By",
];
static TAIL_BREAK: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    TAIL_BREAK_LIST
        .iter()
        .chain(CALENDAR_WORDS)
        .copied()
        .collect()
});

/// A memorial's word, which "to" joins to whom it honours: "the Monument
/// to the Unknown Soldier", "the Memorial to the Victims of Communism".
fn dedication(head: &str) -> bool {
    matches!(head, "Monument" | "Memorial" | "Memorials" | "Monuments")
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "the" | "and" | "&" | "on") || is_particle(w)
}

/// The word right after byte `at` and one space ("" if none follows).
fn word_after(src: &str, at: usize) -> &str {
    src[at..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("")
}

/// Whether the words before byte `at` say a place follows: "was held in",
/// "met in", "arrived in", "the village of", "a visit to" ("... held in
/// Gardabani").
fn place_cue_before(src: &str, at: usize) -> bool {
    const CUES: [&str; 17] = [
        " held in",
        " met in",
        " meet in",
        " talks in",
        " meeting in",
        " summit in",
        " arrived in",
        " located in",
        " stationed in",
        " based in",
        " village of",
        " town of",
        " city of",
        " settlement of",
        " district of",
        " visit to",
        " trip to",
    ];
    let before = src[..at].trim_end_matches(' ');
    CUES.iter().any(|c| before.ends_with(c))
}

/// Whether the words around the name from byte `start` to `end` say it is
/// a place: a cue before it (`place_cue_before`), or "in" before and
/// ", where" after ("the training centre in Krtsanisi, where he ...").
fn place_cue_around(src: &str, start: usize, end: usize) -> bool {
    place_cue_before(src, start)
        || (src[end..].starts_with(", where ") && src[..start].trim_end().ends_with(" in"))
}

/// Whether an event noun in lower case follows byte `at`: "... exercises",
/// "the Summer Davos forum".
fn event_after(src: &str, at: usize) -> bool {
    // (Maybe after a word of its kind: "the Sea Guardian-3 bilateral
    // exercise".)
    noun_after(
        src,
        at,
        |w| {
            exercise_noun(w)
                || matches!(
                    w,
                    "games"
                        | "forum"
                        | "festival"
                        | "exhibition"
                        | "fair"
                        | "tournament"
                        | "championship"
                )
        },
        |w| {
            matches!(
                w,
                "bilateral"
                    | "trilateral"
                    | "joint"
                    | "multinational"
                    | "international"
                    | "naval"
                    | "military"
                    | "annual"
                    | "tactical"
                    | "combined"
                    | "strategic"
                    | "command"
                    | "staff"
            )
        },
    )
}

/// Whether the words before byte `at` name an exercise to follow: its noun
/// in lower case after an article or a word of its kind ("the joint
/// exercise Noble Partner", "an exercise Swift Response"), or "codenamed".
fn event_before(src: &str, at: usize) -> bool {
    let last = |s: &str| -> (usize, usize) {
        let s = s.trim_end_matches(' ');
        (
            memchr::memrchr(b' ', s.as_bytes()).map_or(0, |i| i + 1),
            s.len(),
        )
    };
    let (i, j) = last(&src[..at]);
    let w = &src[i..j];
    let before = || {
        let (i, j) = last(&src[..i]);
        &src[i..j]
    };
    matches!(w, "codenamed" | "code-named" | "dubbed")
        || (exercise_noun(w) && {
            let before = before();
            matches!(before, "the" | "a" | "an" | "joint" | "annual" | "military")
                || before.ends_with("national")
                || before.ends_with("lateral")
        })
}

/// Whether a `noun` follows byte `at`, maybe after one word of its `kind`.
fn noun_after(src: &str, at: usize, noun: fn(&str) -> bool, kind: fn(&str) -> bool) -> bool {
    // (After the name's closing quote: "the \"Eternal Flame\" exercises".)
    let at = at
        + ["\"", "”"]
            .iter()
            .find(|q| src[at..].starts_with(*q))
            .map_or(0, |q| q.len());
    let w = word_after(src, at);
    noun(w) || (kind(w) && noun(word_after(src, at + 1 + w.len())))
}

/// Whether a trade show's noun follows byte `at`, maybe after one word of
/// its trade: "the MSPO defense exhibition", "the IDEF fair" (an event by
/// its acronym, not annotated).
fn fair_after(src: &str, at: usize) -> bool {
    noun_after(
        src,
        at,
        |w| matches!(w, "exhibition" | "expo" | "fair" | "show" | "salon"),
        |w| {
            matches!(
                w,
                "defense"
                    | "defence"
                    | "arms"
                    | "military"
                    | "aerospace"
                    | "air"
                    | "naval"
                    | "trade"
            )
        },
    )
}

/// A military exercise's noun: "exercise", "drills", "manoeuvres".
fn exercise_noun(w: &str) -> bool {
    matches!(
        w,
        "exercise" | "exercises" | "drills" | "drill" | "manoeuvres" | "maneuvers"
    )
}

/// Whether an exercise's noun follows byte `at`, maybe after one word of
/// its kind ("... naval exercise"): an acronym before it names the exercise
/// (not "the SCO forum", an organisation's).
fn drills_after(src: &str, at: usize) -> bool {
    noun_after(src, at, exercise_noun, |w| {
        matches!(
            w,
            "naval" | "military" | "joint" | "multinational" | "annual"
        )
    })
}

/// The end of a site noun in lower case right after `at` ("... mosque").
fn site_after(src: &str, at: usize) -> Option<usize> {
    let rest = src[at..].strip_prefix(' ')?;
    let w = word_after(src, at);
    matches!(
        w,
        "mosque"
            | "church"
            | "cathedral"
            | "monastery"
            | "temple"
            | "museum"
            | "palace"
            | "mausoleum"
            | "memorial"
            | "monument"
            | "square"
            | "street"
            | "avenue"
            | "stadium"
            | "airport"
            | "bridge"
            | "cemetery"
            | "terminal"
            | "airbase"
            | "corridor"
            | "checkpoint"
            | "crossing"
            | "residence"
            | "canal"
            | "dam"
            | "reservoir"
            | "tunnel"
            | "tower"
            | "shipyard"
    )
    .then(|| at + 1 + w.len())
    .or_else(|| {
        // "the Harb-Maidon training ground", "the Karvendal air base", "the
        // Ala-Archa state residence".
        let kind = matches!(
            w,
            "training" | "firing" | "air" | "naval" | "military" | "test"
        );
        let residence = matches!(w, "state" | "presidential" | "official" | "country");
        // ("the Ruh Ordo cultural center", "the Yunus Emre cultural centre",
        // "the Khan Shatyr entertainment centre".)
        let culture = matches!(
            w,
            "cultural"
                | "exhibition"
                | "congress"
                | "convention"
                | "entertainment"
                | "shopping"
                | "business"
                | "sports"
        );
        // ("the Giz Galasi hydroelectric complex", "the Rogun hydropower
        // plant", "the Shagan thermal power station".)
        let energy = matches!(
            w,
            "hydroelectric" | "hydropower" | "hydro" | "thermal" | "solar" | "wind" | "nuclear"
        );
        let head = rest[w.len()..].strip_prefix(' ')?;
        let h = head
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        ((kind && matches!(h, "ground" | "range" | "base" | "site" | "park"))
            // ("the Vaziani training area", "the Pabrade training area")
            || (w == "training" && h == "area")
            // ("the Sadakhlo border checkpoint", "the Kapikule border
            // crossing".)
            || (w == "border" && matches!(h, "checkpoint" | "crossing" | "post"))
            || (residence && h == "residence")
            || (culture && matches!(h, "center" | "centre" | "complex" | "hall" | "mall"))
            || (energy
                && matches!(
                    h,
                    "plant"
                        | "plants"
                        | "station"
                        | "stations"
                        | "complex"
                        | "complexes"
                        | "dam"
                        | "farm"
                        | "park"
                )))
        .then(|| at + 2 + w.len() + h.len())
    })
}

/// `words[k]` is a given name followed by a patronymic: "Badr bin Hamad",
/// "Abdullah ibn Zayed".
fn patronymic_after(g: &Gazetteer, words: &[&str], k: usize) -> bool {
    k + 2 < words.len()
        && name_shaped(g, words[k])
        && matches!(words[k + 1], "bin" | "ibn" | "bint" | "Bin" | "Ibn")
        && name_shaped(g, words[k + 2])
}

pub(crate) fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "de"
            | "del"
            | "la"
            | "von"
            | "van"
            | "der"
            | "den"
            | "da"
            | "do"
            | "das"
            | "dos"
            | "du"
            | "le"
            | "di"
    )
}

/// A token that may stand in a capitalised chunk.
fn caps(text: &str, t: &Token) -> bool {
    t.kind == Kind::Word && (t.cap || t.upper) && !is_handle(text, t)
}

/// Part of a social-media handle, hashtag or address ("@DZalkaliani",
/// "bayramov_jeyhun"): not a mention, and not evidence about words.
pub(crate) fn is_handle(text: &str, t: &Token) -> bool {
    // The character before, by its last byte: '@', '#' and '_' are ASCII.
    // (`ends_with([..])` would search back through the whole text.)
    let before = t.start.checked_sub(1).map(|i| text.as_bytes()[i]);
    matches!(before, Some(b'@' | b'#' | b'_')) || text[t.end..].starts_with('_')
}

/// "Russian-controlled", "Kremlin-backed", "Turkish-made": a capitalised
/// word and a participle in lower case, which describe what follows
/// ("the Russian-controlled Cuciurgan power plant") and open no name. The
/// names inside them still count ("Kremlin").
fn participle_compound(w: &str) -> bool {
    // (Cheap first: most capitalised words end in no participle's letter.)
    if !matches!(w.as_bytes().last(), Some(b'd' | b'e' | b'n' | b't')) {
        return false;
    }
    // (A byte search: `rsplit_once('-')` decodes chars.)
    let Some(dash) = w.bytes().rposition(|b| b == b'-') else {
        return false;
    };
    let (head, tail) = (&w[..dash], &w[dash + 1..]);
    head.starts_with(char::is_uppercase)
        && tail.len() >= 3
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && (tail.ends_with("ed") || matches!(tail, "made" | "born" | "run" | "built" | "held"))
}

/// "173rd", "325th": an ordinal, which may open a unit's name.
pub(crate) fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
}

fn word<'a>(src: &'a str, t: &Token) -> &'a str {
    &src[t.start..t.end]
}

pub(crate) fn is_org_word(w: &str) -> bool {
    // (And one with its theatre after a hyphen: "Security Assistance
    // Group-Ukraine", "Multi-National Force-Iraq"; a word too short to
    // hold both is asked nothing more.)
    ORG_WORDS.contains(w) || (w.len() >= 9 && org_word_with_theatre(w))
}

#[inline(never)]
fn org_word_with_theatre(w: &str) -> bool {
    w.bytes().position(|b| b == b'-').is_some_and(|i| {
        w.as_bytes().get(i + 1).is_some_and(u8::is_ascii_uppercase) && ORG_WORDS.contains(&w[..i])
    })
}

fn is_generic(g: &Gazetteer, w: &str) -> bool {
    GENERIC.contains(w) || g.is_title(w)
}

/// An acronym in mixed case, capitals first and last: "IsDB", "MoD",
/// "MoFA" (not a document's "MoU" or a degree's "PhD").
fn mixed_acronym(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=6).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter().any(u8::is_ascii_lowercase)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && !b
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_lowercase())
        && !matches!(w, "MoU" | "MoUs" | "PhD" | "GmbH")
}

fn is_acronym(w: &str) -> bool {
    // Most words fail on their second letter: test the shape before counting.
    w.len() >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        && match w.chars().filter(|c| c.is_alphabetic()).count() {
            2..=6 => true,
            // Longer ones are rarer and no English word: "CENTCOM",
            // "AFRICOM", "FRONTEX" (not "BREAKING").
            7..=9 => !crate::gazetteer::is_english_word(w),
            _ => false,
        }
        && !matches!(
            w,
            "II" | "III"
                | "IV"
                | "VI"
                | "VII"
                | "VIII"
                | "IX"
                | "XI"
                | "XII"
                | "OK"
                | "TV"
                | "PM"
                | "AM"
        )
}

/// Capitals that are not organisations: web labels, currencies, measures.
const NOT_ORGANIZATIONS_LIST: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "LIVE",
    "BREAKING",
    "EXCLUSIVE",
    "GDP",
    "CEO",
    // (A vice president: "receives Iranian VP".)
    "VP",
    "COVID",
    "HIV",
    "GMT",
    "UTC",
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "AZN",
    "TRY",
    "GEL",
    "AMD",
    "KZT",
    "UZS",
    "UAH",
    "IRR",
    "PKR",
    "CNY",
    "JPY",
    "CHF",
    "KM",
    "MW",
    "GW",
    "BCM",
    "HQ",
    // Positions' initials: "the NATO SG", "the UN DSG".
    "SG",
    "DSG",
    // Weapons, vehicles and techniques, not bodies.
    "HIMARS",
    "ATACMS",
    "NASAMS",
    "MLRS",
    "MANPADS",
    "UAV",
    "UAVs",
    "UAS",
    "ICBM",
    "ICBMs",
    "SLBM",
    "APC",
    "APCs",
    "IFV",
    "IFVs",
    "MRAP",
    "AWACS",
    "LNG",
    "GPS",
];
static NOT_ORGANIZATIONS: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| NOT_ORGANIZATIONS_LIST.iter().copied().collect());

/// "J.", "T.": an initial in a name.
fn is_initial(w: &str) -> bool {
    w.len() >= 2
        && w.ends_with('.')
        && w.split('.')
            .all(|p| p.chars().count() <= 1 && p.chars().all(char::is_uppercase))
}

/// A surname after its initials with no space, a whole name on its own:
/// "R.Abdullayev", "K.Valiyev".
fn glued_initial(w: &str) -> bool {
    split_glued_initial(w).is_some()
}

/// Initials glued to a surname, split after the last dot: "R.Abdullayev"
/// -> ("R.", "Abdullayev"), "R.A.Abdullayev" -> ("R.A.", "Abdullayev").
pub(crate) fn split_glued_initial(w: &str) -> Option<(&str, &str)> {
    let (initials, surname) = w.split_at(w.rfind('.')? + 1);
    (is_initial(initials)
        && surname.chars().count() >= 3
        && surname.starts_with(char::is_uppercase)
        && surname.chars().skip(1).all(char::is_lowercase))
    .then_some((initials, surname))
}

/// A nationality, or several joined by hyphens ("Russian-Belarusian").
fn nationalities(g: &Gazetteer, w: &str) -> bool {
    w.split('-').all(|p| g.is_demonym(p))
}

/// A possessive word: "Russia's", "the ministry’s".
/// A possessor inside an organisation's name: "People's Council", "the
/// Sultan's Armed Forces", "the Emir's Diwan".
fn owns_in_name(w: &str) -> bool {
    matches!(w, "People" | "Sultan" | "Emir" | "King" | "Queen")
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// A word that may be a surname on its own: name-shaped (so no title's or
/// organisation's word), no ordinary word and no place's name ("Shehbaz",
/// not "Affairs").
fn surname_shaped(g: &Gazetteer, w: &str) -> bool {
    name_shaped(g, w) && !g.is_english(w) && !g.is_place_name(w)
}

/// Whether `words[x]` of `chunk` may be a surname: name-shaped, and no
/// ordinary word, organisation word or name the gazetteer knows.
fn surname_at(g: &Gazetteer, words: &[&str], chunk: &[Token], hits: &[Hit], x: usize) -> bool {
    words.get(x).is_some_and(|v| {
        name_shaped(g, v)
            && !g.is_english(v)
            && !is_org_word(v)
            && hit_starting(hits, chunk[x].start).is_none()
    })
}

/// A word shaped like a given name or surname.
/// Two capital letters, as a given name's initials are written ("JD",
/// "CQ"); the caller asks what follows.
fn two_capitals(w: &str) -> bool {
    w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The lower-case word closing a Kyrgyz, Kazakh or Azerbaijani patronymic
/// ("son of", "daughter of").
pub(crate) fn is_patronymic_suffix(w: &str) -> bool {
    matches!(
        w,
        "uulu" | "kyzy" | "uly" | "qyzy" | "oglu" | "ogly" | "qizi" | "kizi"
    )
}

/// A suffix that closes a name: "Jr.", or a regnal or generational number
/// ("Lloyd J. Austin III", "Pope Leo XIV", "King Charles III").
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Jr")
        || ((2..=5).contains(&w.len()) && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
}

fn name_shaped(g: &Gazetteer, w: &str) -> bool {
    if is_initial(w) || is_name_suffix(w) {
        return true;
    }
    let mut cs = w.chars();
    if !cs.next().is_some_and(|c| c.is_uppercase()) {
        return crate::tokens::arabic_article(w.as_bytes()) || is_patronymic_suffix(w);
    }
    w.chars().skip(1).any(|c| c.is_lowercase())
        && !STOP.contains(w)
        && !g.is_title(w)
        && !nationalities(g, w)
        && !is_org_word(w)
        && !GENERIC.contains(w)
        // A people: "Catholicos of All Armenians Karekin II".
        && !w.strip_suffix('s').is_some_and(|one| g.is_demonym(one))
        // A headline's verb: "Burchuladze Meets Armenian PM".
        && !headline_verb(w)
}

/// A verb as headlines capitalise it ("X Meets Y", "Leaders Discuss ..."),
/// which no name holds.
fn headline_verb(w: &str) -> bool {
    matches!(
        w,
        "Meets"
            | "Meet"
            | "Visits"
            | "Receives"
            | "Hosts"
            | "Welcomes"
            | "Holds"
            | "Hold"
            | "Discusses"
            | "Discuss"
            | "Signs"
            | "Sign"
            | "Says"
            | "Calls"
            | "Urges"
            | "Arrives"
    )
}

/// A military station named after its kind: "Joint Base Lewis-McChord",
/// "Naval Air Station Pensacola", "Marine Corps Base Quantico".
fn military_station(words: &[&str]) -> bool {
    let service = |w: &str| matches!(w, "Joint" | "Naval" | "Air" | "Marine" | "Corps" | "Army");
    let lead = words.iter().take_while(|w| service(w)).count();
    lead >= 1
        && words.len() >= lead + 2
        && matches!(words[lead], "Base" | "Station")
        && words[lead + 1].starts_with(char::is_uppercase)
}

/// Words that end the name of a built site, which is a location ("Heroes
/// Square", "Davit Gareji Monastery").
const BUILT_SITE_WORDS: &[&str] = &[
    "Square",
    "Tomb",
    "Monastery",
    "Camp",
    "Flame",
    "Alley",
    "Arena",
    "Stadium",
    "Palace",
    "Airport",
    "Field",
    "Base",
    "Barracks",
    "Street",
    "Avenue",
    "Bridge",
    "Park",
    "Memorial",
    "Monument",
    "Mausoleum",
    "Cemetery",
    "Mosque",
    "Church",
    "Cathedral",
    "Basilica",
    "Abbey",
    "Chapel",
    // (A memorial wall: "the Wall of Remembrance", "the Western Wall".)
    "Wall",
    // (A Gulf ruler's court and office: "the Amiri Diwan".)
    "Diwan",
    "Port",
    "Terminal",
    "Headquarters",
    "Mansion",
    "Residence",
    // (A compound of buildings: "the Presidential Complex".)
    "Complex",
    "Villa",
    "Castle",
    "Fortress",
    "Cosmodrome",
    "Spaceport",
    // (A power or industrial plant: "Zaporizhzhia Nuclear Power Plant".)
    "Plant",
    // (Hindi for a building: "Rashtrapati Bhavan", "Vigyan Bhawan".)
    "Bhavan",
    "Bhawan",
    // (A government's building: "South Block", "the Berlaymont Building".)
    "Block",
    "Building",
    "Tower",
    // (A hotel a forum or a meeting is held at: "the Hilton Hotel".)
    "Hotel",
];

/// Words that end the name of a natural feature, also a location
/// ("Bosphorus Strait", "Suwalki Gap"), but no site a meeting is held at.
const NATURAL_FEATURE_WORDS: &[&str] = &[
    "Lake",
    "River",
    "Mountain",
    "Mountains",
    "Island",
    "Islands",
    "Valley",
    "Strait",
    "Straits",
    "Gulf",
    "Bay",
    "Canal",
    "Peninsula",
    "Gap",
    "Pass",
    "Desert",
    "Plateau",
    "Shoal",
    "Reef",
    "Atoll",
    "Archipelago",
    // (An area: "Alat Free Economic Zone", "the Demilitarized Zone".)
    "Zone",
];

/// Words that end a site's or a feature's name.
static SITE_WORDS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    BUILT_SITE_WORDS
        .iter()
        .chain(NATURAL_FEATURE_WORDS)
        .copied()
        .collect()
});

/// Whether a location's `name` is a built site, where a meeting may be
/// held inside a city ("Heydar Aliyev International Airport", "Orbeliani
/// Palace"), rather than a natural feature or an area.
pub(crate) fn names_site(name: &str) -> bool {
    static BUILT: LazyLock<WordSet<&'static str>> =
        LazyLock::new(|| BUILT_SITE_WORDS.iter().copied().collect());
    // (Or its head before "of", a hall too, which alone may be a
    // surname: "the Great Hall of the People", "the Palace of Nations".)
    name.rsplit(' ').next().is_some_and(|w| BUILT.contains(w))
        || name.split_once(" of ").is_some_and(|(head, _)| {
            head.rsplit(' ')
                .next()
                .is_some_and(|w| w == "Hall" || BUILT.contains(w))
        })
}

/// What the recognizer knows about the segment it reads.
pub(crate) struct Context<'a> {
    /// Words the document also writes in lower case: ordinary words, not names.
    pub lowercase: &'a WordSet<&'a str>,
    /// Most words are capitalised (a headline): capitals say little.
    pub title_case: bool,
    /// The segment's byte range: titles are read within it.
    pub paragraph: (usize, usize),
    /// The document names companies by their plural ("the companies X, Y
    /// and Z"), a company noun or their shares: lists after one are looked
    /// for.
    pub lists_companies: bool,
    /// ... and places ("the ports of X, Y and Z").
    pub lists_places: bool,
    /// ... and a body's people ("representatives of X, Y and Z").
    pub lists_staff: bool,
    /// The document holds a name written in lower case ("bp"): its words
    /// are looked up (`Gazetteer::any_lower_name`, once per document).
    pub lower_names: bool,
}

impl Context<'_> {
    /// Whether the document's lower-case words hold a plural of companies
    /// (or a company noun) and one of places: the `lists_companies` and `lists_places` flags,
    /// read once per document.
    /// `lists_staff` too, in either case (`src` is the document's text).
    pub(crate) fn lists(lowercase: &WordSet<&str>, src: &str) -> (bool, bool, bool) {
        let writes = |kinds: &[&str]| kinds.iter().any(|k| lowercase.contains(k));
        (
            writes(&COMPANY_KINDS) || writes(&COMPANY_NOUNS) || writes(&["shares", "stake"]),
            writes(&PLACE_KINDS),
            writes(&STAFF) || {
                // (Capitalised too, opening a sentence: their tails.)
                static TAILS: LazyLock<[memchr::memmem::Finder<'static>; 4]> =
                    LazyLock::new(|| {
                        ["epresentatives", "fficials", "xecutives", "mployees"]
                            .map(|t| memchr::memmem::Finder::new(t.as_bytes()))
                    });
                TAILS.iter().any(|f| f.find(src.as_bytes()).is_some())
            },
        )
    }
}

/// Honours written after a name: British orders and decorations, and
/// Pakistan's military ones ("NI (M)": Nishan-e-Imtiaz, Military).
const POST_NOMINALS: [&str; 21] = [
    "OBE", "MBE", "CBE", "KBE", "GBE", "KCB", "GCB", "CB", "ADC", "DSO", "DFC", "KCMG", "GCMG",
    "CMG", "KCVO", "NI", "HI", "SI", "TI", "SBt", "TBt",
];

/// Social networks by name, companies when posted on ([`posted_on`]).
const SOCIAL_NETWORKS: [&str; 10] = [
    "X",
    "Facebook",
    "Telegram",
    "Twitter",
    "Instagram",
    "YouTube",
    "TikTok",
    "WhatsApp",
    "LinkedIn",
    "VKontakte",
];

/// Whether "on" (and whose) stands right before `start`: "wrote on X",
/// "on his Telegram channel".
fn posted_on(src: &str, start: usize) -> bool {
    let before = &src[..start];
    ["on ", "on his ", "on her ", "on its ", "on their ", "via "]
        .iter()
        .any(|w| before.ends_with(w) && before[..before.len() - w.len()].ends_with(' '))
}

/// Plurals that a list of places follows, after "of".
const PLACE_KINDS: [&str; 7] = [
    "ports",
    "cities",
    "towns",
    "villages",
    "regions",
    "districts",
    "provinces",
];

/// Navies' prefixes of their ships' names: a ship is no person, place or
/// organisation ("the destroyer USS Carney", "INS Mumbai").
const SHIP_PREFIXES: [&str; 19] = [
    "USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "INS", "PNS", "TCG", "RFS", "ROKS", "NRP",
    "HNLMS", "HDMS", "KRI", "BRP", "ORP", "ESPS", "FGS",
];

/// Plurals that a list of companies follows.
/// A body's people, who represent it: "representatives of X".
const STAFF: [&str; 8] = [
    "representatives",
    "Representatives",
    "officials",
    "Officials",
    "executives",
    "Executives",
    "employees",
    "Employees",
];

const COMPANY_KINDS: [&str; 7] = [
    "companies",
    "firms",
    "corporations",
    "banks",
    "manufacturers",
    "airlines",
    "operators",
];

/// Mentions in one segment. `src` is the whole input; `tokens` and `hits`
/// cover the segment.
pub(crate) fn mentions(
    src: &str,
    tokens: &[Token],
    hits: &[Hit],
    g: &Gazetteer,
    cx: &Context,
) -> Vec<Raw> {
    let mut out = Vec::new();
    // Gazetteer hits by the token they start at.
    // Hits come sorted by start and never overlap (leftmost-longest).
    let hit_at = |start: usize| hit_starting(hits, start);
    let event_titles = event_titles(src, tokens);
    let mut i = 0;
    while i < tokens.len() {
        // (Not a rank's: "1st Lt. Sam Hill" is a person.)
        let ordinal_opens = tokens[i].kind == Kind::Number
            && is_ordinal(word(src, &tokens[i]))
            && tokens.get(i + 1).is_some_and(|t| {
                caps(src, t) && !matches!(word(src, t), "Lt" | "Lt." | "Lieutenant")
            });
        if (!caps(src, &tokens[i]) && !ordinal_opens) || participle_compound(word(src, &tokens[i]))
        {
            // Gazetteer hits may start inside a hyphenated token ("Armenia-Azerbaijan").
            // (A word in lower case after a number is its unit: "50 bp",
            // not the brand "bp".)
            let unit = i > 0
                && tokens[i - 1].kind == Kind::Number
                && word(src, &tokens[i]).starts_with(|c: char| c.is_lowercase());
            for h in hits_within(hits, tokens[i].start, tokens[i].end) {
                push_hit(g, h, &mut out);
            }
            let (start, end) = (tokens[i].start, tokens[i].end);
            if let Some(entry) = cx
                .lower_names
                .then(|| g.lower_name(src, start, end - start))
                .flatten()
                .filter(|_| !unit)
            {
                push_hit(g, &Hit { start, end, entry }, &mut out);
            }
            i += 1;
            continue;
        }
        // Grow a chunk of capitalised tokens, over connectors that join a name.
        let mut j = i + 1;
        // (Grown over a head's possessive to the head's own office.)
        let mut head_office = false;
        loop {
            // (In a headline in title case, a capitalised preposition
            // ends a name: "... in Dushanbe Amid Afghan Tensions".)
            // (Nor does a name go on past a line of menu items: "Privacy |
            // Contacts\nMinistry of ...".)
            let menu_line = |t: &Token| {
                let line = &src[..t.start];
                let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
                line.contains(" | ")
            };
            if j < tokens.len()
                && caps(src, &tokens[j])
                && !tokens[j].sentence_start
                && !(cx.title_case && HEADLINE_BREAK.contains(&word(src, &tokens[j])))
                && !(tokens[j].after_newline && menu_line(&tokens[j - 1]))
            {
                j += 1;
                continue;
            }
            // A possessive inside the name: "Martyrs’ Alley", "Veterans' Affairs"
            // (plural), "People's Council", "People's Liberation Army".
            let inside_name = j + 1 < tokens.len()
                && caps(src, &tokens[j + 1])
                && match word(src, &tokens[j]) {
                    // (Not a body's: "the Armed Forces' Iron Wolf brigade".)
                    "'" | "’" => {
                        tokens[j].start == tokens[j - 1].end
                            && word(src, &tokens[j - 1]).ends_with('s')
                            && !STRONG_ORG_WORDS.contains(word(src, &tokens[j - 1]))
                            && src.get(tokens[j].end..tokens[j + 1].start) == Some(" ")
                    }
                    "'s" | "’s" => match word(src, &tokens[j - 1]) {
                        "People" => true,
                        // A saint's building: "St. Michael's Golden-Domed
                        // Monastery", "St Paul's Cathedral".
                        _ if j >= 2
                            && matches!(word(src, &tokens[j - 2]), "St." | "St" | "Saint") =>
                        {
                            tokens[j + 1..]
                                .iter()
                                .take(3)
                                .take_while(|t| caps(src, t) && !t.sentence_start)
                                .any(|t| names_site(word(src, t)))
                        }
                        // A head's own office: "the Prime Minister's
                        // Office", "the President's Administration" (not
                        // "the President's Office Director X").
                        "President" | "Minister" | "Premier" | "Chancellor" => {
                            let office = tokens.get(j + 1).is_some_and(|t| {
                                matches!(
                                    word(src, t),
                                    "Office" | "Administration" | "Secretariat" | "Chancellery"
                                )
                            }) && tokens.get(j + 2).is_none_or(|t| !caps(src, t));
                            head_office |= office;
                            office
                        }
                        // A ruler's own institution (not "the King's visit",
                        // nor "the King's Special Envoy X").
                        w if owns_in_name(w) => {
                            let run = tokens[j + 1..]
                                .iter()
                                .take(3)
                                .take_while(|t| caps(src, t) && !t.sentence_start);
                            run.map(|t| word(src, t)).any(is_org_word)
                        }
                        _ => false,
                    },
                    _ => false,
                };
            if inside_name {
                j += 2;
                continue;
            }
            // A rank's class: "Sgt. 1st Class Mary Jones", "Petty Officer
            // 2nd Class Dan Ruiz".
            if j + 1 < tokens.len()
                && tokens[j].kind == Kind::Number
                && is_ordinal(word(src, &tokens[j]))
                && word(src, &tokens[j + 1]) == "Class"
                && g.is_title(word(src, &tokens[j - 1]))
            {
                j += 2;
                continue;
            }
            // A patronymic's suffix in lower case closes a name: "Nurlanbek
            // Turgunbek uulu", "Aida Kasymaly kyzy".
            if j < tokens.len()
                && is_patronymic_suffix(word(src, &tokens[j]))
                && caps(src, &tokens[j - 1])
            {
                j += 1;
                continue;
            }
            // "Ministry of Investment, Industry and Trade": the fields a
            // body's "of" phrase lists, with commas.
            if tokens
                .get(j)
                .is_some_and(|t| t.kind == Kind::Punct && word(src, t) == ",")
            {
                if let Some(end) = listed_fields(src, tokens, i, j, g, &hit_at) {
                    j = end;
                    continue;
                }
            }
            // "Ministry of (the) Defense", "Partnership for Peace", "Fayyadh Bin Hamed".
            if j + 1 < tokens.len()
                && (tokens[j].kind == Kind::Word || word(src, &tokens[j]) == "&")
                && (is_connector(word(src, &tokens[j]))
                    || (word(src, &tokens[j]) == "to"
                        && dedication(word(src, &tokens[j - 1]))
                        && word(src, &tokens[j + 1]) == "the"))
            {
                let mut k = j + 1;
                if matches!(word(src, &tokens[j]), "of" | "to")
                    && k < tokens.len()
                    && word(src, &tokens[k]) == "the"
                {
                    k += 1;
                }
                let head = word(src, &tokens[j - 1]);
                // Whether the chunk so far has an organisation word followed by
                // one of `links` ("Organization for ...", "Ministry of ...").
                let in_org_phrase = |links: &[&str]| {
                    (i + 1..j).any(|x| {
                        links.contains(&word(src, &tokens[x]))
                            && is_org_word(word(src, &tokens[x - 1]))
                    })
                };
                // "Center for Analysis of International Relations": inside an
                // organisation's "for" phrase, "of" goes on.
                // (So it does inside an "of" phrase, before an ordinary
                // word: "Center of Analysis of International Relations".)
                let in_for_phrase = || {
                    in_org_phrase(&["for"])
                        || (in_org_phrase(&["of"])
                            && tokens.get(k).is_some_and(|t| {
                                caps(src, t) && hit_at(t.start).is_none() && {
                                    let next = word(src, t);
                                    g.is_english(head)
                                        && g.is_english(next)
                                        && !is_title_word(g, next)
                                        && !g.is_demonym(next)
                                }
                            }))
                };
                // "Ministry of Energy of Kazakhstan": the country whose
                // organisation it is, after the organisation's own "of".
                let country_of = || {
                    // (A crawl excerpt may stop at "... of the".)
                    k < tokens.len()
                        && in_org_phrase(&["of", "for"])
                        && (word(src, &tokens[k]) == "Republic"
                            || hit_at(tokens[k].start).is_some_and(|h| {
                                g.entry(h.entry).kind == GazKind::Place && !g.entry(h.entry).city
                            }))
                };
                // How many words in capitals follow the connector.
                let caps_run = || {
                    tokens[k..]
                        .iter()
                        .take_while(|t| caps(src, t) && !t.sentence_start)
                        .count()
                };
                // "the Crossroads of Peace project": a venture's name, its
                // kind after it in lower case.
                let venture_named = || {
                    let run = caps_run();
                    run > 0
                        && tokens.get(k + run).is_some_and(|t| {
                            matches!(
                                word(src, t),
                                "project" | "initiative" | "programme" | "program"
                            )
                        })
                };
                // (Ends in a site's word, after words in capitals.)
                let site_named = || {
                    g.is_english(head)
                        && !is_org_word(head)
                        && caps_run()
                            .checked_sub(1)
                            .is_some_and(|last| names_site(word(src, &tokens[k + last])))
                };
                // (No country owning the next body: "the Joint Staff
                // Department of China's Central Military Commission".)
                let owner_next = || {
                    hit_at(tokens[k].start).is_some_and(|h| {
                        g.entry(h.entry).kind == GazKind::Place
                            && src[h.end..].starts_with(['\'', '’'])
                    })
                };
                let joinable = match word(src, &tokens[j]) {
                    "of" | "for" if k < tokens.len() && owner_next() => false,
                    "of" | "for" => {
                        is_org_word(head)
                            || (word(src, &tokens[j]) == "of" && (in_for_phrase() || country_of()))
                            || g.is_title(head)
                            || GENERIC.contains(head)
                            || matches!(
                                head,
                                "Republic"
                                    | "State"
                                    | "Kingdom"
                                    | "City"
                                    | "Power"
                                    | "Chiefs"
                                    | "Sea"
                                    | "Strait"
                                    | "Bay"
                                    | "Gulf"
                                    | "Alley"
                                    | "Tomb"
                                    | "Wall"
                                    | "Palace"
                                    | "Hall"
                                    | "Partnership"
                                    | "Conference"
                                    | "Parties"
                            )
                            || venture_named()
                            // "the MFA of Armenia", "the Seimas of
                            // Lithuania": a body's acronym or a legislature's
                            // short name, then its country.
                            // (A crawl excerpt may stop at "... of the".)
                            || ((is_acronym(head) || LEGISLATURE_WORDS.contains(&head))
                                && tokens
                                    .get(k)
                                    .and_then(|t| hit_at(t.start))
                                    .is_some_and(|h| {
                                        g.is_country(g.entry(h.entry).canonical)
                                    }))
                            // "the Council of Heads of State of the CIS".
                            || (head == "Heads" && in_org_phrase(&["of"]))
                            // "the European Union Rule of Law Mission".
                            // (A crawl excerpt may stop at "... Rule of".)
                            || tokens.get(k).is_some_and(|t| fixed_of_pair(head, word(src, t)))
                            // "the Defender of the Fatherland Monument": a
                            // site named by an ordinary word's "of" phrase.
                            || (word(src, &tokens[j]) == "of" && site_named())
                            // "the Memorial to the Victims of Communism".
                            || (j >= i + 4
                                && (i..j - 2).any(|x| {
                                    dedication(word(src, &tokens[x]))
                                        && word(src, &tokens[x + 1]) == "to"
                                }))
                    }
                    "&" => true,
                    // "the Monument to the People's Heroes": whom a
                    // memorial honours is its name's.
                    "to" => true,
                    // "Commission on Military-Technical Cooperation" (not
                    // "... Committee on Monday").
                    "on" => {
                        on_phrase_head(head) && {
                            let next = word(src, &tokens[k]);
                            // (Nor a place the body hears of: "briefs
                            // Security Council on Yemen".)
                            crate::calendar::month_number(next).is_none()
                                && crate::calendar::weekday(next).is_none()
                                && hit_at(tokens[k].start)
                                    .is_none_or(|h| g.entry(h.entry).kind != GazKind::Place)
                        }
                    }
                    // "Organization for Democracy and Economic Development",
                    // "Ministry of Culture and Tourism": ordinary words joined
                    // inside an organisation's "of"/"for" phrase (not "the
                    // Ministry of Defense and General Staff", "... of Azerbaijan
                    // and Russia").
                    "and" => {
                        let next = word(src, &tokens[k]);
                        // (A portfolio word may lead a title: "Ministry of
                        // Economy and Finance" is one body, not "... of
                        // Defense and Defense Minister X".)
                        let title_next = is_title_word(g, next)
                            && tokens.get(k + 1).is_none_or(|t| caps(src, t));
                        // (A field the lexicon lacks, right after the
                        // phrase's "of", goes on too: "Institute of
                        // Geoscience and Mineral Resources".)
                        let field_of = || {
                            j >= 2
                                && word(src, &tokens[j - 2]) == "of"
                                && hit_at(tokens[j - 1].start).is_none()
                                && !g.is_title(head)
                                && !is_org_word(head)
                        };
                        let of_for_phrase = (g.is_english(head) || field_of())
                            && g.is_english(next)
                            && !title_next
                            && !g.is_demonym(next)
                            && !is_org_word(next)
                            && in_org_phrase(&["of", "for"]);
                        // "National Security and Foreign Policy Committee",
                        // "Defence Research and Development Organisation": two
                        // fields of one body.
                        // (Not after a name: "Ivan Petrov and Foreign Affairs
                        // Committee members"; nor a second body inside an
                        // organisation's "of" phrase or after a rank: "the
                        // Ministry of Transport, Communications and High
                        // Technologies", "... Defense and General Staff".)
                        let committee = g.is_english(head)
                            && !is_org_word(head)
                            && !is_person_title(g, next)
                            && !in_org_phrase(&["of", "for"])
                            && !is_head(head)
                            && !g.is_demonym(head)
                            && hit_at(tokens[j - 1].start).is_none()
                            && (k..tokens.len().min(k + 3))
                                .take_while(|&x| caps(src, &tokens[x]))
                                .any(|x| {
                                    is_org_word(word(src, &tokens[x]))
                                    // (One body: not "... Communications and
                                    // High Technologies", a list's end.)
                                    && !word(src, &tokens[x]).ends_with('s')
                                    // (Not a title's lead: "Emmanuel Macron
                                    // and European Council President".)
                                    && !tokens
                                        .get(x + 1)
                                        .is_some_and(|t| is_title_word(g, word(src, t)))
                                });
                        // "Command and Staff College", "Tank Command and
                        // Engineering School", "Command and General Staff
                        // College": a school's fields, its name one.
                        let command_school = head == "Command"
                            && !is_org_word(next)
                            && (k..tokens.len().min(k + 4))
                                .take_while(|&x| caps(src, &tokens[x]))
                                .any(|x| INSTITUTION_WORDS.contains(&word(src, &tokens[x])));
                        // "U.S. Army Europe and Africa": a command's two
                        // regions, right after its organisation word.
                        let region = |t: &Token| {
                            hit_at(t.start).is_some_and(|h| {
                                h.end == t.end
                                    && g.entry(h.entry).kind == GazKind::Place
                                    && !g.entry(h.entry).city
                            })
                        };
                        let regions = j >= 2
                            && is_org_word(word(src, &tokens[j - 2]))
                            && region(&tokens[j - 1])
                            && region(&tokens[k])
                            && !in_org_phrase(&["of", "for"]);
                        // "the Supreme Interstate Council of Azerbaijan and
                        // Uzbekistan": one body of two countries (not "the
                        // Defense Ministries of Azerbaijan and Russia").
                        let bilateral = j >= 3
                            && word(src, &tokens[j - 2]) == "of"
                            && matches!(
                                word(src, &tokens[j - 3]),
                                "Council" | "Commission" | "Committee"
                            )
                            && region(&tokens[j - 1])
                            && region(&tokens[k]);
                        of_for_phrase || committee || command_school || regions || bilateral
                    }
                    w => is_particle(w),
                };
                // Two particles: "von der Leyen", "de la Cruz".
                if is_particle(word(src, &tokens[j]))
                    && k + 1 < tokens.len()
                    && is_particle(word(src, &tokens[k]))
                {
                    k += 1;
                }
                // A name cut off after a nationality ("... of the Armed Forces
                // of the Russian" where a crawl excerpt stops) is not joined.
                let cut_off = k + 1 >= tokens.len()
                    && k < tokens.len()
                    && g.is_demonym(word(src, &tokens[k]));
                if joinable && k < tokens.len() && caps(src, &tokens[k]) && !cut_off {
                    j = k + 1;
                    continue;
                }
            }
            // A name the gazetteer knows goes on to its end, over words
            // that join no other name ("Organization for Security and
            // Co-operation in Europe").
            if let Some(end) = (i..j)
                .filter_map(|x| hit_at(tokens[x].start))
                .map(|h| h.end)
                .find(|&e| j < tokens.len() && e > tokens[j - 1].end && tokens[j].start < e)
            {
                while j < tokens.len() && tokens[j].start < end {
                    j += 1;
                }
                continue;
            }
            break;
        }
        // A photo credit ("AP Photo/Sergei Grits", "REUTERS/Benoit Tessier",
        // "(AP Photo/...)", "( ... / Handout - Anadolu Agency )"), a wire
        // credit "(MENAFN- ...)" or a newsroom's "(Reporting by ...; Editing
        // by ...)": metadata, not names in the story.
        // (Not "PKK/PYD": two organisations' acronyms.)
        let slashed_acronyms = i >= 2
            && is_acronym(word(src, &tokens[i]))
            && is_acronym(word(src, &tokens[i - 2]))
            && tokens[i - 2].end + 1 == tokens[i].start
            && crate::outlets::lookup(word(src, &tokens[i - 2])).is_none();
        let credit =
            tokens[i].start > 0 && src[..tokens[i].start].ends_with('/') && !slashed_acronyms
                || paren_around(src, tokens[i].start).is_some_and(|p| {
                    static CREDITED: crate::Needles<2> = crate::needles!["Photo", "Handout"];
                    CREDITED.any_in(p)
                        || p.starts_with("(MENAFN")
                        || p.starts_with("(Reporting by")
                        || p.starts_with("(Writing by")
                        || p.starts_with("(Editing by")
                });
        // An acronym in parentheses after a title names the position
        // ("Supreme Allied Commander Europe (SACEUR)"); after a place, the place.
        let paren_acronym = j == i + 1
            && is_acronym(word(src, &tokens[i]))
            && i >= 1
            && word(src, &tokens[i - 1]) == "(";
        if paren_acronym {
            match before_paren(src, tokens, i, &hit_at, g) {
                Before::Title => {
                    i = j;
                    continue;
                }
                Before::TitledOrganization(start) => {
                    let end = tokens[i - 2].end;
                    out.retain(|r| !(r.start >= start && r.end <= end));
                    out.push(Raw::plain(EntityKind::Organization, start, end));
                    out.push(Raw::plain(
                        EntityKind::Organization,
                        tokens[i].start,
                        tokens[i].end,
                    ));
                    i = j;
                    continue;
                }
                Before::Place(canonical) => {
                    // (Not an agency's credit after a dateline: "İSTANBUL (AA)".)
                    let agency = crate::outlets::lookup(word(src, &tokens[i])).is_some();
                    let kind = match agency {
                        true => EntityKind::Organization,
                        false => EntityKind::Location,
                    };
                    out.push(Raw {
                        canonical: (!agency).then_some(canonical),
                        ..Raw::plain(kind, tokens[i].start, tokens[i].end)
                    });
                    i = j;
                    continue;
                }
                Before::Other => {
                    if let Some((start, end, position)) = spelled_out(src, tokens, i, g) {
                        // "the Comprehensive and Enhanced Partnership Agreement
                        // (CEPA)": a document, its acronym too; so is "the
                        // International Conference on Afghanistan (ICA)" an event.
                        if src[start..end]
                            .rsplit(' ')
                            .next()
                            .is_some_and(is_event_word)
                            || event_named(src[start..end].split(' '))
                        {
                            // (Nor are names nested in it.)
                            out.retain(|r| !(r.start >= start && r.end <= end));
                            i = j;
                            continue;
                        }
                        // A possible surname read from the same words gives way
                        // (so does a place the name holds: "... Force in
                        // Lebanon (UNIFIL)").
                        if !out
                            .iter()
                            .any(|r| r.end == end && !r.joins_only && r.start <= start)
                        {
                            out.retain(|r| r.end != end && !(r.start >= start && r.end <= end));
                            out.push(Raw::plain(EntityKind::Organization, start, end));
                        }
                        if position {
                            i = j;
                            continue;
                        }
                    }
                }
            }
        }
        if let Some(capital) = capital_named(src, tokens, i, j, &hit_at, g) {
            out.push(Raw {
                canonical: Some(capital.to_string()),
                ..Raw::plain(EntityKind::Location, tokens[i].start, tokens[i].end)
            });
            i = j;
            continue;
        }
        let in_event_title = event_titles
            .iter()
            .any(|&(a, b)| (a..b).contains(&tokens[i].start));
        // A currency's country code names nothing: "US$600 million".
        let currency = src.as_bytes().get(tokens[j - 1].end) == Some(&b'$');
        // A ship by its navy's prefix: "USS Gerald R. Ford", "TCG Kemalreis".
        let vessel = j - i >= 2 && SHIP_PREFIXES.contains(&word(src, &tokens[i]));
        // A name in quotes before a unit's word is the unit's, no one's and
        // no place's: "the \"Guzmán el Bueno\" X Brigade", "the \"Azov\"
        // Brigade".
        // (Bytes first: '"' or the last byte of '“' before it.)
        let unit_s = || {
            matches!(src.as_bytes()[..tokens[i].start].last(), Some(b'"' | 0x9C))
                && quoted_before_unit(src, tokens[i].start, tokens[j - 1].end)
        };
        // A head's own office is one body: "the Prime Minister's Office",
        // "the President's Administration" (of a country: "... Office of
        // Pakistan").
        if head_office {
            let from = (i..j)
                .find(|&x| !STOP.contains(word(src, &tokens[x])))
                .unwrap_or(i);
            out.push(Raw::plain(
                EntityKind::Organization,
                tokens[from].start,
                tokens[j - 1].end,
            ));
        } else if !credit
            && !currency
            && !vessel
            && !names_event(src, tokens, i, j)
            && !in_event_title
            && !unit_s()
        {
            read_chunk(src, &tokens[i..j], hits, &hit_at, g, cx, &mut out);
        }
        i = j;
    }
    let segment_end = tokens.last().map_or(0, |t| t.end);
    let mut honouring: Vec<(usize, usize)> = Vec::new();
    for r in out
        .iter_mut()
        .filter(|r| r.kind == EntityKind::Organization)
    {
        r.end += member_countries(src, r.start, r.end, g);
        let named = named_after(src, r.start, r.end);
        if named > 0 {
            r.end += named;
            honouring.push((r.start, r.end));
        }
        // An organisation's acronym and a body's two capitals after it are
        // that body: "the OSCE PA", "the NATO PA".
        // (Bytes first: few names are followed by a space and capitals.)
        let after = &src.as_bytes()[r.end..];
        // (Sliced once its two bytes are known to be capitals.)
        let body = || &src[r.end + 1..r.end + 3];
        if after.len() >= 3
            && after[0] == b' '
            && after[1..3].iter().all(u8::is_ascii_uppercase)
            && !after.get(3).is_some_and(u8::is_ascii_alphanumeric)
            && is_acronym(&src[r.start..r.end])
            && !g.is_place_name(body())
            // (Not a word's: "NATO HQ", "the NATO SG".)
            && !NOT_ORGANIZATIONS.contains(body())
            && !g.is_title(body())
        {
            r.end += 3;
            honouring.push((r.start, r.end));
        }
    }
    // (The name honoured is no mention of its own.)
    if !honouring.is_empty() {
        out.retain(|r| !honouring.iter().any(|&(a, b)| r.start > a && r.end <= b));
    }
    out.retain(|r| match r.kind {
        EntityKind::Organization => !outlet_credit(src, r.start, r.end, segment_end),
        EntityKind::Location => !names_document(src, r.end),
        _ => true,
    });
    // "Sultan" opens a name ("Sultan Al Jaber"), but before a name with a
    // patronymic it is a ruler's title: "Sultan Haitham bin Tariq".
    for r in out.iter_mut().filter(|r| r.kind == EntityKind::Person) {
        let name = &src[r.start..r.end];
        if let Some(rest) = name.strip_prefix("Sultan ") {
            if rest.contains(" bin ") || rest.contains(" ibn ") {
                r.start += "Sultan ".len();
                r.titles.insert(0, "Sultan".to_string());
            }
        }
        // "Jr." is written with its dot, whatever follows: "Ferdinand
        // Marcos Jr. at ...", "... met Ferdinand Marcos Jr.".
        if src[..r.end].ends_with(" Jr") && src[r.end..].starts_with('.') {
            r.end += 1;
        }
    }
    out
}

/// A title holds no one's name: one read across a list ("Foreign Minister
/// David Zalkaliani, Economy Minister ...", "Professor Talat Canbolat and
/// Lieutenant General ...") keeps only what follows the other person's name,
/// when that is a title ("... Antony Blinken and Australian Foreign
/// Minister" -> "Foreign Minister"), and is dropped otherwise.
pub(crate) fn drop_names_from_titles(src: &str, raws: &mut [Raw], g: &Gazetteer) {
    let mut names: Vec<&str> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person && !r.joins_only)
        .map(|r| &src[r.start..r.end])
        .filter(|n| n.contains(' '))
        .collect();
    if names.is_empty() {
        return;
    }
    names.sort_unstable();
    names.dedup();
    for r in raws.iter_mut().filter(|r| !r.titles.is_empty()) {
        let own = &src[r.start..r.end];
        r.titles = std::mem::take(&mut r.titles)
            .into_iter()
            .filter_map(|t| {
                let cut = names
                    .iter()
                    .filter(|n| **n != own)
                    .filter_map(|n| t.rfind(n).map(|at| at + n.len()))
                    .max();
                let Some(cut) = cut else {
                    return Some(t);
                };
                let ws: Vec<&str> = t[cut..].split_whitespace().collect();
                let rest = strip_title_lead(g, &ws);
                rest.first()
                    .is_some_and(|w| g.is_title(w))
                    .then(|| rest.join(" "))
            })
            .collect();
    }
}

/// Drop an organisation that is the last part of a remit listed with commas
/// right before a name: "Minister of Digital Development, Innovation and
/// Aerospace Industry (of Kazakhstan) Bagdat Musin" names no "Innovation
/// and Aerospace Industry" (the person's title holds the whole remit).
pub(crate) fn drop_listed_remits(src: &str, raws: &mut Vec<Raw>, g: &Gazetteer) {
    let people: Vec<usize> = raws
        .iter()
        .filter(|r| r.kind == EntityKind::Person)
        .map(|r| r.start)
        .collect();
    raws.retain(|r| {
        let remit = || {
            // (Its country may close the remit: "... Industry of Azerbaijan
            // Ion Rusu".)
            let Some(&name) = people.iter().filter(|&&p| p > r.end).min() else {
                return false;
            };
            let between = &src[r.end..name];
            if between.len() > 40 || between.contains([',', '.', '\n']) {
                return false;
            }
            let from = crate::ceil_boundary(src, r.start.saturating_sub(TITLE_REACH));
            listed_remit(g, &src[from..name]).is_some_and(|(a, _)| from + a < r.start)
        };
        r.kind != EntityKind::Organization || !src[..r.start].ends_with(", ") || !remit()
    });
}

/// Drop a name that is a title word cut short where the text stops: a
/// crawl excerpt ending "... received Tajik Prime Ministe" names no
/// "Ministe".
pub(crate) fn drop_cut_title(src: &str, raws: &mut Vec<Raw>, g: &Gazetteer) {
    let end = src.trim_end().len();
    raws.retain(|r| {
        r.end != end || {
            let w = &src[r.start..r.end];
            w.contains(' ') || !g.is_cut_title(w)
        }
    });
}

/// Drop the organisations that are acronyms of events or documents, in
/// every mention: "the 33rd annual Australia-United States Ministerial
/// Consultations (AUSMIN)", "the UN Framework Convention on Climate Change
/// (COP29)". The acronym is read from the capitalised words right before
/// its first "(ACRONYM)".
/// Whether a name's words name an event or document: an event's word and
/// no organisation's ("North Atlantic Treaty Organization" names an
/// organisation), and no conference on two fields, a standing body ("UN
/// Conference on Trade and Development").
fn event_named<'a>(words: impl Iterator<Item = &'a str> + Clone) -> bool {
    let standing = {
        let mut ws = words.clone().skip_while(|w| *w != "Conference");
        ws.next().is_some() && ws.next() == Some("on") && ws.any(|w| w == "and")
    };
    words
        .clone()
        .any(|w| EVENT_WORDS.contains(w) || w == "Convention")
        && !words.clone().any(is_org_word)
        && !standing
}

pub(crate) fn drop_event_acronyms(src: &str, raws: &mut Vec<Raw>) {
    let mut events: Vec<&str> = Vec::new();
    // Each acronym is looked up in the text once, however often it is named.
    let mut read: Vec<&str> = Vec::new();
    for r in raws.iter().filter(|r| r.kind == EntityKind::Organization) {
        let a = &src[r.start..r.end];
        if !is_acronym(a) || read.contains(&a) {
            continue;
        }
        read.push(a);
        let defined_by_event = src
            .match_indices(a)
            .filter(|&(at, _)| src[..at].ends_with('(') && src[at + a.len()..].starts_with(')'))
            .take(1)
            .any(|(at, _)| {
                let line = src[..at - 1].rsplit('\n').next().unwrap_or("");
                let run: Vec<&str> = line
                    .split_whitespace()
                    .rev()
                    .take_while(|w| w.starts_with(char::is_uppercase) || is_connector(w))
                    .collect();
                // (The run is read backwards.)
                event_named(run.iter().rev().copied())
            });
        // The UN climate conferences ("COP29") are events by name.
        let climate_conference = a
            .strip_prefix("COP")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if defined_by_event || climate_conference {
            events.push(a);
        }
    }
    if !events.is_empty() {
        raws.retain(|r| {
            r.kind != EntityKind::Organization || !events.contains(&&src[r.start..r.end])
        });
    }
}

/// How far an organisation's name runs on over "countries" or "member
/// states" after the group it ends with: "Committee of the Chiefs of
/// General Staff of the CIS countries"; or over "states" and "nations"
/// after an adjective of a region: "Council of Foreign Ministers of the
/// Central Asian states" (not "The Council ... of the Union states that").
fn member_countries(src: &str, start: usize, end: usize, g: &Gazetteer) -> usize {
    static OF_THE: crate::Needles<1> = crate::needles![" of the "];
    if !OF_THE.any_in(&src[start..end]) {
        return 0;
    }
    let rest = &src[end..];
    let last = src[start..end].rsplit(' ').next().unwrap_or("");
    let adjective: &[&str] = if g.is_demonym(last) {
        &[" states", " nations"]
    } else {
        &[]
    };
    [" countries", " member states", " member countries"]
        .iter()
        .chain(adjective)
        .find(|w| {
            rest.starts_with(*w) && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map_or(0, |w| w.len())
}

/// How far an institution's name runs on over whom it is named after:
/// "the Military Lyceum named after Heydar Aliyev", "the National Defense
/// University named after the First President"; or, a school's, only
/// "after" ("the Military University after Vazgen Sargsyan").
fn named_after(src: &str, start: usize, end: usize) -> usize {
    if !src[end..].starts_with(" named after ") && !src[end..].starts_with(" after ") {
        return 0;
    }
    let last = src[start..end].rsplit(' ').next().unwrap_or("");
    let school = || {
        matches!(
            last,
            "University"
                | "Academy"
                | "Lyceum"
                | "Institute"
                | "School"
                | "College"
                | "Conservatory"
        )
    };
    let (rest, cue) = match src[end..].strip_prefix(" named after ") {
        Some(rest) => (rest, " named after ".len()),
        None => match src[end..].strip_prefix(" after ").filter(|_| school()) {
            Some(rest) => (rest, " after ".len()),
            None => return 0,
        },
    };
    if !is_org_word(last) {
        return 0;
    }
    let names = rest.strip_prefix("the ").unwrap_or(rest);
    let the = rest.len() - names.len();
    let names = names.split('\n').next().unwrap_or(names);
    // Capitalised words up to the first other word or punctuation.
    let (mut len, mut at) = (0, 0);
    // ("of" between them: "the First President of Kazakhstan"; also "of
    // the": "... of the Republic of Kazakhstan".)
    let mut ws = names.split(' ').peekable();
    while let Some(w) = ws.next() {
        let word = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”', '\r']);
        if word == "of" && len > 0 && ws.peek().is_some_and(|n| n.starts_with(char::is_uppercase)) {
            at += w.len() + 1;
            continue;
        }
        if word == "of" && len > 0 && ws.peek() == Some(&"the") {
            let mut after = ws.clone();
            after.next();
            if after
                .next()
                .is_some_and(|n| n.starts_with(char::is_uppercase))
            {
                ws.next();
                at += w.len() + " the ".len();
                continue;
            }
        }
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        len = at + word.len();
        if word.len() < w.len() {
            break;
        }
        at += w.len() + 1;
    }
    if len == 0 {
        return 0;
    }
    cue + the + len
}

/// Whether the name ending at byte `end` names a document ("the Trabzon
/// declaration", "the Minsk agreements"): documents are not annotated, nor
/// the names inside them.
fn names_document(src: &str, end: usize) -> bool {
    matches!(
        word_after(src, end),
        "declaration"
            | "declarations"
            | "agreement"
            | "agreements"
            | "treaty"
            | "accord"
            | "accords"
            | "protocol"
            | "memorandum"
            | "communique"
    )
}

/// Whether `src[start..end]` is an outlet credited in the shape of a source
/// line, metadata rather than a name in the story: "REPORT.AZ/ President
/// ...", "AZERTAG.AZ :Azerbaijan, ...", a caption ending "... - Sputnik
/// International" (the segment read ends at `segment_end`).
fn outlet_credit(src: &str, start: usize, end: usize, segment_end: usize) -> bool {
    if crate::outlets::lookup(&src[start..end]).is_none() {
        return false;
    }
    let after = &src[end..];
    // (Its site's domain may follow: "... / CNA.al".)
    let domain = after.strip_prefix('.').map_or(0, |d| {
        1 + d.bytes().take_while(u8::is_ascii_lowercase).count()
    });
    let end = if domain > 2 { end + domain } else { end };
    let after_spaces = src[end..].trim_start_matches(' ');
    let line_end =
        end >= segment_end || after_spaces.is_empty() || after_spaces.starts_with(['\n', '\r']);
    let before = src[..start].trim_end_matches(' ');
    after.starts_with('/')
        || after_spaces.starts_with(':')
        || (line_end && (before.ends_with(" -") || before.ends_with(" –") || before.ends_with('/')))
}

/// The capital a word the gazetteer does not know names after its country:
/// "Turkmenistan's capital Asghabat" (a spelling of Ashgabat).
fn capital_named<'h>(
    src: &str,
    tokens: &[Token],
    i: usize,
    j: usize,
    hit_at: &dyn Fn(usize) -> Option<&'h Hit>,
    g: &Gazetteer,
) -> Option<&'static str> {
    if j != i + 1 || i < 3 || hit_at(tokens[i].start).is_some() {
        return None;
    }
    if word(src, &tokens[i - 1]) != "capital" || !matches!(word(src, &tokens[i - 2]), "'s" | "’s")
    {
        return None;
    }
    let country = hit_at(tokens[i - 3].start).filter(|h| h.end == tokens[i - 3].end)?;
    let e = g.entry(country.entry);
    if e.kind != GazKind::Place {
        return None;
    }
    g.capital_of(e.canonical)
}

/// Whether the chunk `tokens[i..j]` names an event by its year ("Peace
/// Mission 2018", "ADEX 2016"): events are not annotated, and neither are
/// the names inside them ("Issyk-Kul Antiterror 2018"). A date ("June 2018")
/// or a lone word ("Azerbaijan 2030") is not one.
fn names_event(src: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let Some(next) = tokens.get(j) else {
        return false;
    };
    // A numbered document: "UN Security Council Resolution 1244".
    if next.kind == Kind::Number
        && EVENT_WORDS.contains(word(src, &tokens[j - 1]))
        && src.get(tokens[j - 1].end..next.start) == Some(" ")
    {
        return true;
    }
    let y = word(src, next);
    let year = next.kind == Kind::Number
        && y.len() == 4
        && (y.starts_with("19") || y.starts_with("20"))
        && src.get(tokens[j - 1].end..next.start) == Some(" ");
    if !year {
        return false;
    }
    let words: Vec<&str> = tokens[i..j]
        .iter()
        .map(|t| word(src, t))
        .filter(|w| !STOP.contains(w))
        .collect();
    match words[..] {
        [] => false,
        [w] => is_acronym(w),
        _ => !words
            .iter()
            .any(|w| crate::calendar::month_number(w).is_some()),
    }
}

/// The hit starting at byte `start`. Hits come sorted by start and never
/// overlap (leftmost-longest), so a binary search finds it.
fn hit_starting(hits: &[Hit], start: usize) -> Option<&Hit> {
    hits.binary_search_by_key(&start, |h| h.start)
        .ok()
        .map(|i| &hits[i])
}

/// The hits lying within `start..end`.
#[inline(always)]
fn hits_within(hits: &[Hit], start: usize, end: usize) -> impl Iterator<Item = &Hit> {
    let lo = hits.partition_point(|h| h.start < start);
    hits[lo..]
        .iter()
        .take_while(move |h| h.start < end)
        .filter(move |h| h.end <= end)
}

/// Words a title phrase is made of: capitalised words and the small words
/// that join them ("Chief of the General Staff of the Armed Forces").
/// A word that closes a quotation or a bracket (`Kosovo"`, `(NATO)`) ends
/// the phrase before it: the title starts after it. Titles written in lower
/// case are made of [`LOWER_TITLES`] ("Azerbaijani defense minister").
fn title_phrase_word(w: &str) -> bool {
    (w.starts_with(|c: char| c.is_uppercase())
        && !w.ends_with(['"', '”', ')', ']', ':', ';', '!', '?']))
        || matches!(w, "of" | "the" | "for" | "and" | "&")
        // ("Chargé d'Affaires", "Chargé d'affaires".)
        || affaires(w)
        || LOWER_TITLES.contains(w)
        || is_ordinal(w)
}

/// The second word of "Chargé d'Affaires", as written.
fn affaires(w: &str) -> bool {
    matches!(w, "d'Affaires" | "d’Affaires" | "d'affaires" | "d’affaires")
}

/// A small word that joins a title's parts after the word before it:
/// "Advisor to the Minister", "Subcommittee on Security and Defence" (not
/// "... Committee on Sept. 7").
fn joins_title(g: &Gazetteer, ws: &[&str], j: usize) -> bool {
    let (Some(before), Some(after)) = (j.checked_sub(1).map(|i| ws[i]), ws.get(j + 1)) else {
        return false;
    };
    match ws[j] {
        // "Advisor to the Minister", "Ambassador of Lithuania to Georgia",
        // "Ambassador of the Republic of Kazakhstan to Georgia".
        "to" => {
            is_title_word(g, before) || {
                let phrase = ws[..j]
                    .iter()
                    .rev()
                    .take_while(|w| title_phrase_word(w))
                    .count();
                // (Or "Chargé d'Affaires of the United States to Georgia".)
                ws[j - phrase..j]
                    .windows(2)
                    .any(|p| p[1] == "of" && (is_title_word(g, p[0]) || affaires(p[0])))
            }
        }
        // (An envoy's remit too: "Special Envoy on Afghan Affairs"; not
        // "... Envoy on Tuesday".)
        "on" => {
            matches!(
                before,
                "Committee"
                    | "Subcommittee"
                    | "Commission"
                    | "Council"
                    | "Envoy"
                    | "Representative"
                    | "Adviser"
                    | "Advisor"
            ) && after.starts_with(char::is_uppercase)
                && crate::calendar::month_number(after).is_none()
                && crate::calendar::weekday(after).is_none()
        }
        // A post abroad: "UN Resident Coordinator in Azerbaijan",
        // "Ambassador in Baku".
        "in" => {
            matches!(
                before,
                "Ambassador" | "Envoy" | "Representative" | "Coordinator" | "Consul" | "Attaché"
            ) && after.starts_with(char::is_uppercase)
                && crate::calendar::month_number(after).is_none()
        }
        _ => false,
    }
}

/// Whether `ws[j]` is a lower-case word of a remit after "for" that ends
/// in a place: "Special Representative for the South Caucasus and the
/// crisis in Georgia" ("crisis", "in"): up to three lower-case words, then
/// "in" or "of" and a capitalised word, within eight words of a title
/// word's "for".
fn lower_remit(g: &Gazetteer, ws: &[&str], j: usize) -> bool {
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    if !lower(ws[j]) {
        return false;
    }
    let place_after = (j..ws.len().min(j + 3))
        .find(|&k| matches!(ws[k], "in" | "of"))
        .is_some_and(|k| {
            ws[j..k].iter().all(|w| lower(w))
                && ws
                    .get(k + 1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        });
    place_after
        && ws[j.saturating_sub(8)..j]
            .iter()
            .rposition(|w| *w == "for")
            .map(|p| j.saturating_sub(8) + p)
            .is_some_and(|i| {
                i > 0
                    && is_title_word(g, ws[i - 1])
                    && ws[i + 1..j]
                        .iter()
                        .all(|w| title_phrase_word(w) || lower(w))
            })
}

/// Words that qualify a position or name a service, not a position on their
/// own ("Army", "Defense", "Air").
fn is_field_title(w: &str) -> bool {
    matches!(
        w,
        "Army"
            | "Navy"
            | "Air"
            | "Defense"
            | "Defence"
            | "Foreign"
            | "National"
            | "Security"
            | "Staff"
            | "Economy"
            | "Finance"
            | "Interior"
            | "First"
            | "Second"
            | "Deputy"
            | "Vice"
            | "Supreme"
            | "Special"
            | "Acting"
            | "Under"
            | "Assistant"
            | "Press"
    )
}

/// Government portfolios, which name a minister or secretary after them
/// ("Energy Minister"); the most common few are title words themselves
/// ("Defence", "Foreign", "Finance").
const PORTFOLIOS: &[&str] = &[
    "Energy",
    "Health",
    "Education",
    "Agriculture",
    "Culture",
    "Tourism",
    "Transport",
    "Digital",
    "Ecology",
    "Environment",
    "Labour",
    "Labor",
    "Sports",
    "Sport",
    "Youth",
    "Trade",
    "Industry",
    "Emergencies",
    "Emergency",
    "Communications",
    "Science",
    "Family",
    "Social",
    "Housing",
    "Infrastructure",
    "Development",
    "Investment",
    "Commerce",
    "Treasury",
    "Home",
    "Information",
    "Innovation",
    "Intelligence",
    "Immigration",
    "Migration",
    "Climate",
    "Veterans",
    "Welfare",
    "Water",
    "Mining",
    "Petroleum",
    "Oil",
    "Fisheries",
    "Economic",
    "External",
    "Internal",
    "Road",
    "Roads",
    "Urban",
    "Construction",
    "State",
    "Natural",
    "Resources",
    "Technology",
    "Technologies",
    "Food",
    "Rural",
    "Aviation",
];

/// Head words of positions and ranks written in lower case: a lower-case
/// title needs one ("chairman of the ... Council", "defense minister").
const LOWER_HEADS: &[&str] = &[
    "president",
    "councilor",
    "councillor",
    "emir",
    "minister",
    "premier",
    "chairman",
    "chairwoman",
    "chair",
    "co-chair",
    "chairperson",
    "ceo",
    "head",
    "chief",
    "director",
    "ambassador",
    "commander",
    "commander-in-chief",
    "secretary",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "governor",
    "senator",
    "lawmaker",
    "mayor",
    "adviser",
    "advisor",
    "general",
    "colonel",
    "colonel-general",
    "lieutenant-general",
    "major-general",
    "brigadier-general",
    "admiral",
    "vice-admiral",
    "representative",
    "attaché",
    "dean",
    "leader",
    "ministers",
    "presidents",
    "chiefs",
    "commanders",
    "ambassadors",
    "officer",
    "aide",
    "assistant",
    "vice-president",
    "prosecutor",
    "ombudsman",
    "rector",
    "consul",
    "commissioner",
    "coordinator",
];

static LOWER_HEAD_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| LOWER_HEADS.iter().copied().collect());

/// Whether the word right before byte `at` is a position's head in lower
/// case, or "counterpart": "his Moldovan counterpart [Maia Sandu]".
fn lower_head_before(src: &str, at: usize) -> bool {
    let before = src[..at].trim_end_matches(' ');
    let w = before.rsplit(' ').next().unwrap_or("");
    w == "counterpart" || LOWER_HEAD_SET.contains(w)
}

/// A position's head in any case ("minister", "Minister", "CHIEF").
fn is_head(w: &str) -> bool {
    with_lower(w, |l| LOWER_HEAD_SET.contains(l))
}

/// Words naming an organisation and no position: the last an
/// organisation's word, none a position's head ("National Intelligence
/// Organization", "Marine Corps"; not "Commander of the ... Corps").
fn body_without_head<'a>(mut words: impl DoubleEndedIterator<Item = &'a str> + Clone) -> bool {
    words.clone().next_back().is_some_and(is_org_word) && !words.any(is_head)
}

/// Words of positions and ranks written in lower case: the heads and the
/// words that qualify them ("first deputy defense minister").
static LOWER_TITLES: LazyLock<WordSet<&'static str>> = LazyLock::new(|| {
    const QUALIFIERS: &[&str] = &[
        "first",
        "deputy",
        "vice",
        "acting",
        "former",
        "opposition",
        "defense",
        "defence",
        "foreign",
        "prime",
        "interior",
        "economy",
        "finance",
        "national",
        "security",
        "army",
        "executive",
        "lieutenant",
        "major",
        "brigadier",
        "rear",
        "supreme",
        "presidential",
        "parliament",
        "press",
        "military",
        "special",
        "permanent",
        "senior",
        "technology",
        "financial",
        "operating",
        "staff",
        // "foreign policy chief", "foreign affairs chief", "regional
        // president", "managing director".
        "policy",
        "affairs",
        "regional",
        "managing",
        // A party's post: "party leader", "Chairman of the Georgian Dream party".
        "party",
    ];
    LOWER_HEADS.iter().chain(QUALIFIERS).copied().collect()
});

/// A word that opens a title: a title word, or one written in lower case.
fn is_title_word(g: &Gazetteer, w: &str) -> bool {
    g.is_title(w) || LOWER_TITLES.contains(w)
}

/// A plural head word ("ministers", "Presidents").
fn plural_head(w: &str) -> bool {
    w.len() > 4 && w.ends_with('s') && is_head(&w[..w.len() - 1])
}

/// The singular of a plural title head shared by a list ("foreign
/// ministers Sergey Lavrov and Jayhun Bayramov" -> "foreign minister").
fn singular_head(t: &str) -> String {
    // "presidents of Azerbaijan and Turkey Ilham Aliyev and ...": the remit
    // is shared out too; the head is what each holds.
    static OF: crate::Needles<1> = crate::needles![" of "];
    if let Some((at, _)) = OF.each_in(t).next() {
        let head = &t[..at];
        return match plural_head(head) {
            true => head[..head.len() - 1].to_string(),
            false => t.to_string(),
        };
    }
    let last = t.rsplit(' ').next().unwrap_or(t);
    match plural_head(last) {
        true => t[..t.len() - 1].to_string(),
        false => t.to_string(),
    }
}

/// Strip what precedes the title proper: "the", a nationality or a
/// possessive place ("Azerbaijani", "Azerbaijan`s").
fn strip_title_lead<'a>(g: &Gazetteer, mut ws: &'a [&'a str]) -> &'a [&'a str] {
    // (Kept: a portfolio before its head, "Home Secretary"; a last word.)
    let kept = |first: &str, rest: &[&str]| match rest.first() {
        None => true,
        Some(w) => PORTFOLIOS.contains(&first) && is_head(w),
    };
    while let Some((first, rest)) = ws.split_first() {
        // (Scraped text may keep the apostrophe as an HTML entity: "&#39;s".)
        let possessive = is_possessive(first)
            || first.ends_with("`s")
            || (first.ends_with(";s") && first.contains("&#"));
        // "U.S. President": a country's code says whose; the title starts
        // after it. An organisation's stays: "NATO Deputy Secretary General".
        let country_code = matches!(
            *first,
            "US" | "U.S." | "USA" | "U.S.A." | "UK" | "U.K." | "UAE" | "PRC" | "DPRK" | "ROK"
        );
        let acronym = country_code && rest.first().is_some_and(|w| is_title_word(g, w));
        // "Kremlin spokesman", "Pentagon spokesman": whose, before a title in
        // lower case.
        let owner = first.starts_with(char::is_uppercase)
            && !g.is_title(first)
            && rest.first().is_some_and(|w| LOWER_TITLES.contains(w));
        if acronym
            || owner
            || matches!(
                *first,
                "the"
                    | "The"
                    | "his"
                    | "her"
                    | "His"
                    | "Her"
                    | "of"
                    | "for"
                    | "and"
                    | "&"
                    | "Former"
                    | "Incoming"
                    | "Outgoing"
            )
            || g.is_demonym(first)
            // ("North Korean leader": a compass point's nationality.)
            || (is_compass(first) && rest.first().is_some_and(|w| g.is_demonym(w)))
            || possessive
            // "His Highness the Emir": a form of address before the title.
            || ADDRESS.contains(first)
            || (*first == "Royal" && rest.first().is_some_and(|w| ADDRESS.contains(w)))
            // "When Turkmenistan's president": a sentence's opening word.
            || (STOP.contains(first) && !g.is_title(first) && !kept(first, rest))
        {
            ws = rest;
        } else if let Some(k) = place_lead(g, ws) {
            ws = &ws[k..];
        } else if let Some(p) = head_possessive(ws) {
            ws = &ws[p + 1..];
        } else {
            break;
        }
    }
    ws
}

/// Where a head's possessive closes the first words of `ws`, before the
/// title it says whose is: "UK Prime Minister's Special Envoy", "US
/// President's Special Envoy" (as "President's Special Envoy").
fn head_possessive(ws: &[&str]) -> Option<usize> {
    let (p, head) = ws
        .iter()
        .take(4)
        .enumerate()
        .find_map(|(p, w)| crate::without_possessive(w).map(|head| (p, head)))?;
    (p + 1 < ws.len() && is_head(head) && ws[..p].iter().all(|w| w.starts_with(char::is_uppercase)))
        .then_some(p)
}

/// How many words a place takes before a title, which it says whose is, as
/// a nationality does: "Azerbaijan President", "United Arab Emirates
/// President" (not an organisation named after it: "Pakistan Army Chief",
/// "Pakistan Air Force chief").
fn place_lead(g: &Gazetteer, ws: &[&str]) -> Option<usize> {
    if !ws.first()?.starts_with(char::is_uppercase) {
        return None;
    }
    let head = ws[..ws.len().min(4)].join(" ");
    let end = g.place_at_start(&head)?;
    let mut k = head[..end].split(' ').count();
    // (With its area's word: "Kurdistan Region President".)
    if ws
        .get(k)
        .is_some_and(|w| matches!(*w, "Region" | "Province" | "Oblast" | "Governorate"))
    {
        k += 1;
    }
    (ws.get(k).is_some_and(|w| is_title_word(g, w)) && !ws[k..].iter().any(|w| is_org_word(w)))
        .then_some(k)
}

/// Whether a share in brackets follows `end`: " (20%)", " (15.5 percent)".
fn stake_after(src: &str, end: usize) -> bool {
    let Some(rest) = src[end..].strip_prefix(" (") else {
        return false;
    };
    let digits = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
        .count();
    digits > 0
        && rest.as_bytes()[0].is_ascii_digit()
        && (rest[digits..].starts_with("%)") || rest[digits..].starts_with(" percent)"))
}

/// A company's legal form after its name ("TAP AG", "Equinor ASA").
const LEGAL_FORMS: [&str; 19] = [
    "AG", "SA", "S.A.", "NV", "N.V.", "BV", "SpA", "S.p.A.", "ASA", "Oyj", "GmbH", "PLC", "plc",
    "LLC", "Ltd", "Inc", // ... and a football club's: "Qarabag FK", "Neftchi PFC".
    "FC", "FK", "PFC",
];

/// The kinds of military units, after which English words are a unit's
/// own name ("Mechanised Infantry Brigade Iron Wolf") and before which a
/// commander's title is the unit's ("Brigade Commander").
const UNIT_KINDS: [&str; 7] = [
    "Brigade",
    "Battalion",
    "Regiment",
    "Division",
    "Squadron",
    "Corps",
    "Fleet",
];

/// Military ranks, which stand apart from positions in a title.
pub(crate) const RANKS: &[&str] = &[
    "General of the Army",
    // (A sergeant major is one rank, not a sergeant and a major.)
    "Command Sergeant Major",
    "Sergeant Major",
    "Command Sgt. Maj.",
    "Sgt. Maj.",
    "Army General",
    "Senior General",
    "Colonel-General",
    "Colonel General",
    "General-Colonel",
    "Lieutenant-General",
    "Senior Lieutenant General",
    "Lieutenant General",
    "Major-General",
    "Major General",
    "Brigadier-General",
    "Brigadier General",
    "Brigadier",
    "Air Chief Marshal",
    "Air Vice Marshal",
    "Air Vice-Marshal",
    "Air Marshal",
    "Air Commodore",
    "Field Marshal",
    "Marshal",
    "Vice-Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "Admiral",
    "General",
    "Gen.",
    "Gen",
    "Vice Adm.",
    "Rear Adm.",
    "Adm.",
    "Col. Gen.",
    "Lt. Gen.",
    "Lt Gen",
    "Maj. Gen.",
    "Maj Gen",
    "Brig. Gen.",
    "Brig Gen",
    "Lt. Col.",
    "Lt Col",
    "Senior Colonel",
    "Colonel",
    "Col.",
    "Lieutenant Colonel",
    "Major",
    "Captain",
    "Senior Lieutenant",
    "Lieutenant",
];

/// Honorifics that stand apart from a position before them.
const HONORIFICS: &[&str] = &[
    "Prince",
    "Princess",
    "Sheikh",
    "Sayyid",
    "Mullah",
    "Maulana",
    "Sir",
    "Dame",
    "Alderman",
    "Professor",
    "Prof.",
    "Senator",
    "Ayatollah",
];

/// Words naming an armed service with the organisation word after them
/// ("Land Forces", "Border Troops"): a title may start with them.
const SERVICE_WORDS: [&str; 9] = [
    "Land", "Ground", "Naval", "Border", "Coast", "Marine", "Special", "Airborne", "Missile",
];

/// Offices written "<word> General", where "General" is not a rank.
const GENERAL_OFFICES: &[&str] = &[
    "Secretary",
    "Director",
    "Attorney",
    "Inspector",
    "Solicitor",
    "Surgeon",
    "Consul",
    "Governor",
    "Prosecutor",
    "Procurator",
    "Auditor",
    "Postmaster",
    "Commanding",
];

/// A title phrase that starts with a rank or position word, cut into its
/// parts: "Deputy Minister of Defense and Chief of General Staff ...
/// Colonel-General" gives a position, a position and a rank.
/// A title led by a known organisation: "World Bank Regional Director",
/// "Saeima Speaker".
fn org_led(g: &Gazetteer, ws: &[&str]) -> bool {
    // (Or a company or a body by its shape: "Turkish Airlines Chairman",
    // "Halyk Bank CEO", "State Border Service chief".)
    let company = (2..=4).any(|j| {
        ws.len() > j
            // (A body's nationality goes: "Russian Security Council Secretary";
            // a rank after a body holds no post of it: "... Armed Forces Major
            // General X".)
            && (COMPANY_WORDS.contains(&ws[j - 1])
                || (is_org_word(ws[j - 1])
                    && !g.is_demonym(ws[0])
                    && !RANKS.iter().any(|r| r.split(' ').next() == Some(ws[j]))))
            && ws[..j - 1]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
            && is_title_word(g, ws[j])
    });
    if !(ws.len() >= 2 && ws[0].starts_with(char::is_uppercase) && !is_title_word(g, ws[0])) {
        return false;
    }
    // (Or a body "<word> of <name>": "Chamber of Deputies Speaker", "House
    // of Representatives Speaker".)
    // (Or its spokesman, the body's name a title's words: "Ministry of
    // Defence Spokesman", "Ministry of Foreign Affairs Spokesperson".)
    let body_of = match ws {
        [body, "of", name, title, ..]
            if is_org_word(body)
                && name.starts_with(char::is_uppercase)
                && !is_title_word(g, name)
                && is_title_word(g, title) =>
        {
            true
        }
        [body, "of", rest @ ..] if is_org_word(body) => (1..=3).any(|j| {
            rest.len() > j
                && rest[..j].iter().all(|w| w.starts_with(char::is_uppercase))
                && matches!(
                    rest[j],
                    "Spokesman"
                        | "Spokeswoman"
                        | "Spokesperson"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                )
        }),
        _ => false,
    };
    // (Or a chamber by its common word: "House Speaker X".)
    let house = matches!(ws, ["House", "Speaker", ..]);
    company || body_of || house || legislature_before_speaker(g, ws) || {
        let head = ws[..ws.len().min(5)].join(" ");
        // (Whole words: not "NATO" of "NATO's", whose possessive goes.)
        g.organization_at_start(&head).is_some_and(|end| {
            if !(head[end..].is_empty() || head[end..].starts_with(' ')) {
                return false;
            }
            let j = head[..end].split(' ').count();
            // (The title may be qualified: "Regional Director".)
            ws[j.min(ws.len())..]
                .iter()
                .take(2)
                .any(|w| is_title_word(g, w))
        })
    }
}

/// Whether the words open the fixed title "European Commissioner", whose
/// first word is no nationality to strip.
fn european_commissioner(ws: &[&str]) -> bool {
    matches!(ws, ["European", "Commissioner", ..])
}

fn title_phrase(g: &Gazetteer, ws: &[&str]) -> Option<Vec<String>> {
    // "General Petr Pavel and [Gerasimov]": a coordinated name, not a title of the next one.
    if ws.last().is_some_and(|w| is_connector(w)) {
        return None;
    }
    // ("European Council President": an organisation's nationality-like
    // word is its name's, not a lead to strip.)
    // (After an article: "the European Union Commissioner for Energy"; or
    // after whose greetings: "the greetings of European Council President".)
    let unarticled = match ws {
        ["of", "the", rest @ ..] | ["the" | "The" | "of", rest @ ..] => rest,
        _ => ws,
    };
    // (So is "European" of the fixed title "European Commissioner".)
    let keep_lead = (unarticled.first().is_some_and(|w| g.is_demonym(w)) && org_led(g, unarticled))
        || european_commissioner(unarticled);
    let mut ws = if keep_lead {
        unarticled
    } else {
        strip_title_lead(g, ws)
    };
    // "President Dr Arif Alvi": a courtesy title before the name is none of
    // the positions.
    while let [rest @ .., "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr."] = ws {
        if rest.is_empty() {
            break;
        }
        ws = rest;
    }
    // "His Royal Highness Prince Khalid", "His Excellency Ambassador X": a
    // form of address is no position either.
    while !ws.is_empty() && address_at(ws, 0) {
        ws = &ws[1..];
    }
    if ws.last().is_some_and(|w| ADDRESS.contains(w)) {
        let mut j = ws.len() - 1;
        while j > 0 && address_at(ws, j - 1) {
            j -= 1;
        }
        ws = &ws[..j];
    }
    // A headline run on into the sentence ("Defense Ministers Visit Tbilisi
    // Turkish Minister of National Defense"): the title starts after the last
    // nationality or slashed word that a title word follows.
    // So does "the" when the phrase does not start with a title word
    // ("Friday the Iranian Ambassador"; not "Advisor to the Minister").
    // "REPORT.AZ/ President of Azerbaijan": a credit before the title.
    if ws.len() > 1 && ws[0].ends_with('/') {
        ws = &ws[1..];
    }
    let lead_is_title = ws.first().is_some_and(|w| is_title_word(g, w)) || org_led(g, ws);
    if let Some(i) = (1..ws.len()).rev().find(|&i| {
        !is_connector(ws[i - 1])
            && ((ws[i] == "the" && !lead_is_title)
                || ((g.is_demonym(ws[i]) || ws[i].contains('/'))
                    && ws.get(i + 1).is_some_and(|w| g.is_title(w))
                    // (Not a body's nationality after its first word, the
                    // title word a service's: "Commander of the Royal
                    // Jordanian Air Force".)
                    && !ws.get(i + 2).is_some_and(|w| is_org_word(w))))
    }) {
        ws = strip_title_lead(g, &ws[i..]);
        if ws.first().is_some_and(|w| w.contains('/')) {
            ws = &ws[1..];
        }
    }
    let first = *ws.first()?;
    // A title in lower case needs a head word ("defense minister"; not "first").
    let lower_only = !ws.iter().any(|w| g.is_title(w));
    // A service's commander: "Land Forces Commander", "Naval Forces Commander".
    // And "Naval Chief Admiral ...".
    let service_lead = SERVICE_WORDS.contains(&first)
        && ws.get(1).is_some_and(|w| {
            (is_org_word(w) && ws[2..].iter().any(|w| g.is_title(w))) || g.is_title(w)
        });
    // An organisation's acronym or name before a title: "NATO Secretary
    // General", "Pentagon Press Secretary" (a single word that is neither a
    // nationality nor an ordinary word).
    // So is an institution's word: "Parliament Speaker", "Government Spokesman".
    // (Or a firm's before its chief executive or chairman: "Sberbank CEO",
    // "Keidanren Chairman".)
    let acronym_lead = (is_acronym(first)
        || (name_shaped(g, first)
            && !g.is_english(first)
            && (ws.len() >= 3 || matches!(ws[1..], ["CEO" | "Chairman" | "Chairwoman"])))
        || STRONG_ORG_WORDS.contains(first))
        && ws.get(1).is_some_and(|w| is_title_word(g, w));
    // ... or its service's: "IRGC Navy Commander", "IRGC Ground Force
    // Commander".
    let acronym_lead = acronym_lead
        || (is_acronym(first)
            && ws[1..]
                .iter()
                .take(3)
                .position(|w| is_title_word(g, w))
                .is_some_and(|p| {
                    ws[1..1 + p]
                        .iter()
                        .all(|w| is_field_title(w) || is_org_word(w) || SERVICE_WORDS.contains(w))
                }));
    let acronym_lead = acronym_lead || org_led(g, ws);
    // A government portfolio before its head: "Energy Minister", "Health
    // Secretary", "Culture and Tourism Minister", "External Affairs Minister".
    let portfolio_lead = PORTFOLIOS.contains(&first)
        && ws[1..]
            .iter()
            .take(4)
            .find(|w| !PORTFOLIOS.contains(w) && !matches!(**w, "and" | "&" | "Affairs"))
            .is_some_and(|w| is_head(w));
    // A post's scope before it: "Regional Director", "Country Manager",
    // "Federal Minister", "Union Minister", "Cabinet Secretary" (not
    // "Regional Government"); so is a unit's kind before its commander:
    // "Brigade Commander", "Battalion Commander"; and a senior enlisted
    // rank's: "Command Sergeant Major", "Command Sgt. Maj."; and a ruling
    // party's or a president's: "Party General Secretary", "Presidential
    // Spokesman".
    let scope_lead = (matches!(
        first,
        "Party"
            | "Presidential"
            | "Regional"
            | "Country"
            | "Parliamentary"
            | "Federal"
            | "Provincial"
            | "Union"
            | "Cabinet"
            | "Command"
    ) || UNIT_KINDS.contains(&first))
        && ws.get(1).is_some_and(|w| g.is_title(w));
    // (The diplomat's title written without its accent: "Charge d'Affaires".)
    let charge = first == "Charge" && ws.get(1).is_some_and(|w| affaires(w));
    if !(is_title_word(g, first)
        || charge
        || service_lead
        || acronym_lead
        || portfolio_lead
        || scope_lead
        || european_commissioner(ws))
        || (lower_only && !charge && !ws.iter().any(|w| LOWER_HEAD_SET.contains(w)))
        || matches!(
            first,
            "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr."
        )
    {
        return None;
    }
    let mut out = Vec::new();
    let mut piece: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // "... and Chief of ...": a second title, one with a head word of its
        // own (not "High Representative for Foreign Affairs and Security Policy").
        // (A rank's words are none: "Commander of the Air Force and Air
        // Defense Major General" holds one title and a rank.)
        let second = || {
            let next = &ws[i + 1..];
            let next = &next[..next.iter().position(|w| *w == "and").unwrap_or(next.len())];
            // (The longest rank the words end with, compared word by word;
            // cheap first: a rank ends with the last word.)
            let ranked = next
                .last()
                .is_some_and(|l| RANKS.iter().any(|r| r.ends_with(l)));
            let rank = RANKS
                .iter()
                .filter(|_| ranked)
                .filter_map(|r| {
                    let n = r.split(' ').count();
                    (n <= next.len() && r.split(' ').eq(next[next.len() - n..].iter().copied()))
                        .then_some(n)
                })
                .max()
                .unwrap_or(0);
            // (A rank alone is one: "Minister of Defence and Army General".)
            rank == next.len() || next[..next.len() - rank].iter().any(|w| is_head(w))
        };
        // (Also one led by a word of its own: "... and Group CEO".)
        let title_next = ws.get(i + 1).is_some_and(|w| is_title_word(g, w))
            || (!piece.is_empty()
                && ws
                    .get(i + 1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase) && !g.is_demonym(w))
                && ws.get(i + 2).is_some_and(|w| is_title_word(g, w)));
        // (Not after portfolios alone: "Culture and Tourism Minister".)
        let headed = !piece.iter().all(|w| PORTFOLIOS.contains(w));
        // (Nor between two places, one remit: "Commander of U.S. Army Europe
        // and Africa General X".)
        let places_joined = || {
            i > 0 && g.is_place_name(ws[i - 1]) && ws.get(i + 1).is_some_and(|w| g.is_place_name(w))
        };
        // A form of address between a position and a rank is neither:
        // "President His Highness Sheikh X".
        if address_at(ws, i) {
            i += 1;
            continue;
        }
        if ws[i] == "and" && title_next && second() && headed && !places_joined() {
            out.push(piece.join(" "));
            piece.clear();
            i += 1;
            continue;
        }
        piece.push(ws[i]);
        i += 1;
    }
    out.push(piece.join(" "));
    let out = out.iter().map(|t| singular_head(t));
    // A rank closing a position ("... of the Armed Forces Colonel-General").
    let mut split = Vec::new();
    for t in out {
        // "Secretary General", "Director General": offices, not a rank.
        let office = |r: &&str| {
            r.starts_with("Gen")
                && t[..t.len() - r.len()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| GENERAL_OFFICES.contains(&w))
        };
        // ("... of the Serbian Army General": that army's general.)
        let army_s = |r: &&str| {
            r.starts_with("Army ")
                && t[..t.len() - r.len()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| g.is_demonym(w))
        };
        let rank = if RANKS.contains(&t.as_str()) {
            None
        } else {
            RANKS
                .iter()
                .filter(|r| {
                    t.ends_with(*r)
                        && t.len() > r.len()
                        && t[..t.len() - r.len()].ends_with(' ')
                        && !office(r)
                        && !army_s(r)
                })
                .max_by_key(|r| r.len())
        };
        // An honorific closing a position ("Defence Minister Prince"; a
        // "Crown Prince" has no position before it) or a rank ("Lt. Gen.
        // Sir").
        let rank = rank.or_else(|| {
            HONORIFICS.iter().find(|h| {
                t.len() > h.len()
                    && t.ends_with(*h)
                    && t[..t.len() - h.len()].ends_with(' ')
                    && t[..t.len() - h.len()]
                        .split_whitespace()
                        .any(|w| g.is_title(w))
                    && (t[..t.len() - h.len()].split_whitespace().any(is_head)
                        || RANKS.contains(&t[..t.len() - h.len()].trim_end()))
            })
        });
        match rank {
            Some(r)
                if !t[..t.len() - r.len()].trim_end().ends_with(" of")
                    && !t[..t.len() - r.len()].trim_end().ends_with(" the") =>
            {
                // "Press Secretary Air Force Brig. Gen.": the service the
                // rank is held in is neither title.
                let position = t[..t.len() - r.len()].trim_end();
                let position = [" Air Force", " Army", " Navy", " Marine Corps"]
                    .iter()
                    .find_map(|f| position.strip_suffix(f))
                    .filter(|p| {
                        p.contains(' ') && p.rsplit(' ').next().is_some_and(|w| is_title_word(g, w))
                    })
                    .unwrap_or(position);
                // ("Chief of the Defence Staff Admiral Sir": the rank before
                // the honorific stands apart too.)
                let ranked = (HONORIFICS.contains(r) && !RANKS.contains(&position)).then(|| {
                    RANKS
                        .iter()
                        .filter(|k| {
                            position.len() > k.len()
                                && position.ends_with(*k)
                                && position[..position.len() - k.len()].ends_with(' ')
                        })
                        .max_by_key(|k| k.len())
                });
                match ranked.flatten() {
                    Some(k) => {
                        split.push(position[..position.len() - k.len()].trim_end().to_string());
                        split.push(k.to_string());
                    }
                    None => split.push(position.to_string()),
                }
                split.push(r.to_string());
            }
            _ => split.push(t),
        }
    }
    // A lone field word left of a rank is no title ("Azerbaijani Army Major
    // General": "Army"); a lone head, rank or honorific is ("President").
    // Nor is a unit's name with no title word in it ("Army Corps Major
    // General": "Army Corps").
    split.retain(|t| {
        !t.is_empty()
            && (RANKS.contains(&t.as_str())
                || HONORIFICS.contains(&t.as_str())
                || is_head(t)
                || !t.split(' ').all(|w| is_field_title(w) || is_org_word(w)))
    });
    (!split.is_empty()).then_some(split)
}

/// Where the last name a title phrase runs on into ends: a title word, then
/// two or more capitalised words that are neither title words nor
/// nationalities, not all ordinary words, and not followed by "of"
/// ("Professor Talat Canbolat and Lieutenant General" -> 3; not "Supreme
/// Allied Commander Europe", "Chairman Joint Chiefs of Staff Committee" or
/// "Foreign Affairs Commission").
fn name_end(g: &Gazetteer, ws: &[&str]) -> Option<usize> {
    let name_word =
        |w: &str| w.starts_with(char::is_uppercase) && !g.is_title(w) && !g.is_demonym(w);
    let mut found = None;
    let mut i = 0;
    while i < ws.len() {
        if is_title_word(g, ws[i]) {
            // (A form of address is no name: "Minister of Defence His Royal
            // Highness Prince X".)
            let run = (i + 1..ws.len())
                .take_while(|&x| name_word(ws[x]) && !address_at(ws, x))
                .count();
            // "Chairman Joint Chiefs of Staff Committee" goes on with "of".
            let of = ws
                .get(i + 1 + run)
                .is_some_and(|w| matches!(*w, "of" | "for"));
            // Names hold a word that is not an ordinary one ("Ion Rusu"; not
            // "Foreign Affairs Commission", "National People's Congress").
            let named = ws[i + 1..i + 1 + run]
                .iter()
                .any(|w| !g.is_english(w) && !is_possessive(w) && !EVENT_WORDS.contains(w));
            // (Nor an organisation's words: "Commander of Allied Joint Force
            // Command Naples".)
            let body = || ws[i + 1..i + 1 + run].iter().any(|w| is_org_word(w));
            if run >= 2 && !of && named && !body() {
                found = Some(i + 1 + run);
                i += run;
            }
        }
        i += 1;
    }
    found
}

/// How far before or after a name its titles may reach, in bytes.
const TITLE_REACH: usize = 400;

/// Byte offsets of the periods in `s` that a space or line break follows.
fn sentence_ends(s: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    s.as_bytes()
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] == b'.' && w[1].is_ascii_whitespace())
        .map(|(i, _)| i)
}

/// Ranks and positions written around a person's name: the comma-separated
/// title phrases right before it in its sentence ("Azerbaijani First Deputy
/// Defense Minister, Chief of the General Staff of the Armed Forces,
/// Colonel-General Najmeddin Sadikov") and in apposition after it
/// ("Valery Gerasimov, Chief of the General Staff of ..., met").
/// The byte length of the place named at the start of `text`, when the
/// text ends or a space follows it ("Russia" of "Russia and France"; not of
/// "Russia)" or "Russia,").
fn place_then_space(g: &Gazetteer, text: &str) -> Option<usize> {
    g.place_at_start(text)
        .filter(|&n| text[n..].is_empty() || text[n..].starts_with(' '))
}

/// Whether the pair of words is a person's name and "of" ("Popov of"; not
/// "Republic of", "City of", "President of").
fn person_of(g: &Gazetteer, pair: &[&str]) -> bool {
    matches!(pair, [w, "of"] if name_shaped(g, w) && !g.is_english(w) && !g.is_title(w))
}

/// `ws` without the countries said of the names in it: "Igor Popov of
/// Russia" -> "Igor Popov" ("of" or "of the" after a name-shaped word, then
/// a place the gazetteer names whole).
fn without_countries<'a>(g: &Gazetteer, ws: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        if i > 0 && person_of(g, &ws[i - 1..=i]) {
            let from = if ws.get(i + 1) == Some(&"the") {
                i + 2
            } else {
                i + 1
            };
            // The place's words, as many as the gazetteer's match spans.
            let rest = ws[from.min(ws.len())..].join(" ");
            if let Some(n) = place_then_space(g, &rest) {
                i = from + rest[..n].split(' ').count();
                continue;
            }
        }
        out.push(ws[i]);
        i += 1;
    }
    out
}

/// The byte range of the commas in a remit listed before a name
/// ("... Minister of Investment, Industry and Trade "): ordinary words in
/// capitals joined by commas and a last "and" after "of" or "for".
fn listed_remit(g: &Gazetteer, sentence: &str) -> Option<(usize, usize)> {
    let text = sentence.trim_end();
    // (Cheap first: an "and" among the last words.)
    let tail = &text[crate::ceil_boundary(text, text.len().saturating_sub(60))..];
    if !tail.contains(" and ") {
        return None;
    }
    // (Its country may close it: "... and Aerospace Industry of Azerbaijan".)
    let word_ok = |w: &str| {
        matches!(w, "and" | "of" | "the")
            || (w.starts_with(char::is_uppercase) && english_words(g, w))
    };
    // (Or places: "... for Caucasus, Eastern Europe and Central Asia".)
    let segment_ok = |segment: &str| {
        let mut rest = segment.trim();
        while !rest.is_empty() {
            let place = place_then_space(g, rest);
            let (w, after) = rest.split_once(' ').unwrap_or((rest, ""));
            rest = match place {
                Some(n) => rest[n..].trim_start(),
                None if word_ok(w) => after.trim_start(),
                None => return false,
            };
        }
        true
    };
    // (A rank or title after the list is the name's own, no part of the
    // remit: "The commanders of Latvia, Lithuania and Estonia, Lieutenant
    // General X".)
    let close = text
        .rfind(',')
        .filter(|&c| {
            text[c + 1..]
                .split_whitespace()
                .next()
                .is_some_and(|w| is_person_title(g, w))
        })
        .unwrap_or(text.len());
    let mut end = close;
    let mut saw_and = false;
    while let Some(c) = text[..end].rfind(',') {
        let segment = &text[c + 1..end];
        if segment.split_whitespace().next().is_none() || !segment_ok(segment) {
            return None;
        }
        saw_and |= segment.split_whitespace().any(|w| w == "and");
        // Before this comma: "of Investment", "of Digital Development"?
        // Then the remit starts there.
        // (So does a committee's "on": "Committee on Defense, Security and
        // Anti-corruption".)
        let ws: Vec<&str> = text[..c].rsplit(' ').take(4).collect();
        let w = |i: usize| ws.get(i).copied().unwrap_or("");
        let opens =
            |i: usize| matches!(w(i), "of" | "for") || (w(i) == "on" && on_phrase_head(w(i + 1)));
        let (last, prev) = (w(0), w(1));
        if opens(1) && last.starts_with(char::is_uppercase) && segment_ok(last) {
            return saw_and.then_some((c, close));
        }
        if prev.starts_with(char::is_uppercase) && segment_ok(&format!("{prev} {last}")) && opens(2)
        {
            return saw_and.then_some((c, close));
        }
        if !segment_ok(last) {
            return None;
        }
        end = c;
    }
    None
}

fn titles_around(
    src: &str,
    start: usize,
    end: usize,
    paragraph: (usize, usize),
    g: &Gazetteer,
) -> Vec<String> {
    let abbreviation =
        |w: &str| crate::tokens::ABBREVIATIONS.contains(&w) || matches!(w, "U.S" | "U.K" | "H.E");
    // Titles lie within the paragraph (lines a crawl wrapped inside it
    // included: "Georgian Prime Minister\nIrakli Garibashvili") and within
    // reach of the name: a text written as one long line is not rescanned
    // for every name.
    let from = crate::ceil_boundary(src, start.saturating_sub(TITLE_REACH));
    let mut line_start = from.max(paragraph.0.min(start));
    // A short line before is no wrapped sentence: a dateline ("Kyiv • UNN").
    let mut at = start;
    while let Some(nl) = memchr::memrchr(b'\n', &src.as_bytes()[line_start..at]) {
        let nl = line_start + nl;
        // (Only the bytes a short line could hold are looked at.)
        let window = crate::ceil_boundary(src, nl.saturating_sub(64));
        let prev = memchr::memrchr(b'\n', &src.as_bytes()[window..nl])
            .map(|i| &src[window + i + 1..nl])
            .or((window == 0).then(|| &src[..nl]));
        if prev.is_some_and(|p| p.trim().len() < 40) {
            line_start = nl + 1;
            break;
        }
        at = nl;
    }
    // The sentence starts after the last ". " that ends a word, not an abbreviation.
    let sent_start = sentence_ends(&src[line_start..start])
        .rev()
        .map(|i| line_start + i)
        .find(|&at| {
            let word = src[..at]
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            !abbreviation(word) && word.chars().count() > 1
        })
        .map_or(line_start, |at| at + 2);
    let mut before: Vec<String> = Vec::new();
    let sentence = &src[sent_start..start];
    // A quotation closed right before the name is someone's words, no title:
    // "\"... at the UN Security Council,\" Lavrov said".
    let sentence = if sentence.trim_end().ends_with(['"', '”']) {
        ""
    } else {
        sentence
    };
    // (An outlet's credit opens it: "Baku. 27 May. REPORT.AZ/ Azerbaijani
    // Defense Minister X".)
    // (A byte search: `str::rfind` builds a searcher per call.)
    let sentence = memchr::memrchr_iter(b'/', sentence.as_bytes())
        .find(|&i| sentence.as_bytes().get(i + 1) == Some(&b' '))
        .map_or(sentence, |i| &sentence[i + 2..]);
    // (Or a double hyphen after its brackets: "Tokyo, Aug. 3 (Jiji
    // Press)--Japanese Foreign Minister X".)
    let sentence = memchr::memrchr(b')', sentence.as_bytes())
        .filter(|&i| sentence.as_bytes()[i + 1..].starts_with(b"--"))
        .map_or(sentence, |i| &sentence[i + 3..]);
    // A retired rank's mark is no part of the title: "Lieutenant General
    // (retd) X".
    let sentence = if sentence.ends_with(") ") {
        [
            "(retd) ",
            "(Retd) ",
            "(retd.) ",
            "(Retd.) ",
            "(retired) ",
            "(Retired) ",
            "(ret.) ",
            "(Ret.) ",
        ]
        .iter()
        .find_map(|m| sentence.strip_suffix(m))
        .unwrap_or(sentence)
    } else {
        sentence
    };
    // "Minister of Investment, Industry and Trade X": a remit listed with
    // commas is one title (the commas go).
    // (Read without them, then given back to the titles.)
    let remit = listed_remit(g, sentence);
    let joined;
    let sentence = match remit {
        Some((a, b)) => {
            joined = [
                &sentence[..a],
                &sentence[a..b].replace(',', ""),
                &sentence[b..],
            ]
            .concat();
            joined.as_str()
        }
        None => sentence,
    };
    // The bracketed acronym after the part being read, if any.
    let mut acronym: Option<&str> = None;
    // Every part read so far only lists names ("B and" in "Ministers A,
    // B and C").
    let mut listing = true;
    let mut skipped = false;
    // (A spaced hyphen parts titles too: "First Deputy Minister of Defense -
    // Chief of the General Staff ...".)
    let parts = sentence.rsplit([',', '–', '—', '(']).flat_map(|p| {
        let spaced = memchr::memchr(b'-', p.as_bytes()).is_some() && p.contains(" - ");
        let (whole, pieces) = if spaced {
            (None, Some(p.rsplit(" - ")))
        } else {
            (Some(p), None)
        };
        whole.into_iter().chain(pieces.into_iter().flatten())
    });
    let mut countries_listed = false;
    // Words that are places, joined by "and" (and "the").
    let places_only = |ws: &[&str]| {
        ws.iter()
            .all(|w| matches!(*w, "and" | "the") || g.is_place_name(w))
    };
    for (i, part) in parts.enumerate() {
        let acronym_after = acronym.take();
        // An opening quotation mark is not part of a title: "\"Deputy
        // Secretary General X met ...\"".
        let mut ws: Vec<&str> = part
            .split_whitespace()
            .map(|w| w.trim_start_matches(['"', '“', '‘']))
            // "then-Prime Minister X": "then" qualifies the title (as
            // "ex-" does: "Ex-President X").
            // (Most words open with neither: their first byte is asked first.)
            .map(|w| {
                let qualified = match w.as_bytes().first() {
                    Some(b't') => w.strip_prefix("then-"),
                    Some(b'e') => w.strip_prefix("ex-"),
                    Some(b'E') => w.strip_prefix("Ex-"),
                    _ => None,
                };
                qualified
                    .filter(|t| t.starts_with(|c: char| c.is_ascii_uppercase()))
                    .unwrap_or(w)
            })
            .filter(|w| !w.is_empty())
            .collect();
        // "a senior aide to Supreme Leader X", "an adviser to President X":
        // the aide is someone else; X's title starts after "to".
        if let Some(to) = ws.windows(2).rposition(|p| {
            p[1] == "to"
                && matches!(
                    p[0],
                    "aide"
                        | "aides"
                        | "adviser"
                        | "advisers"
                        | "advisor"
                        | "advisors"
                        | "assistant"
                        | "successor"
                        | "predecessor"
                )
        }) {
            ws.drain(..to + 2);
        }
        // A title and a name before a comma are another person's: "PM
        // Shehbaz, Turkish President [Erdogan]".
        if i >= 1
            && ws.len() >= 2
            && g.is_title(ws[ws.len() - 2])
            && surname_shaped(g, ws[ws.len() - 1])
        {
            break;
        }
        // In a list, a person's country is no title's: "Co-Chairs X of
        // Russia, Y (France) and [Z]".
        // (Most parts hold neither: no list built for them.)
        if listing
            && (ws.iter().any(|w| w.ends_with(')')) || ws.windows(2).any(|p| person_of(g, p)))
        {
            let country = |w: &str| w.strip_suffix(')').is_some_and(|p| g.is_place_name(p));
            let bare: Vec<&str> = without_countries(g, &ws)
                .into_iter()
                .filter(|w| !country(w))
                .collect();
            // (Right before the name, only a list item: not "President of
            // the Republic of Azerbaijan".)
            let item = bare.iter().all(|w| *w == "and" || name_shaped(g, w));
            if bare.len() < ws.len() && (i >= 1 || item) {
                if bare.is_empty() {
                    continue;
                }
                ws = bare;
            }
        }
        // "Ministers Elmar Mammadyarov, Maia Panjikidze and [Ahmet
        // Davutoglu]": a plural title before the list is each one's.
        // (So is one whose countries the list follows after a comma: "The
        // foreign ministers of Armenia and Azerbaijan, [A] and [B]".)
        if listing && i >= 1 {
            if let Some(j) = ws.iter().rposition(|w| plural_head(w)) {
                let of_places =
                    || ws.len() >= j + 3 && ws[j + 1] == "of" && places_only(&ws[j + 2..]);
                if j + 1 < ws.len() && ws[j + 1..].iter().all(|w| name_shaped(g, w)) {
                    let from = j + 1
                        - (0..=j)
                            .rev()
                            .take_while(|&x| title_phrase_word(ws[x]) || joins_title(g, &ws, x))
                            .count();
                    if let Some(ts) = title_phrase(g, &ws[from..=j]) {
                        before.extend(ts.into_iter().rev());
                    }
                    break;
                } else if !part.trim().is_empty() && of_places() {
                    // (The head's own words, in lower case as written.)
                    let from = j
                        - (0..j)
                            .rev()
                            .take_while(|&x| {
                                ws[x].bytes().all(|b| b.is_ascii_lowercase()) && ws[x] != "the"
                            })
                            .count();
                    if let Some(ts) = title_phrase(g, &ws[from..=j]) {
                        before.extend(ts.into_iter().rev());
                    }
                    break;
                }
            }
            // (Over the countries listed after the plural's first: "The
            // presidents of Azerbaijan, Turkey and Georgia, A, B and C".)
            if countries_listed {
                break;
            }
            if ws.iter().any(|w| g.is_place_name(w)) && places_only(&ws) {
                countries_listed = true;
                continue;
            }
        }
        let names = ws
            .iter()
            .all(|w| *w == "and" || (name_shaped(g, w) && !g.is_country(w)));
        if listing && names && (i >= 1 || ws.len() >= 2) {
            skipped = true;
            continue;
        }
        // (An empty part, a comma right before the name, lists nobody.)
        listing &= ws.is_empty();
        // (Other names between: a title here is another's.)
        if skipped {
            break;
        }
        // "Commander of the ... Guards Corps (IRGC) Major General": the
        // titles go on before the bracketed acronym.
        // (So do they before a title word in brackets: "Commissioner for
        // Human Rights (Ombudsman) X".)
        let after_acronym = ws
            .first()
            .and_then(|w| w.strip_suffix(')'))
            .is_some_and(|w| is_acronym(w) || (w.len() > 3 && g.is_title(w)));
        if after_acronym {
            acronym = ws.remove(0).strip_suffix(')');
            if ws.is_empty() {
                continue;
            }
        }
        // "the Minister of Defense of Belarus, (Mr.) Viktor Khrenin": the
        // title stands before the comma right before the name (so it does
        // before "Dr": "the Ambassador of Turkiye, Dr Mehmet Pacaci").
        if i == 0
            && ws.iter().all(|w| {
                matches!(
                    *w,
                    "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr."
                )
            })
            && sentence[..sentence.len() - part.len()].ends_with(',')
        {
            continue;
        }
        // "Major General (res.) X": a rank's reserve or retired mark.
        if matches!(ws.as_slice(), ["res.)" | "ret.)" | "Ret.)"]) {
            continue;
        }
        // "the head of the State Oil Company (SOCAR), Rovnag Abdullayev": an
        // acronym in brackets stands for the words before it.
        let bracketed = part.trim().strip_suffix(')');
        if i == 1 && bracketed.is_some_and(is_acronym) {
            continue;
        }
        // "the Minister of Defense of this country, Mr. X": the country
        // named before is no part of the title.
        if let [.., _, "of", "this" | "that" | "the", "country"] = ws.as_slice() {
            ws.truncate(ws.len() - 3);
        }
        // "Advisor to the Minister of Defense": "to" after a title word.
        // (A title in lower case starts after whose it is: "Ukraine's
        // representative and the EU's foreign affairs chief X".)
        let tail = (0..ws.len())
            .rev()
            .take_while(|&j| {
                !(is_possessive(ws[j])
                    && ws[j + 1..]
                        .iter()
                        .all(|w| w.starts_with(char::is_lowercase)))
            })
            .take_while(|&j| {
                title_phrase_word(ws[j])
                    || joins_title(g, &ws, j)
                    || lower_remit(g, &ws, j)
                    || address_at(&ws, j)
            })
            .count();
        let mut phrase = &ws[ws.len() - tail..];
        // "EU foreign affairs chief", "protest leader": a lone lower-case head
        // after an ordinary word is only the end of the title; after a
        // possessive it is the whole of it ("the ministry's spokesman").
        // (So is one after "its", "his", "her", "their": "headed by its
        // president X".)
        // (So is one after a preposition: "signed by presidents X and Y",
        // "talks with president X".)
        if let [head] = phrase {
            let owner = ws.len() > 1
                && (is_possessive(ws[ws.len() - 2])
                    || matches!(
                        ws[ws.len() - 2],
                        "its" | "his" | "her" | "their" | "by" | "with" | "between" | "from"
                    ));
            if ws.len() > 1 && LOWER_HEAD_SET.contains(head) && !owner {
                break;
            }
        }
        // "NATO's top military commander": a title in lower case after a
        // describing word only describes (unlike "met former president").
        if phrase.len() >= 2
            && phrase.len() < ws.len()
            && phrase.iter().all(|w| w.starts_with(char::is_lowercase))
        {
            let w = ws[ws.len() - phrase.len() - 1];
            let articled = matches!(
                phrase[0],
                "the" | "a" | "an" | "his" | "her" | "their" | "of" | "for" | "and" | "to"
            );
            let describes = !articled
                && matches!(
                    w,
                    "top" | "powerful" | "influential" | "veteran" | "longtime" | "leading" | "key"
                );
            if describes {
                break;
            }
        }
        // "foreign ministers Sergey Lavrov and [Jayhun Bayramov]": a plural
        // title is each listed person's.
        if let [lead @ .., "and"] = phrase {
            // (A remit of places after the plural is no name: "Presidents
            // of Kyrgyzstan and Tajikistan Sadyr Japarov and [Emomali Rahmon]".)
            // (A given name may be a place's: "foreign ministers Ararat
            // Mirzoyan and [Jeyhun Bayramov]".)
            let name_words = |place_ends: bool| {
                lead.iter()
                    .rev()
                    .take_while(|w| {
                        w.starts_with(char::is_uppercase)
                            && !g.is_title(w)
                            && !(place_ends && g.is_place_name(w))
                    })
                    .count()
            };
            let (whole, short) = (name_words(false), name_words(true));
            let remit_after_plural = |lead: &[&str]| {
                lead.iter().rposition(|w| plural_head(w)).is_some_and(|j| {
                    lead.get(j + 1) == Some(&"of")
                        && lead[j + 2..]
                            .iter()
                            .all(|w| matches!(*w, "and" | "the") || g.is_place_name(w))
                })
            };
            let plural_before = |name: usize| {
                let lead = &lead[..lead.len() - name];
                (name > 0 && lead.last().is_some_and(|w| plural_head(w))).then_some(lead)
            };
            if let Some(lead) = plural_before(whole).or_else(|| plural_before(short)) {
                phrase = lead;
            } else if short > 0 && remit_after_plural(&lead[..lead.len() - short]) {
                phrase = &lead[..lead.len() - short];
            }
        }
        // "Colonel General Ion Rusu, and ... Ana Costa": titles before
        // another person's name are that person's.
        // "talks between the foreign ministers of A and B, Deputy Minister
        // X": a plural title further back names others, not X.
        // (Its head, before any "of": not "Dean of ... Attachés Association".)
        // (Not the "Joint Chiefs of Staff" named in a title.)
        if i > 0
            && phrase
                .iter()
                .take_while(|w| **w != "of")
                .any(|w| plural_head(w) && *w != "Chiefs")
        {
            break;
        }
        // "... von der Leyen and President": a surname and "and" end another
        // person's name (its lower-case particles cut the phrase short).
        let named = name_end(g, phrase).or_else(|| {
            (1..phrase.len())
                .rev()
                .find(|&a| phrase[a] == "and")
                .filter(|&a| {
                    let name_word = |w: &str| {
                        name_shaped(g, w)
                            && !g.is_english(w)
                            && !is_title_word(g, w)
                            && !g.is_country(w)
                            // (Nor a compass point: "... for South and Central
                            // Asian Affairs".)
                            && !is_compass(w)
                    };
                    let w = phrase[a - 1];
                    // (Nor a place: "... for the Caucasus and Central Asia";
                    // unless a name's first word is before it: "Yasukazu
                    // Hamada and Foreign Minister", not "Sri Lanka and".)
                    name_word(w)
                        && (!g.is_place_name(w)
                            || (a >= 2
                                && name_word(phrase[a - 2])
                                && !g.is_place_name(&phrase[a - 2..a].join(" "))))
                })
                .map(|a| a + 1)
        });
        let phrase = &phrase[named.unwrap_or(0)..];
        // "... Emmanuel Macron and European Council President [Charles
        // Michel]": the "and" after another's name joins no title.
        let phrase = match phrase {
            ["and", rest @ ..] if named.is_some() && !rest.is_empty() => rest,
            _ => phrase,
        };
        // "The Secretary General and President [Aliyev] discussed": a role
        // alone after "the", before "and", is another's, told of before.
        // (Not before a comma: "the Crown Prince and Prime Minister of Saudi
        // Arabia, [Mohammed bin Salman]" names one.)
        let phrase = match (phrase.first(), phrase.iter().position(|w| *w == "and")) {
            (Some(&"The" | &"the"), Some(a))
                if i == 0
                    && a >= 2
                    && a + 1 < phrase.len()
                    && phrase[1..a].iter().all(|w| is_title_word(g, w)) =>
            {
                &phrase[a + 1..]
            }
            _ => phrase,
        };
        // "Having conveyed greetings to the Minister of Defense of Georgia,
        // General X stressed": a title closing an opening clause is its
        // object's, not the name's.
        let opening_clause = i > 0
            && tail < ws.len()
            && part.as_ptr() == sentence.as_ptr()
            && ws.first().is_some_and(|w| {
                (w.ends_with("ing") && w.starts_with(char::is_uppercase))
                    || matches!(*w, "After" | "Before" | "Upon")
            });
        if opening_clause {
            break;
        }
        // "National Intelligence Organization (MIT) chief X": an
        // organisation's name before its acronym is no title of X's (the
        // head after the acronym is).
        if acronym_after.is_some() && body_without_head(phrase.iter().copied()) {
            break;
        }
        match title_phrase(g, phrase) {
            Some(mut ts) => {
                // "Marine Corps Gen. X": a service named before a rank, no
                // head of its own, is no title (its organisation is named).
                // (The rank is read with it: a lone title is not looked at.)
                if ts.len() >= 2 {
                    ts.retain(|t| !body_without_head(t.split(' ')));
                }
                // "Chief of Army Staff (COAS) General X": the acronym is
                // the position's too.
                if let Some(a) =
                    acronym_after.filter(|a| !is_acronym(a) || position_acronym(g, a, phrase))
                {
                    before.push(a.to_string());
                }
                before.extend(ts.into_iter().rev())
            }
            None => break,
        }
        // "A, Chair of the Committee, and Ambassador [B]": a list's last
        // item; the titles before it are another's.
        if tail < ws.len() || named.is_some() || ws.first() == Some(&"and") {
            break;
        }
    }
    before.reverse();
    // Apposition: ", Chief of the General Staff of ..., " after the name.
    let reach = crate::floor_boundary(src, end + TITLE_REACH);
    let line_end = reach.min(paragraph.1.max(end));
    let after = &src[end..line_end];
    if let Some(rest) = after.strip_prefix(',') {
        // The apposition ends with its sentence ("..., chairman of the
        // People's Council. He then ...").
        let stop = sentence_ends(rest)
            .chain(rest.trim_end().strip_suffix('.').map(str::len))
            .find(|&i| {
                rest.as_bytes()[i] == b'.' && {
                    let word = rest[..i].rsplit(char::is_whitespace).next().unwrap_or("");
                    !abbreviation(word) && word.chars().count() > 1
                }
            })
            .unwrap_or(rest.len());
        let mut last: Vec<&str> = Vec::new();
        for (n_part, part) in rest[..stop].split([',', '(']).enumerate() {
            let mut ws: Vec<&str> = part.split_whitespace().collect();
            // ", 45, a senior adviser to ...": an age first, then the title.
            if n_part == 0
                && matches!(ws[..], [age] if age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()))
            {
                continue;
            }
            // ", a senior adviser to the prime minister,".
            if ws.len() >= 2 && matches!(ws[0], "a" | "an") && is_title_word(g, ws[1]) {
                ws.remove(0);
            }
            // ", the company's CEO,": the title after whose it is.
            if ws.len() >= 3
                && ws[0] == "the"
                && is_possessive(ws[1])
                && ws[1].starts_with(char::is_lowercase)
            {
                ws.drain(..2);
            }
            // ", Supreme Allied Commander Europe (SACEUR) of ...".
            if let Some(a) = ws.first().and_then(|w| w.strip_suffix(')')) {
                if is_acronym(a) && !last.is_empty() && position_acronym(g, a, &last) {
                    before.push(a.to_string());
                }
                break;
            }
            // ", Prime Minister of Latvia Ana Costa": the next person's title;
            // so is ", and the head of ..., Name": another list item.
            // (A body named in lower case in the remit: "deputy head of the
            // presidential administration", "chairman of the board".)
            let body = |j: usize| {
                ws[..j].contains(&"of")
                    && matches!(
                        ws[j],
                        "administration"
                            | "board"
                            | "company"
                            | "committee"
                            | "ministry"
                            | "council"
                            | "government"
                            | "party"
                            | "parliament"
                            | "department"
                            | "office"
                            | "commission"
                            | "agency"
                            | "service"
                            | "directors"
                    )
            };
            if ws.is_empty()
                || matches!(ws[0], "and" | "or")
                || !(0..ws.len()).all(|j| {
                    title_phrase_word(ws[j])
                        || joins_title(g, &ws, j)
                        || body(j)
                        || lower_remit(g, &ws, j)
                })
                || name_end(g, &ws).is_some()
            {
                break;
            }
            match title_phrase(g, &ws) {
                Some(ts) => before.extend(ts),
                None => break,
            }
            last = ws;
        }
    }
    if let Some((a, b)) = remit {
        let listed = &src[sent_start + a..sent_start + b];
        let with: Vec<&str> = listed.split_whitespace().collect();
        let without = listed.replace(',', "");
        let without: Vec<&str> = without.split_whitespace().collect();
        let (with, without) = (with.join(" "), format!(" {}", without.join(" ")));
        for t in &mut before {
            if let Some(at) = t.find(&without) {
                t.replace_range(at..at + without.len(), &with);
            }
        }
    }
    before
}

/// Whether `acronym`, in brackets after the title `phrase`, stands for the
/// position ("Supreme Allied Commander Europe (SACEUR)", "Chief of Army
/// Staff (COAS)"), not for an organisation the title ends with ("...
/// Revolutionary Guards Corps (IRGC)", "President of the State Oil Company
/// of Azerbaijan (SOCAR)").
fn position_acronym(g: &Gazetteer, acronym: &str, phrase: &[&str]) -> bool {
    // (An organisation named in the remit: "Chairman of the State
    // Committee for National Security (GKNB)".)
    let org = |w: &&str| is_org_word(w) && !matches!(*w, "Staff" | "Command");
    let remit = phrase
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .map_or(&[][..], |i| &phrase[i..]);
    // (Its head, not a word describing the next: "Chief of Army Staff".)
    let head = |j: usize| {
        org(&remit[j])
            && remit
                .get(j + 1)
                .is_none_or(|w| w.starts_with(char::is_lowercase))
    };
    // (One opening with no word of the position before "of" stands for the
    // organisation after it: "Commander of Allied Joint Force Command
    // Naples (JFCNP)".)
    let position = &phrase[..phrase.len() - remit.len()];
    let opens_position = position
        .iter()
        .any(|w| w.chars().next() == acronym.chars().next());
    // (A position written before its organisation without "of", every
    // word's initial spelled: "Chairman Joint Chiefs of Staff Committee
    // (CJCSC)".)
    let spelled = || {
        phrase.first().is_some_and(|w| is_person_title(g, w))
            && phrase
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .map(|w| w.chars().next())
                .eq(acronym.chars().map(Some))
    };
    opens_position
        && ((phrase.last().is_some_and(|w| !org(w)) && !(0..remit.len()).any(head)) || spelled())
        && g.organization_at_start(acronym) != Some(acronym.len())
}

/// The spans of names quoted right after an event word: the 28th
/// International Exhibition "Oil and Gas of the Caspian Sea".
fn event_titles(src: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate().skip(1) {
        if t.kind != Kind::Punct {
            continue;
        }
        let q = word(src, t);
        let opening = q == "“" || (q == "\"" && src[..t.start].ends_with(' '));
        // (Or a document's title: a decree "on ...", an order entitled "...".)
        let document = k >= 2
            && matches!(
                word(src, &tokens[k - 1]),
                "on" | "entitled" | "titled" | "called"
            )
            && matches!(
                word(src, &tokens[k - 2]),
                "decree"
                    | "order"
                    | "law"
                    | "resolution"
                    | "agreement"
                    | "memorandum"
                    | "programme"
                    | "program"
            );
        if !opening || !(EVENT_WORDS.contains(word(src, &tokens[k - 1])) || document) {
            continue;
        }
        let close = tokens[k + 1..]
            .iter()
            .take_while(|c| !c.after_newline)
            .find(|c| matches!(word(src, c), "\"" | "”"))
            .map_or(tokens[tokens.len() - 1].end, |c| c.start);
        out.push((t.end, close));
    }
    out
}

/// The parenthesis enclosing byte `at`, if it closes on the same line.
fn paren_around(src: &str, at: usize) -> Option<&str> {
    // Parenthesised credits are short: look no further than `REACH` bytes
    // either way, so a text written as one long line is not rescanned.
    const REACH: usize = 500;
    let bytes = src.as_bytes();
    // The nearest bracket or paragraph break before `at` must be an opening
    // parenthesis (a crawl may wrap lines inside it: "(... Editing by
    // Alex\nRichardson)").
    let from = at.saturating_sub(REACH);
    let mut end = at;
    let open = loop {
        let i = from + memchr::memrchr3(b'(', b')', b'\n', &bytes[from..end])?;
        match bytes[i] {
            b'(' => break i,
            b'\n' if i > from && bytes[i - 1] != b'\n' && bytes.get(i + 1) != Some(&b'\n') => {
                end = i;
            }
            _ => return None,
        }
    };
    let to = crate::floor_boundary(src, at + REACH);
    let close = memchr::memchr2(b')', b'\n', &bytes[at..to]).map_or(to, |i| at + i);
    Some(&src[open..close])
}

/// A rank or position word that names a person's role, as opposed to the
/// field words titles share with organisations ("Defense", "Foreign",
/// "Special": "Defense Ministry", "Special Investment Facilitation Council").
fn is_person_title(g: &Gazetteer, w: &str) -> bool {
    g.is_title(w)
        && !GENERIC.contains(w)
        && !matches!(
            w,
            "Defense"
                | "Defence"
                | "Foreign"
                | "Economy"
                | "Finance"
                | "Interior"
                | "National"
                | "Security"
                | "Press"
                | "Special"
                | "Supreme"
                | "High"
        )
}

/// What the words right before "(" are.
enum Before {
    Title,
    /// A title, then the organisation the acronym stands for, from this
    /// byte: "Chairman of the State Committee for National Security (GKNB)".
    TitledOrganization(usize),
    Place(String),
    Other,
}

/// Where the capitalised run before "(" (at `tokens[i - 1]`) starts:
/// capitalised words and the connectors inside a name.
fn run_before_paren(src: &str, tokens: &[Token], i: usize) -> usize {
    let mut b = i - 1;
    while b > 0 && (caps(src, &tokens[b - 1]) || is_connector(word(src, &tokens[b - 1]))) {
        b -= 1;
    }
    b
}

/// The name an acronym in parentheses spells out, when no rule named it:
/// "Inter-Services Public Relations (ISPR)". Its byte span, when the
/// initials of its capitalised words and hyphenated parts are the acronym,
/// and whether a title opened the words (then the acronym is a position's
/// and the span the organisation's after it).
fn spelled_out(
    src: &str,
    tokens: &[Token],
    i: usize,
    g: &Gazetteer,
) -> Option<(usize, usize, bool)> {
    let acronym = word(src, &tokens[i]);
    let mut b = run_before_paren(src, tokens, i);
    while b < i - 1 && (STOP.contains(word(src, &tokens[b])) || is_connector(word(src, &tokens[b])))
    {
        b += 1;
    }
    // "Chairman Joint Chiefs of Staff Committee (CJCSC)": the acronym names
    // the position; the organisation is the words after the title.
    let mut t = b;
    while t < i - 1 && is_person_title(g, word(src, &tokens[t])) {
        t += 1;
    }
    // "United Nations Interim Force in Lebanon (UNIFIL)": a name over "in",
    // whose initial the acronym spells too; or some of its words' initials,
    // the first and the place's: "European Union Monitoring Mission in
    // Armenia (EUMA)".
    if t == b && b >= 2 && b < i - 1 && word(src, &tokens[b - 1]) == "in" {
        let end = tokens[i - 2].end;
        let mut from = run_before_paren(src, tokens, b - 1);
        while from < b - 1
            && (STOP.contains(word(src, &tokens[from])) || is_connector(word(src, &tokens[from])))
        {
            from += 1;
        }
        let spelled = initials_of_every_word(&src[tokens[from].start..end]);
        // (By characters: an acronym's capitals need not be ASCII.)
        let some_of = || {
            acronym.len() >= 3
                && spelled.chars().next() == acronym.chars().next()
                && spelled.chars().next_back() == acronym.chars().next_back()
                && {
                    let mut letters = spelled.chars();
                    acronym.chars().all(|a| letters.any(|s| s == a))
                }
        };
        if from < b - 1 && (spelled == acronym || some_of()) {
            return Some((tokens[from].start, end, false));
        }
    }
    if i - 1 - t < 2 {
        return None;
    }
    let end = tokens[i - 2].end;
    let (lead, rest) = src[tokens[b].start..end].split_at(tokens[t].start - tokens[b].start);
    if initials(lead.trim_end()) + &initials(rest) == acronym
        || (t == b && acronym.len() >= 3 && spells(acronym, rest))
    {
        return Some((tokens[t].start, end, t > b));
    }
    None
}

/// Whether `acronym` spells `name` word by word: each word gives its
/// initial, a word in capitals may give all its letters ("UN Conference on
/// Trade and Development" -> "UNCTAD"), and a small word in lower case its
/// initial or nothing ("Planning and Review Process" -> "PARP").
fn spells(acronym: &str, name: &str) -> bool {
    fn go(a: &[u8], words: &[&str]) -> bool {
        let Some((w, rest)) = words.split_first() else {
            return a.is_empty();
        };
        let wb = w.as_bytes();
        let Some(&first) = wb.first() else {
            return go(a, rest);
        };
        let small = first.is_ascii_lowercase();
        (small && go(a, rest))
            || (a.first() == Some(&first.to_ascii_uppercase()) && go(&a[1..], rest))
            || (wb.len() > 1
                && wb.iter().all(u8::is_ascii_uppercase)
                && a.starts_with(wb)
                && go(&a[wb.len()..], rest))
    }
    let words: Vec<&str> = name.split([' ', '\n', '-']).collect();
    // (Few words: the search tries at most three ways a word.)
    words.len() <= 12 && go(acronym.as_bytes(), &words)
}

/// The initials of every word of a name, small joining words too, in
/// capitals: "Planning and Review Process" -> "PARP" (an acronym that
/// spells "and").
fn initials_of_every_word(name: &str) -> String {
    name.split([' ', '\n', '-'])
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The initials of a name's capitalised words and hyphenated parts:
/// "Collective Security Treaty Organization" -> "CSTO".
pub(crate) fn initials(name: &str) -> String {
    name.split([' ', '\n', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn before_paren<'h>(
    src: &str,
    tokens: &[Token],
    i: usize,
    hit_at: &dyn Fn(usize) -> Option<&'h Hit>,
    g: &Gazetteer,
) -> Before {
    let b = run_before_paren(src, tokens, i);
    if b == i - 1 {
        return Before::Other;
    }
    let run = &tokens[b..i - 1];
    if let Some(h) = run.iter().find_map(|t| hit_at(t.start)) {
        let e = g.entry(h.entry);
        // The place must be the whole run: "Institute of Strategic Studies
        // Islamabad (ISSI)" names the institute.
        let place_only = run
            .iter()
            .take_while(|t| t.start < h.start)
            .all(|t| STOP.contains(word(src, t)) || is_connector(word(src, t)));
        // (Its initial first: not "the EU mission in Armenia (EUMA)", an
        // acronym of more words than the place's.)
        let initial = src[h.start..].chars().next() == word(src, &tokens[i]).chars().next();
        if e.kind == GazKind::Place
            && place_only
            && initial
            && h.end == run[run.len() - 1].end
            && !run.iter().any(|t| g.is_title(word(src, t)))
        {
            return Before::Place(e.canonical.to_string());
        }
    }
    let first = run
        .iter()
        .map(|t| word(src, t))
        .find(|w| !STOP.contains(w) && !is_connector(w));
    // "Chairman of Azerbaijan Railways CJSC (ADY)": a title, then the
    // organisation the acronym stands for.
    let last = word(src, &run[run.len() - 1]);
    let names_org = is_org_word(last) && !matches!(last, "Staff" | "Command");
    if (first.is_some_and(|w| g.is_title(w) && !GENERIC.contains(w)) || first == Some("Chief"))
        && !names_org
    {
        // The organisation after "of": it holds an organisation word of
        // its own and is no staff or command ("Chief of Army Staff (COAS)").
        let of = run.iter().position(|t| word(src, t) == "of");
        if let Some(mut o) = of.map(|o| o + 1) {
            while o < run.len() && word(src, &run[o]) == "the" {
                o += 1;
            }
            let org = run[o..]
                .iter()
                .map(|t| word(src, t))
                .any(|w| is_org_word(w) && !matches!(w, "Staff" | "Command"));
            let staff = matches!(word(src, &run[run.len() - 1]), "Staff" | "Command");
            if o < run.len() && org && !staff {
                return Before::TitledOrganization(run[o].start);
            }
        }
        return Before::Title;
    }
    Before::Other
}

/// The places among gazetteer hits, as mentions.
pub(crate) fn place_mentions(g: &Gazetteer, hits: &[Hit]) -> Vec<Raw> {
    let mut out = Vec::new();
    for h in hits
        .iter()
        .filter(|h| g.entry(h.entry).kind == GazKind::Place)
    {
        push_hit(g, h, &mut out);
    }
    out
}

fn push_hit(g: &Gazetteer, h: &Hit, out: &mut Vec<Raw>) {
    let e = g.entry(h.entry);
    let kind = match e.kind {
        GazKind::Place => EntityKind::Location,
        GazKind::Organization => EntityKind::Organization,
    };
    out.push(Raw {
        canonical: Some(e.canonical.to_string()),
        ..Raw::plain(kind, h.start, h.end)
    });
}

/// The words right before `start` and right after `end` (after what a
/// field or a mine yields: "gas", "oil", "copper"), as far as ASCII letters go.
fn words_around(src: &str, start: usize, end: usize) -> (&str, &str) {
    let before = src[..start].trim_end_matches(' ');
    let after = src[end..].trim_start_matches(' ');
    // (Past the name's acronym in brackets: "the Azeri-Chirag-Gunashli
    // (ACG) field".)
    let after = after
        .strip_prefix('(')
        .and_then(|a| a.split_once(')'))
        .filter(|(acronym, _)| (2..=8).contains(&acronym.len()) && is_acronym(acronym))
        .map_or(after, |(_, rest)| rest.trim_start_matches(' '));
    let after = [
        "gas ",
        "oil ",
        "condensate ",
        "copper ",
        "gold ",
        "coal ",
        "lithium ",
    ]
    .iter()
    .fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
    // The words sought are ASCII: bytes bound them.
    let word_after = &after[..after
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(after.len())];
    let word_before = &before[before
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1)..];
    (word_before, word_after)
}

/// Whether the name at `start..end` is a field's or a mine's: "field" (or
/// "deposit", "mine") right before it or after it, maybe after what it
/// yields ("gas", "oil", "copper").
fn names_field(src: &str, start: usize, end: usize) -> bool {
    const FIELD: [&str; 4] = ["field", "fields", "deposit", "oilfield"];
    let (before, after) = words_around(src, start, end);
    // (An exploration block or a mine only by the word after it: "the
    // Shafag-Asiman block", "the Mes Aynak copper mine".)
    FIELD.contains(&after)
        || FIELD.contains(&before)
        || matches!(after, "block" | "blocks" | "mine" | "mines")
}

/// Whether a company word follows the name ending at `end`, maybe after
/// up to two lower-case words saying what company: "Kyrgyz Temir Zholu
/// national company", "Uzbekistan Temir Yollari joint-stock company".
#[inline(always)]
fn names_company(src: &str, end: usize) -> bool {
    // (An armed group's or a movement's too: "the Jaish al-Adl group";
    // and a unit's: "the Iron Wolf brigade".)
    const COMPANY: [&[u8]; 10] = [
        b"company",
        b"corporation",
        b"concern",
        b"holding",
        b"group",
        b"movement",
        b"brigade",
        b"battalion",
        b"regiment",
        b"squadron",
    ];
    // Read as bytes: every chunk asks, and the words sought are ASCII.
    let mut rest = &src.as_bytes()[end..];
    for _ in 0..3 {
        let Some((b' ', after)) = rest.split_first() else {
            return false;
        };
        let len = after
            .iter()
            .position(|b| !(b.is_ascii_lowercase() || *b == b'-'))
            .unwrap_or(after.len());
        if len == 0 {
            return false;
        }
        if COMPANY.contains(&&after[..len]) {
            return true;
        }
        // ("X said the company ...": a clause, not the company's words.)
        if matches!(
            &after[..len],
            b"the" | b"a" | b"an" | b"said" | b"says" | b"told" | b"and" | b"of" | b"that" | b"who"
        ) {
            return false;
        }
        rest = &after[len..];
    }
    false
}

/// Whether the name at byte `start` is one whose shares or a stake in
/// which are told of ("shares in [X]", "shares of [X]", "a stake in [X]"),
/// or listed after one ("shares in X and [Y]").
fn shares_in(src: &str, start: usize) -> bool {
    listed_after(src, start, &["shares", "Shares"], &["in", "of"])
        || listed_after(src, start, &["stake"], &["in"])
}

/// Nouns of one company that its name follows: "the French company Orano",
/// "the sovereign wealth fund Samruk-Kazyna".
const COMPANY_NOUNS: [&str; 13] = [
    "company",
    "firm",
    "corporation",
    "manufacturer",
    "maker",
    "giant",
    "operator",
    "fund",
    "producer",
    "carrier",
    "supplier",
    "exporter",
    "lender",
];

/// The company noun that closes a description after the name ending at
/// `end`: "Kazatomprom, the world's largest uranium producer, ...". Only
/// words in lower case stand between (not "X, the head of the company"),
/// or a nationality ("Orano, the French nuclear fuel company").
fn company_apposition<'h>(g: &Gazetteer, src: &'h str, end: usize) -> Option<&'h str> {
    let rest = &src[end..];
    let rest = [", the ", ", a ", ", an "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))?;
    let phrase = rest.split([',', '.', ';', '(']).next().unwrap_or("");
    if phrase.len() == rest.len() {
        return None;
    }
    let ws: Vec<&str> = phrase.split(' ').take(7).collect();
    let noun = *ws.last()?;
    (ws.len() <= 6
        && COMPANY_NOUNS.contains(&noun)
        // (A producer of films or music is a person: "X, a film producer".)
        && !ws.iter().any(|w| {
            matches!(
                *w,
                "film" | "movie" | "music" | "record" | "television" | "tv" | "theatre" | "theater" | "executive"
            )
        })
        && ws.iter().all(|w| {
            !w.is_empty()
                && !matches!(*w, "of" | "and" | "for" | "to" | "with")
                && (w.bytes().all(|b| b.is_ascii_lowercase() || matches!(b, b'\'' | b'-'))
                    || g.is_demonym(w))
        }))
    .then_some(noun)
}

/// Whether a company noun stands right before `start`: "company [Orano]".
/// (Not after a company's own name, which names its head next: "Kyrgyz
/// Temir Zholu national company Azamat Mambetov"; a nationality or a
/// country may say whose it is: "the French company".)
fn company_noun_before(g: &Gazetteer, src: &str, start: usize) -> bool {
    let before = src[..start].strip_suffix(' ').unwrap_or("");
    let Some(rest) = COMPANY_NOUNS.iter().find_map(|k| {
        before
            .strip_suffix(k)
            .filter(|b| b.is_empty() || b.ends_with(' ') || b.ends_with('-'))
    }) else {
        return false;
    };
    // (The noun phrase opens at its article: "said the grid operator
    // Moldelectrica", "The grid operator Moldelectrica".)
    let article = |w: &str| matches!(w, "the" | "a" | "an" | "The" | "A" | "An");
    rest.split_whitespace()
        .rev()
        .take(4)
        .find(|w| article(w) || !w.starts_with(|c: char| c.is_lowercase()))
        .is_none_or(|w| {
            // (Or a country's: "Kazakhstan's sovereign wealth fund".)
            let whose = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            article(w)
                || g.is_demonym(w)
                || g.is_country(whose)
                || !w.starts_with(char::is_uppercase)
        })
}

/// Whether the name from `start` to `end` stands in quotation marks right
/// after a company's kind or legal form: "the State Concern "Turkmengaz"".
fn quoted_after_company(src: &str, start: usize, end: usize) -> bool {
    // (Most names stand after a space: the byte before first, as every
    // chunk asks. '“' and '«' end in 0x9C and 0xAB.)
    if !start
        .checked_sub(1)
        .is_some_and(|i| matches!(src.as_bytes()[i], b'"' | 0x9C | 0xAB))
    {
        return false;
    }
    let Some(before) = src[..start].strip_suffix(['"', '“', '«']) else {
        return false;
    };
    src[end..].starts_with(['"', '”', '»'])
        && matches!(
            before.trim_end().rsplit(' ').next(),
            Some(
                "Concern"
                    | "Company"
                    | "Corporation"
                    | "Holding"
                    | "JSC"
                    | "CJSC"
                    | "OJSC"
                    | "PJSC"
                    | "LLC"
                    | "company"
                    | "concern"
            )
        )
}

/// Whether a name starting at `start` is an item of a list after a plural
/// of `kinds`: "the companies [Shell], [Boskalis] and [Van Oord]"; with
/// `links`, after the plural and one of them: "the ports of [Aktau],
/// [Kuryk] and [Alat]", "shares in [X] and [Y]" (or the first item).
fn listed_after(src: &str, start: usize, kinds: &[&str], links: &[&str]) -> bool {
    // (Most names follow none of these: the bytes before first, as most
    // chunks ask.)
    let b = &src.as_bytes()[..start];
    let end = b.iter().rposition(|&c| c != b' ').map_or(0, |i| i + 1);
    let b = &b[..end];
    let word_is =
        |w: &[u8]| b.ends_with(w) && (b.len() == w.len() || b[b.len() - w.len() - 1] == b' ');
    // (Right after a link, the kind is the word before it: "ports of
    // [Aktau]", "shares in [X]"; no list to walk.)
    if let Some(l) = links.iter().find(|l| word_is(l.as_bytes())) {
        let before = &b[..b.len() - l.len()];
        let before = &before[..before.iter().rposition(|&c| c != b' ').map_or(0, |i| i + 1)];
        return kinds.iter().any(|k| {
            before.ends_with(k.as_bytes())
                && (before.len() == k.len()
                    || before[before.len() - k.len() - 1].is_ascii_whitespace())
        });
    }
    if !(b.ends_with(b",") || word_is(b"and")) {
        return links.is_empty()
            && b.ends_with(b"s")
            && kinds.iter().any(|k| word_is(k.as_bytes()));
    }
    let from = crate::floor_boundary(src, start.saturating_sub(160));
    // (Nor does a list run over a line's end: a headline's "... with Chinese
    // firms" above "ASTANA, Sept 3".)
    let from = memchr::memrchr(b'\n', &src.as_bytes()[from..start]).map_or(from, |i| from + i + 1);
    let mut ws = src[from..start].split_whitespace().rev().take(14);
    while let Some(w) = ws.next() {
        let item = w.trim_end_matches(',');
        if links.contains(&item) {
            return ws.next().is_some_and(|k| kinds.contains(&k));
        }
        if links.is_empty() && kinds.contains(&item) {
            return true;
        }
        // (A sentence's end ends the list: "... and Van Oord. Later, X".)
        if !(w == "and" || item.starts_with(char::is_uppercase))
            || item.ends_with(['.', '!', '?', ':', ';'])
        {
            return false;
        }
    }
    false
}

/// Where the fields a body's "of" or "for" phrase lists after the comma
/// at token `comma` end ("Ministry of Investment, Industry and Trade",
/// "Ministry of Transport, Communications and High Technologies"), when
/// the chunk from token `from` holds such a phrase: each field one to
/// three ordinary capitalised words, the last after "and" (not bodies,
/// titles or names the gazetteer knows: "the Ministry of Energy, SOCAR
/// and BP").
fn listed_fields<'h>(
    src: &str,
    tokens: &[Token],
    from: usize,
    comma: usize,
    g: &Gazetteer,
    hit_at: &dyn Fn(usize) -> Option<&'h Hit>,
) -> Option<usize> {
    // (Or a committee's "on" phrase: "Committee on Defense, Security and
    // Anti-corruption".)
    let body_phrase = (from + 1..comma).any(|x| {
        let head = word(src, &tokens[x - 1]);
        match word(src, &tokens[x]) {
            "of" | "for" => is_org_word(head),
            "on" => on_phrase_head(head),
            _ => false,
        }
    });
    if !body_phrase {
        return None;
    }
    let field = |t: &Token| {
        let w = word(src, t);
        t.kind == Kind::Word
            && caps(src, t)
            && !t.sentence_start
            && english_words(g, w)
            && !is_person_title(g, w)
            && (!is_org_word(w)
                || matches!(
                    w,
                    "Technologies" | "Industries" | "Aerospace" | "Electronics"
                ))
            && hit_at(t.start).is_none()
    };
    // A field's words from token `k`: where they end.
    let run = |k: usize| {
        let n = tokens[k.min(tokens.len())..]
            .iter()
            .take(4)
            .take_while(|t| field(t))
            .count();
        (1..=3).contains(&n).then_some(k + n)
    };
    let mut k = comma;
    loop {
        // After a comma, a field; then another comma or "and" and the last.
        k = run(k + 1)?;
        match tokens.get(k).map(|t| word(src, t)) {
            Some(",") => continue,
            Some("and") => return run(k + 1),
            _ => return None,
        }
    }
}

/// The units a place's autonomy is named by: "Nakhchivan Autonomous
/// Republic", "Autonomous Republic of Crimea", "Xinjiang Uygur Autonomous
/// Region" (a people's name between).
const AUTONOMOUS_UNITS: [&str; 7] = [
    "Republic",
    "Region",
    "Okrug",
    "Oblast",
    "District",
    "Prefecture",
    "Community",
];

/// An administrative unit's word, capitalised as part of its name: "Sughd
/// Region", "Al Dhafra Region", "Tavush Province".
const AREA_NAMES: [&str; 6] = [
    "Region",
    "District",
    "Province",
    "Oblast",
    "Governorate",
    "Rayon",
];

/// One of [`AREA_NAMES`] (most words turned away by their first letter).
#[inline(always)]
fn area_name(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'R' | b'D' | b'P' | b'O' | b'G'))
        && AREA_NAMES.contains(&w)
}

/// Where the area word after a name ending at `end` ends, if one follows:
/// "Tovuz district", "Gadabay region" (the gazetteer knows only the larger
/// places).
fn names_area(src: &str, end: usize) -> Option<usize> {
    const AREA: [&str; 6] = [
        "district", "region", "province", "oblast", "rayon", "village",
    ];
    let gap = src[end..].len() - src[end..].trim_start_matches(' ').len();
    let rest = &src[end + gap..];
    let word = &rest[..rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    (gap == 1 && AREA.contains(&word)).then_some(end + gap + word.len())
}

/// Where a name starting at byte `start` starts when it goes back over
/// "and" to capitalised words before it ("Improving Governance and Public
/// Sector ..."): the first of those words, else `start`.
fn and_before(src: &str, start: usize) -> usize {
    let Some(before) = src[..start].strip_suffix(" and ") else {
        return start;
    };
    let (mut end, mut from) = (before.len(), start);
    for w in before.rsplit(' ').take(5) {
        let capital = w.starts_with(|c: char| c.is_uppercase())
            && !w.ends_with([',', '.', ';', ':', '"', ')'])
            && !matches!(w, "The" | "A" | "An");
        if !capital {
            break;
        }
        from = end - w.len();
        if from == 0 {
            break;
        }
        end = from - 1;
    }
    from
}

/// Whether the words after byte `end` say what a product named before them
/// is: up to three lower-case words ending in a kind of weapon or vehicle
/// ("drones", "transport aircraft", "unmanned combat aerial vehicles").
fn names_product(src: &str, end: usize) -> bool {
    const KIND_LIST: [&str; 30] = [
        "drone",
        "drones",
        "tank",
        "tanks",
        "jet",
        "jets",
        "fighter",
        "fighters",
        "missile",
        "missiles",
        "launcher",
        "launchers",
        "aircraft",
        "helicopter",
        "helicopters",
        "howitzer",
        "howitzers",
        "rifle",
        "rifles",
        "vehicle",
        "vehicles",
        "frigate",
        "frigates",
        "corvette",
        "corvettes",
        "submarine",
        "submarines",
        "rockets",
        "munitions",
        "radars",
    ];
    static KINDS: LazyLock<WordSet<&'static str>> =
        LazyLock::new(|| KIND_LIST.iter().copied().collect());
    let rest = &src[end..];
    if !rest.starts_with(' ') {
        return false;
    }
    // (A line may end after the kind: a headline's "... CAESAR howitzers".)
    for (i, w) in rest[1..].split([' ', '\n']).take(4).enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        // (A system only after what it does: "air defence systems", not
        // "NATO systems".)
        if KINDS.contains(bare) || (i > 0 && matches!(bare, "system" | "systems")) {
            return true;
        }
        // A model's number right after its maker's name: "GM 200 radars".
        if i == 0 && (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        // Modifiers only: "combat aerial", not "in increasing its drone".
        if !w.starts_with(|c: char| c.is_ascii_lowercase())
            || bare.len() < w.len()
            || matches!(
                bare,
                "in" | "by"
                    | "with"
                    | "for"
                    | "to"
                    | "of"
                    | "and"
                    | "or"
                    | "its"
                    | "their"
                    | "the"
                    | "a"
                    | "an"
                    | "from"
                    | "on"
                    | "at"
                    | "as"
                    | "that"
                    | "which"
                    | "is"
                    | "was"
            )
            || bare.ends_with("ing")
        {
            return false;
        }
    }
    false
}

/// Words after a name that make it a venture: "the Shah Deniz project".
const PROJECT_WORDS: [&str; 9] = [
    "project",
    "projects",
    "pipeline",
    "pipelines",
    "consortium",
    "venture",
    "programme",
    "program",
    "initiative",
];

/// Whether `pair` is an organisation's one-word name and then places joined
/// by hyphens, nothing else: "BP Azerbaijan-Georgia-Turkey", "SOCAR Turkey".
fn regional_unit<'h>(
    src: &str,
    pair: &[Token],
    hits: &'h [Hit],
    hit_at: &dyn Fn(usize) -> Option<&'h Hit>,
    g: &Gazetteer,
) -> bool {
    let [org, region] = pair else {
        return false;
    };
    let company = hit_at(org.start)
        .is_some_and(|h| h.end == org.end && g.entry(h.entry).kind == GazKind::Organization);
    if !company || src.get(org.end..region.start) != Some(" ") {
        return false;
    }
    let mut at = region.start;
    for h in hits_within(hits, region.start, region.end) {
        if h.start != at || g.entry(h.entry).kind != GazKind::Place {
            return false;
        }
        at = h.end;
        if src[at..region.end].starts_with('-') {
            at += 1;
        }
    }
    at == region.end
}

fn read_chunk<'h>(
    src: &str,
    chunk: &[Token],
    hits: &'h [Hit],
    hit_at: &dyn Fn(usize) -> Option<&'h Hit>,
    g: &Gazetteer,
    cx: &Context,
    out: &mut Vec<Raw>,
) {
    let words: Vec<&str> = chunk.iter().map(|t| word(src, t)).collect();
    let n = chunk.len();
    // Whether a place the gazetteer knows runs from word `x` through word
    // `last`.
    let place_through = |x: usize, last: usize| {
        hit_at(chunk[x].start)
            .is_some_and(|h| g.entry(h.entry).kind == GazKind::Place && h.end == chunk[last].end)
    };
    // Drop sentence-initial stop words ("The", "During").
    let mut s = 0;
    while s < n
        && (STOP.contains(words[s]) || is_connector(words[s]))
        && hit_at(chunk[s].start).is_none()
    {
        s += 1;
    }
    if s >= n {
        return;
    }
    // Honours written after a name name no organisation: "General X, NI
    // (M)", "Y, OBE".
    if words[s..].iter().all(|w| POST_NOMINALS.contains(w))
        && (src[chunk[n - 1].end..].starts_with(" (M)")
            || src[chunk[n - 1].end..].starts_with("(M)")
            || src[..chunk[s].start].ends_with(", "))
    {
        return;
    }
    // Chunks that name one organisation whole, whatever words they hold:
    // where an analyst works, whatever places its name holds: "a senior
    // fellow at Carnegie Europe" (not the town Carnegie and Europe).
    let works_at_one = || n - s >= 2 && works_at(src, chunk[s].start);
    // Places of several words joined by a hyphen before a route's word
    // name the route: "the Persian Gulf-Black Sea transport corridor" (as
    // one word does, "the Baku-Tbilisi-Kars railway", below).
    // (Byte tests first: a route's word or acronym follows a space, and
    // few chunks hold a hyphen.)
    let route = || {
        n - s >= 2
            && src.as_bytes()[chunk[n - 1].end..]
                .get(1)
                .is_some_and(|b| b.is_ascii_lowercase() || *b == b'(')
            && {
                let text = &src[chunk[s].start..chunk[n - 1].end];
                memchr::memchr(b'-', text.as_bytes()).is_some()
                    && names_route(src, &chunk[n - 1])
                    && text.split('-').all(|p| g.is_place_name(p))
            }
    };
    // Names joined by an ampersand are a firm's: "Procter & Gamble",
    // "Kongsberg Defence & Aerospace" (unless a place: "Trinidad & Tobago").
    let firm = || {
        n - s >= 3
            && words[s + 1..n - 1].contains(&"&")
            && n - s <= 6
            // (Not an event's words, "... Oil & Gas Exhibition & Conference", or
            // a line in capitals.)
            && !words[s..].iter().any(|w| {
                is_person_title(g, w)
                    || is_event_word(w)
                    || (w.len() >= 5 && !w.bytes().any(|b| b.is_ascii_lowercase()))
            })
            && !place_through(s, n - 1)
    };
    // Names listed after those who speak for them are organisations:
    // "representatives of Samruk-Kazyna, KazMunayGas and Kazakhtelecom"
    // (not a place: "representatives of Kazakhstan"; not a nationality:
    // "representatives of Saudi companies").
    // (Byte tests first, in `represented_by`: few chunks follow "of ", ", "
    // or "and " with a plural's "s of " before them.)
    let represented = || {
        n - s <= 3
            && !chunk[s].sentence_start
            && represented_by(src, chunk[s].start, || {
                hit_at(chunk[s].start).is_none()
                    && words[s..]
                        .iter()
                        .all(|w| !g.is_english(w) && !is_person_title(g, w) && !g.is_demonym(w))
            })
    };
    if works_at_one() || route() || firm() || represented() {
        // (A sentence's period after a letter is no initial's: "AT&T.")
        let end =
            chunk[n - 1].end - usize::from(words[n - 1].len() == 2 && words[n - 1].ends_with('.'));
        out.push(Raw::plain(EntityKind::Organization, chunk[s].start, end));
        return;
    }
    // A place's autonomous unit, named with it, is that place's mention
    // whole: "the Nakhchivan Autonomous Republic", "the Autonomous Republic
    // of Crimea" (one entity with "Nakhchivan", "Crimea").
    // (A word compared first: few chunks hold "Autonomous".)
    if n - s >= 3 {
        let unit = |w: &str| AUTONOMOUS_UNITS.contains(&w);
        // (A people's name may come between: "Xinjiang Uygur Autonomous
        // Region", "Guangxi Zhuang Autonomous Region".)
        let people_s = || {
            n - s >= 4
                && name_shaped(g, words[n - 3])
                && hit_at(chunk[n - 3].start).is_none()
                && place_through(s, n - 4)
        };
        let place = if words[n - 2] == "Autonomous"
            && unit(words[n - 1])
            && (place_through(s, n - 3) || people_s())
        {
            Some(s)
        } else if words[s] == "Autonomous"
            && unit(words[s + 1])
            && words.get(s + 2) == Some(&"of")
            && n - s >= 4
            && place_through(s + 3, n - 1)
        {
            Some(s + 3)
        } else {
            None
        };
        if let Some(h) = place.and_then(|p| hit_at(chunk[p].start)) {
            out.push(Raw {
                canonical: Some(g.entry(h.entry).canonical.to_string()),
                ..Raw::plain(EntityKind::Location, chunk[s].start, chunk[n - 1].end)
            });
            return;
        }
    }
    // "the Alliance": NATO's capitalised short form, a mention of NATO
    // when the article names NATO (resolve joins it or drops it).
    if n - s == 1 && words[s] == "Alliance" && after_the(src, chunk, s) {
        out.push(Raw {
            canonical: Some("NATO".to_string()),
            joins_only: true,
            ..Raw::plain(EntityKind::Organization, chunk[s].start, chunk[s].end)
        });
        return;
    }
    // A month of the Hijri calendar before its day and year names no one:
    // "Riyadh, Jumada Al-Akhirah 05, 1446, December 06, 2024".
    // (A digit after the space first, a cheap test: most chunks fail it.)
    if src
        .as_bytes()
        .get(chunk[n - 1].end + 1)
        .is_some_and(u8::is_ascii_digit)
        && hijri_date_after(src, chunk[n - 1].end)
    {
        return;
    }
    // An organisation the gazetteer knows by the whole chunk is that one
    // ("the Commonwealth of Independent States").
    if let Some(h) = hit_at(chunk[s].start)
        .filter(|h| h.end == chunk[n - 1].end && g.entry(h.entry).kind == GazKind::Organization)
    {
        push_hit(g, h, out);
        return;
    }
    // ... and so by its name and its trade's, closing the chunk: "Hyundai
    // Engineering", "Siemens Energy", "Toyota Motor" (not an acronym's
    // body: "NATO Defence", "EU Energy").
    // (The last word first: few chunks end in a trade.)
    if let Some(h) = (n - s >= 2 && TRADES.contains(&words[n - 1]))
        .then(|| hit_at(chunk[s].start))
        .flatten()
        .filter(|h| {
            g.entry(h.entry).kind == GazKind::Organization && !is_acronym(&src[h.start..h.end])
        })
    {
        if let Some(e) = chunk[s..n - 1].iter().position(|t| t.end == h.end) {
            let trade = &words[s + e + 1..n];
            if trade.len() <= 2 && trade.iter().all(|w| TRADES.contains(w)) {
                out.push(Raw::plain(
                    EntityKind::Organization,
                    h.start,
                    chunk[n - 1].end,
                ));
                return;
            }
        }
    }
    // "Great Patriotic War", "Peace Mission 2018", "Madrid Principles": events and documents.
    // So is a name that ends in an event word whatever it holds: "NATO
    // Force Model", "UN Security Council Resolution"; or in a year, as
    // exercises are named: "Mustafa Kemal Ataturk-2023".
    // (A year, not any four digits: "the CASA-1000 project".)
    let year_suffix = |w: &str| {
        w.rsplit_once('-').is_some_and(|(_, y)| {
            y.len() == 4
                && (y.starts_with("19") || y.starts_with("20"))
                && y.bytes().all(|b| b.is_ascii_digit())
        })
    };
    // (The U.S. Congress is a legislature, not a congress held.)
    let legislature = country_congress(g, &words, chunk, hits, s);
    // (Nor is a name before a company's legal form anything but a company:
    // "TAP AG", "Snam S.p.A."; the form is no acronym of its own.)
    let legal_form = n - s >= 2 && LEGAL_FORMS.contains(&words[n - 1]);
    // (So is a name given its stake: "shareholders are BP (20%), Snam
    // (20%), Fluxys (19%)"; not a place the gazetteer knows.)
    let stake = stake_after(src, chunk[n - 1].end)
        && !hit_at(chunk[s].start)
            .is_some_and(|h| h.end == chunk[n - 1].end && g.entry(h.entry).kind == GazKind::Place);
    // (So is a lone unknown name that a position heads, before a comma or
    // the sentence's end: "the chairman of Turkmennebit, X", "the CEO of
    // Kalashnikov."; not a place, nor a name the gazetteer knows.)
    let headed = || {
        // (The cheap tests first: most chunks are not one word after "of".)
        n - s == 1
            && src[..chunk[s].start].ends_with(" of ")
            && src[chunk[s].end..].starts_with([',', '.', ';'])
            && src[..chunk[s].start - 4]
                .rsplit(' ')
                .next()
                .is_some_and(is_head)
            && name_shaped(g, words[s])
            && !g.is_english(words[s])
            && hit_at(chunk[s].start).is_none()
    };
    if legislature || legal_form || stake || headed() {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // A credit rating ("BB+", "BBB-", "an AA rating") is no acronym.
    let rating = n - s == 1
        && words[s].len() <= 3
        && words[s].bytes().all(|b| matches!(b, b'A' | b'B' | b'C'))
        && (src[chunk[s].end..].starts_with(['+', '-', '\u{2212}'])
            || src[chunk[s].end..].starts_with(" rating"));
    if rating {
        return;
    }
    // A column or paper named after a place ("the Eurasia Insight archive",
    // "Caspian Monitor") names no place.
    const PAPERS: [&str; 8] = [
        "Insight", "Monitor", "Digest", "Review", "Bulletin", "Weekly", "Observer", "Gazette",
    ];
    if n - s == 2
        && PAPERS.contains(&words[s + 1])
        && hit_at(chunk[s].start)
            .is_some_and(|h| h.end == chunk[s].end && g.entry(h.entry).kind == GazKind::Place)
    {
        return;
    }
    // (A legislature named a congress is no event: "the National People's
    // Congress", "the U.S. Congress".)
    let legislature = || {
        words[s..]
            .windows(2)
            .any(|p| p[1] == "Congress" && matches!(p[0], "'s" | "’s" | "National" | "U.S." | "US"))
    };
    // (A site named after one is a site: "the National War Memorial".)
    if ((words[s..].iter().any(|w| EVENT_WORDS.contains(w))
        && !words[s..]
            .iter()
            .any(|w| is_org_word(w) || SITE_WORDS.contains(w)))
        || (n - s >= 2 && EVENT_WORDS.contains(words[n - 1]))
        || year_suffix(words[n - 1])
        || holiday(&words[s..]))
        && !legislature()
    {
        return;
    }
    // A named programme or project is a venture, an organisation, whatever
    // it holds: "the Improving Governance and Public Sector Efficiency
    // Program", "the Azerbaijan Renewable Energy Scale-Up Program".
    // (Its name may hold "and": "Improving Governance and Public Sector ...";
    // one whose name is quoted after it is its owner's: "the NATO Program
    // "Partnership for Peace"".)
    if n - s >= 2
        && matches!(words[n - 1], "Program" | "Programme" | "Project")
        && !src[chunk[n - 1].end..]
            .trim_start_matches(' ')
            .starts_with(['"', '“', '«'])
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            and_before(src, chunk[s].start),
            chunk[n - 1].end,
        ));
        return;
    }
    // A product named before what it is ("Bayraktar TB2 drones", "M1A2
    // Abrams tanks", "HIMARS launchers"): no organisation or person, though
    // a company the gazetteer knows may make it ("Airbus C295 aircraft").
    // So is one after where it was made: "Israeli-made Harop loitering
    // munitions", "Turkish-built drones".
    let made = ["-made", "-built", "-produced", "-manufactured"];
    if names_product(src, chunk[n - 1].end) || made.iter().any(|m| words[s].ends_with(m)) {
        let mut known = hits_within(hits, chunk[s].start, chunk[n - 1].end).peekable();
        // A place named whole stays one ("sent to Ukraine tanks" is rare; a
        // place is rarely a product).
        let place_only = known.peek().is_some_and(|h| {
            g.entry(h.entry).kind == GazKind::Place
                && h.start == chunk[s].start
                && h.end == chunk[n - 1].end
        });
        if !place_only {
            for h in known {
                if g.entry(h.entry).kind == GazKind::Organization {
                    push_hit(g, h, out);
                }
            }
            return;
        }
    }
    // A name numbered after it is a project's or a product's stage: "Shah
    // Deniz 2", "Nord Stream 2" (no person, nor the place inside it); so
    // numbered, a pipeline or railway is an organisation: "the Power of
    // Siberia 2 pipeline".
    if let Some(number_end) = numbered(src, chunk[n - 1].end) {
        let place_only = hits_within(hits, chunk[s].start, chunk[n - 1].end)
            .next()
            .is_some_and(|h| h.start == chunk[s].start && h.end == chunk[n - 1].end);
        if !place_only {
            if route_word_follows(&src[number_end..]) {
                out.push(Raw::plain(
                    EntityKind::Organization,
                    chunk[s].start,
                    number_end,
                ));
            }
            return;
        }
    }
    // A numbered gathering ("the 148th Assembly of the Union", "28th
    // International Exhibition") is an event; a numbered unit ("173rd
    // Infantry Brigade") is an organisation.
    if is_ordinal(words[s]) && !words[s + 1..].iter().any(|w| UNIT_WORDS.contains(w)) {
        return;
    }
    // A social network posted on is a company: "wrote on X", "said on his
    // Telegram channel".
    // (Its name may end the sentence: "wrote on X. Soldiers ...", the next
    // sentence's opening words read on with "X." as an initial, and read
    // on their own.)
    let network = words[s].strip_suffix('.').unwrap_or(words[s]);
    let ends_sentence = network.len() < words[s].len();
    if (n - s == 1 || ends_sentence)
        && SOCIAL_NETWORKS.contains(&network)
        && posted_on(src, chunk[s].start)
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[s].start + network.len(),
        ));
        if n - s > 1 {
            read_chunk(src, &chunk[s + 1..], hits, hit_at, g, cx, out);
        }
        return;
    }
    // An oil or gas field is a site: "the Azerbaijani field Shah Deniz",
    // "the Absheron gas field".
    // So is a company named by its own words, maybe after its country's:
    // "Kyrgyz Temir Zholu national company" (not "a Turkish company", nor
    // a title's holder: "Chairman of X company").
    // So is one listed after a plural of companies: "the Dutch companies
    // Shell, Boskalis and Van Oord".
    // So is one represented by its people: "Representatives of Eni, Saipem
    // and Ansaldo Energia attended", "executives from X".
    if ((cx.lists_companies && listed_after(src, chunk[s].start, &COMPANY_KINDS, &[]))
        || (cx.lists_staff && listed_after(src, chunk[s].start, &STAFF, &["of", "from"])))
        && !words[s..].iter().any(|w| g.is_title(w) || g.is_demonym(w))
        && !hits_within(hits, chunk[s].start, chunk[n - 1].end)
            .any(|h| g.entry(h.entry).kind == GazKind::Place && h.end == chunk[n - 1].end)
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // So is one whose shares are traded: "Shares in ArcelorMittal and
    // Glencore rose", "a stake in Hensoldt".
    if cx.lists_companies
        && n - s <= 3
        && shares_in(src, chunk[s].start)
        && !words[s..].iter().any(|w| g.is_title(w) || g.is_demonym(w))
        && !hits_within(hits, chunk[s].start, chunk[n - 1].end)
            .any(|h| g.entry(h.entry).kind == GazKind::Place)
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // So is a place listed after a plural of places and "of": "the ports
    // of Aktau, Kuryk and Alat" (the gazetteer knows the larger ones only).
    if cx.lists_places
        && listed_after(src, chunk[s].start, &PLACE_KINDS, &["of"])
        && !words[s..]
            .iter()
            .any(|w| g.is_title(w) || is_org_word(w) || g.is_demonym(w))
        && hits_within(hits, chunk[s].start, chunk[n - 1].end)
            .all(|h| g.entry(h.entry).kind == GazKind::Place)
    {
        out.push(Raw::plain(
            EntityKind::Location,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // So is one right after a company noun, whatever place its name
    // shares: "the French company Orano", "drone maker Baykar".
    if cx.lists_companies
        && n - s <= 3
        && company_noun_before(g, src, chunk[s].start)
        && !(g.is_title(words[s]) || is_org_word(words[s]))
        // (A portfolio's word after the first is the company's trade:
        // "the German company Diehl Defence"; a position's head is none.)
        && !words[s..].iter().any(|w| is_head(w) || g.is_demonym(w))
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // ... or one word described as one: "Kazatomprom, the world's largest
    // uranium producer"; whatever place it shares a name with, when it
    // is called a company ("Orano, the French nuclear fuel company": a
    // country may be a producer).
    if cx.lists_companies
        && n - s == 1
        && company_apposition(g, src, chunk[s].end).is_some_and(|noun| {
            matches!(noun, "company" | "firm" | "corporation")
                || hits_within(hits, chunk[s].start, chunk[s].end)
                    .next()
                    .is_none()
        })
        && !g.is_title(words[s])
        && !g.is_demonym(words[s])
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[s].end,
        ));
        return;
    }
    // So is one quoted after a company's kind or legal form: "the State
    // Concern "Turkmengaz"", "LLC "Gazprom Export"".
    if quoted_after_company(src, chunk[s].start, chunk[n - 1].end) {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    let mut known = hits_within(hits, chunk[s].start, chunk[n - 1].end);
    // (Not a generic word alone: "State energy company Naftogaz".)
    if names_company(src, chunk[n - 1].end)
        && !words[s..]
            .iter()
            .all(|w| w.split('-').all(|p| g.is_demonym(p)) || is_generic(g, w))
        && !words[s..].iter().any(|w| g.is_title(w))
        && known.all(|h| {
            g.entry(h.entry).kind == GazKind::Place
                && h.start == chunk[s].start
                && h.end < chunk[n - 1].end
        })
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    if hits_within(hits, chunk[s].start, chunk[n - 1].end)
        .next()
        .is_none()
        && names_field(src, chunk[s].start, chunk[n - 1].end)
        && !words[s..].iter().all(|w| g.is_demonym(w))
    {
        out.push(Raw::plain(
            EntityKind::Location,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // A compass point and a name before an area's word name that area,
    // whatever the name also is ("North Khorasan province": Khorasan is a
    // Turkish town too, and the two read as a person's name).
    // (Not a place known whole: "the South Caucasus region" is the South
    // Caucasus.)
    if n - s >= 2
        && is_compass(words[s])
        && !g.is_title(words[s + 1])
        && hit_at(chunk[s].start).is_none_or(|h| h.end != chunk[n - 1].end)
    {
        if let Some(end) = names_area(src, chunk[n - 1].end) {
            out.push(Raw::plain(EntityKind::Location, chunk[s].start, end));
            return;
        }
    }
    // ... and so do a compass point and one unknown name, no ordinary word:
    // "the Southern Kurils", "North Waziristan" (read as no one's name).
    if n - s == 2
        && is_compass(words[s])
        && hits_within(hits, chunk[s].start, chunk[n - 1].end)
            .next()
            .is_none()
        && !(g.is_title(words[s + 1])
            || g.is_english(words[s + 1])
            || g.is_demonym(words[s + 1])
            || is_org_word(words[s + 1]))
    {
        out.push(Raw::plain(
            EntityKind::Location,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // A district or region the gazetteer does not know, with its word:
    // "Tovuz district" (a place it knows, "Caspian region", is matched whole).
    if hit_at(chunk[s].start).is_none()
        && hits_within(hits, chunk[s].start, chunk[n - 1].end)
            .next()
            .is_none()
        && !words[s..].iter().any(|w| g.is_demonym(w) || g.is_title(w))
    {
        // ... or with its word capitalised, the unit's official name: "Al
        // Dhafra Region" (not a command, "Central Military District").
        if n - s >= 2
            && area_name(words[n - 1])
            && !words[s..n - 1]
                .iter()
                .any(|w| is_org_word(w) || GENERIC.contains(w))
        {
            out.push(Raw::plain(
                EntityKind::Location,
                chunk[s].start,
                chunk[n - 1].end,
            ));
            return;
        }
        if let Some(end) = names_area(src, chunk[n - 1].end) {
            out.push(Raw::plain(EntityKind::Location, chunk[s].start, end));
            return;
        }
        // So is a river or a lake named before its kind in lower case:
        // "the Syr Darya river", "the Chardara reservoir".
        if matches!(
            word_after(src, chunk[n - 1].end),
            "river" | "lake" | "reservoir" | "gorge" | "mountains" | "glacier"
        ) {
            out.push(Raw::plain(
                EntityKind::Location,
                chunk[s].start,
                chunk[n - 1].end,
            ));
            return;
        }
    }
    // A named project is an organisation (a venture), not a person: "the
    // Shah Deniz project"; so is a party or bloc, whose name may hold a
    // nationality: "the Georgian Dream party".
    let venture = || {
        let next = words_around(src, chunk[s].start, chunk[n - 1].end).1;
        let titled = || words[s..].iter().any(|w| g.is_title(w));
        if matches!(next, "party" | "bloc" | "movement") {
            !words[s..].iter().all(|w| g.is_demonym(w)) && !titled()
        } else {
            // (Or after a word of its trade: "the Lapis Lazuli transport
            // corridor", "the Nabucco gas pipeline".)
            // (Not one named by its directions: "the North-South transit
            // corridor".)
            let traded = || {
                let at = chunk[n - 1].end;
                let trade = word_after(src, at);
                matches!(
                    trade,
                    "transport" | "transit" | "trade" | "gas" | "oil" | "energy" | "railway"
                ) && {
                    let noun = word_after(src, at + 1 + trade.len());
                    PROJECT_WORDS.contains(&noun) || matches!(noun, "corridor" | "route")
                } && !words[s..].iter().flat_map(|w| w.split('-')).all(is_compass)
            };
            (PROJECT_WORDS.contains(&next) || traded())
                && !titled()
                && !words[s..].iter().any(|w| nationalities(g, w))
        }
    };
    // (A pipeline's name may hold a place: "the Nord Stream pipeline", "the
    // Power of Siberia pipeline", "the Druzhba pipeline"; not a country's:
    // "the Azerbaijan pipeline".)
    let pipeline_named = || {
        let next = &src[chunk[n - 1].end..];
        if ![" pipeline", " gas pipeline", " oil pipeline"]
            .iter()
            .any(|p| next.starts_with(p))
        {
            return false;
        }
        let (before, after) = words_around(src, chunk[s].start, chunk[n - 1].end);
        matches!(before, "the" | "The")
            && matches!(after, "pipeline" | "pipelines")
            && !hits_within(hits, chunk[s].start, chunk[n - 1].end).any(|h| {
                let e = g.entry(h.entry);
                e.kind == GazKind::Place
                    && h.start == chunk[s].start
                    && h.end == chunk[n - 1].end
                    && g.is_country(e.canonical)
            })
    };
    // (So may a project's: "the Black Sea Submarine Cable project", the
    // place before words of its own.)
    let place_then_words = || {
        n - s >= 2
            && hits_within(hits, chunk[s].start, chunk[n - 1].end)
                .all(|h| h.end < chunk[n - 1].start)
    };
    if (hits_within(hits, chunk[s].start, chunk[n - 1].end)
        .next()
        .is_none()
        || pipeline_named()
        || place_then_words())
        && venture()
    {
        // Ordinary words after "and" close a name begun before it: "Belt
        // and Road projects" (not "BP and SOCAR projects", two names).
        let start = if words[s..].iter().all(|w| g.is_english(w)) {
            and_before(src, chunk[s].start)
        } else {
            chunk[s].start
        };
        out.push(Raw::plain(
            EntityKind::Organization,
            start,
            chunk[n - 1].end,
        ));
        return;
    }
    // An airline named by its country or city: "Air Astana", "Air France".
    if n - s == 2 && words[s] == "Air" && place_through(s + 1, s + 1) {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[s + 1].end,
        ));
        return;
    }
    // A company's unit named by its region: "BP Azerbaijan-Georgia-Turkey".
    if n - s == 2 && regional_unit(src, &chunk[s..], hits, hit_at, g) {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[s + 1].end,
        ));
        return;
    }
    // A physical site: "Heroes Square", "Joint Staff Headquarters", "Alley of Martyrs".
    // (So is one named in Arabic by its kind: "Qasr Al Watan", a palace;
    // "Jebel Ali", a mountain.)
    // (A title's word is no site's: "in the Field of Energy", beside "Field
    // Marshal".)
    let site_first = (n - s >= 3
        && SITE_WORDS.contains(words[s])
        && !g.is_title(words[s])
        && (words[s + 1] == "of" || (words[s + 1] == "to" && dedication(words[s]))))
        || (n - s >= 3 && military_station(&words[s..]))
        || (n - s == 2 && matches!(words[s], "Camp" | "Mount" | "Fort" | "Lake" | "Cape"))
        || matches!(
            words[s],
            "Qasr" | "Masjid" | "Jabal" | "Jebel" | "Wadi" | "Burj"
        );
    // A hall named by an ordinary word (not a surname: "Tom Hall"): "the
    // Great Hall of the People", "City Hall".
    let hall = (s + 1..n).any(|h| words[h] == "Hall" && g.is_english(words[h - 1]));
    // A venue: "Baku Expo Center", "Combat Operation Center" (not "Center for
    // Strategic Studies").
    let venue = n - s >= 2
        && matches!(words[n - 1], "Center" | "Centre")
        && VENUE_WORDS.contains(&words[n - 2]);
    // A church named by its rite is the church as a body: "the Georgian
    // Orthodox Church", "the Armenian Apostolic Church" (unlike "Sioni
    // Church", a building).
    if n - s >= 2
        && words[n - 1] == "Church"
        && matches!(
            words[n - 2],
            "Orthodox" | "Apostolic" | "Catholic" | "Evangelical" | "Lutheran" | "Anglican"
        )
    {
        out.push(Raw::plain(
            EntityKind::Organization,
            chunk[s].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // (Not a surname that is a site's word after a title and a given
    // name: "Prime Minister Tom Park", "Defence Secretary John Field".)
    let titled_name = || {
        n - s >= 3
            && words[s..n - 2].iter().any(|w| is_person_title(g, w))
            && name_shaped(g, words[n - 2])
            && !g.is_title(words[n - 2])
            && hit_at(chunk[n - 2].start).is_none()
    };
    if n - s >= 2
        && (SITE_WORDS.contains(words[n - 1]) || site_first || venue || hall)
        && !(SITE_WORDS.contains(words[n - 1]) && titled_name())
        // (Nor an exercise named after one: "the \"Eternal Flame\" exercises".)
        && !drills_after(src, chunk[n - 1].end)
    {
        // (An ordinal dropped as a sentence's opener is the site's: "the
        // Second Thomas Shoal".)
        let first = match s {
            1.. if matches!(words[s - 1], "First" | "Second" | "Third" | "Fourth") => s - 1,
            _ => s,
        };
        out.push(Raw::plain(
            EntityKind::Location,
            chunk[first].start,
            chunk[n - 1].end,
        ));
        return;
    }
    // (After a nationality too: "French Minister of the Armed Forces X".)
    let chunk_starts_with_title = (g.is_title(words[s]) && !interim_body(&words, s))
        || (s + 1 < n && is_person_title(g, words[s + 1]) && nationalities(g, words[s]));
    let mut k = s;
    let mut pending_titles: Vec<&str> = Vec::new();
    while k < n {
        let w = words[k];
        // An airline named by its country or city before more words: "the
        // Board of Air Astana Peter Foster", "Air France CEO Ben Smith" (not
        // the town Astana as a given name).
        if w == "Air" && k + 2 < n && place_through(k + 1, k + 1) {
            out.push(Raw::plain(
                EntityKind::Organization,
                chunk[k].start,
                chunk[k + 1].end,
            ));
            pending_titles.clear();
            k += 2;
            continue;
        }
        // Organisation phrase: modifiers, then an organisation word, then "of ..." tail.
        if let Some((end, mut proper)) = org_phrase(chunk, &words, k, hits, g) {
            // A place's corridor is a place, as in lower case: "the Lachin
            // Corridor" (not "the Middle Corridor", "the Southern Gas
            // Corridor", projects).
            if end == k + 2
                && words[k + 1] == "Corridor"
                && hit_at(chunk[k].start).is_some_and(|h| {
                    h.end == chunk[k].end && g.entry(h.entry).kind == GazKind::Place
                })
            {
                out.push(Raw::plain(
                    EntityKind::Location,
                    chunk[k].start,
                    chunk[k + 1].end,
                ));
                pending_titles.clear();
                k = end;
                continue;
            }
            // A legislature by its kind's own name is one body: "the National
            // Assembly", "Senate President X", "Parliament Speaker Y".
            if legislature_named(g, &words[k..end]) {
                proper = true;
            }
            // A generic phrase names one organisation only as "Ministry of Finance".
            let of_form =
                k + 1 < n && is_org_word(words[k]) && matches!(words[k + 1], "of" | "for");
            // ... or as a closed phrase of two or more words ("the Defense Ministry").
            // "the Central Military District" is a command, not a place.
            // (So is "the Supreme Court".)
            // (So is a government's office by its name: "the Foreign
            // Office", "the Presidential Office".)
            let closed = end - k >= 2
                && (STRONG_ORG_WORDS.contains(words[end - 1])
                    || words[end - 2..end] == ["Military", "District"]
                    || (words[end - 1] == "Court" && after_the(src, chunk, k))
                    || (end - k == 2
                        && words[k + 1] == "Office"
                        && matches!(words[k], "Foreign" | "Home" | "Cabinet" | "Presidential")
                        && after_the(src, chunk, k)));
            // "Defense" opens titles too ("Defense Minister"), but after "the" a
            // ministry (or guard) is one organisation: "visited the Defense
            // Ministry", "the National Guard" (unlike
            // "the Air Force and Air Defense troops of Russia, Belarus ...").
            // After a country's possessive, a phrase of two or more words is
            // that country's institution: "Russia's Defense Ministry",
            // "Armenia's National Assembly".
            let owned = end - k >= 2 && k == s && after_place_possessive(src, &chunk[s..], hits, g);
            let the_org = owned
                || (closed
                    && matches!(words[end - 1], "Ministry" | "Guard" | "Court" | "Office")
                    && k == s
                    && after_the(src, chunk, s));
            // (A unit of three words or more is named even in a title:
            // "Head of International Military Cooperation Department".)
            // (So is one named by its remit: "the State Committee for
            // National Security".)
            let unit_word = |w: &str| {
                matches!(
                    w,
                    "Department" | "Directorate" | "Committee" | "Agency" | "Service"
                )
            };
            let named_unit = end - k >= 3
                && (unit_word(words[end - 1])
                    || (k + 1..end - 1)
                        .any(|x| unit_word(words[x - 1]) && matches!(words[x], "for" | "on")));
            // ("Minister of Strategic Industries": the minister's remit,
            // no company; so "Minister of Territorial Administration",
            // "Minister for Local Government", two words none of them a
            // name, unlike "Head of Presidential Administration".)
            let portfolio = || {
                end - k == 2
                    && g.is_english(words[k])
                    && !g.is_demonym(words[k])
                    && hit_at(chunk[k].start).is_none()
                    && matches!(words[end - 1], "Administration" | "Government")
                    && matches!(words[k - 2], "Minister" | "minister" | "Secretary")
            };
            let remit = k >= 2
                && matches!(words[k - 1], "of" | "for")
                && is_person_title(g, words[k - 2])
                && (words[k..end].contains(&"Industries") || portfolio());
            if remit {
                // (Its country still counts: "... of Ukraine".)
                for h in hits_within(hits, chunk[k].start, chunk[end - 1].end) {
                    push_hit(g, h, out);
                }
                pending_titles.clear();
                k = end;
                continue;
            }
            // A body whose modifiers are also title words, the whole chunk
            // after "the", heads no title: "the National Security Council",
            // "the Security Council's press service" (unlike "the National
            // Security Council Secretary X").
            let titled_body = k == s
                && end == n
                && end - k >= 2
                && words[end - 1] == "Council"
                && after_the(src, chunk, k)
                && !words[k..end].iter().any(|w| is_head(w));
            let generic_title_org =
                chunk_starts_with_title && !proper && !the_org && !named_unit && !titled_body;
            // (Three generic words or more after "the" name one body: "the
            // Central Military Commission", "the State Security Service".)
            let named_generic = (end - k >= 3 && after_the(src, chunk, k)) || titled_body;
            let whole_generic = !proper && !of_form && !closed && !owned && !named_generic;

            // "General Staff of the Russian Armed Forces": the staff is part of a
            // title; the organisation is the armed forces named after "of".
            let mut org_start = k;
            let mut staff_of_place = false;
            if let Some(of) = (k..end).find(|&x| words[x] == "of") {
                let mut after = of + 1;
                if after < end && words[after] == "the" {
                    after += 1;
                }
                // (So is "the Board of Azerbaijan Railways CJSC" of a
                // chairman, or "the Management Board of KazMunayGas": the
                // company is named after "of", not "of Directors".)
                let board = of > k
                    && words[of - 1] == "Board"
                    && words[k..of - 1]
                        .iter()
                        .all(|w| matches!(*w, "Management" | "Supervisory" | "Executive"))
                    && after < end
                    && !words[after..end]
                        .iter()
                        .any(|w| matches!(*w, "Directors" | "Governors" | "Trustees"));
                // (Only in a title: the staff "held at General Staff of
                // Azerbaijan Army" is a body of its own.)
                let staff_in_title = || {
                    let before = src[..chunk[k].start].trim_end();
                    let before = before.strip_suffix(" the").unwrap_or(before);
                    before.ends_with("hief of") || before.ends_with("hiefs of")
                };
                if of > k
                    && ((words[of - 1] == "Staff" && staff_in_title()) || board)
                    && words[k..of].iter().all(|w| is_generic(g, w) || board)
                {
                    if board || words[after..end].iter().any(|w| is_org_word(w)) {
                        org_start = after;
                    } else if after < end && place_through(after, end - 1) {
                        // "Chief of Naval Staff of Pakistan": a staff of a
                        // country in a title names no body; the country counts.
                        staff_of_place = true;
                    }
                }
            }
            // "the Board of Directors (of X)": a board of directors names no
            // body of its own; what it heads is named after it, an
            // organisation or a place ("... of Saudi Arabia's ACWA Power").
            let mut directors_of = false;
            if end - org_start >= 3
                && words[org_start..org_start + 2] == ["Board", "of"]
                && matches!(words[org_start + 2], "Directors" | "Governors" | "Trustees")
            {
                directors_of = true;
                let mut a = org_start + 3;
                if a < end && words[a] == "of" {
                    a += 1;
                    if a < end && words[a] == "the" {
                        a += 1;
                    }
                } else {
                    a = end;
                }
                if a < end && !place_through(a, end - 1) {
                    directors_of = false;
                    org_start = a;
                } else if a < end {
                    for h in hits_within(hits, chunk[a].start, chunk[end - 1].end) {
                        push_hit(g, h, out);
                    }
                }
            }
            // "the Defense Ministries of Azerbaijan and Russia": several, none
            // named; the places are.
            if words[k..end].contains(&"Ministries") || staff_of_place {
                for h in hits_within(hits, chunk[k].start, chunk[end - 1].end) {
                    push_hit(g, h, out);
                }
            } else if !generic_title_org && !whole_generic && !cx.title_case && !directors_of {
                // "... of Siyazan region": the region named in lower case is
                // part of the name.
                let mut org_end = chunk[end - 1].end;
                if end == n && end - k >= 3 && words[end - 2] == "of" {
                    let rest = &src[org_end..];
                    if let Some(kind) = ["region", "district", "province"]
                        .iter()
                        .find(|w| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(*w)))
                    {
                        if !src[org_end + 1 + kind.len()..]
                            .starts_with(|c: char| c.is_alphanumeric())
                        {
                            org_end += 1 + kind.len();
                        }
                    }
                }
                // "U.S. Joint Chiefs of Staff": the country as a modifier
                // (a mention of its own) before a name of three words or
                // more that stands alone (not "U.S. Army", "U.S. Central
                // Command", "U.S. Army Europe and Africa").
                if end - org_start >= 4
                    && matches!(words[org_start], "U.S." | "US")
                    && !matches!(
                        words[org_start + 1],
                        "Army" | "Navy" | "Air" | "Marine" | "Space" | "Coast"
                    )
                {
                    if let Some(h) =
                        hit_at(chunk[org_start].start).filter(|h| h.end == chunk[org_start].end)
                    {
                        push_hit(g, h, out);
                        org_start += 1;
                    }
                }
                out.push(Raw::plain(
                    EntityKind::Organization,
                    chunk[org_start].start,
                    org_end,
                ));
            } else if let Some(h) = (k..end)
                .find_map(|x| hit_at(chunk[x].start).filter(|h| h.end <= chunk[end - 1].end))
            {
                // Inside a generic title phrase, a named place or organisation still counts
                // only when it is not part of that phrase: "Chief of the General Staff of the Armed Forces of Russia".
                let e = g.entry(h.entry);
                if e.kind == GazKind::Organization {
                    push_hit(g, h, out);
                }
            }
            pending_titles.clear();
            k = end;
            continue;
        }
        // A town (a city, no capital) named by the whole of word `x`.
        let town = |h: &Hit, x: usize| {
            let e = g.entry(h.entry);
            h.end == chunk[x].end && e.city && !g.is_capital(e.canonical)
        };
        // A town's name in capitals inside a sentence is an acronym: "PACE"
        // (not Pace, Florida); a dateline's "GANJA, Azerbaijan" opens one,
        // maybe after a credit: "(MENAFN- Trend News Agency) GANJA, ...".
        let town_acronym = |h: &&Hit| {
            is_acronym(words[k])
                && town(h, k)
                && !chunk[k].sentence_start
                && !src[h.end..].starts_with(',')
                && !{
                    let before = src[cx.paragraph.0.min(h.start)..h.start].trim();
                    before.is_empty() || (before.starts_with('(') && before.ends_with(')'))
                }
        };
        // A place read as a given name below.
        let mut place_given = false;
        if let Some(h) = hit_at(chunk[k].start).filter(|h| !town_acronym(h)) {
            let end_tok = chunk.iter().position(|t| t.end == h.end);
            let e_kind = g.entry(h.entry);
            // A city name before a name-shaped word is a given name ("Stuart
            // Peach"); so is any place before a patronymic ("Badr bin Hamad").
            // (Not after "in", before a full name: "the Consul General in
            // Istanbul Lars Holm".)
            let where_before_name =
                || k + 2 < n && src[..chunk[k].start].trim_end().ends_with(" in");
            // (Not before its area's word: "Kherson Oblast".)
            let first_name = end_tok == Some(k)
                && !(k + 1 < n && area_name(words[k + 1]))
                && ((e_kind.city
                    && k + 1 < n
                    && (name_shaped(g, words[k + 1])
                        || (words[k + 1] == "Sheikh"
                            && k + 2 < n
                            && name_shaped(g, words[k + 2])))
                    && hit_at(chunk[k + 1].start).is_none()
                    && !where_before_name())
                    || patronymic_after(g, &words, k)
                    // A place's name before a particle and a name is a
                    // name's part: "Van der Bellen", "Anna van der Berg".
                    || (k + 2 < n
                        && is_particle(words[k + 1])
                        && words[k + 2..]
                            .iter()
                            .find(|w| !is_particle(w))
                            .is_some_and(|w| name_shaped(g, w)))
                    // After a title, a place before the surname closing the
                    // chunk is a given name: "Foreign Minister of Armenia
                    // Ararat Mirzoyan".
                    // So is a place, no country, before a surname alone:
                    // "..., Ararat Mirzoyan and Jeyhun Bayramov".
                    // (A country after the title's "of" is the title's:
                    // "Minister of Defense of Mongolia N.Enkhbold".)
                    || ((!pending_titles.is_empty()
                        || chunk_starts_with_title
                        || !g.is_country(e_kind.canonical))
                        && k + 2 == n
                        && !(g.is_country(e_kind.canonical)
                            && src[..chunk[k].start].ends_with(" of "))
                        && surname_at(g, &words, chunk, hits, k + 1))
                    // A town's name alone after a royal title is a
                    // person's: "Queen Rania" (not a country: "King of Jordan").
                    || (k + 1 == n
                        && k > 0
                        && ROYAL_TITLES.contains(&words[k - 1])
                        && !g.is_country(e_kind.canonical))
                    // ... and two towns' names after a title are a person's:
                    // "Moldovan President Maia Sandu" (so after one in lower
                    // case: "his Moldovan counterpart Maia Sandu").
                    || (k + 2 == n
                        && [k, k + 1].iter().all(|&x| {
                            name_shaped(g, words[x])
                                && hit_at(chunk[x].start).is_some_and(|h| town(h, x))
                        })
                        && (!pending_titles.is_empty()
                            || chunk_starts_with_title
                            || (k == s && lower_head_before(src, chunk[k].start))))
                    // ... and two towns' names before a surname closing the
                    // chunk, title or none: "Belen Martinez Carbonell".
                    // (Not after "in": "the Consul General in Istanbul
                    // Aydin Karimov".)
                    || (k + 3 == n
                        && [k, k + 1].iter().all(|&x| {
                            name_shaped(g, words[x])
                                && hit_at(chunk[x].start).is_some_and(|h| town(h, x))
                        })
                        && surname_at(g, &words, chunk, hits, k + 2)
                        && !where_before_name()));
            place_given = first_name;
            // A place closing a title is part of it ("Supreme Allied Commander Europe").
            let in_title = e_kind.kind == GazKind::Place
                && ((k > 0 && matches!(words[k - 1], "Commander" | "Command"))
                    || title_for(src, hits, g, chunk[k].start));
            if in_title {
                pending_titles.clear();
                k = end_tok.map_or(k + 1, |e| e + 1);
                continue;
            }
            if end_tok.is_none() && h.end > chunk[n - 1].end {
                push_hit(g, h, out);
                return;
            }
            // A place of several words before a hyphen, and the places
            // after it: "the Central Asia-China summit".
            if end_tok.is_none() && src.as_bytes().get(h.end) == Some(&b'-') {
                if let Some(x) =
                    (k + 1..n).find(|&x| chunk[x].start < h.end && h.end < chunk[x].end)
                {
                    push_hit(g, h, out);
                    for h in hits_within(hits, h.end, chunk[x].end) {
                        push_hit(g, h, out);
                    }
                    pending_titles.clear();
                    k = x + 1;
                    continue;
                }
            }
            // Places inside a hyphenated word: "Armenia-Azerbaijan", "Azerbaijan-Pakistan-Turkiye".
            if end_tok.is_none() && h.end < chunk[k].end {
                let inner: Vec<&Hit> = hits_within(hits, chunk[k].start, chunk[k].end).collect();
                // ... unless they name a route: "the Baku-Tbilisi-Kars railway" is a project.
                // (So is one through a town the gazetteer lacks: "the
                // Kars-Akhalkalaki railway".)
                let capitalised_parts = words[k]
                    .split('-')
                    .all(|p| p.starts_with(char::is_uppercase));
                if words[k].split('-').count() >= 2
                    && capitalised_parts
                    && names_route(src, &chunk[k])
                {
                    out.push(Raw::plain(
                        EntityKind::Organization,
                        chunk[k].start,
                        chunk[k].end,
                    ));
                } else if capitalised_parts && compound_town(g, words[k], chunk[k].start, &inner) {
                    out.push(Raw::plain(
                        EntityKind::Location,
                        chunk[k].start,
                        chunk[k].end,
                    ));
                } else {
                    for h in inner {
                        push_hit(g, h, out);
                    }
                }
                pending_titles.clear();
                k += 1;
                // A place of several words after the hyphen runs on past
                // the word: "the China-Central Asia summit".
                let lo = hits.partition_point(|h| h.start < chunk[k - 1].start);
                if let Some((h, e)) = hits[lo..]
                    .iter()
                    .take_while(|h| h.start < chunk[k - 1].end)
                    .find(|h| h.end > chunk[k - 1].end)
                    .and_then(|h| Some((h, chunk[k..].iter().position(|t| t.end == h.end)?)))
                {
                    push_hit(g, h, out);
                    k += e + 1;
                }
                continue;
            }
            if let (Some(e), false) = (end_tok, first_name) {
                // A place before a site or an area written in lower case
                // names it: "the Lachin corridor", "Tovuz district".
                // (A region after a city or a country's unit only:
                // "Chelyabinsk region", "Zhambyl region", not "the South
                // Caucasus region".)
                // ("East Azerbaijan province", "West Kazakhstan region": a
                // compass point before a place and its area names the area.)
                let compass = k > 0 && is_compass(words[k - 1]);
                let area = || {
                    names_area(src, chunk[e].end).filter(|&a| {
                        e_kind.city || e_kind.province || compass || !src[..a].ends_with("region")
                    })
                };
                // ("Sughd Region", "Tavush Province": the unit's own name.)
                let site = if e + 2 == n && area_name(words[e + 1]) {
                    Some(chunk[e + 1].end)
                } else if e + 1 == n && !cx.title_case {
                    site_after(src, chunk[e].end).or_else(area)
                } else {
                    None
                };
                if let Some(site) = site.filter(|_| e_kind.kind == GazKind::Place) {
                    let start = if compass { chunk[k - 1].start } else { h.start };
                    // A country's unit and its area word are the unit
                    // ("the Batken region" is Batken), not one of its sites.
                    let unit = e_kind.province
                        && !compass
                        && ((e + 2 == n && area_name(words[e + 1]))
                            || names_area(src, chunk[e].end) == Some(site));
                    out.push(Raw {
                        canonical: unit.then(|| e_kind.canonical.to_string()),
                        ..Raw::plain(EntityKind::Location, start, site)
                    });
                    pending_titles.clear();
                    k = e + 1;
                    continue;
                }
                // A place word as the first name of a person ("Georgia Smith") is rare; a place it is.
                push_hit(g, h, out);
                // "President of United States Biden": the place is the title's
                // remit, and the titles still stand before the name.
                let remit =
                    k >= 1 && matches!(words[k - 1], "of" | "the") && words[..k].contains(&"of");
                if !remit {
                    pending_titles.clear();
                }
                k = e + 1;
                continue;
            }
        }
        // "Lieutenant Colonel Dean Hopkins": after a rank, a title that is
        // also a given name, before a name, is the given name.
        let given_title = matches!(w, "Dean" | "Earl")
            && pending_titles
                .last()
                .is_some_and(|p| RANKS.iter().any(|r| r.rsplit(' ').next() == Some(*p)))
            && words.get(k + 1).is_some_and(|x| name_shaped(g, x));
        // "Gen" without its period after a civil post, before a lone
        // surname closing the chunk, is a given name: "Defense Minister Gen
        // Nakatani" (a general's rank comes before a full name: "Army chief
        // Gen Asim Munir").
        let given_gen = w == "Gen"
            && k + 2 == n
            && pending_titles
                .last()
                .is_some_and(|p| matches!(*p, "Minister" | "minister" | "Secretary" | "Premier"))
            && name_shaped(g, words[k + 1])
            && !g.is_title(words[k + 1])
            && hit_at(chunk[k + 1].start).is_none();
        // The Korean surname "No" after a title, before the two words of a
        // given name closing the chunk: "Defense Minister No Kwang Chol".
        // (So is the Vietnamese "To" before a given name closing it:
        // "President To Lam".)
        let no_surname = matches!(w, "No" | "To")
            && !pending_titles.is_empty()
            && k + if w == "No" { 3 } else { 2 } == n
            && words[k + 1..]
                .iter()
                .all(|x| name_shaped(g, x) && (w == "To" || !g.is_english(x)));
        // A form of address after a position: "Defence Minister His Royal
        // Highness Prince X" ("Highness" is read as a title word).
        if address_at(&words, k) && !g.is_title(w) {
            k += 1;
            continue;
        }
        // A nationality right after a title, before a surname closing the
        // chunk, is a given name: "Energy Minister German Galushchenko"
        // (nationalities stand before titles: "German Chancellor X").
        let given_demonym = k >= 1
            && k + 2 == n
            && g.is_demonym(w)
            && pending_titles.last() == Some(&words[k - 1])
            && name_shaped(g, words[k + 1])
            && !g.is_title(words[k + 1])
            && !g.is_demonym(words[k + 1])
            && hit_at(chunk[k + 1].start).is_none();
        if (g.is_title(w) || g.is_demonym(w)) && !given_title && !given_demonym && !given_gen {
            if g.is_title(w) {
                pending_titles.push(w);
            }
            k += 1;
            continue;
        }
        // Two capitals before a surname are a given name's initials: "JD
        // Vance", "Gen. CQ Brown" (not a known "UN", "EU", "PM").
        // (Nor a measure: "the 230 MW Garadagh plant".)
        // (So is one capital without its dot after a title: "External
        // Affairs Minister S Jaishankar".)
        let lone_initial = || {
            w.len() == 1
                && w.as_bytes()[0].is_ascii_uppercase()
                && k > 0
                && g.is_title(words[k - 1])
        };
        let initials = (two_capitals(w) || lone_initial())
            && !NOT_ORGANIZATIONS.contains(w)
            && hit_at(chunk[k].start).is_none()
            && k + 1 < n
            && name_shaped(g, words[k + 1])
            && hit_at(chunk[k + 1].start).is_none()
            && (!g.is_english(words[k + 1]) || (k > 0 && g.is_title(words[k - 1])))
            && !g.is_title(words[k + 1]);
        // A mixed-case acronym alone ("IsDB said") names the organisation
        // the article spells it out for, if any (resolve joins or drops it).
        if mixed_acronym(w) {
            out.push(Raw {
                joins_only: true,
                ..Raw::plain(EntityKind::Organization, chunk[k].start, chunk[k].end)
            });
            k += 1;
            continue;
        }
        // (A month in capitals is no acronym: "YEREVAN, JUNE 3, ARMENPRESS.";
        // nor is a model's designation: "Bayraktar TB2", "Airbus A400M",
        // "MQ-9".)
        if is_acronym(w)
            && !initials
            && !w.bytes().any(|b| b.is_ascii_digit())
            && !NOT_ORGANIZATIONS.contains(w)
            && !g.is_title(w)
            && crate::calendar::month_number(w).is_none()
        {
            // Words in capitals beside each other, each an English word,
            // are shouted, not acronyms: "edited by THE WEEK".
            let shouted = |x: usize| is_acronym(words[x]) && g.is_english(words[x]);
            // (So is one English word of five letters or more, unless a
            // name defines it in brackets: "UNITED NATIONS (AP)", "WATCH",
            // not "the Solidarity Ring (STRING)".)
            // (Nor two long words in capitals side by side, a place's
            // name in a dateline: "VOSTOCHNY COSMODROME, September 13".)
            let long = |x: usize| {
                words[x].len() >= 6 && words[x].chars().all(|c| c.is_uppercase() || c == '-')
            };
            let shouting = (shouted(k)
                && ((k > 0 && shouted(k - 1)) || (k + 1 < n && shouted(k + 1))))
                || (long(k) && ((k > 0 && long(k - 1)) || (k + 1 < n && long(k + 1))))
                || (w.len() >= 5 && !src[..chunk[k].start].ends_with('(') && g.is_english(w));
            // An acronym after a title names the position ("(SACEUR)") – handled by the caller's parentheses – else an organisation.
            // (After a title's "of", the body it heads: "Secretary General
            // of the OTS".)
            let of_body = k >= 1
                && (words[k - 1] == "of"
                    || (k >= 2 && words[k - 1] == "the" && words[k - 2] == "of"));
            let end = of_country(chunk, &words, k + 1, hits, g).unwrap_or(k + 1);
            // (Nor an exercise's: "the BALTOPS exercise", "ZAPAD drills".)
            let fair = end == n
                && (fair_after(src, chunk[end - 1].end) || drills_after(src, chunk[end - 1].end));
            if (!chunk_starts_with_title || n == 1 || of_body) && !shouting && !fair {
                out.push(Raw::plain(
                    EntityKind::Organization,
                    chunk[k].start,
                    chunk[end - 1].end,
                ));
            }
            k = end;
            continue;
        }
        // A firm's one name before its chief executive's: "Sberbank CEO
        // Herman Gref"; or its chairman's, a name after: "Keidanren
        // Chairman Masakazu Tokura".
        if k + 1 < n
            && (words[k + 1] == "CEO"
                || (matches!(words[k + 1], "Chairman" | "Chairwoman")
                    && k + 2 < n
                    && name_shaped(g, words[k + 2])
                    // (Not a surname after a title: "President X Chairman".)
                    && !(k > 0 && g.is_title(words[k - 1]))))
            && name_shaped(g, w)
            && !g.is_english(w)
            && hit_at(chunk[k].start).is_none()
            && (k == 0 || !name_shaped(g, words[k - 1]))
        {
            out.push(Raw::plain(
                EntityKind::Organization,
                chunk[k].start,
                chunk[k].end,
            ));
            k += 1;
            continue;
        }
        // A run of name-shaped words: a person.
        let mut e = k;
        let city_word = |x: usize| {
            hit_at(chunk[x].start).is_some_and(|h| g.entry(h.entry).city && h.end == chunk[x].end)
        };
        // (So is any place but a country closing a titled chunk after a
        // given name: "NASA Administrator Bill Nelson".)
        let titled_surname = |x: usize| {
            x + 1 == n
                && x > k
                && words[..k].iter().any(|w| g.is_title(w))
                && hit_at(chunk[x].start).is_some_and(|h| {
                    let e = g.entry(h.entry);
                    h.end == chunk[x].end
                        && !g.is_country(e.canonical)
                        && !g.is_capital(e.canonical)
                })
        };
        // (A word inside a name: after its first, before a name-shaped word
        // the gazetteer does not know.)
        let name_inside = |x: usize| {
            x > k
                && x + 1 < n
                && name_shaped(g, words[x + 1])
                && hit_at(chunk[x + 1].start).is_none()
        };
        // (Not after an ordinary word opening the sentence: "Visit Paris.")
        let opened_by_word = |x: usize| {
            x == k + 1 && x + 1 == n && chunk[k].sentence_start && g.is_english(words[k])
        };
        // (A title's word closing a titled chunk right after a lone given
        // name is the surname: "Foreign Minister Julie Bishop", "Prime
        // Minister John Major", "Senator Angus King".)
        let title_surname = |x: usize| {
            x == k + 1
                && x + 1 == n
                && !pending_titles.is_empty()
                && g.is_title(words[x])
                && words[x].len() > 2
                && words[x].bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && name_shaped(g, words[k])
                && hit_at(chunk[k].start).is_none()
        };
        while e < n
            && (name_shaped(g, words[e])
                || title_surname(e)
                || (e == k
                    && (given_title || initials || no_surname || given_demonym || given_gen))
                // ("Sheikh" inside one, after a given name: "President Hassan
                // Sheikh Mohamud".)
                || (words[e] == "Sheikh" && name_inside(e)))
            && (hit_at(chunk[e].start).is_none()
                || (e == k && place_given)
                || (city_word(e)
                    && ((e > k && !opened_by_word(e))
                        || (e + 1 < n && name_shaped(g, words[e + 1]))))
                || titled_surname(e)
                // (A region's name inside one, between names: "Maria Saha
                // Sinha"; not a country's.)
                || (name_inside(e)
                    && hit_at(chunk[e].start).is_some_and(|h| {
                        h.end == chunk[e].end && {
                            let x = g.entry(h.entry);
                            x.kind == GazKind::Place && !g.is_country(x.canonical)
                        }
                    }))
                // (A place's name inside one, before a particle: "Alexander
                // Van der Bellen".)
                || (e > k && e + 1 < n && is_particle(words[e + 1]))
                // (A particle in capitals that is a place's name too, before
                // the rest of the surname: "Chris Van Hollen".)
                || (name_inside(e)
                    && matches!(words[e], "Van" | "Von" | "De" | "Di" | "Da" | "Del" | "Le" | "La")))
        {
            e += 1;
        }
        // Ordinary words glued before a name ("... for Investment and Marketing Elshad Nasirov").
        // So are two, a title's remit ("Minister of Emergency Situations Kamaladdin Heydarov").
        // (Not right after a title's head: "Foreign Minister Shah Mahmood Qureshi".)
        // Name particles inside a name, one or two: "Fayyadh Bin Hamed Al
        // Ruwaili", "Ursula von der Leyen", "Carlos de la Cruz".
        let particle = |w: &str| matches!(w, "Bin" | "Al") || is_particle(w);
        while e > k && e < n && particle(words[e]) {
            let mut q = e + 1;
            if q < n && particle(words[q]) {
                q += 1;
            }
            if !(q < n && name_shaped(g, words[q])) {
                break;
            }
            e = q + 1;
            while e < n && name_shaped(g, words[e]) {
                e += 1;
            }
        }
        // After a position in lower case, inside the chunk or right before
        // it, or after "counterpart", the words are a name from the first:
        // "his counterpart Tan Eng Hen" (looked at only when it matters).
        let opens_chunk = k == 0;
        let head_before = || {
            opens_chunk && {
                let before = src[..chunk[0].start].trim_end_matches(' ');
                let w = &before[memchr::memrchr(b' ', before.as_bytes()).map_or(0, |i| i + 1)..];
                matches!(w, "counterpart" | "counterparts") || LOWER_HEAD_SET.contains(w)
            }
        };
        let after_head = e - k > 2 && ((k > 0 && is_head(words[k - 1])) || head_before());
        while e - k > 2 && g.is_english(words[k]) && !after_head {
            k += 1;
        }
        // (Also when a word that may be a name opens them: "... of Roads and
        // Urban Development Farzaneh Sadegh".)
        if e - k > 2 && !after_head && !cx.title_case {
            // (Not a particle: "bin", "de".)
            if let Some(j) = (k + 1..e - 2)
                .rev()
                .find(|&j| !particle(words[j]) && g.is_english(words[j]))
            {
                k = j + 1;
            }
        }
        // "Executive Vice President of Norsk Energi Anders Haugland": after a
        // title's "of", four names or more are an organisation, then the
        // person holding the title (a given name and a surname).
        if e - k >= 4
            && !pending_titles.is_empty()
            && words[k - 1] == "of"
            && !words[k..e].iter().any(|w| particle(w) || is_initial(w))
        {
            out.push(Raw::plain(
                EntityKind::Organization,
                chunk[k].start,
                chunk[e - 3].end,
            ));
            k = e - 2;
        }
        // Ordinary words right before a position's head and a name are the
        // position's field: "Road and Urban Development Minister X".
        if e > k
            && e + 1 < n
            && words[k..e]
                .iter()
                .all(|w| g.is_english(w) || PORTFOLIOS.contains(w))
            && is_head(words[e])
            && name_shaped(g, words[e + 1])
        {
            k = e;
            continue;
        }
        if e > k {
            let len = e - k;
            let titled = !pending_titles.is_empty();
            // Ordinary words in capitals ("Climate Change", "Study Trip") name nobody.
            // (A patronymic's suffix is in lower case anyway: "uulu".)
            // (Nor is a surname that is a word too: "No", "To".)
            let in_text_lowercase = words[k + usize::from(no_surname)..e]
                .iter()
                .any(|w| !is_patronymic_suffix(w) && with_lower(w, |l| cx.lowercase.contains(l)));
            // Every word an ordinary English word ("Climate Change", "Study Trip").
            let dictionary = words[k..e].iter().all(|w| g.is_english(w));
            let common = in_text_lowercase || dictionary;
            // A name before a site written in lower case is the site's,
            // ordinary words too: "the Govhar Agha mosque", "the Nizami
            // museum", "the Patriot military park".
            // A name before an event written in lower case is the event's,
            // which is not annotated: "the Noble Partner exercises"; so is
            // one after its noun: "the joint exercise Noble Partner".
            if !titled
                && ((e == n && event_after(src, chunk[e - 1].end))
                    || (k == 0 && event_before(src, chunk[0].start)))
            {
                pending_titles.clear();
                k = e;
                continue;
            }
            // An unknown name after "held in", "the village of": a place
            // the gazetteer lacks ("was held in Gardabani").
            if e == n
                && k == s
                && len <= 2
                && !titled
                && !cx.title_case
                && !dictionary
                && !src[chunk[e - 1].end..].starts_with(['\'', '’'])
                && place_cue_around(src, chunk[k].start, chunk[e - 1].end)
            {
                out.push(Raw::plain(
                    EntityKind::Location,
                    chunk[k].start,
                    chunk[e - 1].end,
                ));
                pending_titles.clear();
                k = e;
                continue;
            }
            // A route across a place is a project: "the Trans-Caspian
            // corridor", "the Trans-Afghan railway" (not "the Lachin corridor").
            if e == n && e == k + 1 && words[k].starts_with("Trans-") && names_route(src, &chunk[k])
            {
                out.push(Raw::plain(
                    EntityKind::Organization,
                    chunk[k].start,
                    chunk[k].end,
                ));
                pending_titles.clear();
                k = e;
                continue;
            }
            if e == n && !titled && !cx.title_case {
                if let Some(site) = site_after(src, chunk[e - 1].end) {
                    // (Its name may start before an "of": "the Defender of
                    // the Fatherland monument", not "Fatherland monument".)
                    let start = (k == 0)
                        .then(|| name_start_before_of(src, chunk[k].start))
                        .flatten()
                        .unwrap_or(chunk[k].start);
                    out.push(Raw::plain(EntityKind::Location, start, site));
                    pending_titles.clear();
                    k = e;
                    continue;
                }
            }
            if cx.title_case || (in_text_lowercase && !titled) || dictionary {
                // In a headline, a capitalised word is a person only as the surname of one
                // named elsewhere; so is a lone ordinary word ("Peach" after "Stuart Peach").
                if (cx.title_case && !common) || len == 1 {
                    for t in &chunk[k..e] {
                        out.push(Raw {
                            joins_only: true,
                            ..Raw::plain(EntityKind::Person, t.start, t.end)
                        });
                    }
                }
                pending_titles.clear();
                k = e;
                continue;
            }
            // A lone untitled word is kept as a possible surname of someone named
            // in full; so is an untitled name ending in an ordinary word, since
            // surnames rarely are ("Caspian Oil", "Eurasia Insight"; "Stuart Peach"
            // joins the Air Chief Marshal named before).
            // "Leader of the Nation", "Chairman of the Board": a lone word
            // after "of the" is a title's remit, no surname.
            if len == 1 && k >= 2 && words[k - 1] == "the" && words[k - 2] == "of" {
                pending_titles.clear();
                k = e;
                continue;
            }
            // After a title's "of the", before the rank of the one who holds
            // it, a name is the body the title heads: "Director General of
            // the Inter-Services Intelligence Lieutenant General X"; so is
            // one after "of" that an acronym after it spells: "Director
            // General of Inter-Services Public Relations (ISPR)".
            let spelled = || {
                src[chunk[e - 1].end..]
                    .strip_prefix(" (")
                    .and_then(|r| r.split_once(')'))
                    .is_some_and(|(a, _)| {
                        is_acronym(a)
                            && crate::recognize::initials(&src[chunk[k].start..chunk[e - 1].end])
                                == a
                    })
            };
            let of_the = k >= 2 && words[k - 1] == "the" && words[k - 2] == "of";
            if titled
                && k >= 1
                && words[k - 1 - usize::from(of_the)] == "of"
                && ((of_the && e < n) || spelled())
            {
                out.push(Raw::plain(
                    EntityKind::Organization,
                    chunk[k].start,
                    chunk[e - 1].end,
                ));
                k = e;
                continue;
            }
            // (A two-word name whose first word reads as a given name
            // need not: "Gordon Brown", "Emmanuel Macron"; unlike "Caspian
            // Oil", "Eurasia Insight".)
            // (Nor does a compass point: "the East Shield fortifications".)
            let given_first = len == 2
                && !g.is_english(words[k])
                && !is_compass(words[k])
                && hit_at(chunk[k].start).is_none()
                && !g.is_demonym(words[k])
                && !["ian", "ean", "ia", "ic", "al", "ern"]
                    .iter()
                    .any(|s| words[k].ends_with(s));
            // A compass point alone is a remit's first word, no surname:
            // "Assistant Secretary of State for South and Central Asian
            // Affairs".
            if len == 1 && is_compass(words[k]) {
                pending_titles.clear();
                k = e;
                continue;
            }
            // (Nor a patronymic's name: "Qaboos bin Said".)
            // (Nor one right after a position or "counterpart" in lower
            // case: "his Singaporean counterpart Ng Eng Hen".)
            let ordinary_end = len >= 2
                && g.is_english(words[e - 1])
                && !given_first
                && !head_before()
                && !(len >= 3 && particle(words[e - 2]));
            let titles = titles_around(src, chunk[k].start, chunk[e - 1].end, cx.paragraph, g);
            out.push(Raw {
                titles,
                joins_only: ((len == 1 && !glued_initial(words[k])) || ordinary_end) && !titled,
                ..Raw::plain(EntityKind::Person, chunk[k].start, chunk[e - 1].end)
            });
            pending_titles.clear();
            k = e;
            continue;
        }
        k += 1;
    }
}

/// Whether the words open with a legislature's own name before "Speaker"
/// ("Saeima Speaker"): a word no list or lexicon knows, no nationality or
/// title.
fn legislature_before_speaker(g: &Gazetteer, ws: &[&str]) -> bool {
    ws.get(1) == Some(&"Speaker")
        && name_shaped(g, ws[0])
        && !g.is_english(ws[0])
        && !g.is_demonym(ws[0])
        && !is_title_word(g, ws[0])
}

/// The end (a word index) of "of (the) <country>" at `words[at..]`, which
/// a body's short name or acronym takes as part of its name: "the Seimas of
/// Lithuania", "the MFA of Armenia", "the State Duma of the Russian
/// Federation" (the country is named inside it, not beside it).
fn of_country(
    chunk: &[Token],
    words: &[&str],
    at: usize,
    hits: &[Hit],
    g: &Gazetteer,
) -> Option<usize> {
    if words.get(at) != Some(&"of") {
        return None;
    }
    let c = if words.get(at + 1) == Some(&"the") {
        at + 2
    } else {
        at + 1
    };
    let h = hit_starting(hits, chunk.get(c)?.start)?;
    let e = g.entry(h.entry);
    if e.kind != GazKind::Place || !g.is_country(e.canonical) {
        return None;
    }
    let last = chunk[c..].iter().position(|t| t.end == h.end)? + c;
    // (Not when the chunk goes on into an organisation's name: "the SGC of
    // Azerbaijan Railways".)
    (!words.get(last + 1).is_some_and(|w| is_org_word(w))).then_some(last + 1)
}

/// Whether a day and a year of the Hijri calendar follow `at`: " 05, 1446".
fn hijri_date_after(src: &str, at: usize) -> bool {
    let b = &src.as_bytes()[at..];
    let digits = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
    let Some(rest) = b.strip_prefix(b" ") else {
        return false;
    };
    let d = digits(rest);
    if !(1..=2).contains(&d) {
        return false;
    }
    let rest = &rest[d..];
    let rest = rest.strip_prefix(b",").unwrap_or(rest);
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    digits(rest) == 4 && matches!(rest[..2], [b'1', b'3' | b'4'])
}

/// Whether `words[s..]` are a country's legislature called a congress and
/// nothing more: "the U.S. Congress", "the United States Congress", "the
/// Peruvian Congress", "the Congress of Peru" (not "the World Congress of
/// Families", "the Congress of Local and Regional Authorities").
fn country_congress(
    g: &Gazetteer,
    words: &[&str],
    chunk: &[Token],
    hits: &[Hit],
    s: usize,
) -> bool {
    let n = words.len();
    // A country's name the whole of `words[a..b]`.
    let country = |a: usize, b: usize| {
        a < b
            && hit_starting(hits, chunk[a].start).is_some_and(|h| {
                h.end == chunk[b - 1].end && g.is_country(g.entry(h.entry).canonical)
            })
    };
    if words[n - 1] == "Congress" && n - s >= 2 {
        let before = &words[s..n - 1];
        return (before.len() == 1
            && (matches!(before[0], "U.S." | "US") || g.is_demonym(before[0])))
            || country(s, n - 1);
    }
    words[s] == "Congress"
        && words.get(s + 1) == Some(&"of")
        && (country(s + 2, n) || (words.get(s + 2) == Some(&"the") && country(s + 3, n)))
}

/// Whether `ws` name a legislature by its kind alone, with no more than
/// the words of its standing before it: "National Assembly", "Senate",
/// "Grand National Assembly", "Parliament" (not "Parliamentary Assembly
/// of the Council of Europe", whose name goes on, nor a lone "Assembly",
/// a gathering's as often: "the 148th Assembly").
fn legislature_named(g: &Gazetteer, ws: &[&str]) -> bool {
    ws.split_last().is_some_and(|(last, mods)| {
        (matches!(*last, "Parliament" | "Senate") || (*last == "Assembly" && !mods.is_empty()))
            && mods.iter().all(|w| {
                matches!(
                    *w,
                    "National" | "Federal" | "Supreme" | "Grand" | "Legislative"
                ) || g.is_demonym(w)
            })
    })
}

/// Whether `words[x]` says for how long a body governs, part of its name:
/// "the Interim Government of Afghanistan" (not "Interim President").
fn interim_body(words: &[&str], x: usize) -> bool {
    matches!(words[x], "Interim" | "Provisional" | "Caretaker")
        && words
            .get(x + 1)
            .is_some_and(|w| matches!(*w, "Government" | "Administration" | "Cabinet"))
}

/// A compass point, which opens a region's name and is no surname alone.
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
    )
}

/// Whether the place at byte `start` is the remit of a position: "Vice
/// President for Europe and Central Asia", "Regional Director for
/// Sustainable Development for Europe" (not "President of Azerbaijan").
fn title_for(src: &str, hits: &[Hit], g: &Gazetteer, start: usize) -> bool {
    let before = src[..start].trim_end();
    let mut words = before.rsplit(char::is_whitespace).peekable();
    // ("... for the South Caucasus": the article is the place's.)
    if words.peek() == Some(&"the") {
        words.next();
    }
    match words.next() {
        // A title among the capitalised words before "for", over "for" and "of".
        Some("for") => words
            .take(6)
            .take_while(|w| w.starts_with(char::is_uppercase) || matches!(*w, "for" | "of" | "the"))
            .any(|w| is_person_title(g, w)),
        // "... for Europe and Central Asia": a place joined to one such place.
        Some("and") => {
            let b = before[..before.len() - 3].trim_end();
            hits.binary_search_by_key(&b.len(), |h| h.end)
                .is_ok_and(|i| title_for(src, hits, g, hits[i].start))
        }
        // ... or listed after one with a comma, before more: "... for
        // Russia, Ukraine and Eurasia" (not "... for Europe, Anna
        // Lührmann", a name after the title).
        Some(w) if w.ends_with(',') => {
            let listed = hits
                .binary_search_by_key(&start, |h| h.start)
                .is_ok_and(|i| {
                    let rest = &src[hits[i].end..];
                    rest.starts_with(',') || rest.starts_with(" and ")
                });
            let b = &before[..before.len() - 1];
            listed
                && hits
                    .binary_search_by_key(&b.len(), |h| h.end)
                    .is_ok_and(|i| title_for(src, hits, g, hits[i].start))
        }
        _ => false,
    }
}

/// Words of military units, which numbers open ("173rd Infantry Brigade",
/// "5th Fleet"): unlike numbered sessions, such names are organisations.
const UNIT_WORDS: [&str; 24] = [
    "Brigade",
    "Brigades",
    "Regiment",
    "Division",
    "Battalion",
    "Squadron",
    "Wing",
    "Fleet",
    "Army",
    "Corps",
    "Company",
    "Group",
    "Command",
    "Infantry",
    "Airborne",
    "Guards",
    "Detachment",
    "Unit",
    "Battery",
    "Flotilla",
    "Force",
    "Forces",
    "Team",
    "Cavalry",
];

/// Whether the name from byte `start` to `end` stands in quotes and a
/// unit's word closes the one or two words in capitals after them: "the
/// \"Azov\" Brigade", "the \"Guzmán el Bueno\" X Brigade".
fn quoted_before_unit(src: &str, start: usize, end: usize) -> bool {
    let Some(after) = src[..start]
        .ends_with(['"', '“'])
        .then(|| src[end..].strip_prefix(['"', '”']))
        .flatten()
        .and_then(|rest| rest.strip_prefix(' '))
    else {
        return false;
    };
    after
        .split(' ')
        .take(2)
        .take_while(|w| w.starts_with(char::is_uppercase))
        .any(|w| UNIT_WORDS.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// Words that make a "Center" a place where things happen, a location.
const VENUE_WORDS: [&str; 12] = [
    "Expo",
    "Exhibition",
    "Convention",
    "Congress",
    "Conference",
    "Operation",
    "Operations",
    "Shopping",
    "Business",
    "Trade",
    "Sports",
    "Cultural",
];

/// Words that make places joined by hyphens the name of a route or project.
const ROUTE_WORDS: [&str; 12] = [
    "pipeline",
    "pipelines",
    // (A power link: "the Balti-Suceava interconnector"; and a "power
    // line", see `route_word_follows`.)
    "interconnector",
    "interconnection",
    "railway",
    "railroad",
    "corridor",
    "route",
    "routes",
    "highway",
    "motorway",
    "road",
];

/// Whether the word `t` is followed by a route word, maybe after an acronym
/// in parentheses and up to two lower-case words: "Baku-Tbilisi-Kars (BTK)
/// railway", "Baku-Tbilisi-Ceyhan oil pipeline" (not "Armenia-Azerbaijan
/// talks").
fn names_route(src: &str, t: &Token) -> bool {
    let mut rest = src[t.end..].trim_start_matches(' ');
    if let Some((acronym, after)) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        if acronym.len() <= 8 && is_acronym(acronym) {
            rest = after.trim_start_matches(' ');
        }
    }
    route_word_follows(rest)
}

/// Where a number of one or two digits right after byte `end` ends, when
/// it numbers the name before it ("Nord Stream 2", "Shah Deniz 2 gas"; not
/// a day, "Baku 2 March", nor a score or a range, "2-1").
fn numbered(src: &str, end: usize) -> Option<usize> {
    const COUNTED: [&str; 10] = [
        "times", "days", "years", "months", "weeks", "hours", "percent", "per", "million",
        "billion",
    ];
    let rest = src[end..].strip_prefix(' ')?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let next_word = after
        .trim_start_matches(' ')
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    ((1..=2).contains(&digits)
        && !after.starts_with(|c: char| {
            c.is_alphanumeric() || matches!(c, '-' | '–' | '.' | ':' | '/' | '%' | ',')
        })
        && crate::calendar::month_number(next_word).is_none()
        // (Nor a count: "met Ion Rusu 3 times".)
        && !COUNTED.contains(&next_word))
    .then_some(end + 1 + digits)
}

/// Whether a route word follows, after up to two lower-case words:
/// "oil pipeline", "railway".
fn route_word_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    let mut power = false;
    for w in rest.split(char::is_whitespace).take(3) {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if ROUTE_WORDS.contains(&w) || (power && w == "line") {
            return true;
        }
        power = matches!(w, "power" | "transmission");
        if w.is_empty() || !w.chars().all(char::is_lowercase) {
            return false;
        }
    }
    false
}

/// Where a name starts that goes on over "of (the)" right before `at`:
/// the capitalised words before it ("Defender" of "Defender of the
/// Fatherland").
fn name_start_before_of(src: &str, at: usize) -> Option<usize> {
    let before = src[..at].strip_suffix(' ')?;
    let before = before.strip_suffix(" the").unwrap_or(before);
    let mut rest = before.strip_suffix(" of")?;
    let mut start = None;
    loop {
        let w = rest.rfind(' ').map_or(0, |i| i + 1);
        if !rest[w..].starts_with(char::is_uppercase) || STOP.contains(&rest[w..]) {
            break;
        }
        start = Some(w);
        if w == 0 {
            break;
        }
        rest = &rest[..w - 1];
    }
    start
}

/// Whether the text before `at` names a post held at a body: "a senior
/// fellow at ", "an analyst with the ".
fn works_at(src: &str, at: usize) -> bool {
    let before = src[..at].trim_end_matches(' ');
    let before = before.strip_suffix(" the").unwrap_or(before);
    let Some(head) = before
        .strip_suffix(" at")
        .or_else(|| before.strip_suffix(" with"))
    else {
        return false;
    };
    let role = head.rsplit(' ').next().unwrap_or("");
    matches!(
        role,
        "analyst"
            | "fellow"
            | "researcher"
            | "expert"
            | "professor"
            | "scholar"
            | "lecturer"
            | "economist"
            | "strategist"
            | "specialist"
    )
}

/// Whether a name starting at `at` is listed after those who speak for
/// it: "representatives of X", "executives of Y, Z and W" (`named`, asked
/// only when the bytes before may be such a list, says the name may be an
/// organisation's).
fn represented_by(src: &str, at: usize, named: impl Fn() -> bool) -> bool {
    static LISTED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?-u:\b)(?:representatives|executives|shareholders|employees|managers)\s+of\s+(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:,\s+(?:and\s+)?|\s+and\s+)){0,6}$")
            .expect("static regex compiles")
    });
    let bytes = &src.as_bytes()[..at];
    if !(bytes.ends_with(b"of ") || bytes.ends_with(b", ") || bytes.ends_with(b"and ")) {
        return false;
    }
    let before = &src[crate::ceil_boundary(src, at.saturating_sub(200))..at];
    static PLURAL_OF: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"s of "));
    PLURAL_OF.find(before.as_bytes()).is_some() && named() && LISTED.is_match(before)
}

/// Whether the word before `chunk[s]` is the article "the".
fn after_the(src: &str, chunk: &[Token], s: usize) -> bool {
    if s > 0 {
        return word(src, &chunk[s - 1]).eq_ignore_ascii_case("the");
    }
    let before = src[..chunk[s].start].trim_end_matches(' ');
    before.len() < chunk[s].start
        && before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Whether the hyphenated `word` at byte `start`, its parts capitalised,
/// is a place of its own that holds a town's name, as Turkic places often
/// do ("the Kyzyl-Bel checkpoint", not the Russian city Kyzyl): the towns
/// `inner` names and a part no hit covers, no acronym or nationality
/// ("US-Taliban talks", "Azerbaijani-Turkish").
fn compound_town(g: &Gazetteer, word: &str, start: usize, inner: &[&Hit]) -> bool {
    !inner.is_empty()
        && inner.iter().all(|h| {
            let e = g.entry(h.entry);
            e.city && !g.is_capital(e.canonical)
        })
        && {
            let mut at = start;
            word.split('-').any(|p| {
                let (a, b) = (at, at + p.len());
                at = b + 1;
                !inner.iter().any(|h| h.start <= a && b <= h.end)
                    && !is_acronym(p)
                    && !g.is_demonym(p)
            })
        }
}

/// Whether `chunk` (non-empty) follows a place's possessive ("Russia's", "Armenia’s").
fn after_place_possessive(src: &str, chunk: &[Token], hits: &[Hit], g: &Gazetteer) -> bool {
    let before = src[..chunk[0].start].trim_end_matches(' ');
    let Some(name_end) = crate::without_possessive(before).map(str::len) else {
        return false;
    };
    // Hits come sorted by start; the place's hit is the last one before.
    let lo = hits.partition_point(|h| h.start < name_end);
    hits[..lo]
        .last()
        .is_some_and(|h| h.end == name_end && g.entry(h.entry).kind == GazKind::Place)
}

/// An organisation phrase starting at token `k` of the chunk: returns its end
/// (exclusive) and whether it holds a proper name part (a place, nationality,
/// acronym or other non-generic word).
/// Whether `words[at]` is the "of" of a unit's or a field's fixed phrase,
/// inside an organisation's name: "Joint Chiefs of Staff Committee", "EU
/// Rule of Law Mission".
fn fixed_of(words: &[&str], at: usize) -> bool {
    at > 0
        && words.get(at) == Some(&"of")
        && words
            .get(at + 1)
            .is_some_and(|after| fixed_of_pair(words[at - 1], after))
}

/// The words around such an "of": "Chiefs" and "Staff", "Rule" and "Law".
fn fixed_of_pair(before: &str, after: &str) -> bool {
    matches!((before, after), ("Chiefs", "Staff") | ("Rule", "Law"))
}

/// A body's word that "on" joins to its remit: "Commission on
/// Military-Technical Cooperation", "Committee on Defense, Security and
/// Anti-corruption".
fn on_phrase_head(w: &str) -> bool {
    matches!(w, "Commission" | "Committee" | "Subcommittee" | "Council")
}

/// Whether `w` is an ordinary English word, or made of them with hyphens
/// ("Anti-corruption").
fn english_words(g: &Gazetteer, w: &str) -> bool {
    g.is_english(w) || (w.contains('-') && w.split('-').all(|p| g.is_english(p)))
}

fn org_phrase(
    chunk: &[Token],
    words: &[&str],
    k: usize,
    hits: &[Hit],
    g: &Gazetteer,
) -> Option<(usize, bool)> {
    let n = words.len();
    // A legislature by its own name before its speaker's title and name:
    // "Saeima Speaker Daiga Mierina".
    if k + 3 < n
        && legislature_before_speaker(g, &words[k..])
        && hit_starting(hits, chunk[k].start).is_none()
        && name_shaped(g, words[k + 2])
    {
        return Some((k + 1, true));
    }
    // Organisation gazetteer hits.
    // (One that ends inside a word, "NATO-Ukraine Commission", is read as a
    // modifier below.)
    if let Some(end) = hit_starting(hits, chunk[k].start)
        .filter(|h| g.entry(h.entry).kind == GazKind::Organization)
        .and_then(|h| chunk.iter().position(|t| t.end == h.end))
        .map(|e| e + 1)
    {
        // (A legislature's short name, not a company's: "ACWA Power of
        // Saudi Arabia" names where it is from.)
        let legislature = hit_starting(hits, chunk[k].start)
            .and_then(|h| g.entry(h.entry).canonical.rsplit(' ').next())
            .is_some_and(|w| LEGISLATURE_WORDS.contains(&w));
        if let Some(e) = of_country(chunk, words, end, hits, g).filter(|_| legislature) {
            return Some((e, true));
        }
        // "OSCE Minsk Group" is longer than "OSCE": keep growing if an organisation word follows.
        // (A field's words count as one: "EU Rule of Law Mission".)
        let reach = 3 + usize::from(fixed_of(words, end + 1));
        if !(end < n && words[end..].iter().take(reach).any(|w| is_org_word(w))) {
            return Some((end, true));
        }
    }
    // Find the first organisation word at or after k, with only modifiers between.
    let mut m = k;
    let mut proper = false;
    // "Central Military District": a command, not a place.
    let military_district =
        |m: usize| m > k && words[m] == "District" && words[m - 1] == "Military";
    // "the Executive Power of Siyazan region": a district's administration.
    let executive_power = |m: usize| m > k && words[m] == "Power" && words[m - 1] == "Executive";
    // "the National People's Congress": a legislature's word.
    let legislature = |m: usize| {
        m > k && words[m] == "Congress" && matches!(words[m - 1], "'s" | "’s" | "National")
    };
    // "Aerospace" closes a company's name ("Hanwha Aerospace") and names
    // a service before a word that closes its name ("the Aerospace
    // Forces", its own service, not a generic one).
    let field_before_org_word = |m: usize| {
        matches!(words[m], "Aerospace" | "Shipbuilding" | "Electronics")
            && words.get(m + 1).is_some_and(|w| is_org_word(w))
    };
    while m < n
        && (!is_org_word(words[m]) || field_before_org_word(m))
        && !military_district(m)
        && !executive_power(m)
        && !legislature(m)
    {
        // A place's name of several words, "of" in it, is one modifier:
        // "the Islamic Republic of Iran Railways".
        if let Some(e) = hit_starting(hits, chunk[m].start)
            .filter(|h| g.entry(h.entry).kind == GazKind::Place)
            .and_then(|h| chunk[m + 1..].iter().position(|t| t.end == h.end))
        {
            proper = true;
            m += e + 2;
            continue;
        }
        let w = words[m];
        let is_mod = g.is_demonym(w)
            || is_acronym(w)
            || GENERIC.contains(w)
            || g.is_title(w)
            || hit_starting(hits, chunk[m].start).is_some()
            || (w.starts_with(char::is_uppercase) && !STOP.contains(w))
            || (m == k && is_ordinal(w))
            || (m > k && matches!(w, "'s" | "’s") && owns_in_name(words[m - 1]));
        // "NATO-led", "Russia-backed": a modifier of the phrase, not part of
        // a name.
        let compound_adjective = w
            .split_once('-')
            .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        // "National Security and Foreign Policy Committee": "and" between
        // the fields of one organisation word.
        // (Not after a whole name the gazetteer knows: "Reporters Without
        // Borders and Freedom House" are two.)
        let fields_joined = w == "and"
            && m > k
            && g.is_english(words[m - 1])
            && words
                .get(m + 1)
                .is_some_and(|v| v.starts_with(char::is_uppercase))
            && words[m + 1..].iter().take(3).any(|v| is_org_word(v))
            && !hits_within(hits, chunk[k].start, chunk[m - 1].end).any(|h| {
                h.end == chunk[m - 1].end && g.entry(h.entry).kind == GazKind::Organization
            });
        let fixed_of = m > k && fixed_of(words, m);
        if (!is_mod || is_connector(w) || compound_adjective) && !fields_joined && !fixed_of {
            return None;
        }
        if !is_generic(g, w) {
            proper = true;
        }
        m += 1;
    }
    if m >= n {
        return None;
    }
    // "Cabinet Secretary for Defence X", "Chief Cabinet Secretary X": a
    // position, not the cabinet.
    if words[m] == "Cabinet" && words.get(m + 1) == Some(&"Secretary") {
        return None;
    }
    // A place named whole through the organisation word is a place: "the
    // Russian Federation".
    if hit_starting(hits, chunk[k].start)
        .is_some_and(|h| g.entry(h.entry).kind == GazKind::Place && h.end >= chunk[m].end)
    {
        return None;
    }
    // Titles before the organisation word are not part of it ("Defense Minister" is a title,
    // "Press Secretary Air Force" holds one): only field words ("Defense Ministry") may stand there.
    let person_title = |x: usize| {
        is_person_title(g, words[x])
            && !(words[x] == "Chiefs" && words.get(x + 1) == Some(&"of"))
            && !interim_body(words, x)
    };
    if (k..m).any(person_title) && !executive_power(m) {
        return None;
    }
    // Person-like words before the organisation word make it a person's title chunk, not an org.
    let mut end = m + 1;
    while end < n && is_org_word(words[end]) {
        end += 1;
    }
    // A school, bank or fund with modifiers is one institution even when they
    // are generic words: "the National Defense University", "the Military
    // Academy" (unlike "the National Security Council" of a job title); so
    // after other organisation words: "the Armed Forces Academy".
    // So is a legislature named a congress: "the National People's
    // Congress" (an assembly or a parliament names no one body without its
    // country's possessive).
    if (m > k && INSTITUTION_WORDS.contains(&words[m]))
        || (end - 1 > m && INSTITUTION_WORDS.contains(&words[end - 1]))
        || legislature(m)
    {
        proper = true;
    }
    // "of (the) X Y" tail.
    // (The end of a gazetteer hit read in it: "of North Macedonia" goes on
    // to the hit's second word.)
    let mut hit_until = 0;
    while end < n {
        let w = words[end];
        if is_connector(w) {
            end += 1;
            continue;
        }
        // "General Staff of the Sultan's Armed Forces", "Standing Committee
        // of the National People's Congress", "Central Military Commission
        // of the People's Republic of China".
        if matches!(w, "'s" | "’s")
            && owns_in_name(words[end - 1])
            && words[end + 1..]
                .iter()
                .take(2)
                .any(|v| is_org_word(v) || matches!(*v, "Congress" | "Republic"))
        {
            end += 1;
            continue;
        }
        // (A comma the chunk holds lists the phrase's fields: "Ministry of
        // Investment, Industry and Trade", see `listed_fields`.)
        if w == ","
            && words
                .get(end + 1)
                .is_some_and(|v| v.starts_with(char::is_uppercase))
        {
            end += 1;
            continue;
        }
        if !w.starts_with(char::is_uppercase) || TAIL_BREAK.contains(w) {
            break;
        }
        // An airline named by its place, a name after it, is its own: "the
        // Board of Air Astana Peter Foster" (see `read_chunk`).
        if w == "Air"
            && end + 2 < n
            && hit_starting(hits, chunk[end + 1].start).is_some_and(|h| {
                g.entry(h.entry).kind == GazKind::Place && h.end == chunk[end + 1].end
            })
        {
            break;
        }
        // A side of a legislature opens a leader's title after its name:
        // "Senate Majority Leader X", "Senate Republican leader Y".
        if matches!(
            words[end - 1],
            "Senate" | "House" | "Parliament" | "Assembly"
        ) && matches!(
            w,
            "Majority" | "Minority" | "Republican" | "Democratic" | "Democrat" | "Opposition"
        ) {
            break;
        }
        // "... Armed Forces Valery Gerasimov": a name right after the organisation word starts a person.
        // (Nor does the word after a possessor inside the name: "People's
        // Congress".)
        let after_connector = is_connector(words[end - 1]) || matches!(words[end - 1], "'s" | "’s");
        let hit = hit_starting(hits, chunk[end].start);
        if let Some(h) = hit {
            hit_until = h.end;
        }
        let known =
            hit.is_some() || chunk[end].end <= hit_until || g.is_demonym(w) || is_acronym(w);
        // A given name that is also a word starts a name when a surname
        // closes the chunk after it: "... of Kazakhstan Asset Issekeshev"
        // (not "... Command Operations Curtis Scaparrotti").
        let name_at = |x: usize| surname_at(g, words, chunk, hits, x);
        // (Not words after a unit's own: "Mechanised Infantry Brigade Iron
        // Wolf" is the brigade's name.)
        let unit_named = UNIT_KINDS.contains(&words[end - 1]) && g.is_english(w);
        let surname_next = || !unit_named && name_at(end + 1) && !name_at(end + 2);
        // A compass point closes a command's name: "Multinational Corps Northeast".
        let compass = matches!(
            w,
            "North"
                | "South"
                | "East"
                | "West"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
        );
        if !after_connector
            && !known
            && !compass
            && name_shaped(g, w)
            // (A lone name closing the chunk is no person's: "... for
            // International Peace".)
            && ((!g.is_english(w) && end + 1 < n) || surname_next())
        {
            break;
        }
        // So does a place before the one or two names closing the chunk:
        // "Speaker of the National Assembly Ararat Mirzoyan", "... Council
        // Ali Akbar Ahmadian".
        let place_here = hit_starting(hits, chunk[end].start)
            .is_some_and(|h| g.entry(h.entry).kind == GazKind::Place && h.end == chunk[end].end);
        if !after_connector
            && place_here
            && (end + 2..=end + 3).contains(&n)
            && (end + 1..n).all(name_at)
        {
            break;
        }
        if !is_generic(g, w) {
            proper = true;
        }
        end += 1;
    }
    while end > m + 1 && is_connector(words[end - 1]) {
        end -= 1;
    }
    // "Russian Security Council Secretary": a position closing the phrase
    // is someone's title, not part of the name.
    // (After "of" it is the body's members: "Cabinet of Ministers", "Council
    // of Foreign Ministers"; after "of the", its head: "Office of the
    // President", "Office of the Prime Minister"; not "Ministry of Defence
    // Spokesman".)
    let members = |end: usize| {
        let w = words[end - 1];
        let fields = words[m + 1..end - 1]
            .iter()
            .rev()
            .take_while(|v| is_field_title(v) || PORTFOLIOS.contains(v))
            .count();
        let of = end - 1 - fields;
        // (The head's rank in its title: "Prime", "Deputy Prime".)
        let rank = words[m + 1..end - 1]
            .iter()
            .rev()
            .take_while(|v| matches!(**v, "Prime" | "Deputy" | "Vice" | "First"))
            .count();
        let head = end - 1 - rank;
        (of > m + 1 && words[of - 1] == "of" && plural_head(w))
            || ((fields == 0 || rank == fields)
                && head >= 2
                && words[head - 1] == "the"
                && words[head - 2] == "of")
    };
    let before_titles = end;
    while end > m + 1
        && is_person_title(g, words[end - 1])
        && !is_org_word(words[end - 1])
        && !members(end)
    {
        end -= 1;
    }
    // (So is the "Chief" that opens one: "BP Group Chief Executive".)
    if end < before_titles && end > m + 1 && words[end - 1] == "Chief" {
        end -= 1;
    }
    // So is a rank closing the chunk: "... Ministry of Defense Major General
    // (res.) X".
    // (RANKS lists "Major General" before "General"; most phrases end in no
    // title word, and are not searched.)
    if end == n && end > m + 1 && g.is_title(words[end - 1]) {
        let closing = RANKS.iter().find_map(|r| {
            let len = r.split(' ').count();
            (end > m + len
                && r.split(' ')
                    .rev()
                    .zip(words[..end].iter().rev())
                    .all(|(a, b)| a == *b))
            .then_some(len)
        });
        end -= closing.unwrap_or(0);
    }
    // A trailing person name ("... Forces Valery Gerasimov") is not part of it:
    // stop the tail at the first title word after the organisation word.
    // A rank or position word ends the name when a person's name follows it
    // ("NATO Military Committee General Petr Pavel").
    let name_follows = |x: usize| {
        let mut y = x + 1;
        while y < n && g.is_title(words[y]) {
            y += 1;
        }
        // (A given name may be a word too: "Group CEO Sultan Ahmed Al Jaber".)
        let name_word = |y: usize| y < n && name_shaped(g, words[y]) && !g.is_english(words[y]);
        // (Or a given name's two initials: "Air Force Gen. CQ Brown".)
        let initials = |y: usize| y + 1 < n && two_capitals(words[y]) && name_word(y + 1);
        (y < n && name_shaped(g, words[y]) && (name_word(y) || name_word(y + 1))) || initials(y)
    };
    // (Not an organisation word before a rank: "... of the Azerbaijan Army
    // Colonel General X", unlike the rank "Army General X".)
    // (After a nationality it is the army's: "of the Serbian Army General
    // X" is the Serbian Army's general.)
    let org_before_rank = |x: usize| {
        is_org_word(words[x])
            && words
                .get(x + 1)
                .is_some_and(|w| g.is_title(w) && (*w != "General" || g.is_demonym(words[x - 1])))
    };
    // ... and so does a service before a rank after the organisation word:
    // "Joint Chiefs of Staff Air Force Gen. X" (unlike "the Azerbaijan Army
    // Colonel General X"; nor after another service's word, whose branch
    // it names: "the People's Liberation Army Navy Vice Admiral X").
    let service_rank = |x: usize| {
        let service = match words[x..] {
            ["Air" | "Space", "Force", ..] | ["Marine", "Corps", ..] | ["Coast", "Guard", ..] => 2,
            ["Army" | "Navy", ..] => 1,
            _ => return false,
        };
        is_org_word(words[x - 1])
            && !matches!(words[x - 1], "Army" | "Navy" | "Force" | "Corps" | "Guard")
            && words
                .get(x + service)
                .is_some_and(|w| RANKS.iter().any(|r| r.split(' ').next() == Some(*w)))
    };
    // (A field word right before the name is the name's last word: "State
    // Committee for National Security Saimumin Yatimov".)
    let field_last = |x: usize| {
        matches!(
            words[x],
            "Security" | "Defense" | "Defence" | "Foreign" | "Finance" | "Interior" | "National"
        ) && !words.get(x + 1).is_some_and(|w| g.is_title(w))
    };
    if let Some(t) = (m + 1..end).find(|&x| {
        (g.is_title(words[x])
            && !field_last(x)
            && name_follows(x)
            && !is_connector(words[x - 1])
            && !matches!(words[x - 1], "'s" | "’s")
            && !org_before_rank(x))
            || service_rank(x)
    }) {
        end = t;
        // A lone organisation word left ("Group CEO X") names none.
        if end == k + 1 {
            return None;
        }
    }
    // So is a board's chair between the name and a person's: "Azerbaijan
    // Railways CJSC Chairman of the (Management) Board X".
    let board_chair = (m + 1..end).find(|&x| {
        end - x <= 7
            && is_person_title(g, words[x])
            && words[x + 1..].starts_with(&["of", "the"])
            && matches!(words[end - 1], "Board" | "Directors")
            && words.get(end).is_some_and(|w| name_shaped(g, w))
    });
    if let Some(x) = board_chair {
        end = x;
    }
    // (A field marshal's rank is no part of the body before it: "Chief of
    // Army Staff Field Marshal X".)
    if end >= k + 2 && words[end - 1] == "Field" && words.get(end) == Some(&"Marshal") {
        end -= 1;
        // (Its words left may be generic ones: "Army Staff".)
        proper = proper && !words[k..end].iter().all(|w| is_generic(g, w));
    }
    Some((end, proper))
}

#[cfg(test)]
mod tests {
    use crate::test_support::names_in as names_of;
    use crate::EntityKind::{self, *};

    /// (kind, mention text) of every mention in a one-paragraph article.
    fn mentions(text: &str) -> Vec<(EntityKind, String)> {
        let doc =
            crate::analyze(&format!(" date 2022-05-10 By Jane Roe\n\n{text}\n")).expect("parses");
        doc.entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (e.kind, m.text.clone())))
            .collect()
    }

    fn has(ms: &[(EntityKind, String)], kind: EntityKind, text: &str) -> bool {
        ms.iter().any(|(k, t)| *k == kind && t == text)
    }

    /// The titles of the person named `name` in a one-paragraph article.
    fn titles(text: &str, name: &str) -> Vec<String> {
        let doc =
            crate::analyze(&format!(" date 2022-05-10 By Jane Roe\n\n{text}\n")).expect("parses");
        doc.entities
            .iter()
            .find(|e| e.kind == Person && e.mentions.iter().any(|m| m.text == name))
            .unwrap_or_else(|| panic!("{name} not found in {:#?}", doc.entities))
            .titles
            .clone()
    }

    /// The titles of the entity named `name` in `doc`, if there is one.
    fn titles_in(doc: &crate::Document, name: &str) -> Option<Vec<String>> {
        doc.entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.titles.clone())
    }

    #[test]
    fn a_list_after_a_plural_ends_with_its_line() {
        let doc = crate::analyze("Astana signs deals with Chinese firms\nASTANA, Sept 3, 2025 (Reuters) - The deals include a plant.\n").expect("parses");
        let orgs = names_of(&doc, Organization);
        assert_eq!(orgs, ["Reuters"], "{:#?}", doc.entities);
    }

    #[test]
    fn a_line_broken_inside_a_paragraph_reads_as_a_space() {
        let text = " date 2022-05-10 Ministers meet in Tehran\n\nMinister Ion Rusu received the new Ambassador of Iran Tom Berg, the\nForeign Ministry said in a statement on its website, and Russia's\nDefense Ministry agreed.\n";
        let doc = crate::analyze(text).expect("parses");
        let orgs = names_of(&doc, Organization);
        assert_eq!(
            orgs,
            ["Foreign Ministry", "Defense Ministry"],
            "{:#?}",
            doc.segments
        );
    }

    #[test]
    fn a_vice_president_s_letters_name_no_body() {
        let doc = crate::analyze(" date 2024-11-12 Armenia's Pashinyan receives Iranian VP\n\nPrime Minister Ion Rusu received the Vice President.\n").expect("parses");
        assert!(
            doc.entities.iter().all(|e| e.kind != Organization),
            "{:#?}",
            doc.entities
        );
    }

    #[test]
    fn a_field_marshal_s_rank_is_no_part_of_a_body() {
        let text = "Chief of Army Staff Field Marshal Ion Rusu met the Sarnian Army Field Marshal Tom Berg.";
        let ms = mentions(text);
        assert!(!has(&ms, Organization, "Army Staff Field"), "{ms:?}");
        assert!(has(&ms, Organization, "Sarnian Army"), "{ms:?}");
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Chief of Army Staff", "Field Marshal"]
        );
        // Without a post before it, after a preposition; "Field" stays no
        // site's first word ("the Field of Energy").
        let text = "He called on Field Marshal Ion Rusu to discuss work in the Field of Energy.";
        assert_eq!(titles(text, "Ion Rusu"), ["Field Marshal"]);
        assert!(
            mentions(text).iter().all(|(k, _)| *k == Person),
            "{:?}",
            mentions(text)
        );
    }

    #[test]
    fn a_quotation_closed_before_a_name_gives_no_title() {
        for q in ['"', '”'] {
            let text = format!("{q}We will work at the UN Security Council,{q} Ion Rusu said. Foreign Minister Ion Rusu left.");
            assert_eq!(titles(&text, "Ion Rusu"), ["Foreign Minister"], "{text}");
        }
    }

    #[test]
    fn regional_blocs_and_groups_of_states_by_name() {
        let ms = mentions("Leaders met at the Mercosur summit after the G20 and the Group of Seven; the OAS and ECOWAS agreed.");
        for org in ["Mercosur", "G20", "Group of Seven", "OAS", "ECOWAS"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
    }

    #[test]
    fn rights_groups_by_name_each_one() {
        let ms = mentions("Human Rights Watch, Amnesty International, Reporters Without Borders and Freedom House criticised the law.");
        for org in [
            "Human Rights Watch",
            "Amnesty International",
            "Reporters Without Borders",
            "Freedom House",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
    }

    #[test]
    fn a_company_named_after_its_noun_or_described_as_one() {
        let ms = mentions("The sovereign wealth fund Karvenko-Tal signed deals. Zarnovit, the world's largest uranium producer, joined them. Georgia's state oil company Varsak did not.");
        for org in ["Karvenko-Tal", "Zarnovit", "Varsak"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        // (Not a person described: "X, the head of the company", "a film producer".)
        let ms = mentions("The company signed. Karvenko, the head of the company, and Zarnovit, a film producer, spoke.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
        // A company whose name a place has too, called one after a
        // nationality (a country may be a producer).
        let ms = mentions("Orano, the French nuclear fuel company, mines uranium. Kazakhstan, the world's largest uranium producer, sells it.");
        assert!(has(&ms, Organization, "Orano"), "{ms:?}");
        assert!(has(&ms, Location, "Kazakhstan"), "{ms:?}");
    }

    #[test]
    fn a_lone_name_a_position_heads_is_an_organisation() {
        let ms = mentions("He met the chairman of Turkmennebit, Ion Rusu, and the director of Kalashnikov. The governor of Batken, Ana Costa, came.");
        assert!(has(&ms, Organization, "Turkmennebit"), "{ms:?}");
        assert!(has(&ms, Organization, "Kalashnikov"), "{ms:?}");
        assert!(has(&ms, Location, "Batken"), "{ms:?}");
        assert!(!has(&ms, Organization, "Batken"), "{ms:?}");
    }

    #[test]
    fn industry_words_close_companies_and_aerospace_names_a_service() {
        let ms = mentions("He visited a Hanwha Aerospace plant. General Dynamics and Hyundai Motors signed, as did Samsung Electronics. He met the Commander of the Aerospace Forces.");
        for org in [
            "Hanwha Aerospace",
            "General Dynamics",
            "Hyundai Motors",
            "Samsung Electronics",
            "Aerospace Forces",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        // ... and a shipbuilder's sea ("Hanwha Ocean's bid", not Hanwha).
        let ms = mentions("He backed Hanwha Ocean's bid.");
        assert!(has(&ms, Organization, "Hanwha Ocean"), "{ms:?}");
        // A caucus is a legislators' organisation.
        let ms =
            mentions("He met the Co-Chair of the Congressional Azerbaijan Caucus Steve Womack.");
        assert!(
            has(&ms, Organization, "Congressional Azerbaijan Caucus"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_group_named_in_its_own_language_and_a_trade_show_s_acronym() {
        let ms = mentions("PZL Mielec and Polska Grupa Zbrojeniowa signed the deal at the MSPO defense exhibition, as did Grupo Santander at the IDEF fair.");
        assert!(has(&ms, Organization, "Polska Grupa Zbrojeniowa"), "{ms:?}");
        assert!(has(&ms, Organization, "Grupo Santander"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        assert!(!has(&ms, Organization, "MSPO") && !has(&ms, Organization, "IDEF"));
        // An organisation's acronym before other words stays one.
        assert!(has(
            &mentions("The CSTO exercises began. The SCO summit opened."),
            Organization,
            "CSTO"
        ));
    }

    #[test]
    fn an_aide_to_a_titled_person_is_not_the_title() {
        let text = "Mokhber was a senior aide to Supreme Leader Ayatollah Ali Khamenei. Jane Doe, an adviser to President Joe Biden, spoke.";
        assert_eq!(
            titles(text, "Ali Khamenei"),
            ["Supreme Leader", "Ayatollah"]
        );
        assert_eq!(titles(text, "Joe Biden"), ["President"]);
    }

    #[test]
    fn a_compass_point_a_country_and_an_area_name_a_province() {
        let ms = mentions("The helicopter crashed in East Azerbaijan province, and the rescue team flew from West Kazakhstan region.");
        assert!(has(&ms, Location, "East Azerbaijan province"), "{ms:?}");
        assert!(has(&ms, Location, "West Kazakhstan region"), "{ms:?}");
        assert!(!has(&ms, Location, "Azerbaijan") && !has(&ms, Location, "Kazakhstan"));
        // ... or a name that would read as a person's ("Khorasan" is a town
        // too); a place known whole keeps its name alone.
        let ms = mentions(
            "The plant was built in North Khorasan province, far from the South Caucasus region.",
        );
        assert!(has(&ms, Location, "North Khorasan province"), "{ms:?}");
        assert!(has(&ms, Location, "South Caucasus"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // A compass point and one unknown name are a region without it.
        let ms = mentions("They discussed the Southern Kurils and North Waziristan.");
        assert!(has(&ms, Location, "Southern Kurils"), "{ms:?}");
        assert!(has(&ms, Location, "North Waziristan"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn a_police_chief_is_titled() {
        let text = "He met Sarnia's Police Chief Brigadier General Ion Rusu. The State Police and the Police Academy said so.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Police Chief", "Brigadier General"]
        );
        let ms = mentions(text);
        assert!(has(&ms, Organization, "Police Academy"), "{ms:?}");
    }

    #[test]
    fn an_organisation_before_its_acronym_and_a_head_is_no_title() {
        let text = "The meeting was attended by National Intelligence Organization (MIT) chief Ibrahim Kalin and Commander of the Islamic Revolutionary Guard Corps (IRGC) Major General Hossein Salami.";
        assert_eq!(titles(text, "Ibrahim Kalin"), ["chief"]);
        assert_eq!(
            titles(text, "Hossein Salami"),
            [
                "Commander of the Islamic Revolutionary Guard Corps",
                "Major General"
            ]
        );
    }

    #[test]
    fn a_country_s_article_is_no_part_of_its_mention() {
        let ms = mentions("The command in Brunssum, The Netherlands, hosted the Kingdom of the Netherlands' envoy.");
        assert!(has(&ms, Location, "Netherlands"), "{ms:?}");
        assert!(!has(&ms, Location, "The Netherlands"), "{ms:?}");
        let doc = crate::analyze(" date 2022-05-10 By Jane Roe\n\nBerg flew from the Netherlands to Brunssum, The Netherlands.\n").expect("parses");
        let places = names_of(&doc, Location);
        assert_eq!(places, ["Netherlands", "Brunssum"]);
    }

    #[test]
    fn a_title_in_lower_case_after_whose_it_is() {
        let text = "Sweden, Ukraine’s representative and the EU’s foreign affairs chief Josep Borrell are expected. The European Union's foreign policy chief Kaja Kallas came, as did bp's regional president for Azerbaijan Gary Jones and the company's managing director Anna Berg.";
        assert_eq!(titles(text, "Josep Borrell"), ["foreign affairs chief"]);
        assert_eq!(titles(text, "Kaja Kallas"), ["foreign policy chief"]);
        assert_eq!(
            titles(text, "Gary Jones"),
            ["regional president for Azerbaijan"]
        );
        assert_eq!(titles(text, "Anna Berg"), ["managing director"]);
    }

    #[test]
    fn a_service_before_a_rank_is_no_title() {
        let text = "Marine Corps Gen. Joe Dunford met Marine Corps Commandant Gen. David Berger.";
        assert_eq!(titles(text, "Joe Dunford"), ["Gen."]);
        assert_eq!(
            titles(text, "David Berger"),
            ["Marine Corps Commandant", "Gen."]
        );
        assert!(has(&mentions(text), Organization, "Marine Corps"));
    }

    #[test]
    fn a_capitalised_particle_that_names_a_place_inside_a_surname() {
        let text = "The delegation included Senators Chris Van Hollen and Jeanne Shaheen, and Robert De Niro flew to Van.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Chris Van Hollen"), "{ms:?}");
        assert!(has(&ms, Person, "Robert De Niro"), "{ms:?}");
        assert!(has(&ms, Location, "Van"), "{ms:?}");
        assert_eq!(titles(text, "Chris Van Hollen"), ["Senator"]);
        // So is a region's name between names; a country's is not.
        let ms = mentions(
            "He received Ambassador Nilakshi Saha Sinha and Ambassador Ion Rusu Moldova Costa.",
        );
        assert!(has(&ms, Person, "Nilakshi Saha Sinha"), "{ms:?}");
        assert!(!has(&ms, Person, "Ion Rusu Moldova Costa"), "{ms:?}");
    }

    #[test]
    fn a_title_held_then() {
        let text = "The deal was agreed by then-Prime Minister Kyriakos Mitsotakis and then-President Obama.";
        assert_eq!(titles(text, "Kyriakos Mitsotakis"), ["Prime Minister"]);
        assert_eq!(titles(text, "Obama"), ["President"]);
    }

    #[test]
    fn a_title_held_before() {
        // "Ex-" is no part of the name, and the title is the one held.
        let text = "Ex-President Ion Rusu was sentenced, as was ex-Prime Minister Tom Berg.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert_eq!(titles(text, "Ion Rusu"), ["President"]);
        assert_eq!(titles(text, "Tom Berg"), ["Prime Minister"]);
    }

    #[test]
    fn a_name_after_a_lower_case_position_or_counterpart() {
        // Names ending (or opening) in a word the lexicon knows ("hen",
        // "tan") are still names right after "counterpart" or a position.
        let ms = mentions("Wei Fenghe held a video call with his Singaporean counterpart Ng Eng Hen on Wednesday. He also met the Malaysian minister Tan Eng Hen.");
        assert!(has(&ms, Person, "Ng Eng Hen"), "{ms:?}");
        assert!(has(&ms, Person, "Tan Eng Hen"), "{ms:?}");
    }

    #[test]
    fn an_envoy_s_title_and_a_listed_title_after_and() {
        let text = "Kobakhidze also met the Ambassador of Lithuania to Georgia, Ramunas Davidonis, and the head of the EU Monitoring Mission (EUMM) in Georgia, Dimitrios Karabalis.";
        assert_eq!(
            titles(text, "Ramunas Davidonis"),
            ["Ambassador of Lithuania to Georgia"]
        );
        let text = "He received Ambassador Extraordinary and Plenipotentiary of Poland to Armenia Piotr Nowak.";
        assert_eq!(
            titles(text, "Piotr Nowak"),
            ["Ambassador Extraordinary and Plenipotentiary of Poland to Armenia"]
        );
        // A remit in lower case that ends in a place.
        let text = "He met the EU Special Representative for the South Caucasus and the crisis in Georgia Tom Berg.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["EU Special Representative for the South Caucasus and the crisis in Georgia"]
        );
        let text = "She received the Ambassador of the Republic of Poland to Georgia, Piotr Nowak.";
        assert_eq!(
            titles(text, "Piotr Nowak"),
            ["Ambassador of the Republic of Poland to Georgia"]
        );
        let text = "Parliament Speaker Shalva Papuashvili hosted a delegation led by Michael Roth, chair of the Foreign Affairs Committee.";
        assert_eq!(titles(text, "Shalva Papuashvili"), ["Parliament Speaker"]);
        assert_eq!(
            titles(text, "Michael Roth"),
            ["chair of the Foreign Affairs Committee"]
        );
    }

    #[test]
    fn a_railway_company_heads_a_title() {
        let text = "He met Georgian Railway General Director Ion Rusu in Tbilisi.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Georgian Railway General Director"]
        );
    }

    #[test]
    fn a_member_of_congress_by_title() {
        let text = "The delegation included Congresswoman Ana Costa and Congressman Ion Rusu.";
        assert_eq!(titles(text, "Ana Costa"), ["Congresswoman"]);
        assert_eq!(titles(text, "Ion Rusu"), ["Congressman"]);
    }

    #[test]
    fn a_rank_before_a_given_name_that_is_also_a_title() {
        let text = "He met Lieutenant Colonel Dean Hopkins, and Vice Dean Ana Costa.";
        assert_eq!(titles(text, "Dean Hopkins"), ["Lieutenant Colonel"]);
        assert_eq!(titles(text, "Ana Costa"), ["Vice Dean"]);
    }

    #[test]
    fn a_position_s_acronym_is_a_title() {
        let text = "He met the Supreme Allied Commander Europe (SACEUR), General Ion Rusu, and Chief of Army Staff (COAS) General Ana Costa.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Supreme Allied Commander Europe", "SACEUR", "General"]
        );
        assert_eq!(
            titles(text, "Ana Costa"),
            ["Chief of Army Staff", "COAS", "General"]
        );
        let text = "He met General Tom Berg, Supreme Allied Commander Europe (SACEUR) of NATO Allied Command Operations, in Mons.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["General", "Supreme Allied Commander Europe", "SACEUR"]
        );
        // A title word in brackets is one more title; a post's scope opens one.
        let text = "Azerbaijan's Commissioner for Human Rights (Ombudsman) Ana Karvel met Ukraine's Parliamentary Commissioner for Human Rights Tom Berg.";
        assert_eq!(
            titles(text, "Ana Karvel"),
            ["Commissioner for Human Rights", "Ombudsman"]
        );
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Parliamentary Commissioner for Human Rights"]
        );
        // A body named by its shape before the post: "State Border Service
        // chief" (its nationality goes; a rank after it is no post of it).
        let text = "He received Azerbaijan's State Border Service chief Colonel General Ion Rusu, Russian Security Council Secretary Ana Costa and the Armed Forces Major General Tom Berg.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["State Border Service chief", "Colonel General"]
        );
        assert_eq!(titles(text, "Ana Costa"), ["Security Council Secretary"]);
        assert!(!titles(text, "Tom Berg").iter().any(|t| t == "Armed Forces"));
        let text = "Federal Minister for Interior Ion Rusu and Union Minister Ana Costa met.";
        assert_eq!(titles(text, "Ion Rusu"), ["Federal Minister for Interior"]);
        assert_eq!(titles(text, "Ana Costa"), ["Union Minister"]);
        // A position written before its organisation, every initial spelled.
        let text = "Chairman Joint Chiefs of Staff Committee (CJCSC) General Ion Rusu called on the President.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            [
                "Chairman Joint Chiefs of Staff Committee",
                "CJCSC",
                "General"
            ]
        );
        // An organisation's acronym is none.
        let text = "He met the Commander of the Islamic Revolutionary Guards Corps (IRGC) Major General Piotr Nowak and the President of the State Oil Company of Azerbaijan (SOCAR) Omar Aliyev.";
        assert!(titles(text, "Piotr Nowak").iter().all(|t| t != "IRGC"));
        assert!(titles(text, "Omar Aliyev").iter().all(|t| t != "SOCAR"));
        let text = "On Monday the Commander of Allied Joint Force Command Naples (JFCNP), Admiral Ion Rusu, visited Skopje.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Commander of Allied Joint Force Command Naples", "Admiral"]
        );
    }

    #[test]
    fn a_plural_title_before_a_list_of_names() {
        let text =
            "According to Ministers Ion Rusu, Ana Costa and Tom Berg, the plan covers trade.";
        for name in ["Ion Rusu", "Ana Costa", "Tom Berg"] {
            assert_eq!(titles(text, name), ["Minister"], "{name}");
        }
        // Places listed in a title's remit are no list of people.
        let text = "He met the regional president for Moldova, Georgia and Turkey Piotr Nowak.";
        assert!(titles(text, "Piotr Nowak")
            .iter()
            .all(|t| t != "president for Moldova"));
    }

    #[test]
    fn a_service_of_an_acronym_leads_a_title() {
        let text = "He met IRGC Navy Commander Rear Admiral Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["IRGC Navy Commander", "Rear Admiral"]
        );
    }

    #[test]
    fn straits_gulfs_and_a_patronymic_that_is_a_word() {
        let ms = mentions("They sailed through the Strait of Hormuz and the Gulf of Oman to the Bosphorus Strait. He met Qaboos bin Said.");
        for place in ["Strait of Hormuz", "Gulf of Oman", "Bosphorus Strait"] {
            assert!(has(&ms, Location, place), "{place}: {ms:?}");
        }
        assert!(has(&ms, Person, "Qaboos bin Said"), "{ms:?}");
        // A daughter's "bint", after a princess's or a sheikha's title.
        let text = "He met Ambassador Princess Lina bint Talal and Sheikha Mira bint Hamad.";
        assert_eq!(titles(text, "Lina bint Talal"), ["Ambassador", "Princess"]);
        assert_eq!(titles(text, "Mira bint Hamad"), ["Sheikha"]);
    }

    #[test]
    fn a_nuclear_firm_is_no_towns_other_name() {
        // ("Orano" is also an Italian name of the city of Oran.)
        let ms = mentions("French companies EDF and Orano, with Kazatomprom, want to take part.");
        assert!(has(&ms, Organization, "Orano"), "{ms:?}");
        assert!(has(&ms, Organization, "Kazatomprom"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // (So is a telecoms firm named as a Finnish town is.)
        let ms = mentions("Nokia and Wärtsilä signed agreements with their partners.");
        assert!(has(&ms, Organization, "Nokia"), "{ms:?}");
        assert!(has(&ms, Organization, "Wärtsilä"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
    }

    #[test]
    fn a_title_and_a_name_before_a_comma_are_anothers() {
        let text = "PM Rusu, Turkish President Tom Berg discuss bilateral ties in Riga";
        assert_eq!(titles(text, "Tom Berg"), ["President"]);
        // (Titles before a comma still stand: "Defence Minister of Sarnia, X".)
        let text = "He met the Defence Minister of Latvia, Tom Berg.";
        assert_eq!(titles(text, "Tom Berg"), ["Defence Minister of Latvia"]);
    }

    #[test]
    fn a_credit_and_a_double_hyphen_open_the_title() {
        let text =
            "Tokyo, Aug. 3 (Jiji Press)--Japanese Foreign Minister Ion Rusu met with Tom Berg.";
        assert_eq!(titles(text, "Ion Rusu"), ["Foreign Minister"]);
    }

    #[test]
    fn a_heads_possessive_says_whose_the_title_is() {
        let text = "He received the US President's Special Envoy to the Middle East Tom Berg and the UK Prime Minister's Special Envoy Ion Rusu.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Special Envoy to the Middle East"]
        );
        assert_eq!(titles(text, "Ion Rusu"), ["Special Envoy"]);
        // (Not a people's inside a body's name.)
        let text =
            "He met the Chairman of the National People's Congress Standing Committee Li Wen.";
        assert_eq!(
            titles(text, "Li Wen"),
            ["Chairman of the National People's Congress Standing Committee"]
        );
    }

    #[test]
    fn a_portfolio_before_its_minister_and_an_organisation_after_the() {
        let text = "Energy Minister Ion Rusu, Culture and Tourism Minister Ana Costa and Home Secretary Tom Berg met the European Union Commissioner for Energy Omar Aliyev.";
        assert_eq!(titles(text, "Ion Rusu"), ["Energy Minister"]);
        assert_eq!(titles(text, "Ana Costa"), ["Culture and Tourism Minister"]);
        assert_eq!(titles(text, "Tom Berg"), ["Home Secretary"]);
        // Two portfolios joined: "Road and Urban Development Minister",
        // whose words are no person's.
        let text3 = "TEHRAN - Iranian Road and Urban Development Minister Vijay Rao signed it.";
        assert_eq!(
            titles(text3, "Vijay Rao"),
            ["Road and Urban Development Minister"]
        );
        assert!(!has(&mentions(text3), Person, "Urban Development"));
        let text4 = "Energy and Natural Resources Minister Ion Rusu and Science and Technology Minister Ana Costa attended.";
        assert_eq!(
            titles(text4, "Ion Rusu"),
            ["Energy and Natural Resources Minister"]
        );
        assert_eq!(
            titles(text4, "Ana Costa"),
            ["Science and Technology Minister"]
        );
        // "Affairs" between: "External Affairs Minister".
        let text2 = "India said External Affairs Minister Vijay Rao and Internal Affairs Minister Ana Costa would attend.";
        assert_eq!(titles(text2, "Vijay Rao"), ["External Affairs Minister"]);
        assert_eq!(titles(text2, "Ana Costa"), ["Internal Affairs Minister"]);
        assert_eq!(
            titles(text, "Omar Aliyev"),
            ["European Union Commissioner for Energy"]
        );
        // A company by its shape before a title; a manager.
        let text = "Turkish Airlines Chairman Ion Rusu met Ana Costa, World Bank Country Manager for Uzbekistan.";
        assert_eq!(titles(text, "Ion Rusu"), ["Turkish Airlines Chairman"]);
        assert_eq!(
            titles(text, "Ana Costa"),
            ["World Bank Country Manager for Uzbekistan"]
        );
        // Two titles parted by a spaced hyphen.
        let text = "First Deputy Minister of Defense - Chief of the General Staff Colonel General Ion Rusu met him.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            [
                "First Deputy Minister of Defense",
                "Chief of the General Staff",
                "Colonel General"
            ]
        );
        let text = "Chinese State Councilor and Minister of Public Security Li Wei held talks.";
        assert_eq!(
            titles(text, "Li Wei"),
            ["State Councilor", "Minister of Public Security"]
        );
    }

    #[test]
    fn a_place_before_and_inside_a_title_is_no_surname() {
        let text = "He met Special Representative for the Caucasus and Central Asia Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Special Representative for the Caucasus and Central Asia"]
        );
    }

    #[test]
    fn a_country_before_a_title_says_whose_it_is() {
        let text = "Azerbaijan President Ion Rusu met Turkey Defence Minister Ana Costa, United Arab Emirates President Sheikh Tom Berg, Emir of Qatar Sheikh Omar Aliyev and Pakistan Army Chief General Piotr Nowak.";
        assert_eq!(titles(text, "Ion Rusu"), ["President"]);
        assert_eq!(titles(text, "Ana Costa"), ["Defence Minister"]);
        assert_eq!(titles(text, "Tom Berg"), ["President", "Sheikh"]);
        assert_eq!(titles(text, "Omar Aliyev"), ["Emir of Qatar", "Sheikh"]);
        // (An Omani honorific too.)
        assert_eq!(
            titles(
                "Omani Foreign Minister Sayyid Hamad bin Salem Al Rawas came.",
                "Hamad bin Salem Al Rawas"
            ),
            ["Foreign Minister", "Sayyid"]
        );
        // (And a cleric's: "Deputy Prime Minister Mullah X".)
        assert_eq!(
            titles(
                "He met Deputy Prime Minister for Economic Affairs Mullah Abdul Karim Nouri.",
                "Abdul Karim Nouri"
            ),
            ["Deputy Prime Minister for Economic Affairs", "Mullah"]
        );
        assert_eq!(
            titles(text, "Piotr Nowak"),
            ["Pakistan Army Chief", "General"]
        );
        // So does a nationality: the generic body in the title after it is
        // no organisation, as without it.
        let text = "He met French Minister of the Armed Forces Ion Rusu and the Azerbaijani Defense Ministry.";
        assert_eq!(titles(text, "Ion Rusu"), ["Minister of the Armed Forces"]);
        let ms = mentions(text);
        assert!(!has(&ms, Organization, "Armed Forces"), "{ms:?}");
        assert!(
            has(&ms, Organization, "Azerbaijani Defense Ministry"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_body_of_members_or_of_its_head_keeps_them() {
        let ms = mentions("He spoke at the CIS Council of Foreign Ministers after the Office of the President said so.");
        for org in [
            "CIS Council of Foreign Ministers",
            "Office of the President",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        let ms = mentions("The Ministry of Defence Spokesman Ion Rusu said so.");
        assert!(has(&ms, Organization, "Ministry of Defence"), "{ms:?}");
    }

    #[test]
    fn a_country_of_two_words_ends_an_organisation() {
        let ms = mentions(
            "He visited the Embassy of North Macedonia and the Ministry of Defence of Sri Lanka.",
        );
        for org in [
            "Embassy of North Macedonia",
            "Ministry of Defence of Sri Lanka",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
    }

    #[test]
    fn an_unknown_name_where_a_place_is_said_to_be_is_a_place() {
        let ms = mentions("The meeting was held in Zarnovka on March 13. Later they paid a visit to Kostelbrod and the village of Upper Tovrik.");
        for place in ["Zarnovka", "Kostelbrod", "Upper Tovrik"] {
            assert!(has(&ms, Location, place), "{place}: {ms:?}");
        }
        // (Or "in X, where": "the centre in Zarnovka, where he was briefed".)
        let ms = mentions("He visited the training centre in Zarnovka, where he was briefed.");
        assert!(has(&ms, Location, "Zarnovka"), "{ms:?}");
        // (Or where people met: "met in X", "talks in X".)
        let ms = mentions(
            "Ion Rusu and Ana Costa met in Zarnovka on Thursday after talks in Kostelbrod.",
        );
        for place in ["Zarnovka", "Kostelbrod"] {
            assert!(has(&ms, Location, place), "{place}: {ms:?}");
        }
        // (Not a person's: "held in Rusu's residence".)
        let ms = mentions("The talks were held in Rusu's residence.");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
    }

    #[test]
    fn a_town_s_name_in_capitals_is_an_acronym_and_the_court_one_body() {
        let ms =
            mentions("The deputies of PACE adopted a resolution, and the Supreme Court upheld it.");
        assert!(has(&ms, Organization, "Supreme Court"), "{ms:?}");
        assert!(has(&ms, Organization, "PACE"), "{ms:?}");
        assert!(!has(&ms, Location, "PACE"), "{ms:?}");
        // A dateline after a credit keeps its town.
        let ms =
            mentions("(MENAFN- Trend News Agency) GANJA, Azerbaijan, May 5. The minister spoke.");
        assert!(has(&ms, Location, "GANJA"), "{ms:?}");
        // A surname after the Arabic article in lower case is part of the name.
        let ms = mentions("He met Prime Minister Mohammed Shia al-Sudani and Bashar al-Assad.");
        assert!(has(&ms, Person, "Mohammed Shia al-Sudani"), "{ms:?}");
        assert!(has(&ms, Person, "Bashar al-Assad"), "{ms:?}");
        // A rank closing a chunk after a body's name, then "(res.)".
        let text =
            "He met Director General of the Israeli Ministry of Defense Major General (res.) Ion Rusu.";
        let ms = mentions(text);
        assert!(
            has(&ms, Organization, "Israeli Ministry of Defense"),
            "{ms:?}"
        );
        assert_eq!(
            titles(text, "Ion Rusu"),
            [
                "Director General of the Israeli Ministry of Defense",
                "Major General"
            ]
        );
        // A month in capitals is none either; a checkpoint is a site.
        let ms = mentions("YEREVAN, JUNE 3, ARMENPRESS. They discussed the Upper Lars checkpoint.");
        assert!(!ms.iter().any(|(_, t)| t == "JUNE"), "{ms:?}");
        assert!(has(&ms, Location, "Upper Lars checkpoint"), "{ms:?}");
        // English words shouted side by side are no acronyms; one alone is.
        let ms = mentions("This story was not edited by THE WEEK and comes from PTI and the CIS.");
        assert!(!ms.iter().any(|(_, t)| t == "THE" || t == "WEEK"), "{ms:?}");
        assert!(has(&ms, Organization, "CIS"), "{ms:?}");
        // So is an English word of five letters or more alone, unless a
        // name defines it in brackets.
        let ms = mentions(
            "UNITED NATIONS (AP) said it. WATCH the video on the Solidarity Ring (STRING) project.",
        );
        assert!(
            !ms.iter().any(|(_, t)| t == "UNITED" || t == "WATCH"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "STRING"), "{ms:?}");
    }

    #[test]
    fn a_ship_named_by_its_navy_s_prefix_is_no_one() {
        let ms = mentions("The carrier USS Gerald R. Ford and the frigate TCG Kemalreis joined INS Mumbai near Athens.");
        assert_eq!(ms, [(Location, "Athens".to_string())]);
    }

    #[test]
    fn a_name_before_exercises_in_lower_case_is_the_event_s() {
        let ms = mentions(
            "They discussed the upcoming Noble Partner exercises and the Steppe Eagle drills.",
        );
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // So is one before a forum or a festival.
        let ms = mentions("He came to attend the Summer Davos forum and the Silk Way festival.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // ... or after a word of its kind.
        let ms = mentions("The navies began the Sea Guardian-3 bilateral exercise and the Steppe Eagle joint drills.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // ... quoted, a site's name too.
        let ms = mentions("They discussed the \"Eternal Flame\" joint exercises at Heroes Square.");
        assert_eq!(ms, [(Location, "Heroes Square".to_string())]);
        // ... or after its noun, or "codenamed".
        let ms = mentions("Troops joined the joint exercise Noble Partner and the drills, codenamed Eternal Brotherhood, in Sarnia.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        let ms =
            mentions("After the exercise, Ion Rusu spoke. The exercise Tom Berg watched was held.");
        assert!(
            has(&ms, Person, "Ion Rusu") && has(&ms, Person, "Tom Berg"),
            "{ms:?}"
        );
        // (Not someone who did something to drills.)
        let ms = mentions("Later, General Ion Rusu observed drills.");
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
    }

    #[test]
    fn a_name_right_after_a_company_noun_is_the_company_s() {
        let ms = mentions("Earlier, Kazatomprom and the French company Orano discussed supplies with the drone maker Baykar.");
        for org in ["Orano", "Baykar"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // At a sentence's start too.
        let ms = mentions("The grid operator Moldelectrica said it was ready. State energy company Naftogaz agreed. Officials said the defence firm Rafael won.");
        assert!(has(&ms, Organization, "Moldelectrica"), "{ms:?}");
        assert!(has(&ms, Organization, "Rafael"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.1 == "State"), "{ms:?}");
        // A trade's word after the name is the name's.
        let ms = mentions("They will buy the systems from the German company Karvel Defence.");
        assert!(has(&ms, Organization, "Karvel Defence"), "{ms:?}");
        // One whose shares are traded, and one listed after it (not a
        // country's shares).
        let ms =
            mentions("Shares in Karvelmittal and Lomscore rose, and shares in Kazakhstan fell.");
        assert!(has(&ms, Organization, "Karvelmittal"), "{ms:?}");
        assert!(has(&ms, Organization, "Lomscore"), "{ms:?}");
        assert!(has(&ms, Location, "Kazakhstan"), "{ms:?}");
    }

    #[test]
    fn a_name_quoted_after_a_company_s_kind_is_the_company() {
        let ms = mentions(
            "He heads the State Concern \"Turkmengaz\", and LLC \"Baltic Pipe Export\" agreed.",
        );
        assert!(has(&ms, Organization, "Turkmengaz"), "{ms:?}");
        assert!(has(&ms, Organization, "Baltic Pipe Export"), "{ms:?}");
        // Not a quoted word after another noun.
        let ms = mentions("He called the plan \"Turkmengaz\" a success.");
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn well_known_companies_without_a_company_word() {
        let ms = mentions("Officials said Masdar, Saudi Aramco and Toyota signed the deal.");
        for org in ["Masdar", "Saudi Aramco", "Toyota"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        // Unknown companies by their legal form.
        let ms = mentions("Engineers of Narmada Electronics Limited and Ostrava Motors GmbH came.");
        for org in ["Narmada Electronics Limited", "Ostrava Motors GmbH"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        // A known company's name and its trade's, closing the name (not an
        // acronym's body's).
        let ms = mentions(
            "Hyundai Engineering will build it with Toyota Motor, the NATO Defence ministers said.",
        );
        for org in ["Hyundai Engineering", "Toyota Motor", "NATO"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
    }

    #[test]
    fn gaps_passes_deserts_and_seas_are_one_place() {
        let ms = mentions("They discussed the Suwalki Gap, the Khyber Pass and the Gobi Desert, then the East China Sea.");
        for place in [
            "Suwalki Gap",
            "Khyber Pass",
            "Gobi Desert",
            "East China Sea",
        ] {
            assert!(has(&ms, Location, place), "{place}: {ms:?}");
        }
        assert!(!has(&ms, Location, "Gap"), "{ms:?}");
        assert!(!has(&ms, Location, "China"), "{ms:?}");
        // Shoals and reefs, whose names read like people's.
        let ms = mentions("Ships were harassed near Thomas Shoal and Johnson Reef.");
        assert!(has(&ms, Location, "Thomas Shoal"), "{ms:?}");
        assert!(has(&ms, Location, "Johnson Reef"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // (With an ordinal, a sentence's opener elsewhere.)
        let ms = mentions("They sailed to the Second Thomas Shoal.");
        assert!(has(&ms, Location, "Second Thomas Shoal"), "{ms:?}");
        // Sites named in Arabic by their kind, whose names read like people's.
        let ms = mentions("He received the minister at Qasr Al Watan, then toured Jebel Ali.");
        assert!(has(&ms, Location, "Qasr Al Watan"), "{ms:?}");
        assert!(has(&ms, Location, "Jebel Ali"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // A nationality before a title is not part of it.
        let text = "He hosted Philippine Secretary of National Defense Ion Rusu.";
        assert_eq!(titles(text, "Ion Rusu"), ["Secretary of National Defense"]);
    }

    #[test]
    fn a_named_unit_inside_a_title_and_alone() {
        let ms = mentions("Major General Ion Rusu, the Head of International Military Cooperation Department, welcomed them. They visited the Military Cooperation Department.");
        assert!(
            has(
                &ms,
                Organization,
                "International Military Cooperation Department"
            ),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Military Cooperation Department"),
            "{ms:?}"
        );
        // A grouping of forces is one body.
        let ms = mentions("The Regional Grouping of Forces held drills.");
        assert!(
            has(&ms, Organization, "Regional Grouping of Forces"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_title_after_whose_it_is_in_apposition() {
        let text = "Ion Rusu, the company's CEO, said exports would begin.";
        assert_eq!(titles(text, "Ion Rusu"), ["CEO"]);
        // In lower case, after an age, with a body named in lower case.
        let text = "Tom Berg, deputy head of the presidential administration, and Piotr Nowak, 45, a senior adviser to the prime minister, spoke. Ana Costa, 45, said so.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["deputy head of the presidential administration"]
        );
        assert_eq!(
            titles(text, "Piotr Nowak"),
            ["senior adviser to the prime minister"]
        );
        assert!(titles(text, "Ana Costa").is_empty());
    }

    #[test]
    fn an_honorific_after_a_rank() {
        let text = "Lt. Gen. Sir Ion Rusu, the Vice Chief of the Defence Staff, spoke at the U.N. Security Council.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Lt. Gen.", "Sir", "Vice Chief of the Defence Staff"]
        );
        assert!(has(&mentions(text), Organization, "U.N. Security Council"));
        let text = "Admiral Sir Ion Rusu met Dame Ana Costa.";
        assert_eq!(titles(text, "Ion Rusu"), ["Admiral", "Sir"]);
        assert_eq!(titles(text, "Ana Costa"), ["Dame"]);
        // An abbreviated rank after a position.
        let text = "He met NATO Military Committee Chair Adm. Tom Berg.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["NATO Military Committee Chair", "Adm."]
        );
        // A position, a rank and an honorific.
        let text = "He met Chief of the Defence Staff Admiral Sir Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Chief of the Defence Staff", "Admiral", "Sir"]
        );
    }

    #[test]
    fn two_company_titles_joined_by_and() {
        let text = "The deal was signed by ADNOC Managing Director and Group CEO Omar Al Harbi.";
        assert_eq!(
            titles(text, "Omar Al Harbi"),
            ["ADNOC Managing Director", "Group CEO"]
        );
    }

    #[test]
    fn unit_names_in_titles() {
        let text = "He met the commander of the 5th Army Corps, Major General Ion Rusu, and Army Corps Major General Ana Costa, and Naval Chief Admiral Tom Berg.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["commander of the 5th Army Corps", "Major General"]
        );
        assert_eq!(titles(text, "Ana Costa"), ["Major General"]);
        assert_eq!(titles(text, "Tom Berg"), ["Naval Chief", "Admiral"]);
    }

    #[test]
    fn an_unknown_organisation_then_its_officer_after_of() {
        let ms = mentions("He met Executive Vice President of Norsk Energi Anders Haugland and the President of Spain José Luis Rodríguez Zapatero.");
        assert!(has(&ms, Organization, "Norsk Energi"), "{ms:?}");
        assert!(has(&ms, Person, "Anders Haugland"), "{ms:?}");
        assert!(has(&ms, Person, "José Luis Rodríguez Zapatero"), "{ms:?}");
    }

    #[test]
    fn sites_named_before_their_kind() {
        // A cultural center too: not the person "Ruh Ordo" visited.
        let ms = mentions("The leaders visited the Ruh Ordo cultural center.");
        assert!(has(&ms, Location, "Ruh Ordo cultural center"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // A government's building is a site, no person.
        let ms = mentions(
            "Minister Ion Rusu met the delegation at South Block and later at the Bayi Building.",
        );
        assert!(has(&ms, Location, "South Block"), "{ms:?}");
        assert!(has(&ms, Location, "Bayi Building"), "{ms:?}");
        // So is a mausoleum, named after a person.
        let ms = mentions("The delegation laid wreaths at the Ion Rusu Mausoleum.");
        assert!(has(&ms, Location, "Ion Rusu Mausoleum"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // An economic zone is an area.
        let ms = mentions(
            "They discussed the Karvat Free Economic Zone and the Lomsk Special Economic Zone.",
        );
        assert!(has(&ms, Location, "Karvat Free Economic Zone"), "{ms:?}");
        assert!(has(&ms, Location, "Lomsk Special Economic Zone"), "{ms:?}");
        let ms = mentions("Drills were held at the Harb-Maidon training ground, the Karvendal air base and the Kulevi terminal near the Patriot military park.");
        assert!(has(&ms, Location, "Patriot military park"), "{ms:?}");
        assert!(has(&ms, Location, "Harb-Maidon training ground"), "{ms:?}");
        assert!(has(&ms, Location, "Karvendal air base"), "{ms:?}");
        assert!(has(&ms, Location, "Kulevi terminal"), "{ms:?}");
        // A centre or mall by what is done there, and a tower: not the
        // person "Khan Pavel" (a title and a given name before it).
        let ms = mentions(
            "He visited the Khan Pavel entertainment centre, the Mega Lomsk shopping mall and the Vostok tower.",
        );
        assert!(
            has(&ms, Location, "Khan Pavel entertainment centre"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Mega Lomsk shopping mall"), "{ms:?}");
        assert!(has(&ms, Location, "Vostok tower"), "{ms:?}");
        let ms = mentions("They visited the Lomsk shipyard.");
        assert!(has(&ms, Location, "Lomsk shipyard"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        let ms = mentions("Troops trained at the Karvendal training area.");
        assert!(has(&ms, Location, "Karvendal training area"), "{ms:?}");
        let ms = mentions("The leaders held a meeting at the Sadakhlo border checkpoint.");
        assert!(has(&ms, Location, "Sadakhlo border checkpoint"), "{ms:?}");
        // So is a power plant by its kind of energy: not the person "Giz
        // Galasi".
        let ms = mentions("They discussed the Giz Galasi hydroelectric complex.");
        assert!(
            has(&ms, Location, "Giz Galasi hydroelectric complex"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // Companies listed after their kind (not a name after the list's sentence).
        let ms = mentions("They discussed the companies Shell, Karvelis and Van Oord. Later, Tom Berg met Ion Rusu.");
        for c in ["Shell", "Karvelis", "Van Oord"] {
            assert!(has(&ms, Organization, c), "{c}: {ms:?}");
        }
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
        // Places listed after a plural of places and "of" (not a sentence later).
        let ms = mentions(
            "They discussed the ports of Aktau, Karvyk and Valat. Later, Tom Berg met Ion Rusu.",
        );
        for p in ["Aktau", "Karvyk", "Valat"] {
            assert!(has(&ms, Location, p), "{p}: {ms:?}");
        }
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
        // A hall named by an ordinary word; not a surname Hall.
        let ms = mentions(
            "Talks were held at the Great Hall in Beijing. Ion Rusu met Tom Hall at City Hall.",
        );
        assert!(has(&ms, Location, "Great Hall"), "{ms:?}");
        assert!(has(&ms, Location, "City Hall"), "{ms:?}");
        assert!(has(&ms, Person, "Tom Hall"), "{ms:?}");
        // A military station named after its kind.
        let ms = mentions(
            "He visited Joint Base Karvel-Henderson Hall and Naval Air Station Karvendal.",
        );
        assert!(
            has(&ms, Location, "Joint Base Karvel-Henderson Hall"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Naval Air Station Karvendal"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == Person), "{ms:?}");
    }

    #[test]
    fn an_administration_closes_a_name() {
        let ms = mentions("The statement was released by the Government Administration on Monday.");
        assert!(
            has(&ms, Organization, "Government Administration"),
            "{ms:?}"
        );
    }

    #[test]
    fn three_generic_words_after_the_name_one_body() {
        let ms = mentions("Tom Berg, vice chairman of the Central Military Commission, met Ion Rusu. The State Security Service said it.");
        assert!(
            has(&ms, Organization, "Central Military Commission"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "State Security Service"), "{ms:?}");
        // (Not two, nor without "the".)
        let ms =
            mentions("The Security Service said it. Ion Rusu met Military Commission members.");
        assert!(!ms.iter().any(|m| m.0 == Organization), "{ms:?}");
    }

    #[test]
    fn a_church_named_by_its_rite_is_a_body_and_faith_names_no_one() {
        let ms = mentions("The Georgian Orthodox Church said. He visited the Sioni Church. He warned the enemies of the Islamic Ummah.");
        assert!(has(&ms, Organization, "Georgian Orthodox Church"), "{ms:?}");
        assert!(has(&ms, Location, "Sioni Church"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == Person), "{ms:?}");
    }

    #[test]
    fn a_post_s_scope_may_open_its_title() {
        let text = "He met BP's Regional President for Azerbaijan, Georgia and Turkey Tom Berg and Country Manager Ion Rusu. The Kurdish Regional Government said.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Regional President for Azerbaijan, Georgia and Turkey"]
        );
        assert_eq!(titles(text, "Ion Rusu"), ["Country Manager"]);
        assert!(has(
            &mentions(text),
            Organization,
            "Kurdish Regional Government"
        ));
        // A ruling party's, and a Vietnamese surname "To" after it.
        let text = "He paid a courtesy call on Party General Secretary To Lam.";
        assert_eq!(titles(text, "To Lam"), ["Party General Secretary"]);
        let text = "The talks ended, Presidential Spokesman Ion Rusu said.";
        assert_eq!(titles(text, "Ion Rusu"), ["Presidential Spokesman"]);
        // An envoy's remit after "on".
        let text = "He received Special Envoy on Afghan Affairs Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Special Envoy on Afghan Affairs"]
        );
    }

    #[test]
    fn regnal_numbers_and_clergy() {
        let text = "Pope Leo XIV received Prime Minister Tom Berg. Berg later met Cardinal Pietro Karvel and Archbishop Paul Rusu. The Catholicos of All Armenians Karekin II met him. Bishop Ana Costa spoke.";
        assert_eq!(titles(text, "Leo XIV"), ["Pope"]);
        assert_eq!(titles(text, "Pietro Karvel"), ["Cardinal"]);
        assert_eq!(titles(text, "Paul Rusu"), ["Archbishop"]);
        assert_eq!(titles(text, "Karekin II"), ["Catholicos of All Armenians"]);
        assert_eq!(titles(text, "Ana Costa"), ["Bishop"]);
    }

    #[test]
    fn a_title_of_this_country_is_the_title() {
        let text = "General Tom Berg met with the Minister of Defense of this country, Mr. Ion Rusu, on Monday.";
        assert_eq!(titles(text, "Ion Rusu"), ["Minister of Defense"]);
    }

    #[test]
    fn a_post_abroad_is_part_of_the_title() {
        let text = "The minister met the UN Resident Coordinator in Azerbaijan, Ana Karvel.";
        assert_eq!(
            titles(text, "Ana Karvel"),
            ["UN Resident Coordinator in Azerbaijan"]
        );
        // (Not a month, nor after another word than a post's.)
        let text = "He met Ambassador Tom Berg in March. The Minister in Baku, Ion Rusu, said.";
        assert_eq!(titles(text, "Tom Berg"), ["Ambassador"]);
        assert!(titles(text, "Ion Rusu").iter().all(|t| !t.contains(" in ")));
    }

    #[test]
    fn a_ruler_s_institution_is_named_with_the_possessive() {
        let ms = mentions("He met the Chief of Staff of the Sultan's Armed Forces Lieutenant General Salim Karvani.");
        assert!(has(&ms, Organization, "Sultan's Armed Forces"), "{ms:?}");
        // (A title word after the possessor is the name's head, before a
        // person's name too.)
        let ms =
            mentions("He met Chief of the General Staff of the Korean People's Army Ri Yong Gil.");
        assert!(has(&ms, Organization, "Korean People's Army"), "{ms:?}");
        assert!(has(&ms, Person, "Ri Yong Gil"), "{ms:?}");
        assert!(!has(&ms, Organization, "Staff of the Sultan"), "{ms:?}");
        // Not a ruler's visit, nor his envoy.
        let ms =
            mentions("The King's visit to Oslo ended. The King's Special Envoy Tom Berg arrived.");
        assert!(!ms.iter().any(|m| m.0 == Organization), "{ms:?}");
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
    }

    #[test]
    fn titles_stop_at_another_person_s_name() {
        let text = "He met Foreign Minister Ion Rusu, Economy Minister Ana Costa and Professor Talat Canbolat and Lieutenant General Piotr Nowak.";
        assert_eq!(titles(text, "Ana Costa"), ["Economy Minister"]);
        assert_eq!(titles(text, "Piotr Nowak"), ["Lieutenant General"]);
        let text = "They were visited by the Ambassador of the U.S. to Latvia Mark Pekala, Prime Minister of Latvia Laima Ozola, Minister of Defence Raimonds Kalnins, and others. Secretary Austin will join Secretary of State Tom Blinkers and Australian Foreign Minister Penny Wong.";
        assert!(titles(text, "Mark Pekala")
            .iter()
            .all(|t| !t.contains("Ozola")));
        assert!(titles(text, "Raimonds Kalnins")
            .iter()
            .all(|t| !t.contains("Ozola")));
        assert_eq!(titles(text, "Penny Wong"), ["Foreign Minister"]);
        let text = "Guests met the Advisor to the Minister of Defense, Colonel General Ion Rusu, and the First Deputy Commander of the Air Force – Chief of Staff Colonel Ana Costa.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Advisor to the Minister of Defense", "Colonel General"]
        );
        assert_eq!(
            titles(text, "Ana Costa"),
            [
                "First Deputy Commander of the Air Force",
                "Chief of Staff",
                "Colonel"
            ]
        );
    }

    #[test]
    fn a_service_s_commander_and_religious_ranks() {
        let text =
            "He met Land Forces Commander Gen. Musa Avsever and Naval Forces Commander Ana Costa.";
        assert_eq!(
            titles(text, "Musa Avsever"),
            ["Land Forces Commander", "Gen."]
        );
        assert_eq!(titles(text, "Ana Costa"), ["Naval Forces Commander"]);
        let text = "Supreme Leader Ayatollah Ali Khamenei received the Rector of the National Defense University, Lieutenant-Colonel Ion Rusu.";
        assert_eq!(
            titles(text, "Ali Khamenei"),
            ["Supreme Leader", "Ayatollah"]
        );
        assert_eq!(
            titles(text, "Ion Rusu"),
            [
                "Rector of the National Defense University",
                "Lieutenant-Colonel"
            ]
        );
    }

    #[test]
    fn a_unit_named_by_its_remit_in_a_title() {
        // The committee is named by what follows "for", in a title too, and
        // its last word is no title before the name.
        for text in [
            "He met Chairman of the State Committee for National Security, Ion Rusu.",
            "He met the head of the State Committee for National Security Ion Rusu.",
        ] {
            let ms = mentions(text);
            assert!(
                has(&ms, Organization, "State Committee for National Security"),
                "{text}: {ms:?}"
            );
            assert!(has(&ms, Person, "Ion Rusu"), "{text}: {ms:?}");
        }
        // (A generic phrase in a title still names none.)
        let ms = mentions("He met Chief of the General Staff Ion Rusu.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
    }

    #[test]
    fn joint_opens_a_title() {
        let text = "He received the delegation led by Joint Secretary of the Ministry of Defence of India Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Joint Secretary of the Ministry of Defence of India"]
        );
        let text = "He met U.S. Joint Chiefs of Staff Chairman Gen. Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Joint Chiefs of Staff Chairman", "Gen."]
        );
        // (The staff is still a body out of a title.)
        let ms = mentions("The Joint Chiefs of Staff said the drills ended.");
        assert!(has(&ms, Organization, "Joint Chiefs of Staff"), "{ms:?}");
    }

    #[test]
    fn documents_named_by_a_place_hold_no_place() {
        let ms = mentions(
            "The Ankara Memorandum, the Almaty Protocol and the Minsk Accords were signed.",
        );
        for place in ["Ankara", "Almaty", "Minsk"] {
            assert!(!ms.iter().any(|(_, m)| m == place), "{place}: {ms:?}");
        }
        // (A place before other words still counts.)
        let ms = mentions("A protocol was signed in Ankara.");
        assert!(has(&ms, Location, "Ankara"), "{ms:?}");
    }

    #[test]
    fn names_joined_by_an_ampersand() {
        let ms = mentions("He visited the Safran Electronics & Defense plant, met Procter & Gamble and Kongsberg Defence & Aerospace staff and called AT&T.");
        for org in [
            "Safran Electronics & Defense",
            "Procter & Gamble",
            "Kongsberg Defence & Aerospace",
            "AT&T",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // A country's "and" may be one too; an event's words are no firm's.
        let ms = mentions("Teams from Trinidad & Tobago came to the Caspian Oil & Gas Exhibition.");
        assert!(has(&ms, Location, "Trinidad & Tobago"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
    }

    #[test]
    fn a_role_after_the_before_and_is_another_s() {
        let text = "Secretary General Ion Rusu met Tom Berg. The Secretary General and President Berg also discussed trade.";
        assert_eq!(titles(text, "Tom Berg"), ["President"]);
        // (Not two titles of one holder, with "of" in them.)
        let text = "He met the Deputy Minister of Defense and Chief of General Staff Colonel General Tom Berg.";
        assert_eq!(titles(text, "Tom Berg").len(), 3);
        // (Nor the titles of one before a comma.)
        let text =
            "He called on the Crown Prince and Prime Minister of Sarnia, Tom Berg, in Riyadh.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Crown Prince", "Prime Minister of Sarnia"]
        );
    }

    #[test]
    fn a_bhavan_is_a_site() {
        let ms = mentions(
            "He was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan.",
        );
        assert!(has(&ms, Location, "Rashtrapati Bhavan"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // So is a compound of buildings.
        let ms = mentions("The president hosted the talks at the Presidential Complex in Ankara.");
        assert!(has(&ms, Location, "Presidential Complex"), "{ms:?}");
        // (A hotel, a country's name in it: no person, no country.)
        let ms = mentions("The forum opened at the Hilton Hotel and the Marriott Armenia Hotel.");
        assert!(has(&ms, Location, "Hilton Hotel"), "{ms:?}");
        assert!(has(&ms, Location, "Marriott Armenia Hotel"), "{ms:?}");
        assert!(!has(&ms, Location, "Armenia"), "{ms:?}");
    }

    #[test]
    fn a_nationality_after_a_title_before_a_surname_is_a_given_name() {
        let text = "Grossi met Ukrainian Energy Minister German Galushchenko in Kyiv.";
        assert_eq!(titles(text, "German Galushchenko"), ["Energy Minister"]);
        // (Before the title it is a nationality.)
        let ms = mentions("He met German Chancellor Olaf Scholz.");
        assert!(has(&ms, Person, "Olaf Scholz"), "{ms:?}");
    }

    #[test]
    fn gen_after_a_civil_post_before_a_lone_surname_is_a_given_name() {
        let text = "He met Japanese Defense Minister Gen Nakatani in Tokyo.";
        assert_eq!(titles(text, "Gen Nakatani"), ["Defense Minister"]);
        // (A general's rank before a full name stays a rank.)
        let text = "He met Army chief Gen Asim Munir in Rawalpindi.";
        assert_eq!(titles(text, "Asim Munir"), ["Army chief", "Gen"]);
    }

    #[test]
    fn a_memorial_to_someone_is_one_site() {
        let ms = mentions("He laid a wreath at the Monument to the People's Heroes in Beijing.");
        assert!(
            has(&ms, Location, "Monument to the People's Heroes"),
            "{ms:?}"
        );
        let ms = mentions("He visited the Memorial to the Victims of Communism.");
        assert!(
            has(&ms, Location, "Memorial to the Victims of Communism"),
            "{ms:?}"
        );
        // (A monument sent to a city is no dedication.)
        let ms = mentions("They moved the Monument to Tbilisi.");
        assert!(has(&ms, Location, "Tbilisi"), "{ms:?}");
    }

    #[test]
    fn a_saints_building_is_one_site() {
        let ms = mentions("The leaders laid flowers near St. Michael's Golden-Domed Monastery.");
        assert!(
            has(&ms, Location, "St. Michael's Golden-Domed Monastery"),
            "{ms:?}"
        );
        let ms = mentions("He prayed at St Paul's Cathedral.");
        assert!(has(&ms, Location, "St Paul's Cathedral"), "{ms:?}");
        let ms = mentions("They also visited the Wall of Remembrance in Kyiv.");
        assert!(has(&ms, Location, "Wall of Remembrance"), "{ms:?}");
        // A site named by an ordinary word's "of" phrase.
        let ms = mentions("He laid a wreath at the Defender of the Fatherland Monument.");
        assert!(
            has(&ms, Location, "Defender of the Fatherland Monument"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_title_word_as_a_titled_persons_surname() {
        let text =
            "Foreign Minister Julie Bishop met Senator Angus King and Prime Minister John Major.";
        assert_eq!(titles(text, "Julie Bishop"), ["Foreign Minister"]);
        assert_eq!(titles(text, "Angus King"), ["Senator"]);
        assert_eq!(titles(text, "John Major"), ["Prime Minister"]);
        // (Not after a firm's name without a title before it.)
        let ms = mentions("He met Lomskbank Chairman in Moscow.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn a_site_word_as_a_titled_persons_surname() {
        let ms = mentions("Prime Minister Tom Park met him.");
        assert!(has(&ms, Person, "Tom Park"), "{ms:?}");
        let ms = mentions("Defence Secretary John Field met him.");
        assert!(has(&ms, Person, "John Field"), "{ms:?}");
        // (A site named after someone is a site.)
        let ms = mentions("President Ilham Aliyev visited the Heydar Aliyev Park.");
        assert!(has(&ms, Location, "Heydar Aliyev Park"), "{ms:?}");
    }

    #[test]
    fn a_council_named_by_title_words_is_a_body() {
        let ms = mentions("Grundberg briefed the Security Council on Tuesday. He told the National Security Council.");
        assert!(has(&ms, Organization, "Security Council"), "{ms:?}");
        assert!(
            has(&ms, Organization, "National Security Council"),
            "{ms:?}"
        );
        // (Its title's holder keeps the title.)
        let text = "He met the National Security Council Secretary Ana Costa.";
        assert_eq!(
            titles(text, "Ana Costa"),
            ["National Security Council Secretary"]
        );
    }

    #[test]
    fn a_committee_on_a_place_is_no_longer_name() {
        let ms = mentions("He said the Committee on Syria met. The Commission on Military-Technical Cooperation met.");
        assert!(has(&ms, Location, "Syria"), "{ms:?}");
        assert!(!ms.iter().any(|(_, m)| m == "Committee on Syria"), "{ms:?}");
        assert!(
            has(
                &ms,
                Organization,
                "Commission on Military-Technical Cooperation"
            ),
            "{ms:?}"
        );
    }

    #[test]
    fn a_plural_title_after_a_preposition_is_each_listed_persons() {
        let text = "It will be signed by presidents Tom Berg and Ana Costa next month.";
        assert_eq!(titles(text, "Tom Berg"), ["president"]);
        assert_eq!(titles(text, "Ana Costa"), ["president"]);
        let text = "She will meet with mayor Tom Berg.";
        assert_eq!(titles(text, "Tom Berg"), ["mayor"]);
        // (A given name that is also a place's is a name.)
        let text = "The foreign ministers Ararat Mirzoyan and Jeyhun Bayramov met.";
        assert_eq!(titles(text, "Jeyhun Bayramov"), ["foreign minister"]);
    }

    #[test]
    fn a_town_joined_by_hyphen_to_an_unknown_word_is_a_place_of_its_own() {
        let ms = mentions("They met at the Kyzyl-Bel checkpoint on Monday.");
        assert!(has(&ms, Location, "Kyzyl-Bel"), "{ms:?}");
        assert!(!has(&ms, Location, "Kyzyl"), "{ms:?}");
        // (Not a country's, nor a town's with another known place.)
        let ms = mentions("They held the Azerbaijan-EU talks. The Aktau-Baku ferry sailed.");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
        assert!(has(&ms, Location, "Aktau"), "{ms:?}");
    }

    #[test]
    fn a_rulers_court_is_a_site() {
        let ms =
            mentions("The Amir met at the Amiri Diwan office on Wednesday with Envoy Tom Berg.");
        assert!(has(&ms, Location, "Amiri Diwan"), "{ms:?}");
        assert!(
            !ms.iter().any(|(k, m)| *k == Person && m == "Amiri Diwan"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_compass_point_and_an_ordinary_word_name_no_one() {
        let ms = mentions(
            "The four presidents discussed the construction of the East Shield fortifications.",
        );
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn sheikh_inside_a_name_after_a_given_name() {
        let text = "He welcomed President Hassan Sheikh Mohamud of Somalia.";
        assert_eq!(titles(text, "Hassan Sheikh Mohamud"), ["President"]);
        // (Before the name it is an honorific.)
        let text = "His Highness the Emir Sheikh Tamim bin Hamad Al Thani met him.";
        assert_eq!(titles(text, "Tamim bin Hamad Al Thani"), ["Emir", "Sheikh"]);
    }

    #[test]
    fn a_heads_own_office_is_one_body() {
        let ms =
            mentions("The two leaders held discussions at the Prime Minister's Office on Monday.");
        assert!(has(&ms, Organization, "Prime Minister's Office"), "{ms:?}");
        let ms = mentions("The President's Administration said the talks went well.");
        assert!(
            has(&ms, Organization, "President's Administration"),
            "{ms:?}"
        );
        // A chancellery too, and an office named by its head after "of the".
        let ms = mentions("The Polish President's Chancellery, the Chancellery of the Prime Minister and the Office of the Deputy Prime Minister agreed.");
        assert!(
            has(&ms, Organization, "Polish President's Chancellery"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Chancellery of the Prime Minister"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Office of the Deputy Prime Minister"),
            "{ms:?}"
        );
        // A chancellery or a secretariat by its kind.
        let ms = mentions(
            "They signed it, the State Chancellery and the Presidential Secretariat said.",
        );
        assert!(has(&ms, Organization, "State Chancellery"), "{ms:?}");
        assert!(has(&ms, Organization, "Presidential Secretariat"), "{ms:?}");
        // (Not before the title of one who works there.)
        let ms = mentions("He met the President's Office Director Tom Berg.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
    }

    #[test]
    fn plants_are_sites_factories_firms() {
        let ms = mentions("He visited the Zaporizhzhia Nuclear Power Plant, the Tashkent Aviation Factory and Pakistan Ordnance Factories.");
        assert!(
            has(&ms, Location, "Zaporizhzhia Nuclear Power Plant"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Tashkent Aviation Factory"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Pakistan Ordnance Factories"),
            "{ms:?}"
        );
        assert!(!has(&ms, Location, "Tashkent"), "{ms:?}");
        // (So is a complex: not the person "Complex Kamra".)
        let ms =
            mentions("Earlier, the Pakistan Aeronautical Complex Kamra and Ion Rusu agreed on it.");
        assert!(
            has(&ms, Organization, "Pakistan Aeronautical Complex Kamra"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(_, t)| t == "Complex Kamra"), "{ms:?}");
    }

    #[test]
    fn a_government_s_office_by_its_name_is_one_body() {
        let ms = mentions("The talks went well, the Foreign Office said. The Presidential Office confirmed it. The Office said so.");
        assert!(has(&ms, Organization, "Foreign Office"), "{ms:?}");
        assert!(has(&ms, Organization, "Presidential Office"), "{ms:?}");
        assert!(!has(&ms, Organization, "Office"), "{ms:?}");
    }

    #[test]
    fn a_body_s_fields_listed_with_commas_are_its_name() {
        for (text, org) in [
            (
                "The Ministry of Investment, Industry and Trade of Uzbekistan organized it.",
                "Ministry of Investment, Industry and Trade of Uzbekistan",
            ),
            (
                "The Ministry of Transport, Communications and High Technologies signed it.",
                "Ministry of Transport, Communications and High Technologies",
            ),
        ] {
            let ms = mentions(text);
            assert!(has(&ms, Organization, org), "{ms:?}");
        }
        // (Not bodies listed: "the Ministry of Energy, SOCAR and BP".)
        let ms = mentions("The Ministry of Energy, SOCAR and BP signed it. The Ministry of Defense, General Staff and Navy took part.");
        assert!(has(&ms, Organization, "Ministry of Energy"), "{ms:?}");
        assert!(has(&ms, Organization, "SOCAR"), "{ms:?}");
        assert!(has(&ms, Organization, "Ministry of Defense"), "{ms:?}");
        // (Nor a comma before a clause.)
        let ms = mentions("He thanked the Ministry of Energy, Industry officials and Ion Rusu.");
        assert!(has(&ms, Organization, "Ministry of Energy"), "{ms:?}");
    }

    #[test]
    fn a_firm_named_before_its_ceo() {
        let text = "He also met Sberbank CEO Herman Gref.";
        assert!(has(&mentions(text), Organization, "Sberbank"));
        assert_eq!(titles(text, "Herman Gref"), ["Sberbank CEO"]);
        // (Not a person's name before it.)
        let ms = mentions("Ion Rusu CEO of the firm spoke.");
        assert!(!has(&ms, Organization, "Rusu"), "{ms:?}");
        // ... or its chairman, a name after.
        let text = "He will also meet Keidanren Chairman Tom Berg on Friday.";
        assert!(has(&mentions(text), Organization, "Keidanren"));
        assert_eq!(titles(text, "Tom Berg"), ["Keidanren Chairman"]);
        let ms = mentions("Ion Rusu Chairman of the firm spoke.");
        assert!(!has(&ms, Organization, "Rusu"), "{ms:?}");
    }

    #[test]
    fn the_vietnamese_surname_to_after_a_title() {
        let ms = mentions("Prabowo also met with General Secretary Nguyen Phu Trong and President To Lam, who said to reporters that to be fair the talks went well.");
        assert!(has(&ms, Person, "To Lam"), "{ms:?}");
        // (Not a sentence's "To" before a name.)
        let ms = mentions("To Brussels went the minister.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn two_towns_after_a_counterpart_are_a_person() {
        let ms =
            mentions("President Ion Rusu and his Moldovan counterpart Maia Sandu met in Vilnius.");
        assert!(has(&ms, Person, "Maia Sandu"), "{ms:?}");
        assert!(!has(&ms, Location, "Maia"), "{ms:?}");
        // (Not two places after an ordinary word.)
        let ms = mentions("Troops moved from Maia to Sandu.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn a_site_named_after_a_war_is_a_site() {
        let ms = mentions("He laid a wreath at the National War Memorial on Monday.");
        assert!(has(&ms, Location, "National War Memorial"), "{ms:?}");
        // (The war itself is none.)
        let ms = mentions("He recalled the Great Patriotic War and the Karabakh War.");
        assert!(ms.iter().all(|(k, _)| *k == Date), "{ms:?}");
    }

    #[test]
    fn names_around_organisations() {
        // An army before a rank, without a comma.
        let text = "He met the Chief of the General Staff of the Azerbaijan Army Colonel General Ion Rusu.";
        assert!(has(&mentions(text), Organization, "Azerbaijan Army"));
        assert!(!mentions(text)
            .iter()
            .any(|(_, m)| m.starts_with("General Staff")));
        assert_eq!(
            titles(text, "Ion Rusu")[0],
            "Chief of the General Staff of the Azerbaijan Army"
        );
        // (Also before "General", after a nationality: "the Serbian Army
        // General X" is that army's general, not an "Army General".)
        let text = "He met the Chief of the General Staff of the Serbian Army General Ion Rusu.";
        assert!(has(&mentions(text), Organization, "Serbian Army"));
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Chief of the General Staff of the Serbian Army", "General"]
        );
        // A staff of a country in a title names no body; the country counts.
        let ms = mentions("He met the Chief of Naval Staff of Pakistan Admiral Ion Rusu.");
        assert!(has(&ms, Location, "Pakistan"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
        // Out of a title, the staff is a body of its own.
        let text =
            "He welcomed the guests at the meeting held at General Staff of Azerbaijan Army.";
        assert!(has(
            &mentions(text),
            Organization,
            "General Staff of Azerbaijan Army"
        ));
        let text = "Ion Rusu was received by Secretary of the Security Council of Kazakhstan Asset Issekeshev. He said the Russian Federation agreed. He met Commander of the Islamic Revolution Guards Corps (IRGC) Major General Hossein Salami.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Asset Issekeshev"), "{ms:?}");
        assert!(
            has(&ms, Organization, "Security Council of Kazakhstan"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Russian Federation"), "{ms:?}");
        assert_eq!(
            titles(text, "Hossein Salami"),
            [
                "Commander of the Islamic Revolution Guards Corps",
                "Major General"
            ]
        );
        // A word that is a given name only when a surname closes the chunk.
        let ms = mentions("He met the Supreme Allied Commander Europe of NATO Allied Command Operations Curtis Scaparrotti.");
        assert!(
            has(&ms, Organization, "NATO Allied Command Operations"),
            "{ms:?}"
        );
    }

    #[test]
    fn names_with_particles_and_the_titles_after_them() {
        let text = "The Commission President Ursula von der Leyen and President Ion Rusu met Ruud van den Berg, Joao Pereira do Amaral and Carlos de la Cruz.";
        let ms = mentions(text);
        for name in [
            "Ursula von der Leyen",
            "Ruud van den Berg",
            "Joao Pereira do Amaral",
            "Carlos de la Cruz",
        ] {
            assert!(has(&ms, Person, name), "{name}: {ms:?}");
        }
        assert_eq!(titles(text, "Ion Rusu"), ["President"]);
        // A title across a line the crawl wrapped inside its paragraph.
        let doc = crate::analyze(" date 2014-06-27 By Jane Roe\n\nThe alliance met in Brussels on Friday.\nRasmussen, speaking after talks with Georgian Prime Minister\nIrakli Garibashvili earlier this week, said the alliance would\noffer a package. (Reporting by Margarita Antidze; Editing by Alex\nRichardson)\n").expect("parses");
        assert_eq!(
            titles_in(&doc, "Irakli Garibashvili"),
            Some(vec!["Prime Minister".to_string()])
        );
        assert!(
            titles_in(&doc, "Margarita Antidze").is_none(),
            "a newsroom credit"
        );
        assert!(
            doc.entities.iter().all(|e| e.name != "Richardson"),
            "a credit wrapped over a line: {:?}",
            doc.entities
        );
        // ... but a short line before is no part of the sentence.
        let doc = crate::analyze(" date 2023-08-02 By Jane Roe\n\nKyiv • UNN\nThe Commander-in-Chief of the Armed Forces of Ukraine Valerii Zaluzhnyi met with a delegation on Tuesday.\n").expect("parses");
        assert_eq!(
            titles_in(&doc, "Valerii Zaluzhnyi"),
            Some(vec![
                "Commander-in-Chief of the Armed Forces of Ukraine".to_string()
            ])
        );
        // A title led by an organisation's name.
        assert_eq!(
            titles(
                "He met World Bank Regional Director for the South Caucasus Rolande Pryce.",
                "Rolande Pryce"
            ),
            ["World Bank Regional Director for the South Caucasus"]
        );
        // A title closing an opening clause is another's.
        assert_eq!(
            titles(
                "Having conveyed greetings to the Minister of Defense of Georgia, Colonel General Ion Rusu stressed the ties.",
                "Ion Rusu"
            ),
            ["Colonel General"]
        );
        assert_eq!(
            titles(
                "According to the ministry, during a meeting with the Minister of Defense of Belarus, Ion Rusu, the two signed it.",
                "Ion Rusu"
            ),
            ["Minister of Defense of Belarus"]
        );
        assert_eq!(
            titles(
                "He met French President Emmanuel Macron and European Council President Charles Michel.",
                "Charles Michel"
            ),
            ["European Council President"]
        );
        // (A surname that is also a place ends a name too; a place's two
        // words do not.)
        assert_eq!(
            titles(
                "He met Kazuo Hamada and Foreign Minister Kenji Sato.",
                "Kenji Sato"
            ),
            ["Foreign Minister"]
        );
        assert_eq!(
            titles(
                "The Ambassador of Sri Lanka and Maldives Ion Rusu met him.",
                "Ion Rusu"
            ),
            ["Ambassador of Sri Lanka and Maldives"]
        );
        // A known organisation of one word leads a title; a credit does not.
        assert_eq!(
            titles("He met Bundestag President Julia Weber.", "Julia Weber"),
            ["Bundestag President"]
        );
        let doc = crate::analyze(
            "Baku. 9 September. REPORT.AZ/ President of Azerbaijan Ilham Aliyev signed a decree.\n",
        )
        .expect("parses");
        assert_eq!(
            titles_in(&doc, "Ilham Aliyev"),
            Some(vec!["President of Azerbaijan".to_string()])
        );
        // A lone word after "of the" is a remit, no surname.
        let ms = mentions("He keeps the title of Elbasy (Leader of the Nation) and met the Chairman of the Board.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // A name before a site in lower case is the site's.
        let ms = mentions("The two leaders visited the Govhar Agha mosque. Turkey's parliament speaker Mustafa Sentop came.");
        assert!(has(&ms, Location, "Govhar Agha mosque"), "{ms:?}");
        assert!(!has(&ms, Person, "Govhar Agha"), "{ms:?}");
        // (Or a waterway's or a dam's: "the Qosh Tepa canal".)
        let ms = mentions("They discussed the Qosh Tepa canal and the Zarnov Ata dam.");
        assert!(has(&ms, Location, "Qosh Tepa canal"), "{ms:?}");
        assert!(has(&ms, Location, "Zarnov Ata dam"), "{ms:?}");
        let ms = mentions(
            "They held talks at the Kuksaroy residence and at the Ala-Archa state residence.",
        );
        assert!(has(&ms, Location, "Kuksaroy residence"), "{ms:?}");
        assert!(has(&ms, Location, "Ala-Archa state residence"), "{ms:?}");
        assert_eq!(
            titles(
                "Turkey's parliament speaker Mustafa Sentop came.",
                "Mustafa Sentop"
            ),
            ["parliament speaker"]
        );
        // A given name that is a word too, after a title ending an
        // organisation's name; "UAE" is a country.
        let ms = mentions("He met ADNOC Managing Director and Group CEO Sultan Ahmed Al Jaber, the UAE Minister of Industry.");
        assert!(has(&ms, Person, "Sultan Ahmed Al Jaber"), "{ms:?}");
        assert!(has(&ms, Location, "UAE"), "{ms:?}");
        assert!(
            !ms.iter()
                .any(|(k, t)| *k == Organization && t.starts_with("Group")),
            "{ms:?}"
        );
        // A given name that is also a word, right after a title.
        let ms = mentions("Later, Foreign Minister Shah Mahmood Qureshi spoke.");
        assert!(has(&ms, Person, "Shah Mahmood Qureshi"), "{ms:?}");
        // A place after a title's remit, before the surname: a given name.
        let ms = mentions("Foreign Minister of Armenia Ararat Mirzoyan received him.");
        assert!(has(&ms, Person, "Ararat Mirzoyan"), "{ms:?}");
        assert!(has(&ms, Location, "Armenia"), "{ms:?}");
        // A town's name before a particle: a name's part.
        let ms =
            mentions("He met Alexander Van der Bellen. Van der Bellen spoke. They went to Van.");
        assert!(has(&ms, Person, "Alexander Van der Bellen"), "{ms:?}");
        assert!(has(&ms, Person, "Van der Bellen"), "{ms:?}");
        assert_eq!(
            ms.iter().filter(|(k, _)| *k == Location).count(),
            1,
            "{ms:?}"
        );
        // (Two particles: "van der".)
        let ms = mentions("Dr. Anna van der Berg, a researcher, said so.");
        assert!(has(&ms, Person, "Anna van der Berg"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // Both words towns' names, after a title.
        let ms = mentions("He met Moldovan President Maia Sandu in Brussels.");
        assert!(has(&ms, Person, "Maia Sandu"), "{ms:?}");
        assert!(!has(&ms, Location, "Maia"), "{ms:?}");
        // ... and without a title, before a surname alone.
        let ms = mentions("The ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, began talks.");
        assert!(has(&ms, Person, "Ararat Mirzoyan"), "{ms:?}");
        // ... and before a surname closing the name, title or none.
        let ms =
            mentions("He also met the head of the service, Belen Martinez Carbonell, on Monday.");
        assert!(has(&ms, Person, "Belen Martinez Carbonell"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // (Not a town after "in" before a name of two: "the Consul
        // General in Istanbul Aydin Karimov".)
        let ms = mentions(
            "They were received by the Consul General in Istanbul Aydin Karimov on Monday.",
        );
        assert!(has(&ms, Location, "Istanbul"), "{ms:?}");
        assert!(has(&ms, Person, "Aydin Karimov"), "{ms:?}");
        // Acronyms of two organisations joined by a slash (not a photo credit).
        let ms = mentions("They fought the PKK/PYD group. (AP Photo/Ion Rusu)");
        assert!(has(&ms, Organization, "PYD"), "{ms:?}");
        assert!(!ms.iter().any(|(_, t)| t == "Ion Rusu"), "{ms:?}");
        // A given name that is also a place, before a patronymic.
        let ms = mentions(
            "His counterpart Badr bin Hamad Al Busaidi and Sheikh Tamim bin Hamad Al Thani spoke.",
        );
        assert!(has(&ms, Person, "Badr bin Hamad Al Busaidi"), "{ms:?}");
        assert!(has(&ms, Person, "Tamim bin Hamad Al Thani"), "{ms:?}");
        // A country before "and" is a title's remit, not a name.
        // A nationality of one word before the title is whose ("Lao").
        assert_eq!(
            titles(
                "He received Lao Deputy Minister of National Defence Major General Ion Rusu.",
                "Ion Rusu"
            ),
            ["Deputy Minister of National Defence", "Major General"]
        );
        let text = "He was welcomed by Deputy Prime Minister of Australia and Defense Minister Richard Marles.";
        assert_eq!(
            titles(text, "Richard Marles"),
            ["Deputy Prime Minister of Australia", "Defense Minister"]
        );
    }

    #[test]
    fn an_organisation_s_acronym_stays_in_the_title_a_country_s_does_not() {
        let text = "NATO Deputy Secretary General Mircea Geoana met U.S. President Joe Biden. \"Deputy Secretary General Mircea Geoana met him,\" NATO said.";
        assert_eq!(
            titles(text, "Mircea Geoana"),
            ["NATO Deputy Secretary General", "Deputy Secretary General"]
        );
        assert_eq!(titles(text, "Joe Biden"), ["President"]);
    }

    #[test]
    fn an_acronym_names_the_words_it_spells_out() {
        assert_eq!(
            titles(
                "Azerbaijan&#39;s Defense Minister Zakir Hasanov met him.",
                "Zakir Hasanov"
            ),
            ["Defense Minister"]
        );
        let ms = mentions("The Inter-Services Public Relations (ISPR) said so. The Press Office (PO) agreed, and so did the Ministry (XYZ).");
        assert!(
            has(&ms, Organization, "Inter-Services Public Relations"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Press Office"), "{ms:?}");
        assert!(!ms.iter().any(|(_, t)| t.starts_with("Ministry")), "{ms:?}");
        // (The acronym may spell a small word: "and" in "PARP".)
        let ms = mentions("It joined the Planning and Review Process (PARP) last year.");
        assert!(
            has(&ms, Organization, "Planning and Review Process"),
            "{ms:?}"
        );
        // After a title, the acronym is the position's; the words after the
        // title name the organisation. "Special" is no such title.
        let ms = mentions("Chairman Joint Chiefs of Staff Committee (CJCSC) General Sahir Shamshad Mirza met the Special Investment Facilitation Council (SIFC).");
        assert!(
            has(&ms, Organization, "Joint Chiefs of Staff Committee"),
            "{ms:?}"
        );
        assert!(
            !ms.iter()
                .any(|(_, t)| t == "CJCSC" || t.starts_with("Chairman")),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "SIFC"), "{ms:?}");
        assert_eq!(
            titles("He called on President Dr Arif Alvi.", "Arif Alvi"),
            ["President"]
        );
    }

    #[test]
    fn a_position_closing_an_organisation_s_name_is_not_part_of_it() {
        let ms = mentions("Kazakh President receives Russian Security Council Secretary\n\nHe met the Secretary General of the Organization of Turkic States Baghdad Amreyev and the EU Special Representative Toivo Klaar.");
        assert!(has(&ms, Organization, "Russian Security Council"), "{ms:?}");
        let text = "He met the Secretary General of the Organization of Turkic States Baghdad Amreyev and the EU Special Representative Toivo Klaar.";
        assert_eq!(titles(text, "Toivo Klaar"), ["EU Special Representative"]);
    }

    #[test]
    fn a_portfolio_word_after_and_joins_a_ministry_s_name() {
        let text = "The Ministry of Economy and Finance of Uzbekistan agreed. Then the Ministry of Energy and Finance Minister John Parker spoke.";
        let ms = mentions(text);
        assert!(
            has(
                &ms,
                Organization,
                "Ministry of Economy and Finance of Uzbekistan"
            ),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Ministry of Energy"), "{ms:?}");
        assert!(has(&ms, Person, "John Parker"), "{ms:?}");
    }

    #[test]
    fn abbreviated_senators_representatives_and_governors_are_people() {
        for (rank, name) in [
            ("Sen.", "Roger Wicker"),
            ("Rep.", "Adam Frost"),
            ("Gov.", "Ella Kent"),
        ] {
            let text = format!("The minister later met with {rank} {name} on Capitol Hill.");
            assert_eq!(titles(&text, name), [rank], "{text}");
        }
    }

    #[test]
    fn a_title_in_apposition_with_a_remit_in_lower_case() {
        let text = "The minister met with Magda Grant, the European Union Special Representative for the South Caucasus and the crisis in Georgia.";
        assert_eq!(
            titles(text, "Magda Grant"),
            ["European Union Special Representative for the South Caucasus and the crisis in Georgia"]
        );
        // (Not an organisation that says something: ", the European Union said".)
        let text = "He met Ion Rusu, the European Union said.";
        assert!(titles(text, "Ion Rusu").is_empty());
    }

    #[test]
    fn a_legislature_s_possessive_name_in_apposition_names_no_one() {
        let text = "Also on Thursday, Zhao Leji, chairman of the National People's Congress Standing Committee, held talks with Ion Rusu.";
        assert_eq!(
            titles(text, "Zhao Leji"),
            ["chairman of the National People's Congress Standing Committee"]
        );
        // The body's possessive inside a title before the name: no person
        // "Congress Zhao Leji".
        let text = "He met the Chairman of the Standing Committee of the National People's Congress Zhao Leji.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Zhao Leji"), "{ms:?}");
        assert!(
            has(
                &ms,
                Organization,
                "Standing Committee of the National People's Congress"
            ),
            "{ms:?}"
        );
        // A People's Republic closes a body's name whole.
        let ms = mentions("He met Zhang Youxia, Vice Chairman of the Central Military Commission of the People's Republic of China.");
        let org = "Central Military Commission of the People's Republic of China";
        assert!(has(&ms, Organization, org), "{ms:?}");
    }

    #[test]
    fn a_legislature_named_before_its_speaker_s_title() {
        let text = "He met a delegation led by Eduskunta Speaker Jussi Halla-aho. Later Sejmik Speaker Ana Costa spoke.";
        let ms = mentions(text);
        for org in ["Eduskunta", "Sejmik"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert_eq!(titles(text, "Jussi Halla-aho"), ["Eduskunta Speaker"]);
        assert_eq!(titles(text, "Ana Costa"), ["Sejmik Speaker"]);
        // (Not a known word: "Parliament Speaker" is a title alone.)
        let ms = mentions("He met Deputy Speaker Tom Berg.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
    }

    #[test]
    fn an_interim_government_is_named_whole() {
        let ms = mentions("He received a delegation of the Interim Government of Afghanistan headed by Acting Minister Ion Rusu. Interim President Tom Berg spoke.");
        assert!(
            has(&ms, Organization, "Interim Government of Afghanistan"),
            "{ms:?}"
        );
        assert!(
            !ms.iter().any(|(_, t)| t.starts_with("Interim President")),
            "{ms:?}"
        );
    }

    #[test]
    fn a_compass_point_opening_a_remit_is_no_person() {
        let text = "He met U.S. Assistant Secretary of State for South and Central Asian Affairs Donald Lu and Secretary for East Ion Rusu.";
        let ms = mentions(text);
        assert!(!has(&ms, Person, "South"), "{ms:?}");
        assert!(!has(&ms, Person, "East"), "{ms:?}");
        assert_eq!(
            titles(text, "Donald Lu"),
            ["Assistant Secretary of State for South and Central Asian Affairs"]
        );
    }

    #[test]
    fn titles_before_a_list_s_last_item_are_the_previous_person_s() {
        let text = "The meeting was attended by Nikoloz Berdze, Chair of the Foreign Relations Committee, and Lithuanian Ambassador to Georgia Jonas Vaitkus.";
        assert_eq!(titles(text, "Jonas Vaitkus"), ["Ambassador to Georgia"]);
        assert_eq!(
            titles(text, "Nikoloz Berdze"),
            ["Chair of the Foreign Relations Committee"]
        );
    }

    #[test]
    fn ordinary_words_joined_by_and_inside_an_organisation_s_name() {
        let text = "They spoke within the GUAM Organization for Democracy and Economic Development. The Ministry of Culture and Tourism agreed. Officials of the Ministry of Defense and General Staff came, with the Ministry of Defence of Azerbaijan and Russia.";
        let ms = mentions(text);
        for name in [
            "GUAM Organization for Democracy and Economic Development",
            "Ministry of Culture and Tourism",
            "Ministry of Defense",
            "Ministry of Defence of Azerbaijan",
        ] {
            assert!(has(&ms, Organization, name), "{name}: {ms:?}");
        }
        assert!(has(&ms, Location, "Russia"), "{ms:?}");
        // (A field the lexicon lacks, right after "of", too.)
        let ms = mentions(
            "They signed it with the Lomsk Institute of Geoscience and Mineral Resources.",
        );
        assert!(
            has(
                &ms,
                Organization,
                "Lomsk Institute of Geoscience and Mineral Resources"
            ),
            "{ms:?}"
        );
        let text = "They toured the Defence Research and Development Organisation and the Joint Training and Evaluation Centre, then the Ministry of Transport, Communications and High Technologies.";
        let ms = mentions(text);
        for name in [
            "Defence Research and Development Organisation",
            "Joint Training and Evaluation Centre",
        ] {
            assert!(has(&ms, Organization, name), "{name}: {ms:?}");
        }
        assert!(
            !has(&ms, Organization, "Communications and High Technologies"),
            "{ms:?}"
        );
        let text = "The Cabinet of Ministers and the Executive Power of Siyazan region will act. They discussed the Comprehensive and Enhanced Partnership Agreement (CEPA). He met Speaker of the National Assembly Ararat Mirzoyan.";
        let ms = mentions(text);
        assert!(has(&ms, Organization, "Cabinet of Ministers"), "{ms:?}");
        assert!(
            has(&ms, Organization, "Executive Power of Siyazan region"),
            "{ms:?}"
        );
        assert!(
            !ms.iter()
                .any(|(_, t)| t.contains("Partnership") || t == "CEPA"),
            "a document is no organisation: {ms:?}"
        );
        assert!(has(&ms, Person, "Ararat Mirzoyan"), "{ms:?}");
        // (A given name that is also a town's, before two more names.)
        let ms = mentions(
            "He met Secretary of the Supreme National Security Council Ali Akbar Ahmadian.",
        );
        assert!(has(&ms, Person, "Ali Akbar Ahmadian"), "{ms:?}");
        let ms = mentions("Students of Baku Higher Oil School met the Center for Analysis of International Relations (AIR Center).");
        assert!(has(&ms, Organization, "Baku Higher Oil School"), "{ms:?}");
        assert!(
            has(
                &ms,
                Organization,
                "Center for Analysis of International Relations"
            ),
            "{ms:?}"
        );
        // (So an "of" phrase's ordinary word and "of".)
        let ms = mentions(
            "He spoke at the Center of Analysis of International Relations (AIR Center) on Monday.",
        );
        assert!(
            has(
                &ms,
                Organization,
                "Center of Analysis of International Relations"
            ),
            "{ms:?}"
        );
        let ms = mentions(
            "He met members of the Majlis National Security and Foreign Policy Committee.",
        );
        assert!(
            has(
                &ms,
                Organization,
                "Majlis National Security and Foreign Policy Committee"
            ),
            "{ms:?}"
        );
        let ms = mentions("He met Ivan Petrov and Foreign Affairs Committee members.");
        assert!(has(&ms, Person, "Ivan Petrov"), "{ms:?}");
        let ms = mentions("He met the Secretary of the National Security and Defense Council of Ukraine. The Defense Ministry and National Security Council agreed.");
        assert!(
            has(
                &ms,
                Organization,
                "National Security and Defense Council of Ukraine"
            ),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Defense Ministry"), "{ms:?}");
        let ms = mentions(
            "He met French President Emmanuel Macron and European Council President Charles Michel.",
        );
        assert!(has(&ms, Person, "Emmanuel Macron"), "{ms:?}");
        let ms = mentions(
            "He met the Commander of the Revolutionary Guard Corps Ground Force Brig Gen Ion Rusu.",
        );
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert!(!ms.iter().any(|(_, t)| t.contains("Brig")), "{ms:?}");
        let ms = mentions("He visited the Multinational Corps Northeast in Szczecin.");
        assert!(
            has(&ms, Organization, "Multinational Corps Northeast"),
            "{ms:?}"
        );
        let ms = mentions("Officers of the National Guard and the Caspian Flotilla took part.");
        assert!(has(&ms, Organization, "National Guard"), "{ms:?}");
        assert!(has(&ms, Organization, "Caspian Flotilla"), "{ms:?}");
    }

    #[test]
    fn organisations_inside_titles_and_commissions_on_a_field() {
        let text = "Chairman of the State Committee for National Security (GKNB) Kamchybek Tashiev met the Chief of Army Staff (COAS) General Ion Rusu. They co-chaired the Intergovernmental Commission on Military-Technical Cooperation. The Committee on Monday met.";
        let ms = mentions(text);
        assert!(
            has(&ms, Organization, "State Committee for National Security"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "GKNB"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, t)| t == "Army Staff" || t == "COAS"),
            "{ms:?}"
        );
        assert!(
            has(
                &ms,
                Organization,
                "Intergovernmental Commission on Military-Technical Cooperation"
            ),
            "{ms:?}"
        );
        assert!(
            !ms.iter()
                .any(|(k, t)| *k == Organization && t.contains("Monday")),
            "{ms:?}"
        );
        assert_eq!(
            titles(text, "Kamchybek Tashiev"),
            ["Chairman of the State Committee for National Security"]
        );
        assert_eq!(
            titles(
                "It was productive, said Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder.",
                "Pat Ryder"
            ),
            ["Pentagon Press Secretary", "Brig. Gen."]
        );
        // A service named after "of" is the position's remit, and stays.
        assert_eq!(
            titles(
                "He met Commander of the Pakistan Air Force Air Chief Marshal Zaheer Ahmed Babar Sidhu.",
                "Zaheer Ahmed Babar Sidhu"
            ),
            ["Commander of the Pakistan Air Force", "Air Chief Marshal"]
        );
        // (An air force's other ranks stand apart too.)
        assert_eq!(
            titles(
                "He called on Defence Secretary Air Vice Marshal (retd) Ion Rusu.",
                "Ion Rusu"
            ),
            ["Defence Secretary", "Air Vice Marshal"]
        );
    }

    #[test]
    fn products_are_neither_organisations_nor_people() {
        let ms = mentions("Azerbaijan used Bayraktar TB2 drones and Bayraktar Akinci unmanned combat aerial vehicles. Poland ordered M1A2 Abrams tanks and HIMARS launchers. Kazakhstan bought Airbus C295 transport aircraft. They support Ukraine in increasing its drone capabilities. Iran drones hit Kyiv.");
        for t in ["TB2", "Bayraktar TB2", "Bayraktar Akinci", "M1A2", "HIMARS"] {
            assert!(!ms.iter().any(|(_, m)| m == t), "{t}: {ms:?}");
        }
        assert!(has(&ms, Organization, "Airbus"), "{ms:?}");
        assert!(has(&ms, Location, "Ukraine"), "{ms:?}");
        assert!(has(&ms, Location, "Iran"), "{ms:?}");
        let ms = mentions("The parade showed Israeli-made Harop loitering munitions.");
        assert!(!ms.iter().any(|(_, m)| m.contains("Harop")), "{ms:?}");
        // ... at a line's end too, as a headline ends.
        let ms = mentions("Ministers sign contract on CAESAR howitzers\nThe ministers met.");
        assert!(!ms.iter().any(|(_, m)| m == "CAESAR"), "{ms:?}");
        // A project's name holds a number too.
        let ms = mentions("They discussed the CASA-1000 project.");
        assert!(has(&ms, Organization, "CASA-1000"), "{ms:?}");
        // A model's number between its maker and its kind.
        let ms = mentions("Armenia signed a contract for three GM 200 radars. The KRV 2025 programme and the EU 27 leaders met.");
        assert!(!ms.iter().any(|(_, m)| m == "GM"), "{ms:?}");
        assert!(has(&ms, Organization, "EU"), "{ms:?}");
        // A system after what it does, not an organisation's systems.
        let ms = mentions("He pledged more IRIS-T air defence systems. NATO systems were used.");
        assert!(!ms.iter().any(|(_, m)| m.contains("IRIS")), "{ms:?}");
        assert!(has(&ms, Organization, "NATO"), "{ms:?}");
    }

    #[test]
    fn a_brand_in_lower_case_but_not_a_unit() {
        let ms = mentions("The consortium led by bp signed it. Rates rose 50 bp.");
        assert_eq!(
            ms.iter()
                .filter(|(k, m)| *k == Organization && m == "bp")
                .count(),
            1,
            "{ms:?}"
        );
    }

    #[test]
    fn the_us_congress_is_a_legislature_not_an_event() {
        let ms = mentions("He met a delegation of the U.S. Congress. He attended the World Congress of Azerbaijanis.");
        assert!(has(&ms, Organization, "U.S. Congress"), "{ms:?}");
        assert!(!ms.iter().any(|(_, m)| m.contains("World")), "{ms:?}");
        // A country's congress by its name or its people's, before or after.
        let ms = mentions("He met a delegation of the United States Congress. He addressed the Peruvian Congress and the Congress of the Philippines. He attended the Congress of Local Authorities.");
        for org in [
            "United States Congress",
            "Peruvian Congress",
            "Congress of the Philippines",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(!ms.iter().any(|(_, m)| m.contains("Local")), "{ms:?}");
    }

    #[test]
    fn holidays_storms_and_named_sites() {
        let ms = mentions("Novruz Bayrami was celebrated. Hurricane Katrina hit. Mount Ararat was visible from Lake Sevan. They held the Mustafa Kemal Ataturk-2023 exercises.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        assert!(has(&ms, Location, "Mount Ararat"), "{ms:?}");
        assert!(has(&ms, Location, "Lake Sevan"), "{ms:?}");
    }

    #[test]
    fn a_compound_participle_opens_no_name() {
        let ms = mentions(
            "It cut reliance on the Russian-controlled Cuciurgan power plant. The Kremlin-backed Vostok Battalion left.",
        );
        assert!(!ms.iter().any(|m| m.0 == Person), "{ms:?}");
        assert!(has(&ms, Organization, "Kremlin"), "{ms:?}");
        // (Korean given names are no participles: "Moon Jae-in".)
        let ms = mentions("President Moon Jae-in met Ilham Aliyev.");
        assert!(has(&ms, Person, "Moon Jae-in"), "{ms:?}");
    }

    #[test]
    fn parties_plans_and_compound_names() {
        let ms = mentions("The Georgian Dream party said the NATO Force Model and the UN Charter matter to the NATO-Ukraine Commission and the NATO-led Resolute Support Mission.");
        assert!(has(&ms, Organization, "Georgian Dream"), "{ms:?}");
        assert!(has(&ms, Organization, "NATO-Ukraine Commission"), "{ms:?}");
        assert!(has(&ms, Organization, "Resolute Support Mission"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, t)| t.contains("Model") || t == "UN"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_retired_rank_s_mark_is_skipped() {
        let text = "He met Secretary of Defence Production of Pakistan Lieutenant General (retd) Omar Haider.";
        assert_eq!(
            titles(text, "Omar Haider"),
            [
                "Secretary of Defence Production of Pakistan",
                "Lieutenant General"
            ]
        );
    }

    #[test]
    fn lower_case_titles_of_staff_and_describing_words() {
        let text = "The company's chief technology officer Selcuk Bayraktar spoke, and presidential aide Hikmet Hajiyev and Azerbaijan's military attaché Colonel Ilgar Aliyev came. He met NATO's top military commander, U.S. General Philip Breedlove, after the resignation of prime minister Serzh Sarksyan.";
        assert_eq!(
            titles(text, "Selcuk Bayraktar"),
            ["chief technology officer"]
        );
        assert_eq!(titles(text, "Hikmet Hajiyev"), ["presidential aide"]);
        // (Capitalised too.)
        let capitalised = "The delegation included Presidential Aide Ion Rusu.";
        assert_eq!(titles(capitalised, "Ion Rusu"), ["Presidential Aide"]);
        assert_eq!(
            titles(text, "Ilgar Aliyev"),
            ["military attaché", "Colonel"]
        );
        assert_eq!(titles(text, "Philip Breedlove"), ["General"]);
        assert_eq!(titles(text, "Serzh Sarksyan"), ["prime minister"]);
        // After a nationality led by a compass point.
        let text = "He met North Korean leader Ion Rusu.";
        assert_eq!(titles(text, "Ion Rusu"), ["leader"]);
        let text =
            "Major General Mohammad Bagheri, chief of staff of the Iranian Armed Forces, called.";
        assert_eq!(
            titles(text, "Mohammad Bagheri"),
            [
                "Major General",
                "chief of staff of the Iranian Armed Forces"
            ]
        );
    }

    #[test]
    fn a_plural_title_further_back_is_not_the_name_s() {
        let text = "Russia will host talks between the foreign ministers of Azerbaijan and Armenia, Russian Deputy Foreign Minister Mikhail Galuzin told RIA Novosti.";
        assert_eq!(titles(text, "Mikhail Galuzin"), ["Deputy Foreign Minister"]);
    }

    #[test]
    fn a_former_office_holder_s_title() {
        assert_eq!(
            titles(
                "Former U.S. national security adviser John Bolton told Fox News that he lied.",
                "John Bolton"
            ),
            ["national security adviser"]
        );
        // (So is an incoming or outgoing one's.)
        let text =
            "Incoming NATO Secretary General Ion Rusu met Outgoing Secretary General Tom Berg.";
        assert_eq!(titles(text, "Ion Rusu"), ["NATO Secretary General"]);
        assert_eq!(titles(text, "Tom Berg"), ["Secretary General"]);
    }

    #[test]
    fn a_commanding_general_and_an_inspector_general_are_offices() {
        let text = "Commanding General of U.S. Army Europe Lt. Gen. Ion Rusu visited Riga.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Commanding General of U.S. Army Europe", "Lt. Gen."]
        );
        let text = "Piotr Nowak met the Commanding General, Maj. Gen. Tom Berg, and the Inspector General, Ana Costa.";
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Commanding General", "Maj. Gen."]
        );
        assert_eq!(titles(text, "Ana Costa"), ["Inspector General"]);
    }

    #[test]
    fn foundations_and_a_title_after_a_sentence_s_first_word() {
        let text = "When Turkmenistan's president, Gurbanguly Berdimuhamedov, hosted him, said Luke Coffey of the Heritage Foundation.";
        assert!(has(&mentions(text), Organization, "Heritage Foundation"));
        assert_eq!(titles(text, "Gurbanguly Berdimuhamedov"), ["president"]);
    }

    #[test]
    fn an_institution_of_generic_words_is_named() {
        let ms = mentions("He visited the National Defense University and the Military Academy of the General Staff, not the Republic's founder's house, then the Armed Forces Academy.");
        assert!(has(&ms, Organization, "Armed Forces Academy"), "{ms:?}");
        assert!(
            has(&ms, Organization, "National Defense University"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Military Academy of the General Staff"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(_, t)| t == "Republic"), "{ms:?}");
    }

    #[test]
    fn a_title_s_remit_is_not_part_of_the_name() {
        let text =
            "He left. Azerbaijan's Minister of Emergency Situations Kamaladdin Heydarov attended.";
        assert_eq!(
            titles(text, "Kamaladdin Heydarov"),
            ["Minister of Emergency Situations"]
        );
        // (Nor before a name with a particle.)
        let text = "He met the Special Envoy for Energy Transition Piet de Vries.";
        assert_eq!(
            titles(text, "Piet de Vries"),
            ["Special Envoy for Energy Transition"]
        );
        // (Its first word may be a given name too: "Urban".)
        let text = "He met Iran's Minister of Roads and Urban Development Ana Costa.";
        assert_eq!(
            titles(text, "Ana Costa"),
            ["Minister of Roads and Urban Development"]
        );
        let text = "He left. Earlier, the head of the State Oil Company of Azerbaijan Republic (SOCAR), Rovnag Abdullayev, spoke, said AZAL spokesperson Pasha Kesamanli.";
        assert_eq!(
            titles(text, "Rovnag Abdullayev"),
            ["head of the State Oil Company of Azerbaijan Republic"]
        );
        assert_eq!(titles(text, "Pasha Kesamanli"), ["spokesperson"]);
    }

    #[test]
    fn an_acronym_after_an_institute_named_by_its_city_is_the_institute_s() {
        let ms = mentions("He spoke at the Institute of Strategic Studies Islamabad (ISSI) on Monday. ISSI is old.");
        assert!(has(&ms, Organization, "ISSI"), "{ms:?}");
        assert!(!has(&ms, Location, "ISSI"), "{ms:?}");
    }

    #[test]
    fn a_surname_glued_to_its_initial_names_someone() {
        let ms = mentions("Speaking at the event, R.Abdullayev said that the plan works.");
        assert!(has(&ms, Person, "R.Abdullayev"), "{ms:?}");
        // (After a title's country: the country is no given name.)
        let ms = mentions("Minister of Defense of Mongolia N.Enkhbold received Ion Rusu.");
        assert!(has(&ms, Person, "N.Enkhbold"), "{ms:?}");
        assert!(has(&ms, Location, "Mongolia"), "{ms:?}");
        let ms = mentions("The U.S. said so. They flew to Baku.Az later.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn a_route_closing_its_paragraph_is_a_project() {
        let doc = crate::analyze(" date 2022-05-10 By Jane Roe\n\nThe plan covers the Baku-Tbilisi-Ceyhan pipeline.\n\nHe left.\n").expect("parses");
        assert!(
            doc.entities
                .iter()
                .any(|e| e.kind == Organization && e.name == "Baku-Tbilisi-Ceyhan"),
            "{:#?}",
            doc.entities
        );
        // So is one through a town the gazetteer lacks (not a border).
        let ms =
            mentions("They discussed the Kars-Zarnovka railway and the Armenia-Azerbaijan border.");
        assert!(has(&ms, Organization, "Kars-Zarnovka"), "{ms:?}");
        assert!(!has(&ms, Location, "Kars"), "{ms:?}");
        assert!(has(&ms, Location, "Armenia"), "{ms:?}");
    }

    #[test]
    fn companies_by_their_suffix_or_their_known_name() {
        let ms =
            mentions("He denied reports about Kestrel Aerospace Industries, Baykar and Rosatom.");
        assert!(
            has(&ms, Organization, "Kestrel Aerospace Industries"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Baykar"), "{ms:?}");
        assert!(has(&ms, Organization, "Rosatom"), "{ms:?}");
    }

    #[test]
    fn paragraphs_in_other_languages_name_nobody() {
        let ms = mentions("Министр обороны России Сергей Шойгу встретился с армянским коллегой Суреном Папикяном в Москве.\n\nAzərbaycan Respublikasının Müdafiə naziri general-polkovnik Zakir Həsənov Gürcüstanın müdafiə naziri ilə görüşüb.\n\nMinister Ana Costa met him in Baku.\n\nParticipants: Zakir Həsənov, Kərim Vəliyev, Elçin Quliyev, Mədət Quliyev, Hikmət Mirzəyev.");
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
        assert!(
            has(&ms, Person, "Kərim Vəliyev"),
            "a list of names is read: {ms:?}"
        );
        assert!(
            !ms.iter()
                .any(|(k, t)| *k == Person && (t.contains("Шойгу") || t.contains("Gürcüstanın"))),
            "{ms:?}"
        );
    }

    #[test]
    fn a_named_district_is_a_place() {
        let ms =
            mentions("The ceasefire was violated in the direction of Tovuz district on July 12.");
        assert!(has(&ms, Location, "Tovuz district"), "{ms:?}");
        // A unit's word capitalised is its name's, the place known or not
        // (not a command's: "Central Military District").
        let ms = mentions(
            "He toured Sughd Region and Al Karvel Governorate with the Central Military District.",
        );
        assert!(has(&ms, Location, "Sughd Region"), "{ms:?}");
        assert!(has(&ms, Location, "Al Karvel Governorate"), "{ms:?}");
        assert!(
            has(&ms, Organization, "Central Military District"),
            "{ms:?}"
        );
        // A city's name before its area's word is no given name.
        let ms = mentions("He visited Kharkiv Oblast, then the Moscow Region.");
        assert!(has(&ms, Location, "Kharkiv Oblast"), "{ms:?}");
        assert!(has(&ms, Location, "Moscow Region"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == Person), "{ms:?}");
        // ... nor, before a title, part of it: "Kurdistan Region President".
        let text = "He met Kurdistan Region President Ion Rusu.";
        assert_eq!(titles(text, "Ion Rusu"), ["President"]);
        let ms = mentions("They shared the Syr Darya river and the Karvel reservoir.");
        assert!(has(&ms, Location, "Syr Darya"), "{ms:?}");
        assert!(has(&ms, Location, "Karvel"), "{ms:?}");
        assert!(!ms.iter().any(|m| m.0 == Person), "{ms:?}");
        // Districts known by their English names; a site or a city's region
        // named after one; a region after a region is that region.
        let ms = mentions("Shelling hit Kalbajar and Lachin, near the Lachin corridor, in the Chelyabinsk region and the South Caucasus region.");
        for place in [
            "Kalbajar",
            "Lachin",
            "Lachin corridor",
            "Chelyabinsk region",
            "South Caucasus",
        ] {
            assert!(has(&ms, Location, place), "{place}: {ms:?}");
        }
        // A country's first-level unit by its English name (GeoNames), and
        // with its area word; the unit and its region are one place.
        let ms = mentions("The plant in Unterluss, Lower Saxony, supplies the Batken region.");
        assert!(has(&ms, Location, "Lower Saxony"), "{ms:?}");
        assert!(has(&ms, Location, "Batken region"), "{ms:?}");
        let doc =
            crate::analyze("T\n\nBorder guards met in Batken. Shelling hit the Batken region.\n")
                .expect("parses");
        let batken: Vec<_> = doc.entities.iter().filter(|e| e.name == "Batken").collect();
        assert_eq!(batken.len(), 1, "{:?}", doc.entities);
        assert_eq!(batken[0].mentions.len(), 2, "{:?}", doc.entities);
        // Names inside a decree's quoted title are not annotated.
        let ms = mentions("He signed a decree on “the roads of Gabala district” on Monday.");
        assert!(!has(&ms, Location, "Gabala district"), "{ms:?}");
    }

    #[test]
    fn a_named_project_is_an_organisation() {
        let ms =
            mentions("The sides discussed the Shah Deniz project and the Southern Gas Corridor.");
        assert!(has(&ms, Organization, "Shah Deniz"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // So is one before a word of its trade and a corridor (not one
        // named by its directions).
        let ms = mentions(
            "They discussed the Lapis Lazuli transport corridor and the North-South transit corridor.",
        );
        assert_eq!(ms, [(Organization, "Lapis Lazuli".to_string())]);
        // Its name may open with a place, words of its own after it (not a
        // place's project).
        let ms = mentions(
            "They discussed the Black Sea Submarine Cable project and the Black Sea project.",
        );
        assert!(
            has(&ms, Organization, "Black Sea Submarine Cable"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Black Sea"), "{ms:?}");
        // Its name may hold "and" before an ordinary word; two names joined
        // by "and" stay two.
        let ms = mentions(
            "They held talks on Belt and Road projects. SOCAR and Petronas projects grew.",
        );
        assert!(has(&ms, Organization, "Belt and Road"), "{ms:?}");
        assert!(!has(&ms, Organization, "Road"), "{ms:?}");
        assert!(
            !ms.iter()
                .any(|(_, m)| m.contains(" and ") && m.contains("SOCAR")),
            "{ms:?}"
        );
        // ... so is a programme named whole, "and" in its name; not one
        // whose name is quoted after it.
        let ms = mentions("The loan supports the Kara Renewable Energy Scale-Up Program and the Improving Governance and Public Sector Efficiency Program. They joined the NATO Program \"Partnership for Peace\".");
        for org in [
            "Kara Renewable Energy Scale-Up Program",
            "Improving Governance and Public Sector Efficiency Program",
            "NATO",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // (Nationalities joined by a hyphen name none.)
        let ms = mentions("A Chinese-Singaporean consortium won the tender.");
        assert!(ms.is_empty(), "{ms:?}");
        // A think tank's name closing on a word that may be a name; a
        // company named after its board's chairman.
        let ms = mentions("Analysts at the Carnegie Endowment for International Peace agree. He met Chairman of the Board of Caspian Railways CJSC Ion Rusu.");
        for org in [
            "Carnegie Endowment for International Peace",
            "Caspian Railways CJSC",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        // "Chiefs of Staff" inside a body's name; "U.S." before a name of
        // its own is a mention of the country; a service and rank after it.
        let ms = mentions("He met Chairman of the Joint Chiefs of Staff Committee General Ion Rusu and U.S. Joint Chiefs of Staff Chairman Gen. Tom Berg, then the U.S. Army.");
        assert!(
            has(&ms, Organization, "Joint Chiefs of Staff Committee"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Joint Chiefs of Staff"), "{ms:?}");
        assert!(has(&ms, Location, "U.S."), "{ms:?}");
        assert!(has(&ms, Organization, "U.S. Army"), "{ms:?}");
        let ms = mentions(
            "Later, he met with Chairman of the Joint Chiefs of Staff Air Force Gen. Ana Costa.",
        );
        assert!(has(&ms, Organization, "Joint Chiefs of Staff"), "{ms:?}");
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
        // (A branch after an army's name is the branch's: "Army Navy".)
        let ms = mentions(
            "He met Commander of the People's Liberation Army Navy Vice Admiral Ana Costa.",
        );
        assert!(
            has(&ms, Organization, "People's Liberation Army Navy"),
            "{ms:?}"
        );
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
        let ms = mentions("They signed a codeshare deal with Air Astana and Air France.");
        assert!(has(&ms, Organization, "Air Astana"), "{ms:?}");
        // ... also inside a title, before its head's name (not the town
        // Astana as his given name).
        for text in [
            "He received the Chairman of the Board of Air Astana Tom Berg.",
            "He received Air Astana CEO Tom Berg.",
        ] {
            let ms = mentions(text);
            assert!(has(&ms, Organization, "Air Astana"), "{ms:?}");
            assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
        }
        assert!(has(&ms, Organization, "Air France"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // Companies by their legal form or kind: "Pte", "Consortium".
        let ms = mentions("Harbour Investment Pte. Ltd. and Anaklia Development Consortium won.");
        assert!(
            has(&ms, Organization, "Anaklia Development Consortium"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn titles_in_lower_case_and_shared_by_a_list() {
        let text = "Zakir Hasanov, Azerbaijani defense minister, colonel-general, met his counterpart. He also met Gurbanguly Berdimuhamedov, chairman of the Turkmen People's Council. He then left.";
        assert_eq!(
            titles(text, "Zakir Hasanov"),
            ["defense minister", "colonel-general"]
        );
        assert_eq!(
            titles(text, "Gurbanguly Berdimuhamedov"),
            ["chairman of the Turkmen People's Council"]
        );
        let text = "Talks are set. Russian and Azerbaijani foreign ministers Sergey Lavrov and Jayhun Bayramov will hold talks. It was set up by the presidents of Azerbaijan and Turkey Ilham Aliyev and Recep Erdogan.";
        assert_eq!(titles(text, "Sergey Lavrov"), ["foreign minister"]);
        assert_eq!(titles(text, "Jayhun Bayramov"), ["foreign minister"]);
        assert_eq!(titles(text, "Ilham Aliyev"), ["president"]);
        assert_eq!(titles(text, "Recep Erdogan"), ["president"]);
        let text = "Chairman of the Georgian Dream party Ana Costa met the opposition party leader Piotr Nowak.";
        assert_eq!(
            titles(text, "Ana Costa"),
            ["Chairman of the Georgian Dream party"]
        );
        assert_eq!(titles(text, "Piotr Nowak"), ["opposition party leader"]);
        let text = "He received a delegation of the bank led by its chairman Tom Berg.";
        assert_eq!(titles(text, "Tom Berg"), ["chairman"]);
        let text = "The talks were attended by Ukraine's commander-in-chief Ion Rusu.";
        assert_eq!(titles(text, "Ion Rusu"), ["commander-in-chief"]);
        let text = "The delegation of Georgia is composed of Economy Minister Natia Turnava and head of the Administration of the Government of Georgia Ilia Darchiashvili.";
        assert_eq!(
            titles(text, "Ilia Darchiashvili"),
            ["head of the Administration of the Government of Georgia"]
        );
        // A lower-case word with no head is no title, nor the end of one;
        // a portfolio's words before a head are ("foreign affairs chief",
        // as the dev corpus's gold has it).
        let text = "He was the first to arrive, Jan Kowalski said. EU foreign affairs chief Josep Borrell agreed.";
        assert!(titles(text, "Jan Kowalski").is_empty());
        assert_eq!(titles(text, "Josep Borrell"), ["foreign affairs chief"]);
        let text = "He met EU High Representative for Foreign Affairs and Security Policy Federica Mogherini.";
        assert_eq!(
            titles(text, "Federica Mogherini"),
            ["EU High Representative for Foreign Affairs and Security Policy"]
        );
        // (Nor before a rank alone: "... Air Force and Air Defense Major
        // General"; a rank alone after "and" is one.)
        let text = "He met the Commander of the Air Force and Air Defense Major General Ion Rusu and the Minister of Defence and Army General Tom Berg.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            [
                "Commander of the Air Force and Air Defense",
                "Major General"
            ]
        );
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Minister of Defence", "Army General"]
        );
        let text = "He left. Armenian opposition leader Nikol Pashinyan met former president Serzh Sarksyan.";
        assert_eq!(titles(text, "Nikol Pashinyan"), ["opposition leader"]);
        assert_eq!(titles(text, "Serzh Sarksyan"), ["former president"]);
        let text = "He left. Wang Yi, director of the Office of the Central Foreign Affairs Commission, also attended.";
        assert_eq!(
            titles(text, "Wang Yi"),
            ["director of the Office of the Central Foreign Affairs Commission"]
        );
        let text = "He left. Saudi Crown Prince Mohammed bin Salman arrived.";
        assert_eq!(titles(text, "Mohammed bin Salman"), ["Crown Prince"]);
        let text = "He received a delegation led by Ms. Anna Fotyga, Chair of the Subcommittee on Security and Defence of the European Parliament. He also met Speaker of the Milli Majlis Sahiba Gafarova.";
        assert_eq!(
            titles(text, "Anna Fotyga"),
            ["Chair of the Subcommittee on Security and Defence of the European Parliament"]
        );
        assert_eq!(
            titles(text, "Sahiba Gafarova"),
            ["Speaker of the Milli Majlis"]
        );
        let text = "He left. As a result, servicemen of the Azerbaijani Army Major General Polad Hashimov and Colonel Ilgar Mirzayev were killed.";
        assert_eq!(titles(text, "Polad Hashimov"), ["Major General"]);
        let text = "He left. Kremlin spokesman Dmitry Peskov told reporters so.";
        assert_eq!(titles(text, "Dmitry Peskov"), ["spokesman"]);
        let text = "He left. The ministry's spokesman Hikmet Hajiyev said so.";
        assert_eq!(titles(text, "Hikmet Hajiyev"), ["spokesman"]);
    }

    #[test]
    fn titles_in_their_usual_shapes() {
        assert_eq!(
            titles(
                "He left. The minister received on Friday the Iranian Ambassador to Armenia Abbas Zohouri.",
                "Abbas Zohouri"
            ),
            ["Ambassador to Armenia"]
        );
        assert_eq!(
            titles(
                "He left. U.S. Secretary of State Antony Blinken visited Kyiv.",
                "Antony Blinken"
            ),
            ["Secretary of State"]
        );
        assert_eq!(
            titles("Talks were held with the Minister of Defense of Belarus, Viktor Khrenin, in Minsk.", "Viktor Khrenin"),
            ["Minister of Defense of Belarus"]
        );
        assert_eq!(
            titles(
                "He met the Minister of Defense of Georgia, Mr. Ion Rusu, on Monday.",
                "Ion Rusu"
            ),
            ["Minister of Defense of Georgia"]
        );
        assert_eq!(
            titles("Moldovan Defense Minister Ana Costa met NATO Deputy Secretary General Mircea Geoana.", "Mircea Geoana"),
            ["NATO Deputy Secretary General"]
        );
        assert_eq!(
            titles(
                "\"The drills went well,\" Col. Gen. Yevgeny Ustinov said.",
                "Yevgeny Ustinov"
            ),
            ["Col. Gen."]
        );
        assert_eq!(
            titles(
                "KFOR is \"the only force in Kosovo\" Defense Minister Ion Rusu said in Belgrade.",
                "Ion Rusu"
            ),
            ["Defense Minister"]
        );
        assert_eq!(
            titles(
                "The talks came as Saudi Defence Minister Prince Khalid bin Salman arrived.",
                "Khalid bin Salman"
            ),
            ["Defence Minister", "Prince"]
        );
        assert_eq!(
            titles("Defense Ministers Visit Tbilisi Turkish Minister of National Defense Hulusi Akar arrived.", "Hulusi Akar"),
            ["Minister of National Defense"]
        );
        // (A body's nationality after its first word opens no title: the
        // title word after it is a service's.)
        assert_eq!(
            titles(
                "Separately, the Commander of the Royal Jordanian Air Force, Brigadier General Khalid Bashir, visited Islamabad.",
                "Khalid Bashir"
            ),
            ["Commander of the Royal Jordanian Air Force", "Brigadier General"]
        );
        // A plural title whose countries a comma closes before the list.
        for name in ["Arman Petrosyan", "Elchin Guliyev"] {
            assert_eq!(
                titles(
                    "The foreign ministers of Armenia and Azerbaijan, Arman Petrosyan and Elchin Guliyev, met in Almaty.",
                    name
                ),
                ["foreign minister"],
                "{name}"
            );
        }
        // ... three countries, listed with a comma, as well; not a title
        // before places listed alone.
        for name in ["Ion Rusu", "Ana Costa", "Tom Berg"] {
            assert_eq!(
                titles(
                    "The presidents of Azerbaijan, Turkey and Georgia, Ion Rusu, Ana Costa and Tom Berg, met in Baku.",
                    name
                ),
                ["president"],
                "{name}"
            );
        }
        assert!(titles(
            "Minister Ion Rusu visited Baku, Ganja and Sheki, Tom Berg said.",
            "Tom Berg"
        )
        .is_empty());
        // (Nor does "of" before a body's nationality.)
        assert_eq!(
            titles(
                "He conveyed the greetings of European Council President Charles Michel.",
                "Charles Michel"
            ),
            ["European Council President"]
        );
    }

    #[test]
    fn persons_after_ranks_and_positions() {
        let ms = mentions("Chief of the General Staff of the Armed Forces, Lieutenant-General Piotr Nowak met Prime Minister Ana Costa.");
        assert!(has(&ms, Person, "Piotr Nowak"), "{ms:?}");
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
        assert!(
            !ms.iter().any(|(k, _)| *k == Organization),
            "a generic title names no organisation: {ms:?}"
        );
    }

    #[test]
    fn the_body_a_title_heads_before_a_rank_is_no_one() {
        for (text, body, name) in [
            ("Bajwa was accompanied by Director General of the Inter-Services Intelligence (ISI) Lieutenant General Faiz Hameed.", "Inter-Services Intelligence", "Faiz Hameed"),
            ("He met Director General of the Inter-Services Intelligence Lieutenant General Faiz Hameed.", "Inter-Services Intelligence", "Faiz Hameed"),
            ("He met the Director General of Inter-Services Public Relations (ISPR) Major General Babar Iftikhar.", "Inter-Services Public Relations", "Babar Iftikhar"),
        ] {
            let ms = mentions(text);
            assert!(has(&ms, Organization, body), "{text}: {ms:?}");
            assert!(!has(&ms, Person, body), "{text}: {ms:?}");
            assert!(has(&ms, Person, name), "{text}: {ms:?}");
        }
        // (A name after a place's "of" is still a name.)
        let ms = mentions("He met the President of Azerbaijan Ilham Aliyev.");
        assert!(has(&ms, Person, "Ilham Aliyev"), "{ms:?}");
    }

    #[test]
    fn a_place_named_with_of_opens_a_body_s_name() {
        let ms = mentions(
            "He met the head of the Islamic Republic of Iran Railways (RAI) in Tehran on Monday.",
        );
        assert!(
            has(&ms, Organization, "Islamic Republic of Iran Railways"),
            "{ms:?}"
        );
        assert!(!has(&ms, Location, "Islamic Republic of Iran"), "{ms:?}");
        assert!(has(&ms, Location, "Tehran"), "{ms:?}");
    }

    #[test]
    fn feasts_are_no_one() {
        let ms = mentions("The presidents congratulated each other on Eid al-Adha, Eid ul-Fitr and Kurban Bayram.");
        assert!(ms.is_empty(), "{ms:?}");
        // (A given name that is a feast's word stays a name.)
        let ms = mentions("Prime Minister Eid Mansour met Tom Berg.");
        assert!(has(&ms, Person, "Eid Mansour"), "{ms:?}");
    }

    #[test]
    fn events_named_by_their_year_are_not_annotated_military_districts_are() {
        let ms = mentions(
            "Troops of Kyrgyzstan joined Issyk-Kul Antiterror 2018 and ADEX 2016 in June 2018.",
        );
        assert!(has(&ms, Location, "Kyrgyzstan"), "{ms:?}");
        assert!(
            !ms.iter()
                .any(|m| m.1.contains("Issyk") || m.1.contains("ADEX")),
            "{ms:?}"
        );
        let doc = crate::analyze(
            " date 2024-05-10 By Jane Roe\n\nThe bank will support COP29 and the UN in Baku.\n",
        )
        .expect("parses");
        assert!(
            !doc.entities.iter().any(|e| e.name == "COP29"),
            "a conference: {:#?}",
            doc.entities
        );
    }

    #[test]
    fn the_closed_organisation_phrase_is_the_organisation() {
        let ms = mentions(
            "He then visited the Defense Ministry, where Defense Minister Ana Costa welcomed him.",
        );
        assert!(has(&ms, Organization, "Defense Ministry"), "{ms:?}");
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
        let ms = mentions("He visited Defense Ministry officials.");
        assert!(!has(&ms, Organization, "Defense Ministry"), "{ms:?}");
        let ms = mentions("Exercises of the Air Force and Air Defense troops of Russia.");
        assert!(!has(&ms, Organization, "Air Force"), "{ms:?}");
    }

    #[test]
    fn no_person_named_by_an_ordinary_word_or_nationalities() {
        let ms = mentions("Visitors of Caspian Oil met Ana Costa. Behind Russian-Belarusian drills, Minister Tom Power spoke.");
        assert!(
            !ms.iter().any(|m| m.0 == Person && m.1.contains("Oil")),
            "{ms:?}"
        );
        assert!(
            !ms.iter().any(|m| m.0 == Person && m.1.contains("Russian")),
            "{ms:?}"
        );
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
        assert!(
            has(&ms, Person, "Tom Power"),
            "a title vouches for the name: {ms:?}"
        );
        // ... as a given name does: untitled, a surname that is a word.
        let ms = mentions(
            "The talks were attended by Gordon Brown and Emmanuel Macron. He read Eurasia Insight.",
        );
        assert!(has(&ms, Person, "Gordon Brown"), "{ms:?}");
        assert!(has(&ms, Person, "Emmanuel Macron"), "{ms:?}");
        assert!(!has(&ms, Person, "Eurasia Insight"), "{ms:?}");
    }

    #[test]
    fn places_joined_into_a_route_name_a_project() {
        let ms = mentions("Talks on the Baku-Tbilisi-Kars (BTK) railway and the Baku-Tbilisi-Ceyhan oil pipeline eased Armenia-Azerbaijan tension.");
        assert!(has(&ms, Organization, "Baku-Tbilisi-Kars"), "{ms:?}");
        assert!(has(&ms, Organization, "Baku-Tbilisi-Ceyhan"), "{ms:?}");
        assert!(!has(&ms, Location, "Tbilisi"), "{ms:?}");
        assert!(has(&ms, Location, "Armenia"), "{ms:?}");
        // So does a route across a place.
        // (So do places of several words each.)
        let ms = mentions("They backed the Persian Gulf-Black Sea transport corridor and the Black Sea-Caspian Sea route.");
        assert!(has(&ms, Organization, "Persian Gulf-Black Sea"), "{ms:?}");
        assert!(has(&ms, Organization, "Black Sea-Caspian Sea"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k != Organization), "{ms:?}");
        let ms = mentions("They backed the Trans-Caspian corridor near the Lachin corridor.");
        assert!(has(&ms, Organization, "Trans-Caspian"), "{ms:?}");
        assert!(has(&ms, Location, "Lachin corridor"), "{ms:?}");
        // So does a power line (not a front line).
        let ms = mentions("They discussed the Balti-Suceava power line, the Iran-Armenia power transmission line and the Armenia-Azerbaijan front line.");
        assert!(has(&ms, Organization, "Balti-Suceava"), "{ms:?}");
        assert!(has(&ms, Organization, "Iran-Armenia"), "{ms:?}");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
    }

    #[test]
    fn places_of_several_words_joined_by_a_hyphen_are_each_a_place() {
        // (Not a person's name of two words: "Korea-Central Asia".)
        for (text, places) in [
            (
                "Leaders will attend the Korea-Central Asia summit next year.",
                &["Korea", "Central Asia"][..],
            ),
            (
                "Leaders will attend the Central Asia-China summit next year.",
                &["Central Asia", "China"][..],
            ),
            (
                "The South Caucasus-Japan talks went on.",
                &["South Caucasus", "Japan"][..],
            ),
        ] {
            let ms = mentions(text);
            for p in places {
                assert!(has(&ms, Location, p), "{text}: {ms:?}");
            }
            assert!(!ms.iter().any(|(k, _)| *k == Person), "{text}: {ms:?}");
        }
    }

    #[test]
    fn places_in_a_position_s_remit_are_part_of_the_title() {
        let ms = mentions("He met WB Vice-President for Europe and Central Asia Anna Bjerde and the President of Azerbaijan in Baku, then the Regional Director for Sustainable Development for Europe\nand Central Asia, Ion Rusu.");
        assert!(!has(&ms, Location, "Europe"), "{ms:?}");
        assert!(!has(&ms, Location, "Central Asia"), "{ms:?}");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
        assert!(has(&ms, Location, "Baku"), "{ms:?}");
        assert!(has(&ms, Person, "Anna Bjerde"), "{ms:?}");
    }

    #[test]
    fn places_listed_in_a_remit_are_part_of_the_title() {
        let ms = mentions("He received a delegation led by the Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia, Laura Cooper, in Astana.");
        for place in ["Russia", "Ukraine", "Eurasia"] {
            assert!(!has(&ms, Location, place), "{place}: {ms:?}");
        }
        assert!(has(&ms, Location, "Astana"), "{ms:?}");
        // (A name after the remit's one place stays a name.)
        let ms = mentions("She met the Minister of State for Europe, Anna Lindqvist, on Friday.");
        assert!(has(&ms, Person, "Anna Lindqvist"), "{ms:?}");
        // So are places after the article.
        let ms = mentions("He met NATO Special Representative for the Caucasus and Central Asia Javier Colomina and the EU Special Representative for the South Caucasus Toivo Klaar in Baku.");
        for place in ["Caucasus", "Central Asia", "South Caucasus"] {
            assert!(!has(&ms, Location, place), "{place}: {ms:?}");
        }
        assert!(has(&ms, Person, "Toivo Klaar"), "{ms:?}");
        assert!(has(&ms, Location, "Baku"), "{ms:?}");
        // (Not the article's place after a title that is no remit's: "the
        // Commissioner's funds for the South Caucasus".)
        let ms = mentions("He asked for more funds for the South Caucasus.");
        assert!(has(&ms, Location, "South Caucasus"), "{ms:?}");
    }

    #[test]
    fn a_surname_after_a_title_s_remit_is_a_person() {
        let ms = mentions("Messages came from President of United States Biden and Prime Minister of the United Kingdom Sunak.");
        assert!(has(&ms, Person, "Biden"), "{ms:?}");
        assert!(has(&ms, Person, "Sunak"), "{ms:?}");
        assert!(has(&ms, Location, "United Kingdom"), "{ms:?}");
    }

    #[test]
    fn a_country_s_institution_is_an_organisation() {
        let ms = mentions(
            "Armenia's National Assembly ratified it, and Russia’s Defense Ministry said so.",
        );
        assert!(has(&ms, Organization, "National Assembly"), "{ms:?}");
        assert!(has(&ms, Organization, "Defense Ministry"), "{ms:?}");
        // Without the possessive of a place these words name no one body,
        // and a title after a possessive stays a title.
        let ms = mentions("The committee's Defense Ministry members and Russia's Defense Minister Sergei Shoigu met.");
        assert!(!ms.iter().any(|m| m.0 == Organization), "{ms:?}");
    }

    #[test]
    fn a_legislature_named_by_its_kind_is_an_organisation() {
        // Even before or inside a title: a named organisation in a job
        // title is annotated.
        let text = "National Assembly Speaker Alen Simonyan met Senate President Ion Rusu. The Grand National Assembly voted. He met Speaker of the National Assembly Tom Berg and Parliament Speaker Ana Costa.";
        let ms = mentions(text);
        for org in [
            "National Assembly",
            "Senate",
            "Grand National Assembly",
            "Parliament",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert_eq!(titles(text, "Alen Simonyan"), ["National Assembly Speaker"]);
        assert_eq!(titles(text, "Ion Rusu"), ["Senate President"]);
        // A legislature's short name or a body's acronym takes its country
        // ("of Lithuania" is inside the name); a company's names where it is
        // from.
        let text = "He met Speaker of the Seimas of Lithuania Tom Berg at the MFA of Armenia. ACWA Power of Saudi Arabia and the State Duma of the Russian Federation agreed.";
        let ms = mentions(text);
        for org in [
            "Seimas of Lithuania",
            "MFA of Armenia",
            "ACWA Power",
            "State Duma of the Russian Federation",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(has(&ms, Location, "Saudi Arabia"), "{ms:?}");
        assert!(!has(&ms, Location, "Lithuania"), "{ms:?}");
        assert_eq!(
            titles(text, "Tom Berg"),
            ["Speaker of the Seimas of Lithuania"]
        );
        // (A crawl excerpt may stop at "of the".)
        for text in ["He visited the MFA of the", "He visited the Seimas of the"] {
            assert_eq!(mentions(text).len(), 1, "{text}");
        }
        // A legislature's side opens a leader's title after it: the
        // legislature is the organisation; "House" is a title's word.
        let text = "He met House Speaker Mike Johnson, Senate Majority Leader Chuck Schumer and Senate Republican leader Mitch McConnell.";
        let ms = mentions(text);
        assert!(has(&ms, Organization, "Senate"), "{ms:?}");
        assert!(
            !ms.iter().any(|m| m.0 == Organization && m.1.contains(' ')),
            "{ms:?}"
        );
        assert_eq!(titles(text, "Mike Johnson"), ["House Speaker"]);
        assert_eq!(titles(text, "Chuck Schumer"), ["Senate Majority Leader"]);
        // A lone "Assembly" is a gathering's as often.
        let ms = mentions("Delegates met at the 148th Assembly.\nAssembly members spoke.");
        assert!(!ms.iter().any(|m| m.0 == Organization), "{ms:?}");
    }

    #[test]
    fn a_people_s_council_is_one_name() {
        let ms = mentions("He met the chairman of the Turkmen People's Council in Ashgabat.");
        assert!(has(&ms, Organization, "Turkmen People's Council"), "{ms:?}");
    }

    #[test]
    fn a_remit_of_two_places_is_one_title() {
        let text = "He met Commander of U.S. Army Europe and Africa General Darryl Williams.";
        assert_eq!(
            titles(text, "Darryl Williams"),
            ["Commander of U.S. Army Europe and Africa", "General"]
        );
    }

    #[test]
    fn mixed_case_acronyms() {
        for w in ["IsDB", "MoD", "MoFA", "KfW", "UzA"] {
            assert!(super::mixed_acronym(w), "{w}");
        }
        for w in [
            "MoU", "PhD", "NATO", "Mr", "McCain", "DeSantis", "Baku", "iPhone", "MaaS",
        ] {
            assert!(!super::mixed_acronym(w), "{w}");
        }
    }

    #[test]
    fn a_cabinet_secretary_is_a_position_not_the_cabinet() {
        let ms = mentions("Austin hosted Kenyan Cabinet Secretary for Defence Aden Bare Duale at the Pentagon, and the Cabinet of Ministers met.");
        assert!(has(&ms, Person, "Aden Bare Duale"), "{ms:?}");
        assert_eq!(
            titles(
                "Austin hosted Kenyan Cabinet Secretary for Defence Aden Bare Duale.",
                "Aden Bare Duale"
            ),
            ["Cabinet Secretary for Defence"]
        );
        assert!(
            !ms.iter()
                .any(|m| m.0 == Organization && m.1.contains("Secretary")),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Cabinet of Ministers"), "{ms:?}");
    }

    #[test]
    fn a_hijri_month_before_its_day_and_year_is_no_person() {
        let ms = mentions("Riyadh, Jumada Al-Akhirah 05, 1446, December 06, 2024, SPA -- Prince Tom Berg met Rajab Aliyev.");
        assert!(!ms.iter().any(|m| m.1.contains("Jumada")), "{ms:?}");
        assert!(has(&ms, Person, "Rajab Aliyev"), "{ms:?}");
        assert!(super::hijri_date_after(" 05, 1446, December", 0));
        assert!(super::hijri_date_after(" 5 1446", 0));
        assert!(!super::hijri_date_after(" 5, 2024", 0));
        assert!(!super::hijri_date_after(" 5, 14", 0));
        assert!(!super::hijri_date_after("", 0));
    }

    #[test]
    fn a_unit_s_own_name_after_its_kind_is_no_person() {
        let ms = mentions("He visited the Mechanised Infantry Brigade Iron Wolf in Rukla and the Infantry Brigade General Tom Berg commands.");
        assert!(
            has(&ms, Organization, "Mechanised Infantry Brigade Iron Wolf"),
            "{ms:?}"
        );
        assert!(
            !ms.iter().any(|m| m.0 == Person && m.1.contains("Wolf")),
            "{ms:?}"
        );
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
        // A unit's kind before its commander's title is the title's.
        let text =
            "He met with Brigade Commander Colonel Ion Rusu and Battalion Commander Ana Costa.";
        assert_eq!(titles(text, "Ion Rusu"), ["Brigade Commander", "Colonel"]);
        assert_eq!(titles(text, "Ana Costa"), ["Battalion Commander"]);
    }

    #[test]
    fn plural_possessives_inside_names() {
        let ms = mentions(
            "They laid wreaths at Martyrs’ Alley and the Turkish Martyrs' Cemetery in Baku.",
        );
        assert!(has(&ms, Location, "Martyrs’ Alley"), "{ms:?}");
        assert!(has(&ms, Location, "Turkish Martyrs' Cemetery"), "{ms:?}");
    }

    #[test]
    fn venues_are_locations() {
        let ms =
            mentions("The show opened at the Baku Expo Center, near the Combat Operation Center.");
        assert!(has(&ms, Location, "Baku Expo Center"), "{ms:?}");
        assert!(has(&ms, Location, "Combat Operation Center"), "{ms:?}");
        assert!(
            !ms.iter()
                .any(|m| m.0 == Organization && m.1.contains("Center")),
            "{ms:?}"
        );
    }

    #[test]
    fn embassies_are_organisations() {
        let ms = mentions(
            "According to the Embassy of Islamic Republic of Iran in Islamabad, talks went well.",
        );
        assert!(
            has(&ms, Organization, "Embassy of Islamic Republic of Iran"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Islamabad"), "{ms:?}");
    }

    #[test]
    fn plural_ministries_name_no_one_organisation() {
        let ms =
            mentions("A plan between the Defense Ministries of Azerbaijan and Russia was signed.");
        assert!(!ms.iter().any(|m| m.0 == Organization), "{ms:?}");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
        assert!(has(&ms, Location, "Russia"), "{ms:?}");
    }

    #[test]
    fn an_organisation_of_a_group_s_countries() {
        let ms = mentions("A meeting of the Committee of the Chiefs of General Staff of the CIS countries opened in Baku.");
        assert!(
            has(
                &ms,
                Organization,
                "Committee of the Chiefs of General Staff of the CIS countries"
            ),
            "{ms:?}"
        );
    }

    #[test]
    fn an_institution_runs_on_over_whom_it_is_named_after() {
        let ms = mentions("He visited the Military Lyceum named after Heydar Aliyev and the National Defense University named after the First President of Kazakhstan.\nThen he left.");
        assert!(
            has(
                &ms,
                Organization,
                "Military Lyceum named after Heydar Aliyev"
            ),
            "{ms:?}"
        );
        assert!(
            has(
                &ms,
                Organization,
                "National Defense University named after the First President of Kazakhstan"
            ),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|m| m.0 != Organization), "{ms:?}");
        // (Also over "of the": "... of the Republic of Kazakhstan".)
        let ms = mentions("He visited the National Defense University named after the First President of the Republic of Kazakhstan.");
        assert!(
            has(
                &ms,
                Organization,
                "National Defense University named after the First President of the Republic of Kazakhstan"
            ),
            "{ms:?}"
        );
        // Not a person's name after a place.
        let ms = mentions("A street in Baku named after Heydar Aliyev was opened.");
        assert!(has(&ms, Person, "Heydar Aliyev"), "{ms:?}");
        // A school's name may say only "after".
        let ms = mentions("They visited the Military University after Ion Rusu. The Army after Tom Berg's order left.");
        assert!(
            has(&ms, Organization, "Military University after Ion Rusu"),
            "{ms:?}"
        );
        assert!(!has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
    }

    #[test]
    fn a_command_school_s_fields_make_one_name() {
        let ms = mentions("They visited the Chirchik Higher Tank Command and Engineering School and the Army Command and General Staff College.");
        assert!(
            has(
                &ms,
                Organization,
                "Chirchik Higher Tank Command and Engineering School"
            ),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Army Command and General Staff College"),
            "{ms:?}"
        );
    }

    #[test]
    fn an_organisation_of_a_region_s_states() {
        let ms = mentions(
            "They met at the Council of Foreign Ministers of the Central Asian states in Astana.",
        );
        assert!(
            has(
                &ms,
                Organization,
                "Council of Foreign Ministers of the Central Asian states"
            ),
            "{ms:?}"
        );
        // "states" after a name is a verb.
        let ms = mentions("The Council of the European Union states that trade grew.");
        assert!(!ms.iter().any(|m| m.1.ends_with("states")), "{ms:?}");
    }

    #[test]
    fn places_naming_a_document_are_not_mentions() {
        let ms = mentions(
            "Cooperation under the Trabzon declaration grew in Baku and the Minsk agreements held.",
        );
        assert!(!has(&ms, Location, "Trabzon"), "{ms:?}");
        assert!(!has(&ms, Location, "Minsk"), "{ms:?}");
        assert!(has(&ms, Location, "Baku"), "{ms:?}");
    }

    #[test]
    fn outlet_credits_are_not_mentions() {
        let ms = mentions("Baku. 1 June. REPORT.AZ/ President Ana Costa met Sputnik reporters.\nTroops on parade. - Sputnik International\nAZERTAG.AZ :Talks held");
        assert!(!has(&ms, Organization, "REPORT.AZ"), "{ms:?}");
        assert!(!has(&ms, Organization, "Sputnik International"), "{ms:?}");
        assert!(!has(&ms, Organization, "AZERTAG.AZ"), "{ms:?}");
        assert!(
            has(&ms, Organization, "Sputnik"),
            "named in the story: {ms:?}"
        );
        let ms = mentions("He praised Belarus, according to RIA Novosti./ CNA.al");
        assert!(!has(&ms, Organization, "CNA"), "a source line: {ms:?}");
        assert!(has(&ms, Organization, "RIA Novosti"), "{ms:?}");
    }

    #[test]
    fn organisation_phrases() {
        let ms = mentions("The Lithuanian Defense Ministry and the Ministry of Finance met officers of the Armed Forces of the Republic of Lithuania and the 182nd Infantry Brigade.");
        assert!(
            has(&ms, Organization, "Lithuanian Defense Ministry"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Ministry of Finance"), "{ms:?}");
        assert!(
            has(
                &ms,
                Organization,
                "Armed Forces of the Republic of Lithuania"
            ),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "182nd Infantry Brigade"), "{ms:?}");
        assert!(
            !has(&ms, Location, "Lithuania"),
            "nested names are not mentions: {ms:?}"
        );
    }

    #[test]
    fn organisation_stops_before_a_person() {
        let ms = mentions("He met the Chief of General Staff of the Estonian Defence Forces General Martin Herem.");
        assert!(has(&ms, Organization, "Estonian Defence Forces"), "{ms:?}");
        assert!(has(&ms, Person, "Martin Herem"), "{ms:?}");
    }

    #[test]
    fn acronyms_in_parentheses() {
        let ms = mentions("The Supreme Allied Commander Europe (SACEUR) visited Papua New Guinea (PNG) and the Asian Development Bank (ADB).");
        assert!(
            !ms.iter().any(|(_, t)| t == "SACEUR"),
            "a position is not an organisation: {ms:?}"
        );
        assert!(has(&ms, Location, "PNG"), "{ms:?}");
        assert!(has(&ms, Organization, "ADB"), "{ms:?}");
        assert!(
            !has(&ms, Location, "Europe"),
            "a place closing a title is part of it: {ms:?}"
        );
        // A named transport route, spelled out too.
        let ms = mentions("They discussed the Trans-Caspian International Transport Route (TITR).");
        assert!(
            has(
                &ms,
                Organization,
                "Trans-Caspian International Transport Route"
            ),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "TITR"), "{ms:?}");
        // An acronym after a place that it does not start like is another's.
        let ms = mentions(
            "They discussed the EU mission in Armenia (EUMA) and the railway to Kars (BTK).",
        );
        assert!(!has(&ms, Location, "EUMA"), "{ms:?}");
        assert!(!has(&ms, Location, "BTK"), "{ms:?}");
        // A name spelled out over "in", which the acronym spells too.
        let ms = mentions("The United Nations Interim Force in Lebanon (UNIFIL) said so.");
        assert!(
            has(&ms, Organization, "United Nations Interim Force in Lebanon"),
            "{ms:?}"
        );
        // (Not one whose acronym leaves the place out.)
        let ms = mentions("The European Union Monitoring Mission in Georgia (EUMM) said so.");
        assert!(
            has(&ms, Organization, "European Union Monitoring Mission"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Georgia"), "{ms:?}");
        // ... but one that spells the first word, some others and the
        // place's (after "of the").
        let ms = mentions("He met a team of the European Union Monitoring Mission in Armenia (EUMA) and of the United Nations Interim Force in Lebanon (UNIFIL).");
        for org in [
            "European Union Monitoring Mission in Armenia",
            "United Nations Interim Force in Lebanon",
        ] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        // (Capitals beyond ASCII: compared by character, not byte.)
        let ms = mentions(
            "He met staff of the Österreichische Union Mission in Armenia (ÖUMA) in Vienna.",
        );
        assert!(
            has(
                &ms,
                Organization,
                "Österreichische Union Mission in Armenia"
            ),
            "{ms:?}"
        );
        // (An acronym in brackets at the very start, or after a lone "in",
        // has no name before it to spell out: it is read alone.)
        let ms = mentions("(UN) said so. in (UN) too.");
        assert!(has(&ms, Organization, "UN"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
    }

    #[test]
    fn a_site_named_over_of_is_named_whole() {
        let places = crate::test_support::names_of(
            "In Riga, President Ion Rusu laid a wreath at the Defender of the Fatherland monument.",
            Location,
        );
        assert_eq!(places, ["Riga", "Defender of the Fatherland monument"]);
        // So is a palace "of" its name.
        let places = crate::test_support::names_of(
            "He was received by President Ion Rusu at the Palace of Independence.",
            Location,
        );
        assert_eq!(places, ["Palace of Independence"]);
    }

    #[test]
    fn where_an_analyst_works_is_an_organisation() {
        let body = "Ana Costa, a senior fellow at Carnegie Europe, and Tom Berg, an analyst with the Eurasia Group, spoke in Brussels.";
        let orgs = crate::test_support::names_of(body, Organization);
        assert_eq!(orgs, ["Carnegie Europe", "Eurasia Group"]);
        let places = crate::test_support::names_of(body, Location);
        assert_eq!(places, ["Brussels"]);
    }

    #[test]
    fn a_club_and_a_grand_prix() {
        let body = "Qarabag FK will play in Baku. Sergio Perez won the Azerbaijan Grand Prix.";
        let orgs = crate::test_support::names_of(body, Organization);
        assert_eq!(orgs, ["Qarabag FK"]);
        let people = crate::test_support::names_of(body, Person);
        assert_eq!(people, ["Sergio Perez"]);
    }

    #[test]
    fn a_council_of_two_countries_is_one_body() {
        let body = "The Supreme Interstate Council of Azerbaijan and Uzbekistan met. The Defense Ministries of Georgia and Armenia did not.";
        let orgs = crate::test_support::names_of(body, Organization);
        assert_eq!(
            orgs,
            ["Supreme Interstate Council of Azerbaijan and Uzbekistan"]
        );
        let places = crate::test_support::names_of(body, Location);
        assert_eq!(places, ["Georgia", "Armenia"]);
    }

    #[test]
    fn a_council_of_heads_of_state_is_one_name() {
        let ms = mentions("The Council of Heads of State of the CIS met. The CIS Council of Heads of Government did not. Heads of State of the region spoke.");
        assert!(
            has(&ms, Organization, "Council of Heads of State of the CIS"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "CIS Council of Heads of Government"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(_, m)| m.starts_with("Heads")), "{ms:?}");
    }

    #[test]
    fn numbered_sessions_are_events_and_numbered_units_organisations() {
        let ms = mentions("The 148th Assembly of the Union opens in Geneva. Troops of the 173rd Infantry Brigade and the 5th Fleet arrived.");
        assert!(has(&ms, Organization, "173rd Infantry Brigade"), "{ms:?}");
        assert!(has(&ms, Organization, "5th Fleet"), "{ms:?}");
        assert!(has(&ms, Location, "Geneva"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, m)| m.contains("Assembly")),
            "a numbered session is an event: {ms:?}"
        );
    }

    #[test]
    fn a_name_cut_off_after_a_nationality_is_not_joined() {
        let cut = mentions("The talks went well. Officials in Baku said. He thanked the Ministry of Defense of the Russian");
        assert!(
            !cut.iter().any(|(_, m)| m.ends_with("Russian")),
            "an excerpt stopping inside a name: {cut:?}"
        );
        let whole = mentions("The talks went well. Officials in Baku said. He thanked the Ministry of Defense of the Russian Federation.");
        assert!(
            has(
                &whole,
                Organization,
                "Ministry of Defense of the Russian Federation"
            ),
            "{whole:?}"
        );
    }

    #[test]
    fn a_company_unit_named_by_its_region_is_one_organisation() {
        let ms = mentions("Jane Doe, vice president at BP Azerbaijan-Georgia-Turkey, said BP and SOCAR Turkey grew in Georgia.");
        assert!(
            has(&ms, Organization, "BP Azerbaijan-Georgia-Turkey"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "SOCAR Turkey"), "{ms:?}");
        assert!(has(&ms, Organization, "BP"), "{ms:?}");
        assert_eq!(
            ms.iter()
                .filter(|(k, _)| *k == Location)
                .map(|(_, m)| m.as_str())
                .collect::<Vec<_>>(),
            ["Georgia"],
            "the regions belong to the names: {ms:?}"
        );
    }

    #[test]
    fn oil_and_gas_fields_are_sites() {
        let ms = mentions(
            "Gas flows from the Azerbaijani field Shah Deniz and the Umid gas field to Europe.",
        );
        assert!(has(&ms, Location, "Shah Deniz"), "{ms:?}");
        assert!(has(&ms, Location, "Umid"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, m)| m == "Azerbaijani"),
            "a nationality is no field: {ms:?}"
        );
        let ms = mentions("They signed a deal on the Shafag-Asiman block in the Caspian Sea.");
        assert!(has(&ms, Location, "Shafag-Asiman"), "{ms:?}");
        let ms =
            mentions("They agreed to speed up work on the Oyu Tolgoi copper mine in the south.");
        assert!(has(&ms, Location, "Oyu Tolgoi"), "{ms:?}");
        // (Its acronym in brackets between: "... (ACG) field".)
        let ms = mentions(
            "BP runs the Azeri-Chirag-Gunashli (ACG) field and the Karvel Deniz (KD) field.",
        );
        assert!(has(&ms, Location, "Azeri-Chirag-Gunashli"), "{ms:?}");
        assert!(has(&ms, Location, "Karvel Deniz"), "{ms:?}");
    }

    #[test]
    fn names_quoted_after_an_event_word_are_the_events() {
        let ms = mentions("Ilham Aliyev opened the International Exhibition \"Oil and Gas of the Caspian Sea\" in Baku and the Forum “Energy of Azerbaijan” there.");
        assert!(has(&ms, Location, "Baku"), "{ms:?}");
        assert!(has(&ms, Person, "Ilham Aliyev"), "{ms:?}");
        assert!(
            !ms.iter()
                .any(|(_, m)| m.contains("Caspian") || m == "Azerbaijan"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_capitalised_preposition_ends_a_place_in_a_headline() {
        let doc = crate::analyze(" date 2021-07-09 Minister Meets Counterpart in Dushanbe Amid Border Tensions\nThe minister held talks with Ion Rusu.\n").expect("parses");
        assert!(
            doc.entities
                .iter()
                .any(|e| e.name == "Dushanbe" && e.mentions[0].text == "Dushanbe"),
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn a_cut_off_sentence_is_not_a_title_case_headline() {
        let ms = mentions("The talks went well, officials said.\n\nThe Ambassador of Poland to the Republic of Latvia Jan Kowalski also att");
        assert!(has(&ms, Person, "Jan Kowalski"), "{ms:?}");
    }

    #[test]
    fn an_acronym_after_a_title_and_its_organisation_names_the_organisation() {
        let doc = crate::analyze(" date 2022-05-10 By Jane Roe\n\nHe met Jan Nowak, Chairman of Poland Railways CJSC (PKP). PKP will grow.\n")
            .expect("parses");
        let org = doc
            .entities
            .iter()
            .find(|e| e.name == "Poland Railways CJSC")
            .expect("the organisation");
        let texts: Vec<&str> = org.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Poland Railways CJSC", "PKP", "PKP"],
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn acronyms_of_events_are_not_organisations() {
        let ms = mentions("Ministers met at the annual Australia-United States Ministerial Consultations (AUSMIN). AUSMIN ended. The Asian Development Bank (ADB) and ADB staff came. The North Atlantic Treaty Organization (NATO) and NATO agreed.");
        assert_eq!(ms.iter().filter(|(_, m)| m == "NATO").count(), 2, "{ms:?}");
        assert!(
            !ms.iter().any(|(_, m)| m == "AUSMIN"),
            "an event's acronym, in every mention: {ms:?}"
        );
        assert_eq!(ms.iter().filter(|(_, m)| m == "ADB").count(), 2, "{ms:?}");
        // An event's name spelled by its acronym is no organisation, nor a
        // place in it; a conference on two fields is a standing body, its
        // acronym spelled with a name in capitals whole.
        let ms = mentions("He spoke at the International Conference on Afghanistan (ICA). ICA ended. He met staff of the UN Conference on Trade and Development (UNCTAD). UNCTAD agreed.");
        assert!(
            !ms.iter()
                .any(|(_, m)| m.contains("Afghanistan") || m == "ICA"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "UN Conference on Trade and Development"),
            "{ms:?}"
        );
        assert_eq!(
            ms.iter().filter(|(_, m)| m == "UNCTAD").count(),
            2,
            "{ms:?}"
        );
    }

    #[test]
    fn numbered_documents_are_not_annotated_nor_names_inside() {
        let ms =
            mentions("It violates UN Security Council Resolution 1244, NATO said in Brussels.");
        assert!(has(&ms, Organization, "NATO"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, m)| m.contains("Security Council")),
            "{ms:?}"
        );
    }

    #[test]
    fn credits_events_and_labels_are_not_entities() {
        let ms = mentions("Soldiers parade in Riga. (AP Photo/Maris Ozols) The Great Patriotic War ended. UPDATE: the AZN 3 million fund grew.");
        assert!(has(&ms, Location, "Riga"), "{ms:?}");
        for t in ["Maris Ozols", "AP", "Great Patriotic War", "UPDATE", "AZN"] {
            assert!(
                !ms.iter().any(|(_, m)| m == t),
                "{t} should not be a mention: {ms:?}"
            );
        }
    }

    #[test]
    fn sites_are_locations_and_ordinary_capitals_are_not_people() {
        let ms = mentions("The guests laid a wreath in Freedom Square. They discussed Climate Change, as climate change worries them.");
        assert!(has(&ms, Location, "Freedom Square"), "{ms:?}");
        assert!(!ms.iter().any(|(_, m)| m == "Climate Change"), "{ms:?}");
        let ms = mentions("The delegation began its Study Trip with Dana Whitlock of the NATO Allied Command Operations.");
        assert!(
            !ms.iter().any(|(_, m)| m == "Study Trip"),
            "dictionary words name nobody: {ms:?}"
        );
        assert!(has(&ms, Person, "Dana Whitlock"), "{ms:?}");
        assert!(
            has(&ms, Organization, "NATO Allied Command Operations"),
            "{ms:?}"
        );
    }

    #[test]
    fn long_acronyms_that_are_no_english_words() {
        let text = "He met CENTCOM Commander Tom Berg. FRONTEX said so. BREAKING: talks end.";
        let ms = mentions(text);
        assert!(has(&ms, Organization, "CENTCOM"), "{ms:?}");
        assert!(has(&ms, Organization, "FRONTEX"), "{ms:?}");
        assert!(!has(&ms, Organization, "BREAKING"), "{ms:?}");
        assert_eq!(titles(text, "Tom Berg"), ["CENTCOM Commander"]);
        // A dateline in capitals is no acronym; the agency after it no
        // short name of the place.
        // (An agency in capitals after it is named: "INTERFAX-AVN".)
        let ms = mentions("Moscow. Nov 10. INTERFAX-AVN - The minister met his counterpart.");
        assert!(has(&ms, Organization, "INTERFAX-AVN"), "{ms:?}");
        let ms = mentions("BRASILIA (Reuters) - He came. İSTANBUL (AA) - He went.");
        assert!(has(&ms, Location, "BRASILIA"), "{ms:?}");
        assert!(has(&ms, Location, "İSTANBUL"), "{ms:?}");
        assert!(has(&ms, Organization, "AA"), "{ms:?}");
    }

    #[test]
    fn a_remit_listed_with_commas_is_one_title() {
        let text = "He met Minister of Investment, Industry and Trade Ion Rusu. Ministers Ana Costa, Tom Berg and Lars Holm came.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Minister of Investment, Industry and Trade"]
        );
        // (Names listed are no remit.)
        assert_eq!(titles(text, "Tom Berg"), ["Minister"]);
        // Places listed are.
        let text = "He met Deputy Assistant Secretary of State for Caucasus, Eastern Europe and Central Asia Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Deputy Assistant Secretary of State for Caucasus, Eastern Europe and Central Asia"]
        );
        // So is a committee's remit after "on" (a field word that also
        // qualifies titles, "Security", among its fields), and the
        // committee is one organisation.
        let text =
            "He met Chairman of the Committee on Defense, Security and Anti-corruption Ion Rusu.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Chairman of the Committee on Defense, Security and Anti-corruption"]
        );
        assert!(has(
            &mentions(text),
            Organization,
            "Committee on Defense, Security and Anti-corruption"
        ));
        // A rank after places listed is the name's own.
        let text = "The commanders of Latvia, Lithuania and Estonia, Lieutenant General Ion Rusu, General Tom Berg and General Lars Holm, met.";
        assert_eq!(titles(text, "Ion Rusu"), ["Lieutenant General"]);
        // A first field of two words, and the country closing the remit.
        let text = "The Deputy Minister of Digital Development, Innovation and Aerospace Industry of Azerbaijan Ion Rusu met Tom Berg.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Deputy Minister of Digital Development, Innovation and Aerospace Industry of Azerbaijan"]
        );
        // The remit's last part names no organisation, with its country or
        // without (a ministry's name listed so is one).
        for text in [
            text,
            "He met Minister of Digital Development, Innovation and Aerospace Industry Ion Rusu.",
            // (Over a line broken inside the paragraph.)
            "The memorandum on digital cooperation was signed by Kazakh Minister of Digital\nDevelopment, Innovation and Aerospace Industry Ion Rusu in Astana on\nJune 9, the ministry said.",
        ] {
            let ms = mentions(text);
            assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
        }
        let text = "Ion Rusu met officials of the Ministry of Digital Development, Innovation and Aerospace Industry on Monday.";
        assert!(
            has(
                &mentions(text),
                Organization,
                "Ministry of Digital Development, Innovation and Aerospace Industry"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_plural_title_before_a_list_with_countries() {
        let text = "They met the OSCE Minsk Group Co-Chairs Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the United States in Baku.";
        for name in ["Igor Popov", "Stephane Visconti", "Andrew Schofer"] {
            assert_eq!(titles(text, name), ["OSCE Minsk Group Co-Chair"], "{name}");
        }
        // (A country closing a title stays: "President of the Republic of Azerbaijan".)
        let text = "He met President of the Republic of Azerbaijan Ilham Aliyev.";
        assert_eq!(
            titles(text, "Ilham Aliyev"),
            ["President of the Republic of Azerbaijan"]
        );
    }

    #[test]
    fn a_ministry_s_country_after_its_remit_is_part_of_it() {
        let ms = mentions("The Ministry of Energy of Kazakhstan and the Ministry of Health of the Republic of Uzbekistan signed it in Baku.");
        assert!(
            has(&ms, Organization, "Ministry of Energy of Kazakhstan"),
            "{ms:?}"
        );
        assert!(
            has(
                &ms,
                Organization,
                "Ministry of Health of the Republic of Uzbekistan"
            ),
            "{ms:?}"
        );
        // (Not a city: "the Ministry of Energy of Baku" is no ministry of the city's.)
        let ms = mentions("The Ministry of Energy of Baku said so.");
        assert!(has(&ms, Organization, "Ministry of Energy"), "{ms:?}");
        // (A crawl excerpt that stops after "of the" is read, not a panic.)
        let ms = mentions("He met the Ministry of Energy of the");
        assert!(has(&ms, Organization, "Ministry of Energy"), "{ms:?}");
    }

    #[test]
    fn a_board_s_company_is_named_after_of() {
        let text = "He met Chairman of the Board of KazMunayGas Ion Rusu and the Chairman of the Management Board of Kazakhstan Temir Zholy Ana Costa, then the Board of Executive Directors.";
        let ms = mentions(text);
        assert!(has(&ms, Organization, "KazMunayGas"), "{ms:?}");
        assert!(has(&ms, Organization, "Kazakhstan Temir Zholy"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, m)| m.starts_with("Board of K")),
            "{ms:?}"
        );
        assert!(
            !ms.iter().any(|(_, m)| m.starts_with("Management")),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Board of Executive Directors"),
            "{ms:?}"
        );
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Chairman of the Board of KazMunayGas"]
        );
        // A board of directors is no body of its own: what it heads is
        // named after it, a company or a place.
        let text = "He met Chairman of the Board of Directors of ACWA Power Ion Rusu, the Chairman of the Board of Directors Ana Costa and the Board of Directors of Saudi Arabia's Karvel company.";
        let ms = mentions(text);
        assert!(has(&ms, Organization, "ACWA Power"), "{ms:?}");
        assert!(has(&ms, Location, "Saudi Arabia"), "{ms:?}");
        assert!(!ms.iter().any(|(_, m)| m.contains("Directors")), "{ms:?}");
    }

    #[test]
    fn a_company_s_legal_form_and_a_chief_s_title_after_it() {
        let text = "It was attended by Chief Executive Officer of AzerEnerji OJSC Ion Rusu and the BP Group Chief Executive.";
        let ms = mentions(text);
        assert!(has(&ms, Organization, "AzerEnerji OJSC"), "{ms:?}");
        assert!(has(&ms, Organization, "BP Group"), "{ms:?}");
        assert!(!has(&ms, Person, "AzerEnerji"), "{ms:?}");
        assert!(!has(&ms, Organization, "BP Group Chief"), "{ms:?}");
    }

    #[test]
    fn a_name_numbered_after_it_is_no_person_or_place() {
        let ms = mentions("The Shah Deniz 2 gas flows while Nord Stream 2 was halted and the Power of Siberia 2 pipeline grows.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        assert!(!has(&ms, Location, "Nord"), "{ms:?}");
        assert!(has(&ms, Organization, "Power of Siberia 2"), "{ms:?}");
        // (Not a day, a score or an age.)
        let ms = mentions(
            "He met Ion Rusu 2 March in Baku, after Azerbaijan 2, Armenia 1. Ana Costa, 56, spoke. He has met Tom Berg 3 times.",
        );
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
        assert!(has(&ms, Person, "Ana Costa"), "{ms:?}");
    }

    #[test]
    fn a_patronymic_s_suffix_closes_the_name() {
        let ms = mentions("He met Speaker Nurlanbek Turgunbek uulu and Aida Kasymaly kyzy. Later, Azamat Zhaparov uulu spoke.");
        for name in [
            "Nurlanbek Turgunbek uulu",
            "Aida Kasymaly kyzy",
            "Azamat Zhaparov uulu",
        ] {
            assert!(has(&ms, Person, name), "{name}: {ms:?}");
        }
    }

    #[test]
    fn a_command_s_two_regions_are_its_name() {
        let ms = mentions("He met the Commander of the U.S. Army Europe and Africa, General Ion Rusu. The Armed Forces of Azerbaijan and Russia train.");
        assert!(
            has(&ms, Organization, "U.S. Army Europe and Africa"),
            "{ms:?}"
        );
        assert!(!has(&ms, Location, "Africa"), "{ms:?}");
        assert!(!has(&ms, Location, "United States"), "{ms:?}");
        // (Not two countries after "of".)
        assert!(has(&ms, Location, "Russia"), "{ms:?}");
        // A command's theatre after a hyphen is its name's part.
        let ms = mentions("He met the Commander of the Security Assistance Group-Ukraine Lieutenant General Ion Rusu in Kyiv.");
        assert!(
            has(&ms, Organization, "Security Assistance Group-Ukraine"),
            "{ms:?}"
        );
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert!(
            !ms.iter().any(|(_, t)| t.starts_with("Assistance")),
            "{ms:?}"
        );
    }

    #[test]
    fn an_acronym_after_a_title_s_of_is_the_body_it_heads() {
        let ms = mentions("Bayramov met the Secretary General of the OTS Ion Rusu.");
        assert!(has(&ms, Organization, "OTS"), "{ms:?}");
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
    }

    #[test]
    fn a_name_does_not_go_on_past_a_menu_line() {
        let ms = mentions("Umerov also met President Ion Rusu in Vilnius on Monday, the ministry said.\nCookies policy | Privacy | Contacts\nMinistry of National Defence of the Republic of Lithuania, Vilnius");
        assert!(
            has(
                &ms,
                Organization,
                "Ministry of National Defence of the Republic of Lithuania"
            ),
            "{ms:?}"
        );
    }

    #[test]
    fn a_parliament_s_own_head_word_names_it() {
        let text = "He was received by Chairman of the Supreme Majlis of the Nakhchivan Autonomous Republic Ion Rusu, then visited the State Duma.";
        let ms = mentions(text);
        assert!(
            has(
                &ms,
                Organization,
                "Supreme Majlis of the Nakhchivan Autonomous Republic"
            ),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "State Duma"), "{ms:?}");
        assert!(!has(&ms, Person, "Majlis"), "{ms:?}");
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
    }

    #[test]
    fn an_outlet_s_credit_before_a_title_is_not_part_of_it() {
        let text = "Baku. 27 May. REPORT.AZ/ Azerbaijani Defense Minister Colonel General Ion Rusu met Ana Costa.";
        assert_eq!(
            titles(text, "Ion Rusu"),
            ["Defense Minister", "Colonel General"]
        );
    }

    #[test]
    fn a_model_s_designation_is_no_organisation() {
        let ms = mentions("Turkey will supply Bayraktar TB2 and Akinci drones; the MQ-9 and an Airbus A400M flew.");
        for model in ["TB2", "MQ-9", "A400M"] {
            assert!(!ms.iter().any(|(_, m)| m == model), "{model}: {ms:?}");
        }
        assert!(has(&ms, Organization, "Airbus"), "{ms:?}");
    }

    #[test]
    fn turkish_companies_and_agencies_by_their_own_words() {
        let ms = mentions(
            "He visited STM Savunma Teknolojileri and the Savunma Sanayii Baskanligi (SSB).",
        );
        assert!(
            has(&ms, Organization, "STM Savunma Teknolojileri"),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Savunma Sanayii Baskanligi"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // So is a company named for its "Systems".
        let ms = mentions("They discussed projects with Rafael Advanced Defense Systems.");
        assert!(
            has(&ms, Organization, "Rafael Advanced Defense Systems"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_company_word_after_a_name_makes_it_a_company() {
        let ms = mentions("He met the head of Kyrgyz Temir Zholu national company Azamat Mambetov, then visited the Uzbekistan Temir Yollari joint-stock company.");
        assert!(has(&ms, Organization, "Kyrgyz Temir Zholu"), "{ms:?}");
        assert!(has(&ms, Organization, "Uzbekistan Temir Yollari"), "{ms:?}");
        assert!(has(&ms, Person, "Azamat Mambetov"), "{ms:?}");
        assert!(!has(&ms, Person, "Temir Zholu"), "{ms:?}");
        // So is a group's or a movement's word.
        let ms = mentions("The guards had targeted positions of the Jaish al-Adl group and the Tehrik Nafaz movement.");
        assert!(has(&ms, Organization, "Jaish al-Adl"), "{ms:?}");
        assert!(has(&ms, Organization, "Tehrik Nafaz"), "{ms:?}");
        // And a unit's.
        let ms = mentions("He visited the Lithuanian Armed Forces' Iron Wolf brigade in Rukla.");
        assert!(has(&ms, Organization, "Iron Wolf"), "{ms:?}");
        assert!(has(&ms, Organization, "Lithuanian Armed Forces"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // Not a nationality or a country alone (nor two: "the
        // Turkish-Azerbaijani friendship group").
        let ms = mentions("A Turkish company and the Azerbaijan state company signed it. The Turkish-Azerbaijani friendship group met.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
        // Nor a person who said something of the company.
        let ms =
            mentions("Its chief technology officer Selcuk Bayraktar said the company had grown.");
        assert!(has(&ms, Person, "Selcuk Bayraktar"), "{ms:?}");
    }

    #[test]
    fn two_capitals_before_a_surname_are_initials() {
        let ms =
            mentions("Vice President JD Vance met Gen. CQ Brown Jr. and the UN Secretary-General.");
        assert!(has(&ms, Person, "JD Vance"), "{ms:?}");
        // ("Jr." with its dot, as the name is written.)
        assert!(has(&ms, Person, "CQ Brown Jr."), "{ms:?}");
        assert!(has(&ms, Organization, "UN"), "{ms:?}");
        assert!(!has(&ms, Organization, "JD"), "{ms:?}");
        // After a service and its rank too.
        let ms = mentions("He thanked Air Force Gen. CQ Brown Jr. for his service.");
        assert!(has(&ms, Person, "CQ Brown Jr."), "{ms:?}");
        // One capital without its dot, after a title.
        let text = "External Affairs Minister S Jaishankar called on him.";
        assert_eq!(titles(text, "S Jaishankar"), ["External Affairs Minister"]);
        assert!(has(&ms, Organization, "Air Force"), "{ms:?}");
    }

    #[test]
    fn chambers_of_parliament_lead_titles() {
        let text = "He met Senate President Ana Costa and Chamber of Deputies Speaker Ion Rusu, then the Speaker of the Senate of the Republic of Kazakhstan Tom Berg.";
        assert_eq!(titles(text, "Ana Costa"), ["Senate President"]);
        assert_eq!(titles(text, "Ion Rusu"), ["Chamber of Deputies Speaker"]);
        let ms = mentions(text);
        assert!(
            has(&ms, Organization, "Senate of the Republic of Kazakhstan"),
            "{ms:?}"
        );
        assert!(has(&ms, Organization, "Chamber of Deputies"), "{ms:?}");
        // A ministry's spokesman, its name a title's words.
        let text = "Ministry of Defence Spokesman Ana Costa said so.";
        assert_eq!(titles(text, "Ana Costa"), ["Ministry of Defence Spokesman"]);
        // The fixed title "European Commissioner" keeps its first word.
        let text = "He met the European Commissioner for Enlargement Marta Kos.";
        assert_eq!(
            titles(text, "Marta Kos"),
            ["European Commissioner for Enlargement"]
        );
    }

    #[test]
    fn a_title_cut_short_where_the_text_stops_names_no_one() {
        let doc = crate::analyze(
            " date 2023-06-10 By Jane Roe\n\nPresident Ion Rusu received Tajik Prime Ministe",
        )
        .expect("parses");
        let people = names_of(&doc, Person);
        assert_eq!(people, ["Ion Rusu"]);
        assert!(doc.meetings.is_empty(), "{:?}", doc.meetings);
        // (A name that ends the text whole stays: "... met Foreign Minister Ma.")
        let doc = crate::analyze(
            " date 2023-06-10 By Jane Roe\n\nPresident Ion Rusu met Foreign Minister Ma.",
        )
        .expect("parses");
        assert!(
            doc.entities
                .iter()
                .any(|e| e.kind == Person && e.name == "Ma"),
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn a_hall_s_name_goes_on_over_of() {
        let ms = mentions("Xi held talks with him at the Great Hall of the People in Beijing.");
        assert!(has(&ms, Location, "Great Hall of the People"), "{ms:?}");
        assert!(has(&ms, Location, "Beijing"), "{ms:?}");
    }

    #[test]
    fn a_cleric_s_rank_is_a_title() {
        let ms = mentions("Hojatoleslam Seyyed Ebrahim Raisi received Ayatollah Ali Sistani.");
        assert!(has(&ms, Person, "Seyyed Ebrahim Raisi"), "{ms:?}");
        assert!(has(&ms, Person, "Ali Sistani"), "{ms:?}");
    }

    #[test]
    fn a_diplomat_s_french_title_holds_a_word_in_lower_case() {
        let text = "Chargé d'Affaires Ana Costa attended.";
        assert_eq!(titles(text, "Ana Costa"), ["Chargé d'Affaires"]);
        let text = "He spoke. Charge d'affaires Ana Costa attended.";
        assert_eq!(titles(text, "Ana Costa"), ["Charge d'affaires"]);
        let text = "He hosted the Chargé d'Affaires of the United States to Georgia, Ana Costa, at the palace.";
        assert_eq!(
            titles(text, "Ana Costa"),
            ["Chargé d'Affaires of the United States to Georgia"]
        );
    }

    #[test]
    fn enlisted_ranks_and_their_classes_open_names() {
        let text = "Sgt. 1st Class Mary Jones and Spc. Kevin Brown led the drill. Petty Officer 2nd Class Dan Ruiz spoke. 1st Lt. Sam Hill agreed.";
        assert_eq!(titles(text, "Mary Jones"), ["Sgt. 1st Class"]);
        assert_eq!(titles(text, "Kevin Brown"), ["Spc."]);
        assert_eq!(titles(text, "Dan Ruiz"), ["Petty Officer 2nd Class"]);
        // A sergeant major is one rank.
        let text2 = "Sergeant Major Tom Berg and Sgt. Maj. Ana Costa attended.";
        assert_eq!(titles(text2, "Tom Berg"), ["Sergeant Major"]);
        assert_eq!(titles(text2, "Ana Costa"), ["Sgt. Maj."]);
        // (So is a command sergeant major.)
        let text3 =
            "He spoke. Command Sergeant Major Tom Berg and Command Sgt. Maj. Ana Costa attended.";
        assert_eq!(titles(text3, "Tom Berg"), ["Command Sergeant Major"]);
        assert_eq!(titles(text3, "Ana Costa"), ["Command Sgt. Maj."]);
        let ms = mentions(text);
        assert!(has(&ms, Person, "Sam Hill"), "{ms:?}");
    }

    #[test]
    fn a_caretaker_s_title_and_one_before_dr() {
        let text = "Caretaker Foreign Minister Ion Rusu met the Ambassador of Turkiye, Dr Tom Berg, in Islamabad. Interim Prime Minister Ana Costa spoke.";
        assert_eq!(titles(text, "Ion Rusu"), ["Caretaker Foreign Minister"]);
        assert_eq!(titles(text, "Tom Berg"), ["Ambassador of Turkiye"]);
        assert_eq!(titles(text, "Ana Costa"), ["Interim Prime Minister"]);
    }

    #[test]
    fn a_legal_form_and_a_stake_name_companies() {
        let ms = mentions("Report informs, citing TAP AG. Its shareholders are BP (20%), Varnax (19%), Kolvera (15.5 percent) and Azerbaijan (10%).");
        assert!(has(&ms, Organization, "TAP AG"), "{ms:?}");
        assert!(!has(&ms, Organization, "AG"), "{ms:?}");
        assert!(has(&ms, Organization, "Varnax"), "{ms:?}");
        assert!(has(&ms, Organization, "Kolvera"), "{ms:?}");
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
    }

    #[test]
    fn a_body_whose_representatives_come_is_an_organisation() {
        let ms = mentions("Representatives of Varnax, Kolvera and Ansaldo Energia attended. Executives from Tom Berg came. Officials of Sarnia and Latvia met.");
        for org in ["Varnax", "Kolvera", "Ansaldo Energia", "Tom Berg"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(has(&ms, Location, "Latvia"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn eurasia_is_a_region_but_a_paper_named_after_it_is_none() {
        // (The remit's places are the title's.)
        let text = "Minister Ion Rusu hosted Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia Laura Cooper, who toured Eurasia. See the Eurasia Insight archive.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Laura Cooper"), "{ms:?}");
        assert_eq!(
            ms.iter()
                .filter(|(k, t)| *k == Location && t == "Eurasia")
                .count(),
            1,
            "{ms:?}"
        );
    }

    #[test]
    fn a_mansion_is_a_site_not_a_person() {
        let ms = mentions("President Ion Rusu received Prime Minister Tom Berg at the Vahdettin Mansion in Istanbul.");
        assert!(has(&ms, Location, "Vahdettin Mansion"), "{ms:?}");
        assert!(!has(&ms, Person, "Vahdettin Mansion"), "{ms:?}");
    }

    #[test]
    fn ratings_and_their_agencies() {
        let ms = mentions("Fitch Ratings upgraded the rating to BBB-, while S&P Global Ratings affirmed its BB+ rating. The Turkish Red Crescent sent aid.");
        assert!(has(&ms, Organization, "Fitch Ratings"), "{ms:?}");
        assert!(has(&ms, Organization, "S&P Global Ratings"), "{ms:?}");
        assert!(has(&ms, Organization, "Red Crescent"), "{ms:?}");
        assert!(!ms.iter().any(|(_, t)| t.starts_with("BB")), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
    }

    #[test]
    fn the_korean_surname_no_after_a_title_opens_the_name() {
        let text = "He was met by Defense Minister No Kwang Chol. No Kwang Chol said no more.";
        assert!(has(&mentions(text), Person, "No Kwang Chol"));
        assert_eq!(titles(text, "No Kwang Chol"), ["Defense Minister"]);
    }

    #[test]
    fn sultan_is_a_given_name_unless_a_patronymic_follows() {
        let text = "He met COP28 President-designate Sultan Al Jaber. Later he met Oman's Sultan Haitham bin Tariq.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Sultan Al Jaber"), "{ms:?}");
        assert!(has(&ms, Person, "Haitham bin Tariq"), "{ms:?}");
        assert_eq!(
            titles(text, "Sultan Al Jaber"),
            ["COP28 President-designate"]
        );
        assert_eq!(titles(text, "Haitham bin Tariq"), ["Sultan"]);
        // So is "Amir", an English word in the word lists.
        let text = "He met Acting Minister of Foreign Affairs Amir Hossein Karimi.";
        assert!(has(&mentions(text), Person, "Amir Hossein Karimi"));
        assert_eq!(
            titles(text, "Amir Hossein Karimi"),
            ["Acting Minister of Foreign Affairs"]
        );
    }

    #[test]
    fn a_place_closing_a_titled_name_is_its_surname() {
        let ms = mentions(
            "NASA Administrator Bill Nelson and ESA Director General Josef Aschbacher attended.",
        );
        assert!(has(&ms, Person, "Bill Nelson"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Location), "{ms:?}");
        assert_eq!(
            titles("NASA Administrator Bill Nelson spoke.", "Bill Nelson"),
            ["NASA Administrator"]
        );
    }

    #[test]
    fn a_venture_s_name_over_of_before_its_kind() {
        let ms = mentions("The leaders discussed the Crossroads of Peace project and the Road of Hope initiative.");
        assert!(has(&ms, Organization, "Crossroads of Peace"), "{ms:?}");
        assert!(has(&ms, Organization, "Road of Hope"), "{ms:?}");
        assert!(!has(&ms, Organization, "Peace"), "{ms:?}");
    }

    #[test]
    fn a_congress_that_legislates_is_an_organisation_a_party_congress_an_event() {
        let ms = mentions("He addressed the National Congress on Monday. He said the National People's Congress met. He attended the 20th Party Congress.");
        assert!(has(&ms, Organization, "National Congress"), "{ms:?}");
        assert!(
            has(&ms, Organization, "National People's Congress"),
            "{ms:?}"
        );
        assert!(!ms.iter().any(|(_, m)| m.contains("Party")), "{ms:?}");
    }

    #[test]
    fn a_facility_is_an_organisation() {
        let doc = crate::analyze(
            " date 2022-05-10 By Jane Roe\n\nThe European Peace Facility (EPF) funds it.\n",
        )
        .expect("parses");
        let found: Vec<(EntityKind, &str)> = doc
            .entities
            .iter()
            .filter(|e| e.kind != Date)
            .map(|e| (e.kind, e.name.as_str()))
            .collect();
        assert_eq!(found, [(Organization, "European Peace Facility")]);
    }

    #[test]
    fn a_former_state_is_a_place() {
        let ms = mentions("After the collapse of the Soviet Union, Kazakhstan left the USSR. The Ottoman Empire fell.");
        for name in ["Soviet Union", "USSR", "Ottoman Empire"] {
            assert!(has(&ms, Location, name), "{name}: {ms:?}");
        }
        assert!(!ms.iter().any(|(k, _)| *k != Location), "{ms:?}");
    }

    #[test]
    fn a_headquarters_initials_are_no_organisation() {
        let ms = mentions("Austin met Reznikov at NATO HQ in Brussels.");
        assert!(has(&ms, Organization, "NATO"), "{ms:?}");
        assert!(!ms.iter().any(|(_, t)| t.contains("HQ")), "{ms:?}");
        // (Nor a position's: "the NATO SG".)
        let ms = mentions("He met the NATO SG and the UN DSG in Brussels.");
        assert!(has(&ms, Organization, "NATO"), "{ms:?}");
        assert!(has(&ms, Organization, "UN"), "{ms:?}");
        assert!(!ms.iter().any(|(_, t)| t.contains("SG")), "{ms:?}");
    }

    #[test]
    fn weapons_acronyms_are_no_organisation() {
        let ms = mentions(
            "Ukraine received HIMARS, ATACMS missiles, NASAMS and UAVs, the Pentagon said.",
        );
        assert!(has(&ms, Organization, "Pentagon"), "{ms:?}");
        assert_eq!(
            ms.iter().filter(|(k, _)| *k == Organization).count(),
            1,
            "{ms:?}"
        );
    }

    #[test]
    fn a_place_in_capitals_of_two_long_words_is_no_acronym() {
        let ms = mentions("VOSTOCHNY COSMODROME, September 13. /TASS/. They met at the Vostochny Cosmodrome. The OSCE ODIHR said it.");
        assert!(!ms.iter().any(|(_, t)| t == "VOSTOCHNY"), "{ms:?}");
        assert!(has(&ms, Location, "Vostochny Cosmodrome"), "{ms:?}");
        assert!(has(&ms, Organization, "ODIHR"), "{ms:?}");
    }

    #[test]
    fn names_listed_after_their_representatives_are_organisations() {
        let ms = mentions("He held meetings with representatives of Karvex-Holm, Lomskneft and Baltrail, and with representatives of Latvia.");
        for org in ["Karvex-Holm", "Lomskneft", "Baltrail"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        assert!(has(&ms, Location, "Latvia"), "{ms:?}");
        // (Not a person by title: "representatives of President X".)
        let ms = mentions("He met representatives of President Ion Rusu.");
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        // (Nor a nationality before what it qualifies.)
        let ms = mentions("It included representatives of Saudi companies such as Saudi Aramco.");
        assert!(!ms.iter().any(|(_, t)| t == "Saudi"), "{ms:?}");
    }

    #[test]
    fn a_minister_s_industries_are_a_remit() {
        let ms = mentions("Minister of Strategic Industries of Ukraine Ion Rusu met Tom Berg. The Ministry of Strategic Industries said so.");
        assert!(
            !ms.iter()
                .any(|(k, t)| *k == Organization && t.starts_with("Strategic")),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Ministry of Strategic Industries"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "Ukraine"), "{ms:?}");
        // So are an administration and a government of ordinary words after
        // a minister's "of" or "for" (not a head's: "Head of Presidential
        // Administration").
        let ms = mentions("Minister of Territorial Administration and Infrastructure Ion Rusu met Minister for Local Government Tom Berg and Head of Presidential Administration Ana Costa.");
        assert!(
            !ms.iter().any(|(k, t)| *k == Organization
                && (t.starts_with("Territorial") || t.starts_with("Local"))),
            "{ms:?}"
        );
        assert!(
            has(&ms, Organization, "Presidential Administration"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_place_s_corridor_is_a_place_and_a_project_s_an_organisation() {
        let ms =
            mentions("They discussed the blockade of the Lachin Corridor and the Middle Corridor.");
        assert!(has(&ms, Location, "Lachin Corridor"), "{ms:?}");
        assert!(has(&ms, Organization, "Middle Corridor"), "{ms:?}");
    }

    #[test]
    fn a_measure_is_no_initials() {
        let ms = mentions("Masdar commissioned the 230 MW Garadagh solar power plant.");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // (Two capitals before a surname still are: "JD Vance".)
        let ms = mentions("Vice President JD Vance spoke.");
        assert!(has(&ms, Person, "JD Vance"), "{ms:?}");
    }

    #[test]
    fn a_headline_s_verb_is_no_name() {
        let people = crate::test_support::names_of("Georgian Defense Minister Juansher Burchuladze held talks with Vagharshak Harutyunyan.\nBurchuladze Meets Armenian PM\nBurchuladze also met with Prime Minister Nikol Pashinyan.", Person);
        assert_eq!(
            people,
            [
                "Juansher Burchuladze",
                "Vagharshak Harutyunyan",
                "Nikol Pashinyan"
            ]
        );
    }

    #[test]
    fn an_ordinary_word_opening_a_sentence_before_a_city_is_no_given_name() {
        let ms = mentions("He left. Visit Baku. Discover Ganja.");
        assert!(has(&ms, Location, "Baku"), "{ms:?}");
        assert!(has(&ms, Location, "Ganja"), "{ms:?}");
        assert!(!ms.iter().any(|(k, _)| *k == Person), "{ms:?}");
        // Nor is a city after "in", before a full name.
        let ms = mentions("The Consul General of Latvia in Istanbul Tom Berg spoke.");
        assert!(has(&ms, Location, "Istanbul"), "{ms:?}");
        assert!(has(&ms, Person, "Tom Berg"), "{ms:?}");
    }

    #[test]
    fn a_currency_s_country_code_names_nothing() {
        let ms = mentions("Trade exceeded US$600 million, and C$5 billion went to the US.");
        assert_eq!(ms, [(Location, "US".to_string())]);
    }

    #[test]
    fn a_pipeline_s_name_is_a_venture_whatever_places_it_holds() {
        let ms = mentions("Gas flows via the Nord Stream pipeline, the TurkStream pipeline, the Power of Siberia gas pipeline and the Druzhba pipeline, not the Azerbaijan pipeline.");
        for name in ["Nord Stream", "TurkStream", "Power of Siberia", "Druzhba"] {
            assert!(has(&ms, Organization, name), "{name}: {ms:?}");
        }
        assert!(has(&ms, Location, "Azerbaijan"), "{ms:?}");
        assert!(!has(&ms, Location, "Siberia"), "{ms:?}");
    }

    #[test]
    fn forms_of_address_and_royal_titles() {
        // "His Royal Highness", "His Excellency": no part of the name, no position.
        let text =
            "His Royal Highness Prince Khalid bin Salman received His Excellency Ahmed Saleh.";
        let ms = mentions(text);
        assert!(has(&ms, Person, "Khalid bin Salman"), "{ms:?}");
        assert!(has(&ms, Person, "Ahmed Saleh"), "{ms:?}");
        assert!(
            !ms.iter()
                .any(|(_, t)| t.contains("Highness") || t.contains("Excellency")),
            "{ms:?}"
        );
        assert_eq!(titles(text, "Khalid bin Salman"), ["Prince"]);
        assert!(titles(text, "Ahmed Saleh").is_empty());
        // ... nor is one after a position, before a rank or the name.
        for (text, name, want) in [
            (
                "He met Defence Minister His Royal Highness Prince Khalid bin Salman.",
                "Khalid bin Salman",
                &["Defence Minister", "Prince"][..],
            ),
            (
                "President His Highness Sheikh Hamad bin Khalid received him.",
                "Hamad bin Khalid",
                &["President", "Sheikh"][..],
            ),
            (
                "Ambassador His Excellency Ion Rusu met him.",
                "Ion Rusu",
                &["Ambassador"][..],
            ),
            // ("H.E.", abbreviated: no name's, nor a sentence's end.)
            (
                "He met Ambassador H.E. Ion Rusu.",
                "Ion Rusu",
                &["Ambassador"][..],
            ),
            ("He met H.E. Ion Rusu.", "Ion Rusu", &[][..]),
            // ... and in capitals.
            (
                "He spoke with President of Egypt HE Ion Rusu.",
                "Ion Rusu",
                &["President of Egypt"][..],
            ),
            // A form of address before the title: "His Highness the Emir".
            (
                "His Highness the Emir Sheikh Hamad bin Khalid received him.",
                "Hamad bin Khalid",
                &["Emir", "Sheikh"][..],
            ),
        ] {
            assert_eq!(titles(text, name), want, "{text}");
            let ms = mentions(text);
            assert!(
                !ms.iter()
                    .any(|(_, t)| t.contains("Royal") || t.contains("His")),
                "{ms:?}"
            );
        }
        // A town's name after a royal title is a given name; a country is a realm.
        let ms = mentions("Queen Rania met the King of Jordan.");
        assert!(has(&ms, Person, "Rania"), "{ms:?}");
        assert!(has(&ms, Location, "Jordan"), "{ms:?}");
        // "Senior" ranks (Vietnam, China) are one rank.
        let text = "Deputy Defence Minister Senior Lieutenant General Hoang Xuan Chien and Senior Colonel Nguyen Minh Duc spoke.";
        assert_eq!(
            titles(text, "Hoang Xuan Chien"),
            ["Deputy Defence Minister", "Senior Lieutenant General"]
        );
        assert_eq!(titles(text, "Nguyen Minh Duc"), ["Senior Colonel"]);
        let text = "He met Commander of the Myanmar Armed Forces Senior General Min Aung Hlaing.";
        assert_eq!(
            titles(text, "Min Aung Hlaing"),
            ["Commander of the Myanmar Armed Forces", "Senior General"]
        );
        let text = "Personal Representative of the OSCE Chairman-in-Office Andrzej Kasprzyk also attended.";
        assert_eq!(
            titles(text, "Andrzej Kasprzyk"),
            ["Personal Representative of the OSCE Chairman-in-Office"]
        );
    }

    #[test]
    fn a_board_s_chair_is_no_part_of_the_company_s_name() {
        for text in [
            "He met Azerbaijan Railways CJSC Chairman of the Board Ion Rusu.",
            "He met Kazakhtelecom JSC Chairman of the Management Board Ion Rusu.",
        ] {
            let ms = mentions(text);
            let company = text[7..].split(" Chairman").next().expect("a company");
            let orgs: Vec<_> = ms.iter().filter(|(k, _)| *k == Organization).collect();
            assert_eq!(orgs, [&(Organization, company.to_string())], "{text}");
            assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        }
        // A board alone is no named organisation.
        let ms = mentions("The Supervisory Board approved the plan of Ion Rusu.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
    }

    #[test]
    fn a_social_network_posted_on_is_a_company() {
        let ms = mentions("\"We will respond,\" Ion Rusu wrote on X. The ministry said on its Telegram channel and on Facebook that the talks went on.");
        for org in ["X", "Telegram", "Facebook"] {
            assert!(has(&ms, Organization, org), "{org}: {ms:?}");
        }
        // The next sentence's opening words are read on their own, no
        // initial's name ("X. Soldiers").
        let ms = mentions("The ministry said on X. Soldiers of Ion Rusu's unit left. It said on X. Ion Rusu arrived.");
        assert!(has(&ms, Organization, "X"), "{ms:?}");
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert!(!ms.iter().any(|(_, m)| m.contains("X.")), "{ms:?}");
        // (Not a letter that names no network: "Plan X", "President X".)
        let ms = mentions("Plan X was signed by Ion Rusu.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
    }

    #[test]
    fn honours_after_a_name_are_no_organisations() {
        let ms = mentions("General Ion Rusu, NI (M), held talks with General Tom Berg, NI(M), and Ana Costa, OBE, in Rawalpindi.");
        assert!(!ms.iter().any(|(k, _)| *k == Organization), "{ms:?}");
        for p in ["Ion Rusu", "Tom Berg", "Ana Costa"] {
            assert!(has(&ms, Person, p), "{p}: {ms:?}");
        }
    }

    #[test]
    fn an_acronym_before_an_exercise_names_the_exercise() {
        let ms = mentions("Marines arrived for the BALTOPS exercise and the ZARNEX naval drills. NATO exercises began as the SCO forum opened.");
        assert!(!has(&ms, Organization, "BALTOPS"), "{ms:?}");
        assert!(!has(&ms, Organization, "ZARNEX"), "{ms:?}");
        assert!(has(&ms, Organization, "NATO"), "{ms:?}");
        assert!(has(&ms, Organization, "SCO"), "{ms:?}");
    }

    #[test]
    fn a_field_s_fixed_of_phrase_is_inside_an_organisation_s_name() {
        let ms = mentions("He met the head of the EU Rule of Law Mission and staff of the European Union Rule of Law Mission in Kosovo.");
        assert!(has(&ms, Organization, "EU Rule of Law Mission"), "{ms:?}");
        assert!(
            has(&ms, Organization, "European Union Rule of Law Mission"),
            "{ms:?}"
        );
        assert!(
            !ms.iter().any(|(_, m)| m == "EU" || m == "European Union"),
            "{ms:?}"
        );
    }

    #[test]
    fn a_name_in_quotes_before_a_unit_s_word_is_the_unit_s() {
        let ms = mentions("Troops of the \"Guzmán el Bueno\" X Brigade and the “Ivan Bohun” Regiment met Ion Rusu in \"Azov\".");
        assert!(!has(&ms, Person, "Guzmán el Bueno"), "{ms:?}");
        assert!(!has(&ms, Person, "Ivan Bohun"), "{ms:?}");
        assert!(has(&ms, Person, "Ion Rusu"), "{ms:?}");
        assert!(has(&ms, Location, "Azov"), "{ms:?}");
    }

    #[test]
    fn a_country_owning_the_next_body_is_not_of_the_one_before() {
        let ms = mentions("He met a delegation of the Joint Staff Department of China's Central Military Commission.");
        assert!(has(&ms, Organization, "Joint Staff Department"), "{ms:?}");
        assert!(
            has(&ms, Organization, "Central Military Commission"),
            "{ms:?}"
        );
        assert!(has(&ms, Location, "China"), "{ms:?}");
        // (A country of its own body stays its: "Ministry of Energy of
        // Kazakhstan".)
        let ms = mentions("He met the Ministry of Energy of Kazakhstan.");
        assert!(
            has(&ms, Organization, "Ministry of Energy of Kazakhstan"),
            "{ms:?}"
        );
    }
    #[test]
    fn a_fixed_phrase_cut_by_the_excerpt_s_end_is_read_without_panic() {
        // ("of the" at the very end: the word after it was read past the
        // last token.)
        for text in [
            "He met the EU Rule of",
            "He met the EU Rule of the",
            "He met the EU Rule of the\n",
            "The Joint Chiefs of the",
        ] {
            let _ = mentions(text);
        }
        let doc = crate::analyze("Talks\n\nHe met the head of the EU Rule of the").expect("reads");
        assert!(doc
            .entities
            .iter()
            .any(|e| e.name == "EU" || e.name == "European Union"));
    }
}

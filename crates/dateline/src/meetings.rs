//! Meetings: who met whom, when and where, read from the entity layer.
//!
//! A sentence reports a meeting when it holds a trigger ("met with", "held
//! talks with", "received", "visited ... and met", "the meeting between X and
//! Y", "phone conversation") that is not announced, planned or hypothetical
//! ("will meet", "plans to meet", "called off"), and names two or more people.
//! A sentence that names one person and opens with a back-reference ("He
//! also met ...", "The delegation met ...") takes the subject of the
//! sentence before as the other participant; "the guests" stand for the
//! people of the last "delegation led by ...". Kinds follow the spirit of
//! CAMEO's consult codes (040s). The date is the one the sentence gives (or
//! the day of the dated journey its participant was on); the place a
//! location after "in", "at", "visit to" or "to" in it, or the dateline's;
//! otherwise they stay null rather than guessed.

use crate::{Entity, EntityKind, Meeting, MeetingKind, Metadata, Segment, SegmentKind, Span};
use regex::Regex;
use std::sync::LazyLock;

/// Words that say people met. A word between them ("held bilateral
/// talks") is `(?:(?-u:\w)|[^\x00-\x7F])+`, ASCII word bytes or any
/// non-ASCII character, not Unicode `\w`: that class made the automaton
/// that reports the named groups several times larger, and clearing its
/// bookkeeping per sentence cost 1.3 % of the pipeline's instructions.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?P<phone>(?-u:\b)(?:tele)?phon(?:e|ic)\s+(?:talks?|calls?|conversations?)(?-u:\b)|(?-u:\b)(?:tele)?phoned(?-u:\b)|(?-u:\b)video\s*(?:conference|call|link)(?-u:\b)|(?-u:\b)(?:spoken?|talked)\s+(?:(?:(?-u:\w)|[^\x00-\x7F])+\s+)?(?:by|over)\s+(?:the\s+)?(?:tele)?phone(?-u:\b))
      | (?P<talks>(?-u:\b)(?:held|hold|holding|began|started|opened|resumed|concluded)\s+(?:(?:(?-u:\w)|[^\x00-\x7F]|-)+\s+){0,3}(?:talks|negotiations|consultations)(?-u:\b)|(?-u:\b)(?:talks|negotiations|consultations)\s+(?:with|between)(?-u:\b)|(?-u:\b)(?:held|hold|holding)\s+(?:the|a|an)\s+(?:(?:(?-u:\w)|[^\x00-\x7F])+\s+)?(?:round|session)\s+of\s+(?:(?:(?-u:\w)|[^\x00-\x7F]|['.-])+\s+){0,5}(?:talks|negotiations|consultations|dialogue)(?-u:\b))
      | (?P<host>(?-u:\b)(?:received|hosted|welcomed|greeted|(?:gave|granted)\s+(?:an\s+)?audience\s+to|was\s+received\s+by|were\s+received\s+by|was\s+(?:welcomed|greeted)\s+by)(?-u:\b))
      | (?P<visit>(?-u:\b)(?:visited|called\s+on|presented\s+(?:his|her|their)\s+(?:copies\s+of\s+)?(?:credentials|letters\s+of\s+credence)\s+to|paid\s+(?:a|an)\s+(?:(?:(?-u:\w)|[^\x00-\x7F])+\s+){0,3}visit|paid\s+(?:a|an)\s+(?:(?:(?-u:\w)|[^\x00-\x7F])+\s+){0,2}call\s+(?:on|upon|to))(?-u:\b))
      | (?P<coord>(?-u:\b)(?:was|were)\s+signed\s+(?:(?:in|on|at)\s+(?:(?-u:\w)+\s+){1,3})?(?:by|between|in\s+the\s+presence\s+of)(?-u:\b)|(?-u:\b)spoke\s+(?:briefly|privately|face[\s-]to[\s-]face|on\s+the\s+sidelines)(?-u:\b)|(?-u:\b)(?:have\s+|has\s+)?(?:discussed|exchanged\s+views|signed|co-?chaired|held\s+a\s+joint\s+(?:press|news)\s+conference)(?-u:\b)|(?-u:\b)(?:during|at|after|following)\s+(?:(?:the|a|an|their)\s+)?(?:(?:(?-u:\w)|[^\x00-\x7F]|-)+\s+){0,3}(?:talks|meeting)\s+(?:in|at)(?-u:\b)|^meeting\s+(?:in|at)(?-u:\b))
      | (?P<gather>(?-u:\b)(?:meeting|talks|consultations|negotiations)(?:\s+(?:at|in)(?:\s+[A-Za-z]+){1,5})?\s+(?:was|were)\s+attended\s+by(?-u:\b))
      | (?P<meet>,\s+meeting(?-u:\b)|(?-u:\b)(?:met|meets|meet\s+with|conferred\s+with|sat\s+down\s+with|(?:after|before|while|when)\s+meeting|meeting\s+(?:with|between|of)|meetings\s+with|held\s+(?:a|an|their)\s+(?:(?:(?-u:\w)|[^\x00-\x7F]|-)+\s+){0,3}(?:meetings?|summit)|meeting\s+(?:took\s+place|was\s+held|has\s+been\s+held)|spoken?\s+(?:(?:(?-u:\w)|[^\x00-\x7F])+\s+){0,4}with|spoken?\s+to|talked|(?:had|held)\s+(?:a|an)\s+(?:(?:brief|short|private|long|lengthy|informal|friendly|separate|one-on-one|similar)\s+)?(?:conversation|chat)\s+with|(?:attended|took\s+part\s+in|participated\s+in)\s+(?:the|a|an)\s+(?:(?:(?-u:\w)|[^\x00-\x7F])+\s+){0,3}(?:meeting|talks|ministerial|consultations|negotiations))(?-u:\b))
    ",
    )
    .expect("static regex compiles")
});

/// The kind of meeting a [`TRIGGER`] match names by its group alone (the
/// sentence may say more: "discussed ... by phone" is a call).
#[inline]
fn trigger_kind(c: &regex::Captures<'_>) -> MeetingKind {
    if c.name("phone").is_some() {
        MeetingKind::PhoneCall
    } else if c.name("talks").is_some() {
        MeetingKind::Talks
    } else if c.name("host").is_some() {
        MeetingKind::Host
    } else if c.name("visit").is_some() {
        MeetingKind::Visit
    } else {
        MeetingKind::Meet
    }
}

/// The first two of `side`, if it has two.
fn first_two<'a>(mut side: impl Iterator<Item = &'a At>) -> Option<(&'a At, &'a At)> {
    Some((side.next()?, side.next()?))
}

/// Whether the words between two people's names join them as one subject:
/// "and", or a comma, then only their titles ("and Turkmen President", "and
/// his Azerbaijani counterpart"; not "criticised").
fn joined_pair(between: &str) -> bool {
    let between = between.trim();
    // (A photo's side mark first: "A (R) and B (L) pose ... during their
    // meeting in Ankara".)
    let between = match between.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((mark, r)) if mark.len() <= 3 => r.trim_start(),
        _ => between,
    };
    let rest = match between.strip_prefix("and") {
        Some(r) if r.is_empty() || r.starts_with(' ') => r,
        _ => match between.strip_prefix(',') {
            Some(r) => r,
            None => return false,
        },
    };
    rest.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(
                w,
                "of" | "the" | "and" | "his" | "her" | "their" | "counterpart" | "for"
            )
    })
}

/// Whether a [`TRIGGER`] match names the signers after it: "was signed by
/// (X and Y)", "was signed between (X and Y)"; or those who met at the
/// signing: "were signed in the presence of (X and Y)".
fn signed_by_both(m: &str) -> bool {
    m.ends_with(" by") || m.ends_with(" between") || m.ends_with(" of")
}

/// "during talks in", "at a meeting in": a trigger whose people are named
/// around it (see `TRIGGER`'s `coord`).
fn during_talks(m: &str) -> bool {
    ["during ", "During ", "at ", "At ", "Meeting "]
        .iter()
        .any(|w| m.starts_with(w))
}

/// Words anywhere in a sentence that make talks in it a plan, a wish or a
/// denial ("are expected to sign the deal during talks in Riga"). (In
/// lower case: "May" is a month.)
static LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:will|would|shall|could|may|might|(?:plans?|planned|scheduled|expected|going|due|set|hopes?|wants?)\s+to|(?:is|are)\s+(?:planned|scheduled|due|set)\s+for|never)(?-u:\b)|n't")
        .expect("static regex compiles")
});

/// Words right before a trigger that make it an announcement, a wish or a
/// denial ("have never met", "hasn't met").
static NOT_HAPPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)(?:will|would|shall|should|could|may|might|to|plans?\s+to|planned\s+to|scheduled\s+to|expected\s+to|going\s+to|due\s+to|is\s+set\s+to|are\s+set\s+to|hopes?\s+to|wants?\s+to|never|(?:has|have|had)\s+not)|n't)\s+(?:\w+\s+){0,2}$")
        .expect("static regex compiles")
});

/// Words before a meeting named as a noun that put it ahead: "preparations
/// for the meeting", "ahead of the talks".
static AHEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:preparations?\s+for|ahead\s+of|prepare\s+for|preparing\s+for)\s+(?:(?:the|a|an|their|its|his|her)\s+)?(?:[\w-]+\s+){0,3}$")
        .expect("static regex compiles")
});

/// A realised journey: "to meet" after it is its purpose, not a plan
/// ("traveled to Minsk on Saturday to meet with ...").
static REALISED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:travell?ed|arrived|visited|came|went|flew|paid|were\s+held|was\s+held|took\s+place)(?-u:\b)")
        .expect("static regex compiles")
});

/// A sentence about where a meeting was held.
static HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meeting|talks)(?-u:\b).{0,40}(?-u:\b)(?:held|took\s+place)(?-u:\b)")
        .expect("static regex compiles")
});

/// A sentence about the meeting just reported and its day: "During the
/// meeting held on October 4", "During the meeting at the Astara border
/// checkpoint on January 21", "The meeting took place in Baku on March 3",
/// "The meeting, held in Baku on 11 March, ...", "According to Report, the
/// meeting was held in Washington on April 3".
static THE_MEETING_DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:According\s+to\s+[^,]{1,60},\s+)?(?:(?:During|At)\s+the\s+(?:meeting|talks)(?:,?\s+(?:held|that\s+took\s+place|which\s+took\s+place)|\s+(?:in|at|on))|[Tt]he\s+(?:meeting|talks),?\s+(?:was\s+held|were\s+held|took\s+place|held))(?-u:\b)")
        .expect("static regex compiles")
});

/// A sentence that opens with the meeting and names the other side after a
/// comma: "In a meeting with President X in Baku on Monday, Y voiced ...".
static OPENS_WITH_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:In|During|At)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+){0,2}(?:meeting|talks|conversation)s?\s+with(?-u:\b)[^,]+,")
        .expect("static regex compiles")
});

/// A reporting verb: what follows it is what the speaker reported.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:said|says|noted|stated|stressed|added|adding|underlined|emphasized|recalled|told)\s+(?:(?:\w+\s+){0,3}that|it\s+is|the)(?-u:\b)|(?-u:\b)(?:said|says)\s+")
        .expect("static regex compiles")
});

/// A sentence whose subject is the visiting delegation: "Then the guests met
/// with ...", "The delegation also visited ...", "The US delegation also met".
static GUESTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:Then|Later|Afterwards|After that),?\s+|[A-Z][^,.]{0,60},\s+)?[Tt]he\s+(?:[A-Z][A-Za-z.]+\s+)?(?:guests|delegation|visitors)(?-u:\b)")
        .expect("static regex compiles")
});

/// The visitors as a meeting's object: "X met with the guests", "X
/// received the Serbian delegation".
static MET_GUESTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:met|received|welcomed|hosted)\s+(?:with\s+)?the\s+(?:[A-Z][A-Za-z.]+\s+)?(?:guests|delegation|visitors)(?-u:\b)")
        .expect("static regex compiles")
});

/// The words [`MEETING_IN`] starts with, to skip the sentences without one.
static MEETING_IN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meeting|talks)(?-u:\b)").expect("static regex compiles")
});

/// A clause that leads from a meeting to where it was held, up to the place
/// that follows it: "during a meeting in", "talks held in the ... city of".
static MEETING_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meeting|talks)\s+(?:(?:was\s+held|were\s+held|held|took\s+place|that\s+took\s+place|which\s+took\s+place)\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$")
        .expect("static regex compiles")
});

/// Whether `clause` leads from a meeting to the place that follows it
/// ([`MEETING_IN`]), the place being where it was: "talks held in the
/// Georgian port city of", not "held at the Presidency of" (whose place
/// names an owner).
fn leads_to_place(clause: &str) -> bool {
    MEETING_IN.is_match(clause)
        && clause.strip_suffix(" of ").is_none_or(|head| {
            let noun = head.rsplit(' ').next().unwrap_or("");
            place_noun(noun) || matches!(noun, "island" | "settlement")
        })
}

/// A noun that a place's name follows after "of": "the port city of
/// Batumi", "the resort of Sochi".
fn place_noun(w: &str) -> bool {
    matches!(
        w,
        "city"
            | "town"
            | "village"
            | "region"
            | "province"
            | "district"
            | "capital"
            | "resort"
            | "port"
    )
}

/// A clause that ends where a visit goes: "is on an official visit to",
/// "a visit by Prime Minister X to", "arrived in", "left for"; a capital
/// by its country's adjective between ("traveled to the Saudi capital").
static VISIT_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:visit|arrived)\s+(?:to|in)\s+(?:the\s+)?|(?:left|departed)\s+for\s+(?:the\s+)?|(?:travell?ed|flew)\s+to\s+(?:the\s+)?|visit\s+(?:of|by)\s+(?:[\w'’-]+\s+){1,6}to\s+(?:the\s+)?|visited\s+(?:(?:[\w'’-]+\s+){1,10}in\s+)?)(?:[A-Z][a-z]+\s+capital,?\s+)?$")
        .expect("static regex compiles")
});

/// The words a visit's destination follows (a prefilter for [`VISIT_TO`]).
/// Words that make a visit one planned, not made.
static PLANNED: crate::Needles<9> = crate::needles![
    "preparation",
    "upcoming",
    "forthcoming",
    "planned",
    "scheduled",
    "expected",
    "invitation",
    "invited",
    "will ",
];

static VISIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"visit|arrived|left for|departed for|travell?ed to|flew to")
        .expect("static regex compiles")
});

/// A talk held by phone, wherever the sentence says so: "spoke with his
/// counterpart X by phone".
static BY_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:by|over\s+the)\s+(?:tele)?phone(?-u:\b)")
        .expect("static regex compiles")
});

/// Talks held at a distance: "held talks with X via videoconference", "...
/// by video link".
static BY_VIDEO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:via|by|over)\s+(?:a\s+|the\s+)?video[\s-]*(?:conference|link|call)(?-u:\b)",
    )
    .expect("static regex compiles")
});

/// A word of meeting in a headline: "... ministers meet in Moscow".
static MEETING_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:meets?|met|meeting|talks|hosts?|receives?|visits?|discuss(?:es|ed)?|mull(?:s|ed)?|confer|sign(?:s|ed)?)(?-u:\b)")
        .expect("static regex compiles")
});

/// Others present at a meeting the sentence points back to: "The meeting
/// was also attended by X", "Y also attended the meeting"; or with the
/// visitor: "X, who was accompanied by Y, called on Z". They are not its
/// participants (a delegation's leader stands for it).
static ALSO_ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:accompanied|also\s+attended)\s+by(?P<by>)|also\s+(?:attended|took\s+part\s+in|participated\s+in)\s+(?:the|this)\s+(?:meeting|talks|event|ceremony))(?-u:\b)")
        .expect("static regex compiles")
});

/// Whether `head`, the text of a sentence before a date, is the dateline
/// `place` ("Tbilisi, 8 September (Interpressnews) – "): the date is the
/// report's, not a meeting's.
fn opens_dateline(head: &str, dateline: Option<&str>) -> bool {
    // (A full stop may close the place: "MOSCOW. June 12 (Interfax-AVN) - ".)
    let after_place = dateline.and_then(|p| head.get(p.len()..)).unwrap_or(head);
    let after_place = after_place.strip_prefix(". ").unwrap_or(after_place);
    // (Not past the dateline's own line: "Baku, April 9, AZERTAC\nOn April
    // 8, X met Y" dates the meeting.)
    head.len() <= 30
        && !after_place.contains(". ")
        && !after_place.contains('\n')
        && opens_with_dateline(head, dateline)
}

/// Whether `text` opens with the dateline's `place`, in any case.
fn opens_with_dateline(text: &str, dateline: Option<&str>) -> bool {
    dateline.is_some_and(|place| {
        text.get(..place.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(place))
    })
}

/// A host's object that is the visitor: "welcomed the guest", "received
/// the visiting minister".
static GUEST_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:the|our)\s+(?:guests?|visitors?|visiting\s+[a-z]+)(?-u:\b)")
        .expect("static regex compiles")
});

/// A sentence that goes on with the visit reported before: "Later, X was
/// received by ...", "Then the guests met ...", "X later met ...",
/// "Earlier on Wednesday, X was received by ...", "Before the trilateral
/// talks, X held separate meetings with ...", "X had earlier called on ...".
static CONTINUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Later|Then|Afterwards|Subsequently|After\s+that|Earlier\s+(?:in\s+the\s+day|that\s+day|today|on\s+[A-Z][a-z]+day)|(?:Before|After|Following)\s+the\s+(?:[a-z]+\s+)?(?:meeting|talks|summit|negotiations))(?-u:\b)|(?-u:\b)(?:later|then|subsequently|afterwards|earlier)\s+(?:met|held|received|visited|called)(?-u:\b)")
        .expect("static regex compiles")
});

/// A meeting reported without its participants' names (bar its chair's):
/// its sentence's number, date, place and chairs.
type Unnamed = (usize, Option<String>, Option<String>, Vec<usize>);

/// Words searched for in every sentence (`crate::Needles`: searchers built
/// once, where `str::find` builds one per call).
static CHAIRED_BY: crate::Needles<2> = crate::needles![" chaired by ", "-chaired by "];
/// "led by", "headed by": who heads a group.
static LED: crate::Needles<3> = crate::needles!["led by ", "headed by ", "represented by "];
/// Words without one of which a sentence reports no unnamed meeting.
static MEETING_WORDS: crate::Needles<6> = crate::needles![
    "met",
    "meet",
    "talks",
    "consultations",
    "negotiations",
    "dialogue"
];

/// A round of a dialogue held: "The 12th round of high-level military
/// dialogue between A and B was held in Ankara" (a meeting whose sides are
/// named next).
static DIALOGUE_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)dialogue(?-u:\b)[^.]{0,60}(?-u:\b)(?:was|were)\s+held(?-u:\b)")
        .expect("static regex compiles")
});
/// Words of a call: "phone", "telephonic", "video".
static CALL_WORDS: crate::Needles<2> = crate::needles!["phon", "video"];
static TWO: crate::Needles<2> = crate::needles!["two ", "leaders "];

/// A pair the sentence names by role: "The two ministers", "the two sides",
/// "The leaders held ...", "The leaders met ...".
/// What is signed or discussed: before "signed" or "discussed", a
/// participle ("the agreements signed last year", "the issues discussed").
const SIGNED_OR_DISCUSSED: [&str; 22] = [
    "agreement",
    "agreements",
    "contract",
    "contracts",
    "document",
    "documents",
    "deal",
    "deals",
    "memorandum",
    "memoranda",
    "memorandums",
    "treaty",
    "treaties",
    "accord",
    "accords",
    "protocol",
    "protocols",
    "issues",
    "issue",
    "topics",
    "matters",
    "questions",
];

static THE_TWO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)the\s+(?:two\s+(?:(?P<mod>military|defen[cs]e|foreign|army|naval|top)\s+)?(?:(?P<head>ministers|presidents|generals|commanders|chiefs|secretaries|leaders|officials|sides|men|women|counterparts|heads)|(?P<bare>last|also|had|have|previously|first|met)(?-u:\b))|(?P<pair>leaders)\s+(?:held|met)(?-u:\b))(?-u:\b)")
        .expect("static regex compiles")
});

/// A sentence opening on the meeting just reported: "During the meeting,
/// they discussed ...", "At the talks, ...".
static DURING_THE_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:During|At|In|Following|After)\s+the\s+(?:meeting|talks|negotiations|conversation|visit)(?-u:\b)")
        .expect("static regex compiles")
});

/// Words that put a meeting on the day of the report: "Earlier in the
/// day, ..." (told after the day's news, which may be another day's call).
static EARLIER_IN_THE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)earlier\s+in\s+the\s+day(?-u:\b)").expect("static regex compiles")
});

/// Words that put a meeting on the day of the one reported before it:
/// "that day", "later in the day" (not "earlier in the day": see
/// [`EARLIER_IN_THE_DAY`]).
static SAME_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:the\s+same|that)\s+day|later\s+in\s+the\s+day)(?-u:\b)")
        .expect("static regex compiles")
});

/// A clause on another time between two meetings of one sentence: "met A on
/// Tuesday, a day after talks with B", "... after holding talks with B",
/// "... a day after A held talks with B" (A's meeting, `who`).
static OTHER_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^,]*,\s+(?:(?P<day>a|one)\s+day\s+|(?:two|three|several|a\s+few)\s+days\s+|hours\s+|shortly\s+)?(?P<when>after|before|following)(?:\s+(?:holding|having|his|her|their)|\s+(?P<who>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))?$")
        .expect("static regex compiles")
});

/// What follows a meeting named as a noun that puts it ahead: "(the meeting
/// of the commission) will be held in Warsaw", "... is scheduled to take place",
/// "... is scheduled for tomorrow".
static ANNOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]*?(?-u:\b)(?:(?:will|(?:is|are)\s+(?:scheduled|expected|planned|due|set)\s+to)\s+(?:be\s+held|take\s+place|convene|start|begin|open)|(?:is|are)\s+(?:scheduled|planned|due|set)\s+(?:for|on))(?-u:\b)")
        .expect("static regex compiles")
});

/// Words that put a meeting on the day after the one reported before it.
static NEXT_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:the\s+(?:next|following)\s+day|(?:a|one)\s+day\s+later)(?-u:\b)")
        .expect("static regex compiles")
});

/// The days a sentence's opening puts its meeting after the one reported
/// before it: 1 for "The next day", -1 for "A day earlier".
fn day_shift(head: &str) -> Option<i64> {
    // (Both regexes need "day" or "evening", in any case the regexes
    // allow: most heads hold neither.)
    static DAY: crate::Needles<5> = crate::needles!["day", "Day", "DAY", "evening", "Evening"];
    if !DAY.any_in(head) {
        None
    } else if NEXT_DAY.is_match(head) {
        Some(1)
    } else if DAY_BEFORE.is_match(head) {
        Some(-1)
    } else {
        None
    }
}

/// Words that put a meeting on the day before the one reported before it.
static DAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:the\s+(?:day|evening)\s+before|(?:a|one)\s+day\s+(?:earlier|before))(?-u:\b)")
        .expect("static regex compiles")
});

/// The text before a place without the words that describe it: "... in the
/// capital Ankara", "... in the Black Sea port city of Batumi", "... in the
/// Black Sea resort of Sochi" read as "... in Ankara", "... in Batumi", "...
/// in Sochi".
fn without_descriptor(before: &str) -> &str {
    // Most places follow "in" or "at": nothing to strip.
    let last = before.rsplit(' ').next().unwrap_or("");
    let described = match last.trim_end_matches(',') {
        "of" => {
            let kind = before[..before.len() - last.len()]
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("");
            place_noun(kind)
        }
        w => matches!(w, "capital" | "city" | "town"),
    };
    if !described {
        return before;
    }
    // Back to the "the" that opens the description, within six words.
    let mut rest = before;
    for _ in 0..7 {
        let Some(i) = rest.rfind(' ') else {
            return before;
        };
        if &rest[i + 1..] == "the" {
            return rest[..i].trim_end();
        }
        rest = &rest[..i];
    }
    before
}

/// A place that is the subject discussed, not where the sides met: "the
/// situation in Gaza", "a cease-fire in Gaza" (`before` ends with "in" or "at").
fn topic_place(before: &str) -> bool {
    // (A country's article may come between: "forces in the Philippines".)
    let before = before.strip_suffix(" the").unwrap_or(before);
    let mut ws = before.rsplit(' ');
    ws.next();
    ws.next().is_some_and(|w| {
        matches!(
            w,
            "situation"
                | "war"
                | "conflict"
                | "crisis"
                | "cease-fire"
                | "ceasefire"
                | "truce"
                | "developments"
                | "peace"
                | "security"
                | "stability"
                | "tensions"
                | "fighting"
                | "violence"
                | "hostilities"
                | "settlement"
                | "elections"
                | "operations"
                | "presence"
                | "attacks"
                | "strikes"
                | "aggression"
                | "offensive"
                | "reforms"
                | "events"
                | "investments"
                | "projects"
                | "forces"
                | "troops"
                | "sites"
                | "bases"
                | "deployment"
                | "cooperation"
        )
    })
}

/// A person named by nationality and title: "the Chinese foreign minister".
static ROLE_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:the|his|her|their)\s+(?P<who>[A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}?(?P<head>minister|president|premier|commander|chief|ambassador|envoy|general|counterpart|official|diplomat|guest)(?-u:\b)")
        .expect("static regex compiles")
});

/// Two people pointed back to as one side: "met with both ministers".
static BOTH_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:both|the\s+two)\s+(?P<head>ministers|presidents|generals|commanders|ambassadors|envoys)(?-u:\b)")
        .expect("static regex compiles")
});
/// The words without which a sentence points back to no two people.
static BOTH: crate::Needles<2> = crate::needles!["both ", "the two "];

/// Whose someone is: "X's aide Y" (not "X's first meeting with Y").
static AIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:special|personal|senior|top|chief|foreign\s+policy|press)\s+)?(?:aide|adviser|advisor|assistant|spokes(?:man|woman|person)|envoy|deputy|representative|secretary|wife|husband|son|daughter|brother|sister|father|mother|uncle|nephew|cousin|predecessor|successor)s?(?-u:\b)")
        .expect("static regex compiles")
});

/// A sentence set during the visit reported before: "During the visit, ...".
static DURING_VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:During|In\s+the\s+course\s+of)\s+(?:the|his|her|their)\s+(?:visit|trip|stay)(?-u:\b)",
    )
    .expect("static regex compiles")
});

/// A capital named by its country's nationality: "in the Tajik capital".
static DEMONYM_CAPITAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:in|at)\s+the\s+(?P<who>[A-Z][a-z]+)\s+capital(?-u:\b)")
        .expect("static regex compiles")
});

/// A clause between a meeting's verb and a place that moves on to another
/// matter: "met ... at the Pentagon, as the administration pressed for a
/// cease-fire in Gaza"; "met X a day after attending the summit in
/// Singapore".
static OTHER_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s+after\s+(?:attending|visiting|addressing|taking\s+part|participating)|\s+before\s+(?:attending|visiting|addressing|travell?ing|heading|leaving|flying)|,\s+as|\s+amid|,\s+while|,\s+after|\s+discussed|,\s+which|,\s+where\s+\w+\s+(?:said|says|told)|,\s+(?:said|says|added|noted|stressed|told)|,?\s+and\s+(?:later\s+|then\s+|also\s+)?(?:visited|toured|inspected|travell?ed|went|flew|left|headed|laid|paid))\s")
        .expect("static regex compiles")
});

/// Words before a person who is honoured, not met: "the grave of", "a
/// monument to", "paid tribute to", "named after", "the 300th anniversary
/// of the poet".
static HONOURED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:graves?|tomb|memory|monument|statue|mausoleum|bust)\s+(?:of|to)\s|(?:tribute|homage|respects)\s+to\s|named\s+after\s|(?:anniversary|birth|death)\s+of\s",
    )
    .expect("static regex compiles")
});

/// Triggers that name both sides after them: "the meeting between X and Y".
/// A sentence whose subject is a meeting that took place: "A trilateral
/// meeting of the foreign ministers ... X, Y and Z ... was held". Everyone
/// it names took part. (A dateline may open the sentence.)
static GATHERING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^–—.]{0,40}\s[–—-]\s+)?(?:An?|The)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|consultations)\s+(?:of|between)(?-u:\b)")
        .expect("static regex compiles")
});

static BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)between(?-u:\b)").expect("static regex compiles"));

static CALLED_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:called\s+off|cancel+ed|postponed|refused|will\s+(?:meet|hold|visit))(?-u:\b)")
        .expect("static regex compiles")
});

/// Whether a place named between `before` and `after` is where a meeting
/// was held: "in Baku", "at Gallipoli Barracks", or after "the" when it
/// names a site there ("at the Astara border checkpoint", "at the Red
/// Bridge border checkpoint").
fn held_at(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let site = after
        .strip_prefix(' ')
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    let before = match before.strip_suffix(" the") {
        Some(b) if site => b,
        _ => before,
    };
    before.ends_with(" in") || before.ends_with(" at")
}

/// Whether the words after "called on" make it an appeal, not a visit:
/// "called on Sudan's generals to agree to a ceasefire" (not "called on
/// the President to discuss ties", "... to present his credentials").
fn urged(rest: &str) -> bool {
    let clause = &rest[..crate::floor_boundary(rest, rest.len().min(120))];
    let clause = clause.split(['.', ';']).next().unwrap_or(clause);
    clause.match_indices(" to ").any(|(i, _)| {
        let w = clause[i + 4..].split([' ', ',']).next().unwrap_or("");
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                w,
                "discuss"
                    | "exchange"
                    | "review"
                    | "brief"
                    | "present"
                    | "hand"
                    | "convey"
                    | "express"
                    | "offer"
                    | "pay"
                    | "congratulate"
                    | "thank"
                    | "bid"
                    | "introduce"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
            )
    })
}

/// Openings that point back to a participant named before, maybe after a
/// reporting clause ("It added that the delegation also met ...") or a
/// time without a comma ("Earlier on Wednesday she held talks with ...").
static BACK_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^["“]?(?:[A-Z][^,.]{0,40},\s+(?:on\s+[^,.]{0,20},\s+)?|According\s+to\s+[^,]{0,80},\s+|(?:Earlier|Later)(?:\s+(?:on|in|that|this|the|day|morning|afternoon|evening|[A-Z][a-z]+day))*\s+)?(?:(?:It|[A-Z]\w+)\s+(?:added|said|noted|stated|reported)\s+(?:that\s+)?)?(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:top\s+)?(?:(?P<who>[A-Z][A-Za-z]+|(?:[A-Z]\.){2,3})\s+)?(?:top\s+)?(?:delegation|guests?|ministers?|generals?|diplomats?|co-chairs|ambassadors?|envoys?|presidents?|prime\s+ministers?|(?:foreign|defen[cs]e)\s+minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|President|Prime\s+Minister|Head\s+of\s+State|FM|DM|PM|(?:[A-Z][a-z]+\s+){1,3}(?:Secretary|Commander)|(?:[A-Z][a-z]+\s+){0,3}(?:Ambassador|Envoy|Speaker|Chairman|Chairwoman|Governor|Mayor)|Secretary[-\s]General|(?:(?:Rear|Vice)\s+)?[Aa]dmiral|General|[Cc]ommodore|two|chiefs?|commanders?|(?:[Aa]rmy|[Nn]aval|[Nn]avy|[Aa]ir\s+[Ff]orce|[Mm]ilitary|[Ii]ntelligence|[Pp]olice)\s+[Cc]hief|secretary|officials?|leaders?|head\s+of\s+(?:state|government)|(?P<acro>[A-Z]{3,6}))|(?P<visiting>[Tt]he\s+visiting\s+(?:[a-z]+\s+)?(?:dignitary|guest|official|minister|commander|general|chief|delegation)))(?-u:\b)"#)
        .expect("static regex compiles")
});

/// Whether a [`BACK_REFERENCE`] points back to several: "The ministers",
/// "The two", "They".
fn points_to_several(r: &regex::Captures) -> bool {
    let w = r.get(0).map_or("", |m| m.as_str()).trim_end();
    w.ends_with('s') || w.ends_with("two") || w.ends_with("hey")
}

/// Whether the text before a date makes the date a bound, not a day
/// something happened on: "since July", "by 2030", "since Y took office in
/// July" (a "since" clause of a few words).
fn bounds_a_span(before: &str) -> bool {
    let before = before.trim_end();
    let clause = &before[crate::floor_boundary(before, before.len().saturating_sub(40))..];
    let clause = clause.rsplit([',', ';', '.', '(']).next().unwrap_or(clause);
    matches!(
        before.rsplit(' ').next(),
        Some("since" | "until" | "till" | "through" | "by" | "before")
    ) || clause.starts_with("since ")
        || clause.contains(" since ")
        || after_event(clause)
}

/// Whether a clause opens with "after" and tells of an event of its own:
/// "after the Taliban took over Kabul on" (its date is that event's).
fn after_event(clause: &str) -> bool {
    let rest = match clause.find(" after ") {
        Some(i) => &clause[i + 7..],
        None => match clause.strip_prefix("after ") {
            Some(r) => r,
            None => return false,
        },
    };
    // (A verb in lower case: not "after the United Nations summit on".)
    rest.split(' ').skip(1).any(|w| {
        (w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()))
            || matches!(
                w,
                "took" | "came" | "won" | "left" | "became" | "began" | "fell" | "seized"
            )
    })
}

/// A place the gazetteer names (a capital looked up: "Ulan Bator") as the
/// article spells it ("Ulaanbaatar"), if it names it otherwise; else as it
/// is (a dateline's "Nur-Sultan" stays, whatever the place's entity is called).
fn as_entity_named(entities: &[Entity], place: String) -> String {
    let locations = || entities.iter().filter(|e| e.kind == EntityKind::Location);
    let spelled = |e: &Entity| {
        e.name == place
            || e.mentions
                .iter()
                .any(|m| m.text.eq_ignore_ascii_case(&place))
    };
    if locations().any(spelled) {
        return place;
    }
    let g = &*crate::gazetteer::GAZETTEER;
    let Some(canonical) = g.place_canonical(&place) else {
        return place;
    };
    locations()
        .find(|e| g.place_canonical(&e.name) == Some(canonical))
        .and_then(|e| {
            e.mentions
                .iter()
                .find(|m| m.text.chars().any(char::is_lowercase))
        })
        .map_or(place, |m| m.text.clone())
}

/// `w` with its first letter in capitals ("chairman" -> "Chairman").
fn capitalized(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// Sentence spans (byte offsets into the input) of a segment.
fn sentences(seg: &Segment) -> Vec<Span> {
    let text = &seg.text;
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = &text[i + 1..];
        let rest = after.trim_start_matches(['"', '”', '\'', '’', ')']);
        let gap = rest.len() < after.len() || rest.starts_with(char::is_whitespace);
        let next = rest.trim_start();
        if !gap
            || !(next.is_empty()
                || next.starts_with(|ch: char| ch.is_uppercase() || ch == '"' || ch == '“'))
        {
            continue;
        }
        // "Gen.", "Mr.", "U.S.", "T.": abbreviations and initials do not end sentences.
        let word = text[..i]
            .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
            .next()
            .unwrap_or("");
        let short = word.trim_end_matches('.');
        if (short.chars().count() == 1 && short.chars().all(char::is_alphabetic))
            || crate::tokens::ABBREVIATIONS.contains(&short)
            || matches!(
                short,
                "No"
                    | "Sept"
                    | "Jan"
                    | "Feb"
                    | "Aug"
                    | "Oct"
                    | "Nov"
                    | "Dec"
            )
            || short.contains('.')
            // A dateline's place in capitals: "MOSCOW. June 12 (Interfax) - X met Y".
            || (start == 0
                && c == '.'
                && short.len() == i
                && short.chars().count() >= 3
                && !short.contains(char::is_lowercase))
        {
            continue;
        }
        let end = i + c.len_utf8() + (after.len() - rest.len());
        out.push(Span {
            start: seg.content.start + start,
            end: seg.content.start + end,
        });
        start = end + (rest.len() - next.len());
    }
    if start < text.len() {
        out.push(Span {
            start: seg.content.start + start,
            end: seg.content.start + text.len(),
        });
    }
    out
}

/// The sentences of `seg`, each split where a clause of its own tells of
/// another meeting: "X met Y in Sochi, and President Z received X later"
/// (two meetings, not one of three), "X met Y, while Z met W". Both
/// clauses name two people or more (`people` counts them) and a meeting's
/// word, and the second opens with a capital (its subject: not "and the
/// two discussed ...", nor "and Z attended the meeting", one person).
/// Each split is kept in `split`, its two clauses.
// (Kept out of `find`: inlined, it moved the whole stage's count by more
// than its own cost.)
#[inline(never)]
fn clauses(
    seg: &Segment,
    mut sentences: Vec<Span>,
    people: impl Fn(Span) -> usize,
    named_to: impl Fn(usize) -> Option<usize>,
    split: &mut Vec<(Span, Span)>,
) -> Vec<Span> {
    // The joins before a capital, found in one pass over the segment
    // (bytes tested first: most commas join no clause), and the relative
    // clauses after a name (", who").
    let bytes = seg.text.as_bytes();
    let joins: Vec<(usize, usize, bool)> = memchr::memchr2_iter(b',', b';', bytes)
        .filter_map(|at| {
            let len = match (bytes[at], bytes.get(at + 2)) {
                (b';', _) if bytes[at..].starts_with(b"; ") => 2,
                (b',', Some(b'a')) if bytes[at..].starts_with(b", and ") => 6,
                (b',', Some(b'w')) if bytes[at..].starts_with(b", while ") => 8,
                (b',', Some(b'w')) if bytes[at..].starts_with(b", who ") => {
                    return Some((seg.content.start + at, 6, true));
                }
                _ => return None,
            };
            seg.text[at + len..]
                .starts_with(char::is_uppercase)
                .then_some((seg.content.start + at, len, false))
        })
        .collect();
    if joins.is_empty() {
        return sentences;
    }
    let text_of = |s: Span| &seg.text[s.start - seg.content.start..s.end - seg.content.start];
    // (A meeting of its own: not one pointed back to, "and X and Y attended
    // the meeting", "during the talks in ...".)
    let told = |s: Span| {
        TRIGGER.find_iter(text_of(s)).any(|m| {
            ![
                "attended",
                "took",
                "participated",
                "during",
                "at ",
                "after",
                "following",
            ]
            .iter()
            .any(|w| m.as_str().starts_with(w))
        })
    };
    let mut i = 0;
    while i < sentences.len() {
        let sent = sentences[i];
        i += 1;
        let mut here = joins
            .iter()
            .filter(|(at, _, _)| (sent.start..sent.end).contains(at))
            .peekable();
        if here.peek().is_none() || people(sent) < 2 {
            continue;
        }
        let mut from = sent.start;
        for &(comma, len, relative) in here {
            let next = comma + len;
            if comma <= from {
                continue;
            }
            let head = Span {
                start: from,
                end: comma + 1,
            };
            // Where the second clause starts, if the sentence splits here.
            let tail_start = if relative {
                // "X was accompanied by Y, who separately met with Z": Y's
                // meeting with Z, X not in it (the relative clause, from
                // its name on, is a clause of its own).
                // (The clause's own verb of meeting, someone named in the
                // clause: not "X and Y, who met in Ankara, thanked Z".)
                named_to(comma).filter(|&named| {
                    let close = text_of(Span {
                        start: next,
                        end: sent.end,
                    })
                    .find(',')
                    .map_or(sent.end, |c| next + c);
                    let clause = Span {
                        start: next,
                        end: close,
                    };
                    named >= from
                        && people(head) >= 2
                        && people(clause) >= 1
                        && told(clause)
                        && !text_of(Span {
                            start: from,
                            end: named,
                        })
                        .ends_with(" and ")
                })
            } else {
                let tail = Span {
                    start: next,
                    end: sent.end,
                };
                (people(head) >= 2 && people(tail) >= 2 && told(head) && told(tail)).then_some(next)
            };
            if let Some(start) = tail_start {
                let tail = Span {
                    start,
                    end: sent.end,
                };
                sentences[i - 1] = head;
                sentences.insert(i, tail);
                split.push((head, tail));
                i += 1;
                from = start;
            }
        }
    }
    sentences
}

/// A mention of an entity: entity index and byte span.
#[derive(Clone, Copy)]
struct At {
    entity: usize,
    start: usize,
    end: usize,
}

/// The openers of a relative clause (", who ...,", ", which ...,", ", whose
/// ...,").
const RELATIVE: [&str; 3] = [", who ", ", which ", ", whose "];
/// ... and of an aside that tells of another time: an apposition too
/// ("Pezeshkian, a reformist who took office in July, also met ..."). (For
/// dates only: an apposition may name the one met, "met his counterpart,
/// an old friend, X"; so may a place's clause, "discussed the situation in
/// Kosovo, where troops were attacked in May".)
const ASIDE: [&str; 6] = [
    ", who ", ", which ", ", whose ", ", a ", ", an ", ", where ",
];

/// Whether byte `at` of a sentence lies in a clause opened by one of
/// `openers` that the trigger at byte `trigger` is not in.
fn in_relative_clause(text: &str, at: usize, trigger: usize, openers: &[&str]) -> bool {
    any_relative_clause(text, at, openers, |open, close| {
        at < close && !(open..close).contains(&trigger)
    })
}

/// Whether a relative clause (from its opening comma) tells the subject's
/// visit, during which what the sentence tells took place: ", who paid a
/// visit to Bucharest on Tuesday", ", who is on an official visit to
/// Baku", ", who visited Riga on Monday" (not ", who arrived ...").
fn visit_clause(clause: &str) -> bool {
    let Some(rest) = clause.strip_prefix(", who ") else {
        return false;
    };
    ["visited ", "is visiting ", "was visiting "]
        .iter()
        .any(|v| rest.starts_with(v))
        || ([
            "paid a",
            "paid an",
            "is paying",
            "was paying",
            "is on a",
            "is on an",
            "was on a",
            "was on an",
        ]
        .iter()
        .any(|v| rest.starts_with(v))
            && rest.contains(" visit"))
}

/// Whether `fits` holds for one of the relative clauses opened before byte
/// `at` (the last of each of `openers`, at most five): it is given the
/// clause's opening comma and the comma that closes it (or the sentence's
/// end). The openers are found by walking back over the commas (most
/// sentences hold few; no substring searcher per call).
fn any_relative_clause(
    text: &str,
    at: usize,
    openers: &[&str],
    mut fits: impl FnMut(usize, usize) -> bool,
) -> bool {
    let mut seen = [false; ASIDE.len()];
    for open in memchr::memrchr_iter(b',', &text.as_bytes()[..at]) {
        for (i, opener) in openers.iter().enumerate() {
            if seen[i] || !text[open..at].starts_with(opener) {
                continue;
            }
            seen[i] = true;
            let close = text[open + 2..]
                .find(',')
                .map_or(text.len(), |c| open + 2 + c);
            if fits(open, close) {
                return true;
            }
        }
        if seen[..openers.len()].iter().all(|&s| s) {
            break;
        }
    }
    false
}

/// Whether a title of `e` holds `word` in lower case ("minister" of
/// "Foreign Minister").
fn has_title(e: &Entity, word: &str) -> bool {
    e.titles.iter().any(|t| t.to_lowercase().contains(word))
}

/// The last two different entities mentioned before byte `before` for
/// which `fits` holds, in the text's order ("the two ministers", "both
/// ministers").
fn last_two(all: &[At], before: usize, fits: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut two: Vec<usize> = Vec::with_capacity(2);
    for a in all.iter().rev().filter(|a| a.start < before) {
        if two.len() == 2 {
            break;
        }
        if !two.contains(&a.entity) && fits(a.entity) {
            two.push(a.entity);
        }
    }
    two.reverse();
    two
}

/// A meeting reported without names (`u`: its sentence, day, place and
/// the side named), its participants told after it: `people` (entity
/// indices). Its evidence is set by [`Meeting::with_evidence`].
fn told_of(
    kind: MeetingKind,
    people: impl IntoIterator<Item = usize>,
    u: Unnamed,
    entities: &[crate::Entity],
) -> Meeting {
    Meeting {
        kind,
        participants: people
            .into_iter()
            .map(|i| entities[i].name.clone())
            .collect(),
        date: u.1,
        place: u.2,
        evidence: Span { start: 0, end: 0 },
        evidence_chars: Span { start: 0, end: 0 },
    }
}

impl Meeting {
    /// The meeting, reported by the sentence at `evidence` (bytes) and
    /// `evidence_chars` (characters).
    fn with_evidence(self, evidence: Span, evidence_chars: Span) -> Meeting {
        Meeting {
            evidence,
            evidence_chars,
            ..self
        }
    }
}

/// Where the reporting verb right before a date starts, if one stands
/// there: `before` is the text before the date ("..., the ministry said on"
/// gives the offset of "said").
fn told_before(before: &str) -> Option<usize> {
    let before = before.trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before);
    let at = before.rfind(' ').map_or(0, |i| i + 1);
    crate::dates::TOLD.contains(&&before[at..]).then_some(at)
}

/// The entities taking part in meeting `m`, in the entities' order.
fn participant_ids<'a>(m: &'a Meeting, entities: &'a [Entity]) -> impl Iterator<Item = usize> + 'a {
    (0..entities.len()).filter(move |&i| m.participants.contains(&entities[i].name))
}

/// The last meeting reported, if two people met in it and it ended within
/// `reach` bytes before byte `at`: the two a later sentence may point back
/// to ("the two ministers", "both ministers").
fn pair_just_met(meetings: &[Meeting], at: usize, reach: usize) -> Option<&Meeting> {
    meetings
        .last()
        .filter(|m| m.participants.len() == 2 && m.evidence.end + reach >= at)
}

/// The one participant of the last meeting reported for whom `ok` holds.
fn one_who_met(
    meetings: &[Meeting],
    entities: &[Entity],
    ok: impl Fn(usize) -> bool,
) -> Option<usize> {
    let m = meetings.last()?;
    let mut so = participant_ids(m, entities).filter(|&i| ok(i));
    let one = so.next()?;
    so.next().is_none().then_some(one)
}

/// Meetings reported in the title and body segments (the metadata gives
/// the dateline's place and the day of the report).
pub(crate) fn find(segments: &[Segment], entities: &[Entity], metadata: &Metadata) -> Vec<Meeting> {
    // Lines broken inside a paragraph read as spaces ("in the resort town
    // of\nBakuriani"), as the recognizer reads them; copied only when a
    // segment holds a line break.
    let read: Vec<Segment>;
    let segments = if segments
        .iter()
        .any(|s| memchr::memchr(b'\n', s.text.as_bytes()).is_some())
    {
        read = segments
            .iter()
            .map(|s| {
                let mut text = String::with_capacity(s.text.len());
                crate::document::push_read(s, &mut text);
                Segment { text, ..*s }
            })
            .collect();
        &read[..]
    } else {
        segments
    };
    let dateline = metadata.dateline.as_deref();
    let report_day = metadata.published.map(|d| d.to_string());
    let mut all: Vec<At> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions.iter().map(move |m| At {
                entity: i,
                start: m.span.start,
                end: m.span.end,
            })
        })
        .collect();
    // (A range's two dates share its mention, "11-12 December": the first
    // day first, whichever entity the article named before; a pass over
    // neighbours, as ties are few and pairs.)
    all.sort_by_key(|a| a.start);
    for i in 1..all.len() {
        if all[i].start == all[i - 1].start
            && entities[all[i].entity].value < entities[all[i - 1].entity].value
        {
            all.swap(i, i - 1);
        }
    }
    let within = |s: Span, kind: EntityKind| -> Vec<At> {
        let lo = all.partition_point(|a| a.start < s.start);
        all[lo..]
            .iter()
            .take_while(|a| a.end <= s.end)
            .filter(|a| entities[a.entity].kind == kind)
            .copied()
            .collect()
    };
    // The first full date (a day) written in span `s` (read in place: no
    // list of its dates is built).
    let first_day = |s: Span| {
        let lo = all.partition_point(|a| a.start < s.start);
        all[lo..]
            .iter()
            .take_while(|a| a.end <= s.end)
            .filter(|a| entities[a.entity].kind == EntityKind::Date)
            .find_map(|a| entities[a.entity].value.clone().filter(|d| d.len() == 10))
    };
    // "Armenia and Russia defence ministers meet in Moscow": the city a
    // headline places its meeting in.
    let headline_place: Option<&str> = segments
        .iter()
        .find(|s| s.kind == SegmentKind::Title)
        .and_then(|t| {
            within(t.content, EntityKind::Location)
                .into_iter()
                .find(|a| {
                    let before = &t.text[..a.start - t.content.start];
                    before.ends_with(" in ") && MEETING_WORD.is_match(before)
                })
        })
        .map(|a| entities[a.entity].name.as_str());
    // Whether the article writes person `e` as one of a nationality: in a
    // title ("... of the Iranian Armed Forces") or just before a mention
    // ("Tajik Defense Minister X").
    let described = |e: usize, who: &str| {
        // (Or by the country's name: "Minister of National Defense of the
        // People's Republic of China" is "the Chinese minister".)
        let titles = &entities[e].titles;
        // (Or by a country's name the adjective grows from: "... of the
        // Republic of Korea" is "the Korean minister"; either holds the
        // adjective's first four letters.)
        let stem = who.get(..4).unwrap_or(who);
        titles.iter().any(|t| {
            t.contains(stem)
                && (t.contains(who)
                    || t.split(' ')
                        .any(|w| w.len() >= 4 && who.len() > w.len() && who.starts_with(w)))
        }) || (!titles.is_empty()
            && crate::gazetteer::GAZETTEER
                .country_by_demonym(who)
                .is_some_and(|c| titles.iter().any(|t| t.contains(c))))
            || all.iter().filter(|a| a.entity == e).any(|a| {
                segments
                    .iter()
                    .find(|s| s.content.start <= a.start && a.start < s.content.end)
                    .is_some_and(|s| {
                        // (Since the person named before: not "Moldovan
                        // Minister X met Irish Minister Y" for Y.)
                        let from = all[..all.partition_point(|b| b.start < a.start)]
                            .iter()
                            .rev()
                            .find(|b| entities[b.entity].kind == EntityKind::Person)
                            .map_or(s.content.start, |b| b.end.max(s.content.start));
                        let before = &s.text[..a.start - s.content.start];
                        let near = &before[crate::ceil_boundary(
                            before,
                            before
                                .len()
                                .saturating_sub(80)
                                .max(from.min(a.start) - s.content.start),
                        )..];
                        near.contains(who)
                            || (who.starts_with(char::is_lowercase)
                                && near.to_lowercase().contains(who))
                            // ("Iran's Ambassador X" is the Iranian diplomat;
                            // by any name the country has in the text:
                            // "Türkiye's Minister X".)
                            || crate::gazetteer::GAZETTEER
                                .country_by_demonym(who)
                                .is_some_and(|c| {
                                    // (Each possessive in it, then whose.)
                                    let names = || {
                                        entities
                                            .iter()
                                            .filter(|x| {
                                                x.kind == EntityKind::Location && x.name == c
                                            })
                                            .flat_map(|x| {
                                                x.mentions.iter().map(|m| m.text.as_str())
                                            })
                                            .chain(std::iter::once(c))
                                    };
                                    near.match_indices("'s")
                                        .chain(near.match_indices("’s"))
                                        .any(|(i, _)| names().any(|n| near[..i].ends_with(n)))
                                })
                    })
            })
    };
    let mut meetings: Vec<Meeting> = Vec::new();
    // Meetings told as before the story's ("X and Y last met in Singapore"),
    // by index: no visit goes on from them.
    let mut told_earlier: Vec<usize> = Vec::new();
    // A meeting reported without its participants' names: its sentence's
    // number, date and place.
    // (With whoever chaired it: "... held a meeting in Tashkent, chaired by
    // X. The meeting was attended by ...".)
    let mut unnamed: Option<Unnamed> = None;
    // The head of one side of an unnamed meeting, told in the sentence
    // after it: that sentence's number, the meeting, the head.
    let mut side_heads: Option<(usize, Unnamed, usize)> = None;
    // The subject of the last sentence, the day it gives, and its number.
    let mut last_dated: Option<(usize, String, usize)> = None;
    // The guest of the last reception or visit: "the visiting dignitary".
    let mut last_guest: Option<usize> = None;
    let mut destination: Option<String> = None;
    // Who went there: the person first named where the visit was.
    let mut visitor: Option<usize> = None;
    let mut previous_subject: Option<usize> = None;
    // Every subject so far, the latest last.
    let mut subjects: Vec<usize> = Vec::new();
    let mut journey: Option<(usize, String)> = None;
    let mut previous_people: Vec<usize> = Vec::new();
    // Whether the sentence that named them reported a meeting.
    let mut previous_met = false;
    // The subjects who went on together: "X and Y visited ...", whom "they"
    // or "the generals" in a later sentence stand for.
    let mut previous_group: Vec<usize> = Vec::new();
    // The first full date of the last sentence that named someone and one.
    let mut previous_day: Option<(String, usize)> = None;
    // The people of the last "delegation led by X and Y", who "the guests"
    // or "the delegation" later stand for.
    let mut delegation: Vec<usize> = Vec::new();
    let mut delegation_date: Option<String> = None;
    // Each side's nationality and head: "the Armenian delegation was headed by X".
    let mut sides_led: Vec<(&str, usize)> = Vec::new();
    // Who went along with whom: "X was accompanied by A and B" (A, X), (B, X).
    let mut companions: Vec<(usize, usize)> = Vec::new();
    // "... during a meeting in Tbilisi on Monday. X met with Y on March 4.":
    // a meeting's place named just before it (the sentence count it was
    // named at), for a meeting whose own sentence names none.
    let mut meeting_place: Option<(String, usize)> = None;
    let mut n_sentence = 0;
    // The sentences split in two clauses, each telling of a meeting.
    let mut split: Vec<(Span, Span)> = Vec::new();
    for seg in segments
        .iter()
        .filter(|s| matches!(s.kind, SegmentKind::Title | SegmentKind::Body))
    {
        // Characters before a sentence, counted on from the sentence before.
        let mut counted = (0, 0);
        let people_in = |s: Span| {
            let mut ids: Vec<usize> = within(s, EntityKind::Person)
                .iter()
                .map(|a| a.entity)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids.len()
        };
        // Where a name ends, its start.
        let named_to = |end: usize| {
            let i = all.partition_point(|a| a.end < end);
            all.get(i)
                .filter(|a| a.end == end && entities[a.entity].kind == EntityKind::Person)
                .map(|a| a.start)
        };
        for sent in clauses(seg, sentences(seg), people_in, named_to, &mut split) {
            let text = &seg.text[sent.start - seg.content.start..sent.end - seg.content.start];
            let met_before = meetings.len();
            // "The meeting was held at the Headquarters in Baku": where the last
            // reported meeting took place, when its own sentence did not say
            // (or only the dateline did).
            // (Not a call's: a telephone talk has no place.)
            if let Some(last) = meetings.last_mut().filter(|m| {
                (m.place.is_none() || m.place.as_deref() == dateline)
                    && m.kind != MeetingKind::PhoneCall
            }) {
                if HELD.is_match(text) && !another_meeting(text) {
                    let places = within(sent, EntityKind::Location);
                    if last.place.is_none() {
                        last.place = places
                            .iter()
                            .find(|a| {
                                let before = seg.text[..a.start - seg.content.start].trim_end();
                                before.ends_with(" in") || before.ends_with(" at")
                            })
                            .map(|a| entities[a.entity].name.clone());
                    } else if let Some(a) = places.iter().find(|a| {
                        // Over the dateline's place only where the clause says
                        // so: "The meeting took place in Tbilisi".
                        let clause =
                            &seg.text[sent.start - seg.content.start..a.start - seg.content.start];
                        leads_to_place(clause.rsplit([',', ';']).next().unwrap_or(""))
                    }) {
                        last.place = Some(entities[a.entity].name.clone());
                    }
                }
            }
            n_sentence += 1;
            // Where a delegation or visitor went: "is on a visit to
            // Pakistan", "arrived in Tashkent".
            // (Not a visit planned: "the preparations for the visit of X
            // to Budapest, which is scheduled for this autumn".)
            if VISIT_WORD.is_match(text) {
                if let Some(a) = within(sent, EntityKind::Location).into_iter().find(|a| {
                    let head = &text[..a.start - sent.start];
                    VISIT_TO.find(head).is_some_and(|m| {
                        let from = crate::ceil_boundary(head, m.start().saturating_sub(40));
                        let tail = &text[a.end - sent.start..];
                        let to = crate::floor_boundary(tail, 40);
                        !PLANNED.any_in(&head[from..m.start()]) && !PLANNED.any_in(&tail[..to])
                    })
                }) {
                    destination = Some(entities[a.entity].name.clone());
                    visitor = within(sent, EntityKind::Person).first().map(|a| a.entity);
                    // "X met Y on Tuesday. X is on a working visit to
                    // Israel.": the meeting just told was there.
                    place_by_visit_going_on(
                        &mut meetings,
                        segments,
                        sent,
                        text,
                        visitor.map(|v| entities[v].name.as_str()),
                        &destination,
                        dateline,
                    );
                }
            }
            // "visited the grave of national leader Heydar Aliyev": the dead
            // and the honoured are not met.
            let mut people = within(sent, EntityKind::Person);
            if !people.is_empty() && HONOURED.is_match(text) {
                // ... and those listed after them, up to a verb of meeting:
                // "the graves of X, and prominent ophthalmologist Y".
                people.retain(|a| {
                    let before =
                        &seg.text[sent.start - seg.content.start..a.start - seg.content.start];
                    let near =
                        &before[crate::ceil_boundary(before, before.len().saturating_sub(60))..];
                    // (Within a list's reach: a sentence may run long.)
                    let reach =
                        &before[crate::ceil_boundary(before, before.len().saturating_sub(300))..];
                    let listed = HONOURED.find_iter(reach).last().is_some_and(|m| {
                        let since = &reach[m.end()..];
                        !since.contains(['.', ';']) && !TRIGGER.is_match(since)
                    });
                    !HONOURED.is_match(near) && !listed
                });
            }
            // "conveyed the greetings of President X to Y": X, who sent
            // them, is not met (Y is).
            static ON_BEHALF: crate::Needles<4> = crate::needles![
                "greetings of ",
                "greetings from ",
                "on behalf of ",
                "message from ",
            ];
            if people.len() >= 2 && ON_BEHALF.any_in(text) {
                people.retain(|a| {
                    let before =
                        &seg.text[sent.start - seg.content.start..a.start - seg.content.start];
                    !ON_BEHALF
                        .all_in(before)
                        .map(|(at, len)| &before[at + len..])
                        .any(|between| {
                            between
                                .split_whitespace()
                                .all(|w| w == "the" || w.starts_with(char::is_uppercase))
                        })
                });
            }
            // "President X's aide Y": X is whose aide, not met.
            if people.len() >= 2 {
                let possessors: Vec<usize> = people
                    .windows(2)
                    .filter(|w| {
                        // (Or in apposition: "X's press secretary, Y,".)
                        let between =
                            &seg.text[w[0].end - seg.content.start..w[1].start - seg.content.start];
                        let between = between.strip_suffix(", ").unwrap_or(between);
                        // (A name ending in "s" may take the apostrophe
                        // alone: "Guterres' personal envoy, Y,".)
                        let s_ends = seg.text[..w[0].end - seg.content.start].ends_with('s');
                        let rest = after_possessive(between).or_else(|| {
                            s_ends
                                .then(|| {
                                    between
                                        .strip_prefix("' ")
                                        .or_else(|| between.strip_prefix("’ "))
                                })
                                .flatten()
                        });
                        rest.is_some_and(|r| AIDE.is_match(r))
                            && between.len() <= 50
                            && !between.contains([',', ';'])
                            && !between.contains(" and ")
                    })
                    .map(|w| w[0].start)
                    .collect();
                people.retain(|a| !possessors.contains(&a.start));
                // (So is X with the relation unnamed: "hosted a separate
                // meeting with Tokayev's wife".)
                people.retain(|a| {
                    !after_possessive(&seg.text[a.end - seg.content.start..])
                        .is_some_and(|r| AIDE.is_match(r))
                });
            }
            if !people.is_empty() {
                // (Not one "who also took part in the meeting" of this
                // sentence: "X and Y met ... at the invitation of Z, who also
                // took part in the meeting" is all three's.)
                if let Some(c) = crate::captures(&ALSO_ATTENDED, text)
                    .filter(|c| !text[..c.get(0).map_or(0, |m| m.start())].ends_with(", who "))
                {
                    let m = c.get(0).expect("group 0");
                    // The attendees' clause: after "(also attended|accompanied) by" up to
                    // a comma before a lower-case word ("..., the sides
                    // discussed"), or before "also attended" from the
                    // clause's start.
                    let (from, to) = if c.name("by").is_some() {
                        let rest = &text[m.end()..];
                        let close = rest
                            .match_indices(", ")
                            .find(|(i, _)| rest[i + 2..].starts_with(char::is_lowercase))
                            .map_or(rest.len(), |(i, _)| i);
                        (m.end(), m.end() + close)
                    } else {
                        // (A clause of its own after ", and": "X met Y, and Z
                        // also attended the meeting".)
                        let head = &text[..m.start()];
                        let clause = head
                            .rfind([';', ':'])
                            .map_or(0, |i| i + 1)
                            .max(head.rfind(", and ").map_or(0, |i| i + ", and ".len()));
                        (clause, m.start())
                    };
                    let in_clause = |a: &At| (from..to).contains(&(a.start - sent.start));
                    // (Those who went along stay where their lead goes.)
                    if m.as_str().starts_with("accompanied") {
                        if let Some(lead) = people.first().filter(|a| !in_clause(a)) {
                            companions.extend(
                                people
                                    .iter()
                                    .filter(|a| in_clause(a))
                                    .map(|a| (a.entity, lead.entity)),
                            );
                        }
                    }
                    people.retain(|a| !in_clause(a));
                }
            }
            if people.is_empty() && MEETING_IN_WORD.is_match(text) && !CALLED_OFF.is_match(text) {
                // "during a meeting in Tbilisi", "a ministerial meeting held in
                // the ... port city of Batumi": the place the clause of a
                // "meeting" or "talks" leads to.
                // The last such place: "the Georgian Black Sea port city of Batumi".
                // (Not a country's: "talks in Kazakhstan's largest city".)
                let held_in = within(sent, EntityKind::Location).into_iter().rfind(|a| {
                    let owner = seg.text[a.end - seg.content.start..].starts_with(['\'', '’']);
                    let clause = seg.text
                        [sent.start - seg.content.start..a.start - seg.content.start]
                        .rsplit([',', ';', '(', ':'])
                        .next()
                        .unwrap_or("");
                    !owner && leads_to_place(clause)
                });
                if let Some(a) = held_in.filter(|_| !another_meeting(text)) {
                    meeting_place = Some((entities[a.entity].name.clone(), n_sentence));
                }
            }
            // "Defence ministers of A, B and C met in Astana on 13-14 March.":
            // a meeting whose participants the next sentence names.
            // (Most sentences name nobody: the full trigger search waits for
            // a word of meeting.)
            // (Or only its chair: "..., chaired by X".)
            let chaired_from = match people.first() {
                Some(_) => CHAIRED_BY.find(text).map(|i| sent.start + i),
                None => None,
            };
            // (Or its host alone: "X hosted a meeting of the defence
            // ministers in Brussels".)
            static HOSTED: crate::Needles<5> = crate::needles![
                " hosted a meeting of ",
                " hosted the meeting of ",
                " chaired a meeting of ",
                " chaired the meeting of ",
                " convened a meeting of "
            ];
            // (Or one side alone, the other unnamed: "X met with
            // representatives of the ICRC"; its head may be told next.)
            static UNNAMED_SIDE: crate::Needles<5> = crate::needles![
                " met with representatives of ",
                " met representatives of ",
                " received representatives of ",
                " met with a delegation ",
                " received a delegation "
            ];
            // (Or the one met by sides a plural names: "The defence
            // ministers of A, B and C met with X in Vilnius", the ministers
            // named next.)
            // (" met " also finds " met with ", at the same place.)
            static MET: crate::Needles<1> = crate::needles![" met "];
            let plural_subject = |one: &At| {
                MET.find(text).is_some_and(|at| {
                    // (After a dateline maybe: from its last "The ".)
                    let subject = &text[..at];
                    let subject = subject.rfind("The ").map_or("", |i| &subject[i..]);
                    one.start >= sent.start + at
                        && subject.split(' ').any(|w| {
                            matches!(
                                w,
                                "ministers" | "presidents" | "leaders" | "chiefs" | "heads"
                            )
                        })
                })
            };
            let one_side_alone = match people[..] {
                [one] => {
                    HOSTED
                        .each_in(text)
                        .chain(UNNAMED_SIDE.each_in(text))
                        .next()
                        .is_some_and(|(at, _)| one.end <= sent.start + at)
                        || plural_subject(&one)
                }
                _ => false,
            };
            let chairs: Vec<usize> = match chaired_from {
                _ if one_side_alone => vec![people[0].entity],
                Some(from) if people.iter().all(|a| a.start > from) => {
                    people.iter().map(|a| a.entity).collect()
                }
                _ => Vec::new(),
            };
            // ("During the meeting, they discussed ...": the one reported.)
            let reported = !meetings.is_empty()
                && text.trim_start().starts_with(['D', 'A', 'I', 'F'])
                && DURING_THE_MEETING.is_match(text);
            // ("Foreign ministers ... gathered in X on Friday for a
            // meeting chaired by Y" is one too.)
            static GATHERED: crate::Needles<2> = crate::needles![" gathered ", " convened "];
            // "The meeting was co-chaired by X and Y": the meeting just
            // reported, of its co-chairs.
            let told_next = ["The meeting", "The session", "The talks", "It was"]
                .iter()
                .any(|w| text.trim_start().starts_with(w));
            // (Two chairs are co-chairs too: "The meeting was chaired by X
            // and Y".)
            let co_chairs = chairs.len() >= 2
                && (text.contains("co-chaired by ")
                    || (told_next && text.contains(" chaired by ")));
            // (Not co-chairs told after the meeting: it is theirs, below.)
            let chairs_told_after = co_chairs && told_next && unnamed.is_some();
            let nameless = people.is_empty() || !chairs.is_empty();
            // ("The two leaders first held a one-on-one meeting": the
            // meeting reported, whose sides were named.)
            let those_who_met = || {
                !meetings.is_empty()
                    && crate::captures(&BACK_REFERENCE, text).is_some_and(|c| {
                        let who = c[0].trim_end();
                        // (Not others named by whose they are: "The
                        // leaders of A, B and C met in Riga".)
                        (who.ends_with("two") || who.ends_with("leaders") || who.ends_with("hey"))
                            && !text[c[0].len()..].trim_start().starts_with("of ")
                    })
            };
            // ("The meeting discussed the agreement signed in March 2023":
            // the meeting just reported with its sides, no other.)
            let the_last_told = || {
                told_next
                    && people.is_empty()
                    && meetings
                        .last()
                        .is_some_and(|m| m.evidence.end + 400 >= sent.start)
            };
            if nameless
                && !chairs_told_after
                && !reported
                && !the_last_told()
                && MEETING_WORDS.any_in(text)
                && (TRIGGER.is_match(text) || GATHERED.any_in(text) || DIALOGUE_HELD.is_match(text))
                && !CALLED_OFF.is_match(text)
                && !those_who_met()
            {
                // (The first date after the verb: not the dateline's.)
                let verb = sent.start + TRIGGER.find(text).map_or(0, |m| m.start());
                let dates = within(sent, EntityKind::Date);
                // (Not a bound: "the first meeting since Ahn took office in July".)
                let dates: Vec<At> = dates
                    .into_iter()
                    .filter(|a| !bounds_a_span(&seg.text[..a.start - seg.content.start]))
                    .collect();
                let date = dates
                    .iter()
                    .find(|a| a.start > verb)
                    .or(dates.first())
                    .and_then(|a| entities[a.entity].value.clone());
                // (The town, not its country: "in Russia's Khanty-Mansiysk".)
                let places = within(sent, EntityKind::Location);
                let place = places
                    .iter()
                    .position(|a| {
                        let (before, after) =
                            (&text[..a.start - sent.start], &text[a.end - sent.start..]);
                        // (Or the city that hosted it: "Baku hosted a
                        // trilateral meeting of the defense ministers".)
                        held_at(before, after)
                            || (before.trim().is_empty()
                                && (after.starts_with(" hosted ") || after.starts_with(" hosts ")))
                    })
                    .map(|i| {
                        let owner = text[places[i].end - sent.start..].starts_with(['\'', '’']);
                        match places.get(i + 1) {
                            Some(next) if owner && next.start <= places[i].end + 6 => next,
                            _ => &places[i],
                        }
                    })
                    .map(|a| entities[a.entity].name.clone());
                unnamed = Some((n_sentence, date, place, chairs));
            } else if let Some(u) = unnamed.as_mut().filter(|u| {
                // "... met in Bishkek. The meeting was chaired by X.": its
                // chair, told next.
                !chairs.is_empty() && u.0 + 1 == n_sentence && told_next
            }) {
                u.0 = n_sentence;
                for c in chairs {
                    if !u.3.contains(&c) {
                        u.3.push(c);
                    }
                }
            }
            if co_chairs {
                if let Some(u) = unnamed.take_if(|u| u.0 == n_sentence && u.3.len() >= 2) {
                    let chairs = u.3.clone();
                    let m = told_of(MeetingKind::Meet, chairs, u, entities);
                    let evidence_chars = chars_of(seg, sent, &mut counted);
                    merge(
                        &mut meetings,
                        m.with_evidence(sent, evidence_chars),
                        dateline,
                    );
                }
            }
            // "During the meeting held on October 4, ...": the day of the
            // meeting just reported, when it had none.
            // (And its place: "At the meeting held at the Air Force Command
            // in Ankara, ...".)
            if people.is_empty() {
                if let Some(held) = THE_MEETING_DATED.find(text) {
                    let clause_end = sent.start
                        + held.end()
                        + text[held.end()..]
                            .find(',')
                            .unwrap_or(text.len() - held.end());
                    let place = within(sent, EntityKind::Location)
                        .into_iter()
                        .filter(|a| a.end <= clause_end)
                        .find(|a| {
                            held_at(&text[..a.start - sent.start], &text[a.end - sent.start..])
                        })
                        .map(|a| entities[a.entity].name.clone());
                    let day = first_day(sent);
                    if let Some(m) = meetings
                        .last_mut()
                        .filter(|m| m.evidence.end + 400 >= sent.start)
                    {
                        if m.date.is_none() {
                            m.date = day;
                        }
                        if place.is_some() && m.kind != MeetingKind::PhoneCall {
                            m.place = place;
                        }
                    }
                }
            }
            // A sentence naming nobody reports a meeting only by pointing back
            // ("They had talked by phone"); it changes no state otherwise.
            if people.is_empty()
                && (previous_people.len() < 2 || !BACK_REFERENCE.is_match(text))
                && !(TWO.any_in(text) && THE_TWO.is_match(text))
            {
                continue;
            }
            let subject = people.first().map(|a| a.entity);
            let realised = REALISED.is_match(text);
            // "X and Y discussed ...": both named before the verb, or "discussed
            // ... with Y"; else "discussed" reports no meeting, and a later
            // trigger may ("... was also discussed ..., when he met Z"). So
            // for "X and Y signed ...".
            let coordinated = |m: regex::Match<'_>| {
                let mut before: Vec<usize> = people
                    .iter()
                    .filter(|a| a.end <= sent.start + m.start())
                    .map(|a| a.entity)
                    .collect();
                before.dedup();
                // "X and Y signed ...": a signing together; "signed ... with"
                // may be a deal with a country or a company.
                // ... or "the two presidents held a joint press conference".
                // ("The memorandum was signed by A and B": the two signed it
                // together.)
                let signed_by = signed_by_both(m.as_str())
                    && people
                        .iter()
                        .filter(|a| a.start >= sent.start + m.end())
                        .count()
                        >= 2;
                // ("The two leaders shared the view that the contracts
                // signed last year ...": a participle, what was signed.)
                let participle = text[..m.start()]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| {
                        SIGNED_OR_DISCUSSED.contains(&w.to_ascii_lowercase().as_str())
                    });
                // "A and B agreed ... during talks in Ashgabat", "During
                // talks in Ashgabat, A and B agreed ...": the talks are
                // theirs, when the sentence does not plan them ("are
                // expected to sign ... during talks in").
                if during_talks(m.as_str()) {
                    // (Two joined by "and", one subject: not "X criticised Y
                    // at a meeting in Z".)
                    // (The first two named on the side read.)
                    let pair = |two: Option<(&At, &At)>| {
                        two.is_some_and(|(a, b)| {
                            a.entity != b.entity
                                && joined_pair(&text[a.end - sent.start..b.start - sent.start])
                        })
                    };
                    let (start, end) = (sent.start + m.start(), sent.start + m.end());
                    let named_before = pair(first_two(people.iter().filter(|a| a.end <= start)));
                    let named_after =
                        m.start() == 0 && pair(first_two(people.iter().filter(|a| a.start >= end)));
                    // (Or two pointed back to right after the clause: "During
                    // their talks in Tokyo, the two ministers agreed ...".)
                    let two_after = || {
                        m.start() == 0
                            && text[m.end()..]
                                .split_once(", ")
                                .is_some_and(|(clause, rest)| {
                                    !clause.contains(['.', ';'])
                                        && THE_TWO.find(rest).is_some_and(|t| t.start() == 0)
                                })
                    };
                    return (named_before || named_after || two_after()) && !LATER.is_match(text);
                }
                // ("signed the agreement with Economy Minister Y": a person
                // right after "with", titles between, is the other side.)
                let signed_with = || {
                    let Some(w) = text[m.end()..].find(" with ") else {
                        return false;
                    };
                    let from = m.end() + w + 6;
                    people
                        .iter()
                        .find(|a| a.start >= sent.start + from)
                        .is_some_and(|a| {
                            let gap = &text[from..a.start - sent.start];
                            !gap.contains([',', ';', '(']) && gap.split(' ').count() <= 6
                        })
                };
                before.len() >= 2
                    || signed_by
                    || (text[m.end()..].contains(" with ")
                        && (!m.as_str().ends_with("signed") || signed_with()))
                    || (before.is_empty() && !participle && THE_TWO.is_match(&text[..m.start()]))
            };
            let places_here = within(sent, EntityKind::Location);
            // "Orban, who last visited Turkey in November, thanked Erdogan":
            // a relative clause that names no one after its verb tells of the
            // subject alone, not of a meeting with those named after it.
            // (The trigger inside the clause: no comma closes it before.)
            let alone_in_clause = |m: &regex::Match<'_>| {
                any_relative_clause(text, m.start(), &[", who "], |_, close| {
                    let (from, to) = (sent.start + m.end(), sent.start + close);
                    close > m.start()
                        && !people.iter().any(|a| a.start >= from && a.end <= to)
                        && people.iter().any(|a| a.start > to)
                })
            };
            let trigger = crate::captures_iter(&TRIGGER, text).find(|c| {
                let m = c.get(0).expect("group 0");
                if alone_in_clause(&m) {
                    return false;
                }
                let before = &text[..m.start()];
                // "the 5th meeting of the commission will be held in May":
                // a meeting named, then announced.
                let noun = ["meeting", "talks", "consultations", "negotiations"]
                    .iter()
                    .any(|w| m.as_str().starts_with(w));
                // (Nor one prepared for: "discussed preparations for the
                // meeting between X and Y", "ahead of the talks".)
                (!noun || (!ANNOUNCED.is_match(&text[m.end()..]) && !AHEAD_OF.is_match(before)))
                    // (A journey's "to" is no plan's: "traveled to Tashkent
                    // and met ...", "flew to Minsk on Saturday to meet ...".)
                    // (Talks' own plans are read by `coordinated`: "agreed to
                    // expand trade during talks" is no plan of talks.)
                    && (during_talks(m.as_str()) || NOT_HAPPENED.find(before).is_none_or(|plan| {
                        // ("who is on a visit to Turkey met ...": a place's "to".)
                        // (Not "will travel to Busan to meet".)
                        // (Not one ahead: "will travel to Warsaw for talks".)
                        plan.as_str().strip_prefix("to ").is_some_and(|w| {
                            w.starts_with(char::is_uppercase)
                                && !w.split(' ').any(|w| w == "to")
                                && !LATER.is_match(before)
                        }) || realised
                            // (A bare "to": "who arrived on Sunday is scheduled to
                            // meet" is still a plan.)
                            && plan.as_str().starts_with("to ")
                            && (before.trim_end().ends_with(" to")
                                || plan.as_str().contains(" and "))
                    }))
                    && (c.name("coord").is_none() || coordinated(m))
                    // "The talks were attended by X, Y and Z" names those of
                    // the meeting the sentence before reported.
                    && (c.name("gather").is_none()
                        || unnamed.as_ref().is_some_and(|u| u.0 + 1 == n_sentence))
                    // "..., who hosted the summit": an event's host, no one's.
                    && !(c.name("host").is_some() && hosts_event(&text[m.end()..]))
                    // "welcomed the initialling of the agreement": a deed.
                    && !(matches!(m.as_str(), "welcomed" | "greeted")
                        && welcomes_deed(&text[m.end()..]))
                    // "called on the generals to agree to a ceasefire": an appeal.
                    && !(m.as_str().starts_with("called") && urged(&text[m.end()..]))
                    // ", meeting": a participle whose object is named ("arrived
                    // in Manila on June 3, meeting President X"; not ",
                    // meeting the targets").
                    && (!m.as_str().starts_with(',')
                        || text[m.end()..].trim_start().starts_with(char::is_uppercase))
                    // "the prospects for talks between Tehran and
                    // Washington": countries' talks, a topic.
                    && !(c.name("talks").is_some()
                        && (m.as_str().ends_with("between") || m.as_str().ends_with("with"))
                        && places_here
                            .iter()
                            .any(|a| a.start == sent.start + m.end() + 1))
            });
            let verb_at = trigger
                .as_ref()
                .map_or(text.len(), |c| c.get(0).expect("group 0").start());
            // ("The CJCSC also called on ...": a position's acronym, when
            // someone's title spells it.)
            let spelled_by = |p: usize, acronym: &str| {
                entities[p]
                    .titles
                    .iter()
                    .any(|t| crate::resolve::spells_title(acronym, t))
            };
            let reference = crate::captures(&BACK_REFERENCE, text).filter(|c| {
                // (Not a group named by a list of whose they are: "The
                // leaders of Latvia, Estonia and Lithuania met ...".)
                let listed = || {
                    let after = text[c[0].len()..verb_at.max(c[0].len())].trim_start();
                    after.starts_with("of ") && after.contains(", ")
                };
                // (Nor a rank before a name: "The General Staff", "The
                // Admiral Kuznetsov".)
                let rank_of_name = || {
                    matches!(
                        c[0].rsplit(' ').next(),
                        Some("General" | "Admiral" | "admiral" | "Commodore" | "commodore")
                    ) && text[c[0].len()..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                };
                !listed()
                    && !rank_of_name()
                    && c.name("acro")
                    .is_none_or(|a| subjects.iter().any(|&p| spelled_by(p, a.as_str())))
                    // (A country's initials point back to one so titled
                    // only: "the U.S. Special Envoy", not "the U.S.
                    // delegation", whose head is found as a side led.)
                    && (c.name("who").is_none_or(|w| !w.as_str().ends_with('.'))
                        || !(c[0].ends_with("delegation") || c[0].ends_with("guests")))
                    // (Not a title of the one it names before the verb: "The
                    // President of Azerbaijan Ilham Aliyev received ...".)
                    && c.get(0).is_some_and(|r| {
                        let (from, to) = (sent.start + r.end(), sent.start + verb_at);
                        !people.iter().any(|a| {
                            a.start >= from
                                && a.end <= to
                                && text[r.end()..a.start - sent.start].split_whitespace().all(
                                    |w| {
                                        // ("The UN Special Envoy for Yemen,
                                        // Hans Grundberg, briefed ...".)
                                        matches!(w, "of" | "the" | "for" | "to" | "on")
                                            || w.starts_with(char::is_uppercase)
                                    },
                                )
                        })
                    })
            });
            if let Some(a) = reference.as_ref().and_then(|c| c.name("acro")) {
                previous_subject = subjects
                    .iter()
                    .rev()
                    .copied()
                    .find(|&p| spelled_by(p, a.as_str()))
                    .or(previous_subject);
            }
            let back_reference = reference.is_some();
            // "The Iranian commander ... also met": the latest subject of that
            // nationality, when the sentence before had another's.
            let nationality = reference
                .as_ref()
                .and_then(|c| c.name("who"))
                .map(|w| w.as_str())
                .filter(|w| crate::gazetteer::GAZETTEER.is_demonym(w));
            if let Some(who) = nationality {
                // "The Armenian delegation also called on X": its head.
                let delegation_head = reference
                    .as_ref()
                    .is_some_and(|c| c[0].ends_with("delegation"))
                    .then(|| sides_led.iter().rev().find(|(w, _)| *w == who))
                    .flatten();
                if let Some(&(_, head)) = delegation_head {
                    previous_subject = Some(head);
                } else if previous_subject.is_some_and(|p| !described(p, who)) {
                    // (Else the guest last received so described: "X received
                    // the Chinese minister Y. The Chinese minister also ...".)
                    if let Some(p) = subjects
                        .iter()
                        .rev()
                        .copied()
                        .find(|&p| described(p, who))
                        .or(last_guest.filter(|&g| described(g, who)))
                        .or_else(|| one_who_met(&meetings, entities, |i| described(i, who)))
                    {
                        previous_subject = Some(p);
                    }
                }
            }
            // "The minister also met ...": the latest subject so titled, when
            // the sentence before had another ("Simson, in turn, praised ...").
            let role = reference
                .as_ref()
                .map(|c| c.get(0).expect("group 0").as_str())
                // ("The top diplomat": the foreign minister.)
                .map(|r| {
                    if r.ends_with("top diplomat") {
                        "minister"
                    } else if r.ends_with("Secretary General") || r.ends_with("Secretary-General") {
                        // ("The Secretary General": a secretary.)
                        "Secretary"
                    } else {
                        r
                    }
                })
                .and_then(|r| r.rsplit(' ').next())
                // ("The Azerbaijani FM": its minister.)
                .map(|w| match w {
                    "FM" | "DM" | "PM" | "Minister" => "minister",
                    "President" => "president",
                    // ("The Security Council Secretary": its secretary.)
                    "Secretary" => "secretary",
                    "Commander" => "commander",
                    "Ambassador" => "ambassador",
                    "Envoy" => "envoy",
                    // ("The Admiral", "the General": so ranked.)
                    "Admiral" => "admiral",
                    "General" => "general",
                    "Commodore" => "commodore",
                    // ("The army chief": a Chief of Army Staff.)
                    "Chief" => "chief",
                    w => w,
                })
                .filter(|w| {
                    matches!(
                        *w,
                        "minister"
                            | "president"
                            | "general"
                            | "commander"
                            | "secretary"
                            | "ambassador"
                            | "envoy"
                            | "chief"
                            | "admiral"
                            | "commodore"
                    )
                });
            let titled = |p: usize, role: &str| has_title(&entities[p], role);
            if let Some(role) = role {
                if previous_subject.is_some_and(|p| !titled(p, role)) {
                    // (Or the one so titled the last meeting had: "X met
                    // Ambassador Y. ... Earlier, the ambassador met Z".)
                    // (Of the nationality told: "his Iraqi counterpart Y ...
                    // The Iraqi minister also met Z" is Y, not the minister X.)
                    let so_titled =
                        |p: usize| titled(p, role) && nationality.is_none_or(|w| described(p, w));
                    if let Some(p) = subjects
                        .iter()
                        .rev()
                        .copied()
                        .find(|&p| so_titled(p))
                        .or_else(|| one_who_met(&meetings, entities, so_titled))
                    {
                        previous_subject = Some(p);
                    }
                }
            }
            // "The visiting dignitary also called on X", "The guest was also
            // received by X": the guest last received.
            if reference.as_ref().is_some_and(|c| {
                c.name("visiting").is_some() || c[0].ends_with("guest") || c[0].ends_with("Guest")
            }) {
                // (Else the one the last meeting's subject met: "X met Y at
                // the headquarters. The visiting dignitary also called on Z".)
                let met = || {
                    let subject = meetings.last()?.participants.first()?;
                    one_who_met(&meetings, entities, |i| entities[i].name != *subject)
                };
                if let Some(g) = last_guest.or_else(met) {
                    previous_subject = Some(g);
                }
            }
            if let (Some(c), false) = (trigger, CALLED_OFF.is_match(text)) {
                // "spoke with X by phone" (not "met X, and later spoke by
                // phone with Y": the meeting stays one).
                let spoke = c.get(0).is_some_and(|m| {
                    m.as_str().starts_with("spoke") || m.as_str().starts_with("talked")
                });
                // "X and Y discussed ... in a telephone call": a call.
                let discussed_by_phone = c.name("coord").is_some()
                    && crate::captures_iter(&TRIGGER, &text[c.get(0).expect("group 0").end()..])
                        .any(|later| later.name("phone").is_some());
                // ("held phone talks", "hold telephone talks": the talks
                // matched from "held" are a call.)
                let phone_talks = c.name("talks").is_some_and(|m| {
                    let m = m.as_str();
                    m.contains(" phone ") || m.contains(" telephone ") || m.contains(" video ")
                });
                // ("spoke with X by video link": a call too.)
                let at_a_distance = phone_talks
                    || ((c.name("talks").is_some() || spoke)
                        && CALL_WORDS.any_in(text)
                        && BY_VIDEO.is_match(text));
                // ("received a telephone call from X": a call.)
                let received_call = c.name("host").is_some() && {
                    let after = &text[c.get(0).expect("group 0").end()..];
                    [
                        " a telephone call",
                        " a phone call",
                        " a call",
                        " a video call",
                    ]
                    .iter()
                    .any(|p| after.starts_with(p))
                };
                // "X had a phone conversation with Y. The ministers discussed
                // ...": what the call's two discussed, the call itself, its
                // day told where it is (the days after "discussed" are the
                // topic's: "the results of the meeting ... on May 19").
                // (Or a meeting they discussed: "The ministers discussed the
                // results of the meeting between the heads of state".)
                let continues_call = back_reference
                    && c.get(0).is_some_and(|m| {
                        m.as_str().ends_with("discussed")
                            || text[..m.start()].contains(" discussed ")
                    })
                    && meetings.last().is_some_and(|m| {
                        m.kind == MeetingKind::PhoneCall && m.evidence.end + 400 >= sent.start
                    });
                // ("held a similar conversation with Z" after a call: a call.)
                let similar_call = c.get(0).is_some_and(|m| m.as_str().contains(" similar "))
                    && meetings
                        .last()
                        .is_some_and(|m| m.kind == MeetingKind::PhoneCall);
                // ("discussed the situation with X by phone", "held talks
                // with X by telephone": a call too.)
                // (A call by its own group: `trigger_kind`.)
                let kind = if received_call
                    || ((spoke || c.name("coord").is_some() || c.name("talks").is_some())
                        && BY_PHONE.is_match(text))
                    || discussed_by_phone
                    || at_a_distance
                    || continues_call
                    || similar_call
                {
                    MeetingKind::PhoneCall
                } else {
                    trigger_kind(&c)
                };
                let trigger_at = sent.start + c.get(0).expect("group 0").start();
                // "X said that Y ... during the meeting with Z": a speaker reporting
                // a meeting of two others is not one of them.
                let reported_from =
                    REPORTED
                        .find(text)
                        .map(|r| sent.start + r.end())
                        .filter(|&r| {
                            r <= trigger_at && {
                                let mut after: Vec<usize> = people
                                    .iter()
                                    .filter(|a| a.start >= r)
                                    .map(|a| a.entity)
                                    .collect();
                                after.dedup();
                                after.len() >= 2
                            }
                        });
                // "X, who arrived in Tehran on Monday, also met Y": the
                // relative clause dates the arrival, not the meeting; "X, who
                // succeeded Z in March, met Y": Z is not met.
                let in_relative = |a: &&At| {
                    in_relative_clause(
                        text,
                        a.start - sent.start,
                        trigger_at - sent.start,
                        &RELATIVE,
                    )
                };
                // (A date in an apposition too: "X, a reformist who took
                // office in July, also met Y".)
                // (Not a visit's day in its clause, the meeting part of the
                // visit: "X, who paid a visit to Bucharest on Tuesday, met
                // Y"; not "X, who visited Riga last year, met Y".)
                let in_aside = |a: &&At| {
                    let (at, trigger) = (a.start - sent.start, trigger_at - sent.start);
                    let day = entities[a.entity]
                        .value
                        .as_ref()
                        .is_some_and(|d| d.len() == 10);
                    // (Not the first day of the visit's span: "who is on a
                    // visit to Bangladesh from September 2 to 4".)
                    let span = text[..at].ends_with("from ") || text[..at].ends_with("between ");
                    any_relative_clause(text, at, &ASIDE, |open, close| {
                        at < close
                            && !(open..close).contains(&trigger)
                            && !(day && !span && visit_clause(&text[open..close]))
                    })
                };
                // "The two leaders discussed ..., Kremlin spokesman X told
                // journalists" (or "was quoted as saying"): who tells of it
                // after the meeting's clause.
                // (So is one "according to" whom it happened: "..., according
                // to the ministry's spokesperson Y".)
                let attributed = |a: &&At| {
                    let (at, end) = (a.start - sent.start, a.end - sent.start);
                    let trigger = trigger_at - sent.start;
                    let Some(comma) = text[..at].rfind(", ").filter(|&c| c > trigger) else {
                        return false;
                    };
                    text[comma + 2..].starts_with("according to ")
                        || crate::dates::TOLD
                            .iter()
                            .chain(&["told", "says", "was quoted", "wrote", "confirmed"])
                            .any(|v| {
                                text[end..]
                                    .strip_prefix(' ')
                                    .is_some_and(|r| r.starts_with(v))
                            })
                };
                // "met X on Tuesday, ahead of a meeting with Y": Y is met
                // later, if at all.
                // (Nor are those of a clause after it: "met Y in Paris on
                // Tuesday, days after X spoke by phone with Z".)
                // (Where each clause opens, searched once per trigger, and
                // only with someone named after it.)
                static AHEAD_OF: crate::Needles<1> = crate::needles![" ahead of "];
                static OPENERS: crate::Needles<4> =
                    crate::needles![" after ", " before ", " while ", " when "];
                let (ahead_of, clause_after) = if people.iter().any(|b| b.start > trigger_at) {
                    let after_trigger = &text[trigger_at - sent.start..];
                    let ahead_of = AHEAD_OF
                        .find(after_trigger)
                        .map(|i| trigger_at + i + " ahead of ".len());
                    let clause_after = OPENERS
                        .each_in(after_trigger)
                        .map(|(i, len)| trigger_at + i + len)
                        .filter(|&at| people.iter().any(|b| b.start > trigger_at && b.start < at))
                        .min();
                    (ahead_of, clause_after)
                } else {
                    (None, None)
                };
                // (Nor those of a place's clause that tells of a plan: "met
                // in Bakuriani, where a meeting with Z is scheduled for
                // tomorrow".)
                // (Searched only with someone named after the verb.)
                static WHERE: crate::Needles<1> = crate::needles![", where "];
                let planned_where = (clause_after.or(ahead_of).is_none()
                    && people.iter().any(|b| b.start > trigger_at))
                .then(|| {
                    let after_trigger = &text[trigger_at - sent.start..];
                    WHERE
                        .find(after_trigger)
                        .filter(|&i| LATER.is_match(&after_trigger[i..]))
                        .map(|i| trigger_at + i)
                });
                let ahead = |a: &&At| {
                    ahead_of.is_some_and(|at| a.start >= at)
                        || clause_after.is_some_and(|at| a.start >= at)
                        || planned_where.flatten().is_some_and(|at| a.start >= at)
                };
                // "X's visit came a week after Y met Z": the meeting is the
                // clause's after "after" (or "before", "since", "when"),
                // when it names its own subject.
                // (Asked only with two people or more before the verb.)
                let two_before = people
                    .iter()
                    .filter(|a| a.end <= trigger_at)
                    .nth(1)
                    .is_some();
                let clause_from = [" after ", " before ", " since ", " when "]
                    .iter()
                    .filter(|_| two_before)
                    .filter_map(|w| text[..trigger_at - sent.start].rfind(w))
                    .max()
                    .map(|i| sent.start + i)
                    // (Running on to the verb: not "X, who took office after
                    // Z resigned, also met Y".)
                    .filter(|&from| {
                        !text[from - sent.start..trigger_at - sent.start].contains(',')
                            && people.iter().any(|a| a.start > from && a.end <= trigger_at)
                    });
                // "X and Y discussed the agreements reached during the visit
                // of Z": those who discussed are the two named before the
                // verb (not "was signed by", nor one "with" them or "in
                // the presence of" whom).
                // (So is a plural pointing back: "The two also discussed the
                // visit of President X".)
                let plural_before = || reference.as_ref().is_some_and(points_to_several);
                let told_of = |a: &&At| {
                    (two_before || plural_before())
                        && a.start > trigger_at
                        && c.name("coord").is_some_and(|m| !signed_by_both(m.as_str()))
                        && {
                            let between = &text[trigger_at - sent.start..a.start - sent.start];
                            !between.contains(" with ") && !between.contains(" presence of ")
                        }
                };
                let mut ids: Vec<usize> = Vec::new();
                for a in people.iter().filter(|a| {
                    reported_from.is_none_or(|r| a.start >= r)
                        && clause_from.is_none_or(|from| a.start > from)
                        && !in_relative(a)
                        && !attributed(a)
                        && !ahead(a)
                        && !told_of(a)
                }) {
                    if !ids.contains(&a.entity) {
                        ids.push(a.entity);
                    }
                }
                // "... called on the Chinese foreign minister": the person of
                // that nationality and title named before.
                for c in crate::captures_iter(&ROLE_OBJECT, &text[trigger_at - sent.start..]) {
                    let (who, head) = (&c["who"], &c["head"]);
                    if !crate::gazetteer::GAZETTEER.is_demonym(who) {
                        continue;
                    }
                    // (Not when the one meant is named right after: "his
                    // Iraqi counterpart Fuad Hussein".)
                    let after = &text[trigger_at - sent.start + c.get(0).expect("group 0").end()..];
                    if after.starts_with([' ', ','])
                        && after[1..]
                            .trim_start()
                            .starts_with(|ch: char| ch.is_uppercase())
                    {
                        continue;
                    }
                    let any_title =
                        matches!(head, "counterpart" | "official" | "diplomat" | "guest");
                    let found = all
                        .iter()
                        .rev()
                        .filter(|a| a.start < sent.start)
                        .map(|a| a.entity)
                        .find(|&e| {
                            entities[e].kind == EntityKind::Person
                                && !ids.contains(&e)
                                && (any_title
                                    || has_title(&entities[e], head)
                                    || described(e, head))
                                && described(e, who)
                        });
                    if let Some(e) = found {
                        ids.push(e);
                    }
                }
                // "Y later met with both ministers": the last two people
                // named with that title.
                if ids.len() == 1 && BOTH.any_in(text) {
                    if let Some(c) = crate::captures(&BOTH_OBJECT, &text[trigger_at - sent.start..])
                    {
                        let head = c["head"].trim_end_matches('s');
                        let two = last_two(&all, sent.start, |e| {
                            entities[e].kind == EntityKind::Person
                                && !ids.contains(&e)
                                && has_title(&entities[e], head)
                        });
                        // (Else the two who just met, one not so titled:
                        // "X and his counterpart Y met ... Z received both
                        // ministers".)
                        let met = || {
                            let m = pair_just_met(&meetings, sent.start, 600)?;
                            let two: Vec<usize> = participant_ids(m, entities).collect();
                            (two.len() == 2 && two.iter().all(|i| !ids.contains(i))).then_some(two)
                        };
                        if two.len() == 2 {
                            ids.extend(two);
                        } else if let Some(two) = met() {
                            ids.extend(two);
                        }
                    }
                }
                // "X welcomed the guest at the airport": the visitor.
                if kind == MeetingKind::Host && ids.len() == 1 {
                    let after = &text[c.get(0).expect("group 0").end()..];
                    if GUEST_OBJECT.is_match(after) {
                        if let Some(v) = visitor.filter(|v| !ids.contains(v)) {
                            ids.push(v);
                        }
                    }
                }
                let before_trigger = people.iter().any(|a| a.end <= trigger_at);
                // "They ..." with nobody named: the people of the sentence before.
                // (Not "The two leaders visited the mosque": a place visited
                // together is no meeting of theirs.)
                // "The two ministers later held talks": the last two people
                // named with that title (whoever the sentence before named).
                let mut named_two = false;
                if ids.is_empty() && kind != MeetingKind::Visit {
                    if let Some(c) = crate::captures(&THE_TWO, text) {
                        // ("The leaders held a meeting": the two named last,
                        // as "the two leaders".)
                        let head = c.name("head").or(c.name("pair")).map_or("", |h| h.as_str());
                        // ("The two last met in Singapore": any two, no head.)
                        let any = c.name("bare").is_some()
                            || matches!(
                                head,
                                "sides"
                                    | "officials"
                                    | "leaders"
                                    | "men"
                                    | "women"
                                    | "counterparts"
                                    | "heads"
                            );
                        let word = match head {
                            "secretaries" => "secretary",
                            h => h.trim_end_matches('s'),
                        };
                        let two = last_two(&all, sent.start, |e| {
                            entities[e].kind == EntityKind::Person
                                && (any || has_title(&entities[e], word))
                        });
                        // (Any two: the people of the sentence before, if two;
                        // of more, the two who met there: not the spokesman
                        // who told of it.)
                        let met_there = || {
                            let m = pair_just_met(&meetings, sent.start, 400)?;
                            let ids: Vec<usize> = m
                                .participants
                                .iter()
                                .filter_map(|p| entities.iter().position(|e| &e.name == p))
                                .filter(|i| previous_people.contains(i))
                                .collect();
                            (ids.len() == 2).then_some(ids)
                        };
                        // ("X met Y. Y is the first leader to visit since Z.
                        // The two leaders discussed ...": X and Y, who met, when
                        // the sentence between reported no meeting.)
                        // ("X received Y. The two sides discussed ...": the two
                        // who just met, however the sentence before named them.)
                        let last_pair = || {
                            let m = pair_just_met(&meetings, sent.start, 400)?;
                            let ids: Vec<usize> = participant_ids(m, entities).collect();
                            let named_before = ids.iter().any(|i| previous_people.contains(i));
                            (ids.len() == 2 && (previous_met || named_before)).then_some(ids)
                        };
                        // ("The two army chiefs": two so titled, else the
                        // two of a recent meeting one of whom is, the other
                        // no chief of another kind: "X, the army chief, held
                        // talks with his counterpart Y ... met the naval
                        // chief Z ... The two army chiefs last met ...".)
                        let modified = || {
                            let full = format!("{} {word}", c.name("mod")?.as_str().to_lowercase());
                            let two = last_two(&all, sent.start, |e| {
                                entities[e].kind == EntityKind::Person
                                    && has_title(&entities[e], &full)
                            });
                            if two.len() == 2 {
                                return Some(two);
                            }
                            meetings
                                .iter()
                                .rev()
                                .take_while(|m| m.evidence.end + 1200 >= sent.start)
                                .filter(|m| m.participants.len() == 2)
                                .map(|m| participant_ids(m, entities).collect::<Vec<usize>>())
                                .find(|ids| {
                                    ids.len() == 2
                                        && ids.iter().any(|&i| has_title(&entities[i], &full))
                                        && ids.iter().all(|&i| {
                                            has_title(&entities[i], &full)
                                                || !has_title(&entities[i], word)
                                        })
                                })
                        };
                        if let Some(met) = modified() {
                            ids = met;
                            named_two = true;
                        } else if let Some(met) = last_pair().filter(|ids| {
                            // (Or both of that title: "X held talks with his
                            // Lao counterpart. The two ministers signed ...",
                            // not the prime minister named before.)
                            any || ids.iter().all(|&i| has_title(&entities[i], word))
                        }) {
                            ids = met;
                            named_two = true;
                        } else if !any
                            && previous_people.len() == 2
                            && previous_people
                                .iter()
                                .any(|&i| has_title(&entities[i], word))
                            && previous_people.iter().all(|&i| {
                                has_title(&entities[i], word) || entities[i].titles.is_empty()
                            })
                        {
                            // (Or the two of the sentence before, one so titled
                            // and the other untitled: "Defense Minister X and his
                            // Philippine counterpart Y agreed ... the two
                            // ministers also agreed".)
                            ids = previous_people.clone();
                            named_two = true;
                        } else if two.len() == 2 && !(any && previous_people.len() >= 2) {
                            ids = two;
                            named_two = true;
                        } else if let Some(met) =
                            // (So are "the two ministers" not both so titled.)
                            met_there().filter(|_| previous_people.len() > 2)
                        {
                            ids = met;
                            named_two = true;
                        } else if any && previous_people.len() == 2 {
                            // (Or the two of the sentence before, who met
                            // nowhere yet: "X and Y agreed ... The
                            // understanding was reached during a meeting
                            // between the two military leaders".)
                            ids = previous_people.clone();
                            named_two = true;
                        }
                    }
                }
                if ids.is_empty()
                    && back_reference
                    && previous_people.len() >= 2
                    && kind != MeetingKind::Visit
                {
                    ids = previous_people.clone();
                }
                // "The two commanders discussed ..." after their call: that
                // call, not a meeting of theirs.
                let kind = match meetings.last() {
                    Some(m)
                        if m.kind == MeetingKind::PhoneCall
                            && c.name("coord").is_some()
                            && m.evidence.end + 400 >= sent.start
                            && m.participants.len() == ids.len()
                            && ids
                                .iter()
                                .all(|&i| m.participants.contains(&entities[i].name)) =>
                    {
                        m.kind
                    }
                    _ => kind,
                };
                let between = BETWEEN.is_match(text);
                // "Minister X on Wednesday visited A and B and met with top leaders":
                // the day of a journey whose meetings the next sentences report.
                // A span of years ("the action plan for 2013-2015") dates a plan,
                // not a meeting.
                // So does a year a plan is for or runs until: "the plan for 2021".
                let year_span = |a: &&At| {
                    let t = &seg.text[a.start - seg.content.start..a.end - seg.content.start];
                    let before = seg.text[..a.start - seg.content.start].trim_end();
                    (t.contains(['-', '–'])
                        && t.chars()
                            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ')))
                        || (t.len() == 4
                            && t.bytes().all(|b| b.is_ascii_digit())
                            && before.ends_with(" for"))
                        // "the first meeting since February 2022", "by 2030".
                        || bounds_a_span(before)
                };
                // "Tbilisi, 8 September (Interpressnews) – X met Y": the
                // dateline's date is the report's, not the meeting's.
                let in_dateline = |a: &&At| opens_dateline(&text[..a.start - sent.start], dateline);
                // "X met Y ..., the ministry said on Thursday": the day the
                // news was told, after the meeting's clause.
                let told_on = |a: &&At| {
                    let at = a.start - sent.start;
                    at > trigger_at - sent.start && told_before(&text[..at]).is_some()
                };
                // "BRUSSELS, October 13 (UrduPoint News / Sputnik - 13th
                // October, 2022) X met Y": the credit's day, inside the
                // dateline's brackets, before the meeting's words (not "met
                // Y on Monday (Jan 27, 2025)").
                let in_credit = |a: &&At| {
                    let head = &text[..a.start - sent.start];
                    head.rfind('(').is_some_and(|open| {
                        !head[open..].contains(')') && open < trigger_at - sent.start
                    }) && opens_with_dateline(text, dateline)
                };
                // "discussed the agreements reached during the Minister's
                // visit to Paris in October 2024": an earlier agreement's date.
                let trigger_end = c.get(0).expect("group 0").end();
                static AGREED: crate::Needles<4> =
                    crate::needles![" reached ", " agreed ", " adopted ", " concluded "];
                let agreed_before = |a: &&At| {
                    let at = a.start - sent.start;
                    at > trigger_end && {
                        let between = &text[trigger_end..at];
                        // (So is the day of an event discussed: "discussing
                        // the results of the London summit held on Sunday".)
                        AGREED.any_in(between)
                            || between
                                .find("discuss")
                                .is_some_and(|i| between[i..].contains(" held "))
                    }
                };
                // "discussed the upcoming visit, scheduled for May 7-9": a
                // day planned, not the meeting's.
                static PLANNED_FOR: crate::Needles<7> = crate::needles![
                    "scheduled ",
                    "planned ",
                    "expected ",
                    "upcoming ",
                    "slated ",
                    // ("the summit, to be held in Riyadh in 2026")
                    "to be held ",
                    "will be held "
                ];
                let planned_day = |a: &&At| {
                    let at = a.start - sent.start;
                    let from = crate::ceil_boundary(text, at.saturating_sub(30));
                    at > trigger_end && PLANNED_FOR.any_in(&text[from..at])
                };
                // "signed the 2024 cooperation plan on Thursday": a year
                // naming what was signed, not when.
                let names_a_thing = |a: &&At| {
                    let at = a.start - sent.start;
                    let year = &seg.text[a.start - seg.content.start..a.end - seg.content.start];
                    year.len() == 4
                        && year.bytes().all(|b| b.is_ascii_digit())
                        && ["the ", "a ", "its ", "their ", "his ", "her "]
                            .iter()
                            .any(|d| text[..at].ends_with(d))
                };
                let in_sentence = within(sent, EntityKind::Date);
                // "He is in China from Dec. 16 to 19 ..., with whom he held
                // talks on Tuesday": a meeting in a relative clause is dated
                // within it, when it says a day (else the day before it is
                // the meeting's: "arrived in Tbilisi today, where they held
                // meetings").
                let relative_clause = [", with whom ", ", where "]
                    .iter()
                    .filter_map(|w| text[..trigger_at - sent.start].rfind(w))
                    .max()
                    .map(|i| sent.start + i)
                    .filter(|_| in_sentence.iter().any(|a| a.start >= trigger_at));
                // "X last spoke in May, ..., and met in Washington in
                // February 2023": a verb after "and" dated after it is dated
                // there, not by the verb before.
                let and_verb = text[..trigger_at - sent.start]
                    .trim_end()
                    .strip_suffix(" and")
                    .map(|b| sent.start + b.len())
                    .filter(|_| in_sentence.iter().any(|a| a.start >= trigger_at));
                let mut dates = in_sentence
                    .iter()
                    .filter(|a| relative_clause.is_none_or(|from| a.start > from))
                    .filter(|a| and_verb.is_none_or(|from| a.start > from))
                    .filter(|a| {
                        !year_span(a)
                            && !in_dateline(a)
                            && !in_credit(a)
                            && !in_aside(a)
                            && !told_on(a)
                            && !agreed_before(a)
                            && !planned_day(a)
                            && !names_a_thing(a)
                            // (Nor the day of one told of: "discussed the
                            // visit of X to Riga in May".)
                            && !people.iter().any(|p| p.start < a.start && told_of(&p))
                    })
                    .filter_map(|a| entities[a.entity].value.as_deref());
                // The first, or a later one within it, more exact: "Earlier
                // this year, X met Y in Riga on 12 January".
                let sentence_date = dates
                    .next()
                    .map(|first| {
                        dates
                            .rfind(|d| d.strip_prefix(first).is_some_and(|r| r.starts_with('-')))
                            .unwrap_or(first)
                            .to_string()
                    })
                    .or_else(|| day_before_the_last(text, &meetings));
                // (A phone call is no journey: its day dates nothing after it;
                // nor is a meeting told of as before ("had previously met").)
                // (Nor is a span's first day the day of the meetings after
                // it: "during a visit to Türkiye from July 8 to 11".)
                let spanned = || {
                    in_sentence.iter().any(|a| {
                        entities[a.entity].value == sentence_date && ends_a_range(&in_sentence, a)
                    })
                };
                if let (Some(who), Some(d)) = (subject, &sentence_date) {
                    if ids.contains(&who)
                        && kind != MeetingKind::PhoneCall
                        && !spanned()
                        && !before_then(&text[..trigger_at - sent.start])
                    {
                        journey = Some((who, d.clone()));
                    }
                }
                // "... during a previous meeting with the Minister, Viktor
                // Khrenin, the two signed": the one side named after "meeting
                // with", the other the subject of the sentence before.
                let with_only =
                    c.name("meet").is_some_and(|m| m.as_str().ends_with("with")) && !before_trigger;
                let mut met_by_previous = false;
                let mut guests_met = false;
                // "Then the guests met with X and Y": the delegation met them.
                // (Or "X met with the guests": the delegation met X.)
                let met_guests = || {
                    before_trigger
                        && !people.iter().any(|a| a.start >= trigger_at)
                        && MET_GUESTS.is_match(text)
                };
                if !delegation.is_empty()
                    && ((!before_trigger && GUESTS.is_match(text)) || met_guests())
                {
                    let hosts: Vec<usize> = ids
                        .iter()
                        .copied()
                        .filter(|i| !delegation.contains(i))
                        .collect();
                    if !hosts.is_empty() {
                        ids = delegation.iter().copied().chain(hosts).collect();
                        met_by_previous = true;
                        guests_met = true;
                    }
                }
                // "He met X", "The Russian official also met X and Y": the
                // subject of the sentence before met them.
                // (Not when "the guests" already stood for the delegation.)
                // (Not "The two ministers ..." once the two are found.)
                let two_found = named_two && ids.len() == 2;
                if !guests_met
                    && !two_found
                    && ((ids.len() == 1 && (back_reference || with_only))
                        || (ids.len() >= 2 && back_reference && !before_trigger))
                {
                    // (All of a group: "X and Y visited ... The generals
                    // were received by Z".)
                    let plural = reference.as_ref().is_some_and(points_to_several);
                    // (Or the guests of the meeting before, when its host
                    // alone was named first: "X received the Co-Chairs A, B
                    // and C. ... The co-chairs informed the minister of their
                    // meeting with Y".)
                    let guests: Vec<usize> = match meetings.last() {
                        Some(m) if plural && !named_two && previous_group.len() < 2 => {
                            participant_ids(m, entities)
                                .filter(|i| Some(*i) != previous_subject && !ids.contains(i))
                                .collect()
                        }
                        _ => Vec::new(),
                    };
                    if plural && !named_two && previous_group.len() >= 2 {
                        let group = previous_group.iter().filter(|p| !ids.contains(p));
                        ids.splice(0..0, group.copied().collect::<Vec<_>>());
                        met_by_previous = true;
                    } else if guests.len() >= 2 {
                        ids.splice(0..0, guests);
                        met_by_previous = true;
                    } else if let (Some(p), [guest]) = (
                        previous_subject.filter(|&p| {
                            !ids.contains(&p)
                                && meetings
                                    .last()
                                    .is_some_and(|m| participant_ids(m, entities).any(|i| i == p))
                        }),
                        guests.as_slice(),
                    ) {
                        // (Or the two who met before, one of them the
                        // subject since: "X and Y met ... X said ... The
                        // ministers also met Z".)
                        ids.splice(0..0, [p, *guest]);
                        met_by_previous = true;
                    } else if let Some(p) = previous_subject.filter(|p| !ids.contains(p)) {
                        ids.insert(0, p);
                        met_by_previous = true;
                    }
                }
                // Everyone named after the trigger and nobody before it: they are one
                // side ("were visited by X, Y and Z"), unless the sentence names both
                // sides after it ("the meeting between X and Y") or points back.
                // ... or the sentence is a meeting of them all ("A meeting of
                // the ministers ... X, Y and Z ... was held").
                // (So is "X, Y and Z attended the meeting" right after it.)
                let attended = c.name("gather").is_some()
                    || (c.get(0).is_some_and(|m| {
                        ["attended", "took", "participated"]
                            .iter()
                            .any(|w| m.as_str().starts_with(w))
                    }) && unnamed.as_ref().is_some_and(|u| u.0 + 1 == n_sentence));
                let gathering = (realised && GATHERING.is_match(text)) || attended;
                // (So is what two or more named next discussed or signed
                // after one met by unnamed sides: "The defence ministers of
                // A, B and C met with X. Minister Y, Z and W discussed ...";
                // or met somewhere: "... met in Tbilisi. Y, Z and W signed
                // ...".)
                let discussed_next = c.name("coord").is_some()
                    && ids.len() >= 2
                    && unnamed.as_ref().is_some_and(|u| {
                        u.0 + 1 == n_sentence && (!u.3.is_empty() || u.2.is_some())
                    });
                let reported_before = unnamed.clone().filter(|_| attended || discussed_next);
                // Its chair first.
                if let Some(u) = &reported_before {
                    let chairs: Vec<usize> =
                        u.3.iter().copied().filter(|c| !ids.contains(c)).collect();
                    ids.splice(0..0, chairs);
                }
                // "at a meeting of X with Y": both sides after the trigger.
                // (Also "was discussed at a meeting of X with Y".)
                let of_with = c.get(0).is_some_and(|m| {
                    let rest = &text[m.start()..];
                    rest.find("meeting of ")
                        .is_some_and(|i| rest[i..].contains(" with "))
                });
                // "during the meeting of X and Y": both after the trigger.
                let of_two = c
                    .get(0)
                    .is_some_and(|m| m.as_str().starts_with("meeting of"))
                    && {
                        let mut after = people.iter().filter(|a| a.start > trigger_at);
                        let first = after.next().map(|a| a.entity);
                        after.any(|a| Some(a.entity) != first)
                    };
                // "The memorandum was signed by X and Y": both after the verb.
                let signed_by = c.name("coord").is_some_and(|m| signed_by_both(m.as_str()));
                // "During talks in Ashgabat, X and Y agreed ...": both after it.
                let opening_talks = c
                    .name("coord")
                    .is_some_and(|m| m.start() == 0 && during_talks(m.as_str()));
                let one_side = !before_trigger
                    && !opening_talks
                    && !between
                    && !of_with
                    && !of_two
                    && !signed_by
                    && !gathering
                    && !back_reference
                    && !met_by_previous
                    && !OPENS_WITH_MEETING.is_match(text);
                // "X and Y attended the talks" after talks reported with
                // their sides named: those talks' attendees, no meeting of
                // their own.
                // "X and Y hosted the leaders at a dinner": two hosts, no
                // guest named, no meeting of theirs.
                let co_hosts = kind == MeetingKind::Host
                    && people.iter().filter(|a| a.end <= trigger_at).count() >= 2
                    && !people.iter().any(|a| a.start > trigger_at);
                // "X and Y held talks with Armenian counterparts", "X and Y
                // met with students": one side, the other unnamed (not "met
                // with each other").
                let with_unnamed = people.iter().filter(|a| a.end <= trigger_at).count() >= 2
                    && !people.iter().any(|a| a.start > trigger_at)
                    && {
                        let m = c.get(0).expect("group 0");
                        let after = text[m.end()..].trim_start();
                        // (Or an object after "met": "met their Indian
                        // counterparts", "met the press"; not "met in Baku".)
                        let object = || {
                            matches!(m.as_str(), "met" | "meet" | "meets")
                                && after.split(' ').next().is_some_and(|w| {
                                    matches!(w, "their" | "the" | "a" | "an" | "his" | "her")
                                })
                        };
                        let after = if m.as_str().ends_with("with") || object() {
                            Some(after)
                        } else {
                            after.strip_prefix("with ")
                        };
                        after.is_some_and(|a| {
                            !a.starts_with("each other") && !a.starts_with("one another")
                        })
                    }
                    && ids
                        .iter()
                        .all(|&i| people.iter().any(|a| a.entity == i && a.end <= trigger_at));
                let attendees_only = !attended
                    && !meetings.is_empty()
                    && c.get(0).is_some_and(|m| {
                        ["attended the", "took part in the", "participated in the"]
                            .iter()
                            .any(|w| m.as_str().starts_with(w))
                    });
                // "During the talks with Mr. Koo, ...": part of the meeting
                // just reported, among whose participants they are.
                let reported_again = DURING_THE_MEETING.is_match(text)
                    && meetings.last().is_some_and(|m| {
                        m.evidence.end + 600 >= sent.start
                            && ids
                                .iter()
                                .all(|&i| m.participants.contains(&entities[i].name))
                    });
                // "X welcomed Y's decision": Y's deed welcomed, not Y.
                let welcomed_whose = c.name("host").is_some_and(|h| {
                    matches!(h.as_str(), "welcomed" | "greeted")
                        && people
                            .iter()
                            .find(|a| a.start >= h.end() + sent.start)
                            .is_some_and(|a| {
                                after_possessive(&seg.text[a.end - seg.content.start..]).is_some()
                            })
                });
                if ids.len() >= 2
                    && !one_side
                    && !attendees_only
                    && !co_hosts
                    && !with_unnamed
                    && !reported_again
                    && !welcomed_whose
                {
                    // "X had earlier met Y": on a day the story does not tell.
                    let head = &text[..trigger_at - sent.start];
                    // (Or after it, undated: "visited Yerevan last week,
                    // where he held consultations with Y".)
                    static AGO: crate::Needles<6> = crate::needles![
                        "last week",
                        "week ago",
                        "weeks ago",
                        "days ago",
                        "months ago",
                        "earlier this "
                    ];
                    let before_then = before_then(head) || AGO.any_in(&text[head.len()..]);
                    let earlier = before_then || head.trim_end().ends_with(" last");
                    // "On the sidelines (of the meeting)", "on the margins of
                    // the summit": of the meeting just reported.
                    // (So is "during the summit".)
                    // (So is one just before or after it: "Prior to the
                    // talks, X paid a courtesy call on Y".)
                    let on_sidelines = text.contains("sidelines")
                        || text.contains("margins of the")
                        || text.contains("during the summit")
                        || [
                            "Prior to the ",
                            "Before the ",
                            "After the ",
                            "Following the ",
                        ]
                        .iter()
                        .any(|p| {
                            text.strip_prefix(p).is_some_and(|r| {
                                r.starts_with("talks,") || r.starts_with("meeting,")
                            })
                        });
                    let recent_unnamed = unnamed.as_ref().filter(|u| u.0 + 3 >= n_sentence);
                    // The day of the meeting told just before, if near.
                    let last_meeting_day = || {
                        meetings
                            .last()
                            .filter(|m| m.evidence.end + 600 >= sent.start)
                            .and_then(|m| m.date.clone())
                    };
                    // Undated, it took place on the journey's dated day.
                    let inherited = || {
                        reported_before
                            .as_ref()
                            .and_then(|u| u.1.clone())
                            // ... unless the meeting is what someone reported
                            // ("X posted that the deal was signed during a meeting").
                            // (... nor one the story told before: "X met Y on
                            // Wednesday. X told Z on Thursday ... X said after
                            // meeting Y" is Wednesday's meeting.)
                            .or_else(|| {
                                last_dated
                                    .as_ref()
                                    .filter(|(who, _, n)| n + 1 == n_sentence && ids.contains(who))
                                    .filter(|_| !head.contains(" that "))
                                    .filter(|_| {
                                        !meetings.iter().any(|m| {
                                            m.participants.len() == ids.len()
                                                && ids.iter().all(|&i| {
                                                    m.participants.contains(&entities[i].name)
                                                })
                                        })
                                    })
                                    .map(|(_, d, _)| d.clone())
                            })
                            .or_else(|| {
                                journey
                                    .as_ref()
                                    .filter(|(who, _)| ids.contains(who))
                                    .map(|(_, d)| d.clone())
                            })
                            // The guests' visit is dated where the delegation arrived.
                            .or_else(|| delegation_date.clone().filter(|_| guests_met))
                            // "Defense ministers of A, B and C held a meeting in
                            // Tbilisi on March 11. X, Y and Z signed ...": the
                            // meeting told just before without names, when what
                            // they did is done at meetings or three are named.
                            .or_else(|| {
                                recent_unnamed
                                    .filter(|u| {
                                        u.0 + 1 == n_sentence
                                            && (c.name("coord").is_some() || ids.len() >= 3)
                                    })
                                    .and_then(|u| u.1.clone())
                            })
                            // "... on the margins of the meeting": its day.
                            .or_else(|| {
                                on_sidelines
                                    .then(|| {
                                        recent_unnamed
                                            .and_then(|u| u.1.clone())
                                            .or_else(last_meeting_day)
                                    })
                                    .flatten()
                            })
                    };
                    // "The next day, ...": the day after the meeting before.
                    // (The sentence before's day, or else the last meeting's.)
                    // ("A day earlier, X had met Y": the day before it.)
                    let next_day = |by: i64| {
                        let before = previous_day
                            .as_ref()
                            .filter(|(_, n)| n + 1 == n_sentence)
                            .map(|(d, _)| d)
                            .or_else(|| meetings.last().and_then(|m| m.date.as_ref()))?;
                        shift_day(before, by)
                    };
                    // "After the parade, the two presidents held a meeting":
                    // the day of the sentence before, which told the event
                    // (so "Following the parade, ...").
                    let after_event = || {
                        let head = head.trim_start();
                        let rest = head
                            .strip_prefix("After the ")
                            .or_else(|| head.strip_prefix("Following the "))?;
                        let (event, _) = rest.split_once(',')?;
                        (!event.is_empty()
                            && event.len() <= 20
                            && event.bytes().all(|b| b.is_ascii_lowercase() || b == b' '))
                        .then_some(())?;
                        // ("After the meeting, X met Y": the meeting told
                        // before, whatever came between.)
                        let a_meeting = ["meeting", "talks", "negotiations", "summit"]
                            .iter()
                            .any(|w| event.ends_with(w));
                        // (Or the one before: "X attended the parade on
                        // Thursday. X and Y watched it together. Following the
                        // parade, ...".)
                        previous_day
                            .as_ref()
                            .filter(|(_, n)| n + 2 >= n_sentence)
                            .map(|(d, _)| d.clone())
                            .or_else(|| a_meeting.then(last_meeting_day).flatten())
                    };
                    let date = sentence_date.clone().or_else(|| {
                        if let Some(by) = day_shift(head) {
                            next_day(by)
                        } else if before_then {
                            None
                        } else {
                            inherited().or_else(after_event)
                        }
                    });
                    // (Talks dated by a year alone, "held talks in 2022", take
                    // no place from the dateline or the meeting before.)
                    let year_only = date.as_deref().is_some_and(|d| d.len() == 4);
                    // Where: a place "in"/"at" after the trigger ("met X in Y"), else
                    // a city visited ("during his visit to Washington"), else the
                    // place "in"/"at" nearest the trigger, else the dateline's place
                    // (a local event), else a country visited or a place the
                    // sentence goes "to".
                    // A place that ends a person's title ("the EU Special
                    // Representative for ... the crisis in Georgia Toivo Klaar")
                    // is not where they met.
                    let mut places = within(sent, EntityKind::Location);
                    // (Or the title before a comma: "the Ambassador of the
                    // European Union to Georgia, Carl Hartzell,", a title the
                    // person holds ending with the place.)
                    places.retain(|a| {
                        !people.iter().any(|p| {
                            p.start >= a.end && {
                                let between = seg.text
                                    [a.end - seg.content.start..p.start - seg.content.start]
                                    .trim();
                                between.is_empty()
                                    || (between == ","
                                        && entities[p.entity].titles.iter().any(|t| {
                                            t.ends_with(
                                                &seg.text[a.start - seg.content.start
                                                    ..a.end - seg.content.start],
                                            )
                                        }))
                            }
                        })
                    });
                    // The text before a place, without the words describing it.
                    let before_place = |a: &At| {
                        without_descriptor(seg.text[..a.start - seg.content.start].trim_end())
                    };
                    let after = |a: &At, words: &[&str]| {
                        let before = before_place(a);
                        words.iter().any(|w| before.ends_with(w))
                    };
                    // "Uzbekistan's capital Tashkent": the capital, the nearer place.
                    let capital = |a: &At| {
                        let after_place = &seg.text[a.end - seg.content.start..];
                        let rest = after_place
                            .strip_prefix("'s capital")
                            .or_else(|| after_place.strip_prefix("’s capital"))?
                            .trim_start_matches([',', ' ']);
                        let at = a.end + (after_place.len() - rest.len());
                        places.iter().find(|c| c.start == at).copied()
                    };
                    let name = |a: &At| {
                        let a = capital(a).unwrap_or(*a);
                        entities[a.entity].name.clone()
                    };
                    // Of several before the trigger, the nearest: a headline run
                    // into the sentence ("... armed formation in Kosovo" Vulin spoke
                    // on Tuesday in Belgrade with ...) names other places.
                    // Not a place discussed: "a cease-fire in Gaza", "met ... to
                    // discuss the situation in Gaza".
                    let is_country =
                        |a: &At| crate::gazetteer::GAZETTEER.is_country(&entities[a.entity].name);
                    // A city and then the day: where, whatever the words
                    // before ("signed the plan of cooperation in Budapest on
                    // Monday").
                    let dated_city = |a: &At| {
                        crate::gazetteer::GAZETTEER.is_city(&entities[a.entity].name)
                            && seg.text[a.end - seg.content.start..]
                                .strip_prefix(" on ")
                                .is_some_and(|r| {
                                    let w = r.split([' ', ',', '.']).next().unwrap_or("");
                                    crate::calendar::weekday(w).is_some()
                                        || crate::calendar::month_number(w).is_some()
                                        || w.starts_with(|c: char| c.is_ascii_digit())
                                })
                    };
                    // "met X at the Joint Staff Headquarters": a site, which
                    // only a place the article gives no other way names.
                    // (So is one named as a site: "at Heydar Aliyev
                    // International Airport".)
                    let named_site =
                        |a: &At| crate::recognize::names_site(&entities[a.entity].name);
                    // (Not a topic's: "the situation in the East China Sea";
                    // nor a telephone call's.)
                    let site = |a: &&At| {
                        let before = before_place(a);
                        let before = match before.strip_suffix(" the") {
                            Some(b) if !is_country(a) => b,
                            _ if named_site(a) => before,
                            _ => "",
                        };
                        a.start > trigger_at
                            && kind != MeetingKind::PhoneCall
                            && (before.ends_with(" at") || before.ends_with(" in"))
                            && !topic_place(before)
                    };
                    // A place in a clause after the meeting's that moves on
                    // ("met X, as ...", "met X and visited Y in Hawaii").
                    let elsewhere = |a: &At| {
                        a.start > trigger_at
                            && OTHER_CLAUSE.is_match(
                                &seg.text
                                    [trigger_at - seg.content.start..a.start - seg.content.start],
                            )
                    };
                    // A place in the meeting's purpose: "met X to discuss the
                    // construction of a plant in Absheron" (not "to discuss
                    // relations at the headquarters in Brussels").
                    let in_purpose = |a: &At| {
                        a.start > trigger_at && {
                            let between = &seg.text
                                [trigger_at - seg.content.start..a.start - seg.content.start];
                            between
                                .find(" to discuss ")
                                .is_some_and(|i| !between[i..].contains(" at "))
                        }
                    };
                    let located = |a: &&At| {
                        let before = before_place(a);
                        // (Nor one owning what follows: "director general
                        // ... at Japan's foreign ministry".)
                        let owner = seg.text[a.end - seg.content.start..].starts_with(['\'', '’']);
                        if named_site(a) || owner {
                            return false;
                        }
                        // (A sentence may open with it: "In Baku, he met ...";
                        // a country may have its article: "in the United States",
                        // and so may a region by its noun: "in the Batken
                        // region".)
                        // (The noun may close the mention or follow it.)
                        let region = || {
                            let region_noun = |w: &str| {
                                ["region", "province", "district", "oblast"]
                                    .iter()
                                    .any(|n| w.eq_ignore_ascii_case(n))
                            };
                            let mention =
                                &seg.text[a.start - seg.content.start..a.end - seg.content.start];
                            mention.rsplit(' ').next().is_some_and(region_noun)
                                || seg.text[a.end - seg.content.start..]
                                    .strip_prefix(' ')
                                    .and_then(|r| r.split([' ', ',', '.']).next())
                                    .is_some_and(region_noun)
                        };
                        let near = match before.strip_suffix(" the") {
                            Some(b) if is_country(a) || region() => b,
                            _ => before,
                        };
                        // (Or a country's possessive: "in Uzbekistan's
                        // Samarkand".)
                        let near = crate::without_possessive(near)
                            .and_then(|b| {
                                places
                                    .iter()
                                    .find(|p| p.end - seg.content.start == b.len() && is_country(p))
                            })
                            .map_or(near, |p| seg.text[..p.start - seg.content.start].trim_end());
                        // ("at Joint Staff Headquarters, Rawalpindi": the
                        // city after its site.)
                        let after_site = || {
                            places.iter().any(|b| {
                                b.end < a.start
                                    && seg.text
                                        [b.end - seg.content.start..a.start - seg.content.start]
                                        .trim()
                                        == ","
                                    && site(&b)
                            })
                        };
                        // (Nor one in a relative clause after the one met:
                        // "met X, who arrived in Kazakhstan on a visit, in
                        // Astana".)
                        let aside = || a.start > trigger_at && in_relative(a);
                        (matches!(
                            near.rsplit(char::is_whitespace).next(),
                            Some("in" | "at" | "In" | "At")
                        ) || after_site())
                            && (!topic_place(before) || dated_city(a))
                            && !elsewhere(a)
                            && !in_purpose(a)
                            && !aside()
                    };
                    // (A continent or a region visited is no meeting's place.)
                    let wide =
                        |a: &At| crate::gazetteer::GAZETTEER.is_wide_area(&entities[a.entity].name);
                    // "during his official visit to the United States": the visit's
                    // destination, unless a place follows the trigger ("met X in Y").
                    let visited = |a: &&At| {
                        after(
                            a,
                            &[
                                " visit to",
                                " trip to",
                                " visit to the",
                                " trip to the",
                                " visited",
                                " arrived in",
                            ],
                        )
                    };
                    // "X also met ...", "Later, X ...", "On the same day, X
                    // ...": the visit goes on.
                    let goes_on = || {
                        text.contains(" also ")
                            || CONTINUES.is_match(text)
                            // (So does "Earlier," with no day, when every
                            // meeting so far was away from the dateline.)
                            || (text.starts_with("Earlier, ")
                                && !meetings.is_empty()
                                && meetings.iter().all(|m| {
                                    m.place.is_some() && m.place.as_deref() != dateline
                                }))
                            || SAME_DAY.is_match(text)
                            || day_shift(head) == Some(1)
                    };
                    // (Not one inside the title of the one met: "met the
                    // Commander of the contingent in Nagorno-Karabakh, General
                    // X, in Yerevan": the first after the last one met.)
                    let last_met = people
                        .iter()
                        .filter(|a| a.start > trigger_at && ids.contains(&a.entity))
                        .map(|a| a.end)
                        .max()
                        .unwrap_or(trigger_at);
                    let after_trigger = || {
                        places
                            .iter()
                            .filter(located)
                            .filter(|a| a.start > trigger_at)
                    };
                    // (Not one inside an apposition that describes the one
                    // met: "met General X, commander of the brigade to be
                    // deployed in Lithuania"; unless it closes before the
                    // place, "X, commander of the brigade, in Riga".)
                    let describes_met = |a: &&At| {
                        seg.text[last_met - seg.content.start..a.start - seg.content.start]
                            .strip_prefix(", ")
                            .is_some_and(|r| {
                                r.starts_with(char::is_lowercase)
                                    && !r.contains(',')
                                    // (Not the place itself: "X, in Vilnius".)
                                    && !matches!(
                                        r.split(' ').next(),
                                        Some("in" | "at" | "on" | "during" | "after" | "before")
                                    )
                            })
                    };
                    let place = after_trigger()
                        .filter(|a| a.start > last_met && !describes_met(a))
                        .min_by_key(|a| a.start)
                        .or_else(|| after_trigger().min_by_key(|a| a.start))
                        // "travelled to the port of Batumi, where he met X".
                        .or_else(|| {
                            // (Maybe with its day: "to Muscat in December,
                            // where he met X".)
                            places.iter().find(|a| {
                                let after = &seg.text[a.end - seg.content.start..];
                                let dated = || {
                                    let head = &after[..crate::floor_boundary(after, 40)];
                                    let Some(w) = head.find(", where ") else {
                                        return false;
                                    };
                                    let between = &after[..w];
                                    [" in ", " on ", " last ", " this ", " earlier "]
                                        .iter()
                                        .any(|p| between.starts_with(p))
                                        && !between.contains(['.', ';', ','])
                                };
                                a.start < trigger_at && (after.starts_with(", where ") || dated())
                            })
                        })
                        // "Ashgabat hosted talks between X and Y": the host.
                        .or_else(|| {
                            places.iter().find(|a| {
                                let rest = &seg.text[a.end - seg.content.start..];
                                a.end <= trigger_at
                                    && [" hosted ", " hosts ", " played host to "]
                                        .iter()
                                        .any(|v| rest.starts_with(v))
                            })
                        })
                        // (A country visited says less than the dateline's
                        // city: "paying an official visit to Azerbaijan"; so
                        // does a continent: "on his first trip to Asia".)
                        .or_else(|| {
                            places
                                .iter()
                                .filter(visited)
                                .find(|a| !is_country(a) && !wide(a))
                        })
                        .or_else(|| {
                            places
                                .iter()
                                .filter(located)
                                .min_by_key(|a| a.start.abs_diff(trigger_at))
                        })
                        .map(name)
                        .or_else(|| reported_before.as_ref().and_then(|u| u.2.clone()))
                        // "in the Tajik capital": the capital of Tajikistan.
                        .or_else(|| {
                            let c = crate::captures(&DEMONYM_CAPITAL, text)?;
                            crate::gazetteer::GAZETTEER
                                .capital_by_demonym(c.name("who")?.as_str())
                                .map(str::to_string)
                        })
                        // "in Azerbaijan's capital": Baku.
                        .or_else(|| {
                            let a = places.iter().find(|a| {
                                let after = &seg.text[a.end - seg.content.start..];
                                let before = before_place(a);
                                (after.starts_with("'s capital") || after.starts_with("’s capital"))
                                    && (before.ends_with(" in") || before.ends_with(" at"))
                            })?;
                            crate::gazetteer::GAZETTEER
                                .capital_of(&entities[a.entity].name)
                                .map(str::to_string)
                        })
                        // A meeting place named in one of the two sentences
                        // before, else the dateline's; a telephone call has no
                        // one place to default to.
                        .or_else(|| {
                            if kind == MeetingKind::PhoneCall || year_only {
                                return None;
                            }
                            // "On the sidelines of the meeting": where the
                            // meeting before was (or the one reported without
                            // names: "NATO Defence Ministers met at ...").
                            let sidelines = on_sidelines
                                .then(|| {
                                    meetings
                                        .last()
                                        .and_then(|m| m.place.clone())
                                        .or_else(|| recent_unnamed.and_then(|u| u.2.clone()))
                                })
                                .flatten();
                            // "During the visit, X met Y": where the visit went.
                            sidelines
                                .or_else(|| {
                                    destination.clone().filter(|_| DURING_VISIT.is_match(text))
                                })
                                .or_else(|| {
                                    meeting_place
                                        .as_ref()
                                        .filter(|(_, at)| n_sentence - at <= 2 && *at < n_sentence)
                                        .map(|(p, _)| p.clone())
                                })
                                // "X met Y in Ankara. ... X also called on Z":
                                // still there, wherever the dateline is (unless
                                // the sentence names a place: "Later, X
                                // traveled to Tashkent and met ...").
                                .or_else(|| {
                                    // (A place naming whose a title is, "U.S.
                                    // Secretary of Defense", names no site.)
                                    // (Or closes it: "the Foreign Minister of
                                    // Georgia met ...".)
                                    let of_title = |a: &At| {
                                        let g = &*crate::gazetteer::GAZETTEER;
                                        let after = &seg.text[a.end - seg.content.start..];
                                        let before =
                                            seg.text[..a.start - seg.content.start].trim_end();
                                        let before = before.strip_suffix(" the").unwrap_or(before);
                                        // (Or owns it: "Qatar's Deputy Prime Minister".)
                                        let after = after_possessive(after)
                                            .map_or(after, |r| &after[after.len() - r.len() - 1..]);
                                        // (In lower case too: "chairman of the U.S.
                                        // ...", "Turkey's special envoy".)
                                        let title = |w: &str| {
                                            g.is_title(w)
                                                || w.starts_with(char::is_lowercase)
                                                    && g.is_title(&capitalized(w))
                                        };
                                        after.strip_prefix(' ').is_some_and(|r| {
                                            title(r.split(' ').next().unwrap_or(""))
                                        }) || before.strip_suffix(" of").is_some_and(|b| {
                                            title(b.rsplit(' ').next().unwrap_or(""))
                                        })
                                    };
                                    // (A site names no town: "later called on
                                    // X at the Great Hall of the People".)
                                    let no_place = places.iter().all(|a| {
                                        of_title(a)
                                            || elsewhere(a)
                                            || in_purpose(a)
                                            || named_site(a)
                                    });
                                    let also = no_place
                                        && (goes_on()
                                            || reference
                                                .as_ref()
                                                .is_some_and(|r| r.name("visiting").is_some()));
                                    // (Or two of those who met are pointed
                                    // back to: "X and Y held talks in Almaty.
                                    // ... The ministers were received by Z".)
                                    let pointed_back = |m: &&Meeting| {
                                        no_place
                                            && back_reference
                                            && m.participants
                                                .iter()
                                                .filter(|p| {
                                                    ids.iter().any(|&i| entities[i].name == **p)
                                                })
                                                .nth(1)
                                                .is_some()
                                    };
                                    last_told(&meetings, &told_earlier)
                                        .filter(|m| {
                                            (also || pointed_back(m))
                                                && m.evidence.end + 600 >= sent.start
                                        })
                                        .filter(|m| m.kind != MeetingKind::PhoneCall)
                                        .filter(|m| {
                                            let took_part = |i: usize| {
                                                m.participants.contains(&entities[i].name)
                                            };
                                            // (Or went along with one who did.)
                                            ids.iter().any(|&i| {
                                                took_part(i)
                                                    || companions
                                                        .iter()
                                                        .any(|&(c, lead)| c == i && took_part(lead))
                                            })
                                        })
                                        .and_then(|m| m.place.clone())
                                })
                                .or_else(|| {
                                    // "Baku, March 5. A delegation ... is on a
                                    // visit to Pakistan": the dateline is the
                                    // home capital; they met where they went.
                                    // (Abroad: a country or its capital, not
                                    // a town visited on the way, "visited the
                                    // plant in Roanne", under "PARIS".)
                                    let g = &*crate::gazetteer::GAZETTEER;
                                    match (dateline, &destination) {
                                        (Some(home), Some(away))
                                            if !before_then
                                                && home != away
                                                && g.capital_of(away) != Some(home)
                                                && g.is_capital(home)
                                                && (g.is_country(away) || g.is_capital(away)) =>
                                        {
                                            Some(away.clone())
                                        }
                                        _ => dateline.map(str::to_string),
                                    }
                                })
                        })
                        .or_else(|| places.iter().filter(visited).find(|a| !wide(a)).map(name))
                        // (Not a title's: "Ambassador to Georgia".)
                        .or_else(|| {
                            places
                                .iter()
                                .find(|a| {
                                    after(a, &[" to"]) && !wide(a) && {
                                        let before = before_place(a);
                                        let head = before[..before.len() - 3]
                                            .rsplit(' ')
                                            .next()
                                            .unwrap_or("");
                                        !crate::gazetteer::GAZETTEER.is_title(head)
                                    }
                                })
                                .map(name)
                        })
                        // No dateline: the city the visitor went to ("arrived
                        // in Tbilisi ... He met ..."), for the visitor's meetings.
                        // (A country visited: its capital, if the article
                        // names it: "the visit of X to Turkmenistan ...
                        // Ashgabat".)
                        .or_else(|| {
                            let g = &*crate::gazetteer::GAZETTEER;
                            let d = destination
                                .as_deref()
                                .filter(|_| dateline.is_none() && kind != MeetingKind::PhoneCall)
                                .filter(|_| !before_then)
                                .filter(|_| visitor.is_none_or(|v| ids.contains(&v)))?;
                            match g.capital_of(d) {
                                None => Some(d.to_string()),
                                Some(capital) => entities
                                    .iter()
                                    .any(|e| e.kind == EntityKind::Location && e.name == capital)
                                    .then(|| capital.to_string()),
                            }
                        })
                        // Else the city the headline places the meeting in.
                        .or_else(|| {
                            headline_place
                                .filter(|_| dateline.is_none() && kind != MeetingKind::PhoneCall)
                                .map(str::to_string)
                        })
                        .or_else(|| places.iter().find(site).map(name));
                    let participants: Vec<String> =
                        ids.iter().map(|&i| entities[i].name.clone()).collect();
                    // "He also met with Y": on the same journey, in the same
                    // paragraph, where the meeting before it took place.
                    // A country visited, whose capital the headline places
                    // the meeting in: the capital.
                    let place = place.map(|p| {
                        match (crate::gazetteer::GAZETTEER.capital_of(&p), headline_place) {
                            (Some(capital), Some(h)) if capital == h => h.to_string(),
                            // ... or the dateline does ("TBILISI - X, who
                            // arrived in Georgia on Wednesday, held talks").
                            (Some(capital), _) if dateline == Some(capital) => capital.to_string(),
                            // ... or the meeting just before on the visit was
                            // there ("held talks with Y in Dhaka ... X, who is
                            // on a visit to Bangladesh, also called on Z").
                            (Some(capital), _)
                                if meetings.last().is_some_and(|m| {
                                    m.place.as_deref() == Some(capital)
                                        && m.evidence.end + 400 >= sent.start
                                        && participants.iter().any(|p| m.participants.contains(p))
                                }) =>
                            {
                                capital.to_string()
                            }
                            _ => p,
                        }
                    });
                    // (Or in the next paragraph: "X also met ...".)
                    // (Not a call's: "X had spoken by phone with Z" after
                    // X's meeting in Yerevan took place nowhere in it.)
                    let place = place.or_else(|| {
                        last_told(&meetings, &told_earlier)
                            .filter(|_| !year_only && kind != MeetingKind::PhoneCall)
                            .filter(|m| {
                                seg.content.start <= m.evidence.start
                                    || (goes_on()
                                        && kind != MeetingKind::PhoneCall
                                        && m.evidence.end + 600 >= sent.start)
                            })
                            .filter(|m| participants.iter().any(|p| m.participants.contains(p)))
                            .and_then(|m| m.place.clone())
                    });
                    // (A call has no one place: "discussed the escalation in
                    // Aleppo in a telephone conversation".)
                    let place = place
                        .filter(|_| kind != MeetingKind::PhoneCall)
                        .map(|p| as_entity_named(entities, p));
                    // "On the same day X also had phone conversations with
                    // ...", "Later that day": the day of the meeting before.
                    // (Not one told as earlier: "The two last met in May.
                    // The same day, X spoke with Z".)
                    let date = date.or_else(|| {
                        let m = last_told(&meetings, &told_earlier)?;
                        SAME_DAY.is_match(text).then(|| m.date.clone()).flatten()
                    });
                    let date = date.or_else(|| {
                        EARLIER_IN_THE_DAY
                            .is_match(head)
                            .then(|| report_day.clone())
                            .flatten()
                    });
                    // "X also held a meeting with ...", "Later, X called on
                    // ...", right after X's dated meeting: the same day.
                    let date = date.or_else(|| {
                        let subject = subject.map(|s| &entities[s].name)?;
                        meetings
                            .last()
                            .filter(|m| m.evidence.end + 400 >= sent.start)
                            .filter(|m| {
                                m.kind != MeetingKind::PhoneCall && kind != MeetingKind::PhoneCall
                            })
                            .filter(|m| {
                                m.participants.contains(subject) && participants.contains(subject)
                            })
                            .filter(|_| {
                                text.contains(" also ")
                                    || text.trim_start().starts_with("Later,")
                                    || later_then(head)
                            })
                            .and_then(|m| m.date.clone())
                    });
                    let evidence_chars = chars_of(seg, sent, &mut counted);
                    // "X as well as Y arrived ..., where they held meetings with A
                    // and B": each visitor's own meeting with the hosts.
                    let hosts = people.iter().filter(|a| a.start > trigger_at).count();
                    let visitors: Vec<&String> = participants
                        .iter()
                        .filter(|p| {
                            people
                                .iter()
                                .any(|a| a.end <= trigger_at && entities[a.entity].name == **p)
                        })
                        .collect();
                    let separate = c.get(0).is_some_and(|m| m.as_str().contains("meetings"))
                        && visitors.len() >= 2
                        && hosts >= 1;
                    // "X also met separately with A and B": two meetings.
                    // (So are "meetings" with A and B.)
                    let one_by_one = visitors.len() == 1
                        && participants.len() >= 3
                        && (text.contains("separately")
                            || text.contains("separate ")
                            || text.contains("bilateral ")
                            || c.get(0).is_some_and(|m| m.as_str().contains("meetings")));
                    // "X held consultations with A and met with B": a second
                    // verb after "and" (or ", where he also") starts a second
                    // meeting of the subject.
                    // So does one after ", a day after" ("met A on Tuesday, a
                    // day after talks with B"): a meeting on another day.
                    let trigger_end = c.get(0).expect("group 0").end();
                    let mut other_day: Option<i64> = None;
                    // (The second meeting's own subject, when named after
                    // "after": "a day after Nurtleu held talks with B".)
                    let mut second_subject: Option<&String> = None;
                    // (The subject may be two: "A and B held talks with C
                    // and D, and later called on E".)
                    let second_verb = (!visitors.is_empty())
                        .then(|| TRIGGER.find_at(text, trigger_end))
                        .flatten()
                        .filter(|t| {
                            // (The trigger may hold the word: "after meeting B".)
                            let lead = t.as_str().split(' ').next().unwrap_or("");
                            let to = match lead {
                                "after" | "before" => t.start() + lead.len(),
                                _ => t.start(),
                            };
                            let between = text[trigger_end..to].trim_end();
                            // (Also "and then", "and later": "was received by A
                            // and then held a meeting with B".)
                            let and = between
                                .strip_suffix(" then")
                                .or(between.strip_suffix(" later"))
                                .unwrap_or(between);
                            // (Or after ", where he also": "held a meeting with
                            // A in Beijing, where he also met with B".)
                            if and.ends_with(" and")
                                || [", where he", ", where she"]
                                    .iter()
                                    .any(|w| between.trim_end_matches(" also").ends_with(w))
                            {
                                return true;
                            }
                            let Some(c) = crate::captures(&OTHER_TIME, between) else {
                                return false;
                            };
                            if let Some(who) = c.name("who") {
                                // (A person named there, or no second meeting.)
                                let (from, to) = (
                                    sent.start + trigger_end + who.start(),
                                    sent.start + trigger_end + who.end(),
                                );
                                second_subject = people
                                    .iter()
                                    .find(|a| a.start >= from && a.end <= to)
                                    .map(|a| &entities[a.entity].name);
                                if second_subject.is_none() {
                                    return false;
                                }
                            }
                            other_day = Some(match (c.name("day"), &c["when"]) {
                                (Some(_), "before") => 1,
                                (Some(_), _) => -1,
                                (None, _) => 0,
                            });
                            true
                        })
                        .map(|t| sent.start + t.start());
                    let named_in = |from: usize, to: usize| -> Vec<String> {
                        let mut v: Vec<String> = Vec::new();
                        for a in people.iter().filter(|a| a.start >= from && a.start < to) {
                            let name = &entities[a.entity].name;
                            if !visitors.contains(&name) && !v.contains(name) {
                                v.push(name.clone());
                            }
                        }
                        v
                    };
                    // "X met A on April 4, and with B on April 5": a
                    // meeting each day, the second on its own; "held talks
                    // with A and with B": two meetings, on the day told.
                    let and_with = (visitors.len() == 1 && second_verb.is_none())
                        .then(|| text[trigger_end..].find(" and with "))
                        .flatten()
                        .map(|i| sent.start + trigger_end + i)
                        .map(|at| {
                            let day = in_sentence
                                .iter()
                                .find(|a| a.start > at)
                                .and_then(|a| entities[a.entity].value.clone())
                                .filter(|day| date.as_ref() != Some(day));
                            (at, day)
                        });
                    let split = second_verb
                        .or(and_with.as_ref().map(|(at, _)| *at))
                        .map(|at| [named_in(trigger_at, at), named_in(at, sent.end)])
                        .filter(|halves| halves.iter().all(|h| !h.is_empty()));
                    let was_split = split.is_some();
                    let sides: Vec<Vec<String>> = if let Some(halves) = split {
                        halves
                            .into_iter()
                            .enumerate()
                            .map(|(n, others)| {
                                let lead = match second_subject {
                                    Some(s) if n == 1 => vec![s],
                                    _ => visitors.clone(),
                                };
                                let mut side: Vec<String> =
                                    lead.iter().map(|s| (*s).clone()).collect();
                                side.extend(others.into_iter().filter(|o| !lead.contains(&o)));
                                side
                            })
                            .collect()
                    } else if one_by_one {
                        participants
                            .iter()
                            .filter(|p| *p != visitors[0])
                            .map(|p| vec![visitors[0].clone(), p.clone()])
                            .collect()
                    } else if separate {
                        visitors
                            .iter()
                            .map(|v| {
                                let mut side = vec![(*v).clone()];
                                side.extend(
                                    participants
                                        .iter()
                                        .filter(|p| !visitors.contains(p))
                                        .cloned(),
                                );
                                side
                            })
                            .collect()
                    } else {
                        vec![participants.clone()]
                    };
                    // Who visited: the one received ("X received Y", "Y was
                    // received by X") or the one calling ("X visited Y").
                    let passive = c.get(0).is_some_and(|m| m.as_str().ends_with(" by"));
                    // (Or the one "who is on a visit": "X met Y, who is on
                    // an official visit to the country".)
                    let on_visit = |a: &&At| {
                        let after = &seg.text[a.end - seg.content.start..];
                        [
                            ", who is on ",
                            ", who is paying ",
                            ", who arrived ",
                            ", who is visiting ",
                        ]
                        .iter()
                        .any(|p| after.starts_with(p))
                    };
                    last_guest = match kind {
                        MeetingKind::Host if passive => ids.first().copied(),
                        MeetingKind::Host => ids.get(1).copied(),
                        MeetingKind::Visit => ids.first().copied(),
                        _ => people
                            .iter()
                            .filter(|a| ids.contains(&a.entity))
                            .find(on_visit)
                            .map(|a| a.entity)
                            // (Or the head of the delegation received: "X
                            // received a delegation led by Y. X and Y
                            // discussed ...".)
                            .or_else(|| ids.iter().copied().find(|i| delegation.contains(i)))
                            .or(last_guest),
                    };
                    // The second of a split by its own verb is that verb's
                    // kind, and where that verb says ("hosted A in Astana and
                    // traveled to Paris, where he met B": B in Paris), else
                    // where the first was.
                    let second = second_verb.filter(|_| was_split).map(|at| {
                        let kind = crate::captures(&TRIGGER, &text[at - sent.start..])
                            .map_or(kind, |c| trigger_kind(&c));
                        let before = |a: &At| seg.text[..a.start - seg.content.start].trim_end();
                        let where_clause = text[trigger_end..at - sent.start].contains(", where ");
                        let own = places
                            .iter()
                            .find(|a| {
                                a.start > at
                                    && (before(a).ends_with(" in") || before(a).ends_with(" at"))
                            })
                            .or_else(|| {
                                places
                                    .iter()
                                    .rev()
                                    .find(|a| where_clause && a.start > trigger_at && a.end <= at)
                            })
                            .map(name);
                        // (And its own day: "met A in Istanbul in February and
                        // held talks with B in Sochi on August 5".)
                        let day = in_sentence
                            .iter()
                            .find(|a| {
                                a.start > at
                                    && !year_span(a)
                                    && !in_credit(a)
                                    && !in_aside(a)
                                    && !told_on(a)
                                    && !planned_day(a)
                                    && !names_a_thing(a)
                            })
                            .and_then(|a| entities[a.entity].value.clone())
                            .filter(|d| d.len() >= 7);
                        // The first's own place, before the second verb.
                        let first = places
                            .iter()
                            .find(|a| {
                                a.start > trigger_at
                                    && a.end <= at
                                    && (before(a).ends_with(" in") || before(a).ends_with(" at"))
                            })
                            .map(name);
                        (kind, own.or_else(|| place.clone()), day, first)
                    });
                    // The second of a split on another day: the day before
                    // or after, or unknown ("after holding talks with B").
                    for (n, participants) in sides.into_iter().enumerate() {
                        let (kind, place) = match (n, &second) {
                            (1, Some((k, p, _, _))) => (*k, p.clone()),
                            (0, Some((_, _, _, Some(first)))) => (kind, Some(first.clone())),
                            _ => (kind, place.clone()),
                        };
                        // (The second's own day first.)
                        let own_day = match (n, &second) {
                            (1, Some((_, _, day, _))) if other_day.is_none() => day.clone(),
                            _ => None,
                        };
                        let date = own_day.or_else(|| match (n, other_day, &date) {
                            (1, _, _) if was_split && and_with.is_some() => and_with
                                .as_ref()
                                .and_then(|(_, day)| day.clone())
                                .or_else(|| date.clone()),
                            (1, Some(by), Some(d)) if was_split => {
                                (by != 0).then(|| shift_day(d, by)).flatten()
                            }
                            _ => date.clone(),
                        });
                        let m = Meeting {
                            kind,
                            participants,
                            date: date.clone().filter(|_| !continues_call),
                            place: place.clone(),
                            evidence: sent,
                            evidence_chars,
                        };
                        // "X and Y last met in Yerevan": an earlier meeting
                        // somewhere else, or on another day, is another one
                        // (also when the one just reported named no place).
                        if earlier
                            && meetings.iter().any(|x| {
                                x.kind != MeetingKind::PhoneCall
                                    && same_people(x, &m)
                                    && ((m.place.is_some() && x.place != m.place)
                                        || (m.date.is_some()
                                            && x.date.is_some()
                                            && x.date != m.date))
                            })
                        {
                            told_earlier.push(meetings.len());
                            meetings.push(m);
                        } else {
                            // (So is one dated only by a month or a year
                            // before the report's: "X and Y also visited
                            // Lublin last year".)
                            let past = m.date.as_deref().zip(report_day.as_deref()).is_some_and(
                                |(d, r)| d.len() <= 7 && d < &r[..d.len().min(r.len())],
                            );
                            let n = meetings.len();
                            merge(&mut meetings, m, dateline);
                            if past && meetings.len() > n {
                                told_earlier.push(n);
                            }
                        }
                    }
                }
            }
            // "A delegation led by X and Y"; "The Indian side was led by A,
            // while the Armenian delegation was headed by B": each "led by"
            // leads those named up to the next, and the group called a
            // delegation is the visitors.
            let groups = led_groups(text, sent.start, &people);
            if let Some((_, led)) = groups
                .iter()
                .find(|(lead_in, _)| lead_in.contains("delegation"))
                .or(groups.first())
            {
                delegation = led.clone();
                delegation_date = within(sent, EntityKind::Date)
                    .iter()
                    .find(|a| !opens_dateline(&text[..a.start - sent.start], dateline))
                    .and_then(|a| entities[a.entity].value.clone());
            }
            for (lead_in, led) in &groups {
                if let Some(who) = side_of(lead_in) {
                    sides_led.push((who, led[0]));
                }
            }
            // ... right after a meeting reported without names ("India and
            // Armenia held consultations"): the sides' heads are its
            // participants (one sentence may come between: "X greeted the
            // delegations before the talks").
            if groups.len() >= 2
                && groups
                    .iter()
                    .all(|(lead_in, _)| lead_in.contains(" side") || lead_in.contains("delegation"))
                && unnamed.as_ref().is_some_and(|u| u.0 + 2 >= n_sentence)
            {
                let u = unnamed.take().expect("checked");
                let heads = groups.iter().map(|(_, led)| led[0]);
                let m = told_of(MeetingKind::Talks, heads, u, entities);
                let evidence_chars = chars_of(seg, sent, &mut counted);
                merge(
                    &mut meetings,
                    m.with_evidence(sent, evidence_chars),
                    dateline,
                );
            }
            // ... or the other side's head, told next: "X met with
            // representatives of the ICRC. The ICRC delegation was led by Y."
            let head = match groups.as_slice() {
                [(lead_in, led)] if lead_in.contains("delegation") => Some(led[0]),
                _ => None,
            };
            if let Some(b) = head.filter(|b| {
                unnamed
                    .as_ref()
                    .is_some_and(|u| u.0 + 1 == n_sentence && !u.3.is_empty() && !u.3.contains(b))
            }) {
                let u = unnamed.take().expect("checked");
                let sides: Vec<usize> = u.3.iter().copied().chain([b]).collect();
                let m = told_of(MeetingKind::Meet, sides, u, entities);
                let evidence_chars = chars_of(seg, sent, &mut counted);
                merge(
                    &mut meetings,
                    m.with_evidence(sent, evidence_chars),
                    dateline,
                );
            }
            // ... or one sentence each: "The Russian delegation was led by
            // A. The Azerbaijani side was represented by B."
            let one_side = match groups.as_slice() {
                [(lead_in, led)] if side_of(lead_in).is_some() => Some(led[0]),
                _ => None,
            };
            match (one_side, side_heads.take()) {
                (Some(b), Some((at, u, a))) if at + 1 == n_sentence && a != b => {
                    let m = told_of(MeetingKind::Talks, [a, b], u, entities);
                    let evidence_chars = chars_of(seg, sent, &mut counted);
                    merge(
                        &mut meetings,
                        m.with_evidence(sent, evidence_chars),
                        dateline,
                    );
                }
                (Some(a), _) if unnamed.as_ref().is_some_and(|u| u.0 + 1 == n_sentence) => {
                    let u = unnamed.take().expect("checked");
                    side_heads = Some((n_sentence, u, a));
                }
                _ => {}
            }
            // Those named in what someone reported ("X noted that ... on the
            // initiative of President Y") are not who "the sides" are.
            let reported = REPORTED
                .find(text)
                .map_or(usize::MAX, |r| sent.start + r.end());
            let mut here: Vec<usize> = Vec::new();
            for a in people.iter().filter(|a| a.start < reported) {
                if !here.contains(&a.entity) {
                    here.push(a.entity);
                }
            }
            // (A quotation of one of those, reporting no meeting, keeps
            // them: "X and Y held talks. '...,' X said. The ministers had
            // earlier met in June.")
            let some_again = meetings.len() == met_before
                && here.len() < previous_people.len()
                && here.iter().all(|p| previous_people.contains(p))
                && text.contains(['"', '“', '”']);
            if !here.is_empty() && !some_again {
                previous_people = here;
                previous_met = meetings.len() > met_before;
            }
            // "He ..." keeps the subject of the sentence before.
            if subject.is_some() && !back_reference {
                previous_subject = subject;
                subjects.extend(subject);
                // Those named before the sentence's first meeting word.
                previous_group.clear();
                for a in people.iter().filter(|a| a.end <= sent.start + verb_at) {
                    if !previous_group.contains(&a.entity) {
                        previous_group.push(a.entity);
                    }
                }
            }
            // "X said on November 26 ...": the day X was there, which the
            // next sentence's "X made the remarks while meeting Y" shares.
            // (A call's day dates no meeting: it was no journey.)
            let call = CALL_WORDS.any_in(text);
            // (Not the day someone else told of it: "..., the ministry said
            // on Tuesday": the name last written before the verb is not X's.)
            if let Some(who) = subject.filter(|_| !call) {
                let first = people.first().map_or(sent.start, |a| a.end);
                let told_by_another = |a: &At| {
                    let Some(verb) = told_before(&text[..a.start - sent.start]) else {
                        return false;
                    };
                    let verb_at = sent.start + verb;
                    let teller = all[..all.partition_point(|m| m.start < verb_at)]
                        .iter()
                        .rev()
                        .find(|m| m.end <= verb_at);
                    teller.is_none_or(|t| t.entity != who || t.start < sent.start)
                };
                // (A meeting the sentence told with its own day has that
                // day: "X, who arrived on Monday, held talks with Y. The two
                // sides signed ..." is no meeting on Monday.)
                let met_that_day = meetings[met_before..]
                    .iter()
                    .rev()
                    .find(|m| m.participants.contains(&entities[who].name))
                    .and_then(|m| m.date.clone());
                last_dated = met_that_day
                    .or_else(|| {
                        let dates = within(sent, EntityKind::Date);
                        // (Not a range's first day: "on a visit to France
                        // from May 19 to 22" dates no day of it.)
                        dates
                            .iter()
                            .find(|a| a.start > first && !told_by_another(a))
                            .filter(|a| !ends_a_range(&dates, a))
                            .and_then(|a| entities[a.entity].value.clone())
                    })
                    .filter(|d| d.len() == 10)
                    .map(|d| (who, d, n_sentence));
            }
            if let Some(d) = first_day(sent) {
                previous_day = Some((d, n_sentence));
            }
        }
    }
    drop_told_separately(&mut meetings);
    drop_headline_s_call(&mut meetings, segments);
    share_the_sentence_s_setting(&mut meetings, &split);
    meetings
}

/// The text after a possessive "'s " (or "’s ") opening `s`: "Tokayev's
/// wife" after "Tokayev".
fn after_possessive(s: &str) -> Option<&str> {
    s.strip_prefix("'s ").or_else(|| s.strip_prefix("’s "))
}

/// "X met Y on March 3. The previous day, X met Z": the day before the
/// last meeting's day, for a sentence opening so (none when that meeting
/// had no day: the article's date alone dates no meeting).
fn day_before_the_last(text: &str, meetings: &[Meeting]) -> Option<String> {
    let opens = [
        "The previous day",
        "A day earlier",
        "The day before,",
        "On the previous day",
    ]
    .iter()
    .any(|o| text.trim_start().starts_with(o));
    if !opens {
        return None;
    }
    let day: jiff::civil::Date = meetings.last()?.date.as_deref()?.parse().ok()?;
    day.checked_sub(jiff::Span::new().days(1))
        .ok()
        .map(|d| d.to_string())
}

/// "X met Y on Tuesday. X is on a working visit to Israel.": the last
/// meeting, told right before the sentence `sent` (`text`), was at the
/// `destination` of the `visitor`'s visit going on, when it had no place
/// or the dateline's it did not name (not "X visited Manila earlier this
/// year", "X's previous visit to Y").
// (Kept out of `find`: rare. Any call here moved `find`'s own count by
// 0.2 M instructions over the gold corpus, however written.)
#[cold]
#[inline(never)]
fn place_by_visit_going_on(
    meetings: &mut [Meeting],
    segments: &[Segment],
    sent: Span,
    text: &str,
    visitor: Option<&str>,
    destination: &Option<String>,
    dateline: Option<&str>,
) {
    static GOING_ON: crate::Needles<4> =
        crate::needles![" is on a", " is paying ", " is visiting ", " are on a"];
    let (Some(m), Some(visitor)) = (meetings.last_mut(), visitor) else {
        return;
    };
    if !GOING_ON.any_in(text)
        || m.kind == MeetingKind::PhoneCall
        || !m.participants.iter().any(|p| p == visitor)
        || m.evidence.end > sent.start
    {
        return;
    }
    // The text of bytes `from..to`, in whichever paragraphs.
    let pieces = |from: usize, to: usize| {
        segments
            .iter()
            .filter(move |s| s.content.end > from && s.content.start < to)
            .filter_map(move |s| {
                s.text.get(
                    from.max(s.content.start) - s.content.start
                        ..to.min(s.content.end) - s.content.start,
                )
            })
    };
    // (Told in the sentence right before: nothing but spaces between, in
    // one paragraph or across two.)
    let right_before = pieces(m.evidence.end, sent.start).all(|g| g.trim().is_empty());
    // (Its words name the place: where it was, not the dateline's word.)
    let told = |p: &str| {
        pieces(m.evidence.start, m.evidence.end).any(|t| {
            t.match_indices(p)
                .any(|(i, _)| t[..i].ends_with("in ") || t[..i].ends_with("at "))
        })
    };
    if right_before
        && m.place
            .as_deref()
            .is_none_or(|p| Some(p) == dateline && !told(p))
    {
        m.place.clone_from(destination);
    }
}

/// A meeting told in the second clause of a sentence without its own day
/// or place takes those of the first clause's: "X met Y in Sochi on
/// Tuesday, and Z received X later in the day" (a call takes no place).
fn share_the_sentence_s_setting(meetings: &mut [Meeting], split: &[(Span, Span)]) {
    let inside = |m: &Meeting, s: Span| m.evidence.start >= s.start && m.evidence.end <= s.end;
    for &(head, tail) in split {
        let Some(first) = meetings.iter().position(|m| inside(m, head)) else {
            continue;
        };
        let (date, place) = (meetings[first].date.clone(), meetings[first].place.clone());
        for m in meetings.iter_mut().filter(|m| inside(m, tail)) {
            if m.date.is_none() {
                m.date.clone_from(&date);
            }
            if m.place.is_none() && m.kind != MeetingKind::PhoneCall {
                m.place.clone_from(&place);
            }
        }
    }
}

/// Drops an undated meeting of three or more (a headline's "X holds phone
/// talks with A, B") that the story tells as separate ones of the same
/// kind, the first with each of the others ("X held separate telephone
/// conversations with A and B").
fn drop_told_separately(meetings: &mut Vec<Meeting>) {
    let told_apart = |m: &Meeting| {
        m.date.is_none()
            && m.participants.len() >= 3
            && m.participants[1..].iter().all(|p| {
                meetings.iter().any(|o| {
                    o.kind == m.kind
                        && o.participants.len() == 2
                        && o.participants.contains(&m.participants[0])
                        && o.participants.contains(p)
                })
            })
    };
    let apart: Vec<bool> = meetings.iter().map(told_apart).collect();
    let mut apart = apart.into_iter();
    meetings.retain(|_| !apart.next().unwrap_or(false));
}

/// Drops a headline's undated meeting ("Kerry meets Lavrov on Syria") of
/// people the story tells spoke by phone ("spoke by phone on Friday"): a
/// headline's verb is loose, the story's call is the event. (Two events of
/// the same people the story tells, a call and a meeting, stay two.)
fn drop_headline_s_call(meetings: &mut Vec<Meeting>, segments: &[Segment]) {
    let in_headline = |m: &Meeting| {
        segments.iter().any(|s| {
            s.kind == SegmentKind::Title
                && s.content.start <= m.evidence.start
                && m.evidence.end <= s.content.end
        })
    };
    let called = |m: &Meeting| {
        meetings
            .iter()
            .any(|o| o.kind == MeetingKind::PhoneCall && same_people(o, m))
    };
    let loose: Vec<bool> = meetings
        .iter()
        .map(|m| {
            m.kind != MeetingKind::PhoneCall && m.date.is_none() && in_headline(m) && called(m)
        })
        .collect();
    let mut loose = loose.into_iter();
    meetings.retain(|_| !loose.next().unwrap_or(false));
}

/// Whether a sentence about where a meeting was held tells of another
/// than the one reported: "The last meeting between X and Y took place in
/// Copenhagen in 2024", "discussed the results of the Ramstein-format
/// meeting held in Brussels".
fn another_meeting(text: &str) -> bool {
    static ANOTHER: crate::Needles<14> = crate::needles![
        // One to come: "the preparations for the ministerial meeting to be
        // held in Skopje".
        "to be held",
        "will be held",
        "preparation",
        "last meeting",
        "last met",
        "previous meeting",
        "next meeting",
        "first meeting",
        "earlier meeting",
        "results of",
        "outcome",
        // A reminder of the story's background: "Recall that on 12
        // February, the Ramstein-format meeting was held in Brussels",
        // "We remind you that ...", "As a reminder, ...".
        "Recall",
        "remind",
        "reminder",
    ];
    ANOTHER.any_in(text)
}

/// Whether the words before a meeting's verb say it came later that day:
/// "X, 50, later met with Y" (not "two days later").
fn later_then(head: &str) -> bool {
    head.trim_end()
        .strip_suffix(" later")
        .is_some_and(|before| {
            !matches!(
                before.rsplit(' ').next(),
                Some(
                    "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "hours"
                        | "day"
                        | "week"
                        | "month"
                        | "year"
                        | "hour"
                )
            )
        })
}

/// Whether date mention `a` is one end of a range, the other end's
/// mention the same text among `dates` ("from May 19 to 22").
fn ends_a_range(dates: &[At], a: &At) -> bool {
    dates
        .iter()
        .any(|b| b.start == a.start && b.entity != a.entity)
}

/// Whether the words before a meeting's verb put it on a day before, which
/// the story does not tell: "X had earlier met Y", "Previously, X met Y",
/// "Prior to the visit, X called Y" (unlike "earlier in the day", "earlier
/// that day").
fn before_then(head: &str) -> bool {
    static BEFORE: crate::Needles<26> = crate::needles![
        // "Before the trip, X met Y": before the journey's day.
        "Before the trip",
        // "during a previous meeting with X".
        "a previous ",
        "the previous ",
        "Before the visit",
        "Before leaving",
        "Before departing",
        "earlier",
        "Earlier",
        "previously",
        "Previously",
        "recently",
        "Recently",
        "last week",
        "Last week",
        "Prior to",
        "prior to",
        "Ahead of",
        "ahead of",
        // "The visit comes weeks after X met Y".
        "days after",
        "weeks after",
        "months after",
        "years after",
        "a day after",
        "a week after",
        "a month after",
        "a year after"
    ];
    BEFORE
        .each_in(head)
        .map(|(i, len)| &head[i + len..])
        .any(|rest| {
            !rest.starts_with(char::is_alphanumeric)
                && !rest.starts_with(" in the day")
                && !rest.starts_with(" that day")
                && !rest.starts_with(" today")
        })
}

/// Whether what follows a host's verb is an event, not a guest: "hosted
/// the summit", "welcomed the forum's participants" (not "hosted the
/// delegation led by ...").
fn hosts_event(after: &str) -> bool {
    object_among(
        after,
        3,
        &[
            "summit",
            "forum",
            "conference",
            "event",
            "exhibition",
            "games",
            "tournament",
            "festival",
            "Summit",
            "Forum",
            "Conference",
        ],
    )
}

/// Whether what follows "welcomed" is a deed, not a guest: "welcomed the
/// initialling of the agreement", "welcomed their decision" (not
/// "welcomed the minister").
fn welcomes_deed(after: &str) -> bool {
    object_among(
        after,
        2,
        &[
            "decision",
            "decisions",
            "initialling",
            "initialing",
            "signing",
            "agreement",
            "agreements",
            "deal",
            "progress",
            "effort",
            "efforts",
            "initiative",
            "initiatives",
            "proposal",
            "proposals",
            "statement",
            "step",
            "steps",
            "results",
            "outcome",
            "news",
            "announcement",
            "resolution",
            "ceasefire",
            "adoption",
            "establishment",
            "readiness",
            "commitment",
            "release",
            "move",
            "intention",
            "willingness",
            "contribution",
            "participation",
        ],
    )
}

/// Whether a verb's object, opened by an article or a possessive, has one
/// of `nouns` among its first `reach` words after it.
fn object_among(after: &str, reach: usize, nouns: &[&str]) -> bool {
    let mut words = after.split_whitespace();
    if !matches!(
        words.next(),
        Some("the" | "a" | "an" | "this" | "that" | "these" | "its" | "their" | "his" | "her")
    ) {
        return false;
    }
    words
        .take(reach)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| nouns.contains(&w))
}

/// The character range of sentence `sent` of `seg`, counting on from the
/// sentence counted before (`counted`: its byte offset into the segment's
/// text and the characters before it), which it then becomes.
fn chars_of(seg: &Segment, sent: Span, counted: &mut (usize, usize)) -> Span {
    let at = sent.start - seg.content.start;
    *counted = if at >= counted.0 {
        (at, counted.1 + seg.text[counted.0..at].chars().count())
    } else {
        (at, seg.text[..at].chars().count())
    };
    let start = seg.content_chars.start + counted.1;
    let len = seg.text[at..sent.end - seg.content.start].chars().count();
    Span {
        start,
        end: start + len,
    }
}

/// The groups a sentence says someone led ("led by", "headed by"): for
/// each, the words since the group before ("while the Armenian delegation
/// was") and the people named up to the next (at least one).
fn led_groups<'t>(text: &'t str, start: usize, people: &[At]) -> Vec<(&'t str, Vec<usize>)> {
    let mut marks: Vec<(usize, usize)> = LED
        .all_in(text)
        // (A word of its own: not "called by ".)
        .filter(|&(at, _)| at == 0 || text.as_bytes()[at - 1] == b' ')
        .map(|(at, len)| (at, at + len))
        .collect();
    // "... was led by A, and the EU delegation by B": the second "led"
    // left out.
    if !marks.is_empty() {
        static ELLIPTIC: crate::Needles<2> = crate::needles![" delegation by ", " side by "];
        for (at, len) in ELLIPTIC.each_in(text) {
            let by = at + len - "by ".len();
            if marks.iter().all(|m| m.0 < at) {
                marks.push((by, at + len));
            }
        }
    }
    marks.sort_unstable();
    let mut groups = Vec::new();
    let mut since = 0;
    for (n, &(at, end)) in marks.iter().enumerate() {
        let until = marks.get(n + 1).map_or(text.len(), |m| m.0);
        let mut led: Vec<usize> = people
            .iter()
            .filter(|a| a.start >= start + end && a.end <= start + until)
            .map(|a| a.entity)
            .collect();
        led.dedup();
        if !led.is_empty() {
            groups.push((&text[since..at], led));
        }
        since = end;
    }
    groups
}

/// The nationality of a side named before its leader: "the Armenian
/// delegation was", "The Indian side was" -> "Armenian", "Indian".
fn side_of(lead_in: &str) -> Option<&str> {
    let mut words = lead_in.split_whitespace().rev();
    words
        .by_ref()
        .find(|w| matches!(*w, "delegation" | "side"))?;
    words
        .next()
        .filter(|w| crate::gazetteer::GAZETTEER.is_demonym(w))
}

/// The ISO day `by` days after `day` (before, if negative); none if `day`
/// is no full date ("2024-05").
fn shift_day(day: &str, by: i64) -> Option<String> {
    let d: jiff::civil::Date = day.parse().ok()?;
    d.checked_add(jiff::ToSpan::days(by))
        .ok()
        .map(|d| d.to_string())
}

/// The last meeting found that the story tells as its own, not one told as
/// before it ("X and Y last met in Singapore"): a visit goes on from it.
fn last_told<'m>(meetings: &'m [Meeting], told_earlier: &[usize]) -> Option<&'m Meeting> {
    meetings
        .iter()
        .enumerate()
        .rev()
        .find(|(i, _)| !told_earlier.contains(i))
        .map(|(_, m)| m)
}

/// Whether two meetings have the same participants. Participants are few
/// and distinct: the same set is the same length with every name in the
/// other (no sorted copies to allocate).
fn same_people(a: &Meeting, b: &Meeting) -> bool {
    a.participants.len() == b.participants.len()
        && a.participants.iter().all(|p| b.participants.contains(p))
}

/// Add a meeting, or fill in the one already found with the same
/// participants (its place too, when it had only the dateline's `dateline`:
/// a headline's "Putin, Witkoff hold talks" under "MOSCOW", then "met ...
/// in St Petersburg").
fn merge(meetings: &mut Vec<Meeting>, m: Meeting, dateline: Option<&str>) {
    // A phone call and a meeting between the same people are two events.
    // (Nor are two on days the text tells apart: "met on Friday. The last
    // meeting between them took place in 2020".)
    let same = |x: &Meeting| {
        (x.kind == MeetingKind::PhoneCall) == (m.kind == MeetingKind::PhoneCall)
            && !matches!((&x.date, &m.date), (Some(a), Some(b)) if !a.starts_with(b.as_str()) && !b.starts_with(a.as_str()))
            && same_people(x, &m)
    };
    match meetings.iter_mut().find(|x| same(x)) {
        Some(x) => {
            if x.date.is_none() {
                x.date = m.date;
            }
            // (A call has no place: "The two leaders discussed the pipeline,
            // whose foundation they laid in Nakhchivan" after a call.)
            // (A city over the dateline's; a country says less: "was glad
            // to see them in Estonia".)
            let city = || {
                m.place
                    .as_deref()
                    .is_some_and(|p| !crate::gazetteer::GAZETTEER.is_country(p))
            };
            if (x.place.is_none() || (x.place.as_deref() == dateline && city()))
                && x.kind != MeetingKind::PhoneCall
            {
                x.place = m.place;
            }
        }
        None => meetings.push(m),
    }
}

#[cfg(test)]
mod tests {
    use crate::MeetingKind;

    /// Kind, participants, date and place of a meeting.
    type Found = (MeetingKind, Vec<String>, Option<String>, Option<String>);

    fn meetings(body: &str) -> Vec<Found> {
        let doc =
            crate::analyze(&format!(" date 2021-03-04 By Jane Roe\n\n{body}\n")).expect("parses");
        doc.meetings
            .into_iter()
            .map(|m| (m.kind, m.participants, m.date, m.place))
            .collect()
    }

    /// The participants and the day of each meeting found.
    fn with_dates(ms: &[Found]) -> Vec<(Vec<String>, Option<&str>)> {
        ms.iter().map(|m| (m.1.clone(), m.2.as_deref())).collect()
    }

    /// The participants and the place of each meeting found.
    fn with_places(ms: &[Found]) -> Vec<(Vec<String>, Option<&str>)> {
        ms.iter().map(|m| (m.1.clone(), m.3.as_deref())).collect()
    }

    /// The participants, the day and the place of each meeting found.
    fn with_dates_and_places(ms: &[Found]) -> Vec<(Vec<String>, Option<&str>, Option<&str>)> {
        ms.iter()
            .map(|m| (m.1.clone(), m.2.as_deref(), m.3.as_deref()))
            .collect()
    }

    /// The place of each meeting found.
    fn places(ms: &[Found]) -> Vec<Option<&str>> {
        ms.iter().map(|m| m.3.as_deref()).collect()
    }

    /// The day of each meeting found.
    fn days(ms: &[Found]) -> Vec<Option<&str>> {
        ms.iter().map(|m| m.2.as_deref()).collect()
    }

    /// The participants of each meeting found.
    fn participants(ms: &[Found]) -> Vec<Vec<String>> {
        ms.iter().map(|m| m.1.clone()).collect()
    }

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn met_with_in_a_place_on_a_date() {
        let ms = meetings("On March 3, Defense Minister Arkady Petrenko met with his counterpart Ion Rusu in Chisinau.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Meet);
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Ion Rusu"]));
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-03"));
        assert_eq!(ms[0].3.as_deref(), Some("Chisinau"));
        for verb in ["conferred with", "sat down with"] {
            let ms = meetings(&format!(
                "Minister Ion Rusu {verb} General Ana Costa in Riga."
            ));
            assert_eq!(
                participants(&ms),
                [names(&["Ion Rusu", "Ana Costa"])],
                "{verb}"
            );
        }
    }

    #[test]
    fn a_meeting_of_several_and_meetings_one_by_one() {
        let ms = meetings("Antalya, March 3 – A trilateral meeting of the foreign ministers of Moldova, Latvia and Poland – Ion Rusu, Ana Costa and Piotr Nowak – was held on March 2.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa", "Piotr Nowak"]));
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"));
        let ms = meetings(
            "Minister Ion Rusu also met separately with General Ana Costa and Admiral Tom Berg.",
        );
        assert_eq!(
            ms.iter().map(|m| m.1.clone()).collect::<Vec<_>>(),
            [
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Ion Rusu", "Tom Berg"])
            ]
        );
        let ms = meetings("Minister Ion Rusu held consultations with General Ana Costa and met with Admiral Tom Berg.");
        assert_eq!(
            ms.iter().map(|m| m.1.clone()).collect::<Vec<_>>(),
            [
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Ion Rusu", "Tom Berg"])
            ]
        );
        // The second is its own verb's kind, where that verb says.
        let ms = meetings("President Ion Rusu hosted Chancellor Tom Berg in Astana and traveled to Paris, where he met President Ana Costa.");
        let found: Vec<_> = ms.iter().map(|m| (m.0, m.3.as_deref())).collect();
        assert_eq!(
            found,
            [
                (MeetingKind::Host, Some("Astana")),
                (MeetingKind::Meet, Some("Paris"))
            ],
            "{ms:?}"
        );
        assert_eq!(with_places(&ms)[1].0, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn a_second_verb_s_meeting_has_its_own_day_and_the_first_its_own_place() {
        let ms = meetings("Tom Berg last met Ion Rusu in Istanbul in January and held talks with Ana Costa in Sochi on February 5.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Tom Berg", "Ion Rusu"]));
        assert_eq!(
            (ms[0].2.as_deref(), ms[0].3.as_deref()),
            (Some("2021-01"), Some("Istanbul"))
        );
        assert_eq!(
            (ms[1].2.as_deref(), ms[1].3.as_deref()),
            (Some("2021-02-05"), Some("Sochi"))
        );
    }

    #[test]
    fn who_sent_greetings_is_not_met() {
        for text in [
            "President Ion Rusu received Tom Berg, and Berg conveyed the greetings of President Ana Costa to Rusu.",
            "President Ion Rusu met Tom Berg and thanked him for the message from the Turkish President Ana Costa.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{ms:?}");
            assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg"]), "{text}");
        }
    }

    #[test]
    fn two_clauses_tell_two_meetings() {
        // ", and" before another's subject: two meetings, the second on the
        // first's day and at its place when it names neither.
        let ms = meetings("Secretary of State Tom Berg met Foreign Minister Ion Rusu in Sochi on March 2, and President Ana Costa received Berg later in the day.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Tom Berg", "Ion Rusu"]));
        assert_eq!(ms[1].1, names(&["Ana Costa", "Tom Berg"]));
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-02"));
        assert_eq!(ms[1].3.as_deref(), Some("Sochi"));
        // ", while": the second's own place.
        let ms = meetings(
            "Tom Berg met Ion Rusu in Sochi on March 2, while Ana Costa met Piotr Nowak in Warsaw.",
        );
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Piotr Nowak"]));
        assert_eq!(ms[1].3.as_deref(), Some("Warsaw"));
        // Not a clause that names one person, who attended (and is no
        // participant, as in a clause of the same sentence).
        let ms = meetings(
            "Tom Berg met Ion Rusu in Sochi on March 2, and Ana Costa also attended the meeting.",
        );
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Tom Berg", "Ion Rusu"]));
        // (A semicolon without its space, at the end or before a letter of
        // two bytes, joins nothing, and is read without a panic.)
        for text in [
            " date 2021-03-04 By Jane Roe\n\nThe talks in the capital went well.\n\nTom Berg met Ion Rusu in Baku on Monday, and Ana Costa met Piotr Nowak;",
            " date 2021-03-04 By Jane Roe\n\nThe talks in the capital went well.\n\nTom Berg met Ion Rusu in Baku on Monday, and Ana Costa met Piotr Nowak;İ",
        ] {
            let doc = crate::analyze(text).expect("parses");
            assert!(doc.entities.iter().any(|e| e.name == "Baku"), "{text}");
        }
        // Nor one of two who attended the first's meeting.
        let ms = meetings(
            "Tom Berg met Ion Rusu in Sochi on March 2, and Ana Costa and Piotr Nowak attended the meeting.",
        );
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn a_country_visited_is_the_capital_its_headline_names() {
        let doc = crate::analyze(" date 2022-02-25 Armenia and Russia defence ministers meet in Moscow\n\nAs part of his working visit to Russia, Armenian Defence Minister Suren Papikyan met with Russian Defence Minister Sergey Shoygu on Friday.\n").expect("parses");
        assert_eq!(doc.meetings.len(), 1, "{:?}", doc.meetings);
        assert_eq!(doc.meetings[0].place.as_deref(), Some("Moscow"));
        // A headline's city that is not the country's capital changes nothing.
        let doc = crate::analyze(" date 2022-02-25 Armenia and Russia defence ministers meet in Sochi\n\nAs part of his working visit to Russia, Armenian Defence Minister Suren Papikyan met with Russian Defence Minister Sergey Shoygu on Friday.\n").expect("parses");
        assert_eq!(doc.meetings[0].place.as_deref(), Some("Russia"));
    }

    #[test]
    fn a_delegation_abroad_meets_where_it_went_not_at_the_home_dateline() {
        let ms = meetings("Baku, March 5. A delegation led by General Ion Rusu is on a visit to Pakistan. The guests met with General Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Pakistan"), "{ms:?}");
        // (So is one told as "a visit by X to".)
        let ms = meetings("Baku, March 5. The deals were signed during a visit by Minister Ion Rusu to Beijing, the fund said. Rusu met Premier Ana Costa on Tuesday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Beijing"), "{ms:?}");
        // A visitor to the dateline's own country met at the dateline.
        let ms = meetings("Baku, March 5. Minister Ion Rusu, who is on a visit to Azerbaijan, met with General Ana Costa.");
        assert_eq!(ms[0].3.as_deref(), Some("Baku"), "{ms:?}");
        // A town visited on the way is no visit abroad: the next meeting,
        // placed nowhere, is at the dateline.
        let ms = meetings("PARIS, March 5. Minister Ion Rusu met Minister Ana Costa in Paris.\n\nRusu also visited a plant in Roanne and met its director Tom Berg.\n\nEarlier, Rusu met with General Piotr Nowak.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(ms[2].3.as_deref(), Some("Paris"), "{ms:?}");
    }

    #[test]
    fn a_phone_call_s_day_dates_no_later_meeting() {
        let ms = meetings("A phone call between President Ion Rusu and President Ana Costa took place on March 2.\n\nPresident Ion Rusu received the credentials of Ambassador Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"));
        assert_eq!(ms[1].2, None, "{ms:?}");
    }

    #[test]
    fn a_denied_meeting_is_none() {
        for text in [
            "Minister Ion Rusu and General Ana Costa have never met in person.",
            "Minister Ion Rusu hasn't met General Ana Costa since May.",
            "Minister Ion Rusu has not met General Ana Costa.",
        ] {
            assert!(meetings(text).is_empty(), "{text}");
        }
        assert_eq!(
            meetings("Minister Ion Rusu not only met General Ana Costa but also Admiral Tom Berg.")
                .len(),
            1
        );
    }

    #[test]
    fn a_speaker_reporting_a_meeting_is_not_in_it() {
        let ms = meetings("\"We have offered our platform,\" Minister Ion Rusu said, adding that the trilateral meeting of Ana Costa, Tom Berg and Piotr Nowak in Sochi on March 1 was productive. Spokesman Jan Kowalski told reporters that Ana Costa had held separate talks with Tom Berg and Piotr Nowak.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ana Costa", "Tom Berg", "Piotr Nowak"]),
                names(&["Ana Costa", "Tom Berg"]),
                names(&["Ana Costa", "Piotr Nowak"])
            ]
        );
    }

    #[test]
    fn a_talk_by_phone_said_at_the_end() {
        let ms = meetings(
            "Minister Ion Rusu met General Tom Berg in Riga, and later spoke by phone with others.",
        );
        assert_eq!(ms[0].0, MeetingKind::Meet, "{ms:?}");
        let ms = meetings("Minister Ion Rusu also spoke with his counterpart Ana Costa by phone.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall);
        for two in ["generals", "commanders"] {
            let ms = meetings(&format!("General Ion Rusu on Monday held a telephonic conversation with General Ana Costa. The two {two} discussed border security."));
            assert_eq!(ms.len(), 1, "{ms:?}");
            assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
        }
        // A topic's place is not where a call was.
        let ms = meetings("Minister Ion Rusu spoke by phone with Minister Ana Costa about the security situation in the East China Sea.");
        assert_eq!(ms[0].3, None, "{ms:?}");
        // Nor is where the one who called met someone before; "had spoken"
        // is a call too.
        let ms = meetings("In Riga on March 3, General Tom Berg met Minister Ion Rusu. The day before, Rusu had spoken by phone with President Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(
            (ms[1].0, ms[1].3.as_deref()),
            (MeetingKind::PhoneCall, None),
            "{ms:?}"
        );
    }

    #[test]
    fn a_courtesy_call_and_those_accompanying_the_visitor() {
        let ms = meetings("Minister Ion Rusu, who was accompanied by General Tom Berg, also paid a courtesy call on President Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        assert_eq!(ms[0].0, MeetingKind::Visit);
        // (Paid "to" one, as South Asian and Vietnamese English write it.)
        let ms = meetings("On the same day, Minister Ion Rusu paid a courtesy call to General Secretary Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn a_signing_together_is_a_meeting() {
        let ms = meetings("Minister Ion Rusu and Minister Ana Costa signed a contract for howitzers in Paris on March 2.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        assert_eq!(ms[0].3.as_deref(), Some("Paris"));
        assert!(meetings(
            "Minister Ion Rusu signed a contract with Lockheed Martin, General Ana Costa said."
        )
        .is_empty());
        // (One signed with, right after "with", is the other side.)
        let ms = meetings("CEO Ion Rusu signed the agreement with Economy Minister Ana Costa in Vilnius on March 2.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn a_video_call_and_a_visited_city() {
        let ms = meetings(
            "On March 3, Minister Ion Rusu held a video conference with Minister Ana Costa.",
        );
        assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
        let ms = meetings("On Monday, Minister Ion Rusu visited Almaty, where he was received by Mayor Ana Costa.");
        assert_eq!(ms[0].3.as_deref(), Some("Almaty"), "{ms:?}");
        // (So is "a similar conversation" after a call; and a call's
        // place is none, whatever place its topic names.)
        let ms = meetings("MOSCOW, March 4. Minister Ion Rusu and Minister Ana Costa discussed the escalation in Aleppo in a telephone conversation on Tuesday. On Monday, Rusu held a similar conversation with Minister Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert!(
            ms.iter()
                .all(|m| m.0 == MeetingKind::PhoneCall && m.3.is_none()),
            "{ms:?}"
        );
        // (So are talks held by telephone.)
        let ms = meetings(
            "ALMATY, March 4. Minister Ion Rusu held talks with Minister Ana Costa by telephone.",
        );
        assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
        // (One spoken with by video link is called, wherever the speaker is.)
        let ms = meetings(
            "ALMATY, March 4. Minister Ion Rusu spoke with Minister Ana Costa by video link.",
        );
        assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
        assert_eq!(ms[0].3, None, "{ms:?}");
    }

    #[test]
    fn others_who_also_attended_are_not_participants() {
        let ms = meetings("Minister Ion Rusu received Admiral Rob Bauer in Riga. During the meeting, which was also attended by Chief of General Staff General Piotr Nowak and Navy Commander Admiral Tom Berg, the sides discussed security.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Rob Bauer"]));
        let ms = meetings("Minister Ion Rusu met General Ana Costa. Ambassador Mark Pekala also attended the meeting.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn an_official_named_by_role_met_those_named_after_the_verb() {
        let ms = meetings("Minister Ion Rusu met General Ana Costa in Riga. Rusu praised the talks. The Moldovan official also met with General Piotr Nowak and Admiral Tom Berg on March 2.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Piotr Nowak", "Tom Berg"]));
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-02"));
    }

    #[test]
    fn neither_a_title_s_place_nor_the_dateline_s_date_is_the_meeting_s() {
        let ms = meetings("Tbilisi, 8 March (Interpressnews) – Prime Minister Ion Rusu met with the EU Special Representative for the crisis in Georgia Toivo Klaar at the Government Administration.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Tbilisi"), "{ms:?}");
        // (Nor one ending a title before a comma and the name.)
        let ms = meetings("President Ion Rusu met with the Ambassador of the European Union to Georgia, Tom Berg, on Monday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3, None, "{ms:?}");
        // (A full stop after the place.)
        let ms = meetings("MOSCOW. March 4 (Interfax-AVN) - Secretary Ion Rusu held talks with Admiral Tom Berg in Beijing on Wednesday.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))]
        );
    }

    #[test]
    fn a_place_after_its_description() {
        let ms = meetings("Minister Ion Rusu on Thursday received General Ana Costa at the ministry headquarters in the capital Ankara.");
        assert_eq!(ms[0].3.as_deref(), Some("Ankara"), "{ms:?}");
        let ms = meetings(
            "Minister Ion Rusu met General Ana Costa in the Black Sea port city of Batumi.",
        );
        assert_eq!(ms[0].3.as_deref(), Some("Batumi"), "{ms:?}");
        // (A country's possessive before the city; "during the summit": where
        // the meeting before on its sidelines was, not a site named between.)
        let ms = meetings("President Ion Rusu met with his counterpart Tom Berg on Friday on the sidelines of the summit in Uzbekistan's Samarkand. The meeting at the Congress Center lasted an hour. Rusu also met with President Ana Costa during the summit.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("Samarkand")),
                (names(&["Ion Rusu", "Ana Costa"]), Some("Samarkand"))
            ],
            "{ms:?}"
        );
        // (After talks: "agreed on gas following five hours of talks in the
        // Black Sea resort of Sochi".)
        let ms = meetings("Belarusian leader Ion Rusu and Russian President Ana Costa failed to agree on gas prices following five hours of talks in the Black Sea resort of Sochi on March 2.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]), "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Sochi"), "{ms:?}");
        // (A country's possessive leads to the place, not to itself.)
        let ms = meetings("ALMATY - Two ministers began talks in Kazakhstan's largest city on Friday. Minister Ion Rusu and Minister Ana Costa were welcomed by President Tom Berg.");
        assert_eq!(ms[0].3.as_deref(), Some("Almaty"), "{ms:?}");
        assert_eq!(
            super::without_descriptor("met him in the city of"),
            "met him in"
        );
        assert_eq!(
            super::without_descriptor("met him in the"),
            "met him in the"
        );
        assert_eq!(
            super::without_descriptor("visited a city"),
            "visited a city"
        );
    }

    #[test]
    fn trigger_families() {
        let cases = [
            (
                "President Maria Lopes received a delegation led by Minister Kofi Mensah.",
                MeetingKind::Host,
            ),
            (
                "Foreign Minister Anna Berg held talks with Foreign Minister Lars Holm.",
                MeetingKind::Talks,
            ),
            (
                "President Maria Lopes held a phone conversation with Chancellor Otto Brandt.",
                MeetingKind::PhoneCall,
            ),
            (
                "General Piotr Nowak visited Riga and called on Prime Minister Ana Costa.",
                MeetingKind::Visit,
            ),
        ];
        for (text, kind) in cases {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{text}: {ms:?}");
            assert_eq!(ms[0].0, kind, "{text}");
        }
    }

    #[test]
    fn meetings_of_a_dated_journey_take_its_day() {
        let ms = meetings("Minister Arkady Petrenko on Wednesday visited Latvia and met with top leaders. Petrenko was received by President Maria Lopes. Later, Ion Rusu met Anna Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Maria Lopes"]));
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-03"));
        assert_eq!(ms[1].2, None, "not on the journey: {ms:?}");
        // (A journey over a span of days dates none of its meetings.)
        let ms = meetings("Admiral Ion Rusu visited the shipyard in Istanbul during an official visit to Turkey from March 8 to 11. In Ankara, Rusu called on Minister Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        // A meeting told of as before starts no journey; "a one-on-one
        // meeting" is one.
        let ms = meetings("President Ion Rusu and Prime Minister Ana Costa held talks in Abu Dhabi on Wednesday. Rusu and Costa had previously met in Tirana in May. Before the talks, Rusu and President Tom Berg held a one-on-one meeting.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(ms[2].1, names(&["Ion Rusu", "Tom Berg"]));
        assert_eq!(ms[2].2.as_deref(), Some("2021-03-03"), "{ms:?}");
        // "The NATO chief also met ...": an acronym's chief, the one before.
        let ms = meetings("Secretary General Ion Rusu met President Ana Costa in Baku. Rusu later visited the museum. The NATO chief also met with Minister Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Tom Berg"]));
        // "The Chinese minister": the guest whose title names China.
        let ms = meetings("President Ion Rusu received Minister of National Defense of the People's Republic of China Admiral Tom Berg. The Chinese minister also held talks with Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
        // "According to ..., the army chief also met X": the one before.
        let ms = meetings("General Ion Rusu called on President Ana Costa in Ankara. According to a statement issued by the press office, the army chief also met General Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Tom Berg"]));
    }

    #[test]
    fn a_capital_named_after_its_country_is_the_place_of_the_meetings_there() {
        let ms = meetings("Minister Arkady Petrenko arrived in Turkmenistan's capital Asghabat and was received by President Maria Lopes. He also met with Ion Rusu, chairman of the council.\n\nLater, Petrenko met Anna Berg.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Ashgabat"), "{ms:?}");
        assert_eq!(
            ms[1].3.as_deref(),
            Some("Ashgabat"),
            "the next meeting of the paragraph: {ms:?}"
        );
        // A paragraph that goes on with the visit ("Later, ..."): there too.
        assert_eq!(ms[2].3.as_deref(), Some("Ashgabat"), "{ms:?}");
        // ... and so does any later meeting of the visitor, the visit's
        // country named with its capital.
        let ms = meetings("Minister Arkady Petrenko arrived in Turkmenistan's capital Asghabat and was received by President Maria Lopes.\n\nPetrenko met Anna Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("Ashgabat"), "{ms:?}");
        // Without a visit, another paragraph's meeting is not placed by the
        // one before.
        let ms = meetings("Minister Arkady Petrenko met President Maria Lopes in Chisinau.\n\nPetrenko met Anna Berg.");
        assert_eq!(ms[1].3, None, "another paragraph: {ms:?}");
    }

    #[test]
    fn a_meeting_with_one_named_side_is_the_previous_subjects() {
        let ms = meetings("Defense Minister Arkady Petrenko arrived in Riga. According to the ministry, during a meeting with the Minister of Defense of Latvia, Ion Rusu, the two signed an agreement.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Ion Rusu"]));
        let ms = meetings("Defense Minister Arkady Petrenko arrived in Riga. The meeting with President Maria Lopes and Ion Rusu lasted an hour.");
        assert!(
            !ms.iter().any(|m| m.1.len() == 3),
            "two named sides are not joined by the subject before: {ms:?}"
        );
    }

    #[test]
    fn meetings_in_the_plural_are_each_visitors_own() {
        let ms = meetings("Defense Minister Arkady Petrenko as well as General Ion Rusu arrived in Riga today, where they held meetings with Prime Minister Maria Lopes and Minister Anna Berg.");
        let sides: Vec<&Vec<String>> = ms.iter().map(|m| &m.1).collect();
        assert_eq!(
            sides,
            [
                &names(&["Arkady Petrenko", "Maria Lopes", "Anna Berg"]),
                &names(&["Ion Rusu", "Maria Lopes", "Anna Berg"])
            ],
            "{ms:?}"
        );
        let ms = meetings("Defense Minister Arkady Petrenko and General Ion Rusu held a meeting with Prime Minister Maria Lopes.");
        assert_eq!(ms.len(), 1, "one meeting: {ms:?}");
    }

    #[test]
    fn talks_held_with_three_words_before_them_are_talks() {
        let ms = meetings("Prime Minister Ion Rusu and President Ana Costa held their first bilateral talks in Paris on Wednesday.");
        assert_eq!(
            with_dates_and_places(&ms),
            [(
                vec!["Ion Rusu".to_string(), "Ana Costa".to_string()],
                Some("2021-03-03"),
                Some("Paris")
            )]
        );
    }

    #[test]
    fn those_who_discussed_are_named_before_the_verb() {
        let ms = meetings("Ion Rusu and Tom Berg discussed the agreements reached during the visit of President Ana Costa to Paris.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg"]));
        // (Not one they discussed things with, nor one before whom they
        // signed.)
        let ms = meetings("Ion Rusu and Tom Berg discussed the matter with Ana Costa.");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg", "Ana Costa"]));
        let ms = meetings(
            "Ion Rusu and Tom Berg signed the plan in the presence of President Ana Costa.",
        );
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg", "Ana Costa"]));
    }

    #[test]
    fn their_named_annual_meeting_is_a_meeting() {
        let ms = meetings("Minister Ion Rusu and Secretary Ana Costa held their annual Security Consultative Meeting in Washington on Wednesday.");
        assert_eq!(
            with_dates_and_places(&ms),
            [(
                vec!["Ion Rusu".to_string(), "Ana Costa".to_string()],
                Some("2021-03-03"),
                Some("Washington")
            )]
        );
    }

    #[test]
    fn the_previous_day_is_the_day_before_the_last_meeting_s() {
        let ms = meetings("Minister Ion Rusu met Minister Tom Berg in Riga on March 3. The previous day, Rusu held talks with General Ana Costa.");
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        // (Not when that meeting had no day of its own.)
        let ms = meetings("Minister Ion Rusu met Minister Tom Berg. The previous day, Rusu held talks with General Ana Costa.");
        assert_eq!(ms[1].2, None, "{ms:?}");
    }

    #[test]
    fn a_visit_s_span_dates_none_of_its_meetings() {
        let ms = meetings("Minister Ion Rusu is on an official visit to France from March 1 to 4.\n\nDuring the visit, the minister also met with General Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        // (So in a relative clause of the visit.)
        let ms = meetings("General Ion Rusu, who is on a visit to France from March 1 to 4, also called on President Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        // The country visited, after a meeting in its capital: the capital.
        let ms = meetings("General Ion Rusu held talks with General Ana Costa in Paris on Tuesday.\n\nRusu, who is on a visit to France from March 1 to 4, also called on President Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("Paris"), "{ms:?}");
    }

    #[test]
    fn before_the_trip_is_neither_its_day_nor_its_place() {
        let body = "BAKU, March 4. Minister Ion Rusu left for Ankara on March 2 for a two-day visit.\n\nBefore the trip, Rusu met with Ambassador Tom Berg.\n\nDuring the visit, Rusu met with Minister Ana Costa.";
        let ms = meetings(body);
        assert_eq!(
            with_dates_and_places(&ms),
            [
                (
                    vec!["Ion Rusu".to_string(), "Tom Berg".to_string()],
                    None,
                    Some("Baku")
                ),
                (
                    vec!["Ion Rusu".to_string(), "Ana Costa".to_string()],
                    None,
                    Some("Ankara")
                ),
            ]
        );
        // "during a previous meeting": another day.
        let ms = meetings("Minister Ion Rusu traveled to Minsk on Saturday. During a previous meeting with Minister Ana Costa, the two signed an agreement.");
        assert_eq!(
            with_dates_and_places(&ms),
            [(
                vec!["Ion Rusu".to_string(), "Ana Costa".to_string()],
                None,
                None
            )]
        );
    }

    #[test]
    fn meeting_the_guests_is_meeting_the_delegation() {
        let ms = meetings("A delegation led by General Ion Rusu is on an official visit to Azerbaijan.\n\nColonel General Tom Berg met with the guests.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        let mut who = ms[0].1.clone();
        who.sort();
        assert_eq!(who, ["Ion Rusu", "Tom Berg"]);
        // (No delegation told of: no one met.)
        let ms = meetings(
            "General Ion Rusu is in Baku.\n\nColonel General Tom Berg met with the guests.",
        );
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn the_presidents_are_the_two_named_before() {
        let ms = meetings("President Ion Rusu and President Tom Berg met in Riga on Thursday.\n\nThe presidents also met with General Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, ["Ion Rusu", "Tom Berg", "Ana Costa"]);
    }

    #[test]
    fn a_visit_over_a_range_of_days_dates_none_of_its_meetings() {
        // (The text dates the visit, not the meeting on one of its days;
        // the range's last day is the dateline's too.)
        let ms = meetings("TBILISI, 4 March 2021 - General Ion Rusu paid a working visit to Georgia on 3-4 March.\n\nRusu met with General Tom Berg.");
        assert_eq!(with_dates(&ms), [(names(&["Ion Rusu", "Tom Berg"]), None)]);
    }

    #[test]
    fn a_day_opening_the_line_after_the_dateline_is_the_meeting_s() {
        let ms = meetings(
            "Baku, March 4, AZERTAC\nOn March 2, Minister Ion Rusu met with Minister Tom Berg.",
        );
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))]
        );
        // (The dateline's own day is the report's.)
        let ms = meetings("Baku, March 4, AZERTAC\nMinister Ion Rusu met with Minister Tom Berg.");
        assert_eq!(with_dates(&ms), [(names(&["Ion Rusu", "Tom Berg"]), None)]);
    }

    #[test]
    fn a_visit_names_the_place_unless_a_city_says_more() {
        let ms = meetings("Minister Arkady Petrenko met Advisor Ion Rusu during his official visit to the United States on Thursday.");
        assert_eq!(ms[0].3.as_deref(), Some("United States"), "{ms:?}");
        let ms = meetings("Minister Arkady Petrenko recalled that troops in Poland came up during his first visit to Washington, when he met Advisor Ion Rusu.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Washington"), "{ms:?}");
        let ms = meetings("BAKU, Azerbaijan, October 3. Minister Arkady Petrenko met with a delegation led by Minister Ion Rusu, paying an official visit to Azerbaijan, on October 3.");
        assert_eq!(ms[0].3.as_deref(), Some("Baku"), "{ms:?}");
    }

    #[test]
    fn discussed_without_two_sides_gives_way_to_a_later_trigger() {
        let ms = meetings("Minister Arkady Petrenko recalled the proposal was also discussed when he met Advisor Ion Rusu.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Ion Rusu"]));
    }

    #[test]
    fn the_guests_are_the_delegation_named_before() {
        let ms = meetings("On March 3, Minister Arkady Petrenko met with the delegation led by Professor Ion Rusu and General Anna Berg. The guests visited the museum. Then the guests met with Colonel Maria Lopes and Colonel Jan Kowalski.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(
            ms[1].1,
            names(&["Ion Rusu", "Anna Berg", "Maria Lopes", "Jan Kowalski"])
        );
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-03"), "{ms:?}");
        let ms = meetings("The museum opened. Then the guests met with Colonel Maria Lopes and Colonel Jan Kowalski.");
        assert!(ms.is_empty(), "no delegation named: {ms:?}");
        // "The US delegation" is the delegation too.
        let ms = meetings("Speaker Ion Rusu met with a delegation of the US House of Representatives led by Congressman Tom Berg. The US delegation also met with Prime Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
        // ... and so is "the U.S. delegation", with its dots.
        let ms = meetings("Speaker Ion Rusu met with a delegation of the US House of Representatives led by Congressman Tom Berg. The same day, the U.S. delegation was received by Prime Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
    }

    #[test]
    fn another_meeting_s_place_is_not_the_last_one_s() {
        let ms = meetings("President Ion Rusu and Prime Minister Ana Costa met on Friday. The last meeting between Rusu and Costa took place in Copenhagen in 2020.");
        assert_eq!(ms[0].3, None, "{ms:?}");
        // (That one is a meeting of its own, on its own day.)
        assert_eq!(
            (ms[1].2.as_deref(), ms[1].3.as_deref()),
            (Some("2020"), Some("Copenhagen"))
        );
        let ms = meetings("President Ion Rusu and Prime Minister Ana Costa met on Friday. They discussed the results of the Ramstein-format meeting held in Brussels. Rusu also met General Tom Berg.");
        assert_eq!(
            (ms[0].3.as_deref(), ms[1].3.as_deref()),
            (None, None),
            "{ms:?}"
        );
        let ms = meetings("President Ion Rusu and Prime Minister Ana Costa met on Friday. The meeting took place in Copenhagen.");
        assert_eq!(ms[0].3.as_deref(), Some("Copenhagen"), "{ms:?}");
        // A reminder of the background tells of another meeting.
        let ms = meetings("Minister Ion Rusu held a meeting with Minister Ana Costa.\n\nRecall that on February 12, the Ramstein-format meeting was held in Brussels.");
        assert_eq!(ms[0].3, None, "{ms:?}");
        // So does one to come.
        let ms = meetings("Minister Ion Rusu held a meeting with Minister Ana Costa.\n\nThey discussed the preparations for the ministerial meeting to be held in Brussels in November.");
        assert_eq!(ms[0].3, None, "{ms:?}");
        // A call has no place, whatever meeting the next sentence holds.
        let ms = meetings("Minister Ion Rusu held a phone conversation with Minister Ana Costa.\n\nThe meeting of the council took place in Brussels.");
        assert_eq!(
            (ms[0].0, ms[0].3.as_deref()),
            (MeetingKind::PhoneCall, None),
            "{ms:?}"
        );
    }

    #[test]
    fn an_event_s_host_hosts_no_one() {
        let ms = meetings("The leaders were joined by President Ion Rusu and Prime Minister Ana Costa, who hosted the summit.");
        assert!(ms.is_empty(), "{ms:?}");
        let ms = meetings("President Ion Rusu hosted the delegation of Prime Minister Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        // (A reception or ceremony for a guest is a meeting with the guest.)
        let ms = meetings("President Ion Rusu hosted a reception for Prime Minister Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn an_earlier_agreement_s_date_dates_no_meeting() {
        let ms = meetings("Minister Ana Costa received Ambassador Ion Rusu. Costa and Rusu discussed the agreements reached during the minister's visit to Paris in October 2020.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        let ms = meetings("Minister Ana Costa received Ambassador Ion Rusu. Costa and Rusu discussed the agreements in Paris on March 2.");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        // So is an event's discussed.
        let ms = meetings("Minister Ana Costa held a phone conversation with Minister Ion Rusu, discussing the results of the London summit held on Sunday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
    }

    #[test]
    fn a_round_of_a_named_dialogue_held_with_someone_is_talks() {
        let ms = meetings("Foreign Minister Ion Rusu held the fifth round of the Latvia-Estonia Foreign Ministers' Strategic Dialogue with Foreign Minister Tom Berg in Riga on Tuesday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Talks);
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg"]));
        // (So is a session of one, held by both: "the U.S.-Latvia ...".)
        let ms = meetings("Secretary of State Ion Rusu and Foreign Minister Tom Berg held the fifth session of the U.S.-Latvia Enhanced Strategic Partnership Dialogue in Washington on Monday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Talks);
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg"]));
    }

    #[test]
    fn the_sides_led_after_talks_without_names_are_their_participants() {
        let ms = meetings("India and Armenia on Tuesday held the fourth round of bilateral defence consultations in New Delhi. The Indian side was led by Joint Secretary Ravi Kumar, while the Armenian delegation was headed by Deputy Minister Aram Petrosyan. The Armenian delegation also called on Defence Secretary Vikram Rao.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Talks);
        assert_eq!(ms[0].1, names(&["Ravi Kumar", "Aram Petrosyan"]));
        assert_eq!(
            (ms[0].2.as_deref(), ms[0].3.as_deref()),
            (Some("2021-03-02"), Some("New Delhi"))
        );
        // "The Armenian delegation" is the one its head led.
        assert_eq!(ms[1].1, names(&["Aram Petrosyan", "Vikram Rao"]));
        // A meeting held at a site after "the" is there.
        let ms = meetings("A working meeting of the border services was held at the Red Bridge border checkpoint on March 1.\n\nThe Georgian delegation was led by General Ion Rusu, while the Azerbaijani side was represented by General Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Red Bridge"))]
        );
        // (A sentence may come between.)
        let ms = meetings("A working meeting of the border services was held in Riga on March 1.\n\nMinister Anna Costa greeted the delegations before the talks.\n\nThe Georgian delegation was led by General Ion Rusu, while the Azerbaijani side was represented by General Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Riga"))]
        );
        // One side led, or no talks just before: no meeting of the sides.
        let ms = meetings("The Indian side was led by Joint Secretary Ravi Kumar, while the Armenian delegation was headed by Deputy Minister Aram Petrosyan.");
        assert!(ms.is_empty(), "{ms:?}");
        // One sentence each, "represented by".
        let ms = meetings("The border services of Russia and Latvia held consultations in Riga on Tuesday.\n\nThe Russian delegation was led by General Ion Rusu. The Latvian side was represented by General Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Riga"))]
        );
        // The second "led" left out.
        let ms = meetings("The fourth meeting of the security dialogue was held in Riga on Tuesday.\n\nThe Latvian delegation was led by General Ion Rusu, and the EU delegation by Director Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Riga"))]
        );
        // A round of a dialogue held is a meeting too.
        let ms = meetings("The 12th round of high-level military dialogue between Latvia and Estonia was held in Riga on Tuesday.\n\nThe Latvian delegation was led by General Ion Rusu, while the Estonian side was represented by General Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Riga"))]
        );
    }

    #[test]
    fn those_who_attended_a_meeting_met() {
        let ms = meetings("According to Minister Ion Rusu, Minister Anna Berg and Minister Maria Lopes, who attended the second trilateral ministerial, the action plan for 2013-2015 covers energy.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Anna Berg", "Maria Lopes"]));
        assert_eq!(ms[0].2, None, "a span of years dates the plan: {ms:?}");
        let ms = meetings("Minister Ion Rusu and Minister Anna Berg attended the ceremony.");
        assert!(ms.is_empty(), "a ceremony is no meeting: {ms:?}");
        // Those who took part, with the chair told in the sentence between.
        let ms = meetings("The Council of Defense Ministers met in Riga. The meeting was chaired by Minister Ion Rusu.\n\nMinister Anna Berg and Minister Maria Lopes took part in the meeting.");
        assert_eq!(
            with_places(&ms),
            [(
                names(&["Ion Rusu", "Anna Berg", "Maria Lopes"]),
                Some("Riga")
            )]
        );
    }

    #[test]
    fn who_tells_of_a_meeting_after_it_and_a_date_it_is_counted_from() {
        let ms = meetings("President Ion Rusu and President Ana Costa held talks in Riga on Wednesday. The two leaders discussed trade, Kremlin spokesman Tom Berg told journalists. Rusu had earlier met Prime Minister Piotr Nowak, their first meeting since February 2020.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Ion Rusu", "Piotr Nowak"])
            ]
        );
        assert_eq!(ms[1].2, None, "{ms:?}");
    }

    #[test]
    fn a_meeting_last_week_or_recently_is_not_dated_by_the_one_before() {
        for (when, after) in [
            ("Last week,", ""),
            ("Recently,", ""),
            ("The visit comes weeks after", ""),
            // (Or told after the verb: "visited Yerevan last week, where".)
            ("", " two weeks ago"),
            ("", " in Tallinn last week"),
        ] {
            let ms = meetings(&format!("Minister Ion Rusu met Minister Ana Costa in Riga on Tuesday. {when} Rusu met General Tom Berg{after}."));
            assert_eq!(
                with_dates(&ms),
                [
                    (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-02")),
                    (names(&["Ion Rusu", "Tom Berg"]), None)
                ]
            );
        }
    }

    #[test]
    fn the_two_sides_are_the_two_who_met_not_who_told_of_it() {
        let ms = meetings("Minister Ion Rusu met with Prince Ana Costa in Jeddah on Thursday, spokesman Tom Berg said.\n\nThe two sides discussed bilateral relations.\n\nPrior to the visit, Rusu had a phone conversation with Minister Piotr Nowak.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-04")),
                (names(&["Ion Rusu", "Piotr Nowak"]), None)
            ]
        );
    }

    #[test]
    fn the_two_sides_after_a_meeting_told_by_role_are_the_two_who_met() {
        let ms = meetings("General Ion Rusu called on President Tom Berg on Wednesday.\n\nLater, the general received General Ana Costa at the Joint Staff Headquarters, Rawalpindi. The two sides discussed regional security.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), None),
                (names(&["Ion Rusu", "Ana Costa"]), Some("Rawalpindi"))
            ]
        );
    }

    #[test]
    fn the_top_diplomat_is_the_foreign_minister() {
        for who in ["the top diplomat", "the Latvian top diplomat"] {
            let ms = meetings(&format!("Latvian Foreign Minister Ion Rusu met General Tom Berg in Riga on Monday.\n\nBerg praised the talks.\n\nLater, {who} received Ambassador Lars Holm."));
            assert_eq!(
                participants(&ms),
                [
                    names(&["Ion Rusu", "Tom Berg"]),
                    names(&["Ion Rusu", "Lars Holm"])
                ],
                "{who}"
            );
        }
    }

    #[test]
    fn a_place_travelled_to_on_a_day_where_they_met() {
        let ms = meetings("TEHRAN - Minister Ion Rusu spoke with Minister Tom Berg by phone.\n\nRusu traveled to Muscat in December, where he met Sultan Ana Costa.");
        assert_eq!(
            ms.last().and_then(|m| m.3.as_deref()),
            Some("Muscat"),
            "{ms:?}"
        );
    }

    #[test]
    fn the_two_men_last_met_elsewhere_and_no_visit_goes_on_from_there() {
        let ms = meetings("Secretary Ion Rusu welcomed Secretary Tom Berg to the Pentagon today.\n\nRusu said he looks forward to visiting Manila. The two men last met in Singapore on the sidelines of a forum.\n\nGeneral Ana Costa also met with Berg.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), None),
                (names(&["Ion Rusu", "Tom Berg"]), Some("Singapore")),
                (names(&["Ana Costa", "Tom Berg"]), None)
            ]
        );
    }

    #[test]
    fn a_document_signed_by_two_is_their_meeting() {
        let ms = meetings("The memorandum was signed by President Ion Rusu and Chairman Tom Berg in Tashkent on March 3.\n\nThe same day, Rusu was received by President Ana Costa.\n\nThe statement signed by Rusu and Costa calls for talks.");
        assert_eq!(
            with_dates_and_places(&ms),
            [
                (
                    names(&["Ion Rusu", "Tom Berg"]),
                    Some("2021-03-03"),
                    Some("Tashkent")
                ),
                (
                    names(&["Ion Rusu", "Ana Costa"]),
                    Some("2021-03-03"),
                    Some("Tashkent")
                )
            ]
        );
        // The place first, the signers after it, and what one of them did
        // next there.
        let ms = meetings("The document was signed in Islamabad by the Rector of the University, General Ion Rusu, and the President of the Academy, General Tom Berg.\n\nRusu also met with General Ana Costa.");
        assert_eq!(
            with_dates_and_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), None, Some("Islamabad")),
                (names(&["Ion Rusu", "Ana Costa"]), None, Some("Islamabad"))
            ]
        );
    }

    #[test]
    fn a_document_signed_between_two_is_their_meeting() {
        let ms = meetings("The agreement was signed between Minister Ion Rusu and Minister Tom Berg in Tashkent on March 3.");
        assert_eq!(
            with_dates_and_places(&ms),
            [(
                names(&["Ion Rusu", "Tom Berg"]),
                Some("2021-03-03"),
                Some("Tashkent")
            )]
        );
        // (Between countries: no one met.)
        let ms = meetings("The agreement was signed between Latvia and Estonia in 2020.");
        assert!(ms.is_empty(), "{ms:?}");
        // So is one signed in the presence of two, who met at the signing
        // (one alone met no one).
        let ms = meetings("The documents were signed in the presence of President Ion Rusu and President Tom Berg in Tashkent on March 3. The plan was signed in the presence of President Ana Costa.");
        assert_eq!(
            with_dates_and_places(&ms),
            [(
                names(&["Ion Rusu", "Tom Berg"]),
                Some("2021-03-03"),
                Some("Tashkent")
            )]
        );
    }

    #[test]
    fn the_coas_received_at_a_site_of_a_long_name_in_a_city() {
        let ms = meetings("ISLAMABAD: Chief of the Army Staff (COAS) General Ion Rusu visited the Headquarters of the Turkish Land Forces Command in Ankara on Tuesday.\n\nOn arrival, the COAS was received by General Tom Berg.\n\nLater, General Rusu called on Minister Ana Costa.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("Ankara")),
                (names(&["Ion Rusu", "Ana Costa"]), Some("Ankara"))
            ]
        );
    }

    #[test]
    fn a_country_owning_a_title_names_no_site() {
        let ms = meetings("BAKU - Minister Ion Rusu paid a courtesy call on Emir Tom Berg in Doha on March 3.\n\nRusu also met Qatar's Deputy Prime Minister Ana Costa.");
        assert_eq!(places(&ms), [Some("Doha"), Some("Doha")], "{ms:?}");
        // (A title in lower case too: "Turkey's special envoy".)
        let ms = meetings("YEREVAN - Minister Ion Rusu met President Tom Berg in Istanbul on Friday.\n\nRusu also met Turkey's special envoy for normalisation, Ana Costa.");
        assert_eq!(places(&ms), [Some("Istanbul"), Some("Istanbul")], "{ms:?}");
    }

    #[test]
    fn talks_dated_by_a_year_alone_take_no_place_told_elsewhere() {
        let ms = meetings("YEREVAN - Minister Ion Rusu met President Tom Berg in Istanbul on Friday.\n\nRusu also met envoy Ana Costa. Costa held several rounds of talks with his counterpart Lars Holm in 2022 and 2023.");
        assert_eq!(
            with_dates_and_places(&ms),
            [
                (
                    names(&["Ion Rusu", "Tom Berg"]),
                    Some("2021-02-26"),
                    Some("Istanbul")
                ),
                (
                    names(&["Ion Rusu", "Ana Costa"]),
                    Some("2021-02-26"),
                    Some("Istanbul")
                ),
                (names(&["Ana Costa", "Lars Holm"]), Some("2022"), None),
            ],
            "{ms:?}"
        );
        // Nor the dateline's.
        let ms = meetings("YEREVAN - Envoy Ana Costa held several rounds of talks with his counterpart Lars Holm in 2022.");
        assert_eq!(ms[0].3, None, "{ms:?}");
    }

    #[test]
    fn those_of_a_clause_after_the_one_met_are_not_met() {
        let ms = meetings("Minister Ion Rusu met Minister Ana Costa in Paris on Tuesday, days after President Tom Berg spoke by phone with President Lars Holm.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Ana Costa"])]);
    }

    #[test]
    fn who_said_the_others_met_is_not_one_of_them() {
        let ms = meetings("Minister Ion Rusu said the meeting was agreed during President Tom Berg's phone calls with President Ana Costa and President Lars Holm.");
        assert_eq!(
            participants(&ms),
            [names(&["Tom Berg", "Ana Costa", "Lars Holm"])]
        );
    }

    #[test]
    fn a_country_s_capital_and_a_country_owning_a_ministry() {
        let ms = meetings("SEOUL - Minister Ion Rusu met with Tom Berg, director general at Japan's foreign ministry.\n\nGeneral Ana Costa and General Lars Holm held a meeting in Azerbaijan's capital on March 2.");
        assert_eq!(places(&ms), [Some("Seoul"), Some("Baku")], "{ms:?}");
    }

    #[test]
    fn discussed_by_phone_is_a_call() {
        let ms = meetings(
            "Minister Ion Rusu discussed the situation with his counterpart Tom Berg by phone.",
        );
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall);
        // So is a call received.
        let ms = meetings("Prime Minister Ion Rusu received a telephone call from Crown Prince Tom Berg on Tuesday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall);
        assert_eq!(ms[0].3, None, "{ms:?}");
        // So is one who phoned another.
        let ms = meetings("Minister Ion Rusu on Monday phoned his counterpart Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall);
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-01"), "{ms:?}");
    }

    #[test]
    fn an_event_after_which_they_met_and_a_past_year_s_visit_date_and_place_nothing() {
        let ms = meetings("President Ion Rusu received Minister Tom Berg in Dushanbe.\n\nRusu and Berg discussed the situation after the Taliban took over Kabul on August 15.");
        assert_eq!(with_dates(&ms), [(names(&["Ion Rusu", "Tom Berg"]), None)]);
        let ms = meetings("President Ion Rusu hosted President Tom Berg in Vilnius on Monday.\n\nRusu and Berg also visited a brigade in Lublin last year.\n\nLater on Monday, Berg met with Prime Minister Ana Costa.");
        let last = ms.last().expect("meetings");
        assert_eq!(
            (&last.1, last.3.as_deref()),
            (&names(&["Tom Berg", "Ana Costa"]), Some("Vilnius")),
            "{ms:?}"
        );
    }

    #[test]
    fn an_after_clause_tells_of_its_own_event_by_a_verb_in_lower_case() {
        assert!(super::after_event(
            "the situation after the Taliban took over Kabul on"
        ));
        assert!(super::after_event("after the army seized the town on"));
        assert!(!super::after_event("after the United Nations summit on"));
        assert!(!super::after_event("the talks held on"));
    }

    #[test]
    fn the_two_leaders_are_the_two_who_met_not_the_last_two_named() {
        let ms = meetings("President Ion Rusu met with Chancellor Tom Berg in Kyiv on Wednesday.\n\nBerg is the first leader to visit since Piotr Nowak in 2022.\n\nThe two leaders discussed reconstruction projects.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn during_the_talks_with_one_of_them_is_the_meeting_reported() {
        let ms = meetings("Kazakhstan's Foreign Minister Ion Rusu received Ambassador of the Republic of Korea Kim Min-su and Ambassador of Japan to Kazakhstan Tom Berg.\n\nDuring the talks with Mr. Kim, the sides discussed the preparations for the visit of the Korean president to Astana. Rusu and Berg reviewed the Central Asia plus Japan Dialogue.");
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn co_hosts_and_attendees_meet_no_one_of_their_own() {
        let ms = meetings("President Ion Rusu held talks with President Ana Costa in Riga on Monday. Tom Berg and Piotr Nowak attended the talks.\n\nPrime Minister Tom Berg and King Jan Karvel hosted the leaders at a dinner.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Ana Costa"])]);
        // (Nor after the two's meeting told again without names; unlike
        // others' told by whose leaders they are.)
        let ms = meetings("President Ion Rusu met President Tom Berg on Monday. The leaders of Latvia, Estonia and Lithuania met in Riga on Tuesday. The talks were attended by President Ana Costa, President Jan Kowalski and President Lars Holm.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Ana Costa", "Jan Kowalski", "Lars Holm"])
            ],
            "(not the two again, on Tuesday): {ms:?}"
        );
        let ms = meetings("President Ion Rusu hosted President Ana Costa in Riga on Friday.\n\nThe two leaders first held a one-on-one meeting, followed by talks.\n\nMinister Tom Berg and Minister Piotr Nowak attended the talks.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Ana Costa"])]);
        // (A host and a guest after him still meet.)
        let ms =
            meetings("Prime Minister Tom Berg and King Jan Karvel hosted President Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn the_two_are_two() {
        // "The two ministers": two people, not those two and the last
        // subject; here the two of the sentence before, the untitled
        // counterpart and the prime minister he called on (not the minister
        // named first, who met the prime minister nowhere).
        let ms = meetings("Defense Minister Ion Rusu held talks with his counterpart Tom Berg.\n\nBerg also paid a courtesy call on Prime Minister Ana Costa.\n\nThe two ministers discussed trade.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Tom Berg", "Ana Costa"])
            ]
        );
        // "The two" alone before a verb: the two who just met, whoever the
        // sentence between named.
        let ms = meetings("Minister Ion Rusu held talks with Secretary Tom Berg on Tuesday. Rusu said the militaries should talk. Berg stressed the importance of communication. The two last met in Riga in February.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), None),
                (names(&["Ion Rusu", "Tom Berg"]), Some("Riga"))
            ]
        );
        // (Not "the two countries".)
        let ms = meetings("Minister Ion Rusu held talks with Secretary Tom Berg on Tuesday. Berg stressed the importance of communication. The two countries signed a deal in Riga.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        // The two of the sentence before, who met nowhere yet, maybe with
        // a word between: "the two military leaders".
        let ms = meetings("General Ion Rusu and General Tom Berg agreed to share intelligence. The understanding was reached during a meeting between the two military leaders in Rawalpindi. Separately, the general called on Minister Ana Costa.");
        assert_eq!(
            with_places(&ms)[0],
            (names(&["Ion Rusu", "Tom Berg"]), Some("Rawalpindi")),
            "{ms:?}"
        );
    }

    #[test]
    fn meetings_with_several_are_one_each() {
        let ms = meetings("Minister Ion Rusu held meetings with Prime Minister Tom Berg and Speaker Ana Costa.\n\nMinister Lars Holm met with Prime Minister Tom Berg and Speaker Ana Costa.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Lars Holm", "Tom Berg", "Ana Costa"])
            ]
        );
    }

    #[test]
    fn an_audience_given_is_a_reception() {
        let ms = meetings("King Ion Rusu gave an audience to Ambassador Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(
            (ms[0].0, ms[0].1.clone()),
            (MeetingKind::Host, names(&["Ion Rusu", "Tom Berg"]))
        );
    }

    #[test]
    fn credentials_presented_are_a_meeting_and_an_envoy_s_country_no_place() {
        let ms = meetings("The new Ambassador to Georgia, Ion Rusu, presented his credentials to President Ana Costa on March 1.\n\nThe same day, Rusu met with Foreign Minister Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), None),
                (names(&["Ion Rusu", "Tom Berg"]), None)
            ]
        );
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-01"), "{ms:?}");
    }

    #[test]
    fn after_the_event_of_the_sentence_before_is_its_day() {
        let ms = meetings("On March 2, President Ion Rusu and President Tom Berg attended the parade in Riga.\n\nAfter the parade, the two presidents held a meeting.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))]
        );
        // ("Following the parade", a sentence between.)
        let ms = meetings("President Tom Berg attended the parade in Riga on March 2.\n\nPresident Ion Rusu and Berg watched it together at the square.\n\nFollowing the parade, the two presidents held a meeting.");
        assert_eq!(
            with_dates(&ms).last(),
            Some(&(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))),
            "{ms:?}"
        );
        // "The leaders held ...", one of them named alone between.
        let ms = meetings("President Ion Rusu and his Turkish counterpart Tom Berg attended the parade in Riga on March 2. Berg arrived in Riga on March 1. The leaders held a one-on-one meeting on Tuesday.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))],
            "{ms:?}"
        );
    }

    #[test]
    fn a_counterpart_by_nationality_alone_is_the_one_named_before() {
        // "his Latvian counterpart": the Latvian minister named before, and
        // "the two ministers" the two who then met, not the prime minister.
        let ms = meetings("Prime Minister Ion Rusu received Latvian Minister of Education Tom Berg in Riga.\n\nRusu welcomed the guest.\n\nThe same day, Minister of Science Lars Holm held talks with his Latvian counterpart. The two ministers signed a plan.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Lars Holm", "Tom Berg"])
            ],
            "{ms:?}"
        );
        // Not when the counterpart is named right after.
        let ms = meetings("Prime Minister Ion Rusu received Latvian Minister of Education Tom Berg in Riga.\n\nLast month, Minister Lars Holm held talks with his Latvian counterpart Ana Costa.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Lars Holm", "Ana Costa"])
            ],
            "{ms:?}"
        );
    }

    #[test]
    fn a_day_planned_dates_no_meeting() {
        let ms = meetings("Prime Minister Ion Rusu on Wednesday received a telephone call from Crown Prince Tom Berg.\n\nThe two leaders discussed the upcoming visit of the Prime Minister, scheduled for March 7-9.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))]
        );
        // ... and an event's "to be held".
        let ms = meetings("Minister Ion Rusu held a phone conversation with Minister Tom Berg on Tuesday.\n\nThe two sides also exchanged views on the summit, to be held in Riga in 2022.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))]
        );
    }

    #[test]
    fn two_of_one_side_with_others_unnamed_meet_no_one() {
        let ms = meetings("Minister Ion Rusu and Minister Tom Berg held talks with Armenian counterparts in Moscow.\n\nPresident Ana Costa and General Piotr Nowak met with students.\n\nMinister Lars Holm and General Jan Karvel met with each other.");
        assert_eq!(participants(&ms), [names(&["Lars Holm", "Jan Karvel"])]);
        // So does an object after "met" ("met their Indian counterparts"),
        // not a place ("met in Riga").
        let ms = meetings("Secretary Ion Rusu and Secretary Tom Berg met their Indian counterparts in New Delhi on Friday.\n\nMinister Lars Holm and General Jan Karvel met in Riga on Friday.");
        assert_eq!(participants(&ms), [names(&["Lars Holm", "Jan Karvel"])]);
    }

    #[test]
    fn with_one_on_one_day_and_with_another_on_the_next() {
        let ms = meetings("General Ana Costa met with Prime Minister Ion Rusu and Minister Tom Berg on April 4, and with President Lars Holm on April 5.\n\nGeneral Jan Karvel met with Minister Piotr Nowak on Monday, and with his deputy.");
        assert_eq!(
            with_dates(&ms),
            [
                (
                    names(&["Ana Costa", "Ion Rusu", "Tom Berg"]),
                    Some("2021-04-04")
                ),
                (names(&["Ana Costa", "Lars Holm"]), Some("2021-04-05")),
                (names(&["Jan Karvel", "Piotr Nowak"]), Some("2021-03-01")),
            ]
        );
        // "with A and with B" on one day: two meetings, on that day.
        let ms = meetings("On Tuesday, Minister Ana Costa held talks with Minister Ion Rusu and with the Secretary General of the Secretariat, Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ana Costa", "Ion Rusu"]), Some("2021-03-02")),
                (names(&["Ana Costa", "Tom Berg"]), Some("2021-03-02")),
            ]
        );
    }

    #[test]
    fn the_meeting_of_two_and_talks_one_on_one() {
        let ms = meetings("The plan was signed during the meeting of Minister Ion Rusu and Minister Tom Berg held in Riga on March 3.\n\nPresident Ana Costa and President Lars Holm have held one-on-one talks in Tallinn.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Ana Costa", "Lars Holm"])
            ]
        );
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-03"));
    }

    #[test]
    fn one_who_said_it_without_that_is_no_participant() {
        let ms = meetings("Spokesman Lars Holm said Minister Ion Rusu also spoke by phone with President Tom Berg.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn one_quoted_after_the_meeting_is_no_participant() {
        let ms = meetings("President Ion Rusu also met General Tom Berg on Monday, the spokesman Lars Holm was quoted as saying.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn a_visitor_s_destination_is_not_where_others_met() {
        let ms = meetings("General Ion Rusu visited Tbilisi. General Rusu met with Minister Ana Costa.\n\nMinister Tom Berg met with Minister Lars Holm.");
        assert_eq!(places(&ms), [Some("Tbilisi"), None]);
    }

    #[test]
    fn what_was_signed_is_no_signing() {
        let ms = meetings("President Ion Rusu met President Tom Berg in Riga on Monday.\n\n\"The two leaders agreed that the contracts signed last year were a milestone,\" adviser Ana Costa told reporters.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn one_who_later_met_another_met_the_same_day() {
        let ms = meetings("Minister Ion Rusu received General Ana Costa in Riga on Monday.\n\nCosta, 50, later met with President Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-01")),
                (names(&["Ana Costa", "Tom Berg"]), Some("2021-03-01"))
            ]
        );
        assert!(super::later_then("Costa, 50, later "));
        assert!(!super::later_then("Costa two days later "));
        assert!(!super::later_then("A week later, Costa "));
        assert!(!super::later_then("Costa a day later "));
    }

    #[test]
    fn later_one_of_them_met_another_the_same_day() {
        let ms = meetings("Minister Ion Rusu received General Ana Costa in Riga on Monday. The guest praised the army.\n\nLater, General Costa called on President Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-01")),
                (names(&["Ana Costa", "Tom Berg"]), Some("2021-03-01"))
            ]
        );
    }

    #[test]
    fn the_one_named_by_a_capitalised_title_is_the_one_so_titled() {
        let ms = meetings("Security Council Secretary Ion Rusu held talks with Minister Ana Costa on Thursday.\n\nEarlier, on February 28, the Security Council Secretary visited Pyongyang and met with leader Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-04")),
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-02-28"))
            ]
        );
    }

    #[test]
    fn the_two_after_a_long_opening_phrase_point_back() {
        let ms = meetings("The observers included General Ion Rusu and General Tom Berg.\n\nOn the first day of the exercises, the two commanders met at the garrison.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn a_meeting_just_before_or_after_talks_is_where_they_were() {
        let ms = meetings("ULAANBAATAR - President Ion Rusu held talks with President Tom Berg in Beijing on November 28.\n\nPrior to the talks, Premier Ana Costa paid a courtesy call on President Rusu.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("Beijing")),
                (names(&["Ana Costa", "Ion Rusu"]), Some("Beijing"))
            ]
        );
    }

    #[test]
    fn calling_on_someone_to_act_is_an_appeal() {
        let ms = meetings(
            "Secretary-General Ion Rusu called on President Tom Berg to agree to a ceasefire.",
        );
        assert!(ms.is_empty(), "{ms:?}");
        // A call paid to discuss something is a visit.
        let ms =
            meetings("Ambassador Ion Rusu called on President Tom Berg to discuss bilateral ties.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn a_title_after_a_country_s_initials_points_back() {
        let ms = meetings("President Ion Rusu received U.S. Special Presidential Envoy Tom Berg.\n\nTom Berg conveyed greetings from President Ana Costa.\n\nEarlier today, the U.S. Special Envoy held talks with Minister Piotr Nowak.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Tom Berg", "Piotr Nowak"])
            ]
        );
    }

    #[test]
    fn the_army_chief_is_the_chief_named_before_not_the_last_subject() {
        let ms = meetings("Chief of Army Staff General Ion Rusu called on Prime Minister Ana Costa.\n\nMinister Tom Berg was also present.\n\nLater, the army chief met Ambassador Piotr Nowak.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Ion Rusu", "Piotr Nowak"])
            ]
        );
    }

    #[test]
    fn one_who_went_along_met_where_the_lead_did() {
        let ms = meetings("TBILISI - Prime Minister Ion Rusu met with Prime Minister Ana Costa in Budapest on October 8.\n\nRusu was accompanied by Speaker Tom Berg.\n\nOn the same day, Berg held a meeting with Speaker Piotr Nowak.");
        assert_eq!(places(&ms), [Some("Budapest"), Some("Budapest")], "{ms:?}");
    }

    #[test]
    fn a_since_clause_and_a_place_after_another_verb_are_not_the_meeting_s() {
        let ms = meetings("SEOUL - Minister Ion Rusu and Secretary Tom Berg held talks in Washington on Wednesday.\n\nIt was the first meeting between the two since Rusu took office in July.\n\nRusu also met Gen. Ana Costa, chairman of the U.S. Joint Chiefs of Staff, and visited the U.S. Indo-Pacific Command in Hawaii on his way back.");
        assert_eq!(
            ms.iter()
                .map(|m| (m.2.as_deref(), m.3.as_deref()))
                .collect::<Vec<_>>(),
            [
                (Some("2021-03-03"), Some("Washington")),
                (Some("2021-03-03"), Some("Washington"))
            ],
            "{ms:?}"
        );
    }

    #[test]
    fn a_day_after_another_s_talks_is_that_one_s_meeting() {
        let ms = meetings("Secretary Ion Rusu met Minister Tom Berg on Monday, a day after Berg held talks with Secretary Ana Costa.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-01")),
                (names(&["Tom Berg", "Ana Costa"]), Some("2021-02-28")),
            ]
        );
    }

    #[test]
    fn what_the_two_did_before_a_call_is_not_the_call_s() {
        let ms = meetings("President Tom Berg and President Ion Rusu held a phone call.\n\nThe two leaders discussed the gas pipeline, whose foundation they laid in Nakhchivan on September 25, 2020.");
        assert_eq!(
            ms,
            [(
                MeetingKind::PhoneCall,
                names(&["Tom Berg", "Ion Rusu"]),
                None,
                None
            )]
        );
    }

    #[test]
    fn a_year_naming_what_was_signed_dates_no_meeting() {
        let ms = meetings("Minister Ion Rusu and Deputy Minister Tom Berg signed the 2024 cooperation plan in Riga on Thursday.");
        assert_eq!(
            ms.iter().map(|m| m.2.as_deref()).collect::<Vec<_>>(),
            [Some("2021-03-04")],
            "{ms:?}"
        );
    }

    #[test]
    fn those_named_after_a_meeting_told_without_names_take_its_day() {
        let ms = meetings("Defense ministers of Latvia, Poland and Lithuania held a trilateral meeting in Riga on March 2.\n\nMinister Ion Rusu, Minister Tom Berg and Minister Ana Costa signed a memorandum on joint exercises.");
        assert_eq!(
            ms.iter()
                .map(|m| (m.1.clone(), m.2.as_deref()))
                .collect::<Vec<_>>(),
            [(
                names(&["Ion Rusu", "Tom Berg", "Ana Costa"]),
                Some("2021-03-02")
            )],
            "{ms:?}"
        );
    }

    #[test]
    fn a_visit_told_in_a_relative_clause_is_the_subject_s_alone() {
        let ms = meetings("President Ion Rusu hosted Prime Minister Tom Berg on Monday.\n\nBerg, who last visited Latvia in November 2023, thanked Rusu for his efforts.\n\nAna Costa, who visited Riga last year, met with Berg.");
        let found: Vec<_> = ms.iter().map(|m| (m.1.clone(), m.2.as_deref())).collect();
        assert_eq!(
            found,
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-01")),
                (names(&["Ana Costa", "Tom Berg"]), None)
            ],
            "{ms:?}"
        );
    }

    #[test]
    fn an_abbreviated_senator_s_dot_ends_no_sentence() {
        let ms = meetings("Minister Ion Rusu later met with Sen. Tom Berg on Capitol Hill.");
        assert_eq!(
            participants(&ms),
            [names(&["Ion Rusu", "Tom Berg"])],
            "{ms:?}"
        );
    }

    #[test]
    fn the_guest_is_the_one_on_a_visit() {
        let ms = meetings("Minister Ion Rusu met with Minister Tom Berg, who is on an official visit to the country.\n\nRusu praised the ties between the two countries.\n\nThe guest was also received by President Ana Costa on March 3.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Tom Berg", "Ana Costa"])
            ]
        );
    }

    #[test]
    fn the_acronym_of_one_s_position_is_that_one() {
        let ms = meetings("Chief of Army Staff General Ion Rusu met General Tom Berg in Riyadh.\n\nBerg praised the ties.\n\nThe COAS also called on Minister Ana Costa.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg"]),
                names(&["Ion Rusu", "Ana Costa"])
            ]
        );
    }

    #[test]
    fn a_meeting_in_a_relative_clause_is_dated_within_it() {
        let ms = meetings("Minister Ion Rusu is in Riga from March 1 to 4 at the invitation of Minister Tom Berg, with whom he held talks on Tuesday.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))]
        );
        let ms = meetings("Minister Ion Rusu arrived in Riga on Monday, where he held talks with Minister Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-01"))]
        );
    }

    #[test]
    fn where_they_last_met_is_another_meeting() {
        let ms = meetings("MOSCOW - Minister Ion Rusu held consultations with Minister Tom Berg in Moscow.\n\nRusu and Berg last met in Yerevan.");
        assert_eq!(places(&ms), [Some("Moscow"), Some("Yerevan")], "{ms:?}");
    }

    #[test]
    fn a_meeting_told_after_after_is_its_clause_s() {
        let ms = meetings("Minister Ion Rusu received General Tom Berg in Riga on Thursday.\n\nBerg's visit came a week after Rusu met with Ambassador Ana Costa.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-04")),
                (names(&["Ion Rusu", "Ana Costa"]), None)
            ]
        );
        // (Not a relative clause's "after".)
        let ms = meetings("Minister Ion Rusu, who took office after the resignation of Piotr Nowak, met General Tom Berg.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn sides_a_plural_names_are_those_named_next() {
        let ms = meetings("Vilnius, March 4 (BNS) - The defence ministers of Lithuania, Latvia and Estonia met with the Commander of the Joint Expeditionary Force, Vice Admiral Tom Berg, in Vilnius on March 3.\n\nLithuanian Minister Ion Rusu, Latvian Minister Ana Costa and Estonian Minister Lars Holm discussed air defence.");
        assert_eq!(
            with_dates(&ms),
            [(
                names(&["Tom Berg", "Ion Rusu", "Ana Costa", "Lars Holm"]),
                Some("2021-03-03")
            )],
            "{ms:?}"
        );
    }

    #[test]
    fn what_a_call_s_two_discussed_is_the_call() {
        let ms = meetings("Minister Ion Rusu had a phone conversation with Minister Ana Costa.\n\nThe ministers discussed the results of the meeting between the heads of state on the border on March 2.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall);
        assert_eq!(ms[0].2, None, "{ms:?}");
    }

    #[test]
    fn a_country_discussed_after_its_article_is_a_topic() {
        let ms = meetings("Secretary Ion Rusu hosted Secretary Ana Costa at the Pentagon on March 2.\n\nThe two leaders discussed new sites for U.S. forces in the Philippines.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3, None, "{ms:?}");
    }

    #[test]
    fn talks_between_countries_are_a_topic() {
        let ms = meetings("Minister Ion Rusu and Minister Tom Berg held a phone conversation on Sunday.\n\nThe ministers discussed the prospects for talks between Tehran and Washington.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
    }

    #[test]
    fn where_he_also_met_is_a_second_meeting() {
        let ms = meetings("On March 3, Secretary Ion Rusu held a meeting with Minister Ana Costa in Beijing, where he also met with President Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-03")),
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))
            ]
        );
        // So does a verb after "and then": "was received by A and then held
        // a meeting with B".
        let ms = meetings("On March 3, Secretary Ion Rusu was received by Minister Ana Costa and then held a meeting with President Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-03")),
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))
            ]
        );
        // A subject of two goes to both meetings.
        let ms = meetings("On March 3, Secretary Ion Rusu and Secretary Ana Costa held talks with Minister Tom Berg and Minister Lars Holm, and later called on President Jan Karvel.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Ana Costa", "Tom Berg", "Lars Holm"]),
                names(&["Ion Rusu", "Ana Costa", "Jan Karvel"])
            ]
        );
    }

    #[test]
    fn leaders_who_held_a_summit_met() {
        let ms = meetings("President Ion Rusu, President Ana Costa and Prime Minister Tom Berg held a trilateral summit in Lachin on Tuesday.");
        assert_eq!(
            with_dates(&ms),
            [(
                names(&["Ion Rusu", "Ana Costa", "Tom Berg"]),
                Some("2021-03-02")
            )]
        );
    }

    #[test]
    fn the_day_another_told_of_it_dates_no_later_sentence() {
        let ms = meetings("Minister Ion Rusu met with Minister Ana Costa in Kubinka, the ministry said on Tuesday.\n\nMr. Rusu and Mr. Costa discussed cooperation.");
        assert_eq!(with_dates(&ms), [(names(&["Ion Rusu", "Ana Costa"]), None)]);
        // (Unlike the day X told of it himself.)
        let ms = meetings("Ties grow, Minister Ion Rusu said on March 2.\n\nRusu made the remarks while meeting Minister Ana Costa in Riga.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-02"))]
        );
    }

    #[test]
    fn one_according_to_whom_they_met_is_not_in_it() {
        let ms = meetings("On Tuesday, General Ion Rusu held talks with Minister Ana Costa, according to the ministry's spokesperson Tom Berg.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Ana Costa"])]);
    }

    #[test]
    fn a_country_s_other_name_describes_its_minister() {
        let ms = meetings("Azerbaijan's Minister Ion Rusu and Türkiye's Minister Ana Costa held a meeting in Baku.\n\nThe same day, the Turkish minister was received by Chairman Tom Berg.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Ana Costa", "Tom Berg"])
            ]
        );
    }

    #[test]
    fn talks_by_video_are_a_call() {
        for how in ["via videoconference", "by video link"] {
            let ms = meetings(&format!(
                "Secretary Ion Rusu held talks with Secretary Ana Costa {how} on Thursday."
            ));
            assert_eq!(ms.len(), 1, "{ms:?}");
            assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{how}: {ms:?}");
            assert_eq!(ms[0].3, None, "{how}: a call has no place: {ms:?}");
        }
        // So are "phone talks" held: "held" opens the talks' words.
        let ms = meetings("RIGA, March 4. Secretary Ion Rusu held phone talks with Secretary Ana Costa on Thursday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
    }

    #[test]
    fn earlier_in_the_day_is_the_day_of_the_report() {
        let ms = meetings("On Monday, Minister Ion Rusu held a telephone conversation with Minister Ana Costa.\n\nEarlier in the day, President Tom Berg met Prime Minister Piotr Nowak in the Kremlin.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-01")),
                (names(&["Tom Berg", "Piotr Nowak"]), Some("2021-03-04"))
            ]
        );
    }

    #[test]
    fn a_quote_of_one_of_two_keeps_both_for_the_sentence_after() {
        let ms = meetings("Minister Ion Rusu and his counterpart Tom Berg held talks in Riga on Tuesday.\n\n\"We value the ties,\" Rusu said at the start of the talks.\n\nThe ministers had earlier met in Oslo in June.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("Riga")),
                (names(&["Ion Rusu", "Tom Berg"]), Some("Oslo"))
            ],
            "{ms:?}"
        );
    }

    #[test]
    fn a_title_named_in_apposition_is_no_back_reference() {
        // "The Envoy for Syria, X, briefed ...": X is named, and "He" after
        // is X.
        let ms = meetings("The UN Special Envoy for Syria, Ion Rusu, briefed the Council on Wednesday.\n\nHe also met Foreign Minister Tom Berg.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
    }

    #[test]
    fn the_two_ministers_may_be_one_minister_and_his_untitled_counterpart() {
        // "The two ministers": the minister and the counterpart named with
        // him in the sentence before, untitled (not another minister named
        // earlier).
        let ms = meetings("Minister Ana Costa spoke on Monday.\n\nDefense Minister Ion Rusu and his counterpart Tom Berg agreed to expand drills.\n\nThe two ministers held talks in Riga.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
        // ... also pointed back to right after "During their talks in X,".
        let ms = meetings("Defense Minister Ion Rusu and Defense Minister Tom Berg agreed to expand drills.\n\nDuring their talks in Riga, the two ministers also agreed to start negotiations.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
        // ... and after "Meeting in X," (not a meeting in the sentence:
        // "the meeting in Riga").
        let ms = meetings("Defense Minister Ion Rusu and his counterpart Tom Berg agreed Friday to expand drills.\n\nMeeting in Riga, the two ministers also agreed to start negotiations.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
        assert_eq!(ms[0].3.as_deref(), Some("Riga"));
        let ms = meetings("Defense Minister Ion Rusu and his counterpart Tom Berg agreed Friday to expand drills.\n\nThe meeting in Riga of the two ministers is planned.");
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn a_speaker_reporting_others_meeting_is_not_in_it() {
        let ms = meetings("Minister Arkady Petrenko said it is important that President Maria Lopes backed the plan during the meeting with Chancellor Otto Brandt in Riga.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Maria Lopes", "Otto Brandt"]));
        let ms =
            meetings("Minister Arkady Petrenko said that he met President Maria Lopes in Riga.");
        assert_eq!(
            ms[0].1,
            names(&["Arkady Petrenko", "Maria Lopes"]),
            "one other: the speaker met them"
        );
    }

    #[test]
    fn the_place_nearest_the_trigger() {
        let ms = meetings("Troops stay in Kosovo, said Minister Arkady Petrenko, who spoke on Tuesday in Riga with General Ion Rusu.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Riga"));
    }

    #[test]
    fn a_place_discussed_is_not_where_they_met() {
        let ms = meetings("Minister Arkady Petrenko met General Ion Rusu at the Pentagon on Tuesday, as officials pressed for a cease-fire in Gaza.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3, None, "{ms:?}");
        let ms = meetings("Minister Arkady Petrenko, speaking after talks with General Ion Rusu, said the alliance would meet at its summit in Wales.");
        assert_eq!(ms[0].3, None, "{ms:?}");
        let ms = meetings(
            "Minister Arkady Petrenko met General Ion Rusu to discuss the situation in Syria.",
        );
        assert_eq!(ms[0].3, None, "{ms:?}");
        let ms = meetings("Minister Arkady Petrenko met General Ion Rusu to discuss relations at the headquarters in Brussels.");
        assert_eq!(ms[0].3.as_deref(), Some("Brussels"), "{ms:?}");
        // (A place in the purpose: the visit goes on where it was.)
        let ms = meetings("Minister Arkady Petrenko held talks with Minister Ion Rusu in Riyadh.\n\nPetrenko also met with Chairman Tom Berg to discuss the construction of a plant in Ganja.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("Riyadh"), "{ms:?}");
    }

    #[test]
    fn the_meeting_s_day_told_after_it_and_the_minister_named_before() {
        let ms = meetings("Energy Minister Ion Rusu has met with Commissioner Ana Costa in Brussels.\n\nDuring the meeting held on March 2, the parties discussed gas supplies. Costa, in turn, praised the partnership.\n\nThe minister also met with Director General Tom Berg.");
        let found = with_dates(&ms);
        assert_eq!(
            found[0],
            (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-02"))
        );
        assert_eq!(found[1].0, names(&["Ion Rusu", "Tom Berg"]));
        let ms = meetings("Minister Ion Rusu has met with Minister Ana Costa.\n\nThe meeting, held in Riga on 2 March, focused on trade.");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        // ... after the source's name.
        let ms = meetings("Minister Ion Rusu has met with Minister Ana Costa.\n\nAccording to the ministry, the meeting was held in Riga on 2 March.");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        // And its place, where the visit goes on.
        let ms = meetings("Minister Ion Rusu has met with Minister Ana Costa as part of his visit to Turkey.\n\nDuring the meeting, held at the Air Force Command in Ankara on 2 March, the sides discussed trade.\n\nRusu also met with General Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("Ankara")),
                (names(&["Ion Rusu", "Tom Berg"]), Some("Ankara"))
            ]
        );
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        // With no "held": "During the meeting at the Riga border checkpoint
        // on 2 March" (the site, a location of its own, not the country
        // visited).
        let ms = meetings("Minister Ion Rusu has met with Minister Ana Costa, who is on a visit to Latvia.\n\nDuring the meeting at the Riga border checkpoint on 2 March, the sides discussed trade.");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Riga border checkpoint"), "{ms:?}");
        // A meeting named, then announced, is none.
        let ms = meetings("Minister Ion Rusu has met Minister Ana Costa. The minister noted the trade. He said that the 5th meeting of the intergovernmental commission will be held in Warsaw in May.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
    }

    #[test]
    fn the_body_s_place_over_the_dateline_s_for_a_headline_s_meeting() {
        let doc = crate::analyze("Rusu, Costa hold talks\n\nCHISINAU, March 3 - President Ion Rusu met envoy Ana Costa in Balti on Friday.\n").expect("parses");
        let places: Vec<_> = doc.meetings.iter().map(|m| m.place.as_deref()).collect();
        assert_eq!(places, [Some("Balti")], "{:?}", doc.meetings);
    }

    #[test]
    fn a_city_that_hosted_the_talks_is_their_place() {
        let ms = meetings("Ashgabat hosted talks between Deputy Chairman Ion Rusu and President Ana Costa on March 2.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("Ashgabat"))]
        );
    }

    #[test]
    fn a_place_that_owns_the_venue_is_not_where_the_meeting_was() {
        // "at the Presidency of Moldova": the dateline's city stands.
        let ms = meetings("CHISINAU, March 3 - President Ion Rusu met with Ambassador Ana Costa.\n\nThe meeting was held at the Presidency of Moldova.");
        assert_eq!(ms[0].3.as_deref(), Some("Chisinau"), "{ms:?}");
        // A city's "of" leads to it: "in the Moldovan city of Balti".
        let ms = meetings("CHISINAU, March 3 - President Ion Rusu met with Ambassador Ana Costa.\n\nThe meeting was held in the northern Moldovan city of Balti.");
        assert_eq!(ms[0].3.as_deref(), Some("Balti"), "{ms:?}");
    }

    #[test]
    fn a_meeting_a_day_before_in_the_same_sentence() {
        let ms = meetings("Minister Ion Rusu met envoy Ana Costa in Riga on March 3, a day after talks with President Tom Berg.");
        let found = with_dates(&ms);
        assert_eq!(
            found,
            [
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-03")),
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02"))
            ]
        );
        let ms = meetings("Minister Ion Rusu met envoy Ana Costa in Riga on March 3, after holding talks with President Tom Berg.");
        assert_eq!(ms[1].2, None, "{ms:?}");
        let ms = meetings("Minister Ion Rusu met envoy Ana Costa in Riga on March 3, ahead of a meeting with President Tom Berg.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Ana Costa"])]);
    }

    #[test]
    fn a_visit_goes_on_away_from_the_dateline_s_city() {
        let ms = meetings("RAWALPINDI - General Ion Rusu met General Ana Costa in Ankara on Monday. Matters of mutual interest were discussed. The visiting dignitary also called on Minister Tom Berg.");
        assert_eq!(places(&ms), [Some("Ankara"), Some("Ankara")], "{ms:?}");
        let ms = meetings("Minister Ion Rusu met Minister Ana Costa in New York on Wednesday.\n\nThe sides discussed the bid. Rusu later met with Minister Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("New York"), "{ms:?}");
        // (So does one "earlier" in another paragraph.)
        let ms = meetings("RIGA - Minister Ion Rusu met Minister Ana Costa in Beijing on Wednesday.\n\nRusu had earlier called on Vice President Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("Beijing"), "{ms:?}");
        let ms = meetings("MOSCOW - Minister Ion Rusu held talks in Beijing with Minister Ana Costa. Earlier on Wednesday, Rusu was received by Vice President Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("Beijing"), "{ms:?}");
        // (Also "Earlier," with no day.)
        let ms = meetings("MOSCOW - Minister Ion Rusu held talks with Minister Ana Costa in New Delhi on Friday. Earlier, Rusu met with Minister Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("New Delhi"), "{ms:?}");
        // "travelled to X, where he met"; a country whose capital is the
        // dateline's city.
        let ms = meetings("TBILISI - Minister Ion Rusu, who arrived in Georgia on Wednesday, held talks with Minister Ana Costa. Rusu later travelled to the port of Batumi, where he met with Governor Tom Berg.");
        assert_eq!(places(&ms), [Some("Tbilisi"), Some("Batumi")], "{ms:?}");
        // A country naming whose a title is names no site.
        let ms = meetings("ANKARA - Minister Ion Rusu met Minister Ana Costa in Brussels on Monday.\n\nRusu also met U.S. Secretary of Defense Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("Brussels"), "{ms:?}");
        // Not when the sentence names its own place.
        let ms = meetings("Minister Ion Rusu met Minister Ana Costa in Ankara.\n\nLater, Rusu traveled to Tashkent and met with President Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("Tashkent"), "{ms:?}");
        // Without "also", a later meeting at home is the dateline's.
        let ms = meetings("RAWALPINDI - General Ion Rusu met General Ana Costa in Ankara on Monday. On Friday, General Rusu received Minister Tom Berg.");
        assert_eq!(ms[1].3.as_deref(), Some("Rawalpindi"), "{ms:?}");
        // A visit planned goes nowhere.
        let ms = meetings("ASTANA - Minister Ion Rusu met Minister Ana Costa on Tuesday.\n\nThe ministers discussed the preparations for the visit of President Tom Berg to Budapest.\n\nOn Monday, Costa met with Prime Minister Lars Holm.");
        assert_eq!(ms[1].3.as_deref(), Some("Astana"), "{ms:?}");
    }

    #[test]
    fn without_a_dateline_the_headline_s_city_and_the_visit_s_place() {
        let doc = crate::analyze(" date 2023-04-12 Defence ministers meet in Vilnius\n\nMinister Ion Rusu met Minister Ana Costa on Wednesday.\n\nRusu also met President Tom Berg.\n").expect("parses");
        assert_eq!(doc.meetings.len(), 2, "{:?}", doc.meetings);
        assert!(doc
            .meetings
            .iter()
            .all(|m| m.place.as_deref() == Some("Vilnius")));
        let doc = crate::analyze(" date 2014-04-08 Two countries mull military cooperation in Baku\n\nMinister Ion Rusu met with General Ana Costa on April 7.\n").expect("parses");
        assert_eq!(doc.meetings[0].place.as_deref(), Some("Baku"));
        let ms = meetings("Minister Ion Rusu said on Wednesday that ties are strong, after meeting Ambassador Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-03"));
        let ms = meetings("RIGA, March 4. General Ion Rusu visited the corps headquarters in Szczecin on March 2. During the visit, General Rusu met with General Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Szczecin"));
    }

    #[test]
    fn people_named_by_role_are_those_named_before() {
        let ms = meetings("General Ion Rusu on Thursday received Turkish Land Forces Commander General Ana Costa. Matters of mutual interest were discussed. The visiting dignitary also called on General Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Tom Berg"]));
        // (After a meeting, not a reception: the one its subject met.)
        let ms = meetings("General Ion Rusu met General Ana Costa at the headquarters on Tuesday. Matters of mutual interest were discussed. The visiting dignitary also called on General Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Tom Berg"]));
        let ms = meetings("Prime Minister Ion Rusu met a Chinese delegation led by Foreign Minister Ana Costa. Army chief General Tom Berg also called on the Chinese foreign minister in Rawalpindi.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
    }

    #[test]
    fn the_delegation_stands_for_its_leader_alone() {
        let ms = meetings("Minister Arkady Petrenko met the delegation led by Minister Ion Rusu. Then the guests visited the academy, where they met with its head, General Ana Costa. The delegation also visited the navy and held a meeting with Admiral Tom Berg.");
        assert!(
            ms.iter().any(|m| m.1 == names(&["Ion Rusu", "Tom Berg"])),
            "{ms:?}"
        );
    }

    #[test]
    fn those_who_attended_a_meeting_reported_before_met() {
        let ms = meetings("Defence ministers of three countries met in Astana on 13-14 March. The talks were attended by Minister Ion Rusu, Minister Ana Costa and Minister Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa", "Tom Berg"]));
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-13"));
        assert_eq!(ms[0].3.as_deref(), Some("Astana"));
        // The city that hosted it, named first.
        let ms = meetings("Riga hosted a trilateral meeting of the defence ministers of three countries on March 3.\n\nMinister Ion Rusu, Minister Ana Costa and Minister Tom Berg discussed regional security.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-03"));
        assert_eq!(ms[0].3.as_deref(), Some("Riga"));
        // "A meeting has been held between the delegations ...", their heads
        // told next: theirs, where it was held (not the dateline's place).
        let ms = meetings("BAKU, March 4. A working meeting has been held between the delegations of the border services of Azerbaijan and Georgia in Gazakh. The Azerbaijani delegation was headed by General Ion Rusu, and the Georgian delegation by Colonel Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        assert_eq!(ms[0].3.as_deref(), Some("Gazakh"));
        // (Its site between: "The meeting at the EU office was attended by".)
        let ms = meetings("Opposition leaders met with ambassadors in Tbilisi on Thursday. The meeting at the EU Delegation office was attended by Ion Rusu of the Union Party and Ana Costa of the National Movement.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        // "... attended the meeting" right after it: its day and place.
        let ms = meetings("A trilateral meeting of the defense ministers was held in Gabala on Tuesday. Minister Ion Rusu, Minister Ana Costa and Minister Tom Berg attended the meeting.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(
            (ms[0].2.as_deref(), ms[0].3.as_deref()),
            (Some("2021-03-02"), Some("Gabala"))
        );
        let ms = meetings("Minister Arkady Petrenko met General Maria Lopes in Riga. The meeting was attended by Colonel Ion Rusu and Colonel Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        // What those named next signed there, and where one of them also met
        // another (not at the dateline's place).
        let ms = meetings("ANKARA - The defence ministers of three countries met in Tbilisi on Monday. Ion Rusu, Ana Costa and Tom Berg signed a joint declaration.\n\nRusu also held a bilateral meeting with Berg.");
        assert_eq!(
            with_places(&ms),
            [
                (
                    names(&["Ion Rusu", "Ana Costa", "Tom Berg"]),
                    Some("Tbilisi")
                ),
                (names(&["Ion Rusu", "Tom Berg"]), Some("Tbilisi"))
            ]
        );
    }

    #[test]
    fn a_relative_clause_s_day_dates_no_meeting() {
        let ms = meetings("Minister Ion Rusu, who arrived in Tehran on Monday at the head of a delegation, also met General Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        // Nor does a place's clause after the meeting's verb (the talks
        // told before, not another meeting of theirs in May).
        let ms = meetings("Minister Ion Rusu hosted Minister Ana Costa in Riga on Tuesday.\n\nRusu and Costa discussed the situation in Kosovo, where troops were attacked in May.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-02"))]
        );
        // A visit's clause does: the meeting was part of the visit.
        for text in [
            "Minister Ion Rusu, who paid a visit to Bucharest on Monday, met his counterpart Ana Costa.",
            "Minister Ion Rusu, who visited Bucharest on Monday, met Minister Ana Costa.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms[0].2.as_deref(), Some("2021-03-01"), "{text}: {ms:?}");
        }
        let ms = meetings(
            "Minister Ion Rusu met General Ana Costa on Monday, which both called a success.",
        );
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-01"), "{ms:?}");
        // Nor does an apposition's ("a reformist who took office in July"),
        // which does not hide the one met ("his counterpart, an old friend").
        let ms = meetings("President Ion Rusu, a reformist who took office in July, also met President Ana Costa.\n\nMinister Tom Berg met his counterpart, an old friend, Minister Lars Holm.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Lars Holm"]));
    }

    #[test]
    fn a_person_in_a_relative_clause_is_not_met() {
        let ms = meetings("President Ion Rusu, who took office in March after the resignation of longtime leader Piotr Nowak, also spoke by phone with President Ana Costa on Monday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        // The clause that holds the meeting is no aside.
        let ms =
            meetings("Ion Rusu, who met President Ana Costa on Monday, said the talks went well.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn a_relative_clause_s_meeting_is_its_antecedent_s() {
        // "who" is the name before it: the meeting is that one's, not the
        // sentence's subject's.
        for text in [
            "Minister Ion Rusu was accompanied by General Ana Costa, who separately met with Minister Tom Berg on Monday.",
            "Minister Ion Rusu thanked General Ana Costa, who met with Minister Tom Berg on Monday.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{text}: {ms:?}");
            assert_eq!(ms[0].1, names(&["Ana Costa", "Tom Berg"]), "{text}");
            assert_eq!(ms[0].2.as_deref(), Some("2021-03-01"), "{text}");
        }
        // A meeting before it stays the subject's.
        let ms = meetings("Minister Ion Rusu met with General Ana Costa, who later held talks with Minister Tom Berg in Chisinau.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        assert_eq!(ms[1].1, names(&["Ana Costa", "Tom Berg"]));
        assert_eq!(ms[1].3.as_deref(), Some("Chisinau"), "{ms:?}");
        // A clause that names no one met is no meeting of its own.
        let ms = meetings("Minister Ion Rusu met with General Ana Costa, who conveyed the greetings of President Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn a_relative_clause_s_place_is_not_where_they_met() {
        let ms = meetings("President Ion Rusu met President Ana Costa, who arrived in Moldova on a state visit, in Chisinau on May 10.");
        assert_eq!(ms[0].3.as_deref(), Some("Chisinau"), "{ms:?}");
        // Alone, the place arrived at is where they met.
        let ms = meetings(
            "President Ion Rusu met President Ana Costa, who arrived in Chisinau on a state visit.",
        );
        assert_eq!(ms[0].3.as_deref(), Some("Chisinau"), "{ms:?}");
    }

    #[test]
    fn a_visit_going_on_told_next_places_the_meeting_before() {
        let ms = meetings("Ankara, March 4 (AA) - Minister Ion Rusu met with President Ana Costa on Tuesday.\n\nRusu is on a working visit to Israel.");
        assert_eq!(ms[0].3.as_deref(), Some("Israel"), "{ms:?}");
        // (Not a place the meeting's sentence named, nor a visit gone by
        // or a sentence further on.)
        for text in [
            "Ankara, March 4 (AA) - Minister Ion Rusu met with President Ana Costa in Ankara on Tuesday.\n\nRusu is on a working visit to Turkey.",
            "Ankara, March 4 (AA) - Minister Ion Rusu met with President Ana Costa on Tuesday.\n\nEarlier this year, Rusu visited Israel.",
            "Ankara, March 4 (AA) - Minister Ion Rusu met with President Ana Costa on Tuesday. He thanked her. Rusu is on a working visit to Israel.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms[0].3.as_deref(), Some("Ankara"), "{text}: {ms:?}");
        }
    }

    #[test]
    fn also_met_in_the_next_paragraph_is_where_the_meeting_before_was() {
        let ms = meetings("Minister Ion Rusu met General Ana Costa, who is on an official visit to Moldova, on March 3.\n\nCosta also met with General Tom Berg.\n\nCosta later spoke by phone with General Piotr Nowak.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("Moldova"), "{ms:?}");
        assert_eq!(ms[2].3, None, "a call: {ms:?}");
        let ms = meetings("Minister Ion Rusu met General Ana Costa in Chisinau on March 3.\n\nLater, Costa was received by President Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("Chisinau"), "{ms:?}");
    }

    #[test]
    fn a_conversation_had_is_a_meeting_and_by_phone_a_call() {
        let ms = meetings("On the sidelines of the summit, President Ion Rusu had a brief conversation with President Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Meet);
        let ms =
            meetings("President Ion Rusu had a telephone conversation with President Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::PhoneCall);
    }

    #[test]
    fn welcoming_the_guest_is_hosting_the_visitor() {
        let ms = meetings("Defense Minister Ion Rusu arrived in Chisinau on an official visit.\n\nDefense Minister Ana Costa welcomed the guest at the airport.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Host);
        assert_eq!(ms[0].1, names(&["Ana Costa", "Ion Rusu"]));
        // Not welcoming one's deed.
        let ms = meetings("President Ion Rusu welcomed President Tom Berg's decision to visit.");
        assert!(ms.is_empty(), "{ms:?}");
        // Nor a deed unnamed after a meeting: the two who met are not
        // welcomed again.
        let ms = meetings("President Ion Rusu met President Tom Berg in Riga on Monday.\n\nThe Secretary-General welcomed the initialling of the agreement in Washington on 8 February.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-01"))]
        );
        // So is greeting one, or being greeted.
        for text in [
            "Minister Ana Costa greeted Minister Ion Rusu at the airport.",
            "Minister Ion Rusu was greeted at the airport by Minister Ana Costa.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{ms:?}");
            assert_eq!(ms[0].0, MeetingKind::Host);
        }
    }

    #[test]
    fn the_two_ministers_named_apart() {
        let ms = meetings("Defense Minister Ion Rusu arrived in Chisinau on an official visit.\n\nDefense Minister Ana Costa and General Tom Berg attended a ceremony at the airport.\n\nThe two ministers later held talks at the ministry.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        // "The two army chiefs": the army chief and the counterpart he
        // met, not the last two chiefs of other kinds.
        let ms = meetings("Army chief General Ion Rusu held talks with his counterpart General Ana Costa in Dhaka on Tuesday.\n\nRusu also called on Chief Adviser Tom Berg and met Chief of Naval Staff Admiral Piotr Nowak.\n\nThe two army chiefs last met in New Delhi in April.");
        assert_eq!(ms.len(), 4, "{ms:?}");
        assert_eq!(ms[3].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn the_guests_after_an_opening_phrase_and_the_honoured_listed() {
        let ms = meetings("Minister Ion Rusu met with the delegation led by General Ana Costa.\n\nWithin the framework of the visit, the guests also met with General Tom Berg.\n\nWithin the framework of the trip, the guests visited the graves of national leader Piotr Nowak, and prominent ophthalmologist, academician Maria Lopes in the Alley of Honor.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Tom Berg"]));
    }

    #[test]
    fn the_day_the_news_was_told_or_credited_dates_no_meeting() {
        for text in [
            "Minister Ion Rusu met General Ana Costa in Brussels, the ministry said on Thursday.",
            "BRUSSELS, March 4 (UrduPoint News / Sputnik - 4th March, 2021) Minister Ion Rusu met General Ana Costa in Brussels.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{text}: {ms:?}");
            assert_eq!(ms[0].2, None, "{text}: {ms:?}");
        }
        // (A day in brackets after the meeting's words is its day.)
        let ms = meetings(
            "RIGA (LETA) - Minister Ion Rusu met General Ana Costa in Riga (Jan 27, 2025).",
        );
        assert_eq!(ms[0].2.as_deref(), Some("2025-01-27"), "{ms:?}");
    }

    #[test]
    fn a_delegation_headed_by_its_leader() {
        let ms = meetings("Minister Ion Rusu received the delegation headed by General Ana Costa.\n\nThe delegation also visited the academy and met with its head General Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Tom Berg"]));
    }

    #[test]
    fn the_visit_of_someone_to_a_place() {
        let ms = meetings("The visit of President Ion Rusu to Turkmenistan began on Monday.\n\nDuring the visit, Rusu met President Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Turkmenistan"), "{ms:?}");
    }

    #[test]
    fn a_joint_press_conference() {
        let ms = meetings("President Ion Rusu arrived in Baku on Wednesday. He attended a parade with President Ana Costa's guard.\n\nFollowing the parade, the two presidents held a joint press conference.");
        assert!(
            ms.iter().any(|m| m.1 == names(&["Ion Rusu", "Ana Costa"])),
            "{ms:?}"
        );
        let ms = meetings("Ministers Ion Rusu and Ana Costa held a joint news conference.");
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn talks_begun() {
        let ms = meetings("Ministers Ion Rusu and Ana Costa began talks in Arlington on Monday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].0, MeetingKind::Talks);
    }

    #[test]
    fn a_meeting_of_one_with_another() {
        for text in [
            "The situation was discussed at a meeting of Minister Ion Rusu with General Ana Costa.",
            "During the meeting of Minister Ion Rusu with General Ana Costa, the sides discussed trade.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{text}: {ms:?}");
            assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
        }
    }

    #[test]
    fn a_site_places_a_meeting_only_without_a_city() {
        let ms = meetings(
            "General Ion Rusu also met General Ana Costa at the Joint Staff Headquarters.",
        );
        assert_eq!(
            ms[0].3.as_deref(),
            Some("Joint Staff Headquarters"),
            "{ms:?}"
        );
        let ms = meetings("Ankara, March 3 – General Ion Rusu met General Ana Costa at the Joint Staff Headquarters.");
        assert_eq!(ms[0].3.as_deref(), Some("Ankara"), "{ms:?}");
        let ms = meetings("Ankara, March 3 – General Ion Rusu was welcomed at Esenboga International Airport by General Ana Costa.");
        assert_eq!(ms[0].3.as_deref(), Some("Ankara"), "a named site: {ms:?}");
        let ms = meetings("General Ion Rusu met General Ana Costa in the United States.");
        assert_eq!(ms[0].3.as_deref(), Some("United States"), "{ms:?}");
    }

    #[test]
    fn a_delegation_is_not_dated_by_the_dateline() {
        let ms = meetings("Tbilisi, 3 March (Interpressnews) – Speaker Ion Rusu met with the delegation of the assembly led by its President Ana Costa.\n\nThe delegation also visited the training center and met with the Chief of the Defense Forces, Major General Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert!(ms.iter().all(|m| m.2.is_none()), "{ms:?}");
    }

    #[test]
    fn those_attending_the_meeting_reported_meet_no_one() {
        let ms = meetings("Minister Ion Rusu received Minister Ana Costa in Riga on March 3.\n\nDuring the meeting, they discussed regional security.\n\nThe meeting was attended by General Tom Berg and Ambassador Piotr Nowak.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn the_same_day_as_the_meeting_before() {
        let ms = meetings("Minister Ion Rusu held a phone conversation with Minister Ana Costa on March 3.\n\nOn the same day Rusu also had phone conversations with General Tom Berg and Admiral Piotr Nowak.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-03"), "{ms:?}");
        let ms = meetings("Minister Ion Rusu held talks with Minister Ana Costa on March 3.\n\nLater in the day, Costa paid a courtesy call on President Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-03"), "{ms:?}");
        // ... and where it was, wherever the dateline is.
        let ms = meetings("Riga, 3 March (Interpressnews) – Minister Ion Rusu met Minister Ana Costa in Brussels on March 3.\n\nRusu praised the talks.\n\nOn the same day, Rusu met with Commissioner Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("Brussels"), "{ms:?}");
        // Not a meeting told as earlier in between.
        let ms = meetings("General Ion Rusu held a video conference with General Ana Costa on March 3.\n\nThe two generals last met in person in Poland in January.\n\nThe same day, Rusu spoke by phone with General Tom Berg.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(ms[2].2.as_deref(), Some("2021-03-03"), "{ms:?}");
    }

    #[test]
    fn the_day_the_remarks_were_made_while_meeting() {
        let ms = meetings("NATO supports the talks, General Ion Rusu said on March 2. Ion Rusu made the remarks while meeting Minister Ana Costa in Baku.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
        let ms = meetings("The deal is done, Minister Ion Rusu said on Tuesday. Rusu posted that the contract was signed during a meeting with Minister Ana Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2, None, "{ms:?}");
        // A meeting told before keeps its day: the day said is another's.
        let ms = meetings("Minister Ion Rusu met Minister Ana Costa in Baku on Monday. Rusu told President Tom Berg on Tuesday that ties matter. \"We will talk,\" Rusu said after meeting Costa.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-01"), "{ms:?}");
    }

    #[test]
    fn a_chaired_meeting_its_attendees_and_talks_on_its_sidelines() {
        let ms = meetings("The council of defense ministers held a meeting in Tashkent on March 3, chaired by Defense Minister Ion Rusu.\n\nThe meeting was attended by Defense Minister Ana Costa, Defense Minister Tom Berg and Defense Minister Piotr Nowak.\n\nCosta also held bilateral talks with Rusu and Berg on the sidelines of the meeting.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(
            ms[0].1,
            names(&["Ion Rusu", "Ana Costa", "Tom Berg", "Piotr Nowak"])
        );
        assert_eq!(ms[0].3.as_deref(), Some("Tashkent"));
        assert_eq!(ms[1].1, names(&["Ana Costa", "Ion Rusu"]));
        assert_eq!(ms[2].1, names(&["Ana Costa", "Tom Berg"]));
        assert!(
            ms[1..].iter().all(|m| m.3.as_deref() == Some("Tashkent")),
            "{ms:?}"
        );
    }

    #[test]
    fn on_the_sidelines_alone_is_of_the_meeting_just_told() {
        let ms = meetings("Defense ministers of the alliance met in Tashkent on March 3.\n\nOn the sidelines, General Ion Rusu held talks with Minister Ana Costa.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-03"))]
        );
        assert_eq!(ms[0].3.as_deref(), Some("Tashkent"));
    }

    #[test]
    fn in_the_margins_of_a_meeting_its_host_alone_named() {
        let ms = meetings("Secretary General Ion Rusu hosted a meeting of the defence ministers in Brussels on March 3.\n\nIn the margins of the meeting, Minister Ana Costa met with Minister Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ana Costa", "Tom Berg"]), Some("2021-03-03"))]
        );
        assert_eq!(ms[0].3.as_deref(), Some("Brussels"));
    }

    #[test]
    fn before_the_talks_in_the_next_paragraph_is_where_they_were() {
        let ms = meetings("President Ion Rusu, President Tom Berg and President Ana Costa held a trilateral meeting in Sochi on March 3.\n\nBefore the trilateral talks, Rusu held separate meetings with Berg and Costa.");
        assert_eq!(places(&ms), [Some("Sochi"); 3], "{ms:?}");
    }

    #[test]
    fn the_other_side_s_head_told_next() {
        let ms = meetings("General Ion Rusu met with representatives of the Red Cross in Riga on March 3. The delegation was led by Tom Berg.\n\nMinister Ana Costa met with students on March 4. The group was led by Lars Holm.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))]
        );
    }

    #[test]
    fn after_the_meeting_is_its_day_whatever_came_between() {
        let ms = meetings("The meeting of the defense ministers was held in Riga on March 3.\n\nThe meeting was attended by Minister Ion Rusu and Minister Tom Berg.\n\nThe ministers signed a plan for drills to be held in June.\n\nAfter the meeting, Rusu met with President Ana Costa.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03")),
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-03"))
            ]
        );
    }

    #[test]
    fn ministers_gathered_for_a_meeting_chaired_by_one() {
        let ms = meetings("Foreign ministers of the alliance gathered in Latvia’s Riga on March 3 for a meeting chaired by Minister Ion Rusu.\n\nMinister Tom Berg and Minister Ana Costa attended the meeting.");
        assert_eq!(
            with_dates(&ms),
            [(
                names(&["Ion Rusu", "Tom Berg", "Ana Costa"]),
                Some("2021-03-03")
            )]
        );
        assert_eq!(ms[0].3.as_deref(), Some("Riga"));
    }

    #[test]
    fn a_meeting_co_chaired_by_two_is_theirs() {
        let ms = meetings("The 13th meeting of the intergovernmental commission took place in Riga on March 3.\n\nThe meeting was co-chaired by Minister Ion Rusu and Director Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))]
        );
        assert_eq!(ms[0].3.as_deref(), Some("Riga"));
        // (So is one chaired by two.)
        let ms = meetings("A joint meeting of the boards took place in Minsk on March 3.\n\nThe meeting was chaired by Minister Ion Rusu and Minister Tom Berg.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03"))]
        );
    }

    #[test]
    fn a_headline_s_talks_told_apart_in_the_body_are_those() {
        let ms = crate::analyze(" date 2021-03-05 Rusu holds phone talks with Costa, Berg\n\nMinister Ion Rusu held separate telephone conversations with Minister Ana Costa and Minister Tom Berg on Friday.\n")
            .expect("parses")
            .meetings;
        let sides: Vec<Vec<String>> = ms.iter().map(|m| m.participants.clone()).collect();
        assert_eq!(
            sides,
            [
                names(&["Ion Rusu", "Ana Costa"]),
                names(&["Ion Rusu", "Tom Berg"])
            ]
        );
    }

    #[test]
    fn a_headline_s_meeting_told_as_a_call_is_the_call() {
        let ms = crate::analyze(" date 2021-03-05 Rusu meets Costa on trade\n\nMinister Ion Rusu and Minister Ana Costa spoke by phone on Friday about trade.\n")
            .expect("parses")
            .meetings;
        let told: Vec<(MeetingKind, Vec<String>)> = ms
            .iter()
            .map(|m| (m.kind, m.participants.clone()))
            .collect();
        assert_eq!(
            told,
            [(MeetingKind::PhoneCall, names(&["Ion Rusu", "Ana Costa"]))]
        );
        // (A meeting the story tells besides a call stays.)
        let ms = crate::analyze(" date 2021-03-05 Rusu meets Costa on trade\n\nMinister Ion Rusu met Minister Ana Costa in Riga on Friday. They had spoken by phone in May.\n")
            .expect("parses")
            .meetings;
        assert!(
            ms.iter().any(|m| m.kind != MeetingKind::PhoneCall),
            "{ms:?}"
        );
    }

    #[test]
    fn a_meeting_prepared_for_is_none() {
        let ms = meetings("Minister Ion Rusu and Minister Tom Berg held talks on Wednesday.\n\nThe ministers discussed preparations for the meeting of the Supreme Council chaired by Presidents Ana Costa and Piotr Nowak.");
        assert_eq!(
            with_places(&ms)
                .into_iter()
                .map(|m| m.0)
                .collect::<Vec<_>>(),
            [names(&["Ion Rusu", "Tom Berg"])]
        );
    }

    #[test]
    fn a_region_by_its_article_and_noun_is_where() {
        for text in [
            "BISHKEK, March 4 - Minister Ion Rusu and Minister Tom Berg met in the Batken region on March 3.",
            "BISHKEK, March 4 - Minister Ion Rusu and Minister Tom Berg met in the Batken Region on March 3.",
        ] {
            let ms = meetings(text);
            assert_eq!(
                with_places(&ms),
                [(names(&["Ion Rusu", "Tom Berg"]), Some("Batken"))],
                "{text}"
            );
        }
    }

    #[test]
    fn a_place_in_the_title_of_the_one_met_is_not_where() {
        let ms = meetings("Minister Ion Rusu met with the Commander of the contingent in Latvia, General Tom Berg, in Vilnius on March 3.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Vilnius"))]
        );
    }

    #[test]
    fn the_next_day_in_the_next_paragraph_goes_on_with_the_visit() {
        let ms = meetings("Minister Ion Rusu and Minister Tom Berg held talks in Riga on March 3.\n\nThe next day, the minister met with Speaker Ana Costa.");
        assert_eq!(
            with_places(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("Riga")),
                (names(&["Ion Rusu", "Ana Costa"]), Some("Riga"))
            ]
        );
    }

    #[test]
    fn one_who_also_took_part_in_the_meeting_told_is_in_it() {
        let ms = meetings("President Ion Rusu and Prime Minister Tom Berg met in Riga on March 3 at the invitation of Chancellor Ana Costa, who also took part in the meeting.");
        assert_eq!(
            with_dates(&ms),
            [(
                names(&["Ion Rusu", "Tom Berg", "Ana Costa"]),
                Some("2021-03-03")
            )]
        );
    }

    #[test]
    fn a_day_earlier_is_the_day_before_the_meeting_told() {
        let ms = meetings("Minister Ion Rusu met with General Tom Berg in Riga on March 3.\n\nA day earlier, Rusu had met with Ambassador Ana Costa.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-03")),
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-02"))
            ]
        );
    }

    #[test]
    fn separate_bilateral_meetings_are_one_each() {
        let ms = meetings("Minister Ion Rusu hosted Minister Ana Costa and Minister Tom Berg in Riga for a trilateral meeting. Rusu later held separate bilateral meetings with Costa and Berg.");
        assert_eq!(ms.len(), 3, "{ms:?}");
    }

    #[test]
    fn a_place_visited_together_is_no_meeting_of_theirs() {
        let ms = meetings("President Ion Rusu and President Ana Costa signed the declaration in Riga. Rusu was greeted by Costa and Maria Lopes. The two leaders toured the city and visited the old mosque.");
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn also_met_right_after_a_dated_meeting_is_the_same_day() {
        let ms = meetings("President Ion Rusu met Prime Minister Ana Costa in Prague on Thursday. Costa also held a meeting with President Tom Berg and President Maria Lopes.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].2.as_deref(), Some("2021-03-04"), "{ms:?}");
    }

    #[test]
    fn whose_aide_is_not_met() {
        let ms = meetings(
            "President Ion Rusu met with President Ana Costa's aide Tom Berg in the Kremlin.",
        );
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Tom Berg"]));
        let ms = meetings("Minister Ion Rusu met Minister Ana Costa in Moscow on Tuesday.\n\nRusu's press secretary, Tom Berg, told reporters that the two ministers also discussed drills.");
        assert_eq!(ms.len(), 1, "the aide in apposition: {ms:?}");
        // An apostrophe alone after a name in "s".
        let ms = meetings("Secretary-General Ana Reis spoke to reporters.\n\nReis' personal envoy for Sudan, Tom Berg, met with General Ion Rusu in Port Sudan.");
        assert_eq!(participants(&ms), [names(&["Tom Berg", "Ion Rusu"])]);
        // ... nor is one whose relation goes unnamed.
        let ms = meetings("First lady Ana Reis hosted a separate meeting with President Ion Rusu's wife on Monday.");
        assert!(ms.is_empty(), "{ms:?}");
        // (Nor whose predecessor is met.)
        let ms = meetings("Last year, Prime Minister Ion Rusu visited Tbilisi twice, meeting Ana Reis's predecessor Tom Berg.");
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
        // (Nor whose father meets.)
        let ms = meetings("President Ana Reis received Minister Ion Rusu.\n\nA week earlier, Reis's father, former President Tom Reis, met President Ana Costa in Sochi.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ana Reis", "Ion Rusu"]),
                names(&["Tom Reis", "Ana Costa"])
            ]
        );
    }

    #[test]
    fn discussed_in_a_telephone_call_is_a_call() {
        let ms = meetings("President Ion Rusu and President Ana Costa discussed the situation in a telephone call on Thursday. Costa last visited Riga in February, when he met Rusu.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert!(ms.iter().any(|m| m.0 == MeetingKind::PhoneCall), "{ms:?}");
        assert!(ms.iter().any(|m| m.0 != MeetingKind::PhoneCall), "{ms:?}");
    }

    #[test]
    fn co_chairs_met() {
        let ms = meetings("Later, Foreign Minister Ion Rusu and Ana Costa co-chaired the third round of the strategic dialogue.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn the_year_of_a_plan_dates_no_signing() {
        let ms = meetings("Minister Ion Rusu and Minister Ana Costa signed the cooperation plan for 2021 in Baku on Monday.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-01"), "{ms:?}");
    }

    #[test]
    fn a_later_date_within_the_first_is_the_exact_one() {
        let ms = meetings(
            "Earlier this year, Minister Ion Rusu met Minister Ana Costa in Riga on 12 January.",
        );
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2021-01-12"))]
        );
        // A date outside the first is no closer look at it.
        let ms = meetings(
            "In February, Minister Ion Rusu met Minister Ana Costa to prepare the visit of 12 May.",
        );
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2021-02"))]
        );
    }

    #[test]
    fn those_named_in_a_report_are_not_the_sides() {
        let ms = meetings("Minister Arkady Petrenko met General Ion Rusu. Welcoming the guests, Minister Petrenko noted that the ties grow on the initiative of President Ana Costa and President Tom Berg. The sides also discussed security.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Ion Rusu"]));
    }

    #[test]
    fn the_national_pointed_back_to_and_the_capital_named_by_nationality() {
        let ms = meetings("Iranian Chief of Staff General Ion Rusu held talks with Tajik Defense Minister General Ana Costa in Dushanbe. Costa, for his part, hailed the ties. The Iranian commander, who came to the Tajik capital with a delegation, also met with President Tom Berg in the Tajik capital.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Tom Berg"]));
        assert_eq!(ms[1].3.as_deref(), Some("Dushanbe"));
    }

    #[test]
    fn a_capital_looked_up_is_named_as_the_article_spells_it() {
        let ms = meetings("Minister Ion Rusu met Minister Ana Costa in Ulaanbaatar on Tuesday. Rusu, who arrived in the Mongolian capital on Monday, also met President Tom Berg in the Mongolian capital.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("Ulaanbaatar"));
    }

    #[test]
    fn without_a_dateline_the_city_the_visitor_arrived_in() {
        let ms = meetings("Deputy Secretary General Ion Rusu arrived in Tbilisi on March 3 for a two-day visit. He met President Ana Costa and Prime Minister Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Tbilisi"));
    }

    #[test]
    fn the_capital_named_after_its_country() {
        let ms = meetings("Later, Minister Arkady Petrenko traveled to Uzbekistan's capital Tashkent and met with President Maria Lopes.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].3.as_deref(), Some("Tashkent"));
    }

    #[test]
    fn a_sentence_opening_with_the_meeting() {
        let ms = meetings("In a meeting with President Maria Lopes in Riga on Wednesday, Minister Arkady Petrenko voiced support.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Maria Lopes", "Arkady Petrenko"]));
        assert_eq!(ms[0].3.as_deref(), Some("Riga"));
        // Without the opening, people named only after the trigger are one side.
        let ms =
            meetings("After meeting with President Maria Lopes and Ion Rusu, the talks ended.");
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn the_sides_after_talks_are_those_talks_on_their_day() {
        let ms = meetings("President Tom Berg met with visiting Minister Ion Rusu in Riga on Tuesday. Rusu, who arrived in Riga on Monday, also held talks with his counterpart Ana Costa. The two sides signed a cooperation plan for 2022.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Tom Berg", "Ion Rusu"]), Some("2021-03-02")),
                (names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-02"))
            ],
            "{ms:?}"
        );
    }

    #[test]
    fn two_who_spoke_briefly_met() {
        let ms = meetings("Secretary of State Ion Rusu and Foreign Minister Tom Berg spoke briefly on the sidelines of a Group of 20 meeting in India on Thursday, an official said. President Ana Costa spoke briefly about the war.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-04"))],
            "{ms:?}"
        );
    }

    #[test]
    fn the_visiting_head_of_a_delegation_received() {
        let ms = meetings("The army chief on Thursday received a delegation led by General Ion Rusu in Riga. General Tom Berg and Rusu discussed regional security. The visiting dignitary also called on Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Tom Berg", "Ion Rusu"]), "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Ana Costa"]), "{ms:?}");
    }

    #[test]
    fn back_reference_to_the_previous_subject() {
        // "the Ambassador", "the Speaker" by their titles alone.
        let ms = meetings("Speaker Ana Costa received Ambassador Tom Berg on Monday. Later that day, the Ambassador held a meeting with Governor Ion Rusu.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ion Rusu"]), "{ms:?}");
        let ms = meetings("Speaker Ana Costa received Ambassador Tom Berg on Monday. The Speaker also met Governor Ion Rusu.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Ion Rusu"]), "{ms:?}");
        let ms = meetings("Defense Minister Arkady Petrenko arrived in Riga on Monday. He also met with President Maria Lopes.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Maria Lopes"]));
        let ms = meetings("General Ion Rusu and his delegation arrived in Riga. It added that the delegation also met General Anna Berg.");
        assert_eq!(ms.len(), 1, "after a reporting clause: {ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Anna Berg"]));
        // "the Foreign Minister of Latvia": the minister, still where he was.
        let ms = meetings("Riga, 3 March (Interpressnews) – Latvian Foreign Minister Ion Rusu met Secretary-General Ana Costa in New York.\n\nCosta praised the ties.\n\nOn the same day, the Foreign Minister of Latvia met with President Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Tom Berg"]), "{ms:?}");
        assert_eq!(ms[1].3.as_deref(), Some("New York"), "{ms:?}");
        let ms = meetings("Minister Ion Rusu met Ambassador Tom Berg on March 3. Rusu praised him.\n\nEarlier, on March 2, the ambassador met with Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]), "{ms:?}");
        let ms = meetings("President Ion Rusu spoke at the summit. On the same day, the head of state received the credentials of Ambassador Anna Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Anna Berg"]));
        // "the Moldovan FM": the foreign minister, not the last one to speak.
        let ms = meetings("Moldovan Foreign Minister Ion Rusu met Irish Foreign Minister Ana Costa in Dublin.\n\nCosta praised the ties.\n\nLater, the Moldovan FM met with Speaker Tom Berg.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Tom Berg"]));
        // "The President", "The Head of State" in capitals.
        let ms = meetings("President Ion Rusu received Chairman Tom Berg. The Head of State was briefed on the bank. The President also received Minister of Energy Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Ana Costa"]), "{ms:?}");
        // (Not a title of the one named before the verb: no meeting with
        // the subject before.)
        for title in ["President", "Foreign Minister"] {
            let ms = meetings(&format!("Minister Tom Berg arrived in Riga on Monday for talks on energy. The {title} of Latvia Ion Rusu received a delegation of the bank on Tuesday."));
            assert!(ms.is_empty(), "{ms:?}");
        }
        // "the naval chief": the chief so titled.
        let ms = meetings("Chief of the Naval Staff Admiral Ion Rusu called on Prime Minister Tom Berg on Wednesday. Earlier, the naval chief called on President Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Ana Costa"]), "{ms:?}");
        // After a time with no comma: "Earlier on Wednesday she ...".
        let ms = meetings("Minister Ana Costa arrived in Riga on Monday. Earlier on Wednesday she held talks with Deputy Prime Minister Tom Berg. Later in the day the minister met with President Ion Rusu.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ana Costa", "Tom Berg"]), "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ana Costa", "Ion Rusu"]), "{ms:?}");
    }

    #[test]
    fn the_guests_and_the_top_diplomat_pointed_back_to() {
        // "The co-chairs": the guests of the meeting before, its host named alone.
        let ms = meetings("Minister Ion Rusu received the Co-Chairs Tom Berg (Russia), Ana Costa (France) and Piotr Nowak (USA) on March 3.\n\nThe sides discussed the conflict.\n\nThe co-chairs informed the minister of their meeting with Minister Lars Holm in Riga on March 1.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(
            ms[1].1,
            names(&["Tom Berg", "Ana Costa", "Piotr Nowak", "Lars Holm"])
        );
        // "The top Iranian diplomat": the subject so described.
        let ms = meetings("Iranian Foreign Minister Ion Rusu held talks with Minister Tom Berg in Damascus.\n\nBerg praised the talks.\n\nThe top Iranian diplomat then traveled to Beirut, where he held talks with Speaker Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Ion Rusu", "Ana Costa"]));
        // "the Iranian diplomat": the one of the meeting before so described
        // ("Iran's Ambassador"), not the last subject.
        let ms = meetings("Minister Ion Rusu held a meeting with Iran's Ambassador to Latvia Tom Berg on March 3.\n\nMinister Rusu praised the ties.\n\nEarlier, on March 2, the Iranian diplomat met with Deputy Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
    }

    #[test]
    fn the_minister_of_a_nationality_is_the_counterpart_so_described() {
        // "The Iraqi minister": the counterpart told Iraqi, not the last
        // subject titled minister (who is Iranian).
        let ms = meetings("Iranian Interior Minister Ion Rusu and his Iraqi counterpart Tom Berg held talks in Tehran.\n\nRusu said the border is calm.\n\nBerg, for his part, praised the talks.\n\nThe Iraqi minister also met with Vice President Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
        // "The Korean minister": the one whose title names the Republic of
        // Korea, not the host.
        let ms = meetings("President Ion Rusu received Minister of Foreign Affairs of the Republic of Korea Tom Berg on April 2.\n\nThe head of state welcomed the guest.\n\nThe Korean minister also had a meeting with Foreign Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
        // By a country whose name starts otherwise ("Polish", Poland); and
        // a leader so described.
        let ms = meetings("Minister of Defence of Georgia Ion Rusu hosted Minister of National Defence of Poland Tom Berg.\n\nThe Polish minister also met with Major General Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
        let ms = meetings("President of Uzbekistan Ion Rusu held talks with President of Kazakhstan Tom Berg.\n\nOn the same day, the Kazakh leader also met with the Chairman of the Senate Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
    }

    #[test]
    fn on_the_margins_of_a_meeting_reported_without_names_is_its_day_and_place() {
        let ms = meetings("NATO Defence Ministers met in Brussels on 2 March.\n\nMinister Ion Rusu met with Secretary General Tom Berg on the margins of the meeting.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Brussels"))]
        );
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"), "{ms:?}");
    }

    #[test]
    fn the_secretary_general_is_the_one_so_titled() {
        let ms = meetings("Minister Ion Rusu met with NATO Secretary General Tom Berg in Brussels.\n\nThe Secretary General also met with Minister Ana Costa.");
        assert_eq!(ms.len(), 2, "{ms:?}");
        assert_eq!(ms[1].1, names(&["Tom Berg", "Ana Costa"]));
    }

    #[test]
    fn both_ministers_are_the_last_two_so_titled() {
        let ms = meetings("Deputy Secretary Ion Rusu met separately on Friday with Latvian Foreign Minister Ana Costa and Polish Foreign Minister Tom Berg in Riga.\n\nSecretary Lars Holm later met with both ministers, a spokesperson said.");
        assert_eq!(ms.len(), 3, "{ms:?}");
        assert_eq!(ms[2].1, names(&["Lars Holm", "Ana Costa", "Tom Berg"]));
        // (Or the two who just met, one not so titled.)
        let ms = meetings("Foreign Minister Ion Rusu and his counterpart Tom Berg met in Almaty on March 2.\n\nThe ministers agreed to continue talks. President Ana Costa received both ministers later that day.");
        assert_eq!(
            with_dates(&ms),
            [
                (names(&["Ion Rusu", "Tom Berg"]), Some("2021-03-02")),
                (
                    names(&["Ana Costa", "Ion Rusu", "Tom Berg"]),
                    Some("2021-03-02")
                )
            ]
        );
    }

    #[test]
    fn a_plural_reference_is_the_group_and_the_next_day_follows() {
        let ms = meetings("On March 1, General Ion Rusu and General Tom Berg arrived in Tapa. The next day, the generals were received by Minister Ana Costa in Tallinn. They later met Prime Minister Piotr Nowak.");
        assert_eq!(
            participants(&ms),
            [
                names(&["Ion Rusu", "Tom Berg", "Ana Costa"]),
                names(&["Ion Rusu", "Tom Berg", "Piotr Nowak"])
            ]
        );
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-02"));
        // The two who met, though one spoke alone since.
        let ms = meetings("Minister Ion Rusu and his counterpart Tom Berg met in Tallinn. Rusu said the drills go on. The ministers also met with General Ana Costa.");
        assert_eq!(
            ms[1].1,
            names(&["Ion Rusu", "Tom Berg", "Ana Costa"]),
            "{ms:?}"
        );
        // One person before: "He" is that one.
        let ms = meetings("General Ion Rusu arrived in Tapa with Tom Berg. He was received by Minister Ana Costa.");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]), "{ms:?}");
    }

    #[test]
    fn no_meeting_when_planned_hypothetical_or_called_off() {
        for text in [
            "Minister Arkady Petrenko will meet President Maria Lopes next week.",
            "Minister Arkady Petrenko said President Maria Lopes should meet the envoy Ion Rusu.",
            "Minister Arkady Petrenko plans to meet President Maria Lopes in June.",
            "Minister Arkady Petrenko called off talks with President Maria Lopes.",
            "Minister Arkady Petrenko and President Maria Lopes are expected to hold talks on Friday.",
            // An arrival in a relative clause does not make the plan a journey's purpose.
            "Minister Arkady Petrenko, who arrived in Riga on Sunday, is also scheduled to meet with President Maria Lopes.",
        ] {
            assert!(meetings(text).is_empty(), "{text}: {:?}", meetings(text));
        }
        // A place's "to" before the verb is no plan's.
        let ms = meetings("General Ion Rusu, who is on an official visit to Latvia met with General Tom Berg on March 2.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        let ms = meetings(
            "On Friday, General Ion Rusu will travel to Riga to meet with General Tom Berg.",
        );
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn coordination_phone_calls_and_purpose_clauses() {
        let ms = meetings("Minister Arkady Petrenko met President Maria Lopes in Riga. Earlier, they had talked only over the phone.");
        assert_eq!(ms.len(), 2, "a call and a meeting are two events: {ms:?}");
        assert!(ms.iter().any(|m| m.0 == MeetingKind::PhoneCall));
        let ms =
            meetings("General Piotr Nowak and Admiral Ion Rusu discussed border security in Riga.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        // Views exchanged are discussed ("with" one, or by two).
        for text in [
            "General Piotr Nowak exchanged views with Admiral Ion Rusu in Riga.",
            "General Piotr Nowak and Admiral Ion Rusu exchanged views on security in Riga.",
        ] {
            let ms = meetings(text);
            assert_eq!(ms.len(), 1, "{text}: {ms:?}");
        }
        let ms = meetings("Minister Arkady Petrenko traveled to Riga on Saturday to meet with President Maria Lopes.");
        assert_eq!(ms.len(), 1, "a realised trip's purpose: {ms:?}");
        let ms =
            meetings("The soldiers were visited by Ambassador Mark Pekala and Minister Ion Rusu.");
        assert!(ms.is_empty(), "one side only: {ms:?}");
    }

    #[test]
    fn a_continent_visited_is_no_meetings_place() {
        let text = "Minister Arkady Petrenko, on his first trip to Asia, also called on President Maria Lopes at Lomsk Palace.";
        let ms = meetings(text);
        assert_eq!(ms[0].3.as_deref(), Some("Lomsk Palace"), "{ms:?}");
        let ms = meetings(&format!("RIGA, Latvia, March 4. {text}"));
        assert_eq!(ms[0].3.as_deref(), Some("Riga"), "{ms:?}");
    }

    #[test]
    fn place_from_a_later_sentence_or_the_dateline() {
        let ms = meetings("Minister Arkady Petrenko met President Maria Lopes. The meeting was held at the palace in Riga.");
        assert_eq!(ms[0].3.as_deref(), Some("Riga"), "{ms:?}");
        let ms =
            meetings("RIGA, Latvia, March 4. Minister Arkady Petrenko met President Maria Lopes.");
        assert_eq!(ms[0].3.as_deref(), Some("Riga"), "a local event: {ms:?}");
        let ms = meetings(
            "RIGA, Latvia, March 4. Minister Arkady Petrenko spoke by phone with President Maria Lopes.",
        );
        assert_eq!(ms[0].0, MeetingKind::PhoneCall, "{ms:?}");
        assert_eq!(
            ms[0].3, None,
            "a call takes no place from the dateline: {ms:?}"
        );
    }

    #[test]
    fn the_honoured_dead_are_not_met() {
        let ms = meetings("Minister Arkady Petrenko and General Ion Rusu visited the grave of national leader Heydar Aliyev.");
        assert!(
            ms.iter().all(|m| !m.1.iter().any(|p| p.contains("Aliyev"))),
            "{ms:?}"
        );
        // Nor is one whose anniversary a forum marks.
        let ms = meetings("President Arkady Petrenko met President Ion Rusu at a forum in Ashgabat dedicated to the 300th anniversary of the poet Magtymguly Pyragy.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Arkady Petrenko", "Ion Rusu"]));
        // Nor one paid tribute to where a visitor went after a meeting.
        let ms = meetings("Minister Ion Rusu received Minister Ana Costa on Monday.\n\nCosta also visited the Alley of Honors, where she paid tribute to national leader Tom Berg.");
        assert_eq!(ms.len(), 1, "{ms:?}");
        assert_eq!(ms[0].1, names(&["Ion Rusu", "Ana Costa"]));
    }

    #[test]
    fn a_later_sentence_s_place_over_the_dateline_s() {
        let ms = meetings("RIGA, Latvia, March 4. Minister Arkady Petrenko met President Maria Lopes on March 3. The meeting took place in Tallinn within a commission.");
        assert_eq!(ms[0].3.as_deref(), Some("Tallinn"), "{ms:?}");
        let ms = meetings("RIGA, Latvia, March 4. Minister Arkady Petrenko met President Maria Lopes on March 3. He welcomed the guests at the meeting held at the General Staff and was glad to see them in Estonia.");
        assert_eq!(ms[0].3.as_deref(), Some("Riga"), "{ms:?}");
    }

    #[test]
    fn place_from_the_sentence_before_that_names_the_meeting() {
        let ms = meetings("The border chiefs discussed demarcation during a meeting in Riga on Monday. Minister Arkady Petrenko met with President Maria Lopes on March 4.");
        assert_eq!(ms[0].3.as_deref(), Some("Riga"), "{ms:?}");
        let ms = meetings("The parties discussed the upcoming summit in Riga. Minister Arkady Petrenko met with President Maria Lopes on March 4.");
        assert_eq!(
            ms[0].3, None,
            "a summit to come is not where they met: {ms:?}"
        );
    }

    #[test]
    fn a_dateline_is_its_own_sentence() {
        let ms = meetings("BAKU, Azerbaijan, March 4. On March 3, Minister Arkady Petrenko met President Maria Lopes.");
        assert_eq!(ms[0].2.as_deref(), Some("2021-03-03"), "{ms:?}");
    }

    #[test]
    fn a_verb_after_and_is_dated_after_it() {
        let ms = meetings("President Ion Rusu and President Ana Costa last spoke in May, after the election, and met in Riga in February 2020.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2020-02"))]
        );
        // (Not one dated before the "and" alone: the journey's day.)
        let ms =
            meetings("On March 3, President Ion Rusu arrived in Riga and met President Ana Costa.");
        assert_eq!(
            with_dates(&ms),
            [(names(&["Ion Rusu", "Ana Costa"]), Some("2021-03-03"))]
        );
    }

    #[test]
    fn two_named_during_talks_or_at_a_meeting_met() {
        for text in [
            "Minister Arkady Petrenko and President Maria Lopes agreed to expand trade during talks in Riga.",
            "Minister Arkady Petrenko and President Maria Lopes agreed to expand trade at a meeting in Riga.",
            "During talks in Riga, Minister Arkady Petrenko and President Maria Lopes agreed to expand trade.",
            // (A photo's side marks between.)
            "Minister Arkady Petrenko (R) and President Maria Lopes (L) pose for a photo during their meeting in Riga.",
            // (A month is no modal.)
            "Minister Arkady Petrenko and President Maria Lopes agreed to expand trade during talks in Riga in May.",
        ] {
            let ms = meetings(text);
            assert_eq!(
                with_places(&ms),
                [(names(&["Arkady Petrenko", "Maria Lopes"]), Some("Riga"))],
                "{text}"
            );
        }
        // Not talks planned, nor one person's, nor one named by another.
        for text in [
            "Minister Arkady Petrenko and President Maria Lopes are expected to sign the deal during talks in Riga.",
            "Minister Arkady Petrenko said at a meeting in Riga that President Maria Lopes was right.",
            "Minister Arkady Petrenko criticised President Maria Lopes at a meeting in Riga.",
        ] {
            assert_eq!(meetings(text), [], "{text}");
        }
    }

    #[test]
    fn one_meeting_per_participant_set() {
        let ms = meetings("Minister Arkady Petrenko met President Maria Lopes in Riga. During the meeting with Lopes, Petrenko stressed the ties.");
        assert_eq!(ms.len(), 1, "{ms:?}");
    }

    #[test]
    fn a_participle_meeting_someone_named_is_a_meeting() {
        let ms = meetings("President Ion Rusu arrived in Riga on March 3 on an unannounced visit, meeting President Tom Berg a day after attending the summit in Vilnius.");
        assert_eq!(
            with_dates_and_places(&ms),
            [(
                names(&["Ion Rusu", "Tom Berg"]),
                Some("2021-03-03"),
                Some("Riga")
            )]
        );
        // Not a participle meeting a target.
        let ms = meetings("President Ion Rusu cut taxes by 3 percent, meeting the targets set by Minister Tom Berg.");
        assert_eq!(ms, []);
    }

    #[test]
    fn a_meeting_scheduled_is_no_one_s_yet() {
        // A journey ahead to talks.
        assert_eq!(
            meetings("On Tuesday, President Ion Rusu will travel to Warsaw for talks with President Tom Berg."),
            []
        );
        let ms = meetings(
            "On Tuesday, President Ion Rusu traveled to Warsaw for talks with President Tom Berg.",
        );
        assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])]);
        // In a place's clause after the meeting, or a sentence of its own.
        for text in [
            "Minister Ion Rusu and his counterpart Tom Berg met today in Riga, where a trilateral meeting with Lithuania's Ana Costa is scheduled for tomorrow. The two ministers discussed security.",
            "Minister Ion Rusu met Minister Tom Berg in Riga. A trilateral meeting with Ana Costa is scheduled for tomorrow.",
        ] {
            let ms = meetings(text);
            assert_eq!(participants(&ms), [names(&["Ion Rusu", "Tom Berg"])], "{text}");
        }
        // (Not a meeting there: "where they also met".)
        let ms = meetings("Minister Ion Rusu met Tom Berg in Riga, where they also met Ana Costa.");
        assert_eq!(
            participants(&ms),
            [names(&["Ion Rusu", "Tom Berg", "Ana Costa"])]
        );
    }

    #[test]
    fn a_capital_travelled_to_by_its_country_s_adjective_is_where_they_met() {
        let ms = meetings("TEHRAN - Foreign Minister Ion Rusu, who traveled to the Saudi capital Riyadh on Monday, met with Crown Prince Tom Berg.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Riyadh"))]
        );
    }

    #[test]
    fn those_who_met_pointed_back_to_are_still_where_they_met() {
        let ms = meetings("YEREVAN - Minister Ion Rusu and Minister Ana Costa held talks in Almaty on March 3, hosted by Minister Tom Berg.\n\nThe talks focused on the treaty. On March 3, the ministers were received by President Lars Holm.");
        assert_eq!(places(&ms), [Some("Almaty"), Some("Almaty")], "{ms:?}");
    }

    #[test]
    fn a_line_broken_inside_a_paragraph_reads_as_a_space() {
        let ms = meetings("Defense Minister Ion Rusu and his Latvian counterpart Tom Berg met today in the resort\ntown of Bakuriani, where a trilateral meeting with Lithuania's Ana\nCosta is scheduled for tomorrow.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Bakuriani"))]
        );
    }

    #[test]
    fn a_place_describing_the_one_met_is_not_where_they_met() {
        let ms = meetings("VILNIUS - President Ion Rusu on Monday visited the brigade in Rukla, where he met with General Tom Berg, commander of the brigade to be deployed in Lithuania.");
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Rukla"))]
        );
        // (An apposition closed before the place.)
        let ms = meetings(
            "VILNIUS - President Ion Rusu met General Tom Berg, commander of the brigade, in Riga.",
        );
        assert_eq!(
            with_places(&ms),
            [(names(&["Ion Rusu", "Tom Berg"]), Some("Riga"))]
        );
    }

    #[test]
    fn a_wreath_laid_after_a_meeting_is_no_meeting_place() {
        let ms = meetings("YEREVAN - Minister Ion Rusu met President Tom Berg in Istanbul on Friday.\n\nRusu also met with Prime Minister Ana Costa and laid a wreath at the Alley of Honors.");
        assert_eq!(places(&ms), [Some("Istanbul"), Some("Istanbul")], "{ms:?}");
    }

    #[test]
    fn a_city_and_its_day_after_a_topic_s_word_is_where_they_met() {
        let ms = meetings("RIGA - Minister Ion Rusu and Minister Tom Berg signed the plan of military cooperation in Budapest on Monday.");
        assert_eq!(places(&ms), [Some("Budapest")], "{ms:?}");
        // (A country after a topic's word stays a topic: "cooperation in
        // Hungary".)
        let ms = meetings("RIGA - Minister Ion Rusu met Minister Tom Berg to sign a plan of cooperation in Hungary on Monday.");
        assert_eq!(places(&ms), [Some("Riga")], "{ms:?}");
    }

    #[test]
    fn a_rank_or_a_service_s_chief_points_back_to_the_one_so_titled() {
        for who in [
            "the Admiral",
            "The Admiral",
            "The Naval Chief",
            "the admiral",
        ] {
            let ms = meetings(&format!("RIGA - Admiral Ion Rusu visited the fleet's headquarters on Monday.\n\nDuring his visit, {who} also met with Minister Tom Berg."));
            assert_eq!(
                participants(&ms),
                [names(&["Ion Rusu", "Tom Berg"])],
                "{who}"
            );
        }
        // (Not a rank before a name: "The General Staff".)
        let ms = meetings("RIGA - General Ion Rusu visited the fleet's headquarters on Monday.\n\nThe General Staff also met with Minister Tom Berg.");
        assert!(ms.is_empty(), "{ms:?}");
    }

    #[test]
    fn the_meeting_just_told_is_no_other_meeting_dated_by_what_it_discussed() {
        let ms = meetings("RIGA - President Ion Rusu received General Tom Berg in Riga on Tuesday.\n\nThe meeting discussed the security agreement signed between the two countries in March 2020.\n\nBerg also met with Minister Ana Costa and General Lars Holm.");
        assert_eq!(
            days(&ms),
            [Some("2021-03-02"), Some("2021-03-02")],
            "{ms:?}"
        );
    }

    #[test]
    fn whom_the_two_discussed_did_not_meet_them() {
        let ms = meetings("RIGA - President Ion Rusu met Ambassador Tom Berg on Thursday.\n\nThe two also discussed preparations for the visit of President Ana Costa to Riga in May.");
        assert_eq!(
            participants(&ms),
            [names(&["Ion Rusu", "Tom Berg"])],
            "{ms:?}"
        );
    }
    #[test]
    fn a_site_in_a_city_visited_goes_on_with_the_visit() {
        let ms = meetings("ISLAMABAD - Minister Ion Rusu and Minister Tom Berg held talks in Beijing on Thursday.\n\nRusu later called on Vice President Ana Costa at the Great Hall of the People.");
        assert_eq!(places(&ms), [Some("Beijing"), Some("Beijing")], "{ms:?}");
    }
}

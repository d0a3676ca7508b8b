//! The outlet table and the places where a page credits its source.
//!
//! `data/outlets.tsv` lists news outlets and agencies with the aliases that
//! name them. A page credits its outlet in a few recurring shapes: a byline
//! ("By Trend"), a masthead ("Azernews.Az"), a dateline tail ("Kyiv – UNN",
//! "YEREVAN (Reuters) -"), a reporting verb ("Trend reports", "told APA"), a
//! source line ("Source: ...") or a footer ("... staff journalist"). Mentions
//! of an outlet elsewhere in the text are not credits.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

static DATA: &str = include_str!("../data/outlets.tsv");

struct Table {
    by_alias: HashMap<&'static str, &'static str>,
    /// Aliases in capitals, as a masthead writes them ("DAILY SABAH").
    by_upper: HashMap<String, &'static str>,
    /// The longest alias, in bytes: longer strings name no outlet.
    longest: usize,
    /// Every alias, to skip at once the lines that name no outlet.
    any_alias: aho_corasick::AhoCorasick,
    /// Escaped aliases, longest first, as one alternation.
    alternation: String,
    /// Each alias's letters and digits in lower case (4 or more), as a
    /// domain label spells it, with its outlet; in the table's order.
    domain_keys: Vec<(String, &'static str)>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut by_alias = HashMap::new();
    let mut by_upper = HashMap::new();
    let mut aliases: Vec<&'static str> = Vec::new();
    let mut domain_keys = Vec::new();
    for line in DATA
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut cols = line.split('\t');
        let Some(canonical) = cols.next() else {
            continue;
        };
        for alias in cols.chain(std::iter::once(canonical)) {
            by_alias.entry(alias).or_insert(canonical);
            by_upper.entry(alias.to_uppercase()).or_insert(canonical);
            aliases.push(alias);
            let key: String = alias
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if key.len() >= 4 {
                domain_keys.push((key, canonical));
            }
        }
    }
    aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
    aliases.dedup();
    let alternation = aliases
        .iter()
        .map(|a| regex::escape(a))
        .collect::<Vec<_>>()
        .join("|");
    let any_alias =
        aho_corasick::AhoCorasick::new(&aliases).expect("outlet aliases build an automaton");
    Table {
        longest: aliases.first().map_or(0, |a| a.len()),
        by_alias,
        by_upper,
        any_alias,
        alternation,
        domain_keys,
    }
});

/// The canonical name of an outlet alias, matched exactly or, for a name of
/// five or more letters written all in capitals, whatever its case
/// ("DAILY SABAH").
pub(crate) fn lookup(alias: &str) -> Option<&'static str> {
    let alias = alias.trim();
    if alias.len() > TABLE.longest {
        return None;
    }
    TABLE.by_alias.get(alias).copied().or_else(|| {
        let capitals = alias.chars().filter(|c| c.is_alphabetic()).count() >= 5
            && !alias.chars().any(char::is_lowercase);
        capitals
            .then(|| TABLE.by_upper.get(alias).copied())
            .flatten()
    })
}

fn credit_regexes() -> Vec<Regex> {
    let a = &TABLE.alternation;
    [
        format!(r"(?-u:\b)(?P<a>{a})(?:['’]s)?\s+(?:correspondent\s+)?(?:reports|reported|informs)(?-u:\b)"),
        format!(r"(?-u:\b)(?:told|informed|reported to)\s+(?P<a>{a})(?:[^\w.]|\.(?:\s|$)|$)"),
        format!(r"(?i:source|kaynak|credit)\s*:\s*(?P<a>{a})(?:$|[^\p{{L}}\p{{N}}])"),
        format!(r"(?-u:\b)(?P<a>{a})['’]?s?\s+staff(?-u:\b)"),
        // A paper's footer: "Published in Dawn, November 10th, 2023",
        // "Published in The Nation newspaper on 29-Oct-2020".
        format!(r"(?-u:\b)(?:Originally |First )?[Pp]ublished in (?P<a>{a})(?:$|[^\p{{L}}\p{{N}}])"),
        format!(r"(?-u:\b)Welcome to (?P<a>{a})(?-u:\b)"),
        format!(r"©\s*(?:\d{{4}}\s+)?(?P<a>{a})(?-u:\b)"),
        format!(r"(?-u:\b)(?P<a>{a}) website(?-u:\b)"),
        format!(r"(?:^|[–—\-/|]\s*)(?P<a>{a})\s*:"),
        format!(r"^By (?P<a>{a})$"),
        // A signature line: "PAP/The First News" (the site, after its source).
        format!(r"^(?:[\p{{L}}.]{{2,20}}\s*/\s*)+(?P<a>{a})$"),
    ]
    .into_iter()
    .map(|r| Regex::new(&r).expect("outlet regexes compile from escaped aliases"))
    .collect()
}

static CREDITS: LazyLock<Vec<Regex>> = LazyLock::new(credit_regexes);

static PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]{1,80})\)").expect("static regex compiles"));

static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:https?://)?(?:www\.)?(?P<l>[A-Za-z0-9-]+)\.(?P<tld>com|az|ge|am|ru|net|org|al|info|news|uz|kz|by|ua|co|tr|ir|pk|rs)(?-u:\b)")
        .expect("static regex compiles")
});

/// A credit in parentheses: "(Reuters)", "(MENAFN- Trend News Agency)",
/// "(UrduPoint News / Sputnik - 12th October, 2022)", "(AP Photo/Name)".
fn paren_credit(line: &str) -> Option<(usize, &'static str)> {
    for c in crate::captures_iter(&PAREN, line) {
        let inner = c.get(1)?;
        let body = inner.as_str().trim().trim_start_matches("MENAFN-").trim();
        for part in body
            .split(['/', '–', '—', ','])
            .flat_map(|p| p.split(" - "))
        {
            let part = part.trim();
            let part = part.strip_suffix(" Photo").unwrap_or(part);
            if let Some(o) = lookup(part).or_else(|| paren_only(part)) {
                return Some((inner.start(), o));
            }
        }
    }
    None
}

/// Agencies named by a word that means something else in a page's chrome,
/// so known only as a credit in parentheses: "ISLAMABAD, Dec 5 (APP):"
/// (the Associated Press of Pakistan; "download the APP" is no masthead).
fn paren_only(part: &str) -> Option<&'static str> {
    match part {
        "APP" => Some("APP"),
        _ => None,
    }
}

/// The outlet that a story's closing credits name by their form: Reuters
/// closes its stories with "(Reporting by X; Editing by Y)" and names
/// itself nowhere else in some of them.
pub(crate) fn by_closing_credits(text: &str) -> Option<&'static str> {
    let at = text.find("Reporting by ")?;
    let rest = &text[at..crate::floor_boundary(text, (at + 300).min(text.len()))];
    (rest.contains("Editing by") || rest.contains("Writing by")).then_some("Reuters")
}

/// The first credit in `lines`, in reading order.
pub(crate) fn credit_in<'a>(lines: impl Iterator<Item = &'a str>) -> Option<&'static str> {
    for line in lines {
        if !TABLE.any_alias.is_match(line) {
            continue;
        }
        let mut best: Option<(usize, &'static str)> = paren_credit(line);
        // "The Financial Times reported that ...": a source cited, not the
        // outlet ("Trend reports", "APA reported").
        let cited = |c: &regex::Captures<'_>| {
            let whole = c.get(0).expect("group 0");
            let before = line[..c.name("a").map_or(0, |a| a.start())].trim_end();
            whole.as_str().ends_with("reported")
                && (line[whole.end()..].starts_with(" that")
                    || before.ends_with(" the")
                    || before.ends_with("The")
                    || before == "the")
        };
        for re in CREDITS.iter() {
            if let Some(c) = crate::captures_iter(re, line).find(|c| !cited(c)) {
                let m = c.name("a")?;
                if best.is_none_or(|(at, _)| m.start() < at) {
                    best = lookup(m.as_str()).map(|o| (m.start(), o));
                }
            }
        }
        if let Some((_, o)) = best {
            return Some(o);
        }
    }
    None
}

/// An outlet named by the page chrome above the body: a short masthead line
/// ("Azernews.Az", "TODAY.AZ / Politics", "Anadolu Agency TÜRKIYE"), a date
/// line carrying it ("Agenda.ge, 29 Sep 2021 - 10:48"), or the site's domain.
pub(crate) fn masthead(header: &[&str]) -> Option<&'static str> {
    static WORD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?:^|[\s,|/–—-])(?P<a>{})(?:$|[\s,|/:–—-])",
            TABLE.alternation
        ))
        .expect("outlet regexes compile from escaped aliases")
    });
    for line in header {
        let words = line.split_whitespace().count();
        let has_digit = line.chars().any(|c| c.is_ascii_digit());
        if words <= 4 || has_digit {
            if let Some(c) = crate::captures(&WORD, line) {
                if let Some(o) = c.name("a").and_then(|m| lookup(m.as_str())) {
                    return Some(o);
                }
            }
        }
        for c in crate::captures_iter(&DOMAIN, line) {
            let label = c["l"].to_ascii_lowercase();
            let tld = &c["tld"];
            // The whole domain first: "news.am" is NEWS.am, not News.az.
            let whole = format!("{label}{tld}");
            if let Some((_, canonical)) = TABLE.domain_keys.iter().find(|(k, _)| *k == whole) {
                return Some(canonical);
            }
            for (key, canonical) in &TABLE.domain_keys {
                if label == *key
                    || label.starts_with(key.as_str())
                    || (tld == "az" && key.ends_with("az") && label == key.trim_end_matches("az"))
                {
                    return Some(canonical);
                }
            }
        }
    }
    None
}

/// A credit right after an opening dateline: "Kyiv – UNN", "Baku, February 6,
/// AZERTAC", "Baku. 9 September. REPORT.AZ/ ...", "YEREVAN, March 12. /ARKA/."
/// (the dateline's match may end inside its day: "1" of "12").
pub(crate) fn credit_after_dateline(rest: &str) -> Option<&'static str> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^\d*(?:,?\s+\d{{4}})?[\s,.:/–—(-]*(?P<a>(?i:{}))(?:$|[\s,.:/–—)-])",
            TABLE.alternation
        ))
        .expect("outlet regexes compile from escaped aliases")
    });
    crate::captures(&AFTER, rest).and_then(|c| lookup(&c["a"]))
}

/// A reporter's credit right after an opening dateline, as older wire
/// copy prints it: "Baku, Azerbaijan, Oct. 5 / Trend, N.Kazimova / ...",
/// "BAKU, Azerbaijan, Oct. 5. By Nigar Abbasova - Trend: ...", "Baku, 12
/// March, Nigar Abbasova, APA. ...". The byte
/// range of the credit in `rest`, the outlet and the reporter.
pub(crate) fn reporter_after_dateline(rest: &str) -> Option<(usize, usize, &'static str, &str)> {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        let who = r"(?:\p{Lu}\.\s?)+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}";
        Regex::new(&format!(
            r"^\d*[\s.,]*(?P<c>/\s*(?P<a>{a})\s*,?\s*(?P<who>{who})\s*/|By\s+(?P<who2>{who})\s*[-–—]\s*(?P<a2>{a})\s*:|(?P<who3>{who})\s+[-–—]\s+(?P<a3>{a})\.|(?P<who4>{who}),\s+(?P<a4>{a})\.)",
            a = TABLE.alternation
        ))
        .expect("outlet regexes compile from escaped aliases")
    });
    let c = crate::captures(&CREDIT, rest)?;
    let credit = c.name("c")?;
    let outlet = lookup(
        c.name("a")
            .or(c.name("a2"))
            .or(c.name("a3"))
            .or(c.name("a4"))?
            .as_str(),
    )?;
    let who = c
        .name("who")
        .or(c.name("who2"))
        .or(c.name("who3"))
        .or(c.name("who4"))?
        .as_str();
    Some((credit.start(), credit.end(), outlet, who))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_map_to_short_names() {
        assert_eq!(lookup("Trend News Agency"), Some("Trend"));
        assert_eq!(lookup("The Associated Press"), Some("AP"));
        // National agencies by their acronym or their full name.
        assert_eq!(lookup("Iraqi News Agency"), Some("INA"));
        assert_eq!(lookup("Xinhua News Agency"), Some("Xinhua"));
        // A site's domain with its country code capitalised: "News.Az".
        assert_eq!(lookup("News.Az"), Some("News.az"));
        assert_eq!(lookup("news.am"), Some("NEWS.am"));
        assert_eq!(lookup("Mod.gov.az"), None);
        // The national agencies of the Balkans and the Baltics, and RIA by
        // its short name.
        assert_eq!(lookup("Montenegro News Agency"), Some("MINA"));
        assert_eq!(credit_after_dateline(" (TDH). President"), Some("TDH"));
        assert_eq!(lookup("RIA"), Some("RIA Novosti"));
        assert_eq!(credit_after_dateline(" 2023 (MINA) – The"), Some("MINA"));
        // Mongolia's and Afghanistan's.
        assert_eq!(lookup("Montsame News Agency"), Some("MONTSAME"));
        assert_eq!(lookup("Pajhwok Afghan News"), Some("Pajhwok"));
        // (No alias that is also an ordinary word: "SHKARKO APP".)
        assert_eq!(lookup("app"), None);
    }

    #[test]
    fn reuters_by_its_closing_credits() {
        let text = "The minister spoke.\n(Reporting by Ana Costa; Writing by Ion\nRusu; Editing by Tom Berg)\n";
        assert_eq!(by_closing_credits(text), Some("Reuters"));
        assert_eq!(
            by_closing_credits("Reporting by the ministry was late."),
            None
        );
    }

    #[test]
    fn reporters_after_a_dateline() {
        let rest = " / Trend, N.Kazimova / The minister said";
        let (a, b, outlet, who) = reporter_after_dateline(rest).expect("a credit");
        assert_eq!(
            (&rest[a..b], outlet, who),
            ("/ Trend, N.Kazimova /", "Trend", "N.Kazimova")
        );
        let rest = ". By Nigar Abbasova - Trend: The minister said";
        let (a, b, outlet, who) = reporter_after_dateline(rest).expect("a credit");
        assert_eq!(
            (&rest[a..b], outlet, who),
            ("By Nigar Abbasova - Trend:", "Trend", "Nigar Abbasova")
        );
        let rest = " Nargiz Karimova – APA. The minister said";
        let (a, b, outlet, who) = reporter_after_dateline(rest).expect("a credit");
        assert_eq!(
            (&rest[a..b], outlet, who),
            ("Nargiz Karimova – APA.", "APA", "Nargiz Karimova")
        );
        assert_eq!(
            reporter_after_dateline(". The minister said / Trend /"),
            None
        );
    }

    #[test]
    fn credits_in_running_text() {
        assert_eq!(
            credit_in(["the minister met, Trend reports citing the ministry."].into_iter()),
            Some("Trend")
        );
        assert_eq!(
            credit_in(["the ministry told APA."].into_iter()),
            Some("APA")
        );
        // A source cited is no credit.
        assert_eq!(
            credit_in(
                [
                    "The Financial Times reported that the deal was signed.",
                    "the minister said, Trend reported."
                ]
                .into_iter()
            ),
            Some("Trend")
        );
        assert_eq!(
            credit_in(["YEREVAN (Reuters) - The acting prime minister"].into_iter()),
            Some("Reuters")
        );
        assert_eq!(
            credit_in(["MOSCOW (UrduPoint News / Sputnik - 12th October, 2022) The"].into_iter()),
            Some("Sputnik")
        );
        assert_eq!(
            credit_in(["Kaynak: Demirören Haber Ajansı"].into_iter()),
            Some("Demirören Haber Ajansı")
        );
        assert_eq!(
            credit_in(["cited by the Regnum news agency in a statement"].into_iter()),
            None
        );
        // A paper's footer.
        assert_eq!(
            credit_in(["Published in The Nation newspaper on 29-Oct-2020"].into_iter()),
            Some("The Nation")
        );
    }

    #[test]
    fn mastheads_and_domains() {
        assert_eq!(masthead(&["Azernews.Az"]), Some("AzerNews"));
        assert_eq!(
            masthead(&["2017-08-31 16:54 | www.trend.az | 0"]),
            Some("Trend")
        );
        assert_eq!(masthead(&["Contact Us"]), None);
        assert_eq!(masthead(&["14:05 news.am"]), Some("NEWS.am"));
        assert_eq!(masthead(&["14:05 news.az"]), Some("News.az"));
    }

    #[test]
    fn dateline_tails() {
        assert_eq!(credit_after_dateline(" – UNN"), Some("UNN"));
        assert_eq!(credit_after_dateline(", AZERTAC"), Some("AZERTAC"));
        assert_eq!(
            credit_after_dateline(" REPORT.AZ/ President"),
            Some("Report")
        );
        assert_eq!(credit_after_dateline(" /ARKA/. The minister"), Some("ARKA"));
        assert_eq!(
            credit_after_dateline("2. /ARKA/. The minister"),
            Some("ARKA")
        );
        assert_eq!(credit_after_dateline(" The minister"), None);
    }

    #[test]
    fn regional_agencies_are_known() {
        assert_eq!(
            credit_in(["TASHKENT, March 13 (UzA) -- The minister said."].into_iter()),
            Some("UzA")
        );
        assert_eq!(lookup("Kabar News Agency"), Some("Kabar"));
        assert_eq!(lookup("Baltic News Service"), Some("BNS"));
        // National agencies by the acronym they credit themselves with.
        assert_eq!(
            credit_in(["DOHA, Sept 12 (QNA): The minister said."].into_iter()),
            Some("QNA")
        );
        // ("APP" is no alias: a page's "download the APP" would be its masthead.)
        assert_eq!(masthead(&["SHKARKO APP"]), None);
        // ... but it is a credit in parentheses.
        assert_eq!(
            credit_in(["ISLAMABAD, Dec 5 (APP): The admiral said."].into_iter()),
            Some("APP")
        );
        assert_eq!(credit_after_dateline(", SPA -- The minister"), Some("SPA"));
        assert_eq!(lookup("Emirates News Agency"), Some("WAM"));
        // As an agency writes its own name.
        assert_eq!(
            credit_in(["Ashgabat, July 18 (AzerTAc). The talks began."].into_iter()),
            Some("AZERTAC")
        );
    }

    #[test]
    fn a_signature_line_credits_the_site() {
        assert_eq!(
            credit_in(["The two ministers met.", "PAP/The First News"].into_iter()),
            Some("The First News")
        );
        assert_eq!(credit_in(["Trend / staff said"].into_iter()), None);
    }
}

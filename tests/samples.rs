//! End-to-end checks over the bundled sample articles (examples/articles).

mod common;

use std::path::PathBuf;

fn samples() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("bundled samples exist")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("UTF-8 sample"),
            )
        })
        .collect();
    out.sort();
    assert!(!out.is_empty());
    out
}

#[test]
fn every_mention_is_the_input_at_its_byte_and_char_span() {
    let ex = dateline::Extractor::new();
    for (name, text) in samples() {
        let doc = ex.analyze(&text).expect("samples parse");
        assert!(!doc.entities.is_empty(), "{name}: no entities");
        common::spans_are_the_input(&name, &text, &doc);
    }
}

/// What a reader compares of two readings of one article: its entities
/// (kind, name, mentions), its meetings and its metadata.
type Reading = (
    Vec<(dateline::EntityKind, String, usize)>,
    Vec<(Vec<String>, Option<String>, Option<String>)>,
    dateline::Metadata,
);

fn read(d: &dateline::Document) -> Reading {
    let entities = d
        .entities
        .iter()
        .map(|e| (e.kind, e.name.clone(), e.mentions.len()))
        .collect();
    let meetings = d
        .meetings
        .iter()
        .map(|m| (m.participants.clone(), m.date.clone(), m.place.clone()))
        .collect();
    (entities, meetings, d.metadata.clone())
}

/// `changed`, `text` written otherwise, reads as `text` does, every span
/// a span of `changed` and its segments tiling it, each segment's text its
/// content as written.
fn reads_the_same_on_the_input(ex: &dateline::Extractor, name: &str, text: &str, changed: &str) {
    let (plain, doc) = (ex.analyze(text).unwrap(), ex.analyze(changed).unwrap());
    assert_eq!(read(&plain), read(&doc), "{name}");
    common::spans_are_the_input(name, changed, &doc);
    common::segments_tile_the_input(name, changed, &doc);
}

#[test]
fn windows_and_old_mac_line_ends_read_as_unix_ones_with_spans_on_the_input() {
    let ex = dateline::Extractor::new();
    // (And old Mac ones, a return alone.)
    for (name, text, crlf) in samples().into_iter().flat_map(|(name, text)| {
        let (crlf, cr) = (text.replace('\n', "\r\n"), text.replace('\n', "\r"));
        [(name.clone(), text.clone(), crlf), (name, text, cr)]
    }) {
        reads_the_same_on_the_input(&ex, &name, &text, &crlf);
    }
}

#[test]
fn a_byte_order_mark_and_spaces_written_otherwise_read_away_with_spans_on_the_input() {
    let ex = dateline::Extractor::new();
    for (name, text) in samples() {
        // Every other space a no-break space, every tenth a narrow one,
        // others doubled or followed by a tab, Windows line ends on top, and
        // a byte-order mark first.
        let mut k = 0;
        let wide: String = std::iter::once("\u{feff}".to_string())
            .chain(text.chars().map(|c| match c {
                ' ' => {
                    k += 1;
                    match k % 10 {
                        0 => "\u{202f}".to_string(),
                        4 => "  ".to_string(),
                        8 => " \t".to_string(),
                        n if n % 2 == 1 => "\u{a0}".to_string(),
                        _ => " ".to_string(),
                    }
                }
                '\n' => "\r\n".to_string(),
                c => c.to_string(),
            }))
            .collect();
        reads_the_same_on_the_input(&ex, &name, &text, &wide);
    }
}

#[test]
fn soft_hyphens_and_zero_width_spaces_read_away_with_spans_on_the_input() {
    let ex = dateline::Extractor::new();
    for (name, text) in samples() {
        // A soft hyphen inside every third word of eight letters or more, a
        // zero-width space after every fifth space, a word joiner before
        // every seventh.
        let (mut long, mut k) = (0, 0);
        let mut marked = String::with_capacity(text.len() * 2);
        for piece in text.split_inclusive(' ') {
            let word = piece.trim_end_matches(' ');
            if word.len() >= 8 && word.chars().all(char::is_alphabetic) {
                long += 1;
                if long % 3 == 0 {
                    let half = word.char_indices().nth(4).map_or(0, |(i, _)| i);
                    marked.push_str(&word[..half]);
                    marked.push('\u{ad}');
                    marked.push_str(&piece[half..]);
                    continue;
                }
            }
            if piece.ends_with(' ') {
                k += 1;
                marked.push_str(word);
                marked.push_str(match k % 35 {
                    n if n % 5 == 0 => " \u{200b}",
                    n if n % 7 == 0 => "\u{2060} ",
                    _ => " ",
                });
            } else {
                marked.push_str(piece);
            }
        }
        assert!(
            marked.contains('\u{ad}') && marked.contains('\u{200b}'),
            "{name}"
        );
        reads_the_same_on_the_input(&ex, &name, &text, &marked);
    }
}

#[test]
fn html_character_references_read_as_their_characters_with_spans_on_the_input() {
    let ex = dateline::Extractor::new();
    for (name, text) in samples() {
        // Every ampersand, apostrophe and quote a reference, named or by
        // number, and every fourth space a no-break space's.
        let mut k = 0;
        let escaped: String = text
            .chars()
            .map(|c| match c {
                '&' => "&amp;".to_string(),
                '\'' => "&#39;".to_string(),
                '’' => "&rsquo;".to_string(),
                '"' => "&quot;".to_string(),
                '–' => "&#x2013;".to_string(),
                ' ' => {
                    k += 1;
                    if k % 4 == 0 { "&nbsp;" } else { " " }.to_string()
                }
                c => c.to_string(),
            })
            .collect();
        assert!(escaped.contains("&nbsp;"), "{name}");
        reads_the_same_on_the_input(&ex, &name, &text, &escaped);
    }
}

#[test]
fn mentions_lie_in_title_or_body_or_the_dateline_only() {
    let ex = dateline::Extractor::new();
    for (name, text) in samples() {
        let doc = ex.analyze(&text).unwrap();
        for m in doc.entities.iter().flat_map(|e| &e.mentions) {
            let seg = doc
                .segments
                .iter()
                .find(|s| s.content.start <= m.span.start && m.span.end <= s.content.end)
                .expect("inside a segment");
            let dateline_line = seg.kind == dateline::SegmentKind::Header
                && doc
                    .metadata
                    .dateline
                    .as_deref()
                    .is_some_and(|d| seg.text.contains(d));
            assert!(
                dateline_line
                    || matches!(
                        seg.kind,
                        dateline::SegmentKind::Title | dateline::SegmentKind::Body
                    ),
                "{name}: {m:?} in {:?}",
                seg.kind
            );
        }
    }
}

#[test]
fn entity_extraction_rules_on_fresh_sentences() {
    let text = " date 2021-03-04 By Jane Roe\n\nOn March 3, Defense Minister Colonel-General Arkady Petrenko met with the delegation led by the Chief of the General Staff of the Moldovan Armed Forces, Major General Ion Rusu, in Chisinau.\n\nPetrenko said the talks held yesterday in Chisinau were useful. Rusu thanked the North Atlantic Treaty Organization (NATO) for its support since 1994.\n";
    let doc = dateline::analyze(text).unwrap();
    let find = |kind: dateline::EntityKind, mention: &str| {
        doc.entities
            .iter()
            .find(|e| e.kind == kind && e.mentions.iter().any(|m| m.text == mention))
    };
    use dateline::EntityKind::*;
    let petrenko = find(Person, "Arkady Petrenko").expect("titled person");
    assert!(
        petrenko.mentions.iter().any(|m| m.text == "Petrenko"),
        "surname merges"
    );
    assert!(petrenko
        .titles
        .iter()
        .any(|t| t.contains("Colonel-General")));
    assert!(find(Person, "Ion Rusu").is_some_and(|e| e.mentions.iter().any(|m| m.text == "Rusu")));
    assert!(
        find(Organization, "Moldovan Armed Forces").is_some(),
        "{:#?}",
        doc.entities
    );
    let nato = find(Organization, "NATO").expect("acronym");
    assert!(nato
        .mentions
        .iter()
        .any(|m| m.text == "North Atlantic Treaty Organization"));
    assert!(find(Location, "Chisinau").is_some());
    assert_eq!(
        find(Date, "March 3")
            .and_then(|e| e.value.clone())
            .as_deref(),
        Some("2021-03-03")
    );
    assert_eq!(
        find(Date, "yesterday")
            .and_then(|e| e.value.clone())
            .as_deref(),
        Some("2021-03-03")
    );
    assert_eq!(
        find(Date, "1994").and_then(|e| e.value.clone()).as_deref(),
        Some("1994")
    );
    assert!(
        find(Location, "Moldovan").is_none(),
        "nationality adjectives are not places"
    );
}

#[test]
fn the_samples_report_meetings_between_their_people() {
    let ex = dateline::Extractor::new();
    let mut seen = 0;
    for (name, text) in samples() {
        let doc = ex.analyze(&text).unwrap();
        seen += doc.meetings.len();
        common::spans_are_the_input(&name, &text, &doc);
    }
    assert!(seen > 0, "the samples report meetings");
}

//! Checks that hold for every article, shared by the end-to-end tests.

/// Every mention's and every meeting's evidence's byte and character spans
/// are the input at those spans, and every meeting's participants are person
/// entities of the document.
pub fn spans_are_the_input(name: &str, text: &str, doc: &dateline::Document) {
    let chars: Vec<char> = text.chars().collect();
    for e in &doc.entities {
        for m in &e.mentions {
            assert_eq!(
                text.get(m.span.range()),
                Some(m.text.as_str()),
                "{name}: byte span of {m:?}"
            );
            let by_chars: String = chars[m.chars.range()].iter().collect();
            assert_eq!(by_chars, m.text, "{name}: char span of {m:?}");
        }
    }
    for m in &doc.meetings {
        let by_chars: String = chars[m.evidence_chars.range()].iter().collect();
        assert_eq!(
            text.get(m.evidence.range()),
            Some(by_chars.as_str()),
            "{name}: evidence"
        );
        for p in &m.participants {
            assert!(
                doc.entities
                    .iter()
                    .any(|e| e.kind == dateline::EntityKind::Person && &e.name == p),
                "{name}: {p} is a person entity"
            );
        }
    }
}

/// The segments tile the input from its first byte to its last, each
/// segment's text its content as written.
pub fn segments_tile_the_input(name: &str, text: &str, doc: &dateline::Document) {
    assert_eq!(
        doc.segments.first().map(|s| s.span.start),
        Some(0),
        "{name}"
    );
    assert_eq!(
        doc.segments.last().map(|s| s.span.end),
        Some(text.len()),
        "{name}"
    );
    for pair in doc.segments.windows(2) {
        assert_eq!(pair[0].span.end, pair[1].span.start, "{name}");
    }
    for seg in &doc.segments {
        assert_eq!(
            text.get(seg.content.range()),
            Some(seg.text.as_str()),
            "{name}"
        );
    }
}

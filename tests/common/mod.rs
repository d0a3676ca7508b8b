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

//! Damaged and unusual input: crawl excerpts cut anywhere, names broken over
//! lines, Windows line ends, characters whose case mapping changes their
//! length. Whatever the input, `analyze` returns a document or a typed
//! error, and every span it reports is the input's own text.
//!
//! The cases are made from the bundled samples; set `DATELINE_SAMPLES` to
//! another folder of `.txt` articles, relative to `crates/dateline` (e.g.
//! `../../../shared/corpus/dev`, as `.ci/run` does), to run them over those
//! instead.

mod common;

use std::path::PathBuf;

fn samples() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(std::env::var("DATELINE_SAMPLES").unwrap_or("../../examples/articles".into()));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bundled samples exist")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 sample"))
        .collect()
}

/// A small deterministic generator (64-bit LCG): the same cases every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Analyse `text` and check what comes back; `what` names the case.
fn check(ex: &dateline::Extractor, text: &str, what: &str) {
    let doc = match ex.analyze(text) {
        Ok(doc) => doc,
        Err(dateline::Error::Empty { .. }) => {
            assert!(text.trim().is_empty(), "{what}: Empty error on text");
            return;
        }
        Err(e) => panic!("{what}: unexpected error {e}"),
    };
    for e in &doc.entities {
        assert!(!e.mentions.is_empty(), "{what}: entity without mentions");
    }
    common::spans_are_the_input(what, text, &doc);
    common::segments_tile_the_input(what, text, &doc);
}

fn boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn excerpts_cut_anywhere() {
    let ex = dateline::Extractor::new();
    for (n, text) in samples().iter().enumerate() {
        let step = (text.len() / 60).max(1);
        for cut in (0..text.len()).step_by(step) {
            let cut = boundary(text, cut);
            check(&ex, &text[..cut], &format!("sample {n} cut at {cut}"));
            check(&ex, &text[cut..], &format!("sample {n} from {cut}"));
        }
    }
}

/// A crawl excerpt most often stops after a word: "... of the General
/// Staff of the" must read as well as any other cut.
#[test]
fn excerpts_cut_after_every_word() {
    let ex = dateline::Extractor::new();
    for (n, text) in samples().iter().enumerate() {
        for (cut, _) in text.match_indices(' ') {
            check(
                &ex,
                &text[..cut],
                &format!("sample {n} cut after the word at {cut}"),
            );
        }
    }
}

/// Words the rules read on after ("of the", "on", "after", "named after",
/// "Meeting in"), in one made-up article cut after each of its words: an
/// excerpt stopping at "... EU Rule of the" once read past its last word.
#[test]
fn phrases_the_rules_read_on_after_cut_after_every_word() {
    let text = "Leaders meet in Riga\n\nRIGA, March 3 (LETA) - The Head of the EU Rule of Law Mission in Kosovo met the Chairman of the Joint Chiefs of Staff Committee and the Chairman of the Committee on Defense, Security and Anti-corruption Ion Rusu at the Military University after Tom Berg and the Military Lyceum named after the First President of the Republic of Latvia. Troops of the \"Azov\" Brigade and the Joint Staff Department of China's Central Military Commission met the Minister of Investment, Industry and Trade of the Republic of Latvia. The ministry said on X. Soldiers left. He spoke of the EU Rule of the Law Office and the Joint Chiefs of the Staff.\n\nMeeting in Riga, the two ministers also agreed. During his visit, the Admiral also met with the Monument to the Unknown Soldier of the Republic and the Crossroads of Peace project of the Board of Directors of the Union.\n";
    let ex = dateline::Extractor::new();
    for (cut, _) in text.match_indices([' ', '\n']) {
        check(
            &ex,
            &text[..cut],
            &format!("phrasebook cut after the word at {cut}"),
        );
        check(
            &ex,
            &text[..=cut],
            &format!("phrasebook cut after the space at {cut}"),
        );
    }
}

#[test]
fn line_breaks_inside_sentences_and_names() {
    let ex = dateline::Extractor::new();
    let mut rng = Lcg(7);
    for (n, text) in samples().iter().enumerate() {
        for round in 0..20 {
            let mut out = String::with_capacity(text.len());
            for c in text.chars() {
                out.push(if c == ' ' && rng.below(6) == 0 {
                    '\n'
                } else {
                    c
                });
            }
            check(
                &ex,
                &out,
                &format!("sample {n} broken lines, round {round}"),
            );
        }
        check(
            &ex,
            &text.replace('\n', "\r\n"),
            &format!("sample {n} CRLF"),
        );
        check(
            &ex,
            &text.replace('\n', " "),
            &format!("sample {n} one line"),
        );
        check(
            &ex,
            &text.replace('\n', "\n\n\n"),
            &format!("sample {n} gaps"),
        );
    }
}

#[test]
fn characters_whose_case_changes_their_length() {
    // 'İ' lowers to two chars, 'ß' uppers to two, 'ǅ' is title case, a
    // combining accent and a zero-width space sit inside words; spaces
    // written otherwise (no-break, narrow, doubled) anywhere.
    // (And HTML character references, whole or cut: "&amp;", "&#", "&#x1F600;".)
    const ODD: [&str; 18] = [
        "İ",
        "ß",
        "ǅ",
        "\u{301}",
        "\u{200B}",
        "\u{FEFF}",
        "😀",
        "\t",
        "\r",
        "K",
        "\u{a0}",
        "\u{202f}",
        "  ",
        "\u{ad}",
        "&amp;",
        "&#",
        "&#x1F600;",
        "&nbsp;",
    ];
    let ex = dateline::Extractor::new();
    let mut rng = Lcg(11);
    for (n, text) in samples().iter().enumerate() {
        for round in 0..20 {
            let mut out = String::with_capacity(text.len() + 64);
            for c in text.chars() {
                if rng.below(25) == 0 {
                    out.push_str(ODD[rng.below(ODD.len())]);
                }
                out.push(c);
            }
            check(&ex, &out, &format!("sample {n} odd chars, round {round}"));
        }
        check(&ex, &text.to_uppercase(), &format!("sample {n} upper case"));
        check(&ex, &text.to_lowercase(), &format!("sample {n} lower case"));
        check(
            &ex,
            &text.replace('I', "İ").replace('s', "ß"),
            &format!("sample {n} İ and ß"),
        );
    }
}

#[test]
fn lines_shuffled_and_repeated() {
    let ex = dateline::Extractor::new();
    let mut rng = Lcg(3);
    for (n, text) in samples().iter().enumerate() {
        let lines: Vec<&str> = text.lines().collect();
        for round in 0..20 {
            let mut picked: Vec<&str> = Vec::new();
            for _ in 0..lines.len() {
                picked.push(lines[rng.below(lines.len())]);
            }
            check(
                &ex,
                &picked.join("\n"),
                &format!("sample {n} shuffled, round {round}"),
            );
        }
        let doubled = format!("{text}\n{text}");
        check(&ex, &doubled, &format!("sample {n} twice"));
    }
}

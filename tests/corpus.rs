//! End-to-end checks over the shared gold corpus (`../shared/corpus`, beside
//! the repository), when it is there: every article parses, and its spans are
//! the input. Accuracy itself is scored by `scripts/score-corpus`; these
//! tests pass without the corpus (they say so on stderr).

mod common;

use std::path::PathBuf;

/// Every `*.txt` of every corpus folder, sorted; empty without the corpus.
fn corpus() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let Ok(dirs) = std::fs::read_dir(&root) else {
        eprintln!("no corpus at {}: nothing to check", root.display());
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = dirs
        .filter_map(|d| std::fs::read_dir(d.ok()?.path()).ok())
        .flatten()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

#[test]
fn every_corpus_article_parses_and_its_spans_are_the_input() {
    let ex = dateline::Extractor::new();
    let paths = corpus();
    eprintln!("{} corpus articles", paths.len());
    for path in paths {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("corpus texts are UTF-8");
        let doc = ex.analyze(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!doc.entities.is_empty(), "{name}: no entities");
        common::spans_are_the_input(&name, &text, &doc);
        common::segments_tile_the_input(&name, &text, &doc);
    }
}

//! A Unicode word boundary (`\b`) keeps the regex crate from using its lazy
//! DFA, so the whole pattern runs on a slower engine: on dev+seeds one such
//! `\b` in the boilerplate regex cost 6 M of 58 M instructions. Patterns in
//! this crate write ASCII boundaries, `(?-u:\b)`; this test keeps it so.

use std::path::PathBuf;

#[test]
fn regexes_use_ascii_word_boundaries() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bare = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("UTF-8 source");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let unicode = line.replace("(?-u:\\b)", "").replace("(?-u:\\B)", "");
            if unicode.contains("\\b") || unicode.contains("\\B") {
                bare.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        bare.is_empty(),
        "write (?-u:\\b) instead of \\b:\n{}",
        bare.join("\n")
    );
}

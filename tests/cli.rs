//! End-to-end tests of the `dateline` binary.

use assert_cmd::Command;
use std::path::PathBuf;

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

fn lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn folder_gives_one_line_per_article_in_order() {
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg(samples())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out.stdout);
    let n = std::fs::read_dir(samples())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert_eq!(docs.len(), n);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "output follows input order");
    for d in &docs {
        for key in [
            "published",
            "published_time",
            "utc_offset",
            "page_date",
            "title",
            "authors",
            "outlet",
            "dateline",
        ] {
            assert!(d["metadata"].get(key).is_some(), "metadata.{key} missing");
        }
        assert!(d["entities"].is_array() && d["meetings"].is_array() && d["segments"].is_array());
    }
}

#[test]
fn stdin_is_read_with_dash() {
    let text = " date 2018-12-12 By Trend\n\nBAKU, Azerbaijan, Dec. 12. The minister met his counterpart.\n";
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "-");
    assert_eq!(docs[0]["metadata"]["outlet"], "Trend");
    assert_eq!(docs[0]["metadata"]["dateline"], "Baku");
}

#[test]
fn bad_file_is_reported_and_the_rest_still_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a_good.txt"),
        "The minister met his counterpart in the capital.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b_bad.txt"), b"Broken \xFF bytes\n").unwrap();
    std::fs::write(dir.path().join("c_empty.txt"), "  \n").unwrap();
    std::fs::write(
        dir.path().join("d_good.txt"),
        "Another story about the talks held today.\n",
    )
    .unwrap();
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<String> = lines(&out.stdout)
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a_good", "d_good"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b_bad.txt") && err.contains("byte offset 7"),
        "{err}"
    );
    assert!(
        err.contains("c_empty.txt") && err.contains("empty"),
        "{err}"
    );
}

#[test]
fn fail_fast_stops_at_the_first_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a_bad.txt"), b"\xFF").unwrap();
    std::fs::write(
        dir.path().join("b_good.txt"),
        "A story that is fine to read.\n",
    )
    .unwrap();
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .args(["--fail-fast", "--jobs", "1"])
        .arg(dir.path().join("a_bad.txt"))
        .arg(dir.path().join("b_good.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_named() {
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg("/nonexistent/x.txt")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.txt"));
}

#[test]
fn output_file_option() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg(samples())
        .arg("-o")
        .arg(&target)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(lines(&std::fs::read(&target).unwrap()).len(), 5);
}

#[test]
fn help_shows_examples() {
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg("--help")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Examples:"));
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    use std::io::Read;
    // Enough output to fill the pipe, so writes fail once the reader is gone.
    let bin = assert_cmd::cargo::cargo_bin("dateline");
    let mut child = std::process::Command::new(bin)
        .args(std::iter::repeat_n(samples(), 40))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

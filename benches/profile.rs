//! A driver for instruction-count profiles, which stay stable on noisy
//! shared machines where wall-clock timings do not:
//!
//! ```text
//! cargo build --release -p dateline --example profile
//! valgrind --tool=callgrind --toggle-collect='profile::measured' \
//!     target/release/examples/profile examples/articles/*.txt
//! callgrind_annotate --inclusive=yes callgrind.out.*
//! ```
//!
//! Every article is analysed once untimed (building the gazetteer and the
//! lazily compiled rules), then `measured` analyses them all again: only
//! that second pass is counted, the steady state a long batch runs in.

use std::hint::black_box;

fn run(ex: &dateline::Extractor, texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| ex.analyze(black_box(t)).map_or(0, |d| d.entities.len()))
        .sum()
}

#[inline(never)]
fn warm_up(ex: &dateline::Extractor, texts: &[String]) -> usize {
    run(ex, texts)
}

/// `rounds` passes over the texts (the driver asks for one); a distinct
/// body keeps the linker from folding it into `warm_up`.
#[inline(never)]
fn measured(ex: &dateline::Extractor, texts: &[String], rounds: usize) -> usize {
    (0..rounds).map(|_| run(ex, texts)).sum::<usize>() / rounds.max(1)
}

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    let ex = dateline::Extractor::new();
    let warm = warm_up(&ex, &texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    // DATELINE_ROUNDS=N times the steady state over N passes (wall clock).
    let rounds: usize = std::env::var("DATELINE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let t = std::time::Instant::now();
    let n = measured(&ex, &texts, black_box(rounds));
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(warm, n, "the same input gives the same output");
    eprintln!(
        "{} articles, {bytes} bytes, {n} entities; {rounds} rounds in {secs:.3} s: {:.1} MB/s",
        texts.len(),
        (bytes * rounds) as f64 / secs / 1e6
    );
}

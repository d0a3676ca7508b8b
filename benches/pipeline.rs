//! Criterion benchmarks of dateline, throughput in bytes:
//! - `parse`: the layout stage per sample article;
//! - `analyze`: the full pipeline per sample article;
//! - `analyze_corpus`: the samples replicated to 1 MB and 10 MB (the ratio
//!   shows whether cost grows linearly), and the 1 MB as one article on one
//!   line (whether it does within a document);
//! - `stage/*`: one stage at a time (layout, tokens, gazetteer scan, dates,
//!   recognize, recognize+merging, meetings), so a regression points at its stage.
//!
//! Run: `cargo bench -p dateline --bench pipeline` (HTML reports under
//! target/criterion). The gazetteer is built once before timing.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dateline::stages;
use std::path::PathBuf;

fn samples() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("bundled samples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("UTF-8"),
            )
        })
        .collect();
    v.sort();
    v
}

/// The samples repeated until they reach `bytes`.
fn corpus(bytes: usize) -> Vec<String> {
    let s = samples();
    let mut out = Vec::new();
    let mut n = 0;
    while n < bytes {
        for (_, t) in &s {
            n += t.len();
            out.push(t.clone());
        }
    }
    out
}

fn per_article(c: &mut Criterion) {
    stages::warm_up();
    let ex = dateline::Extractor::new();
    let s = samples();
    let total: usize = s.iter().map(|(_, t)| t.len()).sum();
    let mut g = c.benchmark_group("samples");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            s.iter()
                .map(|(_, t)| dateline::parse(black_box(t)).unwrap().segments.len())
                .sum::<usize>()
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            s.iter()
                .map(|(_, t)| ex.analyze(black_box(t)).unwrap().entities.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn scaling(c: &mut Criterion) {
    stages::warm_up();
    let ex = dateline::Extractor::new();
    let mut g = c.benchmark_group("analyze_corpus");
    g.sample_size(10);
    for mb in [1usize, 10] {
        let texts = corpus(mb * 1_000_000);
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            &texts,
            |b, texts| {
                b.iter(|| {
                    texts
                        .iter()
                        .map(|t| ex.analyze(t).unwrap().entities.len())
                        .sum::<usize>()
                })
            },
        );
    }
    // The same megabyte as one article written on one line (some scrapers
    // drop line breaks): cost must stay linear within a document too.
    let one_line = corpus(1_000_000).join(" ").replace(['\n', '\r'], " ");
    g.throughput(Throughput::Bytes(one_line.len() as u64));
    g.bench_with_input(
        BenchmarkId::from_parameter("1MB_one_line"),
        &one_line,
        |b, text| b.iter(|| ex.analyze(text).unwrap().entities.len()),
    );
    g.finish();
}

fn per_stage(c: &mut Criterion) {
    stages::warm_up();
    let s = samples();
    let texts: Vec<&str> = s.iter().map(|(_, t)| t.as_str()).collect();
    let total: usize = texts.iter().map(|t| t.len()).sum();
    let articles: Vec<dateline::Article> = texts.iter().map(|t| stages::layout(t)).collect();
    let entities: Vec<Vec<dateline::Entity>> = articles.iter().map(stages::entities).collect();
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("layout", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| stages::layout(black_box(t)).segments.len())
                .sum::<usize>()
        })
    });
    g.bench_function("tokens", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| stages::tokens(black_box(t)))
                .sum::<usize>()
        })
    });
    g.bench_function("gazetteer_scan", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| stages::gazetteer_scan(black_box(t)))
                .sum::<usize>()
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| stages::dates(black_box(t)))
                .sum::<usize>()
        })
    });
    g.bench_function("recognize", |b| {
        b.iter(|| articles.iter().map(stages::recognize).sum::<usize>())
    });
    g.bench_function("recognize_and_merge", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| stages::entities(a).len())
                .sum::<usize>()
        })
    });
    g.bench_function("meetings", |b| {
        b.iter(|| {
            articles
                .iter()
                .zip(&entities)
                .map(|(a, e)| stages::meetings(a, e))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, per_article, scaling, per_stage);
criterion_main!(benches);

//! `dateline`: news articles in, JSON Lines out. A thin shell over the
//! `dateline` crate: argument parsing, walking inputs, printing.

use clap::Parser;
use rayon::prelude::*;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  dateline examples/articles              every *.txt under a folder, one JSON line each
  dateline a.txt b.txt -o out.jsonl       named files, written to out.jsonl
  cat a.txt | dateline -                  one article from standard input (id \"-\")
  dateline --jobs 1 corpus/ > out.jsonl   one thread, for benchmarks";

/// Turn scraped news-article text into typed metadata, entities and meetings,
/// one JSON object per article (JSON Lines), in input order.
#[derive(Parser, Debug)]
#[command(name = "dateline", version, after_help = EXAMPLES)]
struct Args {
    /// Files, folders (searched recursively for *.txt) or `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write JSON Lines here instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short, long)]
    jobs: Option<usize>,
    /// Stop at the first file that cannot be read or parsed.
    #[arg(long)]
    fail_fast: bool,
    /// Leave the segments out of the output.
    #[arg(long)]
    no_segments: bool,
}

enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn id(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.file_stem().map_or_else(
                || p.display().to_string(),
                |s| s.to_string_lossy().into_owned(),
            ),
        }
    }

    fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Input::File(p) => std::fs::read(p),
        }
    }
}

fn collect(path: &Path, out: &mut Vec<Input>, errors: &mut Vec<String>) {
    if path.as_os_str() == "-" {
        out.push(Input::Stdin);
        return;
    }
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                errors.push(format!("{}: cannot read folder: {e}", path.display()));
                return;
            }
        };
        entries.sort();
        for p in entries {
            if p.is_dir() {
                collect(&p, out, errors);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(Input::File(p));
            }
        }
    } else {
        out.push(Input::File(path.to_path_buf()));
    }
}

fn process(
    input: &Input,
    extractor: &dateline::Extractor,
    segments: bool,
) -> Result<String, String> {
    let bytes = input
        .read()
        .map_err(|e| format!("{}: cannot read: {e}", input.name()))?;
    let doc = extractor
        .analyze_bytes(&bytes)
        .map_err(|e| format!("{}: {e}", input.name()))?;
    let doc = if segments {
        doc
    } else {
        dateline::Document {
            segments: Vec::new(),
            ..doc
        }
    };
    let body = serde_json::to_string(&doc).map_err(|e| format!("{}: {e}", input.name()))?;
    let id = serde_json::to_string(&input.id()).map_err(|e| format!("{}: {e}", input.name()))?;
    // `{"id":...,` then the document's own fields: one serialisation, id first.
    Ok(format!("{{\"id\":{id},{}", &body[1..]))
}

/// Run `f` for the input `name`, a panic in it (a bug in dateline, never
/// the input's fault) reported as that file's error so the run goes on.
fn guarded(name: &str, f: impl FnOnce() -> Result<String, String>) -> Result<String, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        Err(format!(
            "{name}: internal error in dateline ({what}); please report it with the input"
        ))
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in &args.inputs {
        collect(p, &mut inputs, &mut errors);
    }
    for e in &errors {
        eprintln!("dateline: {e}");
    }
    if args.fail_fast && !errors.is_empty() {
        return ExitCode::FAILURE;
    }
    if let Some(j) = args.jobs {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
        {
            eprintln!("dateline: cannot set up {j} threads: {e}");
            return ExitCode::FAILURE;
        }
    }
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("dateline: {}: cannot create output: {e}", p.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let bar = if std::io::stderr().is_terminal() && inputs.len() > 1 {
        indicatif::ProgressBar::new(inputs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let extractor = dateline::Extractor::new();
    let mut failed = !errors.is_empty();
    // Results are computed in parallel chunks and written in input order.
    let chunk = 256;
    'outer: for part in inputs.chunks(chunk) {
        let results: Vec<Result<String, String>> = part
            .par_iter()
            .map(|i| {
                let r = guarded(&i.name(), || process(i, &extractor, !args.no_segments));
                bar.inc(1);
                r
            })
            .collect();
        for r in results {
            match r {
                Ok(line) => {
                    if let Err(e) = writeln!(out, "{line}") {
                        return write_failed(&e, failed);
                    }
                }
                Err(e) => {
                    bar.suspend(|| eprintln!("dateline: {e}"));
                    failed = true;
                    if args.fail_fast {
                        break 'outer;
                    }
                }
            }
        }
    }
    bar.finish_and_clear();
    if let Err(e) = out.flush() {
        return write_failed(&e, failed);
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A reader that stopped reading (`dateline dir | head`) ends the run
/// quietly, as a pipe's writer should (failing only if a file already
/// failed); other write errors are reported.
fn write_failed(e: &std::io::Error, failed: bool) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    eprintln!("dateline: cannot write output: {e}");
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_while_reading_one_file_is_that_file_s_error() {
        let r = guarded("a.txt", || panic!("index out of bounds"));
        let e = r.expect_err("a panic is an error");
        assert!(e.starts_with("a.txt: internal error in dateline"), "{e}");
        assert!(e.contains("index out of bounds"), "{e}");
        assert_eq!(
            guarded("b.txt", || Ok("{}".to_string())),
            Ok("{}".to_string())
        );
    }
}

//! The Python binding of dateline: conversion between Rust and Python types,
//! GIL release around the work, and error mapping. No extraction logic
//! lives here; it is all in the `dateline` crate.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;
use std::sync::{LazyLock, Mutex};

mod document;
mod entity;

use document::{Article, Document, Metadata, Segment};
use entity::{Entity, Meeting, Mention, Role};

/// One extractor for the whole process: gazetteers are built once.
static EXTRACTOR: LazyLock<dateline::Extractor> = LazyLock::new(dateline::Extractor::new);

/// An exception class defined in `dateline/_errors.py`.
fn error_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("dateline._errors")?.getattr(name)
}

/// `dateline.ParseError` for bad input.
pub(crate) fn parse_error(py: Python<'_>, e: &dateline::Error, which: Option<usize>) -> PyErr {
    let msg = match which {
        Some(i) => format!("text {i}: {e}"),
        None => e.to_string(),
    };
    match error_class(py, "ParseError") {
        Ok(cls) => PyErr::from_value(
            cls.call1((msg,))
                .unwrap_or_else(|err| err.into_value(py).into_bound(py).into_any()),
        ),
        Err(err) => err,
    }
}

/// `dateline.DatelineError` for a failure inside dateline (a bug): never a PanicException.
pub(crate) fn internal_error(py: Python<'_>, what: &str) -> PyErr {
    let msg = format!("internal error in dateline ({what}); please report it with the input");
    match error_class(py, "DatelineError") {
        Ok(cls) => PyErr::from_value(
            cls.call1((msg,))
                .unwrap_or_else(|err| err.into_value(py).into_bound(py).into_any()),
        ),
        Err(err) => err,
    }
}

/// Run `f` and turn a Rust panic into a value.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        p.downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string())
    })
}

/// Text given as `str` or UTF-8 `bytes`.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

fn input(obj: &Bound<'_, PyAny>) -> PyResult<Input> {
    if let Ok(s) = obj.downcast::<PyString>() {
        return Ok(Input::Text(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = obj.downcast::<PyBytes>() {
        return Ok(Input::Bytes(b.as_bytes().to_vec()));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "expected str or bytes, got {}",
        obj.get_type().name()?
    )))
}

fn run(input: Input) -> Result<(String, Result<dateline::Document, dateline::Error>), String> {
    guarded(move || match input {
        Input::Text(t) => {
            let d = EXTRACTOR.analyze(&t);
            (t, d)
        }
        Input::Bytes(b) => match std::str::from_utf8(&b) {
            Ok(t) => (t.to_string(), EXTRACTOR.analyze(t)),
            Err(_) => (String::new(), EXTRACTOR.analyze_bytes(&b)),
        },
    })
}

/// Parse one article: metadata and segments.
///
/// Raises `dateline.ParseError` for empty input or invalid UTF-8 bytes.
#[pyfunction]
fn parse(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Article> {
    let inp = input(text)?;
    let result = py.allow_threads(|| {
        guarded(move || match inp {
            Input::Text(t) => {
                let a = dateline::parse(&t);
                (t, a)
            }
            Input::Bytes(b) => {
                let a = dateline::parse_bytes(&b);
                (String::from_utf8(b).unwrap_or_default(), a)
            }
        })
    });
    match result {
        Ok((t, Ok(a))) => Ok(Article::new(a, t)),
        Ok((_, Err(e))) => Err(parse_error(py, &e, None)),
        Err(p) => Err(internal_error(py, &p)),
    }
}

/// Analyse one article: metadata, entities, meetings, segments.
#[pyfunction]
#[pyo3(signature = (text, *, id=None))]
fn analyze(py: Python<'_>, text: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<Document> {
    let inp = input(text)?;
    match py.allow_threads(|| run(inp)) {
        Ok((t, Ok(d))) => Ok(Document::new(d, t, id)),
        Ok((_, Err(e))) => Err(parse_error(py, &e, None)),
        Err(p) => Err(internal_error(py, &p)),
    }
}

/// The worker pool of `n` threads, built on first use and kept: a new pool
/// per call would start threads, and warm their caches, every time.
fn pool(n: usize) -> Result<std::sync::Arc<rayon::ThreadPool>, String> {
    static POOLS: Mutex<Vec<(usize, std::sync::Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());
    let mut pools = POOLS.lock().map_err(|e| e.to_string())?;
    if let Some((_, p)) = pools.iter().find(|(k, _)| *k == n) {
        return Ok(p.clone());
    }
    let p = std::sync::Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map_err(|e| e.to_string())?,
    );
    pools.push((n, p.clone()));
    Ok(p)
}

/// Analyse many articles in parallel with the GIL released.
///
/// `texts` is any iterable of `str` or `bytes`; `ids` (optional) names each
/// document; `threads` caps the worker threads (default: one per core; 1
/// runs on the calling thread, and pools of other sizes are kept between calls).
#[pyfunction]
#[pyo3(signature = (texts, *, ids=None, threads=None))]
fn analyze_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<Vec<String>>,
    threads: Option<usize>,
) -> PyResult<Vec<Document>> {
    let mut inputs = Vec::new();
    for item in texts.try_iter()? {
        inputs.push(input(&item?)?);
    }
    if let Some(ids) = &ids {
        if ids.len() != inputs.len() {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "got {} ids for {} texts",
                ids.len(),
                inputs.len()
            )));
        }
    }
    let results = py.allow_threads(|| match threads {
        // One thread: this one, whose per-thread regex caches stay warm between calls.
        Some(0 | 1) => Ok(inputs.into_iter().map(run).collect::<Vec<_>>()),
        Some(n) => pool(n).map(|pool| pool.install(|| inputs.into_par_iter().map(run).collect())),
        None => Ok(inputs.into_par_iter().map(run).collect()),
    });
    let results = results.map_err(|e| internal_error(py, &e))?;
    let mut docs = Vec::with_capacity(results.len());
    let mut ids = ids.map(|v| v.into_iter());
    for (i, r) in results.into_iter().enumerate() {
        let id = ids.as_mut().and_then(Iterator::next);
        match r {
            Ok((t, Ok(d))) => docs.push(Document::new(d, t, id)),
            Ok((_, Err(e))) => return Err(parse_error(py, &e, Some(i))),
            Err(p) => return Err(internal_error(py, &p)),
        }
    }
    Ok(docs)
}

#[pymodule]
fn _dateline(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(document::_restore_document, m)?)?;
    m.add_function(wrap_pyfunction!(document::_restore_article, m)?)?;
    m.add_class::<Article>()?;
    m.add_class::<Document>()?;
    m.add_class::<Metadata>()?;
    m.add_class::<Segment>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Role>()?;
    m.add_class::<Meeting>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

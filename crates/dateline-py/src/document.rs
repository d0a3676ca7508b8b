//! Python classes for parsed and analysed articles: `Article`, `Document`,
//! `Metadata`, `Segment`.

use crate::entity::{Entity, Meeting};
use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

/// The serde name of a unit enum variant ("person", "body").
pub(crate) fn variant<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub(crate) fn json<T: Serialize>(py: Python<'_>, v: &T) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| crate::internal_error(py, &e.to_string()))
}

pub(crate) fn json_to_dict<'py>(py: Python<'py>, s: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")?.call1((s,))
}

/// A Python-style repr of a string: 'text'.
pub(crate) fn py_str(s: &str) -> String {
    format!(
        "'{}'",
        s.replace('\\', "\\\\")
            .replace('\'', "\\'")
            .replace('\n', "\\n")
    )
}

/// A Python-style repr of an optional string: 'text' or None.
pub(crate) fn py_opt(s: &Option<String>) -> String {
    s.as_deref().map_or_else(|| "None".to_string(), py_str)
}

/// A Python-style repr of a list of strings.
pub(crate) fn py_list(v: &[String]) -> String {
    format!(
        "[{}]",
        v.iter().map(|s| py_str(s)).collect::<Vec<_>>().join(", ")
    )
}

/// Compare two frozen objects of the same class by their Rust value.
pub(crate) fn same<T, V: PartialEq>(
    other: &Bound<'_, PyAny>,
    mine: &V,
    get: impl Fn(&T) -> &V,
) -> bool
where
    T: pyo3::PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync,
{
    other
        .downcast::<T>()
        .map(|o| get(o.get()) == mine)
        .unwrap_or(false)
}

/// Python `Segment`s of a segment list.
fn segments(segs: &[dateline::Segment]) -> Vec<Segment> {
    segs.iter()
        .cloned()
        .map(|inner| Segment { inner })
        .collect()
}

/// The text of the body segments.
fn body(segs: &[dateline::Segment]) -> Vec<String> {
    segs.iter()
        .filter(|s| s.kind == dateline::SegmentKind::Body)
        .map(|s| s.text.clone())
        .collect()
}

/// What the page says about itself.
#[pyclass(frozen, module = "dateline")]
#[derive(Clone)]
pub struct Metadata {
    pub(crate) inner: dateline::Metadata,
}

#[pymethods]
impl Metadata {
    /// Publication date (`datetime.date`) or None.
    #[getter]
    fn published<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        date(py, self.inner.published)
    }
    /// Publication time (`datetime.time`, local) or None.
    #[getter]
    fn published_time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .published_time
            .map(|t| {
                py.import("datetime")?
                    .getattr("time")?
                    .call1((t.hour(), t.minute()))
            })
            .transpose()
    }
    /// UTC offset of the publication time ("+04:00") or None.
    #[getter]
    fn utc_offset(&self) -> Option<String> {
        self.inner.utc_offset.map(|o| o.to_string())
    }
    /// A page date that is not the publication date, or None.
    #[getter]
    fn page_date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        date(py, self.inner.page_date)
    }
    /// The headline, or None.
    #[getter]
    fn title(&self) -> Option<String> {
        self.inner.title.clone()
    }
    /// Named human authors.
    #[getter]
    fn authors(&self) -> Vec<String> {
        self.inner.authors.clone()
    }
    /// The outlet credited as the source, or None.
    #[getter]
    fn outlet(&self) -> Option<String> {
        self.inner.outlet.clone()
    }
    /// The place of the opening dateline, or None.
    #[getter]
    fn dateline(&self) -> Option<String> {
        self.inner.dateline.clone()
    }
    /// A plain dict (dates as ISO strings).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_dict(py, &json(py, &self.inner)?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        same::<Metadata, _>(other, &self.inner, |m| &m.inner)
    }
    fn __repr__(&self) -> String {
        let m = &self.inner;
        format!(
            "Metadata(published={}, title={}, authors={}, outlet={}, dateline={})",
            m.published.map_or("None".to_string(), |d| format!(
                "datetime.date({}, {}, {})",
                d.year(),
                d.month(),
                d.day()
            )),
            py_opt(&m.title),
            py_list(&m.authors),
            py_opt(&m.outlet),
            py_opt(&m.dateline)
        )
    }
}

fn date(py: Python<'_>, d: Option<jiff::civil::Date>) -> PyResult<Option<Bound<'_, PyAny>>> {
    d.map(|d| {
        py.import("datetime")?
            .getattr("date")?
            .call1((d.year(), d.month(), d.day()))
    })
    .transpose()
}

/// A consecutive stretch of the input with one kind.
#[pyclass(frozen, module = "dateline")]
#[derive(Clone)]
pub struct Segment {
    pub(crate) inner: dateline::Segment,
}

#[pymethods]
impl Segment {
    /// "header", "title", "byline", "body" or "boilerplate".
    #[getter]
    fn kind(&self) -> String {
        variant(&self.inner.kind)
    }
    /// The trimmed text.
    #[getter]
    fn text(&self) -> String {
        self.inner.text.clone()
    }
    /// Character offset of the text in the input.
    #[getter]
    fn start(&self) -> usize {
        self.inner.content_chars.start
    }
    /// Character offset one past the text.
    #[getter]
    fn end(&self) -> usize {
        self.inner.content_chars.end
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        same::<Segment, _>(other, &self.inner, |s| &s.inner)
    }
    fn __repr__(&self) -> String {
        let t: String = self.inner.text.chars().take(40).collect();
        format!(
            "Segment(kind={}, start={}, end={}, text={})",
            py_str(&self.kind()),
            self.start(),
            self.end(),
            py_str(&t)
        )
    }
}

/// What `pickle` stores of a document: its value, input text and id.
#[derive(Serialize, Deserialize)]
struct StoredDocument {
    id: Option<String>,
    text: String,
    doc: dateline::Document,
}

/// Everything dateline reads from one article.
#[pyclass(frozen, module = "dateline")]
pub struct Document {
    inner: dateline::Document,
    text: String,
    id: Option<String>,
}

impl Document {
    pub(crate) fn new(inner: dateline::Document, text: String, id: Option<String>) -> Document {
        Document { inner, text, id }
    }
}

#[pymethods]
impl Document {
    /// The id given to `analyze`/`analyze_many`, or None.
    #[getter]
    fn id(&self) -> Option<String> {
        self.id.clone()
    }
    /// The input text; mention offsets index it.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }
    /// Typed metadata.
    #[getter]
    fn metadata(&self) -> Metadata {
        Metadata {
            inner: self.inner.metadata.clone(),
        }
    }
    /// Named entities, each once with all its mentions.
    #[getter]
    fn entities(&self) -> Vec<Entity> {
        self.inner
            .entities
            .iter()
            .cloned()
            .map(Entity::from)
            .collect()
    }
    /// Meetings, visits and talks.
    #[getter]
    fn meetings(&self) -> Vec<Meeting> {
        self.inner
            .meetings
            .iter()
            .cloned()
            .map(Meeting::from)
            .collect()
    }
    /// The segments of the input.
    #[getter]
    fn segments(&self) -> Vec<Segment> {
        segments(&self.inner.segments)
    }
    /// The body paragraphs' text.
    #[getter]
    fn body(&self) -> Vec<String> {
        body(&self.inner.segments)
    }
    /// The gold-schema JSON: id, metadata, entities, meetings, segments.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let mut v = serde_json::to_value(&self.inner)
            .map_err(|e| crate::internal_error(py, &e.to_string()))?;
        if let Some(o) = v.as_object_mut() {
            o.insert(
                "id".to_string(),
                self.id
                    .clone()
                    .map_or(serde_json::Value::Null, serde_json::Value::String),
            );
        }
        Ok(v.to_string())
    }
    /// `to_json()` as plain Python dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_dict(py, &self.to_json(py)?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .downcast::<Document>()
            .map(|o| {
                let o = o.get();
                o.inner == self.inner && o.text == self.text && o.id == self.id
            })
            .unwrap_or(false)
    }
    fn __repr__(&self) -> String {
        let m = &self.inner.metadata;
        format!(
            "Document(id={}, published={}, title={}, entities={}, meetings={})",
            py_opt(&self.id),
            m.published
                .map_or("None".to_string(), |d| py_str(&d.to_string())),
            py_opt(&m.title),
            self.inner.entities.len(),
            self.inner.meetings.len()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let stored = StoredDocument {
            id: self.id.clone(),
            text: self.text.clone(),
            doc: self.inner.clone(),
        };
        let f = py
            .import("dateline._dateline")?
            .getattr("_restore_document")?;
        Ok((f, (json(py, &stored)?,)))
    }
    /// Notebook display: metadata, highlighted entities, meetings.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("dateline._display")?
            .getattr("document_html")?
            .call1((slf,))
    }
}

/// Rebuild a pickled `Document`.
#[pyfunction]
pub(crate) fn _restore_document(py: Python<'_>, state: &str) -> PyResult<Document> {
    let s: StoredDocument =
        serde_json::from_str(state).map_err(|e| crate::internal_error(py, &e.to_string()))?;
    Ok(Document {
        inner: s.doc,
        text: s.text,
        id: s.id,
    })
}

#[derive(Serialize, Deserialize)]
struct StoredArticle {
    text: String,
    article: dateline::Article,
}

/// A parsed article: metadata and segments.
#[pyclass(frozen, module = "dateline")]
pub struct Article {
    inner: dateline::Article,
    text: String,
}

impl Article {
    pub(crate) fn new(inner: dateline::Article, text: String) -> Article {
        Article { inner, text }
    }
}

#[pymethods]
impl Article {
    /// The input text.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }
    /// Typed metadata.
    #[getter]
    fn metadata(&self) -> Metadata {
        Metadata {
            inner: self.inner.metadata.clone(),
        }
    }
    /// The segments of the input.
    #[getter]
    fn segments(&self) -> Vec<Segment> {
        segments(&self.inner.segments)
    }
    /// The body paragraphs' text.
    #[getter]
    fn body(&self) -> Vec<String> {
        body(&self.inner.segments)
    }
    /// JSON of metadata and segments.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        json(py, &self.inner)
    }
    /// `to_json()` as plain Python dicts and lists.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_dict(py, &json(py, &self.inner)?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .downcast::<Article>()
            .map(|o| o.get().inner == self.inner && o.get().text == self.text)
            .unwrap_or(false)
    }
    fn __repr__(&self) -> String {
        format!(
            "Article(title={}, segments={})",
            py_opt(&self.inner.metadata.title),
            self.inner.segments.len()
        )
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let stored = StoredArticle {
            text: self.text.clone(),
            article: self.inner.clone(),
        };
        let f = py
            .import("dateline._dateline")?
            .getattr("_restore_article")?;
        Ok((f, (json(py, &stored)?,)))
    }
}

/// Rebuild a pickled `Article`.
#[pyfunction]
pub(crate) fn _restore_article(py: Python<'_>, state: &str) -> PyResult<Article> {
    let s: StoredArticle =
        serde_json::from_str(state).map_err(|e| crate::internal_error(py, &e.to_string()))?;
    Ok(Article {
        inner: s.article,
        text: s.text,
    })
}

//! Python classes for entities and meetings: `Entity`, `Mention`, `Role`, `Meeting`.

use crate::document::{json, json_to_dict, py_list, py_opt, py_str, same, variant};
use pyo3::prelude::*;

/// One occurrence of an entity; `start`/`end` are character offsets into
/// the document's text, so `doc.text[m.start:m.end] == m.text`.
#[pyclass(frozen, module = "dateline")]
#[derive(Clone)]
pub struct Mention {
    inner: dateline::Mention,
}

#[pymethods]
impl Mention {
    /// The mention's text, exactly as in the input.
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    /// Character offset where it starts.
    #[getter]
    fn start(&self) -> usize {
        self.inner.chars.start
    }
    /// Character offset one past its end.
    #[getter]
    fn end(&self) -> usize {
        self.inner.chars.end
    }
    /// Byte offset where it starts in the UTF-8 input.
    #[getter]
    fn byte_start(&self) -> usize {
        self.inner.span.start
    }
    /// Byte offset one past its end in the UTF-8 input.
    #[getter]
    fn byte_end(&self) -> usize {
        self.inner.span.end
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        same::<Mention, _>(other, &self.inner, |m| &m.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Mention({}, start={}, end={})",
            py_str(&self.inner.text),
            self.start(),
            self.end()
        )
    }
}

/// A title read as a role: a rank, or a position and its organisation.
#[pyclass(frozen, module = "dateline")]
#[derive(Clone)]
pub struct Role {
    inner: dateline::Role,
}

#[pymethods]
impl Role {
    /// Military rank, or None.
    #[getter]
    fn rank(&self) -> Option<String> {
        self.inner.rank.clone()
    }
    /// Position, or None.
    #[getter]
    fn position(&self) -> Option<String> {
        self.inner.position.clone()
    }
    /// Organisation named by the position, or None.
    #[getter]
    fn organization(&self) -> Option<String> {
        self.inner.organization.clone()
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        same::<Role, _>(other, &self.inner, |r| &r.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Role(rank={}, position={}, organization={})",
            py_opt(&self.inner.rank),
            py_opt(&self.inner.position),
            py_opt(&self.inner.organization)
        )
    }
}

/// A real-world entity named in the article, once, with all its mentions.
#[pyclass(frozen, module = "dateline")]
#[derive(Clone)]
pub struct Entity {
    inner: dateline::Entity,
}

impl From<dateline::Entity> for Entity {
    fn from(inner: dateline::Entity) -> Entity {
        Entity { inner }
    }
}

#[pymethods]
impl Entity {
    /// "person", "organization", "location" or "date".
    #[getter]
    fn kind(&self) -> String {
        variant(&self.inner.kind)
    }
    /// The fullest form of the name (for dates, the ISO value).
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    /// Every mention, in text order.
    #[getter]
    fn mentions(&self) -> Vec<Mention> {
        self.inner
            .mentions
            .iter()
            .cloned()
            .map(|inner| Mention { inner })
            .collect()
    }
    /// Ranks and positions, as written.
    #[getter]
    fn titles(&self) -> Vec<String> {
        self.inner.titles.clone()
    }
    /// The titles as structured roles.
    #[getter]
    fn roles(&self) -> Vec<Role> {
        self.inner
            .roles
            .iter()
            .cloned()
            .map(|inner| Role { inner })
            .collect()
    }
    /// For dates: the ISO value ("2020-02-06", "2019-06", "1988"); else None.
    #[getter]
    fn value(&self) -> Option<String> {
        self.inner.value.clone()
    }
    /// A plain dict in the gold schema (mentions with offsets).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_dict(py, &json(py, &self.inner)?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        same::<Entity, _>(other, &self.inner, |e| &e.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Entity({}, {}, mentions={})",
            py_str(&self.kind()),
            py_str(&self.inner.name),
            self.inner.mentions.len()
        )
    }
}

/// A meeting, visit or talk the article reports as having happened.
#[pyclass(frozen, module = "dateline")]
#[derive(Clone)]
pub struct Meeting {
    inner: dateline::Meeting,
}

impl From<dateline::Meeting> for Meeting {
    fn from(inner: dateline::Meeting) -> Meeting {
        Meeting { inner }
    }
}

#[pymethods]
impl Meeting {
    /// "meet", "visit", "host", "talks", "phone_call" or "other".
    #[getter]
    fn kind(&self) -> String {
        variant(&self.inner.kind)
    }
    /// Names of the person entities who took part.
    #[getter]
    fn participants(&self) -> Vec<String> {
        self.inner.participants.clone()
    }
    /// ISO date ("2020-02-06", or "2021-05" at month precision), or None.
    #[getter]
    fn date(&self) -> Option<String> {
        self.inner.date.clone()
    }
    /// Location name, or None.
    #[getter]
    fn place(&self) -> Option<String> {
        self.inner.place.clone()
    }
    /// Character range of the sentence that reports it.
    #[getter]
    fn evidence(&self) -> (usize, usize) {
        (
            self.inner.evidence_chars.start,
            self.inner.evidence_chars.end,
        )
    }
    /// A plain dict in the gold schema.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_dict(py, &json(py, &self.inner)?)
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        same::<Meeting, _>(other, &self.inner, |m| &m.inner)
    }
    fn __repr__(&self) -> String {
        format!(
            "Meeting({}, participants={}, date={}, place={})",
            py_str(&self.kind()),
            py_list(&self.inner.participants),
            py_opt(&self.inner.date),
            py_opt(&self.inner.place)
        )
    }
}

//! Byte and character ranges into the input text.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` into the input text.
///
/// Byte spans index the `&str` given to [`crate::parse`]; character spans
/// count Unicode scalar values, as Python's `str` indexes.
///
/// # Example
/// ```
/// let span = dateline::Span { start: 2, end: 5 };
/// assert_eq!(span.len(), 3);
/// assert_eq!(&"a bcd e"[span.range()], "bcd");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First offset in the range.
    pub start: usize,
    /// One past the last offset in the range.
    pub end: usize,
}

impl Span {
    /// The span as a `Range`, for slicing.
    ///
    /// ```
    /// let s = dateline::Span { start: 0, end: 1 };
    /// assert_eq!(&"xy"[s.range()], "x");
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length of the span.
    ///
    /// ```
    /// assert_eq!(dateline::Span { start: 3, end: 3 }.len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    ///
    /// ```
    /// assert!(dateline::Span { start: 3, end: 3 }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

//! The one error type of the crate.
//!
//! Parsing an article only fails on input that is not an article at all:
//! nothing but whitespace, or bytes that are not UTF-8. An article whose
//! layout is not recognised is not an error: it is read as all body.

/// What went wrong, with where.
///
/// # Example
/// ```
/// let err = dateline::parse("   \n").unwrap_err();
/// assert_eq!(err.to_string(), "the input is empty or whitespace only (4 bytes)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no text at all, or only whitespace.
    #[error("the input is empty or whitespace only ({len} bytes)")]
    Empty {
        /// Length of the input in bytes.
        len: usize,
    },
    /// The input is not valid UTF-8.
    #[error("the input is not valid UTF-8: invalid byte 0x{byte:02X} at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// The first invalid byte.
        byte: u8,
    },
}

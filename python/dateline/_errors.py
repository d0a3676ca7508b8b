"""dateline's exceptions."""


class DatelineError(Exception):
    """Base class of every error dateline raises."""


class ParseError(DatelineError, ValueError):
    """The input is not an article: empty, whitespace only, or invalid UTF-8 bytes."""

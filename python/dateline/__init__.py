"""dateline: typed metadata, entities and meetings from scraped news-article text.

>>> import dateline
>>> doc = dateline.analyze(" date 2018-12-12 By Trend\\n\\nBAKU, Azerbaijan, Dec. 12. Minister Zakir Hasanov met General Valery Gerasimov.\\n")
>>> doc.metadata.outlet, doc.metadata.dateline
('Trend', 'Baku')
>>> [m.participants for m in doc.meetings]
[['Zakir Hasanov', 'Valery Gerasimov']]

The work happens in Rust (the ``dateline`` crate); this package holds the typed
classes, the batch call ``analyze_many`` (GIL released, parallel), data-frame
helpers and notebook display.
"""
from ._dateline import (
    Article,
    Document,
    Entity,
    Meeting,
    Mention,
    Metadata,
    Role,
    Segment,
    __version__,
    analyze,
    analyze_many,
    parse,
)
from ._errors import DatelineError, ParseError
from ._frames import to_pandas, to_polars

__all__ = [
    "Article",
    "DatelineError",
    "Document",
    "Entity",
    "Meeting",
    "Mention",
    "Metadata",
    "ParseError",
    "Role",
    "Segment",
    "__version__",
    "analyze",
    "analyze_many",
    "parse",
    "to_pandas",
    "to_polars",
]

"""Data frames of analysed documents: one row per entity mention, per
document (metadata) or per meeting. pandas and polars are optional."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Sequence

if TYPE_CHECKING:
    from ._dateline import Document

TABLES = ("mentions", "metadata", "meetings")


def _rows(docs: Iterable["Document"], table: str) -> List[Dict[str, Any]]:
    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}, not {table!r}")
    rows: List[Dict[str, Any]] = []
    for i, doc in enumerate(docs):
        doc_id = doc.id if doc.id is not None else i
        if table == "mentions":
            for e in doc.entities:
                for m in e.mentions:
                    rows.append({"doc_id": doc_id, "type": e.kind, "entity": e.name, "value": e.value,
                                 "mention": m.text, "start": m.start, "end": m.end})
        elif table == "metadata":
            md = doc.metadata
            rows.append({"doc_id": doc_id, "published": md.published, "published_time": md.published_time,
                         "utc_offset": md.utc_offset, "page_date": md.page_date, "title": md.title,
                         "authors": list(md.authors), "outlet": md.outlet, "dateline": md.dateline,
                         "entities": len(doc.entities), "meetings": len(doc.meetings)})
        else:
            for mt in doc.meetings:
                rows.append({"doc_id": doc_id, "kind": mt.kind, "participants": list(mt.participants),
                             "date": mt.date, "place": mt.place})
    return rows


_COLUMNS = {
    "mentions": ["doc_id", "type", "entity", "value", "mention", "start", "end"],
    "metadata": ["doc_id", "published", "published_time", "utc_offset", "page_date", "title", "authors",
                 "outlet", "dateline", "entities", "meetings"],
    "meetings": ["doc_id", "kind", "participants", "date", "place"],
}


def to_pandas(docs: Sequence["Document"], table: str = "mentions") -> Any:
    """A pandas DataFrame of ``docs``: ``table`` is "mentions" (one row per
    entity mention: doc_id, type, entity, value, mention, start, end),
    "metadata" (one row per document) or "meetings"."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("dateline.to_pandas needs pandas: pip install pandas (or dateline[pandas])") from e
    return pd.DataFrame(_rows(docs, table), columns=_COLUMNS[table])


def to_polars(docs: Sequence["Document"], table: str = "mentions") -> Any:
    """A polars DataFrame of ``docs``; see :func:`to_pandas` for ``table``."""
    try:
        import polars as pl
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("dateline.to_polars needs polars: pip install polars (or dateline[polars])") from e
    rows = _rows(docs, table)
    if not rows:
        return pl.DataFrame({c: [] for c in _COLUMNS[table]})
    return pl.DataFrame(rows)

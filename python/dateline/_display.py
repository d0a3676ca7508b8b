"""Notebook display of a Document: metadata, the text with entities
highlighted by type (like displaCy), and the meetings. All text is
HTML-escaped."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, List, Tuple

if TYPE_CHECKING:
    from ._dateline import Document

COLORS = {"person": "#aa9cfc", "organization": "#7aecec", "location": "#feca74", "date": "#bfe1d9"}


def _highlighted(text: str, spans: List[Tuple[int, int, str]]) -> str:
    out: List[str] = []
    at = 0
    for start, end, kind in sorted(spans):
        if start < at:
            continue
        out.append(html.escape(text[at:start]))
        out.append(
            f'<mark style="background:{COLORS.get(kind, "#ddd")};padding:0 2px;border-radius:3px">'
            f"{html.escape(text[start:end])}<sup style=\"font-size:60%\">{html.escape(kind[:3].upper())}</sup></mark>"
        )
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def document_html(doc: "Document") -> str:
    md = doc.metadata
    rows = [
        ("published", md.published), ("time", md.published_time), ("UTC offset", md.utc_offset),
        ("title", md.title), ("authors", ", ".join(md.authors) or None), ("outlet", md.outlet),
        ("dateline", md.dateline),
    ]
    head = "".join(
        f"<tr><th style='text-align:left;padding-right:1em'>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
        for k, v in rows if v is not None
    )
    spans = [(m.start, m.end, e.kind) for e in doc.entities for m in e.mentions]
    paragraphs = []
    for seg in doc.segments:
        if seg.kind in ("title", "body"):
            inner = [(s - seg.start, e - seg.start, k) for s, e, k in spans if seg.start <= s and e <= seg.end]
            tag = "h4" if seg.kind == "title" else "p"
            paragraphs.append(f"<{tag}>{_highlighted(doc.text[seg.start:seg.end], inner)}</{tag}>")
    meetings = "".join(
        f"<li>{html.escape(m.kind)}: {html.escape(', '.join(m.participants))}"
        f"{' — ' + html.escape(m.date) if m.date else ''}{' — ' + html.escape(m.place) if m.place else ''}</li>"
        for m in doc.meetings
    )
    return (
        "<div class='dateline-document'>"
        f"<table>{head}</table>{''.join(paragraphs)}"
        + (f"<h4>Meetings</h4><ul>{meetings}</ul>" if meetings else "")
        + "</div>"
    )

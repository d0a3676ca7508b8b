"""Exercises the public API for `mypy --strict` (run in CI); also runs."""
import datetime
from typing import List, Optional

import dateline


def main() -> None:
    doc: dateline.Document = dateline.analyze(" date 2021-03-04 By Jane Roe\n\nMinister Arkady Petrenko met President Maria Lopes.\n", id="t")
    published: Optional[datetime.date] = doc.metadata.published
    names: List[str] = [e.name for e in doc.entities]
    starts: List[int] = [m.start for e in doc.entities for m in e.mentions]
    ranks: List[Optional[str]] = [r.rank for e in doc.entities for r in e.roles]
    meetings: List[List[str]] = [m.participants for m in doc.meetings]
    many: List[dateline.Document] = dateline.analyze_many([doc.text, doc.text.encode()], threads=1)
    article: dateline.Article = dateline.parse(doc.text)
    body: List[str] = article.body
    try:
        dateline.parse("")
    except dateline.ParseError as e:
        message: str = str(e)
    print(published, names, starts, ranks, meetings, len(many), body, message)


if __name__ == "__main__":
    main()

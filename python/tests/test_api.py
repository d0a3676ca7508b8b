import datetime
import json
import pickle

import pytest

import dateline

TEXT = (
    " date 2021-03-04 By Jane Roe\n\n"
    "BAKU, Azerbaijan, March 4. On March 3, Defense Minister Colonel-General Arkady Petrenko "
    "met with President Maria Lopes in Riga, Trend reports.\n"
)


def test_analyze_types_and_values() -> None:
    doc = dateline.analyze(TEXT, id="a1")
    assert isinstance(doc, dateline.Document)
    assert doc.id == "a1"
    md = doc.metadata
    assert md.published == datetime.date(2021, 3, 4)
    assert md.authors == ["Jane Roe"]
    assert md.dateline == "Baku"
    kinds = {e.kind for e in doc.entities}
    assert {"person", "location", "date"} <= kinds
    person = next(e for e in doc.entities if e.name == "Arkady Petrenko")
    assert "Colonel-General" in person.titles
    assert any(r.rank == "Colonel-General" for r in person.roles)
    [meeting] = doc.meetings
    assert meeting.participants == ["Arkady Petrenko", "Maria Lopes"]
    assert meeting.date == "2021-03-03" and meeting.place == "Riga"
    start, end = meeting.evidence
    assert "met with" in doc.text[start:end]


def test_mention_offsets_index_the_input(samples) -> None:
    docs = dateline.analyze_many([t for _, t in samples], ids=[i for i, _ in samples])
    assert [d.id for d in docs] == [i for i, _ in samples]
    count = 0
    for (_, text), doc in zip(samples, docs):
        assert doc.text == text
        for e in doc.entities:
            for m in e.mentions:
                assert text[m.start:m.end] == m.text
                assert text.encode()[m.byte_start:m.byte_end].decode() == m.text
                count += 1
    assert count > 100


def test_non_ascii_offsets_are_characters() -> None:
    text = "Ministr Ýaşar Güler — the Turkish Defense Minister Yaşar Güler met General Ümit Dündar in Ankara.\n"
    doc = dateline.analyze(text)
    ankara = next(e for e in doc.entities if e.name == "Ankara")
    m = ankara.mentions[0]
    assert text[m.start:m.end] == "Ankara"
    assert m.byte_end - m.byte_start == len("Ankara")
    assert m.byte_start > m.start  # multi-byte letters before it


def test_scraped_spaces_invisibles_and_a_byte_order_mark_read_plain_with_offsets_on_the_input(samples) -> None:
    # As scraped: a byte-order mark, no-break spaces, doubled spaces, soft
    # hyphens in long words and zero-width spaces.
    for _, text in samples:
        words = [w[:4] + "\u00ad" + w[4:] if len(w) >= 9 and w.isalpha() else w for w in text.split(" ")]
        scraped = "\ufeff" + "".join(
            w + ("\u00a0" if i % 3 == 0 else "  " if i % 3 == 1 else " \u200b")
            for i, w in enumerate(words[:-1])
        ) + words[-1]
        plain, doc = dateline.analyze(text), dateline.analyze(scraped)
        assert [(e.kind, e.name) for e in doc.entities] == [(e.kind, e.name) for e in plain.entities]
        assert doc.metadata.title == plain.metadata.title
        for e in doc.entities:
            for m in e.mentions:
                assert scraped[m.start:m.end] == m.text
                assert scraped.encode()[m.byte_start:m.byte_end].decode() == m.text


def test_html_character_references_read_as_their_characters_with_offsets_on_the_input(samples) -> None:
    # As a scraper may leave them: "&amp;", "&#39;", "&quot;", "&nbsp;".
    import html

    for _, text in samples:
        escaped = html.escape(text, quote=True).replace("  ", " &nbsp;")
        plain, doc = dateline.analyze(text), dateline.analyze(escaped)
        assert [(e.kind, e.name) for e in doc.entities] == [(e.kind, e.name) for e in plain.entities]
        assert doc.metadata == plain.metadata
        for e in doc.entities:
            for m in e.mentions:
                assert escaped[m.start:m.end] == m.text
                assert html.unescape(m.text) in text


def test_analyze_many_matches_analyze_and_accepts_iterables_and_bytes(samples) -> None:
    texts = [t for _, t in samples]
    one = [dateline.analyze(t) for t in texts]
    many = dateline.analyze_many(iter(texts), threads=2)
    assert many == one
    from_bytes = dateline.analyze_many((t.encode("utf-8") for t in texts), threads=1)
    assert from_bytes == one


def test_batch_call_is_documented() -> None:
    assert dateline.analyze_many.__doc__ and "in parallel" in dateline.analyze_many.__doc__


def test_analyze_many_thread_counts_agree_call_after_call(samples) -> None:
    texts = [t for _, t in samples] * 3
    one = [dateline.analyze(t) for t in texts]
    # Pools are kept between calls: the second call of each count reuses one.
    for threads in (None, 0, 1, 2, 3, 2, 1):
        assert dateline.analyze_many(texts, threads=threads) == one, threads


def test_parse_gives_article() -> None:
    a = dateline.parse(TEXT)
    assert isinstance(a, dateline.Article)
    assert a.metadata.outlet == "Trend"
    kinds = [s.kind for s in a.segments]
    assert kinds[0] == "header" and "body" in kinds
    assert a.body and a.body[0].startswith("BAKU")
    assert a == dateline.parse(TEXT.encode())


def test_objects_are_immutable() -> None:
    doc = dateline.analyze(TEXT)
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        doc.entities[0].name = "x"  # type: ignore[misc]


def test_equality_and_repr() -> None:
    a, b = dateline.analyze(TEXT), dateline.analyze(TEXT)
    assert a == b
    assert a != dateline.analyze(TEXT + "More text about the talks.\n")
    assert repr(a).startswith("Document(id=None, published='2021-03-04'")
    assert "Arkady Petrenko" in repr(a.entities)
    assert repr(a.metadata).startswith("Metadata(published=datetime.date(2021, 3, 4)")


def test_to_dict_and_json_follow_the_gold_schema() -> None:
    doc = dateline.analyze(TEXT, id="x")
    d = doc.to_dict()
    assert d["id"] == "x"
    assert set(d) >= {"metadata", "entities", "meetings", "segments"}
    assert d["metadata"]["published"] == "2021-03-04"
    assert json.loads(doc.to_json()) == d
    e = d["entities"][0]
    assert {"type", "name", "mentions"} <= set(e)


def test_pickle_round_trip(samples) -> None:
    docs = dateline.analyze_many([t for _, t in samples], ids=[i for i, _ in samples])
    back = pickle.loads(pickle.dumps(docs))
    assert back == docs
    assert back[0].id == docs[0].id and back[0].text == docs[0].text
    a = dateline.parse(TEXT)
    assert pickle.loads(pickle.dumps(a)) == a

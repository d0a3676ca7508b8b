import pytest

import dateline


@pytest.fixture(scope="module")
def docs(samples):
    return dateline.analyze_many([t for _, t in samples], ids=[i for i, _ in samples])


def test_pandas_frames(docs) -> None:
    pd = pytest.importorskip("pandas")
    df = dateline.to_pandas(docs)
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["doc_id", "type", "entity", "value", "mention", "start", "end"]
    assert len(df) == sum(len(e.mentions) for d in docs for e in d.entities)
    texts = {d.id: d.text for d in docs}
    for row in df.head(50).itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.mention
    meta = dateline.to_pandas(docs, table="metadata")
    assert len(meta) == len(docs) and "published" in meta.columns
    assert len(dateline.to_pandas(docs, table="meetings")) == sum(len(d.meetings) for d in docs)


def test_polars_frames(docs) -> None:
    pl = pytest.importorskip("polars")
    df = dateline.to_polars(docs)
    assert isinstance(df, pl.DataFrame)
    assert df.height == sum(len(e.mentions) for d in docs for e in d.entities)
    assert df.columns[:3] == ["doc_id", "type", "entity"]


def test_unknown_table_is_an_error(docs) -> None:
    with pytest.raises(ValueError, match="table"):
        dateline._frames._rows(docs, "nope")

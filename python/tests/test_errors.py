import pytest

import dateline


def test_empty_input_is_a_parse_error() -> None:
    with pytest.raises(dateline.ParseError) as info:
        dateline.analyze("  \n ")
    assert "empty" in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, dateline.DatelineError)


def test_invalid_utf8_names_the_offset() -> None:
    with pytest.raises(dateline.ParseError, match="byte offset 6"):
        dateline.analyze(b"Hello \xff world")
    with pytest.raises(dateline.ParseError, match="byte offset 0"):
        dateline.parse(b"\xc3(")


def test_analyze_many_names_the_bad_text() -> None:
    with pytest.raises(dateline.ParseError, match="text 1"):
        dateline.analyze_many(["A story about the talks.", b"\xff"])


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        dateline.analyze(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ids"):
        dateline.analyze_many(["a story."], ids=["1", "2"])

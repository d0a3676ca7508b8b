import dateline


def test_html_highlights_entities_and_lists_meetings() -> None:
    doc = dateline.analyze(" date 2021-03-04 By Jane Roe\n\nMinister Arkady Petrenko met President Maria Lopes in Riga.\n")
    html = doc._repr_html_()
    assert "<mark" in html and "Arkady Petrenko" in html
    assert "PER" in html and "LOC" in html
    assert "<h4>Meetings</h4>" in html


def test_html_escapes_the_text() -> None:
    doc = dateline.analyze("The <script>alert('x')</script> story & Minister Arkady Petrenko spoke in Riga.\n")
    html = doc._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp;" in html

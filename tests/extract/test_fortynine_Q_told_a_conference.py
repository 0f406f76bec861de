"""Round forty-nine (helper Q): "tells a news conference that the pier will close": the parser hung the that-clause
on the conference as a relative clause but read "that" as a conjunction, so the clause, with a subject of its own,
is what was told though it has no object (rule quote.that-marked-on-addressee). A true relative clause on what was
told ("told a story that the audience loved") stays no quote. Sentences written for these tests (names invented)."""


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_a_clause_told_to_a_news_conference_is_a_quote(extract):
    record = extract("Ines Varga tells a news conference that the pier will close.", published="2025-04-02")
    assert contents(record) == ["that the pier will close"]


def test_a_story_the_audience_loved_is_no_quote(extract):
    assert contents(extract("Tomas Holm told a story that the audience loved.", published="2025-04-02")) == []

"""The concessive idiom "That said, …" is no attribution (rule quote.that-said): "that" speaks for no one, and the
clause after it keeps its own speaker. Sentences written for these tests."""

import pytest


def quotes(record: dict) -> list[tuple[str | None, str]]:
    return [((q.get("speaker") or {}).get("text"), q["content"]["text"]) for q in record["quotes"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("That said, most growers expect a poor harvest this year.", "most growers"),
        ("This said, the harbour board insists the new quay will open in May.", "the harbour board"),
    ],
)
def test_that_said_speaks_for_no_one(extract, text, speaker):
    found = quotes(extract(text, published="2024-05-10"))
    assert found
    assert all(who is not None and who.lower() not in ("that", "this") for who, _ in found)
    assert any(who == speaker for who, _ in found)

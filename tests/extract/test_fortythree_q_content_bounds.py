"""Where a content ends, round forty-three (helper q): a quote mark set apart from the full stop before it opens
the next sentence's quote, which keeps its own attribution (rule quote.opening-mark-apart). Sentences written for
these tests."""

import pytest


def contents(record: dict) -> list[tuple[str, str | None]]:
    return [(q["content"]["text"], (q.get("speaker") or {}).get("text")) for q in record["quotes"]]


@pytest.mark.parametrize(
    "text",
    [
        "The answer, the clerk told the council, was simple. ''Just pay the harbour bill,'' she said.",
        "The shortage, Mr. Lund noted, may be on the growers' side. ''There is nothing worse than an empty truck,'' he"
        " said.",
    ],
)
def test_a_mark_opening_the_next_sentence_stays_out_of_the_content(extract, text):
    found = contents(extract(text, published="2024-05-10"))
    assert all("''" not in content or content.startswith("''") for content, _ in found)
    assert any(content.startswith("''") and speaker in ("she", "he") for content, speaker in found)

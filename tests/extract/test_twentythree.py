"""Quote constructions and speakers from round twenty-three of issue 13, on sentences written for these tests."""

import pytest


def quote_with(record: dict, words: str) -> dict:
    return next(q for q in record["quotes"] if words in q["content"]["text"])


def parts_of(text: str, quote: dict) -> list[str]:
    return [text[p["start"] : p["end"]] for p in quote["content"]["parts"]]


@pytest.mark.parametrize(
    ("sentence", "speaker", "parts"),
    [
        # hung on the subject before it as a clause of its own
        (
            "The difference now, he told me, is that the ferry runs at a loss.",
            "he",
            ["The difference now", "is that the ferry runs at a loss"],
        ),
        # hung on the subject as a relative clause with no relative word
        (
            "The real problem, Moss told reporters, is that the port is too small.",
            "Moss",
            ["The real problem", "is that the port is too small"],
        ),
        # the reporting verb parsed as the root, the subject hung on it
        (
            "The cuts, the minister told parliament on Tuesday, were unavoidable.",
            "the minister",
            ["The cuts", "were unavoidable"],
        ),
    ],
)
def test_an_attribution_inside_the_subject_reports_the_subject_and_its_predicate(extract, sentence, speaker, parts):
    # quote.aside-in-subject
    text = f"Port news.\n\n{sentence}"
    quote = quote_with(extract(text), parts[-1])
    assert quote["speaker"]["text"] == speaker
    assert parts_of(text, quote) == parts


@pytest.mark.parametrize(
    "sentence",
    ["The plan, which Moss told reporters about, is too costly.", "The plan Moss told reporters about is too costly."],
)
def test_a_relative_clause_on_the_subject_reports_nothing(extract, sentence):
    assert not extract(f"Port news.\n\n{sentence}")["quotes"]

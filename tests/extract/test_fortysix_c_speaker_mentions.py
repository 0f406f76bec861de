"""Round forty-six (c): which mention of the speaker a quote's speaker span points at, while the speaker resolved
stays the same; tested on sentences written for these tests (names invented)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def quote_with(record: dict[str, Any], fragment: str) -> dict[str, Any]:
    return next(q for q in record["quotes"] if fragment in q["content"]["text"])


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker", "actor"),
    [
        (
            "Mayor Tom Varga spoke on Monday. He has stepped up his attacks on the harbour board.",
            "harbour board",
            "He",
            "Tom Varga",
        ),
        (
            "Mayor Ada Varga spoke on Monday. She escalated her attacks on the ferry operator.",
            "ferry operator",
            "She",
            "Ada Varga",
        ),
        (
            "Mayor Tom Varga spoke on Monday. He expanded upon his calls for a second pier.",
            "second pier",
            "He",
            "Tom Varga",
        ),
    ],
)
def test_a_stand_held_by_a_pronoun_subjects_own_possessive_is_the_subjects(extract, sentence, fragment, speaker, actor):
    # quote.own-stance: "He … his attacks": the subject's mention, the same person
    record = extract(sentence)
    quote = quote_with(record, fragment)
    assert quote["speaker"]["text"] == speaker
    assert actor_of(record, quote["speaker_actor"])["name"] == actor


def test_a_remark_held_by_a_pronoun_subjects_own_possessive_is_the_subjects(extract):
    # quote.own-stance on a remark noun: "She appeared to betray her own concern that …"
    record = extract(
        "Mayor Ada Varga spoke on Monday. She appeared to betray her own concern that the pier was unsafe."
    )
    quote = next(q for q in record["quotes"] if (q.get("cue") or {}).get("text") == "concern")
    assert quote["speaker"]["text"] == "She"
    assert actor_of(record, quote["speaker_actor"])["name"] == "Ada Varga"


def test_a_possessive_of_another_pronoun_keeps_the_stand(extract):
    # quote.own-stance: "She … his opposition": not hers
    record = extract("Mayor Ada Varga met Tom Hale on Monday. She has long admired his opposition to the levy.")
    quote = quote_with(record, "the levy")
    assert quote["speaker"]["text"] == "his"


def test_a_named_subject_does_not_take_over_a_remark(extract):
    # quote.own-stance is not for remark nouns with a named subject: the argument is still his
    record = extract("Tom Hale spoke first. The panel accepted his argument that the pier was unsafe.")
    quote = quote_with(record, "the pier was unsafe")
    assert quote["speaker"]["text"] == "his"


@pytest.mark.parametrize(
    ("sentence", "fragment", "actor"),
    [
        ("The fares were opposed by a harbour association that warned of closures.", "closures", "harbour association"),
        ("Moss cited a new poll that shows most voters oppose the levy.", "most voters oppose", "new poll"),
    ],
)
def test_a_relative_that_is_the_speaker_span_and_its_antecedent_speaks(extract, sentence, fragment, actor):
    # quote.relative-antecedent: the span is "that" as written, the phrase it hangs on is resolved
    record = extract(sentence)
    quote = quote_with(record, fragment)
    assert quote["speaker"]["text"] == "that"
    assert actor_of(record, quote["speaker_actor"])["name"] == actor


def test_a_document_put_out_names_its_issuer_not_that(extract):
    # quote.relative-antecedent through quote.issued-work: whoever released the video speaks
    record = extract("Senator Ada Moss released a video that accuses the mayor of lying.")
    quote = quote_with(record, "the mayor of lying")
    assert quote["speaker"]["text"] == "Senator Ada Moss"

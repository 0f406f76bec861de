"""Quotes from round thirty-eight (q): words that are no quote, found by error analysis of the blind37 articles
and the rest of the gate; tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master would not say whether the two captains had met before the storm.",
        "The pilots declined to say what was discussed at the quay.",
        "A port spokeswoman refused to disclose which ferry company had asked for the meeting.",
        "Neither union would say when the strike would end.",
    ],
)
def test_a_refusal_to_answer_a_question_is_no_quote(extract, sentence):
    # quote.withheld: the question left open is nobody's words
    assert contents(extract(sentence, published="2024-05-10")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's statement did not mention the ferry contract.",
        "The harbour board's report never mentions the second pier.",
        "Neither side mentioned a meeting.",
    ],
)
def test_what_a_text_or_a_side_leaves_out_is_no_quote(extract, sentence):
    # quote.withheld
    assert contents(extract(sentence, published="2024-05-10")) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Ada Moss has not mentioned the levy since the vote.", "the levy"),
        ("Ada Moss refused to disclose her tax records.", "her tax records"),
        ("Ada Moss did not deny that the captains had met.", "that the captains had met"),
        ("The mayor would not comment on “the details of the contract”.", "the details of the contract"),
        ("The mayor is not saying if the ferry will run.", "if the ferry will run"),
    ],
)
def test_a_persons_silence_and_what_is_still_told_stay_quotes(extract, sentence, kept):
    # quote.withheld reads only refusals to answer a question and what a text or a side leaves out
    assert any(kept in c for c in contents(extract(sentence, published="2024-05-10")))


def test_a_withheld_answer_still_tells_who_speaks_next(extract):
    # the withheld telling is dropped only after the speakers are resolved: "she" is still the spokeswoman
    record = extract(
        "A ministry spokeswoman confirmed that the minister had flown to Oslo. Ada Moss, the opposition leader, "
        "called the trip a waste. The spokeswoman would not say whether the minister had met the Norwegian envoy. "
        "“The visit was planned months ago,” she said.",
        published="2024-05-10",
    )
    assert not any(c.startswith("whether") for c in contents(record))
    quote = next(q for q in record["quotes"] if "planned months ago" in q["content"]["text"])
    assert actor_of(record, quote["speaker_actor"])["name"] != "Ada Moss"
    assert [q["id"] for q in record["quotes"]] == [f"q{n}" for n in range(1, len(record["quotes"]) + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour board denies secret ferry talks\n\nKEMAMAN — The harbour board on Monday denied that its chairman "
        "had met the ferry company in secret.",
        "Island ministers agree to reopen the ferry route\n\nKEMAMAN — Ministers from the three islands agreed on "
        "Monday that the ferry would run again from May.",
        "Pilots meet the mayor over fares\n\nTalks to resume in May; union says the fares are too high\n\nKEMAMAN — "
        "Harbour pilots met the mayor on Monday. The union said the fares were too high.",
    ],
)
def test_a_headline_summing_up_the_story_is_no_quote(extract, text):
    # quote.headline-summary: only the story's own sentences are quotes
    record = extract(text, published="2024-05-10")
    headline_end = text.index("KEMAMAN")
    assert record["quotes"], record
    assert all(q["content"]["start"] > headline_end for q in record["quotes"]), contents(record)


def test_quoted_words_in_a_headline_stay_a_quote(extract):
    text = (
        "Minister says ferry 'will sail again'\n\nKEMAMAN — The transport minister said on Monday that the ferry "
        "would sail again before the summer."
    )
    assert any("will sail again" in c and "summer" not in c for c in contents(extract(text, published="2024-05-10")))

"""Small quote bugs, round forty (helper q): a participle before its noun cues no quote, so an "according to" after
it keeps its source (rule quote.attributive-participle); a leading "According to" source the parse broke at a
title's quote marks runs to its comma (rule quote.according-to-source-comma). Sentences written for these tests."""

import pytest


def quotes(record: dict) -> list[tuple[str, str]]:
    """Each quote as its content and the words naming its speaker."""
    return [(q["content"]["text"], (q["speaker"] or {}).get("text", "")) for q in record["quotes"]]


def test_a_participle_before_its_noun_cues_no_quote(extract):
    # quote.attributive-participle: "pledged delegates" is a count, not a pledge; the tally tells the lead
    text = (
        "Entering the last primaries, the governor leads the mayor by 40 pledged delegates according to a count by "
        "the Daily Ledger, but the mayor has vowed to fight on."
    )
    found = quotes(extract(text, published="2024-05-10"))
    assert (
        "Entering the last primaries, the governor leads the mayor by 40 pledged delegates",
        "a count by the Daily Ledger",
    ) in found
    assert not any("according to" in content for content, _ in found)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The three told reporters that the pier would close in May.",
            ("that the pier would close in May", "The three"),
        ),
        (
            "The two promised voters that the ferry would run all winter.",
            ("that the ferry would run all winter", "The two"),
        ),
    ],
)
def test_a_number_that_is_the_subject_keeps_its_verb(extract, sentence, said):
    # the number before the verb is its own subject: a verb of saying, not a participle
    assert quotes(extract(sentence, published="2024-05-10")) == [said]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to the council's “Annual Harbour Review” and press reports, the pier carried 3,000 passengers "
            "a day.",
            "the council's “Annual Harbour Review” and press reports",
        ),
        (
            "“We will rebuild the pier,” said harbour master Ada Moss.\n\nAccording to Lena Hart's ''The Harbour "
            "Years: A History'' and other sources, the old pier was built in 1902.",
            "Lena Hart's ''The Harbour Years: A History'' and other sources",
        ),
        (
            "“We will rebuild the pier,” said harbour master Ada Moss.\n\nAccording to Lena Hart’s book “The Harbour "
            "Years,” the old pier was built in 1902.",
            "Lena Hart’s book “The Harbour Years,”",
        ),
    ],
)
def test_a_quoted_title_in_the_source_is_no_quote(extract, text, source):
    # quote.according-to-source-comma: the title and what is joined to it are the source, up to the comma
    found = quotes(extract(text, published="2024-05-10"))
    told = [content for content, speaker in found if speaker == source]
    assert told == [text[text.index(source) + len(source) : -1].lstrip(", ")]
    assert not any("Harbour" in content for content, _ in found)


def test_a_source_does_not_run_into_a_clause(extract):
    # no comma right after the source, and a verb before the first one: the content starts after the source
    text = "According to the ministry the talks were held on Monday, and both sides agreed to meet again."
    found = quotes(extract(text, published="2024-05-10"))
    assert ("the talks were held on Monday", "the ministry") in found


def test_a_source_with_no_comma_after_it_does_not_run_into_the_content(extract):
    # quote.according-to-source-comma needs the words after the parsed source to go on from it (a coordinator, a
    # mark, a possessive): here the content starts straight after "police", and the first comma is inside it
    record = extract("Port news\n\nAccording to police two men, both aged 30, were arrested at the quay on Sunday.")
    assert quotes(record) == [("two men, both aged 30, were arrested at the quay on Sunday", "police")]

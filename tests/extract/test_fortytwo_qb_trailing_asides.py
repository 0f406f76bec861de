"""Trailing asides, round forty-two (helper qb): a concession opened by "even though" or "even as" after a content
is the writer's, as "though" alone is (rule quote.trailing-cut); ", as the Ledger reported" says who passed the content
on (rule quote.relayed-by); an indefinite noun phrase after a spaced dash that
runs to the content's end is the writer's comment (rule quote.dashed-gloss). Sentences written for these tests."""

import pytest


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The harbour master said the pier would reopen in April, even though the board had voted to shut it.",
            "the pier would reopen in April",
        ),
        (
            "The harbour master said the ferry would keep its winter timetable, even as the pilots prepared a strike.",
            "the ferry would keep its winter timetable",
        ),
    ],
)
def test_an_even_concession_ends_the_content(extract, sentence, said):
    assert said in contents(extract(sentence, published="2024-05-10"))


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "The harbour master called for a ban on night fishing — a measure that the dockers have long opposed.",
            "a ban on night fishing",
        ),
        (
            "The harbour master said the ferry service had been cut — a blow to the island's shopkeepers.",
            "the ferry service had been cut",
        ),
        (
            "The harbour master backed a second pier for the island — one of the largest projects in its history.",
            "a second pier for the island",
        ),
    ],
)
def test_a_dashed_gloss_ends_the_content(extract, sentence, said):
    assert said in contents(extract(sentence, published="2024-05-10"))


def test_only_a_gloss_after_a_dash_is_cut(extract):
    # a list spelling out a counted noun and a clause with a subject of its own go on with what was said
    text = (
        "The harbour master said the town needs three things — a new pier, cheaper fares and a night ferry. "
        "She said the pier was sound — a team of engineers had checked it twice. "
        "She said the old crane had been sold — a loss for the museum."
    )
    found = contents(extract(text, published="2024-05-10"))
    assert "the town needs three things — a new pier, cheaper fares and a night ferry" in found
    assert "the pier was sound — a team of engineers had checked it twice" in found
    assert "the old crane had been sold" in found


def test_as_a_paper_reported_is_no_part_of_the_content(extract):
    text = (
        "The harbour master said the old ferry had been sold to a yard in Bergen, as the Island Ledger reported on "
        "Friday."
    )
    assert "the old ferry had been sold to a yard in Bergen" in contents(extract(text, published="2024-05-10"))

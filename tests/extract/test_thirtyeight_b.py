"""Quotes from round thirty-eight (b): where a quote begins and ends, found by error analysis of the gate's quotes
that overlap a gold quote too little to match it; tested on sentences written for these tests."""

import pytest


def quotes(record: dict) -> list[tuple[str, str]]:
    return [(q["kind"], q["content"]["text"]) for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The harbour master described the ferry talks as “tense but useful” on Monday.", "“tense but useful”"),
        ('Ms. Varga called the harbour report "pure fiction."', '"pure fiction."'),
        ('The mayor dismissed the article as "a fairy tale from the coast."', '"a fairy tale from the coast."'),
        ('The fisheries office described the visit only as "routine."', '"routine."'),
    ],
)
def test_a_name_given_in_quote_marks_is_the_words_said(extract, sentence, said):
    # quote.named-in-quotes: the thing named is the writer's, the quoted name the speaker's
    assert quotes(extract(sentence, published="2024-05-10")) == [("partial", said)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ('The union attacked the "arrogance" of the harbour board.', 'the "arrogance" of the harbour board'),
        ('The skipper called the harbour master "a bully."', 'the harbour master "a bully."'),
        (
            'The skipper said the ferry was "late again" and the pier unsafe.',
            'the ferry was "late again" and the pier unsafe',
        ),
    ],
)
def test_quoted_words_in_what_is_said_stay_mixed(extract, sentence, content):
    # no news named before the quote marks (a person is no news): the whole content stays
    assert quotes(extract(sentence, published="2024-05-10")) == [("mixed", content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The port authority confirmed that the pilots had met on Monday but would not discuss the content.",
            "that the pilots had met on Monday",
        ),
        (
            "The mayor said that she had met the fishermen but declined to discuss what was agreed.",
            "that she had met the fishermen",
        ),
    ],
)
def test_a_refusal_after_the_content_ends_it(extract, sentence, content):
    # quote.aside-after-content: the refusal is the speaker's own act and tells nothing
    assert quotes(extract(sentence, published="2024-05-10")) == [("indirect", content)]


def test_a_name_given_after_the_content_ends_it(extract):
    # quote.aside-after-content, then quote.named-in-quotes for the name
    record = extract(
        'A harbour spokesman confirmed that the call had taken place and described it as "cordial."',
        published="2024-05-10",
    )
    assert quotes(record) == [("indirect", "that the call had taken place"), ("partial", '"cordial."')]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ms. Varga said the ferry had been late and would not sail on Sunday.",
            "the ferry had been late and would not sail on Sunday",
        ),
        (
            "The harbour police said the skipper had blocked the quay and refused to move his boat.",
            "the skipper had blocked the quay and refused to move his boat",
        ),
    ],
)
def test_what_the_clause_goes_on_to_say_stays(extract, sentence, content):
    # a predicate of the reported clause's own subject, or its refusal to act, is no refusal of the speaker's
    assert quotes(extract(sentence, published="2024-05-10")) == [("indirect", content)]

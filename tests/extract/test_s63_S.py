"""Session 63 (S): who said what, where a report goes on past its first clause, and possessives set with a curly
apostrophe. Constructions counted on the real sets (real16 D and E, contacts-real), the gate set and PolNeAR; tested
on sentences written for these tests."""

import pytest

from backchannel.extract.possessive_marks import straight_possessives
from tests.conftest import quote_with, speaker_name
from tests.extract.test_quote_bounds_twenty import contents


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ilse Brandvik said the ferry would stop for a week, but there need to be talks before it sails again.",
            "the ferry would stop for a week, but there need to be talks before it sails again",
        ),
        (
            "Tomas Lind said there would be a pause in the talks, and there may be another round in May.",
            "there would be a pause in the talks, and there may be another round in May",
        ),
        (
            "Harbour chief Per Olsen said the pier was unsafe, and the council must act before winter.",
            "the pier was unsafe, and the council must act before winter",
        ),
    ],
)
def test_a_present_clause_after_a_past_saying_goes_on_with_the_report(extract, sentence, content):
    # quote.present-after-past
    assert content in contents(extract(sentence))


@pytest.mark.parametrize(
    ("sentence", "content", "news"),
    [
        # the writer's news, told in the story's past
        (
            "Moss said the ferry plan was fair, and the council voted for it on Monday.",
            "the ferry plan was fair",
            "voted",
        ),
        # the present perfect may be the writer's
        ("Moss said the ferry plan was fair, but the council has not voted on it.", "ferry plan was fair", "voted"),
        # evidence keeps no tense of its own
        ("Polls showed Moss was ahead in the north, but polls are not votes.", "Moss was ahead in the north", "votes"),
        # a saying told in the present: no contrast of tenses to go by
        ("Moss says the ferry plan is fair, but the council is against it.", "the ferry plan is fair", "against"),
    ],
)
def test_news_beside_the_report_stays_apart(extract, sentence, content, news):
    found = contents(extract(sentence))
    assert any(content in c for c in found), found
    assert not any(news in c for c in found), found


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            'Ilse Brandvik said the mayor "would very much like" to visit Tromsø in May, but that no date had been '
            "set.",
            "but that no date had been set",
        ),
        (
            'Anna Lind said the harbour board "would very much like" to reopen the pier next spring, but that no '
            "money had been found.",
            "but that no money had been found",
        ),
    ],
)
def test_the_second_clause_of_a_that_pair_goes_on_with_the_report(extract, sentence, second):
    # quote.that-pair-resumed: the parse of the quoted words hung the second clause elsewhere
    assert any(c.endswith(second) for c in contents(extract(sentence))), contents(extract(sentence))


def test_that_as_a_pronoun_after_the_report_opens_no_second_clause(extract):
    found = contents(extract('Moss said the pier was "badly damaged", and that was the end of it.'))
    assert 'the pier was "badly damaged"' in found
    assert not any("end of it" in c for c in found), found


def test_a_backshifted_modal_predicate_goes_on_with_the_report(extract):
    # quote.backshifted-modal, the parser hanging "would face" on the reporting verb
    record = extract(
        'Ilse Brandvik announced that the ferry was "badly outdated" and in the coming months would face a full '
        "inspection."
    )
    assert any(c.endswith("would face a full inspection") for c in contents(record)), contents(record)


@pytest.mark.parametrize(
    ("sentence", "content", "left_out"),
    [
        # a refusal of the speaker's is a report of its own
        ('The harbour master said the pier was "unsafe" but would not comment on the repairs.', "unsafe", "comment"),
        # a clause with "would" the parse read into the verb after a comma, not joined by "and" or "but"
        (
            'Per Olsen said the ferry has yet to sail, though he contended its engines "would be the best on the '
            'coast."',
            "the ferry has yet to sail",
            "contended",
        ),
    ],
)
def test_no_modal_predicate_is_read_into_the_report_where_none_is_joined(extract, sentence, content, left_out):
    found = contents(extract(sentence))
    assert any(content in c for c in found), found
    assert not any(left_out in c for c in found), found


def test_a_curly_possessive_names_the_spokesman_as_a_straight_one_does(extract):
    # speaker.curly-possessive
    record = extract("Lena Moss’ spokesman said the ferry would sail on Monday.")
    speaker = next(a for a in record["actors"] if a["id"] == quote_with(record, "ferry")["speaker_actor"])
    assert "Moss's spokesman" in speaker["aliases"], speaker


def test_in_a_curly_possessives_words_the_owner_speaks(extract):
    # speaker.curly-possessive
    record = extract("The fair was moved to Tromsø because, in Kvist Motors’ words, “it is the most inventive town.”")
    assert speaker_name(record, quote_with(record, "most inventive town")) == "Kvist Motors"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the dockers’ union met", "the dockers' union met"),
        # a single quotation opened before may close at the mark
        ("The so-called ‘hardliners’ said no.", "The so-called ‘hardliners’ said no."),
        # not after another letter, nor before one
        ("Moss’s aide and Lind’s driver didn’t come.", "Moss’s aide and Lind’s driver didn’t come."),
    ],
)
def test_only_possessives_after_s_are_straightened(text, expected):
    assert straight_possessives(text) == expected

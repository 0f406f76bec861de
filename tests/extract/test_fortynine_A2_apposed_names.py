"""A person's name apposed between commas is one name in full (session 49, helper A2): a first word the tagger
read as a function word or a verb ("Per", "Do"; rule actor.name-first-word), and two family names the tagger left
untagged after a given name of two words (rule actor.name-run-on). Sentences written for these tests (names
invented)."""

import pytest

from tests.conftest import events_with


def person_names(record):
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The mayor of nearby Hadsten, Per Holm Jakobsen, met Governor Lise Aaberg on Tuesday.", "Per Holm Jakobsen"),
        ("Laos's ambassador to Thailand, Do Van Hung, met the governor of Nong Khai on Monday.", "Do Van Hung"),
    ],
)
def test_the_first_word_of_an_apposed_name_is_kept(extract, sentence, name):
    record = extract(sentence)
    assert name in person_names(record)
    assert events_with(record, name)


def test_two_untagged_family_names_run_on_in_an_apposition(extract):
    record = extract(
        "On Tuesday the Brazilian consul, João Batista Pinheiro Lessa, called on the governor of Misiones."
    )
    assert "João Batista Pinheiro Lessa" in person_names(record)
    assert "João Batista" not in person_names(record)


@pytest.mark.parametrize(
    "sentence, kept",
    [
        # a title after the comma is the person's title, not the first word of the name
        ("The delegation's leader, Ambassador Holm Jakobsen, met the transport minister on Tuesday.", "Ambassador"),
        # a headline in title case: a capitalised conjunction before a name opens a clause
        ("Ferry Talks Stall, As Ana Duarte Meets Governor", "As"),
    ],
)
def test_no_first_word_is_taken_in(extract, sentence, kept):
    assert not any(name.startswith(kept + " ") for name in person_names(extract(sentence)))


def test_two_more_words_that_do_not_close_the_apposition_are_no_family_names(extract):
    record = extract("The consul, João Batista, Pinheiro Lessa and the mayor met the governor of Misiones.")
    assert "João Batista Pinheiro Lessa" not in person_names(record)

"""Speakers and people's names on real text (issue 13, session 50, helper S), on sentences written for these tests:
a form of address used in southern Africa, a possessor inside a subject, a name opening with an apostrophe, and
"the spokesman" for the minister just quoted."""

from typing import Any

import pytest

from tests.conftest import actor_of, quote_with, speaker_name


def speaker_of(record: dict[str, Any], fragment: str) -> dict[str, Any] | None:
    return actor_of(record, quote_with(record, fragment)["speaker_actor"])


def test_advocate_is_a_form_of_address_not_part_of_the_name(extract):
    # actor.honorific: "Adv" and "Advocate" as Lesotho, Namibia and South Africa write them before a lawyer's name
    r = extract(
        "Raised in Maseru by his grandmother, Advocate Lerato Nthunya now argues cases before the High Court.\n\n"
        "“The courts must be open to the poor,” Adv Nthunya says."
    )
    assert speaker_of(r, "The courts must be open")["name"] == "Lerato Nthunya"


def test_advocate_general_stays_a_title(extract):
    r = extract("Advocate General Maciej Szpunar said the ruling should stand.")
    speaker = speaker_of(r, "the ruling should stand")
    assert speaker["name"] == "Maciej Szpunar"
    assert "Advocate General" in speaker["titles"]


def test_whose_friend_the_subject_is_is_not_who_he_is(extract):
    # pronoun.possessor-in-subject
    r = extract(
        "Mayor Ada Moss met Tomas Varga on Monday. Peter Hollo, one of Varga’s oldest friends, was there too.\n\n"
        "He said the talks had gone well."
    )
    assert speaker_of(r, "the talks had gone well")["name"] == "Peter Hollo"


def test_a_possessive_subject_alone_is_still_whom_he_stands_for(extract):
    r = extract("Tomas Varga’s ferry sank on Monday.\n\nHe said the crew had been warned.")
    assert speaker_of(r, "the crew had been warned")["name"] == "Tomas Varga"


def test_a_name_opening_with_an_apostrophe_keeps_it(extract):
    # actor.apostrophe-initial: Sesotho women's names
    r = extract("Villager ’Mamello Sekhonyana said the blasting had cracked her walls.")
    assert speaker_of(r, "the blasting had cracked")["name"] == "’Mamello Sekhonyana"


def test_a_quoted_title_is_not_a_name_with_an_apostrophe(extract):
    r = extract("The film 'Harbour Lights' was praised by critics, Ada Moss said.")
    assert not any(a["name"].startswith("'") for a in r["actors"])


def test_a_british_single_quote_is_not_part_of_the_name_it_opens_on(extract):
    # actor.apostrophe-initial: a straight single mark closes the quote later in the paragraph
    r = extract("'Rishi Sunak has failed,' he said of the party.\n\nThe chairman met Rishi Sunak on Monday.")
    assert not any(a["name"].startswith("'") for a in r["actors"])


def test_the_spokesman_is_the_minister_just_quoted(extract):
    # speaker.spokesman-speaking
    r = extract(
        "Transport Minister Adam Rahim said the ferries would run on Sundays.\n\n"
        "“We owe it to the islands. The money has been found,” the government spokesman said."
    )
    assert speaker_of(r, "We owe it to the islands")["name"] == "Adam Rahim"


@pytest.mark.parametrize(
    "words",
    [
        "The minister is travelling and will not comment further,",
        "He will meet the mayor on Friday,",
        "Mr Rahim met Mayor Lena Varga on Friday,",
    ],
)
def test_a_spokesman_speaking_of_the_minister_is_not_the_minister(extract, words):
    # speaker.spokesman-speaking stays off when the quote names him, his title's noun or "he"
    r = extract(
        "Transport Minister Adam Rahim said the ferries would run on Sundays.\n\n"
        f"“{words}” the government spokesman said."
    )
    assert speaker_name(r, quote_with(r, words.rstrip(","))) != "Adam Rahim"


def test_a_spokesman_speaking_of_other_ministers_is_still_the_minister(extract):
    r = extract(
        "Transport Minister Adam Rahim said the ferries would run on Sundays.\n\n“The minister of trade and the "
        "foreign minister joined the trip. So it is important for me to stress this,” the government spokesman said."
    )
    assert speaker_of(r, "important for me to stress")["name"] == "Adam Rahim"


def test_a_spokesman_brought_in_before_is_that_spokesman(extract):
    r = extract(
        "Transport Minister Adam Rahim said the ferries would run on Sundays. A spokesman for the port authority "
        "said the piers were not ready.\n\n“We need two more months,” the spokesman said."
    )
    assert speaker_name(r, quote_with(r, "We need two more months")) != "Adam Rahim"


def test_the_kremlin_spokesman_is_not_the_president(extract):
    r = extract("“We will not go,” President Ivo Brandt said. “The talks are over,” the Kremlin spokesman said.")
    assert speaker_name(r, quote_with(r, "The talks are over")) != "Ivo Brandt"


def test_the_spokeswoman_is_not_the_man_just_quoted(extract):
    r = extract(
        "Transport Minister Adam Rahim said the ferries would run on Sundays.\n\n"
        "“The money has been found,” the government spokeswoman said."
    )
    assert speaker_name(r, quote_with(r, "The money has been found")) != "Adam Rahim"


def test_a_family_name_before_jr_is_the_son_named_in_full(extract):
    # actor.generational-suffix
    r = extract(
        "Senator Emeka A. Okafor Jr. toured the harbour on Monday.\n\n“The pier must be rebuilt,” Mr. Okafor said."
    )
    assert speaker_of(r, "The pier must be rebuilt")["name"] == "Emeka A. Okafor Jr."


def test_the_father_is_not_a_shorter_name_for_the_son(extract):
    r = extract("Donald Trump spoke on Monday. His son Donald Trump Jr. spoke too.")
    names = {a["name"] for a in r["actors"] if a["kind"] == "person"}
    assert {"Donald Trump", "Donald Trump Jr."} <= names

"""Round thirty-three: a title-only description ("the minister", "Mexico's president", "the then Minister") resolved
to a named holder only if nothing about that holder rules the description out; tested on sentences written for
these tests."""

import pytest

from tests.extract.test_thirty import speaker_of
from tests.extract.test_twentynine import parties


def test_the_interim_president_is_not_the_plain_president(extract):
    # speaker.title-standing, the other way round
    record = extract(
        "President Ines Soto opened the new bridge on Monday. The interim president said the tolls would go.",
        published="2024-05-10",
    )
    assert speaker_of(record, "the tolls would go") != "Ines Soto"


def test_the_then_minister_is_not_the_current_one(extract):
    # speaker.then-holder, for a contact party and for a speaker
    record = extract(
        "In 1962 the then Minister of Labour received a delegation of miners in Oviedo. The current Minister of "
        "Labour, Anna Berg, declined to comment.",
        published="2024-05-10",
    )
    assert all("Anna Berg" not in p for p in parties(record)), record["events"]
    record = extract(
        "The current Minister of Labour, Anna Berg, declined to comment. In 1962 the then Minister of Labour said "
        "the pits would close.",
        published="2024-05-10",
    )
    assert speaker_of(record, "the pits would close") != "Anna Berg"


def test_a_states_president_is_not_a_unions_president(extract):
    # speaker.title-of-another-body and party.state-of-title; with no holder of that state, the description is
    # someone unnamed, as with no holder named at all
    union = "The union's president, Karl Osei, said the union would strike. "
    for sentence in (
        "Candidate Anna Berg said she would meet the president of Mexico in May.",
        "Candidate Anna Berg said she would ask for a meeting with Mexico's president in her first hundred days.",
    ):
        alone = parties(extract(sentence, published="2024-05-10"))
        after = parties(extract(union + sentence, published="2024-05-10"))
        assert after == alone and all("Karl Osei" not in p for p in after), after
    for described in ("Mexico's president", "The Mexican president"):
        record = extract(union + f"{described} said he would not meet the strikers.", published="2024-05-10")
        assert speaker_of(record, "he would not meet the strikers") != "Karl Osei"


def test_a_states_own_holder_is_still_found(extract):
    for sentence in (
        "Candidate Anna Berg said she would meet the president of Mexico in May.",
        "Candidate Anna Berg said she would ask for a meeting with Mexico's president in May.",
    ):
        record = extract("Mexican President Ana Lopez spoke on Monday. " + sentence, published="2024-05-10")
        assert {"Anna Berg", "Ana Lopez"} in parties(record), record["events"]


def test_a_state_owned_office_is_not_a_holder_of_no_known_state(extract):
    # speaker.state-owned-office: Ana Vaai's state is not given, and a state that owns the office is
    record = extract(
        "Prime Minister Ana Vaai met the pilots. Minister Tom Hale said he would be willing to meet New Zealand's "
        "prime minister in May.",
        published="2024-05-10",
    )
    # the title is not resolved to Ana Vaai; the state of the title-only holder stands beside it
    # (party.unnamed-holder-state)
    assert {"Tom Hale", "New Zealand's prime minister", "New Zealand"} in parties(record), record["events"]


def test_our_foreign_minister_is_the_outlets_states(extract):
    # speaker.home-state: the outlet's name, else the dateline, places "our"
    text = (
        "Foreign Minister Ram Thapa said the talks had gone well. Bhutan's Foreign Minister, Pema Dorji, left on "
        "Monday. Pakistan's envoy wants to meet our Foreign Minister before the end of the month."
    )
    for outlet, story in (("The Kathmandu Courier", text), ("The Daily Ledger", "KATHMANDU — " + text)):
        record = extract(story, published="2024-05-10", outlet=outlet)
        assert all("Pema Dorji" not in p for p in parties(record)), record["events"]
        assert any("Ram Thapa" in p for p in parties(record)), record["events"]


def test_our_minister_with_no_holder_of_the_outlets_state_is_read_as_before(extract):
    text = (
        "Bhutan's Foreign Minister, Pema Dorji, left on Monday. Pakistan's envoy wants to meet our Foreign Minister "
        "before the end of the month."
    )
    home = extract(text, published="2024-05-10", outlet="The Kathmandu Courier")
    elsewhere = extract(text, published="2024-05-10", outlet="Harbour Weekly")
    assert parties(home) == parties(elsewhere)


SPEAKER_CASES = {
    # speaker.possessor-title: Tom Hale is the Prime Minister's chief of staff, not a minister
    "title_words_under_a_possessor_are_another_persons_office": (
        "Foreign Minister Ada Moss rejected the claim. She said the Prime Minister's chief of staff, Tom Hale, had "
        "been in Lund that weekend. The Minister said no meeting had taken place.",
        "no meeting had taken place",
        "Ada Moss",
    ),
    # speaker.title-standing
    "an_acting_prime_minister_is_not_the_prime_minister": (
        "Prime Minister Ola Berg met the pilots on Monday. He later spoke by telephone with Sweden's acting prime "
        "minister, Kai Holm. The Prime Minister said the ferry would keep running.",
        "the ferry would keep running",
        "Ola Berg",
    ),
    # speaker.likeliest-holder
    "the_holder_of_the_exact_office_is_meant_over_the_last_named": (
        "Minister Ruth Amadi opened the ferry terminal on Monday. Trade Minister Kofi Ansah was in Lagos. The "
        "minister said the terminal would take cars from June.",
        "the terminal would take cars",
        "Ruth Amadi",
    ),
    # speaker.likeliest-holder: both hold "Minister"; Amadi is the story's minister
    "the_holder_named_most_is_meant_over_the_last_named": (
        "Minister Ruth Amadi opened the ferry terminal on Monday. Amadi toured the docks. Amadi later met the "
        "pilots. Minister Kofi Ansah was in Lagos. The minister said the terminal would take cars from June.",
        "the terminal would take cars",
        "Ruth Amadi",
    ),
    "the_last_speaker_stays_the_minister": (
        "Minister Ruth Amadi opened the ferry terminal on Monday. Amadi toured the docks. Amadi later met the "
        'pilots. Minister Kofi Ansah said the fares would rise. "We have no choice," the minister said.',
        "We have no choice",
        "Kofi Ansah",
    ),
}


@pytest.mark.parametrize("case", sorted(SPEAKER_CASES))
def test_a_title_only_description_speaks_as_the_holder_nothing_rules_out(extract, case):
    text, quote, holder = SPEAKER_CASES[case]
    assert speaker_of(extract(text, published="2024-05-10"), quote) == holder

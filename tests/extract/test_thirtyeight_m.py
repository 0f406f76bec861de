"""Mends from the review of round thirty-eight (helper m): a visit paid from the dateline's state to a host of
elsewhere is not placed at the host's premises in the dateline city (rule place.premises-in-story-city); a traveller
between two states is a go-between only with a post, a go-between's name, a purpose of talks or messages to carry
(rule contact.travel.between); a title's "of" phrase ends before a clause on its noun (rule party.title-of-a-thing);
a name between commas denies as the description it names (rule confirm.voice-named-between-commas); a first
paragraph opening with a dateline is no headline (rule quote.headline-summary). Tested on sentences written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest


def _places(record: dict[str, Any]) -> list[str | None]:
    """Each event's place, by name."""
    return [e["place"]["name"] if e["place"] else None for e in record["events"]]


def test_a_visit_from_the_story_state_is_not_at_premises_in_its_city(extract):
    # place.premises-in-story-city: the residence is the host's, abroad
    record = extract(
        "CANBERRA — Narendra Rao welcomed the Australian trade envoy at his official residence on Thursday, his "
        "office said.",
        published="2026-03-12",
    )
    assert _places(record) == [None], record["events"]


def test_premises_of_a_local_contact_stay_in_the_story_city(extract):
    record = extract(
        "NAIROBI — President Kamau received the Ugandan foreign minister at his office on Monday.",
        published="2026-03-12",
    )
    assert _places(record) == ["Nairobi"], record["events"]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN — Pianist Ines Varga flew between Vienna and Prague twice last week for recitals.",
        "BERLIN — Ines Varga, a pianist, has flown between Vienna and Prague twice this month to give recitals.",
    ],
)
def test_a_traveller_between_two_states_is_no_go_between_without_a_post(extract, text):
    # contact.travel.between: a pianist going to her recitals shuttles between no sides
    assert extract(text, published="2026-03-12")["events"] == []


def test_a_mediator_between_two_states_is_a_go_between(extract):
    record = extract("The mediator, Sven Holm, flew between Khartoum and Juba on Tuesday.", published="2026-03-12")
    assert [e["mode"] for e in record["events"]] == ["third-party"], record["events"]


def test_the_title_of_a_thing_ends_before_a_clause_on_the_thing(extract):
    # party.title-of-a-thing: the clause and its date are not the title's, and the head is not the one meeting her
    record = extract(
        "Ana Ruiz, the health minister, met with the head of the clinic that treated the miners on Friday.",
        published="2026-03-12",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert [[names[p] for p in e["participants"]] for e in record["events"]] == [["Ana Ruiz", "head of the clinic"]], (
        record["events"]
    )


def test_a_traveller_carrying_messages_between_two_states_is_a_go_between(extract):
    record = extract(
        "Rui Lobo, a retired banker, travelled between Kinshasa and Kigali for weeks, carrying letters from one "
        "president to the other.",
        published="2026-03-12",
    )
    assert [e["mode"] for e in record["events"]] == ["third-party"], record["events"]


def test_a_name_between_commas_denies_as_the_description_it_names(extract):
    # confirm.voice-named-between-commas: Dia speaks as the lawyer, so the report stays denied (status.report-denied)
    record = extract(
        "A local paper reported that Colonel Idris Musa met smugglers in Agadez last month. A lawyer for the family "
        "of Amina Sow, Karim Dia, denied the report.",
        published="2026-03-12",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert [(e["status"], [names[c["by"]] for c in e["confirmations"]]) for e in record["events"]] == [
        ("denied", ["Karim Dia"])
    ], record["events"]


def test_a_lede_opening_with_a_dateline_is_no_headline(extract):
    # quote.headline-summary: the first paragraph, with its dateline, closes on no full stop yet is the story's own
    record = extract(
        "SEMPORNA — Health Minister Rosa Lim says rural clinics will open on Sundays\n\nShe announced the plan at a "
        "hospital on Friday.",
        published="2026-03-12",
    )
    assert any(q["content"]["text"] == "rural clinics will open on Sundays" for q in record["quotes"]), record["quotes"]


def test_a_headline_above_the_dateline_still_sums_up(extract):
    record = extract(
        "Health Minister Rosa Lim says rural clinics will open on Sundays\n\nSEMPORNA — The health minister "
        "announced the plan at a hospital on Friday.",
        published="2026-03-12",
    )
    assert all("Sundays" not in q["content"]["text"] for q in record["quotes"]), record["quotes"]


def test_word_lists_of_one_concept_have_one_home():
    # the vocabulary's lists, not near-copies inline: the same words wherever a module reads the concept
    from backchannel.extract import confirmations, lexicon, quoted_passages, reporting_verbs, second_predicates

    assert (
        confirmations.QUESTION_TELLING_VERBS is reporting_verbs.QUESTION_TELLING_VERBS is lexicon.QUESTION_TELLING_VERBS
    )
    assert quoted_passages.PERSONAL_PRONOUNS is reporting_verbs.PERSONAL_PRONOUNS is lexicon.PERSONAL_PRONOUNS
    assert confirmations.TOLD_PRONOUNS is second_predicates.TOLD_PRONOUNS is lexicon.TOLD_PRONOUNS

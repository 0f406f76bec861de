"""Contacts told through nouns and verbs of dealing (round fifty, helper N), each on sentences written for these
tests. A meeting, a meal or a call first told in a phrase at, during, after or following it that names whom it
was with is the clause subject's contact with them (contact.noun.circumstance-with); people named whom a verb of
sending sends to meet someone are the ones who meet (party.sent-to-meet)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def _events(record: dict[str, Any]) -> list[tuple[str, str, set[str]]]:
    return [
        (e["mode"], e["status"], {(actor_of(record, p) or {}).get("name") for p in e["participants"]})
        for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "status", "parties"),
    [
        (
            "At a breakfast with Governor Tom Hale on Tuesday, Mayor Ines Calloway defended the new fares.",
            "occurred",
            {"Ines Calloway", "Tom Hale"},
        ),
        (
            "At a lunch with the Kemaman delegation the next day, Senator Rosa Sapolu said she would not back it.",
            "occurred",
            {"Rosa Sapolu", "Kemaman"},
        ),
        (
            "During talks with Prime Minister Lena Varga on Monday, the president said the ferry line would reopen.",
            "occurred",
            {"president", "Lena Varga"},
        ),
        (
            "Ada Moss arrived late. After a meeting with Governor Tom Hale, she said the port would stay open.",
            "occurred",
            {"Ada Moss", "Tom Hale"},
        ),
        (
            "Following a dinner with union leader Piet Vale, Mayor Ines Calloway is expected to announce the fares.",
            "planned",
            {"Ines Calloway", "Piet Vale"},
        ),
    ],
)
def test_a_contact_first_told_as_the_scene_of_the_clause_is_the_subjects(extract, text, status, parties):
    events = _events(extract(text, published="2026-03-12"))
    assert len(events) == 1, events
    mode, got_status, got = events[0]
    assert mode == "meeting" and got_status == status and parties <= got, events


@pytest.mark.parametrize(
    "text",
    [
        "After the meeting with Governor Tom Hale, Mayor Ines Calloway said the port would stay open.",
        "Before a meeting with Governor Tom Hale, Mayor Ines Calloway said the port would stay open.",
        "After a conversation with Tom Hale of the Harbour Star, Mayor Ines Calloway said the port would stay open.",
        "At a breakfast with reporters on Tuesday, Mayor Ines Calloway said the port would stay open.",
        "After a meeting with Governor Tom Hale on Tuesday, the harbour bill passed.",
        "During calls with investors, harbour chief executive Ines Calloway said the port would stay open.",
    ],
)
def test_no_contact_of_the_subject_from_a_scene_told_before_to_come_or_with_the_press(extract, text):
    record = extract(text, published="2026-03-12")
    assert not any("Ines Calloway" in parties for _, _, parties in _events(record)), _events(record)


def test_people_named_and_sent_to_meet_are_the_ones_who_meet(extract):
    record = extract(
        "Governor Ines Calloway spoke on Monday. The governor sent Hale and his chief of staff Ana Ruiz to meet with "
        "the striking pilots.",
        published="2026-03-12",
    )
    events = _events(record)
    assert len(events) == 1, events
    assert {"Hale", "Ana Ruiz"} <= events[0][2] and "Ines Calloway" not in events[0][2], events


def test_an_unnamed_envoy_leaves_the_sender_the_party(extract):
    record = extract(
        "Mayor Ines Calloway sent two officers to meet Governor Tom Hale in Kemaman.", published="2026-03-12"
    )
    assert any({"Ines Calloway", "Tom Hale"} <= parties for _, _, parties in _events(record)), _events(record)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Governor Ines Calloway met with some of the harbour pilots on Monday.", "harbour pilots"),
        ("Governor Ines Calloway met several of the striking dock workers on Monday.", "striking dock workers"),
    ],
)
def test_some_of_a_group_met_is_that_group(extract, text, group):
    # party.described-group: a quantifier before "of" and a plural names the people it counts
    events = _events(extract(text, published="2026-03-12"))
    assert len(events) == 1 and {"Ines Calloway", group} <= events[0][2], events


def test_a_pronoun_in_a_womans_report_is_not_her_when_its_gender_is_other(extract):
    # pronoun.gender: "Susannah" and "Lois" are women's given names, so "he" is not the one reporting
    record = extract(
        "Congressman Alan Grayson wanted the seat for his fiancee. Rep. Lois Frankel recalled the same line. "
        "Susannah Randolph told others that he called her at one point and leveled the same threat.",
        published="2026-03-12",
    )
    events = _events(record)
    assert len(events) == 1 and events[0][2] == {"Alan Grayson", "Susannah Randolph"}, events


def test_what_was_negotiated_between_two_sides_tells_their_talks(extract):
    # contact.negotiate.between
    for text in (
        "The ferry deal was negotiated between Ghana and Togo last week.",
        "The ferry deal, a package of tariff cuts for Lagos Shipping, was negotiated between Ghana and Togo.",
    ):
        events = _events(extract(text, published="2026-03-12"))
        assert len(events) == 1 and events[0][2] == {"Ghana", "Togo"}, events


def test_a_deal_negotiated_alone_tells_no_talks(extract):
    assert _events(extract("The ferry deal was negotiated last week.", published="2026-03-12")) == []

"""Confirmations from round thirty-eight (helper c): a denial of another contact no longer joins one that was held
when that one's counterpart is told only by another state (rule merge.party-of-another-state); a spokeswoman's name
between commas states what she says (rule confirm.voice-named-between-commas); a "declined to comment" answers the
contact told last, not the one begun last, and the call when it names one (rules confirm.comment-told-last,
confirm.comment-names-mode). Tested on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


def _events(record: dict[str, Any]) -> list[tuple[str, list[str], list[tuple[str, str]]]]:
    """Each event's status, parties and confirmations (status, by), by name."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [
        (
            e["status"],
            [names[p] for p in e["participants"]],
            [(c["status"], names[c["by"]]) for c in e["confirmations"]],
        )
        for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "held", "other"),
    [
        (
            "Foreign Minister Ana Soto visited Lisbon on Monday and spent three hours with Rui Costa. Fishermen say "
            "that Soto met Moroccan naval officers on a boat off the coast. “That meeting never happened,” her "
            "spokesman, Luis Prado, said.",
            ["Ana Soto", "Portugal", "Rui Costa"],
            ["Ana Soto", "Moroccan naval officers", "Morocco"],
        ),
        (
            "President Tomas Lind flew to Nairobi and held talks with Kenya on Friday. A weekly reported that Lind "
            "had met a Somali envoy. His office rejected the report.",
            ["Tomas Lind", "Kenya"],
            ["Tomas Lind", "Somali envoy", "Somalia"],
        ),
    ],
)
def test_a_contact_with_a_party_of_another_state_is_not_the_one_held(extract, text, held, other):
    # merge.party-of-another-state: the denial is of the other contact, and the held one keeps its status
    events = _events(extract(text, published="2026-03-12"))
    assert [(status, parties) for status, parties, _ in events] == [("occurred", held), ("denied", other)], events
    assert events[0][2] == [], events
    assert [status for status, _ in events[1][2]] == ["denied"], events


def test_a_party_of_the_state_the_visit_went_to_is_the_visit_retold(extract):
    events = _events(
        extract(
            "Foreign Minister Ana Soto visited Lisbon on Monday and spent three hours with Rui Costa. Fishermen say "
            "that Soto met Portuguese naval officers on a boat off the coast.",
            published="2026-03-12",
        )
    )
    assert [parties for _, parties, _ in events] == [
        ["Ana Soto", "Portugal", "Rui Costa", "Portuguese naval officers"]
    ], events


@pytest.mark.parametrize(
    ("description", "by"),
    [
        ("A spokeswoman for Diallo, Ruth Obi,", "Ruth Obi"),
        ("A spokesman for the armed forces, Major Ruth Obi,", "Ruth Obi"),
    ],
)
def test_the_name_between_commas_states_the_denial(extract, description, by):
    # confirm.voice-named-between-commas
    record = extract(
        "A radio station reported that General Omar Diallo met rebel commanders in Bamako on Friday. "
        f"{description} denied the report.",
        published="2026-03-12",
    )
    assert _events(record)[0][2] == [("denied", by)], _events(record)


def test_the_name_of_the_one_spoken_for_does_not_state_it(extract):
    # "a spokeswoman for the Minister of Defence, Omar Diallo": Diallo is the minister, not the spokeswoman
    record = extract(
        "A radio station reported that General Omar Diallo met rebel commanders in Bamako on Friday. A spokeswoman "
        "for the Minister of Defence, Omar Diallo, denied the report.",
        published="2026-03-12",
    )
    assert _events(record)[0][2] == [("denied", "spokeswoman")], _events(record)


def test_declining_to_comment_answers_the_contact_told_last(extract):
    # confirm.comment-told-last: the Cusco meeting was told after the call, though the talks it joins began before
    record = extract(
        "President Ana Ruiz held talks with Carlos Vela in Lima on Monday. On Tuesday Ruiz spoke by phone with Prime "
        "Minister Lena Holt. A weekly reported that Ruiz had secretly met Vela a second time in Cusco. The "
        "presidency declined to comment.",
        published="2026-03-12",
    )
    comments = {tuple(parties): cs for _, parties, cs in _events(record)}
    assert comments[("Ana Ruiz", "Lena Holt")] == [], comments
    assert ("no_comment", "presidency") in comments[("Ana Ruiz", "Carlos Vela")], comments


def test_declining_to_discuss_the_call_answers_the_call(extract):
    # confirm.comment-names-mode: "the call" is the phone call, not the lunch told after it
    record = extract(
        "Senator Paul Reyes spoke by phone with Governor Ana Holt on Monday. On Tuesday Reyes had lunch with the "
        "mayor, Tom Vance. Reyes's office declined to discuss the call.",
        published="2026-03-12",
    )
    assert _events(record) == [
        ("occurred", ["Paul Reyes", "Ana Holt"], [("no_comment", "Paul Reyes's office")]),
        ("occurred", ["Paul Reyes", "Tom Vance"], []),
    ], _events(record)

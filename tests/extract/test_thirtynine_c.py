"""Confirmations from round thirty-nine (c): a side's own account of its contact, found by error analysis of the
gate's confirmations; tested on sentences written for these tests."""

import pytest

from backchannel.extract.confirmations import _of_both_sides
from backchannel.records import Actor, ActorKind


def confirmed_by(record: dict) -> list[list[str]]:
    """Per event, who confirmed it."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [[names[c["by"]] for c in e["confirmations"] if c["status"] == "confirmed"] for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Foreign Minister Aro Pell and his Latvian counterpart, Sten Vik, talked for an hour on Tuesday evening, "
            "officials from both sides said.",
            "officials from both sides",
        ),
        (
            "Fisheries Minister Tova Rask met her Danish counterpart, Emil Dorn, in Oslo on Monday. Officials in both "
            'capitals described the talks as "substantive".',
            "Officials in both capitals",
        ),
    ],
)
def test_a_voice_of_both_sides_confirms_their_contact(extract, text, voice):
    # confirm.voice-of-both-sides: what both sides tell of their contact, each side tells (and, since round 46,
    # confirm.both-sides-each: each of the two sides is named as confirming it too)
    [confirmers] = confirmed_by(extract(text))
    assert confirmers[0] == voice and len(confirmers) == 3, confirmers


def test_a_voice_of_one_side_only_still_needs_to_be_of_a_side(extract):
    text = (
        "Fisheries Minister Tova Rask met her Danish counterpart, Emil Dorn, in Oslo on Monday. A Swedish diplomat "
        'described the talks as "substantive".'
    )
    assert confirmed_by(extract(text)) == [[]]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Minister Tova Rask held talks with her Danish counterpart, Emil Dorn, on Tuesday, which a Danish foreign "
            "ministry official described as warm.",
            "Danish foreign ministry official",
        ),
        (
            "On Tuesday, union leader Yoon Dae-sik met Labour Minister Paik Sun-ok at her office for what the Labour "
            'Ministry described as "an exchange of views".',
            "Labour Ministry",
        ),
    ],
)
def test_a_side_describing_the_contact_in_its_own_sentence_confirms_it(extract, text, voice):
    # confirm.side-describes-relative: "which"/"what" is the contact just told
    assert confirmed_by(extract(text)) == [[voice]]


def test_a_side_describing_the_contact_by_its_noun_confirms_it(extract):
    # confirm.side-describes-noun: "the meeting" refers back to the contact just told
    text = (
        "Harbour chief Ola Brun held talks with the shipping group's chairman, Li Wen, in Pudong on 9 April. Li's "
        'spokeswoman described the session as "exploratory", a word the group uses often.'
    )
    assert confirmed_by(extract(text)) == [["Li Wen's spokeswoman"]]


FAR_ON = (
    "Council leader Ann Birch met the chairman of the Marsh Lane residents' group, Tom Reid, in her office on Monday. "
    "The group wants a new flood study. Its members say the last one was rushed. Reid has lived in the village all "
    "his life. "
)


@pytest.mark.parametrize(
    ("said", "by"),
    [
        ("In a statement issued after the meeting, Birch said the council took the matter seriously.", ["Ann Birch"]),
        ("Birch, speaking after Monday's meeting, said the council took their concerns seriously.", ["Ann Birch"]),
        ("Birch said after the cabinet meeting that the council took their concerns seriously.", []),
        ("Birch said afterwards that the council took their concerns seriously.", []),
    ],
)
def test_a_side_speaking_after_the_contact_named_confirms_it_far_on(extract, said, by):
    # confirm.said-after-it-far-on: "after the meeting" names the contact; "afterwards" four sentences on does not,
    # nor a gathering of its own
    assert confirmed_by(extract(FAR_ON + said)) == [by]


def test_a_sides_account_of_what_the_two_did_confirms_the_contact(extract):
    # confirm.side-account-the-two: "the two", with no noun, are the two parties
    text = (
        "Health minister Lena Varga visited Kasso on Monday and held talks with the regional governor, Piet Odum. "
        "The governor's office said in a statement that the two had agreed to open four clinics."
    )
    assert confirmed_by(extract(text)) == [["Piet Odum's office"]]


def test_a_question_of_what_the_two_did_is_no_account(extract):
    text = (
        "Health minister Lena Varga visited Kasso on Monday and held talks with the regional governor, Piet Odum. "
        "The governor's office would not say whether the two had agreed to open four clinics."
    )
    assert confirmed_by(extract(text)) == [[]]


def test_declining_to_describe_the_contact_denies_nothing(extract):
    # confirm.undescribed-not-denied: no quoted denial from "declined to characterize the talks"
    text = (
        "Governor Ann Reed met Speaker Tom Hale and Senate leader Kim Pratt on Tuesday. Pratt's office declined to "
        "characterize the talks but confirmed that she attended."
    )
    record = extract(text)
    assert [e["status"] for e in record["events"]] == ["occurred"], record["events"]  # the meeting is still read
    statuses = [c["status"] for e in record["events"] for c in e["confirmations"]]
    assert "denied" not in statuses


def test_two_bodies_of_one_state_are_not_both_sides() -> None:
    """Review mend: "both the foreign and defence ministries" are two bodies of one state, not the two sides."""
    assert _of_both_sides(Actor(id="a1", name="officials in both capitals", kind=ActorKind.GROUP))
    assert not _of_both_sides(
        Actor(id="a2", name="officials of both the foreign and defence ministries", kind=ActorKind.GROUP)
    )

"""Confirmations from round forty-one (helper c): who speaks for a side of a contact, by the review's leftovers,
tested on sentences written for these tests."""

import pytest

from backchannel.extract.confirmations import _voice_of
from backchannel.records import Actor, ActorKind
from tests.conftest import actor_of


def stances(record: dict) -> set[tuple[str, str]]:
    """Each confirmation of any event, as its status and the name of who gave it."""
    return {(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]}


RECEIVED = (
    "On Wednesday morning Kyrgyz Foreign Minister Almaz Turdu was received by Prime Minister Serik Abenov at the "
    "government house, the {}'s press service said."
)


def test_the_press_service_of_a_minister_of_no_side_confirms_nothing(extract):
    # confirm.body-of-a-side: "the defence minister's" shares only "minister" with the sides' titles
    record = extract(RECEIVED.format("defence minister"))
    assert not any("press service" in by for _, by in stances(record)), stances(record)


def test_the_press_service_of_the_side_minister_still_confirms(extract):
    # positive control: "the foreign minister's press service" is the visiting foreign minister's
    record = extract(RECEIVED.format("foreign minister"))
    assert ("confirmed", "foreign minister's press service") in stances(record), stances(record)


PRIME = Actor("a1", "Serik Abenov", ActorKind.PERSON, titles=["Prime Minister"], country="KAZ")


@pytest.mark.parametrize(
    "title, speaks",
    [
        ("the prime minister's spokesman", True),
        ("the Kazakh prime minister's spokesman", True),
        ("Abenov's spokesman", True),
        ("the defence minister's spokesman", False),
        ("the deputy prime minister's spokesman", False),
    ],
)
def test_a_voice_of_a_side_is_named_by_all_of_its_holders_title(title, speaks):
    # confirm.voice-of-a-side: every word of the possessor (past "the" and the state) is one of the side's title
    voice = Actor("a2", "Ivan Petrov", ActorKind.PERSON, titles=[title])
    assert _voice_of(voice, PRIME) is speaks


CONFERENCE = "On Tuesday Faridun Nazarov held a video conference with the United Nations Development Programme. "


def test_a_body_whose_name_begins_anothers_is_not_its_short_name(extract):
    # confirm.short-name-of-a-side: the United Nations is not its Development Programme named short
    record = extract(CONFERENCE + "The United Nations said the talks had covered the financing of the dam.")
    assert not any(by == "United Nations" for _, by in stances(record)), stances(record)


def test_a_company_named_short_still_speaks_for_it(extract):
    # positive control: "Sinowest" for "Sinowest Power Company"
    record = extract(
        "On Tuesday Faridun Nazarov held a video conference with the board of Sinowest Power Company. "
        "Sinowest said the talks had covered the financing of the dam."
    )
    assert ("confirmed", "Sinowest") in stances(record), stances(record)


CALL = "Greenland premier Naja Olsen held a video call on Monday with Denmark's foreign minister, Mette Holck. "


@pytest.mark.parametrize("group", ["Danish opposition officials", "Danish union officials"])
def test_officials_of_a_body_of_their_own_do_not_speak_for_the_state(extract, group):
    # confirm.officials-of-a-side-state: opposition or union officials are not the Danish government's voice
    record = extract(CALL + f'{group} said the call had been "routine".')
    assert not any(by == group for _, by in stances(record)), stances(record)


def test_officials_of_the_state_still_confirm(extract):
    # positive control
    record = extract(CALL + 'Danish officials said the call had been "routine".')
    assert ("confirmed", "Danish officials") in stances(record), stances(record)

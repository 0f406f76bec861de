"""Round forty-seven, review R1: where this round's new rules reached too far. A "should" or a present set for a
day is a contact set for then, neither a wish (contact.urged) nor a habit (contact.habit.kind-met); a body's head
whom the sentence tells was not at the meeting is no party to it (party.body-head-away); a go-between's own state
told in a clause on his name ("who was Brazil's envoy") is no side (party.go-between-not-a-side). Sentences
written for these tests (names invented)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def _sides(record: dict[str, Any]) -> list[set[str]]:
    """Each event's participants by name."""
    return [{actor_of(record, p)["name"] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("The minister's envoy should meet Hamas leaders in Doha on Tuesday, according to a schedule.", "Hamas"),
        ("The Japanese premier should meet President Ivo Lind in Lima next week, aides said.", "Ivo Lind"),
        ("Foreign Minister Ada Moss said her Chinese counterpart should visit Canberra in April.", "Australia"),
    ],
)
def test_a_should_set_for_a_day_is_a_possible_contact(extract, sentence, met):
    record = extract(sentence, published="2026-03-12")
    assert [met in sides for sides in _sides(record)] == [True]
    assert record["events"][0]["status"] == "hypothetical"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council should talk to the fishermen soon, a resident wrote.",
        'On our report last week about the harbour: "The council should talk to the fishermen first," writes Ada Moss.',
    ],
)
def test_a_should_with_no_day_of_its_own_is_still_a_wish(extract, sentence):
    assert extract(sentence, published="2026-03-12")["events"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The chancellor meets regional governors in Potsdam tomorrow.",
        "President Ivo Lind meets senior officials in Kyiv on Monday.",
    ],
)
def test_a_present_set_for_a_day_is_no_habit(extract, sentence):
    assert len(extract(sentence, published="2026-03-12")["events"]) == 1


def test_a_present_rate_with_a_kind_of_people_is_still_a_habit(extract):
    record = extract("The premier meets regional governors every month in Potsdam.", published="2026-03-12")
    assert record["events"] == []


@pytest.mark.parametrize(
    "second",
    [
        "The union's chairwoman, Ada Moss, who was too ill to attend, said afterwards that the talks had been useful.",
        "The union's president, Ada Moss, said afterwards that she had not been told of the meeting.",
        "Separately, the union's president, Ada Moss, spoke at a rally, calling the meeting a waste of time.",
    ],
)
def test_a_body_head_told_away_from_the_meeting_is_no_party(extract, second):
    record = extract(
        "Leaders of the Ferry Workers' Union met Mayor Ivo Lind on Monday. " + second, published="2026-03-12"
    )
    assert all("Ada Moss" not in sides for sides in _sides(record))
    assert any({"Ferry Workers' Union", "Ivo Lind"} <= sides for sides in _sides(record))


def test_a_body_head_who_spoke_of_the_talks_still_took_part(extract):
    record = extract(
        "Leaders of the Ferry Workers' Union met Mayor Ivo Lind on Monday. The union's chairwoman, Ada Moss, said "
        "afterwards that the talks had been useful.",
        published="2026-03-12",
    )
    assert any({"Ferry Workers' Union", "Ivo Lind", "Ada Moss"} <= sides for sides in _sides(record))


def test_a_go_betweens_own_state_told_in_a_clause_is_no_side(extract):
    record = extract(
        "Laos and Thailand have not talked since May. Erik Dahl, who was Norway's envoy to Bangkok, carried "
        "messages between the two capitals.",
        published="2026-03-12",
    )
    errand = [sides for sides in _sides(record) if "Erik Dahl" in sides]
    assert errand == [{"Erik Dahl", "Laos", "Thailand"}]

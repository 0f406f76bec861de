"""Contacts from round thirty-three (a): a contact told with a journey, found by error analysis of c270–c329;
tested on sentences written for these tests."""

import dataclasses

import pytest

from backchannel.extract.when import resolve
from backchannel.pipeline import analysable_text, explained
from backchannel.readers.text import read_text
from tests.extract.test_thirtyone import summary
from tests.extract.test_twentynine import parties


def rules_fired(nlp, text: str) -> set[str]:
    """Every rule that decided a candidate or an event in ``text``."""
    article = dataclasses.replace(read_text(text, source="t"), published="2026-03-12")
    record = explained(article, nlp(analysable_text(article)))
    return {r for rules in record["explain"]["events"].values() for r in rules} | {
        r for c in record["explain"]["candidates"] for r in c["rules"]
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # contact.travel.for-a-spell-of-talks: counted talks are the trip's purpose, as "for talks" is
        (
            "Karin Dahl flew to Accra on Sunday for two days of talks with her Ghanaian counterpart, Kofi Mensah.",
            ("visit", "occurred", "2026-03-08", "Accra"),
        ),
        (
            "Lena Holm will travel to Nairobi next week for a round of meetings with President Daniel Kiprop.",
            ("visit", "planned", "2026-03", "Nairobi"),
        ),
        # place.travelled-and: a meeting joined to a journey by the same subject happened at its end, on its day
        (
            "Lena Holm flew to Lisbon on Monday and held talks with her Portuguese counterpart, Rui Santos.",
            ("visit", "occurred", "2026-03-09", "Lisbon"),
        ),
        (
            "The envoy, Marta Keller, was in Dakar on the fourth of February and sat down with President Ousmane Fall.",
            ("visit", "occurred", "2026-02-04", "Dakar"),
        ),
        # its own day stays its own
        (
            "Marta Keller travelled to Dakar on Monday and met Ousmane Fall on Tuesday.",
            ("visit", "occurred", "2026-03-10", "Dakar"),
        ),
        # place.where-travelled: being in a place is a journey's end too
        (
            "The envoy, Marta Keller, was in Dakar last month, where she met President Ousmane Fall.",
            ("visit", "occurred", "2026-02", "Dakar"),
        ),
    ],
)
def test_a_contact_told_with_a_journey_is_a_visit_at_its_end(extract, sentence, expected):
    assert summary(extract(sentence, published="2026-03-12")) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a call is made from anywhere
        "Lena Holm flew to Lisbon on Monday and telephoned Rui Santos.",
        # coming home is no visit
        "Lena Holm returned to Oslo on Monday and met Rui Santos.",
        # another subject
        "Lena Holm flew to Lisbon on Monday, and Rui Santos met Pedro Alves.",
    ],
)
def test_a_call_a_return_or_another_subject_takes_no_journey(nlp, sentence):
    assert "place.travelled-and" not in rules_fired(nlp, sentence)


def test_the_meeting_after_talks_made_a_visit_is_that_visit(extract):
    # merge.definite-talks-of-journey: not the meeting told before the journey
    record = extract(
        "Lena Holm met Jan Nowak in Bergen on Friday. On Monday she flew to Lisbon and spent the "
        "afternoon with President Rui Santos. An aide said the meeting had been friendly, and Santos's office "
        "confirmed the meeting.",
        published="2026-03-12",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    confirmed = [{names[p] for p in e["participants"]} for e in record["events"] if e["confirmations"]]
    assert parties(record) == [{"Lena Holm", "Jan Nowak"}, {"Lena Holm", "Rui Santos"}], parties(record)
    assert confirmed == [{"Lena Holm", "Rui Santos"}], confirmed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # contact.conference.of-a-body: of a standing body, by its of-object, its possessor, "its" or its holders.
        # Round 62: the first three name other parties too, as a body's session alone is no contact now
        # (party.gathering-of-one)
        (
            "The Joint Fisheries Commission was set up in 2019. A session of the commission and EU envoys planned for "
            "May in Bergen was postponed.",
            ("multilateral", "planned", "2026-05", "Bergen"),
        ),
        (
            "The Council of Ministers' session in Brussels with President Ana Ruiz of Peru ended on Tuesday without a "
            "deal.",
            ("multilateral", "occurred", "2026-03-10", "Brussels"),
        ),
        (
            "The Arctic Fisheries Council met in Tromso last year. Canada, Japan and Chile will attend its next "
            "session in Reykjavik in June.",
            ("multilateral", "planned", "2026-06", "Reykjavik"),
        ),
        (
            "Foreign ministers of the Arab League will hold a conference in Cairo on Friday.",
            ("multilateral", "planned", "2026-03-13", "Cairo"),
        ),
    ],
)
def test_a_session_of_a_standing_body_is_a_gathering(extract, sentence, expected):
    assert summary(extract(sentence, published="2026-03-12")) == [expected]


def test_a_session_of_a_body_two_peoples_share_is_their_meeting(extract):
    # party.joint-body, the two states named by their peoples' adjectives
    record = extract(
        "A session of the Peruvian-Ecuadorian border commission that had been set for May 4 in Quito was called off.",
        published="2026-03-12",
    )
    assert [e[0] for e in summary(record)] == ["meeting"], summary(record)
    assert parties(record) == [{"Peru", "Ecuador"}], parties(record)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor, Karl Osei, spoke at a press conference in Accra on Monday.",
        "The court session in Accra was adjourned on Monday.",
        "The commission's report was published on Monday. The session of parliament opened in Accra on Tuesday.",
        # a body of one state, or one never named
        "Ghanaian ministers held a conference in Accra on Monday.",
        "The fisheries commission will hold its next session in Tema in May.",
    ],
)
def test_a_session_of_no_standing_body_is_no_contact(extract, sentence):
    assert summary(extract(sentence, published="2026-03-12")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peru-Ecuador Joint Commission will meet in Quito in May.",
        "The joint committee of Peru and Ecuador met in Quito on Monday.",
    ],
)
def test_a_body_two_states_share_meeting_is_their_meeting(extract, sentence):
    # party.joint-body, for the body as the subject of "meet"
    record = extract(sentence, published="2026-03-12")
    assert [e[0] for e in summary(record)] == ["meeting"], summary(record)
    assert parties(record) == [{"Peru", "Ecuador"}], parties(record)


@pytest.mark.parametrize(
    "sentence",
    ["The House Intelligence Committee met in Washington on Tuesday.", "The Peruvian cabinet met on Tuesday."],
)
def test_one_states_body_meeting_is_no_contact(extract, sentence):
    assert summary(extract(sentence, published="2026-03-12")) == []


@pytest.mark.parametrize(
    ("text", "published", "future", "value", "week"),
    [
        # date.nth-of-month: read before "last Thursday" and "last week"
        ("on the last Thursday of January", "2026-03-12", False, "2026-01-29", None),
        ("on the first Monday of February 2019", None, False, "2019-02-04", None),
        ("in the last week of February", "2026-03-12", False, "2026-02", "2026-W09"),
        ("in the second week of December", "2026-11-17", True, "2026-12", "2026-W50"),
    ],
)
def test_a_weekday_or_week_counted_in_a_month(text, published, future, value, week):
    found = resolve(text, published, future=future)
    assert found is not None and (found.value, found.week) == (value, week), found


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # date.moved-to: the new time, not the one first set
        (
            "The meeting between Minister Karin Dahl and a World Bank mission, originally set for Friday, has been "
            "moved to Monday, March 30.",
            "2026-03-30",
        ),
        ("The visit by Omar Haddad to Oslo, planned for March 20, has been postponed to April 14.", "2026-04-14"),
    ],
)
def test_a_contact_moved_to_a_time_is_dated_by_it(extract, sentence, date):
    assert [e[2] for e in summary(extract(sentence, published="2026-03-12"))] == [date]

"""Round forty-nine (helper F): summoning a person is a meeting of the one who summons and the one summoned (rule
contact.verb.summon), as calling him to the ministry is (contact.call.summoned); a witness or a suspect summoned to
court or for questioning meets no one (contact.summon.hearing), a summons to protest is an accusation
(contact.summon.protest), and no one summoned by no one named, nor a thing summoned, is met. Sentences written for
these tests (names invented)."""

from typing import Any

import pytest

from tests.conftest import actor_of


def _sides(record: dict[str, Any]) -> list[set[str]]:
    """Each event's participants by name."""
    return [{actor_of(record, p)["name"] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Lena Ostrova summoned the Danish ambassador, Jens Holm, to the ministry on Friday.",
        "Lena Ostrova, the deputy foreign minister, summoned Denmark's envoy, Jens Holm, over the raid on Monday.",
        "The Danish ambassador, Jens Holm, was summoned by Foreign Minister Lena Ostrova on Friday.",
    ],
)
def test_summoning_an_envoy_is_a_meeting(extract, sentence):
    record = extract(sentence, published="2026-03-12")
    assert _sides(record) == [{"Lena Ostrova", "Jens Holm"}]
    assert record["events"][0]["mode"] == "meeting"
    assert record["events"][0]["status"] == "occurred"


def test_a_summons_to_come_is_planned(extract):
    record = extract(
        "Jens Holm, the Danish ambassador, crossed into the breakaway region on Monday. Foreign Minister Lena "
        "Ostrova said she would summon Holm to explain the trip.",
        published="2026-03-12",
    )
    assert {"Lena Ostrova", "Jens Holm"} in _sides(record)
    event = next(e for e in record["events"] if len(e["participants"]) == 2)
    assert event["status"] == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators summoned the harbour master, Piet Lund, for questioning on Monday.",
        "The magistrate summoned Piet Lund to court over the unpaid fines.",
        "Defence lawyers asked the judge to summon Piet Lund to give evidence in person.",
        "Piet Lund, the harbour master, said he had been summoned to Riga on Monday.",
        "Mayor Piet Lund summoned the courage to face the crowd.",
        "Foreign Minister Lena Ostrova summoned the Danish ambassador, Jens Holm, to complain about the raid.",
        "Foreign Minister Lena Ostrova summoned the Danish ambassador, Jens Holm, in protest on Friday.",
        "Lena Ostrova, the foreign minister, summoned Jens Holm, the Danish envoy, to lodge a formal protest.",
    ],
)
def test_a_hearing_a_protest_a_thing_or_no_one_named_is_no_meeting(extract, sentence):
    """A summons made to protest is an accusation, as PLOVER codes it (rule contact.summon.protest)."""
    assert extract(sentence, published="2026-03-12")["events"] == []

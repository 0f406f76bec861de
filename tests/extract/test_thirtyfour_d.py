"""Round thirty-four (d): groups named by count or by side ("the two delegations", "the four", "both sides", "the
two ministers") stand for the states or people told before them; tested on sentences written for these tests."""

import dataclasses

import pytest

from backchannel.pipeline import analysable_text, explained
from backchannel.readers.text import read_text
from tests.extract.test_twentynine import parties


def record(nlp, text: str) -> dict:
    article = dataclasses.replace(read_text(text, source="t"), published="2026-03-12")
    return explained(article, nlp(analysable_text(article)))


def places(rec: dict) -> list[str | None]:
    return [(e.get("place") or {}).get("name") for e in rec["events"]]


def test_two_delegations_are_both_led_delegations(nlp) -> None:
    """party.delegation-led-before takes "the delegation" for the one led by someone, never "the two delegations"."""
    rec = record(
        nlp,
        "Norway sent a delegation led by Anna Berg to Tanzania, and Kenya sent one led by Omar Haddad. The two "
        "delegations met on Tuesday in Moshi.",
    )
    assert parties(rec) == [{"Anna Berg", "Omar Haddad"}]


def test_two_delegations_are_states_before_a_pair_told_since(nlp) -> None:
    """party.the-two-sides: the states of the last contact between states, not the envoy and minister met since."""
    rec = record(
        nlp,
        "The Kenyan and Somali delegations met in Arusha on Monday. On Wednesday the Tanzanian envoy Salim Juma "
        "visited Somali Foreign Minister Omar Haddad in Mogadishu. The two delegations will meet again in Kampala in "
        "June.",
    )
    kampala = [p for p, where in zip(parties(rec), places(rec), strict=True) if where == "Kampala"]
    assert kampala == [{"Kenya", "Somalia"}]


def test_met_before_the_place_of_a_contact_is_another(nlp) -> None:
    """merge.told-before-it: "met once before Arusha" is not the Arusha meeting."""
    rec = record(
        nlp,
        "The Kenyan and Somali delegations met in Arusha on Monday. The two delegations had met once before Arusha, "
        "at a farmhouse outside Moshi.",
    )
    assert sorted(p or "" for p in places(rec)) == ["Arusha", "Moshi"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # party.the-n-named: no contact between them told before, the four named just before
        (
            "Mayor Lena Holm, Bishop Tomas Wirth, Imam Said Karimi and Rabbi Ezra Levin signed an appeal in Malmo on "
            "Monday. The four will meet again in Bergen on June 7.",
            {"Lena Holm", "Tomas Wirth", "Said Karimi", "Ezra Levin"},
        ),
        # "the three": the three who met, not the pair of the call told since
        (
            "Anna Berg met Omar Haddad and Karl Osei in Oslo on Monday. On Tuesday Berg telephoned Piet Nowak. The "
            "three will meet again in Bergen on Friday.",
            {"Anna Berg", "Omar Haddad", "Karl Osei"},
        ),
    ],
)
def test_the_n_are_that_many_named_before(nlp, text: str, group: set[str]) -> None:
    rec = record(nlp, text)
    again = [p for p, where in zip(parties(rec), places(rec), strict=True) if where == "Bergen"]
    assert again == [group]


def test_the_two_ministers_are_the_two_ministers_named(nlp) -> None:
    """party.the-two-office-holders: not the president and the minister he received."""
    rec = record(
        nlp,
        "President Karl Osei of Ghana received Norway's Trade Minister, Anna Berg, in Accra on Monday. Ghana's Trade "
        "Minister, Omar Haddad, was abroad. The two ministers will meet in Oslo next month.",
    )
    oslo = [p for p, where in zip(parties(rec), places(rec), strict=True) if where == "Oslo"]
    assert oslo == [{"Anna Berg", "Omar Haddad"}]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Foreign Minister Rania Saleh of Jordan received Lebanese Foreign Minister Karim Nader in Amman on Monday. "
            "The two ministers agreed to hold a meeting with Syria in Beirut in May.",
            {"Rania Saleh", "Karim Nader", "Syria"},
        ),
        (
            "Trade Minister Ratna Sari of Indonesia met Malaysian Trade Minister Kamal Yusof in Kuala Lumpur on "
            "Tuesday. Manila has asked to attend the next meeting of the two ministers.",
            {"Ratna Sari", "Kamal Yusof", "Philippines"},
        ),
    ],
)
def test_the_two_among_other_parties(nlp, text: str, group: set[str]) -> None:
    """party.the-two-among-others: the pair the group stands for, beside the other parties of the contact."""
    assert parties(record(nlp, text))[-1] == group


def test_an_audience_of_three_is_no_group(nlp) -> None:
    """A count with no "the" ("an audience of three") is no group of people told before."""
    rec = record(
        nlp,
        "Senator Ana Ruiz met Governor Tom Hale in Boston on Monday. On Friday she spoke to an audience of three in "
        "Ennis.",
    )
    assert parties(rec) == [{"Ana Ruiz", "Tom Hale"}]

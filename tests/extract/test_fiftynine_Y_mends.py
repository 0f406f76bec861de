"""Mended faults: a meeting told after a present perfect ("has promised after meeting X") took place (rule
status.after-meeting); a dateline in the other styles needs a real date or, in title case before a dash, a
sentence after it (rule place.other-dateline); a denied "look forward to" tells no contact (rule
contact.not-looking-forward)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from backchannel.datelines import dateline_city, other_dateline_city
from backchannel.pipeline import extract_article
from backchannel.records import Article, EventStatus


def _events(text: str, nlp: Language) -> list:
    return extract_article(Article(id="t", text=text, published="2026-03-12"), nlp).events


@pytest.mark.parametrize(
    "text",
    [
        "Ostrom has promised after meeting his counterpart, Pablo Mena, that he will respond within a week.",
        "Foreign Minister Karl Ostrom has pledged after meeting the strikers' leader, Pablo Mena, "
        "that wages will rise.",
    ],
)
def test_meeting_before_a_present_perfect_took_place(text: str, nlp: Language) -> None:
    events = _events(text, nlp)
    assert [e.status for e in events] == [EventStatus.OCCURRED]


def test_meeting_before_a_future_perfect_is_not_after_meeting(nlp: Language) -> None:
    text = "Ostrom will have promised after meeting his counterpart, Pablo Mena, that he will respond."
    assert [e.status for e in _events(text, nlp)] == [EventStatus.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "Warsaw – Kyiv rail link to reopen, ministers say\n\nUkrainian Infrastructure Minister Oleh Bondar received "
        "his Polish counterpart, Marek Nowak, at the ministry on Monday.",
        "Moscow, 24 hours after the drone strike, was calm on Tuesday.",
        "Paris, 10 years after the attack, remembered its dead.",
        "Beirut, 2 days after the blast, mourned.",
        "Oslo, Friday was calm.",
    ],
)
def test_no_dateline_without_a_date_or_a_sentence(text: str) -> None:
    assert other_dateline_city(text) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Oslo – Thursday, May 26, 2011\n\nPresident Karl Moen spoke.", "Oslo"),
        ("BERGEN, Friday\n\nPresident Karl Moen spoke.", "Bergen"),
        ("Tallinn, 4 March /BNS/ - Prime Minister Karl Moen spoke.", "Tallinn"),
        ("Warsaw – Underlining the ties, Karl Moen spoke.", "Warsaw"),
    ],
)
def test_datelines_kept(text: str, city: str) -> None:
    assert dateline_city(text) == city


def test_headline_city_is_not_where_a_meeting_was(nlp: Language) -> None:
    text = (
        "Moscow, 24 hours after the drone strike, was calm on Tuesday.\n\nInterior Minister Ivan Sokolov received "
        "the Belarusian envoy, Pavel Lis, at the ministry on Monday."
    )
    assert all(e.place is None or e.place.name != "Moscow" for e in _events(text, nlp))


def test_not_looking_forward_tells_no_contact(nlp: Language) -> None:
    text = (
        "Prime Minister Lena Varga said she was not looking forward to meeting President Tomas Brandt, whom she "
        "called a bully."
    )
    assert _events(text, nlp) == []


def test_looking_forward_still_tells_a_planned_contact(nlp: Language) -> None:
    text = "Prime Minister Lena Varga said she was looking forward to meeting President Tomas Brandt next month."
    assert [e.status for e in _events(text, nlp)] == [EventStatus.PLANNED]

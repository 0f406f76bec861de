"""Datelines in other styles than the wire's (rule place.other-dateline): a city and a day with no dash, a city and
a colon, a city in title case before a dash; not a transcript's label, a quote's speaker or a day's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from backchannel.datelines import dateline_city, other_dateline_city
from backchannel.pipeline import extract_article
from backchannel.records import Article


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Tallinn, 4 March /BNS/ - Prime Minister Karl Moen spoke.", "Tallinn"),
        ("Headline\n\nBaku, Azerbaijan, Jan. 16\n\nPresident Karl Moen spoke.", "Baku"),
        ("RIGA, FEBRUARY 4, LETA. President Karl Moen spoke.", "Riga"),
        ("Helsinki, July 26 With the visit seen as a test, Karl Moen spoke.", "Helsinki"),
        ("VILNIUS: Prime Minister Karl Moen spoke on Tuesday.", "Vilnius"),
        ("Oslo: Prime Minister Karl Moen spoke on Tuesday.", "Oslo"),
        ("Warsaw – Underlining the ties, Karl Moen spoke.", "Warsaw"),
    ],
)
def test_other_dateline_city(text: str, city: str) -> None:
    assert dateline_city(text) == city


@pytest.mark.parametrize(
    "text",
    [
        "Mon, 16 May 2005 Source: GNA\n\nKarl Moen spoke.",
        "Clinton: I support the plan.\n\nKarl Moen spoke.",
        "MOYO: Did Lusaka say the same?\n\nBANDA: It did.\n\nMOYO: Thank you.",
    ],
)
def test_no_other_dateline(text: str) -> None:
    assert other_dateline_city(text) is None


def _places(text: str, nlp: Language) -> list[str | None]:
    record = extract_article(Article(id="t", text=text, published="2026-03-12"), nlp)
    return [e.place.name if e.place else None for e in record.events]


def test_contact_held_in_the_other_datelines_city(nlp: Language) -> None:
    text = (
        "Tallinn, 4 March /BNS/ - Estonian Prime Minister Karl Moen received the Finnish foreign minister, "
        "Lena Vasquez, on Tuesday."
    )
    assert _places(text, nlp) == ["Tallinn"]

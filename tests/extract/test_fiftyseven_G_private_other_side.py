"""A contact merged wrongly into another (round fifty-seven, helper G): a contact told as held in private ("had met
secretly with", "held private talks with", "met … in secret"), with a side the contact told openly before did not
take in and without one it took in, is another contact of their shared person, not a retelling of it (rule
merge.private-other-side). A private talk between the same people, or a plain one with someone else, is left as
before. Tested on sentences written for these tests."""

from typing import Any

import pytest

from backchannel.pipeline import analysable_text, explained
from backchannel.records import Article


def _events(record: dict[str, Any]) -> list[list[str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return sorted(sorted(names[p] for p in e["participants"]) for e in record["events"])


def _rules(record: dict[str, Any]) -> set[str]:
    return {r for rules in record["explain"]["events"].values() for r in rules}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "President Omar Quinn received the trade minister, Ali Demir, at the palace on Monday. A weekly "
            "reported on Tuesday that Demir had met secretly with leaders of the dockers' union.",
            ["Ali Demir", "dockers' union"],
        ),
        (
            "Governor Lena Voss met Mayor Tomas Reyes in Carvel on Friday to discuss the bridge. A local paper said "
            "Voss had held private talks with representatives of a shipping company.",
            ["Lena Voss", "shipping company"],
        ),
        (
            "Governor Lena Voss met Mayor Tomas Reyes in Carvel on Friday to discuss the bridge. Critics say Voss "
            "met executives of a shipping company in secret.",
            ["Lena Voss", "shipping company"],
        ),
    ],
)
def test_a_private_contact_with_someone_else_is_another_contact(extract, text, other):
    events = _events(extract(text, published="2026-03-12"))
    assert len(events) == 2
    assert other in events


def test_the_rule_is_told_in_explain(nlp):
    text = (
        "President Omar Quinn received the trade minister, Ali Demir, at the palace on Monday. A weekly reported on "
        "Tuesday that Demir had met secretly with leaders of the dockers' union."
    )
    article = Article(text=text, published="2026-03-12")
    assert "merge.private-other-side" in _rules(explained(article, nlp(analysable_text(article))))


@pytest.mark.parametrize(
    "text",
    [
        # the same people talking in private: the contact told again
        "President Omar Quinn received the trade minister, Ali Demir, at the palace on Monday. Demir and Quinn later "
        "talked privately for an hour, an aide said.",
        "Governor Lena Voss met Mayor Tomas Reyes in Carvel on Friday to discuss the bridge. Critics say Voss met "
        "Reyes in secret.",
    ],
)
def test_a_private_talk_of_the_same_people_is_the_same_contact(extract, text):
    assert len(_events(extract(text, published="2026-03-12"))) == 1

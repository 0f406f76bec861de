"""Round thirty-four: a contact told with "also", "instead", "only" or "on her way back", with someone the contact
before it did not take in, is another contact and not a retelling of that one; tested on sentences written for these
tests."""

import dataclasses

import pytest

from backchannel.pipeline import analysable_text, explained
from backchannel.readers.text import read_text
from tests.extract.test_twentynine import parties


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # merge.also-someone-else: "also" on the contact verb, or on the verb holding the contact noun
        (
            "Trade Minister Lena Holm met President Omar Haddad in Nairobi on Monday. Holm also met leaders of the "
            "opposition.",
            {"Lena Holm", "leaders"},
        ),
        (
            "Trade Minister Lena Holm held talks with President Omar Haddad in Nairobi on Monday. Holm also held "
            "talks with farmers' representatives.",
            {"Lena Holm", "farmers' representatives"},
        ),
        # "instead": someone met in place of the one the visit was for
        (
            "Trade Minister Lena Holm flew to Nairobi on Monday hoping to see President Omar Haddad. Holm met "
            "instead with opposition councillors in the city.",
            {"Lena Holm", "opposition councillors"},
        ),
        # merge.only-someone-else: the contact conceded in place of the one reported
        (
            "A weekly reported that Foreign Minister Lena Holm had secretly met rebel leader Jan Kibet in Mombasa last "
            'week. "The minister was in Mombasa for a trade fair and she only met port officials," her aide said.',
            {"Lena Holm", "port officials"},
        ),
        # merge.on-the-way: the stop is told on the verb the contact is joined to
        (
            "Anna Berg visited Nairobi on Monday and held talks with President Omar Haddad. On her way home she "
            "stopped in Kampala and met Ugandan officials there.",
            {"Anna Berg", "Ugandan officials", "Uganda"},
        ),
    ],
)
def test_a_contact_set_beside_the_one_before_is_another(extract, text, apart):
    found = parties(extract(text, published="2026-03-12"))
    newcomers = apart - {"Anna Berg", "Lena Holm"}
    assert apart in found and not any(newcomers & event for event in found if event != apart), found


def test_also_with_the_same_people_still_retells_the_contact(extract):
    found = parties(
        extract(
            "Anna Berg visited Nairobi on Monday and held talks with President Omar Haddad. Berg also discussed "
            "trade with Haddad.",
            published="2026-03-12",
        )
    )
    # Haddad, met on the visit to Nairobi, is Kenyan (actor.country-of-visit-host), so Kenya is no party beside him
    # (party.host-person-named)
    assert found == [{"Anna Berg", "Omar Haddad"}], found


def test_explain_names_the_rule_that_kept_the_contacts_apart(nlp):
    text = (
        "Anna Berg visited Nairobi on Monday and held talks with President Omar Haddad. On her way home she stopped "
        "in Kampala and met Ugandan officials there."
    )
    article = dataclasses.replace(read_text(text, source="t"), published="2026-03-12")
    record = explained(article, nlp(analysable_text(article)))
    assert any("merge.on-the-way" in rules for rules in record["explain"]["events"].values()), record["explain"]

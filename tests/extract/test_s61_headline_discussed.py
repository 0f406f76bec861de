"""Round sixty-one: a summit, meeting or talks after a verb of discussing in a headline in title case is what was
discussed, not a contact whose parties are the words the parser hung on it as one compound name (rule
contact.noun.headline-discussed). Sentences written for these tests (names invented)."""

import pytest

from backchannel.extract.contact_words import TOPIC_OBJECT_VERBS
from backchannel.extract.headline_names import headline_verb_before


def parties(record: dict) -> list[set[str]]:
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    return [{by_id[p] for p in e["participants"]} for e in record["events"]]


BODY = (
    "\n\nSTOCKHOLM, March 3 -- Swedish Prime Minister Erik Lindqvist and Hungarian Prime Minister Peter Varga"
    " discussed the upcoming summit by telephone on Tuesday, officials said."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Lindqvist, Varga Discuss Upcoming G-8 Summit",
        "Lindqvist, Varga Discuss Upcoming Baltic Summit",
    ],
)
def test_a_contact_discussed_in_a_title_case_headline_is_no_event(extract, headline):
    found = parties(extract(headline + BODY, published="2009-03-03"))
    assert found == [{"Erik Lindqvist", "Peter Varga"}]


def test_a_summit_held_in_a_title_case_headline_is_still_an_event(extract):
    text = (
        "Lindqvist, Varga Hold Summit In Riga\n\nRIGA, March 3 -- Swedish Prime Minister Erik Lindqvist and"
        " Hungarian Prime Minister Peter Varga held a summit in Riga on Tuesday, officials said."
    )
    assert {"Erik Lindqvist", "Peter Varga"} in parties(extract(text, published="2009-03-03"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Lindqvist, Varga Discuss Upcoming Baltic Summit\n\nThe two met.", "Discuss"),
        ("Lindqvist Debates Baltic Summit Plans\n\nThe two met.", "Debates"),
        ("Ida Review Attends Riga Summit\n\nIda Review went. Review said it went well.", None),
        ("Lindqvist's Address To Baltic Summit\n\nLindqvist spoke.", None),
        ("Lindqvist and Varga discuss the Baltic summit.", None),
    ],
)
def test_the_verb_of_discussing_before_a_headline_noun(nlp, text, verb):
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == "summit")
    found = headline_verb_before(noun, TOPIC_OBJECT_VERBS)
    assert (found.text if found is not None else None) == verb

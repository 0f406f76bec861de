"""Round fifty-two (helper N): a person named after a title of a place ("Ambassador of Indonesia X", "President of
the Kyrgyz Republic X") is no actor when the tagger leaves the name untagged after the place (rule
actor.office-holder-untagged), runs it into a state's formal name it does not know as a country's (rule
actor.formal-state-name), or runs it into the place as a facility's name (rule actor.name-after-office-place).
Sentences written for these tests (names invented)."""

import pytest
from spacy.tokens import Span

from backchannel.extract.actor_table import trimmed_ent
from tests.conftest import events_with


def actor_names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


def test_an_untagged_name_after_a_country_closing_a_title_is_a_person(extract):
    # actor.office-holder-untagged
    record = extract("The president received Ambassador of Indonesia Bambang Kurniawan on Monday.")
    assert "Bambang Kurniawan" in actor_names(record)
    assert events_with(record, "Bambang Kurniawan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Energy of the Kyrgyz Republic Talant Osmonov met the Kazakh delegation on Tuesday.",
        "President of the Kyrgyz Republic Talant Osmonov received the Kazakh delegation on Tuesday.",
    ],
)
def test_a_name_after_a_states_formal_name_is_the_holders(extract, sentence):
    # actor.formal-state-name
    names = actor_names(extract(sentence))
    assert "Talant Osmonov" in names
    assert not any("Republic" in n for n in names)


def test_a_name_run_into_a_place_tagged_as_a_facility_is_cut_from_it(nlp):
    # actor.name-after-office-place, with the tagger's facility: "Serbia Zoran Ilić" as one building's name
    doc = nlp("The talks began after the President of Serbia Zoran Ilić arrived.")
    start = next(t.i for t in doc if t.text == "Serbia")
    holder = trimmed_ent(Span(doc, start, start + 3, label="FAC"))
    assert holder.text == "Zoran Ilić"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the brief's last word before the name is no place: the whole name is kept
        ("The Minister of Water Resources Sok Vanna met the delegation on Monday.", "Sok Vanna"),
        # a style and a tagged name after the place: no "Province Comrade" person
        ("The Vice Governor of Hebei Province Comrade Zhang Wei met the delegation on Monday.", "Zhang Wei"),
    ],
)
def test_no_holder_is_cut_from_a_brief_or_a_style(extract, sentence, name):
    names = actor_names(extract(sentence))
    assert name in names
    assert not any(n != name and n.endswith(name.split()[-1]) for n in names if " " in n)
    assert "Province Comrade" not in names

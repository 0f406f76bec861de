"""Round fifty-two (helper Q): quote speakers on real text, by mechanism. A person's name the tagger ran into the
place or body before it across a comma is a person of its own (rule actor.split-at-comma); "the statement said",
"the email said" is the nearest statement, email or letter told before, whoever it names as its issuer, not one a
writer was given for further back (rule speaker.nearest-document). Sentences written for these tests (names
invented)."""

import pytest
from spacy.tokens import Span as SpacySpan

from backchannel.extract.actor_table import after_comma


def speakers(record: dict) -> list[str | None]:
    named = {a["id"]: a["name"] for a in record["actors"]}
    return [named.get(q.get("speaker_actor")) for q in record["quotes"]]


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


# actor.split-at-comma


def test_a_name_run_into_the_place_before_it_speaks_as_the_person(extract):
    r = extract(
        "The regional envoy, the former diplomat Musa Danladi Garba, shuttled twice between Accra and Lome. "
        "Reached by telephone in Abuja, Garba said he had met the two ministers."
    )
    assert speakers(r) == ["Musa Danladi Garba"]
    assert not any("," in name for name in names(r))


def glued(nlp, text: str, first: str, last: str, label: str = "ORG") -> SpacySpan:
    """The entity from word ``first`` to word ``last`` as the tagger might have run it together."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i >= start) + 1
    return SpacySpan(doc, start, end, label=label)


@pytest.mark.parametrize(
    ("text", "first", "last", "name"),
    [
        (
            "His old classmate at Dunmore, Piet Akkerman, said the club had changed.",
            "Dunmore",
            "Akkerman",
            "Piet Akkerman",
        ),
        (
            "The chairman of the Ostvik Council of Elders, Chief Tomas Halvorsen, denied it.",
            "Ostvik",
            "Halvorsen",
            "Chief Tomas Halvorsen",
        ),
        ("Promoted from the Western League, Brannigan is held in high regard.", "Western", "Brannigan", "Brannigan"),
    ],
)
def test_the_name_after_the_comma_is_cut_out(nlp, text, first, last, name):
    assert after_comma(glued(nlp, text, first, last)).text == name


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The Ministry of Trade, Industry and Energy said on Monday that exports fell.", "Ministry", "Energy"),
        ("The Ministry of Labour, Immigration, Training and Skills said nothing.", "Ministry", "Immigration"),
        ("Delegates from Niger, Burkina Faso and Mali met in Accra.", "Niger", "Faso"),
        ("A professor at the University of Wales, Bangor said the study was sound.", "University", "Bangor"),
        ("The shareholder is Ruane, Cunniff & Goldfarb, an investment firm.", "Ruane", "Goldfarb"),
    ],
)
def test_a_list_a_place_or_a_firm_after_the_comma_stays_whole(nlp, text, first, last):
    assert after_comma(glued(nlp, text, first, last)) is None


# speaker.nearest-document


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In March a statement signed by the harbour master, Olav Brekke, proposed new fees. On Tuesday the Pilots "
            "Association issued a statement of its own. The statement said the fees would ruin small operators.",
            "Pilots Association",
        ),
        (
            "Last year an email sent by the mayor, Ruth Okonjo, promised a new pier. On Monday the Ferry Workers Union "
            'sent out an email appeal to its members. "Come to the gate on Friday," the email said.',
            "Ferry Workers Union",
        ),
    ],
)
def test_the_document_is_the_nearest_one_told(extract, text, speaker):
    assert speakers(extract(text))[-1] == speaker


def test_a_cable_from_an_embassy_is_left_to_the_rules_for_cables(extract):
    r = extract(
        "Last year a cable signed by the ambassador, Ruth Okonjo, described the port talks. A second cable from the "
        "embassy in Oslo reached the ministry on Monday. The cable says the talks went well."
    )
    assert speakers(r)[-1] != "embassy in Oslo"


def test_a_statement_nobody_is_said_to_have_put_out_nearer_is_the_writers(extract):
    r = extract(
        "In March a statement signed by the harbour master, Olav Brekke, proposed new fees. The statement was "
        "posted at the gate. The statement said the fees would ruin small operators."
    )
    assert speakers(r)[-1] == "Olav Brekke"

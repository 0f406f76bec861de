"""Round forty-seven (helper c): the body a person quoted speaks for, told as a side by a bare noun ("the union", "the
local", "the group") or a possessive ("his organisation", "her members"), is the body that person's own description
names (rule party.speakers-body); with a possessive the person is a side too. Sentences written for these tests
(names invented)."""

import pytest

from tests.conftest import event_names


def sides(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Mara Quist, president of the Harbour Workers' Union, said the union had asked for a meeting with "
            "Governor Paul Reyes.",
            "Harbour Workers' Union",
        ),
        (
            "The pickets were led by Tom Varga, secretary of Local 412 of the Federated Dock Workers. He said the "
            "local had asked for a meeting with the port's owner, Brennan Holdings, and had heard nothing.",
            "Federated Dock Workers",
        ),
        (
            "Lena Ortiz, spokeswoman for the Riverside Tenants Alliance, told reporters that the group had written to "
            "Mayor Dan Coyle asking for a meeting.",
            "Riverside Tenants Alliance",
        ),
        (
            "The Kelso Growers' Association has 300 members. Its chairman, Ian Moffat, says the association asked to "
            "meet Agriculture Minister Rhona Bell and was turned down.",
            "Kelso Growers' Association",
        ),
        (
            "Harbour Drivers Local 88 president Joe Brandt met Governor Ana Ruiz on Monday. Brandt said the union "
            "would ask the governor for a second meeting in May.",
            "Harbour Drivers Local",
        ),
    ],
)
def test_the_bare_body_is_the_speakers(extract, text, body):
    record = extract(text, published="2024-05-10")
    (event,) = [e for e in record["events"] if e["status"] == "hypothetical"]
    assert any(body in name for name in event_names(record, event))


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Ivo Sander, who chairs the Tallin Road Hauliers' Association, said his members had asked to meet "
            "Transport Minister Kaja Pold on Friday.",
            "Tallin Road Hauliers' Association",
            "Ivo Sander",
        ),
        (
            "Aud Berge, chairwoman of the Coastal Skippers' Federation, said her organisation had written to request "
            "a meeting with the fisheries minister, Leif Moen.",
            "Coastal Skippers",
            "Aud Berge",
        ),
        (
            "Rosa Mthembu, an organiser with the Valley Farmworkers Forum, said her organisation had asked for a "
            "meeting with the deputy minister, Ana Ruiz.",
            "Valley Farmworkers Forum",
            "Rosa Mthembu",
        ),
    ],
)
def test_his_body_is_the_one_he_leads(extract, text, body, person):
    record = extract(text, published="2024-05-10")
    (event,) = record["events"]
    names = event_names(record, event)
    assert person in names
    assert any(body in name for name in names)


def test_a_body_only_described_stands_with_its_speaker(extract):
    # "the mill workers' union" has no name to give: the one who speaks for it is a side beside its noun
    record = extract(
        "Justo Quispe, secretary of the mill workers' union, said the union had asked to meet Consul Dieter Hallmann "
        "during the visit.",
        published="2024-05-10",
    )
    (event,) = record["events"]
    assert {"Justo Quispe", "Dieter Hallmann"} <= event_names(record, event)


@pytest.mark.parametrize(
    "text",
    [
        # a state body is not what "the group" stands for: the group is someone else
        "Ana Ruiz, spokeswoman for the Interior Ministry, said the group had met Governor Paul Reyes on Monday.",
        # a union the speaker does not speak for
        "Ana Ruiz, president of the Lakeside Traders' Association, said the union had asked to meet Governor Paul "
        "Reyes.",
        # a body only described, not named, is no better a side than the noun
        "The president of the local chamber of commerce, Raul Ponce, said the chamber had asked for a meeting with "
        "Governor Paul Reyes.",
    ],
)
def test_no_body_of_the_speakers(extract, text):
    record = extract(text, published="2024-05-10")
    names = set().union(*sides(record))
    assert not names & {"Interior Ministry", "Lakeside Traders' Association", "local chamber of commerce"}

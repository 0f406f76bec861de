"""Ranks and forms of address written before a name are no part of it (session 48), on sentences written here."""

import pytest


def speaker_names(record):
    actors = {a["id"]: a for a in record["actors"]}
    return [actors[q["speaker_actor"]]["name"] for q in record["quotes"] if q.get("speaker_actor") in actors]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Major Tendai Moyo, the battalion's commander, said the bridge was safe.", "Tendai Moyo"),
        ("Alderman Rosalind Pike said the ward would vote against the plan.", "Rosalind Pike"),
        ("Brother Eamon Kearney said the school would stay open through the winter.", "Eamon Kearney"),
        ("Maître Karim Haddad said his client had never met the minister.", "Karim Haddad"),
        ("Doña Amparo Quispe said the water had been cut for a week.", "Amparo Quispe"),
    ],
)
def test_rank_or_address_before_a_name_is_left_out(extract, sentence, name):
    assert speaker_names(extract(sentence)) == [name]


def test_the_rank_alone_later_resolves_to_its_holder(extract):
    r = extract("Major Tendai Moyo inspected the bridge on Monday. The major said the convoy had already left.")
    assert speaker_names(r) == ["Tendai Moyo"]


def test_a_capitalised_adjective_is_no_rank(extract):
    r = extract("Major League Soccer said the season would start in March.")
    assert speaker_names(r) == ["Major League Soccer"]

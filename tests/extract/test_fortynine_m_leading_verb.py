"""actor.leading-verb: a lowercase verb the tagger runs into a name is no part of it."""

from tests.conftest import actor_of


def test_a_verb_tagged_into_a_body_name_is_left_out(extract):
    record = extract("President Ana Cruz flew to Brussels on Monday to meet European Union officials.")
    names = {actor_of(record, p)["name"] for e in record["events"] for p in e["participants"]}
    assert "European Union" in names
    assert not any(name.startswith("meet ") for name in names)


def test_names_that_open_with_a_particle_keep_it(extract):
    record = extract("Staffan de Mistura met the delegation in Geneva on Monday.")
    assert any(a["name"] == "Staffan de Mistura" for a in record["actors"])

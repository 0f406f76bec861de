"""Round fifty-six: a hyphened family name written later with a space is the same person (rule actor.unhyphened);
sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _people(record: dict) -> dict[str, list[str]]:
    return {a["name"]: a["aliases"] for a in record["actors"] if a["kind"] == "person"}


def test_a_hyphened_family_name_written_with_a_space_later_is_the_same_person(extract):
    record = extract(
        "Defence Minister Karim Abu-Saleh will fly to Amman on Sunday, officials said.\n\n"
        "Abu Saleh met the Jordanian army chief Omar Haddad in Aqaba last week."
    )
    people = _people(record)
    assert "Abu Saleh" not in people
    assert "Abu Saleh" in people["Karim Abu-Saleh"]
    assert any(event_names(record, e) >= {"Karim Abu-Saleh", "Omar Haddad"} for e in record["events"])


def test_a_spaced_name_that_is_not_the_hyphened_family_name_stays_apart(extract):
    record = extract(
        "Defence Minister Karim Abu-Saleh will fly to Amman on Sunday.\n\n"
        "Nadia Saleh met the Jordanian army chief Omar Haddad in Aqaba last week."
    )
    people = _people(record)
    assert "Nadia Saleh" in people and "Karim Abu-Saleh" in people

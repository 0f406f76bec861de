"""Round forty-seven (helper I): sides named only by description. One person the story never names, brought in
with "a" or "an" by what they do and a word that sets them apart, is a side of the contact as so described (rule
party.unnamed-individual); someone anyone might be, or a bare occupation, is not. Sentences written for these tests
(names invented)."""

from tests.conftest import event_names


def _sides(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_an_unnamed_agent_is_a_side(extract):
    record = extract(
        "The weekly said that Senator Ines Alvarado had met a foreign agent at a guesthouse outside Tarija last month.",
        published="2025-06-13",
    )
    assert any({"Ines Alvarado", "foreign agent"} <= names for names in _sides(record))


def test_talks_with_an_unnamed_owner_of_a_nationality(extract):
    record = extract(
        "Coach Piet Varga held private talks in Rotorua with a Chilean vineyard owner on Saturday.",
        published="2025-06-13",
    )
    assert any({"Piet Varga", "Chilean vineyard owner"} <= names for names in _sides(record))


def test_an_officer_of_a_service_keeps_the_service_in_the_description(extract):
    record = extract(
        "Ines Alvarado met an officer of the Bolivian border police in Tarija in August.",
        published="2025-06-13",
    )
    assert any(
        "Ines Alvarado" in names and "officer of the Bolivian border police" in names for names in _sides(record)
    )


def test_where_the_person_was_is_no_part_of_the_description(extract):
    record = extract(
        "Ines Alvarado sat down with a senior Peruvian customs officer in Arica in September.",
        published="2025-06-13",
    )
    assert any({"Ines Alvarado", "senior Peruvian customs officer"} <= names for names in _sides(record))


def test_a_bare_occupation_is_no_one_in_particular(extract):
    record = extract("Ines Alvarado met a lawyer in Tarija on Monday.", published="2025-06-13")
    assert record["events"] == []


def test_a_journalist_met_is_no_contact(extract):
    record = extract("Ines Alvarado met a visiting Danish journalist in Tarija on Monday.", published="2025-06-13")
    assert record["events"] == []


def test_a_prime_minister_unnamed_is_not_the_energy_minister_named(extract):
    # party.title-qualifiers: "prime" is a title word the energy minister's title lacks
    record = extract(
        "Kyrgyz Energy Minister Almaz Duisheev opened the fair in Bishkek on Friday. Maria Ortega said she had "
        "spoken by telephone with the Kyrgyz prime minister on Monday.",
        published="2025-06-13",
    )
    [event] = record["events"]
    assert "Almaz Duisheev" not in event_names(record, event)
    assert "Maria Ortega" in event_names(record, event)


def test_the_minister_titled_so_is_still_the_one_met(extract):
    record = extract(
        "Kyrgyz Defense Minister Almaz Duisheev opened the fair in Bishkek on Friday. Ines Alvarado met the Kyrgyz "
        "defence minister on Monday.",
        published="2025-06-13",
    )
    assert any({"Ines Alvarado", "Almaz Duisheev"} <= names for names in _sides(record))


def test_the_foreign_minister_is_not_his_deputy(extract):
    # party.title-qualifiers: "deputy" is a rank the description does not give
    record = extract(
        "Maria Ortega held talks in Lima with Tarvia's deputy foreign minister, Oskar Brenn, on Monday. She had been "
        "due to meet the Tarvian foreign minister himself.",
        published="2025-06-13",
    )
    planned = [e for e in record["events"] if e["status"] == "planned"]
    assert planned
    assert all("Oskar Brenn" not in event_names(record, e) for e in planned)


def test_an_apposed_visit_is_no_part_of_the_host(extract):
    # party.apposed-contact
    record = extract(
        "Maria Ortega flew to Salta last month and called on the provincial governor, a visit that was announced "
        "at the time.",
        published="2025-06-13",
    )
    assert any({"Maria Ortega", "provincial governor"} <= names for names in _sides(record))


def test_an_officer_named_after_a_comma_is_the_one_named(extract):
    # party.unnamed-individual does not fire: the description has its name set off after it
    record = extract(
        "A Tarvian officer, Colonel Oskar Brenn, and a Kelvan officer, Major-General Ilya Voss, dined together at "
        "the Grand Hotel on 3 May.",
        published="2025-06-13",
    )
    [event] = record["events"]
    names = event_names(record, event)
    assert {"Oskar Brenn", "Ilya Voss"} <= names
    assert not any("officer" in name for name in names)


def test_the_town_they_met_in_is_no_side(extract):
    # party.town-of: "Corumba" is tagged an organisation; after "the border town of" it is where they met
    record = extract(
        "Ines Alvarado had secretly met executives of a Brazilian state oil company in the border town of Corumba.",
        published="2025-06-13",
    )
    [event] = record["events"]
    names = event_names(record, event)
    assert "Brazilian state oil company" in names
    assert "Corumba" not in names

"""Round fifty-eight (helper M): gold contacts no predicted event covered, told by briefing someone. Briefing a
person named after a title apposed ("will brief the bank's chief negotiator, X") is briefing X (rule
contact.verb.brief-apposed); briefing "him" or "her" is briefing a person told before (rule
contact.verb.brief-pronoun). Briefing "them" or reporters stays no contact. Sentences written for these tests
(names invented)."""


def parties(record: dict) -> list[set[str]]:
    """The names of the parties of each event."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


def test_briefing_a_title_with_the_name_apposed_is_a_contact_with_the_named_person(extract):
    record = extract("Envoy Marta Kovac will brief Ghana's chief negotiator, Kwame Asante, on Friday.")
    assert parties(record) == [{"Marta Kovac", "Kwame Asante"}]
    assert record["events"][0]["status"] == "planned"


def test_briefing_him_is_a_contact_with_the_person_told_before(extract):
    record = extract(
        "Senator Ruth Okafor met Minister Lars Berg in Oslo on Monday. She said she hoped Berg would brief her "
        "again before the vote in June."
    )
    found = parties(record)
    assert {"Ruth Okafor", "Lars Berg"} in found
    assert len(record["events"]) == 2


def test_briefing_them_tells_no_contact(extract):
    # negative: "them" may be reporters; no person is briefed
    record = extract("The spokesman, Daniel Oyelaran, briefed them on the budget on Tuesday.")
    assert record["events"] == []


def test_briefing_a_title_apposed_to_no_name_tells_no_contact(extract):
    # negative: the apposition is a description, not a name
    record = extract("Envoy Marta Kovac will brief the press corps, a restless crowd, on Friday.")
    assert record["events"] == []


def test_briefing_him_as_the_purpose_of_a_call_adds_no_one(extract):
    # negative: "to brief him" tells why the call was made; "him" is the one called, no third person
    record = extract(
        "Minister Omar Haddad met Karim Saleh on Friday. On Saturday the minister spoke at length to Dr. Samir "
        "Nasser, the Egyptian foreign minister, to brief him on the session."
    )
    assert {"Omar Haddad", "Samir Nasser"} in parties(record)
    assert all("Karim Saleh" not in found or "Samir Nasser" not in found for found in parties(record))

"""Round forty-seven (helper J): go-betweens told by chairing or by sitting in on a contact. "With X in the chair",
"with X chairing", "with the mediator, X, in the room" make X a go-between (rule party.with-in-the-chair);
chairing talks between two sides does too (rule mode.chaired-between). Sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def _third_party(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "third-party"]


def test_with_a_named_chair_in_the_chair(extract):
    record = extract(
        "The Latvian envoy Ilze Kalnina and the Estonian envoy Mart Tamm talked for four hours in Vilnius on "
        "Tuesday, with the Lithuanian deputy minister, Jonas Petraitis, in the chair.",
        published="2025-06-13",
    )
    assert any({"Ilze Kalnina", "Mart Tamm", "Jonas Petraitis"} <= names for names in _third_party(record))


def test_with_a_named_chair_chairing(extract):
    record = extract(
        "Harbour director Ola Brekke met union leader Siri Vik at the town hall on Friday, with the county "
        "governor, Anne Moen, chairing.",
        published="2025-06-13",
    )
    assert any({"Ola Brekke", "Siri Vik", "Anne Moen"} <= names for names in _third_party(record))


def test_a_mediator_in_the_room_is_no_side(extract):
    record = extract(
        "Negotiators for the Kivu Mining Company and the Lakeshore Workers Union met at a hotel in Goma on "
        "Monday, with provincial mediator Esther Kabila in the room.",
        published="2025-06-13",
    )
    assert any("Esther Kabila" in names and len(names) >= 2 for names in _third_party(record))


def test_a_sides_own_lawyer_present_is_no_go_between(extract):
    record = extract(
        "Mayor Lena Holm met the union leader Tom Berg on Friday, with his lawyer present.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_reporters_present_are_no_go_between(extract):
    record = extract(
        "Mayor Lena Holm met the union leader Tom Berg on Friday, with reporters present.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_chairing_talks_between_two_sides(extract):
    record = extract(
        "The retired judge Maria Olsen chaired two days of talks between the mayor, Piotr Nowak, and the union "
        "leader, Ewa Zielinska, in Gdansk last week.",
        published="2025-06-13",
    )
    assert any({"Maria Olsen", "Piotr Nowak", "Ewa Zielinska"} <= names for names in _third_party(record))


def test_chairing_a_bodys_own_meeting_is_no_go_between(extract):
    record = extract(
        "Prime Minister Ana Ruiz chaired a meeting of the cabinet in Lima on Monday.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_a_facilitator_no_one_names_is_no_go_between(extract):
    record = extract(
        "Mayor Lena Holm said she wanted talks with the union leader Tom Berg next month, with a neutral "
        "facilitator present.",
        published="2025-06-13",
    )
    assert not _third_party(record)


def test_a_spell_spent_in_a_chaired_meeting(extract):
    # 'spend' holds the contact noun (party.holder), whose chair is a go-between (party.brokered-by)
    record = extract(
        "The two trade ministers, Lisa Brandt of Austria and Karel Novak of Czechia, spent Monday afternoon in a "
        "meeting chaired by the Slovak envoy, Peter Kovac.",
        published="2025-06-13",
    )
    assert any({"Lisa Brandt", "Karel Novak", "Peter Kovac"} <= names for names in _third_party(record))

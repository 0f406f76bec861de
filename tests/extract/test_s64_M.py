"""Session 64 (M): a contact held apart from a larger one, and a plural title before a list of names."""


def _events(record):
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], sorted(names[p] for p in e["participants"])) for e in record["events"]]


def test_a_separate_meeting_of_two_of_three_is_another_contact(extract):
    record = extract(
        "King Omar and Crown Prince Hamid held talks yesterday with Egyptian President Tarek Nabil. "
        "Nabil later met separately with Crown Prince Hamid.\n",
        published="2016-09-15",
    )
    events = _events(record)
    assert len(events) == 2
    assert ("meeting", "occurred", ["Crown Prince Hamid", "Tarek Nabil"]) in events


def test_also_meeting_one_of_a_summit_is_another_contact(extract):
    record = extract(
        "Chilean President Luis Arce and Peruvian President Jorge Rivas will meet on Sunday in Cusco, with the "
        "participation of Bolivian President Tomas Vidal. Vidal will also meet with Rivas on the same day.\n",
        published="2016-09-15",
    )
    events = _events(record)
    assert len(events) == 2
    assert any(sorted(p) == ["Jorge Rivas", "Tomas Vidal"] for _, _, p in events)


def test_also_with_the_same_two_people_is_the_same_contact(extract):
    record = extract(
        "Chilean President Luis Arce held talks with Peruvian President Jorge Rivas in Lima on Monday. "
        "Arce also discussed trade with Rivas.\n",
        published="2016-09-15",
    )
    assert len(record["events"]) == 1


def test_plural_title_before_names_is_no_party_and_each_is_called(extract):
    record = extract(
        "Brazilian Foreign Minister Ana Lopes telephoned Presidents Carlos Mendez of Chile and Jorge Rivas of Peru "
        "on Friday.\n",
        published="2016-09-15",
    )
    assert all(a["name"] != "Presidents" for a in record["actors"])
    events = _events(record)
    assert ("phone", "occurred", ["Ana Lopes", "Carlos Mendez"]) in events
    assert ("phone", "occurred", ["Ana Lopes", "Jorge Rivas"]) in events


def test_lower_case_presidents_of_states_stay_the_states(extract):
    record = extract(
        "Brazilian Foreign Minister Ana Lopes telephoned the presidents of Chile and Peru on Friday.\n",
        published="2016-09-15",
    )
    events = _events(record)
    assert ("phone", "occurred", ["Ana Lopes", "Chile"]) in events
    assert ("phone", "occurred", ["Ana Lopes", "Peru"]) in events


def test_with_a_person_hung_on_the_topic_is_talks_with_them(extract):
    record = extract(
        "Kazakh Foreign Minister Aidos Bekov had discussed bilateral cooperation and the international agenda with "
        "Uzbek minister Rustam Nazarov later that day.\n",
        published="2021-02-18",
    )
    assert ("meeting", "occurred", ["Aidos Bekov", "Rustam Nazarov"]) in _events(record)


def test_with_a_state_in_the_topic_is_part_of_the_topic(extract):
    record = extract(
        "Nigerien state television said the two men had discussed the reopening of the border with Benin, fuel "
        'supplies and "the fight against terrorism".\n',
        published="2021-02-18",
    )
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert all("Benin" not in [names[p] for p in e["participants"]] for e in record["events"])

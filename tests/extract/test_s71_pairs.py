"""Hyphenated pairs before a contact noun (session 71): "the Abashidze-Orlov meeting" names two sides even when the
tagger took the word for one name (rule actor.hyphen-pair-split), and a headline's further contact heads no contact
the body tells as held (rule merge.headline-further-one). On sentences written for these tests (names invented)."""

from tests.conftest import event_names


def contacts(record: dict) -> list[tuple[frozenset[str], str]]:
    return sorted(
        ((frozenset(event_names(record, e)), e["status"]) for e in record["events"]), key=lambda c: (sorted(c[0]), c[1])
    )


# actor.hyphen-pair-split


def test_two_family_names_joined_by_a_hyphen_are_the_two_people(extract):
    record = extract(
        "Georgian President Nino Abashidze and Russian President Pavel Orlov met in Sochi in May. Diplomats said a "
        "second Abashidze-Orlov meeting could take place in July."
    )
    assert contacts(record) == [
        (frozenset({"Nino Abashidze", "Pavel Orlov"}), "hypothetical"),
        (frozenset({"Nino Abashidze", "Pavel Orlov"}), "occurred"),
    ]
    assert "Abashidze-Orlov" not in {a["name"] for a in record["actors"]}


def test_a_half_named_nowhere_else_is_a_person_by_family_name(extract):
    record = extract(
        "Russian President Pavel Orlov will travel to Baku in June. Officials said the Kvirikashvili-Orlov meeting "
        "would take place in the autumn."
    )
    names = {a["name"]: a["kind"] for a in record["actors"]}
    assert names.get("Kvirikashvili") == "person"
    assert any(event_names(record, e) >= {"Kvirikashvili", "Pavel Orlov"} for e in record["events"])


def test_a_double_barrelled_family_name_stays_one_person(extract):
    record = extract("Losa Aumua-Schuster met the minister on Monday. The Aumua-Schuster meeting was cordial.")
    people = [a["name"] for a in record["actors"] if a["kind"] == "person"]
    assert "Aumua" not in people and "Schuster" not in people
    assert "Losa Aumua-Schuster" in people


def test_a_pair_of_unknown_words_is_left_alone(extract):
    record = extract("The Harlow-Denton partnership met the council on Monday.")
    assert not {"Harlow", "Denton"} & {a["name"] for a in record["actors"]}


# merge.headline-further-one


def test_a_headline_second_meeting_is_not_the_first_one_held(extract):
    record = extract(
        "Officials plan second Abashidze-Orlov meeting\n\nGeorgian President Nino Abashidze and Russian President "
        "Pavel Orlov met in Sochi in May."
    )
    assert contacts(record) == [
        (frozenset({"Nino Abashidze", "Pavel Orlov"}), "occurred"),
        (frozenset({"Nino Abashidze", "Pavel Orlov"}), "planned"),
    ]


def test_a_headline_meeting_told_plainly_still_heads_the_body(extract):
    record = extract(
        "Abashidze-Orlov meeting in Sochi\n\nGeorgian President Nino Abashidze and Russian President Pavel Orlov met "
        "in Sochi on Monday."
    )
    assert contacts(record) == [(frozenset({"Nino Abashidze", "Pavel Orlov"}), "occurred")]


def test_a_double_barrelled_name_is_no_pair_even_when_one_half_is_someone_elses(extract):
    record = extract(
        "Mayor Losa Aumua-Schuster met Governor Tom Schuster on Monday. The Aumua-Schuster meeting was cordial."
    )
    people = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert "Aumua" not in people
    assert people >= {"Losa Aumua-Schuster", "Tom Schuster"}

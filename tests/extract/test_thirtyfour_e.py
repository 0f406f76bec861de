"""Dates and places from round thirty-four: a visit's place in the host's capital or in the place visited, no
place for a call, and the day of a contact's scene; tested on sentences written for these tests."""

from tests.conftest import told_date


def where_and_when(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(e["mode"], told_date(e), (e.get("place") or {}).get("name")) for e in record["events"]]


def test_a_visit_to_a_states_minister_with_no_place_is_paid_in_its_capital(extract):
    # place.hosts-capital: received by Togo's prime minister, the Ghanaian came to Lomé
    record = extract(
        "The Ghanaian trade minister, Kofi Mensah, was received on Wednesday by Togo's prime minister, Paul Agbo.",
        published="2026-03-12",
    )
    assert where_and_when(record) == [("visit", "2026-03-11", "Lome")], where_and_when(record)


def test_a_visit_between_officials_of_no_government_gets_no_capital(extract):
    # a governor receives in his region, not in the capital
    record = extract(
        "The Ghanaian governor of Volta, Kofi Mensah, called on the governor of Togo's Maritime region, Paul Agbo, "
        "on Tuesday.",
        published="2026-03-12",
    )
    assert [p for _, _, p in where_and_when(record)] == [None], where_and_when(record)


def test_the_place_a_visit_verb_takes_as_its_object_is_the_visits_place(extract):
    # place.visited-place
    record = extract(
        "The former mayor of Yonago, Ken Sato, visited Hai Phong in 2017 and signed a friendship agreement.",
        published="2026-03-12",
    )
    assert where_and_when(record) == [("visit", "2017", "Hai Phong")], where_and_when(record)


def test_a_visited_city_state_is_the_place(extract):
    record = extract("The Russian deputy foreign minister, Yuri Orlov, visited Kuwait in May.", published="2026-03-12")
    assert where_and_when(record) == [("visit", "2025-05", "Kuwait")], where_and_when(record)


def test_a_call_has_no_place_even_when_the_one_called_is_somewhere(extract):
    # place.call-held-nowhere
    record = extract(
        "Foreign Minister Anna Berg telephoned President Jan Nowak in Warsaw on Tuesday evening.",
        published="2026-03-12",
    )
    assert where_and_when(record) == [("phone", "2026-03-10", None)], where_and_when(record)


def test_a_visit_at_an_unknown_building_of_the_host_is_in_the_hosts_capital(extract):
    # place.building-in-hosts-capital: no dateline to put the palace in, the host's state does
    record = extract(
        "The French envoy Paul Roux was received at Baabda Palace on Monday by Lebanon's president, Fouad Nasr.",
        published="2026-03-12",
    )
    assert [(e["place"] or {}).get("name") for e in record["events"]] == ["Beirut"], where_and_when(record)
    assert record["events"][0]["place"]["venue"] == "Baabda Palace"


def test_a_contact_with_no_date_of_its_own_took_place_on_the_day_of_its_scene(extract):
    # date.scene-before: the day told a sentence before, in the same paragraph
    record = extract(
        "Storms closed the airport in Oslo on Monday. Minister Anna Berg sat down with her Danish counterpart, "
        "Jan Holm, at a hotel near the terminal.",
        published="2026-03-12",
    )
    assert [d for _, d, _ in where_and_when(record)] == ["2026-03-09"], where_and_when(record)


def test_a_day_told_in_another_paragraph_does_not_date_a_contact(extract):
    record = extract(
        "Storms closed the airport in Oslo on Monday.\n\nMinister Anna Berg sat down with her Danish counterpart, "
        "Jan Holm, at a hotel near the terminal.",
        published="2026-03-12",
    )
    assert [d for _, d, _ in where_and_when(record)] == [None], where_and_when(record)


def test_a_capital_the_city_list_lacks_is_the_city_not_its_country(extract):
    # place.capital-unlocated
    record = extract(
        "Tongan ministers met executives of a Canadian mining company, Deepwater Ores, in Nuku'alofa in February.",
        published="2026-03-12",
    )
    assert [p for _, _, p in where_and_when(record)] == ["Nuku'alofa"], where_and_when(record)
    assert record["events"][0]["place"]["country"] == "TON"

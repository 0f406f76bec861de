"""Contacts from round thirty-seven (helper g): parties told by a description ("all three ministers", "their
foreign ministers") resolved to the people the story names, tested on sentences written for these tests."""


def contacts(record: dict) -> list[tuple[str, str, list[str]]]:
    """Each event as (mode, status, the names of its parties)."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], sorted(names[p] for p in e["participants"])) for e in record["events"]]


def test_all_three_ministers_are_the_three_met_before(extract) -> None:
    # party.counted-office-holders: the three people of the talks and the call told before, not the pair told last
    found = contacts(
        extract(
            "Norway's Foreign Minister Karl Ostby met his Swedish counterpart, Lena Holm, in Oslo on Monday. "
            "Ostby had spoken by telephone on Sunday with the Finnish Foreign Minister, Timo Rantanen. "
            "All three ministers are expected to meet in Helsinki in June.",
            published="2026-03-12",
        )
    )
    assert ("multilateral", "planned", ["Karl Ostby", "Lena Holm", "Timo Rantanen"]) in found, found


def test_three_ministers_are_not_two_people_of_another_office(extract) -> None:
    # party.counted-office-holders: a mayor met before may hold no minister's office, so the count is not met
    found = contacts(
        extract(
            "Norway's Foreign Minister Karl Ostby met the mayor of Bergen, Lena Holm, on Monday. "
            "Ostby had spoken by telephone on Sunday with the Finnish Foreign Minister, Timo Rantanen. "
            "All three ministers are expected to meet in Helsinki in June.",
            published="2026-03-12",
        )
    )
    assert not [c for c in found if c[2] == ["Karl Ostby", "Lena Holm", "Timo Rantanen"]], found


def test_their_foreign_ministers_are_the_one_of_each_state(extract) -> None:
    # party.their-office-holders: the two states' foreign ministers the article names, not a group beside the states
    found = contacts(
        extract(
            "Chile and Peru signed a fishing accord on Monday. Their foreign ministers will meet in Lima next week. "
            "Chile's foreign minister, Marta Rojas, said she welcomed it. Peru's foreign minister, Jorge Vidal, "
            "agreed.",
            published="2026-03-12",
        )
    )
    assert ("meeting", "planned", ["Jorge Vidal", "Marta Rojas"]) in found, found


def test_their_officials_stay_a_group_of_the_two_states(extract) -> None:
    # party.their-office-holders: many officials act for a state, so the one named official is not all of them
    found = contacts(
        extract(
            "Chile and Peru signed a fishing accord on Monday. Their officials will meet in Lima next week. "
            "Chile's foreign minister, Marta Rojas, said she welcomed it.",
            published="2026-03-12",
        )
    )
    assert [c for c in found if "Chile" in c[2] and "Peru" in c[2] and "Marta Rojas" not in c[2]], found


def test_the_two_sides_are_the_two_bodies_told_before(extract) -> None:
    # party.sides-of-bodies: a union and an authority, not a group of its own
    found = contacts(
        extract(
            "Leaders of the Harbour Workers Union and the Port Authority of Valdora met for three hours on Tuesday. "
            "The two sides will meet again next week, the union said.",
            published="2026-03-12",
        )
    )
    assert ("meeting", "planned", ["Harbour Workers Union", "Port Authority of Valdora"]) in found, found


def test_the_two_sides_of_states_stay_the_states(extract) -> None:
    # party.sides-of-bodies: two states' sides are found when contacts are merged (party.the-two-sides)
    found = contacts(
        extract("Kenya and Somalia held talks in Nairobi on Monday. The two sides will meet again in May.")
    )
    assert ("meeting", "planned", ["Kenya", "Somalia"]) in found, found


def test_their_ministers_are_not_the_prime_ministers_who_agreed(extract) -> None:
    # party.their-office-holders: "Prime Minister" is another office than a bare "minister"
    found = contacts(
        extract(
            "Prime Minister Marta Rojas of Chile and Prime Minister Jorge Vidal of Peru met in Lima on Monday. "
            "They agreed their ministers will meet on the fishing question.",
            published="2026-03-12",
        )
    )
    assert not [c for c in found if c[1] == "planned" and c[2] == ["Jorge Vidal", "Marta Rojas"]], found

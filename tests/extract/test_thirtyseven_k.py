"""Actor records from round thirty-seven (helper k): names read as the wrong kind of actor, titles and countries
taken from the person next to them, names cut short; tested on sentences written for these tests."""

from typing import Any


def actor(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The actor of that name (the test fails when there is none)."""
    found = [a for a in record["actors"] if a["name"] == name]
    assert found, f"no actor {name!r}: {[(a['name'], a['kind']) for a in record['actors']]}"
    return found[0]


def test_a_name_apposed_past_another_name_takes_the_title_before_its_comma(extract):
    # actor.nearest-title: the parse hangs the second name on the first title
    record = extract(
        "Dominican Foreign Minister Tomas Ruiz Ortega and Haiti's Minister of Foreign Affairs, Ana Belfort-Michel, "
        "talked for three hours."
    )
    second = actor(record, "Ana Belfort-Michel")
    assert second["titles"] == ["Haiti's Minister of Foreign Affairs"], second
    assert second["country"] == "HTI", second


def test_a_name_apposed_to_another_name_does_not_take_its_title(extract):
    # actor.nearest-title: "President X and the foreign minister, Y", Y apposed to X by the parse
    record = extract("President Luis Arze and the foreign minister, Rogelio Mayto, met the envoy.")
    assert actor(record, "Rogelio Mayto")["titles"] == ["foreign minister"]


def test_a_title_apposed_before_another_name_is_that_names(extract):
    # actor.nearest-title: the first person does not take the second's title
    record = extract("Chilean Interior Minister Tomas Orteaga and Peru's Minister of Defence, Ana Quispeca, talked.")
    assert actor(record, "Tomas Orteaga")["titles"] == ["Chilean Interior Minister"]
    assert actor(record, "Ana Quispeca")["country"] == "PER"


def test_a_thing_of_a_nationality_gives_no_country_to_the_person_it_is_for(extract):
    # actor.country-group-of-people: "an Algerian suggestion for X" does not make X Algerian
    record = extract(
        "Diplomats said that an Algerian suggestion for Foreign Minister Karim Haddouche to travel on to Rabat had "
        "been dropped."
    )
    assert actor(record, "Karim Haddouche")["country"] is None


def test_officials_of_a_counterparts_nationality_give_no_country(extract):
    # actor.country-not-counterpart: "X and her Chilean counterpart" is not Chilean
    record = extract(
        "A Peruvian diplomat said the Chilean delegation had asked for written proposals. Rojas also said Foreign "
        "Minister Ana Ticonaya and her Chilean counterpart are expected to meet in June."
    )
    assert actor(record, "Ana Ticonaya")["country"] == "PER"


def test_a_name_apposed_to_a_bodys_noun_for_a_person_is_a_person(extract):
    # actor.person-by-owned-noun, and her family name alone is her too
    record = extract(
        "The talks are led for the islands by Tebwe Ioanera, who chairs the group, and for the EU by Inés "
        "Olaizábal, the European Commission's chief fisheries negotiator. Olaizábal said the offer was final."
    )
    person = actor(record, "Inés Olaizábal")
    assert person["kind"] == "person", person
    assert not [a for a in record["actors"] if a["name"] == "Olaizábal"]


def test_a_name_in_a_sentence_full_of_names_runs_on_to_its_last_word(extract):
    # actor.name-run-on: the sentence's capitals are names and titles, not a headline in title case
    record = extract(
        "Indonesia's Trade Minister, Ratna Dewi Sasmara, flew in for the talks with Malaysia's Minister of "
        "Plantation Industries and Commodities, Datuk Seri Kamarul Ariffin Yusof. A joint statement issued after "
        'the meeting said the two countries would "speak with one voice in all international fora". Kamarul said '
        "the talks went well."
    )
    assert actor(record, "Kamarul Ariffin Yusof")["kind"] == "person"


def test_a_name_opening_with_radio_is_an_outlet(extract):
    # actor.outlet-opening-word
    record = extract(
        "Radio Khong Lao, in a broadcast monitored in Bangkok, said the talks had been held in a good spirit. "
        "Radio Khong Lao also reported that field commanders had met."
    )
    assert [a["kind"] for a in record["actors"] if a["name"] == "Radio Khong Lao"] == ["outlet"]

"""Round forty-eight (I): a person's country from the town or district a local office of theirs is named by;
tested on sentences written for these tests (names invented)."""

import pytest


def _country_of(record: dict, name: str) -> str | None:
    (actor,) = [a for a in record["actors"] if a["name"] == name]
    return actor["country"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the town joined before the office, possessive or not
        ("Narva's mayor, Jaan Kask, met the harbour master on Monday.", "Jaan Kask", "EST"),
        ("Del Rio Mayor Tom Hadley met the harbour master on Friday.", "Tom Hadley", "USA"),
        # a district's commissioner
        ("The Karonga District Commissioner, Yohane Mbewe, met the harbour master on Monday.", "Yohane Mbewe", "MWI"),
        # the town after "of"
        ("The mayor of Antofagasta, Rosa Pinto Vial, met the harbour master on Tuesday.", "Rosa Pinto Vial", "CHL"),
        # a counterpart named by his town
        (
            "Mayor Tom Hadley met his Ciudad Acuña counterpart, Luisa Garza Rivas, on Friday.",
            "Luisa Garza Rivas",
            "MEX",
        ),
    ],
)
def test_a_local_office_named_by_its_town_gives_the_towns_country(extract, text, name, country):
    # actor.country-of-local-office
    assert _country_of(extract(text), name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town the office is posted to, not the holder's own
        ("The commissioner for Geneva talks, Anna Berg, met the harbour master on Monday.", "Anna Berg"),
        # a town named beside a title that is no local office
        ("The Fargo developer Tom Hadley met the harbour master on Monday.", "Tom Hadley"),
        # an acronym is no town
        ("UN commissioner Anna Berg met the harbour master on Monday.", "Anna Berg"),
    ],
)
def test_no_country_from_a_town_the_office_does_not_name_as_its_own(extract, text, name):
    assert _country_of(extract(text), name) is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Saskatchewan Premier Dana Holt met the harbour master on Monday.", "Dana Holt", "CAN"),
        ("The governor of Sinaloa, Ana Ruiz Soto, met the harbour master on Monday.", "Ana Ruiz Soto", "MEX"),
    ],
)
def test_a_provinces_office_gives_the_provinces_country(extract, text, name, country):
    # actor.country-of-local-office
    assert _country_of(extract(text), name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a country the tagger left untagged
        (
            "The envoy spoke by telephone with Prime Minister Joel Brathwaite of Barbados on Sunday.",
            "Joel Brathwaite",
            "BRB",
        ),
        # one the tagger cut in two
        (
            "The envoy spoke by telephone with Prime Minister Joel Brathwaite of Trinidad and Tobago on Sunday.",
            "Joel Brathwaite",
            "TTO",
        ),
    ],
)
def test_a_country_after_the_name_the_tagger_missed(extract, text, name, country):
    # actor.country-after-name
    assert _country_of(extract(text), name) == country


def test_an_office_holder_acting_in_the_story_is_of_the_dateline_state(extract):
    # actor.country-of-dateline
    record = extract(
        "KATHMANDU, March 3 — Foreign Minister Hari Lal Bista on Thursday called in the ambassador.",
        outlet="The Kathmandu Courier",
    )
    assert _country_of(record, "Hari Lal Bista") == "NPL"


@pytest.mark.parametrize("outlet", [None, "Reuters", "The Lagos Ledger"])
def test_a_wire_or_foreign_paper_filing_from_a_capital_names_guests_there_too(extract, outlet):
    # a story filed from Geneva by a wire or another state's paper: "President X" may be any state's
    record = extract(
        "GENEVA, March 3 — President Hari Lal Bista said on Thursday he would press for a deal at the talks.",
        outlet=outlet,
    )
    assert _country_of(record, "Hari Lal Bista") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one who is only called may be the host abroad
        ("KATHMANDU, March 3 — The envoy telephoned President Ram Bahadur Oli on Thursday.", "Ram Bahadur Oli"),
        # one who travels may be the guest
        ("KATHMANDU, March 3 — Foreign Minister Hari Lal Bista arrived on Thursday for talks.", "Hari Lal Bista"),
    ],
)
def test_no_dateline_state_for_one_met_or_travelling(extract, text, name):
    assert _country_of(extract(text), name) is None

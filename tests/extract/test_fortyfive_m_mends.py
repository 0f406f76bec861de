"""Round forty-five, a reviewer's findings on the merged rules, mended: a title that is no state's office now has no
state beside it, and a season is dated by the year its clause tells. Sentences written for these tests."""

import pytest

from tests.conftest import event_names


@pytest.mark.parametrize(
    "text",
    [
        "Karl Berg met Chile's opposition leader in Santiago on Monday.",
        "Karl Berg met the former president of Chile in Oslo on Monday.",
    ],
)
def test_no_state_beside_a_title_of_no_state_office(extract, text):
    # party.unnamed-holder-state: an opposition leader or a former president holds no office of the state now
    record = extract(text, published="2024-03-15")
    assert record["events"] and all("Chile" not in event_names(record, e) for e in record["events"])


def test_a_state_office_holder_still_has_his_state(extract):
    # party.unnamed-holder-state: the rule itself, kept
    record = extract("Karl Berg was received by Costa Rica's president in San Jose on Monday.", published="2024-03-15")
    assert "Costa Rica" in event_names(record, record["events"][0])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Karl Berg met Ana Lopez during the late summer heatwave of 2018.", "2018"),
        ("Karl Berg met Ana Lopez in late summer, after the 2021 election.", "2021"),
    ],
)
def test_a_season_takes_the_year_its_clause_tells(extract, text, year):
    # date.season: the year told beside the season dates it, not the one nearest the article
    record = extract(text, published="2024-03-15")
    assert record["events"][0]["date"]["value"] == year


def test_a_host_state_stays_beside_a_person_named_outside_the_contacts_clause(extract):
    # party.host-person-named: a president named elsewhere in the sentence may not be the host
    record = extract(
        "Ana Ruiz's surprise visit to Peru, where she met the Peruvian president, reminds me of President Holm's "
        "trip to Oslo in 1985, the columnist wrote.",
        published="2016-09-06",
    )
    assert any({"Ana Ruiz", "Peru"} <= event_names(record, e) for e in record["events"])


def test_an_embrace_a_picture_shows_is_no_contact(extract):
    # contact.verb.embrace-pictured: "a picture of him embracing X" shows it, and "polling data" is no party
    record = extract(
        "His post carried a picture of him embracing the former coach, Lars Vik, as well as polling data.",
        published="2016-04-30",
    )
    assert record["events"] == []

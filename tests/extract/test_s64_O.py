"""Session 64: datelines in the shapes the press prints them that the reader did not read: the day first and the
place in brackets ("July 10, 2007 (KHARTOUM) —"), the day and the agency in brackets ("(Jan. 11, 2025 / JNS) —",
"NEW DELHI (Asia Wire / Sputnik - 10th Jan, 2019)"), a day of the month before its name ("TIRANA, 4 March (ATA)
-"), an agency and no dash ("MERIDA, Mexico (AP) President …") or a colon ("JAKARTA (JP): …"), an old wire's
underscore, places joined by a slash, a byline before the place, a city in title case with its state, a state of
several words, a weekday for the day. Not a sentence, a headline, a masthead or a transcript's turn that opens
with a place or a name."""

from __future__ import annotations

import pytest

from backchannel.datelines import dateline_city, dateline_day, wire_dateline
from tests.conftest import events_with

LEDE = " The prime minister met the union leaders yesterday at the port."


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("MERIDA, Mexico (AP)", "Merida"),  # an agency's short name and no dash
        ("DURRES, Albania (AP) _", "Durres"),  # an old wire's underscore for a dash
        ("TIRANA (ATA):", "Tirana"),  # a colon after the agency
        ("July 10, 2007 (KHARTOUM) —", "Khartoum"),  # the day first, the place in brackets
        ("TIRANA (Balkan Wire / Sputnik - 4th March, 2024)", "Tirana"),  # agencies and the day in brackets
        ("TIRANA/ATA:", "Tirana"),  # the place and the agency joined by a slash
        ("By Ana Berisha, TIRANA —", "Tirana"),  # a byline before the place
        ("Nairobi, Kenya —", "Nairobi"),  # title case, with its state
        ("GOMA, Democratic Republic of Congo —", "Goma"),  # a state of several words
    ],
)
def test_the_city_of_a_dateline_of_another_shape(opening: str, city: str) -> None:
    assert dateline_city(opening + LEDE) == city


@pytest.mark.parametrize(
    "opening",
    [
        "TIRANA, 4 March (ATA) -",  # the day's number before the month's name
        "TIRANA, 4 March 2024 —",
        "March 4, 2024 (TIRANA) —",
        "(March 4, 2024 / ATA) —",  # a day and no place
        "TIRANA (Balkan Wire / Sputnik - 4th March, 2024)",
        "TIRANA, March 4 (ATA):",
        "TIRANA, March 4 (AFP, Reuters) —",  # two agencies
        "TIRANA, Albania, Mar 4, ATA –",  # the agency after a comma
        "Nairobi, March 4, 2024—",  # title case, a long dash glued to the first word
        "Nairobi, 4 March 2024 (KNA) --",
        "TIRANA/ATHENS, March 4 —",
        "TIRANA, Monday —",  # a weekday: the Monday before a paper of Tuesday
        "Tirana, March 4 /ATA/.",  # another style's dateline gives its day too
    ],
)
def test_the_day_of_a_dateline_of_another_shape(opening: str) -> None:
    assert dateline_day(opening + LEDE, "2024-03-05") == "2024-03-04"


def test_a_weekday_is_no_region_of_the_dateline() -> None:
    filed = wire_dateline("TIRANA, Monday —" + LEDE)
    assert filed is not None and filed.region is None


def test_a_dateline_of_two_places_names_no_one_city() -> None:
    # negative: "TIRANA/ATHENS" is filed from both; neither is the city a contact with no place was held in
    assert dateline_city("TIRANA / ATHENS —" + LEDE) is None
    assert wire_dateline("TIRANA/ATHENS, March 4 —" + LEDE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Paris is ready to talk, the minister said.",
        "Paris, a city of talks, was calm on Monday as the ministers met.",
        "Tirana - Athens ferry link to reopen, ministers say",
        "Ana Berisha (Socialist) — the deputy met the union leaders yesterday at the port.",
        "On March 4 (a Monday) the prime minister met the union leaders at the port.",
        # a transcript's turns: a name in capitals, a role in brackets, a colon
        "PRESENTER (Ana Berisha): Good evening. The talks are over.\n\nKAYA (reporting): They ended at noon.",
    ],
)
def test_no_dateline_is_read_where_there_is_none(text: str) -> None:
    assert dateline_city(text) is None
    assert dateline_day(text, "2024-03-05") is None


def test_a_masthead_in_title_case_is_not_the_dateline() -> None:
    text = "THE ADRIATIC MAIL\n\nDurres, Albania - Tuesday, March 5, 2024\n\nVLORA, March 4 - The mayor met the union."
    assert dateline_city(text) == "Vlora"


def test_a_headline_slug_with_a_colon_is_not_the_dateline() -> None:
    text = (
        "ALBANIA-GREECE/BORDER (UPDATE 2): Albanian and Greek negotiators fail to agree on the border, plan new round"
        "\n\nTIRANA, March 4 (ATA) - Albanian and Greek negotiators ended two days of talks on Monday."
    )
    assert dateline_city(text) == "Tirana"


def test_the_day_first_dateline_dates_and_places_the_contact(extract) -> None:
    record = extract(
        "July 10, 2007 (KHARTOUM) — Foreign Minister Lam Okot met the envoy Salim Haidar yesterday.",
        published="2007-07-11",
    )
    (meeting,) = events_with(record, "Lam Okot", "Salim Haidar")
    assert meeting["date"]["value"] == "2007-07-09"
    assert meeting["place"]["name"] == "Khartoum"
    assert not any("Khartoum" in (a.get("name") or "") for a in record["actors"])


def test_an_agency_with_no_dash_is_no_speaker(extract) -> None:
    record = extract(
        'MERIDA, Mexico (AP) President Ana Reyes met Prime Minister Jon Berg here today. "We agree," Reyes said.',
        published="1999-02-15",
    )
    (meeting,) = events_with(record, "Ana Reyes", "Jon Berg")
    assert meeting["place"]["name"] == "Merida"
    assert all(a.get("name") != "AP" for a in record["actors"])


def test_the_day_in_the_agency_brackets_dates_the_contact(extract) -> None:
    record = extract(
        "NEW DELHI (Asia Wire / Sputnik - 10th January, 2019) Foreign Minister Arun Varma met his Nepali "
        "counterpart, Ram Thapa, yesterday.",
        published="2019-01-11",
    )
    (meeting,) = events_with(record, "Arun Varma", "Ram Thapa")
    assert meeting["date"]["value"] == "2019-01-09"


def test_a_dateline_of_two_places_still_dates_the_contact(extract) -> None:
    record = extract(
        "BOGOTÁ/QUITO, March 16 — President Ana Reyes and President Jon Berg spoke by telephone on Tuesday.",
        published="2011-03-17",
    )
    (call,) = events_with(record, "Ana Reyes", "Jon Berg")
    assert call["date"]["value"] == "2011-03-15"

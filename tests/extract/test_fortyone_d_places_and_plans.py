"""Round forty-one (d): where and when contacts were: a capital located in its own country, not by another name
of a bigger city; a contact pushed back to a later time is still to come, dated ahead; tested on sentences written
for these tests (names invented)."""

from tests.conftest import events_with


def test_a_capital_is_located_in_its_own_country(extract):
    # geo: "Islamabad" is Pakistan's capital, though GeoNames also gives it as another name of Chittagong
    record = extract(
        "The American envoy, Tom Reeve, met the Pakistani foreign minister, Asif Qadri, in Islamabad on Monday.",
        published="2024-03-14",
    )
    (event,) = events_with(record, "Tom Reeve", "Asif Qadri")
    assert (event["place"]["name"], event["place"]["country"]) == ("Islamabad", "PAK")


def test_a_meeting_pushed_back_is_still_to_come(extract):
    # status.postponed: "pushed back to December" puts the meeting off; its month is the coming December
    record = extract(
        "The meeting between Ona Kairyte and Tom Ridgely has been pushed back to December.",
        published="2025-11-19",
    )
    (event,) = events_with(record, "Ona Kairyte", "Tom Ridgely")
    assert (event["status"], event["date"]["value"]) == ("planned", "2025-12")


def test_talks_put_back_to_a_later_day_are_still_to_come(extract):
    # status.postponed: "put back" as "pushed back"
    record = extract(
        "Talks between the Latvian minister, Ilze Berzina, and her Estonian counterpart, Mart Kask, were put back "
        "to Friday.",
        published="2025-11-19",
    )
    (event,) = events_with(record, "Ilze Berzina", "Mart Kask")
    assert event["status"] == "planned"


def test_a_contact_held_here_is_in_the_datelines_city(extract):
    # place.here-story-city: "met here" in a story filed from Geneva, by sides of neither Switzerland nor its city
    record = extract(
        "GENEVA — The Armenian foreign minister, Aram Petrosyan, met his Azerbaijani counterpart, Elnur Aliyev, here "
        "on Wednesday.",
        published="2024-03-14",
    )
    (event,) = events_with(record, "Aram Petrosyan", "Elnur Aliyev")
    assert event["place"]["name"] == "Geneva"


def test_a_meeting_hosted_here_is_in_the_datelines_city(extract):
    # place.here-story-city: the "here" on the verb that holds a contact noun
    record = extract(
        "DAKAR — President Mamadou Faye hosted a meeting of West African trade ministers here on Thursday.",
        published="2024-03-14",
    )
    (event,) = events_with(record, "Mamadou Faye")
    assert event["place"]["name"] == "Dakar"


def test_a_byline_with_its_city_after_a_comma_places_an_unknown_building(extract):
    # place.byline-city: "By Ingrid Berg, Oslo" files the story from Oslo
    record = extract(
        "Fishing talks stall\n\nBy Ingrid Berg, Oslo\n\nThe Danish fisheries minister, Jens Holm, met the Swedish "
        "fisheries minister, Lars Ek, at the Grand Harbour Hotel on Tuesday.",
        published="2024-03-14",
    )
    (event,) = events_with(record, "Jens Holm", "Lars Ek")
    assert event["place"]["name"] == "Oslo"


def test_here_in_a_round_up_item_is_the_items_city(extract):
    # place.here-story-city: a round-up's later item files from its own dateline's city, not the first one's
    record = extract(
        "WELLINGTON, March 12 (IWS) - The New Zealand cabinet met on Tuesday to discuss the budget.\n\n"
        "NAIROBI, March 12 (IWS) - The Ugandan foreign minister, Okello Mbabazi, met his Rwandan counterpart, "
        "Jean Habimana, here on Wednesday.",
        published="2024-03-14",
    )
    (event,) = events_with(record, "Okello Mbabazi", "Jean Habimana")
    assert event["place"]["name"] == "Nairobi"


def test_a_call_dated_in_the_clause_that_tells_who_held_it(extract):
    # date.held-in-own-clause: "a conversation he held on Monday with X" was Monday's
    record = extract(
        "The Estonian foreign minister, Mart Kask, briefed reporters on a telephone conversation he held on Monday "
        "with his Finnish counterpart, Aino Virtanen.",
        published="2024-03-14",
    )
    (event,) = events_with(record, "Mart Kask", "Aino Virtanen")
    assert event["date"]["value"] == "2024-03-11"


def test_the_same_people_in_two_far_cities_are_two_contacts(extract):
    # merge.other-city: Osaka and Tokyo are two meetings of the same pair in the same week
    record = extract(
        "Governor Anna Berg met the Japanese trade minister, Kenji Mori, in Osaka last week. Berg also met Mori in "
        "Tokyo last week to sign a memorandum.",
        published="2024-07-26",
    )
    places = sorted(e["place"]["name"] for e in events_with(record, "Anna Berg", "Kenji Mori"))
    assert places == ["Osaka", "Tokyo"]

"""Round forty-one (d): where and when contacts were: a capital located in its own country, not by another name
of a bigger city; a contact pushed back to a later time is still to come, dated ahead; tested on sentences written
for these tests (names invented)."""


def _names(record: dict, event: dict) -> set[str]:
    actors = {a["id"]: a["name"] for a in record["actors"]}
    return {actors[p] for p in event["participants"]}


def _events_with(record: dict, *names: str) -> list[dict]:
    return [e for e in record["events"] if set(names) <= _names(record, e)]


def test_a_capital_is_located_in_its_own_country(extract):
    # geo: "Islamabad" is Pakistan's capital, though GeoNames also gives it as another name of Chittagong
    record = extract(
        "The American envoy, Tom Reeve, met the Pakistani foreign minister, Asif Qadri, in Islamabad on Monday.",
        published="2024-03-14",
    )
    (event,) = _events_with(record, "Tom Reeve", "Asif Qadri")
    assert (event["place"]["name"], event["place"]["country"]) == ("Islamabad", "PAK")


def test_a_meeting_pushed_back_is_still_to_come(extract):
    # status.postponed: "pushed back to December" puts the meeting off; its month is the coming December
    record = extract(
        "The meeting between Ona Kairyte and Tom Ridgely has been pushed back to December.",
        published="2025-11-19",
    )
    (event,) = _events_with(record, "Ona Kairyte", "Tom Ridgely")
    assert (event["status"], event["date"]["value"]) == ("planned", "2025-12")


def test_talks_put_back_to_a_later_day_are_still_to_come(extract):
    # status.postponed: "put back" as "pushed back"
    record = extract(
        "Talks between the Latvian minister, Ilze Berzina, and her Estonian counterpart, Mart Kask, were put back "
        "to Friday.",
        published="2025-11-19",
    )
    (event,) = _events_with(record, "Ilze Berzina", "Mart Kask")
    assert event["status"] == "planned"

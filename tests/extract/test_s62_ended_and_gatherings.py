"""Session 62 (lead): contacts that ended were held (rule status.ended-held). Sentences written for these tests
(names invented)."""


def _events(record: dict) -> list[tuple[str, str]]:
    return [(e["mode"], e["status"]) for e in record["events"]]


def test_days_of_talks_that_ended_were_held(extract):
    record = extract(
        "Latvian and Belarusian officials ended two days of talks on their border in Daugavpils on Wednesday.",
        published="2026-03-12",
    )
    assert _events(record) == [("meeting", "occurred")]
    assert record["events"][0]["date"]["value"] == "2026-03-11"


def test_a_summit_that_ended_was_held(extract):
    record = extract(
        "Leaders of the Andean Community ended a two-day summit in Lima with Peru's president on Friday.",
        published="2026-03-12",
    )
    assert [status for _, status in _events(record)] == ["occurred"]


def test_mediation_ended_is_still_called_off(extract):
    # negative: an effort ended is called off
    record = extract("Oman ended its mediation between Chad and Sudan on Monday.", published="2026-03-12")
    assert [status for _, status in _events(record)] == ["denied"]

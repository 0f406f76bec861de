"""The web's since and until take a date as the command line's --since and --until do: a day, a month or a year."""


def _contacts(client, query: str) -> list[dict]:
    response = client.get(f"/api/contacts?{query}")
    assert response.status_code == 200, response.text
    return response.json()


def test_a_month_or_a_year_bounds_as_its_first_or_last_day(client):
    assert _contacts(client, "since=2026-06") == _contacts(client, "since=2026-06-01")
    assert _contacts(client, "until=2026-05") == _contacts(client, "until=2026-05-31")
    assert _contacts(client, "since=2026") == _contacts(client, "since=2026-01-01")
    assert _contacts(client, "until=2026") == _contacts(client, "until=2026-12-31")


def test_a_date_of_no_calendar_is_refused(client):
    for bad in ("2026-13", "2026-02-30", "26", "June 2026"):
        response = client.get(f"/api/contacts?since={bad}")
        assert response.status_code == 400 and "YYYY-MM" in response.json()["error"]

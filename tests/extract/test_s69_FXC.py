"""Merging reads each dated contact's days once (session 69, helper FXC): it compares every contact's days with those
of each contact before it, and reading a date again walked the whole document each time, so a long story with many
dated contacts took time growing with their square. On sentences written for these tests (names invented)."""

from collections import Counter

from backchannel.extract import merging

PUBLISHED = "2024-05-10"

STORY = " ".join(
    f"Envoy Lars Brek met Minister Tomas Hale in {city} on {day}."
    for city, day in (("Lima", "Monday"), ("Quito", "Tuesday"), ("Cusco", "Wednesday"), ("Arica", "Thursday"))
)


def test_each_dated_contact_is_read_once(extract, monkeypatch):
    reads: Counter[tuple[int, str]] = Counter()
    resolve_told = merging.resolve_told

    def counted(trigger, date_text, published, *, future):
        reads[trigger.i, date_text] += 1
        return resolve_told(trigger, date_text, published, future=future)

    monkeypatch.setattr(merging, "resolve_told", counted)
    extract(STORY, published=PUBLISHED)
    assert reads and max(reads.values()) == 1


def test_the_days_read_once_still_tell_the_meetings_apart(extract):
    r = extract(STORY, published=PUBLISHED)
    days = sorted((e.get("date") or {}).get("value") for e in r["events"])
    assert days == ["2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"]

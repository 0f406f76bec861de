"""The day of the section a contact is told in (round thirty-six, helper g): a diary's day heading ("TUESDAY.",
"Monday, March 3" on a line of its own) dates the contacts below it that tell no day of their own (rule
date.day-heading), and a live blog's time-stamped entry those of its own day, the publication's (rule
date.live-blog-entry). Tested on diaries and blogs written for these tests."""

from backchannel.datelines import blog_city, blog_entries, day_headings
from tests.conftest import told_date


def _dates(record: dict) -> list[str | None]:
    return [told_date(e) for e in record["events"] if e["status"] == "occurred"]


BLOG = (
    "LIVE: Lake Tana water talks in Bahir Dar\n\n"
    "08:10 — Good morning. Delegations from the three states are arriving at the lakeside hotel.\n\n"
    "09:35 — Ethiopia's water minister, Almaz Tekle, sat down with Sudan's irrigation minister, Omar Hassan, "
    "for about an hour, a ministry spokesman said.\n\n"
    "11:05 — Farmers have gathered outside the gates with banners.\n\n"
    "12:20 — Lunch. The plenary resumes at two."
)


def test_a_live_blog_entry_is_of_the_blogs_day(extract):
    record = extract(BLOG, published="2026-05-07")
    assert _dates(record) == ["2026-05-07"], record["events"]


def test_a_stamped_entry_keeps_a_day_of_its_own(extract):
    record = extract(BLOG.replace("for about an hour", "on Monday"), published="2026-05-07")
    assert _dates(record) == ["2026-05-04"], record["events"]


def test_two_stamps_make_no_live_blog():
    assert blog_entries("09:35 — The talks began.\n\n11:05 — They ended.") == []
    assert [stamp for _, stamp in blog_entries(BLOG)] == ["08:10", "09:35", "11:05", "12:20"]


def test_a_paragraph_with_no_stamp_and_no_heading_stays_undated(extract):
    record = extract(
        "Delegations from the three states arrived at the lakeside hotel.\n\n"
        "Ethiopia's water minister, Almaz Tekle, sat down with Sudan's irrigation minister, Omar Hassan, "
        "for about an hour, a ministry spokesman said.",
        published="2026-05-07",
    )
    assert _dates(record) == [None], record["events"]


DIARY = (
    "Who met whom at the Nairobi summit\n\n"
    "The leaders of the region spent the week at the conference centre. Here is a guide to the side meetings.\n\n"
    "TUESDAY. Kenya's president, Grace Wanjiru, received Uganda's prime minister, Paul Okello, at State House.\n\n"
    "WEDNESDAY. Tanzania's foreign minister, Asha Mrisho, sat down with Rwanda's foreign minister, Jean Habimana, "
    "for forty minutes.\n\n"
    "In the evening, Okello met Habimana over dinner.\n\n"
    "LOOKING BACK. Burundi's foreign minister, Pierre Ndayishimiye, held talks with Mrisho in Arusha."
)


def test_a_day_heading_dates_the_contacts_below_it(extract):
    record = extract(DIARY, published="2026-05-08")
    assert _dates(record) == ["2026-05-05", "2026-05-06", "2026-05-06", None], record["events"]


def test_a_day_of_a_month_on_a_line_of_its_own_is_a_heading(extract):
    record = extract(
        "A Nairobi diary\n\n"
        "Monday, May 4\n\n"
        "Kenya's president, Grace Wanjiru, received Uganda's prime minister, Paul Okello, at State House.\n\n"
        "Tuesday, 5 May\n\n"
        "Tanzania's foreign minister, Asha Mrisho, sat down with Rwanda's foreign minister, Jean Habimana.",
        published="2026-05-08",
    )
    assert _dates(record) == ["2026-05-04", "2026-05-05"], record["events"]


def test_headings_and_what_they_name():
    text = "TUESDAY. The host spoke.\n\nMONDAY 24 JUNE\n\nFriday, March 3\n\nLOOKING BACK\n\nUS officials said so."
    assert [day for _, day in day_headings(text)] == ["Tuesday", "Monday 24 June", "Friday, March 3", None]


GULF_BLOG = (
    "Live: Gulf ministers gather for water talks in Muscat\n\n"
    "09:10 — Delegations are arriving at the conference hall this morning.\n\n"
    "10:25 — Oman's foreign minister, Salim Harthy, met the Kuwaiti envoy, Fahd Mutairi, at the Ocean Pearl Hotel.\n\n"
    "11:40 — The ministers will break for lunch at noon."
)


def test_a_live_blog_is_told_from_the_city_its_headline_names(extract):
    """rule place.live-blog-city: the hotel the gazetteer does not know is in the blog's city."""
    record = extract(GULF_BLOG, published="2026-03-02")
    assert [(e.get("place") or {}).get("name") for e in record["events"]] == ["Muscat"], record["events"]


def test_a_city_named_further_on_is_not_the_blogs():
    assert blog_city(GULF_BLOG) == "Muscat"
    assert blog_city(GULF_BLOG.replace("in Muscat", "resume").replace("this morning", "from Muscat")) == "Muscat"
    assert blog_city(GULF_BLOG.replace("in Muscat", "resume").replace("at noon", "in Muscat")) is None
    assert blog_city("Talks in Muscat\n\nThe ministers met at a hotel.") is None  # no live blog


def test_a_headline_in_capitals_naming_a_day_heads_no_section(extract):
    record = extract(
        "UN ENVOY TO VISIT JUBA ON TUESDAY\n\nThe envoy, Mara Lindqvist, met President Tobias Okello at his residence.",
        published="2026-05-07",
    )
    assert _dates(record) == [None], record["events"]
    assert day_headings("UN ENVOY TO VISIT JUBA ON TUESDAY\n\nText.") == [(0, None)]
    assert day_headings("MONDAY 24 JUNE\n\nText.") == [(0, "Monday 24 June")]
    assert day_headings("TUESDAY, MAY 5 - NAIROBI\n\nText.") == [(0, "Tuesday, May 5 - Nairobi")]

"""Dates the last review found wrong (round thirty-seven, helper r): time stamps running forward with no word of a
live blog are a timeline, not the publication day's entries (rule date.live-blog-entry); a reported clause with a
time of its own keeps it over the time fronted on the report (rule date.fronted-over-report); a year given only to
the last of joined dates is theirs too (rule date.coordinated-year); four figures before a time zone are a clock's,
not a year (rule date.clock-time); and the rule that chose which contact a statement answers shows in that
contact's rules (rule confirm.claim-of-others). Tested on sentences written for these tests."""

from backchannel.datelines import blog_entries
from backchannel.pipeline import analysable_text, explained
from backchannel.records import Article


def _dated(record: dict) -> list[str | None]:
    return [(e.get("date") or {}).get("value") for e in record["events"]]


TIMELINE = (
    "How the night of the mutiny unfolded\n\n"
    "02:40 — Soldiers of the presidential guard closed the road to the airport.\n\n"
    "03:15 — Colonel Amadou Sare met General Ibrahim Kone at the barracks in the north of the capital.\n\n"
    "05:50 — The state broadcaster went off the air."
)


def test_stamps_running_forward_with_no_word_of_a_live_blog_are_a_timeline(extract):
    assert blog_entries(TIMELINE) == []
    record = extract(TIMELINE, published="2026-06-10")
    assert _dated(record) == [None], record["events"]


def test_a_timeline_that_calls_itself_live_is_a_live_blog(extract):
    live = TIMELINE.replace("How the night of the mutiny unfolded", "LIVE: the mutiny in the capital")
    assert [stamp for _, stamp in blog_entries(live)] == ["02:40", "03:15", "05:50"]
    record = extract(live, published="2026-06-10")
    assert _dated(record) == ["2026-06-10"], record["events"]


def test_stamps_running_back_from_the_newest_are_a_live_blog():
    newest_first = "\n\n".join(reversed(TIMELINE.split("\n\n")[1:]))
    assert [stamp for _, stamp in blog_entries(newest_first)] == ["05:50", "03:15", "02:40"]
    afternoon = "2.15pm — Talks resume.\n\n11.40am — Talks adjourn.\n\n9.05am — Delegates arrive."
    assert [stamp for _, stamp in blog_entries(afternoon)] == ["2.15pm", "11.40am", "9.05am"]


def test_a_reported_clause_with_a_time_of_its_own_is_not_dated_by_the_fronted_time(extract):
    for own in ("years before", "a decade earlier", "long before the war"):
        record = extract(
            f"In March, the Malawian foreign minister, Karl Moen, told parliament that he had met the rebel envoy "
            f"Lena Vasquez in secret {own}.",
            published="2026-06-10",
        )
        assert _dated(record) == [None], (own, record["events"])


def test_a_reported_clause_once_told_is_not_dated_by_the_fronted_time(extract):
    record = extract(
        "In March, the Malawian foreign minister, Karl Moen, told parliament that he had once met the rebel envoy "
        "Lena Vasquez.",
        published="2026-06-10",
    )
    assert _dated(record) == [None], record["events"]


def test_a_reported_clause_with_no_time_of_its_own_still_takes_the_fronted_time(extract):
    record = extract(
        "In April, the weekly Sauti reported that the Malawian foreign minister, Karl Moen, had met the Zambian "
        "envoy, Lena Vasquez, in Lusaka.",
        published="2026-06-10",
    )
    assert _dated(record) == ["2026-04"], record["events"]


def test_a_year_told_only_with_the_last_of_joined_dates_is_the_first_ones_too(extract):
    for told in ("on February 11 and May 27, 2019", "on 11 February and again on 27 May 2019"):
        record = extract(
            f"The Malawian foreign minister, Karl Moen, met the rebel envoy Lena Vasquez in Oslo {told}.",
            published="2026-06-10",
        )
        assert _dated(record) == ["2019-02-11"], (told, record["events"])


def test_a_date_joined_to_a_dated_clause_of_its_own_keeps_the_nearest_year(extract):
    record = extract(
        "The Malawian foreign minister, Karl Moen, met the rebel envoy Lena Vasquez on February 11 and visited "
        "Paris in 2019.",
        published="2026-06-10",
    )
    assert _dated(record)[0] == "2026-02-11", record["events"]


def test_four_figures_before_a_time_zone_are_no_year(extract):
    record = extract(
        "UPDATE 2 (2140 ICT) — The Cambodian foreign minister, Sok Dara, and the Thai foreign minister, Anan "
        "Chai, spoke by telephone on Wednesday evening, both ministries said.",
        published="2026-06-10",
    )
    assert _dated(record) == ["2026-06-10"], record["events"]


def test_the_rule_that_chose_the_claim_a_rejection_answers_is_in_its_rules(nlp):
    article = Article(
        text=(
            "Last week the magazine Norte reported that Interior Minister Luis Vargas had flown to Quito and met the "
            "rebel commander Pablo Ruiz. Vargas dismissed the report. On Monday, senator Ana Soto told the Senate "
            "that President Carlos Mena had spoken by telephone with Ruiz in March. The presidential palace "
            "rejected the claim as baseless."
        ),
        published="2026-06-10",
    )
    record = explained(article, nlp(analysable_text(article)))
    names = {a["id"]: a["name"] for a in record["actors"]}
    [call] = [e for e in record["events"] if "Carlos Mena" in {names[p] for p in e["participants"]}]
    assert call["confirmations"], call
    assert "confirm.claim-of-others" in record["explain"]["events"][call["id"]]

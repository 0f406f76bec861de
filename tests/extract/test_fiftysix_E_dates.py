"""Round fifty-six (helper E): the date of a contact told between the contact verb's words and the "to" of its
purpose, which the parse hangs on the purpose's verb (rule date.before-the-purpose). Sentences written for these
tests (names invented)."""

from tests.conftest import event_names


def _date_of(record: dict, *names: str) -> dict | None:
    (event,) = [e for e in record["events"] if event_names(record, e) >= set(names)]
    return event["date"]


def test_a_day_before_the_purpose_dates_the_call(extract):
    # date.before-the-purpose: "on Monday" stands before "to ask", though the parse hangs it on "ask"
    record = extract(
        "Moreno had telephoned the Danish consul, Ines Dubois, on Monday to ask that the boats stay in port.",
        published="2026-03-12",
    )
    assert _date_of(record, "Moreno", "Ines Dubois")["value"] == "2026-03-09"


def test_a_time_inside_the_purpose_does_not_date_the_call(extract):
    # negative: "on Monday" after the "to" is when the boats are to stay in port, not when the call was made
    record = extract(
        "Moreno had telephoned the Danish consul, Ines Dubois, to ask that the boats stay in port on Monday.",
        published="2026-03-12",
    )
    assert _date_of(record, "Moreno", "Ines Dubois") is None


FILLER = (
    "The visit drew wide coverage in the local press, and several papers ran long interviews with traders from the "
    "border towns, who described the queues at the crossing, the fees they pay and the hope that the two governments "
    "would settle the dispute soon."
)


def test_a_later_contact_in_a_story_of_recent_news_takes_its_month(extract):
    # date.after-recent-news: the story has told a contact of Tuesday; "also met" further down is more of that news
    record = extract(
        "KIGALI, March 12 — Foreign Minister Ana Ruiz met President Paul Okello on Tuesday at the presidential "
        f"palace.\n\nThe talks covered trade and the border.\n\n{FILLER}\n\n"
        "Ruiz also met the speaker of parliament, Jean Habimana.",
        published="2026-03-12",
    )
    date = _date_of(record, "Ana Ruiz", "Jean Habimana")
    assert date is not None and date["value"] == "2026-03" and date["modifier"] == "approx"


def test_no_month_without_recent_news_told_before(extract):
    # negative: the contact told before is years old, so the story is no news of the last days
    record = extract(
        "Foreign Minister Ana Ruiz met President Paul Okello in March 2019 at the presidential palace.\n\n"
        f"The talks covered trade and the border.\n\n{FILLER}\n\n"
        "Ruiz also met the speaker of parliament, Jean Habimana.",
        published="2026-03-12",
    )
    assert _date_of(record, "Ana Ruiz", "Jean Habimana") is None


def test_no_month_for_a_pluperfect_contact_after_recent_news(extract):
    # negative: "had met" may be years old, recent news or not
    record = extract(
        "KIGALI, March 12 — Foreign Minister Ana Ruiz met President Paul Okello on Tuesday at the presidential "
        f"palace.\n\nThe talks covered trade and the border.\n\n{FILLER}\n\n"
        "Ruiz had met the speaker of parliament, Jean Habimana.",
        published="2026-03-12",
    )
    assert _date_of(record, "Ana Ruiz", "Jean Habimana") is None

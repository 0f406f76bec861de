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

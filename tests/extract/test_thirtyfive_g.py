"""Denied contacts from round thirty-five (helper g): contacts a side denies that were told as held, tested on
sentences written for these tests."""

from typing import Any

from tests.conftest import actor_of


def _names(record: dict[str, Any], ids: list[str]) -> set[str]:
    return {a["name"] for i in ids if (a := actor_of(record, i)) is not None}


def test_the_author_of_a_report_is_not_named_in_what_it_reported(extract):
    # report.author-of-report: the parse hangs "that Collins had met …" on "station"; Collins is a side, not the
    # reporter, and with no side telling it the denied report is a denied contact (status.report-denied)
    record = extract(
        "Senator Mara Collins's spokesman on Friday denied a report by a local radio station that Collins had met "
        "privately with the casino owner Vic Duarte last month to discuss a licence.",
        outlet="The Valley Sentinel",
    )
    (event,) = record["events"]
    reporters = _names(record, [r["source"] for r in event["reported_by"]])
    assert "Mara Collins" not in reporters, reporters
    assert event["status"] == "denied", event


def test_a_question_asking_for_a_confirmation_confirms_nothing(extract):
    # confirm.asked-not-told: the questioner's "Can you confirm that meeting?" is no confirmation, and the
    # spokeswoman's answer denies the reported meeting
    record = extract(
        "Press briefing by the foreign ministry spokeswoman, Lina Varga, on Tuesday.\n\n"
        "Q (Peter Kovacs): The daily Novy Cas reported on Monday that Minister Juraj Hudec had met the Hungarian "
        "envoy Gabor Kiss in Komarno last week. Can you confirm that meeting?\n\n"
        "VARGA: I have seen the report. No such meeting took place.",
        outlet="The Danube Courier",
    )
    event = next(e for e in record["events"] if "Gabor Kiss" in _names(record, e["participants"]))
    assert all(c["status"] != "confirmed" for c in event["confirmations"]), event["confirmations"]
    assert event["status"] == "denied", event

"""Confirmations and reporters from round thirty-seven (helper c): a contact told as fact by a voice of one of its
sides that no rule tied to a side ("Rusu's spokesman", "a ministry spokeswoman", a ministry of a state no side is
known to be of), and a report whose author is the station it went out on, tested on sentences written for these
tests."""

from typing import Any

from tests.conftest import actor_of


def _names(record: dict[str, Any], ids: list[str]) -> set[str]:
    return {a["name"] for i in ids if (a := actor_of(record, i)) is not None}


def _event_with(record: dict[str, Any], name: str) -> dict[str, Any]:
    return next(e for e in record["events"] if name in _names(record, e["participants"]))


def _confirmers(record: dict[str, Any], event: dict[str, Any]) -> set[str]:
    return _names(record, [c["by"] for c in event["confirmations"] if c["status"] == "confirmed"])


def _reporters(record: dict[str, Any], event: dict[str, Any]) -> set[str]:
    return _names(record, [r["source"] for r in event["reported_by"]])


def test_a_former_aide_does_not_speak_for_a_side(extract):
    # a former secretary tells what she remembers, she does not speak for the side
    record = extract(
        "Pavel Rusu's former secretary, Ana Moraru, told the court that Rusu had met Dimitar Kolev in Ruse in 2019.",
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "Ana Moraru" not in _confirmers(record, event), event["confirmations"]


def test_a_spokesman_named_as_a_sides_confirms_it(extract):
    # confirm.voice-of-a-side: "Rusu's spokesman" speaks for Rusu
    record = extract(
        "Pavel Rusu spoke by telephone with Dimitar Kolev on Sunday. Rusu's spokesman, Ion Lupu, said later that "
        'the call had been "short and useful".',
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "Ion Lupu" in _confirmers(record, event), event["confirmations"]


def test_a_report_on_a_station_is_reported_by_it(extract):
    # report.broadcast-on: "a report on Radio Delta that …" was written by the station
    record = extract(
        "Minister Pavel Rusu on Tuesday denied a report on Radio Delta that he had met Dimitar Kolev in Ruse.",
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "Radio Delta" in _reporters(record, event), event["reported_by"]


def test_a_report_on_a_topic_names_no_author(extract):
    # "a report on the talks" tells what the report is about, not who wrote it
    record = extract(
        "Minister Pavel Rusu on Tuesday denied a report on the border talks that he had met Dimitar Kolev in Ruse.",
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "border talks" not in " ".join(_reporters(record, event)), event["reported_by"]


def test_a_ministry_of_no_known_state_confirms_its_account(extract):
    # confirm.voice-of-no-state: "a ministry spokeswoman" speaks for the article's own government
    record = extract(
        "Foreign Minister Pavel Rusu spoke by telephone with Dimitar Kolev on Sunday, a ministry spokeswoman said.",
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "ministry spokeswoman" in _confirmers(record, event), event["confirmations"]


def test_a_ministry_of_a_state_confirms_for_a_side_of_no_known_state(extract):
    # confirm.state-of-an-unplaced-side: no side is known to be Moldovan, and Rusu's state is not known
    record = extract(
        "Foreign Minister Pavel Rusu spoke by telephone with Dimitar Kolev on Sunday, Moldova's foreign ministry said.",
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "Moldova's foreign ministry" in _confirmers(record, event), event["confirmations"]


def test_a_ministry_of_a_third_state_does_not_confirm(extract):
    # both sides' states are known and neither is the ministry's: it reports, it does not confirm
    record = extract(
        "Romanian Foreign Minister Pavel Rusu spoke by telephone with Bulgarian Foreign Minister Dimitar Kolev on "
        "Sunday, Greece's foreign ministry said.",
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert not _confirmers(record, event), event["confirmations"]


def test_a_voice_of_no_known_state_does_not_confirm_a_claim_it_answers(extract):
    # a contact told as a report's claim is contested: the spokeswoman's words do not tie her to a side
    record = extract(
        "The weekly Delta Post reported that Foreign Minister Pavel Rusu had met Dimitar Kolev in Ruse. "
        '"Our minister meets many people, but there was no such meeting," a ministry spokeswoman said.',
        outlet="The Danube Wire",
    )
    event = _event_with(record, "Pavel Rusu")
    assert "ministry spokeswoman" not in _confirmers(record, event), event["confirmations"]

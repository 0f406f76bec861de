"""Confirmations and reporters from round thirty-seven (helper n): a "declined to comment" goes to the contact its
speaker is a side of, whose party its words name, or of its state's side, rather than to the story told last; a
statement naming a visit or a call refers back to one of that mode; "denied a report in X that …" is reported by X,
not by the denier, however the parse hangs the clause. Tested on sentences written for these tests."""

from typing import Any

from tests.conftest import actor_of


def _names(record: dict[str, Any], ids: list[str]) -> set[str]:
    return {a["name"] for i in ids if (a := actor_of(record, i)) is not None}


def _event_with(record: dict[str, Any], name: str, mode: str | None = None) -> dict[str, Any]:
    return next(
        e for e in record["events"] if name in _names(record, e["participants"]) and (mode is None or e["mode"] == mode)
    )


def _no_commenters(record: dict[str, Any], event: dict[str, Any]) -> set[str]:
    return _names(record, [c["by"] for c in event["confirmations"] if c["status"] == "no_comment"])


def _reporters(record: dict[str, Any], event: dict[str, Any]) -> set[str]:
    return _names(record, [r["source"] for r in event["reported_by"]])


def test_a_sides_office_declines_on_its_own_contact(extract):
    # confirm.comment-by-a-side: the office of a side of the first contact, not the contact told last
    record = extract(
        "Foreign Minister Anna Berg met Jan Nowak in Warsaw on Monday, the newspaper reported. Two aides of the "
        "mayor had met trade envoys from Chile a week before. Berg's office declined to comment.",
        outlet="The Vistula Courier",
    )
    assert "Anna Berg's office" in _no_commenters(record, _event_with(record, "Jan Nowak"))
    assert not _no_commenters(record, _event_with(record, "trade envoys"))


def test_a_comment_naming_a_party_answers_its_contact(extract):
    # confirm.comment-names-party: "on the call with Nowak" names the call's other party
    record = extract(
        "Foreign Minister Anna Berg phoned Jan Nowak on Monday. Two aides of the mayor had met trade envoys from "
        "Chile a week before. The Foreign Ministry did not respond to a request for comment on the call with Nowak.",
        outlet="The Vistula Courier",
    )
    assert _no_commenters(record, _event_with(record, "Jan Nowak"))
    assert not _no_commenters(record, _event_with(record, "trade envoys"))


def test_a_state_body_declines_on_its_sides_contact(extract):
    # confirm.comment-by-a-state: the Chilean ministry answers for the contact of Chile's ambassador
    record = extract(
        "Foreign Minister Anna Berg met Chile's ambassador Jorge Pérez in Warsaw on Monday, the newspaper reported. "
        "Two aides of the mayor had met trade envoys from Peru a week before. The Chilean foreign ministry declined "
        "to comment.",
        outlet="The Vistula Courier",
    )
    assert _no_commenters(record, _event_with(record, "Jorge Pérez"))
    assert not _no_commenters(record, _event_with(record, "trade envoys"))


def test_a_bare_refusal_still_answers_the_story_told_last(extract):
    # no side, no name, no state: the story told last, as before
    record = extract(
        "Foreign Minister Anna Berg met Jan Nowak in Warsaw on Monday. Two aides of the mayor had met trade envoys "
        "from Chile a week later, the newspaper reported. A spokeswoman declined to comment.",
        outlet="The Vistula Courier",
    )
    assert _no_commenters(record, _event_with(record, "trade envoys"))


def test_the_visit_is_not_the_call_that_agreed_it(extract):
    # confirm.refers-by-mode: "the visit" refers back past the phone call told after it
    record = extract(
        "Foreign Minister Anna Berg will visit Chile next month. The trip was agreed in a phone call between Berg "
        "and Jorge Pérez last week. The Chilean foreign ministry declined to comment on the timing of the visit.",
        outlet="The Vistula Courier",
    )
    assert _no_commenters(record, _event_with(record, "Anna Berg", "visit"))
    assert not _no_commenters(record, _event_with(record, "Jorge Pérez", "phone"))


def test_the_paper_not_the_denier_reports_a_denied_call(extract):
    # report.clause-beside-report and report.denier-of-report: the clause parsed on "denied", beside "a report"
    record = extract(
        "Opposition leader Mart Kask has flatly denied a report in this morning's Eesti Sõnumid that Kivi phoned "
        "him on Sunday.",
        outlet="The Baltic Dispatch",
    )
    event = _event_with(record, "Mart Kask")
    assert _reporters(record, event) == {"Eesti Sõnumid"}, event["reported_by"]
    assert event["status"] == "denied"


def test_a_sides_office_naming_the_other_party(extract):
    # confirm.comment-by-a-side then confirm.comment-names-party: Berg is in both contacts, Nowak in one
    record = extract(
        "Foreign Minister Anna Berg phoned Jan Nowak on Monday. Berg later met trade envoys from Chile in Lima. "
        "Berg's office did not respond to a request for comment on the call with Nowak.",
        outlet="The Vistula Courier",
    )
    assert _no_commenters(record, _event_with(record, "Jan Nowak"))
    assert not _no_commenters(record, _event_with(record, "trade envoys"))

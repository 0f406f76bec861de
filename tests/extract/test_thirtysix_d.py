"""Denied contacts from round thirty-six (helper d): a contact told as someone's report or claim, which a side
denies in words that did not reach it before, tested on sentences written for these tests."""

from typing import Any

from tests.conftest import actor_of


def _names(record: dict[str, Any], ids: list[str]) -> set[str]:
    return {a["name"] for i in ids if (a := actor_of(record, i)) is not None}


def _event_with(record: dict[str, Any], name: str) -> dict[str, Any]:
    return next(e for e in record["events"] if name in _names(record, e["participants"]))


def _deniers(record: dict[str, Any], event: dict[str, Any]) -> set[str]:
    return _names(record, [c["by"] for c in event["confirmations"] if c["status"] == "denied"])


def test_a_quoted_not_true_denies_the_report_before_it(extract):
    # confirm.not-true: “That is simply not true” standing alone is a verdict of falsity on the report told before
    record = extract(
        "The weekly Kibo Times reported on Monday that Energy Minister Joseph Kamau had met Ugandan officials in "
        'Kampala last week. "That is simply not true," said Paul Otieno, a ministry spokesman.',
        outlet="The Lake Herald",
    )
    event = _event_with(record, "Joseph Kamau")
    assert "Paul Otieno" in _deniers(record, event), event["confirmations"]
    assert event["status"] == "denied", event


def test_a_side_who_met_no_one_of_a_kind_denies_the_claim(extract):
    # confirm.met-no-one: "I have met no developer" (the verb itself not negated) denies the meeting claimed
    record = extract(
        "A councillor claimed on Tuesday that Mayor Cyril Baptiste had met directors of a property company. "
        '"I have met no developer, privately or publicly," Baptiste said.',
        outlet="The Southern Gazette",
    )
    event = _event_with(record, "Cyril Baptiste")
    assert "Cyril Baptiste" in _deniers(record, event), event["confirmations"]
    assert event["status"] == "denied", event


def test_an_allegation_called_false_is_the_contact_alleged(extract):
    # confirm.dismissed through "the allegation": an allegation refers back to the contact alleged before it
    record = extract(
        "Opposition leader Tom Malas said he had reliable information that Prime Minister Albert Tari had met two "
        "officials from Taipei at a resort. Replying, the Minister of Foreign Affairs, Serge Mera, said the "
        "allegation was false.",
        outlet="The Island Post",
    )
    event = _event_with(record, "Albert Tari")
    assert "Serge Mera" in _deniers(record, event), event["confirmations"]
    assert event["status"] == "denied", event


def test_a_claim_told_by_a_senator_is_what_the_rejection_answers(extract):
    # confirm.claim-of-others: "rejected the claim" answers the senator's claim told just before, not the
    # magazine's report told earlier
    record = extract(
        "Last week the magazine Norte reported that Interior Minister Luis Vargas had flown to Quito and met the "
        "rebel commander Pablo Ruiz. Vargas dismissed the report. On Monday, senator Ana Soto told the Senate that "
        "President Carlos Mena had spoken by telephone with Ruiz in March. The presidential palace rejected the "
        "claim as baseless.",
        outlet="The Andean Ledger",
    )
    call = _event_with(record, "Carlos Mena")
    assert _deniers(record, call), call["confirmations"]
    assert call["status"] == "denied", call


def test_dismissive_of_a_report_denies_what_it_reports(extract):
    # confirm.dismissive: "was dismissive of a report that X had met Y" denies the meeting reported
    record = extract(
        "Foreign Minister Karim Said was dismissive of a report in the weekly Gulf Standard that his chief of staff, "
        "Omar Daher, had met Emirati officials in Abu Dhabi.",
        outlet="The Red Sea Courier",
    )
    event = _event_with(record, "Omar Daher")
    assert "Karim Said" in _deniers(record, event), event["confirmations"]
    assert event["status"] == "denied", event


def test_no_such_meeting_is_the_contact_told_last(extract):
    # merge.such-last-told: "no such meeting" is the meeting of the trip told just before, not the earlier
    # meeting told with the noun's own mode
    record = extract(
        "Ana Ruiz met Omar Haddad in Rabat on Friday, a minister said. Last week the daily Padma reported that the "
        "adviser Rajiv Menon had flown to Dhaka to meet Prime Minister Farhana Rahman. Rahman's press secretary, "
        "Imtiaz Hossain, said no such meeting had taken place.",
        outlet="The Delta Times",
    )
    trip = _event_with(record, "Rajiv Menon")
    held = _event_with(record, "Omar Haddad")
    assert trip["status"] == "denied", trip
    assert held["status"] == "occurred", held


def test_a_denial_stands_when_the_contact_is_retold_only_as_a_claim(extract):
    # status.retold-only-as-claim: the later mentions are inside "answering a report that …" and "would neither
    # confirm nor deny that …", which tell the contact as no one's fact
    record = extract(
        "A spokesman for the government said tonight that Foreign Minister Paik Sun-ho had not met Ambassador "
        "Harlan Reed since the recess began. He was answering a report in the daily Shin Nippon that the two men "
        "had conferred privately on Sunday. The United Nations Command would neither confirm nor deny that the two "
        "men had met.",
        outlet="The Harbour Times",
    )
    event = _event_with(record, "Harlan Reed")
    assert event["status"] == "denied", event


def test_a_denied_contact_told_with_no_place_is_placed_in_the_dateline_city(extract):
    # place.dateline-city-of-a-local-side, now for a denied contact too: the claim is of a meeting held there
    record = extract(
        "NAIROBI — A local weekly reported on Monday that President Ruth Kamau had received the Ugandan foreign "
        "minister, Okello Mbabazi, last week. Kamau's office denied the report.",
        outlet="The Lake Herald",
    )
    event = _event_with(record, "Okello Mbabazi")
    assert event["status"] == "denied", event
    assert (event.get("place") or {}).get("name") == "Nairobi", event.get("place")

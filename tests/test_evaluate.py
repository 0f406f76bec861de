"""The evaluation pairs each gold event with the prediction that fits it best."""

from backchannel.evaluate import Tally, score_events, score_quotes


def event(mode, status, parties):
    return {
        "mode": mode,
        "status": status,
        "participants": parties,
        "actor": [],
        "recipient": [],
        "date": None,
        "place": None,
        "reported_by": [],
        "confirmations": [],
    }


def test_events_with_the_same_people_pair_by_mode_and_status():
    record = {
        "actors": [
            {"id": "p1", "name": "Rosa Lagos", "kind": "person"},
            {"id": "p2", "name": "Tomas Quispe", "kind": "person"},
        ],
        "events": [event("meeting", "planned", ["p1", "p2"]), event("phone", "occurred", ["p1", "p2"])],
    }
    gold = {
        "events": [
            {"mode": "phone", "status": "occurred", "participants": ["Rosa Lagos", "Tomas Quispe"]},
            {"mode": "meeting", "status": "planned", "participants": ["Rosa Lagos", "Tomas Quispe"]},
        ]
    }
    tally = Tally()
    score_events(gold, record, tally)
    assert tally.ratio("event_matched", "gold_events") == 1.0
    assert tally.ratio("mode_right", "event_matched") == 1.0
    assert tally.ratio("status_right", "event_matched") == 1.0


def test_an_early_gold_event_does_not_take_the_only_prediction_a_later_one_can_match():
    # the first gold event (Lagos and Quispe) could take either prediction; taken in gold order by best agreement
    # it would take the three-party one, which is the only one the second gold event (with Ortiz) can match
    record = {
        "actors": [
            {"id": "p1", "name": "Rosa Lagos", "kind": "person"},
            {"id": "p2", "name": "Tomas Quispe", "kind": "person"},
            {"id": "p3", "name": "Ana Ortiz", "kind": "person"},
        ],
        "events": [event("meeting", "planned", ["p1", "p2"]), event("phone", "occurred", ["p1", "p2", "p3"])],
    }
    gold = {
        "events": [
            {"mode": "phone", "status": "occurred", "participants": ["Rosa Lagos", "Tomas Quispe"]},
            {"mode": "meeting", "status": "planned", "participants": ["Rosa Lagos", "Ana Ortiz"]},
        ]
    }
    tally = Tally()
    score_events(gold, record, tally)
    assert tally.ratio("event_matched", "gold_events") == 1.0


BROKEN = '"The pier is safe," Ada Moss said. "We will open it on Monday."'


def broken_record() -> dict:
    first, second = BROKEN.index("The pier"), BROKEN.index("We will")
    parts = [
        {"start": first, "end": first + len("The pier is safe")},
        {"start": second, "end": second + len("We will open it on Monday.")},
    ]
    content = {"start": first, "end": parts[1]["end"], "text": BROKEN[first : parts[1]["end"]], "parts": parts}
    return {
        "actors": [{"id": "p1", "name": "Ada Moss", "kind": "person"}],
        "quotes": [{"content": content, "kind": "direct", "speaker_actor": "p1"}],
    }


def gold_quote(content: str, **more: str) -> dict:
    return {"content": content, "kind": "direct", "speaker": "Ada Moss", **more}


def test_a_quote_broken_by_its_attribution_matches_its_pieces_labelled_as_two_quotes():
    gold = {"text": BROKEN, "quotes": [gold_quote("The pier is safe"), gold_quote("We will open it on Monday.")]}
    tally = Tally()
    score_quotes(gold, broken_record(), tally)
    assert tally.ratio("quote_matched", "gold_quotes") == 1.0
    assert tally.ratio("pred_matched_in_complete", "pred_quotes") == 1.0  # one prediction, counted once
    assert tally.ratio("speaker_right", "quote_matched") == 1.0


def test_a_quote_broken_by_its_attribution_matches_one_labelled_with_content_more():
    gold = {"text": BROKEN, "quotes": [gold_quote("The pier is safe", content_more="We will open it on Monday.")]}
    tally = Tally()
    score_quotes(gold, broken_record(), tally)
    assert tally.ratio("quote_matched", "gold_quotes") == 1.0
    assert tally.counts["quote_matched"] == 1

"""The evaluation pairs each gold event with the prediction that fits it best."""

from backchannel.evaluate import Tally, score_events


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

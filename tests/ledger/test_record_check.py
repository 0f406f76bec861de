"""Records from elsewhere are checked before storing: a malformed one fails alone, with a reason."""

import pytest

from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, person, record


def good():
    return record("r", [person("p1", "Aino Virtanen"), person("p2", "Mauro Vieira")], [contact(["p1", "p2"])])


def broken(path, value):
    rec = good()
    target = rec
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return rec


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (("actors", 0, "kind"), [], "actor kind"),  # found by fuzzing: an unhashable kind raised TypeError
        (("actors", 0, "name"), None, "'name'"),
        (("article",), "text", "'article'"),
        (("article", "text"), 5, "'article.text'"),
        (("events", 0, "participants"), "p1", "event participants"),
        (("events", 0, "date"), {"value": 2026}, "bad event date"),
        (("quotes",), [{"kind": "direct", "content": {"text": "x", "start": "0", "end": 1}}], "offsets"),
        (("schema",), "other/1", "schema"),
        (("events", 0, "reported_by"), 7, "'reported_by' must be a list"),  # found by fuzzing: TypeError
        (("events", 0, "confirmations"), 2.5, "'confirmations' must be a list"),  # the same
        (("actors", 0, "name"), "Ana\ud800 Pires", "lone surrogate"),  # found by fuzzing: crashed the store
        (("article", "text"), "bad \udc00 text", "lone surrogate"),
    ],
)
def test_a_malformed_record_fails_alone_with_a_reason(tmp_path, path, value, reason):
    db = open_ledger(tmp_path / "l.db")
    outcome = ingest_record(db, broken(path, value))
    assert outcome.status == "failed" and reason in outcome.message
    assert ingest_record(db, good()).status == "stored"


def test_two_actors_of_one_record_with_the_same_name_are_one_actor(tmp_path):
    """Found by fuzzing: the second mention met the form the first had just made, with no actor yet."""
    db = open_ledger(tmp_path / "l.db")
    twice = record("t", [person("p1", "Aino Virtanen"), person("p2", "Aino Virtanen")], [contact(["p1", "p2"])])
    assert ingest_record(db, twice).status == "stored"
    assert db.execute("SELECT count(*) FROM actors").fetchone()[0] == 1

"""Round fifty-nine: "after meeting his counterpart, <name>" tells a meeting, as "after meeting <name>" did; and
a family name that a paper also bears ("The Hill") is the person's when the story names him.

Sentences written for these tests (names invented)."""

from tests.conftest import actor_named, events_with, quote_with, speaker_name


def test_after_meeting_a_counterpart_then_named(extract):
    record = extract("After meeting his Japanese counterpart, Kenji Morota, Mr Brandl said talks would resume.")
    assert any(e["status"] == "occurred" for e in events_with(record, "Brandl", "Kenji Morota"))


def test_after_meeting_a_minister_then_named_told_after_the_verb(extract):
    record = extract(
        "Envoy Otto Brandl said after meeting the Japanese minister, Kenji Morota, that talks would resume."
    )
    assert any(e["status"] == "occurred" for e in events_with(record, "Otto Brandl", "Kenji Morota"))


def test_after_meeting_someone_unnamed_is_still_a_circumstance(extract):
    record = extract("After meeting his old friend, a banker, Mr Brandl said talks would resume.")
    assert all(e["status"] != "occurred" for e in record["events"])


def test_family_name_a_paper_also_bears(extract):
    record = extract(
        "US envoy Christopher Hill arrived in Tokyo on Monday. Hill said after meeting his Japanese counterpart, "
        "Kenji Morota, that talks would resume."
    )
    assert "Hill" in actor_named(record, "Christopher Hill")["aliases"]
    assert speaker_name(record, quote_with(record, "talks would resume")) == "Christopher Hill"
    assert any(e["status"] == "occurred" for e in events_with(record, "Christopher Hill", "Kenji Morota"))


def test_the_paper_stays_a_paper(extract):
    record = extract("The Hill reported that Senator Anne Hill met the envoy.")
    assert actor_named(record, "Hill")["kind"] == "outlet"


def test_a_paper_cited_as_a_paper_stays_one_though_a_person_bears_its_name(extract):
    # the reviewer's case: "according to Bloomberg", "Bloomberg reported" cite the paper, not the man met
    record = extract(
        "Former mayor Michael Bloomberg met French President Emile Dubois in Paris on Monday. The two agreed to set "
        "up a joint fund, according to Bloomberg. Bloomberg reported that the two discussed gun laws."
    )
    assert speaker_name(record, quote_with(record, "agreed to set up a joint fund")) == "Bloomberg"
    assert actor_named(record, "Bloomberg")["kind"] == "outlet"

"""Reporters from round forty-one (helper c): who tells a contact, tested on sentences written for these tests."""

from tests.conftest import actor_of


def reporters(record: dict) -> set[str]:
    """The names of the sources of every event's reports."""
    return {actor_of(record, r["source"])["name"] for e in record["events"] for r in e["reported_by"]}


def test_a_contact_told_to_a_news_conference_is_reported_by_the_teller(extract):
    # report.teller-told-that: "told a news conference that …", parsed as a relative clause of the conference
    record = extract(
        "The mayor, Rita Lund, told a news conference that Governor Paul Orr had spoken with President Ana Vela on "
        "Monday.",
        outlet="The Harbour Post",
    )
    assert reporters(record) == {"Rita Lund"}, reporters(record)


def test_a_relative_clause_of_the_one_met_is_no_telling(nlp):
    # negative: "the envoy that Orr had met" is the one met, the clause lacks its object; control below
    from backchannel.extract.reports import _that_clause

    doc = nlp("Rita Lund thanked the envoy that Governor Paul Orr had met in Oslo.")
    met = next(t for t in doc if t.lemma_ == "meet")
    assert met.dep_ == "relcl"
    assert not _that_clause(met)
    told = nlp(
        "The mayor, Rita Lund, told a news conference that Governor Paul Orr had spoken with President Ana Vela."
    )
    assert _that_clause(next(t for t in told if t.lemma_ == "speak"))
